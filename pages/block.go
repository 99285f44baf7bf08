// Package pages holds what every page style reads a scraped page into:
// its lines, decoded and made clean, without what mail and office suites
// leave in them, each at its page line (ReadText), and blocks (lines of
// text, and tables of rows and cells, each with its line); the rows a
// spreadsheet writes as delimited text (ReadRecord); the Style interface,
// detection among styles, and the reporter of located warnings and
// errors. It knows no vendor's words.
package pages

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page is read in two steps. First its style reads its lines into
// blocks: lines of text, and tables with their header and rows (a
// package per style). Then the protocol of the API interprets the blocks
// (parser's protocols).

// Column is what a table column holds.
type Column int

const (
	ColOther Column = iota
	ColName
	ColCode
	ColType
	ColRequired
	ColDescription
)

// ColumnWords are the words a header cell names its column with, in
// English and in Korean. Every style and every protocol tells a column
// by them (ColumnOf).
var ColumnWords = map[string]Column{
	"name":        ColName,
	"parameter":   ColName,
	"param":       ColName,
	"field":       ColName,
	"key":         ColName,
	"이름":          ColName,
	"항목":          ColName,
	"파라미터":        ColName,
	"파라미터명":       ColName,
	"필드":          ColName,
	"필드명":         ColName,
	"code":        ColCode,
	"코드":          ColCode,
	"type":        ColType,
	"타입":          ColType,
	"유형":          ColType,
	"자료형":         ColType,
	"데이터 타입":      ColType,
	"required":    ColRequired,
	"mandatory":   ColRequired,
	"필수":          ColRequired,
	"필수 여부":       ColRequired,
	"필수여부":        ColRequired,
	"description": ColDescription,
	"설명":          ColDescription,
	"비고":          ColDescription,
}

// OtherColumn is what a column of no Column kind holds, among those the
// readers know: other docs' columns beside a field's facts.
type OtherColumn int

const (
	OtherUnknown    OtherColumn = iota
	OtherVersion                // the version a member came in: Since, Version
	OtherExample                // an example value
	OtherDefault                // the value an absent member takes
	OtherDeprecated             // a mark that the member is deprecated
)

// OtherColumnWords are the headers of the columns OtherColumn tells, in
// lower case, single-spaced.
var OtherColumnWords = map[string]OtherColumn{
	"since": OtherVersion, "version": OtherVersion, "added": OtherVersion, "added in": OtherVersion, "버전": OtherVersion,
	"example": OtherExample, "examples": OtherExample, "example value": OtherExample, "sample": OtherExample,
	"예시": OtherExample, "예제": OtherExample,
	"default": OtherDefault, "default value": OtherDefault, "기본값": OtherDefault, "기본 값": OtherDefault,
	"deprecated": OtherDeprecated,
}

// OtherColumnOf is what the column a header cell names holds, for a
// column of no Column kind; OtherUnknown for a column of no kind the
// readers know.
func OtherColumnOf(header string) OtherColumn {
	c := strings.TrimSpace(CellText(header))
	if len(c) > maxColumnWord {
		return OtherUnknown
	}
	// Lowered and single-spaced in a buffer, without allocating: it runs
	// on every cell a style that tells a header by its words rates.
	var buf [maxColumnWord]byte
	b := buf[:0]
	for i := 0; i < len(c); i++ {
		ch := lowerASCII(c[i])
		if ch == ' ' || ch == '\t' {
			if len(b) > 0 && b[len(b)-1] == ' ' {
				continue
			}
			ch = ' '
		}
		b = append(b, ch)
	}
	return OtherColumnWords[string(b)]
}

// ColumnOf is the column a header cell names: a column word, or column
// words in two languages ("Name (이름)", "이름/Name", "필수 여부(Mandatory)")
// that name the same column, with notes in parentheses ("필수 여부 (Y/N)"),
// in emphasis or a code span (CellText); ColOther for any other cell, a
// path among them ("/referral/code" names an endpoint, not a Code column).
func ColumnOf(cell string) Column {
	c := CellText(strings.TrimSpace(cell))
	if k, ok := columnWord(c); ok {
		return k
	}
	if !strings.ContainsAny(c, "()/") || strings.HasPrefix(c, "/") {
		return ColOther
	}
	k := ColOther
	differ := AnyPart(c, func(part string) bool {
		switch pk, _ := columnWord(part); {
		case pk == ColOther:
		case k != ColOther && pk != k:
			return true
		default:
			k = pk
		}
		return false
	})
	if differ {
		return ColOther
	}
	return k
}

