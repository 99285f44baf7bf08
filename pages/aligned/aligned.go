// Package aligned reads pages whose tables are columns of text aligned
// with spaces, without separators: a page printed and turned back into
// text (pdftotext -layout), a text browser's dump (w3m, lynx or links
// -dump), a console's output. A table is known by its header row, whose
// cells name columns; where each cell starts is where its column starts,
// and every line of the table is cut there.
package aligned

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/drawn"
)

// A table's header is a line of two cells or more that name columns,
// printed once or twice; its cells are set apart by two spaces or more,
// or by one where the rows under it leave a gap in every line and start
// their cells (a text browser prints a table tight). A header cell too
// long for its column goes on at the next lines in its column ("Status"
// over "Code"), and one centred over its column leaves the column's
// start where the rows' cells start. Its rows follow: a row starts at a
// line with a cell under the first column and another under a later
// one, and a cell too long for its column goes on at the next lines in
// that column, the other columns blank there. Rows are set apart by
// blank lines or not: lines with no blank between them are one row but
// where a line starts a row of its own, and a run of lines after a page
// break, with no cell under the first column, goes on with the row
// before, with a warning. The table ends at a line that is no part of
// it: one whose text sits out of the columns (prose), a header, text
// under the first column alone after a blank line (a title), or a blank
// line under a table whose rows are not set apart by them. Rows whose
// cells sit in the middle of their rows or at their bottom, not at their
// top, are told apart where no blank lines set them apart by where a
// text browser places them (middle.go), and refused where that does not
// tell.

// slack is how far from its column's start a cell may start in a table
// whose cells are two spaces apart or more: a print rounds each word's
// place to the grid of characters. A table printed tight, one space
// between cells, is a console's or a text browser's, whose grid is exact.
const slack = 1

// maxHeaderLines bounds the lines a header row takes.
const maxHeaderLines = 4

// chunk is a run of a line's text between runs of spaces, with the
// display columns where it starts and ends.
type chunk struct {
	start, end int
	text       string
}

// chunksOf cuts a line at its runs of gap spaces or more. A tab goes on
// to the next multiple of 8, and a wide rune (Hangul, CJK) takes two
// columns, as a console and a print's grid place them.
func chunksOf(line string, gap int) []chunk {
	var out []chunk
	col, spaces := 0, 0
	from, to, startCol, endCol := -1, 0, 0, 0
	for i, r := range line {
		if r == ' ' || r == '\t' {
			w := 1
			if r == '\t' {
				w = 8 - col%8
			}
			col += w
			spaces += w
			continue
		}
		if from >= 0 && spaces >= gap {
			out = append(out, chunk{startCol, endCol, strings.ReplaceAll(line[from:to], "\t", " ")})
			from = -1
		}
		if from < 0 {
			from, startCol = i, col
		}
		spaces = 0
		col += pages.RuneWidth(r)
		to, endCol = i+utf8.RuneLen(r), col
	}
	if from >= 0 {
		out = append(out, chunk{startCol, endCol, strings.ReplaceAll(line[from:to], "\t", " ")})
	}
	return out
}

// header is a table's header row.
type header struct {
	line, end int // its first line, and the line after its last
	cells     []string
	starts    []int // where each column starts
	gap       int   // the spaces between two cells at least: 2, or 1 in a table printed tight
	// held counts, for each column, the lines of the header and the rows
	// under it (probe) with a word that starts at the column's start.
	held []int
	// centred is set where a header cell starts right of its column's
	// start, as a text browser centres a header cell over its column.
	centred bool
	// runTogether are the header's cells that run two columns' words
	// together as the page writes them ("TypeRequired"), read as a cell
	// of each (unrun).
	runTogether []string
}

// maxHeaderWords bounds the words of a header line.
const maxHeaderWords = 16

// headerLine cuts a line that may be a header's first into its parts set
// apart by two spaces or more: words without digits, two of them and
// half of them at least naming columns (mayHead). It returns nil for any
// other line: a line of pipes or tabs is another style's.
func headerLine(line string) []chunk {
	if !mayHead(line) {
		return nil
	}
	words := chunksOf(line, 1)
	if len(words) < 2 || len(words) > maxHeaderWords {
		return nil
	}
	named := 0
	for _, w := range words {
		if !headerLike(w.text) {
			return nil
		}
		if pages.IsHeaderCell(w.text) {
			named++
		}
	}
	if named < 2 {
		return nil
	}
	parts, _ := unrun(chunksOf(line, 2))
	return parts
}

// unrun cuts each header part of one word that runs the words of two
// columns together (pages.RunTogetherCell: "TypeRequired", two header
// cells a print set with no space between them) into a part for each,
// and returns the parts as the page writes them that it cut.
func unrun(parts []chunk) ([]chunk, []string) {
	var out []chunk
	var cut []string
	for _, p := range parts {
		cells := pages.RunTogetherCell(p.text)
		if cells == nil {
			out = append(out, p)
			continue
		}
		cut = append(cut, p.text)
		at := p.start
		for _, c := range cells {
			out = append(out, chunk{start: at, end: at + len(c), text: c})
			at += len(c)
		}
	}
	return out, cut
}

// tight reports whether the header at line i and the lines under it, to
// a blank line, each set every word one space from the next, as a text
// browser prints a table too wide for it (spacedTable), and a table laid
// out in columns does not but by chance, where each column's widest cell
// is one space short of the next.
func tight(lines []string, i int) bool {
	j := i
	for ; j < len(lines) && strings.TrimSpace(lines[j]) != ""; j++ {
		if strings.Contains(strings.TrimSpace(lines[j]), "  ") {
			return false
		}
	}
	return j > i+1
}

// isHeaderLine reports whether a line may be a header's first.
func isHeaderLine(line string) bool { return headerLine(line) != nil }

// HeaderLine reports whether a line may be the first of a table's header:
// words without digits, half of them at least naming columns.
func HeaderLine(line string) bool { return isHeaderLine(line) }

// headerLike reports whether a cell may be a header's, or the part of one
// that goes on at a next line: short words without digits.
func headerLike(c string) bool {
	return len(c) <= pages.MaxHeaderCell && !strings.ContainsFunc(c, unicode.IsDigit)
}

// maxProbe bounds the lines under a header that tell where its columns
// start.
const maxProbe = 40

// probe returns the lines under a header's first line i that tell where
// its columns start: those up to the next blank line, or, when a blank
// line follows the header, those of the run of lines after it, and up to
// a title after a row (text of one part left of the header's first cell:
// a print sets a table's title and the next table without a blank line
// between them; but for a row whose cells a text browser set one space
// apart under a centred header, secondUnder); a line that repeats the
// header is left out, and so are a few lines left of the rows (the rest
// of a line a hard wrap cut, a callout, a note) that rows at the first
// row's indent follow, no header (pastText): the rows tell the columns.
func probe(lines []string, i int) []int {
	var out []int
	j := i + 1
	for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		j++
	}
	margin := indentOf(lines[i])
	for ; j < len(lines) && len(out) < maxProbe && strings.TrimSpace(lines[j]) != ""; j++ {
		if strings.TrimSpace(lines[j]) == strings.TrimSpace(lines[i]) {
			continue
		}
		if len(out) > 0 && isHeaderLine(lines[j]) || pages.IsPageMark(lines[j]) {
			break // the next table's header, which a print sets with no blank line before it, or a page break
		}
		if len(out) > 0 && indentOf(lines[j]) < margin && len(chunksOf(lines[j], 2)) == 1 && !secondUnder(lines[out[len(out)-1]], lines[j]) {
			k := pastText(lines, j, indentOf(lines[out[0]]))
			if k < 0 {
				break
			}
			j = k - 1
			continue
		}
		out = append(out, j)
	}
	return out
}

