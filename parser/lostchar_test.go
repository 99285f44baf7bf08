package parser_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// alignedOf writes the Markdown page md as a text page of aligned
// columns, as a text browser dumps it: each pipe table's cells padded to
// their column, three spaces apart, its separator row dropped, and the
// headings' marks and the code fences left out.
func alignedOf(md string) string {
	var out, block []string
	flush := func() {
		var rows [][]string
		var width []int
		for _, l := range block {
			cells := strings.Split(strings.Trim(l, "|"), "|")
			if strings.HasPrefix(cells[0], "---") {
				continue
			}
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
				if i == len(width) {
					width = append(width, 0)
				}
				width[i] = max(width[i], len(cells[i]))
			}
			rows = append(rows, cells)
		}
		for _, r := range rows {
			var b strings.Builder
			for i, c := range r {
				fmt.Fprintf(&b, "%-*s", width[i]+3, c)
			}
			out = append(out, strings.TrimRight(b.String(), " "))
		}
		block = nil
	}
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "|") {
			block = append(block, l)
			continue
		}
		flush()
		if !strings.HasPrefix(l, "```") {
			out = append(out, strings.TrimLeft(l, "# "))
		}
	}
	flush()
	return strings.Join(out, "\n")
}

// lostCharPage is the GearN page of gearnTitled in a style: flattened
// text, Markdown, HTML, or Markdown's dumped as aligned columns.
func lostCharPage(style string) (name, page string) {
	if style == "aligned" {
		return "linkCustomId.txt", alignedOf(gearnTitled("markdown", "POST", "Request Headers", "Request Body", "Response Body"))
	}
	return "linkCustomId" + gearnTitleExt[style], gearnTitled(style, "POST", "Request Headers", "Request Body", "Response Body")
}

// TestGearNLostCharName reads a GearN page whose writer put a "?" for a
// character its 8-bit encoding lacks (w3m -O US-ASCII, unrtf: the
// zero-width space a docs site sets in a long name) in a field's, an
// enum member's or a header's name cell, inside the name or after it, in
// flattened text (the cells run together), Markdown, HTML and aligned
// columns: the schema is the clean page's, with a warning at the row
// that names the cell. A cell of "?"s alone (a name in a script the
// encoding lacks whole, as wide as the name, so that the columns of an
// aligned table stay where they were) leaves no name, and is refused at
// the row, saying what to write.
func TestGearNLostCharName(t *testing.T) {
	for _, style := range []string{"flattened", "markdown", "html", "aligned"} {
		name, clean := lostCharPage(style)
		cleanRes, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(clean)}}, parser.Options{Name: "x"})
		if err != nil {
			t.Fatalf("%s: the clean page: %v", style, err)
		}
		for _, c := range []struct{ name, cell string }{
			{"customId", "custom?Id"},
			{"forceLink", "forceLink?"},
			{"CustomIdTaken", "CustomId?Taken"},
			{"Secret-Key", "Secret-Key?"},
			{"Content-Type", "Content-?Type"},
		} {
			page := strings.Replace(clean, c.name, c.cell, 1)
			line := lineOf(page, c.cell)
			res, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x"})
			if err != nil {
				t.Errorf("%s, %q: %v", style, c.cell, err)
				continue
			}
			if got, want := factLines(res.API), factLines(cleanRes.API); !slices.Equal(got, want) {
				t.Errorf("%s, %q: the schema differs from the clean page's: %s", style, c.cell, firstDifference(want, res, nil))
			}
			if !slices.ContainsFunc(res.Warnings, func(w schema.Diagnostic) bool {
				return w.Pos.Line == line && strings.Contains(w.Msg, fmt.Sprintf("%q", c.cell))
			}) {
				t.Errorf("%s, %q: no warning at line %d that names the cell: %v", style, c.cell, line, res.Warnings)
			}
		}
		for _, c := range []struct{ name, cell string }{
			{"forceLink", "?????????"},
			{"Secret-Key", "??????????"},
		} {
			page := strings.Replace(clean, c.name, c.cell, 1)
			_, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x"})
			at := fmt.Sprintf("%s:%d:", name, lineOf(page, c.cell))
			if err == nil || !strings.Contains(err.Error(), at+" ") || !strings.Contains(err.Error(), "write the name without it on the page") {
				t.Errorf("%s, %q: error %v; want one at %s that says what to write", style, c.cell, err, at)
			}
		}
	}
}
