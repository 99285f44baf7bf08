// Package pipes reads pages whose table rows are cells separated by pipes
// (cell | cell, with or without outer pipes and a ruler under the header)
// or by tabs (a browser's reader-mode or a spreadsheet's copy of a table,
// or each cell followed by its tab, as Word's plain text writes one).
package pipes

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// Pipes and tabs are read by one reader: a table is known by its header
// row, the same for both, and its rows are the lines that split into
// cells at its separator, with the same mends for text that wraps. Each
// table's separator is its header's: a pipe where the header has one
// (then tabs around the pipes are spaces), else a tab.

// pipeItems reads a page whose table rows are cells separated by pipes or
// tabs. A row is a table header when a ruler follows it or when every one
// of its cells names a column; the rows after it, split at its separator,
// are its rows, up to the first line that is not one. Rows without such a
// header, two at least of the same cells, none empty in the first, are a
// table whose header the page does not mark (pages.Read takes its first
// row for it, or reads it as the rest of the table before). A row whose
// text wraps is joined: in a table whose header ends with a pipe, the
// lines up to the one that closes the row, if one closes it soon
// (pages.RowWraps; else it lost its closing pipe, and is read as it is
// with a warning); in one without, the lines without a separator between
// two rows (pages.RowTextEnd: a hard wrap, a line break, or a browser's
// reflow of a long cell), with a warning each, when the row after them
// has the table's cells,
// or right under the last row, ending the table, when it reads as the
// rest of the row's last cell (pages.WrapRest: a range's cut rest, a
// stated default or bound, the close of the cell's open parenthesis, a
// bound or a default in parentheses, a line in lower case under a cell
// that ends no sentence), whatever follows it: html2text and
// hast-util-to-text write a line break of a cell so, and a hard wrap its
// rest. A tab-separated cell or a line of text that a
// spreadsheet quoted, a quote inside it doubled, is read without its
// quotes (pages.Unquoted), as one quoted over several lines is
// (quotedRow). A header that opens with a pipe over lines that open with
// none has an empty first cell (emptyFirstCell). A row of a table's
// cells after a few lines of text under it is a table without a header
// (restAt), which pages.Read reads as that table's rest; a line of the
// last table's cells still read as text is warned of (strayRow).
func pipeItems(src pages.Source) []pages.Block {
	var prev *pages.Table // the table of the block before, if it is one
	// cut is the last table read, while no more than pages.MaxBreakLines
	// lines of text stand after it (a note, an information panel, an
	// advert, a page's footer): a row after them is its rest.
	var cut *pages.Table
	between := 0
	code := false // the line is inside a fenced code block
	return pages.LineForms{Table: func(i int) (*pages.Table, int) {
		before := prev
		if before == nil && between <= pages.MaxBreakLines {
			before = cut
		}
		tb, end := readTable(src, i, before)
		prev = tb
		switch {
		case tb != nil:
			cut, between = tb, 0
		case pages.IsFence(src.Lines[i]):
			code = !code
		case !code:
			between++
			strayRow(src, i, cut)
		}
		return tb, end
	}, Text: func(line string) string {
		t, _ := pages.Unquoted(line)
		return pages.StripHeading(t)
	}}.Blocks(src.Lines)
}

