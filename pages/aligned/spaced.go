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
// primitive, a type they define or refer to, List<X>, with [] or not), a
// requiredness word or none, a signed integer under a Code column after
// the name, and the rest the description. A link's number the browser
// prints before its text ("[20]BuildingKind") is no part of a cell.
//
// A line starts a row where it splits so and its description begins as
// one does (with a capital, a digit or a parenthesis, or is empty; a
// requiredness that states a condition takes the rest of the row), its
// name in the case of the names of the rows above: a wrapped sentence
// does not go on so. A line that splits so but for its description's
// start starts a row where the line before ends short of the width the
// page is wrapped at (its longest line that a line of the same indent
// follows): had the line before been wrapped, the line's first word would
// have fitted on it. A line that does not split, after a line that
// reaches the width, is the rest of the row above. Any other line could
// be either, or is neither: refused at its line.

// linkMarkRe matches the number a text browser prints before a link's
// text: "[20]BuildingKind".
var linkMarkRe = regexp.MustCompile(`\[\d+\]`)

// spacedHeader reads line i as the header of a table whose cells are one
// space apart: two words or more, each naming a column, the first a Name
// or a Code column, of columns the row reader knows; it returns the
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
	if !namesColumns(words) || cols[len(cols)-1] != pages.ColDescription {
		return nil
	}
	return words
}

// spacedTable reads the table whose header, head, is line i of the
// page's lines, its rows split by what their cells hold; it returns the
// table with the index of the line after it, a blank line or a line
// indented otherwise.
func spacedTable(src pages.Source, lines []string, head []string, i int) (*pages.Table, int) {
	cols, _ := pages.ColumnsOf(head)
	tb := &pages.Table{Line: i + 1, Header: head, Cols: cols}
	indent := indentOf(lines[i])
	end := i + 1
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" && indentOf(lines[end]) == indent {
		end++
	}
	width := wrapWidth(lines)
	split := cellSplitter{words: src.Words, cols: cols}
	// rows holds the lines of each row: its first, and those its text
	// wraps onto.
	var rows [][]int
	lower := -1 // whether the rows' names begin in lower case (1) or not (0), once a row says
	for j := i + 1; j < end; j++ {
		cells, strong, why := split.cells(lines[j])
		if cells != nil && lower >= 0 && isLowerStart(cells[0]) != (lower == 1) {
			cells, why = nil, fmt.Sprintf("its name %s is in the other case than the names of the rows above", cells[0])
		}
		full := len(rows) > 0 && columns(lines[j-1])+1+columns(firstWordOf(lines[j])) > width
		switch {
		case cells != nil && (strong || len(rows) == 0 || !full):
			rows = append(rows, []int{j})
			lower = boolInt(isLowerStart(cells[0]))
		case cells == nil && full:
			rows[len(rows)-1] = append(rows[len(rows)-1], j)
		case cells != nil:
			src.Report.Fail(pages.At(src.Name, j+1), "line %d of the table at line %d, whose cells are one space apart as a text browser prints them, reads as a row (%s) whose description begins in lower case, or as the rest of the row at line %d, which the line before wraps at the page's width (%d columns): nothing tells which. Write the page's table with its cells set apart (two spaces or a tab between them), or join the line to the one before it if it goes on that row", j+1, i+1, pages.Clip(strings.Join(cells, " | ")), rows[len(rows)-1][0]+1, width)
			rows = append(rows, []int{j})
		default:
			what := "the line before it ends short of the page's width, so that it is no text of the row above wrapped"
			if len(rows) == 0 {
				what = "it is the first line under the header"
			}
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), under the header at line %d whose cells are one space apart as a text browser prints them, splits into no row of the columns %s (%s), and %s. Write the page's table with its cells set apart (two spaces or a tab between them)", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, strings.Join(head, " | "), why, what)
		}
	}
	for _, rl := range rows {
		parts := make([]string, len(rl))
		for k, j := range rl {
			parts[k] = strings.TrimSpace(lines[j])
		}
		text := strings.Join(parts, " ")
		cells, _, why := split.cells(text)
		if cells == nil {
			src.Report.Fail(pages.At(src.Name, rl[0]+1), "the row at line %d (%q), with the lines its text wraps onto, splits into no row of the columns %s (%s). Write the page's table with its cells set apart (two spaces or a tab between them)", rl[0]+1, pages.Clip(text), strings.Join(head, " | "), why)
			continue
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: rl[0] + 1, Raw: strings.Join(parts, "\n"), Cells: cells})
	}
	if len(tb.Rows) > 0 {
		src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d has its cells one space apart, its rows wrapped, as a text browser prints a table too wide for it: read by what each cell holds (a name, a type, a requiredness, a code), a row at each line that starts one", i+1)
	}
	return tb, end
}

