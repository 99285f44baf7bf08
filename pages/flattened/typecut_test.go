package flattened

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestTypeCut reads a run-together table of names and types without a
// Required column (Name | Type | Description) by the types the
// vocabulary knows: a name ends where a known type starts and leaves a
// description; a name goes on past a type that leaves none; a
// capitalised word no page defines is no type; two types at the cut
// that both leave a description are read with the longer, warned of.
func TestTypeCut(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"NameTypeDescription",
		"badgeIdStringBadge ID, as the store lists it",
		"idLongitudeDoubleWhere the badge was won",
		"wonAtLongWhen it was won (epoch milliseconds)",
		"holdersList<Holder>Who holds it",
		"pastHoldersList<Holder>Holders before",
		"styleStringMapStyle of the badge",
		"noteString",
	}
	got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: testLexicon{"Badge", "Holder", "StringMap"}, Report: rep}))
	want := []string{
		"badgeId | String | Badge ID, as the store lists it",
		"idLongitude | Double | Where the badge was won",
		"wonAt | Long | When it was won (epoch milliseconds)",
		"holders | List<Holder> | Who holds it",
		"pastHolders | List<Holder> | Holders before",
		"style | StringMap | Style of the badge",
		"note | String | ",
	}
	if !slices.Equal(got, want) || rep.Failed() {
		t.Errorf("got %q, failed %v; want %q", got, rep.Failed(), want)
	}
	warns, _ := rep.Sorted([]string{"p.txt"}, false)
	if w := warns.Error(); !strings.Contains(w, "line 7 splits as the row") || !strings.Contains(w, `"style | String | MapStyle of the badge"`) {
		t.Errorf("no warning naming both cuts of line 7: %s", w)
	}
	if h := pages.RunTogetherHeader("NameType"); h != nil {
		t.Errorf("NameType read as the header %q", h)
	}
	if cells, _ := vocabularyOf(testLexicon{}).typeCut("titleWidgetThe title"); cells != nil {
		t.Errorf("cut at a type no page knows: %q", cells)
	}
}

// TestTypeCutLowerDescription cuts a run-together row whose description
// begins in lower case at the one place a known type starts and a whole
// word in lower case follows it, with a warning, the longest type at
// the place (Boolean, not Bool); a row whose rest after the type is no
// whole word in lower case is not cut.
func TestTypeCutLowerDescription(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"NameTypeDescription",
		"badgeIdStringBadge ID",
		"hasMoreBooleantrue when more badges follow",
		"",
	}
	got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: testLexicon{"Badge"}, Report: rep}))
	want := []string{"badgeId | String | Badge ID", "hasMore | Boolean | true when more badges follow"}
	if !slices.Equal(got, want) || rep.Failed() {
		t.Errorf("got %q, failed %v; want %q", got, rep.Failed(), want)
	}
	warns, _ := rep.Sorted([]string{"p.txt"}, false)
	if w := warns.Error(); !strings.Contains(w, "p.txt:3: line 3 reads as the row") {
		t.Errorf("no warning of line 3: %s", w)
	}
	v := vocabularyOf(testLexicon{})
	for _, r := range []string{"idLongitudeDoubleish", "idLongitudeDoubleish2"} {
		if cells, _ := v.typeCut(r); cells != nil {
			t.Errorf("%q cut as %q", r, cells)
		}
	}
}

// TestTypeCutPrimitiveInName does not cut a run-together row (Name |
// Type | Description) at a primitive's spelling inside its name
// ("po", "int" of "pointCountIntThe count."), which leaves a
// description whose first word runs a known type into more of a name,
// where a later cut leaves a description that begins well; a
// description that begins with a known type alone ("Hint of…") is
// read as before.
func TestTypeCutPrimitiveInName(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"NameTypeDescription",
		"glassTintGlassTintTint of the new panes.",
		"pointCountIntThe count.",
		"roadmapIdStringThe id.",
		"companyNameStringThe name.",
		"caveatHintHint of the keeper.",
	}
	got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: testLexicon{"GlassTint", "Hint"}, Report: rep}))
	want := []string{
		"glassTint | GlassTint | Tint of the new panes.",
		"pointCount | Int | The count.",
		"roadmapId | String | The id.",
		"companyName | String | The name.",
		"caveat | Hint | Hint of the keeper.",
	}
	if !slices.Equal(got, want) || rep.Failed() {
		t.Errorf("got %q, failed %v; want %q", got, rep.Failed(), want)
	}
}