// readTable reads the table that starts at line i, if one does, and
// returns it with the index of the first line after it; prev is the
// table of the block before line i, or of a few lines of text before it,
// which a headerless run of rows may continue.
func readTable(src pages.Source, i int, prev *pages.Table) (*pages.Table, int) {
	lines := src.Lines
	t := strings.TrimSpace(lines[i])
	sep, cut := cutHeaderAt(lines, i)
	ok := cut
	if !ok {
		sep, ok = headerAt(lines, i)
	}
	marked := ok
	if !ok {
		sep, ok = unmarkedAt(lines, i)
	}
	if !ok && prev != nil {
		sep, ok = restAt(lines, i, prev)
	}
	if !ok {
		return nil, i
	}
	// term is set when the table's first line ends with a tab, as Word,
	// Notion and a spreadsheet write each cell followed by its tab: every
	// row ends with one, which closes its last cell and opens none.
	term := sep == '\t' && endsWithTab(lines[i])
	first, _ := cellsOf(unterminated(lines[i], term), sep)
	width := len(first)
	tb := &pages.Table{Line: i + 1}
	closed := sep == '|' && pages.ClosesRow(t)
	// outer is set when the table's first line opens with a pipe: a
	// row of a table without one that opens with a pipe and falls a
	// cell short has an empty first cell, the pipe its separator.
	outer := sep == '|' && strings.HasPrefix(t, "|")
	if cut {
		// The header's closing pipe, if it has one, is on its rest's line.
		closed = sep == '|' && pages.ClosesRow(strings.TrimSpace(lines[i+1]))
	}
	var last *pages.Row
	open := false // the last row waits for its closing pipe
	j := i
	if cut {
		rest, _ := headerRest(lines[i+1], sep)
		first[len(first)-1] += " " + rest
		src.Report.Warn(pages.At(src.Name, i+2), "line %d has no %s, right under a header row whose last cell names a column only with it (%q): read as the rest of the header row at line %d, which a hard wrap cut", i+2, sepName(sep), first[len(first)-1], i+1)
		j++
	}
	if marked && outer && emptyFirstCell(lines, j, len(first)) {
		// The header's leading pipe sets its empty first cell apart
		// (the column that numbers the rows); its rows open with none.
		first = append([]string{""}, first...)
		width, outer = len(first), false
	}
	if marked {
		tb.Header = first
		tb.Cols, _ = pages.ColumnsOf(first)
		if j++; j < len(lines) && pages.IsPipeRuler(lines[j]) {
			j++
		}
	}
	for ; j < len(lines); j++ {
		r := strings.TrimSpace(lines[j])
		if k, paras := cellParagraphs(lines, j, last, sep, width); !closed && !term && k > j {
			cell := strings.Join(paras, " ")
			from, to := 0, 0
			for ; j < k; j++ {
				if t := strings.TrimSpace(lines[j]); t != "" {
					last.Raw += "\n" + t
					from, to = cmp.Or(from, j+1), j+1
				}
			}
			src.Report.Warn(pages.At(src.Name, from), "%s, set apart by blank lines and without a %s, under the row of %q at line %d, which has %d cells of the table's %d, and the table goes on at line %d: read as that row's last cell (%q), a cell's paragraphs that the converter set on lines of their own", pages.LineSpan(from, to), sepName(sep), pages.Clip(firstCell(last.Cells)), last.Line, len(last.Cells), width, k+1, pages.Clip(cell))
			j--
			last.Cells = append(last.Cells, cell)
			last.KeepParagraphs(cell, paras)
			continue
		}
		if r == "" || pages.IsPipeRuler(r) || pages.IsPageMark(r) {
			// A page's mark ends the table: what a print printed after
			// the break is read as its rest (pages.Read).
			break
		}
		if _, ok := headerAt(lines, j); ok {
			break
		}
		if _, ok := cutHeaderAt(lines, j); ok {
			break
		}
		if marked && last == nil && !strings.ContainsRune(r, rune(sep)) && pages.StartsMidSentence(r) {
			if end := pages.RowTextEnd(lines, j, sep); goesOnAt(lines, end, sep, width) {
				// Text under the header, before its first row, that
				// begins mid-sentence: the rest of the last row of the
				// table before, which a page break cut there and
				// printed the header again (pages.Read joins it).
				for ; j < end; j++ {
					w := strings.TrimSpace(lines[j])
					tb.Wrapped = append(tb.Wrapped, &pages.Row{Line: j + 1, Raw: w, Cells: []string{w}})
				}
				j--
				continue
			}
		}
		if last != nil && r == "|" && !open {
			last.Raw += "\n" + r // a second closing pipe, on a line of its own
			continue
		}
		if cells, end, ok := hyphenBrokenRow(lines, j, sep, width); ok && !term {
			src.Report.Warn(pages.At(src.Name, j+1), "lines %d to %d hold a name alone, broken at its hyphens (%q), and line %d the other cells of its row: read as one row, whose first cell a narrow column broke", j+1, end, cells[0], end+1)
			// Its text is the name joined, then its cells' line, as
			// the row's wrapped text that follows is joined to it.
			last = &pages.Row{Line: j + 1, Raw: cells[0] + " \t" + strings.Trim(lines[end], " "), Cells: cells}
			tb.Rows = append(tb.Rows, last)
			j = end
			continue
		}
		// ended is set when the last row ends with its tab, in a table
		// whose every cell is followed by one: no line after it is its
		// text.
		ended := term && last != nil && endsWithTab(last.Raw)
		between := false
		if last != nil && !closed && !ended && !strings.ContainsRune(r, rune(sep)) {
			between = goesOnAt(lines, pages.RowTextEnd(lines, j, sep), sep, width) || restAfter(lines, textEnd(lines, j, sep), last.Cells, sep, width)
		}
		// rest is what makes a line without a separator under the last
		// row read as the rest of the row's last cell, which a hard wrap
		// or a line break cut (pages.WrapRest).
		rest := pages.NoRest
		if last != nil && !closed && !ended && !strings.ContainsRune(r, rune(sep)) {
			rest = pages.WrapRest(src.Words, lastCell(last.Cells), r)
		}
		if last != nil && (open || between || rest != pages.NoRest) {
			switch {
			case between:
				src.Report.Warn(pages.At(src.Name, j+1), "line %d has no %s, between two rows of the table at line %d: read as the text of the row at line %d", j+1, sepName(sep), i+1, last.Line)
			case rest == pages.RestClosing:
				src.Report.Warn(pages.At(src.Name, j+1), "line %d has no %s, right under the last row of the table at line %d, and closes the parenthesis that row's last cell leaves open (%q): read as the text of the row at line %d, which a hard wrap cut", j+1, sepName(sep), i+1, pages.Clip(r), last.Line)
			case rest != pages.NoRest:
				src.Report.Warn(pages.At(src.Name, j+1), "line %d has no %s, right under the last row of the table at line %d, and ends the table: it begins as the rest of a cell does (%q), read as the text of the row at line %d, whose cell a line break cut", j+1, sepName(sep), i+1, pages.Clip(r), last.Line)
			}
			before := lastCell(last.Cells)
			last.Raw += "\n" + r
			last.Cells, _ = rowCells(unterminated(strings.ReplaceAll(last.Raw, "\n", " "), term), sep, width)
			if !closed {
				lineBreak(src, j, last, before, r)
			}
			open = closed && !pages.ClosesRow(r)
			continue
		}
		if cells, end, ok := terminatedRow(lines, j, width, term); ok {
			// A cell's line break put its rest on the lines up to the
			// one that ends with the row's last tab.
			last = &pages.Row{Line: j + 1, Raw: strings.Trim(strings.Join(lines[j:end+1], "\n"), " "), Cells: cells}
			tb.Rows = append(tb.Rows, last)
			j = end
			continue
		}
		if sep == '\t' {
			switch cells, end, closed := quotedRow(lines, j); {
			case cells != nil && closed:
				last = &pages.Row{Line: j + 1, Raw: strings.Trim(strings.Join(lines[j:end+1], "\n"), " "), Cells: cells}
				tb.Rows = append(tb.Rows, last)
				j = end
				continue
			case cells != nil:
				src.Report.Warn(pages.At(src.Name, j+1), "line %d opens a quoted cell (\") that no line up to line %d closes: read as the text of its line, quote and all", j+1, end+1)
			}
		}
		if last != nil && !closed && !ended && restAfter(lines, j, last.Cells, sep, width) {
			// A hard wrap cut the row before inside a cell: its rest, the
			// cell's text and the row's last cells, makes the row whole.
			src.Report.Warn(pages.At(src.Name, j+1), "line %d starts with text that is no name and holds the cells that the row at line %d lacks of the table's %d: read as the rest of that row, which a hard wrap cut", j+1, last.Line, width)
			last.Raw += "\n" + r
			last.Cells, _ = rowCells(unterminated(strings.ReplaceAll(last.Raw, "\n", " "), term), sep, width)
			continue
		}
		if cells, ok := cutFirstCell(lines, j, sep, width); last != nil && !open && !ended && ok {
			src.Report.Warn(pages.At(src.Name, j+1), "line %d holds only the start of a first cell, and line %d its rest, which starts no row, with the row's other cells: read as one row, whose first cell %q a line break cut", j+1, j+2, pages.Clip(cells[0]))
			last = &pages.Row{Line: j + 1, Raw: r + "\n" + strings.TrimSpace(lines[j+1]), Cells: cells}
			tb.Rows = append(tb.Rows, last)
			j++
			continue
		}
		cells, ok := rowCells(unterminated(lines[j], term), sep, width)
		if sep == '|' && !outer {
			cells, ok = bareEdges(r, cells, closed, width)
		}
		if !ok {
			break
		}
		last = &pages.Row{Line: j + 1, Raw: r, Cells: cells}
		if sep == '\t' {
			last.Raw = strings.Trim(lines[j], " ")
			for k, c := range cells {
				cells[k], _ = pages.Unquoted(c)
			}
		}
		tb.Rows = append(tb.Rows, last)
		open = closed && !pages.ClosesRow(r) && wraps(src, j, width)
		if closed && !open && !pages.ClosesRow(r) {
			last.Raw, j = pages.WithLostPipeRest(src, j, last.Raw)
			last.Cells, _ = rowCells(unterminated(strings.ReplaceAll(last.Raw, "\n", " "), term), sep, width)
		}
	}
	if !closed && !term {
		lostCellParagraphs(src, j, last, sep, width)
	}
	if sep == '\t' {
		dropLeadingColumn(tb)
	}
	pages.JoinColumnWraps(src, lines, tb)
	return tb, j
}

