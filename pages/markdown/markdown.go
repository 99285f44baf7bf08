// Package markdown reads Markdown pages: | cell | cell | rows under a
// |---| ruler.
package markdown

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/pages/flattened"
)

// markdownItems reads a Markdown page: a row followed by a ruler is a
// table header, and the |-lines after it are its rows. Damages a scrape
// does to rows are mended: a row whose last cell, or only its closing
// pipe, goes on at the next line (its text joins the row), a line without
// pipes between two rows of a table without closing pipes (the text of
// the row above, with a warning), and a row that lost its leading pipe but
// has the table's cells (read as a row, with a warning). Rows of two
// cells at least with no header row above them (a table cut by a blank
// line, or one whose header was lost) are a table without a header, that
// pages.Read reads as the rest of the table before or heads with its
// first row: no row of pipes is taken for text, and a line of the last
// table's cells without a leading pipe, text, is warned of
// (pages.StrayCheck). A header printed twice
// before its ruler, as a wiki's copy prints it, is one header (with a
// warning); after its ruler, pages.Read drops it as a header repeated.
//
// Tables drawn with characters (drawn.TableAt) are read as they are
// drawn: pandoc -t markdown draws a table with rules of dashes, or as a
// grid, where its cells hold more than a pipe table's row can.
//
// The HTML blocks of the page are read as an HTML page's content
// (html.Fragment), its block quotes as the lines they quote, and the
// character references and backslash escapes of its text decoded.
func markdownItems(src pages.Source) []pages.Block {
	p := readPage(src)
	html := src
	src.Lines = p.lines
	lines := src.Lines
	var last *pages.Table // the last table read
	// lastText is the last table written as text (textTableAt), while
	// no heading nor other table follows it.
	var lastText *pages.Table
	// lastRows is the last table of any form, and lastEnd the index of
	// the line after it, while no heading follows it; split splits the
	// rows of a table written as text whose cells run together, where
	// the page is read with the pages' lexicon.
	var lastRows *pages.Table
	lastEnd := 0
	var split *flattened.Splitter
	if src.Words != nil {
		split = flattened.NewSplitter(src.Words, src.Lines)
	}
	code := false // the line is inside a fenced code block
	return pages.LineForms{
		Table: func(i int) (*pages.Table, int) {
			tb, end := drawn.TableAt(src, i)
			if tb != nil {
				unescapeCells(tb)
			} else {
				tb, end = table(src, i)
			}
			t := strings.TrimSpace(lines[i])
			switch {
			case tb != nil || code:
				lastText = nil
			case atxRe.MatchString(t):
				lastText, lastRows = nil, nil
			default:
				if tb, end = textTableAt(src, i, split); tb != nil {
					lastText = tb
				} else if tb, end = textRestAt(src, i, lastText); tb != nil {
					src.Report.Warn(pages.At(src.Name, i+1), "line %d goes on with the rows of the table at line %d, written as text, after the text between them: read as the rest of that table", i+1, lastText.Line)
				} else if tb, end = flatRestAt(src, i, lastRows, lastEnd, split); tb != nil {
					src.Report.Warn(pages.At(src.Name, i+1), "line %d goes on with the rows of the table at line %d, written as text, its cells run together, after the text between them: read as the rest of that table", i+1, lastRows.Line)
				}
			}
			if tb != nil && tb.Header != nil {
				lastRows, lastEnd = tb, end
			}
			switch {
			case tb != nil:
				inlineCells(tb)
				last = tb
			case pages.IsFence(t):
				code = !code
			case !code && strings.Contains(t, "|"):
				pages.StrayCheck{Table: last, Split: "at pipes"}.Refuse(src, i+1, i+1, pages.SplitPipes(t))
			}
			return tb, end
		},
		Embedded:        func(i int) ([]pages.Block, int) { return p.embedded(html, i) },
		Text:            text,
		CellLineHeaders: &pages.CellLineHeaders{Source: src},
	}.Blocks(lines)
}

