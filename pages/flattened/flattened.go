// Package flattened reads pages whose table cells run together on one
// line, splitting each row by its structure and a lexicon of the pages.
package flattened

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// Flattened pages lose the cell boundaries: "androidDeviceIdstringtrueThe
// device ID …". A row is split by its structure, never by a list of known
// field names: the code is an identifier, the type is a primitive or a type
// name the pages define or reference, the requiredness is true or false,
// an enum code is a signed integer, and the description is the rest. Where
// a scraper kept what stood between two cells, a tab or spaces
// ("pageSize\tnumber int…"), that whitespace is a boundary, and the cells
// split the same on either side of it.

// flattenedItems reads a flattened page, splitting its rows with the
// names its lexicon knows.
func flattenedItems(src pages.Source) []pages.Block {
	names := vocabularyOf(src.Words)
	names.lines = src.Lines
	var last *pages.Table // the last table read with its header
	end := 0              // the index of the line after the last table
	// resumed holds, by the index of its line, the header of the table
	// whose rows a callout cut, and go on at that line without a header
	// row of their own.
	resumed := map[int][]string{}
	// fields is the last table of fields, with a type column, read.
	var fields *pages.Table
	// codes is the last table of codes read, its header by the
	// protocol's labels.
	var codes *codeTable
	// noted notes the table whose header, its cells run together, is at
	// line i, j the index of the line after it, as the last table read.
	noted := func(tb *pages.Table, head []string, i, j int) {
		last, end = &pages.Table{Line: tb.Line, Header: head, Cols: tb.Cols}, j
		if pages.RunKind(last.Cols) == pages.KindFields && last.Has(pages.ColType) {
			fields = last
		}
	}
	cells := &pages.CellLineHeaders{Source: src, Lone: cellAlone(names), Read: func(tb *pages.Table, i, j int) {
		if head, _ := headerOf(strings.TrimSpace(src.Lines[i])); head != nil {
			noted(tb, head, i, j)
			return
		}
		labels, n, _, _ := pages.CodeRunHeader(strings.TrimSpace(src.Lines[i]), src.Words)
		last, end, codes = nil, j, &codeTable{labels: labels, codes: n, head: i, end: j}
	}}
	return pages.LineForms{CellLineHeaders: cells, Table: func(i int) (*pages.Table, int) {
		head, written := headerOf(strings.TrimSpace(src.Lines[i]))
		if head == nil {
			if labels, n, glued, seams := pages.CodeRunHeader(strings.TrimSpace(src.Lines[i]), src.Words); labels != nil {
				tb, j := readCodeTable(src, labels, n, i, i+1, seams)
				if glued != nil {
					tb.Header = slices.Clone(labels)
					tb.Header[0], tb.Glued = glued[0].Title+glued[0].Word, glued
				}
				last, end, codes = nil, j, &codeTable{labels: labels, codes: n, head: i, end: j}
				return tb, j
			}
			if codes.restOf(src.Lines, i, src.Words) {
				// The rest of a table of codes that a callout, a note
				// or a title of its own cut: a table without a header,
				// which pages.Read reads as that table's rest.
				tb, j := readCodeTable(src, codes.labels, codes.codes, codes.head, i, false)
				tb.Line, tb.Header, tb.Cols = i+1, nil, nil
				last, end, codes.end = nil, j, j
				return tb, j
			}
		}
		if head != nil {
			tb, j := readTable(src, names, head, i, i+1, resumed)
			noted(tb, head, i, j)
			tb.Header = written
			return tb, j
		}
		from := last
		if h := resumed[i]; h != nil {
			from = &pages.Table{Header: h, Line: i}
		} else if last == nil || !restAt(src.Lines, end, i, last, names) {
			if fields != nil {
				pages.StrayCheck{Table: fields, Split: "where its cells run together", Match: pages.MatchColumns}.Refuse(src, i+1, i+1, strayCells(strings.TrimSpace(src.Lines[i]), fields, names))
			}
			return nil, i
		}
		// Rows without a header row of their own, the rest of the table
		// a callout or a few lines of text cut: a table without a
		// header, which pages.Read reads as that table's rest.
		tb, j := readTable(src, names, from.Header, from.Line-1, i, resumed)
		tb.Line, tb.Header, tb.Cols = i+1, nil, nil
		end = j
		return tb, j
	}}.Blocks(src.Lines)
}

// headerOf returns the header a line is, run together: its column
// words, and its cells as the line writes them, the first holding the
// title a copy that lost a line break ran into it
// (pages.GluedRunTogetherHeader), which pages.Read marks Glued; the rows
// under it split by the words. Both are nil for any other line.
func headerOf(l string) (words, written []string) {
	if head := pages.RunTogetherHeader(l); head != nil {
		return head, head
	}
	return pages.GluedRunTogetherHeader(l)
}

// isHeader reports whether a line is a table's header run together,
// a title run into it or not (headerOf).
func isHeader(l string) bool {
	h, _ := headerOf(l)
	return h != nil
}

// restAt reports whether line i, a few lines of text after the end (at
// line end) of the table last, is a row of that table that no header
// stands over: it begins as a row does and splits into last's columns;
// a line that begins as a sentence may, with a word ("Ok 1 The request
// completed.", an enum's member named by one), only where its split
// holds as well as such a row's under its header (splitRow's strict
// score): a code cell between the word and its text, as no sentence
// writes one. A line of text that cut the table (a note, a page's
// footer, a title of its own) left its rest without a header: it is
// read as a table without one, which pages.Read reads as the rest of
// last, or warns of.
func restAt(lines []string, end, i int, last *pages.Table, names *vocabulary) bool {
	if i-end > pages.MaxBreakLines+1 {
		return false
	}
	text := 0
	for _, l := range lines[end:i] {
		if strings.TrimSpace(l) != "" {
			text++
		}
	}
	r := strings.TrimSpace(lines[i])
	if text == 0 || text > pages.MaxBreakLines || !startsLikeRow(r) {
		return false
	}
	cells, score, _ := splitRow(r, pages.RunKind(last.Cols), last.Cols, names)
	if continues(r) {
		return cells != nil && score >= 2*startWeight
	}
	return cells != nil && score >= startWeight
}

// strayCells returns the cells of a line of text that is a row of a
// table of fields, of the columns of fields, that no table took
// (pages.StrayCheck, its cells fitted to their columns), or nil for any
// other line: it begins as a row does, not as prose, and splits into a
// name and a type the pages know run together, no space between them,
// as no sentence writes them, or a name run into the capital the next
// cell begins with, its type cell lost, where that cell reads as a
// sentence, three words at least, its second in small letters
// ("messageThe note shown …", not a pager's "releaseMount »"), and a
// description of words after them (a pager's link to another page,
// "setGuildBanner", is a name alone).
func strayCells(r string, fields *pages.Table, names *vocabulary) []string {
	if !startsLikeRow(r) || continues(r) || isHeader(r) {
		return nil
	}
	cells, score, _ := splitRow(r, pages.RunKind(fields.Cols), fields.Cols, names)
	if ti := slices.Index(fields.Cols, pages.ColType); cells == nil || ti != 1 || strings.ContainsAny(cells[0], " \t") || !strings.HasPrefix(r, cells[0]+cells[1]) {
		return nil
	}
	if desc := strings.TrimSpace(cells[len(cells)-1]); !strings.Contains(desc, " ") {
		return nil
	}
	if cells[1] != "" {
		if score >= startWeight && names.knowsCell(cells[1]) {
			return cells
		}
		return nil
	}
	next, _ := utf8.DecodeRuneInString(r[len(cells[0]):])
	ws := strings.Fields(cells[len(cells)-1])
	if unicode.IsUpper(next) && len(ws) >= 3 && strings.IndexFunc(ws[1], func(c rune) bool { return !unicode.IsLower(c) }) < 0 {
		return cells
	}
	return nil
}

