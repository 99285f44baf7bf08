package latex

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in LaTeX.
type Style struct{}

func (Style) String() string                      { return "LaTeX" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".tex", ".latex", ".ltx"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// Markers are the bytes one of which a LaTeX page holds: every command
// and a row's end begin with a backslash.
func (Style) Markers() string { return `\` }

// Detect is certain of a page with a tabular environment on a line of
// its own ("\begin{longtable}", "\begin{tabular}{ll}") and a row it ends
// ("… \\", "\tabularnewline"), outside a code block of Markdown's (a
// fence) or of LaTeX's own: no other style writes them.
func (Style) Detect(lines []string) int {
	tables, rows, fenced := 0, 0, false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fenced = !fenced
		case fenced:
		case strings.HasPrefix(t, `\begin{`):
			if m := beginRe.FindStringSubmatch(t); m != nil && tableArgs[m[1]] > 0 {
				tables++
			}
		case strings.HasSuffix(t, `\\`) || strings.HasSuffix(t, `\tabularnewline`):
			rows++
		}
		if tables > 0 && rows > 0 {
			return pages.Certain
		}
	}
	return 0
}

// HeadingAt reports whether page line n starts a heading,
// "\section{Title}" (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && sectionRe.MatchString(strings.TrimSpace(uncommented(page[n-1])))
}
