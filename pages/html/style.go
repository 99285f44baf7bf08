package html

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads web pages: <table>, <tr>, <td>; and WAP decks (WML, as
// Html2Wml converts a page), whose <card>s, <p>s and tables are read as
// HTML's, their <do>/<go> navigation no text.
type Style struct{}

func (Style) String() string                      { return "HTML" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".html", ".htm", ".wml"} }
func (Style) Read(src pages.Source) []pages.Block { return htmlItems(src) }
func (Style) DecodesReferences()                  {}
func (Style) Renders()                            {}

// Detect is certain of an HTML document, and least sure of a page of
// another style that holds HTML tables.
func (Style) Detect(lines []string) int {
	switch {
	case htmlDocument(lines):
		return pages.Certain
	case htmlTables(lines):
		return 1
	}
	return 0
}

// NeedsLexiconFor tells that a page that holds a table whose first row
// is of <td>s, no <th> over it (headlessTable), is read with the pages'
// lexicon: a converter may have dropped its header row, and the columns
// its section's title tells (pages.SectionColumns) name its cells.
func (Style) NeedsLexiconFor(lines []string) bool {
	return headlessTable(lines)
}

// headlessTable reports whether a page's lines hold a table whose first
// cell, after its <table, is a <td>, not a <th>; tags in any case. It
// looks a line at a time, copying none.
func headlessTable(lines []string) bool {
	inTable := false
	for _, l := range lines {
		for l != "" {
			if !inTable {
				t := indexFold(l, "<table")
				if t < 0 {
					break
				}
				inTable, l = true, l[t+len("<table"):]
				continue
			}
			td, th := indexFold(l, "<td"), indexFold(l, "<th")
			switch {
			case td >= 0 && (th < 0 || td < th):
				return true
			case th >= 0:
				inTable, l = false, l[th+len("<th"):]
			default:
				l = ""
			}
		}
	}
	return false
}

// indexFold is the index of the first tag in s that the lower-case ASCII
// tag starts, matched without regard to case, or -1.
func indexFold(s, tag string) int {
	for i := 0; i+len(tag) <= len(s); i++ {
		if s[i] == '<' && strings.EqualFold(s[i:i+len(tag)], tag) {
			return i
		}
	}
	return -1
}

// tagRe matches a tag, a start or an end one.
var tagRe = regexp.MustCompile(`<[^<>]*>`)

// TextLines are a page's lines without their tags, their character
// references decoded, each at its line: the words of an HTML page whose
// tables are not read yet, as a protocol's lexicon gathers them
// ("<h3>TrophyHolder</h3>" is "TrophyHolder").
func TextLines(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimSpace(pages.DecodeReferences(tagRe.ReplaceAllString(l, " ")))
	}
	return out
}
