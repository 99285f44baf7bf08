package muse

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// cells splits a line of a Muse table into its cells, their markup
// rendered, and the widest bar that parts them (1 for a body row, 2 for
// a header row, 3 for a footer row): a run of one to three bars with a
// space before it and a space or the line's end after it, outside a
// verbatim span (pandoc writes a bar in a cell <verbatim>|</verbatim>).
// ok is false for a line with no such bar.
func cells(l string) (out []string, bars int, ok bool) {
	t := strings.TrimRight(l, " \t")
	start, verbatim := 0, false
	for i := 0; i < len(t); i++ {
		switch {
		case strings.HasPrefix(t[i:], verbatimOpen):
			verbatim = true
		case strings.HasPrefix(t[i:], verbatimClose):
			verbatim = false
		case verbatim || t[i] != '|' || i == 0 || t[i-1] != ' ':
			continue
		}
		if t[i] != '|' {
			continue
		}
		n := 1
		for n < 3 && i+n < len(t) && t[i+n] == '|' {
			n++
		}
		if i+n < len(t) && t[i+n] != ' ' {
			continue
		}
		out = append(out, t[start:i])
		bars, ok = max(bars, n), true
		start = i + n
		i += n - 1
	}
	if !ok {
		return nil, 0, false
	}
	out = append(out, t[start:])
	for k, c := range out {
		out[k] = inline(c, false)
	}
	return out, bars, true
}

// tableRow reports whether line l is a row of a Muse table: indented by
// a space, as pandoc writes each, with cells parted by bars, and no
// list's item.
func tableRow(l string) bool {
	if l == "" || l[0] != ' ' || listRe.MatchString(strings.TrimSpace(l)) {
		return false
	}
	_, _, ok := cells(l)
	return ok
}

// table reads the run of table rows from index i on, and returns the
// table with the index of the line after it. A first row whose cells a
// double bar parts is its header; a table without one has no header of
// its own (pandoc writes the header cells a wiki keeps in the table's
// body as a plain row), and pages.Read takes its first row for it.
func table(src pages.Source, i int) (*pages.Table, int) {
	tb := &pages.Table{Line: i + 1}
	j := i
	for ; j < len(src.Lines) && tableRow(src.Lines[j]); j++ {
		cs, bars, _ := cells(src.Lines[j])
		if j == i && bars == 2 {
			tb.Header = cs
			tb.Cols, _ = pages.ColumnsOf(cs)
			continue
		}
		row := &pages.Row{Line: j + 1, Raw: strings.TrimSpace(src.Lines[j]), Cells: cs}
		if rest, k := pages.WrappedRowRest(src, j); k > j && len(cs) > 0 {
			row.Raw += "\n" + rest
			cs[len(cs)-1] = strings.TrimSpace(cs[len(cs)-1] + " " + inline(rest, false))
			j = k
		}
		tb.Rows = append(tb.Rows, row)
	}
	return tb, j
}
