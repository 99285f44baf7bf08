package parser_test

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/parser"
)

// alignedPartRe matches the first two parts of a row of columns aligned
// with spaces: a word, two spaces or more, a word.
var alignedPartRe = regexp.MustCompile(`^( *)(\S+)( {2,})(\S+)(?:  |$)`)

// A print fills a column to one space before the next cell, or sets a
// word left of its column (pdftotext -layout lays each word where the
// print's font puts it): the second cell of a row of a page in columns
// aligned with spaces moves left to one space after the first, and still
// runs over the start of its column ("withFrames Boolean", "frames
// List<HarvestFrame>"). The parser reads it by what the columns hold, or
// refuses it at its line.
func init() {
	defects = append(defects, defect{"print's cell one space after the cell before it", func(p *scrapedPage) []int {
		if p.style != (aligned.Style{}).String() {
			return nil
		}
		var out []int
		for _, rows := range parser.TableRows(p.name, []byte(strings.Join(p.lines, "\n"))) {
			for _, r := range rows {
				if r >= 1 && r <= len(p.lines) && movable(p.lines[r-1]) {
					out = append(out, r-1)
				}
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		l := lines[at]
		m := alignedPartRe.FindStringSubmatchIndex(l)
		out := append([]string{}, lines...)
		out[at] = l[:m[5]] + " " + l[m[8]:m[9]] + strings.Repeat(" ", m[7]-m[6]-1) + l[m[9]:]
		return out, at
	}})
	everyStyle["print's cell one space after the cell before it"] = true
	// Go's ledongthuc/pdf GetPlainText of a browser's print writes each
	// text run on a line: the date, the title, the URL (its "fi" a
	// ligature), then the page's count on three lines ("2" / "/" / "6"),
	// between two rows of a table one cell a line.
	defects = append(defects, defect{"print's header and footer a run a line, the count on three lines, between rows one cell a line", breakPlaces("dense"), func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tb := tableOf(p, at)
		next := tb.rows[slices.Index(tb.rows, at)+1]
		title := ""
		for _, l := range lines {
			if title = strings.TrimSpace(strings.TrimLeft(l, "#")); title != "" {
				break
			}
		}
		return insertLines(lines, next, "12/7/26, 7:55 AM", title+" - GearN Docs", "\ufb01le:///tmp/work/page.html", "2", "/", "6"), next
	}})
}

// movable reports whether a row's second cell, moved left to one space
// after its first, still runs over the start of its column: a word longer
// than the gap before it, on a line of ASCII text (whose display columns
// are its bytes).
func movable(l string) bool {
	for i := 0; i < len(l); i++ {
		if l[i] >= 0x80 || l[i] == '\t' {
			return false
		}
	}
	m := alignedPartRe.FindStringSubmatchIndex(l)
	return m != nil && m[9]-m[8] > m[7]-m[6]
}
