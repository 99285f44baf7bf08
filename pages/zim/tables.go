package zim

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// table reads the table whose first row opens at index i, and returns it
// with the index of the line after it. A row runs from a line that opens
// with a pipe to the first line that closes with one (rowEnd): pandoc
// writes each cell of a row whose cells held paragraphs on a line of its
// own, the cell's line break after its text and the next cell's pipe
// opening the next line; lines that open with no pipe inside a row,
// blank lines between them, go on its cell (a cell's paragraphs, a list). The rows over the ruler are the header; a first row under the
// ruler that repeats the header (pandoc writes a header the HTML keeps
// in the table's body twice, around the ruler) is dropped, with a
// warning. A link whose label pandoc dropped gets back the title of the
// heading its target names (anchors.labelled), with a warning.
func table(src pages.Source, i int, names anchors) (*pages.Table, int) {
	lines := src.Lines
	tb := &pages.Table{Line: i + 1}
	var head []*pages.Row
	ruled := false
	j := i
	for j < len(lines) {
		t := strings.TrimSpace(lines[j])
		if !strings.HasPrefix(t, "|") {
			break
		}
		if pages.IsPipeRuler(t) {
			if !ruled {
				head, tb.Rows, ruled = tb.Rows, nil, true
			}
			j++
			continue
		}
		at := j
		end := rowEnd(lines, j)
		if end < 0 {
			src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d is never closed (no line ending with a pipe before a blank line, a heading or %d lines): read as its own line", j+1, maxRowLines)
			end = j
		}
		raw := strings.Join(trimmed(lines[at:end+1]), "\n")
		j = end + 1
		tb.Rows = append(tb.Rows, &pages.Row{Line: at + 1, Raw: raw, Cells: cells(names.labelled(src, raw, at+1))})
	}
	if len(head) > 0 {
		tb.Header = head[0].Cells
		for _, h := range head[1:] {
			for k := range min(len(h.Cells), len(tb.Header)) {
				tb.Header[k] = strings.TrimSpace(tb.Header[k] + " " + h.Cells[k])
			}
		}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		if len(tb.Rows) > 0 && slices.Equal(tb.Rows[0].Cells, tb.Header) {
			src.Report.Warn(pages.At(src.Name, tb.Rows[0].Line), "line %d repeats the header of the table at line %d under its ruler, as pandoc writes a header kept in the table's body: read as the header, not as a row", tb.Rows[0].Line, tb.Line)
			tb.Rows = tb.Rows[1:]
		}
	}
	return tb, j
}

// maxRowLines is the most lines a row spreads over: a cell a line, and a
// few lines of a cell's paragraphs and list.
const maxRowLines = 40

// rowEnd returns the index of the line that closes the row whose first
// line is at index i: the first line that ends with a pipe (as the row's
// first line, with another pipe before it), over the blank lines between
// a cell's paragraphs, before a heading and within maxRowLines; -1 for a
// row that none closes.
func rowEnd(lines []string, i int) int {
	for j := i; j < len(lines) && j-i < maxRowLines; j++ {
		t := strings.TrimSpace(lines[j])
		if _, ok := heading(t); ok || j > i && pages.IsPipeRuler(t) {
			return -1
		}
		if strings.HasSuffix(t, "|") && (j > i || strings.Count(t, "|") >= 2 && len(t) > 1) {
			return j
		}
	}
	return -1
}

// trimmed is lines, each trimmed.
func trimmed(lines []string) []string {
	out := make([]string, len(lines))
	for k, l := range lines {
		out[k] = strings.TrimSpace(l)
	}
	return out
}

// cells splits a row's lines into its cells, each rendered (cell): a
// pipe parts two cells outside a link ([[target|label]]) unless escaped
// (\|, as Zim writes a pipe in a cell's text); the row's opening and
// closing pipes bound no cell.
func cells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(row, "|")
	row = strings.TrimSuffix(row, "|")
	var out []string
	depth, start := 0, 0
	for k := 0; k < len(row); k++ {
		switch {
		case strings.HasPrefix(row[k:], "[["):
			depth++
			k++
		case strings.HasPrefix(row[k:], "]]"):
			depth = max(depth-1, 0)
			k++
		case row[k] == '\\' && k+1 < len(row) && row[k+1] == '|':
			k++
		case row[k] == '|' && depth == 0:
			out = append(out, cell(unescapePipes(row[start:k])))
			start = k + 1
		}
	}
	return append(out, cell(unescapePipes(row[start:])))
}

// cell is the text of a cell over its lines: its markup rendered
// (inline), its paragraphs' lines joined, a list in it read as
// pages.ListInCell reads one.
func cell(c string) string {
	var prose, items []string
	for _, l := range strings.Split(c, "\n") {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if m := listRe.FindString(t); m != "" {
			items = append(items, inline(t[len(m):], false))
			continue
		}
		prose = append(prose, inline(t, false))
	}
	return pages.ListInCell(prose, items)
}

// unescapePipes decodes the escaped pipes (\|) of a cell's text.
func unescapePipes(c string) string {
	return strings.ReplaceAll(c, `\|`, "|")
}