// lostCellParagraphs warns where a table of width columns ends at the
// blank line at j under its last row, last, short of its last cell, and
// a paragraph follows: that paragraph may be the row's last cell, set on
// lines of its own as a converter sets a cell's paragraphs
// (pages.ParagraphsRest), or text after the table whose row has an
// empty last cell, and with no row of the table after it nothing tells
// which. It stays text after the table.
func lostCellParagraphs(src pages.Source, j int, last *pages.Row, sep byte, width int) {
	if last == nil || len(last.Cells) != width-1 || j >= len(src.Lines) || strings.TrimSpace(src.Lines[j]) != "" {
		return
	}
	k := pages.ParagraphAfter(src.Lines, j, func(k int) bool { return strings.ContainsRune(src.Lines[k], rune(sep)) })
	if k < 0 {
		return
	}
	src.Report.Warn(pages.At(src.Name, last.Line), "the row of %q at line %d has %d cells of the table's %d, the last of the table, and the paragraph at line %d (%q) after it may be its last cell, set on lines of its own as a converter sets a cell's paragraphs, or text after the table: nothing tells which; read as text after the table, the row's cell empty (if it is the row's, write it on the row's line, after a %s)", pages.Clip(firstCell(last.Cells)), last.Line, len(last.Cells), width, k+1, pages.Clip(strings.TrimSpace(src.Lines[k])), sepName(sep))
}

