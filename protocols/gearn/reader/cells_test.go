package reader

import (
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestEndpointLine reads the endpoint lines scrapes write: plain, in a
// code span, with the host, with the HTTP version.
func TestEndpointLine(t *testing.T) {
	for _, c := range []struct{ line, method, path string }{
		{"POST /api/rJson/authenticate/client/loginByAccount", "POST", "/api/rJson/authenticate/client/loginByAccount"},
		{"`POST /api/rMsgPack/authenticate/client/loginByAccount`", "POST", "/api/rMsgPack/authenticate/client/loginByAccount"},
		{"POST https://gearn.example.com:2202/api/rJson/masterPlayer/admin/linkAccount", "POST", "/api/rJson/masterPlayer/admin/linkAccount"},
		{"POST /service/v5/auth/validation HTTP/1.1", "POST", "/service/v5/auth/validation"},
	} {
		m := endpointRe.FindStringSubmatch(c.line)
		if m == nil || m[1] != c.method || m[2] != c.path {
			t.Errorf("endpointRe(%q) = %q; want %s %s", c.line, m, c.method, c.path)
		}
	}
	for _, line := range []string{"POST", "POST the form", "POST /api/a b"} {
		if endpointRe.MatchString(line) {
			t.Errorf("endpointRe matches %q", line)
		}
	}
}

// TestFieldByContentRequiredness reads a field row's Required cell as
// read.Requirement does, check marks included, and keeps a Required cell
// it cannot read apart from the description, for a warning at the row.
func TestFieldByContentRequiredness(t *testing.T) {
	tb := &pages.Table{Cols: []pages.Column{pages.ColCode, pages.ColType, pages.ColRequired, pages.ColDescription}}
	for _, c := range []struct {
		cells        []string
		required     bool
		unread, desc string
	}{
		{[]string{"guildId", "string", "✓", "The guild."}, true, "", "The guild."},
		{[]string{"guildId", "string", "✔️", "The guild."}, true, "", "The guild."},
		{[]string{"guildId", "string", "✗", "The guild."}, false, "", "The guild."},
		{[]string{"guildId", "string", "-", "The guild."}, false, "", "The guild."},
		{[]string{"guildId", "string", "", "The guild."}, false, "", "The guild."},
		{[]string{"guildId", "string", "Req.", "The guild."}, false, "Req.", "The guild."},
	} {
		fd := fieldByContent(tb, &pages.Row{Cells: c.cells})
		if fd.required() != c.required || fd.oddities().unreadReq != c.unread || fd.desc != c.desc {
			t.Errorf("%q: required %v, unread %q, description %q; want %v, %q, %q", c.cells, fd.required(), fd.oddities().unreadReq, fd.desc, c.required, c.unread, c.desc)
		}
	}
}

// TestFieldByContentBadge reads a name cell of a name and a status badge
// after it ("lootTable NEW", a wiki's status macro) as the name, keeping
// the badge for a warning at the row, keeps why a word of capitals after
// a name that is no badge refuses the row ("userId UUID"), and leaves any
// other name cell as it is.
func TestFieldByContentBadge(t *testing.T) {
	tb := &pages.Table{Cols: []pages.Column{pages.ColCode, pages.ColType, pages.ColRequired, pages.ColDescription}}
	for _, c := range []struct {
		cell, code, badge string
		refused           bool
	}{
		{"lootTable NEW", "lootTable", "NEW", false},
		{"lootTable BETA", "lootTable", "BETA", false},
		{"lootTable", "lootTable", "", false},
		{"legacySku Deprecated", "legacySku", "", false},
		{"loot TABLE", "", "", true},
		{"userId UUID", "", "", true},
		{"lootTable REQUIRED", "", "", false},
	} {
		fd := fieldByContent(tb, &pages.Row{Line: 9, Cells: []string{c.cell, "string", "false", "The table."}})
		if fd.code != c.code || fd.oddities().badge != c.badge || (fd.oddities().unbadged != nil) != c.refused || fd.line != 9 {
			t.Errorf("%q: code %q, badge %q, refused by %v at line %d; want %q, %q, refused %v at line 9", c.cell, fd.code, fd.oddities().badge, fd.oddities().unbadged, fd.line, c.code, c.badge, c.refused)
		}
	}
}

// TestFieldByContentLostType reads a row whose type cell is empty, or
// lost with the cells after it shifted left, as a row without a type,
// its description whole: the description's first capitalised word,
// followed by "in" as a type of listed values is ("string in a | b"),
// is no type name.
func TestFieldByContentLostType(t *testing.T) {
	tb := &pages.Table{Cols: []pages.Column{pages.ColCode, pages.ColType, pages.ColRequired, pages.ColDescription}}
	for _, c := range []struct {
		cells          []string
		line           int
		code, typ, req string
		desc           string
	}{
		{[]string{"pitchOffsets", "", "", "Offsets in cents, one per string. (1 - 12 items)"}, 101, "pitchOffsets", "", "", "Offsets in cents, one per string. (1 - 12 items)"},
		{[]string{"pitchOffsets", "", "Offsets in cents, one per string. (1 - 12 items)"}, 42, "pitchOffsets", "", "", "Offsets in cents, one per string. (1 - 12 items)"},
		{[]string{"weight", "", "true", "Weight in kilograms, 0.0 ~ 2.5"}, 7, "weight", "", "true", "Weight in kilograms, 0.0 ~ 2.5"},
		{[]string{"mode", "string in set | add | max", "true", "How the value is stored."}, 8, "mode", "string in set | add | max", "true", "How the value is stored."},
		{[]string{"pitchOffsets", "", "", "The offsets in cents. See Offsets"}, 9, "pitchOffsets", "", "", "The offsets in cents. See Offsets"},
	} {
		fd := fieldByContent(tb, &pages.Row{Line: c.line, Cells: c.cells})
		if fd.code != c.code || fd.typ != c.typ || fd.req != c.req || fd.desc != c.desc || fd.line != c.line {
			t.Errorf("%q: code %q, type %q, required %q, description %q at line %d; want %q, %q, %q, %q at line %d", c.cells, fd.code, fd.typ, fd.req, fd.desc, fd.line, c.code, c.typ, c.req, c.desc, c.line)
		}
	}
}
