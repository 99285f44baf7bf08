package pages

import "strings"

// The rows a spreadsheet writes as delimited text (RFC 4180: CSV, and the
// tab- or semicolon-separated text of a sheet saved or copied as text):
// cells set apart by a separator, a cell that holds the separator, a
// quote or a line break wrapped in quotes, a quote inside it doubled. A
// cell that holds a line break makes its row span lines. Every style that
// reads a spreadsheet's rows reads them with ReadRecord.

// MaxRecordLines bounds the lines a quoted cell spans: a quote that no
// line up to that closes opened no cell.
const MaxRecordLines = 20

// Record is a spreadsheet's row written as delimited text.
type Record struct {
	// Cells are the row's cells, their quotes undone, not trimmed; a
	// cell that holds a line break holds "\n".
	Cells []string
	// Quoted tells each cell written in quotes.
	Quoted []bool
	// End is the index of the row's last line: past its first where a
	// quoted cell holds a line break.
	End int
	// Unclosed is set when a quoted cell opens that no line up to
	// MaxRecordLines closes: Cells are then the first line's, split at
	// the separator as they are written, quotes and all.
	Unclosed bool
	// Stray is set when a quote stands inside a quoted cell, neither
	// doubled nor before a separator or the line's end: it ends the
	// quotes, and it and the rest of the cell are read as written.
	Stray bool
}

// ReadRecord reads the row that starts at line i of lines, its cells
// separated by sep. A quote opens a quoted cell only at the cell's start;
// elsewhere it is text, as a spreadsheet leaves it in a cell it does not
// quote.
func ReadRecord(lines []string, i int, sep byte) Record {
	var r Record
	var cell strings.Builder
	// start is set at a cell's start, quoted inside its quotes, q when
	// the cell opened with a quote.
	start, quoted, q := true, false, false
	for k := i; k < len(lines) && k-i < MaxRecordLines; k++ {
		l := lines[k]
		for j := 0; j < len(l); j++ {
			c := l[j]
			switch {
			case quoted && c == '"' && j+1 < len(l) && l[j+1] == '"':
				cell.WriteByte('"')
				j++
			case quoted && c == '"' && (j+1 == len(l) || l[j+1] == sep):
				quoted = false
			case quoted && c == '"':
				r.Stray, quoted = true, false
				cell.WriteByte(c)
			case quoted:
				cell.WriteByte(c)
			case c == sep:
				r.Cells, r.Quoted = append(r.Cells, cell.String()), append(r.Quoted, q)
				cell.Reset()
				start, q = true, false
				continue
			case start && c == '"':
				quoted, q = true, true
			default:
				cell.WriteByte(c)
			}
			start = false
		}
		if !quoted {
			r.Cells, r.Quoted, r.End = append(r.Cells, cell.String()), append(r.Quoted, q), k
			return r
		}
		cell.WriteByte('\n')
	}
	return Record{Cells: strings.Split(lines[i], string(sep)), Quoted: make([]bool, strings.Count(lines[i], string(sep))+1), End: i, Unclosed: true}
}

// Unquoted returns a cell or a line of text written whole in a
// spreadsheet's quotes, with a quote inside it doubled ("{""a"": 1}"),
// without them ({"a": 1}), and whether it is one: a text quoted without
// a doubled quote inside may be quoted by its writer, and is left as it
// is.
func Unquoted(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if len(t) < 4 || t[0] != '"' || t[len(t)-1] != '"' {
		return s, false
	}
	inner := t[1 : len(t)-1]
	if !strings.Contains(inner, `""`) || strings.Count(strings.ReplaceAll(inner, `""`, ""), `"`) > 0 {
		return s, false
	}
	return strings.ReplaceAll(inner, `""`, `"`), true
}