// bareEdges is the cells of row r of pipes, split as cells, in a table of
// width columns whose header opens with no pipe: a pipe that opens r
// separates an empty first cell, and one that closes it, in a table
// whose header does not close with a pipe either (closed), an empty last
// cell, as long as r has fewer cells than the table. Glamour draws a
// table so, each wrapped cell's rest on a line of its own whose other
// cells are blank ("             | issued after login |", "Game-Id | if
// not given |", the spaces that pad each cell trimmed with the line).
// ok reports whether r is a row: two cells at least.
func bareEdges(r string, cells []string, closed bool, width int) ([]string, bool) {
	if cells == nil && strings.Contains(r, "|") {
		cells = pages.PipeCells(r, width)
	}
	if strings.HasPrefix(r, "|") && len(cells) < width {
		cells = append([]string{""}, cells...)
	}
	if !closed && strings.HasSuffix(r, "|") && len(cells) < width {
		cells = append(cells, "")
	}
	return cells, len(cells) >= 2
}

// dropLeadingColumn drops the first column of a tab-separated table
// whose header, if it has one, and every row open with an empty cell, as
// Word's plain text, unrtf and a spreadsheet's copy write each row after
// a tab: that column holds nothing, and the table's columns are the
// cells after it. A table one of whose rows fills it keeps it, and so
// does one of fewer than two columns after it.
func dropLeadingColumn(tb *pages.Table) {
	if tb.Header != nil && (len(tb.Header) < 3 || tb.Header[0] != "") || tb.Header == nil && len(tb.Rows) == 0 {
		return
	}
	for _, r := range tb.Rows {
		if len(r.Cells) < 3 || r.Cells[0] != "" {
			return
		}
	}
	if tb.Header != nil {
		tb.Header = tb.Header[1:]
		tb.Cols = tb.Cols[1:]
	}
	for _, r := range tb.Rows {
		r.Cells = r.Cells[1:]
	}
}

// ledAt reports whether the table tb, read from lines, is one whose
// empty first column dropLeadingColumn dropped: its first line, a tab
// row, has a cell more than its header (or its first row, for a table
// without one), the first empty.
func ledAt(lines []string, tb *pages.Table) bool {
	if tb == nil || tb.Line < 1 || tb.Line > len(lines) || strings.Contains(lines[tb.Line-1], "|") {
		return false
	}
	width := len(tb.Header)
	if tb.Header == nil && len(tb.Rows) > 0 {
		width = len(tb.Rows[0].Cells)
	}
	cells, ok := cellsOf(unterminated(lines[tb.Line-1], terminatedAt(lines, tb)), '\t')
	return ok && cells[0] == "" && len(cells) == width+1
}

// unled is a line's cells without the empty first one, in a table whose
// empty first column was dropped (led), and its cells as they are in
// any other.
func unled(cells []string, led bool) []string {
	if led && len(cells) > 0 && cells[0] == "" {
		return cells[1:]
	}
	return cells
}

// emptyFirstCell reports whether the header row at line i, which opens
// with a pipe, has an empty first cell before that pipe: the line under
// it, its ruler or its first row, opens with none and has a cell more
// than the header's width.
func emptyFirstCell(lines []string, i, width int) bool {
	if i+1 >= len(lines) {
		return false
	}
	next := strings.TrimSpace(lines[i+1])
	cells, ok := cellsOf(next, '|')
	return ok && !strings.HasPrefix(next, "|") && len(cells) == width+1
}

