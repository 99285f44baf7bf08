package parser_test

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages/moin"
	"github.com/docs2go/docs2go/pages/oddmuse"
)

// What a page of MoinMoin markup holds that its table rows' cells do
// not show, or show otherwise: an empty cell written with no space
// between its pipes ("||||"), which MoinMoin reads as the next cell
// spanning one column more (the description over the Required column:
// which column holds which value cannot be told, and the row is
// refused, never read with its cells slid); and a line break in a cell's
// description, the macro "[[BR]]" or "<<BR>>" where the cell's text had
// a space (read as that space). They act on every page the parser reads
// as MoinMoin markup. WikkaWiki's variant has the same defects, its line
// break the glued "---": they act on every page read as WikkaWiki markup.
// Oddmuse's tables are MoinMoin's (moin.Tables), its empty cell the same:
// that defect acts on every page read as Oddmuse markup.
func init() {
	defects = append(defects, moinDefects...)
	for _, d := range moinDefects {
		everyStyle[d.class] = true
	}
}

// moinStyle, wikkaStyle and oddmuseStyle are the names of the styles of
// MoinMoin markup, of WikkaWiki's and of Oddmuse's.
var (
	moinStyle    = moin.Style{}.String()
	wikkaStyle   = moin.Wikka{}.String()
	oddmuseStyle = oddmuse.Style{}.String()
)

// moinEmptyCellRe matches an empty cell of a MoinMoin row, with spaces
// between its pipes; moinLastCellRe a row's last cell, a space in it.
var (
	moinEmptyCellRe = regexp.MustCompile(`\|\|[ \t]+\|\|`)
	moinLastCellRe  = regexp.MustCompile(`\|\|([^|]*\S [^|]*)\|\|\s*$`)
)

// moinRows are the rows of a page read in style that match re.
func moinRows(p *scrapedPage, style string, re *regexp.Regexp) []int {
	if p.style != style {
		return nil
	}
	var out []int
	for i, l := range p.lines {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "||") && re.MatchString(t) {
			out = append(out, i)
		}
	}
	return out
}

// spannedEmptyCell writes the first empty cell of row at without its
// spaces ("||||"), as a span of the cell after it.
func spannedEmptyCell(p *scrapedPage, lines []string, at int) ([]string, int) {
	out := append([]string{}, lines...)
	loc := moinEmptyCellRe.FindStringIndex(out[at])
	out[at] = out[at][:loc[0]] + "||||" + out[at][loc[1]:]
	return out, at
}

var moinDefects = []defect{
	{"MoinMoin empty cell written without its spaces, a span (||||)", func(p *scrapedPage) []int {
		return moinRows(p, moinStyle, moinEmptyCellRe)
	}, spannedEmptyCell},
	{"MoinMoin line break macro in a cell's description", func(p *scrapedPage) []int {
		return moinRows(p, moinStyle, moinLastCellRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		out := append([]string{}, lines...)
		m := moinLastCellRe.FindStringSubmatchIndex(out[at])
		cell := out[at][m[2]:m[3]]
		k := strings.Index(strings.TrimSpace(cell), " ") + len(cell) - len(strings.TrimLeft(cell, " "))
		macro := "[[BR]]"
		if at%2 == 1 {
			macro = "<<BR>>"
		}
		out[at] = out[at][:m[2]] + cell[:k] + macro + cell[k+1:] + out[at][m[3]:]
		return out, at
	}},
	{"WikkaWiki empty cell written without its spaces, a span (||||)", func(p *scrapedPage) []int {
		return moinRows(p, wikkaStyle, moinEmptyCellRe)
	}, spannedEmptyCell},
	{"WikkaWiki forced line break (---) in a cell's description", func(p *scrapedPage) []int {
		return moinRows(p, wikkaStyle, moinLastCellRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		out := append([]string{}, lines...)
		m := moinLastCellRe.FindStringSubmatchIndex(out[at])
		cell := out[at][m[2]:m[3]]
		k := strings.Index(strings.TrimSpace(cell), " ") + len(cell) - len(strings.TrimLeft(cell, " "))
		out[at] = out[at][:m[2]] + cell[:k] + "---" + cell[k+1:] + out[at][m[3]:]
		return out, at
	}},
	{"Oddmuse empty cell written without its spaces, a span (||||)", func(p *scrapedPage) []int {
		return moinRows(p, oddmuseStyle, moinEmptyCellRe)
	}, spannedEmptyCell},
}