// readTable reads the table whose header, head, is at line i, its rows
// from line from on (the line under the header, or the first row of its
// rest), splitting them with names, and returns it with the index of the
// first line after it. Where a callout cuts its rows, resumed gets the
// line where they go on.
func readTable(src pages.Source, names *vocabulary, head []string, i, from int, resumed map[int][]string) (*pages.Table, int) {
	cols, _ := pages.ColumnsOf(head)
	tb := &pages.Table{Line: i + 1, Header: head, Cols: cols}
	kind := pages.RunKind(cols)
	lines := unlabelled(src, names, head, kind, cols, i, from)
	// enumCuts holds, by row index, the ways to cut the rows of an enum
	// table whose name runs into its code (Name | Code | [Description]),
	// where more than one reads: settled once the table is read.
	var enumCuts map[int][]cut
	ni := slices.Index(cols, pages.ColName)
	ci := ni + 1
	if kind == pages.KindEnum && ni >= 0 && ci < len(cols) && cols[ci] == pages.ColCode && ci >= len(cols)-2 {
		enumCuts = map[int][]cut{}
	}
	names.otherColumns(head)
	clear(names.stated)
	ri := slices.Index(cols, pages.ColRequired)
	// spelled holds, for each requiredness word the table's rows state,
	// in lower case, how the first of them writes it ("true").
	spelled := map[string]string{}
	// more holds the lines that continue the last row's description,
	// joined once the row ends; split, the index of each of them that
	// also splits into a row, warned of then; apart, the index of each
	// that begins with a capital, a sentence or a title of its own, after
	// text that ends no sentence ("App Secret", "{ADMIN_KEY}"), warned of
	// where a row of the table follows it (cutBetween): a cell's second
	// paragraph follows a sentence's end; paragraphs, the index in more
	// of each that begins with a capital after a sentence's end or a
	// blank line, kept on the row (pages.Row.Paragraphs) for its
	// protocol to warn of where it changes what the description states.
	var more []string
	var split, apart, paragraphs []int
	// moreLines holds the index of the line of each of more.
	var moreLines []int
	endRow := func() {
		for _, k := range split {
			src.Report.Warn(pages.At(src.Name, k+1), "line %d begins like prose and splits into the columns %s only with its description starting in the middle of a word: read as the text of the row at line %d", k+1, strings.Join(head, " | "), tb.Rows[len(tb.Rows)-1].Line)
		}
		if len(more) > 0 {
			last := tb.Rows[len(tb.Rows)-1]
			last.Cells[len(last.Cells)-1] = joinText(last.Cells[len(last.Cells)-1], strings.Join(more, " "))
			last.Raw += "\n" + strings.Join(more, "\n")
			for n, k := range paragraphs {
				end := len(more)
				if n+1 < len(paragraphs) {
					end = paragraphs[n+1]
				}
				last.Paragraphs = append(last.Paragraphs, pages.Block{Line: moreLines[k] + 1, Text: strings.Join(more[k:end], " ")})
			}
		}
		more, moreLines, split, apart, paragraphs = nil, nil, nil, nil, nil
	}
	// spaced is set once a blank line stood between two rows: the rows
	// of such a table may each stand between blank lines.
	spaced := false
	j := from
rows:
	for ; j < len(lines); j++ {
		r := strings.TrimSpace(lines[j])
		// ends: whether the line ends a table (a heading, a section's
		// title), asked of the lexicon once for the cases below.
		ends := r != "" && names.EndsTable(pages.StripHeading(r))
		switch {
		case pages.IsPageMark(r):
			continue
		case len(tb.Rows) > 0 && pages.EndsContent(lines, j) && splitFlat(r, kind, cols, names) == nil && !rowFollows(lines[pages.ChromeEnd(lines, j):], kind, cols, names):
			// The site's chrome after the page's content (a doc
			// footer's edit link, a pager): no text of the last row.
			break rows
		case len(tb.Rows) > 0 && pages.IsDocFooter(r) && splitFlat(r, kind, cols, names) == nil:
			// A doc footer's line that rows of the table follow past
			// the chrome (a pager's line, which the cases below drop
			// between rows, is left to them).
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q) is a line of the site's doc footer, which ends a page's content, but rows of the table at line %d follow it: whether the table ends at line %d or goes on cannot be told; write the page's table whole, above the page's footer", j+1, pages.Clip(r), i+1, j+1)
			continue
		case titleAbove(lines, j) && splitFlat(r, kind, cols, names) == nil:
			break rows
		case len(tb.Rows) > 0 && tb.Rows[len(tb.Rows)-1].Line == j && endsSentence(r, lines[j-1]) && !isHeader(r) && splitFlat(r, kind, cols, names) == nil:
			more, moreLines = append(more, r), append(moreLines, j)
			continue
		case r == "":
			k := nextNonBlank(lines, j)
			if k > 0 && isCalloutLabel(lines[k]) {
				// A callout after the blank line: rows of the table may
				// go on after it, as after one right under a row.
				if end := calloutEnd(lines, k, kind, cols, names); end > 0 {
					resumed[end] = head
				}
			}
			if k < 0 || splitFlat(strings.TrimSpace(lines[k]), kind, cols, names) == nil || !spaced && breakLeftover(lines, k, head) {
				break rows
			}
			j, spaced = k-1, true
			continue
		case ends && !isFieldRow(r, kind, cols, names) && isBareEnumRowOrTitle(lines, j, from, tb, names):
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q) splits as a row of the enum table at line %d whose description is empty, a name run into the code after its last row's, but the line after it is text, as under a type's heading: whether it is that table's row or a heading cannot be told; write the row's description, or a blank line and the heading's text", j+1, pages.Clip(r), i+1)
			break rows
		case isHeader(r), (ends || isCalloutLabel(r)) && !isFieldRow(r, kind, cols, names) && !isBareEnumRow(lines, j, from, tb, names):
			// A heading, or a callout's label ("Note:", "⚠️ Warning"):
			// the callout's text is no row's, and rows of the table
			// may go on after it.
			if isCalloutLabel(r) {
				if k := calloutEnd(lines, j, kind, cols, names); k > 0 {
					resumed[k] = head
				}
			}
			if !isPageTitle(r) {
				break rows
			}
			// A pager's link to another page: the line before it
			// labels it ("Next page") and goes on no row; when rows
			// of the table follow the pager, it stands inside the
			// table.
			from := j
			if len(more) > 0 && strings.TrimSpace(lines[j-1]) == more[len(more)-1] {
				from, more = j-1, more[:len(more)-1]
				split = slices.DeleteFunc(split, func(k int) bool { return k == j-1 })
			}
			end := pagerEnd(lines, j, kind, cols, names)
			if end < 0 {
				j = from
				break rows
			}
			src.Report.Warn(pages.At(src.Name, from+1), "lines %d-%d link other pages as a pager does (%q), and rows of the table at line %d follow them: read as the site's chrome, and dropped", from+1, end, pages.Clip(r), i+1)
			j = end - 1
			continue
		}
		cells, score, other := splitRow(r, kind, cols, names)
		tied := names.tied
		if w := unstatedWord(cells, ri, names); w != "" && tableStates(lines[j+1:], w, kind, cols, names) {
			// A requiredness word run into a description that begins
			// in lower case ("Content-TypeYesapplication/json") is the
			// Required cell where the other rows state it so too.
			names.stated[w] = true
			cells, score, other = splitRow(r, kind, cols, names)
		}
		end := names.end
		if word, desc := respelledWord(r, cells, ri, cols, spelled); desc != "" {
			src.Report.Warn(pages.At(src.Name, j+1), "line %d splits with %q for its Required cell, but the rows above it in the table at line %d write that word %q: read as the first word of its description, %q, its Required cell left empty (not required), as a converter that drops an empty cell leaves the row; if the field is required, add the fix {operation: OPERATION or object: TYPE, field: %s, required: true} to the overrides", j+1, word, i+1, spelled[strings.ToLower(word)], pages.Clip(desc), cells[0])
			cells[ri], cells[ri+1] = "", desc
		}
		if cells != nil && ri >= 0 && cells[ri] != "" {
			w := strings.ToLower(cells[ri])
			names.stated[w] = true
			if spelled[w] == "" {
				spelled[w] = cells[ri]
			}
		}
		if len(tb.Rows) == 0 && continues(r) && cells != nil && score < startWeight && unicode.IsUpper(rune(r[0])) {
			// The first line under the header begins with a capitalised
			// word and splits only by cutting it, its description
			// starting in the middle of a word ("A" and "ccept
			// application/json"): a row of a name that is a word, its
			// cells one space apart and one of them left empty, or a
			// note under the header.
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), the first under the header of the table at line %d, splits into the columns %s only by cutting its first word, as %q: whether it is a row whose cells stand one space apart, one of them left empty, or a note under the header cannot be told; set the row's cells apart (a tab or pipes between them) and write its empty cells (\"-\"), or move the note off the table", j+1, pages.Clip(r), i+1, strings.Join(head, " | "), strings.Join(cells, " | "))
			continue
		}
		if len(tb.Rows) == 0 && continues(r) && cells == nil {
			// Prose under the header, before any row: the rest of the
			// last row of a table before, across a header a page break
			// printed again, or a note (pages.Read tells).
			tb.Wrapped = append(tb.Wrapped, &pages.Row{Line: j + 1, Raw: r, Cells: []string{r}})
			continue
		}
		if cells != nil && len(tb.Rows) > 0 && score < startWeight && continues(r) {
			// A line that begins like prose and splits only into a row
			// whose description starts in the middle of a word
			// ("via the GearN …" as a header v) goes on the row above.
			more, split = append(more, r), append(split, j)
			continue
		}
		if cells != nil && continues(r) && oneSpaceGap(r, cells) {
			if k := nextNonBlank(lines, j); k > 0 && pages.RunTogetherHeader(strings.TrimSpace(lines[k])) != nil {
				// A line of prose right above a header row is the title
				// of that table: it ends this table.
				break rows
			}
		}
		if cells != nil {
			if len(apart) > 0 && len(tb.Rows) > 0 {
				cutBetween(src, apart, tb, i)
			}
			endRow()
			if enumCuts != nil {
				if cs := cutsOf(r, cells, ni, ci); cs != nil {
					enumCuts[len(tb.Rows)] = cs
				}
			}
			if other != nil {
				ti := slices.Index(cols, pages.ColType)
				why := fmt.Sprintf("%s is a type no page defines or refers to", other[ti])
				if names.knowsCell(other[ti]) {
					why = fmt.Sprintf("its description begins with the name %s", cells[ti-1])
				}
				src.Report.Warn(pages.At(src.Name, j+1), "line %d splits as a field %s of type %s, or as a field %s whose type cell was lost: read as %s without its type, as %s", j+1, other[ti-1], other[ti], cells[ti-1], cells[ti-1], why)
			}
			if end != nil {
				endOf(src, j, cols, cells, end)
			}
			if namedByType(cols) && names.lowerDesc {
				src.Report.Warn(pages.At(src.Name, j+1), "line %d reads as the row %q: one place only, where a type the pages know starts, cuts it, and its description after the type begins in lower case, as a description seldom does", j+1, strings.Join(cells, " | "))
			}
			if namedByType(cols) && len(names.rival) > 0 {
				src.Report.Warn(pages.At(src.Name, j+1), "line %d splits as the row %q or as %q: two types the pages know start where its name ends, and each leaves a description; read with the longer type, as %s", j+1, strings.Join(cells, " | "), strings.Join(names.rival, " | "), cells[1])
			}
			if names.lowered && len(tb.Rows) > 0 && strings.TrimSpace(lines[j-1]) != "" {
				src.Report.Warn(pages.At(src.Name, j+1), "line %d reads as the row %q, a name, a requiredness and a description in lower case one space apart, or as the text of the row at line %d right above it, which it would go on: read as the row; if it is that row's text, join the two lines", j+1, strings.Join(cells, " | "), tb.Rows[len(tb.Rows)-1].Line)
			}
			if continues(r) && oneSpaceGap(r, cells) {
				src.Report.Warn(pages.At(src.Name, j+1), "line %d begins like prose, but runs together as a row of the columns %s does but for one space: read as the row %q", j+1, strings.Join(head, " | "), strings.Join(cells, " | "))
			}
			tb.Rows = append(tb.Rows, names.newRow(pages.Row{Line: j + 1, Raw: r, Cells: cells}))
			continue
		}
		if continues(r) {
			if unicode.IsUpper(rune(r[0])) && endsNoSentence(lines[j-1]) {
				apart = append(apart, j)
			} else if unicode.IsUpper(rune(r[0])) && len(tb.Rows) > 0 {
				paragraphs = append(paragraphs, len(more))
			}
			more, moreLines = append(more, r), append(moreLines, j)
			continue
		}
		if j > 0 && src.WrapBroke(j-1) && (pages.StartsMidSentence(r) || endsOpenSentence(r, lines[j-1])) {
			// The rest of a row's description that a hard wrap put
			// on a line of its own: "(1 - 24" ⏎ "characters)", "role
			// must is" ⏎ "Player.".
			src.Report.Warn(pages.At(src.Name, j+1), "line %d (%q) is the rest of a cell, and the line before it ends where its first word would not fit in the page's wrap at %d columns: read as the text of the row above, which a hard wrap cut", j+1, pages.Clip(r), src.Wrap.Width)
			more, moreLines = append(more, r), append(moreLines, j)
			continue
		}
		switch {
		case tied:
			src.Report.Fail(pages.At(src.Name, j+1), "cannot split %q into the columns %s: the cells of its columns %s run together, and nothing tells where one ends (\"5.20\" is a version 5.2 and a 0, or a 5.20); write the row on the page with a tab between those cells", pages.Clip(r), strings.Join(head, " | "), otherColumns(head))
		case !startsLikeRow(r) && !rowFollows(lines[j+1:], kind, cols, names):
			break rows // a pager or footer line: "← Previous", "© 2026 …"
		case !startsLikeRow(r):
			src.Report.Warn(pages.At(src.Name, j+1), "line %d (%q) begins as no row, wrapped description or heading does, and rows of the table at line %d follow it: read as a line of the site's chrome, and dropped", j+1, pages.Clip(r), i+1)
		default:
			src.Report.Fail(pages.At(src.Name, j+1), "cannot split %q into the columns %s: it begins as a row, but no name, type and requiredness run together at its start, and it is no wrapped description (which begins with a plain word) or heading; write it on the page as the row it is (\"nameTypetrueDescription\"), or delete it if it is no part of the table", pages.Clip(r), strings.Join(head, " | "))
		}
	}
	endRow()
	if len(enumCuts) > 0 {
		settleCuts(src, tb, enumCuts, ni, ci)
	}
	MarkCells(src, tb, flatForm, flatFix)
	return tb, j
}

// endsNoSentence reports whether a line of text ends no sentence: it is
// not blank, and no full stop, colon or other mark of a sentence's end
// ends it.
func endsNoSentence(l string) bool {
	l = strings.TrimSpace(l)
	return l != "" && !strings.ContainsAny(l[len(l)-1:], ".!?:;")
}

// cutBetween warns that the lines apart, each a sentence or a title
// of its own (it begins with a capital) between the last row of the
// table tb, whose header is line i, and a row of it after them, are read
// as the text of that last row: a cell's text on lines of its own, as
// a page's text writes a cell of paragraphs, or a note or a title that
// cut the table, which the form does not tell apart.
func cutBetween(src pages.Source, apart []int, tb *pages.Table, i int) {
	row := tb.Rows[len(tb.Rows)-1]
	for _, k := range apart {
		src.Report.Warn(pages.At(src.Name, k+1), "line %d (%q), between the rows at line %d and after it of the table at line %d, whose cells run together, begins a sentence or a title of its own: read as the text of the row at line %d, a cell written on lines of its own; if it is a note or a title that cut the table, move it off the table", k+1, pages.Clip(strings.TrimSpace(src.Lines[k])), row.Line, i+1, row.Line)
	}
}