// unescapeCells decodes the backslash escapes of a drawn table's cells
// (pages.Unescaped), as those of a table of pipes are, and of the
// paragraphs the rows keep of them (pages.Row.CellParagraphs).
func unescapeCells(tb *pages.Table) {
	for k, c := range tb.Header {
		tb.Header[k] = pages.Unescaped(c)
	}
	for _, r := range tb.Rows {
		paras := r.CellParagraphs
		r.CellParagraphs = nil
		for k, c := range r.Cells {
			r.Cells[k] = pages.Unescaped(c)
			var ps []string
			for _, p := range paras[c] {
				ps = append(ps, pages.Unescaped(p))
			}
			r.KeepParagraphs(r.Cells[k], ps)
		}
	}
}

// table reads the table that starts at line i, if one does, and returns
// it with the index of the first line after it.
func table(src pages.Source, i int) (*pages.Table, int) {
	lines := src.Lines
	t := strings.TrimSpace(lines[i])
	switch {
	case !strings.HasPrefix(t, "|"):
		return nil, i
	case doubledHeader(lines, i):
		src.Report.Warn(pages.At(src.Name, i+1), "line %d is the header at line %d printed twice, as a wiki's copy prints it: read as one header", i+1, i+2)
		tb, end := readTable(src, i+1, true)
		tb.Line = i + 1
		return tb, end
	case i+1 < len(lines) && pages.IsRuler(lines[i+1]):
		return readTable(src, i, true)
	case cutHeaderAt(lines, i):
		// A hard wrap cut the header row inside its last
		// cell: its rest, and its closing pipe, on the next
		// line, over the ruler.
		src.Report.Warn(pages.At(src.Name, i+2), "line %d has no pipe but its closing one, between a header row that does not close and its ruler: read as the rest of the header row at line %d, which a hard wrap cut", i+2, i+1)
		head := src
		head.Lines = slices.Clone(lines)
		head.Lines[i+1] = t + " " + strings.TrimSpace(lines[i+1])
		tb, end := readTable(head, i+1, true)
		tb.Line = i + 1
		return tb, end
	case !pages.IsRuler(t) && len(pages.SplitPipes(t)) >= 2:
		return readTable(src, i, false)
	}
	return nil, i
}

