package readme

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
)

// methods are the HTTP methods an api-header's "type" may name: ReadMe
// writes "basic" there for a plain title, a method in lower case for an
// endpoint's.
var methods = map[string]bool{"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true, "options": true}

// heading reads an api-header block: its title a heading at the line of
// its "title", and the method and the path it carries ("method", or a
// "type" that names one; "path", or the title when it is a path) a
// request line under it, "PUT /hotspring/booking", at the line of the
// method; a title that is that path is no heading of its own then, but
// the request line is, at the title's line.
func heading(v *value) []pages.Block {
	var out []pages.Block
	title := v.get("title")
	method := v.get("method")
	if method == nil || !methods[strings.ToLower(method.val.str())] {
		method = v.get("type")
	}
	if method != nil && !methods[strings.ToLower(method.val.str())] {
		method = nil
	}
	path := v.get("path")
	if path != nil && !strings.HasPrefix(strings.TrimSpace(path.val.str()), "/") {
		path = nil
	}
	titled := title != nil && strings.TrimSpace(title.val.str()) != ""
	if method != nil && path == nil && titled && strings.HasPrefix(strings.TrimSpace(title.val.str()), "/") {
		path, titled = title, false
	}
	if titled {
		out = append(out, pages.Block{Line: title.line, Text: pages.Title(inline(title.val.str()), true)})
	}
	if method != nil && path != nil {
		line := method.line
		if !titled {
			line = path.line
		}
		out = append(out, pages.Block{Line: line, Text: strings.ToUpper(method.val.str()) + " " + strings.TrimSpace(path.val.str())})
	}
	return out
}

// inline is the text a line of Markdown shows, as a text line of the
// Markdown style reads: its character references decoded, its links read
// as their text, its backslash escapes decoded.
func inline(s string) string {
	return strings.TrimSpace(pages.Unescaped(pages.Unlinked(pages.DecodeReferences(pages.Clean(s)))))
}

// cellRe matches the key of a cell of a parameters block's "data": "h-2"
// a header cell, "3-2" a row's.
var cellRe = regexp.MustCompile(`^(h|\d{1,4})-(\d{1,3})$`)

// maxColumns and maxRows bound the columns and the rows a parameters
// block's table may have, as its "cols" and "rows" say or its cells'
// keys: ReadMe's editor makes tables of a few columns; maxCells bounds
// the cells of the table as a whole.
const (
	maxColumns = 64
	maxRows    = 10000
	maxCells   = 20000
)

// table reads a parameters block into a table: the cells of its "data"
// by their keys, in the columns and rows its "cols" and "rows" tell (or,
// where it tells none, its keys do), each cell's text read as a pipe
// table's cell (cellText). A cell outside them, which ReadMe does not
// show (a column or a row removed in its editor keeps its cells), is
// left out with a warning; a key of no cell is warned of and left out.
// The header is the "h-" cells, none when they are all empty or
// missing; a row is at the line of its first cell present. The rows and
// columns after the last cell written are no part of the table; a table
// of more than maxCells cells is refused at its block's line.
func table(src pages.Source, name string, i int, v *value) []pages.Block {
	data := v.get("data")
	if data == nil || data.val.kind != '{' {
		src.Report.Fail(pages.At(src.Name, i+1), "the block [block:%s] has no \"data\" object, whose members are its table's cells: write them as ReadMe's legacy editor does, \"h-0\": \"Name\" for a header cell, \"0-0\": \"userId\" for a row's", name)
		return nil
	}
	cols, colsSet := count(src, v, "cols", maxColumns)
	rows, rowsSet := count(src, v, "rows", maxRows)
	type cell struct {
		text string
		line int
	}
	// cells are the cells by their row and column, the header's in row
	// -1.
	cells := map[[2]int]cell{}
	maxCol, maxRow := -1, -1
	for _, m := range data.val.members {
		k := cellRe.FindStringSubmatch(m.key)
		if k == nil {
			src.Report.Warn(pages.At(src.Name, m.line), "the member %q of a [block:%s]'s data is no cell (\"h-C\" for a header cell, \"R-C\" for a row's): left out", pages.Clip(m.key), name)
			continue
		}
		c, _ := strconv.Atoi(k[2])
		r := -1
		if k[1] != "h" {
			r, _ = strconv.Atoi(k[1])
		}
		at := [2]int{r, c}
		if before, ok := cells[at]; ok {
			src.Report.Warn(pages.At(src.Name, m.line), "the cell %q is given twice, at lines %d and %d: read as the last, %q, as ReadMe shows it", m.key, before.line, m.line, pages.Clip(m.val.str()))
		}
		cells[at] = cell{cellText(m.val.str()), m.line}
		maxCol, maxRow = max(maxCol, c), max(maxRow, r)
	}
	if !colsSet {
		cols = min(maxCol+1, maxColumns)
	}
	if !rowsSet {
		rows = min(maxRow+1, maxRows)
	}
	for _, m := range data.val.members {
		k := cellRe.FindStringSubmatch(m.key)
		if k == nil {
			continue
		}
		c, _ := strconv.Atoi(k[2])
		r, _ := strconv.Atoi(k[1])
		if c >= cols || k[1] != "h" && r >= rows {
			src.Report.Warn(pages.At(src.Name, m.line), "the cell %q (%q) is outside the %d columns and %d rows of its table (its block's \"cols\" and \"rows\", else its cells' keys, up to %d columns and %d rows), which ReadMe does not show: left out", m.key, pages.Clip(m.val.str()), cols, rows, maxColumns, maxRows)
		}
	}
	// The rows and columns after the last cell written are empty: no
	// text ReadMe shows.
	cols, rows = min(cols, maxCol+1), min(rows, maxRow+1)
	if cols*rows > maxCells {
		src.Report.Fail(pages.At(src.Name, i+1), "the block [block:%s]'s table has %d rows and %d columns, more than the %d cells docs2go reads of a table: write it as tables of fewer rows", name, rows, cols, maxCells)
		return nil
	}
	tb := &pages.Table{Line: i + 1}
	named := false
	for c := range cols {
		h := cells[[2]int{-1, c}]
		tb.Header = append(tb.Header, h.text)
		named = named || strings.TrimSpace(h.text) != ""
		if c == 0 && h.line > 0 {
			tb.Line = h.line
		}
	}
	if named {
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
	} else {
		tb.Header = nil
	}
	for r := range rows {
		row := &pages.Row{Line: cells[[2]int{r, 0}].line}
		for c := range cols {
			x := cells[[2]int{r, c}]
			row.Cells = append(row.Cells, x.text)
			if x.line > 0 && (row.Line == 0 || x.line < row.Line) && cells[[2]int{r, 0}].line == 0 {
				row.Line = x.line
			}
		}
		if row.Line == 0 {
			row.Line = tb.Line
		}
		row.Raw = "| " + strings.Join(row.Cells, " | ") + " |"
		tb.Rows = append(tb.Rows, row)
	}
	return []pages.Block{{Line: tb.Line, Table: tb}}
}

// count is the whole number a member of the block names, and whether the
// block gives one; a member that is no such number, or above limit, is
// warned of and none.
func count(src pages.Source, v *value, key string, limit int) (int, bool) {
	m := v.get(key)
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m.val.str())
	if err != nil || n < 0 || n > limit {
		src.Report.Warn(pages.At(src.Name, m.line), "the block's %q, %s, is no count of cells up to %d: the cells' keys tell it", key, pages.Clip(m.val.str()), limit)
		return 0, false
	}
	return n, true
}

