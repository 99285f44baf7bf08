package aligned

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A tool that strips a page's tags and collapses its whitespace
// (string-strip-html, a DOM's textContent, the innerText of a collapsed
// table, a copy out of some viewers) prints a whole table on one line:
// its header's column words, then each row's cells, every cell one space
// apart and nothing between two rows ("Code Type Required Description
// astrolabeId string true The astrolabe … alignment AlignmentMode true
// …"). Its rows are cut where the reader of a text browser's table
// (cellSplitter) starts one: a name followed by a cell its columns accept
// (a type the pages know, a requiredness, a code) and a description that
// begins as one does. A cut is sure where the word before it ends a cell
// (a sentence's end, a closed parenthesis, a type the pages know, as a
// "See AlignmentMode" ends one; that "See" starts no row, seeRef), or
// where the row it starts is keyed: a name, a type and a requiredness of
// one letter ("riverId String Y", after a description without a full
// stop, as @opendocsg/pdf2md writes a PDF's table), which prose does not
// write; then every row of the table must be so keyed, and no
// description may hold a name and a type in capitals, or a name, a word
// and such a letter (a row whose requiredness is empty, a type the pages
// do not know). A description that holds words that split so elsewhere
// ("set x string true") may hold a row or not, and the line is refused
// there. A cell that held a newline breaks the line there: the next line
// goes on with that cell's rest, then more rows, and is read as the
// table's rest. A line of text set among those lines (a note, a callout)
// is no cell of the table: it stays text, the rows after it are the
// table's rest, and a line there that begins as a cell's rest does is
// refused, whose cell it is not told.

