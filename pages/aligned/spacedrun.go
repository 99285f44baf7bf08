package aligned

import (
	"fmt"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// html2text (github.com/k3a/html2text) prints a whole table on one line
// as a converter without tables does, its header's column words and
// each row's cells run together with nothing between them, but joins
// its rows with one space, the source's line break between two <tr>s,
// and so its header and its first row ("NameTypeRequiredDescription
// userIdstringtrueThe unique … (10 characters) furnaceIdstringtrue…"),
// and drops an empty cell without a trace ("soakRationumberSoak
// temperature …", its Required cell empty). A row begins after a space,
// with its name run into its type (or its requiredness word, in a table
// of headers), so a row's start is told by that space, not by the
// description before it. A cell that held a line break breaks the line
// there: the next line goes on with that cell's rest, then more rows
// (spacedRunRest).

// isSpacedRunTable reports whether a line holds a whole table run
// together (pages.LeadingRunTogetherHeader) whose header stands a space
// apart from its first row, as html2text joins its rows: the lines under
// it that go on with its rows are read by spacedRunRest, each row at its
// own line, not joined to it as a hard wrap's (wrappedRunRest).
func isSpacedRunTable(t string) bool {
	head, _ := pages.LeadingRunTogetherHeader(t)
	return head != nil && strings.HasPrefix(t[len(strings.Join(head, "")):], " ")
}

// spacedRunRows finds the rows of rest, the text after the header of a
// table printed run together whose rows are a space apart: each at a
// name after a space (or at rest's start) run into the cells shape
// tells (runTypeLen). lead is the text before the first row, all of
// rest where none is found. A name that runs into its cells at two
// places ("lehrCyclestringtrue…" read at "Cycle" or at "string") is
// refused: why tells its readings.
func spacedRunRows(rest string, shape runShape, words pages.Lexicon) (lead string, rows []runRow, why string) {
	for s := 0; s < len(rest); s++ {
		if s > 0 && rest[s-1] != ' ' || !isRunNameByte(rest[s]) {
			continue
		}
		e := s
		for e < len(rest) && isRunNameByte(rest[e]) {
			e++
		}
		var found []runRow
		for p := s + 1; p <= e && p < len(rest); p++ {
			if n, req, cond := runTypeLen(rest[p:], words, shape); n+req > 0 {
				found = append(found, runRow{name: s, typ: p, req: p + n, end: p + n + req, cond: cond})
			}
		}
		switch len(found) {
		case 0:
			continue
		case 1:
			rows = append(rows, found[0])
			s = found[0].end - 1
			continue
		}
		var readings []string
		for _, r := range found {
			readings = append(readings, fmt.Sprintf("%q run into %q", rest[r.name:r.typ], rest[r.typ:r.end]))
		}
		return "", nil, fmt.Sprintf("the row that begins %q reads as %s alike", pages.Clip(rest[s:]), strings.Join(readings, " or "))
	}
	if len(rows) == 0 {
		return rest, nil, ""
	}
	return strings.TrimSpace(rest[:rows[0].name]), rows, ""
}

// spacedRunRest reads the lines right after tb, a table printed run
// together whose rows are a space apart, read from blocks[k], that go
// on with its rows: a cell that held a line break (<br>) broke the line
// there, and the next line begins with that cell's rest, then the rows
// after it. Each such line's text before its first row is read as the
// rest of the last cell of the table's last row, its rows as the
// table's, with a warning; a line that holds no row stays text. It
// returns how many blocks after k it read.
func spacedRunRest(src pages.Source, tb *pages.Table, blocks []pages.Block, k int) int {
	shape := shapeOf(tb.Cols, true)
	n := 0
	for j := k + 1; j < len(blocks); j++ {
		b := blocks[j]
		last := tb.Rows[len(tb.Rows)-1]
		if b.Table != nil || b.Line != last.Line+1 || pages.IsFence(b.Text) || src.Words.EndsTable(b.Text) {
			break
		}
		rest := strings.TrimSpace(b.Text)
		lead, rows, why := spacedRunRows(rest, shape, src.Words)
		if why != "" {
			src.Report.Fail(pages.At(src.Name, b.Line), "line %d, right under the table run together on line %d, goes on with its rows, but %s. Convert the page again with a converter that keeps its tables as rows, or write the table as rows of pipes (| cell | cell |)", b.Line, tb.Line, why)
			break
		}
		if rows == nil {
			break
		}
		if lead != "" {
			c := len(last.Cells) - 1
			last.Cells[c] = strings.TrimSpace(last.Cells[c] + " " + lead)
			last.Raw += " " + lead
		}
		for i, r := range rows {
			end := len(rest)
			if i+1 < len(rows) {
				end = rows[i+1].name
			}
			tb.Rows = append(tb.Rows, runRowOf(tb.Cols, rest, r, end, b.Line))
		}
		src.Report.Warn(pages.At(src.Name, b.Line), "line %d, right under the table run together on line %d, begins with %q and goes on with rows of it (%q first): read as the rest of the last cell of its row %q, which held a line break, then as the table's rest", b.Line, tb.Line, pages.Clip(lead), rest[rows[0].name:rows[0].typ], last.Cells[0])
		n++
	}
	return n
}

// A table of codes html2text prints (Name | Code | Description) runs
// each row's name into its code and its code into its description
// ("Flash0Two-hour cycle …"), its rows a space apart. Where the
// description begins with a digit the code's end is not told by the
// cells ("Fine20.1 - 0.8 mm." is code 2 or 20): a description begins
// with a capital, or with a number that a space or a mark follows, never
// with a mark (".1 - 0.8 mm.") or a number run into a word ("0The"), and
// a code so left to choose is told by the codes of the rows beside it,
// where they count up by one (1, 2, 3); one nothing tells is refused,
// naming its readings.

// codeReading is a reading of a row of a table of codes run together:
// where its name, its code and its description begin.
type codeReading struct {
	name, code, desc int
}

// spacedCodeReadings returns the readings of the row that begins rest[s:],
// a word after a space: its name, letters and digits from s; its code, a
// number (a minus before it or not) right after a letter of the name;
// its description after it, as one begins (codeDescStarts).
func spacedCodeReadings(rest string, s int) []codeReading {
	var out []codeReading
	if c := rest[s]; c < 'A' || c > 'Z' && c < 'a' || c > 'z' {
		return nil
	}
	for i := s + 1; i < len(rest) && isRunNameByte(rest[i]) || i < len(rest) && rest[i] == '-'; i++ {
		prev := rest[i-1]
		if !('a' <= prev && prev <= 'z' || 'A' <= prev && prev <= 'Z') {
			continue
		}
		d := i
		if rest[d] == '-' {
			d++
		}
		e := d
		for e < len(rest) && '0' <= rest[e] && rest[e] <= '9' {
			e++
		}
		for c := d + 1; c <= e; c++ {
			if codeDescStarts(rest[c:]) {
				out = append(out, codeReading{name: s, code: i, desc: c})
			}
		}
	}
	return out
}

// codeDescStarts reports whether a description, after a code run into
// it, may begin rest: with a capital, or with a number (its fraction
// after a dot or not) that the end, a space or a mark but a dot
// follows; or rest is empty.
func codeDescStarts(rest string) bool {
	switch {
	case rest == "":
		return true
	case 'A' <= rest[0] && rest[0] <= 'Z':
		return true
	case rest[0] < '0' || rest[0] > '9':
		return false
	}
	i := 0
	for i < len(rest) && ('0' <= rest[i] && rest[i] <= '9' || rest[i] == '.' && i+1 < len(rest) && '0' <= rest[i+1] && rest[i+1] <= '9') {
		i++
	}
	return i == len(rest) || !pages.IsIdentByte(rest[i]) && rest[i] != '.'
}

// codeOf returns the code a reading of rest tells.
func codeOf(rest string, r codeReading) int {
	n := 0
	fmt.Sscan(rest[r.code:r.desc], &n)
	return n
}

// spacedCodeTable reads rest, the rows of a table of codes printed run
// together, their rows a space apart, under head (Name | Code |
// Description), as that table, with a warning: a row at each word after
// a space that reads as a name run into a code run into a description
// (spacedCodeReadings). A row of two readings is read at the one whose
// code is one more than the row's before, or one less than the row's
// after, those rows of one reading; where none or both are, the line is
// refused, naming the readings, and nil is returned.
func spacedCodeTable(src pages.Source, line int, head []string, rest string) *pages.Table {
	var rows [][]codeReading
	for s := 0; s < len(rest); s++ {
		if s > 0 && rest[s-1] != ' ' {
			continue
		}
		if rs := spacedCodeReadings(rest, s); rs != nil {
			rows = append(rows, rs)
			s = rs[0].desc - 1
		}
	}
	fail := func(why string) *pages.Table {
		src.Report.Fail(pages.At(src.Name, line), "line %d holds a whole table of codes on one line (%s), its cells run together with nothing between them and its rows a space apart, as html2text prints a table, but %s. Write the row's code apart from its name and its description (as a row of pipes: | NAME | CODE | DESCRIPTION |), or convert the page again with a converter that keeps its tables as rows", line, strings.Join(head, " | "), why)
		return nil
	}
	if len(rows) == 0 || rows[0][0].name != 0 {
		return fail(fmt.Sprintf("the text after its header (%q) begins with no row, a name run into a code", pages.Clip(rest)))
	}
	told := make([]codeReading, len(rows))
	var hows, whys []string
	for k, rs := range rows {
		if len(rs) == 1 {
			told[k] = rs[0]
			continue
		}
		var fit []codeReading
		for _, r := range rs {
			c := codeOf(rest, r)
			if k > 0 && len(rows[k-1]) == 1 && codeOf(rest, rows[k-1][0]) == c-1 || k+1 < len(rows) && len(rows[k+1]) == 1 && codeOf(rest, rows[k+1][0]) == c+1 {
				fit = append(fit, r)
			}
		}
		var readings []string
		for _, r := range rs {
			readings = append(readings, fmt.Sprintf("code %s and description %q", rest[r.code:r.desc], pages.Clip(rest[r.desc:min(len(rest), r.desc+20)])))
		}
		if len(fit) != 1 {
			whys = append(whys, fmt.Sprintf("the row %q reads as %s alike, and the codes of the rows beside it tell neither", rest[rs[0].name:rs[0].code], strings.Join(readings, " or ")))
			continue
		}
		told[k] = fit[0]
		hows = append(hows, fmt.Sprintf("%s %s (the codes beside it count up by one)", rest[fit[0].name:fit[0].code], rest[fit[0].code:fit[0].desc]))
	}
	if len(whys) > 0 {
		return fail(strings.Join(whys, "; "))
	}
	tb := &pages.Table{Line: line, Header: head, Cols: []pages.Column{pages.ColName, pages.ColCode, pages.ColDescription}}
	for k, r := range told {
		end := len(rest)
		if k+1 < len(told) {
			end = told[k+1].name
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: line, Raw: strings.TrimSpace(rest[r.name:end]), Cells: []string{rest[r.name:r.code], rest[r.code:r.desc], strings.TrimSpace(rest[r.desc:end])}})
	}
	how := ""
	if len(hows) > 0 {
		how = "; where a description begins with a digit, the code told by the rows beside it: " + strings.Join(hows, ", ")
	}
	src.Report.Warn(pages.At(src.Name, line), "line %d holds a whole table of codes on one line (%s), its cells run together with nothing between them and its rows a space apart, as html2text prints a table: read a row at each name after a space run into a code run into its description%s", line, strings.Join(head, " | "), how)
	return tb
}