// flatForm and flatFix are what MarkCells says of a table of flattened
// text: how its rows are written, and how to write them so that their
// cells stand apart.
const (
	flatForm = "its cells run together, as a page's text (a DOM's textContent, a browser's innerText) writes a table"
	flatFix  = "Write the page's table with its cells set apart (a tab or pipes between them), or its Required cells as words (true, false)"
)

// calloutEnd returns the index of the line after the callout whose
// label is line j, in the rows of a table, where rows of that table go on
// without a header row of their own, or -1: a few lines of text (the
// label's with them, pages.MaxBreakLines at most), then a line that
// splits as a row of the table and begins as no prose does, or as a row
// of fields of known types ("afternumber int…"). A header
// printed again, or a heading, ends the callout: no row goes on.
func calloutEnd(lines []string, j int, kind pages.Kind, cols []pages.Column, names *vocabulary) int {
	text := 1
	for k := j + 1; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		switch {
		case t == "" || pages.IsPageMark(t):
		case pages.RunTogetherHeader(t) != nil, names.EndsTable(pages.StripHeading(t)) && !isFieldRow(t, kind, cols, names):
			return -1
		case startsLikeRow(t) && (!continues(t) || isFieldRow(t, kind, cols, names)) && splitFlat(t, kind, cols, names) != nil:
			return k
		case text == pages.MaxBreakLines:
			return -1
		default:
			text++
		}
	}
	return -1
}

// otherColumns names the columns of a header of no Column kind that the
// readers know (Since, Default…).
func otherColumns(head []string) string {
	var names []string
	for _, h := range head {
		if pages.OtherColumnOf(h) != pages.OtherUnknown {
			names = append(names, h)
		}
	}
	return strings.Join(names, " and ")
}

// A cut is one way an enum row's name runs into its code with digits:
// the name, the code and the start of the description after them. A cut
// inNumber ends the code inside the number its description begins with
// (codeEndCuts).
type cut struct {
	name, code, desc string
	inNumber         bool
}

// cutsOf lists the ways the row r of an enum table, split as cells, may
// be cut between its name and its code, its own first, where its name
// runs into its code with no gap and another cut reads as well: "Base643The
// …" is Base 643, Base6 43 or Base64 3, and "Last7Days4The …" Last 7 or
// Last7Days 4 (names may end in digits). Another cut has a code of no
// leading zero and a description that begins like prose, as the row's
// does. The ways its code may end inside a number its description begins
// with follow (codeEndCuts). It returns nil where the row's cut is the
// only one: a gap stands between its name and its code, or no other
// digits could begin the code, and its code ends where its digits do.
func cutsOf(r string, cells []string, ni, ci int) []cut {
	name, code := cells[ni], cells[ci]
	if code == "" || code[0] == '-' {
		return nil
	}
	var desc string
	if ci+1 < len(cells) {
		desc = cells[ci+1]
	}
	own := cut{name: name, code: code, desc: desc}
	cuts := []cut{own}
	if rest, ok := strings.CutPrefix(r, name+code); ok {
		ownScore := startScore(strings.TrimLeft(rest, " \t"))
		for i := len(name) + 1; i < len(r) && i <= pages.MaxWordLen && pages.IsIdentByte(r[i-1]); i++ {
			d := i
			for d < len(r) && r[d] >= '0' && r[d] <= '9' {
				d++
			}
			if d == i || r[i] == '0' && d > i+1 {
				continue
			}
			after := strings.TrimLeft(r[d:], " \t")
			if sc := startScore(after); sc < 2 && (after != "" || ownScore != 1) {
				continue
			}
			cuts = append(cuts, cut{name: r[:i], code: r[i:d], desc: strings.TrimSpace(r[d:])})
		}
	}
	cuts = append(cuts, codeEndCuts(r, own)...)
	if len(cuts) == 1 {
		return nil
	}
	return cuts
}

// numberGoesOnRe matches what goes on with a number after its digits: a
// decimal point or comma and a digit, a range's dash or tilde and a
// digit, a single space at most on either side of it ("0.1 - 0.8 mm.",
// "2 - 4 mm."): a tab or a run of spaces is a gap between cells.
var numberGoesOnRe = regexp.MustCompile(`^(?:[.,]\d| ?[-–~] ?\d)`)

// codeEndCuts lists the ways the code of an enum row, read as its own
// cut own, may end earlier, where the row's text after the code's digits
// goes on with them as a number does (numberGoesOnRe): a tag stripper
// runs a code's cell into a description that begins with a number, and
// "Fine20.1 - 0.8 mm." is Fine 2 "0.1 - 0.8 mm." as well as Fine 20
// ".1 - 0.8 mm.", "Coarse42 - 4 mm." Coarse 4 "2 - 4 mm." as well as
// Coarse 42 "- 4 mm.". Each shorter run of the code's first digits is a
// cut, inNumber; none where the code is one digit, or the text after it
// goes on as no number does.
func codeEndCuts(r string, own cut) []cut {
	rest, ok := strings.CutPrefix(r, own.name)
	if !ok {
		return nil
	}
	after, ok := strings.CutPrefix(strings.TrimLeft(rest, " \t"), own.code)
	if !ok || len(own.code) < 2 || !numberGoesOnRe.MatchString(after) {
		return nil
	}
	var cuts []cut
	for k := 1; k < len(own.code); k++ {
		cuts = append(cuts, cut{name: own.name, code: own.code[:k], desc: strings.TrimSpace(own.code[k:] + after), inNumber: true})
	}
	return cuts
}

// settleCuts settles each row of an enum table that cuts (cutsOf) holds
// several ways to cut, by its index, by the codes of the rows around it
// (the row before as settled, the row after as split): at the one cut
// whose code counts on from the row before or up to the row after, by
// one up, or down where those rows count down (the row's own cut
// silently, another with a warning); else, where the codes of the rows
// that cut one way go one way, at the one cut whose code keeps them in
// order, with a warning; else at the row's own cut, the first digit
// (names rarely end in digits), with a warning that gives the other
// reading, as where the codes count to the row's own cut and others
// too. Where the codes count to more than one cut but not the row's own,
// or rule out the row's own cut and keep no single other, or the cut
// gives a name another row of the table has, the row is refused at its
// line.
func settleCuts(src pages.Source, tb *pages.Table, cuts map[int][]cut, ni, ci int) {
	refused := map[int]bool{}
	code := func(k int) (int, bool) {
		if k < 0 || k >= len(tb.Rows) || ci >= len(tb.Rows[k].Cells) || refused[k] {
			return 0, false
		}
		c, err := strconv.Atoi(tb.Rows[k].Cells[ci])
		return c, err == nil
	}
	names := map[string]int{}
	var certain []int
	for k, row := range tb.Rows {
		names[row.Cells[ni]]++
		if c, ok := code(k); ok && cuts[k] == nil {
			certain = append(certain, c)
		}
	}
	// dir is the way the codes of the rows that cut one way go, up (1) or
	// down (-1), or 0 where they go both ways.
	dir := 0
	switch {
	case slices.IsSortedFunc(certain, func(a, b int) int { return cmp.Compare(a, b) }) && !hasRepeat(certain):
		dir = 1
	case slices.IsSortedFunc(certain, func(a, b int) int { return cmp.Compare(b, a) }) && !hasRepeat(certain):
		dir = -1
	}
	for k, row := range tb.Rows {
		cs := cuts[k]
		if cs == nil {
			continue
		}
		prev, okPrev := code(k - 1)
		next, okNext := code(k + 1)
		up, down := step(code, k-1, -1), step(code, k+1, 1)
		// counts reports whether a code counts on from the row before,
		// or up to the row after, or down between them.
		counts := func(n int) bool {
			return okPrev && n == prev+up || okNext && n == next-down || okPrev && okNext && n == prev-1 && n == next+1
		}
		seq, order := fitting(cs, counts), cs
		byOrder := len(seq) == 0 && dir != 0 && len(certain) >= 2 && (okPrev || okNext)
		if byOrder {
			order = fitting(cs, func(n int) bool { return (!okPrev || (n-prev)*dir > 0) && (!okNext || (next-n)*dir > 0) })
		}
		// inNumber is where a cut ends the code inside the number the
		// description begins with: where the codes do not tell which,
		// nothing else does (a description may begin with a number, and
		// with a decimal point or a dash), and the row is refused.
		inNumber := slices.ContainsFunc(cs, func(c cut) bool { return c.inNumber })
		readings := make([]string, len(cs))
		for i, c := range cs {
			readings[i] = c.name + " " + c.code
			if inNumber {
				readings[i] += fmt.Sprintf(" %q", pages.Clip(c.desc))
			}
		}
		var c cut
		// tie is where the codes fit the row's own cut and another.
		tie := len(seq) > 1 && seq[0] == cs[0]
		switch {
		case len(seq) == 1, tie && !inNumber:
			c = seq[0]
		case len(seq) == 0 && byOrder && len(order) == 1:
			c = order[0]
		case len(seq) == 0 && slices.Contains(order, cs[0]) && !inNumber:
			c = cs[0]
			byOrder = false
		case inNumber:
			refused[k] = true
			src.Report.Fail(pages.At(src.Name, row.Line), "cannot tell where the code of the enum row at line %d ends and its description begins: the digits after its name go on as a number does, and it reads as %s, and the codes of the rows around it tell none; write the row on the page with a space between its code and its description", row.Line, strings.Join(readings, ", "))
			continue
		default:
			refused[k] = true
			alt := cs[len(cs)-1]
			src.Report.Fail(pages.At(src.Name, row.Line), "cannot tell where the name of the enum row at line %d ends and its code begins: it reads as %s (a name may end in digits), and the codes of the rows around it tell none; write the row on the page with a space between its name and its code (%q, if its name is %s)", row.Line, strings.Join(readings, ", "), c0(alt), alt.name)
			continue
		}
		if c != cs[0] {
			names[cs[0].name]--
			names[c.name]++
			row.Cells[ni], row.Cells[ci] = c.name, c.code
			if ci+1 < len(row.Cells) {
				row.Cells[ci+1] = joinText(c.desc, strings.TrimPrefix(row.Cells[ci+1], cs[0].desc))
			}
		}
		if names[c.name] > 1 {
			refused[k] = true
			src.Report.Fail(pages.At(src.Name, row.Line), "cannot tell where the name of the enum row at line %d ends and its code begins: it reads as %s (a name may end in digits), and %s names another row of the table; write the row on the page with a space between its name and its code", row.Line, strings.Join(readings, ", "), c.name)
			continue
		}
		switch {
		case tie:
			alt := seq[len(seq)-1]
			src.Report.Warn(pages.At(src.Name, row.Line), "line %d reads as %s, and the codes of the rows around it fit %s %s as well as %s %s: read as %s %s, its name ending before the first digit, as names rarely end in digits; if its name is %s, write the row on the page with a space between its name and its code (%q)", row.Line, strings.Join(readings, ", "), c.name, c.code, alt.name, alt.code, c.name, c.code, alt.name, c0(alt))
		case len(seq) == 0 && !byOrder:
			alt := cs[len(cs)-1]
			src.Report.Warn(pages.At(src.Name, row.Line), "line %d reads as %s, and the codes of the rows around it tell none: read as %s %s, its name ending before the first digit, as names rarely end in digits; if its name is %s, write the row on the page with a space between its name and its code (%q)", row.Line, strings.Join(readings, ", "), c.name, c.code, alt.name, c0(alt))
		case c != cs[0] || len(seq) == 0:
			src.Report.Warn(pages.At(src.Name, row.Line), "line %d reads as %s: read as %s %s, whose code %s", row.Line, strings.Join(readings, ", "), c.name, c.code, codeEvidence(c.code, len(seq) == 1, prev, okPrev, next, okNext))
		}
	}
}

