package flattened

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestTypeAtEnd reads a row whose name runs into a type the pages
// document that a primitive in lower case ends ("glassTintGlassTint…",
// GlassTint and int) as the evidence decides: the name the page writes
// elsewhere (its example JSON), silently, in an array's type too; the
// form of the names where the page writes neither (a plain word in
// prose, "caveat", is not the name written), with a warning; and
// where nothing decides, the primitive's reading with an error naming
// both; a known type with its namespace ("GenericModels.GlassTint") as
// well. Rows whose name ends with a known type before a primitive
// ("fooBarFooBarinttrue…") split as before.
func TestTypeAtEnd(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"NameTypeRequiredDescription",
		"glassTintGlassTinttrueTint of the new panes. See GlassTint",
		"lampsLampPrint[]trueThe lamps' prints.",
		"caveatHinttrueA caveat for the keeper.",
		"maxTinttrueThe darkest tint allowed.",
		"spawnPointtrueWhere the keeper starts.",
		"fooBarFooBarinttrueA count.",
		"statusStatusstringtrueA status.",
		"tintGenericModels.GlassTinttrueThe tint.",
		"",
		"Example request",
		`{ "glassTint": 0, "lamps": [], "maxT": 1 }`,
	}
	lex := testLexicon{"GlassTint", "LampPrint", "Hint", "Tint", "Point", "FooBar", "Status", "GenericModels.GlassTint"}
	got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: lex, Report: rep}))
	want := []string{
		"glassTint | GlassTint | true | Tint of the new panes. See GlassTint",
		"lamps | LampPrint[] | true | The lamps' prints.",
		"caveat | Hint | true | A caveat for the keeper.",
		"maxT | int | true | The darkest tint allowed.",
		"spawnPo | int | true | Where the keeper starts.",
		"fooBarFooBar | int | true | A count.",
		"statusStatus | string | true | A status.",
		"tint | GenericModels.GlassTint | true | The tint.",
	}
	if len(got) < len(want) || !slices.Equal(got[:len(want)], want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if len(warns) != 2 || warns[0].Pos.Line != 4 || !strings.Contains(warns[0].Msg, "caveatH of type int") || !strings.Contains(warns[0].Msg, "rename: caveatH, type: integer") {
		t.Errorf("want a warning at line 4 naming caveatH of type int and its fix, got %s", warns.Error())
	}
	if len(warns) != 2 || warns[1].Pos.Line != 9 || !strings.Contains(warns[1].Msg, "tintGenericModels.GlassT of type int") {
		t.Errorf("want a warning at line 9 naming tintGenericModels.GlassT of type int, got %s", warns.Error())
	}
	if len(errs) != 1 || errs[0].Pos.Line != 6 || !strings.Contains(errs[0].Msg, "spawnPo of type int, or as a field spawn of type Point") || !strings.Contains(errs[0].Msg, "field: spawnPo, rename: spawn, type: Point") {
		t.Errorf("want one error at line 6 naming both readings of spawnPoint and the fix, got %s", errs.Error())
	}
}

// TestSplitterTypeAtEnd: the Splitter (html2markdown's rows written as
// text) reads a row whose name runs into a type a primitive ends as the
// evidence decides: by the name the page writes, with no doubt; by the
// form of the names, with a doubt that warns at the row's line; and
// where nothing decides, returns the other reading as the rival.
func TestSplitterTypeAtEnd(t *testing.T) {
	head := []string{"Name", "Type", "Required", "Description"}
	lex := testLexicon{"GlassTint", "Point"}
	sp := NewSplitter(lex, []string{`{ "glassTint": 0 }`})
	cells, rival, doubt := sp.Cells("glassTintGlassTinttrueTint of the new panes.", head)
	if strings.Join(cells, " | ") != "glassTint | GlassTint | true | Tint of the new panes." || rival != nil || doubt != nil {
		t.Errorf("glassTint written: got %q, rival %q, doubt %v", cells, rival, doubt)
	}
	cells, rival, doubt = sp.Cells("spawnPointtrueWhere the keeper starts.", head)
	if strings.Join(cells, " | ") != "spawnPo | int | true | Where the keeper starts." || strings.Join(rival, " | ") != "spawn | Point | true | Where the keeper starts." || doubt != nil {
		t.Errorf("spawnPoint: got %q, rival %q, doubt %v", cells, rival, doubt)
	}
	cells, rival, doubt = NewSplitter(lex, nil).Cells("glassTintGlassTinttrueTint of the new panes.", head)
	if strings.Join(cells, " | ") != "glassTint | GlassTint | true | Tint of the new panes." || rival != nil || doubt == nil {
		t.Fatalf("glassTint by its form: got %q, rival %q, doubt %v", cells, rival, doubt)
	}
	rep := &pages.Reporter{}
	doubt.Warn(pages.Source{Name: "p.md", Report: rep}, 4)
	warns, errs := rep.Sorted([]string{"p.md"}, false)
	if len(warns) != 1 || len(errs) != 0 || warns[0].Pos.Line != 5 || !strings.Contains(warns[0].Msg, "glassTintGlassT of type int") || !strings.Contains(warns[0].Msg, "rename: glassTintGlassT, type: integer") {
		t.Errorf("want a warning at line 5 naming glassTintGlassT of type int and its fix, got %s %s", warns.Error(), errs.Error())
	}
}
