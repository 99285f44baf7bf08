package muse

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in Emacs Muse's markup.
type Style struct{}

func (Style) String() string                      { return "Emacs Muse" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".muse", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// Detect is certain of a page with a Muse heading ("* Title" to "*****
// Title") and a mark no other style writes: an example block's tag on a
// line of its own ("<example>"), a verbatim span ("<verbatim>…"), a
// literal block ("<literal style=\"html\">") or a header row of a table
// whose cells a double bar parts (" Name || Type"). A keyword line of
// Org mode ("#+title:") makes the page Org's.
func (Style) Detect(lines []string) int {
	headings, marks := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case strings.HasPrefix(t, "#+"):
			return 0
		case headingLevel(l) > 0:
			headings++
		case t == exampleOpen || t == exampleClose || strings.HasPrefix(t, literalOpen):
			marks++
		case strings.Contains(t, verbatimOpen):
			marks++
		case l[0] == ' ' && strings.Contains(t, " || ") && tableRow(l):
			marks++
		}
	}
	if headings == 0 || marks == 0 {
		return 0
	}
	return pages.Certain
}

// HeadingAt reports whether page line n is a heading, "** Title"
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && headingLevel(page[n-1]) > 0
}