// pastText returns the line after the lines from line j on, up to
// pages.MaxBreakLines of them, that start left of indent, the indent of a
// table's rows, the first of them a callout's label, the rest of a line
// a hard wrap cut (it starts as no sentence does) or a sentence (a full
// stop ends it), no title, where it starts at that indent or right of it
// and names no columns (no header of the next table): the table's rows
// go on there; else -1.
func pastText(lines []string, j, indent int) int {
	if t := strings.TrimSpace(lines[j]); !pages.IsCalloutLabel(t) && !pages.StartsMidSentence(t) && !strings.HasSuffix(t, ".") {
		return -1
	}
	k := j
	for k < len(lines) && k-j < pages.MaxBreakLines && strings.TrimSpace(lines[k]) != "" && indentOf(lines[k]) < indent {
		k++
	}
	if k == j || k >= len(lines) || strings.TrimSpace(lines[k]) == "" || indentOf(lines[k]) < indent || isHeaderLine(lines[k]) {
		return -1
	}
	return k
}

// secondUnder reports whether line's second word starts where a word of
// the line above starts: the cells of rows one space apart line up
// ("purity Double Purity of the metal" under "weight Double Weight in
// grams"), a title's words do not.
func secondUnder(above, line string) bool {
	ws := chunksOf(line, 1)
	if len(ws) < 2 {
		return false
	}
	return slices.ContainsFunc(chunksOf(above, 1)[1:], func(w chunk) bool { return w.start == ws[1].start })
}

// layout is the words of lines, to ask where they leave a gap.
type layout [][]chunk

func layoutOf(lines []string, at []int) layout {
	l := make(layout, len(at))
	for k, j := range at {
		l[k] = chunksOf(lines[j], 1)
	}
	return l
}

// blank reports whether display column p is blank in every line.
func (l layout) blank(p int) bool {
	for _, ws := range l {
		for _, w := range ws {
			if w.start <= p && p < w.end {
				return false
			}
		}
	}
	return true
}

// textBefore counts the lines with a word that starts left of display
// column p.
func (l layout) textBefore(p int) int {
	n := 0
	for _, ws := range l {
		if len(ws) > 0 && ws[0].start < p {
			n++
		}
	}
	return n
}

// partsAt counts the lines with a word two spaces or more from the text
// before it, or first on its line, that starts at display column p: a
// cell's start, not a word inside a cell.
func (l layout) partsAt(p int) int {
	n := 0
	for _, ws := range l {
		for i, w := range ws {
			if w.start == p && (i == 0 || w.start-ws[i-1].end >= 2) {
				n++
				break
			}
		}
	}
	return n
}

// startsAt counts the lines with a word that starts at display column p.
func (l layout) startsAt(p int) int {
	n := 0
	for _, ws := range l {
		for _, w := range ws {
			if w.start == p {
				n++
				break
			}
		}
	}
	return n
}

// splitCells cuts a header's first line into its cells: its parts set
// apart by two spaces or more, each cut again before a word where the
// lines under it tell a column starts (startsColumn), as a column they
// print one space from the last starts there ("Status Code Status Code
// Description" over "200 Normal Response"), or after a word that ends
// every header cell it is in (endsHeaderCell) and before a word that
// starts one: a print sets a bold header's words apart by their own
// widths, one space from the next column's ("Name Type" over "total
// Integer", "Type Mandatory" over "Integer Y"): the column starts where
// the rows start it, a display column right or left of the header's
// word, or at the word; but not in a header all of whose words are one
// space apart, a text browser's table too wide for it (spacedHeader), whose
// rows line up with no column. A print rounds each word's place to its
// grid: where the rows start a column one display column right of a
// header word, each two spaces or more after the text before it (no
// cell's next word, "Missing mandatory"), and none right of the word
// before it, the header is cut
// there too, and the column starts where the rows start it ("Status Code
// Description" at 20 over "Normal Response" at 21). The last part is cut
// before a word whose column is empty in every line under it, the two
// cells naming columns of their own (emptyLast).
func splitCells(parts []chunk, under layout) []chunk {
	var out []chunk
	for k, p := range parts {
		words := chunksOf(strings.Repeat(" ", p.start)+p.text, 1)
		cell := words[0]
		for i, w := range words[1:] {
			if under.startsColumn(w.start) {
				out = append(out, cell)
				cell = w
				continue
			}
			if len(parts) > 1 && under.startsColumn(w.start+slack) && under.everyApartAt(w.start+slack) && !under.startsColumn(words[i].start+slack) {
				out = append(out, cell)
				cell = w
				cell.start = w.start + slack // where the rows start the column
				continue
			}
			if len(parts) > 1 && k == len(parts)-1 && emptyLast(cell.text, words[i+1:], under) {
				out = append(out, cell)
				cell = w
				continue
			}
			if len(parts) > 1 && pages.EndsHeaderCell(words[i].text) && pages.IsHeaderCell(w.text) {
				out = append(out, cell)
				cell = w
				for _, p := range []int{w.start + 1, w.start - 1} {
					if p > words[i].end && under.startsColumn(p) {
						cell.start = p // where the rows start the column
						break
					}
				}
				continue
			}
			cell.text += " " + w.text
			cell.end = w.end
		}
		out = append(out, cell)
	}
	return out
}

// emptyLast reports whether the last part of a header's first line,
// whose words from rest on are the last ones, is two cells, before and
// from rest's first word, over a last column empty in every line under
// it (a text browser sizes a column whose cells are all empty to its
// header cell's word, one space from the column before: "Code
// Description" over "1", "2"): no line under it has text from a
// display column before that word on, each of the two names a column
// of its own kind, and the two together name none.
func emptyLast(before string, rest []chunk, under layout) bool {
	if !under.endBefore(rest[0].start - 1) {
		return false
	}
	after := make([]string, len(rest))
	for k, w := range rest {
		after[k] = w.text
	}
	a, b := pages.ColumnOf(before), pages.ColumnOf(strings.Join(after, " "))
	return a != pages.ColOther && b != pages.ColOther && a != b && pages.ColumnOf(before+" "+strings.Join(after, " ")) == pages.ColOther
}

// endBefore reports whether every line's text ends before display
// column p, a line with text among them.
func (l layout) endBefore(p int) bool {
	text := false
	for _, ws := range l {
		for _, w := range ws {
			if w.end > p {
				return false
			}
			text = true
		}
	}
	return text
}