// AnyPart reports whether f holds for a part of a header cell between its
// parentheses and slashes, trimmed ("Name", "이름" of "Name (이름)"),
// calling f on each in turn up to the first it holds for.
func AnyPart(cell string, f func(part string) bool) bool {
	for rest := cell; rest != ""; {
		part := rest
		if i := strings.IndexAny(rest, "()/"); i >= 0 {
			part, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if f(strings.TrimSpace(part)) {
			return true
		}
	}
	return false
}

// maxColumnWord bounds the length of a column word in bytes.
const maxColumnWord = 32

// columnWord looks a word up among ColumnWords in any case, without
// allocating: it runs on every short line of every page a style rates.
func columnWord(w string) (Column, bool) {
	if len(w) > maxColumnWord {
		return ColOther, false
	}
	var buf [maxColumnWord]byte
	b := buf[:len(w)]
	for i := range len(w) {
		b[i] = lowerASCII(w[i])
	}
	k, ok := ColumnWords[string(b)]
	return k, ok
}

// conditionRe matches a requiredness that states a condition.
var conditionRe = regexp.MustCompile(`^(?i:optional|required|mandatory|conditional)\b.*\s`)

// IsCondition reports whether a cell is a requiredness that states a
// condition: "Optional if …", "Required when …". A cell that begins with
// no word of conditionRe's first letter, in either case (none has
// another under Unicode's folding), is none: the pattern, which a reader
// tries at every place a Required cell may start, is not run on it.
func IsCondition(cell string) bool {
	return cell != "" && strings.IndexByte("ormcORMC", cell[0]) >= 0 && conditionRe.MatchString(cell)
}

// Block is a line of text or a table.
type Block struct {
	Line  int
	Text  string // a text line, trimmed; empty for a table
	Table *Table
}

type Table struct {
	Line   int
	Header []string
	Cols   []Column
	Rows   []*Row
	// Continues is the table right before this one, with no text between
	// them, when this one has its columns (or no header of its own and
	// its width): a page break may have cut one table in two, or a
	// heading between two tables may be lost. Interpretation decides.
	Continues *Table
	// Resumes is the table before this one, with a few text lines
	// between them, when this one repeats its header: the lines may be
	// what a page break leaves (a footer, a page number) in the middle of
	// one table, or the heading and the words that introduce another.
	// Interpretation, which knows a heading, decides.
	Resumes *Table
	// AfterBreak is set when a page mark ("Page 3 of 4") stood right
	// before the table, or among the lines between it and Resumes: a
	// page break cut the page there.
	AfterBreak bool
	// NoHeader is set when the table has no header row of its own: it
	// has the header of the table it continues or resumes.
	NoHeader bool
	// Terms is set when the table is a list of terms the page wrote
	// without a header row (an HTML definition list): its header is the
	// style's, naming the columns its terms fill.
	Terms bool
	// Narrowed is set when the table's rows lost a column of the table
	// they continue or resume, empty in all of them, as a converter drops
	// such a column (restWithoutColumn): Read put their empty cells back.
	// Such a table is that table's rest.
	Narrowed bool
	// Numbered is set when the table's first column numbered its rows,
	// and was dropped (dropNumbering).
	Numbered bool
	// Glued are the ways the first cell of its header row may be a
	// title run into a column word, a copy having lost the line break
	// after the title (GluedSplits): interpretation, which knows the
	// titles, decides whether it is one.
	Glued []Glued
	// Wrapped are the lines right under the table's header, before its
	// first row, that begin no row but go on a description, each a row
	// of one cell: the rest of the last row of the table before with
	// these columns, which a page break cut there and printed the header
	// again (Read joins them to that row). Such a table is that table's
	// rest.
	Wrapped []*Row
	// Unquoted is the separator a tool parted the table's cells with,
	// writing a cell that holds it with no quotes (HTML::TableExtract's
	// rows joined with commas); 0 for a style that quotes or escapes
	// it. Read mends or refuses a row wider than the header
	// (joinParted, unquotedParting).
	Unquoted byte
}

type Row struct {
	Line  int
	Raw   string
	Cells []string
	// Lost are the columns whose cell the row lost, which its style
	// tells from an empty one (a text browser prints both as nothing,
	// but the column's other rows fill theirs): the cell is empty, and
	// its reader makes its fact a hole, unless the pages give it
	// elsewhere.
	Lost []Column
	// Paragraphs are the lines of text of its own that its style joined
	// to the row's last cell where each begins a sentence after one that
	// ends (a capital after a full stop or a blank line), each with the
	// lines that go on it: a cell's second paragraph, or a note that cut
	// the table, which the form does not tell apart. Its protocol's
	// reader warns of one that changes what the description states
	// (read.WarnParagraphFacts).
	Paragraphs []Block
	// CellParagraphs are the paragraphs of each cell its page wrote in
	// several where its style keeps the breaks between them (<p>s or
	// <br>s in an HTML cell, an HTML line break in a wiki's or a
	// Markdown table's cell), by the cell's text, which joins them with a
	// space. A reader that takes a value a cell begins with (a header's
	// format) takes it from the first paragraph (FirstParagraph); where a
	// style lost the breaks, it can tell a paragraph run on by its words
	// alone.
	CellParagraphs map[string][]string
}

// FirstParagraph is the first paragraph of a cell of the row, given by
// its text, and true, where its style kept the breaks between the
// cell's paragraphs and it has several; else the text and false.
func (r *Row) FirstParagraph(cell string) (string, bool) {
	if ps := r.CellParagraphs[cell]; len(ps) > 1 {
		return ps[0], true
	}
	return cell, false
}

// KeepParagraphs notes on the row the paragraphs of its cell whose text
// is cell, where they are several.
func (r *Row) KeepParagraphs(cell string, paragraphs []string) {
	if len(paragraphs) < 2 || cell == "" {
		return
	}
	if r.CellParagraphs == nil {
		r.CellParagraphs = map[string][]string{}
	}
	r.CellParagraphs[cell] = paragraphs
}

// CutInTwo reports whether this table is the rest of the table before
// it, cut in two: a page mark stood between them and this one has that
// one's columns, or this one has no header row of its own and that one's
// width, with nothing but blank lines between them (a Markdown table cut
// by a blank line), where no heading can have been lost, or the text
// under its header goes on the last row of that one (Wrapped), as no
// table's first row does, or its rows lost a column of that one, empty in
// all of them (Narrowed), as no table of its own does.
func (t *Table) CutInTwo() bool {
	return (t.AfterBreak || len(t.Wrapped) > 0 || t.Narrowed) && (t.Continues != nil || t.Resumes != nil) || t.NoHeader && t.Continues != nil
}

// Has reports whether the table has a column of kind c.
func (t *Table) Has(c Column) bool {
	for _, k := range t.Cols {
		if k == c {
			return true
		}
	}
	return false
}

// valueWords are the header words of a column of values.
var valueWords = map[string]bool{"value": true, "값": true}

// codesOfValues makes the column of values of a table of names (Name |
// Value | [Description], Key | Value) its code column where each of its
// cells is a whole number: an enum table that heads its codes "Value".
// A table with a code or a type column, or whose values are not all
// whole numbers (a header's value, "application/json"), keeps its
// columns.
func (t *Table) codesOfValues() {
	if len(t.Rows) == 0 || !t.Has(ColName) || t.Has(ColCode) || t.Has(ColType) {
		return
	}
	for i, h := range t.Header {
		if i >= len(t.Cols) || t.Cols[i] != ColOther || !valueWords[strings.ToLower(CellText(strings.TrimSpace(h)))] {
			continue
		}
		for _, r := range t.Rows {
			if i >= len(r.Cells) || !isWholeNumber(CellText(strings.TrimSpace(r.Cells[i]))) {
				return
			}
		}
		t.Cols = slices.Clone(t.Cols)
		t.Cols[i] = ColCode
		return
	}
}

// isWholeNumber reports whether s is a whole number, signed or not.
func isWholeNumber(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Kind tells what a table documents, from its columns.
type Kind int

const (
	KindUnknown Kind = iota
	KindHeaders      // Name | [Type] | Required | Description
	KindFields       // Code | Type | [Required] | Description
	KindEnum         // Name | Code | [Description]
)

func (t *Table) Kind() Kind {
	switch {
	case t.Terms && t.Has(ColType):
		// Terms with their types are fields; headers listed with
		// their types are told by the title of their section.
		return KindFields
	case t.Has(ColCode) && t.Has(ColType):
		return KindFields
	case t.Has(ColName) && t.Has(ColCode):
		return KindEnum
	case t.Has(ColName) && t.Has(ColRequired):
		return KindHeaders
	}
	return KindUnknown
}

func ColumnsOf(cells []string) ([]Column, bool) {
	cols := make([]Column, len(cells))
	known := 0
	for i, c := range cells {
		cols[i] = ColumnOf(c)
		if cols[i] != ColOther {
			known++
		}
	}
	return cols, known >= 2
}

// rulerCell is a cell of a ruler that needs pipes to be one: two dashes,
// or one or more beside the colons that align the column (":--", ":-:",
// "--:", as turndown and GitHub write an aligned column).
const rulerCell = `(?::-+:?|-+:|-{2,})`

var (
	mdRuler = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	// alignedRuler matches a ruler of shorter cells (rulerCell), between
	// pipes: a leading one, or one between two cells.
	alignedRuler = regexp.MustCompile(`^\s*(?:\|\s*` + rulerCell + `\s*(?:\|\s*` + rulerCell + `\s*)*\|?|` + rulerCell + `\s*(?:\|\s*` + rulerCell + `\s*)+\|?)\s*$`)
	// consoleRuler matches psql's ruler: dashes, columns met by "+".
	consoleRuler = regexp.MustCompile(`^\s*-{2,}(?:\+-{2,})+\s*$`)
)

// IsRuler reports whether a line is a table ruler: |---|---|, whose
// cells have three dashes at least, or between pipes cells of two
// characters at least, one a dash at least, the colons aligning their
// columns (| :-- | :-: | --: |). A line of single dashes (| - | - |) is
// a row of empty cells, as a table writes them.
func IsRuler(line string) bool {
	if !strings.Contains(line, "-") || strings.Trim(line, " \t|:-") != "" {
		return false // a ruler holds no other character
	}
	return strings.Contains(line, "---") && mdRuler.MatchString(line) || strings.Contains(line, "|") && alignedRuler.MatchString(line)
}

// IsPipeRuler reports whether a line is a ruler with a pipe, as under the
// header of a table with more than one column: |---|---| or ---|---; or
// the ruler a database console (psql) draws there, its columns meeting
// at a plus: ----+----.
func IsPipeRuler(line string) bool {
	if strings.Contains(line, "|") {
		return IsRuler(line)
	}
	return strings.Contains(line, "-+-") && consoleRuler.MatchString(line)
}

// SplitPipes splits a Markdown or pipe-separated row into cells. Leading
// and trailing pipes are dropped; `\|` is a literal pipe, and the
// backslash escapes of each cell are decoded (Unescaped).
func SplitPipes(s string) []string {
	cells := splitPipes(s)
	for i, c := range cells {
		cells[i] = Unescaped(c)
	}
	return cells
}

// wikiLink are the marks of a wiki's link, "[[target|text]]" (DokuWiki,
// Confluence's wiki markup, MediaWiki's "[[page|text]]"), whose pipe is
// its text's, not a separator of the row it stands in: a page in such a
// wiki's markup that its own style does not claim (no heading, no header
// row of its marks) is read as pipe-separated text.
var wikiLink = [][2]string{{"[[", "]]"}}

// splitPipes splits a row as SplitPipes does, but leaves the backslash
// escapes of its cells as they are written. A pipe inside a wiki's link
// (wikiLink) splits no cell.
func splitPipes(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	var cells []string
	start := 0
	cell := func(end int) {
		cells = append(cells, strings.TrimSpace(s[start:end]))
	}
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '|':
			i++
		case s[i] == '[':
			if end := ProtectedEnd(s, i, wikiLink); end > 0 {
				i = end - 1
			}
		case s[i] == '|':
			cell(i)
			start = i + 1
		}
	}
	cell(len(s))
	return cells
}