// LineTables returns blocks with each text block outside a code block
// that holds a whole table on its line read as that table, with a
// warning (a table of codes, its header's labels of many words, by
// lineCodeTable), and each line right after it that goes on with its rows, the
// rest of its last cell before them or not, read as the table's rest.
// Lines of text between (a note, a callout that cut the table) stay
// text, and the rows after them are its rest under no header, with a
// warning (lineRest); such a line that begins as a cell's rest does is
// refused at its line. A line whose cuts cannot be told is refused at
// its line and left text; its line is among the lines it returns. A
// whole table whose cells and rows run together with nothing between
// them is read so too, without its rest on lines after it
// (runLineTable, runCodeLabels).
func LineTables(src pages.Source, blocks []pages.Block) ([]pages.Block, []int) {
	out := make([]pages.Block, 0, len(blocks))
	var refused []int
	var used pageNames // the names the page uses, once asked
	code := false
	isRunCodes := func(t string) bool { labels, _, _ := runCodeLabels(src.Words, t); return labels != nil }
	isRun := func(t string) bool { return isRunTable(t) || isRunCodes(t) }
	if titles, ok := src.Words.(pages.SectionTitler); ok {
		blocks = splitRunTitles(src, titles, blocks, isRun)
	}
	for k := 0; k < len(blocks); k++ {
		b := blocks[k]
		if b.Table == nil && pages.IsFence(b.Text) {
			code = !code
		}
		if b.Table != nil || code {
			out = append(out, b)
			continue
		}
		if k+1 < len(blocks) && blocks[k+1].Table == nil && blocks[k+1].Line == b.Line+1 && wrappedCodeLabels(src.Words, b.Text, blocks[k+1].Text) {
			src.Report.Warn(pages.At(src.Name, b.Line), "line %d holds the start of the header of a table of codes, its labels run together, and line %d its rest, as a hard wrap cut the line at a space: read as one line", b.Line, blocks[k+1].Line)
			b.Text += " " + blocks[k+1].Text
			k++
		}
		if isRun(b.Text) || runTitleEnd(b.Text, isRun) > 0 {
			if n := wrappedRunRest(src, blocks, k, isRun); n > 0 {
				src.Report.Warn(pages.At(src.Name, b.Line), "line %d holds a whole table run together on one line, and %s right under it go on with its last row, as a hard wrap cut the line at a space, as a paragraph's lines go on: read as one line", b.Line, textLines(n, blocks[k+1].Line))
				for _, r := range blocks[k+1 : k+1+n] {
					b.Text += " " + r.Text
				}
				k += n
			}
		}
		if p := runTitleEnd(b.Text, isRun); p > 0 && !isRun(b.Text) {
			src.Report.Warn(pages.At(src.Name, b.Line), "line %d runs the title %q into the header of the table that follows it on the line (%q): read the title as a line of its own, the table under it", b.Line, b.Text[:p], pages.Clip(b.Text[p:]))
			out = append(out, pages.Block{Line: b.Line, Text: b.Text[:p]})
			b.Text = b.Text[p:]
		}
		if labels, codes, rest := pages.LeadingCodeHeader(b.Text); labels != nil {
			if tb := lineCodeTable(src, b.Line, labels, codes, rest, false); tb != nil {
				out = append(out, pages.Block{Line: b.Line, Table: tb})
				continue
			}
			refused = append(refused, b.Line)
			out = append(out, b)
			continue
		}
		if labels, spaced, seams := runCodeLabels(src.Words, b.Text); labels != nil {
			if labels, codes, rest := pages.LeadingCodeHeader(spaced); labels != nil {
				if codes == 2 {
					rest = runDetailCutRe.ReplaceAllString(rest, "$1 $2 $3")
				}
				if tb := lineCodeTable(src, b.Line, labels, codes, rest, true); tb != nil {
					how := ""
					if len(labels)-codes > 1 {
						how = fmt.Sprintf("; the text after a row's codes cut into its columns %s where a word runs into a capital, in a row with as many such places as cuts, else read as its %s, the others left empty", strings.Join(labels[codes:], " | "), labels[len(labels)-1])
					}
					src.Report.Warn(pages.At(src.Name, b.Line), "line %d holds a whole table of codes on one line (%s%s), its labels and cells run together with nothing between them, as a converter without tables prints it: a row read at each status code run into the text before it%s, its cells' text set a space apart there%s", b.Line, strings.Join(labels, " | "), map[bool]string{true: ", its labels cut where a capital follows a letter with no space between, each piece a label that names a column"}[seams], map[bool]string{true: " and at each negative code so run"}[codes == 2], how)
					out = append(out, pages.Block{Line: b.Line, Table: tb})
					continue
				}
			} else {
				src.Report.Fail(pages.At(src.Name, b.Line), "line %d holds a whole table of codes on one line (%s), its labels and cells run together with nothing between them, as a converter without tables prints it, and no status code begins the text after them: where a cell or a row ends cannot be told. Convert the page again with a converter that keeps its tables as rows, or write the table as rows of pipes (| cell | cell |)", b.Line, strings.Join(labels, " | "))
			}
			refused = append(refused, b.Line)
			out = append(out, b)
			continue
		}
		if head, rest := pages.LeadingRunTogetherHeader(b.Text); head != nil {
			if used.names == nil {
				used = usedNames(src, blocks)
			}
			if tb := runLineTable(src, b.Line, head, rest, used); tb != nil {
				warnEmptyLastCell(src, tb, blocks[k+1:])
				out = append(out, pages.Block{Line: b.Line, Table: tb})
				continue
			}
			refused = append(refused, b.Line)
			out = append(out, b)
			continue
		}
		if pages.ColumnOf(firstWordOf(b.Text)) == pages.ColOther {
			out = append(out, b)
			continue
		}
		head, rest := lineHeader(b.Text)
		if head == nil {
			out = append(out, b)
			continue
		}
		cols, _ := pages.ColumnsOf(head)
		split := cellSplitter{words: src.Words, cols: cols}
		lead, rows, keyed, why := lineRows(split, rest)
		if rows == nil || lead != "" {
			if why != "" {
				src.Report.Fail(pages.At(src.Name, b.Line), "line %d holds a whole table on one line, its header (%s) and its rows one space apart, as a tool that strips a page's tags prints it, but %s: where one row ends and the next begins cannot be told. Write the page's table a row a line, its cells set apart (two spaces, a tab or pipes)", b.Line, strings.Join(head, " | "), why)
				refused = append(refused, b.Line)
			}
			out = append(out, b)
			continue
		}
		tb := &pages.Table{Line: b.Line, Header: head, Cols: cols}
		addLineRows(split, tb, b.Line, rows)
		src.Report.Warn(pages.At(src.Name, b.Line), "line %d holds a whole table on one line (%s), its cells one space apart and nothing between its rows, as a tool that strips a page's tags prints it: read by what each cell holds (a name, a type, a requiredness, a code), a row where a name and such a cell follow the end of a cell%s", b.Line, strings.Join(head, " | "), keyedNote(keyed))
		out = append(out, pages.Block{Line: b.Line, Table: tb})
		cur := tb
		for k+1 < len(blocks) {
			j, blank, lead, rows, keyed, why := lineRest(split, blocks, k)
			cut := ""
			if j > k+1 {
				cut = textLines(j-k-1, blocks[k+1].Line)
				if blank > 0 {
					cut += fmt.Sprintf(" and a blank line (line %d)", blank)
				}
			}
			if why != "" {
				where := "right under"
				if j > k+1 {
					where = "after " + cut + " under"
				}
				src.Report.Fail(pages.At(src.Name, blocks[j].Line), "line %d, %s the table on one line at line %d, splits as its rows, but %s: where one row ends and the next begins cannot be told. Write the page's table a row a line, its cells set apart (two spaces, a tab or pipes)", blocks[j].Line, where, b.Line, why)
				refused = append(refused, blocks[j].Line)
			}
			if rows == nil {
				break
			}
			last := cur.Rows[len(cur.Rows)-1]
			if j > k+1 {
				// Lines of text (a note, a callout) cut the table: they
				// stay text, and the rows after them are its rest, under
				// no header, which pages.Read tells it by.
				between := blocks[k+1 : j]
				for _, t := range between {
					if pages.StartsMidSentence(strings.TrimSpace(t.Text)) {
						src.Report.Fail(pages.At(src.Name, t.Line), "line %d (%q), between the table on one line at line %d and the line %d that goes on with its rows, begins as the rest of a cell does (a bound, a default, a word in lower case or a number): a cell that held a line break may go on there, and whether it is the rest of the cell at line %d or text that cut the table cannot be told. Write the page's table a row a line, its cells set apart (two spaces, a tab or pipes)", t.Line, pages.Clip(t.Text), b.Line, blocks[j].Line, last.Line)
						refused = append(refused, t.Line)
					}
				}
				out = append(out, between...)
				cur = &pages.Table{Line: blocks[j].Line}
				out = append(out, pages.Block{Line: cur.Line, Table: cur})
			}
			switch {
			case j > k+1 && lead != "":
				src.Report.Warn(pages.At(src.Name, blocks[j].Line), "line %d, after %s under the table on one line at line %d, begins with %q and goes on with rows of it: read as the rest of the last cell of its row at line %d, which held a line break, then as the table's rest, the text between as text that cut it (a note, a callout, a title)%s", blocks[j].Line, cut, b.Line, pages.Clip(lead), last.Line, keyedNote(keyed))
			case j > k+1:
				src.Report.Warn(pages.At(src.Name, blocks[j].Line), "line %d, after %s under the table on one line at line %d, splits as its rows: read as the table's rest, the text between as text that cut it (a note, a callout, a title)%s", blocks[j].Line, cut, b.Line, keyedNote(keyed))
			case lead != "":
				src.Report.Warn(pages.At(src.Name, blocks[j].Line), "line %d, right under the table on one line at line %d, begins with %q and goes on with rows of it: read as the rest of the last cell of its row at line %d, which held a line break, then as the table's rest%s", blocks[j].Line, b.Line, pages.Clip(lead), last.Line, keyedNote(keyed))
			default:
				src.Report.Warn(pages.At(src.Name, blocks[j].Line), "line %d, right under the table on one line at line %d, splits as its rows: read as the table's rest, which a line break in a cell set on a line of its own%s", blocks[j].Line, b.Line, keyedNote(keyed))
			}
			if lead != "" {
				last.Cells[len(last.Cells)-1] = strings.TrimSpace(last.Cells[len(last.Cells)-1] + " " + lead)
				last.Raw += " " + lead
			}
			addLineRows(split, cur, blocks[j].Line, rows)
			k = j
		}
	}
	return out, refused
}

