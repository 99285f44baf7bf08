// Package markdown reads Markdown pages: | cell | cell | rows under a
// |---| ruler.
package markdown

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// valuesTypeRe matches a type cell listing allowed values, "string in a";
// loneValueRe matches a cell holding one more value, "b".
var (
	valuesTypeRe = regexp.MustCompile(`^[A-Za-z]+(?: int)? in \S`)
	loneValueRe  = regexp.MustCompile("^[A-Za-z0-9_.+/:\"'`-]+$")
)

// joinValues undoes what the pipes of "string in a | b | c" do to a
// Markdown row of a table with columns columns. A code span does not end
// at a pipe: cells are joined until their backticks pair up. Then the
// cells after a type cell that hold a lone value are values of the type,
// up to a requiredness or the row's last cell, which is its description
// unless the row has more cells than the table has columns. Last, cells
// that are one code span are unwrapped.
func joinValues(cells []string, columns int) []string {
	for i := 0; i < len(cells); i++ {
		for strings.Count(cells[i], "`")%2 == 1 && i+1 < len(cells) && strings.Contains(strings.Join(cells[i+1:], ""), "`") {
			cells[i] += " | " + cells[i+1]
			cells = append(cells[:i+1], cells[i+2:]...)
		}
	}
	for i, c := range cells {
		if len(c) > 2 && strings.Count(c, "`") == 2 && c[0] == '`' && c[len(c)-1] == '`' {
			cells[i] = c[1 : len(c)-1]
		}
	}
	for i := 0; i < len(cells); i++ {
		if !strings.Contains(cells[i], " in ") || !valuesTypeRe.MatchString(cells[i]) {
			continue
		}
		excess := len(cells) - columns
		j := i + 1
		for ; j < len(cells) && loneValueRe.MatchString(cells[j]) && !pages.IsBool(cells[j]) && (excess > 0 || hasTextAfter(cells, j)); j++ {
			cells[i] += " | " + cells[j]
			excess--
		}
		return append(cells[:i+1], cells[j:]...)
	}
	return cells
}

func hasTextAfter(cells []string, j int) bool {
	for _, c := range cells[j+1:] {
		if c != "" {
			return true
		}
	}
	return false
}

// markdownItems reads a Markdown page: a row followed by a ruler is a
// table header, and the |-lines after it are its rows.
func markdownItems(lines []string) []pages.Block {
	var items []pages.Block
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "|") && i+1 < len(lines) && pages.IsRuler(lines[i+1]) {
			head := pages.SplitPipes(t)
			cols, _ := pages.ColumnsOf(head)
			tb := &pages.Table{Line: i + 1, Header: head, Cols: cols}
			j := i + 2
			for ; j < len(lines); j++ {
				r := strings.TrimSpace(lines[j])
				if !strings.HasPrefix(r, "|") || pages.IsRuler(r) {
					break
				}
				if j+1 < len(lines) && pages.IsRuler(lines[j+1]) {
					break // the header of the next table
				}
				tb.Rows = append(tb.Rows, &pages.Row{Line: j + 1, Raw: r, Cells: joinValues(pages.SplitPipes(r), len(head))})
			}
			items = append(items, pages.Block{Line: i + 1, Table: tb})
			i = j - 1
			continue
		}
		items = append(items, pages.Block{Line: i + 1, Text: pages.StripHeading(t)})
	}
	return items
}