// Unescaped decodes the backslash escapes of Markdown in a cell's text:
// as CommonMark has it, a backslash before an ASCII punctuation
// character is that character ("List\<String\>" is List<String>,
// "user\_id" user_id, "\\" a backslash), and a backslash before
// anything else is itself. In a code span ("`a\_b`") a backslash is
// itself, but for the escaped pipe a table cell writes there too.
func Unescaped(c string) string {
	if strings.IndexByte(c, '\\') < 0 {
		return c
	}
	var b strings.Builder
	for i := 0; i < len(c); i++ {
		switch {
		case c[i] == '`':
			n := backtickRun(c, i)
			end := closingRun(c, i+n, n)
			if end < 0 {
				b.WriteString(c[i : i+n])
				i += n - 1
				continue
			}
			b.WriteString(strings.ReplaceAll(c[i:end+n], `\|`, "|"))
			i = end + n - 1
		case c[i] == '\\' && i+1 < len(c) && isASCIIPunct(c[i+1]):
			b.WriteByte(c[i+1])
			i++
		default:
			b.WriteByte(c[i])
		}
	}
	return b.String()
}

// backtickRun is the length of the run of backticks at c[i:].
func backtickRun(c string, i int) int { return runOf(c, i, '`') }

// runOf is the length of the run of the byte b at c[i:].
func runOf(c string, i int, b byte) int {
	n := 0
	for i+n < len(c) && c[i+n] == b {
		n++
	}
	return n
}

// closingRun returns where a run of exactly n backticks starts in c from
// i on, closing a code span, or -1.
func closingRun(c string, i, n int) int {
	for i < len(c) {
		j := strings.IndexByte(c[i:], '`')
		if j < 0 {
			return -1
		}
		m := backtickRun(c, i+j)
		if m == n {
			return i + j
		}
		i += j + m
	}
	return -1
}

// isASCIIPunct reports whether b is an ASCII punctuation character, as
// CommonMark lets a backslash escape.
func isASCIIPunct(b byte) bool {
	return b >= '!' && b <= '/' || b >= ':' && b <= '@' || b >= '[' && b <= '`' || b >= '{' && b <= '~'
}

// ClosesRow reports whether a row of pipes ends with a pipe that is no
// escaped one: in a table whose header does, a row that does not goes on
// at the next line.
func ClosesRow(r string) bool {
	return strings.HasSuffix(r, "|") && !strings.HasSuffix(r, `\|`)
}

// OnlyPipes reports whether a line holds pipes and spaces only ("|",
// "| |"): the empty last cells and the closing pipe of a row a wrap cut,
// which no row of its own is.
func OnlyPipes(l string) bool {
	return strings.Contains(l, "|") && strings.Trim(l, "| \t") == ""
}

// codeRe matches a cell that is a code: a number, or a range of status
// codes with a note ("4xx (custom status)").
var codeRe = regexp.MustCompile(`^(?:-?\d+|[1-5][xX]{2})(?:\s*\([^()]*\))?$`)

// StartsRow reports whether a line of pipes inside a table of width
// columns starts a row of its own: it has the table's cells, the first a
// name or a code ("badge | Integer | N | Badge count |", "404 | Not
// Found |", "4xx (custom status) | Refused |"). It tells a row after one
// that lost its closing pipe from the rest of that row wrapped onto the
// next line (its last cell's text, or its closing pipe alone), which has
// fewer cells.
func StartsRow(line string, width int) bool {
	if !strings.Contains(line, "|") {
		return false
	}
	cells := SplitPipes(line)
	return len(cells) == width && (IsNameCell(cells[0]) || codeRe.MatchString(cells[0]))
}

// CutRest reports whether a row's cells are the rest of the row before,
// cut inside a cell: the row before lacks cells, the first of this one is
// no name or code but text, and with it the row has no more than the
// table's cells (a closing pipe ends the last). Every reader of rows
// without a closing pipe tells a wrapped row's rest with it.
func CutRest(before, cells []string, width int) bool {
	return len(before) < width && len(cells) < width && len(before)+len(cells)-1 <= width && !IsNameCell(cells[0]) && strings.Contains(cells[0], " ")
}

// MaxWrap is the number of lines after its own a row of pipes goes on at
// when a scrape wraps its last cell, or its closing pipe alone.
const MaxWrap = 2

// wrapEnd returns the last line of the text of the row of pipes at line
// i, which does not close with a pipe in a table whose rows do: the line
// among the MaxWrap after it that closes it (or further on, each line
// after one that the page's hard wrap broke, Source.WrapBroke), a line of
// pipes alone among them ("| |"), or the last before a blank line, a
// ruler or the page's end (the row never closes; i when one follows it
// right away). It returns -1 when a line that starts a row or a table of
// its own (starts(j)) comes first, or none of those lines closes the
// row: the row lost its closing pipe.
func wrapEnd(src Source, i int, starts func(j int) bool) int {
	lines := src.Lines
	for j := i + 1; ; j++ {
		if j == len(lines) || strings.TrimSpace(lines[j]) == "" || IsRuler(lines[j]) {
			return j - 1
		}
		if j > i+MaxWrap && !src.WrapBroke(j-1) {
			return -1
		}
		if OnlyPipes(lines[j]) {
			return j // the row's empty last cells and its closing pipe
		}
		if starts(j) {
			return -1
		}
		if ClosesRow(strings.TrimSpace(lines[j])) {
			return j
		}
	}
}

// RowWraps reports whether the row of pipes at line i of a table whose
// rows close with a pipe, which does not, goes on at the lines after it
// (wrapEnd), and warns when it never closes. A row that no line closes
// before a row or a table of its own (starts(j)) lost its closing pipe:
// it is read as it is, with a warning, and the lines after it on their
// own, so that a lost pipe neither merges two rows nor takes a title
// and an example into a description.
func RowWraps(src Source, i int, starts func(j int) bool) bool {
	end := wrapEnd(src, i, starts)
	switch {
	case end < 0 && LostPipeRest(src, i) > i:
		k := LostPipeRest(src, i)
		under := fmt.Sprintf("line %d", i+2)
		if k > i+1 {
			under = fmt.Sprintf("lines %d-%d", i+2, k+1)
		}
		if ClosesRow(strings.TrimSpace(src.Lines[k])) {
			src.Report.Warn(At(src.Name, i+1), "the row at line %d goes on to line %d, where a pipe closes it: the text under it (%s) has no other pipe and begins as the rest of a cell does, line by line (%q), as no row and no line of text of its own does; read as one row", i+1, k+1, under, Clip(strings.TrimSpace(src.Lines[i+1])))
			break
		}
		src.Report.Warn(At(src.Name, i+2), "the row at line %d lost its closing pipe, and the text under it (%s) has no pipe and begins as the rest of a cell does (%q), as no row and no line of text of its own does: read as the rest of that row, which a hard wrap cut", i+1, under, Clip(strings.TrimSpace(src.Lines[i+1])))
	case end < 0:
		src.Report.Warn(At(src.Name, i+1), "the row at line %d lost its closing pipe: no line closes it within the %d after it, before a row or a table of its own; read it as it is, and the lines after it on their own", i+1, MaxWrap)
	case end > i && !ClosesRow(strings.TrimSpace(src.Lines[end])):
		src.Report.Warn(At(src.Name, end+1), "the row at line %d never closes with a pipe: read lines %d-%d as its text", i+1, i+1, end+1)
	case end > i+MaxWrap:
		src.Report.Warn(At(src.Name, i+1), "the row at line %d goes on to line %d, where a pipe closes it: the page is wrapped at %d columns, and each of its lines but the last ends where the next word would not fit, as a hard wrap breaks a line", i+1, end+1, src.Wrap.Width)
	}
	return end > i
}

// LostPipeRest returns the last line of the rest of the row of pipes at
// line i, which no line closes within MaxWrap lines before a row of its
// own (RowWraps), when the lines under it are that rest by their shape:
// lines without a pipe, each reading as the rest of the row's last cell
// (WrapRest: a bound or a default in parentheses, a sentence's rest in
// lower case), which no row and no line of text of its own does. Up to
// the line that closes the row with its one pipe, within MaxRestLines
// (a list in a cell, an item a line), the row goes on there; else the
// row lost its closing pipe, and its rest is up to MaxWrap such lines,
// which a hard wrap cut. It returns i when the line under the row is
// none.
func LostPipeRest(src Source, i int) int {
	k := i
	cell := src.Lines[i][strings.LastIndexByte(src.Lines[i], '|')+1:]
	for j := i + 1; j < len(src.Lines) && j <= i+MaxRestLines; j++ {
		t := strings.TrimSpace(src.Lines[j])
		if t == "" || WrapRest(src.Words, cell, strings.TrimSuffix(t, "|")) == NoRest || strings.Contains(strings.TrimSuffix(t, "|"), "|") {
			break
		}
		cell += " " + t
		if ClosesRow(t) {
			return j
		}
		if strings.Contains(t, "|") {
			break
		}
		k = j
	}
	return min(k, i+MaxWrap)
}

