package latex

import (
	"sort"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// rules are the commands between a table's rows that draw a rule or
// end a part of a longtable: no cell. headRules are those of them that
// set the row before apart as the table's header.
var (
	rules = map[string]bool{
		"toprule": true, "midrule": true, "bottomrule": true, "hline": true, "cline": true, "cmidrule": true,
		"specialrule": true, "addlinespace": true, "noalign": true, "hhline": true,
		"endhead": true, "endfirsthead": true, "endfoot": true, "endlastfoot": true,
	}
	headRules = map[string]bool{"midrule": true, "hline": true, "cmidrule": true, "endhead": true, "endfirsthead": true, "hhline": true}
)

// texRow is a row of a table as written: its cells' markup, its page
// line and its source.
type texRow struct {
	cells []string
	line  int
	raw   string
}

// joined returns lines i to end-1 of src, each without its comment,
// joined by line breaks, and the line of src that an offset in that
// text stands on.
func joined(src pages.Source, i, end int) (string, func(int) int) {
	var b strings.Builder
	starts := make([]int, 0, end-i)
	for j := i; j < end; j++ {
		starts = append(starts, b.Len())
		b.WriteString(uncommented(src.Lines[j]))
		b.WriteByte('\n')
	}
	return b.String(), func(off int) int {
		return i + sort.Search(len(starts), func(k int) bool { return starts[k] > off })
	}
}

// table reads the tabular environment env beginning at line index i:
// its rows, which a "\\" (or \tabularnewline) ends wherever it stands,
// so that a row goes on over the lines pandoc wraps it on, their cells
// parted by an "&" outside a group and an inner environment (a
// minipage). A first row that a rule or a head's end (\midrule, \hline,
// \endhead) sets apart is its header; the rows of a longtable's first
// head repeated as its head (\endfirsthead … \endhead) and of its feet
// (\endfoot) are no rows; a row of a \caption alone is the caption, a
// text line before the table. A row of one cell spanning the columns
// (\multicolumn) is a title over the table before its header
// (pages.TitleRow), a label or a note over the rows below it after
// (pages.Table.TakeNotes), as HTML's colspan is; a cell spanning rows
// (\multirow) fills the empty cells of its column in the rows it spans.
// It returns the table, nil when it has no row, the text before it (its
// caption, its titles) and after it (its notes), and the index of the
// environment's end line.
func table(src pages.Source, i, to int, env string) (*pages.Table, []pages.Block, []pages.Block, int) {
	end := closing(src, i, to, env)
	s, lineAt := joined(src, i, end)
	g := groupsOf(s, false)
	pos := strings.Index(s, `\begin{`+env+`}`) + len(`\begin{`+env+`}`)
	for n := 0; n < tableArgs[env]; n++ {
		pos = skipOptional(s, skipBlank(s, pos))
		if pos = skipBlank(s, pos); pos < len(s) && s[pos] == '{' {
			pos = g.closing(pos) + 1
		}
	}
	var rows []texRow
	var caption pages.Block
	ruled := map[int]bool{}     // the rows a head rule follows
	drop := map[int]bool{}      // the rows of a repeated head or a foot
	firstHead, segment := -1, 0 // where the first head ends, and where the part of rows since the last head or foot begins
	var cells []string          // the cells of the row so far
	cellStart, rowStart := pos, pos
	endRow := func(at, next int) {
		cells = append(cells, s[cellStart:min(at, len(s))])
		raw := strings.TrimSpace(s[rowStart:min(next, len(s))])
		first := rowStart + strings.IndexFunc(s[rowStart:min(next, len(s))], func(r rune) bool { return r != ' ' && r != '\n' && r != '\t' })
		switch {
		case len(cells) == 1 && strings.TrimSpace(cells[0]) == "":
		case len(cells) == 1 && strings.HasPrefix(strings.TrimSpace(cells[0]), `\caption`):
			caption = pages.Block{Line: lineAt(first), Text: inline(cells[0], false)}
		default:
			rows = append(rows, texRow{cells: cells, line: lineAt(first), raw: raw})
		}
		cells, cellStart, rowStart = nil, next, next
	}
	depth, inner := 0, 0
	for p := pos; p < len(s); p++ {
		switch c := s[p]; {
		case c == '{':
			depth++
		case c == '}':
			depth = max(depth-1, 0)
		case c == '&' && depth == 0 && inner == 0:
			cells = append(cells, s[cellStart:p])
			cellStart = p + 1
		case c == '\\' && p+1 < len(s) && s[p+1] == '\\' && depth == 0 && inner == 0:
			next := skipOptional(s, p+2)
			endRow(p, next)
			p = next - 1
		case c == '\\' && p+1 < len(s) && pages.IsASCIILetter(s[p+1]):
			q := nameEnd(s, p+1)
			name := s[p+1 : q]
			top := depth == 0 && inner == 0
			switch {
			case name == "begin":
				inner++
			case name == "end":
				inner = max(inner-1, 0)
			case name == "tabularnewline" && top:
				endRow(p, q)
			case rules[name] && top && len(cells) == 0 && strings.TrimSpace(s[cellStart:p]) == "":
				_, q = g.arguments(s, q, true)
				if headRules[name] && len(rows) > 0 {
					ruled[len(rows)-1] = true
				}
				switch name {
				case "endfirsthead":
					firstHead, segment = len(rows), len(rows)
				case "endhead":
					if firstHead >= 0 {
						for k := firstHead; k < len(rows); k++ {
							drop[k] = true
						}
					}
					segment = len(rows)
				case "endfoot", "endlastfoot":
					for k := segment; k < len(rows); k++ {
						drop[k] = true
					}
					segment = len(rows)
				}
				cellStart, rowStart = q, q
			}
			p = q - 1
		case c == '\\':
			p++
		}
	}
	if cells != nil || strings.TrimSpace(s[min(cellStart, len(s)):]) != "" {
		endRow(len(s), len(s))
	}
	tb := &pages.Table{}
	var before []pages.Block
	notes := map[*pages.Row]bool{}
	var down []spanDown // the cells of \multirow that span rows below theirs
	for k, r := range rows {
		if drop[k] {
			continue
		}
		cs, rowSpans, whole := cellsOf(r.cells)
		for c := range down {
			if d := &down[c]; d.left > 0 && d.col < len(cs) && strings.TrimSpace(cs[d.col]) == "" {
				cs[d.col], d.left = d.text, d.left-1
			}
		}
		for col, n := range rowSpans {
			if n > 1 {
				down = append(down, spanDown{col: col, left: n - 1, text: cs[col]})
			}
		}
		switch {
		case whole && tb.Line == 0 && len(tb.Rows) == 0:
			before = append(before, pages.TitleRow(src, r.line, cs[0], "one cell that spans the columns of the table under it (\\multicolumn)"))
			continue
		case k == 0 && ruled[0] || tb.Header == nil && len(tb.Rows) == 0 && len(before) > 0 && ruled[k]:
			tb.Line, tb.Header = r.line, cs
			tb.Cols, _ = pages.ColumnsOf(cs)
			continue
		}
		if tb.Line == 0 {
			tb.Line = r.line
		}
		row := &pages.Row{Line: r.line, Raw: r.raw, Cells: cs}
		notes[row] = whole
		tb.Rows = append(tb.Rows, row)
	}
	if caption.Text != "" {
		before = append([]pages.Block{caption}, before...)
	}
	if tb.Line == 0 {
		return nil, before, nil, end
	}
	after := tb.TakeNotes(src, func(row *pages.Row) bool { return notes[row] }, "one cell that spans its columns (\\multicolumn), a label or a note over the rows below it")
	return tb, before, after, end
}

// spanDown is a cell of \multirow: its column, its text and the rows
// below its own it spans yet, whose empty cell in its column it fills.
type spanDown struct {
	col, left int
	text      string
}

// cellsOf renders the cells of a row as the text they show (inline),
// with the rows each spans (\multirow{n}{width}{text}, 1 for a cell that
// spans none) and whether the row is one cell spanning two columns or
// more: a cell that spans columns (\multicolumn{n}{spec}{text}) is its
// text and an empty cell for each column more it spans.
func cellsOf(raw []string) ([]string, []int, bool) {
	out := make([]string, 0, len(raw))
	spans := make([]int, 0, len(raw))
	wide := false
	for _, c := range raw {
		t := strings.TrimSpace(c)
		n, text, ok := spanning(t, `\multicolumn`)
		if ok {
			out, spans = append(out, inline(text, false)), append(spans, 1)
			for k := 1; k < n; k++ {
				out, spans = append(out, ""), append(spans, 1)
			}
			wide = wide || n > 1
			continue
		}
		if n, text, ok := spanning(t, `\multirow`); ok {
			out, spans = append(out, inline(text, false)), append(spans, n)
			continue
		}
		out, spans = append(out, inline(t, false)), append(spans, 1)
	}
	return out, spans, wide && len(raw) == 1 && out[0] != ""
}

// spanning reads cell t as a cell of command (\multicolumn or
// \multirow) that spans n columns or rows, its three arguments the
// number, a setting and its text; ok is false for a cell of no such
// command, or of a number out of 1 to maxSpan.
func spanning(t, command string) (n int, text string, ok bool) {
	rest, found := strings.CutPrefix(t, command)
	if !found {
		return 0, "", false
	}
	args, end := groupsOf(rest, false).arguments(rest, skipBlank(rest, 0), false)
	if len(args) != 3 || strings.TrimSpace(rest[end:]) != "" {
		return 0, "", false
	}
	n, err := strconv.Atoi(strings.TrimSpace(rest[args[0].from:args[0].to]))
	if err != nil || n < 1 || n > maxSpan {
		return 0, "", false
	}
	return n, rest[args[2].from:args[2].to], true
}

// maxSpan is the most columns or rows a \multicolumn or \multirow cell
// is read as spanning: a wider span is no table of a documentation
// page, and its cells are not written out.
const maxSpan = 64

// skipBlank returns the index of the first byte from s[i] on that is
// no space, tab or line break.
func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
		i++
	}
	return i
}