// keyedNote tells, for a warning of a table printed on one line, the
// rows it cut after no end of a cell by their first words, keyed
// (keyedRow); "" for none.
func keyedNote(keyed []string) string {
	if len(keyed) == 0 {
		return ""
	}
	return fmt.Sprintf("; %d rows follow no end of a cell (%q first) and are cut where a name, a type and a requiredness of one letter begin one, which no description of the table holds", len(keyed), keyed[0])
}

// lineRest finds, after block k, the last block of a table printed on
// one line or of its rest, the next line that goes on with its rows: the
// line right under it, or one after at most pages.MaxBreakLines lines of
// text that split as no rows (a note, a callout that cut the table),
// each a line of its own right under the one before, the last of them
// a blank line apart from the line or not (a title an author set over
// the table's next part). It returns the line's index j, with the blank
// line's number (0 for none), its rows and the text before its first
// row, lead (lineRows); nil rows where no line goes on with them, a
// fence, a line that begins a table of its own, a line after the blank
// one that splits as no rows, or another gap ending the search; why
// where line j splits as rows but where they are cut cannot be told.
func lineRest(split cellSplitter, blocks []pages.Block, k int) (j, blank int, lead string, rows, keyed []string, why string) {
	for j = k + 1; j < len(blocks) && j-k-1 <= pages.MaxBreakLines; j++ {
		b := blocks[j]
		gap := b.Line != blocks[j-1].Line+1
		if b.Table != nil || gap && (j == k+1 || blank > 0 || b.Line != blocks[j-1].Line+2) || pages.IsFence(b.Text) {
			break
		}
		if gap {
			blank = b.Line - 1
		}
		if j > k+1 {
			if head, _ := lineHeader(b.Text); head != nil {
				break
			}
			if labels, _, _ := pages.LeadingCodeHeader(b.Text); labels != nil {
				break
			}
		}
		if lead, rows, keyed, why = lineRows(split, b.Text); rows != nil || why != "" {
			return j, blank, lead, rows, keyed, why
		}
		if blank > 0 {
			break
		}
	}
	return j, 0, "", nil, nil, ""
}

