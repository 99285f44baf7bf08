package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestPermissionInAnyBlock reads an endpoint's permission sentence that
// the page sets as a list item, a quote, a definition or bold, with a
// warning at its line naming the form; never as prose, its rule lost.
func TestPermissionInAnyBlock(t *testing.T) {
	for _, c := range []struct{ line, form string }{
		{"- Require permission rules festival.launchFirework.adminSelfEnable. See PermissionRules", "a list item"},
		{"* Require permission rules festival.launchFirework.adminSelfEnable. See PermissionRules", "a list item"},
		{"1. Require permission rules festival.launchFirework.adminSelfEnable.", "a list item"},
		{"> Require permission rules festival.launchFirework.adminSelfEnable.", "a quote"},
		{": Require permission rules festival.launchFirework.adminSelfEnable.", "a definition"},
		{"- **Require permission rules festival.launchFirework.adminSelfEnable.**", "a list item, bold"},
	} {
		rep := &pages.Reporter{}
		items := []pages.Block{
			{Line: 1, Text: "Admin"},
			{Line: 2, Text: c.line},
			{Line: 3, Text: "POST /api/rJson/festival/admin/launchFirework"},
			{Line: 4, Text: "Request Body"},
			{Line: 5, Table: fieldTable(5, "userId|string|true|The player.")},
		}
		pd := interpret("p.md", nil, pages.PDFText{}, items, rep, nil)
		if len(pd.endpoints) != 1 || pd.endpoints[0].permission != "festival.launchFirework.adminSelfEnable" {
			t.Errorf("%q: endpoints %+v; want one, its permission read", c.line, pd.endpoints)
		}
		w, errs := rep.Sorted([]string{"p.md"}, false)
		if len(errs) != 0 || len(w) != 1 || w[0].Pos.Line != 2 || !strings.Contains(w[0].Msg, "sets it as "+c.form+",") {
			t.Errorf("%q: warnings %v, errors %v; want one at line 2 naming %s", c.line, w, errs, c.form)
		}
	}
}

// TestUnreadPermissionRefused refuses at its line a permission sentence
// that no reading takes (its bold left open), whose rule no endpoint was
// read with.
func TestUnreadPermissionRefused(t *testing.T) {
	rep := &pages.Reporter{}
	items := []pages.Block{
		{Line: 1, Text: "Admin"},
		{Line: 2, Text: "**Require permission rules festival.launchFirework.adminSelfEnable. See PermissionRules"},
		{Line: 3, Text: "POST /api/rJson/festival/admin/launchFirework"},
		{Line: 4, Text: "Request Body"},
		{Line: 5, Table: fieldTable(5, "userId|string|true|The player.")},
	}
	interpret("p.md", nil, pages.PDFText{}, items, rep, nil)
	_, errs := rep.Sorted([]string{"p.md"}, false)
	if len(errs) != 1 || errs[0].Pos.Line != 2 || !strings.Contains(errs[0].Msg, "festival.launchFirework.adminSelfEnable") {
		t.Errorf("errors %v; want one at line 2 naming the rule", errs)
	}
}

// TestPermissionSentenceOneRule finds a permission sentence by one rule
// (permissionSentenceRe) both where it begins a sentence (statesPermission,
// for pages.Unmark and joinPermissions) and where a line names a rule
// anywhere in it (namedRule, for refuseUnreadPermissions): each form
// either found before is found still.
func TestPermissionSentenceOneRule(t *testing.T) {
	for _, c := range []struct {
		s      string
		states bool
		rule   string
	}{
		{"Require permission rules a.b.selfEnable. See PermissionRules", true, "a.b.selfEnable"},
		{"Requires permission rule a.b.selfEnable.", true, "a.b.selfEnable"},
		{"Require  permission\trules  a.b.selfEnable.  See", true, "a.b.selfEnable"},
		{"Require permission rules: `a.b.selfEnable`", true, "a.b.selfEnable"},
		{"Require permission rules", true, ""},
		{"Require permission rules admin", true, ""},
		{"**Require permission rules a.b.selfEnable. See PermissionRules", false, "a.b.selfEnable"},
		{"Claim it. Require permission rules a.b.selfEnable.", false, "a.b.selfEnable"},
		{"REQUIRE PERMISSION RULE a_b.c", true, "a_b.c"},
		{"Require **permission** rules `a.b`", true, "a.b"},
		{"No require permission rules.", false, ""},
		{"Requires permission rules set in the console.", true, ""},
		{"The permission rules a.b", false, ""},
	} {
		if got := statesPermission(c.s); got != c.states {
			t.Errorf("statesPermission(%q) = %v, want %v", c.s, got, c.states)
		}
		if got := namedRule(c.s); got != c.rule {
			t.Errorf("namedRule(%q) = %q, want %q", c.s, got, c.rule)
		}
	}
}
