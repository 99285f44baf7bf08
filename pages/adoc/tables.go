package adoc

import (
	"encoding/csv"
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// specRe matches a cell specifier right before a cell's pipe, at the
// start of a line or after a space: a duplication ("3*"), a column or row
// span ("2+", ".2+", "2.3+"), alignments ("^", ".>") and a style ("a",
// "m", "s"…), in that order. Its groups are the duplication, the column
// span and the row span.
var specRe = regexp.MustCompile(`(?:^|\s)((?:(\d+)\*)?(?:(\d*)(?:\.(\d+))?\+)?[<^>]?(?:\.[<^>])?[adehlmsv]?)$`)

// colsRe matches a table's cols attribute, `cols="1,2,3"`, cols=3*.
var colsRe = regexp.MustCompile(`\bcols\s*=\s*(?:"([^"]*)"|'([^']*)'|([^,\]\s]+))`)

// cell is a cell of a table, with the line it starts at.
type cell struct {
	line int
	text []string
	// span is how many columns the cell spans, rows how many rows.
	span, rows int
	// startsLine is set on the first cell of a line, afterBlank when a
	// blank line is right before that line; lineCells is the number of
	// columns the cells of its line fill.
	startsLine, afterBlank bool
	lineCells              int
	// blocks is set on a cell whose specifier stands alone on its line
	// ("a|", as pandoc writes a cell that holds paragraphs or a list):
	// its blocks follow on the next lines, blank lines between them.
	blocks bool
}

// readTable reads the table whose "|===" delimiter is at index i, with
// the block attributes before it (pending), and returns the index of its
// closing delimiter. Its columns are as many as its cols attribute
// names, or else as the cells on its first line (but for a first line of
// one cell, in a table whose parts between blank lines hold as many cells
// each, two or more: as many columns as that, with a warning); its first row is its
// header when its options say so ("header", %header), or when the first
// line holds every cell of it and a blank line follows (AsciiDoc's
// implicit header); else it has none (Header nil). Each cell runs from
// its pipe (and its specifier: "a|", "2+|") to the next pipe, across
// lines: a hard line break (" +") and a line break read as a space. A
// cell that spans columns is followed by empty cells to fill them, with
// a warning; one duplicated ("3*|") is written as many times; one that
// spans rows, a last row that lacks cells, and a line that starts a
// cell in the middle of a row where the rows are set apart (after a blank
// line, or on a line that would run over the row's end after a line of
// several cells that started a row and fell short of it: a cell lost),
// are refused at their line. A table that no delimiter closes runs to the page's end, with a
// warning.
func (r *reader) readTable(i int) int {
	src, lines := r.src, r.src.Lines
	delim := strings.TrimSpace(lines[i])
	end := closing(lines, i, delim)
	if end == len(lines)-1 && strings.TrimSpace(lines[end]) != delim || end == i {
		src.Report.Warn(pages.At(src.Name, i+1), "the table opened at line %d is never closed by %q: read the lines to the page's end as its rows", i+1, delim)
		end = len(lines)
	}
	body := lines[i+1 : min(end, len(lines))]
	if sep := separatorOf(delim, r.pending); sep != '|' {
		r.readValues(i, body, sep)
		return end
	}
	cells, firstLine, groups := r.cells(i+1, body)
	width := colsOf(r.pending)
	if width == 0 {
		width = firstLine
		if n := sameCount(groups); width == 1 && n > 1 {
			width = n
			src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d names no columns (cols=…) and its first line holds one cell, which makes it one column in AsciiDoc; each of its parts between blank lines holds %d cells: read as %d columns. Write [cols=%q] above it to say so", i+1, n, n, strings.TrimSuffix(strings.Repeat("1,", n), ","))
		}
	}
	tb := &pages.Table{Line: i + 1}
	r.out = append(r.out, pages.Block{Line: i + 1, Table: tb})
	if width == 0 || len(cells) == 0 {
		return end
	}
	var flat []cell
	// rowLine is set when the last line that started a cell started a
	// row; lastCells is how many columns that line's cells fill.
	rowLine, lastCells := false, 0
	for _, c := range cells {
		if c.startsLine {
			if pos := len(flat) % width; pos != 0 && (c.afterBlank || rowLine && lastCells >= 2 && lastCells < width && pos+c.lineCells > width) {
				src.Report.Fail(pages.At(src.Name, c.line), "line %d of the table at line %d starts a cell in the middle of a row, as cell %d of %d: the row at line %d holds %d cells of the table's %d columns; write its missing cells (an empty one as \"|\")", c.line, i+1, pos+1, width, flat[len(flat)-pos].line, pos, width)
				for len(flat)%width != 0 {
					flat = append(flat, cell{line: c.line})
				}
			}
			rowLine, lastCells = len(flat)%width == 0, c.lineCells
		}
		if c.rows > 1 {
			src.Report.Fail(pages.At(src.Name, c.line), "the cell at line %d spans %d rows (\".%d+|\"), which a row of the schema cannot: write the cell in each of its rows", c.line, c.rows, c.rows)
		}
		flat = append(flat, c)
		if c.span > 1 {
			src.Report.Warn(pages.At(src.Name, c.line), "the cell at line %d spans %d columns: read as that cell and %d empty ones", c.line, c.span, c.span-1)
			for range c.span - 1 {
				flat = append(flat, cell{line: c.line})
			}
		}
	}
	for len(flat)%width != 0 {
		k := len(flat) - len(flat)%width
		src.Report.Fail(pages.At(src.Name, flat[k].line), "the last row of the table at line %d, at line %d, holds %d cells of the table's %d columns: write its missing cells (an empty one as \"|\")", i+1, flat[k].line, len(flat)%width, width)
		flat = flat[:k]
	}
	for k := 0; k < len(flat); k += width {
		row := &pages.Row{Line: flat[k].line}
		last := flat[k+width-1].line
		for _, c := range flat[k : k+width] {
			row.Cells = append(row.Cells, r.cellText(c))
			last = max(last, c.line+len(c.text)-1)
		}
		row.Raw = strings.Join(lines[row.Line-1:min(last, len(lines))], "\n")
		tb.Rows = append(tb.Rows, row)
	}
	if len(tb.Rows) > 0 && hasHeader(r.pending, body, width, firstLine) {
		tb.Header, tb.Line, tb.Rows = tb.Rows[0].Cells, tb.Rows[0].Line, tb.Rows[1:]
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
	}
	return end
}

// formatRe matches the format attribute of a table, format=csv, and
// separatorRe its separator attribute, separator=;.
var (
	formatRe    = regexp.MustCompile(`\bformat\s*=\s*"?(csv|dsv|tsv|psv)\b`)
	separatorRe = regexp.MustCompile(`\bseparator\s*=\s*"?([^"\s,\]])`)
)

// separatorOf is the character that separates the cells of a table
// whose delimiter is delim, with the block attributes attrs: its
// separator attribute, or its format's (csv ",", dsv ":", tsv a tab),
// or its delimiter's (",===" ",", ":===" ":", "|===" "|").
func separatorOf(delim, attrs string) rune {
	if m := separatorRe.FindStringSubmatch(attrs); m != nil {
		return []rune(m[1])[0]
	}
	if m := formatRe.FindStringSubmatch(attrs); m != nil {
		switch m[1] {
		case "csv":
			return ','
		case "dsv":
			return ':'
		case "tsv":
			return '\t'
		}
		return '|'
	}
	return rune(delim[0])
}

// readValues reads the body of the table at index i whose cells are
// separated by sep, a row a line, quoted as CSV quotes them: its
// columns are as many as its cols attribute names or its first row's
// cells, its header row as readTable tells it. A row of other cells is
// refused at its line.
func (r *reader) readValues(i int, body []string, sep rune) {
	src := r.src
	tb := &pages.Table{Line: i + 1}
	r.out = append(r.out, pages.Block{Line: i + 1, Table: tb})
	width := colsOf(r.pending)
	first := 0
	for k, l := range body {
		if strings.TrimSpace(l) == "" {
			continue
		}
		rd := csv.NewReader(strings.NewReader(l))
		rd.Comma, rd.LazyQuotes, rd.TrimLeadingSpace = sep, true, true
		cells, err := rd.Read()
		if err != nil {
			src.Report.Fail(pages.At(src.Name, i+k+2), "line %d of the table at line %d is no row of values separated by %q: %v", i+k+2, i+1, sep, err)
			continue
		}
		if width == 0 {
			width, first = len(cells), len(cells)
		}
		if len(cells) != width {
			src.Report.Fail(pages.At(src.Name, i+k+2), "the row at line %d of the table at line %d holds %d cells of the table's %d columns: write its missing cells (an empty one between two %q)", i+k+2, i+1, len(cells), width, sep)
			continue
		}
		for c := range cells {
			cells[c] = r.inline(strings.TrimSpace(cells[c]))
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: i + k + 2, Raw: l, Cells: cells})
	}
	if first == 0 {
		first = width
	}
	if len(tb.Rows) > 0 && hasHeader(r.pending, body, width, first) {
		tb.Header, tb.Line, tb.Rows = tb.Rows[0].Cells, tb.Rows[0].Line, tb.Rows[1:]
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
	}
}