// textLines names n lines of text from page line from on: "the line of
// text at line 24", "2 lines of text (lines 24-25)".
func textLines(n, from int) string {
	if n == 1 {
		return fmt.Sprintf("the line of text at line %d", from)
	}
	return fmt.Sprintf("%d lines of text (lines %d-%d)", n, from, from+n-1)
}

// addLineRows adds to tb each row text of rows, at page line line, split
// into the table's columns.
func addLineRows(split cellSplitter, tb *pages.Table, line int, rows []string) {
	for _, r := range rows {
		cells, _, _ := split.cells(r)
		tb.Rows = append(tb.Rows, &pages.Row{Line: line, Raw: r, Cells: cells})
	}
}

// lineTableHead returns the header of the whole table a line of text
// holds on one line, its column words, then its rows one space apart,
// as LineTables reads it (or refuses it, where its cuts cannot be told);
// nil where it holds none.
func lineTableHead(words pages.Lexicon, t string) []string {
	head, rest := lineHeader(t)
	if head == nil {
		return nil
	}
	cols, _ := pages.ColumnsOf(head)
	if lead, rows, _, why := lineRows(cellSplitter{words: words, cols: cols}, rest); rows != nil && lead == "" || why != "" {
		return head
	}
	return nil
}

// lineHeader cuts a line that begins with a table's header, its column
// words one space apart (spacedHeader), and goes on after it into the
// header's cells and the rest; nil where it begins with none. A row's
// name may be a column word too ("code"): the header is the longest run
// of the line's first words that reads as one.
func lineHeader(t string) (head []string, rest string) {
	words := strings.Fields(t)
	n := 0
	for n < len(words) && n < 5 && pages.ColumnOf(words[n]) != pages.ColOther {
		n++
	}
	for ; n >= 2; n-- {
		if n < len(words) && spacedHeader(strings.Join(words[:n], " ")) != nil {
			return words[:n], strings.Join(words[n:], " ")
		}
	}
	return nil, ""
}

