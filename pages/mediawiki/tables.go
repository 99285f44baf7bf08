package mediawiki

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// cell is a table cell as written: its markup (its attributes and its
// text) on its line and the lines it goes on over, the index of its
// line, and whether "!" starts it (a header cell).
type cell struct {
	text   string
	more   []string
	line   int
	header bool
}

// row is a table row as written: the index of its first line, its
// lines, its cells.
type row struct {
	line  int
	raw   []string
	cells []cell
}

// readTable reads the table whose "{|" opens line i, and returns its
// blocks (its caption as a text line, then the table) with the index of
// its last line, "|}". Its rows are set apart by "|-" lines (the first
// may have none); a line that starts with "!" or "|" holds cells, set
// apart by "!!" or "||" (only "||" in a line of "|" cells), and a line
// that starts with neither goes on the last cell. Its header is its
// first row when every cell of it is a header cell; else pages.Read
// decides. A row of header cells after rows, of other cells than the
// header's, starts another table (a header row repeated is a row, which
// pages.Read drops). A row of one cell that spans columns, or of one
// header cell after rows, is a label or a note, no row: its text follows
// the table it stands in, with a warning (pages.TakeNotes), and so titles
// the table a header row after it starts; one above the table's header
// is its title, text before it (pages.TitleRow). A
// table in a cell is refused at its line; one that no "|}" closes ends
// at the next heading, or the page's end, with a warning.
func readTable(src pages.Source, lines []string, i int) ([]pages.Block, int) {
	var rows []row
	var before []pages.Block
	cur := -1 // the row cells go to, -1 before the first
	end := len(lines) - 1
	closed := false
	newRow := func(j int) {
		rows = append(rows, row{line: j})
		cur = len(rows) - 1
	}
scan:
	for j := i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		switch {
		case strings.HasPrefix(t, "|}"):
			end, closed = j, true
			break scan
		case strings.HasPrefix(strings.TrimLeft(t, ":"), "{|"):
			k := nestedEnd(lines, j)
			src.Report.Fail(pages.At(src.Name, j+1), "the table at line %d stands in a cell of the table at line %d: a table in a cell is not read; write its rows as a table of its own, or the facts they state with an override", j+1, i+1)
			j = k
		case strings.HasPrefix(t, "|+"):
			_, text := attributes(src, t[2:], j, "the caption")
			if text = (renderer{src: src, line: j}).text(text); text != "" {
				before = append(before, pages.Block{Line: j + 1, Text: pages.Title(text, true)})
			}
		case strings.HasPrefix(t, "|-"):
			cur = -1
		case strings.HasPrefix(t, "!") || strings.HasPrefix(t, "|"):
			if cur < 0 {
				newRow(j)
			}
			rw := &rows[cur]
			rw.raw = append(rw.raw, t)
			for _, c := range splitCells(t[1:], t[0] == '!') {
				rw.cells = append(rw.cells, cell{text: c, line: j, header: t[0] == '!'})
			}
		case isHeading(t):
			src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d is never closed (no \"|}\"): read lines %d-%d as its rows, up to the heading at line %d", i+1, i+1, j, j+1)
			end = j - 1
			break scan
		case t == "":
		case cur >= 0 && len(rows[cur].cells) > 0:
			rw := &rows[cur]
			rw.raw = append(rw.raw, t)
			last := &rw.cells[len(rw.cells)-1]
			last.more = append(last.more, t)
		default:
			for _, s := range (renderer{src: src, line: j}).rendered(t) {
				if s = strings.TrimSpace(s); s != "" {
					before = append(before, pages.Block{Line: j + 1, Text: s})
				}
			}
		}
	}
	if !closed && end == len(lines)-1 {
		src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d is never closed (no \"|}\"): read the lines to the page's end as its rows", i+1)
	}
	grid := spanned(src, rows)
	out := before
	tb := &pages.Table{Line: i + 1}
	// The notes of the table read so far, handed to the page's text when
	// it ends (pages.TakeNotes): those of one cell spanning its columns,
	// and those of one header cell after its rows.
	var pending []*pages.Row
	spanning, headed := map[*pages.Row]bool{}, map[*pages.Row]bool{}
	flush := func() {
		var notes []pages.Block
		if len(pending) > 0 {
			tb.Rows = append(tb.Rows, pending...)
			notes = append(tb.TakeNotes(src, func(r *pages.Row) bool { return spanning[r] }, "one cell that spans its columns (colspan), a label or a note over the rows below it"),
				tb.TakeNotes(src, func(r *pages.Row) bool { return headed[r] }, "one header cell alone after its rows, a label or a note over the rows below it")...)
			slices.SortStableFunc(notes, func(a, b pages.Block) int { return a.Line - b.Line })
		}
		if tb.Header != nil || len(tb.Rows) > 0 {
			out = append(out, pages.Block{Line: tb.Line, Table: tb})
		}
		out, pending, tb = append(out, notes...), nil, &pages.Table{}
		clear(spanning)
		clear(headed)
	}
	for k, rw := range rows {
		g := grid[k]
		header := allHeader(rw.cells)
		spans := g.Note != ""
		if !spans && header && len(g.Cells) == 1 && (tb.Header != nil || len(tb.Rows) > 0) {
			g.Note = g.Cells[0]
		}
		h := headerCells(g)
		switch {
		case spans && tb.Header == nil && len(tb.Rows) == 0:
			out = append(out, pages.TitleRow(src, rw.line+1, g.Note, "one cell that spans the columns of the table under it (colspan)"))
			continue
		case g.Note != "":
			note := &pages.Row{Line: rw.line + 1, Raw: strings.Join(rw.raw, "\n"), Cells: []string{g.Note}}
			if spans {
				spanning[note] = true
			} else {
				headed[note] = true
			}
			pending = append(pending, note)
			continue
		case len(g.Cells) == 0:
			continue
		case header && tb.Header == nil && len(tb.Rows) == 0:
		case header && !slices.Equal(g.Cells, tb.Header):
			flush()
		case h >= 2 && tb.Header == nil && len(tb.Rows) == 0 && (len(g.Cells)-h)%h == 0:
			// The header row ran on into the first row: the separator
			// after it was lost.
			src.Report.Warn(pages.At(src.Name, g.Lines[h]+1), "the header row at line %d goes on with %d cells that are no header cells, at line %d: the row separator (|-) after the header was lost; read as the header and its rows", rw.line+1, len(g.Cells)-h, g.Lines[h]+1)
			tb.Header, tb.Line = g.Cells[:h], rw.line+1
			tb.Cols, _ = pages.ColumnsOf(tb.Header)
			rest := pages.GridRow{Cells: g.Cells[h:], Lines: g.Lines[h:], Header: g.Header[h:]}
			tb.Rows = append(tb.Rows, lostSeparators(src, rest, g.Lines[h], h, rw.line+1, "| "+strings.Join(rest.Cells, " || "))...)
			continue
		default:
			if len(tb.Rows) == 0 && tb.Header == nil {
				tb.Line = rw.line + 1
			}
			tb.Rows = append(tb.Rows, lostSeparators(src, g, rw.line, len(tb.Header), tb.Line, strings.Join(rw.raw, "\n"))...)
			continue
		}
		tb.Header, tb.Line = g.Cells, rw.line+1
		tb.Cols, _ = pages.ColumnsOf(g.Cells)
	}
	flush()
	return out, end
}

