package pages

import (
	"regexp"
	"slices"
	"strings"
)

// A pipe table printed double-spaced sets a blank line between each two
// of its rows: a converter that ends each cell with " | " and each block
// with a newline (a user's strip_tags script over a Confluence page), a
// copy that doubles its line breaks, Markdown written without a ruler.
// No style reads a blank line inside a table, so each style would read
// the header alone, over no row, and every row after it as text. The
// blank lines between the rows of such a run are dropped before the
// style reads the page (singleSpaced), once for every style that reads
// pipe rows from lines.

// TableDelimiting is a style whose tables stand between delimiter lines
// (AsciiDoc's "|===", MediaWiki's "{|" and "|}"), which reads the blank
// lines inside them itself: singleSpaced leaves its pages as they are.
type TableDelimiting interface {
	Style
	DelimitsTables()
}

// pipeRun is a run of pipe rows on a page's lines: its header at index
// from, its last line at index to, the indexes of the blank lines
// between its rows, and the cells of its header.
type pipeRun struct {
	from, to int
	blanks   []int
	head     []string
}

// singleSpaced returns the source without the blank lines between the
// rows of its double-spaced pipe tables (doubleSpacedRuns), each table
// warned of, its lines located at the page's (Source.At); a source
// without one, as it is.
func singleSpaced(src Source) Source {
	runs := doubleSpacedRuns(src.Lines)
	if len(runs) == 0 {
		return src
	}
	page := func(i int) int { // the page line of the line of index i
		if src.At != nil && i < len(src.At) {
			return src.At[i]
		}
		return i + 1
	}
	var dropped []int
	for _, r := range runs {
		src.Report.Warn(At(src.Name, page(r.from)), "lines %d-%d: the table at line %d sets a blank line between its rows (%d), each row of its header's %d cells, as a page printed double-spaced does: read as one table", page(r.from), page(r.to), page(r.from), len(r.blanks), len(r.head))
		dropped = append(dropped, r.blanks...)
	}
	out := src
	out.Lines, out.At = nil, nil
	for i, l := range src.Lines {
		if _, found := slices.BinarySearch(dropped, i); found {
			continue
		}
		out.Lines = append(out.Lines, l)
		out.At = append(out.At, page(i))
	}
	return out
}

// doubleSpacedRuns finds the pipe tables on lines that set a blank line
// between their rows: a header row (runHeader), then rows of as many
// cells, or rulers, each after one blank line or none, up to a blank
// line followed by a line that is no such row, or by one that is a
// header of its own (startsOwnTable; right under the table's ruler, only
// a row over a ruler of its own is, as the row under an empty header
// row's ruler names the columns of the same table). A
// row that ends with no pipe, in a table whose header closes with one,
// goes on over the lines up to the one that closes it, none blank (a
// cell of two paragraphs). A row whose first line lacks cells goes on up
// to the line of the cells it lacks, its cells counted over its lines
// (cutRowEnd). A row of fewer cells that a cell of the row
// above spanning it down left short (spannedShort), the last row of the
// table's width above it, is one of its rows (a cell may span several):
// the table's reader reads it, and its protocol tells whether the cell
// above spans it; so is a closed row of a code that left its empty last
// cells unwritten (emptyTail). Only runs with a blank line between two of
// their rows are returned, and none inside a fenced code block.
func doubleSpacedRuns(lines []string) []pipeRun {
	var runs []pipeRun
	code := false
	for i := 0; i < len(lines); i++ {
		if IsFence(lines[i]) {
			code = !code
			continue
		}
		if code {
			continue
		}
		head, ok := runHeader(lines, i)
		if !ok {
			continue
		}
		closed := ClosesRow(strings.TrimSpace(lines[i]))
		r := pipeRun{from: i, to: i, head: head}
		above := -1    // the line of the last row of the header's width, -1 for none
		ruled := false // whether the line read last is a ruler
		for j := i + 1; j < len(lines); {
			next := j
			if strings.TrimSpace(lines[j]) == "" {
				next = j + 1
			}
			end, ok := pipeRowEnd(lines, next, closed, len(head), func(row string) bool {
				cells := pipeCells(row)
				return len(cells) == len(head) || len(rowCells(row, lines[i])) == len(head) || above >= 0 && (spannedShort(rowCells(lines[above], lines[i]), cells, len(head)) || closed && ClosesRow(strings.TrimSpace(row)) && emptyTail(rowCells(lines[above], lines[i]), cells, len(head)))
			})
			if !ok || next > j && (ruled && overRuler(lines, next) || !ruled && startsOwnTable(lines, next, head)) {
				break
			}
			if next > j {
				r.blanks = append(r.blanks, j)
			}
			ruled = isRowRuler(strings.TrimSpace(lines[next]))
			if !ruled && len(rowCells(lines[next], lines[i])) == len(head) {
				above = next
			}
			r.to, j = end, end+1
		}
		if len(r.blanks) > 0 {
			runs = append(runs, r)
		}
		i = r.to
	}
	return runs
}

