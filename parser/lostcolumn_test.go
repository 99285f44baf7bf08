package parser_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
)

// TestRestWithoutColumn cuts a body table of a fact case in two with a
// callout, its rest without a header row and without the column that is
// empty in all its rows, as pandoc's reStructuredText drops an optional
// Required column: the rest is read as the table's rest, with a warning
// at its first row, in each style and for both protocols. GearN's rest
// has the clean page's facts; in Kakao's, whose optional rows write N in
// the Mandatory column it drops, each row is refused at its line, its
// requiredness a hole that an overrides entry fills.
func TestRestWithoutColumn(t *testing.T) {
	for _, c := range []struct {
		name, dir, old, new string
		line                int    // of the rest's first row
		same                bool   // the facts are the clean page's
		field               string // a field of the rest the schema keeps
		holes               []int  // the lines of the rows whose requiredness is a hole
	}{
		{"GearN Markdown", "r04_carveRunestone",
			"| depth       | number       |          | Depth of the cut, as a fraction of the stone's thickness. (from 0.2 to 1.0) (Default: 0.6) |\n| inscription | string       |          | Text carved under the runes. (up to 48 characters)                                         |\n",
			"\n> **Tip:** carving is logged.\n\n| depth | number | Depth of the cut, as a fraction of the stone's thickness. (from 0.2 to 1.0) (Default: 0.6) |\n| --- | --- | --- |\n| inscription | string | Text carved under the runes. (up to 48 characters) |\n",
			60, true, "inscription", nil},
		{"GearN HTML, right under the table", "r02_charterCaravan",
			"</table>\n<p>TIP</p>\n<p>Every admin charter is written to the audit log with its <code class=\"docutils literal notranslate\"><span class=\"pre\">reason</span></code>.</p>\n",
			"</table>\n", 227, true, "reason", nil},
		{"Kakao Markdown", "r13_stampRally",
			"| photoIds     | List\\<String\\> | N         | Photos taken at the checkpoint, up to 3 items                  |\n| memo         | String         | N         | Note for the operation log (up to 100 characters)              |\n",
			"\n> **Note:** photos are kept for 30 days.\n\n| photoIds | List\\<String\\> | Photos taken at the checkpoint, up to 3 items |\n|---|---|---|\n| memo | String | Note for the operation log (up to 100 characters) |\n",
			182, false, "", []int{182, 184}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join("../testdata/facts", c.dir)
			clean := parser.CasePages(t, dir)
			want, err := parser.Parse(clean, parser.Options{Name: "x"})
			if err != nil {
				t.Fatal(err)
			}
			last := &clean[len(clean)-1]
			damaged := append([]parser.Page{}, clean...)
			data := string(last.Data)
			if !strings.Contains(data, c.old) {
				t.Fatalf("%s has no %q", last.Name, c.old)
			}
			damaged[len(damaged)-1] = parser.Page{Name: last.Name, Data: []byte(strings.Replace(data, c.old, c.new, 1))}
			res, err := parser.Parse(damaged, parser.Options{Name: "x"})
			var holes []int
			for _, h := range res.Holes {
				holes = append(holes, h.At.Line)
			}
			if fmt.Sprint(holes) != fmt.Sprint(c.holes) || (err != nil) != (c.holes != nil) {
				t.Fatalf("holes at lines %v, error %v; want holes at %v", holes, err, c.holes)
			}
			warned := false
			for _, w := range res.Warnings {
				warned = warned || w.Pos.Line == c.line && strings.Contains(w.Msg, "one fewer than the columns of the table at line")
			}
			if !warned {
				t.Errorf("no warning of the rest without a column at line %d: %v", c.line, res.Warnings)
			}
			if got, w := strings.Join(factLines(res.API), "\n"), strings.Join(factLines(want.API), "\n"); c.same && got != w {
				t.Errorf("facts differ from the clean page's: %s", firstDifference(factLines(want.API), res, nil))
			}
			if c.field != "" && !strings.Contains(strings.Join(factLines(res.API), "\n"), fmt.Sprintf("field %s:", c.field)) {
				t.Errorf("no field %s in the schema", c.field)
			}
		})
	}
}
