package latex

import (
	"regexp"
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
// ("… \\", "\tabularnewline"), or with a ConTeXt table's start
// (\startxtable, \bTABLE, \starttabulate) and a row's (\startxrow, \bTR,
// \NC), outside a code block of Markdown's (a fence) or of LaTeX's own:
// no other style writes them.
func (Style) Detect(lines []string) int {
	tables, rows, fenced := 0, 0, false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fenced = !fenced
		case fenced:
		case contextTableRe.MatchString(t):
			tables++
		case contextRowRe.MatchString(t):
			rows++
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

// contextRowRe matches a line that starts a row of a ConTeXt table.
var contextRowRe = regexp.MustCompile(`^\\(?:startxrow|bTR|NC)(?:[^A-Za-z]|$)`)

// HeadingAt reports whether page line n starts a heading,
// "\section{Title}" or ConTeXt's "\section[title={Title}]" (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	if n < 1 || n > len(page) {
		return false
	}
	t := strings.TrimSpace(uncommented(page[n-1]))
	return sectionRe.MatchString(t) || contextSectionRe.MatchString(t)
}