// cellText is the text of a parameters block's cell, a string of ReadMe's
// Markdown, read as a pipe table's cell of the Markdown style: its inline
// HTML read as the text it shows (html.InlineCell), its character
// references and backslash escapes decoded; a line break in it ("\n"),
// which ReadMe shows, is the cell's line break, read as a pipe table's
// <br> is (pages.CellText: the lines of a list its clauses).
func cellText(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "<br>")
	if html.HasInline(s) {
		s = html.InlineCell(s)
	}
	return strings.TrimSpace(pages.Unescaped(pages.DecodeReferences(pages.Clean(s))))
}

// languageRe matches a language a fence may name.
var languageRe = regexp.MustCompile(`^[\w+.#-]{1,30}$`)

// code reads a code block: each of its "codes", its "code" the lines of
// a code block between fences (the opening one naming its "language"),
// each at the line of its "code". The "name" of each is a title over it
// where the block holds several, which ReadMe shows as tabs that the
// names tell apart ("Client", "Server"), but for a name that is only
// its language's ("JSON" over json); a single code's name repeats the
// title over the block, or the status line of its example ("200 OK").
func code(v *value) []pages.Block {
	codes := v.get("codes")
	if codes == nil || codes.val.kind != '[' {
		return nil
	}
	var out []pages.Block
	for _, c := range codes.val.items {
		body := c.get("code")
		if body == nil {
			continue
		}
		lang := strings.TrimSpace(c.text("language"))
		if name := inline(c.text("name")); len(codes.val.items) > 1 && name != "" && !strings.EqualFold(name, lang) {
			out = append(out, pages.Block{Line: c.line, Text: name})
		}
		if !languageRe.MatchString(lang) {
			lang = ""
		}
		out = append(out, pages.Block{Line: body.line, Text: "```" + lang})
		for _, l := range strings.Split(body.val.str(), "\n") {
			if t := strings.TrimSpace(pages.Clean(l)); t != "" {
				out = append(out, pages.Block{Line: body.line, Text: pages.StripHeading(t)})
			}
		}
		out = append(out, pages.Block{Line: body.line, Text: "```"})
	}
	return out
}

// callout reads a callout block: its title a line of text, at the line
// of its "title", and its body's lines (lines); its "type" (info,
// warning) is no text of the page.
func callout(v *value) []pages.Block {
	var out []pages.Block
	if t := v.get("title"); t != nil {
		if s := inline(t.val.str()); s != "" {
			out = append(out, pages.Block{Line: t.line, Text: s})
		}
	}
	return append(out, lines(v.get("body"))...)
}

// lines are the lines of text of a member of Markdown, each at the
// member's line, as a text line of the Markdown style reads (inline,
// without its heading marks); none for no member.
func lines(m *member) []pages.Block {
	if m == nil {
		return nil
	}
	var out []pages.Block
	for _, l := range strings.Split(m.val.str(), "\n") {
		if s := pages.StripHeading(inline(l)); s != "" {
			out = append(out, pages.Block{Line: m.line, Text: s})
		}
	}
	return out
}
