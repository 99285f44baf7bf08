package parser

import (
	"math"
	"strings"
)

// A style is a way pages are scraped. It rates how surely a page is of
// the style, and reads a page of the style into items. It knows no
// vendor's words: what a style needs of them comes in the source.
type style interface {
	String() string
	// detect rates how surely the page's lines are of the style: 0 when
	// they bear none of its marks.
	detect(lines []string) int
	// read reads a page of the style into items, reporting what it
	// cannot read.
	read(src source) []item
	// needsLexicon reports whether read needs the source's lexicon,
	// which is made of every page: such pages are read last.
	needsLexicon() bool
}

// styles are the page styles, in the order that breaks a tie of
// detection.
var styles = []style{htmlStyle{}, markdownStyle{}, pipesStyle{}, flattenedStyle{}}

// certain is the rate of a page that can be of one style only.
const certain = math.MaxInt

// source is a page to read.
type source struct {
	name  string
	lines []string
	// words tells the names the pages use and the lines that end a
	// table, for a style whose cells run together.
	words lexicon
	rep   *reporter
}

// lexicon is what the pages' vocabulary tells a style whose table cells
// run together.
type lexicon interface {
	// prefixesOf returns the type names rest starts with, longest first.
	prefixesOf(rest string) []string
	// endsTable reports whether a line ends a table: a heading, a
	// section title.
	endsTable(line string) bool
}

// detectStyle returns the style whose marks the page bears most surely,
// or nil for a page without a table.
func detectStyle(lines []string) style {
	var best style
	bestRate := 0
	for _, s := range styles {
		if r := s.detect(lines); r > bestRate {
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

func (htmlStyle) needsLexicon() bool      { return false }
func (markdownStyle) needsLexicon() bool  { return false }
func (pipesStyle) needsLexicon() bool     { return false }
func (flattenedStyle) needsLexicon() bool { return true }

func (htmlStyle) read(src source) []item      { return htmlItems(src.lines) }
func (markdownStyle) read(src source) []item  { return markdownItems(src.lines) }
func (pipesStyle) read(src source) []item     { return pipeItems(src.lines) }
func (flattenedStyle) read(src source) []item { return flattenedItems(src) }

// detect is certain of an HTML document, and least sure of a page of
// another style that holds HTML tables.
func (htmlStyle) detect(lines []string) int {
	switch {
	case htmlDocument(lines):
		return certain
	case htmlTables(lines):
		return 1
	}
	return 0
}

// detect counts the Markdown rulers, |---|---|, above the run-together
// headers of flattened pages.
func (markdownStyle) detect(lines []string) int {
	return rulers(lines, true)
}

// detect counts the rulers without a leading pipe, ---|---; Markdown wins
// a tie.
func (pipesStyle) detect(lines []string) int {
	return rulers(lines, false)
}

// rulers rates a page by its table rulers with or without a leading pipe:
// 2 and their number, above a flattened page's rate, or 0 for none.
func rulers(lines []string, leading bool) int {
	n := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if isPipeRuler(t) && strings.HasPrefix(t, "|") == leading {
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return 2 + n
}

// detect finds a run-together table header such as
// "CodeTypeRequiredDescription".
func (flattenedStyle) detect(lines []string) int {
	for _, l := range lines {
		if flatHeader(strings.TrimSpace(l)) != nil {
			return 2
		}
	}
	return 0
}
