package aligned

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// A text browser (lynx -dump) prints a table too wide for its width with
// its cells one space apart and no column lined up, each row's text
// wrapped at the width onto lines indented as its first. Such a table is
// known by its header, a line of column words one space apart that no
// row under it lines up with; its rows are read by what their cells
// hold, a column at a time: a name, then a type the pages know (a
// primitive, with the values it takes or not, "string in a | b", a type
// they define or refer to, List<X>, with [] or not), a
// requiredness word or none, a signed integer under a Code column after
// the name, and the rest the description; an enum's table whose Code
// column comes first (Code | Name | Description, valueFirst) holds a
// value, a signed integer or a name, then the name. A link's number the browser
// prints before its text ("[20]BuildingKind", or its address written
// inline: "[https://…]BuildingKind"; pages.Unnumbered) is no part of a cell.
//
// A line starts a row where it splits so and its description begins as
// one does (with a capital, a digit or a parenthesis, or is empty), or
// follows a cell that is not empty (a requiredness, a code, a type; a
// requiredness that states a condition takes the rest of the row), its
// name in the case of the names of the rows above, or in either case
// where the line fills each cell before its description (cellSplitter.whole):
// a wrapped sentence does not go on so. A line that splits so but for its description's
// start, after an empty cell, under a line that reaches the width, may
// be the rest of the row above; under a shorter line it is a row whose
// Required cell is empty, which the browser prints as nothing: where the
// column's other rows fill theirs, it lost its cell (pages.Row.Lost, a
// hole its reader makes); elsewhere it may have a cell the split does not
// give it whole ("string in a | b"). Both are refused at their line. A line that does not
// split is the rest of the row above where the line before reaches the
// width the page's text of the table's indent is wrapped at (its longest
// line that a line of the indent follows): had it not been wrapped, the
// line's first word would have fitted on it. So, with a warning, is a
// line under a shorter one that closes a parenthesis the row leaves open,
// is a bound or a note in parentheses, or is prose that ends a sentence
// under rows named in lower case (cellRest): the browser prints
// the text after a line break in a cell (<br>) on a line of its own. A
// line that does not split but begins as a row does (a type, or a name
// and a requiredness, a type or a code) is a row that lost a cell, which
// the browser prints as nothing, and any other line neither row nor
// wrap: both refused at their line. A title over the page's structure
// (endsTable) ends the table, as a WebDriver's getText() sets every
// heading right under the rows above it; a word alone that reads as a
// row whose other cells are empty as well is refused at its line.

// spacedHeader reads line i as the header of a table whose cells are one
// space apart: two words or more, each naming a column, the first a Name
// or a Code column, the last a Description column (or Name | Code, an
// enum's table of no descriptions), of columns the row reader knows; it returns the
// header's cells, or nil.
func spacedHeader(line string) []string {
	if !mayHead(line) {
		return nil
	}
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > 5 {
		return nil
	}
	cols, _ := pages.ColumnsOf(words)
	for k, c := range cols {
		if c == pages.ColOther || slices.Contains(cols[:k], c) {
			return nil
		}
	}
	if !namesColumns(words) || cols[len(cols)-1] != pages.ColDescription && !slices.Equal(cols, nameCode) {
		return nil
	}
	return words
}

// nameCode are the columns of an enum's table that gives no description,
// Name | Code: its rows, "LanternNotFound 421", a name and a code alone.
var nameCode = []pages.Column{pages.ColName, pages.ColCode}

// spacedTable reads the table whose header, head, is line i of the
// page's lines, its rows split by what their cells hold; it returns the
// table with the index of the line after it, a blank line, a line
// indented otherwise or the header of another such table. The rows'
// indent is its first row's (spacedIndent).
func spacedTable(src pages.Source, lines []string, head []string, i int) (*pages.Table, int) {
	lines = unshiftFirstRow(src, lines, i, i+1)
	indent := spacedIndent(lines, i)
	tb, end := spacedRows(src, lines, head, i, i+1, indent)
	if len(tb.Rows) > 0 && indentOf(lines[i]) < indent {
		src.Report.Warn(pages.At(src.Name, i+1), "the header row at line %d (%s) stands %d columns left of the rows under it, as a copy that shifted it alone leaves it: read as the header of those rows", i+1, strings.Join(head, " | "), indent-indentOf(lines[i]))
	}
	if len(tb.Rows) > 0 {
		src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d has its cells one space apart, its rows wrapped, as a text browser prints a table too wide for it: read by what each cell holds (a name, a type, a requiredness, a code), a row at each line that starts one", i+1)
	}
	if end == i+1 {
		unreadRows(src, lines, head, i)
	}
	return tb, end
}

// spacedIndent is the indent of the rows of the table whose header, its
// cells one space apart, is line i: its first row's, right under it,
// where there is one (a browser centres a header's cells over their
// columns; a copy may shift the header alone, which spacedTable warns
// of), or the header's; the line's under the first row where the first
// row alone stands a column or two off it (rowsIndent).
func spacedIndent(lines []string, i int) int {
	if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
		return rowsIndent(lines, i+1)
	}
	return indentOf(lines[i])
}

// rowsIndent is the indent of the lines of a table whose cells are one
// space apart from its first row, line from, on: a browser sets each
// line of its rows, and those their text wraps onto, at one indent. It
// is the first row's, but for a first row that stands one or two
// columns off the line under it, a line of the table too (not blank, no
// other table's header), as a copy that adds or loses a space or two
// at one line leaves it: then the line under it's. A line at the margin
// that a hard wrap cut from the first row (marginRest) is its rest.
func rowsIndent(lines []string, from int) int {
	in := indentOf(lines[from])
	if from+1 >= len(lines) || strings.TrimSpace(lines[from+1]) == "" || spacedHeader(lines[from+1]) != nil || isCodeHeader(lines[from+1]) || marginRest(lines, from+1, in) {
		return in
	}
	if d := abs(indentOf(lines[from+1]) - in); d == 1 || d == 2 {
		return indentOf(lines[from+1])
	}
	return in
}

// unshiftFirstRow is the page's lines with line from, the first row
// under the header at line i of a table whose cells are one space apart,
// set at the indent of the rows under it where it stands a column or two
// off it (rowsIndent), with a warning at it: the row is then read, or
// refused at its line, as any other of the table, not left out of it,
// the table ended before the lines under it. It is lines itself where
// the first row stands at the rows' indent.
func unshiftFirstRow(src pages.Source, lines []string, i, from int) []string {
	if from >= len(lines) || strings.TrimSpace(lines[from]) == "" {
		return lines
	}
	in, want := indentOf(lines[from]), rowsIndent(lines, from)
	if in == want {
		return lines
	}
	way := "right"
	if in < want {
		way = "left"
	}
	src.Report.Warn(pages.At(src.Name, from+1), "line %d, the first row under the header at line %d, stands %d columns %s of the lines of the table under it, whose cells are one space apart as a text browser prints them, as a copy that adds or loses a space or two at one line leaves it: read at their indent, as a row of the table", from+1, i+1, abs(in-want), way)
	out := slices.Clone(lines)
	out[from] = strings.Repeat(" ", want) + strings.TrimLeft(lines[from], " \t")
	return out
}

