package markdown

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/flattened"
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
// Required cell, and the rest the description. Where no code span sets
// them apart, the cells run together ("playerIdStringYPlayer ID", or a
// space apart, "Queued 0 Waiting for players."): the page is read with
// the pages' lexicon (Style.NeedsLexiconFor), and such a row is split as
// a row of flattened text is (flattened.Splitter), by the types the pages
// name, the requiredness words and the codes, with a warning at the
// header. A row that two cuts split as well, or that splits into no
// row, and a table of columns neither tells, are refused.

// boldMarks takes the marks of bold text off a header.
var boldMarks = strings.NewReplacer("**", "", "__", "")

// spacedEnumRe matches a row of an enum table (Name | Code |
// Description) whose cells stand a space apart: an identifier, a whole
// number, and the description.
var spacedEnumRe = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*) (-?[0-9]+)(?: (.*))?$`)

// gluedCodeRe matches an enum's whole number run together with the
// description after it, which begins with a capital or a bracket:
// "231No hall…", "-10The selected…".
var gluedCodeRe = regexp.MustCompile(`^(-?[0-9]+)[A-Z(]`)

// codeSpanRe matches a code span at the start of a text, and the spaces
// after it.
var codeSpanRe = regexp.MustCompile("^`([^`]+)`[ \t]*")

// TextHeader returns the header of a table that line t heads when it
// is the column names of a table and nothing else, in bold or not: set
// apart by spaces (every word a column's name) or run together
// (pages.RunTogetherHeader, "**Name****Type**" as bold <th>s run together).
func TextHeader(t string) []string {
	t = boldMarks.Replace(t)
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
func textTableAt(src pages.Source, i int, split *flattened.Splitter) (*pages.Table, int) {
	lines := src.Lines
	head := TextHeader(strings.TrimSpace(lines[i]))
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
	rows := &textRowReader{cols: cols, head: head, split: split}
	end, refused := textRows(src, j, tb, rows)
	if refused {
		return nil, i
	}
	if len(tb.Rows) == 0 {
		src.Report.Fail(pages.At(src.Name, i+1), "line %d is the header of a table written as text (%s), a paragraph a row, as html2markdown writes a table whose cell holds a line break, and the cells of the row at line %d cannot be told: no code span sets its name and type apart, or a column other than a name's, a type's, a requiredness's and a description's has no mark. Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes", i+1, strings.Join(head, " | "), j+1)
		return nil, i
	}
	if rows.flat && !flattened.MarkCells(src, tb, textForm, textFix) {
		return nil, i
	}
	if !rows.flat {
		gluedRequiredness(src, tb)
	}
	if rows.flat {
		src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d (%s) is written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break, its cells run together or a space apart: its rows split as flattened text's are, by the types the pages name, the requiredness words and the codes, a paragraph's lines joined; convert with --opt-table-newline-behavior=preserve to keep it a table", i+1, strings.Join(head, " | "))
		return tb, end
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

// gluedRequiredness reads the requiredness word run together with a
// description that begins in lower case ("trueapplication/json", as a
// converter writes cells with nothing between their tags), in a row of
// table tb whose Required cell is empty, as its Required cell where
// another row of the table states that word in its Required cell, with
// a warning: a description may begin with such a word.
func gluedRequiredness(src pages.Source, tb *pages.Table) {
	req, desc := slices.Index(tb.Cols, pages.ColRequired), slices.Index(tb.Cols, pages.ColDescription)
	if req < 0 || desc < 0 {
		return
	}
	// stated are the words of the Required cells, longest first.
	var stated []string
	for _, r := range tb.Rows {
		if w := r.Cells[req]; len(w) > 1 && !slices.Contains(stated, w) {
			stated = append(stated, w)
		}
	}
	slices.SortFunc(stated, func(a, b string) int { return len(b) - len(a) })
	for _, r := range tb.Rows {
		d := r.Cells[desc]
		if r.Cells[req] != "" {
			continue
		}
		for _, w := range stated {
			if len(d) > len(w) && strings.HasPrefix(d, w) && unicode.IsLower(rune(d[len(w)])) {
				r.Cells[req], r.Cells[desc] = w, d[len(w):]
				src.Report.Warn(pages.At(src.Name, r.Line), "line %d, a row of the table at line %d written as text, has no Required cell of its own and a description that begins with %q, run together with the rest (%q), as the other rows state their Required cells: read as its Required cell and a description %q", r.Line, tb.Line, w, pages.Clip(d), pages.Clip(d[len(w):]))
				break
			}
		}
	}
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
	return textRest(src, i, last, &textRowReader{cols: last.Cols, head: last.Header})
}

// flatRestAt reads, from line i, rows whose cells run together (split
// by split) that go on the table last, of any form, whose lines end
// at line end: a few lines of text at most between them (a note, an
// ad slot), and no heading (the caller tells), as html2markdown writes
// the second half of a table cut in two whose cell holds a line break;
// rows without a header, which pages.Read reads as the rest of last.
func flatRestAt(src pages.Source, i int, last *pages.Table, end int, split *flattened.Splitter) (*pages.Table, int) {
	lines := src.Lines
	if last == nil || split == nil || i < end || last.Header == nil {
		return nil, i
	}
	text := 0
	for _, l := range lines[end:i] {
		if strings.TrimSpace(l) != "" {
			text++
		}
	}
	if text > pages.MaxBreakLines || i-end > 2*pages.MaxBreakLines+1 {
		return nil, i
	}
	rows := &textRowReader{cols: last.Cols, head: last.Header, split: split}
	para, _ := paragraphAt(lines, i)
	if len(para) == 0 {
		return nil, i
	}
	if cells, rival := rows.cells(para); cells == nil || rival != nil || !rows.lastFlat {
		return nil, i
	}
	return textRest(src, i, last, rows)
}

// textRest reads the rows of the rest of the table last from line i
// with rows, as a table without a header, or returns nil.
func textRest(src pages.Source, i int, last *pages.Table, rows *textRowReader) (*pages.Table, int) {
	probe := &pages.Table{Header: last.Header, Cols: last.Cols}
	end, refused := textRows(src, i, probe, rows)
	if refused || len(probe.Rows) == 0 || rows.flat && !flattened.MarkCells(src, probe, textForm, textFix) {
		return nil, i
	}
	return &pages.Table{Line: i + 1, Rows: probe.Rows}, end
}

// textRows reads into tb the rows written as paragraphs from line j on,
// up to the first paragraph that is no row, and returns the index of
// the line after the last row; a row whose description stands apart
// (apart) is refused, and told.
func textRows(src pages.Source, j int, tb *pages.Table, rows *textRowReader) (int, bool) {
	lines := src.Lines
	end := j
	for j < len(lines) {
		para, after := paragraphAt(lines, j)
		if len(para) == 0 {
			break
		}
		if len(para) == 1 && slices.Equal(TextHeader(strings.TrimSpace(para[0])), tb.Header) {
			// The header again between the rows: a page's <th> row
			// repeated inside its table.
			end, j = after, nextLine(lines, after)
			continue
		}
		cells, rival := rows.cells(para)
		doubt := rows.doubt
		if rival != nil {
			src.Report.Fail(pages.At(src.Name, j+1), "line %d is a row of the table at line %d, written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break, its cells run together, and two cuts split it as well: %q and %q. Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes", j+1, tb.Line, strings.Join(cells, " | "), strings.Join(rival, " | "))
			return after, true
		}
		if cells == nil {
			break
		}
		raw := strings.Join(para, "\n")
		if rows.lastFlat {
			k, more, ok := rows.cellParagraphs(lines, after, cells)
			if !ok {
				src.Report.Fail(pages.At(src.Name, j+1), "line %d is a row of the table at line %d, written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break; its description stands apart, in paragraphs of their own, and where the table ends and the page's text begins after it cannot be told. Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes", j+1, tb.Line)
				return after, true
			}
			if len(more) > 0 {
				d := len(cells) - 1
				cells[d] = strings.TrimSpace(cells[d] + " " + strings.Join(more, " "))
				raw = strings.Join(lines[j:k], "\n")
				src.Report.Warn(pages.At(src.Name, nextLine(lines, after)+1), "lines %d-%d are the rest of the description of the row at line %d of the table at line %d, written as text: html2markdown writes a cell's paragraphs and lists so, between the table's rows or before what ends it; read as that description", nextLine(lines, after)+1, k, j+1, tb.Line)
				after = k
			}
		} else if apart(lines, after, rows, cells) {
			src.Report.Fail(pages.At(src.Name, j+1), "line %d is a row of the table at line %d, written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break; its description stands apart, in paragraphs of their own, and which paragraphs are whose row cannot be told. Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes", j+1, tb.Line)
			return after, true
		}
		if doubt != nil {
			doubt.Warn(src, j)
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: j + 1, Raw: raw, Cells: cells})
		end = after
		j = nextLine(lines, after)
	}
	return end, false
}

// apart reports whether a row read as cells, whose table has a
// description column, has none, and a paragraph that is no row follows
// it: the page set its description apart (a cell of paragraphs), and
// which paragraphs are whose row cannot be told.
func apart(lines []string, after int, rows *textRowReader, cells []string) bool {
	cols := rows.cols
	k := len(cols) - 1
	if cols[k] != pages.ColDescription || cells[k] != "" {
		return false
	}
	next := nextLine(lines, after)
	if next >= len(lines) {
		return false
	}
	para, _ := paragraphAt(lines, next)
	if len(para) == 0 {
		return false
	}
	c, rival := rows.cells(para)
	return c == nil && rival == nil
}

// textRowReader reads the rows of a table written as text: by their
// code spans (textRowCells), else, where the page is read with the
// pages' lexicon, split as rows of flattened text are.
type textRowReader struct {
	cols []pages.Column
	head []string
	// split splits a row whose cells run together; nil without a
	// lexicon. flat is set once a row was split so, lastFlat when the
	// last row asked of was; doubt is what the split of the last row
	// asked of was read by that its reader warns of, or nil.
	split          *flattened.Splitter
	flat, lastFlat bool
	doubt          *flattened.Doubt
}

// cells returns the cells of the row written as the paragraph para, or
// nil where it is no row; and, where its cells run together and two
// cuts split it as well, the other cut (rival).
func (r *textRowReader) cells(para []string) (cells, rival []string) {
	r.lastFlat, r.doubt = false, nil
	first := strings.TrimSpace(para[0])
	if cells := textRowCells(para, r.cols); cells != nil || r.split == nil || codeSpanRe.MatchString(first) || boldTitle(first) || TextHeader(first) != nil {
		return cells, nil
	}
	parts := make([]string, len(para))
	for k, l := range para {
		parts[k] = strings.TrimSpace(l)
	}
	row := pages.Clean(pages.DecodeReferences(pages.Unescaped(strings.Join(parts, " "))))
	if m := spacedEnumRe.FindStringSubmatch(row); m != nil && len(r.cols) == 3 && r.cols[0] == pages.ColName && r.cols[1] == pages.ColCode && r.cols[2] == pages.ColDescription {
		// An enum's name, its code and its description a space apart
		// ("Queued 0 Waiting for players."): a word, a whole number.
		r.flat, r.lastFlat = true, true
		return []string{m[1], m[2], pages.Unlinked(m[3])}, nil
	}
	if startsLikeProse(row) {
		// "Blueprint ID", "Identity provider": a paragraph of a cell,
		// whose words split as a row's cells only inside a word.
		return nil, nil
	}
	cells, rival, doubt := r.split.Cells(row, r.head)
	// A name alone, or cut into a name and a type, is no row: a cell
	// of its own ("playerId"), as html2markdown writes a cell's
	// paragraph; a row states a cell after them.
	after := max(slices.Index(r.cols, pages.ColType), 0) + 1
	if cells == nil || cells[0] == "" || !slices.ContainsFunc(cells[after:], func(c string) bool { return c != "" }) || !runTogether(row, cells) {
		return nil, nil
	}
	last := len(cells) - 1
	cells[last] = pages.Unlinked(cells[last])
	r.flat, r.lastFlat, r.doubt = true, true, doubt
	return cells, rival
}

// runTogether reports whether two cells of a row split into cells run
// together, with nothing between them, as html2markdown writes a row:
// a row whose every cell stands a space apart ("noteId string true The
// note.") is a table written with spaces, which this reading does not
// read.
func runTogether(row string, cells []string) bool {
	pos, prev := 0, false
	for _, c := range cells {
		if c == "" {
			continue
		}
		k := strings.Index(row[pos:], c)
		if k < 0 {
			return false
		}
		if prev && k == 0 {
			return true
		}
		pos, prev = pos+k+len(c), true
	}
	return false
}

// startsLikeProse reports whether a paragraph begins as prose does,
// with a capitalised word of letters (or one in capitals) and a space,
// as no row whose cells run together does: a field's name begins in
// lower case, and an enum's name runs into its code.
func startsLikeProse(t string) bool {
	word, _, spaced := strings.Cut(t, " ")
	if !spaced || word == "" || !unicode.IsUpper(rune(word[0])) {
		return false
	}
	upper := strings.ToUpper(word) == word
	for k, c := range word {
		if !unicode.IsLetter(c) || k > 0 && unicode.IsUpper(c) && !upper {
			return false
		}
	}
	return true
}

// cellParagraphs returns the paragraphs and lists after the row whose
// cells run together, ending at line after, that hold the rest of its
// description (a cell of paragraphs, "gradeIntegerY" ⏎ "VIP grade", or
// holding a list), as text, and the index of the line after them. They
// are the row's when a row of the table follows them, as html2markdown
// writes nothing between a table's rows; after the last row, when its
// description is empty (the cell's text is somewhere) and a heading, a
// title in bold, a table or a code fence ends them. Else none are its,
// and ok is false where its description is empty: which text is the
// table's cannot be told.
func (r *textRowReader) cellParagraphs(lines []string, after int, cells []string) (int, []string, bool) {
	empty := r.cols[len(r.cols)-1] == pages.ColDescription && cells[len(cells)-1] == ""
	var more []string
	end := after
	defer func(flat bool) { r.lastFlat = flat }(r.lastFlat)
	for n := 0; n <= pages.MaxCellParagraphs; n++ {
		j := nextLine(lines, end)
		var para []string
		next := j
		if j < len(lines) {
			para, next = paragraphAt(lines, j)
		}
		switch {
		case j < len(lines) && len(para) == 1 && slices.Equal(TextHeader(strings.TrimSpace(para[0])), r.head):
			// The header again: rows of the table follow it.
			return end, more, true
		case j >= len(lines), len(para) == 0, TextHeader(strings.TrimSpace(lines[j])) != nil, boldTitle(strings.TrimSpace(lines[j])):
			// What ends the table: the last row's cell ends there
			// where the cell's text stands apart.
			if !empty {
				return after, nil, true
			}
			return end, more, len(more) > 0
		case startsCallout(strings.TrimSpace(lines[j])):
			return after, nil, !empty
		}
		if c, rival := r.cells(para); c != nil || rival != nil {
			return end, more, true
		}
		more = append(more, paragraphText(para))
		end = next
	}
	return after, nil, !empty
}

// startsCallout reports whether a line begins with a callout's label
// ("**Note**: a lifted sanction…", "Warning"): text after a table.
func startsCallout(t string) bool {
	label, _, _ := strings.Cut(t, ":")
	return pages.IsCalloutLabel(t) || pages.IsCalloutLabel(label)
}

// boldTitle reports whether a line is wholly bold, as html2markdown
// writes a title (<p><strong>Material</strong></p>).
func boldTitle(t string) bool {
	return len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && !strings.Contains(t[2:len(t)-2], "**")
}

// paragraphText is the text of a paragraph of a cell: its lines joined,
// a list's items set apart by commas.
func paragraphText(para []string) string {
	parts := make([]string, len(para))
	list := true
	for k, l := range para {
		t := strings.TrimSpace(l)
		item, ok := strings.CutPrefix(t, "- ")
		if !ok {
			item, ok = strings.CutPrefix(t, "* ")
		}
		list = list && ok
		parts[k] = item
	}
	if list {
		return strings.Join(parts, ", ")
	}
	for k, l := range para {
		parts[k] = strings.TrimSpace(l)
	}
	return pages.DecodeReferences(pages.Unescaped(pages.Unlinked(strings.Join(parts, " "))))
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
			// number, set apart by a space or run together with a
			// description that begins with a capital or a bracket
			// ("231No hall…", as a converter writes cells with nothing
			// between their tags).
			word, after, _ := strings.Cut(rest, " ")
			if m := codeSpanRe.FindStringSubmatch(rest); m != nil {
				cells[k], rest = m[1], rest[len(m[0]):]
			} else if _, err := strconv.Atoi(word); err == nil {
				cells[k], rest = word, strings.TrimSpace(after)
			} else if m := gluedCodeRe.FindStringSubmatch(rest); m != nil {
				cells[k], rest = m[1], rest[len(m[1]):]
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

// textForm and textFix are what MarkCells says of a table html2markdown
// writes as text: how its rows are written, and how to write them so
// that their cells stand apart.
const (
	textForm = "written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break, its cells run together"
	textFix  = "Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes"
)
