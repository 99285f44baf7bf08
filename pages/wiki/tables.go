package wiki

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// row is a table row as written: its cells' markup, and the separator
// before each cell ("|", or "||" before a header cell), and the one that
// closes the row when it is closed.
type row struct {
	cells []string
	seps  []string
}

// header reports whether the row is a header row: every cell a header
// cell, "||Name||Type||".
func (r row) header() bool {
	for _, s := range r.seps {
		if s != "||" {
			return false
		}
	}
	return len(r.cells) > 0
}

// splitRow splits a row at its separators, "|" and "||"; a pipe inside a
// link ([text|target]), an image (!check.png|alt=Yes!), a macro's tag
// ({status:colour=Green|title=Done}) or a monospace span ({{fast|safe}}),
// or escaped ("\|"), is text.
func splitRow(t string) row {
	n := strings.Count(t, "|")
	r := row{cells: make([]string, 0, n), seps: make([]string, 0, n)}
	start := -1
	for i := 0; i < len(t); {
		switch c := t[i]; {
		case c == '\\':
			i += 2
		case c == '[':
			if end := linkEnd(t, i); end > 0 {
				i = end + 1
			} else {
				i++
			}
		case c == '!':
			if n := imageLen(t, i); n > 0 {
				i += n
			} else {
				i++
			}
		case c == '{' && strings.HasPrefix(t[i:], "{{"):
			if end := closing(t, i+2, "}}"); end > 0 && !strings.Contains(t[i+2:end], "{{") {
				i = end + 2
			} else {
				i += 2
			}
		case c == '{':
			if _, n := tagAt(t, i); n > 0 {
				i += n
			} else {
				i++
			}
		case c == '|':
			sep := "|"
			if i+1 < len(t) && t[i+1] == '|' {
				sep = "||"
			}
			if start >= 0 {
				r.cells = append(r.cells, t[start:i])
			}
			r.seps = append(r.seps, sep)
			i += len(sep)
			start = i
		default:
			i++
		}
	}
	if start >= 0 && start < len(t) && strings.TrimSpace(t[start:]) != "" {
		r.cells = append(r.cells, t[start:]) // a row without its closing pipe
	}
	return r
}

