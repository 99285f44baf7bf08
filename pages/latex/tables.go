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

// table reads the tabular environment env beginning at line index i:
// its rows, which a "\\" (or \tabularnewline) ends wherever it stands,
// so that a row goes on over the lines pandoc wraps it on, their cells
// parted by an "&" outside a group and an inner environment (a
// minipage). A first row that a rule or a head's end (\midrule, \hline,
// \endhead) sets apart is its header; the rows of a longtable's first
// head repeated as its head (\endfirsthead … \endhead) and of its feet
// (\endfoot) are no rows; a row of a \caption alone is the caption, a
// text line before the table. It returns the table, nil when it has no
// row, the caption, and the index of the environment's end line.
func table(src pages.Source, i, to int, env string) (*pages.Table, pages.Block, int) {
	end := closing(src, i, to, env)
	var b strings.Builder
	starts := make([]int, 0, end-i)
	for j := i; j < end; j++ {
		starts = append(starts, b.Len())
		b.WriteString(uncommented(src.Lines[j]))
		b.WriteByte('\n')
	}
	s := b.String()
	lineAt := func(off int) int {
		return i + sort.Search(len(starts), func(k int) bool { return starts[k] > off })
	}
	g := groupsOf(s)
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
		case c == '\\' && p+1 < len(s) && isLetter(s[p+1]):
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
	for k, r := range rows {
		if drop[k] {
			continue
		}
		cs := cellsOf(r.cells)
		if k == 0 && ruled[0] {
			tb.Line, tb.Header = r.line, cs
			tb.Cols, _ = pages.ColumnsOf(cs)
			continue
		}
		if tb.Line == 0 {
			tb.Line = r.line
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: r.line, Raw: r.raw, Cells: cs})
	}
	if tb.Line == 0 {
		return nil, caption, end
	}
	return tb, caption, end
}

// cellsOf renders the cells of a row as the text they show (inline): a
// cell that spans columns (\multicolumn{n}{spec}{text}) is its text and
// an empty cell for each column more it spans, as a page writes a note
// over a table's columns.
func cellsOf(raw []string) []string {
	out := make([]string, 0, len(raw))
	for _, c := range raw {
		t := strings.TrimSpace(c)
		if rest, ok := strings.CutPrefix(t, `\multicolumn`); ok {
			args, end := groupsOf(rest).arguments(rest, skipBlank(rest, 0), false)
			if len(args) != 3 || strings.TrimSpace(rest[end:]) != "" {
				out = append(out, inline(t, false))
				continue
			}
			if n, err := strconv.Atoi(strings.TrimSpace(rest[args[0].from:args[0].to])); err == nil && n > 0 && n <= maxSpan {
				out = append(out, inline(rest[args[2].from:args[2].to], false))
				for k := 1; k < n; k++ {
					out = append(out, "")
				}
				continue
			}
		}
		out = append(out, inline(t, false))
	}
	return out
}

// maxSpan is the most columns a \multicolumn cell is read as spanning:
// a wider span is no table of a documentation page, and its cells are
// not written out.
const maxSpan = 64

// skipBlank returns the index of the first byte from s[i] on that is
// no space, tab or line break.
func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
		i++
	}
	return i
}