// MaxRestLines bounds the lines of a row's rest that goes on up to its
// closing pipe after MaxWrap lines.
const MaxRestLines = 8

// MaxCellParagraphs bounds the paragraphs of a cell that a converter
// writes on lines of their own after its row's line: godown under a row
// of pipes (CellParagraphsRest), html2markdown under a row whose cells
// run together.
const MaxCellParagraphs = 4

// maxCellBlanks bounds the blank lines between two paragraphs of a cell
// written on lines of their own: godown writes two for a <p>, as for a
// <br>.
const maxCellBlanks = 3

// gatherParagraphs gathers the paragraphs of a cell written on lines of
// their own, from the blank line at j: runs of lines that are not blank,
// each run's lines joined with a space, between runs of maxCellBlanks
// blank lines at most, MaxCellParagraphs paragraphs at most, a paragraph
// maxLines lines at most where maxLines is above 0. line tells, for a
// line that is not blank (t, trimmed), what text of it is the cell's (""
// for none), whether the cell ends at it, and whether it may be a line
// of the cell at all. It returns the index of the line the cell ends at
// and the paragraphs; j and nil where a line may not be the cell's, the
// limits are passed, the lines run out first or no paragraph comes
// before the cell's end.
func gatherParagraphs(lines []string, j, maxLines int, line func(k int, t string) (text string, ends, ok bool)) (int, []string) {
	var paras, para []string
	end := func() {
		if para != nil {
			paras, para = append(paras, strings.Join(para, " ")), nil
		}
	}
	blanks := 0
	for k := j; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			if blanks++; blanks > maxCellBlanks {
				return j, nil
			}
			end()
			continue
		}
		blanks = 0
		text, ends, ok := line(k, t)
		if !ok {
			return j, nil
		}
		if text != "" {
			if para == nil && len(paras) == MaxCellParagraphs || maxLines > 0 && len(para) == maxLines {
				return j, nil
			}
			para = append(para, text)
		}
		if ends {
			end()
			if len(paras) == 0 {
				return j, nil
			}
			return k, paras
		}
	}
	return j, nil
}

// CellParagraphsRest returns the last line of the row of pipes at line i
// of a table of columns columns, and the paragraphs of its last cell,
// where the lines after it hold that cell's further paragraphs, as a
// converter that writes a cell's paragraphs and line breaks as they are
// (godown: a <p> or a <br> as blank lines) leaves them: the row's line,
// its last cell open (or one cell short, the cell's text all below),
// then blank lines and paragraphs with no pipe, up to a line that closes
// the row, its pipe alone or after the last paragraph's text. A blank
// line follows the row's line (a row whose text goes on at the very next
// line is wrapped: RowWraps), the cell has MaxCellParagraphs paragraphs
// after the row's at most (gatherParagraphs gathers them), and the row so
// read has the table's columns, no more and no fewer: a row that closes
// whole, then text, is a table's end. A line with a pipe other than the
// closing one, a ruler, a fence or a heading ends the reading: it
// returns i and nil then.
func CellParagraphsRest(lines []string, i, columns int) (int, []string) {
	row := strings.TrimSpace(lines[i])
	if !strings.HasPrefix(row, "|") || i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) != "" {
		return i, nil
	}
	cells := SplitPipes(row)
	if ClosesRow(row) {
		cells = append(cells, "") // one cell short: the last one's text is all below
	}
	if len(cells) != columns {
		return i, nil
	}
	j, below := gatherParagraphs(lines, i+1, 0, func(_ int, t string) (string, bool, bool) {
		closes := ClosesRow(t)
		text := t
		if closes {
			text = t[:len(t)-1]
		}
		if strings.Contains(text, "|") || IsRuler(t) || IsFence(t) || markdownHeadingRe.MatchString(t) {
			return "", false, false
		}
		return strings.TrimSpace(text), closes, true
	})
	if below == nil {
		return i, nil
	}
	var paras []string
	if first := CellText(cells[len(cells)-1]); first != "" {
		paras = append(paras, first)
	}
	for _, p := range below {
		paras = append(paras, CellText(p))
	}
	return j, paras
}

// markdownHeadingRe matches an ATX heading of Markdown ("## Request").
var markdownHeadingRe = regexp.MustCompile(`^#{1,6}(?:[ \t]|$)`)

// RowTextEnd returns the index of the line after the run of lines that
// starts at line j, under a row of a table whose rows do not close with
// a pipe: lines that are not blank, hold no separator sep and fence no
// code, MaxRestLines at most. Where a row of the same table is that line,
// the run is the text of the row above it, however many of the run's
// lines it is: a browser that reflows a cell's text at its sentences and
// about 80 columns (edbrowse, html2text) writes a long description over
// as many lines as it takes, none with a separator, and no row of a table
// goes on after a paragraph of its own without a blank line between.
func RowTextEnd(lines []string, j int, sep byte) int {
	k := j
	for k < len(lines) && k-j < MaxRestLines {
		t := strings.TrimSpace(lines[k])
		if t == "" || strings.IndexByte(t, sep) >= 0 || IsFence(t) {
			break
		}
		k++
	}
	return k
}

// WithLostPipeRest returns raw, the text of the row of pipes at line i,
// with the rest a hard wrap put under it after it lost its closing pipe
// (LostPipeRest), a line each, and the last line of the row.
func WithLostPipeRest(src Source, i int, raw string) (string, int) {
	k := LostPipeRest(src, i)
	for j := i + 1; j <= k; j++ {
		raw += "\n" + strings.TrimSpace(src.Lines[j])
	}
	return raw, k
}

// cellMarks are the Markdown marks that may wrap a cell's whole text:
// strong and plain emphasis, and a code span.
var cellMarks = []string{"**", "__", "*", "`"}

// hasMarkup reports whether a cell holds a byte that begins or ends
// CellText's markup: a line break or an autolink ("<"), a link ("]"),
// an emphasis or a code span. A cell without any is its text, trimmed:
// most cells, and every word of a line a style asks whether it names a
// column, which a byte loop tells faster than strings.ContainsAny does
// for short text.
func hasMarkup(c string) bool {
	for i := 0; i < len(c); i++ {
		switch c[i] {
		case '<', ']', '*', '_', '`':
			return true
		}
	}
	return false
}

// CellText is a cell's text without its Markdown markup: the line
// breaks of HTML in it read as spaces (Unbroken), the links in it read
// as their text (Unlinked), and the emphasis or code span around
// the whole of it is dropped: **userId**, *string*, __true__, `userId`,
// and these nested (**`userId`**). Emphasis wraps text that neither
// starts nor ends with a space and holds no mark of its own kind, as in
// Markdown: "**a** or **b**" is two emphases, and stays. A cell that is
// one word its markup cut into parts (MarkedWord: a link to a type and its
// array mark in a code span of its own, "[`MatchMode`](#m)`[]`") is
// that word, whole: "MatchMode[]".
func CellText(c string) string {
	if !hasMarkup(c) {
		return strings.TrimSpace(c)
	}
	c = strings.TrimSpace(Unbroken(c))
	if w, ok := MarkedWord(c); ok {
		return w
	}
	c = strings.TrimSpace(Unlinked(c))
	for {
		inner, ok := "", false
		for _, m := range cellMarks {
			if len(c) <= 2*len(m) || !strings.HasPrefix(c, m) || !strings.HasSuffix(c, m) {
				continue
			}
			inner = c[len(m) : len(c)-len(m)]
			if ok = !strings.Contains(inner, m); ok && m != "`" {
				ok = inner == strings.TrimSpace(inner)
			}
			if ok {
				break
			}
		}
		if !ok {
			return c
		}
		c = strings.TrimSpace(inner)
	}
}

