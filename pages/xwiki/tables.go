package xwiki

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// table reads the run of rows from index i on, and returns the table
// with the index of the line after it. A row opens with a pipe, and runs
// over the lines of a group its cells open ("(((" … ")))"); a first row
// of header cells ("|=") is the table's header, but one whose cells are
// all empty ("|= |= |="), which pandoc writes over every table whose
// HTML has no header row (a wiki's that keeps its header cells in the
// table's body, or the rest of a table a note cut): the table has no
// header of its own, and pages.Read takes its first row for one, or
// reads it as the rest of the table before.
func table(src pages.Source, i int) (*pages.Table, int) {
	lines := src.Lines
	tb := &pages.Table{Line: i + 1}
	j := i
	for j < len(lines) && strings.HasPrefix(stripped(lines[j]), "|") {
		at := j
		raw := []string{strings.TrimSpace(lines[j])}
		depth := groupDepth(lines[j])
		for j++; depth > 0 && j < len(lines); j++ {
			raw = append(raw, strings.TrimSpace(lines[j]))
			depth += groupDepth(lines[j])
		}
		if depth > 0 {
			src.Report.Warn(pages.At(src.Name, at+1), "the row at line %d opens a group of a cell's blocks (\"(((\") that no line closes: read up to the page's end as its cells", at+1)
		} else if rest, k := pages.WrappedRowRest(src, j-1); k > j-1 {
			raw[len(raw)-1] += " " + rest
			j = k + 1
		}
		cs, header := cells(strings.Join(raw, "\n"))
		if at == i && header {
			// pandoc writes a row of empty header cells over every table
			// whose HTML has no header row: no header of the table's own.
			if slices.ContainsFunc(cs, func(c string) bool { return c != "" }) {
				tb.Header = cs
				tb.Cols, _ = pages.ColumnsOf(cs)
			}
			continue
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: at + 1, Raw: strings.Join(raw, "\n"), Cells: cs})
	}
	return tb, j
}

// groupDepth is how many groups a line opens, less those it closes.
func groupDepth(l string) int {
	return strings.Count(l, "(((") - strings.Count(l, ")))")
}

// cells splits a row into its cells, each rendered (cell), and reports
// whether all of them are header cells ("|="): a pipe parts two cells
// outside a group, a link, a macro and a verbatim span, and not after
// the escape "~".
func cells(row string) ([]string, bool) {
	var parts []string
	depth, start := 0, 0
	for k := 0; k < len(row); k++ {
		switch {
		case row[k] == '~':
			k++
		case strings.HasPrefix(row[k:], "((("), strings.HasPrefix(row[k:], "[["), strings.HasPrefix(row[k:], "{{"):
			depth++
			k += 1 + boolInt(row[k] == '(')
		case strings.HasPrefix(row[k:], ")))"), strings.HasPrefix(row[k:], "]]"), strings.HasPrefix(row[k:], "}}"):
			depth = max(depth-1, 0)
			k += 1 + boolInt(row[k] == ')')
		case row[k] == '|' && depth == 0:
			if k > 0 {
				parts = append(parts, row[start:k])
			}
			start = k + 1
		}
	}
	parts = append(parts, row[start:])
	header := len(parts) > 0
	out := make([]string, len(parts))
	for k, p := range parts {
		h := strings.HasPrefix(p, "=")
		header = header && h
		if h {
			p = p[1:]
		}
		out[k] = cell(p)
	}
	return out, header
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// cell is the text of a cell: its markup rendered (inline), a group's
// lines joined, a list in it read as pages.ListInCell reads one.
func cell(c string) string {
	c = strings.TrimSpace(c)
	if !strings.Contains(c, "(((") {
		return inline(c, false)
	}
	c = strings.NewReplacer("(((", "\n", ")))", "\n").Replace(c)
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