// lineRows cuts text, the rows of a table printed on one line, into its
// rows' texts (lineCut), with the text before its first row, lead ("" when a
// row starts it), and the first words of each row cut after no end of a
// cell, keyed (keyedRow: every row of the table must be then, and no
// description may hold a row's start, rowInCell); nil rows, with why,
// where a cut cannot be told, or none is found.
func lineRows(split cellSplitter, text string) (lead string, rows, keyed []string, why string) {
	words := strings.Fields(text)
	var cuts []int
	var unsure string // the first words of a row cut after no end of a cell, not keyed
	all := true       // every row keyed
	for w := 0; w < len(words); w++ {
		n, cells := lineCut(split, words, w)
		if n == 0 || len(cuts) > 0 && isLowerStart(words[w]) != isLowerStart(words[cuts[0]]) && !split.whole(cells) {
			// A word in the other case than the rows' names, with a
			// cell before its description empty ("See ResponseData"
			// ending a description), starts no row.
			continue
		}
		key := keyedRow(split, cells)
		if w > 0 && !endsCell(split, words[w-1]) {
			if len(cuts) == 0 {
				continue // text, not a row's cells: no table starts here
			}
			start := pages.Clip(strings.Join(words[w:w+n], " "))
			if !key && unsure == "" {
				unsure = start
			}
			keyed = append(keyed, start)
		}
		all = all && key
		cuts = append(cuts, w)
		w += n - 1
	}
	if len(cuts) == 0 {
		return "", nil, nil, ""
	}
	if unsure != "" || len(keyed) > 0 && !all {
		if unsure == "" {
			unsure = keyed[0]
		}
		return "", nil, nil, "the words " + unsure + " may start a row or be the rest of the cell before them"
	}
	lead = strings.Join(words[:cuts[0]], " ")
	for k, c := range cuts {
		end := len(words)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		rows = append(rows, strings.Join(words[c:end], " "))
	}
	if len(keyed) > 0 {
		for _, r := range rows {
			cells, _, _ := split.cells(r)
			if cells == nil {
				continue
			}
			if pair := rowInCell(split, cells[len(cells)-1]); pair != "" {
				return "", nil, nil, "the rows are told apart by a name, a type and a requiredness of one letter, and the description " + strconv.Quote(pages.Clip(cells[len(cells)-1])) + " holds a name and a type (" + pair + ") as a row whose requiredness is empty begins"
			}
		}
	}
	return lead, rows, keyed, ""
}

// keyedRow reports whether a row's cells, as lineCut splits a table
// printed on one line, begin with a name, a type and a requiredness of
// one capital letter (Y, N; O, X), in the table's columns: a row start
// that a description does not hold, as prose writes no type before such
// a letter, where a requiredness a description's words spell ("x string
// true") may be a sentence's.
func keyedRow(split cellSplitter, cells []string) bool {
	typed, letter := false, false
	for k, c := range split.cols[:len(split.cols)-1] {
		switch c {
		case pages.ColType:
			typed = cells[k] != ""
		case pages.ColRequired:
			letter = isRequiredLetter(cells[k])
		}
	}
	return typed && letter
}

// rowInCell returns the words of a description, d, of a table whose
// rows are keyed (keyedRow), that begin a row as a name then a type in
// capitals do ("b String", a row whose requiredness is empty), or a
// name, a capitalised word and a requiredness of one letter ("b Float
// N", a row of a type the pages do not know); "" where none do.
func rowInCell(split cellSplitter, d string) string {
	words := strings.Fields(d)
	for i := 0; i+1 < len(words); i++ {
		if !isName(words[i]) || !isUpperStart(words[i+1]) {
			continue
		}
		rest := strings.Join(words[i+1:min(i+4, len(words))], " ")
		if n := split.typeLen(rest); n > 0 {
			return words[i] + " " + rest[:n]
		}
		if i+2 < len(words) && isRequiredLetter(words[i+2]) {
			return strings.Join(words[i:i+3], " ")
		}
	}
	return ""
}

// isRequiredLetter reports whether a cell is a requiredness of one
// capital letter (Y, N; O, X).
func isRequiredLetter(c string) bool {
	_, ok := pages.Requiredness(c)
	return ok && len(c) == 1 && isUpperStart(c)
}

