package aligned

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// A part of a line that runs over the start of the next column is read
// by what the columns hold. A print sets each word where its font puts
// it, and fills a column to one space before the next: "withFrames
// Boolean" under Name and Type, "List<HiveFrame> Frames of the hive"
// under Type and Description, "frameIndex Integer Y" under Name, Type
// and Mandatory, a type alone left of its column ("page" and "Integer",
// both under Name). Its words are cut into the cells of the columns it
// starts in and reaches, each a column's, and a reading holds where
// every cell is what its column holds: a name under Name, a type under
// Type, a requiredness under Required, a code or a name under Code; a
// column of text takes any. Where exactly one reading holds, the part is
// read so, with a warning; where two hold and a word of the part starts
// at a column it runs over, which cannot be told, it is refused at its
// line; else it is its own column's, with a warning.

// maxOverrunWords bounds the words of a part cut into readings: the ways
// to cut it grow with them.
const maxOverrunWords = 24

// piece is a part's text read as the cell of column k.
type piece struct {
	k int
	c chunk
}

// reading is a way to read a part: its pieces, in column order.
type reading []piece

// readings returns the ways to read part c of a line, which starts in
// column k and runs over the start of the next, whose cells hold what
// their columns do (fits): its words cut into pieces, one a column, in
// column order, each the cell of the column its first word starts in or
// of the next (a print sets a word left of its column, never a column
// further), up to the last column the part reaches and before column
// upto, the next part's. The part's first word starts a cell of column
// k, or, where prior (the text before the part on the line in column k)
// holds that column, goes on with it or starts the next column's.
func (h *header) readings(c chunk, k int, prior string, upto int) []reading {
	return h.readingsTo(c, k, prior, min(h.column(c.end-1), upto-1))
}

// readingsTo returns the readings of part c, which starts in column k,
// up to column last.
func (h *header) readingsTo(c chunk, k int, prior string, last int) []reading {
	words := chunksOf(strings.Repeat(" ", c.start)+c.text, 1)
	if len(words) > maxOverrunWords {
		return nil
	}
	var out []reading
	var walk func(from, after int, acc reading)
	walk = func(from, after int, acc reading) {
		at := h.column(words[from].start)
		for to := from + 1; to <= len(words); to++ {
			var texts []string
			for _, w := range words[from:to] {
				texts = append(texts, w.text)
			}
			p := chunk{start: words[from].start, end: words[to-1].end, text: strings.Join(texts, " ")}
			top := min(at+1, last)
			if from == 0 && prior == "" {
				top = k // a part's first word starts its first cell
			}
			for col := max(at, after+1); col <= top; col++ {
				text := p.text
				if col == k && prior != "" {
					text = prior + " " + text
				}
				if !h.fits(col, text) {
					continue
				}
				got := append(acc[:len(acc):len(acc)], piece{col, p})
				if to == len(words) {
					out = append(out, got)
				} else {
					walk(to, col, got)
				}
			}
		}
	}
	walk(0, k-1, nil)
	return out
}

// fits reports whether text, on one line, may be the cell of column k,
// or its first line: a name under Name, a type under Type (a type's
// name, "List<HiveFrame>", or with a note in parentheses, "String
// (Enum)"), a requiredness or a condition under Required, a code or a
// name under Code ("4xx (custom" wraps in its parenthesis); any text
// under a column of another kind. A code span around the whole text is
// markup ("`GenericModels.Reward[]`"), no part of a name or a type.
func (h *header) fits(k int, text string) bool {
	text = pages.CellText(text)
	first, rest, _ := strings.Cut(text, " ")
	noted := rest == "" || strings.HasPrefix(rest, "(")
	switch pages.HeaderColumn(h.cells[k]) {
	case pages.ColName:
		return pages.IsNameCell(text)
	case pages.ColCode:
		return pages.IsNameCell(text) || isCode(first) && noted
	case pages.ColType:
		return isTypeCell(text)
	case pages.ColRequired:
		_, ok := pages.Requiredness(text)
		return ok || pages.IsCondition(text)
	}
	return true
}