// readTable reads the table that starts at line i, its header there
// when headed, else its first row, and returns it with the index of the
// first line after it.
func readTable(src pages.Source, i int, headed bool) (*pages.Table, int) {
	lines := src.Lines
	t := strings.TrimSpace(lines[i])
	head := pages.SplitPipes(t)
	cols, _ := pages.ColumnsOf(head)
	tb := &pages.Table{Line: i + 1, Header: head, Cols: cols}
	j := i + 2
	if !headed {
		tb, j = &pages.Table{Line: i + 1}, i
	}
	// closed tells whether the table's rows end with a pipe, as its
	// header does: a row without one goes on at the next line.
	closed := pages.ClosesRow(t)
	var last *pages.Row
	// open tells whether the last row waits for its closing pipe, which
	// one of the lines after it holds.
	open := false
	// wraps reports whether the row at line k, which does not close with
	// a pipe, goes on at the next lines (pages.RowWraps): a line with a
	// leading pipe no further in than the row's (paddedRest), or a
	// header, starts a row or a table of its own.
	wraps := func(k int) bool {
		return pages.RowWraps(src, k, func(n int) bool {
			t := strings.TrimSpace(lines[n])
			return strings.HasPrefix(t, "|") && t != "|" && !paddedRest(lines[n], lines[k]) || n+1 < len(lines) && pages.IsRuler(lines[n+1])
		})
	}
	defer pages.JoinColumnWraps(src, lines, tb)
	for ; j < len(lines); j++ {
		r := strings.TrimSpace(lines[j])
		if r == "" || pages.IsRuler(r) || j+1 < len(lines) && pages.IsRuler(lines[j+1]) || doubledHeader(lines, j) {
			break // the end of the table, or the header of the next one
		}
		switch {
		case strings.HasPrefix(r, "|") && !(last != nil && r == "|") && !(open && (pages.OnlyPipes(r) || paddedRest(lines[j], lines[last.Line-1]))):
			last = &pages.Row{Line: j + 1, Raw: r, Cells: rowCells(r, len(head))}
			tb.Rows = append(tb.Rows, last)
			if k, paras := pages.CellParagraphsRest(lines, j, len(head)); closed && k > j {
				// The last cell's paragraphs, each on lines of its own
				// under the row, up to its closing pipe.
				for j++; j <= k; j++ {
					if t := strings.TrimSpace(lines[j]); t != "" {
						last.Raw += "\n" + t
					}
				}
				j = k
				last.Cells = rowCells(strings.ReplaceAll(last.Raw, "\n", " "), len(head))
				last.KeepParagraphs(last.Cells[len(last.Cells)-1], paras)
				open = false
				continue
			}
			open = closed && !pages.ClosesRow(r) && wraps(j) || cutAfterPipe(src, j, last, len(head))
			j = lostPipeRest(src, j, last, closed && !open && !pages.ClosesRow(r), len(head))
		case r == "|" && !open:
			last.Raw += "\n" + r // a second closing pipe, on a line of its own
		case open:
			// The row's text goes on: its last cell, the rest of the
			// row, or its closing pipe alone, wrapped.
			last.Raw += "\n" + r
			last.Cells = rowCells(strings.ReplaceAll(last.Raw, "\n", " "), len(head))
			open = !pages.ClosesRow(r) || paddedRestFills(src, j, last, len(head))
		case last != nil && !closed && !strings.Contains(r, "|") && rowAt(lines, pages.RowTextEnd(lines, j, '|')):
			// Rows without a closing pipe: the lines without pipes
			// between two rows are the text of the row above.
			src.Report.Warn(pages.At(src.Name, j+1), "line %d has no pipe, between two rows of the table at line %d: read as the text of the row at line %d", j+1, i+1, last.Line)
			last.Raw += "\n" + r
			last.Cells = rowCells(strings.ReplaceAll(last.Raw, "\n", " "), len(head))
		case lostLeadingPipe(r, len(head), closed) || closed && lostLeadingPipe(r+" |", len(head), closed):
			// A row without its closing pipe either goes on at the next
			// lines (a hard wrap cut it) or lost that pipe too: wraps
			// tells, and warns of the latter.
			cells := pages.PipeCells(r, len(head))
			src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d has lost its leading pipe: read as a row of the table at line %d, with its %d cells", j+1, i+1, len(cells))
			last = &pages.Row{Line: j + 1, Raw: "| " + r, Cells: cells}
			tb.Rows = append(tb.Rows, last)
			open = closed && !pages.ClosesRow(r) && wraps(j)
			j = lostPipeRest(src, j, last, closed && !open && !pages.ClosesRow(r), len(head))
		case last != nil && !closed && len(last.Cells) == len(head) && !strings.Contains(r, "|") && rowTail(lines, j):
			// Rows without a closing pipe: text under the last row,
			// no blank line between, is the table's, as Markdown
			// reads it, the row's text wrapped.
			k := pages.RowTextEnd(lines, j, '|')
			has := "have"
			if k-j == 1 {
				has = "has"
			}
			src.Report.Warn(pages.At(src.Name, j+1), "%s %s no pipe, under the last row of the table at line %d with no blank line between, where Markdown reads it as part of the table: read as the text of the row at line %d", pages.LineSpan(j+1, k), has, i+1, last.Line)
			for ; j < k; j++ {
				t := strings.TrimSpace(lines[j])
				last.Raw += "\n" + t
				last.Cells[len(last.Cells)-1] = strings.TrimSpace(last.Cells[len(last.Cells)-1] + " " + t)
			}
			return tb, j
		default:
			return tb, j
		}
	}
	return tb, j
}