// lineCut returns how many words of a row the cells before its
// description take where word w of a table printed on one line starts a
// row, with the row's cells as its next cutWindow words split: a name, a cell its
// columns accept that is not empty (a type, a requiredness, a code) and
// a description that begins as one does (or a requiredness that states
// a condition); 0 where it starts none.
func lineCut(split cellSplitter, words []string, w int) (int, []string) {
	if !isName(words[w]) || seeRef(split, words, w) {
		return 0, nil
	}
	cells, strong, _ := split.cells(strings.Join(words[w:min(w+cutWindow, len(words))], " "))
	last := len(cells) - 1
	if cells == nil || !strong {
		return 0, nil
	}
	n := 1
	for _, c := range cells[1:last] {
		switch f := strings.Fields(c); {
		case len(f) > 1 && pages.IsCondition(c+" "):
			n++ // "Optional if …" runs to the next cut
		default:
			n += len(f)
		}
	}
	if n == 1 {
		return 0, nil
	}
	return n, cells
}

// seeRef reports whether word w of a table printed on one line is a
// cross reference's "See" that ends a description, the type it refers
// to after it ("… of this parameterCode. See InvalidMemberType", "…;
// see ResponseData"): it reads as a name and a type, a row whose
// description is empty or the next row's, but a row's name is no "See".
func seeRef(split cellSplitter, words []string, w int) bool {
	return strings.EqualFold(words[w], "see") && w+1 < len(words) && isUpperStart(words[w+1]) && split.typeLen(words[w+1]) > 0
}

// cutWindow is how many words lineCut splits from a row's start: its
// cells before the description and the description's first word fit in
// them ("string in ios | android | web"), and a line of many thousand
// words is split in time linear in them.
const cutWindow = 24

// endsCell reports whether a word of a table printed on one line ends a
// cell: it ends a sentence or a parenthesis, or it is a type the pages
// know ("See AlignmentMode").
func endsCell(split cellSplitter, w string) bool {
	if strings.ContainsAny(w[len(w)-1:], ".!?)") {
		return true
	}
	return isUpperStart(w) && split.typeLen(w) == len(w)
}

// isUpperStart reports whether a word begins with a capital letter.
func isUpperStart(w string) bool {
	return w != "" && 'A' <= w[0] && w[0] <= 'Z'
}

// lineCodeTable reads a table of codes printed on one line at page line
// line, its header's labels one space apart (pages.LeadingCodeHeader),
// codes of them naming code columns, then its rows, rest: a row starts
// at each status code ("200", "4xx (custom status)"), or, in a table of
// two code columns, at a status before a negative code ("461 -70001") or
// a negative code alone (a row that lost its status to a cell spanning
// rows above), the text after the codes beginning as a cell does. A
// status code in a description's words would start a row too: the rows'
// status codes must rise, as a page lists them, or the line is refused
// at its line and nil returned. The text after a row's codes is read as
// its last column's, the others left empty, with a warning: words one
// space apart do not tell where they end. A table whose cells ran
// together (run) has its rows' text cut where a word runs into a
// capital (cutRunText), and its warning is its caller's.
func lineCodeTable(src pages.Source, line int, labels []string, codes int, rest string, run bool) *pages.Table {
	words := strings.Fields(rest)
	var cuts []int
	last := -1
	for w := 0; w < len(words); w++ {
		n := codeRowStart(words, w, codes)
		if n == 0 {
			continue
		}
		if status, ok := statusValue(words[w]); ok {
			if status < last {
				src.Report.Fail(pages.At(src.Name, line), "line %d holds a whole table of codes on one line (%s), its cells one space apart and nothing between its rows, as a tool that strips a page's tags prints it, but the status code %s comes after %d: it may start a row or be a word of the description before it, and where one row ends and the next begins cannot be told. Write the page's table a row a line, its cells set apart (two spaces, a tab or pipes)", line, strings.Join(labels, " | "), words[w], last)
				return nil
			}
			last = status
		}
		cuts = append(cuts, w)
		w += n - 1
	}
	if len(cuts) == 0 || cuts[0] != 0 {
		src.Report.Fail(pages.At(src.Name, line), "line %d holds a whole table of codes on one line (%s), its cells one space apart and nothing between its rows, as a tool that strips a page's tags prints it, but the words after its header (%q) begin no row of its columns (a status code and text that begins as a cell does%s). Write the page's table a row a line, its cells set apart (two spaces, a tab or pipes)", line, strings.Join(labels, " | "), pages.Clip(rest), map[bool]string{true: ", or a status and a negative code"}[codes == 2])
		return nil
	}
	cols, _ := pages.ColumnsOf(labels)
	tb := &pages.Table{Line: line, Header: labels, Cols: cols}
	for k, c := range cuts {
		end := len(words)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		raw := strings.Join(words[c:end], " ")
		row := codeRow(line, raw, codeCells(raw, codes), len(labels), codes)
		if run {
			cutRunText(row.Cells, len(labels)-codes)
		}
		tb.Rows = append(tb.Rows, row)
	}
	if run {
		return tb
	}
	how := ""
	if len(labels)-codes > 1 {
		how = fmt.Sprintf(", the text after a row's codes as its %s, the columns %s left empty: words one space apart do not tell where they end", labels[len(labels)-1], strings.Join(labels[codes:len(labels)-1], " | "))
	}
	src.Report.Warn(pages.At(src.Name, line), "line %d holds a whole table of codes on one line (%s), its cells one space apart and nothing between its rows, as a tool that strips a page's tags prints it: read a row at each code%s", line, strings.Join(labels, " | "), how)
	return tb
}