// nestedEnd returns the index of the line that closes the table line j
// opens, the tables in it counted, or the page's last line.
func nestedEnd(lines []string, j int) int {
	depth := 0
	for k := j; k < len(lines); k++ {
		t := strings.TrimLeft(strings.TrimSpace(lines[k]), ":")
		switch {
		case strings.HasPrefix(t, "{|"):
			depth++
		case strings.HasPrefix(t, "|}"):
			if depth--; depth == 0 {
				return k
			}
		}
	}
	return len(lines) - 1
}

// headerCells is the number of header cells a row of the grid starts
// with, when cells that are none follow them; 0 for a row of one kind.
func headerCells(g pages.GridRow) int {
	k := 0
	for k < len(g.Header) && g.Header[k] {
		k++
	}
	if k == len(g.Header) {
		return 0
	}
	return k
}

// allHeader reports whether every cell of a row is a header cell.
func allHeader(cells []cell) bool {
	for _, c := range cells {
		if !c.header {
			return false
		}
	}
	return len(cells) > 0
}

// splitCells splits the cells of a line after its first "!" or "|" at
// their separators: "||", and "!!" in a line of header cells. A
// separator inside a template, a link or <nowiki> is text.
func splitCells(t string, header bool) []string {
	var out []string
	sh := shieldOf(t)
	start := 0
	for i := 0; i < len(t); {
		if end := sh.end(i); end > 0 {
			i = end
			continue
		}
		if strings.HasPrefix(t[i:], "||") || header && strings.HasPrefix(t[i:], "!!") {
			out = append(out, t[start:i])
			i += 2
			start = i
			continue
		}
		i++
	}
	return append(out, t[start:])
}

