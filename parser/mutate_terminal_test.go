package parser_test

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/parser"
)

// The damage a writer for a terminal or a PDF's text extraction does to
// the characters of a page, which no page's author typed: a terminal
// writer's colour and style escapes (SGR, ESC [ params m: pandoc's ansi
// writer, glamour, rich) around a heading's or a title's line and around
// the words of a table's cells, the ligatures a PDF's font sets for
// "fi", "fl", "ff" (PyMuPDF's get_text of a Chromium print: "identiﬁer",
// "ﬂoor", "diﬀer") in a member's name and in its description, and a
// dashed table's rules drawn with box-drawing horizontals ("───── ─────",
// pandoc's ansi writer). Each acts on every text page, at every place it
// can occur (a page saved in a MIME container, whose lines are pieces of
// an encoded part, aside, and for the SGR escapes an HTML page and a JSON
// document, which no terminal writer writes): the page must read as the
// clean one, or be refused at the damaged line; never other facts
// silently.
func init() {
	for _, d := range []defect{
		{"SGR escapes around heading and title lines", sgrPlaces(titleLines), sgrLine},
		{"SGR escapes around cells' words", sgrPlaces(cellWordLines), sgrWords},
		{"ligatures for fi, fl, ff in a member's name", ligaturePlaces(true), ligate(true)},
		{"ligatures for fi, fl, ff in a member's description", ligaturePlaces(false), ligate(false)},
		{"dashed table's rules drawn with box-drawing horizontals", boxRulePlaces, boxRules},
	} {
		defects = append(defects, d)
		everyStyle[d.class] = true
	}
}

// A scrapedRow is a row of a table as a parse of its page alone reads it:
// the index of its first line, and of the line after its last (the next
// row's first, or the blank line or the end of the page after it).
type scrapedRow struct{ first, end int }

// scrapedRows are the rows of each table of a text page, as a parse of
// the page alone reads them (parser.TableRows); for an HTML page, the
// lines of the cells of each row of its tables.
func scrapedRows(p *scrapedPage) []scrapedRow {
	var out []scrapedRow
	if p.style == "html" {
		for _, tb := range p.tables {
			for _, r := range tb.rows {
				if cells := p.htmlCells(r); len(cells) > 0 {
					out = append(out, scrapedRow{cells[0], cells[len(cells)-1] + 1})
				}
			}
		}
		return out
	}
	for _, rows := range parser.TableRows(p.name, []byte(strings.Join(p.lines, "\n"))) {
		for k, r := range rows {
			end := r
			if k+1 < len(rows) && rows[k+1] > r {
				end = rows[k+1] - 1
			} else {
				for end < len(p.lines) && strings.TrimSpace(p.lines[end]) != "" {
					end++
				}
			}
			if r >= 1 && end > r-1 {
				out = append(out, scrapedRow{r - 1, end})
			}
		}
	}
	return out
}

