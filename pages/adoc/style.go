package adoc

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in AsciiDoc.
type Style struct{}

func (Style) String() string       { return "AsciiDoc" }
func (Style) NeedsLexicon() bool   { return false }
func (Style) Extensions() []string { return []string{".adoc", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block {
	return read(src)
}

// Detect is certain of a page with a table between two delimiter lines
// ("|===", or ",===" and ":===" of a table of comma- or
// colon-separated values), a mark no other style writes.
func (Style) Detect(lines []string) int {
	n := 0
	for _, l := range lines {
		if tableDelimRe.MatchString(strings.TrimSpace(l)) {
			n++
		}
	}
	if n < 2 {
		return 0
	}
	return pages.Certain
}

// tableDelimRe matches the delimiter line of a table, "|===", ",===",
// ":===".
var tableDelimRe = regexp.MustCompile(`^[|,:]={3,}$`)
