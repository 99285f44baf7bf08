package moin

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in MoinMoin's wiki markup.
type Style struct{}

func (Style) String() string                      { return "MoinMoin wiki markup" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".moin", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return items(src) }

// Markers: every table row of MoinMoin starts with a double pipe.
func (Style) Markers() string { return "|" }

// Detect is certain of a page whose table rows all start with a double
// pipe and part their cells with double pipes alone ("|| a || b ||"),
// two of them at least on lines one after the other, and that bears a
// mark of MoinMoin beside them: a heading framed by as many equal signs
// on both sides ("= Title =", "=== Title ==="), a code block's "{{{" or
// "}}}" on a line, or a line break macro ("[[BR]]", "<<BR>>", in a
// row or out of one). Wiki
// markup (Confluence) writes its header rows so, but its other rows with
// single pipes; DokuWiki starts its rows with "^" or "|" and parts cells
// with single ones. A page of WikkaWiki's variant (Wikka.Detect) is
// left to it.
func (Style) Detect(lines []string) int {
	if (Wikka{}).Detect(lines) > 0 {
		return 0
	}
	rows, consecutive, marks := 0, false, 0
	prevRow := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		row := strings.HasPrefix(t, "|")
		switch {
		case row && !IsRow(t):
			return 0
		case row:
			rows++
			consecutive = consecutive || prevRow
			if breakRe.MatchString(t) {
				marks++
			}
		case headingLevel(t) > 0 || t == "{{{" || strings.HasPrefix(t, "{{{#!") || t == "}}}" || breakRe.MatchString(t):
			marks++
		}
		prevRow = row
	}
	if rows < 2 || !consecutive || marks == 0 {
		return 0
	}
	return pages.Certain
}

// HeadingAt reports whether page line n is a heading, "== Title =="
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && headingLevel(strings.TrimSpace(page[n-1])) > 0
}