// startsColumn reports whether the lines under a header tell that a
// column starts at display column p: they leave a gap before it in every
// line (or two of them start it and fewer cross it: across) and start a word there in half of those with text left of it at
// least (textBefore: "Http response code detail_code" over "492
// -84001", whose rows' descriptions go on at lines of their own), two lines or
// one whose word there stands two spaces or more from the text before it
// (a cell's start): a single line's word one space after another may be
// the second word of a cell ("Normal Response" under "Status Code
// Description").
func (l layout) startsColumn(p int) bool {
	n := l.startsAt(p)
	return n > 0 && 2*n >= l.textBefore(p) && (l.blank(p-1) || n >= 2 && l.across(p-1) < n && l.everyApartAt(p)) && (n >= 2 || l.apartAt(p))
}

// across counts the lines with a word over display column p: a cell that
// runs over the start of the next column, as a print sets one ("401
// Unauthenticated" where the rows above start their second cell right of
// it), where more lines start the column than cross it, each two spaces
// or more after the text before it (everyApartAt): a cell's second word
// one space after its first ("Normal Response") starts no column.
func (l layout) across(p int) int {
	n := 0
	for _, ws := range l {
		for _, w := range ws {
			if w.start <= p && p < w.end {
				n++
				break
			}
		}
	}
	return n
}

// spansTo reports whether a line starts a word at display column p that
// reaches display column to, a header cell's start: the cell of a row
// one space after the cell before it, under a header cell centred over
// it ("List<Notice>" under "Type"), which a cell's second word, right of
// its header cell's start, is not.
func (l layout) spansTo(p, to int) bool {
	for _, ws := range l {
		for _, w := range ws {
			if w.start == p && w.end > to {
				return true
			}
		}
	}
	return false
}

// everyApartAt reports whether every line that starts a word at display
// column p starts it two spaces or more after the text before it.
func (l layout) everyApartAt(p int) bool {
	for _, ws := range l {
		for i, w := range ws {
			if w.start == p && i > 0 && ws[i-1].end > p-2 {
				return false
			}
		}
	}
	return true
}

// apartAt reports whether a line starts a word at display column p two
// spaces or more after the text before it, or at its first word.
func (l layout) apartAt(p int) bool {
	for _, ws := range l {
		for i, w := range ws {
			if w.start == p && (i == 0 || ws[i-1].end <= p-2) {
				return true
			}
		}
	}
	return false
}

// headerAt reads the header row that starts at line i, if one does, and
// a row follows it: its first line's cells (splitCells), printed once or
// twice, and what goes on at the lines right after it in their columns,
// as many of those lines as leave every cell a header cell, the first
// naming a Name or a Code column and another a column of another kind
// ("Http" over "response" over "code" is "Http response code"; "Name"
// over a first row "status" is no header cell). Where a header cell is
// centred over its column, the column starts left of it, where the rows'
// cells start (refine).
func headerAt(lines []string, i int) (header, bool) {
	parts := headerLine(lines[i])
	if parts == nil {
		return header{}, false
	}
	under := probe(lines, i)
	first := splitCells(parts, layoutOf(lines, under))
	_, runTogether := unrun(chunksOf(lines[i], 2))
	h := header{line: i, gap: 2, starts: make([]int, len(first)), runTogether: runTogether}
	for k, c := range first {
		h.starts[k] = c.start
	}
	j := i + 1
	for j < len(lines) && strings.TrimSpace(lines[j]) == strings.TrimSpace(lines[i]) {
		j++ // the header printed twice
	}
	var more [][]chunk
	for ; j < len(lines) && len(more) < maxHeaderLines && strings.TrimSpace(lines[j]) != ""; j++ {
		cs := chunksOf(lines[j], 2)
		if cs[0].start < h.starts[0]-slack || !allHeaderLike(cs) {
			break
		}
		more = append(more, cs)
	}
	ends := make([]int, len(first))
	for n := len(more); n >= 0; n-- {
		cells := make([]string, len(first))
		for k, c := range first {
			cells[k], ends[k] = c.text, c.end
		}
		for _, cs := range more[:n] {
			for _, c := range cs {
				k := h.column(c.start)
				cells[k] = headerGoesOn(lines, cells[k], c.text)
				ends[k] = max(ends[k], c.end)
			}
		}
		if namesColumns(cells) {
			h.cells, h.end = cells, j-len(more)+n
			var rows []int
			for _, r := range under {
				if r >= h.end {
					rows = append(rows, r)
				}
			}
			h.refine(ends, lines, rows)
			return h, startsRow(lines, &h, h.end)
		}
	}
	return header{}, false
}

// headerGoesOn is a header cell's text with its part on the next line:
// after a space, or joined to the word the wrap hyphenated ("Status Code
// De-" over "scription"), as pages.JoinHyphen reads the hyphen; the
// columns the joined cells name tell whether the header is one.
func headerGoesOn(lines []string, cell, part string) string {
	if cell == "" {
		return part
	}
	if hyphenBreak(cell, part) {
		joined, _ := pages.JoinHyphen(lines, cell, part)
		return joined
	}
	return cell + " " + part
}

// refine moves the start of each column left of its header cell to where
// the cells of the rows under it start, as where a header cell is centred
// over its column: to the first display column after the header cell
// before that leaves a gap before it in the header and every row, where a
// row's cell starts (two rows start a word there, or one a word two
// spaces or more from the text before it: a single row's second word
// tells no column), and where every row with text between it and the
// header cell starts its text; the first column, whose rows' cells a
// text browser centred in it, starts where the leftmost starts
// (centredFirst); where no row starts a word at a header cell's start
// but the rows start one left of it only roughly, a print's (roughStart),
// the column starts at the leftmost. It sets the gap between cells to one
// where the table is printed tight: before each column but the first, a
// line's text ends one space before it, as the widest cell of a column
// sized to its text does, and a row starts a word at it, as a text
// browser's exact grid starts every cell; never where a column starts
// roughly.
func (h *header) refine(ends []int, lines []string, rows []int) {
	under := layoutOf(lines, rows)
	all := append(layoutOf(lines, []int{h.line}), under...)
	rough := false // a column's rows start it only roughly (roughStart)
	for k := range h.starts {
		from := 0
		if k > 0 {
			from = ends[k-1] + 1
		}
		for p := from; p < h.starts[k]; p++ {
			if p > 0 && !all.blank(p-1) || under.startsAt(p) < 2 && !under.apartAt(p) && !under.spansTo(p, h.starts[k]) || !under.startEvery(p, h.starts[k]) {
				continue
			}
			h.starts[k] = p
			h.centred = true
			break
		}
		if p, ok := under.roughStart(from, h.starts[k]); ok && p < h.starts[k] && under.partsAt(h.starts[k]) == 0 {
			h.starts[k], h.centred, rough = p, true, true
		}
	}
	if len(h.starts) > 1 {
		if p, ok := under.centredFirst(h.starts[1]); ok && p < h.starts[0] {
			h.starts[0], h.centred = p, true
		}
	}
	h.held = make([]int, len(h.starts))
	for k, p := range h.starts {
		h.held[k] = all.startsAt(p)
	}
	h.gap = 1
	if rough {
		h.gap = 2 // a print's, whose grid is no text browser's
	}
	for k := 1; k < len(h.starts) && h.gap == 1; k++ {
		p := h.starts[k]
		if p < 2 || !all.endsAt(p-2) || under.startsAt(p) == 0 {
			h.gap = 2
		}
	}
}