// textEnd returns the index of the line after the run of text lines
// that starts at line j, lines without the separator and not blank, of
// pages.MaxWrap lines at most: a row's text that a hard wrap or a line
// break cut over several lines (html2text wraps a row at 78 columns, and
// writes a cell's line break as one).
func textEnd(lines []string, j int, sep byte) int {
	k := j + 1
	for k < len(lines) && k-j < pages.MaxWrap {
		t := strings.TrimSpace(lines[k])
		if t == "" || strings.ContainsRune(t, rune(sep)) {
			break
		}
		k++
	}
	return k
}

// cellParagraphs returns the index of the line after the paragraphs
// under the last row of a table of width columns, from the blank line at
// j, and those paragraphs, where they are the row's last cell
// (pages.ParagraphsRest): the row is short of that cell alone, and a row
// of the table follows them (goesOnAt: one short of a cell too, where
// the next row's cell is paragraphs as well); j and nil else.
func cellParagraphs(lines []string, j int, last *pages.Row, sep byte, width int) (int, []string) {
	if last == nil || len(last.Cells) != width-1 || strings.TrimSpace(lines[j]) != "" {
		return j, nil
	}
	return pages.ParagraphsRest(lines, j, func(k int) bool {
		return goesOnAt(lines, k, sep, width)
	}, func(k int) bool {
		return strings.ContainsRune(lines[k], rune(sep))
	})
}

// lineBreak notes the paragraphs of the last cell of row, whose text
// was before until line j, r, went on it: where r begins a sentence
// (in upper case, and as no rest of one: pages.StartsMidSentence) and
// no hard wrap of the page cut the line above it (Source.WrapBroke),
// the line break between them is the cell's, a <br> that a converter
// (go-readability's RenderText, a browser's innerText) writes as one,
// and ends what the line above states ("Legs of the passage, 1 ~ 6" over
// "The pilot cons them in the listed order": the count 1 ~ 6); else r
// goes on the paragraph above, if the cell has several.
func lineBreak(src pages.Source, j int, row *pages.Row, before, r string) {
	cell := lastCell(row.Cells)
	if cell != before+" "+r {
		return
	}
	ps := slices.Clone(row.CellParagraphs[before])
	first, _ := utf8.DecodeRuneInString(r)
	switch {
	case unicode.IsUpper(first) && !pages.StartsMidSentence(r) && !src.WrapBroke(j-1) && !pages.EndsInSee(before):
		if ps == nil {
			ps = []string{before}
		}
		ps = append(ps, r)
	case ps != nil:
		ps[len(ps)-1] += " " + r
	default:
		return
	}
	delete(row.CellParagraphs, before)
	row.KeepParagraphs(cell, ps)
}

// firstCell is the text of a row's first cell that is not empty.
func firstCell(cells []string) string {
	for _, c := range cells {
		if c != "" {
			return c
		}
	}
	return ""
}

// lastCell is the text of a row's last cell, "" for a row of none.
func lastCell(cells []string) string {
	if len(cells) == 0 {
		return ""
	}
	return cells[len(cells)-1]
}

// wraps reports whether the row at line j of a table of pipes of width
// columns, which does not close with a pipe, goes on at the next lines
// (pages.RowWraps): a line of the table's cells whose first is a name or
// a code, or a header, starts a row or a table of its own.
func wraps(src pages.Source, j, width int) bool {
	return pages.RowWraps(src, j, func(k int) bool {
		_, header := headerAt(src.Lines, k)
		return header || pages.StartsRow(src.Lines[k], width)
	})
}

func sepName(sep byte) string {
	if sep == '\t' {
		return "tab"
	}
	return "pipe"
}

// rowAt reports whether line j is a row of a table of the separator,
// with width cells at least.
func rowAt(lines []string, j int, sep byte, width int) bool {
	if j >= len(lines) {
		return false
	}
	cells, ok := cellsOf(lines[j], sep)
	_, header := headerAt(lines, j)
	return ok && len(cells) >= width && !pages.IsPipeRuler(lines[j]) && !header
}

// goesOnAt reports whether line j goes on with the table of the
// separator, of width columns: a row of its cells (rowAt), or of two
// cells at least whose first is a name or a code (a row that lost a
// cell, or its empty last one).
func goesOnAt(lines []string, j int, sep byte, width int) bool {
	if rowAt(lines, j, sep, width) {
		return true
	}
	if j >= len(lines) {
		return false
	}
	cells, ok := cellsOf(lines[j], sep)
	_, header := headerAt(lines, j)
	return ok && !header && len(cells) <= width && pages.IsNameCell(cells[0]) && !pages.IsPipeRuler(lines[j])
}