// spacedRowText is the text of a row of a table whose cells are one
// space apart: its lines, rl, joined by a space, but for a line the
// browser cut inside its one unit (cutUnit, at width), which the next
// line goes on with no space between.
func spacedRowText(lines []string, rl []int, width int) string {
	var b strings.Builder
	for k, j := range rl {
		if k > 0 && !cutUnit(lines[rl[k-1]], width) {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(lines[j]))
	}
	return b.String()
}

// cutUnit reports whether a line of a text browser's table, wrapped at
// width, is one unit with no space in it (a link's text with its address
// or number before it, "[file://…#x]GenericModels.Dis", an address alone)
// that reaches the width: longer than a line, it was cut there, inside
// its word or its address, and goes on at the next line's start.
func cutUnit(line string, width int) bool {
	t := strings.TrimSpace(line)
	return t != "" && !strings.ContainsAny(t, " \t") && columns(line) >= width
}

// wrappedRow reads line j, which splits into no row of a table whose
// cells are one space apart, wrapped at width, with the lines before
// end that the browser wrapped it onto, as a row: the printed line,
// link marks and all, is what it wraps, so a name whose type's link
// (its address or number before its text) does not fit after it stands
// alone ("results" ⏎ "[file://…]GenericModels.DismantleResult[] true …"),
// and a unit longer than a line is cut (cutUnit) and goes on at the next.
// The unit that did not fit on line j must hold a link mark: a plain word
// that did not is as likely a wrapped sentence's. It returns the row's
// lines where they split into a row whose description begins as one
// does and line j+1 alone does not, or nil.
func wrappedRow(split cellSplitter, lines []string, j, end, width int) ([]int, []string) {
	if j+1 >= end {
		return nil, nil
	}
	if cells, strong, _ := split.cells(lines[j+1]); cells != nil && strong {
		return nil, nil
	}
	if unit := firstUnit(lines[j], lines[j+1]); pages.Unnumbered(unit) == unit {
		return nil, nil
	}
	rl := []int{j}
	for k := j; k+1 < end && indentOf(lines[k+1]) == indentOf(lines[j]); k++ {
		if !cutUnit(lines[k], width) && columns(lines[k])+1+columns(firstUnit(lines[k], lines[k+1])) <= width {
			return nil, nil
		}
		rl = append(rl, k+1)
		if cutUnit(lines[k+1], width) {
			continue
		}
		if cells, strong, _ := split.cells(spacedRowText(lines, rl, width)); cells != nil && strong {
			return rl, cells
		}
	}
	return nil, nil
}

// endsTable reports whether line j, under a table whose cells are one
// space apart, splitting into no row of it and no rest of the row above,
// is a title the page's structure knows, which ends the table: a PDF's
// text, as pdftotext -raw prints it, sets a title right under the last
// row of the table before it, with no blank line between them, and a
// WebDriver's getText() or innerText sets every heading so. Such a title
// is one of the protocol's (pages.SectionColumns): a section's, a path
// heading, a method, or a type's heading right over the header of a
// table of its own; or a line the lexicon reads as a title (its
// EndsTable: a heading, a section's title, a status or request line, a
// permission sentence, a code block's label) over the page's structure
// (headsStructure; isRow tells whether line k starts a row of the
// table). A capitalised word alone elsewhere may be a cell's text the
// browser set on a line of its own (<br>), and stays refused.
func endsTable(words pages.Lexicon, lines []string, j int, isRow func(k int) bool) bool {
	if words == nil {
		return false
	}
	t := strings.TrimSpace(lines[j])
	if sc, ok := words.(pages.SectionColumns); ok {
		heads, strict := sc.ColumnsUnder(pages.StripHeading(t))
		if strict || len(heads) > 0 && j+1 < len(lines) && spacedHeader(lines[j+1]) != nil {
			return true
		}
	}
	return words.EndsTable(t) && headsStructure(words, lines, j+1, isRow)
}

// headsStructure reports whether line j, right under a line the lexicon
// reads as a title, goes on with the page's structure, so that the title
// heads it: a table's header (its words each a column's, the first a
// Name or a Code column: namesColumns), another title (a heading over a
// section's title, a section's title over its request line), or one line
// of text over a table's header (a type's heading, its description, its
// table), the title or the text no row of the table (isRow). A cell's
// text on a line of its own is followed by the next row.
func headsStructure(words pages.Lexicon, lines []string, j int, isRow func(k int) bool) bool {
	switch {
	case j >= len(lines):
		return false
	case headerRow(lines[j]):
		return true
	case isRow(j):
		return false
	}
	return words.EndsTable(strings.TrimSpace(lines[j])) || j+1 < len(lines) && headerRow(lines[j+1])
}

// headerRow reports whether a line is a table's header row, its cells
// one space apart or more: two words or more, each naming a column, the
// first a Name or a Code column (namesColumns).
func headerRow(l string) bool {
	return mayHead(l) && namesColumns(strings.Fields(l))
}

// rowAfter is the index of the first line past the site's chrome that
// line j starts (pages.ChromeEnd), before end, that splits as a row of a
// table whose cells are one space apart (split), its cells told apart;
// -1 where none does.
func rowAfter(split cellSplitter, lines []string, j, end int) int {
	for k := pages.ChromeEnd(lines, j); k < end; k++ {
		if cells, strong, _ := split.cells(lines[k]); cells != nil && strong {
			return k
		}
	}
	return -1
}

// cellWrapEnd is the index of the line that starts the next row of a
// table whose cells are one space apart, where line j, under a line of
// a row of it short of the page's width, and the lines after it at its
// indent before that row are the rest of that row's last cell; -1 where
// they are not. pdftotext -raw prints the text of a PDF's cell that its
// column wrapped on lines of their own, under the row's line, with no
// blank line around them. row tells of line k whether it starts a row,
// and whether it is text that may be a cell's (no row, nor a line that
// begins as one). Each line of the run must be such text, none a
// callout's (a note that cut the table), and a row before end must
// follow it, or a page's mark (pages.IsPageMark) with a row next after
// it, a print's page break that cut the table (the run ends at the
// mark): text before the table's end may be the page's. A line that
// may be a title (the lexicon's EndsTable: a section's, a type's
// heading, a path, a method; endsTable) stays one, to be read or
// refused as such. The line above must not end a sentence nor a bound
// or a note in parentheses, which close a cell's text: a column wraps
// its cell between two words of it, and a line after a cell's full stop
// or its "(from 1 to 1000000)" may as well be a title spanning the row
// ("Optional members"), a row that lost its cells or text after a line
// break in the cell, which stay refused.
func cellWrapEnd(words pages.Lexicon, lines []string, j, end int, row func(k int) (starts, text bool)) int {
	if above := strings.TrimSpace(lines[j-1]); strings.ContainsAny(above[len(above)-1:], ".?!)") {
		return -1
	}
	for k := j; k < end && indentOf(lines[k]) == indentOf(lines[j]); k++ {
		if k > j && pages.IsPageMark(lines[k]) {
			// A print's page break, the row after it on the next page.
			if next := pastMarks(lines, k); next < len(lines) {
				if starts, _ := row(next); starts {
					return k
				}
			}
			return -1
		}
		starts, text := row(k)
		if starts && k > j {
			return k
		}
		if starts || !text || words != nil && words.EndsTable(lines[k]) || endsTable(words, lines, k, func(k int) bool { s, _ := row(k); return s }) || pages.IsCalloutLabel(lines[k]) || pages.IsCalloutLabel(firstWordOf(lines[k])) {
			return -1
		}
	}
	return -1
}