// step is how the codes count at row k, a neighbour of the row being
// cut, as k and the row past it (way: -1 before, 1 after) count: by -1
// where they count down by one, else by 1, as codes mostly count up.
func step(code func(int) (int, bool), k, way int) int {
	a, okA := code(k)
	b, okB := code(k + way)
	if okA && okB && (a-b)*way == 1 {
		return -1
	}
	return 1
}

// hasRepeat reports whether sorted codes repeat one.
func hasRepeat(codes []int) bool {
	for i := 1; i < len(codes); i++ {
		if codes[i] == codes[i-1] {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// fitting lists the cuts whose code fits.
func fitting(cs []cut, fits func(n int) bool) []cut {
	var out []cut
	for _, c := range cs {
		if n, err := strconv.Atoi(c.code); err == nil && fits(n) {
			out = append(out, c)
		}
	}
	return out
}

// c0 writes a cut as a row with a space between its name and its code.
func c0(c cut) string { return strings.TrimSpace(c.name + " " + c.code + " " + c.desc) }

// codeEvidence says why a code was taken: it follows the code of the
// row before or precedes that of the row after (inSeq), or else it keeps
// the codes of the table in order between them.
func codeEvidence(code string, inSeq bool, prev int, okPrev bool, next int, okNext bool) string {
	n, _ := strconv.Atoi(code)
	switch {
	case inSeq && okPrev && abs(n-prev) == 1:
		return fmt.Sprintf("follows the code of the row before it (%d)", prev)
	case inSeq:
		return fmt.Sprintf("goes before the code of the row after it (%d)", next)
	case okPrev && okNext:
		return fmt.Sprintf("alone keeps the table's codes in order, between %d and %d", prev, next)
	case okPrev:
		return fmt.Sprintf("alone keeps the table's codes in order, after %d", prev)
	}
	return fmt.Sprintf("alone keeps the table's codes in order, before %d", next)
}

// breakLeftover reports whether the lines from k on, up to a blank line,
// are a few (pages.MaxBreakLines at most) that stand before the header
// head printed again, past blank lines: what a page break leaves
// between the parts of a table, its footer or header lines, which are
// no rows of it even when they split as one ("GearN Docs · API
// Reference" as the header Gear, not required). Rows that stand
// between blank lines are a table's only where its rows before stood so
// too.
func breakLeftover(lines []string, k int, head []string) bool {
	n := 0
	for ; k < len(lines) && strings.TrimSpace(lines[k]) != ""; k++ {
		if n++; n > pages.MaxBreakLines {
			return false
		}
	}
	next := nextNonBlank(lines, k-1)
	return next >= 0 && slices.Equal(pages.RunTogetherHeader(strings.TrimSpace(lines[next])), head)
}

// pagerEnd returns the index of the row of the table that follows the
// pager whose link is line j, past its other links, their labels and
// blank lines, or -1 when no row follows before a heading or the end of
// the page.
func pagerEnd(lines []string, j int, kind pages.Kind, cols []pages.Column, names *vocabulary) int {
	for k := j + 1; k < len(lines) && k-j <= 2*maxPagerLinks; k++ {
		t := strings.TrimSpace(lines[k])
		switch {
		case t == "":
		case pages.RunTogetherHeader(t) != nil, names.EndsTable(t) && !isPageTitle(t):
			return -1
		case isPageTitle(t) && !isFieldRow(t, kind, cols, names), continues(t):
		case startsLikeRow(t) && splitFlat(t, kind, cols, names) != nil:
			return k
		default:
			return -1
		}
	}
	return -1
}

// maxPagerLinks bounds the links of a pager: the previous and the next
// page, with a few more.
const maxPagerLinks = 4

// isPageTitle reports whether a line that ends a table is one word in
// lower case, as the operation a page documents is named
// ("getQuestList"): a pager's link to another page, which the pages'
// headings, type names, never are.
func isPageTitle(r string) bool {
	return r != "" && unicode.IsLower(rune(r[0])) && !strings.ContainsAny(r, " \t")
}

// isFieldRow reports whether a line that looks like a heading, one word,
// is a row of a field table cut after the first word of its description
// ("usernamestringUsername"): it begins in lower case, as codes do and
// type names do not, and splits into a row whose type is one the pages
// know, a primitive or a name they define or refer to, and which says
// more than a name and a type name. A word that splits only into a name
// and a type name is no row: it reads as well as the title of another
// page, as a pager links it ("getQuestList", "getInventory").
func isFieldRow(r string, kind pages.Kind, cols []pages.Column, names *vocabulary) bool {
	if kind != pages.KindFields || !unicode.IsLower(rune(r[0])) {
		return false
	}
	cells := splitFlat(r, kind, cols, names)
	ti := slices.Index(cols, pages.ColType)
	if cells == nil || ti < 0 || !names.knows(strings.TrimSuffix(cells[ti], "[]")) {
		return false
	}
	bare := cells[ti] != "" && unicode.IsUpper(rune(cells[ti][0])) && !strings.ContainsAny(cells[ti], ".[ ")
	for i, c := range cells {
		bare = bare && (i <= ti || c == "")
	}
	return !bare
}

// isBareEnumRow reports whether line j, one word that looks like a
// heading, is a row of the enum table tb (Name | Code | Description)
// whose description cell is empty, its name run into its code
// ("Common1", "Uncommon2"): it splits into a name and a code and
// nothing else, it is the table's first row (line first: the line under
// the header, or the first of the rest a callout cut) or its code
// follows the code of the row above by one, and the next line is neither a header
// row nor prose, as the table or the description under a type's
// heading would be ("Vector3" ⏎ "A point in space.").
func isBareEnumRow(lines []string, j, first int, tb *pages.Table, names *vocabulary) bool {
	ni := slices.Index(tb.Cols, pages.ColName)
	if tb.Kind() != pages.KindEnum || ni < 0 || ni+1 >= len(tb.Cols) || tb.Cols[ni+1] != pages.ColCode {
		return false
	}
	code, ok := bareEnumCode(lines[j], ni, tb, names)
	if !ok {
		return false
	}
	k := nextNonBlank(lines, j)
	if len(tb.Rows) > 0 {
		above := tb.Rows[len(tb.Rows)-1].Cells
		prev, err := strconv.Atoi(above[ni+1])
		if err != nil || abs(code-prev) != 1 && !nextBareRowFollows(lines, k, code, ni, tb, names) {
			return false
		}
	} else if j != first {
		return false
	}
	return k < 0 || !isHeader(strings.TrimSpace(lines[k])) && !continues(strings.TrimSpace(lines[k]))
}

// bareEnumCode returns the code of line l read as a row of the enum
// table tb whose description cell is empty (a name run into its code,
// nothing else; ni is the name column's index), and whether it reads so.
func bareEnumCode(l string, ni int, tb *pages.Table, names *vocabulary) (int, bool) {
	cells := splitFlat(strings.TrimSpace(l), tb.Kind(), tb.Cols, names)
	if cells == nil || cells[ni] == "" || cells[ni+1] == "" || slices.ContainsFunc(cells[ni+2:], func(c string) bool { return c != "" }) {
		return 0, false
	}
	code, err := strconv.Atoi(cells[ni+1])
	return code, err == nil
}

// nextBareRowFollows reports whether line k reads as a row of the enum
// table tb whose description is empty and whose code follows code by
// one: the line above it, whose code does not follow the row above
// its own ("Ok1" ⏎ "BelfryNotFound411" ⏎ "CarillonNotFound412"), is a
// row of the table too, as a type's heading has its header or its
// description under it, never a row of the table above.
func nextBareRowFollows(lines []string, k, code, ni int, tb *pages.Table, names *vocabulary) bool {
	if k < 0 {
		return false
	}
	next, ok := bareEnumCode(lines[k], ni, tb, names)
	return ok && abs(next-code) == 1
}

// isBareEnumRowOrTitle reports whether line j splits as a row of the
// enum table tb whose description cell is empty, as isBareEnumRow
// reads one, but the next line is prose: a type's heading over its
// description reads so ("Vector3" ⏎ "A point in space."), and so does
// such a row with a line of text after it (a note, a callout's text),
// and which it is cannot be told.
func isBareEnumRowOrTitle(lines []string, j, first int, tb *pages.Table, names *vocabulary) bool {
	k := nextNonBlank(lines, j)
	if k < 0 || isHeader(strings.TrimSpace(lines[k])) || !continues(strings.TrimSpace(lines[k])) {
		return false
	}
	return isBareEnumRow(lines[:k], j, first, tb, names)
}

// otherColumns sets others to what each column of a table with the
// header head holds when it is of no Column kind, up to the last such
// column.
func (v *vocabulary) otherColumns(head []string) {
	v.others = v.others[:0]
	for k, h := range head {
		if other := pages.OtherColumnOf(h); other != pages.OtherUnknown {
			for len(v.others) < k {
				v.others = append(v.others, pages.OtherUnknown)
			}
			v.others = append(v.others, other)
		}
	}
}

// knows reports whether a type cell names a primitive, in any of its
// spellings, or a type the pages define or refer to.
func (v *vocabulary) knows(typ string) bool {
	if typ == "" {
		return false
	}
	for _, p := range v.primitives.At(typ[0]) {
		if strings.EqualFold(typ, p) || strings.HasPrefix(typ, p+" in ") {
			return true
		}
	}
	return pages.KnowsName(v.Lexicon, typ)
}

// startsLikeRow reports whether a line begins as a row may: with a
// letter or digit of a name or code, or a sign.
func startsLikeRow(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("_$-+", r)
}

// rowFollows reports whether a line splits into a row of the table
// before the next blank line: then a line between is no footer.
func rowFollows(lines []string, kind pages.Kind, cols []pages.Column, names *vocabulary) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || pages.RunTogetherHeader(t) != nil {
			return false
		}
		if startsLikeRow(t) && !continues(t) && splitFlat(t, kind, cols, names) != nil {
			return true
		}
	}
	return false
}

// nextNonBlank returns the index of the next line after j that is
// neither blank nor a page mark, or -1.
// titleAbove reports whether line j, right above a header row (a blank
// line between them or not), reads as the title of that table, of words
// no reader may know ("Things To Send", "More Details"): a few words, the
// first capitalised, and no sentence's end. Where it splits into no row,
// it ends the table above: it is not the rest of its last row's
// description.
func titleAbove(lines []string, j int) bool {
	// The line itself first, which a row of the table, beginning with a
	// code in lower case, fails at its first rune: the lines after it are
	// looked at only for a line that may be a title.
	t := strings.TrimSpace(lines[j])
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) || strings.ContainsAny(t[len(t)-1:], ".,;:!?)") {
		return false
	}
	if n := countWords(t); n < 2 || n > maxTitleWords {
		return false
	}
	k := nextNonBlank(lines, j)
	return k >= 0 && pages.RunTogetherHeader(strings.TrimSpace(lines[k])) != nil && pages.RunTogetherHeader(t) == nil
}

// countWords is len(strings.Fields(s)), without the slice.
func countWords(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// maxTitleWords bounds the words of a table's title.
const maxTitleWords = 5

func nextNonBlank(lines []string, j int) int {
	for k := j + 1; k < len(lines); k++ {
		if t := strings.TrimSpace(lines[k]); t != "" && !pages.IsPageMark(t) {
			return k
		}
	}
	return -1
}

func joinText(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// continues reports whether a line that is no row continues the previous
// row's description: it begins like prose, with a word or words joined by
// a slash ("username/account does not exist."), or with what no row begins
// with, such as "(1 - 32 characters)" or "-1 is never unban.".
func continues(s string) bool {
	// startsWithWord reads no further than a first word may run
	// (firstWord): the slash is looked for there only.
	head := s[:min(len(s), pages.MaxWordLen+1)]
	return startsWithWord(strings.Replace(head, "/", " ", 1)) || strings.IndexByte("(\"'`-0123456789", s[0]) >= 0
}

// endsOpenSentence reports whether a line ends the sentence that the
// line before it leaves open (no full stop, colon or closing
// parenthesis ends it), with a full stop or a closing parenthesis of its
// own, as no title does ("Player.").
func endsOpenSentence(r, before string) bool {
	before = strings.TrimSpace(before)
	return before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?):") && strings.ContainsAny(r[len(r)-1:], ".)")
}

