package pages

import (
	"slices"
	"strings"
	"testing"
)

// TestRefuseDroppedTables checks that the placeholder pandoc's writers
// without tables write for a table ("[TABLE]", "(TABLE)") is refused at
// its page line, as a paragraph of its own (plain, markdown without
// table extensions, bbcode_phpbb and bbcode_fluxbb) or in an OPML note,
// and nowhere else.
func TestRefuseDroppedTables(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		at    []int
		want  []int
	}{
		{"plain: a line of its own", []string{"Request Body", "", "[TABLE]", "", "Response Body", "", "  [TABLE]"}, nil, []int{3, 7}},
		{"opml: in notes, twice on a line", []string{`<outline text="Op">`, `  <outline text="Query Parameters" _note="[TABLE]">`, `  <outline text="Body" _note="200 Ok&#10;&#10;[TABLE]&#10;&#10;[TABLE]">`}, nil, []int{2, 3}},
		{"at page lines", []string{"Intro", "[TABLE]"}, []int{4, 9}, []int{9}},
		{"bbcode_phpbb, bbcode_fluxbb: a line of its own under the caption", []string{"[b]Request Body[/b]", "", "Fields of the body", "(TABLE)", "", "The table (TABLE) below."}, nil, []int{4}},
		{"prose and a link naming it", []string{"The word [TABLE] in a sentence.", "[TABLE]: https://example.com/table", "See [TABLE](#table)."}, nil, nil},
	} {
		var rep Reporter
		got := RefuseDroppedTables(Source{Name: "p.txt", Lines: c.lines, At: c.at}, &rep)
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		var lines []int
		for _, d := range errs {
			lines = append(lines, d.Pos.Line)
			if !strings.Contains(d.Msg, "dropped the table") || !strings.Contains(d.Msg, "pandoc -t gfm") {
				t.Errorf("%s: %v does not say the converter dropped the table and how to convert it", c.name, d)
			}
		}
		if !slices.Equal(lines, c.want) || got != (len(c.want) > 0) {
			t.Errorf("%s: refused %v at lines %v, want %v", c.name, got, lines, c.want)
		}
	}
}
