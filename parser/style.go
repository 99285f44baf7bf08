package parser

import (
	"math"
	"strings"
)

// A Style is a way pages are scraped. It rates how surely a page is of
// the style, and reads a page of the style into items. It knows no
// vendor's words: what a style needs of them comes in the source.
type Style interface {
	String() string
	// Detect rates how surely the page's lines are of the style: 0 when
	// they bear none of its marks.
	Detect(lines []string) int
	// Read reads a page of the style into items, reporting what it
	// cannot read.
	Read(src Source) []Block
	// NeedsLexicon reports whether read needs the source's lexicon,
	// which is made of every page: such pages are read last.
	NeedsLexicon() bool
}

// styles are the page styles, in the order that breaks a tie of
// detection.
var styles = []Style{htmlStyle{}, markdownStyle{}, pipesStyle{}, flattenedStyle{}}

// Certain is the rate of a page that can be of one style only.
const Certain = math.MaxInt

// Source is a page to read.
type Source struct {
	Name  string
	Lines []string
	// Words tells the names the pages use and the lines that end a
	// table, for a style whose cells run together.
	Words  Lexicon
	Report *Reporter
}

// Lexicon is what the pages' vocabulary tells a style whose table cells
// run together.
type Lexicon interface {
	// PrefixesOf returns the type names rest starts with, longest first.
	PrefixesOf(rest string) []string
	// EndsTable reports whether a line ends a table: a heading, a
	// section title.
	EndsTable(line string) bool
}

// detectStyle returns the style whose marks the page bears most surely,
// or nil for a page without a table.
func detectStyle(lines []string) Style {
	var best Style
	bestRate := 0
	for _, s := range styles {
		if r := s.Detect(lines); r > bestRate {
			best, bestRate = s, r
		}
	}
	return best
}

type (
	htmlStyle      struct{}
	markdownStyle  struct{}
	pipesStyle     struct{}
	flattenedStyle struct{}
)

func (htmlStyle) String() string      { return "HTML" }
func (markdownStyle) String() string  { return "Markdown" }
func (pipesStyle) String() string     { return "pipe-separated text" }
func (flattenedStyle) String() string { return "flattened text" }

func (htmlStyle) NeedsLexicon() bool      { return false }
func (markdownStyle) NeedsLexicon() bool  { return false }
func (pipesStyle) NeedsLexicon() bool     { return false }
func (flattenedStyle) NeedsLexicon() bool { return true }

func (htmlStyle) Read(src Source) []Block      { return htmlItems(src.Lines) }
func (markdownStyle) Read(src Source) []Block  { return markdownItems(src.Lines) }
func (pipesStyle) Read(src Source) []Block     { return pipeItems(src.Lines) }
func (flattenedStyle) Read(src Source) []Block { return flattenedItems(src) }

// Detect is certain of an HTML document, and least sure of a page of
// another style that holds HTML tables.
func (htmlStyle) Detect(lines []string) int {
	switch {
	case htmlDocument(lines):
		return Certain
	case htmlTables(lines):
		return 1
	}
	return 0
}

// Detect counts the Markdown rulers, |---|---|, above the run-together
// headers of flattened pages.
func (markdownStyle) Detect(lines []string) int {
	return rulers(lines, true)
}

// Detect counts the rulers without a leading pipe, ---|---; Markdown wins
// a tie.
func (pipesStyle) Detect(lines []string) int {
	return rulers(lines, false)
}

// rulers rates a page by its table rulers with or without a leading pipe:
// 2 and their number, above a flattened page's rate, or 0 for none.
func rulers(lines []string, leading bool) int {
	n := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if IsPipeRuler(t) && strings.HasPrefix(t, "|") == leading {
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return 2 + n
}

// Detect finds a run-together table header such as
// "CodeTypeRequiredDescription".
func (flattenedStyle) Detect(lines []string) int {
	for _, l := range lines {
		if flatHeader(strings.TrimSpace(l)) != nil {
			return 2
		}
	}
	return 0
}
