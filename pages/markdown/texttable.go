package markdown

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// html2markdown (its table plugin) writes a table whose cell holds a
// line break (<br>) as text, not as pipes: the header a line of its
// column names, set apart by spaces or run together as the page wrote
// its <th>s ("Code Type Required Description", "CodeTypeRequired…"),
// then a paragraph per row, its cells' texts one after the other, an
// empty cell nothing, the break a hard line break ("  " at the line's
// end) in its paragraph:
//
//	`cents` `number` How far the bell is from its note.··
//	Positive is sharp. (from -50.0 to 50.0)
//
// Where the name and the type are code spans, as GearN's are, they
// tell the row's cells: each code span at the start is a cell, of the
// name and the type columns in their order, a requiredness word after
// them (lower case, as a description begins with no such word) the
// Required cell, and the rest the description. Any other table written
// so, its cells run together or of columns no code span tells, is
// refused at its header.

// codeSpanRe matches a code span at the start of a text, and the spaces
// after it.
var codeSpanRe = regexp.MustCompile("^`([^`]+)`[ \t]*")

// textHeader returns the header of a table that line t heads when it
// is the column names of a table and nothing else, in bold or not: set
// apart by spaces (every word a column's name) or run together
// (pages.RunTogetherHeader, "**Name****Type**" as bold <th>s run together).
func textHeader(t string) []string {
	t = strings.NewReplacer("**", "", "__", "").Replace(t)
	if strings.ContainsAny(t, "|`#*[") {
		return nil
	}
	words := strings.Fields(t)
	if len(words) >= 3 {
		cols, ok := pages.ColumnsOf(words)
		for _, c := range cols {
			ok = ok && c != pages.ColOther
		}
		if ok && (&pages.Table{Cols: cols}).Kind() != pages.KindUnknown {
			return words
		}
	}
	if len(words) == 1 {
		return pages.RunTogetherHeader(t)
	}
	return nil
}

// paragraphAt returns the lines of the paragraph that starts at line i,
// and the index of the line after it.
func paragraphAt(lines []string, i int) ([]string, int) {
	j := i
	for j < len(lines) && strings.TrimSpace(lines[j]) != "" && !pages.IsFence(lines[j]) && !strings.HasPrefix(strings.TrimSpace(lines[j]), "|") && !atxRe.MatchString(strings.TrimSpace(lines[j])) {
		j++
	}
	return lines[i:j], j
}

// nextLine is the index of the first line from i on that is not blank.
func nextLine(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return i
}

// textTableAt reads the table that html2markdown wrote as text from
// line i (see above), when its header is there: it returns the table,
// with a warning, and the index of the first line after its rows; a
// header over rows whose cells no code span tells is refused, and nil
// returned. The same header again under it (a page's repeated <th>
// row) is one header.
func textTableAt(src pages.Source, i int) (*pages.Table, int) {
	lines := src.Lines
	head := textHeader(strings.TrimSpace(lines[i]))
	if head == nil {
		return nil, i
	}
	j := nextLine(lines, i+1)
	if j < len(lines) && strings.TrimSpace(lines[j]) == strings.TrimSpace(lines[i]) {
		j = nextLine(lines, j+1)
	}
	if j >= len(lines) || strings.HasPrefix(strings.TrimSpace(lines[j]), "|") || pages.IsFence(lines[j]) || atxRe.MatchString(strings.TrimSpace(lines[j])) {
		return nil, i
	}
	cols, _ := pages.ColumnsOf(head)
	tb := &pages.Table{Line: i + 1, Header: head, Cols: cols}
	end, refused := textRows(src, j, tb)
	if refused {
		return nil, i
	}
	if len(tb.Rows) == 0 {
		src.Report.Fail(pages.At(src.Name, i+1), "line %d is the header of a table written as text (%s), a paragraph a row, as html2markdown writes a table whose cell holds a line break, and the cells of the row at line %d cannot be told: no code span sets its name and type apart, or a column other than a name's, a type's, a requiredness's and a description's has no mark. Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes", i+1, strings.Join(head, " | "), j+1)
		return nil, i
	}
	src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d (%s) is written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break: its rows' cells read by their code spans (the name, the type), a requiredness word after them and the description, an empty cell as nothing; convert with --opt-table-newline-behavior=preserve to keep it a table", i+1, strings.Join(head, " | "))
	return tb, end
}

// requirednessCell returns the requiredness word that begins the rest
// of a row written as text, and the rest after it: a word Requiredness
// reads, in lower case (a description begins with a capital, and may
// with "Optional if…") or of one letter (Y, N, O, X), set apart by a
// space or run together with a description that begins with a capital
// or a bracket ("trueHow the match ended", as html2markdown writes
// cells with nothing between their tags); "" and the whole rest when
// none begins it.
func requirednessCell(rest string) (string, string) {
	for _, w := range pages.RequirednessWords {
		if len(rest) < len(w) || !strings.EqualFold(rest[:len(w)], w) {
			continue
		}
		word, after := rest[:len(w)], rest[len(w):]
		if strings.ToLower(word) != word && len(word) > 1 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(after)
		if after == "" || r == ' ' || len(word) > 1 && (unicode.IsUpper(r) || r == '(') {
			return word, strings.TrimSpace(after)
		}
	}
	return "", rest
}

