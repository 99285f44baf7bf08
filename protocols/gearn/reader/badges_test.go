package reader

import (
	"slices"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestReadRoleBadges reads a role's title with the badge a docs site sets
// beside it as the role's title, with a warning at its line, and leaves
// every other line as it is.
func TestReadRoleBadges(t *testing.T) {
	for _, c := range []struct {
		line, want string
		warned     bool
	}{
		{"Admin beta", "Admin", true},
		{"Server (deprecated)", "Server", true},
		{"Admin · Beta", "Admin", true},
		{"client [new]", "client", true},
		{"Admin 베타", "Admin", true},
		{"ſerver beta", "ſerver", true},
		{"  ADMIN [Beta]  ", "ADMIN", true},
		{`Admin <Badge type="warning" text="beta" />`, "Admin", true},
		{`Server <Badge type="danger">deprecated</Badge>`, "Server", true},
		{`Admin <Badge type="info" text="v2" />`, `Admin <Badge type="info" text="v2" />`, false},
		{"Admin", "Admin", false},
		{"Admin betas", "Admin betas", false},
		{"Admin fields", "Admin fields", false},
		{"Beta Admin", "Beta Admin", false},
	} {
		items := []pages.Block{{Line: 1, Text: "Overview"}, {Line: 2, Text: c.line}}
		rep := &pages.Reporter{}
		got := readRoleBadges("p.txt", items, rep)
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		warnedAt := slices.ContainsFunc(ws, func(d schema.Diagnostic) bool { return d.Pos.Line == 2 })
		if got[1].Text != c.want || warnedAt != c.warned || len(ws) > 1 {
			t.Errorf("%q: read %q, warnings %v; want %q, warned at its line %t", c.line, got[1].Text, ws, c.want, c.warned)
		}
		if items[1].Text != c.line {
			t.Errorf("%q: the items given were changed", c.line)
		}
	}
}

// TestRoleBadgeEndsTable tells a role's title with a badge as a line
// that heads a section, which ends a flattened table.
func TestRoleBadgeEndsTable(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Admin beta", true},
		{"Server (deprecated)", true},
		{"Admin fields are for officers.", false},
		{"server-side only", false},
	} {
		if got := isSectionLine(c.line); got != c.want {
			t.Errorf("isSectionLine(%q) = %t, want %t", c.line, got, c.want)
		}
	}
}
