package pages

import "strings"

// A tab-separated writer that keeps a row on one line escapes what a cell
// holds that would cut it: jq's @tsv and a database's COPY write a line
// break of a cell as the two characters "\n" (a tab as "\t", a backslash
// as "\\"). A page dumped so shows "Workers sent to the pan,\n1 ~ 4
// entries" in a cell, where the cell had a line break, and its second
// line's facts are not read. A cell's line break reads as a space in
// every style.

// unescapeBreaks reads the "\n" inside a cell of a tab-separated row
// (one whose line holds a tab) as the line break a tab-separated writer
// escaped so, a space, with a warning at the row. A "\n" right after a
// backslash is the writer's escaped backslash before an "n": text, as
// written.
func (t *Table) unescapeBreaks(src Source) {
	for _, r := range t.Rows {
		if !strings.Contains(r.Raw, "\t") {
			continue
		}
		for k, c := range r.Cells {
			read, ok := escapedBreaksRead(c)
			if !ok {
				continue
			}
			src.Report.Warn(At(src.Name, r.Line), "the cell %q at line %d holds the two characters \\n, as a tab-separated writer (jq's @tsv, a database's COPY) writes a line break of a cell: read as a line break, %q", Clip(c), r.Line, Clip(read))
			r.Cells[k] = read
		}
	}
}

// escapedBreaksRead is cell with each escaped line break ("\n", not after
// a backslash) read as a space, and whether it held one. A cell without
// the two characters holds none and is returned as it is, with nothing
// built.
func escapedBreaksRead(cell string) (string, bool) {
	if !strings.Contains(cell, `\n`) {
		return cell, false
	}
	var b strings.Builder
	found := false
	for i := 0; i < len(cell); i++ {
		switch {
		case cell[i] == '\\' && i+1 < len(cell) && cell[i+1] == '\\':
			b.WriteString(`\\`)
			i++
		case cell[i] == '\\' && i+1 < len(cell) && cell[i+1] == 'n':
			b.WriteByte(' ')
			found = true
			i++
		default:
			b.WriteByte(cell[i])
		}
	}
	if !found {
		return cell, false
	}
	return strings.Join(strings.Fields(b.String()), " "), true
}