// restAfter reports whether line j is the rest of a row whose cells are
// before, cut inside a cell (pages.CutRest), a line of its text between them.
func restAfter(lines []string, j int, before []string, sep byte, width int) bool {
	if j >= len(lines) {
		return false
	}
	t := strings.Trim(lines[j], " ")
	if !strings.ContainsRune(t, rune(sep)) {
		return false
	}
	cells := strings.Split(t, "\t")
	if sep == '|' {
		cells = pages.PipeCells(strings.TrimSpace(t), width) // "text. |": one cell, closed
	}
	return pages.CutRest(before, cells, width)
}

// unmarkedAt reports whether line i starts rows without a header that
// marks them, and their separator: a row of two cells at least, none of
// them empty (an indented line of code has an empty first cell), followed
// by a row of as many.
func unmarkedAt(lines []string, i int) (byte, bool) {
	l := lines[i]
	sep, _, _ := splitRow(l)
	term := sep == '\t' && endsWithTab(l)
	_, cells, ok := splitRow(unterminated(l, term))
	if !ok || slices.Contains(cells, "") || i+1 >= len(lines) {
		return sep, false
	}
	next, ok := cellsOf(unterminated(lines[i+1], term && endsWithTab(lines[i+1])), sep)
	return sep, ok && len(next) == len(cells) && !pages.IsPipeRuler(lines[i+1])
}

// restAt reports whether line i, which starts no table of its own, is a
// row of the table before it, right before it but for blank lines (a
// blank line cut the table) or a few lines of text (a line of text cut
// it: a note, a panel, a footer), and its separator: it has that table's
// cells, or as many as one of its rows has, none of them empty but the last and those of a column that a
// row of that table leaves empty too (an optional member's Required
// cell). pages.Read reads it as the rest of that table, and the
// protocol's reader tells whether it is.
func restAt(lines []string, i int, before *pages.Table) (byte, bool) {
	if before == nil || len(before.Rows) == 0 {
		return 0, false
	}
	sep, cells, ok := splitRow(unterminated(lines[i], terminatedAt(lines, before)))
	cells = unled(cells, ledAt(lines, before))
	width := len(before.Header)
	if before.Header == nil {
		width = len(before.Rows[0].Cells)
	}
	if head := strings.TrimSpace(lines[before.Line-1]); ok && sep == '|' && !strings.HasPrefix(head, "|") {
		cells, ok = bareEdges(strings.TrimSpace(lines[i]), cells, pages.ClosesRow(head), width)
	}
	// A row's closing pipe drops its empty last cells (a name and a code
	// under Name | Code | Description): a row as wide as one of the
	// table's own rows has its cells too.
	rowWide := slices.ContainsFunc(before.Rows, func(r *pages.Row) bool { return len(r.Cells) == len(cells) })
	if !ok || len(cells) != width && !rowWide || cells[0] == "" {
		return sep, false
	}
	for k, c := range cells[:len(cells)-1] {
		if c == "" && !slices.ContainsFunc(before.Rows, func(r *pages.Row) bool { return k < len(r.Cells) && r.Cells[k] == "" }) {
			return sep, false
		}
	}
	return sep, true
}

// strayRow refuses line i, read as text, when it splits at the
// separator of last, the last table read before it, into that table's
// cells (pages.StrayCheck): too many lines of text, or empty cells, set it
// apart from that table for restAt.
func strayRow(src pages.Source, i int, last *pages.Table) {
	if last == nil || pages.IsPipeRuler(src.Lines[i]) {
		return
	}
	sep := byte('|')
	if !strings.Contains(src.Lines[last.Line-1], "|") {
		sep = '\t'
	}
	if cells, ok := cellsOf(unterminated(src.Lines[i], terminatedAt(src.Lines, last)), sep); ok {
		pages.StrayCheck{Table: last, Split: "at " + sepName(sep) + "s"}.Refuse(src, i+1, i+1, unled(cells, ledAt(src.Lines, last)))
	}
}

// cellsOf splits a row into its cells at the separator; ok is false for
// a line that is not a row of at least two cells. A tab row keeps its
// empty cells at both ends: only spaces around it are trimmed.
func cellsOf(line string, sep byte) ([]string, bool) {
	if sep == '|' {
		line = strings.TrimSpace(line)
		if !strings.Contains(line, "|") {
			return nil, false
		}
		cells := pages.SplitPipes(line)
		return cells, len(cells) >= 2
	}
	line = strings.Trim(line, " ")
	if !strings.Contains(line, "\t") {
		return nil, false
	}
	cells := strings.Split(line, "\t")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return cells, len(cells) >= 2
}