// MarkedWord reads a text that is one word written in parts, each part in a
// code span, in emphasis, a link or plain, run together: a type linked
// to its section and its array mark or its generic's brackets in a code
// span of their own ("[`MatchMode`](#matchmode)`[]`",
// "`List<`[`Mark`](#mark)`>`"), or a type in bold and its mark in a code
// span ("**MatchMode**`[]`"). Each part is read where it stands, as
// Markdown reads it, before the parts are put together: the code spans
// of "`MatchMode“[]`", which no link parts, are one. It returns the
// word without its markup, and whether the text is such a word: no space
// outside a code span or a link's text, which is read as a cell's text
// is (a code span holds spaces: "`Map<String, `[`Data`](#data)`>`",
// "[number int](#x)`[]`"), every code span closed, every
// emphasis closed by a mark of its own length and set at a part's bound
// (the text's start or end, a code span, a link or a bracket beside it:
// "a*b*c" and "player_id" are no emphasis), no word outside the parts
// ("Code`userId`", a label a responsive table shows before a cell's
// code, stays: the parts are the marked ones, the plain text between
// them brackets and punctuation), and a mark at least. A text with a
// space between its parts ("`a` or `b`", prose) is no word, and keeps
// its marks.
func MarkedWord(t string) (string, bool) {
	if n := backtickRun(t, 0); n > 0 && closingRun(t, n, n) == len(t)-n {
		return "", false // one code span, which is no word of parts
	}
	w, marks, ok := gluedParts(t)
	return w, ok && marks > 0 && w != ""
}

// gluedParts reads t as MarkedWord does, and returns its word, the number of
// marks it read, and whether t is a word of parts.
func gluedParts(t string) (string, int, bool) {
	var b strings.Builder
	var open []string // the emphasis marks open, innermost last
	marks := 0
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c == '\\' && i+1 < len(t) && isASCIIPunct(t[i+1]):
			b.WriteString(t[i : i+2])
			i += 2
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			return "", 0, false
		case c == '`':
			n := backtickRun(t, i)
			end := closingRun(t, i+n, n)
			if end < 0 {
				return "", 0, false
			}
			code := t[i+n : end]
			if len(code) > 2 && code[0] == ' ' && code[len(code)-1] == ' ' && strings.TrimSpace(code) != "" {
				code = code[1 : len(code)-1]
			}
			b.WriteString(code)
			marks++
			i = end + n
			continue
		case c == '[' || c == '!' && i+1 < len(t) && t[i+1] == '[':
			image := c == '!'
			at := i
			if image {
				at++
			}
			text, n := linkAt(t[at:])
			if n == 0 {
				break
			}
			w := strings.TrimSpace(text)
			if !image {
				w = CellText(w)
			}
			b.WriteString(w)
			marks++
			i = at + n
			continue
		case c == '*' || c == '_':
			n := runOf(t, i, c)
			if !partBound(t, i-1) && !partBound(t, i+n) {
				if c == '*' {
					return "", 0, false
				}
				b.WriteString(t[i : i+n])
				i += n
				continue
			}
			m := t[i : i+n]
			if k := len(open) - 1; k >= 0 && open[k] == m {
				open = open[:k]
			} else {
				open = append(open, m)
			}
			marks++
			i += n
			continue
		}
		if len(open) == 0 && (IsIdentByte(c) && c != '_' || c >= 0x80) {
			return "", 0, false
		}
		b.WriteByte(c)
		i++
	}
	if len(open) > 0 {
		return "", 0, false
	}
	return b.String(), marks, true
}

// partBound reports whether the byte of t at i bounds a part of a word
// written in parts (MarkedWord): the text's start or end, a code span's
// backtick, an emphasis mark, a link's bracket or parenthesis, or a
// bracket of a type ("[]", "<>").
func partBound(t string, i int) bool {
	return i < 0 || i >= len(t) || strings.IndexByte("`*_[]()<>", t[i]) >= 0
}

// breakRe matches what HTML writes a line break or a paragraph's
// bounds with, in a cell of a page of text (Markdown, as an exporter
// writes a cell of several lines): <br>, <br/>, <p>, </p>, and the tags
// of a list, <ul>, <ol>, <li>, </li>; and <wbr>, a place to break a word
// at, which is no space.
var breakRe = regexp.MustCompile(`(?i)<(?:br\s*/?|/?p|/?[uo]l|/?li|wbr\s*/?)>`)

// brokenLines is a cell's text with each line break written in HTML
// outside a code span a newline, each <li> a newline and a bullet, and
// each <wbr> nothing.
func brokenLines(c string) string {
	parts := strings.Split(c, "`")
	for i := 0; i < len(parts); i += 2 {
		parts[i] = breakRe.ReplaceAllStringFunc(parts[i], func(tag string) string {
			switch t := strings.ToLower(tag); {
			case strings.HasPrefix(t, "<w"):
				return ""
			case t == "<li>":
				return "\n- "
			}
			return "\n"
		})
	}
	return strings.Join(parts, "`")
}

// keepRawParagraphs keeps on the row the paragraphs of the cells that its
// raw text, cut at its pipes, writes with HTML line breaks between them
// ("| KakaoAK {ADMIN_KEY}<br>The admin key |"), which its style read as
// spaces (PipeCells), where the cell's text is one of the row's cells.
func (r *Row) keepRawParagraphs() {
	if !strings.Contains(r.Raw, "<") || !breakRe.MatchString(r.Raw) {
		return
	}
	for _, c := range splitPipes(strings.ReplaceAll(r.Raw, "\n", " ")) {
		c = Unescaped(c)
		if ps := cellParagraphs(c); ps != nil {
			if text := CellText(c); slices.Contains(r.Cells, text) {
				r.KeepParagraphs(text, ps)
			}
		}
	}
}

