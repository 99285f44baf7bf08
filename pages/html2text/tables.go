package html2text

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
)

// html2text writes no blank line after a table: the paragraph, the list
// or the site's chrome that follows it starts on the next line. A table's
// lines keep its gutters, the column before each column's start, blank;
// a column's start is a header word's under which a row starts a word
// (the words of a header cell of many words, "Http response code", stand
// over no row's). The table ends before a line that breaks a gutter and
// whose first cell, the text left of the first gutter, is no name nor a
// code with its note: words of prose from the margin ("LikeBe the first
// to like this", "© 2026 GearN. Privacy"), or a word wider than the first
// column.

// word is a word of a line, with the display columns where it starts and
// ends.
type word struct {
	start, end int
	text       string
}

// wordsOf cuts a line into its words, at its spaces.
func wordsOf(line string) []word {
	var out []word
	col := 0
	for _, f := range strings.SplitAfter(line, " ") {
		t := strings.TrimRight(f, " ")
		w := 0
		for _, r := range t {
			w += pages.RuneWidth(r)
		}
		if t != "" {
			out = append(out, word{col, col + w, t})
		}
		col += w + len(f) - len(t)
	}
	return out
}

// stop is a line, by index, that ends a table with no blank line before
// it, or cuts it (a line of text between two of its rows: an edit, a
// scrape), and the table's header line. rest, where the line is the rest
// of the table's last line that a hard wrap cut (lastRest), is the
// display column the table's last column starts at; else -1.
type stop struct {
	line, header int
	cut          bool
	rest         int
	// phrase is set where the line holds words within the table's first
	// column alone (firstColumnPhrase).
	phrase bool
}

// tableEnds returns the lines that end a table of the page with no blank
// line after it, or cut one: where a line out of the table follows one
// of its rows.
func tableEnds(lines []string) []stop {
	var stops []stop
	for i := 0; i < len(lines); i++ {
		if !aligned.HeaderLine(lines[i]) {
			continue
		}
		ss := tableStops(lines, i)
		stops = append(stops, ss...)
		if len(ss) > 0 {
			i = ss[len(ss)-1].line
		}
	}
	return stops
}

// tableStops returns the lines that cut the table whose header is line h
// and the line that ends it, where a line out of the table follows it;
// none where the table ends at a blank line, the page's end or the next
// table's header right under its rows (nextHeader). A line out of the
// table that its rows follow within maxCut lines (resumed) cuts it.
func tableStops(lines []string, h int) []stop {
	head := wordsOf(lines[h])
	// alive are the header words after the first whose gutter the lines
	// so far leave blank, and real those under which a row starts a word.
	alive := make([]bool, len(head))
	real := make([]bool, len(head))
	for k := 1; k < len(head); k++ {
		alive[k] = head[k].start > head[k-1].end
	}
	j := h + 1
	for j < len(lines) && strings.TrimSpace(lines[j]) == strings.TrimSpace(lines[h]) {
		j++ // the header printed twice
	}
	first := j
	var stops []stop
	for ; j < len(lines) && strings.TrimSpace(lines[j]) != ""; j++ {
		ws := wordsOf(lines[j])
		broken := make([]bool, len(head))
		for k := 1; k < len(head); k++ {
			for _, w := range ws {
				broken[k] = broken[k] || w.start < head[k].start && w.end > head[k].start-1
				real[k] = real[k] || w.start == head[k].start
			}
		}
		if j > first && nextHeader(lines[j], head) {
			return stops
		}
		phrase := firstColumnPhrase(lines[j], ws, head, alive, real)
		chrome := pages.EndsContent(lines, j)
		if j > first && !aligned.HeaderLine(lines[j]) && (outOfTable(ws, head, alive, real, broken) || phrase || chrome) {
			if !resumed(lines, chromeLast(lines, j, chrome), head, alive, real) {
				return append(stops, stop{line: j, header: h, rest: lastRest(lines, j, head, alive, real), phrase: phrase})
			}
			stops = append(stops, stop{line: j, header: h, cut: true, rest: -1})
			continue
		}
		for k := range alive {
			alive[k] = alive[k] && !broken[k]
		}
	}
	return stops
}

// nextHeader reports whether a line under a table's rows, whose header
// words are head, is the header of the next table, which html2text
// writes right under the last row where the page sets two tables back to
// back, with no title between them: a header line (aligned.HeaderLine)
// that names a column the table's header names too ("Code Type Required
// Description", then "Name Code Description"). The table ends before it,
// and the next one's lines are that header's to cut or end.
func nextHeader(line string, head []word) bool {
	if !aligned.HeaderLine(line) {
		return false
	}
	for _, w := range wordsOf(line) {
		for _, h := range head {
			if strings.EqualFold(w.text, h.text) && pages.IsHeaderCell(w.text) {
				return true
			}
		}
	}
	return false
}

// chromeLast is the index of the last line of the site's chrome that
// line j starts (pages.ChromeEnd) before the next blank line, where chrome
// says it starts it; else j. The table goes on after the chrome only
// where its rows follow that line.
func chromeLast(lines []string, j int, chrome bool) int {
	if !chrome {
		return j
	}
	end := j
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
		end++
	}
	return pages.ChromeEnd(lines[:end], j) - 1
}