// hasHeader reports whether a table's first row is its header: its
// options say so, or, without a "noheader" option, its first line holds
// its width of cells and a blank line follows it.
func hasHeader(attrs string, body []string, width, firstLine int) bool {
	switch {
	case strings.Contains(attrs, "noheader"):
		return false
	case strings.Contains(attrs, "header"):
		return true
	}
	for k, l := range body {
		if strings.TrimSpace(l) == "" {
			continue
		}
		return firstLine == width && k+1 < len(body) && strings.TrimSpace(body[k+1]) == ""
	}
	return false
}

// colsOf is the number of columns a cols attribute names: 3 three,
// "1,2,3" three,
// "3*" or "3*^" three, "2a,1" two; 0 when attrs has none.
func colsOf(attrs string) int {
	m := colsRe.FindStringSubmatch(attrs)
	if m == nil {
		return 0
	}
	spec := m[1] + m[2] + m[3]
	if d, err := strconv.Atoi(strings.TrimSpace(spec)); err == nil && d > 0 && d < 1000 {
		return d // cols=3
	}
	n := 0
	for _, part := range strings.FieldsFunc(spec, func(r rune) bool { return r == ',' || r == ';' }) {
		part = strings.TrimSpace(part)
		if k := strings.Index(part, "*"); k > 0 {
			if d, err := strconv.Atoi(part[:k]); err == nil && d > 0 && d < 1000 {
				n += d
				continue
			}
		}
		n++
	}
	return n
}