// cellParagraphs are the paragraphs of a cell's text that its line
// breaks written in HTML set apart ("Authorization: KakaoAK
// {ADMIN_KEY}<br>The admin key of the app"), each as CellText reads it;
// nil for a cell of one.
func cellParagraphs(c string) []string {
	if !strings.Contains(c, "<") || !breakRe.MatchString(c) {
		return nil
	}
	var out []string
	for _, l := range strings.Split(brokenLines(c), "\n") {
		if t := CellText(l); t != "" {
			out = append(out, t)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// cellItemRe matches a line of a cell that is an item of a list: led by
// a bullet (-, *, +, •) or a number ("1.", "2)") and a space, or by a
// word processor's bullet, "·", and the non-breaking spaces of its
// indent (pandoc keeps Word's symbol-font bullets so).
var cellItemRe = regexp.MustCompile(`^(?:(?:[-*+•]|\d{1,2}[.)])\s+|·[\s\x{a0}]+)`)

// Unbroken is a cell's text with each line break written in HTML
// outside a code span read as a space, as an HTML page's cell reads it
// ("Message<br>(up to 60 characters)"), and each <wbr> as nothing. The
// lines it breaks that are the items of a list ("One of:<br>- gold<br>-
// gem", or <li> items) read without their bullets, each a clause of its
// own, as a list in a cell reads in every style: "One of: gold; gem". A
// dash inside a bracket the text before it left open is a range's, which
// a wrap set at the line's start ("(0" over "- 3 items)"): no bullet.
func Unbroken(c string) string {
	if !strings.Contains(c, "<") || !breakRe.MatchString(c) {
		return c
	}
	var b strings.Builder
	item := false // the text so far ends with a list item
	for k, l := range strings.Split(brokenLines(c), "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		m := ""
		if k > 0 {
			m = cellItemRe.FindString(l)
		}
		if m != "" && m[0] == '-' && strings.Count(b.String(), "(") > strings.Count(b.String(), ")") {
			m = "" // a range's dash that a wrap set at a line's start: "(0" over "- 3 items)"
		}
		switch {
		case b.Len() == 0:
		case m != "" && item:
			b.WriteString("; ")
		default:
			b.WriteByte(' ')
		}
		b.WriteString(l[len(m):])
		item = m != ""
	}
	return SingleSpaced(b.String())
}

// Unlinked is text with each Markdown link outside a code span read as
// its text, as an HTML-to-Markdown converter writes a type that the page
// links to its section: an inline link "[BidItem](#biditem)" (its text
// may hold brackets: "[BidItem[]](#biditem)"), a reference link
// "[BidItem][biditem]" or "[BidItem][]", an image "![required](y.png)"
// (its alternative text, which says what the image shows), an autolink
// "<https://example.com>" (its address), pandoc's bracketed span
// "[http]{.lang}" (its text), and a link with pandoc's attributes after
// it ("[​](#x){.header-anchor}"); the links in a link's text are read
// so too. Brackets that no link target
// follows ("[1, 2]", "string[]") are text.
func Unlinked(t string) string {
	if !strings.Contains(t, "](") && !strings.Contains(t, "][") && !strings.Contains(t, "]{") && !strings.Contains(t, "<http") && !strings.Contains(t, "<mailto:") {
		return t
	}
	var b strings.Builder
	code := false
	for i := 0; i < len(t); {
		c := t[i]
		if c == '`' {
			code = !code
		}
		if !code && c == '<' {
			if end := strings.IndexByte(t[i:], '>'); end > 0 && isAutolink(t[i+1:i+end]) {
				b.WriteString(t[i+1 : i+end])
				i += end + 1
				continue
			}
		}
		if !code && c == '[' {
			if text, n := linkAt(t[i:]); n > 0 {
				b.WriteString(strings.TrimSpace(Unlinked(text)))
				i += n
				continue
			}
		}
		if !code && c == '!' && i+1 < len(t) && t[i+1] == '[' {
			if text, n := linkAt(t[i+1:]); n > 0 {
				b.WriteString(strings.TrimSpace(text))
				i += n + 1
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

// isAutolink reports whether the text between < and > is an address.
func isAutolink(s string) bool {
	for _, p := range []string{"http://", "https://", "mailto:"} {
		if strings.HasPrefix(s, p) && len(s) > len(p) && !strings.ContainsAny(s, " <") {
			return true
		}
	}
	return false
}

// attributeItem is the pattern of one item of an attribute list: an id
// (#id), a class (.class), a key and its value (key="value"), or
// pandoc's "-" (unnumbered).
const attributeItem = `(?:[#.][^\s{}]+|[\w-]+=(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s{}"']+)|-)`

// attributeList is the pattern of an attribute list, which a page's
// markup sets after a heading, a link or a span, or on a line of its own
// at a block, and which the page it builds does not show: pandoc's,
// Hugo's and MkDocs' ({#id .class key="value"}, { #id }), and
// kramdown's and MkDocs' attr_list's after a colon ({: #id .class},
// {:.class}), which may name an attribute list definition too ({:toc},
// {: refname}).
const attributeList = `\{(?::\s*(?:(?:` + attributeItem + `|[A-Za-z][\w-]*)(?:\s+(?:` + attributeItem + `|[A-Za-z][\w-]*))*)?|\s*` + attributeItem + `(?:\s+` + attributeItem + `)*)\s*\}`

// attributesRe matches an attribute list (attributeList) at the start of
// a text, as after a link or a span: [x](#x){.header-anchor}.
var attributesRe = regexp.MustCompile(`^` + attributeList)

// attributeLineRe matches a line that is an attribute list alone.
var attributeLineRe = regexp.MustCompile(`^\s*` + attributeList + `\s*$`)

// IsAttributeList reports whether a line is an attribute list alone
// (attributeList), as kramdown, MkDocs' attr_list and Hugo set one on the
// line after a heading, a paragraph or a table ("{: #visitor}", "{:
// .api-table}", "{.note}") or before it: markup, no text.
func IsAttributeList(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "{") && strings.HasSuffix(t, "}") && attributeLineRe.MatchString(t)
}

// AttributesAt returns the length of the attribute list at the start of
// t (attributeList), or 0.
func AttributesAt(t string) int {
	if !strings.HasPrefix(t, "{") {
		return 0
	}
	return len(attributesRe.FindString(t))
}

// linkAt reads the link at the start of t, which starts with "[": its
// text and its length, or 0 when no link starts there. The text's
// brackets nest; the target is "(url)" (LinkTarget: its parentheses
// nest, "(#a(b)-c)"), "[label]" or "[]", which pandoc's attributes may
// follow, or the attributes alone (a bracketed span).
func linkAt(t string) (string, int) {
	depth, end := 0, -1
	for i := 0; i < len(t) && end < 0; i++ {
		switch t[i] {
		case '[':
			depth++
		case ']':
			if depth--; depth == 0 {
				end = i
			}
		}
	}
	if end < 1 || end+1 >= len(t) {
		return "", 0
	}
	text, rest := t[1:end], t[end+1:]
	var n int
	switch rest[0] {
	case '(':
		if _, n = LinkTarget(rest); n == 0 {
			return "", 0
		}
	case '[':
		k := strings.IndexByte(rest, ']')
		if k < 0 || strings.ContainsAny(rest[1:k], "[(") {
			return "", 0
		}
		n = k + 1
	case '{':
		if a := attributesRe.FindString(rest); a != "" {
			return text, end + 1 + len(a)
		}
		return "", 0
	default:
		return "", 0
	}
	return text, end + 1 + n + len(attributesRe.FindString(rest[n:]))
}

// levelRe is the tag name a tool writes before a heading's title for
// its level, as Markdown writes "###": edbrowse's "h3 " for an <h3>, a
// script's "h3: " or "H3: " that prints a parsed page's headings with
// their tag's name (a jq over himalaya's tree), and Textile's or
// Confluence's "h3. " copied as text. StripHeading tries it only on a
// line that begins with its "h" or "H": it runs on every text line of
// every page.
var levelRe = regexp.MustCompile(`^([hH][1-6][:.]?[ \t]+)\S`)

// TaggedHeading reports whether a line is a heading written with its
// tag's name before its title (levelRe): "h3: Request Headers" begins
// in lower case as no title does, but is one, and no cell's rest.
func TaggedHeading(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && (t[0] == 'h' || t[0] == 'H') && levelRe.MatchString(t)
}

// StripHeading removes Markdown heading marks and emphasis around a line
// (and the level a tool writes as its tag's name, levelRe, with the
// permalink after the title)
// (and a heading's MultiMarkdown label after them first: labelOf),
// and the number of its section before a title (Title); the marks make
// it a heading, after the empty anchors before them too (Unanchored).
func StripHeading(t string) string {
	t = Unanchored(t)
	marked := strings.HasPrefix(t, "#")
	t = strings.TrimSpace(strings.TrimLeft(t, "#"))
	if strings.HasPrefix(t, "h") || strings.HasPrefix(t, "H") {
		if m := levelRe.FindStringSubmatch(t); m != nil {
			t, marked = Undecorated(t[len(m[1]):]), true
		}
	}
	if marked && strings.HasSuffix(t, "]") {
		t, _ = labelOf(t)
	}
	if inner, ok := Emphasized(t); ok {
		t, marked = inner, true
	}
	return Title(strings.TrimSpace(t), marked)
}

// Unglued is a text line without the fence marks glued to it: a chat's
// composer (Slack) and some copies write a code block's fences on its
// first and last lines ("```GET /weather/storms```", "```{", "}```"),
// where a fence (IsFence) has a line of its own; the line's text is the
// code's.
func Unglued(t string) string {
	if !strings.Contains(t, "```") || IsFence(t) {
		return t
	}
	inner := strings.TrimPrefix(t, "```")
	if strings.HasSuffix(inner, "```") && !strings.HasSuffix(inner, "````") {
		inner = strings.TrimSuffix(inner, "```")
	}
	if inner == "" || inner[0] == ' ' || inner[len(inner)-1] == ' ' || strings.Contains(inner, "```") {
		return t
	}
	return inner
}

// Emphasized returns the text of a line in emphasis whole, and true:
// "**Title**", "__Title__", or "*Title*" as a chat's markup (Slack's
// mrkdwn) writes bold, its text neither starting nor ending with a space
// or a star; a page marks a heading so.
func Emphasized(t string) (string, bool) {
	for _, m := range []string{"**", "__"} {
		if strings.HasPrefix(t, m) && strings.HasSuffix(t, m) && len(t) > 2*len(m) {
			return t[len(m) : len(t)-len(m)], true
		}
	}
	if len(t) < 3 || t[0] != '*' || t[len(t)-1] != '*' {
		return t, false
	}
	inner := t[1 : len(t)-1]
	if strings.ContainsRune(inner, '*') || strings.TrimSpace(inner) != inner {
		return t, false
	}
	return inner, true
}

// sectionNumberRe matches the number of a section before its title:
// "5.1 ", "5.1. ", "2) ", "(2) "; listNumberRe "5. ", which starts an
// item of a numbered list as well.
var (
	sectionNumberRe = regexp.MustCompile(`^(?:\d+(?:\.\d+)+\.?|\d+\)|\(\d+\))\s+`)
	listNumberRe    = regexp.MustCompile(`^\d+\.\s+`)
)

// maxTitleWords bounds the words of a line without a heading's mark
// that is read as a numbered title.
const maxTitleWords = 8

// Title is a line without the permalink decorations a docs site prints
// beside a heading (Undecorated), without the anchors and marks of an
// AsciiDoc section title printed as text, or of a heading between runs
// of dashes ("-- Request Body --"), which make it a heading
// (sectionTitle, dashedTitle), and without the number of its section
// when the line is a numbered title: "5.1 ReturnCode" is ReturnCode's
// heading, "2) Request"
// the request's, "5.1 200 Ok" the status's. The number is not part of
// the title: a page numbers its sections, the title names them. What
// follows the number must hold a letter. On a line that a mark makes a
// heading (#, <h3>, emphasis around it: marked) the number may be "5.",
// and any text follows it; on a line without, where "5. " starts an item
// of a numbered list, it may not, and the text must be a title: a few
// words ("5.1 Data structure: Item." is one, a numbered paragraph is
// not). The emphasis or code span
// around the whole title is dropped with the number ("5. `ErrorCode`").
// A status line ("200 Ok") has no section number.
func Title(t string, marked bool) string {
	if title, ok := sectionTitle(t); ok {
		t, marked = title, true
	} else if title, ok := dashedTitle(t); ok {
		t, marked = title, true
	}
	t = Undecorated(t)
	if t == "" || (t[0] < '0' || t[0] > '9') && t[0] != '(' {
		return t
	}
	m := sectionNumberRe.FindString(t)
	if m == "" && marked {
		m = listNumberRe.FindString(t)
	}
	if m == "" {
		return t
	}
	rest := CellText(t[len(m):])
	if rest == "" {
		return t
	}
	if strings.IndexFunc(rest, unicode.IsLetter) < 0 {
		return t
	}
	if !marked && len(strings.Fields(rest)) > maxTitleWords {
		return t
	}
	return rest
}

// IsBool reports whether a cell is a boolean, as a Required cell states
// it. It runs on every cell of a field row, descriptions too: a cell
// longer than "false" is none, and is not lower-cased (the only runes
// but ASCII letters that lower-case to ASCII are İ and the Kelvin sign,
// to i and k, which these words do not hold).
func IsBool(s string) bool {
	if len(s) > len("false") {
		return false
	}
	_, ok := LookupLower(bools, s)
	return ok
}

// IsTrue reports whether a boolean cell is true.
func IsTrue(s string) bool {
	v, _ := LookupLower(bools, s)
	return v
}

// bools are the words of a boolean cell, in lower case, each with its
// value: looked up lower-cased without allocating (LookupLower), as
// "True" and "Yes" are written.
var bools = map[string]bool{"true": true, "false": false, "y": true, "n": false, "yes": true, "no": false}

// requiredness are the words besides booleans a Required cell states
// requiredness with, in English, Korean, Japanese and Chinese, and the
// marks a table checks a row with, in every form a page writes them: a
// mark (a circle for yes and a cross for no, as Korean and Japanese
// tables write O and X), the text of a Confluence emoticon (an image's
// alternative text, "(tick)", or its wiki markup, "(/)") and an emoji's
// short code (":white_check_mark:", as GitHub writes it and names its
// image): whether each says required. It is the one table of them,
// for every style and both protocols.
var requiredness = map[string]bool{
	"required": true, "mandatory": true, "o": true, "필수": true, "必須": true, "必需": true, "必填": true,
	"✓": true, "✔": true, "✅": true, "☑": true, "●": true, "⭕": true, "○": true, "◯": true,
	"(tick)": true, "(/)": true, ":white_check_mark:": true, ":heavy_check_mark:": true,
	":ballot_box_with_check:": true, ":check_mark:": true, ":o:": true,
	"optional": false, "x": false, "선택": false, "任意": false, "可选": false, "选填": false,
	"✗": false, "✘": false, "❌": false, "✖": false, "✕": false, "×": false, "❎": false, "☐": false,
	"-": false, "–": false, "—": false,
	"(error)": false, "(x)": false, ":x:": false, ":heavy_multiplication_x:": false,
	":negative_squared_cross_mark:": false, ":cross_mark:": false,
}

// RequirednessWords are the words and marks Requiredness reads, in lower
// case, longest first (then in byte order): "yes" before "y".
var RequirednessWords = func() []string {
	ws := []string{"true", "false", "yes", "no", "y", "n"}
	for w := range requiredness {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) > len(ws[j])
		}
		return ws[i] < ws[j]
	})
	return ws
}()

// Requiredness reads a Required cell that states requiredness with a
// boolean (true, y, yes; false, n, no), a word (required, mandatory, o,
// 필수, 必須; optional, x, 선택, 任意) or a mark (✓, ✔, ⭕, "(tick)",
// ":white_check_mark:"; ✗, ❌, -, "(error)"); ok is false for any other
// cell.
func Requiredness(cell string) (required, ok bool) {
	c := strings.TrimSpace(strings.ReplaceAll(cell, "\ufe0f", ""))
	// A cell longer than any text that lower-cases to a word of the
	// table (casedLen) states none, and is not lower-cased or looked up
	// (descriptions are asked too).
	if len(c) <= maxBoolCell {
		if v, ok := LookupLower(bools, c); ok {
			return v, true
		}
	}
	if len(c) > maxRequirednessCell {
		return false, false
	}
	return LookupLower(requiredness, c)
}

// maxBoolCell and maxRequirednessCell are the lengths of the longest
// texts that lower-case to a word of bools and of requiredness
// (casedLen): a longer cell is none of their words.
var maxBoolCell, maxRequirednessCell = maxCasedLen(bools), maxCasedLen(requiredness)

// maxCasedLen returns the longest casedLen of the words of m.
func maxCasedLen(m map[string]bool) int {
	n := 0
	for w := range m {
		n = max(n, casedLen(w))
	}
	return n
}

// casedLen returns the length of the longest text that lower-cases to w,
// a word in lower case: each i of it may be written İ, one byte longer,
// and each k the Kelvin sign, two bytes longer; every other rune that
// lower-cases to a rune of the words is as long as it (an ASCII
// capital, or the rune itself: the words' other runes have no case).
func casedLen(w string) int {
	return len(w) + strings.Count(w, "i") + 2*strings.Count(w, "k")
}

// Rulers rates a page by its table rulers with or without a leading pipe:
// 2 and their number, above a flattened page's rate, or 0 for none.
func Rulers(lines []string, leading bool) int {
	n := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if IsPipeRuler(t) && strings.HasPrefix(t, "|") == leading {
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return 2 + n
}

// LineForms are the forms a style of lines knows among a page's lines
// besides text: its tables, and the blocks of another form a page of
// the style may hold.
type LineForms struct {
	// Table returns the table that starts at line i, with the index of
	// the first line after it, or nil.
	Table func(i int) (*Table, int)
	// Embedded, when set, returns the blocks of a block of another form
	// that starts at line i outside a code block (an HTML block of a
	// Markdown page), with the index of the first line after it; end is
	// i when none starts there.
	Embedded func(i int) (blocks []Block, end int)
	// Text, when set, is the text of a line outside a code block without
	// the markup of the style (Markdown's escapes), headings marked
	// with "#" read by StripHeading; StripHeading when not set.
	Text func(line string) string
	// CellLineHeaders, when set, reads a header whose cells run together
	// over rows written one cell a line at a line before Table does, for
	// a style whose tables would take those lines first.
	CellLineHeaders *CellLineHeaders
}

// Blocks reads the lines of a page whose tables start at a line of
// their own: every other line that is not blank is a text block, without
// its heading marks. The layout of a page written as plain text or
// Markdown is read in every such style: the front matter a static site
// generator or a web clipper writes above the page (YAML between "---"
// lines, TOML between "+++" lines) is no part of it; a line underlined
// with "===" or "---" (a Setext heading) is a heading, the underline no
// text; and the text of a list item whose content is a table indented
// under it ("- Invitation", as Notion exports a toggle) is that table's
// title, without its bullet. Lines inside a fenced code block are text
// as they are written, but for their heading marks. A header whose
// cells run together over rows written one cell a line is read before
// the style's tables where CellLineHeaders is set.
func (f LineForms) Blocks(lines []string) []Block {
	text := f.Text
	if text == nil {
		text = StripHeading
	}
	var items []Block
	code := false // the line is inside a fenced code block
	last := -1    // the index of the last line of the last block
	texts := lineTexts{lines: lines, text: text}
	for i := frontMatterEnd(lines); i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		tb, end := (*Table)(nil), i
		if f.CellLineHeaders != nil {
			tb, end = f.CellLineHeaders.tableAt(&texts, i)
		}
		if tb == nil {
			tb, end = f.Table(i)
		}
		if tb != nil {
			if !code {
				titleItem(items, lines, last, i, text)
			}
			items = append(items, Block{Line: i + 1, Table: tb})
			i, last = end-1, end-1
			continue
		}
		if f.Embedded != nil && !code {
			if bs, end := f.Embedded(i); end > i {
				if len(bs) > 0 && bs[0].Table != nil {
					titleItem(items, lines, last, i, text)
				}
				items = append(items, bs...)
				i, last = end-1, end-1
				continue
			}
		}
		switch {
		case IsFence(t):
			code = !code
			items = append(items, Block{Line: i + 1, Text: t})
		case code:
			items = append(items, Block{Line: i + 1, Text: StripHeading(t)})
		case framesTitle(lines, i):
			items = append(items, Block{Line: i + 2, Text: Title(texts.at(i+1), true)})
			i += 2
		case i+1 < len(lines) && strings.HasPrefix(t, "#") && runAsLong(t, lines[i+1]):
			items = append(items, Block{Line: i + 1, Text: texts.at(i)})
			i++
		case i+1 < len(lines) && underlines(t, lines[i+1]) && !strings.HasPrefix(t, "#") && !strings.HasPrefix(t, ">") && !listItemRe.MatchString(t):
			items = append(items, Block{Line: i + 1, Text: Title(texts.at(i), true)})
			i++
		default:
			items = append(items, Block{Line: i + 1, Text: texts.at(i)})
		}
		last = i
	}
	return items
}

// setextRe matches the line under a Setext heading: "===" or "---",
// indented by three spaces at most.
var setextRe = regexp.MustCompile(`^ {0,3}(?:={2,}|-{3,})[ \t]*$`)

// isSetext reports whether a line is the line under a Setext heading
// (setextRe), trying the pattern only on a line that begins so: it
// runs for every text line of every page.
func isSetext(line string) bool {
	t := strings.TrimLeft(line, " ")
	return t != "" && (t[0] == '=' || t[0] == '-') && setextRe.MatchString(line)
}

// underlines reports whether line next underlines the text t above it
// as a Setext heading (isSetext), or with a run of "-" or "=" shorter
// than Setext's, as long as t in runes: a tool that underlines a heading
// to its length (jaytaylor/html2text) writes "--" under a title of two
// letters ("설명").
func underlines(t, next string) bool {
	return isSetext(next) || runAsLong(t, next)
}

// runAsLong reports whether line next is a run of "-" or "=" as long as
// the text t in runes: the line a tool that underlines a heading to its
// length writes under it, also under the "#" that a heading's anchor
// link left before its title ("# ( #returncode ) ReturnCode", as
// jaytaylor/html2text writes a VitePress heading), which is no text.
func runAsLong(t, next string) bool {
	u := strings.TrimSpace(next)
	return u != "" && (u[0] == '-' || u[0] == '=') && strings.Count(u, u[:1]) == len(u) && utf8.RuneCountInString(t) == len(u)
}

// framesTitle reports whether line i is the line over a title that the
// same line frames under it: a run of one of "=-*+^", three at least, as
// reStructuredText and jaytaylor/html2text frame a heading
// ("*****" over and under an h1, "-----" an h2). The lines are no text.
func framesTitle(lines []string, i int) bool {
	if i+2 >= len(lines) {
		return false
	}
	over := strings.TrimRight(lines[i], " \t")
	if len(over) < 3 || !strings.ContainsRune("=-*+^", rune(over[0])) || strings.Count(over, over[:1]) != len(over) {
		return false
	}
	title := strings.TrimSpace(lines[i+1])
	return title != "" && !strings.HasPrefix(title, over[:1]) && strings.TrimRight(lines[i+2], " \t") == over
}

// IsSetextUnderline reports whether a line is the line under a Setext
// heading ("===", "---"), as Markdown and HTML::FormatText underline a
// heading.
func IsSetextUnderline(line string) bool { return isSetext(line) }

// listItemRe matches an item of a bulleted or numbered list, with its
// indentation and its text.
var listItemRe = regexp.MustCompile(`^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(\S.*)$`)

// titleItem makes the text block of the list item at line last, the
// last block of items, the title of the table that starts at line i
// when the table is the item's content.
func titleItem(items []Block, lines []string, last, i int, text func(string) string) {
	n := len(items)
	if n == 0 || items[n-1].Table != nil || items[n-1].Line-1 != last {
		return
	}
	if title, ok := itemTitle(lines[last], lines[i]); ok {
		items[n-1].Text = Title(text(title), true)
	}
}

// itemTitle returns the text of the list item at line item when the
// table at line table is its content: indented deeper than the item.
func itemTitle(item, table string) (string, bool) {
	m := listItemRe.FindStringSubmatch(item)
	if m == nil || IndentOf(table) <= IndentOf(m[1]) {
		return "", false
	}
	return strings.TrimSpace(m[2]), true
}

// IndentOf is the width of a line's indentation, a tab to the next
// multiple of four columns.
func IndentOf(line string) int {
	n := 0
	for _, c := range line {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4 - n%4
		default:
			return n
		}
	}
	return n
}

// maxFrontMatter bounds the lines of a page's front matter.
const maxFrontMatter = 200

// frontMatterKeyRe matches the first line of front matter: a YAML key
// ("title:") or a TOML one ("title =").
var frontMatterKeyRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_. -]*(?::(?:\s|$)|\s*=)`)

// frontMatterEnd returns the index of the first line after the front
// matter a page begins with, 0 when it has none: a line "---" (YAML) or
// "+++" (TOML) first, a key first among the lines after it, and the
// same line, or "..." for YAML, closing it.
func frontMatterEnd(lines []string) int {
	if len(lines) < 3 {
		return 0
	}
	open := strings.TrimSpace(lines[0])
	if open != "---" && open != "+++" {
		return 0
	}
	for k := 1; k < len(lines) && k <= maxFrontMatter; k++ {
		t := strings.TrimSpace(lines[k])
		switch {
		case t == open || open == "---" && t == "...":
			if k == 1 {
				return 0
			}
			return k + 1
		case k == 1 && !frontMatterKeyRe.MatchString(t):
			return 0
		}
	}
	return 0
}

// Texts are the texts of a page's blocks: its text lines, and a line per
// table row.
func Texts(items []Block) []string {
	var out []string
	for _, it := range items {
		if it.Table == nil {
			out = append(out, it.Text)
			continue
		}
		for _, r := range it.Table.Rows {
			out = append(out, r.Raw)
		}
	}
	return out
}

// IsBadgeClass reports whether an HTML element's class attribute makes it
// a badge a docs site sets beside a name or a title: a class badge,
// label, lozenge, pill or chip, or one of their modifiers (Bootstrap's
// "badge badge-deprecated", Docusaurus' and VitePress' "badge", AUI's
// "aui-lozenge"). A badge is a word of its own, which a style sets apart
// from the text beside it, as the page shows it, however the markup runs
// the two together ("<code>legacySku</code><span
// class=\"badge\">Deprecated</span>").
func IsBadgeClass(class string) bool {
	for c := range strings.FieldsSeq(class) {
		c, _, _ = strings.Cut(strings.TrimPrefix(c, "aui-"), "-")
		switch c {
		case "badge", "label", "lozenge", "pill", "chip":
			return true
		}
	}
	return false
}

// deprecatedMark is the badge a page sets beside a member's name to say it
// is deprecated: "Deprecated", in parentheses or brackets or not.
var deprecatedMark = regexp.MustCompile(`^(?i:[(\[]?deprecated[)\]]?)$`)

// IsDeprecatedMark reports whether a word beside a member's name is a
// badge that marks the member deprecated. It states neither a type nor a
// requiredness: a style that reads badges apart from the name keeps it in
// the name cell, as a table's cell holds it, for the protocol's reader.
func IsDeprecatedMark(word string) bool {
	return deprecatedMark.MatchString(word)
}
