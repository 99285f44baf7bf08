package read

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// A section whose title promises a table (the request's headers,
// parameters or body, the response's body, its status codes, its detail
// codes) may hold its table as lines no style reads as one: cells one
// space apart that no reader splits, a table flattened into text. Such a
// section ends with text alone, and what its table documents would leave
// the schema without a word; its protocol refuses it at the first line
// that begins as a row of its table does (FieldRowShaped, CodeRow) or
// that is the names of its columns (columnNames), and keeps other text,
// prose that documents nothing, as the section's note.

// genericWordRe matches a type written as a generic one or an array:
// "List<String>", "Wreck[]".
var genericWordRe = regexp.MustCompile(`^[A-Za-z][\w.]*(?:<[^<>\s]+>|\[\])$`)

// FieldRowShaped reports whether a line of text begins as a row of a
// table of fields does: a member's name, then a type (typeWord), then
// more cells, or a member's name, its identifier, then a type and more
// cells ("Player playerId String Y"), neither a word prose begins with;
// a code span around a name or a type is markup ("`userId` `string`
// true").
func FieldRowShaped(line string) bool {
	// Its first four words tell it: they are split off alone.
	var held [4]string
	words := held[:0]
	for w := range strings.FieldsSeq(rowText(line)) {
		if words = append(words, w); len(words) == len(held) {
			break
		}
	}
	if len(words) < 3 || !pages.IsNameCell(words[0]) {
		return false
	}
	if typeWord(words[1]) {
		return true
	}
	return len(words) >= 4 && !proseStarts[strings.ToLower(words[0])] && !proseStarts[strings.ToLower(words[1])] && pages.IsNameCell(words[1]) && typeWord(words[2])
}

// typeWord reports whether a word is a type as a table of fields writes
// it: a primitive in any of its spellings, a generic type or an array.
func typeWord(w string) bool {
	_, primitive := primitiveOf(w)
	return primitive || genericWordRe.MatchString(w)
}

// rowWords are the words of a line of text read as a row's cells
// (rowText).
func rowWords(line string) []string {
	return strings.Fields(rowText(line))
}

// rowText is a line of text read as a row's cells, the numbers of its
// links, the marks of its code spans and the pipes between its cells (a
// pipe row no table took) dropped.
func rowText(line string) string {
	return pages.Unnumbered(rowMarks.Replace(line))
}

// rowMarks drops the marks of code spans and sets the pipes between
// cells apart; built once, as a Replacer builds its table on first use.
var rowMarks = strings.NewReplacer("`", "", "|", " ")

// CodeRow reports whether a line of text reads as a row of a table of
// status or detail codes does (a code, then text, or a code alone), and
// the text after its code ("" for a code alone), by pages.SplitCode, the
// links' numbers dropped, or as such a row whose cells run together, as
// a DOM's textContent gives a table (runCodeRowRe: "200Normal
// ResponseNormal", "470-73001Transfer locked…"). It is the one rule both
// protocols' readers tell such a row by, in a section that holds no
// table and after a table that did not take it.
func CodeRow(line string) (text string, ok bool) {
	line = strings.TrimSpace(pages.Unnumbered(line))
	if _, text, ok = pages.SplitCode(line); ok {
		return text, true
	}
	if m := runCodeRowRe.FindStringSubmatch(line); m != nil {
		return m[3], true
	}
	return "", false
}

// runCodeRowRe matches a row of a table of codes whose cells run
// together: a status code of three digits (group 2), a signed detail
// code or not ("470-73001", group 3), then text that begins with a
// capital letter right after the last digit (group 1). A number that
// runs into a word in lower case ("200ms", "404s") is no row.
var runCodeRowRe = regexp.MustCompile(`^([1-5][0-9]{2})([-+][0-9]+)?(\p{Lu}.*)$`)

// detailCodeRe matches a cell that is a signed detail code ("-73001").
var detailCodeRe = regexp.MustCompile(`^[-+][0-9]+$`)