// wrapWidth is the width a page's text is wrapped at, as far as its lines
// tell: the longest line that a line of the same indent follows, but for
// a line with a URL, which the browser does not break (its list of
// links), and a line alone, as a code block's, which may run past it.
func wrapWidth(lines []string) int {
	w := 0
	for j := 0; j+1 < len(lines); j++ {
		if strings.TrimSpace(lines[j]) != "" && strings.TrimSpace(lines[j+1]) != "" && indentOf(lines[j]) == indentOf(lines[j+1]) && !strings.Contains(lines[j], "://") {
			w = max(w, columns(lines[j]))
		}
	}
	return w
}

// cellSplitter splits a row of a table whose cells are one space apart
// into its columns.
type cellSplitter struct {
	words pages.Lexicon
	cols  []pages.Column
}

// genericRe matches a type written as a generic one: "List<String>",
// "Map<String, Integer>".
var genericRe = regexp.MustCompile(`^[A-Z]\w*<[^<>]*(?:<[^<>]*>)?[^<>]*>(?:\[\])?$`)

// signedRe matches a signed integer.
var signedRe = regexp.MustCompile(`^[-+]?\d+$`)

// cells splits a row's text into one cell per column, or returns nil
// with why it does not split; strong tells that its description begins
// as one does, or that its requiredness states a condition.
func (s cellSplitter) cells(text string) (cells []string, strong bool, why string) {
	rest := strings.TrimSpace(linkMarkRe.ReplaceAllString(text, ""))
	out := make([]string, len(s.cols))
	for k, c := range s.cols {
		if k == len(s.cols)-1 {
			out[k] = rest
			r, _ := utf8.DecodeRuneInString(rest)
			return out, rest == "" || strong || unicode.IsUpper(r) || unicode.IsDigit(r) || r == '(' || r == '"', ""
		}
		word, after := cutWord(rest)
		switch {
		case k == 0:
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

// typeLen returns the length of the type cell rest starts with, a whole
// word or two ("number int"), or 0: a primitive in any of its spellings,
// a type the pages define or refer to, or a generic type, each with []
// or not.
func (s cellSplitter) typeLen(rest string) int {
	word, _ := cutWord(rest)
	if genericRe.MatchString(word) {
		return len(word)
	}
	if s.words == nil {
		return 0
	}
	for _, p := range s.words.Primitives() {
		if len(rest) < len(p) || !strings.EqualFold(rest[:len(p)], p) {
			continue
		}
		n := len(p)
		if strings.HasPrefix(rest[n:], "[]") {
			n += 2
		}
		if n == len(rest) || rest[n] == ' ' {
			return n
		}
	}
	name := strings.TrimSuffix(word, "[]")
	if name != "" && unicode.IsUpper(rune(name[0])) && slices.Contains(s.words.PrefixesOf(name), name) {
		return len(word)
	}
	return 0
}

// cutWord cuts the first word off s.
func cutWord(s string) (word, rest string) {
	word, rest, _ = strings.Cut(s, " ")
	return word, strings.TrimSpace(rest)
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
	return columns(l[:len(l)-len(strings.TrimLeft(l, " \t"))])
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