// codeRowStart returns how many code words start a row at word w of the
// rows of a table of codes printed on one line, codes of its columns
// code columns: a status code, before a negative code in a table of two,
// or a negative code alone there; the text after them beginning as a
// cell does. It returns 0 where no row starts.
func codeRowStart(words []string, w, codes int) int {
	n := 0
	switch {
	case codes == 2 && isNegativeCode(words[w]):
		n = 1
	case !statusShapeRe.MatchString(words[w]):
		return 0
	case codes == 1:
		n = 1
	case w+1 < len(words) && isNegativeCode(words[w+1]):
		n = 2
	default:
		return 0
	}
	if _, text, _ := pages.SplitCode(strings.Join(words[w+n-1:min(w+n+cutWindow, len(words))], " ")); !startsCell(text) {
		return 0
	}
	return n
}

// isNegativeCode reports whether a word is a negative code ("-70001").
func isNegativeCode(w string) bool {
	return len(w) > 1 && w[0] == '-' && strings.Trim(w[1:], "0123456789") == ""
}

// statusValue is the value of a status code or range for their order, a
// range counting as its last code ("4xx" as 499); ok is false for a word
// that is neither.
func statusValue(w string) (int, bool) {
	if !statusShapeRe.MatchString(w) {
		return 0, false
	}
	v := 0
	for i := 0; i < len(w); i++ {
		d := int(w[i] - '0')
		if w[i] == 'x' || w[i] == 'X' {
			d = 9
		}
		v = v*10 + d
	}
	return v, true
}

// maxRunTitle bounds the bytes of a title that runTitleEnd looks for
// before a table's run-together header.
const maxRunTitle = 80

// runTitleEnd returns where a table run together on one line begins in
// a line that holds a title run into it ("Request
// HeadersNameTypeMandatoryDescriptionappSecretStringY…", a copy that
// lost the line break after the title): the first capital, right after
// a letter or a digit, from which table reads the rest of the line as
// such a table, the title before it holding no sentence's end; 0 where
// the line holds no such title and table.
func runTitleEnd(t string, table func(string) bool) int {
	for p := 1; p < len(t) && p <= maxRunTitle; p++ {
		if c := t[p-1]; t[p] < 'A' || t[p] > 'Z' || !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			continue
		}
		if strings.ContainsAny(t[:p], ".:;!?") {
			return 0
		}
		if table(t[p:]) {
			return p
		}
	}
	return 0
}