// endsSentence reports whether a line of one word is the end of the
// sentence that the row on the line before it leaves open (no full stop
// or closing parenthesis ends it), as a wrap puts it on a line of its
// own ("…, as a" ⏎ "fraction"): a word in lower case, with no capital
// inside as a link's name has ("getQuestList"); a pager's link follows
// its label ("Next page"), no row. The caller checks that the word is no
// header printed again and splits as no row ("countnumber").
func endsSentence(r, before string) bool {
	before = strings.TrimSpace(before)
	if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?):") {
		return false
	}
	word := strings.TrimRight(r, ".,;")
	if word == "" {
		return false
	}
	for i, c := range word {
		if !unicode.IsLetter(c) || unicode.IsUpper(c) || i == 0 && !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// startsWithWord reports whether s begins like prose, with a plain word
// and a space, rather than like a run-together row.
func startsWithWord(s string) bool {
	tok, ok := firstWord(s)
	if !ok {
		return false
	}
	tok = strings.TrimRight(tok, ",.;:!?)")
	tok = strings.Trim(tok, "`\"'(")
	if tok == "" {
		return true
	}
	for i, r := range tok {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
		if i > 0 && unicode.IsUpper(r) && !isAllUpper(tok) {
			return false
		}
	}
	return true
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// vocabulary is the lexicon rows are split with, and its primitive
// spellings (Spellings.At: by the byte a cell holding one begins with).
type vocabulary struct {
	pages.Lexicon
	primitives *pages.Spellings
	// cands holds, for each column, the candidates being tried for it,
	// reused from row to row: the rows of a page are split one by one.
	cands [][]candidate
	// others holds what each column of the table being read holds when
	// it is of no Column kind (Since, Default…), up to the last such
	// column, and nothing when it has none; stated the requiredness
	// words its rows state, in lower case: a table states requiredness
	// in one vocabulary.
	others []pages.OtherColumn
	stated map[string]bool
	// lastScores holds, for the row being split, the score of a last
	// cell by the length of the rest of the row it takes, or unscored:
	// it is rated once per place, in a buffer reused from row to row;
	// cells and best hold the cells of the split being tried and of the
	// best one so far, reused so too; bounds the most the cells from
	// each column on may score (bestSplit).
	lastScores  []int
	bounds      []int
	cells, best []string
	// tied is set when the last split tried found two splits as good
	// that differ in a cell of another column (othersDiffer); rival
	// holds, when the best split of the last row tried has another as
	// good that differs in any cell, that other split (Splitter.Cells).
	tied  bool
	rival []string
	// prefixes holds the known type names a type cell may be
	// (namedTypeCandidates), reused from cut to cut.
	prefixes []string
	// lines are the page's, where the names of the readings of a row
	// whose primitive ends a known type are looked up (typeAtEnd); end
	// is that other reading of the last row split, or nil.
	lines []string
	end   *typeEnd
	// letters is requiredAt's: set by a Splitter.
	letters bool
	// lowered is set when the last row split read as a row whose cells
	// stand one space apart with a description in lower case (spacedRow).
	lowered bool
	// lowerDesc is set when the last row typeCut split read with a
	// description in lower case, at the one place a type cut it.
	lowerDesc bool
	// rows holds the rows of the page's tables, made a few at a time
	// (newRow) rather than one allocation each; cellRun so the cells of
	// the splits bestSplit returns (newCells).
	rows    []pages.Row
	cellRun []string
}

// rowsAtOnce is how many rows newRow makes at a time.
const rowsAtOnce = 16

// newRow returns a pointer to a copy of r, made in names.rows.
func (v *vocabulary) newRow(r pages.Row) *pages.Row {
	if len(v.rows) == cap(v.rows) {
		v.rows = make([]pages.Row, 0, rowsAtOnce)
	}
	v.rows = append(v.rows, r)
	return &v.rows[len(v.rows)-1]
}

// cellsAtOnce is how many cells newCells makes room for at a time.
const cellsAtOnce = 64

// newCells returns a copy of cells, made in names.cellRun: a slice of
// its own, whose capacity ends where its cells do, so that an append to
// it copies rather than writes over the next split's.
func (v *vocabulary) newCells(cells []string) []string {
	if cap(v.cellRun)-len(v.cellRun) < len(cells) {
		v.cellRun = make([]string, 0, max(cellsAtOnce, len(cells)))
	}
	n := len(v.cellRun)
	v.cellRun = append(v.cellRun, cells...)
	return v.cellRun[n:len(v.cellRun):len(v.cellRun)]
}

// nameByte reports whether b may be part of a member's name cell: a
// byte of an identifier, or the "?" a tool that writes a page in an 8-bit
// encoding puts for a character it lacks (a zero-width space in a long
// name), which the name cell keeps for the reader to drop with a warning
// (read.LostCharName) or refuse.
func nameByte(b byte) bool { return pages.IsIdentByte(b) || b == '?' }

// headerNameByte is nameByte for a header's name cell: a byte of a
// header name (pages.IsHeaderNameByte), or a "?".
func headerNameByte(b byte) bool { return pages.IsHeaderNameByte(b) || b == '?' }

// unscored marks a place of lastScores not rated yet: no start scores so
// low.
const unscored = math.MinInt

func vocabularyOf(lex pages.Lexicon) *vocabulary {
	return &vocabulary{Lexicon: lex, primitives: lex.Primitives(), stated: map[string]bool{}}
}

// splitFlat splits a run-together row into one cell per column, or returns
// nil when the row cannot be split. The last cell takes the rest of the
// row; its score depends on where it starts only, so it is rated once per
// place.
func splitFlat(s string, kind pages.Kind, cols []pages.Column, names *vocabulary) []string {
	best, _, _ := splitRow(s, kind, cols, names)
	return best
}

// splitRow splits a line of a table into its cells, with the score of
// the split. A line that is no continuation and splits only without a
// type cell is a row that lost it ("mentionsThe players mentioned."):
// its type cell is empty, for interpretation to recover or report, when
// its name begins in lower case, as codes do and the words of page
// chrome ("GearN Docs · Page 3 of 4") do not, and is followed by a
// description that begins like prose, after a requiredness or not; a
// single space is no gap in such a row, whose name and description, two
// words a space apart, read as well as the start of a sentence. A line
// that begins like prose is a row with one boundary a single space (a
// non-breaking one made plain) when the rest runs together as a row does
// and its description begins well: "reason stringtrueHuman-readable
// reason.", "keystring trueTag key.". A split whose type cell is a name
// no page defines or refers to, cut from the tail of a name that runs
// into it ("joinPolicytrue…" as join of type Policy, but not "customData
// CustomDataParam …", whose cells stand apart), does not win over the
// reading of that whole name with its type cell lost: such a type is
// known nowhere, and the lost type is recovered from another table of
// the field or reported where it is missing. Nor does a split whose
// type cell, known or not, is cut from a name that the description
// begins with ("customDeviceIdCustomDeviceId used in Device." as custom
// of type Device): the description names the field. Then other holds
// the split it won over. A split whose name runs into a type the pages
// document that a primitive ends ("glassTintGlassT" of type int) is read
// as the evidence decides (typeAtEnd); names.end then holds the other
// reading.
func splitRow(s string, kind pages.Kind, cols []pages.Column, names *vocabulary) (cells []string, score int, other []string) {
	names.end = nil
	cells, score, other = splitCells(s, kind, cols, names)
	if cells != nil && other == nil {
		cells, names.end = names.typeAtEnd(s, cells, cols)
	}
	return cells, score, other
}

// splitCells is splitRow without the reading of a type a primitive ends.
func splitCells(s string, kind pages.Kind, cols []pages.Column, names *vocabulary) (cells []string, score int, other []string) {
	if s == "" || isRunInLabel(s) {
		return nil, 0, nil
	}
	if namedByType(cols) {
		cells, rival := names.typeCut(s)
		names.tied, names.rival = false, append(names.rival[:0], rival...)
		if cells == nil {
			return nil, 0, nil
		}
		return cells, 2 * startWeight, nil
	}
	weak := !continues(s)
	names.lowered = false
	cells, score = bestSplit(s, kind, cols, names, weak)
	if names.tied {
		return nil, 0, nil
	}
	if !weak && score < 2*startWeight && len(cols) > 1 {
		rival := slices.Clone(names.rival)
		if c, sc := bestSplit(s, kind, cols, names, true); sc >= 2*startWeight && (oneSpaceGap(s, c) || spacedRow(s, c, cols, names)) {
			return c, sc, nil
		}
		names.rival = append(names.rival[:0], rival...)
	}
	ti := slices.Index(cols, pages.ColType)
	if !weak || !unicode.IsLower(rune(s[0])) || ti < 1 {
		return cells, score, nil
	}
	if cells == nil {
		others := names.others
		if ti < len(others) {
			names.others = slices.Delete(slices.Clone(others), ti, ti+1)
		}
		lost, sc := bestSplit(s, kind, slices.Delete(slices.Clone(cols), ti, ti+1), names, false)
		names.others, names.rival = others, names.rival[:0]
		if lost == nil || sc < 2*startWeight || !continues(lost[len(lost)-1]) || spacedCells(s, names) {
			return nil, 0, nil
		}
		return slices.Insert(lost, ti, ""), sc, nil
	}
	if ti > 1 || cells[ti] == "" || !unicode.IsUpper(rune(cells[ti][0])) {
		return cells, score, nil
	}
	if lost := echoedName(s, cols); lost != nil {
		return lost, score, cells
	}
	if names.knowsCell(cells[1]) {
		return cells, score, nil
	}
	if lost := nameCut(s, cols, len(cells[0])); lost != nil {
		return lost, score, cells
	}
	return cells, score, nil
}

// nameCut reads a line as a row that lost its type cell and whose name
// runs past from bytes: the shortest identifier longer than that after
// which, past a requiredness or not, a description begins like prose
// with a capital, a digit or a parenthesis ("joinPolicy", "true", "Who
// may join…"); or returns nil.
func nameCut(s string, cols []pages.Column, from int) []string {
	ri := slices.Index(cols, pages.ColRequired)
	for k := from + 1; k < len(s) && k <= pages.MaxWordLen && pages.IsIdentByte(s[k-1]); k++ {
		for _, req := range []string{"", "true", "false"} {
			if req != "" && ri < 0 || !strings.HasPrefix(s[k:], req) {
				continue
			}
			desc := s[k+len(req):]
			if desc == "" || startScore(desc) < 2 || !continues(desc) {
				continue
			}
			cells := make([]string, len(cols))
			cells[0], cells[len(cells)-1] = s[:k], desc
			if ri >= 0 {
				cells[ri] = req
			}
			return cells
		}
	}
	return nil
}

// echoedName reads a row that lost its type cell and whose description
// begins with its name, after a requiredness or not
// ("customDeviceIdCustomDeviceId used in Device."), into its cells with
// the type cell empty, or returns nil for a row that does not.
func echoedName(s string, cols []pages.Column) []string {
	w, _ := firstWord(s)
	w = strings.TrimRight(w, ".,;:")
	ri := slices.Index(cols, pages.ColRequired)
	for _, req := range []string{"", "true", "false"} {
		n := (len(w) - len(req)) / 2
		if req != "" && ri < 0 || n < 1 || 2*n+len(req) != len(w) || w[n:n+len(req)] != req || !isIdent(w[:n]) || !strings.EqualFold(w[:n], w[n+len(req):]) {
			continue
		}
		cells := make([]string, len(cols))
		cells[0] = w[:n]
		if ri >= 0 {
			cells[ri] = req
		}
		cells[len(cells)-1] = s[n+len(req):]
		return cells
	}
	return nil
}

// isIdent reports whether s is an identifier.
func isIdent(s string) bool {
	for i := 0; i < len(s); i++ {
		if !pages.IsIdentByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// knowsCell reports whether a type cell is empty, or names a primitive
// or a type the pages know, or an array of one.
func (v *vocabulary) knowsCell(typ string) bool {
	return typ == "" || v.knows(strings.TrimSuffix(typ, "[]"))
}

// oneSpaceGap reports whether the only whitespace a line split into
// cells held between them is one space.
func oneSpaceGap(s string, cells []string) bool {
	n := len(s)
	for _, c := range cells {
		n -= len(c)
	}
	return n == 1 && strings.Count(s, " ") == 1+strings.Count(strings.Join(cells, ""), " ")
}

// spacedRow reports whether a line that begins like prose, split with
// a single space for a gap into cells, is a row whose every cell stands
// one space from the next, as calibre's ebook-convert to text (and
// html2text's and a PDF's copies) prints a table's body cells, its
// header's run together: each boundary is one space, and each cell
// holds what its column holds, a type cell a type of the vocabulary
// (a primitive in one of its spellings, or a type the pages define or
// refer to), a code cell a code, a Required cell a requiredness or
// nothing (the converter prints an empty cell as nothing), one of them
// at least not empty: a name and a description alone read as well as
// the start of a sentence; and the description begins as one does, with
// a capital, a digit or a parenthesis, as the rest of a sentence a wrap
// cut does not ("the number true if known."); but for a row whose name
// is a capitalised word, or words joined by hyphens (Accept, State,
// Content-Type), and whose Required cell states a requiredness: such a
// row begins as no rest of a sentence does, and its description may be
// a value in lower case ("Accept true application/json"), which the
// reading with no single space for a gap would cut into a name of one
// letter and a description from the middle of a word ("A", "ccept
// true …"). lowered is then set on names, for the caller to warn where
// the line may as well be the text of a row above it. Where a type cell of two words ("number
// int") and one of its first word before a description ("number" and
// "int …") both read, the split's score decides: a description begins
// as one does.
func spacedRow(s string, cells []string, cols []pages.Column, names *vocabulary) bool {
	if strings.Join(slices.DeleteFunc(slices.Clone(cells), func(c string) bool { return c == "" }), " ") != s {
		return false
	}
	lowered := false
	if startScore(cells[len(cells)-1]) < 2 {
		ri := slices.Index(cols, pages.ColRequired)
		if ri < 0 || cells[ri] == "" || !isWordName(cells[0]) {
			return false
		}
		lowered = true
	}
	held := false
	for k, c := range cols[:len(cols)-1] {
		switch c {
		case pages.ColType:
			if cells[k] == "" || !names.knowsCell(cells[k]) {
				return false
			}
			held = true
		case pages.ColCode, pages.ColRequired:
			held = held || cells[k] != ""
		}
	}
	names.lowered = held && lowered
	return held
}

// isWordName reports whether a name cell is a capitalised word, or such
// words joined by hyphens ("Accept", "Content-Type", "X-Trace-Id"), as
// a header's name and an ordinary word naming a field are written.
func isWordName(name string) bool {
	for part := range strings.SplitSeq(name, "-") {
		if part == "" || part[0] < 'A' || part[0] > 'Z' || !isIdent(part) {
			return false
		}
	}
	return true
}

// spacedCells reports whether a line's second word is a type the pages
// know: its cells stand apart, "userId string true The player.", and
// none ran together to be split.
func spacedCells(s string, names *vocabulary) bool {
	words := strings.Fields(s)
	return len(words) > 1 && names.knows(strings.TrimSuffix(words[1], "[]"))
}

// bestSplit is splitFlat with the score of its split, or nil where two
// splits as good differ in a cell of another column (othersDiffer). A cell may be
// followed by a gap before the next one, a single space too where weak is
// set (gapLen).
func bestSplit(s string, kind pages.Kind, cols []pages.Column, names *vocabulary, weak bool) ([]string, int) {
	if len(cols) == 0 {
		return nil, 0
	}
	for len(names.cands) < len(cols) {
		names.cands = append(names.cands, nil)
	}
	best := slices.Grow(names.best[:0], len(cols))[:len(cols)]
	names.best = best
	found, bestScore, tied := false, -1<<30, false
	lastScores := slices.Grow(names.lastScores[:0], len(s)+1)
	for range len(s) + 1 {
		lastScores = append(lastScores, unscored)
	}
	names.lastScores = lastScores
	// bounds[ci] is the most the cells from column ci on may add to a
	// split's score (cellBound): a split that cannot reach the best found
	// so far is not followed. One that reaches it is, as a split as good
	// as the best ties with it or is its rival.
	bounds := slices.Grow(names.bounds[:0], len(cols)+1)[:len(cols)+1]
	names.bounds = bounds
	bounds[len(cols)], bounds[len(cols)-1] = 0, 2*startWeight
	for ci := len(cols) - 2; ci >= 0; ci-- {
		bounds[ci] = bounds[ci+1] + cellBound(cols[ci], len(s))
	}
	var walk func(rest string, ci int, cells []string, score int)
	walk = func(rest string, ci int, cells []string, score int) {
		if ci == len(cols)-1 {
			sc := lastScores[len(rest)]
			if sc == unscored {
				sc = startWeight * startScore(rest)
				lastScores[len(rest)] = sc
			}
			switch last := strings.TrimSpace(rest); {
			case score+sc > bestScore:
				copy(best, cells)
				best[ci], found, bestScore, tied = last, true, score+sc, false
				names.rival = names.rival[:0]
			case score+sc == bestScore && names.othersDiffer(best, cells, last):
				tied = true
			case score+sc == bestScore && len(names.rival) == 0 && (!slices.Equal(best[:ci], cells) || best[ci] != last):
				names.rival = append(append(names.rival[:0], cells...), last)
			}
			return
		}
		// The candidates for column ci stay in their buffer while the
		// columns after it are tried: those use buffers of their own.
		// A candidate below floor cannot reach the best split found
		// so far: those cellCandidates may leave out.
		floor := bestScore - score - bounds[ci+1]
		cs := cellCandidates(names.cands[ci][:0], rest, kind, cols, cells, names, weak, floor)
		names.cands[ci] = cs
		// A type cell that is not the last can start only where a type
		// can (mayStartType): the cuts of a code before it after which
		// none can are not tried, as typeCandidates would find nothing
		// there (most cuts of a code, inside its words).
		typeNext := ci+1 < len(cols)-1 && cols[ci+1] == pages.ColType
		for _, c := range cs {
			if score+c.score+bounds[ci+1] < bestScore {
				continue
			}
			next := rest[len(c.text):]
			next = next[gapLen(next, weak):]
			if typeNext && !names.mayStartType(next) {
				continue
			}
			walk(next, ci+1, append(cells, strings.TrimSpace(c.text)), score+c.score)
		}
	}
	names.cells = slices.Grow(names.cells[:0], len(cols))
	walk(s, 0, names.cells, 0)
	if names.tied = found && tied; !found || tied {
		return nil, 0
	}
	return names.newCells(best), bestScore
}

// othersDiffer reports whether a split, cells and its last cell, puts
// other text than best in a column of no Column kind (Since, Default…):
// where two such splits are as good, as where a Since cell runs into a
// Default one ("5.20" of 5.2 and 0, or of 5.20), nothing tells where
// the one cell ends, and the row is split in neither way.
func (v *vocabulary) othersDiffer(best, cells []string, last string) bool {
	for i, what := range v.others {
		if what == pages.OtherUnknown || i >= len(best) {
			continue
		}
		c := last
		if i < len(cells) {
			c = cells[i]
		}
		if c != best[i] {
			return true
		}
	}
	return false
}

// gapLen returns the length of the whitespace rest begins with where it
// stands between two cells: a tab or a run of spaces, which a scraper
// kept of the boundary, or a single space (a non-breaking one made plain)
// where weak is set, on a line that does not begin like prose, whose
// first word and the next are two words of a sentence. It returns 0 when
// rest begins with no whitespace, or with a space that is no gap: the
// next cell then begins with it, as no cell does.
func gapLen(rest string, weak bool) int {
	n := 0
	for n < len(rest) && (rest[n] == ' ' || rest[n] == '\t') {
		n++
	}
	if n == 1 && rest[0] == ' ' && !weak {
		return 0
	}
	return n
}

// cellBound returns the most a candidate of cellCandidates for a column
// of kind col that is not the last may score, in a row of n bytes: a
// known type name, or a generic one with its arguments, scores by its
// length. A last cell scores startWeight times startScore, at most
// 2*startWeight.
func cellBound(col pages.Column, n int) int {
	switch col {
	case pages.ColType:
		return primitiveBonus + n + 2
	case pages.ColRequired:
		return 3 * startWeight
	case pages.ColOther:
		return 1
	}
	return 0
}

type candidate struct {
	text  string
	score int
}

// cellCandidates appends to cs the ways the next cell may start rest,
// after the cells split off before it, each with a score; the split with
// the highest total wins. weak is gapLen's: whether a single space may
// end the cell. Candidates that score below floor may be left out: a type
// cell's names no page defines are not worked out where they could not
// score floor (unknownNameBound).
func cellCandidates(cs []candidate, rest string, kind pages.Kind, cols []pages.Column, before []string, names *vocabulary, weak bool, floor int) []candidate {
	ci := len(before)
	switch col := cols[ci]; {
	case col == pages.ColName && kind == pages.KindHeaders:
		all := prefixCandidates(cs, rest, headerNameByte)
		cs = all[:len(cs)]
		for _, c := range all[len(cs):] {
			if !strings.HasSuffix(strings.TrimRight(c.text, "?"), "-") {
				cs = append(cs, c)
			}
		}
		return cs
	case col == pages.ColName && kind == pages.KindEnum && (ci+1 == len(cols) || cols[ci+1] != pages.ColCode):
		// Code | Name | Description: the name runs into a description
		// that begins with a word; cut where a capitalised word with no
		// other capital begins ("GamePlayerNotFoundThe player …"), or at
		// a gap. A name in the last column is the rest, an identifier.
		for i := 1; i <= len(rest) && i <= pages.MaxWordLen && nameByte(rest[i-1]); i++ {
			switch {
			case i == len(rest):
				cs = append(cs, candidate{rest, 0})
			case ci+1 < len(cols) && (plainWordAt(rest[i:]) || gapLen(rest[i:], false) > 0):
				cs = append(cs, candidate{rest[:i], 0})
			}
		}
		return cs
	case col == pages.ColName && kind == pages.KindEnum:
		// The code follows the name, after a gap or none: cut where a
		// signed integer starts, at the first such place (names rarely
		// end in digits).
		n := len(cs)
		for i := 1; i < len(rest) && i <= pages.MaxWordLen && nameByte(rest[i-1]); i++ {
			if c := rest[i+gapLen(rest[i:], weak):]; c != "" && (c[0] == '-' || c[0] >= '0' && c[0] <= '9') {
				cs = append(cs, candidate{rest[:i], -(len(cs) - n)})
			}
		}
		return cs
	case col == pages.ColCode && kind == pages.KindFields:
		return prefixCandidates(cs, rest, nameByte)
	case col == pages.ColCode && kind == pages.KindEnum:
		n := 0
		if strings.HasPrefix(rest, "-") {
			n = 1
		}
		d := n
		for d < len(rest) && rest[d] >= '0' && rest[d] <= '9' {
			d++
		}
		if d == n {
			return cs
		}
		return append(cs, candidate{rest[:d], 0})
	case col == pages.ColOther && ci < len(names.others):
		return otherCandidates(cs, rest, names.others[ci])
	case col == pages.ColType:
		var code string
		if ci > 0 {
			code = before[ci-1]
		}
		return typeCandidates(cs, rest, code, names, weak, floor)
	case col == pages.ColRequired:
		for _, w := range requirednessAt(rest) {
			if n, sc := requiredAt(rest, w, ci+1 == len(cols)-1, names.stated, names.letters); n > 0 {
				cs = append(cs, candidate{rest[:n], sc})
			}
		}
		if kind == pages.KindHeaders && pages.IsCondition(rest) {
			// The requiredness is a condition; the description cell is empty.
			cs = append(cs, candidate{rest, 2 * startWeight})
		}
		return append(cs, candidate{"", 0})
	}
	return cs
}

// requiredAt returns the length of the requiredness word w that rest
// begins with, as pages write it (in lower case, capitalised or in upper
// case; a mark as it is), with the score of the cell, or 0. A word that
// a space and a word in lower case follow states a condition ("Optional
// if the gameId …"), no requiredness, but for true and false, which
// state none (pages.IsCondition): "true application/json" is a Required
// cell and a description one space apart. A word runs into the next cell at a
// change of case ("YesThe token", "trueThe token"), and into a type cell
// in any case ("requiredstring…", under Code | Required | Type). Where
// the next cell is the description (free) and the case goes on
// ("Yesapplication/json", "NOTE"), the words true and false, which begin
// no word of a description, still end there, and another word only where
// the table's other rows state it (stated): "Nothing to do" is the
// description of a row with no Required cell. A word of one letter,
// which begins as many words as it states, is read in upper case only
// (Y, N), and a dash, which begins negative numbers and notes, not at
// all; but where letters is set (Splitter.Cells, whose caller weighs
// the table's other rows), a letter in upper case (Y, N, O, X) runs
// into a description that begins with a capital ("YPlayer ID").
func requiredAt(rest, w string, free bool, stated map[string]bool, letters bool) (int, int) {
	if len(rest) < len(w) || !strings.EqualFold(rest[:len(w)], w) {
		return 0, 0
	}
	written, next := rest[:len(w)], rest[len(w):]
	switch {
	case strings.Trim(w, "-–—") == "", len(w) > 1 && w != "true" && w != "false" && isClause(next):
		return 0, 0
	case !pages.IsASCII(w):
		return len(w), 3 * startWeight
	}
	if len(w) == 1 && (w != "y" && w != "n" && !letters || written[0] != w[0]-'a'+'A') {
		return 0, 0
	}
	if !writtenAsWord(written, w) {
		return 0, 0
	}
	after, _ := utf8.DecodeRuneInString(next)
	last := rune(written[len(written)-1])
	if unicode.IsLetter(after) && (unicode.IsUpper(last) == unicode.IsUpper(after) || len(w) == 1 && unicode.IsLower(after)) {
		if len(w) == 1 && !(letters && unicode.IsUpper(after)) || len(w) > 1 && free && w != "true" && w != "false" && !stated[w] {
			return 0, 0
		}
		return len(w), 2 * startWeight
	}
	return len(w), 3 * startWeight
}

// respelledWord returns, for a row split into cells whose Required cell,
// right before its last column (the description), is a requiredness word
// written otherwise than the rows above wrote it (spelled: "True" where
// they write "true") and whose description begins in lower case ("True"
// and "when the gauge …"), that word and the description the row holds
// from it on ("True when the gauge …"): the capital is a sentence's,
// and a converter that drops an empty cell ran the name and type into
// the description. It returns "" for the description of any other row.
func respelledWord(r string, cells []string, ri int, cols []pages.Column, spelled map[string]string) (string, string) {
	if cells == nil || ri < 0 || ri+2 != len(cols) || len(cells) != len(cols) {
		return "", ""
	}
	word, desc := cells[ri], cells[ri+1]
	first, _ := utf8.DecodeRuneInString(desc)
	was := spelled[strings.ToLower(word)]
	if word == "" || was == "" || was == word || !unicode.IsLower(first) || !strings.HasSuffix(r, desc) {
		return "", ""
	}
	at := strings.LastIndex(r[:len(r)-len(desc)], word)
	if at < 0 || strings.TrimSpace(r[at+len(word):len(r)-len(desc)]) != "" {
		return "", ""
	}
	return word, r[at:]
}

// requirednessWords holds pages.RequirednessWords by the first letter
// of each, under each case of it (unicode.SimpleFold), in their order:
// text that begins with another letter begins with none of them under
// strings.EqualFold, which requiredAt would ask of every word at every
// place a Required cell may start.
var requirednessWords = func() map[rune][]string {
	words := map[rune][]string{}
	for _, w := range pages.RequirednessWords {
		first, _ := utf8.DecodeRuneInString(w)
		for r := first; ; {
			words[r] = append(words[r], w)
			if r = unicode.SimpleFold(r); r == first {
				break
			}
		}
	}
	return words
}()

// requirednessAt returns the requiredness words that rest may begin
// with (requiredAt), in the order of pages.RequirednessWords.
func requirednessAt(rest string) []string {
	first, _ := utf8.DecodeRuneInString(rest)
	return requirednessWords[first]
}

// writtenAsWord reports whether written spells the ASCII word w, in lower
// case, as pages write a word: in lower case, capitalised or in upper
// case ("yes", "Yes", "YES", not "yEs").
func writtenAsWord(written, w string) bool {
	lower, upper, title := true, true, true
	for i := 0; i < len(w); i++ {
		c, up := written[i], w[i]
		if 'a' <= up && up <= 'z' {
			up -= 'a' - 'A'
		}
		lower = lower && c == w[i]
		upper = upper && c == up
		title = title && (i == 0 && c == up || i > 0 && c == w[i])
	}
	return lower || upper || title
}

// unstatedWord returns the requiredness word, in lower case, that the
// cell after the empty Required cell of a row split into cells begins
// with, running into the next letters in the same case
// ("Yesapplication/json"), when the table's rows before state none so
// (names.stated); or "".
func unstatedWord(cells []string, ri int, names *vocabulary) string {
	if cells == nil || ri < 0 || ri+1 >= len(cells) || cells[ri] != "" {
		return ""
	}
	next := cells[ri+1]
	for _, w := range pages.RequirednessWords {
		if len(w) < 2 || !pages.IsASCII(w) || len(next) <= len(w) || !strings.EqualFold(next[:len(w)], w) || names.stated[w] {
			continue
		}
		if n, _ := requiredAt(next, w, true, map[string]bool{w: true}, false); n > 0 {
			return w
		}
	}
	return ""
}

// tableStates reports whether a row of the table among lines, up to a
// blank line or the next header, states requiredness with the word w.
func tableStates(lines []string, w string, kind pages.Kind, cols []pages.Column, names *vocabulary) bool {
	ri := slices.Index(cols, pages.ColRequired)
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || pages.RunTogetherHeader(t) != nil || names.EndsTable(pages.StripHeading(t)) {
			return false
		}
		if cells := splitFlat(t, kind, cols, names); cells != nil && strings.EqualFold(cells[ri], w) {
			return true
		}
	}
	return false
}

// versionRe matches a version, as a Since column states it: "1.0.0",
// "v2".
var versionRe = regexp.MustCompile(`^(?:[vV]?\d+(?:\.\d+)+|[vV]\d+)`)

// otherCandidates appends to cs the ways a cell of a column of no Column
// kind the readers know (Since, Default, Example, Deprecated) may start
// rest: empty, or a cell of the shape its column holds, which outweighs
// an empty one where the description after it starts as well. A version
// ("1.0.0"), a number, a value in quotes, true, false or null, a dash (no
// value), or a word
// in lower case that runs into a capitalised one ("utcThe zone") is cut
// where it ends; a Deprecated column holds a mark.
func otherCandidates(cs []candidate, rest string, what pages.OtherColumn) []candidate {
	cs = append(cs, candidate{"", 0})
	add := func(n int) {
		if n > 0 {
			cs = append(cs, candidate{rest[:n], 1})
		}
	}
	switch what {
	case pages.OtherVersion:
		add(len(versionRe.FindString(rest)))
	case pages.OtherDefault, pages.OtherExample:
		add(valueLen(rest))
	case pages.OtherDeprecated:
		for _, w := range requirednessAt(rest) {
			if n, sc := requiredAt(rest, w, true, nil, false); sc == 3*startWeight {
				add(n)
			}
		}
	}
	return cs
}

// numberRe matches a number a Default or Example column states.
var numberRe = regexp.MustCompile(`^[-+]?\d+(?:\.\d+)?`)

// valueLen returns the length of the value a Default or Example cell
// that runs into the next cell begins with, or 0.
func valueLen(rest string) int {
	if n := len(numberRe.FindString(rest)); n > 0 {
		return n
	}
	if strings.HasPrefix(rest, "-") {
		return 1 // no value
	}
	if rest != "" && (rest[0] == '"' || rest[0] == '`') {
		if end := strings.IndexByte(rest[1:], rest[0]); end >= 0 {
			return end + 2
		}
		return 0
	}
	for _, w := range []string{"true", "false", "null"} {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !unicode.IsLower(rune(rest[len(w)]))) {
			return len(w)
		}
	}
	if rest == "" || !unicode.IsLower(rune(rest[0])) {
		return 0
	}
	for i := 1; i < len(rest) && i <= pages.MaxWordLen; i++ {
		c := rest[i]
		switch {
		case c >= 'A' && c <= 'Z' && i+1 < len(rest) && rest[i+1] >= 'a' && rest[i+1] <= 'z':
			return i
		case !pages.IsIdentByte(c) && c != '-' && c != '.':
			return 0
		}
	}
	return 0
}

// plainWordAt reports whether s begins with a capitalised word with no
// other capital ("The player", "A"), as a description does after a name
// that runs into it.
func plainWordAt(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s) && pages.IsASCIILetter(s[i]); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return false
		}
	}
	return true
}

