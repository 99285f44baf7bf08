package typst

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in Typst's markup.
type Style struct{}

func (Style) String() string                      { return "Typst" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".typ"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// Markers are the bytes one of which a Typst page with a table holds:
// its call begins with a "#" ("#table(", "#figure(").
func (Style) Markers() string { return "#" }

// Detect is certain of a page with an embedded call that holds a table
// ("#table(", "#figure(" then "align(center)[#table(" as pandoc writes
// it) and a line of a table's arguments that no other style writes
// ("columns: 3," or "table.header(…)"), outside a raw block or a
// Markdown page's fence.
func (Style) Detect(lines []string) int {
	calls, args, fenced := 0, 0, false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fenced = !fenced
		case fenced:
		case strings.Contains(t, "#table(") || strings.HasPrefix(t, "#figure("):
			calls++
			if strings.Contains(t, "columns:") || strings.Contains(t, "table.header(") {
				args++
			}
		case strings.HasPrefix(t, "columns:") || strings.HasPrefix(t, "table.header("):
			args++
		}
		if calls > 0 && args > 0 {
			return pages.Certain
		}
	}
	return 0
}

// HeadingAt reports whether page line n is a heading, "== Title"
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	if n < 1 || n > len(page) {
		return false
	}
	t := strings.TrimSpace(page[n-1])
	return t != "" && t[0] == '=' && headingRe.MatchString(t)
}
