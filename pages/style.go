package pages

import (
	"math"
	"regexp"
	"slices"
	"strings"
)

// A Style is a way pages are scraped. It rates how surely a page is of
// the style, and reads a page of the style into blocks. It knows no
// vendor's words: what a style needs of them comes in the source.
type Style interface {
	String() string
	// Detect rates how surely the page's lines are of the style: 0 when
	// they bear none of its marks.
	Detect(lines []string) int
	// Read reads a page of the style into blocks, reporting what it
	// cannot read.
	Read(src Source) []Block
	// Extensions are the file extensions its pages are saved with,
	// ".md".
	Extensions() []string
	// NeedsLexicon reports whether Read needs the source's lexicon,
	// which is made of every page: such pages are read last.
	NeedsLexicon() bool
}

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
	// Primitives are the spellings of the primitive types, longest
	// first.
	Primitives() []string
}

// Detect returns the style whose marks the page bears most surely, the
// first of the styles on a tie, or nil for a page without a table.
func Detect(styles []Style, lines []string) Style {
	var best Style
	bestRate := 0
	for _, s := range styles {
		if r := s.Detect(lines); r > bestRate {
			best, bestRate = s, r
		}
	}
	return best
}

// Read reads a page in its style, then mends what a scrape does to the
// pages of every style: a header row repeated among a table's rows, as a
// page break in the middle of a table leaves it, is dropped, and so are
// the fences of code blocks ("```http"), which are markup.
func Read(st Style, src Source) []Block {
	blocks := slices.DeleteFunc(st.Read(src), func(b Block) bool { return b.Table == nil && IsFence(b.Text) })
	for _, b := range blocks {
		if b.Table != nil {
			b.Table.Rows = slices.DeleteFunc(b.Table.Rows, b.Table.repeatsHeader)
		}
	}
	return blocks
}

// repeatsHeader reports whether a row's cells are the table's header
// again.
func (t *Table) repeatsHeader(r *Row) bool {
	if len(t.Header) < 2 || len(r.Cells) != len(t.Header) {
		return false
	}
	for i, c := range r.Cells {
		if !strings.EqualFold(strings.TrimSpace(c), strings.TrimSpace(t.Header[i])) {
			return false
		}
	}
	return true
}

// fenceRe matches a code fence with its optional language: ```, ~~~json.
var fenceRe = regexp.MustCompile("^(?:```+|~~~+)\\s*[A-Za-z0-9_+.-]*$")

// IsFence reports whether a line opens or closes a fenced code block.
func IsFence(line string) bool { return fenceRe.MatchString(strings.TrimSpace(line)) }