// pastMarks is the index of the first line from line k on that is
// neither blank nor a page's mark (pages.IsPageMark), len(lines) where
// none is.
func pastMarks(lines []string, k int) int {
	for k < len(lines) && (strings.TrimSpace(lines[k]) == "" || pages.IsPageMark(lines[k])) {
		k++
	}
	return k
}

// cellRest tells why line, which splits into no row of a table whose
// cells are one space apart and follows, short of the page's width, a
// line of the row whose text is row, is the rest of that row's last
// cell, or "" where nothing tells it: it closes a parenthesis the row leaves
// open ("(from 0 to" ⏎ "31)"), or it is a bound, a default or a note in
// parentheses, closed on the line, which no row begins with and a
// database console's count of rows is not ("(1 - 5 items)", "(default:
// 2.5)"; pages.StartsMidSentence). A text browser prints the text after
// a line break in a cell (<br>) on a line of its own at the row's
// indent, and a wrap it makes short of the width, its hidden marks of
// emphasis counted, the same: such a line is that cell's. So is prose
// that begins with a capital where the rows' names begin in lower case
// (lower, 1 when they say so) and ends a sentence on the line ("Careful
// keeps the sockets but yields less dust. See"; proseRest): no row
// begins so, and a cell spanning the row, a title, ends no sentence; a
// note that spans it begins with its label ("Note: a lifted sanction
// stays…"). So is a line in lower case that ends the sentence the row's
// text leaves open (pages.WrapRest's RestOfSentence: "… vat is used if"
// ⏎ "empty."), one word alone, or any where the rows' names begin with
// a capital: a name ends with no full stop, and a row of names in lower
// case that lost its cells may begin such a line of more words. A line
// that begins otherwise ("Optional members", a cell spanning the row;
// the summary of a collapsible after the table) is left to be refused.
func cellRest(words pages.Lexicon, row, line string, lower int) string {
	t := strings.TrimSpace(line)
	closing, opening := strings.IndexByte(t, ')'), strings.IndexByte(t, '(')
	switch {
	case strings.Count(row, "(") > strings.Count(row, ")") && closing >= 0 && (opening < 0 || closing < opening):
		return "closes the parenthesis the row leaves open"
	case opening == 0 && closing > 0 && pages.StartsMidSentence(t):
		return "is a bound, a default or a note in parentheses, which no row begins with"
	case lower == 1 && proseRest(t):
		return "is prose that ends a sentence, begun with a capital where the rows' names begin in lower case, which no row and no title spanning the row is"
	case pages.EndsSentence(t) && pages.WrapRest(words, row, t) == pages.RestOfSentence && (lower == 0 || !strings.Contains(t, " ")):
		return "begins in lower case and ends the sentence the row's text leaves open, as no row does (a lone word that ends with a full stop is no name, and where the rows' names begin with a capital no row begins in lower case)"
	}
	return ""
}

// proseRest reports whether a line of a table's text is prose: three
// words or more, the first begun with a capital and no callout's label
// (a note row spanning the table begins "Note:", pages.IsCalloutLabel),
// and a sentence's end on the line (a full stop, a question or an
// exclamation mark, at its end or before a space).
func proseRest(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) || len(strings.Fields(t)) < 3 || pages.IsCalloutLabel(firstWordOf(t)) {
		return false
	}
	return strings.ContainsAny(t[len(t)-1:], ".?!") || strings.Contains(t, ". ") || strings.Contains(t, "? ") || strings.Contains(t, "! ")
}

// spacedCutRest is the table whose header, head, is line h of the page's
// lines, its rows indented by indent, where a line at that indent from
// line i on, a few lines of text after the table's end, splits as a row
// of it (a callout, a note or a line of text cut the table): its rest,
// read as its rows are, with no header of its own (pages.Read tells it
// the table's rest), and the index of the line after it; nil where line
// i is no such row. A line between the table's end, from, and line i
// that begins as the rest of a cell does (a bound, a default, a word in
// lower case: pages.StartsMidSentence), or any line there after a last
// row whose last cell is empty, is refused at its line, as a text
// browser prints a cell's paragraphs on lines of their own, and whose
// cell it is cannot be told. A line i that holds rows of the table run
// together, one space apart and nothing between two (lineRows: a tool
// that strips a page's tags writes a header row apart from the rows a
// page break parted from it, then the rows on one line), is read as
// that many rows, or refused where they cannot be cut.
func spacedCutRest(src pages.Source, lines []string, head []string, h, indent, from, i int) (*pages.Table, int) {
	cols, _ := pages.ColumnsOf(head)
	if indentOf(lines[i]) != indent {
		return nil, i
	}
	if cells, strong, _ := (cellSplitter{words: src.Words, cols: cols}).cells(lines[i]); cells == nil || !strong {
		return nil, i
	}
	last, _, _ := (cellSplitter{words: src.Words, cols: cols}).cells(lines[from-1])
	emptyLast := len(last) > 0 && last[len(last)-1] == ""
	// after places line i against the table, for the messages: after
	// lines of text, or under it past blank lines and page breaks.
	after, between := fmt.Sprintf("under the table at line %d, nothing but blank lines or a page break between them", h+1), ""
	for k := from; k < i; k++ {
		t := strings.TrimSpace(lines[k])
		if pages.IsPageMark(t) {
			continue // no cell's text, nor text that cut the table
		}
		if t != "" {
			after, between = fmt.Sprintf("a few lines of text after the table at line %d", h+1), ", the lines between them as text"
		}
		if chatTimeRe.MatchString(t) {
			continue
		}
		if t != "" && pages.StartsMidSentence(t) {
			src.Report.Fail(pages.At(src.Name, k+1), "line %d (%q), between the table at line %d, whose cells are one space apart as a text browser prints them, and the row of it at line %d, begins as the rest of a cell does (a bound, a default, a word in lower case or a number): such a browser prints a cell's paragraphs on lines of their own, and whose cell it is cannot be told. Write the page's table with its cells set apart (two spaces or a tab between them)", k+1, pages.Clip(t), h+1, i+1)
			break
		}
		if t != "" && emptyLast {
			src.Report.Fail(pages.At(src.Name, k+1), "line %d (%q), between the table at line %d, whose cells are one space apart as a text browser prints them, and the row of it at line %d, follows the row at line %d, whose %s cell is empty: such a browser prints a cell's paragraphs on lines of their own, under its row, and whether line %d is that cell or text that cut the table cannot be told. Write the page's table with its cells set apart (two spaces or a tab between them)", k+1, pages.Clip(t), h+1, i+1, from, head[len(head)-1], k+1)
			break
		}
	}
	split := cellSplitter{words: src.Words, cols: cols}
	lead, rows, keyed, why := lineRows(split, lines[i])
	if why != "" {
		src.Report.Fail(pages.At(src.Name, i+1), "line %d, %s, splits as rows of it one space apart and nothing between them, as a tool that strips a page's tags prints a table, but %s: where one row ends and the next begins cannot be told. Write the page's table a row a line, its cells set apart (two spaces, a tab or pipes)", i+1, after, why)
		return nil, i
	}
	if lead == "" && len(rows) > 1 {
		// The rows run together on the line, as such a tool writes
		// them apart from a header row they stood apart from (a PDF's
		// page break, a taller header row).
		tb := &pages.Table{Line: i + 1}
		addLineRows(split, tb, i+1, rows)
		src.Report.Warn(pages.At(src.Name, i+1), "line %d, %s, holds %d rows of it one space apart and nothing between them, as a tool that strips a page's tags prints a table: read as the rest of that table, by what each cell holds (a name, a type, a requiredness, a code), a row where a name and such a cell follow the end of a cell%s%s", i+1, after, len(rows), keyedNote(keyed), between)
		return tb, i + 1
	}
	tb, end := spacedRows(src, lines, head, h, i, indent)
	if len(tb.Rows) == 0 {
		return nil, i
	}
	src.Report.Warn(pages.At(src.Name, i+1), "line %d, %s, splits as a row of it, its cells one space apart at its indent: read as the rest of that table%s", i+1, after, between)
	tb.Line, tb.Header, tb.Cols = i+1, nil, nil
	return tb, end
}