// rowCells splits a row of a table of columns columns into its cells;
// pipes inside a code span, or between the values of a type ("string in
// a | b"), do not split it (pages.PipeCells).
func rowCells(line string, sep byte, columns int) ([]string, bool) {
	cells, ok := cellsOf(line, sep)
	if ok && sep == '|' {
		cells = pages.PipeCells(strings.TrimSpace(line), columns)
	}
	return cells, ok
}

// splitRow splits a line that may start a table at its separator: a
// pipe where it has one, else a tab; ok is false for a line that is no
// row of two cells at least, or a ruler.
func splitRow(l string) (byte, []string, bool) {
	sep := byte('|')
	if !strings.Contains(l, "|") {
		sep = '\t'
	}
	cells, ok := cellsOf(l, sep)
	return sep, cells, ok && !pages.IsPipeRuler(l)
}

// headerAt reports whether line i is a table's header row, and its
// separator: a pipe row followed by a ruler, or a row of pipes, else of
// tabs, whose every cell but empty ones names a column, two at least
// (pages.NamesColumns: "Status Code", "Status Code Description" too).
func headerAt(lines []string, i int) (byte, bool) {
	l := lines[i]
	sep, cells, ok := splitRow(l)
	if !ok {
		return sep, false
	}
	if sep == '|' && i+1 < len(lines) && pages.IsPipeRuler(lines[i+1]) {
		return sep, true
	}
	return sep, pages.NamesColumns(cells)
}

// cutHeaderAt reports whether line i is a header row that a hard wrap
// cut inside its last cell, and its separator: its last cell names no
// column, but does with the next line, which has no separator (but the
// closing pipe of a header that has one); its other
// cells name columns (pages.IsHeaderCell) or are empty; and its ruler, or
// a row of as many cells, follows.
func cutHeaderAt(lines []string, i int) (byte, bool) {
	if i+2 >= len(lines) {
		return 0, false
	}
	sep, cells, ok := splitRow(lines[i])
	rest, isRest := headerRest(lines[i+1], sep)
	if !ok || !isRest {
		return sep, false
	}
	last := cells[len(cells)-1]
	if pages.IsHeaderCell(last) || !pages.IsHeaderCell(last+" "+rest) {
		return sep, false
	}
	for _, c := range cells[:len(cells)-1] {
		if c != "" && !pages.IsHeaderCell(c) {
			return sep, false
		}
	}
	return sep, pages.IsPipeRuler(lines[i+2]) || rowAt(lines, i+2, sep, len(cells))
}

// headerRest returns the text of a line that may be the rest of a header
// row cut inside its last cell: text without a separator, but the closing
// pipe of a header that has one.
func headerRest(l string, sep byte) (string, bool) {
	rest := strings.TrimSpace(l)
	if sep == '|' {
		rest = strings.TrimSpace(strings.TrimSuffix(rest, "|"))
	}
	return rest, rest != "" && !strings.ContainsRune(rest, rune(sep))
}

// quotedRow reads a tab-separated row at line j one of whose cells is
// quoted over several lines, as a spreadsheet copies a cell that holds a
// line break (pages.ReadRecord). It returns the row's cells, trimmed, the
// cell's lines joined by a space, and the index of the row's last line;
// cells is nil for a row with no such cell (one whose quotes close on its
// own line is read as it is written), and closed false when no line up to
// pages.MaxRecordLines on closes the cell.
func quotedRow(lines []string, j int) (cells []string, end int, closed bool) {
	if !strings.Contains(lines[j], "\"") {
		return nil, j, false
	}
	r := pages.ReadRecord(lines, j, '\t')
	switch {
	case r.Unclosed:
		return []string{}, min(j+pages.MaxRecordLines, len(lines)) - 1, false
	case r.End == j:
		return nil, j, false
	}
	for _, c := range r.Cells {
		cells = append(cells, strings.Join(strings.Fields(c), " "))
	}
	return cells, r.End, true
}

// cutFirstCell reads line j and the line after it as one row of a table
// of the separator, of width columns, whose first cell a line break cut
// ("4xx" over "(custom status) | Rejected | See below |"), and returns its
// cells. Line j is the start of the first cell alone: text without the
// separator, or a row whose other cells are empty; the next line is a
// row of the table's cells whose first is no name or code but goes on
// with another's text (a parenthesis, a word in lower case), and starts
// no row of its own. ok is false for any other lines: the first part
// alone may be a row.
func cutFirstCell(lines []string, j int, sep byte, width int) ([]string, bool) {
	if j+1 >= len(lines) {
		return nil, false
	}
	first := strings.TrimSpace(lines[j])
	if cells, ok := rowCells(lines[j], sep, width); ok {
		if len(cells) != width || slices.ContainsFunc(cells[1:], func(c string) bool { return c != "" }) {
			return nil, false
		}
		first = cells[0]
	}
	if first == "" || strings.ContainsRune(first, rune(sep)) || pages.IsPipeRuler(lines[j+1]) {
		return nil, false
	}
	if _, header := headerAt(lines, j+1); header {
		return nil, false
	}
	rest, ok := rowCells(lines[j+1], sep, width)
	if !ok || len(rest) != width || rest[0] == "" || pages.IsNameCell(rest[0]) || pages.StartsRow(lines[j+1], width) || !pages.StartsMidSentence(rest[0]) {
		return nil, false
	}
	rest[0] = first + " " + rest[0]
	return rest, true
}