// cells splits the lines of a table's body, from index at, into its
// cells in order, and counts the cells of its first line that holds any,
// and the cells of each of its parts between blank lines that starts
// with a cell. A pipe escaped ("\|") is text. A blank line in a cell of
// blocks ("a|" alone on its line) sets its blocks apart, not its row.
func (r *reader) cells(at int, body []string) ([]cell, int, []int) {
	var out []cell
	var groups []int
	firstLine, blank := 0, true
	for k, l := range body {
		line := at + k + 1
		seps := separators(l)
		wasBlank := blank && (len(out) == 0 || !out[len(out)-1].blocks)
		blank = strings.TrimSpace(l) == ""
		if len(seps) == 0 {
			if len(out) > 0 {
				c := &out[len(out)-1]
				c.text = append(c.text, l)
			} else if strings.TrimSpace(l) != "" {
				r.src.Report.Warn(pages.At(r.src.Name, line), "line %d of the table is text before its first cell: read as no cell", line)
			}
			continue
		}
		if firstLine == 0 {
			firstLine = len(seps)
		}
		if wasBlank && strings.HasPrefix(strings.TrimSpace(l), seps[0].spec+"|") {
			groups = append(groups, 0)
		}
		first := len(out)
		before := l[:seps[0].at]
		if len(out) > 0 {
			out[len(out)-1].text = append(out[len(out)-1].text, before[:len(before)-len(seps[0].spec)])
		}
		for s, sp := range seps {
			next := len(l)
			if s+1 < len(seps) {
				next = seps[s+1].at - len(seps[s+1].spec)
			}
			c := cell{line: line, text: []string{l[sp.at+1 : next]}, span: sp.span, rows: sp.rows, blocks: sp.spec != "" && strings.TrimSpace(l) == sp.spec+"|"}
			for range max(sp.dup, 1) {
				out = append(out, c)
			}
		}
		if len(groups) > 0 {
			groups[len(groups)-1] += len(out) - first
		}
		out[first].startsLine, out[first].afterBlank = strings.HasPrefix(strings.TrimSpace(l), seps[0].spec+"|"), wasBlank
		for _, c := range out[first:] {
			out[first].lineCells += c.span
		}
	}
	return out, firstLine, groups
}

