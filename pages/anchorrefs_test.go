package pages_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
)

// TestAnchorRefs reads a "See" that names its type by the anchor of the
// type's heading alone, in each form a tool leaves one: the heading's
// title where one heading has the anchor, refused where none or two do.
func TestAnchorRefs(t *testing.T) {
	const table = "| Code | Type | Description |\n|---|---|---|\n| blade | GenericModels.BladeState | The blade. %s |\n\nGenericModels.BladeState\n\nState\n"
	for _, c := range []struct {
		name, ref, want string
		msgs            []string
	}{
		{"UnRTF's target in quotes", `See "#genericmodels-bladestate"`, "See GenericModels.BladeState",
			[]string{"p.txt:3: the page refers to types by the anchor of their heading alone (See \"#genericmodels-bladestate\"), as a tool that prints a link's target in place of its text writes them, at lines 3: read each as the title of the one heading of the page with that anchor"}},
		{"a target with the page's address", `See "https://docs.gearn.io/api/x#genericmodels-bladestate"`, "See GenericModels.BladeState", nil},
		{"an empty HTML anchor", `See <a href="#genericmodels-bladestate"></a>`, "See GenericModels.BladeState", nil},
		{"an anchor no heading has", `See "#bladeflaw"`, `See "#bladeflaw"`,
			[]string{"p.txt:3: line 3 refers to a type by the anchor #bladeflaw alone (See \"#bladeflaw\"), as a tool that prints a link's target in place of its text writes it, and no heading of the page has it: write the type's name in its place on the page (\"See TypeName\"), or, where the field's type cell is lost too, set its type with a fix {object: TYPE or operation: OPERATION, field: NAME, type: TypeName} in the overrides"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks, msgs := pagestest.Read(pipes.Style{}, strings.ReplaceAll(table, "%s", c.ref), true)
			got := blocks[0].Table.Rows[0].Cells[2]
			if want := "The blade. " + c.want; got != want {
				t.Errorf("cell %q, want %q", got, want)
			}
			if c.msgs != nil && !reflect.DeepEqual(msgs, c.msgs) {
				t.Errorf("messages\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(c.msgs, "\n"))
			}
		})
	}
}

// TestAnchorRefsTwoHeadings refuses an anchor two headings of the page
// have: which type it names cannot be told.
func TestAnchorRefsTwoHeadings(t *testing.T) {
	page := "| Code | Type | Description |\n|---|---|---|\n| blade | BladeState | See \"#blade-state\" |\n\nBlade State\n\nBlade.State\n"
	_, msgs := pagestest.Read(pipes.Style{}, page, true)
	if len(msgs) != 1 || !strings.Contains(msgs[0], "the headings Blade State, Blade.State all have it") {
		t.Errorf("messages %q", msgs)
	}
}

// TestEchoedAnchors reads a cell where a tool printed a link's in-page
// target after its text (lowdown -Tterm): the target is dropped where
// its fragment is the anchor of the words before it, kept otherwise.
func TestEchoedAnchors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"VoyageCoverage #voyagecoverage", "VoyageCoverage"},
		{"GenericModels.InsuredCrate #genericmodels-insuredcrate[]", "GenericModels.InsuredCrate[]"},
		{"The status. See ErrorCode #errorcode", "The status. See ErrorCode"},
		{"Request Body #request-body", "Request Body"},
		{"200 Ok #_200-ok", "200 Ok"},
		{"color: #ff0000", "color: #ff0000"},
		{"See Rarity #rank for the codes", "See Rarity #rank for the codes"},
		{"issue #42", "issue #42"},
	} {
		blocks, _ := pagestest.Read(pipes.Style{}, "| Code | Type | Description |\n|---|---|---|\n| crate | x | "+c.in+" |\n", true)
		if got := blocks[0].Table.Rows[0].Cells[2]; got != c.want {
			t.Errorf("cell %q read as %q, want %q", c.in, got, c.want)
		}
	}
}
