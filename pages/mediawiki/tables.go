package mediawiki

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// cell is a table cell as written: its markup (its attributes and its
// text, the lines it goes on over joined with a line break), the index
// of its line, and whether "!" starts it (a header cell).
type cell struct {
	text   string
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
// header cell after rows, is a note, no row: its text follows the table
// it stands in, and so titles the table a header row after it starts. A
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
			last.text += "\n" + t
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
	grid, notes := spanned(src, rows)
	out := before
	tb := &pages.Table{Line: i + 1}
	var pending []pages.Block // the notes of the table read so far
	flush := func() {
		if tb.Header != nil || len(tb.Rows) > 0 {
			out = append(out, pages.Block{Line: tb.Line, Table: tb})
		}
		out, pending, tb = append(out, pending...), nil, &pages.Table{}
	}
	for k, rw := range rows {
		cells := grid[k]
		if notes[k] == "" && cells != nil && allHeader(rw.cells) && len(cells) == 1 && (tb.Header != nil || len(tb.Rows) > 0) {
			notes[k] = cells[0]
		}
		switch {
		case notes[k] != "":
			pending = append(pending, pages.Block{Line: rw.line + 1, Text: notes[k]})
			continue
		case cells == nil:
			continue
		case allHeader(rw.cells) && tb.Header == nil && len(tb.Rows) == 0:
		case allHeader(rw.cells) && !slices.Equal(cells, tb.Header):
			flush()
		default:
			if len(tb.Rows) == 0 && tb.Header == nil {
				tb.Line = rw.line + 1
			}
			tb.Rows = append(tb.Rows, &pages.Row{Line: rw.line + 1, Raw: strings.Join(rw.raw, "\n"), Cells: cells})
			continue
		}
		tb.Header, tb.Line = cells, rw.line+1
		tb.Cols, _ = pages.ColumnsOf(cells)
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
	start := 0
	for i := 0; i < len(t); {
		if end := protectedEnd(t, i); end > 0 {
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

// protectedEnd returns the index after the template, link or nowiki
// that opens at t[i], or 0.
func protectedEnd(t string, i int) int {
	switch {
	case strings.HasPrefix(t[i:], "{{"):
		return max(closing(t, i, "{{", "}}"), 0)
	case strings.HasPrefix(t[i:], "[["):
		return max(closing(t, i, "[[", "]]"), 0)
	case strings.HasPrefix(strings.ToLower(t[i:]), "<nowiki>"):
		if k := strings.Index(strings.ToLower(t[i:]), "</nowiki>"); k >= 0 {
			return i + k + len("</nowiki>")
		}
	}
	return 0
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
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "[[") {
			return "", s
		}
		if end := protectedEnd(s, i); end > 0 {
			i = end
			continue
		}
		if s[i] != '|' {
			i++
			continue
		}
		attrs, text = s[:i], s[i+1:]
		if strings.TrimSpace(attrs) != "" && !attrRe.MatchString(attrs) {
			src.Report.Warn(pages.At(src.Name, line+1), "%s at line %d holds a pipe: MediaWiki reads the text before it, %q, as the cell's attributes, and does not show it: read as the text after it, %q; write {{!}} for a pipe in a cell's text", what, line+1, pages.Clip(strings.TrimSpace(attrs)), pages.Clip(strings.TrimSpace(text)))
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

// spanned renders the rows' cells, each cell that spans columns
// (colspan) followed by empty cells and each that spans rows (rowspan)
// repeated in the rows below it at its column, with a warning. A row of
// one cell that spans columns is a note: its cells are nil, and its text
// is in notes.
func spanned(src pages.Source, rows []row) (cells [][]string, notes []string) {
	type open struct {
		text       string
		left, from int
	}
	var opens []open // by column
	out := make([][]string, len(rows))
	notes = make([]string, len(rows))
	for k, rw := range rows {
		var cells []string
		fill := func() {
			for len(cells) < len(opens) && opens[len(cells)].left > 0 {
				o := &opens[len(cells)]
				src.Report.Warn(pages.At(src.Name, rw.line+1), "the cell %d of the row at line %d is the cell of the row at line %d above it, which spans its column down (rowspan): read as that cell, %q", len(cells)+1, rw.line+1, o.from+1, pages.Clip(o.text))
				cells = append(cells, o.text)
				o.left--
			}
		}
		note := false
		for n, c := range rw.cells {
			fill()
			attrs, text := attributes(src, c.text, c.line, "the cell "+strconv.Itoa(n+1)+" of the row")
			text = (renderer{src: src, line: c.line}).text(text)
			cols, down := span(attrs, "colspan"), span(attrs, "rowspan")
			if len(rw.cells) == 1 && cols > 1 {
				notes[k], note = text, true
				break
			}
			if down > 1 {
				for len(opens) <= len(cells) {
					opens = append(opens, open{})
				}
				opens[len(cells)] = open{text: text, left: down - 1, from: rw.line}
			}
			cells = append(cells, text)
			if cols > 1 {
				src.Report.Warn(pages.At(src.Name, c.line+1), "the cell %d of the row at line %d spans %d columns (colspan): read as that cell and %d empty cells after it", n+1, rw.line+1, cols, cols-1)
				for range cols - 1 {
					cells = append(cells, "")
				}
			}
		}
		if note {
			continue
		}
		fill()
		if len(cells) > 0 {
			out[k] = cells
		}
	}
	return out, notes
}