// isClause reports whether the rest of a cell after a requiredness goes
// on as a clause of it: a space and a word in lower case ("Optional if
// the gameId …").
func isClause(after string) bool {
	return len(after) > 1 && after[0] == ' ' && unicode.IsLower(rune(after[1]))
}

// startScore rates how well rest begins a description cell. A first word
// with a type glued inside ("IdstringiOSDeviceId") means the split is off,
// and so does a tab or a run of spaces in the cell: a boundary the split
// did not cut at ("Id\tstringiOSDeviceId" of "iOSDeviceId\tstring…").
func startScore(rest string) int {
	if rest == "" {
		return 1
	}
	first, spaced := firstWord(rest)
	if hasGluedType(first[:min(len(first), pages.MaxWordLen)]) || spaced && startsGlued(rest[len(first)+1:]) || strings.Contains(rest, "\t") || strings.Contains(rest, "  ") {
		return -3
	}
	r := rune(rest[0])
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r), r == '(' || r == '`' || r == '"' || r == '\'' || r >= 0x80:
		return 2
	case unicode.IsLower(r):
		return 0
	}
	return -2
}

// prefixCandidates appends to cs the non-empty prefixes of rest made of
// ok bytes, shortest first: among equally good splits the first wins, and
// a code rarely ends with a type name ("customDeviceIdstringCustomDeviceId
// …" is customDeviceId, not customDeviceIdstringCustom of type Device).
func prefixCandidates(cs []candidate, rest string, ok func(byte) bool) []candidate {
	n := 0
	for n < len(rest) && n < pages.MaxWordLen && ok(rest[n]) {
		n++
	}
	glued := gluedTypeEnd(rest[:n])
	for i := 1; i <= n; i++ {
		sc := 0
		if i >= glued {
			sc = -3 * startWeight
		}
		cs = append(cs, candidate{rest[:i], sc})
	}
	return cs
}