// spacedRows reads the rows of the table whose header, head, is line i,
// from line from on, at indent: the table, with the index of the line
// after it.
func spacedRows(src pages.Source, lines []string, head []string, i, from, indent int) (*pages.Table, int) {
	cols, _ := pages.ColumnsOf(head)
	tb := &pages.Table{Line: i + 1, Header: head, Cols: cols}
	end := from
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" && (indentOf(lines[end]) == indent || marginRest(lines, end, indent)) && spacedHeader(lines[end]) == nil && !emphasized(lines[end]) && !chatTimeRe.MatchString(strings.TrimSpace(lines[end])) {
		end++
	}
	width := wrapWidth(lines, indent)
	split := cellSplitter{words: src.Words, cols: cols}
	lines, kerned := joinKernedNames(src, lines, split, head, i, from, end)
	// rows holds the lines of each row: its first, and those its text
	// wraps onto.
	var rows [][]int
	lower := -1 // whether the rows' names begin in lower case (1) or not (0), once a row says
	// emptied are the rows, by their index in rows, that split only
	// with an empty cell before a description in lower case, under a
	// line short of the width: no wrap.
	var emptied []int
	// wrapEnd is the line of the row after the lines from the current
	// one that are the rest of the last row's cell its column wrapped
	// (cellWrapEnd), or -1.
	wrapEnd := -1
	isRow := func(k int) bool {
		cells, strong, _ := split.cells(lines[k])
		return cells != nil && strong
	}