// centredFirst reports where the first column starts in rows whose
// first cells a text browser centred in it, as w3m centres a row's
// header cell (<th scope="row">): each line with text left of display
// column to, the next column's start, has a single word there, a gap of
// a space at least before the column, and the words start at two
// display columns or more; the column starts at the leftmost.
func (l layout) centredFirst(to int) (int, bool) {
	first, starts := -1, map[int]bool{}
	for _, ws := range l {
		if len(ws) == 0 || ws[0].start >= to {
			continue
		}
		if ws[0].end >= to || len(ws) > 1 && ws[1].start < to {
			return 0, false
		}
		starts[ws[0].start] = true
		if first < 0 || ws[0].start < first {
			first = ws[0].start
		}
	}
	return first, len(starts) >= 2
}

// endsAt reports whether a line has a word that ends at display column p
// (its last rune there).
func (l layout) endsAt(p int) bool {
	for _, ws := range l {
		for _, w := range ws {
			if w.end == p+1 {
				return true
			}
		}
	}
	return false
}

// roughStart returns where a column starts whose rows a print set
// roughly under a header cell centred over it, at display column to: the
// first word each line starts from display column from up to column to,
// two lines at least, starts within slack of the leftmost such start
// ("String" at 16 under "Long" at 15: the print rounds each word's place
// to its grid, and a long cell pushes the next over), which it returns.
// Only a word two spaces or more from the text before it starts a cell
// there: a word inside a cell that runs across the column (a long
// condition under Required, "invalidRequestParameters InvalidMember[]",
// a long name with its type one space after it) tells no column's
// start.
func (l layout) roughStart(from, to int) (int, bool) {
	lo, hi, n := -1, -1, 0
	for _, ws := range l {
		for i, w := range ws {
			if w.start < from || w.start > to || i > 0 && w.start-ws[i-1].end < 2 {
				continue
			}
			if lo < 0 || w.start < lo {
				lo = w.start
			}
			hi = max(hi, w.start)
			n++
			break
		}
	}
	return lo, n >= 2 && hi-lo <= slack
}

// startEvery reports whether every line with text from display column p
// up to column to starts a word at p.
func (l layout) startEvery(p, to int) bool {
	for _, ws := range l {
		for _, w := range ws {
			if w.end > p && w.start <= to {
				if w.start != p {
					return false
				}
				break
			}
		}
	}
	return true
}

func allHeaderLike(cs []chunk) bool {
	for _, c := range cs {
		if !headerLike(c.text) {
			return false
		}
	}
	return true
}

// namesAColumn reports whether a cell of a line names a column.
func namesAColumn(cs []chunk) bool {
	return slices.ContainsFunc(cs, func(c chunk) bool { return pages.IsHeaderCell(c.text) })
}

// cutHeaderAt reports whether line i is the first part of a header row
// that a hard wrap cut, its last cells at the margin of the next line:
// its cells name no table's columns alone (namesColumns), the next line
// starts left of them, or at the page's margin where they start too,
// and holds header cells alone, and with them the cells name columns:
// the rest's cells as cells of their own, or its first the rest of the
// last cell, which the wrap cut inside ("Status Code Detailed" over
// "Description").
func cutHeaderAt(lines []string, i int) bool {
	parts := headerLine(lines[i])
	if parts == nil || i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" {
		return false
	}
	rest := chunksOf(lines[i+1], 2)
	if rest[0].start >= parts[0].start && rest[0].start > 0 || !allHeaderLike(rest) {
		return false
	}
	parts = splitCells(parts, layoutOf(lines, probe(lines, i)))
	cells := make([]string, 0, len(parts)+len(rest))
	for _, p := range parts {
		cells = append(cells, p.text)
	}
	if namesColumns(cells) {
		return false
	}
	joined := slices.Clone(cells)
	joined[len(joined)-1] += " " + rest[0].text
	for k, c := range rest {
		cells = append(cells, c.text)
		if k > 0 {
			joined = append(joined, c.text)
		}
	}
	return namesColumns(cells) || namesColumns(joined)
}

// namesColumns reports whether cells are a header's: each a header cell,
// the first naming a Name or a Code column, another a column of another
// kind.
func namesColumns(cells []string) bool {
	for _, c := range cells {
		if !pages.IsHeaderCell(c) {
			return false
		}
	}
	first := pages.HeaderColumn(cells[0])
	if first != pages.ColName && first != pages.ColCode {
		return false
	}
	for _, c := range cells[1:] {
		if k := pages.HeaderColumn(c); k != pages.ColOther && k != first {
			return true
		}
	}
	return false
}

// column is the column a cell that starts at display column at is in:
// the last whose start is at or before it, but for slack.
func (h *header) column(at int) int {
	k := 0
	for k+1 < len(h.starts) && h.starts[k+1]-h.slack() <= at {
		k++
	}
	return k
}

// slack is how far from its column's start a cell may start.
func (h *header) slack() int {
	if h.gap == 1 {
		return 0
	}
	return slack
}

// aligned reports whether a line's cells sit in their columns: each
// part within its column, off none of its edges. A cell may sit anywhere
// in its column (centred, as a text browser prints a header cell); a
// line of prose, whose words run over the columns' starts, does not. A
// line whose first part starts at the first column's start and stands
// apart from the next is a row's even where a part runs over the start
// of the next column (resolve reads it), and so is one whose first part
// runs over a column's start where a word of it starts (wordAtStart), or
// whose words read as the cells of the columns it reaches (cutByContent).
func (h *header) aligned(cs []chunk) bool {
	if cs[0].start < h.starts[0]-h.slack() {
		return false
	}
	within := true
	for _, c := range cs {
		if k := h.column(c.start); k+1 < len(h.starts) && c.end >= h.starts[k+1] {
			within = false
		}
	}
	if within {
		return true
	}
	return len(cs) >= 2 && abs(cs[0].start-h.starts[0]) <= h.slack() && h.column(cs[0].start) == 0 && (cs[0].end < h.starts[1] || h.wordAtStart(cs[0]) || h.cutByContent(cs))
}

// cutByContent reports whether a line's first part, which runs over the
// start of the next column, reads as cells of the columns it reaches
// ("withFrames Boolean" under Name and Type): none of its readings reads
// it whole as the first column's.
func (h *header) cutByContent(cs []chunk) bool {
	rs := h.readings(cs[0], 0, "", h.column(cs[1].start))
	return len(rs) > 0 && !keeps(rs, 0)
}

