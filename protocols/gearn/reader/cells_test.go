package reader

import (
	"strings"
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
		fd := &fieldDoc{}
		fieldByContent(fd, tb, &pages.Row{Cells: c.cells})
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
		fd := &fieldDoc{}
		fieldByContent(fd, tb, &pages.Row{Line: 9, Cells: []string{c.cell, "string", "false", "The table."}})
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
		fd := &fieldDoc{}
		fieldByContent(fd, tb, &pages.Row{Line: c.line, Cells: c.cells})
		if fd.code != c.code || fd.typ != c.typ || fd.req != c.req || fd.desc != c.desc || fd.line != c.line {
			t.Errorf("%q: code %q, type %q, required %q, description %q at line %d; want %q, %q, %q, %q at line %d", c.cells, fd.code, fd.typ, fd.req, fd.desc, fd.line, c.code, c.typ, c.req, c.desc, c.line)
		}
	}
}

// TestFieldByContentCellSentences reads the constraints of a row whose
// description cell its style kept in paragraphs with each a sentence
// (read.CellSentences), in its own column or shifted out of it, and
// keeps the description the cell's text; a row of one paragraph per
// cell holds nothing more.
func TestFieldByContentCellSentences(t *testing.T) {
	tb := &pages.Table{Cols: []pages.Column{pages.ColCode, pages.ColType, pages.ColRequired, pages.ColDescription}}
	ps := []string{"Player's name", "24 characters max", "Shown to other players"}
	cell := strings.Join(ps, " ")
	for _, cells := range [][]string{{"displayName", "string", "true", cell}, {"displayName", "string", cell}} {
		r := &pages.Row{Line: 9, Cells: cells}
		r.KeepParagraphs(cell, ps)
		fd := &fieldDoc{}
		fieldByContent(fd, tb, r)
		if c := fd.constraints(); c.Length == nil || c.Length.Ends() != "..24" || len(c.Unread) != 0 || fd.desc != cell {
			t.Errorf("%q: length %v, unread %v, description %q; want at most 24, nothing unread, %q", cells, c.Length, c.Unread, fd.desc, cell)
		}
	}
	fd := &fieldDoc{}
	fieldByContent(fd, tb, &pages.Row{Line: 9, Cells: []string{"displayName", "string", "true", "Player's name, 24 characters max."}})
	if fd.odd != nil || fd.constraints().Length == nil {
		t.Errorf("a cell of one paragraph: oddities %+v, constraints %+v; want none, and at most 24", fd.odd, fd.constraints())
	}
}

// TestFieldByContentLostChar reads a name cell with a "?" a tool writing
// an 8-bit page put for a character it lacks ("match?Id", "notifyPlayer?")
// as the code without it, keeping the cell for a warning at the row;
// keeps why a cell of one word whose "?" leaves no identifier, a type
// after it, is no name, which refuses the row; and leaves a type or a description with a "?"
// that a lost name cell set first, or a "?" before a note, as it is.
func TestFieldByContentLostChar(t *testing.T) {
	tb := &pages.Table{Cols: []pages.Column{pages.ColCode, pages.ColType, pages.ColRequired, pages.ColDescription}}
	for _, c := range []struct {
		cells          []string
		code, typ      string
		lostChar, desc string
		refused        bool
	}{
		{[]string{"match?Id", "string", "true", "The match."}, "matchId", "string", "match?Id", "The match.", false},
		{[]string{"notifyPlayer?", "boolean", "", "Whether to tell."}, "notifyPlayer", "boolean", "notifyPlayer?", "Whether to tell.", false},
		{[]string{"matchId", "string", "true", "The match."}, "matchId", "string", "", "The match.", false},
		{[]string{"????", "string", "true", "The match."}, "", "string", "", "???? The match.", true},
		{[]string{"Is it over?", "true"}, "", "", "", "Is it over? true", false},
		{[]string{"?", "Heroes already away are refused."}, "", "", "", "? Heroes already away are refused.", false},
	} {
		fd := &fieldDoc{}
		fieldByContent(fd, tb, &pages.Row{Line: 9, Cells: c.cells})
		odd := fd.oddities()
		if fd.code != c.code || odd.lostChar != c.lostChar || (odd.unnamed != nil) != c.refused {
			t.Errorf("%q: code %q, lost char in %q, refused by %v; want %q, %q, refused %t", c.cells, fd.code, odd.lostChar, odd.unnamed, c.code, c.lostChar, c.refused)
		}
	}
}

// TestHeaderByContentLostChar reads a header's name cell with a "?" for
// a character an 8-bit encoding lacks as the name without it where what
// is left is a header name, returning the cell for a warning, and
// refuses one whose "?"s leave none, saying what to write.
func TestHeaderByContentLostChar(t *testing.T) {
	tb := &pages.Table{Cols: []pages.Column{pages.ColName, pages.ColRequired, pages.ColDescription}}
	for _, c := range []struct {
		cell, name, lostChar string
	}{
		{"Secret-Key?", "Secret-Key", "Secret-Key?"},
		{"Content-?Type", "Content-Type", "Content-?Type"},
		{"Secret-Key", "Secret-Key", ""},
		{"???", "", ""},
	} {
		h, lostChar, err := headerByContent("p.txt", tb, &pages.Row{Line: 4, Cells: []string{c.cell, "true", "The key."}, Raw: c.cell + "\ttrue\tThe key."})
		if c.name == "" {
			if err == nil || !strings.Contains(err.Error(), "write the name without it on the page") {
				t.Errorf("%q: error %v; want one that says what to write", c.cell, err)
			}
			continue
		}
		if err != nil || h.Name != c.name || lostChar != c.lostChar {
			t.Errorf("%q: header %v, lost char in %q, error %v; want %q, %q", c.cell, h, lostChar, err, c.name, c.lostChar)
		}
	}
}