rows:
	for j := from; j < end; j++ {
		cells, strong, why := split.cells(lines[j])
		if cells != nil && lower >= 0 && isLowerStart(cells[0]) != (lower == 1) && !split.whole(cells) {
			cells, why = nil, fmt.Sprintf("its name %s is in the other case than the names of the rows above, and it does not fill each cell before its description", cells[0])
		}
		unit := firstUnit(lines[j-1], lines[j])
		under := len(rows) > 0 && slices.Contains(rows[len(rows)-1], j-1) // line j-1 is of the last row
		full := under && columns(lines[j-1])+1+columns(unit) > width
		if cells == nil && full && len(rows) > 0 && indentOf(lines[j]) == indent && columns(lines[j-1])+1+columns(firstWordOf(lines[j])) <= width {
			src.Report.Warn(pages.At(src.Name, j+1), "line %d goes on with the row at line %d though its first word fits on line %d: its words up to the parenthesis that closes, %q, are read as one run a browser keeps whole (a bound written with no-break spaces), which does not fit", j+1, rows[len(rows)-1][0]+1, j, pages.Clip(unit))
		}
		// rest tells why a line that splits into no row under a line
		// of the row above short of the width is its last cell's rest.
		rest := ""
		if cells == nil && under {
			rest = cellRest(src.Words, spacedRowText(lines, rows[len(rows)-1], width), lines[j], lower)
		}
		var wrapped []int
		var wrappedCells []string
		if cells == nil && indentOf(lines[j]) == indent {
			wrapped, wrappedCells = wrappedRow(split, lines, j, end, width)
		}
		if cells == nil && wrapped == nil && !full && rest == "" && j >= wrapEnd && under && indentOf(lines[j]) == indent && !cutUnit(lines[j-1], width) {
			// A run the cases before it do not take, from its first line.
			wrapEnd = cellWrapEnd(src.Words, lines, j, end, func(k int) (bool, bool) {
				cells, strong, _ := split.cells(lines[k])
				if cells != nil && lower >= 0 && isLowerStart(cells[0]) != (lower == 1) && !split.whole(cells) {
					cells = nil
				}
				return cells != nil && strong, cells == nil && !split.rowLike(lines[k], lower)
			})
		}
		switch {
		case len(rows) > 0 && slices.Contains(rows[len(rows)-1], j-1) && cutUnit(lines[j-1], width):
			rows[len(rows)-1] = append(rows[len(rows)-1], j)
		case cells != nil && !split.whole(cells) && !strings.Contains(strings.TrimSpace(lines[j]), " ") && !full && endsTable(src.Words, lines, j, isRow):
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), under the header at line %d whose cells are one space apart as a text browser prints them, is a word alone, which reads both as a row of the columns %s whose other cells are empty (such a browser prints an empty cell as nothing) and as a title over the lines under it (%q): which it is cannot be told. Write the page's table with its cells set apart (two spaces or a tab between them), its empty cells kept, or set the title apart from the table with a blank line", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, strings.Join(head, " | "), pages.Clip(strings.TrimSpace(lines[j+1])))
			end = j
			break rows
		case (cells == nil || !split.whole(cells)) && !full && rest == "" && endsTable(src.Words, lines, j, isRow):
			// A title over the page's structure ends the table, though
			// it split as a row with empty cells ("Request Body": a
			// name, no requiredness, a description).
			end = j
			break rows
		case cells == nil && !full && rest == "" && pages.EndsContent(lines, j):
			if k := rowAfter(split, lines, j, end); k >= 0 {
				src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), under the header at line %d whose cells are one space apart as a text browser prints them, is the site's chrome that ends a page's content (its doc footer or pager), but line %d after it splits as a row of the columns %s: whether the table ends at line %d or goes on cannot be told. Write the page's table whole, above the page's footer", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, k+1, strings.Join(head, " | "), j+1)
				continue
			}
			end = j
			break rows
		case len(rows) > 0 && indentOf(lines[j]) != indent:
			src.Report.Warn(pages.At(src.Name, j+1), "line %d starts at the margin, left of the table at line %d, right under a line of it: read as the rest of the row at line %d, which a hard wrap cut (an editor or a mail client that wraps at a column)", j+1, i+1, rows[len(rows)-1][0]+1)
			rows[len(rows)-1] = append(rows[len(rows)-1], j)
		case cells != nil && strong:
			rows = append(rows, []int{j})
			lower = boolInt(isLowerStart(cells[0]))
		case wrapped != nil:
			rows = append(rows, wrapped)
			lower = boolInt(isLowerStart(wrappedCells[0]))
			j = wrapped[len(wrapped)-1]
		case cells == nil && split.rowLike(lines[j], lower):
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), under the header at line %d whose cells are one space apart as a text browser prints them, begins as a row does (a type, or a name and a requiredness, a type or a code), but splits into no row of the columns %s (%s): a cell of it may be lost, which such a browser prints as nothing. Write the page's table with its cells set apart (two spaces or a tab between them), its empty cells kept", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, strings.Join(head, " | "), why)
		case cells == nil && full:
			rows[len(rows)-1] = append(rows[len(rows)-1], j)
		case cells == nil && rest != "":
			src.Report.Warn(pages.At(src.Name, j+1), "line %d (%q), under the header at line %d whose cells are one space apart as a text browser prints them, splits into no row and the line before it ends short of the page's width, but it %s: read as the rest of the last cell of the row at line %d, which a line break in the cell (<br>) or the browser's wrap set on a line of its own", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, rest, rows[len(rows)-1][0]+1)
			rows[len(rows)-1] = append(rows[len(rows)-1], j)
		case cells == nil && under && j < wrapEnd:
			src.Report.Warn(pages.At(src.Name, j+1), "line %d (%q), under the header at line %d whose cells are one space apart, splits into no row and the line before it ends short of the page's width, but the lines from it to the next row are no row and no title: read as the rest of the last cell of the row at line %d, which its column wrapped (a cell broken inside its column, as pdftotext -raw prints a PDF's, or a line break inside a cell a converter kept)", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, rows[len(rows)-1][0]+1)
			rows[len(rows)-1] = append(rows[len(rows)-1], j)
		case cells != nil && !full:
			// No wrap: a row whose Required cell is empty, or lost.
			emptied = append(emptied, len(rows))
			rows = append(rows, []int{j})
		case cells != nil:
			src.Report.Fail(pages.At(src.Name, j+1), "line %d of the table at line %d, whose cells are one space apart as a text browser prints them, reads as a row (%s) only with an empty cell before a description that begins in lower case: a cell may hold more than that reading gives it, or the line may be the rest of the row above, wrapped. Write the page's table with its cells set apart (two spaces or a tab between them), its empty cells kept", j+1, i+1, pages.Clip(strings.Join(cells, " | ")))
			rows = append(rows, []int{j})
		default:
			what := "the line before it ends short of the page's width, so that it is no text of the row above wrapped"
			if len(rows) == 0 {
				what = "it is the first line under the header"
			}
			kerning := ""
			if k, ok := kerned[j]; ok {
				kerning = fmt.Sprintf("; or its first two words, %q, are one name, %q, that a PDF's text extraction broke at a kerning, which no other line of the page writes whole to tell: write the name whole", k.split, k.whole)
			}
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), under the header at line %d whose cells are one space apart as a text browser prints them, splits into no row of the columns %s (%s), and %s. Write the page's table with its cells set apart (two spaces or a tab between them)%s", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, strings.Join(head, " | "), why, what, kerning)
		}
	}
	lost := requiredLost(src, lines, split, rows, emptied, i, width)
	for k, rl := range rows {
		parts := make([]string, len(rl))
		for k, j := range rl {
			parts[k] = strings.TrimSpace(lines[j])
		}
		text := spacedRowText(lines, rl, width)
		cells, _, why := split.cells(text)
		if cells == nil {
			src.Report.Fail(pages.At(src.Name, rl[0]+1), "the row at line %d (%q), with the lines its text wraps onto, splits into no row of the columns %s (%s). Write the page's table with its cells set apart (two spaces or a tab between them)", rl[0]+1, pages.Clip(text), strings.Join(head, " | "), why)
			continue
		}
		row := &pages.Row{Line: rl[0] + 1, Raw: strings.Join(parts, "\n"), Cells: cells}
		if lost[k] {
			row.Lost = []pages.Column{pages.ColRequired}
		}
		tb.Rows = append(tb.Rows, row)
	}
	return tb, end
}

// unreadRows refuses the rows under the header at line i, whose cells
// are set apart by two spaces or more (a header of aligned columns, not
// a text browser's one space apart), where no line under it was read:
// the first line under it, before a blank line, with text at its first
// column's start. Such a header's columns are told by the lines under it
// (headerAt), which a line of text among them, across the columns, left
// untold; the rows would be left out of the schema without a word.
func unreadRows(src pages.Source, lines []string, head []string, i int) {
	if len(chunksOf(lines[i], 2)) < 2 {
		return
	}
	indent := indentOf(lines[i])
	for j := i + 1; j < len(lines) && strings.TrimSpace(lines[j]) != ""; j++ {
		if indentOf(lines[j]) == indent {
			src.Report.Fail(pages.At(src.Name, j+1), "line %d is under the header at line %d (%s), whose columns the lines under it tell, but no line under it reads as a row: a line among them leaves no place where each column starts (a line of text across the columns cut the table); set the table apart from the text around it, with a blank line", j+1, i+1, strings.Join(head, " | "))
			return
		}
	}
}

