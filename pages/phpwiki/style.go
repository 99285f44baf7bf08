package phpwiki

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in PhpWiki's wiki markup.
type Style struct{}

func (Style) String() string                      { return "PhpWiki markup" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".phpwiki", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return items(src) }

// Markers: every cell of a PhpWiki row but its last ends with a pipe.
func (Style) Markers() string { return "|" }

// Detect is certain of a page that holds a table as PhpWiki writes one,
// two rows at least of two cells at least, a cell a line, each indented
// two spaces more than the one before it and each but the last ending in
// " |" (readRow), and that bears a mark of PhpWiki beside it: a heading
// of exclamation marks ("!!! Title", "!! Title") or a line break
// ("%%%"). No other style writes a row's cells down a staircase.
func (Style) Detect(lines []string) int {
	tables, marks := 0, 0
	for i := 0; i < len(lines); i++ {
		if headingLevel(lines[i]) > 0 || strings.Contains(lines[i], "%%%") {
			marks++
			continue
		}
		if !tableStart(lines, i) {
			continue
		}
		rows := 0
		j := i
		for j < len(lines) && rowStart(lines[j]) {
			cells, end, regular := readRow(lines, j)
			if !regular || len(cells) < 2 {
				break
			}
			rows++
			j = end + 1
		}
		if rows >= 2 {
			tables++
		}
		i = max(i, j-1)
	}
	if tables == 0 || marks == 0 {
		return 0
	}
	return pages.Certain
}

// HeadingAt reports whether page line n is a heading, "!! Title"
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && headingLevel(page[n-1]) > 0
}