// closes reports whether a row's line ends with a separator that is no
// escaped pipe: an even run of backslashes before it is line breaks, a
// cell that ends with one ("…\\|").
func closes(t string) bool {
	if !strings.HasSuffix(t, "|") {
		return false
	}
	n := len(t) - 1 - len(strings.TrimRight(t[:len(t)-1], `\`))
	return n%2 == 0
}

// cellText is the text a cell's markup shows (rendered), its lines
// joined by spaces, but for the items of a list, each a clause of its own
// ("; " between two), without their marks; and the texts struck out in
// it. A cell of an emoticon alone that checks or crosses, "(/)" or "(x)",
// is that mark: ✓ or ✗.
func cellText(c string) (string, []string) {
	switch strings.TrimSpace(c) {
	case "(/)":
		return "✓", nil
	case "(x)":
		return "✗", nil
	}
	if t := strings.TrimSpace(c); !strings.Contains(t, "\n") && (t == "" || !strings.ContainsAny(t[:1], "*#-") && !strings.HasPrefix(t, "·") || !listRe.MatchString(t)) {
		lines, struck := rendered(c)
		return strings.Join(lines, " "), struck
	}
	var b strings.Builder
	var struck []string
	item := false // the text so far ends with a list item
	for _, l := range strings.Split(c, "\n") {
		l = strings.TrimSpace(l)
		m := listRe.FindString(l)
		lines, s := rendered(l[len(m):])
		struck = append(struck, s...)
		for k, t := range lines {
			switch {
			case b.Len() == 0:
			case k == 0 && m != "" && item:
				b.WriteString("; ")
			default:
				b.WriteString(" ")
			}
			b.WriteString(t)
		}
		if len(lines) > 0 {
			item = m != ""
		}
	}
	return b.String(), struck
}

// cellsOf renders a row's cells, and returns the texts struck out in
// them.
func cellsOf(r row) ([]string, []string) {
	cells := make([]string, len(r.cells))
	var struck []string
	for i, c := range r.cells {
		var s []string
		cells[i], s = cellText(c)
		struck = append(struck, s...)
	}
	return cells, struck
}

// readTable reads the table whose first row is at line i, and returns it
// with its notes, which follow it as text, and the index of the first
// line after it: a header row of one cell amid its rows, holding a
// sentence or a label that names no column ("||Advanced||"), is a label
// or a note, handed to the page's text (pages.TakeNotes; a row
// whose first cell alone holds one is a note too, in every style:
// pages.Read takes it out). Its header is its first
// row when that is a header row ("||Name||Type||") or names columns
// ("|Name|Type|"); else pages.Read decides. Its rows are the lines that
// start with a pipe after it, up to a header row, which starts another
// table (pages.Read reads one with the same cells as this one's rest).
// A row needs no closing pipe; but one that has none goes on at the list
// items after it (a cell that holds a list), and, in a table whose header
// has one, at the lines of text after it up to the one that closes it, as
// a cell holding a line break is written (pages.RowWraps: else it lost
// its closing pipe, and is read as it is with a warning). A cell that
// opens a code block goes on up to the line that closes it. In a table
// whose rows do not close, a line between two rows is the text of the
// row above, with a warning. A header row that blank lines part from its
// rows is theirs, with a warning: a header alone documents nothing; and
// on a page that doubles its line breaks (doubled), no blank line parts
// rows.
func readTable(src pages.Source, i int, doubled bool) (*pages.Table, []pages.Block, int) {
	lines := src.Lines
	t := strings.TrimSpace(lines[i])
	first := splitRow(t)
	tb := &pages.Table{Line: i + 1}
	width := len(first.cells)
	j := i
	if cells, _ := cellsOf(first); first.header() || pages.CellsNameColumns(cells) {
		tb.Header = cells
		tb.Cols, _ = pages.ColumnsOf(cells)
		j++
	}
	closed := closes(t)
	var last *pages.Row
	open := false     // the last row goes on at the next line
	wrapping := false // the last row goes on up to the line that closes it
	wraps := func(k int) bool {
		return pages.RowWraps(src, k, func(n int) bool {
			l := strings.TrimSpace(lines[n])
			return strings.HasPrefix(l, "|") && l != "|" || startsBlock(l)
		})
	}
	// goesOn reports whether the last row, whose line k is l, goes on at
	// the next line: it holds a code block not closed yet, or it does not
	// close and wraps, or a list item follows.
	goesOn := func(k int, l string) bool {
		switch {
		case openCode(last.Raw):
			return true
		case closes(l):
			return false
		}
		return wrapping || listAt(lines, k+1)
	}
	// done renders the rows' cells, now that their text is whole, and
	// returns the table, its notes and the index of the line after it.
	headed := map[int]bool{} // the lines of the notes written as a header cell
	done := func(j int) (*pages.Table, []pages.Block, int) {
		rows := tb.Rows[:0]
		for _, r := range tb.Rows {
			if !headed[r.Line] {
				r.Cells = rowCells(src, r.Line-1, splitRow(r.Raw), width)
			}
			rows = append(rows, r)
		}
		tb.Rows = rows
		notes := tb.TakeNotes(src, func(r *pages.Row) bool { return headed[r.Line] }, "a header cell alone amid its rows, as wiki markup, which spans no cell over columns, writes a label or a note over the rows below it")
		return tb, notes, j
	}
	for ; j < len(lines); j++ {
		l := strings.TrimSpace(lines[j])
		switch {
		case l == "" && (doubled || tb.Header != nil && len(tb.Rows) == 0):
			k := j
			for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
				k++
			}
			if k == len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[k]), "|") || splitRow(strings.TrimSpace(lines[k])).header() {
				return done(j)
			}
			if !doubled {
				src.Report.Warn(pages.At(src.Name, k+1), "the header row at line %d has no row before the blank line after it: read the rows at line %d on as its rows", i+1, k+1)
			}
			j = k - 1
		case l == "":
			return done(j)
		case open:
			last.Raw += "\n" + l
			open = goesOn(j, l)
		case l == "|" && last != nil:
			last.Raw += "\n" + l // a second closing pipe, on a line of its own
		case strings.HasPrefix(l, "|"):
			if r := splitRow(l); j > i && r.header() && len(r.cells) == 1 && width >= 3 && len(tb.Rows) > 0 {
				if text, _ := cellText(r.cells[0]); text != "" && (pages.IsNote(text) || pages.ColumnOf(text) == pages.ColOther) {
					headed[j+1] = true
					tb.Rows = append(tb.Rows, &pages.Row{Line: j + 1, Raw: l, Cells: []string{text}})
					continue
				}
			}
			if j > i && splitRow(l).header() {
				return done(j) // the header of another table, or of this one's rest: pages.Read tells
			}
			if last != nil && last.Line == j && brokenCell(lines[j-1], lines[j], width) {
				src.Report.Warn(pages.At(src.Name, j+1), "line %d begins with a space before its pipe, under the row at line %d, which ends with a cell left open and has fewer cells than the table's %d columns: a line break in an empty cell, as pandoc's Jira writer breaks one; read as one row", j+1, last.Line, width)
				last.Raw += " " + l
				continue
			}
			last = &pages.Row{Line: j + 1, Raw: l}
			tb.Rows = append(tb.Rows, last)
			unclosed := !openCode(l) && closed && !closes(l) && textAt(lines, j+1) && !listAt(lines, j+1)
			wrapping = unclosed && wraps(j)
			if unclosed && !wrapping {
				last.Raw, j = pages.WithLostPipeRest(src, j, last.Raw)
			}
			open = goesOn(j, l)
		case last != nil && !closed && !startsBlock(l) && j+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j+1]), "|"):
			src.Report.Warn(pages.At(src.Name, j+1), "line %d has no pipe, between two rows of the table at line %d: read as the text of the row at line %d", j+1, i+1, last.Line)
			last.Raw += "\n" + l
		default:
			return done(j)
		}
	}
	return done(j)
}

// brokenCell reports whether the line next goes on with the row on line
// prev, an empty cell of which a line break cut: prev ends with a pipe
// and a space (a cell left open), next begins with a space before its
// pipe, and prev holds fewer cells than the table's width.
func brokenCell(prev, next string, width int) bool {
	open := strings.TrimRight(prev, " \t")
	if len(open) == len(prev) || !strings.HasSuffix(open, "|") || !strings.HasPrefix(strings.TrimLeft(next, " \t"), "|") || next[0] != ' ' && next[0] != '\t' {
		return false
	}
	return len(splitRow(strings.TrimSpace(prev)).cells) < width
}

// rowCells renders the cells of the row at line j of a table of width
// columns, warning of the texts struck out in them. A row with fewer
// cells that writes an empty cell as "||", as Markdown would, where wiki
// markup starts a header cell, has its empty cells when that gives it the
// table's cells, with a warning.
func rowCells(src pages.Source, j int, r row, width int) []string {
	cells, struck := cellsOf(r)
	warnStruck(src, j, struck)
	if r.header() || len(cells) >= width {
		return cells
	}
	var empty []int // the cells before which an empty one stands
	for k, s := range r.seps[1:] {
		if s == "||" {
			empty = append(empty, k+1)
		}
	}
	if len(empty) == 0 || len(cells)+len(empty) != width {
		return cells
	}
	src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d writes %d empty cells as \"||\", which wiki markup reads as the start of a header cell: read as empty cells, which give it the %d cells of its table", j+1, len(empty), width)
	out := make([]string, 0, width)
	for k, c := range cells {
		for len(empty) > 0 && empty[0] == k {
			out, empty = append(out, ""), empty[1:]
		}
		out = append(out, c)
	}
	for range empty {
		out = append(out, "")
	}
	return out
}

// listAt reports whether line j is an item of a list ("* fast"), which
// goes on the cell of a row before it that does not close.
func listAt(lines []string, j int) bool {
	return j < len(lines) && listRe.MatchString(strings.TrimSpace(lines[j]))
}

// textAt reports whether line j is text that may go on a row's cells:
// not blank, no row and no block of its own. A row of wiki markup needs
// no closing pipe: one whose next line is a row ends there.
func textAt(lines []string, j int) bool {
	if j >= len(lines) {
		return false
	}
	l := strings.TrimSpace(lines[j])
	return l != "" && !strings.HasPrefix(l, "|") && !startsBlock(l)
}
