package parser_test

import (
	"fmt"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// calloutLabels are the labels of callouts as the sites and the copies of
// their pages write them: VitePress' and Docusaurus' containers, GitHub's
// alerts, MkDocs' admonitions, a label in emphasis or after its icon, in
// English, Korean and Japanese.
var calloutLabels = []string{"WARNING", "TIP", "Note:", "**Important**", "⚠️ Warning", "💡 TIP", "[!NOTE]", "!!! warning", "::: danger", "DETAILS", "참고", "注意："}

// TestCalloutCutsTable cuts the tables of a page, in each style, with a
// callout between two rows: its label on a line of its own, then its
// sentence; the rest of the table under its header printed again, or
// without a header. The label is no type's heading, nor a title: the
// rest is the table's, as the clean page reads it, with a warning next
// to it, or the page is refused next to it; never another schema
// without a word.
func TestCalloutCutsTable(t *testing.T) {
	cuts := []struct {
		name       string
		table, row int
	}{
		{"request body", 8, 1},
		{"response envelope", 10, 1},
		{"ReturnCode", 12, 2},
		{"ResponseData", 14, 0},
	}
	for _, st := range cutStyles {
		name := "page" + st.ext
		clean, _ := cutSample.write(st.style)
		want, err := parseLines(name, clean)
		if err != nil {
			t.Fatalf("%s: the clean page: %v", st.style, err)
		}
		for _, label := range calloutLabels {
			for _, c := range cuts {
				for _, bare := range []bool{false, true} {
					between := []string{label, "Operators may skip the cooldown; every such call is written to the audit log."}
					lines, at := cutSample.write(st.style, cut{table: c.table, row: c.row, between: between, bare: bare})
					what := fmt.Sprintf("%s, %s cut by %q, header printed again %t", st.style, c.name, label, !bare)
					got, err := parseLines(name, lines)
					if ds, ok := err.(schema.Diagnostics); ok {
						if !diagnosedNear(ds, name, at[0]+1) && !diagnosedNear(ds, name, at[0]-1) {
							t.Errorf("%s: refused away from the cut at line %d: %v", what, at[0]+1, ds)
						}
						continue
					}
					if err != nil {
						t.Errorf("%s: %v", what, err)
						continue
					}
					if sameFacts(got.API, want.API) {
						continue
					}
					if !diagnosedNear(got.Warnings, name, at[0]+1) && !diagnosedNear(got.Warnings, name, at[0]-1) {
						t.Errorf("%s: other facts without a warning next to the cut at line %d: %s", what, at[0]+1, firstDifference(factLines(want.API), got, nil))
					}
				}
			}
		}
	}
}