// rowCells returns the cells of a row (pipeCells) in a table whose
// header row is header: with an empty first cell where the row opens
// with a pipe and the header does not, and an empty last cell where the
// row closes with one and the header does not, as a table written
// without outer pipes writes a row whose first or last cell is empty.
func rowCells(row, header string) []string {
	r, h := strings.TrimSpace(row), strings.TrimSpace(header)
	cells := pipeCells(r)
	if strings.HasPrefix(r, "|") && !strings.HasPrefix(h, "|") {
		cells = append([]string{""}, cells...)
	}
	if ClosesRow(r) && !ClosesRow(h) {
		cells = append(cells, "")
	}
	return cells
}

// runHeader returns the cells of the header of a double-spaced run at
// line i, and whether the line is one: a line of two cells or more split
// at pipes (pipeCells) that names the columns (isHeaderRow) or stands
// over a ruler, one blank line apart or none, whatever its cells (an
// empty header row, its names in bold); or a header row of wiki markup,
// each cell after "||" (wikiHeaderCells), or of Textile, each cell
// marked "_." (textileHeaderCells), that names the columns.
func runHeader(lines []string, i int) ([]string, bool) {
	t := strings.TrimSpace(lines[i])
	if isRowRuler(t) {
		return nil, false
	}
	if cells, ok := wikiHeaderCells(t); ok && isHeaderRow(cells) {
		return cells, true
	}
	head := pipeCells(t)
	if cells, ok := textileHeaderCells(head); ok && len(cells) >= 2 && isHeaderRow(cells) {
		return head, true
	}
	return head, len(head) >= 2 && (isHeaderRow(head) || overRuler(lines, i))
}

// wikiHeaderCells returns the cells of a header row of wiki markup
// (Confluence's "||Name||Type||"), each after "||", and whether the
// trimmed line is one: two cells or more, every separator "||".
func wikiHeaderCells(t string) ([]string, bool) {
	if !strings.HasPrefix(t, "||") {
		return nil, false
	}
	cells := strings.Split(strings.TrimSuffix(strings.TrimPrefix(t, "||"), "||"), "||")
	for _, c := range cells {
		if strings.Contains(c, "|") {
			return nil, false
		}
	}
	return cells, len(cells) >= 2
}

// textileHeaderCells returns the cells of a Textile header row without
// their header marks ("_.", "_<.", "_\2."), and whether each cell that
// is not empty holds one.
func textileHeaderCells(cells []string) ([]string, bool) {
	out := make([]string, len(cells))
	for i, c := range cells {
		if c == "" {
			continue
		}
		m := textileHeaderMark.FindString(c)
		if m == "" {
			return nil, false
		}
		out[i] = strings.TrimSpace(c[len(m):])
	}
	return out, true
}

// textileHeaderMark matches the mark that opens a Textile header cell:
// "_", its alignment and span marks, and a dot.
var textileHeaderMark = regexp.MustCompile(`^_[<>=^~()\\/0-9]*\.\s*`)

// overRuler reports whether the line at i stands over a ruler
// (isRowRuler), one blank line apart or none.
func overRuler(lines []string, i int) bool {
	for j := i + 1; j < len(lines) && j <= i+2; j++ {
		switch t := strings.TrimSpace(lines[j]); {
		case isRowRuler(t):
			return true
		case t != "":
			return false
		}
	}
	return false
}

// pipeRowEnd returns the index of the last line of the row whose cells
// fit the table's of width columns (fits, given the row's text), or of
// the ruler, that starts at line i, and whether one does. In a table
// whose rows close with a pipe (closed), a row that does not goes on
// over the lines up to the one that closes it, none blank and none more
// than a few; in a table of open rows, one hard-wrapped goes on as
// wrappedOpenRowEnd tells. A row whose first line lacks cells goes on up
// to the line of the cells it lacks (cutRowEnd), which closes it in a
// closed table, its cells counted over its lines.
func pipeRowEnd(lines []string, i int, closed bool, width int, fits func(row string) bool) (int, bool) {
	if i >= len(lines) {
		return 0, false
	}
	t := strings.TrimSpace(lines[i])
	if isRowRuler(t) {
		return i, true
	}
	if !strings.Contains(t, "|") {
		return 0, false
	}
	if !fits(t) {
		k := cutRowEnd(lines, i, width)
		if k < 0 || closed && !ClosesRow(strings.TrimSpace(lines[k])) || !fits(joinedRow(lines[i:k+1])) {
			return 0, false
		}
		return k, true
	}
	if ClosesRow(t) {
		return i, true
	}
	if !closed {
		return wrappedOpenRowEnd(lines, i), true
	}
	for j := i + 1; j < len(lines) && j <= i+MaxBreakLines; j++ {
		l := strings.TrimSpace(lines[j])
		if l == "" || isRowRuler(l) || strings.Contains(strings.TrimSuffix(l, "|"), "|") {
			break
		}
		if ClosesRow(l) {
			return j, true
		}
	}
	return 0, false
}