// maxNameParts bounds the lines a name alone in a narrow first column
// is broken over at its hyphens ("X-Request-" ⏎ "Trace-" ⏎ "Id").
const maxNameParts = 3

// hyphenBrokenRow reads the lines from j as one row of a table of the
// separator, of width columns, whose first cell, a name, a narrow column
// broke at its hyphens over lines of its own, the row's other cells on
// the line after them ("Secret-" ⏎ "Key" ⏎ "true \tThe SecretKey in"),
// as a PDF's text extraction (pdf-parse, of a browser's print) writes a
// cell whose text stands higher than its row's others. It returns the
// row's cells, the name joined at its hyphens, and the index of the
// row's last line. ok is false for any other lines: each line but the
// last ends with a hyphen, none holds the separator, the parts make a
// name (pages.IsNameCell), and the line after them has the table's
// other cells, width-1 of them, none empty, and is no header. Only a
// table of tabs is so extracted.
func hyphenBrokenRow(lines []string, j int, sep byte, width int) (cells []string, end int, ok bool) {
	if sep != '\t' {
		return nil, j, false
	}
	name := ""
	k := j
	for ; k < len(lines) && k-j < maxNameParts; k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" || strings.ContainsRune(t, rune(sep)) {
			return nil, j, false
		}
		name += t
		if !strings.HasSuffix(t, "-") {
			break
		}
	}
	if k == j || k+1 >= len(lines) || k-j >= maxNameParts || !pages.IsNameCell(name) {
		return nil, j, false
	}
	if _, header := headerAt(lines, k+1); header {
		return nil, j, false
	}
	rest, ok := rowCells(lines[k+1], sep, width)
	if !ok || len(rest) != width-1 || slices.Contains(rest, "") {
		return nil, j, false
	}
	return append([]string{name}, rest...), k + 1, true
}

// endsWithTab reports whether a line ends with a tab, spaces aside: the
// tab that follows a row's last cell where each cell is followed by one.
func endsWithTab(l string) bool {
	return strings.HasSuffix(strings.Trim(l, " "), "\t")
}

// unterminated is a line without the tab that ends it in a table whose
// every cell is followed by a tab (term), and the line as it is in any
// other: there a trailing tab sets an empty last cell apart.
func unterminated(l string, term bool) string {
	if !term {
		return l
	}
	return strings.TrimSuffix(strings.Trim(l, " "), "\t")
}

// terminatedAt reports whether the table tb, read from lines, is one
// whose every cell is followed by a tab: its first line ends with one.
func terminatedAt(lines []string, tb *pages.Table) bool {
	if tb == nil || tb.Line < 1 || tb.Line > len(lines) {
		return false
	}
	l := lines[tb.Line-1]
	return !strings.Contains(l, "|") && strings.Contains(l, "\t") && endsWithTab(l)
}

// terminatedRow reads a row at line j of a table of width columns whose
// every cell is followed by a tab (term), a cell of which holds a line
// break: Word, Notion and a spreadsheet write the break's rest on the
// next line, followed by the rest of the row's cells and their tabs. The
// row is the lines from j, which holds two cells at least, up to the
// first that ends with a tab, no more than pages.MaxWrap, none blank or a
// header, which joined by a space make up the table's cells. It returns
// the row's cells and the index of its last line; ok is false for a row
// on one line, and for lines that make up no row so.
func terminatedRow(lines []string, j, width int, term bool) (cells []string, end int, ok bool) {
	if !term || endsWithTab(lines[j]) || !strings.Contains(lines[j], "\t") {
		return nil, j, false
	}
	text := strings.Trim(lines[j], " ")
	for k := j + 1; k < len(lines) && k-j < pages.MaxWrap; k++ {
		l := strings.Trim(lines[k], " ")
		if _, header := headerAt(lines, k); header || strings.TrimSpace(l) == "" {
			return nil, j, false
		}
		text += " " + l
		if !endsWithTab(l) {
			continue
		}
		cells, ok := cellsOf(unterminated(text, true), '\t')
		return cells, k, ok && len(cells) == width
	}
	return nil, j, false
}