// isTypeCell reports whether text reads as a type cell's first line: a
// primitive in any of its spellings ("number int"), or a type's name
// ("List<HiveFrame>", "GenericModels.Reward[]"), with a note in
// parentheses after it or not ("String (Enum)"); a text browser's link
// numbers in it ("[55]InvalidMemberType", "List<[5]Shaft>") are none of
// it.
func isTypeCell(text string) bool {
	text = pages.Unnumbered(text)
	if i := strings.Index(text, " ("); i > 0 {
		text = text[:i]
	}
	core := strings.TrimSuffix(text, "[]")
	for _, p := range pages.PrimitiveSpellings {
		if strings.EqualFold(core, p) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(text)
	return isTypeText(text) && unicode.IsLetter(r)
}

// isCode reports whether a word is a code: digits, a status class
// ("4xx"), a negative code ("-74001").
func isCode(w string) bool {
	w = strings.TrimPrefix(w, "-")
	return w != "" && unicode.IsDigit(rune(w[0])) && strings.Trim(w, "0123456789xX") == ""
}

// resolve reads the parts of line j that run over the start of the next
// column by what the columns hold (readings): a part that one reading
// holds is cut into its pieces, each placed in its column, with a
// warning. It refuses a part that two readings hold where a word of it
// starts at a column it runs over, and warns of a part read as its own
// column's.
func (r *reader) resolve(j int, cs []chunk) []chunk {
	h := &r.h
	last := len(h.starts) - 1
	if rs := r.middleReadings(j, cs); len(rs) == 1 && !keeps(rs, 0) {
		out, cells := h.pieces(rs[0])
		r.src.Report.Warn(pages.At(r.src.Name, j+1), "line %d: %q stands alone on its line, the lines around it holding the rest of its row, its words one space apart: read as %s, the only reading whose cells hold what their columns do", j+1, pages.Clip(cs[0].text), strings.Join(cells, ", "))
		return out
	}
	var out []chunk
	for i, c := range cs {
		k := h.column(c.start)
		if k < last && c.end <= h.starts[k+1] && h.gap > 1 && h.centred {
			out = append(out, r.pushedLeft(j, c, k, cs[i+1:])...)
			continue
		}
		if k >= last || c.end <= h.starts[k+1] {
			out = append(out, c)
			continue
		}
		var prior []string
		for _, o := range out {
			if h.column(o.start) == k {
				prior = append(prior, o.text)
			}
		}
		upto := len(h.starts)
		if i+1 < len(cs) {
			upto = h.column(cs[i+1].start)
		}
		rs := h.readings(c, k, strings.Join(prior, " "), upto)
		if len(rs) == 1 {
			out = append(out, r.read(j, c, k, rs[0])...)
			continue
		}
		switch m := h.wordAtColumn(c, k); {
		case len(rs) == 0:
			r.src.Report.Fail(pages.At(r.src.Name, j+1), "line %d: %q runs over the start of the column %s, and no cut of its words makes cells that hold what their columns do (a name under a Name column, a type under Type, a requiredness under Required): cannot tell its cells; set the cells apart by two spaces or more on the page", j+1, pages.Clip(c.text), h.cells[k+1])
		case !keeps(rs, k):
			r.src.Report.Fail(pages.At(r.src.Name, j+1), "line %d: %q runs over the start of the column %s, and its words make the cells of its columns in %d ways: cannot tell which; set the cells apart by two spaces or more on the page", j+1, pages.Clip(c.text), h.cells[k+1], len(rs))
		case m > 0:
			r.src.Report.Fail(pages.At(r.src.Name, j+1), "line %d: %q runs over the start of the column %s, and a word of it starts there: cannot tell whether it is the cell of %s or the cells of %s and %s; set the cells apart by two spaces or more on the page", j+1, pages.Clip(c.text), h.cells[m], h.cells[k], h.cells[k], h.cells[m])
		default:
			r.src.Report.Warn(pages.At(r.src.Name, j+1), "line %d: %q runs over the start of the column %s, but no word of it starts there: read as the cell of %s", j+1, pages.Clip(c.text), h.cells[k+1], h.cells[k])
		}
		out = append(out, c)
	}
	return out
}

// pushedLeft reads part c of line j, which starts in column k and ends
// short of the next, whose text is no cell of column k (fits) and whose
// line leaves the next column empty (rest, the parts after it, start
// further on): a print that sets its header cells centred over their
// columns sets a row's cells roughly, a short cell's next one left of
// its column ("amount Long" under Name, "Long" left of Type: a type's
// name, which no other cell of a row is; "GenericModels.GrapeCrate[]
// true" under Type, "true" left of Required: a requiredness, which no
// type's name ends in); a line of one part (a title) is none. Where
// exactly one reading of its words into the cells of columns k and k+1
// holds, it is read so, with a warning; else the part is left whole.
func (r *reader) pushedLeft(j int, c chunk, k int, rest []chunk) []chunk {
	h := &r.h
	if next := pages.HeaderColumn(h.cells[k+1]); !strings.Contains(c.text, " ") || h.fits(k, c.text) || len(rest) == 0 || h.column(rest[0].start) <= k+1 || next != pages.ColType && next != pages.ColRequired {
		return []chunk{c}
	}
	rs := h.readingsTo(c, k, "", k+1)
	if len(rs) != 1 || len(rs[0]) != 2 {
		return []chunk{c}
	}
	a, b := rs[0][0].c, rs[0][1].c
	b.start, b.end = h.starts[k+1], max(b.end, h.starts[k+1]+1)
	r.src.Report.Warn(pages.At(r.src.Name, j+1), "line %d: %q sits under the column %s, but its words are no cell of it: read as %s %q, %s %q, the next cell set left of its column as a print sets it roughly, the only reading whose cells hold what their columns do", j+1, pages.Clip(c.text), h.cells[k], h.cells[k], a.text, h.cells[k+1], b.text)
	return []chunk{a, b}
}

// keeps reports whether one of the readings of a part that starts in
// column k reads it whole as that column's.
func keeps(rs []reading, k int) bool {
	for _, rd := range rs {
		if len(rd) == 1 && rd[0].k == k {
			return true
		}
	}
	return false
}

// read places the pieces of the one reading of part c, which starts in
// column k, each in its column, and warns of it.
func (r *reader) read(j int, c chunk, k int, rd reading) []chunk {
	h := &r.h
	if len(rd) == 1 && rd[0].k == k {
		r.src.Report.Warn(pages.At(r.src.Name, j+1), "line %d: %q runs over the start of the column %s: read as the cell of %s, the only reading whose cells hold what their columns do", j+1, pages.Clip(c.text), h.cells[k+1], h.cells[k])
		return []chunk{c}
	}
	out, cells := h.pieces(rd)
	r.src.Report.Warn(pages.At(r.src.Name, j+1), "line %d: %q runs over the start of the column %s: read as %s, the only reading whose cells hold what their columns do", j+1, pages.Clip(c.text), h.cells[k+1], strings.Join(cells, ", "))
	return out
}

// pieces places the pieces of a reading each in its column, and says
// each as its column's cell.
func (h *header) pieces(rd reading) ([]chunk, []string) {
	var out []chunk
	var cells []string
	for _, p := range rd {
		pc := p.c
		if pc.start < h.starts[p.k] {
			pc.start = h.starts[p.k]
		}
		if p.k+1 < len(h.starts) && pc.end >= h.starts[p.k+1] {
			pc.end = h.starts[p.k+1] - 1 // within its column, as read
		}
		pc.end = max(pc.end, pc.start+1)
		out = append(out, pc)
		cells = append(cells, fmt.Sprintf("%s %q", h.cells[p.k], p.c.text))
	}
	return out, cells
}

// wordAtColumn returns a column after k that part c runs over where a
// word of it after its first starts (within slack), or 0.
func (h *header) wordAtColumn(c chunk, k int) int {
	for m := k + 1; m < len(h.starts) && c.end > h.starts[m]; m++ {
		for _, w := range chunksOf(strings.Repeat(" ", c.start)+c.text, 1)[1:] {
			if abs(w.start-h.starts[m]) <= slack {
				return m
			}
		}
	}
	return 0
}
