package pages

import (
	"regexp"
	"strings"
)

// valuesTypeRe matches a type cell listing allowed values, "string in a";
// loneValueRe matches a cell holding one more value, "b".
var (
	valuesTypeRe = regexp.MustCompile(`^[A-Za-z]+(?: int)? in \S`)
	loneValueRe  = regexp.MustCompile("^[A-Za-z0-9_.+/:\"'`-]+$")
)

// PipeCells splits a row of pipes into its cells (SplitPipes), and
// undoes what its pipes do to "string in a | b | c" in a table of
// columns columns, in Markdown as in pipe-separated text. A code span
// does not end at a pipe: cells are joined until their backticks pair
// up, and then the backslash escapes of each are decoded (Unescaped).
// Then the cells after a type cell that hold a lone value are values of
// the type, up to a requiredness or the row's last cell, which is its
// description unless the row has more cells than the table has columns.
// Before that, the code span or emphasis around a whole cell is dropped
// (CellText).
func PipeCells(row string, columns int) []string {
	cells := splitPipes(row)
	for i := 0; i < len(cells); i++ {
		for strings.Count(cells[i], "`")%2 == 1 && i+1 < len(cells) && strings.Contains(strings.Join(cells[i+1:], ""), "`") {
			cells[i] += " | " + cells[i+1]
			cells = append(cells[:i+1], cells[i+2:]...)
		}
	}
	for i, c := range cells {
		cells[i] = CellText(Unescaped(c))
	}
	for i := 0; i < len(cells); i++ {
		if !strings.Contains(cells[i], " in ") || !valuesTypeRe.MatchString(cells[i]) {
			continue
		}
		excess := len(cells) - columns
		j := i + 1
		for ; j < len(cells) && loneValueRe.MatchString(cells[j]) && !IsBool(cells[j]) && (excess > 0 || hasTextAfter(cells, j)); j++ {
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