// outOfTable reports whether a line, its words ws, is out of the table
// whose header words are head: it breaks a live gutter of a column, and
// its text left of the first such gutter is words of prose from the
// margin, no name nor a code with its note ("4xx (custom status)"), or
// its first word runs over that gutter, as no name of a column sized to
// its widest does ("Edit_this_page_on_GitHub").
func outOfTable(ws, head []word, alive, real, broken []bool) bool {
	gutter := -1
	hit := false
	for k := 1; k < len(head); k++ {
		if !alive[k] || !real[k] {
			continue
		}
		if gutter < 0 {
			gutter = head[k].start
		}
		hit = hit || broken[k]
	}
	if !hit || len(ws) == 0 || ws[0].start != 0 {
		return false
	}
	if ws[0].end >= gutter {
		return true // a first word wider than its column
	}
	return len(ws) > 1 && ws[1].start < gutter && !strings.HasPrefix(ws[1].text, "(")
}

// firstColumnPhrase reports whether a line, its words ws, holds words of
// prose within the first column of the table whose header words are
// head, and no text right of its first gutter: two words at least, the
// second no parenthesis (a code and its note, "4xx (custom status)"), and
// beginning as a sentence or a title does, not as a cell's rest
// (pages.StartsMidSentence). html2text sets a table's first column as
// wide as its widest name and a name on one line, in the middle of its
// row: such a line is no row's, but what follows the table with no blank
// line between ("© 2026 GearN", a callout's title, a toggle's "Show 10
// more members").
func firstColumnPhrase(line string, ws, head []word, alive, real []bool) bool {
	gutter := -1
	for k := 1; k < len(head) && gutter < 0; k++ {
		if alive[k] && real[k] {
			gutter = head[k].start
		}
	}
	if gutter < 0 || len(ws) < 2 || ws[len(ws)-1].end >= gutter || strings.HasPrefix(ws[1].text, "(") {
		return false
	}
	return !pages.StartsMidSentence(line)
}

// maxCut bounds the lines of text that may cut a table whose rows go on
// after them.
const maxCut = 3

// resumed reports whether the table whose header words are head goes on
// after line j, out of it, within maxCut lines and before a blank line: a
// line keeps its live gutters and starts a name at the margin, or a
// word at a column's start with the first column blank. A line of text
// cut the table there (an edit, a scrape), no end: its reading tells.
func resumed(lines []string, j int, head []word, alive, real []bool) bool {
	for k := j + 1; k < len(lines) && k <= j+maxCut && strings.TrimSpace(lines[k]) != ""; k++ {
		ws := wordsOf(lines[k])
		fits := true
		starts := ws[0].start == 0
		for c := 1; c < len(head); c++ {
			if !alive[c] || !real[c] {
				continue
			}
			starts = starts || ws[0].start == head[c].start
			for _, w := range ws {
				fits = fits && !(w.start < head[c].start && w.end > head[c].start-1)
			}
		}
		if fits && starts {
			return true
		}
	}
	return false
}

// lastRest returns, where line j, which ends the table whose header words
// are head, is the rest of the table's last line that a hard wrap cut,
// the display column the table's last column starts at; else -1. Such a
// line starts at the margin, right under a line with text in the last
// column, reads as the rest of that text (pages.WrapRest: "(Default:
// 1)", a sentence's rest in lower case), and is the last of its run: a
// blank line, a heading html2text frames (blank here) or the page's end
// follows it.
func lastRest(lines []string, j int, head []word, alive, real []bool) int {
	last := -1
	for k := 1; k < len(head); k++ {
		if alive[k] && real[k] {
			last = head[k].start
		}
	}
	if last < 0 || j+1 < len(lines) && strings.TrimSpace(lines[j+1]) != "" {
		return -1
	}
	above := wordsOf(lines[j-1])
	if len(above) == 0 || above[len(above)-1].start < last {
		return -1
	}
	var cell []string
	for _, w := range above {
		if w.start >= last {
			cell = append(cell, w.text)
		}
	}
	if pages.WrapRest(nil, strings.Join(cell, " "), lines[j]) == pages.NoRest {
		return -1
	}
	return last
}

// rowApart reports whether the line that ends a table, s, begins as a
// row of it does: from the margin, a name, then a code (an integer)
// where every row of the table begins with a name and a code, or a
// primitive type where every row begins with a name. html2text sizes
// each table's columns to its own text: the rest of a table the page
// writes as a second one, with no header row, comes right under the
// first in columns of its own, out of the first's.
func rowApart(lines []string, s stop) bool {
	ws := wordsOf(lines[s.line])
	if len(ws) < 3 || ws[0].start != 0 || !pages.IsNameCell(ws[0].text) {
		return false
	}
	code := isCode(ws[1].text)
	if _, primitive := pages.LookupLower(pages.PrimitiveTypes, strings.TrimSuffix(ws[1].text, "[]")); !code && !primitive {
		return false
	}
	rows := 0
	for j := s.header + 1; j < s.line; j++ {
		rw := wordsOf(lines[j])
		if len(rw) == 0 || rw[0].start != 0 || strings.TrimSpace(lines[j]) == strings.TrimSpace(lines[s.header]) {
			continue // a wrapped cell's line, or the header printed twice
		}
		if !pages.IsNameCell(rw[0].text) || code && (len(rw) < 2 || !isCode(rw[1].text)) {
			return false
		}
		rows++
	}
	return rows > 0
}

// isCode reports whether a word is an integer code ("142", "-40101").
func isCode(w string) bool {
	w = strings.TrimPrefix(w, "-")
	return w != "" && strings.Trim(w, "0123456789") == ""
}