// wrappedOpenRowEnd returns the index of the last line of a row of a
// table of open rows that starts at line i: the row goes on over the
// lines after it, none more than a few, that hold no pipe but a closing
// one (its last cell hard-wrapped), when a blank line follows the last
// of them, as in a table printed double-spaced; else it is line i alone.
func wrappedOpenRowEnd(lines []string, i int) int {
	for j := i + 1; j < len(lines) && j <= i+MaxBreakLines; j++ {
		l := strings.TrimSpace(lines[j])
		switch {
		case l == "":
			return j - 1
		case isRowRuler(l) || strings.Contains(strings.TrimSuffix(l, "|"), "|"):
			return i
		}
	}
	return i
}

// cutRowEnd returns the index of the last line of a row of a table of
// width columns that starts at line i, its first line short of cells,
// as the pipes style reads a row a hard wrap cut inside a cell: after at
// most MaxWrap lines without a pipe, none blank, a line that holds the
// cells the row lacks (CutRest) ends it. It returns -1 when none does.
func cutRowEnd(lines []string, i, width int) int {
	for k := i + 1; k < len(lines) && k <= i+MaxWrap+1; k++ {
		switch t := strings.TrimSpace(lines[k]); {
		case t == "" || isRowRuler(t):
			return -1
		case strings.Contains(t, "|"):
			if CutRest(pipeCells(lines[i]), PipeCells(t, width), width) {
				return k
			}
			return -1
		}
	}
	return -1
}

// joinedRow returns the text of a row written over lines, each trimmed,
// a space between each two.
func joinedRow(lines []string) string {
	parts := make([]string, len(lines))
	for k, l := range lines {
		parts[k] = strings.TrimSpace(l)
	}
	return strings.Join(parts, " ")
}

// spannedShort reports whether a row's cells (the cells of its first
// line) are those of a row of width cells that lost its leading ones to
// cells of the row above (up) that span it (rowspan), as a copy writes
// such a cell once: two cells or more, and fewer than width, none empty,
// the first a code (an integer, "-72103") where the row above holds one
// in that column, after leading cells of its own that hold text. Any
// other short row ends the run.
func spannedShort(up, cells []string, width int) bool {
	lost := width - len(cells)
	empty := func(c string) bool { return strings.TrimSpace(c) == "" }
	if len(cells) < 2 || lost < 1 || len(up) != width || slices.ContainsFunc(cells, empty) || slices.ContainsFunc(up[:lost], empty) {
		return false
	}
	code := func(c string) bool { return isWholeNumber(strings.TrimSpace(Unescaped(c))) }
	return code(cells[0]) && code(up[lost])
}

// emptyTail reports whether a row's cells, closed by a pipe, are those
// of a row of width cells whose last cells are empty and left unwritten,
// as a copy writes "409 | Conflict |": two cells or more and fewer than
// width, the first a code where the row above (up) holds one.
func emptyTail(up, cells []string, width int) bool {
	code := func(c string) bool { return isWholeNumber(strings.TrimSpace(Unescaped(c))) }
	return len(cells) >= 2 && len(cells) < width && len(up) == width && code(cells[0]) && code(up[0])
}

// startsOwnTable reports whether the row at line i is the header of a
// table of its own: the header of the run before it repeated, a row that
// names columns (isHeaderRow), or a row over a ruler.
func startsOwnTable(lines []string, i int, head []string) bool {
	if cells := pipeCells(lines[i]); slices.Equal(cells, head) || isHeaderRow(cells) {
		return true
	}
	return overRuler(lines, i)
}

// isRowRuler reports whether a trimmed line is the ruler under a pipe
// table's header: Markdown's, |---|---| or ---|---, or Org's, |---+---|.
func isRowRuler(t string) bool {
	return IsOrgRule(t) || strings.Contains(t, "|") && IsPipeRuler(t)
}

// IsOrgRule reports whether a trimmed line is the rule of an Org table,
// "|---+---|", "|-", its columns' alignment marks kept or not.
func IsOrgRule(t string) bool {
	return strings.HasPrefix(t, "|-") && strings.Trim(t, "|-+: ") == ""
}

// pipeCells splits a line at its pipes into cells (splitPipes), none
// when it holds no pipe.
func pipeCells(l string) []string {
	if !strings.Contains(l, "|") {
		return nil
	}
	return splitPipes(l)
}