// requiredLost tells of each row of emptied (by its index in rows, the
// lines of each row of the table whose header is at index head) whether
// it lost its Required cell: the row splits only with an empty cell
// before a description in lower case, which a text browser prints for an
// empty cell as for a lost one; where the header names a Required column
// and the column's other rows fill theirs, the cell is lost (a hole its
// reader makes), and the row is read. Elsewhere such a row is refused at
// its line: nothing tells its cells. Each row's lines are joined as the
// browser wrapped them at width (spacedRowText).
func requiredLost(src pages.Source, lines []string, split cellSplitter, rows [][]int, emptied []int, head, width int) map[int]bool {
	if len(emptied) == 0 {
		return nil
	}
	req := slices.Index(split.cols, pages.ColRequired)
	filled := req >= 0 && len(emptied) < len(rows)
	for k, rl := range rows {
		if !filled || slices.Contains(emptied, k) {
			continue
		}
		cells, _, _ := split.cells(spacedRowText(lines, rl, width))
		filled = cells != nil && cells[req] != ""
	}
	lost := map[int]bool{}
	for _, k := range emptied {
		j := rows[k][0]
		cells, _, _ := split.cells(lines[j])
		if filled {
			lost[k] = true
			continue
		}
		src.Report.Fail(pages.At(src.Name, j+1), "line %d of the table at line %d, whose cells are one space apart as a text browser prints them, reads as a row (%s) only with an empty cell before a description that begins in lower case, and the table's other rows do not all fill that column: a cell may hold more than that reading gives it. Write the page's table with its cells set apart (two spaces or a tab between them), its empty cells kept", j+1, head+1, pages.Clip(strings.Join(cells, " | ")))
	}
	return lost
}

// marginRest reports whether line j, at the page's margin under a table
// indented by indent, is the rest of the line above that a hard wrap cut,
// as a wrap starts it at the margin, with the lines at the margin right
// under it (a line wrapped twice, by its tool and again by a mail
// client, leaves its rest on two, the first begun as the rest of a
// sentence, pages.StartsMidSentence): the table goes on at the line after
// them, or the line begins as the rest of a sentence and the table ends
// after them.
func marginRest(lines []string, j, indent int) bool {
	if indent == 0 || indentOf(lines[j]) != 0 {
		return false
	}
	k := j + 1
	for k < len(lines) && k-j < pages.MaxRestLines && strings.TrimSpace(lines[k]) != "" && indentOf(lines[k]) == 0 {
		k++
	}
	switch {
	case k >= len(lines) || strings.TrimSpace(lines[k]) == "":
		return pages.StartsMidSentence(lines[j])
	case k > j+1:
		// Lines at the margin, a callout's label over its text
		// ("Note:", "주의") where none begins mid-sentence.
		return indentOf(lines[k]) == indent && pages.StartsMidSentence(lines[j])
	}
	return indentOf(lines[k]) == indent
}

// wrapWidth is the width a page's text of an indent is wrapped at, as
// far as its lines tell: the longest line of the indent that a line of
// the indent follows, but for a line with a URL, which the browser does
// not break (its list of links), a line alone, as a code block's, which
// may run past it, and a row of a table the browser laid out in columns
// (laidOut), which it sizes to the page's full width, past the width it
// wraps prose at (Lynx at -width=120 wraps text at 114 columns and lays
// a table's rows out up to 119).
func wrapWidth(lines []string, indent int) int {
	w := 0
	for j := 0; j+1 < len(lines); j++ {
		if strings.TrimSpace(lines[j]) != "" && strings.TrimSpace(lines[j+1]) != "" && indentOf(lines[j]) == indent && indentOf(lines[j+1]) == indent && !strings.Contains(lines[j], "://") && !laidOut(lines, j) {
			w = max(w, columns(lines[j]))
		}
	}
	return w
}

// laidOut reports whether line j is a row of a table a text browser laid
// out in columns, not text it wrapped: it, or a line right above or
// below it, has a gap of two spaces or more inside its text, which a
// wrap, collapsing spaces, never leaves, ending at a column a word of the
// other starts at, as a column's cells line up. Such a row whose cells
// are each its column's widest is one space apart, and tells itself by
// the gaps of its neighbours.
func laidOut(lines []string, j int) bool {
	for _, k := range []int{j - 1, j + 1} {
		if k < 0 || k >= len(lines) || strings.TrimSpace(lines[k]) == "" {
			continue
		}
		if alignedGap(lines[j], lines[k]) || alignedGap(lines[k], lines[j]) {
			return true
		}
	}
	return false
}

// alignedGap reports whether line a has a gap of two spaces or more after
// its indent that ends at the display column a word of line b starts at.
func alignedGap(a, b string) bool {
	starts := wordStarts(b)
	gap, col, text := 0, 0, false
	for _, r := range a {
		switch {
		case r == ' ' || r == '\t':
			gap++
		case text && gap >= 2 && starts[col]:
			return true
		default:
			gap, text = 0, true
		}
		col = nextColumn(col, r)
	}
	return false
}

// wordStarts is the set of display columns the words of a line start at.
func wordStarts(l string) map[int]bool {
	starts := map[int]bool{}
	col, space := 0, true
	for _, r := range l {
		blank := r == ' ' || r == '\t'
		if !blank && space {
			starts[col] = true
		}
		space = blank
		col = nextColumn(col, r)
	}
	return starts
}

// nextColumn is the display column after rune r printed at column col: a
// tab to the next multiple of 8, a wide rune two columns.
func nextColumn(col int, r rune) int {
	if r == '\t' {
		return col + 8 - col%8
	}
	return col + pages.RuneWidth(r)
}

// cellSplitter splits a row of a table whose cells are one space apart
// into its columns.
type cellSplitter struct {
	words pages.Lexicon
	cols  []pages.Column
}

// valuesRe matches the values a primitive type cell lists after it: " in
// ios | android | web".
var valuesRe = regexp.MustCompile(`^ in [^\s|]+(?: \| [^\s|]+)*`)

// signedRe matches a signed integer.
var signedRe = regexp.MustCompile(`^[-+]?\d+$`)

// cells splits a row's text into one cell per column, or returns nil
// with why it does not split; strong tells that its description begins
// as one does, or that its requiredness states a condition.
func (s cellSplitter) cells(text string) (cells []string, strong bool, why string) {
	rest := strings.TrimSpace(pages.Unnumbered(text))
	spans, rest := leadingSpans(rest)
	if len(spans) >= len(s.cols) {
		return nil, false, "its code spans are more than the columns before its last"
	}
	out := make([]string, len(s.cols))
	for k, c := range s.cols {
		if k < len(spans) {
			if k == 0 && !(s.valueFirst() && signedRe.MatchString(spans[k])) {
				c = pages.ColName // the first column names the row, "Code" or "Name"
			}
			if why := s.spanCell(c, spans[k]); why != "" {
				return nil, false, why
			}
			out[k] = spans[k]
			continue
		}
		if k == len(s.cols)-1 && c == pages.ColCode {
			// A table of no Description column ends with its code.
			if !signedRe.MatchString(rest) {
				return nil, false, fmt.Sprintf("%q is no code", pages.Clip(rest))
			}
			out[k] = rest
			return out, true, ""
		}
		if k == len(s.cols)-1 {
			out[k] = rest
			r, _ := utf8.DecodeRuneInString(rest)
			strong = rest == "" || strong || out[k-1] != "" || unicode.IsUpper(r) || unicode.IsDigit(r) || r == '(' || r == '"'
			if !strong && !slices.ContainsFunc(out[1:k], func(c string) bool { return c != "" }) {
				// A word, then prose in lower case: nothing of a row.
				return nil, false, "it holds a word and prose, and no cell between them"
			}
			return out, strong, ""
		}
		word, after := cutCell(rest)
		switch {
		case k == 0 && s.valueFirst() && signedRe.MatchString(word):
			// An enum's table, Code | Name | Description: its value first.
			out[k], rest = word, after
		case k == 0 || c == pages.ColName:
			if k == 0 && s.nameLost(rest) {
				return nil, false, "it begins with a type, as a row whose name is lost"
			}
			if !isName(word) {
				return nil, false, fmt.Sprintf("%q is no name", pages.Clip(word))
			}
			out[k], rest = word, after
		case c == pages.ColType:
			n := s.typeLen(rest)
			if n == 0 {
				return nil, false, fmt.Sprintf("%q is no type the pages know", pages.Clip(word))
			}
			out[k], rest = rest[:n], strings.TrimSpace(rest[n:])
		case c == pages.ColCode:
			if !signedRe.MatchString(word) {
				return nil, false, fmt.Sprintf("%q is no code", pages.Clip(word))
			}
			out[k], rest = word, after
		case c == pages.ColRequired:
			if pages.IsCondition(rest + " ") {
				// "Optional if …": the condition is the cell, to the
				// row's end.
				out[k], rest, strong = rest, "", true
				continue
			}
			if _, ok := pages.Requiredness(word); !ok {
				continue // an empty cell
			}
			out[k], rest = word, after
		default:
			return nil, false, "a column the reader of such a table does not know"
		}
	}
	return out, strong, ""
}