// textRestAt reads, from line i, the rows of the table written as text
// that last is, after a line of text cut them (a note between its
// rows): rows without a header, which pages.Read reads as the rest of
// the table before them.
func textRestAt(src pages.Source, i int, last *pages.Table) (*pages.Table, int) {
	lines := src.Lines
	if last == nil || !codeSpanRe.MatchString(strings.TrimSpace(lines[i])) {
		return nil, i
	}
	// A paragraph of text may begin with a code span ("`userId` must
	// be unique."): the rest's first row has every code span the
	// table's columns of names and types ask for.
	para, _ := paragraphAt(lines, i)
	cells := textRowCells(para, last.Cols)
	for k, c := range last.Cols {
		if cells == nil || (c == pages.ColName || c == pages.ColType) && cells[k] == "" {
			return nil, i
		}
	}
	probe := &pages.Table{Header: last.Header, Cols: last.Cols}
	end, refused := textRows(src, i, probe)
	if refused || len(probe.Rows) == 0 {
		return nil, i
	}
	return &pages.Table{Line: i + 1, Rows: probe.Rows}, end
}

// textRows reads into tb the rows written as paragraphs from line j on,
// up to the first paragraph that is no row, and returns the index of
// the line after the last row; a row whose description stands apart
// (apart) is refused, and told.
func textRows(src pages.Source, j int, tb *pages.Table) (int, bool) {
	lines := src.Lines
	end := j
	for j < len(lines) {
		para, after := paragraphAt(lines, j)
		if len(para) == 0 {
			break
		}
		cells := textRowCells(para, tb.Cols)
		if cells == nil {
			break
		}
		if apart(lines, after, tb.Cols, cells) {
			src.Report.Fail(pages.At(src.Name, j+1), "line %d is a row of the table at line %d, written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break; its description stands apart, in paragraphs of their own, and which paragraphs are whose row cannot be told. Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes", j+1, tb.Line)
			return after, true
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: j + 1, Raw: strings.Join(para, "\n"), Cells: cells})
		end = after
		j = nextLine(lines, after)
	}
	return end, false
}

// apart reports whether a row read as cells, whose table has a
// description column, has none, and a paragraph that is no row follows
// it: the page set its description apart (a cell of paragraphs), and
// which paragraphs are whose row cannot be told.
func apart(lines []string, after int, cols []pages.Column, cells []string) bool {
	k := len(cols) - 1
	if cols[k] != pages.ColDescription || cells[k] != "" {
		return false
	}
	next := nextLine(lines, after)
	if next >= len(lines) {
		return false
	}
	para, _ := paragraphAt(lines, next)
	return len(para) > 0 && textRowCells(para, cols) == nil
}

// textRowCells splits a row written as a paragraph under columns cols:
// nil when its cells cannot be told, as when no code span begins it or
// it has a column other than a name's, a type's, a requiredness's and a
// description's.
func textRowCells(para []string, cols []pages.Column) []string {
	parts := make([]string, len(para))
	for k, l := range para {
		parts[k] = strings.TrimSpace(l)
	}
	rest := strings.Join(parts, " ")
	if !codeSpanRe.MatchString(rest) {
		return nil
	}
	cells := make([]string, len(cols))
	for k, c := range cols {
		switch {
		case c == pages.ColName || c == pages.ColType || c == pages.ColCode && (k == 0 || cols[k-1] != pages.ColName):
			if m := codeSpanRe.FindStringSubmatch(rest); m != nil {
				cells[k] = m[1]
				rest = rest[len(m[0]):]
			}
		case c == pages.ColCode:
			// An enum's code, after its name: a code span or a whole
			// number.
			word, after, _ := strings.Cut(rest, " ")
			if m := codeSpanRe.FindStringSubmatch(rest); m != nil {
				cells[k], rest = m[1], rest[len(m[0]):]
			} else if _, err := strconv.Atoi(word); err == nil {
				cells[k], rest = word, strings.TrimSpace(after)
			} else {
				return nil
			}
		case c == pages.ColRequired:
			cells[k], rest = requirednessCell(rest)
		case c == pages.ColDescription:
			if k != len(cols)-1 {
				return nil
			}
			cells[k] = pages.Unescaped(pages.Unlinked(strings.TrimSpace(rest)))
		default:
			return nil
		}
	}
	if cells[0] == "" {
		return nil
	}
	return cells
}