// shield tells where the runs of a text in which a pipe is text end:
// its templates, links and <nowiki>s.
type shield struct {
	s                string
	templates, links map[int]int
	lastNowiki       int // the index of the last "</nowiki>", -1 for none
}

// shieldOf finds the runs of s in which a pipe is text, in one pass of
// each kind.
func shieldOf(s string) shield {
	sh := shield{s: s, lastNowiki: -1}
	if strings.Contains(s, "{{") {
		sh.templates = ends(s, "{{", "}}")
	}
	if strings.Contains(s, "[[") {
		sh.links = ends(s, "[[", "]]")
	}
	if strings.Contains(s, "</") {
		sh.lastNowiki = lastIndexFold(s, "</nowiki>")
	}
	return sh
}

// end returns the index after the template, link or nowiki that opens
// at s[i], or 0.
func (sh shield) end(i int) int {
	t := sh.s[i:]
	switch {
	case strings.HasPrefix(t, "{{"):
		return sh.templates[i]
	case strings.HasPrefix(t, "[["):
		return sh.links[i]
	case sh.lastNowiki > i && hasPrefixFold(t, "<nowiki>"):
		for k := i + len("<nowiki>"); k <= sh.lastNowiki; k++ {
			if hasPrefixFold(sh.s[k:], "</nowiki>") {
				return k + len("</nowiki>")
			}
		}
	}
	return 0
}

// hasPrefixFold reports whether s begins with prefix, a text in lower
// case, its ASCII letters in any case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := range len(prefix) {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// lastIndexFold is the index of the last sub, a text in lower case, in
// s, its ASCII letters in any case; -1 for none.
func lastIndexFold(s, sub string) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		if s[i] == sub[0] && hasPrefixFold(s[i:], sub) {
			return i
		}
	}
	return -1
}

// attrRe matches the attributes of a cell, a row or a caption
// ("style=\"…\" colspan=2"); spanRe an attribute that spans columns or
// rows, and its number.
var (
	attrRe = regexp.MustCompile(`^\s*(?:[A-Za-z][\w:-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'|]+)\s*)+$`)
	spanRe = regexp.MustCompile(`(?i)\b(colspan|rowspan)\s*=\s*["']?\s*(\d+)`)
)

// attributes splits a cell's markup at the pipe that sets its
// attributes apart from its text ("style=\"…\" | text"), as MediaWiki
// does: at its first pipe outside a template, a link or <nowiki>, unless
// a link stands before it. Text before the pipe that is no attributes is
// not shown by MediaWiki: it is dropped, as the wiki shows the cell,
// with a warning (what, the cell named for the message).
func attributes(src pages.Source, s string, line int, what string) (attrs, text string) {
	sh := shieldOf(s)
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "[[") {
			return "", s
		}
		if end := sh.end(i); end > 0 {
			i = end
			continue
		}
		if s[i] != '|' {
			i++
			continue
		}
		attrs, text = s[:i], s[i+1:]
		if strings.TrimSpace(attrs) != "" && !attrRe.MatchString(attrs) {
			src.Report.Warn(pages.At(src.Name, line+1), "%s at line %d holds a pipe: MediaWiki reads the text before it, %q, as its attributes, and does not show it: read as the text after it, %q; write {{!}} for a pipe in a cell's text", what, line+1, pages.Clip(strings.TrimSpace(attrs)), pages.Clip(strings.TrimSpace(text)))
		}
		return attrs, text
	}
	return "", s
}