// valueFirst reports whether the table's Code column comes first and a
// Name column after it (Code | Name | Description): an enum's table, its
// first cell a value, a signed integer or a name. A Code column first
// with no Name column names the row (GearN's Code | Type | Required |
// Description), a signed integer there no cell of it.
func (s cellSplitter) valueFirst() bool {
	return s.cols[0] == pages.ColCode && slices.Contains(s.cols[1:], pages.ColName)
}

// chatTimeRe matches the time alone on its line that a chat's copy
// prints where a message of the same sender begins ("3:42", "3:42 PM"):
// a table pasted over two messages goes on after it.
var chatTimeRe = regexp.MustCompile(`^\d{1,2}:\d{2}(?: ?[AaPp][Mm])?$`)

// emphasized reports whether a line is in emphasis whole, a heading
// (pages.Emphasized): it ends a table whose rows it follows.
func emphasized(l string) bool {
	_, ok := pages.Emphasized(strings.TrimSpace(l))
	return ok
}

// leadingSpans cuts the code spans a row's text begins with, each a
// cell ("`kinds` `string[]`  Only storms…": kinds, string[]), a space or
// more apart: a page written with inline code, copied as text that keeps
// its backticks (Markdown, a chat's composer), marks its name and type
// cells so. It returns their text and the row's rest.
func leadingSpans(rest string) (spans []string, after string) {
	for strings.HasPrefix(rest, "`") {
		end := strings.IndexByte(rest[1:], '`')
		if end <= 0 || 1+end+1 < len(rest) && rest[1+end+1] != ' ' {
			break
		}
		spans = append(spans, strings.TrimSpace(rest[1:1+end]))
		rest = strings.TrimSpace(rest[1+end+1:])
	}
	return spans, rest
}

// spanCell tells why a code span, read as a cell of column c, is none
// of it, or "" where it is: a name, a whole type, a code or a
// requiredness.
func (s cellSplitter) spanCell(c pages.Column, span string) string {
	switch c {
	case pages.ColName:
		if !isName(span) {
			return fmt.Sprintf("%q is no name", pages.Clip(span))
		}
	case pages.ColType:
		if s.typeLen(span) != len(span) {
			return fmt.Sprintf("%q is no type the pages know", pages.Clip(span))
		}
	case pages.ColCode:
		if !signedRe.MatchString(span) {
			return fmt.Sprintf("%q is no code", pages.Clip(span))
		}
	case pages.ColRequired:
		if _, ok := pages.Requiredness(span); !ok {
			return fmt.Sprintf("%q is no requiredness", pages.Clip(span))
		}
	default:
		return "a column the reader of such a table does not know"
	}
	return ""
}

// rowLike reports whether a line that splits into no row begins as a row
// does, one that lost a cell: with a type (its name lost, nameLost), or
// with a name in the case of the rows' names (lower, when they say) and
// then a requiredness, a type or a code (under a Code column after the
// first, which names the row), or with an enum's value first
// (valueFirst). A wrapped sentence does not.
func (s cellSplitter) rowLike(line string, lower int) bool {
	rest := strings.TrimSpace(pages.Unnumbered(line))
	if s.nameLost(rest) {
		return true
	}
	word, after := cutWord(rest)
	if s.valueFirst() && signedRe.MatchString(word) {
		return true
	}
	second, _ := cutWord(after)
	if !isName(word) || second == "" || lower >= 0 && isLowerStart(word) != (lower == 1) {
		return false
	}
	_, required := pages.Requiredness(second)
	return required || slices.Contains(s.cols[1:], pages.ColCode) && signedRe.MatchString(second) || slices.Contains(s.cols, pages.ColType) && s.typeLen(after) > 0
}

// whole reports whether a row's cells, as cells split them, fill each
// column before the description, a requiredness or a code among them
// or a description that begins as one does (a capital, a digit, a
// parenthesis, a quote, or none): a row that holds all it can. The names
// of one table may be in either case (HTTP headers, Content-Type, next to
// fields in camelCase, appSecret), and a sentence a browser wrapped fills
// a name and a type at most by chance ("Unique string identifying"),
// never the cells of a requiredness or a code too.
func (s cellSplitter) whole(cells []string) bool {
	last := len(cells) - 1
	if slices.Contains(cells[:last], "") {
		return false
	}
	if slices.ContainsFunc(s.cols[1:last], func(c pages.Column) bool { return c == pages.ColRequired || c == pages.ColCode }) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(cells[last])
	return cells[last] == "" || unicode.IsUpper(r) || unicode.IsDigit(r) || r == '(' || r == '"'
}