// wordAtStart reports whether a word of a part after its first starts at
// the start of a later column the part runs over (within slack): a row's
// first cells printed one space apart, which resolve reads by what the
// columns hold or refuses at their line, never a line the table leaves.
func (h *header) wordAtStart(c chunk) bool {
	for _, w := range chunksOf(strings.Repeat(" ", c.start)+c.text, 1)[1:] {
		for k := 1; k < len(h.starts) && h.starts[k] < c.end; k++ {
			if abs(w.start-h.starts[k]) <= h.slack() {
				return true
			}
		}
	}
	return false
}

// cut cuts a line of the table into its cells' parts: at runs of the
// header's gap spaces or more, and, in a text browser's table (its
// header cells centred over their columns), at a single space before a
// word that starts right at a later column's start: a browser lays its
// columns on an exact grid, one space apart, and prints the widest cell
// of a column one space before the next ("Content-Type true" under
// "Name" and "Required") where the other columns leave more. The
// column's start is one that two lines at least start a word at, the
// header's or its rows': a single line's word tells no column. In a
// print, whose header cells start their columns, such a line is left
// to resolve, which reads it by what the columns hold: a cell of two
// words may end there.
func (h *header) cut(line string) []chunk {
	cs := chunksOf(line, h.gap)
	if h.gap == 1 || !h.centred {
		return cs
	}
	var out []chunk
	for _, c := range cs {
		words := chunksOf(strings.Repeat(" ", c.start)+c.text, 1)
		part := words[0]
		for _, w := range words[1:] {
			if k := h.column(w.start); k > 0 && h.starts[k] == w.start && h.held[k] >= 2 && w.start == part.end+1 && h.column(part.start) < k {
				out = append(out, part)
				part = w
				continue
			}
			part.text += " " + w.text
			part.end = w.end
		}
		out = append(out, part)
	}
	return out
}