// sameCount is the number of cells each part of a table between blank
// lines holds, when there are two parts or more and they hold as many;
// else 0.
func sameCount(groups []int) int {
	if len(groups) < 2 {
		return 0
	}
	for _, n := range groups[1:] {
		if n != groups[0] {
			return 0
		}
	}
	return groups[0]
}

// separator is a cell's pipe in a line, with its specifier.
type separator struct {
	at              int
	spec            string
	dup, span, rows int
}

// separators are the unescaped pipes of a table's line, each with the
// specifier right before it.
func separators(l string) []separator {
	var out []separator
	for k := 0; k < len(l); k++ {
		if l[k] != '|' || k > 0 && l[k-1] == '\\' {
			continue
		}
		sp := separator{at: k, span: 1, rows: 1}
		if m := specRe.FindStringSubmatch(l[:k]); m != nil && m[1] != "" {
			sp.spec = m[1]
			sp.dup, _ = strconv.Atoi(m[2])
			if strings.Contains(m[1], "+") {
				sp.span, sp.rows = atLeastOne(m[3]), atLeastOne(m[4])
			}
		}
		out = append(out, sp)
	}
	return out
}

// atLeastOne is the number a span writes, 1 when it writes none.
func atLeastOne(s string) int {
	if n, err := strconv.Atoi(s); err == nil && n > 1 && n < 1000 {
		return n
	}
	return 1
}

// cellText is a cell's text: its lines joined by spaces, without the
// marks of hard line breaks (" +"), a list item as a clause ("…: a; b",
// as an AsciiDoc cell, "a|", writes a list), escaped pipes as pipes, the
// markup inside a line rendered. A list starts the cell or follows a
// blank line: a line of a paragraph that starts with a list's mark is
// the paragraph's, as pandoc wraps "(1 - 32 characters)" before its "-".
func (r *reader) cellText(c cell) string {
	var b strings.Builder
	item, blank := false, true
	for _, t := range c.text {
		t = strings.TrimSpace(t)
		if t == "+" || t == "" {
			blank = blank || t == ""
			continue
		}
		t = strings.TrimSuffix(t, " +")
		l := ""
		if blank || item {
			l = listRe.FindString(t)
		}
		blank = false
		switch {
		case b.Len() == 0:
		case l != "" && item:
			b.WriteString("; ")
		default:
			b.WriteByte(' ')
		}
		b.WriteString(t[len(l):])
		item = l != ""
	}
	return r.inline(strings.ReplaceAll(b.String(), `\|`, "|"))
}