// hasGluedType reports whether a word has a primitive type glued inside
// it, as in "IdstringiOS": a sign that a split missed a cell boundary.
func hasGluedType(word string) bool {
	for _, p := range []string{"string", "boolean", "number", "integer"} {
		if i := strings.Index(word, p); i > 0 && unicode.IsLetter(rune(word[i-1])) {
			return true
		}
	}
	return false
}

// startsGlued reports whether a word begins with a primitive type run
// into a name ("stringiOSDeviceId"): the second word of a description
// that holds the cells of a row after a single space ("Id
// stringiOSDeviceId …" of "iOSDeviceId stringiOSDeviceId …").
func startsGlued(word string) bool {
	for _, p := range []string{"string", "boolean", "number", "integer"} {
		if rest, ok := strings.CutPrefix(word, p); ok && rest != "" && unicode.IsLetter(rune(rest[0])) && strings.ContainsFunc(rest[:min(len(rest), pages.MaxWordLen)], unicode.IsUpper) {
			return true
		}
	}
	return false
}

// gluedTypeEnd returns the length of the shortest prefix of word that
// hasGluedType reports, or len(word)+1: hasGluedType(word[:i]) is
// i >= gluedTypeEnd(word), for every i. Once a prefix holds a type's first
// occurrence in word, that is its first occurrence in the prefix too.
func gluedTypeEnd(word string) int {
	end := len(word) + 1
	for _, p := range []string{"string", "boolean", "number", "integer"} {
		if i := strings.Index(word, p); i > 0 && unicode.IsLetter(rune(word[i-1])) {
			end = min(end, i+len(p))
		}
	}
	return end
}