// sameAs reports whether another header is this one again, as a page
// break repeats it: the same cells, wherever the print sets them (a
// print lays the words of each printed page on its own grid).
func (h *header) sameAs(o header) bool {
	if len(o.cells) != len(h.cells) {
		return false
	}
	for k := range h.cells {
		if !strings.EqualFold(pages.SingleSpaced(h.cells[k]), pages.SingleSpaced(o.cells[k])) {
			return false
		}
	}
	return true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// alignedItems reads a page of the style into blocks: its tables' cells
// at the top of their rows, or, where that reading finds cells in the
// middle of their rows, or cells that go on at a line their line before
// had room for (survey.loose), placed as the page's tables tell
// (placements), read again so where that explains them better. A table
// drawn with characters among its columns (drawn.TableAt: pandoc's rules
// of dashes, which its plain text draws, a grid) is read by its rules.
// On a text browser's dump that numbers its links (pages.NumbersLinks),
// the numbers are taken out of the text and the tables' cells
// (withoutLinkNumbers); a text line is then read as a heading or not
// (pages.StripHeading).
func alignedItems(src pages.Source) []pages.Block {
	lines := src.Lines
	var titles map[int]string
	src.Lines, titles = ungluedHeaders(lines)
	return reglued(finished(src, placedItems(src)), lines, titles)
}

// ReadMiddle reads a page of the style whose every table sets a cell
// shorter than its row on the row's middle line, rounded down, and no
// blank line between rows (Debian's html2text): each run of a table's
// lines of two rows or more, or with lines before its first name, is cut
// into rows by that placement alone (middleRows); a run that does not cut
// so is refused at its first line.
func ReadMiddle(src pages.Source) []pages.Block {
	return finished(src, readItems(src, unprinted(src.Lines), nil, placing{best: []placement{middleDown}, byPlace: []placement{middleDown}}, true))
}

// ReadTop reads a page of the style whose every table sets each cell at
// the top of its row, filled to its column's width, and a paragraph of a
// cell on the lines after its first (GNU Texinfo's multitable): a line a
// cell goes on at, which the line before had room for, is the cell's
// next paragraph, never a cell set in the middle of its row.
func ReadTop(src pages.Source) []pages.Block {
	return finished(src, readItems(src, unprinted(src.Lines), nil, placing{}, false))
}

// finished takes the numbers of links out of the blocks of a page that
// numbers them (withoutLinkNumbers), the paragraphs of a cell printed
// again after its table off the page's text into the cell (reprinted),
// the fence marks glued to a text line off it (pages.Unglued), and reads
// each text line as a heading or not (pages.StripHeading).
func finished(src pages.Source, items []pages.Block) []pages.Block {
	if pages.NumbersLinks(src.Lines) {
		items = withoutLinkNumbers(items)
	}
	items = reprinted(src, items)
	for k := range items {
		if items[k].Table == nil {
			items[k].Text = pages.StripHeading(pages.Unglued(items[k].Text))
		}
	}
	return items
}

// placedItems reads a page of the style into blocks, its tables' cells
// placed at the top of their rows or as the page's tables tell.
func placedItems(src pages.Source) []pages.Block {
	sh := unprinted(src.Lines)
	rep := src.Report
	src.Report = &pages.Reporter{}
	seen := &survey{}
	items := readItems(src, sh, seen, placing{}, false)
	if !seen.middle && !seen.loose() {
		rep.Merge(src.Report)
		return items
	}
	if places := placements(seen.runs); len(places.best) > 0 && (seen.middle || cheaper(seen.runs, places.best)) {
		src.Report = rep
		return readItems(src, sh, nil, places, false)
	}
	rep.Merge(src.Report)
	return items
}

// readItems reads a page's sheets into blocks, its tables' cells placed
// in the middle of their rows as places tell, or at their top where
// places is empty; seen, when set, gathers what the rows tell. Where
// placed is set, the page sets every cell so (ReadMiddle): a run the
// placements do not cut into rows is refused.
func readItems(src pages.Source, sh sheets, seen *survey, places placing, placed bool) []pages.Block {
	drawing := src
	drawing.Lines = sh.lines
	numbered := pages.NumbersLinks(src.Lines)
	var items []pages.Block
	// last is the header of the last table read, and lastTable that
	// table (or its rest); between counts the lines of text since.
	var last *header
	var lastTable *pages.Table
	between := 0
	// spaced is the last table read whose cells are one space apart, and
	// afterSpaced counts the lines of text since.
	var spaced *spacedAt
	afterSpaced := 0
	// gapped is the last table read whose cells are each followed by a
	// fixed gap, whose rest may follow a few lines of text (between).
	var gapped *gappedAt
	for i := 0; i < len(sh.lines); {
		t := strings.TrimSpace(sh.lines[i])
		if t == "" {
			i++
			continue
		}
		if pages.IsPageMark(t) {
			// A page break's mark, which no table's row is: pages.Read
			// reads a table across it, and a table's rest after it is
			// read as one after a line of text.
			items = append(items, pages.Block{Line: i + 1, Text: t})
			between++
			afterSpaced++
			i++
			continue
		}
		if mayHead(sh.lines[i]) {
			if blocks, end := rightTable(src, sh.lines, i); blocks != nil {
				items = append(items, blocks...)
				last, lastTable, between, spaced, gapped = nil, blocks[len(blocks)-1].Table, 0, nil, nil
				i = end
				continue
			}
		}
		if tb, notes, end, at, ok := gappedTable(src, sh.lines, i); ok {
			items = append(append(items, pages.Block{Line: tb.Line, Table: tb}), notes...)
			last, lastTable, between, spaced, gapped = nil, tb, 0, nil, &at
			i = end
			continue
		}
		if head := gappedHeaderLine(sh.lines, i); head != nil {
			src.Report.Fail(pages.At(src.Name, i+1), "line %d names the columns %s, each followed by the same gap of spaces as a browser that lines columns up with styles saves a table's cells (Emacs's eww), and the line under it ends with a gap as such a table's lines do, but its lines fit no grid of those columns (a line indented less than the header, or a first row of one cell): which words are whose cells cannot be told, and its lines are read as text; write the table with its columns lined up, or with pipes between its cells", i+1, strings.Join(head, " | "))
			for ; i < len(sh.lines) && strings.TrimSpace(sh.lines[i]) != "" && strings.HasSuffix(sh.lines[i], "  "); i++ {
				items = append(items, pages.Block{Line: i + 1, Text: strings.TrimSpace(sh.lines[i])})
			}
			continue
		}
		if gapped != nil && between <= pages.MaxBreakLines {
			if tb, notes, end := gapped.rest(src, sh.lines, i); tb != nil {
				items = append(append(items, pages.Block{Line: tb.Line, Table: tb}), notes...)
				lastTable, between = tb, 0
				i = end
				continue
			}
			if cells := gapped.strayCells(sh.lines, i); cells != nil {
				pages.StrayCheck{Table: lastTable, Split: "at gaps"}.Refuse(src, i+1, i+1, cells)
			}
		}
		if tb, end := drawn.TableAt(drawing, i); tb != nil {
			items = append(items, pages.Block{Line: tb.Line, Table: tb})
			gapped = nil
			i = end
			continue
		}
		if cutHeaderAt(sh.lines, i) && !brokenCodeHeaderAt(sh.lines, i) {
			src.Report.Fail(pages.At(src.Name, i+2), "line %d, right under the line %d, starts at the margin and names columns (%q), which the line names only with it: the header row goes on there, as a hard wrap cuts a line, and where its last columns start cannot be told; write the header row on one line", i+2, i+1, pages.Clip(strings.TrimSpace(sh.lines[i+1])))
			i += 2
			continue
		}
		if head := spacedHeader(sh.lines[i]); head != nil && tight(sh.lines, i) {
			// Every word one space from the next, in the header and its
			// rows: a text browser's table too wide for it, whatever
			// words happen to line up.
			tb, end := spacedTable(src, sh.lines, head, i)
			items = append(items, pages.Block{Line: tb.Line, Table: tb})
			spaced, afterSpaced = &spacedAt{head: head, line: i, indent: spacedIndent(sh.lines, i), end: end}, 0
			gapped = nil
			i = end
			continue
		}
		if labels, codes, from := codeHeaderAt(sh.lines, i); labels != nil && tight(sh.lines, i) {
			// A header of codes, every word one space from the next in
			// it and its rows: a text browser's table of codes too wide
			// for it, whatever words happen to line up.
			tb, end := codeTable(src, sh.lines, labels, codes, i, from)
			items = append(items, pages.Block{Line: tb.Line, Table: tb})
			spaced, afterSpaced = &spacedAt{head: labels, line: i, indent: spacedIndent(sh.lines, i), codes: codes, end: end, rows: tb.Rows}, 0
			gapped = nil
			i = end
			continue
		}
		if spaced != nil && spaced.restAt(sh.lines, i, afterSpaced) {
			if spaced.codes > 0 {
				if tb, end := codesCut(src, sh.lines, spaced, i); tb != nil {
					items = append(items, pages.Block{Line: tb.Line, Table: tb})
					afterSpaced, spaced.end = 0, end
					i = end
					continue
				}
			} else if tb, end := spacedCutRest(src, sh.lines, spaced.head, spaced.line, spaced.indent, spaced.end, i); tb != nil {
				items = append(items, pages.Block{Line: tb.Line, Table: tb})
				afterSpaced, spaced.end = 0, end
				i = end
				continue
			}
		}
		h, ok := headerAt(sh.lines, i)
		read := &h
		if !ok {
			read = nil
		}
		if hs, line, shift, shifted := shiftedHeaderAt(sh.lines, i, read); shifted {
			warnShifted(src, hs, shift)
			sh.lines = slices.Clone(sh.lines)
			sh.lines[i] = line
			h, ok = hs, true
		}
		if ok {
			if placed {
				h.gap = 1 // html2text sets every cell one space from the next
			}
			for _, c := range h.runTogether {
				src.Report.Warn(pages.At(src.Name, i+1), "line %d: the header cell %q runs the names of two columns together: read as the cells %s", i+1, c, strings.Join(pages.RunTogetherCell(c), " | "))
			}
			r := reader{src: src, sh: sh, h: h, seen: seen, places: places, placed: placed, numbered: numbered}
			tb, end := r.table()
			items = append(items, pages.Block{Line: tb.Line, Table: tb})
			last, lastTable, between, spaced, gapped = &h, tb, 0, nil, nil
			i = end
			continue
		}
		cut := between > 0 && between <= pages.MaxBreakLines
		// After a line of text, a row that leads in the table's own
		// columns is its rest in them (below), before any laid apart.
		if last != nil && between <= pages.MaxBreakLines && !(cut && leadsRow(last, sh.lines, i)) {
			r := reader{src: src, sh: sh, seen: seen, places: places, numbered: numbered}
			if tb, end := r.apartRest(last, i, cut); tb != nil {
				items = append(items, pages.Block{Line: tb.Line, Table: tb})
				lastTable = tb
				i = end
				continue
			}
		}
		if last != nil && between == 0 {
			if tb, end := spacedRest(src, sh.lines, last, i); tb != nil {
				items = append(items, pages.Block{Line: tb.Line, Table: tb})
				lastTable = tb
				i = end
				continue
			}
			if i > 0 && strings.TrimSpace(sh.lines[i-1]) != "" && codeRowApart(lastTable, t) {
				src.Report.Fail(pages.At(src.Name, i+1), "line %d (%q), right under the last row of the table at line %d, begins as a row of it does (a name and a code, as its first columns hold) but sits out of its columns, as a second table without a header row laid out on its own does: which words are whose cells cannot be told, and its rows would be left out of the schema; set the rows in the table's columns, or set the second table apart with a blank line and its header row", i+1, pages.Clip(t), lastTable.Line)
			}
		}
		if last != nil && (restRow(last, sh.lines[i]) || cut && leadsRow(last, sh.lines, i)) {
			if cut {
				// A line of text cut the table (a note, a callout, a
				// panel, a footer): its rest comes under no header, in
				// its columns, which pages.Read tells it by; its cells
				// placed in their rows as the page's other tables'.
				rest := *last
				rest.end = i
				r := reader{src: src, sh: sh, h: rest, seen: seen, places: places, placed: placed, numbered: numbered}
				tb, end := r.table()
				tb.Line, tb.Header, tb.Cols = i+1, nil, nil
				items = append(items, pages.Block{Line: tb.Line, Table: tb})
				lastTable, between = tb, 0
				i = end
				continue
			}
			if cellsFit(last, sh.lines[i]) {
				pages.StrayCheck{Table: lastTable, Split: "at columns"}.Refuse(src, i+1, i+1, columnCells(last, sh.lines[i]))
			}
		}
		between++
		afterSpaced++
		if head := spacedHeader(sh.lines[i]); head != nil {
			tb, end := spacedTable(src, sh.lines, head, i)
			items = append(items, pages.Block{Line: tb.Line, Table: tb})
			spaced, afterSpaced = &spacedAt{head: head, line: i, indent: spacedIndent(sh.lines, i), end: end}, 0
			gapped = nil
			i = end
			continue
		}
		if head := lineTableHead(src.Words, sh.lines[i]); head != nil {
			// A whole table on one line, which LineTables reads: the
			// last table read, whose rest is its own, not that of a
			// table before it, and named so.
			last, gapped = nil, nil
			spaced, afterSpaced = &spacedAt{head: head, line: i, indent: indentOf(sh.lines[i]), end: i + 1, oneLine: true}, 0
		}
		if labels, codes, from := codeHeaderAt(sh.lines, i); labels != nil {
			// A header no reader of aligned columns took: a text
			// browser's table of codes too wide for it.
			tb, end := codeTable(src, sh.lines, labels, codes, i, from)
			items = append(items, pages.Block{Line: tb.Line, Table: tb})
			spaced, afterSpaced = &spacedAt{head: labels, line: i, indent: spacedIndent(sh.lines, i), codes: codes, end: end, rows: tb.Rows}, 0
			gapped = nil
			i = end
			continue
		}
		if t == toolbar {
			i++
			continue
		}
		if last != nil && between <= pages.MaxBreakLines && tightRow(last, sh.lines[i]) {
			src.Report.Fail(pages.At(src.Name, i+1), "line %d (%q), under the table at line %d, sets a word at the start of each of its columns (%s), but a cell runs up to one space from the next, as a browser that sizes a column to its widest cell sets it: whether it is a row of the table cannot be told from a line of text; set the cells apart by two spaces or more", i+1, pages.Clip(t), last.line+1, strings.Join(last.cells, " | "))
		}
		items = append(items, pages.Block{Line: i + 1, Text: t})
		i++
	}
	return items
}

// tightRow reports whether a line that no table took starts a word at
// the start of each column of the header h, its first at the first
// column's, each cell before the last one word, one of them a single
// space before the next: a row
// of the table whose cell ran up to the next column, as w3m sizes a
// column to its widest cell and a space ("invalidMemberType
// InvalidMemberType The …" under "Code              Type").
func tightRow(h *header, l string) bool {
	if len(h.starts) < 2 {
		return false
	}
	words := chunksOf(l, 1)
	if len(words) < len(h.starts) || words[0].start != h.starts[0] {
		return false
	}
	tight := false
	for c, start := range h.starts[1:] {
		k := slices.IndexFunc(words, func(w chunk) bool { return w.start == start })
		if k != c+1 {
			return false // a cell of more than one word: text's run of words, no row's name or type
		}
		tight = tight || words[k-1].end+1 == start
	}
	return tight
}

// spacedAt is a table whose cells are one space apart: its header's
// cells and line, the indent of its rows, and, for a table of codes
// (codeTable), the columns of codes its rows begin with.
type spacedAt struct {
	head                []string
	line, indent, codes int
	// end is the index of the line after the table, or after its last
	// rest read.
	end int
	// rows are the rows of a table of codes read so far, its rests'
	// too.
	rows []*pages.Row
	// oneLine is set for a whole table on one line (lineTableHead).
	oneLine bool
}

// restAt reports whether line i of lines, after text lines of text
// since the table, may hold its rest: a few lines of text after it;
// after a table on one line, only past blank lines right under it, or a
// page break's mark among them, as LineTables reads its rest right under
// it or after lines of text (lineRest).
func (s *spacedAt) restAt(lines []string, i, text int) bool {
	if text > pages.MaxBreakLines {
		return false
	}
	if !s.oneLine {
		return text > 0
	}
	if i == s.end {
		return false
	}
	for _, l := range lines[s.end:i] {
		if t := strings.TrimSpace(l); t != "" && !pages.IsPageMark(t) {
			return false
		}
	}
	return true
}

// codesCut reads line i, a few lines after the table of codes s, where
// it begins with a code at the table's indent, as a row of it does.
// Where only a page's marks (pages.IsPageMark) and blank lines stand
// between the table's end and line i, a print's page break cut the table
// (its running header and footer dropped, as a browser's print to PDF
// leaves them in the text of any extraction, pdftotext, pdf.js,
// pdf-parse): line i and the rows after it are the table's rest, read as
// its rows are, with no header of its own (pages.Read tells it the
// table's rest across the mark), with a warning; it returns the rest
// with the index of the line after it. Else a line of text (a callout, a
// note) cut the table, and the rows after it would be text: line i is
// refused, and codesCut returns nil.
func codesCut(src pages.Source, lines []string, s *spacedAt, i int) (*pages.Table, int) {
	if indentOf(lines[i]) != s.indent || codeCells(lines[i], s.codes) == nil {
		return nil, i
	}
	if onlyMarks(lines[s.end:i]) {
		cols, _ := pages.ColumnsOf(s.head)
		tb, end := codeRows(src, lines, &pages.Table{Line: i + 1, Header: s.head, Cols: cols}, s.codes, s.line, i, s.indent, s.rows)
		s.rows = append(s.rows, tb.Rows...)
		src.Report.Warn(pages.At(src.Name, i+1), "line %d begins with a code as a row of the table at line %d does, after a page break's mark alone (a print's page break): read with the lines after it as the rest of that table", i+1, s.line+1)
		tb.Header, tb.Cols = nil, nil
		return tb, end
	}
	src.Report.Fail(pages.At(src.Name, i+1), "line %d begins with a code as a row of the table at line %d does, a few lines of text after its last row: a line of text cut the table, and its rows after it cannot be read without a header; set the text apart from the table, or write the table whole", i+1, s.line+1)
	return nil, i
}

// onlyMarks reports whether lines hold a page's mark (pages.IsPageMark)
// and no other text.
func onlyMarks(lines []string) bool {
	marked := false
	for _, l := range lines {
		switch {
		case pages.IsPageMark(l):
			marked = true
		case strings.TrimSpace(l) != "":
			return false
		}
	}
	return marked
}

// withoutLinkNumbers takes the numbers a text browser prints before its links'
// text out of the text blocks and the tables' header and cells
// (pages.Unnumbered), before a text block is read as a heading: "Overview
// [15]" is the heading Overview, "[20]BuildingKind" the type
// BuildingKind. A line that held a link's number alone is dropped.
func withoutLinkNumbers(items []pages.Block) []pages.Block {
	out := items[:0]
	for _, b := range items {
		switch {
		case b.Table != nil:
			unnumberCells(b.Table.Header)
			for _, r := range b.Table.Rows {
				unnumberCells(r.Cells)
			}
		case b.Text != "":
			b.Text = pages.Unnumbered(b.Text)
			if b.Text == "" {
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

func unnumberCells(cells []string) {
	for k, c := range cells {
		cells[k] = strings.TrimSpace(pages.Unnumbered(c))
	}
}

// toolbar is what a text browser prints of SyntaxHighlighter's toolbar
// over a code block (a Confluence page's): the link of its "?" help
// button, alone on its line. It is no text of the page.
const toolbar = "?"

// maxLead bounds the lines under a header before its first row's first
// line.
const maxLead = 6

// startsRow reports whether a row of the header's table starts at one of
// the first lines that are not blank from line j on, the lines before it
// in its columns (a cell that sits in the middle of its row, which the
// reader refuses) or the rest of one that a hard wrap put at the margin
// (wrapRestAt).
func startsRow(lines []string, h *header, j int) bool {
	for n := 0; j < len(lines) && n < maxLead; j++ {
		if strings.TrimSpace(lines[j]) == "" {
			continue
		}
		cs := h.cut(lines[j])
		if rowStart(h, cs) {
			return true
		}
		if !h.aligned(cs) && !h.wrapRestAt(lines, j, cs) {
			return false
		}
		n++
	}
	return false
}

// wrapRestAt reports whether line j, its parts cs out of the table's
// columns, may be the rest of the line above that a hard wrap cut: it
// starts at the page's margin, or left of the first column, and the next
// line is one of the table's (reader.wrapRest reads it so, with a
// warning).
func (h *header) wrapRestAt(lines []string, j int, cs []chunk) bool {
	if cs[0].start >= h.starts[0]-h.slack() && cs[0].start > 0 || j+1 >= len(lines) || strings.TrimSpace(lines[j+1]) == "" {
		return false
	}
	return h.aligned(h.cut(lines[j+1]))
}

// restRow reports whether a line, after the table whose header is h,
// reads as a row of it: its cells start a row (rowStart), set apart by
// two spaces at least; in a table printed tight, whose words a space
// apart are a sentence's too, text in three columns at least, each
// column's text starting right at the column's start, as a console and
// a text browser set every cell: a sentence's words line up so with two
// columns by chance ("One barrel a lot ages in."). In a table whose
// cells two spaces set apart, a row whose widest cell leaves one
// (fullColumnsRow) is one too.
func restRow(h *header, l string) bool {
	cs := chunksOf(l, h.gap)
	if h.gap > 1 && !rowStart(h, cs) {
		return fullColumnsRow(h, l)
	}
	if !rowStart(h, cs) || isBullet(cs[0].text) {
		return false
	}
	if h.gap > 1 {
		return true
	}
	seen, filled := -1, 0
	for _, c := range cs {
		if k := h.column(c.start); k != seen {
			if c.start != h.starts[k] {
				return false
			}
			seen = k
			filled++
		}
	}
	return filled >= 3
}

// fullColumnsRow reports whether a line, after the table whose header
// is h, is a row of it whose cells are one space apart where its widest
// cell fills its column, as a console pads every cell to the widest
// ("GNHashtableMinLength 11" under "Name" and "Code"): each of its words
// starts right at a column's start, two columns at least and the first
// among them, one word a column, each fitting its column; the words of a
// sentence never start so.
func fullColumnsRow(h *header, l string) bool {
	cs := chunksOf(l, 1)
	if len(cs) < 2 || len(cs) > len(h.starts) || cs[0].start != h.starts[0] {
		return false
	}
	seen := -1
	for _, c := range cs {
		k := h.column(c.start)
		if k <= seen || c.start != h.starts[k] || !h.fits(k, c.text) {
			return false
		}
		seen = k
	}
	return true
}

// isBullet reports whether a line's first part is a list item's bullet
// alone ("•  Powered by Atlassian"), which leads an item of a list, never
// a row's first cell.
func isBullet(part string) bool {
	return part == "•" || part == "◦" || part == "▪"
}

// cellsFit reports whether the text of a line in each column of the
// table whose header is h holds what the column does (h.fits): a name
// under Name, a type under Type. A line of prose or of an example (a
// sentence, "Authorization: KakaoAK …") whose words happen to begin at
// the table's columns is no row of it.
func cellsFit(h *header, l string) bool {
	k, text := -1, ""
	for _, c := range h.cut(l) {
		if n := h.column(c.start); n != k {
			if k >= 0 && !h.fits(k, text) {
				return false
			}
			k, text = n, c.text
			continue
		}
		text += " " + c.text
	}
	return k < 0 || h.fits(k, text)
}

// columnCells is the text of a line in each column of the table whose
// header is h that holds some, in order.
func columnCells(h *header, l string) []string {
	var cells []string
	seen := -1
	for _, c := range h.cut(l) {
		if k := h.column(c.start); k != seen {
			cells = append(cells, c.text)
			seen = k
			continue
		}
		cells[len(cells)-1] += " " + c.text
	}
	return cells
}

// codeRowApart reports whether a line right under the table tb, which
// its columns did not take, begins as a row of it does where the table's
// first two columns hold a name and a code in every row (a table of
// codes, Name | Code | Description, or Code | Name | …): its first two
// words are a name and an integer in that order. A tool that lays each
// table out on its own sets a second table of the same rows, with no
// header row, right under the first in columns of its own.
func codeRowApart(tb *pages.Table, l string) bool {
	if tb == nil || len(tb.Rows) == 0 || len(tb.Header) < 3 {
		return false
	}
	words := strings.Fields(l)
	if len(words) < 3 {
		return false
	}
	for _, order := range [][2]int{{0, 1}, {1, 0}} {
		name, code := order[0], order[1]
		if !pages.IsNameCell(words[name]) || !signedRe.MatchString(words[code]) {
			continue
		}
		if !slices.ContainsFunc(tb.Rows, func(r *pages.Row) bool {
			return len(r.Cells) < 2 || !pages.IsNameCell(r.Cells[name]) || !signedRe.MatchString(r.Cells[code])
		}) {
			return true
		}
	}
	return false
}

// leadsRow reports whether line i, after the table whose header is h,
// is the first line of a row of it whose cells sit in the middle of the
// row: in the table's columns, with no text under the first column, and
// a row starts a few lines on (startsRow).
func leadsRow(h *header, lines []string, i int) bool {
	cs := h.cut(lines[i])
	return h.aligned(cs) && h.column(cs[0].start) > 0 && startsRow(lines, h, i)
}

// rowStart reports whether a line's cells start a row: they are aligned
// in their columns, one in the first and one in another.
func rowStart(h *header, cs []chunk) bool {
	if len(cs) < 2 || h.column(cs[0].start) != 0 || !h.aligned(cs) {
		return false
	}
	return h.column(cs[len(cs)-1].start) > 0
}