// rowTail reports whether the lines from j on, which hold no pipe and
// follow the last row of a table whose rows do not close with a pipe,
// no blank line between, are its text: a blank line, a heading, a fence
// or the page's end follows them within pages.MaxRestLines, and none of
// them begins a block of its own (a heading, a list item, a quote, an
// HTML block), which ends a table. Lines right above a table are its
// title, as a converter that writes no blank lines sets them.
func rowTail(lines []string, j int) bool {
	k := pages.RowTextEnd(lines, j, '|')
	if k < len(lines) && (strings.TrimSpace(lines[k]) != "" && !markdownStart(lines, k) || rowAt(lines, k) || k+1 < len(lines) && pages.IsRuler(lines[k+1])) {
		return false
	}
	for n := j; n < k; n++ {
		if markdownStart(lines, n) || blockStartRe.MatchString(strings.TrimSpace(lines[n])) {
			return false
		}
	}
	return k > j
}

// blockStartRe matches a line that begins a block which ends a table:
// a list item, a block quote, an HTML block, a thematic break.
var blockStartRe = regexp.MustCompile(`^(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|<|(?:[-*_][ \t]*){3,}$)`)

// lostPipeRest joins to the row at line j, where it lost its closing
// pipe (lost), the rest a hard wrap put under it (pages.LostPipeRest),
// and returns the row's last line.
func lostPipeRest(src pages.Source, j int, row *pages.Row, lost bool, columns int) int {
	if !lost {
		return j
	}
	row.Raw, j = pages.WithLostPipeRest(src, j, row.Raw)
	row.Cells = rowCells(strings.ReplaceAll(row.Raw, "\n", " "), columns)
	return j
}

// paddedRest reports whether line l, which begins with a pipe after its
// indent, is the rest of the row line row, which does not close: a row
// starts where the table's rows do, and a hard wrap that cut a row
// inside the spaces that pad a cell (node-html-markdown pads each cell
// to its column's width) leaves the rest of them before the next pipe.
func paddedRest(l, row string) bool {
	return indent(l) > indent(row)
}

// indent is the number of spaces before a line's text.
func indent(l string) int {
	return len(l) - len(strings.TrimLeft(l, " "))
}

// cutHeaderAt reports whether line i is a header row that a hard wrap
// cut inside its last cell: it does not close with a pipe, the next line
// holds no pipe but a closing one, and a ruler follows.
func cutHeaderAt(lines []string, i int) bool {
	if i+2 >= len(lines) || pages.ClosesRow(strings.TrimSpace(lines[i])) || !pages.IsRuler(lines[i+2]) {
		return false
	}
	rest := strings.TrimSpace(lines[i+1])
	return rest != "" && !strings.Contains(strings.TrimSuffix(rest, "|"), "|")
}

// cutAfterPipe reports whether the row at line j, which closes with a
// pipe but has fewer cells than its table's columns, goes on at the next
// line, as a hard wrap leaves a row it cut right after a cell's pipe: the
// next line starts no row, and either the wrap may have broken the row's
// line (Source.WrapBroke) or the lines under it, up to one that closes
// with a pipe (restFills), hold the cells it lacks, no more and no fewer,
// as a single wrapped line leaves them where the page tells no wrap; with
// a warning.
func cutAfterPipe(src pages.Source, j int, row *pages.Row, columns int) bool {
	lines := src.Lines
	if len(row.Cells) >= columns || j+1 >= len(lines) || strings.HasPrefix(strings.TrimSpace(lines[j+1]), "|") {
		return false
	}
	if src.WrapBroke(j) {
		src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d has %d of its table's %d cells, and ends where the next word would not fit in the page's wrap at %d columns: read the lines after it, up to the one that closes it, as its rest, which a hard wrap cut", j+1, len(row.Cells), columns, src.Wrap.Width)
		return true
	}
	if k := restFills(lines, j, row, columns); k > j {
		src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d has %d of its table's %d cells, and the text under it (lines %d-%d), up to the pipe that closes it, holds the %d it lacks, as a line a hard wrap cut after a cell's pipe leaves them: read as one row", j+1, len(row.Cells), columns, j+2, k+1, columns-len(row.Cells))
		return true
	}
	return false
}