// RunTogetherCodeRow reports whether a line of text is a row of a table
// of codes whose cells run together (runCodeRowRe), and its status code
// and its detail code ("" where it has none): a code run into its text,
// which no sentence writes, so a row even where it stands alone.
func RunTogetherCodeRow(line string) (status, detail string, ok bool) {
	m := runCodeRowRe.FindStringSubmatch(strings.TrimSpace(pages.Unnumbered(line)))
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// A TablelessSection is a section whose title promises a table and that
// holds text alone, as a protocol's reader closes it.
type TablelessSection struct {
	// Title names the section as its reader does ("Request Body
	// section"), at Line, the line of its title.
	Title string
	Line  int
	// Columns is the header row its table takes ("Name | Type |
	// Mandatory | Description").
	Columns string
	// Codes is set when its table lists codes (CodeRow), not fields
	// (FieldRowShaped).
	Codes bool
	// Text is its lines.
	Text []pages.Block
	// PDFText tells that the page is a PDF's text (pages.PDFTextOf),
	// which keeps no table's cells: the refusal says what to read
	// instead.
	PDFText pages.PDFText
}

// Refuse refuses the section, as an error at the first line of its text
// that begins as a row of its table does, and reports whether it did: a
// table no style read, whose facts would leave the schema without a
// word. It is the one refusal both protocols' readers give such a
// section, and it stands alone: the lines it refuses are no more warned
// of. On a page that is a PDF's text (PDFText) it says so, and what to
// read instead (pages.PDFTextAdvice).
func (s TablelessSection) Refuse(page string, rep *pages.Reporter) bool {
	shaped, what := FieldRowShaped, "a name, then a type"
	if s.Codes {
		shaped, what = func(l string) bool { _, ok := CodeRow(l); return ok }, "a code, then text, or a code alone"
	}
	k := slices.IndexFunc(s.Text, func(l pages.Block) bool { return shaped(l.Text) })
	h := columnNames(s.Text)
	if k < 0 && h < 0 {
		return false
	}
	fix := fmt.Sprintf("but the section holds no table docs2go reads: what it lists would be left out of the schema. Write the section's table with its cells set apart (pipes, or two spaces or a tab between them), a row a line, its header row (%s) over its rows", s.Columns)
	if s.PDFText != (pages.PDFText{}) {
		fix = fmt.Sprintf("but the section holds no table docs2go reads: what it lists would be left out of the schema. The page is %s, which keeps no table's cells. %s, or write the section's table with its cells set apart (pipes, or two spaces or a tab between them), a row a line, its header row (%s) over its rows", s.PDFText, pages.PDFTextAdvice, s.Columns)
	}
	if h >= 0 && (k < 0 || h < k) {
		l := s.Text[h]
		rep.FailKnowing(schema.KnowsSection, pages.At(page, l.Line), "line %d (%q) is the names of a table's columns written as text (the header row of a table whose cells no style set apart), in the %s at line %d, %s", l.Line, pages.Clip(l.Text), s.Title, s.Line, fix)
		return true
	}
	l := s.Text[k]
	rep.FailKnowing(schema.KnowsSection, pages.At(page, l.Line), "line %d (%q) begins as a row of a table does (%s), in the %s at line %d, %s", l.Line, pages.Clip(l.Text), what, s.Title, s.Line, fix)
	return true
}

// columnNames returns the index of the first line of text that is a
// table's header row written as text, -1 where none is: a line of
// column words alone that names a table of fields as no prose begins
// (pages.HeaderCells: "Name Type Mandatory Description"), or two lines
// or more in a row, each column words alone, that together name a
// member's or a code's column and a type's or a requiredness's
// ("Name" / "Type Mandatory": a header row a cell a line, as a PDF's
// text or a text browser sets it).
func columnNames(text []pages.Block) int {
	for i := range text {
		var cells []string
		end := i
		for end < len(text) && (end == i || text[end].Line == text[end-1].Line+1) {
			words := columnWords(text[end].Text)
			if words == nil {
				break
			}
			cells = append(cells, words...)
			end++
		}
		if end-i == 1 && pages.HeaderCells(cells) || end-i >= 2 && namesFields(cells) {
			return i
		}
	}
	return -1
}

// columnWords returns the words of a line of text when each is a column
// word (pages.ColumnOf), or the line whole when it names a column
// (pages.HeaderColumn: "Status Code Description"); nil otherwise.
func columnWords(line string) []string {
	words := strings.Fields(line)
	if len(words) == 0 {
		return nil
	}
	if !slices.ContainsFunc(words, func(w string) bool { return pages.ColumnOf(w) == pages.ColOther }) {
		return words
	}
	if pages.HeaderColumn(strings.TrimSpace(line)) != pages.ColOther {
		return []string{strings.TrimSpace(line)}
	}
	return nil
}

// namesFields reports whether two cells or more name a member's or a
// code's column and a type's or a requiredness's, or end with a
// description's, each a column's name (pages.HeaderColumn: "Name" /
// "Type Mandatory", "Status Code" / "Description").
func namesFields(cells []string) bool {
	cols := make([]pages.Column, len(cells))
	for i, c := range cells {
		cols[i] = pages.HeaderColumn(c)
	}
	has := func(c pages.Column) bool { return slices.Contains(cols, c) }
	return len(cols) >= 2 && !has(pages.ColOther) && (has(pages.ColName) || has(pages.ColCode)) && (has(pages.ColType) || has(pages.ColRequired) || cols[len(cols)-1] == pages.ColDescription)
}

// HeaderCellTitle reports whether a line that reads as a section's title
// ("Description") is the last cell of the header row of the section's
// table, written a cell a line as a PDF's text or a text browser sets a
// table whose structure it lost: the line names one column
// (pages.HeaderColumn), it stands right after the last line of the
// section's text, and that line and those right before it, one after
// another, are column words alone that, with it, name a table
// (namesFields: "Name" / "Type Mandatory" / "Description"). Such a line
// is no title: the rows under it are the section's, which its protocol
// refuses (TablelessSection) rather than let another section drop them.
func HeaderCellTitle(text []pages.Block, title pages.Block) bool {
	if pages.HeaderColumn(strings.TrimSpace(title.Text)) == pages.ColOther {
		return false
	}
	cells := []string{strings.TrimSpace(title.Text)}
	for i, line := len(text)-1, title.Line; i >= 0 && text[i].Line == line-1; i-- {
		words := columnWords(text[i].Text)
		if words == nil {
			break
		}
		cells, line = append(slices.Clone(words), cells...), text[i].Line
	}
	return len(cells) > 1 && namesFields(cells)
}

// A table's style may leave one of its rows as text: a text browser sets
// a list in a cell over lines of their own, with blank lines between, and
// the row after the list no longer lines up with its table; an editor's
// paste breaks a row off; an author or a scrape sets a table's last rows
// under a title of their own, without its header row. Such a line, after
// a table of fields and before the next table, that begins as a row of it
// does and that no row of the page's tables states (its name with its
// type: requests and responses share names, "userId", each with its own
// row), is a row no table took, and what it documents would leave the
// schema without a word; so is a line anywhere on a page that is a row of
// a table of codes whose cells run together ("465-66001Memo limit
// exceeded…": a code run into its text, as no sentence writes one), one
// alone as well as many, that no row of the page's tables states (its
// codes). StrayRows refuses either at its line, on both protocols'
// pages: the one decision of a row shaped line no table took, for every
// style that leaves such a row as text.

// proseStarts are the words a sentence may begin with before a type's
// name ("a string of …", "each integer …"): no member's name.
var proseStarts = map[string]bool{"a": true, "an": true, "the": true, "any": true, "each": true, "every": true, "one": true, "no": true, "this": true, "that": true, "its": true, "if": true, "as": true, "or": true, "and": true, "of": true, "is": true, "be": true, "in": true, "on": true, "to": true}

// StrayRows reports, as errors at their lines, the lines of text that
// begin as a row of a table of fields does (FieldRowShaped, a name in
// lower case first), after such a table (its members' names and their
// types) with only text between them, whose name and type no row of the
// page's tables states together, or, after a header row that took no
// rows (a header shifted against its rows, which no reader lined up),
// whatever its name's case and whatever the page's other tables state:
// the page's other endpoints list the same headers, and those rows are
// this header's own; and the lines that are a row of a table
// of codes whose cells run together (RunTogetherCodeRow), wherever they
// stand, whose codes no row of the page's tables states.
func StrayRows(page string, items []pages.Block, rep *pages.Reporter) {
	// stated are the rows of the page's tables, as their name and the
	// first word of their type ("" in a table without types), gathered
	// at the first line that may be a stray row: most pages have none.
	var stated map[[2]string]bool
	statedRow := func(name, typ string) bool {
		if stated == nil {
			stated = statedRows(items)
		}
		return stated[[2]string{name, typ}]
	}
	var last *pages.Table
	for _, it := range items {
		if t := it.Table; t != nil {
			last = nil
			if t.Has(pages.ColType) && (t.Has(pages.ColName) || t.Kind() == pages.KindFields) {
				last = t
			}
			continue
		}
		if status, detail, ok := RunTogetherCodeRow(it.Text); ok {
			if !statedRow(status, detail) {
				rep.Fail(pages.At(page, it.Line), "line %d (%q) is a row of a table of codes whose cells run together (a code, then its text with no space between, as no sentence writes it), but no table took it, and no table of the page has a row of code %s: what it documents would be left out of the schema. Write it as a row of its table, under the table's header row, or write the page's table with its cells set apart (a tab or pipes between them)", it.Line, pages.Clip(it.Text), strings.TrimSpace(status+" "+detail))
			}
			continue
		}
		if last == nil || !FieldRowShaped(it.Text) {
			continue
		}
		words := rowWords(it.Text)
		name := words[0]
		if proseStarts[strings.ToLower(name)] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(name); len(last.Rows) > 0 && (!unicode.IsLower(r) || statedRow(name, words[1])) {
			continue
		}
		if len(last.Rows) == 0 {
			rep.Fail(pages.At(page, it.Line), "line %d (%q) begins as a row of the table at line %d does (a name, then a type), but that table's header row took no rows, its cells out of the columns of the lines under it, and no table took this one: what it documents would be left out of the schema. Set the header row over its rows' cells, each column's name where the rows start its cells", it.Line, pages.Clip(it.Text), last.Line)
			continue
		}
		rep.Fail(pages.At(page, it.Line), "line %d (%q) begins as a row of the table at line %d does (a name, then a type), but no table took it, and no table of the page has a member %s of type %s: what it documents would be left out of the schema. Write it as a row of that table, its cells set apart as the table's are, under its header row", it.Line, pages.Clip(it.Text), last.Line, name, words[1])
	}
}

// statedRows gives the rows of the tables of items as their name and the
// first word of their type ("" in a table without types), or, in a table
// of codes whose second cell is a signed detail code, their code and
// that code ("470", "-73001").
func statedRows(items []pages.Block) map[[2]string]bool {
	stated := map[[2]string]bool{}
	for _, it := range items {
		if it.Table == nil {
			continue
		}
		ti := slices.Index(it.Table.Cols, pages.ColType)
		for _, r := range it.Table.Rows {
			if len(r.Cells) == 0 {
				continue
			}
			typ := ""
			if ti > 0 && ti < len(r.Cells) {
				if w := rowWords(r.Cells[ti]); len(w) > 0 {
					typ = w[0]
				}
			}
			if c := strings.TrimSpace(r.Cells[min(1, len(r.Cells)-1)]); ti < 0 && detailCodeRe.MatchString(c) {
				typ = c
			}
			if w := rowWords(r.Cells[0]); len(w) > 0 {
				stated[[2]string{w[0], typ}] = true
			}
		}
	}
	return stated
}