// typeCandidates appends to cs the type names rest may begin with: primitives,
// names the pages know, and unknown names cut where the next cell starts.
// Among splits whose cells start equally well, a primitive type beats a
// type name ("customDeviceIdstringCustomDeviceId …" is customDeviceId
// string, not custom Device), and a longer type name beats a shorter one
// ("GooglePlayGameService" over "Google"; "int64" over "int" before the
// 10 of a Default column). A primitive may list its
// allowed values: "string in ios | android". A type may take type
// arguments or a note in parentheses (typeSuffixLen). The names no page
// defines are left out where they could not score floor, unless a generic
// type's name starts rest, whose reading they may hold.
func typeCandidates(cs []candidate, rest, code string, names *vocabulary, weak bool, floor int) []candidate {
	n0 := len(cs)
	// A generic type of a name no page defines ("List<Material>"): its
	// arguments tell it a type, as a name the pages know is. Its name is
	// one word, from the last capital before them: "outfitIdsList<String>"
	// is outfitIds of type List<String>.
	word, args := genericName(rest)
	cs = namedTypeCandidates(cs, rest, code, names, weak, args > 0 || floor <= unknownNameBound)
	for _, c := range cs[n0:] {
		if n := typeSuffixLen(rest[len(c.text):]); n > 0 {
			cs = append(cs, candidate{rest[:len(c.text)+n], c.score + 1})
		}
	}
	if args > 0 && !slices.ContainsFunc(cs[n0:], func(c candidate) bool { return len(c.text) == word+args }) {
		cs = append(cs, candidate{rest[:word+args], word + args})
	}
	return cs
}

// genericName returns the length of the one word with a capital alone,
// its first letter, that rest begins with and the length of the type
// arguments after it ("List" and "<String>" of "List<String>true…"), or
// 0 for the arguments where rest begins with no such word and arguments.
func genericName(rest string) (word, args int) {
	if rest == "" || !unicode.IsUpper(rune(rest[0])) {
		return 0, 0
	}
	lastCap := 0
	for word < len(rest) && word < pages.MaxWordLen && pages.IsIdentByte(rest[word]) {
		if unicode.IsUpper(rune(rest[word])) {
			lastCap = word
		}
		word++
	}
	if word > 0 && lastCap == 0 && word < len(rest) && rest[word] == '<' {
		return word, typeSuffixLen(rest[word:])
	}
	return word, 0
}

// typeSuffixLen returns the length of the type arguments or the note in
// parentheses that rest begins with, after a type's name, as a Kakao
// page writes its types ("<Material>", "<String, Long>", " (Enum)"),
// or 0: arguments as pages.TypeArgsLen reads them; a
// note one word in parentheses, after a space or none.
func typeSuffixLen(rest string) int {
	if strings.HasPrefix(rest, "<") {
		return pages.TypeArgsLen(rest)
	}
	note := strings.TrimPrefix(rest, " ")
	if !strings.HasPrefix(note, "(") {
		return 0
	}
	end := strings.IndexByte(note, ')')
	if end < 2 || end > pages.MaxWordLen || !isIdent(note[1:end]) || !unicode.IsUpper(rune(note[1])) {
		return 0
	}
	return len(rest) - len(note) + end + 1
}

// namedTypeCandidates is typeCandidates without the type arguments and
// notes, and without the names no page defines unless unknown is set.
func namedTypeCandidates(cs []candidate, rest, code string, names *vocabulary, weak, unknown bool) []candidate {
	if !names.mayStartType(rest) {
		return cs
	}
	n0 := len(cs)
	// add appends n, a prefix of rest, with the "[]" after it where one
	// follows: cut from rest, not joined to a new string.
	add := func(n string, sc int) {
		if strings.HasPrefix(rest[len(n):], "[]") {
			cs = append(cs, candidate{rest[:len(n)+len("[]")], sc + 1})
		}
		cs = append(cs, candidate{n, sc})
	}
	if rest != "" {
		for _, p := range names.primitives.At(rest[0]) {
			switch {
			case strings.HasPrefix(rest, p):
				add(p, primitiveBonus+len(p))
				cs = valuesCandidates(cs, rest, len(p))
			case len(rest) >= len(p) && rest[0] != p[0] && rune(rest[0]) == unicode.ToUpper(rune(p[0])) && rest[1:len(p)] == p[1:] && (!strings.HasPrefix(rest[len(p):], " ") || typeSuffixLen(rest[len(p):]) > 0):
				// "String": no bonus, so that a known name such as
				// "StringMap" wins by its length. Followed by a space it
				// is a description's first word ("Number of entries"):
				// cells run together; but for a note ("String (Enum)").
				add(rest[:len(p)], 0)
			}
		}
	}
	if len(rest) == 0 || !unicode.IsUpper(rune(rest[0])) {
		return cs
	}
	names.prefixes = pages.AppendPrefixesOf(names.Lexicon, names.prefixes[:0], rest)
	for _, n := range names.prefixes {
		add(n, len(n))
	}
	if len(cs) == n0 && unknown {
		cs = unknownNameCandidates(cs, rest, code, weak)
	}
	return cs
}

// mayStartType reports whether a type cell may start rest, as
// typeCandidates reads one: with a capital, or with a primitive's
// spelling (Spellings.At); typeCandidates finds none at any other place.
func (v *vocabulary) mayStartType(rest string) bool {
	if rest == "" {
		return false
	}
	if unicode.IsUpper(rune(rest[0])) {
		return true
	}
	for _, p := range v.primitives.At(rest[0]) {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// valuesCandidates appends to cs the readings of " in a | b | c" after a
// primitive type of n bytes. The last value runs into the next cell ("webtrueThe platform"),
// so every cut of it is a candidate.
func valuesCandidates(cs []candidate, rest string, n int) []candidate {
	if !strings.HasPrefix(rest[n:], " in ") {
		return cs
	}
	i := n + len(" in ")
	for {
		j := i
		for j < len(rest) && isValueByte(rest[j]) {
			j++
		}
		if j == i {
			return cs
		}
		k := j
		for k < len(rest) && rest[k] == ' ' {
			k++
		}
		if k < len(rest) && rest[k] == '|' {
			for i = k + 1; i < len(rest) && rest[i] == ' '; i++ {
			}
			continue
		}
		for e := i + 1; e <= min(j, i+pages.MaxWordLen); e++ {
			cs = append(cs, candidate{rest[:e], primitiveBonus})
		}
		return cs
	}
}

func isValueByte(b byte) bool {
	return pages.IsIdentByte(b) || strings.IndexByte(".-+/:\"'`", b) >= 0
}

// Cell scores: how a cell starts outweighs which type was chosen, which
// outweighs how long a type name is.
const (
	startWeight    = 1000
	primitiveBonus = 500
)

// maxSharedWords and maxNameLength are the most words shared with the
// code and bytes that raise the score of a type name no page defines
// (unknownNameCandidates); unknownNameBound is the most such a name
// scores, with type arguments or a note after it (typeCandidates): far
// below every known type.
const (
	maxSharedWords   = 4
	maxNameLength    = 99
	unknownNameBound = -startWeight + 100*maxSharedWords + maxNameLength + 1
)

// unknownNameCandidates appends to cs the cuts of a type name no page
// defines where the next cell starts: "Generic.BanItemBan status" →
// "Generic.BanItem",
// "CustomDataParam[]true…" → "CustomDataParam". The cut falls before an
// upper-case letter, "[]", "true" or "false", or the end of the word.
// Where the code before it ends is unsure too ("customDatasCustomDataParam"):
// a type name sharing more words with the code wins ("customDatas
// CustomDataParam", "playerBan GenericModels.BanItem"), then a longer one.
func unknownNameCandidates(cs []candidate, rest, code string, weak bool) []candidate {
	word := 0
	for word < len(rest) && (pages.IsIdentByte(rest[word]) || rest[word] == '.') {
		word++
	}
	n := min(word, pages.MaxWordLen)
	boolAt := func(i int) bool { return strings.HasPrefix(rest[i:], "true") || strings.HasPrefix(rest[i:], "false") }
	for i := max(strings.LastIndexByte(rest[:n], '.')+2, 2); i <= n; i++ {
		if i < word && !unicode.IsUpper(rune(rest[i])) && !boolAt(i) {
			continue
		}
		// The next cell starts after a gap or none, never with a space
		// that is no gap ("the Player object" is no row of a type
		// Player), and after a single space with a capital or the
		// requiredness: "Number of entries" is a sentence, not a type
		// Number before the description "of entries".
		after := strings.TrimPrefix(rest[i:], "[]")
		g := gapLen(after, weak)
		next := after[g:]
		if next != "" && (next[0] == ' ' || !startsWithWord(next) && !boolAt(len(rest)-len(next))) {
			continue
		}
		if g == 1 && after[0] == ' ' && !unicode.IsUpper(rune(next[0])) && !boolAt(len(rest)-len(next)) {
			continue
		}
		// Below every known type, and far below when a primitive is glued
		// inside ("OSDeviceIdstringiOS").
		shared := pages.SharedWords(rest[:i], code)
		sc := -startWeight + 100*min(shared, maxSharedWords) + min(i, maxNameLength)
		if hasGluedType(rest[:i]) {
			sc = -4 * startWeight
		}
		cs = append(cs, candidate{rest[:len(rest)-len(after)], sc})
	}
	return cs
}

// firstWord returns the text of s before its first space, if there is a
// space within MaxWordLen bytes.
func firstWord(s string) (string, bool) {
	i := strings.IndexByte(s[:min(len(s), pages.MaxWordLen+1)], ' ')
	if i < 0 {
		return s, false
	}
	return s[:i], true
}

// isRunInLabel reports whether a line is a code block's language label
// or a callout's label run into the line after it (pages.RunInCodeLabel,
// pages.RunInCallout): no row, whatever cells its words split into
// ("httpPOST /api/…" as http of type POS, "TIPAn admin …" as T of type
// IP); pages.Read sets the label apart.
func isRunInLabel(s string) bool {
	if _, _, ok := pages.RunInCodeLabel(s); ok {
		return true
	}
	_, _, ok := pages.RunInCallout(s)
	return ok
}

// isCalloutLabel reports whether a line is a callout's label, alone
// (pages.IsCalloutLabel) or run into its text (pages.RunInCallout).
func isCalloutLabel(l string) bool {
	if pages.IsCalloutLabel(l) {
		return true
	}
	_, _, ok := pages.RunInCallout(strings.TrimSpace(l))
	return ok
}