// titleLines are the lines of a text page that are a heading's or a
// title's: a line of text of a few words with no full stop, as a parse of
// the page alone reads it, and the line of text over each table.
func titleLines(p *scrapedPage) []int {
	data := []byte(strings.Join(p.lines, "\n"))
	var out []int
	for _, b := range parser.PageBlocks(p.name, data) {
		if !b.Table && b.Text != "" && len(strings.Fields(b.Text)) <= 6 && !strings.HasSuffix(b.Text, ".") && b.Line >= 1 && b.Line <= len(p.lines) {
			out = append(out, b.Line-1)
		}
	}
	for _, h := range parser.TitledTables(p.name, data) {
		if t := titleAbove(p.lines, h-1); t >= 0 {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// cellWordLines are the first lines of the rows of a text page's tables.
func cellWordLines(p *scrapedPage) []int {
	var out []int
	for _, r := range scrapedRows(p) {
		out = append(out, r.first)
	}
	return out
}

// sgrPlaces are the places of lines of a text page found by lines, but on
// a page of HTML, in a MIME container, or saved as a JSON document (a
// notebook's cells, pdfmake's document definition), whose lines are
// JSON's, the page's text in its strings: no terminal writer writes them.
func sgrPlaces(lines func(p *scrapedPage) []int) func(p *scrapedPage) []int {
	return func(p *scrapedPage) []int {
		if p.style == "html" || inContainer(p.name) || slices.Contains([]string{".json", ".ipynb"}, strings.ToLower(filepath.Ext(p.name))) {
			return nil
		}
		return lines(p)
	}
}

// The escapes a terminal writer sets a heading's or a title's line in:
// pandoc's ansi writer's bold with each other rendition reset, a bold
// colour, bold alone; each closed by a reset, with parameters or none.
var titleLineEscapes = [][2]string{
	{"\x1b[1m\x1b[23m\x1b[39m\x1b[49m\x1b[24m\x1b[29m", "\x1b[0m"},
	{"\x1b[01;34m", "\x1b[m"},
	{"\x1b[1m", "\x1b[22m"},
}

// The escapes a terminal writer sets the words of a cell in: bold for a
// name, a colour for a code span (256 colours, true colour with colons),
// italics.
var cellWordEscapes = [][2]string{
	{"\x1b[1m", "\x1b[0m"},
	{"\x1b[38;5;203m", "\x1b[39m"},
	{"\x1b[38:2::255:135:0m", "\x1b[0m"},
	{"\x1b[22m\x1b[3m", "\x1b[23m"},
}

// sgrWordRe matches a word of a line: characters that are no space and
// no pipe between cells.
var sgrWordRe = regexp.MustCompile(`[^\s|]+`)

// sgrLine sets the line at at in a heading's escapes (titleLineEscapes,
// in turn from place to place), its indent and its trailing spaces
// aside.
func sgrLine(p *scrapedPage, lines []string, at int) ([]string, int) {
	lines = slices.Clone(lines)
	l := lines[at]
	t := strings.TrimLeft(l, " \t")
	text := strings.TrimRight(t, " \t")
	e := titleLineEscapes[at%len(titleLineEscapes)]
	lines[at] = l[:len(l)-len(t)] + e[0] + text + e[1] + t[len(text):]
	return lines, at
}

// sgrWords sets each word of each line of the row whose first line is at
// in a cell's escapes (cellWordEscapes), taken in turn from word to word.
func sgrWords(p *scrapedPage, lines []string, at int) ([]string, int) {
	lines = slices.Clone(lines)
	n := at
	end := rowEnd(p, at)
	for k := at; k < end; k++ {
		lines[k] = sgrWordRe.ReplaceAllStringFunc(lines[k], func(w string) string {
			e := cellWordEscapes[n%len(cellWordEscapes)]
			n++
			return e[0] + w + e[1]
		})
	}
	return lines, at
}

// rowEnd is the index of the line after the row whose first line is at
// (scrapedRows); at+1 where no row starts at at.
func rowEnd(p *scrapedPage, at int) int {
	for _, r := range scrapedRows(p) {
		if r.first == at {
			return r.end
		}
	}
	return at + 1
}

// ligatureRe matches the letters a font sets in one glyph, and ligated
// writes each as the ligature's character a PDF's text extraction
// writes for it.
var (
	ligatureRe = regexp.MustCompile(`ff[il]|f[fil]`)
	ligated    = strings.NewReplacer("ffi", "\ufb03", "ffl", "\ufb04", "ff", "\ufb00", "fi", "\ufb01", "fl", "\ufb02")
)

// nameSpan is where the name of a row's first line is: its first word,
// the markup and the pipe before it aside; for an HTML page, the text of
// its first cell. -1 where the line has none.
func nameSpan(p *scrapedPage, l string) (start, end int) {
	if p.style == "html" {
		start = strings.Index(l, ">")
		end = strings.LastIndex(l, "</td>")
		if start < 0 || end <= start {
			return -1, -1
		}
		return start + 1, end
	}
	loc := sgrWordRe.FindStringIndex(l)
	if loc == nil {
		return -1, -1
	}
	return loc[0], loc[1]
}

// ligaturePlaces are the first lines of the rows whose name (name) or
// whose other cells (the row's text after its name) hold letters a font
// ligates.
func ligaturePlaces(name bool) func(p *scrapedPage) []int {
	return func(p *scrapedPage) []int {
		if inContainer(p.name) {
			return nil
		}
		var out []int
		for _, r := range scrapedRows(p) {
			if ligatureRe.MatchString(ligatureText(p, p.lines, r, name)) {
				out = append(out, r.first)
			}
		}
		return out
	}
}

// ligatureText is the text of row r that ligate(name) changes: its name,
// or the rest of the row's lines after it; text between HTML tags alone.
func ligatureText(p *scrapedPage, lines []string, r scrapedRow, name bool) string {
	var b strings.Builder
	for k := r.first; k < r.end; k++ {
		l := lines[k]
		s, e := nameSpan(p, l)
		switch {
		case k == r.first && name && s >= 0:
			b.WriteString(l[s:e])
		case k == r.first && s >= 0:
			b.WriteString(l[e:])
		case !name:
			b.WriteString(l)
		}
		b.WriteString("\n")
	}
	return markupTagRe.ReplaceAllString(b.String(), "")
}

// ligate writes the letters a font ligates as their ligatures in the
// name of the row at at (name), or in the rest of the row, in the text
// between HTML tags alone.
func ligate(name bool) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		end := rowEnd(p, at)
		for k := at; k < end; k++ {
			l := lines[k]
			from, to := 0, len(l)
			if s, e := nameSpan(p, l); k == at && s >= 0 {
				if name {
					from, to = s, e
				} else {
					from = e
				}
			} else if name {
				break
			}
			lines[k] = l[:from] + ligateText(l[from:to]) + l[to:]
		}
		return lines, at
	}
}

// ligateText writes the ligatures in s, in the text between its HTML
// tags alone: a PDF's text holds no markup.
func ligateText(s string) string {
	var b strings.Builder
	last := 0
	for _, loc := range markupTagRe.FindAllStringIndex(s, -1) {
		b.WriteString(ligated.Replace(s[last:loc[0]]))
		b.WriteString(s[loc[0]:loc[1]])
		last = loc[1]
	}
	b.WriteString(ligated.Replace(s[last:]))
	return b.String()
}

// dashRuleRe matches a rule of a dashed table: runs of two dashes at
// least apart by spaces, or one run of three at least (a multiline
// table's top and closing rule).
var dashRuleRe = regexp.MustCompile(`^ *(-{2,}( +-{2,})+|-{3,}) *$`)

// boxHorizontals are the box-drawing horizontals a terminal writer draws
// a dashed table's rules with, from table to table: light, heavy,
// double, dashed.
var boxHorizontals = []string{"\u2500", "\u2501", "\u2550", "\u254c"}

// tableRules are the rules of each dashed table of a text page, by the
// index of the first line of the table: the dashed lines from the line
// over its header row (over its first row, for a table with no header of
// its own) down to the blank line after its last row.
func tableRules(p *scrapedPage) map[int][]int {
	if p.style == "html" || inContainer(p.name) {
		return nil
	}
	data := []byte(strings.Join(p.lines, "\n"))
	headers := parser.TableHeaders(p.name, data)
	out := map[int][]int{}
	for i, rows := range parser.TableRows(p.name, data) {
		if len(rows) == 0 || i >= len(headers) {
			continue
		}
		first := rows[0] - 1
		if headers[i] > 0 {
			first = headers[i] - 1
		}
		from := max(first-1, 0)
		var rules []int
		for k := from; k < len(p.lines) && (k <= rows[len(rows)-1]-1 || strings.TrimSpace(p.lines[k]) != ""); k++ {
			if dashRuleRe.MatchString(p.lines[k]) {
				rules = append(rules, k)
			}
		}
		if len(rules) > 0 {
			out[first] = rules
		}
	}
	return out
}

// boxRulePlaces are the first lines of the dashed tables of a text page.
func boxRulePlaces(p *scrapedPage) []int {
	var out []int
	for first := range tableRules(p) {
		out = append(out, first)
	}
	slices.Sort(out)
	return out
}

// boxRules draws each rule of the dashed table whose first line is at
// with box-drawing horizontals, one kind a table, a dash a horizontal.
func boxRules(p *scrapedPage, lines []string, at int) ([]string, int) {
	lines = slices.Clone(lines)
	rules := tableRules(p)[at]
	h := boxHorizontals[at%len(boxHorizontals)]
	for _, k := range rules {
		lines[k] = strings.ReplaceAll(lines[k], "-", h)
	}
	if len(rules) > 0 {
		at = rules[0]
	}
	return lines, at
}