// paddedRestFills reports whether the wrapped row row, which a pipe
// closes at line j with fewer cells than its table's columns, goes on
// at the next lines, with a warning: a hard wrap that cut a row whose
// cells are padded to their columns' widths (node-html-markdown's) leaves
// a pipe that ends a cell alone on a line, and the cells it lacks under
// it, each line without a pipe or with one further in than the row's
// (paddedRest), up to the first that closes them all, no more and no
// fewer.
func paddedRestFills(src pages.Source, j int, row *pages.Row, columns int) bool {
	lines := src.Lines
	if len(row.Cells) >= columns {
		return false
	}
	raw := strings.ReplaceAll(row.Raw, "\n", " ")
	for k := j + 1; k < len(lines) && k <= j+pages.MaxRestLines; k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" || pages.IsRuler(t) || strings.HasPrefix(t, "|") && !paddedRest(lines[k], lines[row.Line-1]) {
			return false
		}
		raw += " " + t
		if n := len(pages.SplitPipes(raw)); pages.ClosesRow(t) && n >= columns {
			if n > columns {
				return false
			}
			src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d closes at line %d with %d of its table's %d cells, and the lines under it, up to the pipe that closes them (line %d), hold the %d it lacks, as a hard wrap that cut a row of padded cells leaves them: read as one row", row.Line, j+1, len(row.Cells), columns, k+1, columns-len(row.Cells))
			return true
		}
	}
	return false
}

// restFills returns the last line of the rest of the short row at line j
// that the lines under it hold: within MaxRestLines, none blank, none a
// ruler and none starting with a pipe, up to the first that closes with
// a pipe, whose cells joined to the row's make the table's columns
// exactly. It returns -1 when they do not.
func restFills(lines []string, j int, row *pages.Row, columns int) int {
	raw := row.Raw
	for k := j + 1; k < len(lines) && k <= j+pages.MaxRestLines; k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" || pages.IsRuler(t) || strings.HasPrefix(t, "|") {
			return -1
		}
		raw += " " + t
		if pages.ClosesRow(t) {
			if len(pages.SplitPipes(raw)) != columns {
				return -1
			}
			return k
		}
	}
	return -1
}

// lostLeadingPipe reports whether a line inside a table, without a
// leading pipe, is a row that lost it: two cells at least and no more than
// the table's columns but for empty ones at its end (a row may have lost
// a cell too), and a closing
// pipe where the table's rows have one.
func lostLeadingPipe(r string, columns int, closed bool) bool {
	if !strings.Contains(r, "|") || closed && !pages.ClosesRow(r) {
		return false
	}
	cells := pages.PipeCells(r, columns)
	n := len(cells)
	for n > 0 && cells[n-1] == "" {
		n-- // an empty cell after the last, "| |", as rows may end
	}
	return n >= 2 && n <= columns
}

// doubledHeader reports whether line i is a header row printed twice
// before its ruler: the line after it is the same, and a ruler follows.
func doubledHeader(lines []string, i int) bool {
	return i+2 < len(lines) && pages.IsRuler(lines[i+2]) && strings.EqualFold(strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1]))
}

// rowAt reports whether line j is a row of a table: it begins with a
// pipe, and no ruler under it makes it a header.
func rowAt(lines []string, j int) bool {
	return j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|") && !(j+1 < len(lines) && pages.IsRuler(lines[j+1]))
}

// rowCells are the cells of a row of a table of columns columns
// (pages.PipeCells); a row of a table of one column that is one cell
// keeps its line breaks (<br>), which make the lines of a code block
// that a word processor wrote as a table (pages.Read).
func rowCells(r string, columns int) []string {
	if columns == 1 {
		if cells := pages.SplitPipes(r); len(cells) == 1 {
			return cells
		}
	}
	return pages.PipeCells(r, columns)
}