// nameLost reports whether a row of a table with a Type column begins
// with a type, then a requiredness or a description that begins as one
// does ("number int true Amount to add"): its name cell is empty, which
// a text browser prints as nothing, or its name is a type's word.
func (s cellSplitter) nameLost(rest string) bool {
	if !slices.Contains(s.cols, pages.ColType) {
		return false
	}
	n := s.typeLen(rest)
	if n == 0 || n == len(rest) {
		return false
	}
	after := strings.TrimSpace(rest[n:])
	word, _ := cutWord(after)
	if _, ok := pages.Requiredness(word); ok {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsUpper(r) || r == '('
}

// typeLen returns the length of the type cell rest starts with, a whole
// word or two ("number int"), or 0: a primitive in any of its spellings,
// a type the pages define or refer to, or a generic type, each with []
// or not, and the note "(Enum)" after it that a Kakao page writes
// ("String (Enum)", enumNoteRe).
func (s cellSplitter) typeLen(rest string) int {
	n := s.typeNameLen(rest)
	if n == 0 {
		return 0
	}
	if m := enumNoteRe.FindStringIndex(rest[n:]); m != nil && cellEnds(rest, n+m[1]) {
		n += m[1]
	}
	return n
}

// enumNoteRe matches the note a Kakao page writes after a type whose
// values are an enum's: " (Enum)".
var enumNoteRe = regexp.MustCompile(`(?i)^ ?\(\s*enum\s*\)`)

// typeNameLen returns the length of the type rest starts with, without
// its note (typeLen), or 0.
func (s cellSplitter) typeNameLen(rest string) int {
	if n := genericLen(rest); n > 0 {
		return n
	}
	word, _ := cutCell(rest)
	if s.words == nil {
		return 0
	}
	for _, p := range s.words.Primitives().All() {
		if len(rest) < len(p) || !strings.EqualFold(rest[:len(p)], p) {
			continue
		}
		n := len(p)
		if strings.HasPrefix(rest[n:], "[]") {
			n += 2
		}
		if m := valuesRe.FindStringIndex(rest[n:]); m != nil {
			n += m[1] // "string in ios | android": the values it takes
		}
		if cellEnds(rest, n) {
			return n
		}
	}
	name := strings.TrimSuffix(word, "[]")
	if name != "" && unicode.IsUpper(rune(name[0])) && pages.KnowsName(s.words, name) {
		return len(word)
	}
	return 0
}

// genericLen returns the length of the generic type rest begins with, a
// capitalised word and its type arguments (pages.TypeArgsLen: "List<String>",
// "Map<String, Integer>", "List< Play >"), with [] or not, up to a space
// or the end, or 0.
func genericLen(rest string) int {
	w := 0
	for w < len(rest) && pages.IsIdentByte(rest[w]) {
		w++
	}
	if w == 0 || !unicode.IsUpper(rune(rest[0])) {
		return 0
	}
	args := pages.TypeArgsLen(rest[w:])
	if args == 0 {
		return 0
	}
	n := w + args
	if strings.HasPrefix(rest[n:], "[]") {
		n += 2
	}
	if !cellEnds(rest, n) {
		return 0
	}
	return n
}

// cutCell cuts the first word off a row's text, s, as the cell it is:
// up to a space, or to a double quote after it, which opens the next
// cell. html_text (Python's) joins a cell that begins with a quote to the
// one before with no space ("Y\"application/json;charset=UTF-8\"", a
// Mandatory cell and a description): no name, type, requiredness or
// code holds a quote.
func cutCell(s string) (word, rest string) {
	if i := strings.IndexAny(s, " \""); i > 0 && s[i] == '"' {
		return s[:i], s[i:]
	}
	return cutWord(s)
}

// cellEnds reports whether a cell of a row's text, rest, may end at n:
// at its end, a space or a double quote that opens the next (cutCell).
func cellEnds(rest string, n int) bool {
	return n == len(rest) || rest[n] == ' ' || rest[n] == '"'
}

// cutWord cuts the first word off s.
func cutWord(s string) (word, rest string) {
	word, rest, _ = strings.Cut(s, " ")
	return word, strings.TrimSpace(rest)
}

// firstUnit is the first run of a line that a text browser does not
// break, as far as the line before, prev, tells: its first word, or, where
// the line opens a parenthesis or goes on with one prev left open, its
// words up to the parenthesis that closes, on the line ("(from 0.0 to
// 1.0)", "to 1.0)"): a page writes a bound with no-break spaces, which
// the browser prints as spaces and keeps on one line.
func firstUnit(prev, line string) string {
	t := strings.TrimSpace(line)
	word := firstWordOf(t)
	if !strings.HasPrefix(t, "(") && strings.Count(prev, "(") <= strings.Count(prev, ")") {
		return word
	}
	end := strings.IndexByte(t, ')')
	if end < len(word) {
		return word
	}
	return t[:end+1]
}

// firstWordOf is the first word of a line.
func firstWordOf(l string) string {
	w, _ := cutWord(strings.TrimSpace(l))
	return w
}

// isName reports whether a word may be a row's name: a letter, then
// letters, digits and "_-.$".
func isName(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) && (i == 0 || !unicode.IsDigit(r) && !strings.ContainsRune("_-.$", r)) {
			return false
		}
	}
	return w != ""
}

func isLowerStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// indentOf is the display column a line's text starts at.
func indentOf(l string) int {
	col := 0
	for _, r := range l {
		switch r {
		case ' ':
			col++
		case '\t':
			col += 8 - col%8
		default:
			return col
		}
	}
	return col
}

// columns is the display width of a line, a tab to the next multiple of
// 8, a wide rune two columns.
func columns(l string) int {
	col := 0
	for _, r := range strings.TrimRight(l, " \t") {
		switch {
		case r == '\t':
			col += 8 - col%8
		default:
			col += pages.RuneWidth(r)
		}
	}
	return col
}

// spacedRest reads the lines from line i on, right under the table
// whose header is last (no text between, a blank line or not), as that
// table's rest when each splits by what its cells hold (cellSplitter)
// into a row of its columns with a name, a type, its requiredness where
// the table has a Required column (else a description of three words at
// least) and a description that begins as one does: a text browser prints a table of one row or two,
// the rest of a table split in two with no header row, with its cells
// one space apart, sized to its own text, where no column lines up with
// the table's. It returns the rest as a table of no header, with the
// index of the line after it, and warns of it; nil where line i does
// not split so.
func spacedRest(src pages.Source, lines []string, last *header, i int) (*pages.Table, int) {
	cols, _ := pages.ColumnsOf(last.cells)
	if len(cols) < 3 || cols[0] != pages.ColName || !slices.Contains(cols, pages.ColType) {
		return nil, i
	}
	split := cellSplitter{words: src.Words, cols: cols}
	tb := &pages.Table{Line: i + 1}
	j := i
	for ; j < len(lines) && strings.TrimSpace(lines[j]) != ""; j++ {
		cells, strong, _ := split.cells(lines[j])
		if cells == nil || !strong || cells[slices.Index(cols, pages.ColType)] == "" {
			break
		}
		// A title reads as a name, a type and a word ("Query String
		// Parameters"): a row fills the Required column where the
		// table has one, else says more than a word.
		if k := slices.Index(cols, pages.ColRequired); k >= 0 && cells[k] == "" || k < 0 && len(strings.Fields(cells[len(cells)-1])) < 3 {
			break
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: j + 1, Raw: strings.TrimSpace(lines[j]), Cells: cells})
	}
	if len(tb.Rows) == 0 {
		return nil, i
	}
	src.Report.Warn(pages.At(src.Name, i+1), "lines %d-%d, right under the table at line %d, split by what their cells hold (a name, a type, a requiredness, a description) into its %d columns, one space apart, as a text browser prints a table's rest sized to its own text: read as the table's rest (a table split in two, the second without a header row)", i+1, j, last.line+1, len(cols))
	return tb, j
}