// wrappedRunRest returns the number of text lines right after
// blocks[k], a line that holds a whole table run together, each on the
// line after the one before and written as the page's line is, no mark
// of the style stripped from it, that go on with its last row as a hard
// wrap leaves them, cut at a space: as a Markdown paragraph goes on
// with the lines under it. A heading or an item of the style's markup, a
// section title (Words.EndsTable), a fence or a line that begins a table
// run together itself ends them; so does, with a warning, a line that
// begins as a sentence, with a capital, and holds none of the table's
// rows (holdsRunRow): a note a converter without tables set right under
// it as it sets every block, where a line that goes on with the rows
// (a cell of two paragraphs broke the row) is the table's.
func wrappedRunRest(src pages.Source, blocks []pages.Block, k int, isRun func(string) bool) int {
	var page []string
	n := 0
	for j := k + 1; j < len(blocks); j++ {
		r := blocks[j]
		if r.Table != nil || r.Line != blocks[j-1].Line+1 || pages.IsFence(r.Text) || pages.StripHeading(r.Text) != r.Text ||
			src.Words != nil && src.Words.EndsTable(r.Text) || isRun(r.Text) {
			break
		}
		if page == nil {
			page = src.PageLines()
		}
		if r.Line > len(page) || strings.TrimSpace(page[r.Line-1]) != r.Text {
			break
		}
		if isUpperStart(r.Text) && !holdsRunRow(src.Words, r.Text) {
			src.Report.Warn(pages.At(src.Name, r.Line), "line %d, right under the table run together on line %d, begins as a sentence does and holds none of its rows: read as text after the table, a note; if it is the rest of the table's last cell, join it to line %d", r.Line, blocks[k].Line, r.Line-1)
			break
		}
		n++
	}
	return n
}

// holdsRunRow reports whether a line holds a row of a table run
// together: a name run into a type (gluedTypeAt), or a status code or a
// negative code run into the text before it (runCodeCutRe,
// runDetailCutRe).
func holdsRunRow(words pages.Lexicon, t string) bool {
	return words != nil && gluedTypeAt(t, words) >= 0 || runCodeCutRe.MatchString(t) || runDetailCutRe.MatchString(t)
}

// isRunTable reports whether a line begins with a whole table run
// together, its header's column words first
// (pages.LeadingRunTogetherHeader).
func isRunTable(t string) bool {
	head, _ := pages.LeadingRunTogetherHeader(t)
	return head != nil
}

// wrappedCodeLabels reports whether a line t is the start of the labels
// of a table of codes run together (runCodeLabels), as the protocol
// writes them, that the next line goes on with after a hard wrap cut
// them at a space: t, a space and next begin with them.
func wrappedCodeLabels(words pages.Lexicon, t, next string) bool {
	cl, ok := words.(pages.CodeLabeller)
	if !ok {
		return false
	}
	for _, labels := range cl.CodeLabels() {
		if run := strings.Join(labels, ""); len(t) < len(run) && strings.HasPrefix(run, t+" ") && strings.HasPrefix(t+" "+next, run) {
			return true
		}
	}
	return false
}

// warnEmptyLastCell warns of the text under a table run together on one
// line, tb, whose last row's last cell, its description, is empty: a
// converter without tables breaks the line where a cell's paragraphs
// begin, and sets them under the table as it sets a note after it, so
// the text may be that cell's or a note; it is read as text after the
// table, as nothing on the page tells which. after are the blocks after
// the table's; a title, a table or an example's code there (a request
// line, the brace that opens JSON: pages.IsCode) is no cell's text.
func warnEmptyLastCell(src pages.Source, tb *pages.Table, after []pages.Block) {
	last := tb.Rows[len(tb.Rows)-1]
	if last.Cells[len(last.Cells)-1] != "" || len(after) == 0 || after[0].Table != nil || pages.IsFence(after[0].Text) || src.Words != nil && src.Words.EndsTable(after[0].Text) || pages.IsCode([]string{after[0].Text}) {
		return
	}
	src.Report.Warn(pages.At(src.Name, after[0].Line), "line %d, %q, stands under the table run together on line %d, whose last row, %q, has an empty description: it may be that description, a cell of paragraphs that a converter without tables set under the table, or a note after it, which nothing tells; read as text after the table: if it is the row's description, write it in the row", after[0].Line, pages.Clip(after[0].Text), tb.Line, last.Cells[0])
}