// maxSpan bounds the columns and rows a cell spans: a table of a
// reference page has a few columns, and a cell spans a few rows.
const maxSpan = 100

// span is the number of columns or rows (kind) a cell's attributes say
// it spans: 1 when they say none.
func span(attrs, kind string) int {
	for _, m := range spanRe.FindAllStringSubmatch(attrs, -1) {
		if strings.EqualFold(m[1], kind) {
			n, _ := strconv.Atoi(m[2])
			return min(max(n, 1), maxSpan)
		}
	}
	return 1
}

// spanned renders the rows' cells as the wiki lays them out
// (pages.SpanGrid): a cell's spans are its colspan and rowspan.
func spanned(src pages.Source, rows []row) []pages.GridRow {
	in := make([]pages.GridSource, len(rows))
	for k, rw := range rows {
		in[k] = pages.GridSource{Line: rw.line, Cells: len(rw.cells)}
	}
	cell := func(k, n int) pages.GridCell {
		c := rows[k].cells[n]
		attrs, text := attributes(src, strings.Join(append([]string{c.text}, c.more...), "\n"), c.line, "the cell "+strconv.Itoa(n+1)+" of the row")
		text = (renderer{src: src, line: c.line}).cell(text)
		return pages.GridCell{Text: text, Line: c.line, Header: c.header, Cols: span(attrs, "colspan"), Rows: span(attrs, "rowspan")}
	}
	return pages.SpanGrid(src, in, cell, pages.GridSpans{Cols: attr("colspan"), Rows: attr("rowspan")})
}

// attr names an attribute of a cell's spans in pages.SpanGrid's
// warnings, whatever its value.
func attr(name string) func(int) string {
	return func(int) string { return name }
}

// lostSeparators reads a row with more cells than its table's header
// (width): MediaWiki sets no cell of a row past the table's columns, so
// a row of a whole number of times their cells is as many rows whose
// separators ("|-") were lost, each read as a row with a warning; any
// other is refused at its line, as nothing tells which of its cells are
// too many. raw is the row as it is written.
func lostSeparators(src pages.Source, g pages.GridRow, line, width, headerLine int, raw string) []*pages.Row {
	n := len(g.Cells)
	if width == 0 || n <= width {
		return []*pages.Row{{Line: line + 1, Raw: raw, Cells: g.Cells}}
	}
	if n%width != 0 {
		src.Report.Fail(pages.At(src.Name, line+1), "the row at line %d has %d cells, more than the %d columns of its table's header at line %d, which MediaWiki shows past the table's columns: a row separator (|-) may be lost, or a cell written too many; write the row with the header's columns, or the facts it states with an override", line+1, n, width, headerLine)
		return nil
	}
	var out []*pages.Row
	var at []string
	for k := 0; k < n; k += width {
		cells := g.Cells[k : k+width]
		out = append(out, &pages.Row{Line: g.Lines[k] + 1, Raw: "| " + strings.Join(cells, " || "), Cells: cells})
		at = append(at, strconv.Itoa(g.Lines[k]+1))
	}
	src.Report.Warn(pages.At(src.Name, line+1), "the row at line %d has %d cells, %d times the %d columns of its table's header at line %d, which MediaWiki shows past the table's columns: it is %d rows, the row separators (|-) between them lost; read as such, at lines %s", line+1, n, n/width, width, headerLine, n/width, strings.Join(at, ", "))
	return out
}
