package parser_test

import (
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/readme"
	"github.com/docs2go/docs2go/pages/sheet"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

var (
	mutateAll   = flag.Bool("mutate.all", false, "TestMutations: apply each defect at every place it can occur, not a sample")
	mutateClass = flag.String("mutate.class", "", "TestMutations: apply only the defect classes whose names this regular expression matches")
)

// knownSilent lists the (defect class, style) pairs for which some
// mutation changes the schema with no warning and no error today, each
// with the defect of issue 11 or 12 that makes it; sampled marks those the
// bounded run of make test meets (the others show with -mutate.all). The
// test fails when a pair outside the list goes silent, and when a pair in
// it no longer does: the list only shrinks.
var knownSilent = map[[2]string]knownDefect{
	// The rest of an endpoint's header table lost after a page break,
	// on a page of one endpoint (page.md:21, a GearN GET; players.org:20,
	// pity.csv:17, submarine.txt:42, page.txt:7, APIs whose status codes
	// carry the outcome) whose example request, where it has one, sends
	// no header beyond HTTP's own, and whose protocol documents no header
	// on every such endpoint: the first part reads as the whole table,
	// and nothing on the page tells that more was there.
	{"header table's rest after a page break lost, its first part read as the whole", "Markdown"}:                               {"a header table's rest lost after a page break, on a page that says nothing else of the endpoint's headers, is read as the whole table", true},
	{"header table's rest after a page break lost, its first part read as the whole", "Org mode"}:                               {"a header table's rest lost after a page break, on a page that says nothing else of the endpoint's headers, is read as the whole table", true},
	{"header table's rest after a page break lost, its first part read as the whole", "a spreadsheet's rows as delimited text"}: {"a header table's rest lost after a page break, on a page that says nothing else of the endpoint's headers, is read as the whole table", true},
	{"header table's rest after a page break lost, its first part read as the whole", "columns aligned with spaces"}:            {"a header table's rest lost after a page break, on a page that says nothing else of the endpoint's headers, is read as the whole table", true},
	{"header table's rest after a page break lost, its first part read as the whole", "pipe- or tab-separated text"}:            {"a header table's rest lost after a page break, on a page that says nothing else of the endpoint's headers, is read as the whole table", true},
	// A hard wrap that cuts the header row of a table of columns
	// aligned with spaces, its last column's name on a line of its own
	// (ai04_award, guildpoint.txt:176, "Description"): no header is
	// read there, and the table's rows are read as text, joined to the
	// paragraph above, with no warning. (The rest of a row's last cell
	// that a hard wrap set at column 0, "(default: true)" at line 70, is
	// read as that cell's, with a warning: aligned's lastRest.)
	{"hard-wrapped line", "columns aligned with spaces"}: {"a table's header row that a hard wrap cut is read as no header, and its rows as text", false},
	// A sentence glued over the first line of a table's last row, a
	// cell a line, in a page whose rows the blank lines between them set
	// apart by gaps that vary (AbiWord's text, knapFlint_html4.txt:1986,
	// bw03): the sentence and the row read as text after the table, and
	// the row is lost with no word; a note run into the row after it is
	// read only where the gap before it is the table's row gap.
	{"table cut by a line of text, in any style", "one cell per line"}: {"a sentence glued over a table's last row, in a page whose row gaps vary, ends the table and the row is lost", true},
	// The same page, the same row: a callout's line ("!!! danger") over
	// it ends the table alike.
	{"callout between a table's rows, in any style", "one cell per line"}: {"a callout over a table's last row, in a page whose row gaps vary, ends the table and the row is lost", true},
}

// knownInvalid lists the (defect class, style) pairs for which some
// mutation makes the reader return a schema that fails schema.Validate,
// each with its defect; the parse then fails with the validation's
// errors, not the reader's. As knownSilent, it only shrinks.
var knownInvalid = map[[2]string]knownDefect{}

// knownDefect is a known defect of a (defect class, style) pair: the
// issue that makes it, and whether the bounded run of make test meets it
// (the others show with -mutate.all).
type knownDefect struct {
	reason  string
	sampled bool
}

// rewordings are, for each constraint the corpus writes, other forms of
// the constraint grammar that state the same: in parentheses, and in
// words in the prose, as a clause of its own.
var rewordings = []struct {
	re           *regexp.Regexp
	paren, prose string
}{
	{regexp.MustCompile(`^\((\d+) - (\d+) characters\)$`), "(between $1 and $2 characters)", "between $1 and $2 characters"},
	{regexp.MustCompile(`^\((\d+) - (\d+) elements\)$`), "($1 to $2 items)", "$1 to $2 items"},
	{regexp.MustCompile(`^\((\d+) characters\)$`), "($1 chars)", "$1 characters"},
	{regexp.MustCompile(`^\(from (\S+) to (\S+)\)$`), "($1 ~ $2)", "between $1 and $2"},
	{regexp.MustCompile(`^\(from (\S+)\)$`), "(at least $1)", "at least $1"},
	{regexp.MustCompile(`^\(Default: (.*)\)$`), "(default: $1)", "defaults to $1 when omitted"},
}

// reword is a constraint of the corpus in its other form, in parentheses
// or in the prose.
func reword(s string, prose bool) string {
	for _, r := range rewordings {
		if r.re.MatchString(s) {
			if prose {
				return r.re.ReplaceAllString(s, r.prose)
			}
			return r.re.ReplaceAllString(s, r.paren)
		}
	}
	return s
}

// inWords states the constraints of a line in words: a sentence of its
// own after a full stop, else a clause after a semicolon.
func inWords(l string) string {
	var b strings.Builder
	last := 0
	for _, loc := range constraintRe.FindAllStringIndex(l, -1) {
		before := strings.TrimRight(l[last:loc[0]], " \u00a0")
		b.WriteString(before)
		words := reword(l[loc[0]:loc[1]], true)
		if strings.HasSuffix(strings.TrimRight(b.String(), " \u00a0"), ".") {
			b.WriteString(" " + strings.ToUpper(words[:1]) + words[1:] + ".")
		} else {
			b.WriteString("; " + words + ".")
		}
		last = loc[1]
	}
	b.WriteString(l[last:])
	return b.String()
}

// A scrapedPage is a page of the corpus cut into what the defects act on:
// its lines, its style and its tables.
type scrapedPage struct {
	name, style string // style: "flattened", "markdown" (rows between pipes), "pipes" (rows without a leading pipe), "cells" (one cell per line, a blank line between cells), "dense" (one cell per line, no blank line between cells) or "html"
	lines       []string
	tables      []scrapedTable
}

// scrapedTable is a table of a page, by line indices: its heading (-1 when
// it has none), its header row (for HTML the <thead> line) and its rows
// (for HTML the <tr> lines of the body).
type scrapedTable struct {
	heading, header int
	rows            []int
	// width is the number of columns of a table of one cell per line,
	// whose rows are the lines of their first cells, and step the lines
	// from one of its cells to the next: 2 with a blank line between
	// cells, 1 without.
	width, step int
}

var (
	rulerRe      = regexp.MustCompile(`^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$`)
	flatHeaderRe = regexp.MustCompile(`^(Name|Code)(Code|Type|Required)*Description$`)
	headingRe    = regexp.MustCompile(`^(#{1,6} .*|<h[1-6][ >].*|[A-Z][\w.]*|Data structure: .*|Request Body|Request Headers|Response Body)$`)
	requestRe    = regexp.MustCompile(`^(POST|GET|PUT|DELETE|PATCH) /`)
	// exampleRequestRe matches an example's request line, and
	// headerLineRe a header line of an example.
	exampleRequestRe = regexp.MustCompile(`^(POST|GET|PUT|DELETE|PATCH) /\S* HTTP/1\.1$`)
	headerLineRe     = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*: \S`)
	constraintRe     = regexp.MustCompile(`\((\d+ - \d+ (characters|elements)|\d+ characters|from [^)]*|Default: [^)]*)\)`)
	elementsRe       = regexp.MustCompile(`\((\d+ - \d+) elements\)`)
	codeCellRe       = regexp.MustCompile(`^(\s*<td>)<code>([a-z]+)([A-Z]\w*)</code>`)
	letterCellRe     = regexp.MustCompile(`^(\s*<td>(?:<code>)?)([A-Za-z])`)
	letterRe         = regexp.MustCompile(`[A-Za-z]`)
	thTextRe         = regexp.MustCompile(`<th[^>]*>([^<]*)</th>`)
	tdTextRe         = regexp.MustCompile(`<td[^>]*>([^<]*)</td>`)
	camelNameRe      = regexp.MustCompile(`^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$`)
	// cellEndBoundRe matches a range with a tilde that ends a cell, its
	// default in parentheses after it or none, and the cell's end: where
	// a tool that joins a cell's paragraphs with nothing runs the next
	// sentence into it.
	cellEndBoundRe = regexp.MustCompile(`(\d ~ \d+(?:\.\d+)?( \([Dd]efault: [^()]*\))?)(\t|\s*\||\s*</td>|$)`)
	rangeRe        = regexp.MustCompile(`\((\d+) - (\d+)( characters| elements)\)|\(from (\d+) to (\d+)\)`)
	// flatValuesRe matches the values after a flattened type of listed
	// values ("string in steam | epic | discord"), up to the Required
	// cell or the description run into the last.
	flatValuesRe = regexp.MustCompile(`^( in [^|]+?(?: \| [^|]+?)*)(?:true|false|[A-Z])`)
	flatTypeRe   = regexp.MustCompile(`^(number int|number|string|boolean|bool|GNHashtable|object|[A-Z][\w.]*)(\[\])?`)
	flatPrimRe   = regexp.MustCompile(`[a-z0-9](number|string|boolean|bool|GNHashtable|object)`)
	codeNameRe   = regexp.MustCompile(`^[a-z]\w*$`)
	// cellNameRe matches the first cell of a row of one cell per line: a
	// name or a status code.
	cellNameRe = regexp.MustCompile(`^([A-Za-z][\w-]*|\d+)$`)
	numberRe   = regexp.MustCompile(`\d+`)

	// responseDataRe matches the name GearN's pages give every payload
	// type, ResponseData, as a word, or where a flattened row runs it
	// into the envelope's member and the description
	// ("parametersResponseDataJust had data").
	responseDataRe = regexp.MustCompile(`(^|[^\w.]|\bparameters)ResponseData($|[^a-z0-9_])`)

	// endpointLineRe matches a GearN endpoint line, in text or in an
	// HTML code block: its method and its path.
	endpointLineRe = regexp.MustCompile(`^\s*(?:<pre><code>)?(POST|GET) (/\S+?)(?:</code></pre>)?\s*$`)
)

// readScrapedPage finds a page's style and tables the way a reader of the
// page would, by its shape: Markdown rulers, run-together header rows,
// HTML <table> elements.
func readScrapedPage(name string, data []byte) *scrapedPage {
	p := &scrapedPage{name: name, lines: strings.Split(string(data), "\n")}
	switch {
	case strings.HasSuffix(name, ".html"):
		p.style = "html"
	case cellPage(p.lines, 2):
		p.style = "cells"
	case cellPage(p.lines, 1):
		p.style = "dense"
	default:
		p.style = "flattened"
		for _, l := range p.lines {
			if t := strings.TrimSpace(l); strings.Contains(t, "|") && rulerRe.MatchString(t) {
				p.style = "pipes"
				if strings.HasPrefix(t, "|") {
					p.style = "markdown"
				}
				break
			}
		}
	}
	heading := func(i int) int {
		for i--; i >= 0 && strings.TrimSpace(p.lines[i]) == ""; i-- {
		}
		if i >= 0 && headingRe.MatchString(strings.TrimSpace(p.lines[i])) && !isRole(p.lines[i]) {
			return i
		}
		return -1
	}
	switch p.style {
	case "cells":
		p.cellTables(heading, 2)
	case "dense":
		p.cellTables(heading, 1)
	}
	for i, l := range p.lines {
		t := strings.TrimSpace(l)
		switch p.style {
		case "markdown", "pipes":
			if p.tableRow(t) && !rulerRe.MatchString(t) && i+1 < len(p.lines) && rulerRe.MatchString(strings.TrimSpace(p.lines[i+1])) {
				tb := scrapedTable{heading: heading(i), header: i}
				for j := i + 2; j < len(p.lines) && p.tableRow(strings.TrimSpace(p.lines[j])) && !rulerRe.MatchString(strings.TrimSpace(p.lines[j])); j++ {
					if j+1 < len(p.lines) && rulerRe.MatchString(strings.TrimSpace(p.lines[j+1])) {
						break // the header of the next table
					}
					tb.rows = append(tb.rows, j)
				}
				p.tables = append(p.tables, tb)
			}
		case "flattened":
			if flatHeaderRe.MatchString(t) {
				tb := scrapedTable{heading: heading(i), header: i}
				for j := i + 1; j < len(p.lines); j++ {
					r := strings.TrimSpace(p.lines[j])
					if r == "" || flatHeaderRe.MatchString(r) || headingRe.MatchString(r) || isRole(r) || !strings.Contains(r, " ") {
						break
					}
					tb.rows = append(tb.rows, j)
				}
				p.tables = append(p.tables, tb)
			}
		case "html":
			if strings.HasPrefix(t, "<table") {
				tb := scrapedTable{heading: heading(i), header: -1}
				body := false
				for j := i + 1; j < len(p.lines) && !strings.HasPrefix(strings.TrimSpace(p.lines[j]), "</table>"); j++ {
					switch r := strings.TrimSpace(p.lines[j]); {
					case r == "<thead>":
						tb.header = j
					case r == "<tbody>":
						body = true
					case r == "<tr>" && body:
						tb.rows = append(tb.rows, j)
					}
				}
				if tb.header >= 0 {
					p.tables = append(p.tables, tb)
				}
			}
		}
	}
	return p
}

// cellPage reports whether a page is copied one cell per line, step
// lines from a cell to the next: a header cell "Name", a blank line
// (for a step of 2), and "Type".
func cellPage(lines []string, step int) bool {
	for i := 0; i+step < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "Name" && strings.TrimSpace(lines[i+step]) == "Type" && (step == 1 || strings.TrimSpace(lines[i+1]) == "") {
			return true
		}
	}
	return false
}

// cellTables finds the tables of a page of one cell per line, step lines
// from a cell to the next: a header run from "Name" or "Status Code" on,
// printed twice, then rows of as many cells, each a line followed by a
// blank line for a step of 2. Without blank lines, rows end at a first
// cell that is no name or code, or at a row holding the header's first
// cell (the next table's header).
func (p *scrapedPage) cellTables(heading func(int) int, step int) {
	blank := func(i int) bool { return strings.TrimSpace(p.lines[i]) == "" }
	for i := 0; i < len(p.lines); i++ {
		t := strings.TrimSpace(p.lines[i])
		if t != "Name" && t != "Status Code" || i+1 >= len(p.lines) || blank(i+1) != (step == 2) {
			continue
		}
		var cells []int
		j := i
		for j < len(p.lines) && !blank(j) {
			cells = append(cells, j)
			if step == 2 && (j+1 >= len(p.lines) || !blank(j+1)) {
				break
			}
			j += step
		}
		w := 0
		for k := 1; k < len(cells); k++ {
			if strings.TrimSpace(p.lines[cells[k]]) == t {
				w = k
				break
			}
		}
		if w < 2 {
			continue
		}
		tb := scrapedTable{heading: heading(i), header: i, width: w, step: step}
		end := cells[2*w-1]
	rows:
		for k := 2 * w; k+w <= len(cells); k += w {
			for _, c := range cells[k : k+w] {
				if strings.TrimSpace(p.lines[c]) == t {
					break rows
				}
			}
			if step == 1 && !cellNameRe.MatchString(strings.TrimSpace(p.lines[cells[k]])) {
				break
			}
			tb.rows = append(tb.rows, cells[k])
			end = cells[k+w-1]
		}
		p.tables = append(p.tables, tb)
		i = end
	}
}

// tableRow reports whether a line of a page with pipes is a table's.
func (p *scrapedPage) tableRow(t string) bool {
	if p.style == "markdown" {
		return strings.HasPrefix(t, "|")
	}
	return strings.Contains(t, "|")
}

// isRole reports whether a line is a role's section heading.
func isRole(l string) bool {
	t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#"))
	if strings.HasPrefix(t, "<h2") {
		t = t[strings.LastIndex(t[:len(t)-1], ">")+1:]
		t = strings.TrimSuffix(t, "</h2>")
	}
	return t == "Client" || t == "Server" || t == "Admin"
}

// rows is every table row of the page, and fieldRows those of tables with
// a Type column.
func (p *scrapedPage) rows(typed bool) []int {
	var out []int
	for _, tb := range p.tables {
		if typed && !strings.Contains(p.lines[tb.header], "Type") && !(tb.step > 0 && strings.TrimSpace(p.lines[tb.header+tb.step]) == "Type") && !(p.style == "html" && strings.Contains(strings.Join(p.lines[tb.header:tb.header+8], ""), ">Type<")) {
			continue
		}
		out = append(out, tb.rows...)
	}
	return out
}

// htmlCells is the line indices of the <td> lines of the HTML row at i.
func (p *scrapedPage) htmlCells(i int) []int {
	var out []int
	for j := i + 1; j < len(p.lines) && strings.TrimSpace(p.lines[j]) != "</tr>"; j++ {
		if strings.HasPrefix(strings.TrimSpace(p.lines[j]), "<td") {
			out = append(out, j)
		}
	}
	return out
}

// lynxDump writes the pipe tables of a page as lynx -dump prints a table
// too wide for it: each row's cells one space apart (an empty one leaves
// nothing), indented, wrapped at 79 columns onto lines of the same
// indent, a word longer than a line cut at the width; a blank line
// around the table.
func lynxDump(p *scrapedPage, lines []string) []string {
	return lynxDumpLaid(p, lines, nil)
}

// lynxFull is the page width of the dump lynxDump writes: lynx -dump
// -width=N wraps text at N-6 columns (79 here) and lays a table that
// fits out in columns up to N-1 (84), past the wrap.
const lynxFull = 85

// lynxLaidOut is the lines lynx -dump prints for the rows of each pipe
// table of a page that fits in lynxFull-1 columns laid out in columns,
// by the index of the row's line: each cell padded to its column's
// widest, one space apart, the header's cells centred in their column,
// indented by three.
func lynxLaidOut(p *scrapedPage, lines []string) map[int]string {
	laid := map[int]string{}
	for _, tb := range p.tables {
		var table [][]string
		at := append([]int{tb.header}, tb.rows...)
		for _, r := range at {
			cells, _, _ := pipeParts(lines[r])
			for k, c := range cells {
				cells[k] = pages.CellText(strings.TrimSpace(c))
			}
			table = append(table, cells)
		}
		widths := make([]int, len(table[0]))
		for _, cells := range table {
			for k, c := range cells {
				if k < len(widths) {
					widths[k] = max(widths[k], utf8.RuneCountInString(c))
				}
			}
		}
		total := 3 + len(widths) - 1
		for _, w := range widths {
			total += w
		}
		if total > lynxFull-1 {
			continue
		}
		for i, cells := range table {
			var b strings.Builder
			b.WriteString("  ")
			for k, c := range cells {
				if k >= len(widths) {
					break
				}
				pad := widths[k] - utf8.RuneCountInString(c)
				left := 0
				if i == 0 {
					left = pad / 2
				}
				b.WriteString(" " + strings.Repeat(" ", left) + c + strings.Repeat(" ", pad-left))
			}
			laid[at[i]] = strings.TrimRight(b.String(), " ")
		}
	}
	return laid
}

// lynxDumpLaid writes the pipe tables of a page as lynxDump does, but
// for those whose rows laid holds by their line (lynxLaidOut), printed
// as it gives them, a blank line before the header.
func lynxDumpLaid(p *scrapedPage, lines []string, laid map[int]string) []string {
	var out []string
	header := map[string]bool{} // the header rows, a blank line before each
	for _, tb := range p.tables {
		cells, _, _ := pipeParts(lines[tb.header])
		for k, c := range cells {
			cells[k] = strings.TrimSpace(c)
		}
		header[strings.Join(cells, " ")] = true
	}
	// order is the lines of the tables' rows, headers and all, in the
	// order rewriteTables rewrites them.
	var order []int
	for _, tb := range p.tables {
		order = append(append(order, tb.header), tb.rows...)
	}
	slices.Sort(order)
	next := 0
	for _, l := range p.rewriteTables(lines, func(cells []string) string {
		r := order[next]
		next++
		var words []string
		for _, c := range cells {
			if c = pages.CellText(c); c != "" {
				words = append(words, c)
			}
		}
		if row, ok := laid[r]; ok {
			if header[strings.Join(words, " ")] {
				return "\x01" + row
			}
			return "\x02" + row
		}
		return "\x00" + strings.Join(words, " ")
	}) {
		if strings.HasPrefix(l, "\x01") || strings.HasPrefix(l, "\x02") {
			if len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "" && (l[0] == 1 || !strings.HasPrefix(out[len(out)-1], "   ")) {
				out = append(out, "")
			}
			out = append(out, l[1:])
			continue
		}
		if !strings.HasPrefix(l, "\x00") {
			if len(out) > 0 && strings.HasPrefix(out[len(out)-1], "   ") && strings.TrimSpace(l) != "" {
				out = append(out, "")
			}
			out = append(out, l)
			continue
		}
		if len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "" && (!strings.HasPrefix(out[len(out)-1], "   ") || header[l[1:]]) {
			out = append(out, "")
		}
		line := "  "
		for _, w := range strings.Fields(l[1:]) {
			if len(line)+1+len(w) > 79 && strings.TrimSpace(line) != "" {
				out = append(out, line)
				line = "  "
			}
			for len(line)+1+len(w) > 79 {
				out = append(out, line+" "+w[:79-len(line)-1])
				w = w[79-len(line)-1:]
			}
			line += " " + w
		}
		out = append(out, line)
	}
	return out
}

// html2textDump writes a page of pipe tables as Debian's html2text
// writes its HTML: each heading framed by asterisks, six for an h1 down
// to one for an h6, no blank line but in a code block, no fence, and each
// table as columns sized to their widest cell, one space apart, the
// widest narrowed to keep the line within 79 columns and its cells
// wrapped, a cell shorter than its row set on the row's middle line,
// rounded down.
func html2textDump(p *scrapedPage, lines []string) []string {
	var out, table []string
	flush := func() {
		if len(table) > 0 {
			out = append(out, html2textTable(table)...)
			table = nil
		}
	}
	fenced := false
	for _, l := range p.rewriteTables(lines, func(cells []string) string {
		for k, c := range cells {
			cells[k] = pages.CellText(c)
		}
		return "\x00" + strings.Join(cells, "\x01")
	}) {
		if strings.HasPrefix(l, "\x00") {
			table = append(table, l[1:])
			continue
		}
		flush()
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "```"):
			fenced = !fenced
		case fenced:
			out = append(out, l)
		case t == "":
		case strings.HasPrefix(t, "#"):
			level := len(t) - len(strings.TrimLeft(t, "#"))
			stars := strings.Repeat("*", max(1, 7-level))
			out = append(out, stars+" "+strings.TrimSpace(t[level:])+" "+stars)
		default:
			out = append(out, t)
		}
	}
	flush()
	return out
}

// openGridDump writes the pipe tables of a page as Rust's html2text
// draws a table: no outer border, a rule of "─" over the header, between
// every two rows and under the last, its junctions "┬", "┼" and "┴"; the
// cells split by "│" and padded to their column's width, each column as
// wide as its widest cell, the widest narrowed, four at least, until
// the table fits openGridWidth; a cell too long for its column wrapped
// over its row's lines, a word longer than the column broken at its edge
// on lines of its own; a blank line around the table. The page's other
// lines are as they were.
func openGridDump(p *scrapedPage, lines []string) []string {
	drawn := map[int][]string{} // a table's drawing, by its header's line
	skip := map[int]bool{}      // the lines of the tables' rows and rulers
	for _, tb := range p.tables {
		var cells [][]string
		for _, r := range append([]int{tb.header}, tb.rows...) {
			cs, _, _ := pipeParts(lines[r])
			for k, c := range cs {
				cs[k] = pages.CellText(strings.TrimSpace(c))
			}
			cells = append(cells, cs)
			skip[r] = true
		}
		if rulerRe.MatchString(strings.TrimSpace(lines[tb.header+1])) {
			skip[tb.header+1] = true
		}
		drawn[tb.header] = openGridTable(cells)
	}
	var out []string
	blank := func() {
		if len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "" {
			out = append(out, "")
		}
	}
	for i, l := range lines {
		switch {
		case drawn[i] != nil:
			blank()
			out = append(append(out, drawn[i]...), "")
		case skip[i]:
		case strings.TrimSpace(l) == "" && len(out) > 0 && strings.TrimSpace(out[len(out)-1]) == "":
		default:
			out = append(out, l)
		}
	}
	return out
}

// openGridWidth is the width openGridDump fits a table in: narrower than
// html2text's usual 80 or 100, for more cells wrapped and words broken.
const openGridWidth = 60

// openGridTable draws the rows of a table (each its cells) as
// openGridDump does.
func openGridTable(cells [][]string) []string {
	n := len(cells[0])
	widths := make([]int, n)
	for _, r := range cells {
		for k := 0; k < n && k < len(r); k++ {
			widths[k] = max(widths[k], 1, utf8.RuneCountInString(r[k]))
		}
	}
	total := n - 1
	for _, w := range widths {
		total += w
	}
	for total > openGridWidth {
		widest := 0
		for k, w := range widths {
			if w > widths[widest] {
				widest = k
			}
		}
		if widths[widest] <= 4 {
			break
		}
		widths[widest]--
		total--
	}
	rule := func(joint string) string {
		parts := make([]string, n)
		for k, w := range widths {
			parts[k] = strings.Repeat("─", w)
		}
		return strings.Join(parts, joint)
	}
	out := []string{rule("┬")}
	for j, r := range cells {
		if j > 0 {
			out = append(out, rule("┼"))
		}
		wrapped := make([][]string, n)
		height := 1
		for k := 0; k < n; k++ {
			if k < len(r) {
				wrapped[k] = breakWords(r[k], widths[k])
			}
			height = max(height, len(wrapped[k]))
		}
		for t := 0; t < height; t++ {
			parts := make([]string, n)
			for k := 0; k < n; k++ {
				c := ""
				if t < len(wrapped[k]) {
					c = wrapped[k][t]
				}
				parts[k] = c + strings.Repeat(" ", widths[k]-utf8.RuneCountInString(c))
			}
			out = append(out, strings.Join(parts, "│"))
		}
	}
	return append(out, rule("┴"))
}

// breakWords wraps a text at width as html2text does: a word that does
// not fit on the line goes on the next one, and a word longer than the
// width is broken at it, its pieces on lines of their own but the last.
func breakWords(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, line)
			line = ""
		}
		for r := []rune(w); len(r) > width; r = r[width:] {
			lines = append(lines, string(r[:width]))
			w = string(r[width:])
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// makeinfoDump writes a page of pipe tables as makeinfo --plaintext
// writes it from pandoc's Texinfo: each heading numbered by its level and
// underlined with its level's mark as wide as it (*, =, -, .), a code
// span in quotes (‘userId’), no fence, and each table as columns as wide
// as their widest cell and three spaces, its header over a rule of dashes
// as wide as the table.
func makeinfoDump(p *scrapedPage, lines []string) []string {
	var out []string
	var table [][]string
	quoted := func(t string) string { return quotedCodeRe.ReplaceAllString(t, "\u2018$1\u2019") }
	flush := func() {
		if len(table) == 0 {
			return
		}
		widths := make([]int, len(table[0]))
		for _, r := range table {
			for k := 0; k < len(widths) && k < len(r); k++ {
				widths[k] = max(widths[k], utf8.RuneCountInString(r[k])+3)
			}
		}
		total := 0
		for _, w := range widths {
			total += w
		}
		for i, r := range table {
			var b strings.Builder
			for k := 0; k < len(widths) && k < len(r); k++ {
				b.WriteString(r[k])
				if k < len(widths)-1 {
					b.WriteString(strings.Repeat(" ", widths[k]-utf8.RuneCountInString(r[k])))
				}
			}
			out = append(out, strings.TrimRight(b.String(), " "))
			if i == 0 {
				out = append(out, strings.Repeat("-", total))
			}
		}
		out = append(out, "")
		table = nil
	}
	numbers := make([]int, 7)
	fenced := false
	for _, l := range p.rewriteTables(lines, func(cells []string) string {
		for k, c := range cells {
			cells[k] = quoted(pages.Unbroken(strings.TrimSpace(c)))
		}
		return "\x00" + strings.Join(cells, "\x01")
	}) {
		if strings.HasPrefix(l, "\x00") {
			table = append(table, strings.Split(l[1:], "\x01"))
			continue
		}
		flush()
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "```"):
			fenced = !fenced
		case fenced:
			out = append(out, l)
		case strings.HasPrefix(t, "#"):
			level := min(len(t)-len(strings.TrimLeft(t, "#")), 4)
			numbers[level]++
			for k := level + 1; k < len(numbers); k++ {
				numbers[k] = 0
			}
			var num []string
			for k := 1; k <= level; k++ {
				num = append(num, strconv.Itoa(max(numbers[k], 1)))
			}
			title := strings.Join(num, ".") + " " + quoted(strings.TrimSpace(strings.TrimLeft(t, "#")))
			out = append(out, title, strings.Repeat(string("*=-."[level-1]), utf8.RuneCountInString(title)), "")
		default:
			out = append(out, quoted(l))
		}
	}
	flush()
	return out
}

// quotedCodeRe matches a Markdown code span: makeinfo quotes what pandoc
// writes as @code.
var quotedCodeRe = regexp.MustCompile("`([^`]+)`")

// html2textTable lays a table out as html2text does (html2textDump): its
// rows, the header first, each its cells joined by \x01.
func html2textTable(rows []string) []string {
	var cells [][]string
	for _, r := range rows {
		cells = append(cells, strings.Split(r, "\x01"))
	}
	n := len(cells[0])
	widths := make([]int, n)
	for _, r := range cells {
		for k := 0; k < n && k < len(r); k++ {
			widths[k] = max(widths[k], utf8.RuneCountInString(r[k]))
		}
	}
	total := n - 1
	for _, w := range widths {
		total += w
	}
	for total > 79 {
		widest := 0
		for k, w := range widths {
			if w > widths[widest] {
				widest = k
			}
		}
		if widths[widest] <= 20 {
			break
		}
		widths[widest]--
		total--
	}
	// Each column is as wide as its widest line once its cells are
	// wrapped.
	wrapped := make([][][]string, len(cells))
	wrappedWidths := make([]int, n)
	for j, r := range cells {
		wrapped[j] = make([][]string, n)
		for k := 0; k < n && k < len(r); k++ {
			wrapped[j][k] = wrapWords(r[k], widths[k])
			for _, l := range wrapped[j][k] {
				wrappedWidths[k] = max(wrappedWidths[k], utf8.RuneCountInString(l))
			}
		}
	}
	widths = wrappedWidths
	var out []string
	for j := range cells {
		wrapped := wrapped[j]
		height := 1
		for _, c := range wrapped {
			height = max(height, len(c))
		}
		for t := 0; t < height; t++ {
			var b strings.Builder
			for k := 0; k < n; k++ {
				text := ""
				if i := t - (height-len(wrapped[k]))/2; i >= 0 && i < len(wrapped[k]) {
					text = wrapped[k][i]
				}
				if k > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(text + strings.Repeat(" ", max(0, widths[k]-utf8.RuneCountInString(text))))
			}
			out = append(out, strings.TrimRight(b.String(), " "))
		}
	}
	return out
}

// wrapWords wraps a text at its spaces into lines of width runes at most
// (a longer word a line of its own).
func wrapWords(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// seeRefRe matches a cross reference of a description: "See ReturnCode".
var seeRefRe = regexp.MustCompile(`\bSee [A-Z]`)

// numberMark is the mark a text browser that numbers links prints for
// the nth link: "[14]".
func numberMark(n int) string {
	return "[" + strconv.Itoa(n) + "]"
}

// addressMark is the mark lynx -dump -list_inline prints for the nth
// link: its address in brackets, of a page saved to a file
// ("[file://localhost/home/writer/site/docs/api/reference-page.html#link-14]").
func addressMark(n int) string {
	return "[file://localhost/home/writer/site/docs/api/reference-page.html#link-" + strconv.Itoa(n) + "]"
}

// markedLinks writes the links of a page of pipe tables as a text
// browser prints them (lynx -dump), before its tables are dumped: a type
// cell that names a type ("[14]ErrorCode"), a cross reference ("See
// [15]ErrorCode") and a heading's permalink after its title ("###
// ErrorCode [16]") each take the next link's mark, linkMark of its number
// (numberMark, addressMark).
func markedLinks(p *scrapedPage, lines []string, linkMark func(int) string) []string {
	lines = append([]string{}, lines...)
	n := 0
	mark := func() string {
		n++
		return linkMark(n)
	}
	rows := map[int]bool{}
	for _, tb := range p.tables {
		head, _, _ := pipeParts(lines[tb.header])
		typ := slices.IndexFunc(head, func(c string) bool { return strings.EqualFold(pages.CellText(strings.TrimSpace(c)), "Type") })
		for _, r := range tb.rows {
			rows[r] = true
			cells, lead, closed := pipeParts(lines[r])
			if typ < 0 || typ >= len(cells) {
				continue
			}
			if c := strings.TrimSpace(cells[typ]); c != "" && unicode.IsUpper(rune(c[0])) {
				cells[typ] = " " + mark() + c + " "
				lines[r] = lead + strings.Join(cells, "|") + closed
			}
		}
	}
	for i, l := range lines {
		switch {
		case rows[i]:
			lines[i] = seeRefRe.ReplaceAllStringFunc(l, func(s string) string { return "See " + mark() + s[len(s)-1:] })
		case strings.HasPrefix(l, "#") && headingRe.MatchString(l):
			lines[i] = l + " " + mark()
		}
	}
	return lines
}

// elinksPermalinks writes the permalinks' numbers markedLinks put after
// a page's headings as ELinks 0.13 dumps them: the six bytes, no UTF-8,
// it writes for the anchor's zero-width space over the number's closing
// bracket ("### ErrorCode [16" and 0xFD 0xBF 0xBF 0xBD 0xA3 0xAC).
func elinksPermalinks(lines []string) []string {
	out := append([]string{}, lines...)
	for i, l := range out {
		if strings.HasPrefix(l, "#") && strings.HasSuffix(l, "]") {
			out[i] = l[:len(l)-1] + "\xfd\xbf\xbf\xbd\xa3\xac"
		}
	}
	return out
}

// linkReferences ends a text browser's dump with the list of its links
// (lynx -dump's "References"), one for each number in brackets the page
// holds.
func linkReferences(lines []string) []string {
	n := 0
	for _, l := range lines {
		for _, m := range regexp.MustCompile(`\[(\d+)\]`).FindAllStringSubmatch(l, -1) {
			k, _ := strconv.Atoi(m[1])
			n = max(n, k)
		}
	}
	out := append(append([]string{}, lines...), "", "References", "")
	for k := 1; k <= n; k++ {
		out = append(out, fmt.Sprintf("%4d. file:///page.html#link-%d", k, k))
	}
	return out
}

// requiredCell finds the Required (or Mandatory) cell of the row at i of
// a Markdown, pipe, HTML or one-cell-per-line table when it says the
// field is required: for HTML the <td> lines of the row and the index of
// the cell among them, else the index of the cell among the row's parts
// split at its pipes, or among its cells; -1 when the row has no such
// cell.
func (p *scrapedPage) requiredCell(lines []string, i int) ([]int, int) {
	return p.requiredCellWhere(lines, i, func(s string) bool {
		s = strings.TrimSpace(s)
		return strings.EqualFold(s, "true") || strings.EqualFold(s, "Y")
	})
}

// writesNo reports whether a row's table writes a Required cell that
// says no (false, N): it writes both marks, and an empty cell in it is
// no mark of its convention.
func (p *scrapedPage) writesNo(row int) bool {
	isFalse := func(s string) bool {
		s = strings.TrimSpace(s)
		return strings.EqualFold(s, "false") || strings.EqualFold(s, "N")
	}
	return slices.ContainsFunc(tableOf(p, row).rows, func(r int) bool {
		_, i := p.requiredCellWhere(p.lines, r, isFalse)
		return i >= 0
	})
}

// requiredCellWhere finds the Required cell of row i when isTrue holds
// of its text, as requiredCell finds one that says true.
func (p *scrapedPage) requiredCellWhere(lines []string, i int, isTrue func(string) bool) ([]int, int) {
	isCol := func(s string) bool {
		s = strings.TrimSpace(s)
		return strings.EqualFold(s, "Required") || strings.EqualFold(s, "Mandatory")
	}
	tb := tableOf(p, i)
	switch p.style {
	case "html":
		var ths []string
		for j := tb.header; j < len(lines) && !strings.Contains(lines[j], "</thead>"); j++ {
			if m := thTextRe.FindStringSubmatch(lines[j]); m != nil {
				ths = append(ths, m[1])
			}
		}
		cells := p.htmlCells(i)
		for c, th := range ths {
			if isCol(th) && c < len(cells) {
				if m := tdTextRe.FindStringSubmatch(lines[cells[c]]); m != nil && isTrue(m[1]) {
					return cells, c
				}
			}
		}
	case "markdown", "pipes":
		header, row := strings.Split(lines[tb.header], "|"), strings.Split(lines[i], "|")
		for c, h := range header {
			if isCol(h) && len(row) == len(header) && isTrue(row[c]) {
				return nil, c
			}
		}
	case "cells", "dense":
		for c := range tb.width {
			if isCol(lines[tb.header+c*tb.step]) && isTrue(lines[i+c*tb.step]) {
				return nil, c
			}
		}
	}
	return nil, -1
}

// breakPlaces finds, on a page of one of the styles, the rows of its
// tables but the last of each: where a page break or the site's chrome
// may cut a table.
func breakPlaces(styles ...string) func(p *scrapedPage) []int {
	return func(p *scrapedPage) []int {
		if !slices.Contains(styles, p.style) {
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			if len(tb.rows) > 1 {
				out = append(out, tb.rows[:len(tb.rows)-1]...)
			}
		}
		return out
	}
}

// isEmptyCell reports whether a cell is empty.
func isEmptyCell(s string) bool { return strings.TrimSpace(s) == "" }

// emptyRequiredRests are the rows of the Markdown and pipe tables with a
// Required column that fill it last, after which every row of the table
// leaves it empty: where a callout may cut the table into a rest that a
// converter writes without that column.
func emptyRequiredRests(p *scrapedPage) []int {
	if p.style != "markdown" && p.style != "pipes" {
		return nil
	}
	var out []int
	for _, tb := range p.tables {
		k := len(tb.rows)
		for k > 0 && !strings.Contains(p.lines[tb.rows[k-1]], "\\|") {
			if _, c := p.requiredCellWhere(p.lines, tb.rows[k-1], isEmptyCell); c < 0 {
				break
			}
			k--
		}
		if k > 0 && k < len(tb.rows) && tb.rows[len(tb.rows)-1]-tb.rows[k-1] == len(tb.rows)-k {
			out = append(out, tb.rows[k-1])
		}
	}
	return out
}

// requiredRows are the rows whose Required cell says the field is
// required.
func requiredRows(p *scrapedPage) []int {
	var out []int
	for _, r := range p.rows(false) {
		if _, i := p.requiredCell(p.lines, r); i >= 0 {
			out = append(out, r)
		}
	}
	return out
}

// pageBreak cuts a table after a row as a page break does: the footer of
// one page between blank lines, and the table's header (with its ruler)
// repeated at the top of the next.
func pageBreak(footer string) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tb := tableOf(p, at)
		header := lines[tb.header : tb.header+1]
		if p.style != "flattened" {
			header = lines[tb.header : tb.header+2]
		}
		return insertLines(lines, at+1, append([]string{"", footer, ""}, header...)...), at + 2
	}
}

// printBreak cuts a table after a row as a browser's print does at a
// page break: the lines chrome gives of the page's title, its first line
// (a heading's text), and the table's header (with its ruler) repeated.
func printBreak(chrome func(title string) []string) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		title := ""
		for _, l := range lines {
			if title = strings.TrimSpace(strings.TrimLeft(l, "#")); title != "" {
				break
			}
		}
		tb := tableOf(p, at)
		header := lines[tb.header : tb.header+1]
		if p.style != "flattened" {
			header = lines[tb.header : tb.header+2]
		}
		return insertLines(lines, at+1, append(chrome(title), header...)...), at + 1
	}
}

// rescuable are the defect classes that lose one fact of one field, or
// the section of one table: a refusal of one such damage with holes only
// must be rescued by the entries it prints.
var rescuable = map[string]bool{"required mark emptied where the table writes both marks": true, "name cell emptied": true, "type cell emptied": true, "type cell lost": true, "type cell emptied, the description a capitalised word and \"in\"": true, "type cell lost, the description a capitalised word and \"in\"": true, "section title unknown": true, "section title unknown, no name": true}

// fieldRows are the rows that have their name and type of the tables
// under a heading with a Code and a Type column, GearN's field tables, in
// every style whose cells can be emptied (not flattened text, whose empty
// cells leave no trace). A headingless table is left out: its rows are
// the evidence it is assigned by, and losing one may move it.
func fieldRows(p *scrapedPage) []int { return fieldRowsHeaded(p, false) }

// memberRows are fieldRows and those of the tables with a Name and a
// Type column, the member tables of the http-status protocol's pages.
func memberRows(p *scrapedPage) []int { return fieldRowsHeaded(p, true) }

// fieldRowsHeaded are fieldRows, and with named memberRows.
func fieldRowsHeaded(p *scrapedPage, named bool) []int {
	var out []int
	for _, tb := range p.tables {
		head := p.lines[tb.header]
		if p.style == "html" {
			head = strings.Join(p.lines[tb.header:min(tb.header+8, len(p.lines))], "")
		}
		if p.style == "flattened" || tb.heading < 0 || !strings.Contains(head, "Code") && !(named && strings.Contains(head, "Name")) || !strings.Contains(head, "Type") {
			continue
		}
		for _, r := range tb.rows {
			if n := rowName(p, r); codeNameRe.MatchString(n) && flatTypeRe.FindString(n) != n {
				out = append(out, r)
			}
		}
	}
	return out
}

// emptyCell empties the cell of index i of the row at at, keeping the
// cell: the scrape lost its text, not its place.
func emptyCell(p *scrapedPage, lines []string, at, i int) []string {
	lines = append([]string{}, lines...)
	switch p.style {
	case "html":
		if cells := p.htmlCells(at); i < len(cells) {
			l := lines[cells[i]]
			lines[cells[i]] = l[:len(l)-len(strings.TrimLeft(l, " \t"))] + "<td></td>"
		}
	case "markdown":
		if cells := strings.Split(lines[at], "|"); i+2 < len(cells) {
			cells[i+1] = " "
			lines[at] = strings.Join(cells, "|")
		}
	case "pipes":
		if cells := strings.Split(lines[at], "|"); i+1 < len(cells) {
			cells[i] = " "
			lines[at] = strings.Join(cells, "|")
		}
	}
	return lines
}

// A defect is a class of damage real scrapes do. places lists where on a
// page it can occur; apply does it at one place, and returns the line the
// damage is at.
type defect struct {
	class  string
	places func(p *scrapedPage) []int
	apply  func(p *scrapedPage, lines []string, at int) ([]string, int)
}

func insertLines(lines []string, at int, more ...string) []string {
	out := append([]string{}, lines[:at]...)
	out = append(out, more...)
	return append(out, lines[at:]...)
}

// lastCell is the line (for HTML) of a row's description, and where in the
// line it starts.
func (p *scrapedPage) lastCell(lines []string, at int) (line, start int) {
	switch p.style {
	case "html":
		cells := p.htmlCells(at)
		if len(cells) == 0 {
			return at, 0
		}
		line = cells[len(cells)-1]
		return line, strings.Index(lines[line], "<td>") + len("<td>")
	case "markdown", "pipes":
		l := strings.TrimRight(lines[at], " |")
		return at, strings.LastIndex(l, "|") + 1
	case "cells", "dense":
		tb := tableOf(p, at)
		return at + tb.step*(tb.width-1), 0
	}
	return at, 0
}

// wrapAt is where a row's description wraps: the line, and the space in
// the first two thirds of the description where the line breaks; -1 when
// the description has no such space.
func (p *scrapedPage) wrapAt(lines []string, at int) (line, cut int) {
	line, start := p.lastCell(lines, at)
	l := lines[line]
	end := len(l)
	switch p.style {
	case "markdown", "pipes":
		end = len(strings.TrimRight(l, " |"))
	case "html":
		end = max(strings.LastIndex(l, "</td>"), start)
	}
	i := strings.LastIndex(l[start:start+(end-start)*2/3], " ")
	if i <= 0 {
		return line, -1
	}
	return line, start + i
}

// threeLines breaks a cell's text into three lines at the spaces nearest
// its thirds, as a narrow column wraps it; nil when it has too few spaces.
func threeLines(cell string) []string {
	t := strings.TrimSpace(cell)
	a := strings.LastIndex(t[:len(t)/3], " ")
	if a <= 0 {
		return nil
	}
	b := a + 1 + strings.LastIndex(t[a+1:a+1+(len(t)-a)/2], " ")
	if b <= a+1 || b >= len(t)-1 {
		return nil
	}
	return []string{t[:a], t[a+1 : b], t[b+1:]}
}

var defects = []defect{
	{"wrapped text", func(p *scrapedPage) []int {
		var out []int
		for _, r := range p.rows(false) {
			if _, cut := p.wrapAt(p.lines, r); cut > 0 {
				out = append(out, r)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		line, cut := p.wrapAt(lines, at)
		if cut < 0 {
			return lines, line
		}
		l := lines[line]
		lines = insertLines(lines, line+1, l[cut+1:])
		if p.style == "html" {
			lines[line] = l[:cut] + "<br>"
		} else {
			lines[line] = l[:cut]
		}
		return lines, line
	}},
	{"repeated header row", func(p *scrapedPage) []int { return laterRows(p) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tb := tableOf(p, at)
		switch p.style {
		case "markdown", "pipes":
			return insertLines(lines, at, lines[tb.header], lines[tb.header+1]), at
		case "html":
			var ths []string
			for j := tb.header; !strings.Contains(lines[j], "</thead>"); j++ {
				if strings.Contains(lines[j], "<th ") || strings.Contains(lines[j], "<th>") {
					ths = append(ths, strings.TrimSpace(lines[j]))
				}
			}
			return insertLines(lines, at, "  <tr>"+strings.Join(ths, "")+"</tr>"), at
		case "cells", "dense":
			return insertLines(lines, at, lines[tb.header:tb.header+tb.step*tb.width]...), at
		}
		return insertLines(lines, at, lines[tb.header]), at
	}},
	{"header row printed twice after its ruler", pipeHeaders, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// A wiki's copy prints the header of its table's head and of its
		// body: html2text writes the second as a first row.
		if at+1 < len(lines) && rulerRe.MatchString(strings.TrimSpace(lines[at+1])) {
			return insertLines(lines, at+2, lines[at]), at + 2
		}
		return insertLines(lines, at+1, lines[at]), at + 1
	}},
	{"header row printed twice before its ruler", pipeHeaders, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return insertLines(lines, at+1, lines[at]), at + 1
	}},
	{"closing pipe wraps", func(p *scrapedPage) []int {
		var out []int
		for _, r := range p.rows(false) {
			if (p.style == "markdown" || p.style == "pipes") && strings.HasSuffix(strings.TrimSpace(p.lines[r]), "|") && strings.HasSuffix(strings.TrimSpace(p.lines[p.tables[0].header]), "|") {
				out = append(out, r)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		l := strings.TrimRight(lines[at], " ")
		lines = insertLines(lines, at+1, "|")
		lines[at] = strings.TrimRight(l[:len(l)-1], " ")
		return lines, at
	}},
	{"closing pipe lost", func(p *scrapedPage) []int {
		var out []int
		for _, r := range p.rows(false) {
			if (p.style == "markdown" || p.style == "pipes") && strings.HasSuffix(strings.TrimSpace(p.lines[r]), "|") && strings.HasSuffix(strings.TrimSpace(p.lines[tableOf(p, r).header]), "|") {
				out = append(out, r)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		l := strings.TrimRight(lines[at], " ")
		lines[at] = strings.TrimRight(l[:len(l)-1], " ")
		return lines, at
	}},
	{"repeated header, case and spaces", func(p *scrapedPage) []int { return laterRows(p) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tb := tableOf(p, at)
		switch p.style {
		case "markdown", "pipes":
			return insertLines(lines, at, strings.ToUpper(strings.ReplaceAll(lines[tb.header], " | ", "  |  ")), lines[tb.header+1]), at
		case "html":
			var ths []string
			for j := tb.header; !strings.Contains(lines[j], "</thead>"); j++ {
				if strings.Contains(lines[j], "<th ") || strings.Contains(lines[j], "<th>") {
					ths = append(ths, strings.ToUpper(strings.TrimSpace(lines[j])))
				}
			}
			return insertLines(lines, at, "  <tr>"+strings.Join(ths, " ")+"</tr>"), at
		}
		return insertLines(lines, at, strings.ToLower(lines[tb.header])), at
	}},
	{"headingless continuation", func(p *scrapedPage) []int { return laterRows(p) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tb := tableOf(p, at)
		switch p.style {
		case "markdown", "pipes":
			return insertLines(lines, at, "", lines[tb.header], lines[tb.header+1]), at
		case "html":
			return insertLines(lines, at, "</tbody>", "</table>", `<table class="api-table">`, "<tbody>"), at
		case "cells", "dense":
			return insertLines(lines, at, append([]string{""}, lines[tb.header:tb.header+tb.step*tb.width]...)...), at
		}
		return insertLines(lines, at, "", lines[tb.header]), at
	}},
	{"NBSP in a constraint", func(p *scrapedPage) []int { return linesMatching(p, constraintRe) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = constraintRe.ReplaceAllStringFunc(lines[at], func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") })
		return lines, at
	}},
	{"constraint in another wording", func(p *scrapedPage) []int { return linesMatching(p, constraintRe) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = constraintRe.ReplaceAllStringFunc(lines[at], func(s string) string { return reword(s, false) })
		return lines, at
	}},
	{"bound phrased in words", func(p *scrapedPage) []int { return linesMatching(p, constraintRe) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = inWords(lines[at])
		return lines, at
	}},
	{"element count without its unit", func(p *scrapedPage) []int { return linesMatching(p, elementsRe) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = elementsRe.ReplaceAllString(lines[at], "($1)")
		return lines, at
	}},
	{"example after an element count, a line break between", func(p *scrapedPage) []int {
		if p.style != "html" && p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		return linesMatching(p, elementsRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = elementsRe.ReplaceAllString(lines[at], "$1 elements<br>e.g. two of them")
		return lines, at
	}},
	{"endpoint line broken at its space", gearnEndpointLines, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		l := lines[at]
		m := endpointLineRe.FindStringSubmatchIndex(l)
		lines = insertLines(lines, at+1, l[m[4]:])
		lines[at] = l[:m[3]]
		return lines, at
	}},
	{"endpoint line lost, as a converter that drops code blocks", gearnEndpointLines, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = endpointLineRe.ReplaceAllString(lines[at], "")
		return lines, at
	}},
	{"requiredness as check mark", requiredRows, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		cells, i := p.requiredCell(lines, at)
		switch {
		case i < 0:
		case p.style == "html":
			lines[cells[i]] = tdTextRe.ReplaceAllString(lines[cells[i]], "<td>✓</td>")
		case p.style == "cells" || p.style == "dense":
			lines[at+i*tableOf(p, at).step] = "✓"
		default:
			parts := strings.Split(lines[at], "|")
			parts[i] = " ✓ "
			lines[at] = strings.Join(parts, "|")
		}
		return lines, at
	}},
	{"zero-width space after a heading", headingLines, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		if i := strings.LastIndex(lines[at], "</h"); p.style == "html" && i >= 0 {
			lines[at] = lines[at][:i] + "\u200b" + lines[at][i:]
		} else {
			lines[at] += "\u200b"
		}
		return lines, at
	}},
	{"heading printed as its AsciiDoc source, its anchor before it", func(p *scrapedPage) []int {
		return slices.DeleteFunc(headingLines(p), p.inTable)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		l := strings.TrimSpace(lines[at])
		title := strings.TrimSpace(tagRe.ReplaceAllString(l, ""))
		level := max(2, len(l)-len(strings.TrimLeft(l, "#")))
		if m := htmlHeadingLevelRe.FindStringSubmatch(l); m != nil {
			level = max(2, int(m[1][0]-'0'))
		}
		id := strings.ReplaceAll(title, " ", "")
		// A converter that refuses a Confluence id ("(" and "/" in it)
		// prints the anchor's line and the title's as one paragraph.
		anchor := []string{"[[Page(/p)-" + id + "]] ", "", "[#Page-" + id + "] "}[at%3]
		adoc := anchor + strings.Repeat("=", level) + " " + title
		if p.style == "html" {
			adoc = "<p>" + adoc + "</p>"
		}
		lines[at] = adoc
		return lines, at
	}},
	{"heading written with its tag's name", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		return slices.DeleteFunc(headingLines(p), p.inTable)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		l := strings.TrimSpace(lines[at])
		title := strings.TrimSpace(strings.TrimLeft(l, "#"))
		level := max(2, len(l)-len(strings.TrimLeft(l, "#")))
		// A script printing a parsed page's headings ("h3: "), edbrowse
		// ("h3 ") and Textile's or Confluence's markup copied as text.
		lines[at] = []string{"h%d: ", "H%d: ", "h%d ", "h%d. "}[at%4]
		lines[at] = fmt.Sprintf(lines[at], level) + title
		return lines, at
	}},
	{"permalink beside a heading", func(p *scrapedPage) []int {
		return slices.DeleteFunc(headingLines(p), p.inTable)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		l := lines[at]
		if p.style == "html" {
			mark := []string{`<a class="headerlink" href="#h" title="Permalink to this heading">¶</a>`, `<a class="header-anchor" href="#h" aria-hidden="true">#</a>`, `<a href="#h">🔗</a>`}[at%3]
			if i, j := strings.Index(l, ">"), strings.LastIndex(l, "</h"); i >= 0 && j > i && at%2 == 0 {
				lines[at] = l[:i+1] + mark + l[i+1:]
			} else if j >= 0 {
				lines[at] = l[:j] + mark + l[j:]
			} else {
				lines[at] = l + mark
			}
			return lines, at
		}
		switch at % 6 {
		case 0:
			lines[at] = l + "¶"
		case 1:
			lines[at] = l + " [#](#h)"
		case 2:
			lines[at] = l + "Link to this heading"
		case 3:
			lines[at] = l + " 🔗"
		case 4:
			lines[at] = l + " {#h}"
		default:
			lines[at] = l + "§"
		}
		return lines, at
	}},
	{"links written as their text and their target in spaced parentheses", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		return append(slices.DeleteFunc(headingLines(p), p.inTable), linesMatching(p, seeNameRe)...)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// jaytaylor/html2text writes a link "text ( target )": a
		// heading's permalink after its title, a cross reference's
		// type.
		lines = append([]string{}, lines...)
		if m := seeNameRe.FindStringSubmatchIndex(lines[at]); m != nil {
			name := lines[at][m[2]:m[3]]
			lines[at] = lines[at][:m[1]] + " ( #" + strings.ToLower(strings.ReplaceAll(name, ".", "-")) + " )" + lines[at][m[1]:]
			return lines, at
		}
		lines[at] += " \u200b ( #h )"
		return lines, at
	}},
	{"text hidden in an HTML cell", func(p *scrapedPage) []int { return htmlOnly(p, linesMatching(p, letterCellRe)) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		l := lines[at]
		if at%4 == 3 {
			lines[at] = strings.Replace(l, "<td>", `<td><span class="th-mobile" aria-hidden="true">Label</span>`, 1)
			return lines, at
		}
		hidden := []string{`<span class="sr-only"> (opens in a new tab)</span>`, `<span class="visually-hidden">hidden text</span>`, `<span style="display: none">draft 2</span>`}[at%4]
		if i := strings.Index(l, "</td>"); i >= 0 {
			lines[at] = l[:i] + hidden + l[i:]
		}
		return lines, at
	}},
	{"backslash escapes in Markdown cells", func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		var out []int
		for _, r := range p.rows(false) {
			if strings.Contains(p.lines[r], "|") && strings.ContainsAny(p.lines[r], escapable) {
				out = append(out, r)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		parts := strings.Split(lines[at], "`")
		for i := 0; i < len(parts); i += 2 {
			var b strings.Builder
			for _, r := range parts[i] {
				if strings.ContainsRune(escapable, r) {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			}
			parts[i] = b.String()
		}
		lines[at] = strings.Join(parts, "`")
		return lines, at
	}},
	{"thousands separators in a bound", func(p *scrapedPage) []int {
		var out []int
		for _, i := range linesMatching(p, bigBoundRe) {
			if slices.ContainsFunc(bigBoundRe.FindAllString(p.lines[i], -1), bigNumberRe.MatchString) {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		sep := []string{",", "\u00a0", "\u202f"}[at%3]
		lines[at] = bigBoundRe.ReplaceAllStringFunc(lines[at], func(b string) string {
			return bigNumberRe.ReplaceAllStringFunc(b, func(n string) string {
				for i := len(n) - 3; i > 0; i -= 3 {
					n = n[:i] + sep + n[i:]
				}
				return n
			})
		})
		return lines, at
	}},
	{"<wbr> in a name", func(p *scrapedPage) []int { return htmlOnly(p, linesMatching(p, codeCellRe)) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = codeCellRe.ReplaceAllString(lines[at], "$1<code>$2<wbr>$3</code>")
		return lines, at
	}},
	{"HTML entity", func(p *scrapedPage) []int { return htmlOnly(p, linesMatching(p, letterCellRe)) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		m := letterCellRe.FindStringSubmatchIndex(lines[at])
		lines[at] = lines[at][:m[4]] + fmt.Sprintf("&#%d;", lines[at][m[4]]) + lines[at][m[5]:]
		return lines, at
	}},
	{"character references in a text page", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		return linesMatching(p, letterRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = sourceText(lines[at])
		return lines, at
	}},
	{`escaped \| in a cell`, func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		return p.rows(false)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		_, start := p.lastCell(lines, at)
		l := lines[at]
		i := strings.Index(strings.TrimLeft(l[start:], " "), " ")
		if i < 0 {
			return lines, at
		}
		i += start + len(l[start:]) - len(strings.TrimLeft(l[start:], " "))
		lines = append([]string{}, lines...)
		lines[at] = l[:i] + ` \|` + l[i:]
		return lines, at
	}},
	{`escaped \| after "Name:" in a cell`, func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		var out []int
		for i, l := range p.lines {
			if m := namedValueRe.FindStringSubmatch(l); m != nil && m[1] == m[2] {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		m := namedValueRe.FindStringSubmatchIndex(lines[at])
		lines = append([]string{}, lines...)
		lines[at] = lines[at][:m[5]+1] + ` \|` + lines[at][m[5]+1:]
		return lines, at
	}},
	{"payload type named after its operation", func(p *scrapedPage) []int {
		if pageOperation(p.lines) == "" {
			return nil
		}
		for i, l := range p.lines {
			if responseDataRe.MatchString(l) {
				return []int{i}
			}
		}
		return nil
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		op := pageOperation(lines)
		scoped := strings.ToUpper(op[:1]) + op[1:] + "ResponseData"
		out := make([]string, len(lines))
		for i, l := range lines {
			out[i] = responseDataRe.ReplaceAllString(l, "${1}"+scoped+"${2}")
		}
		return out, at
	}},
	{"bulleted paragraphs in an HTML cell", func(p *scrapedPage) []int { return htmlOnly(p, p.rows(false)) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		line, start := p.lastCell(lines, at)
		l := lines[line]
		end := strings.LastIndex(l, "</td>")
		if start <= 0 || end < start {
			return lines, at
		}
		var b strings.Builder
		for _, sentence := range strings.SplitAfter(l[start:end], ". ") {
			fmt.Fprintf(&b, "<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt'><span style='font-family:Symbol'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>%s</p>", strings.TrimSpace(sentence))
		}
		lines = append([]string{}, lines...)
		lines[line] = l[:start] + b.String() + l[end:]
		return lines, line
	}},
	{"numbered rows", func(p *scrapedPage) []int {
		switch p.style {
		case "markdown", "pipes", "cells", "dense":
		default:
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			if len(tb.rows) > 0 {
				out = append(out, tb.rows[0])
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tb := tableOf(p, at)
		lines = append([]string{}, lines...)
		if p.style == "cells" || p.style == "dense" {
			cell := func(c string) []string {
				if tb.step == 2 {
					return []string{c, ""}
				}
				return []string{c}
			}
			for k := len(tb.rows) - 1; k >= 0; k-- {
				lines = insertLines(lines, tb.rows[k], cell(strconv.Itoa(k+1))...)
			}
			lines = insertLines(lines, tb.header+tb.width*tb.step, cell("#")...)
			return insertLines(lines, tb.header, cell("#")...), tb.header
		}
		for k, r := range tb.rows {
			lines[r] = firstCell(lines[r], strconv.Itoa(k+1))
		}
		lines[tb.header+1] = firstCell(lines[tb.header+1], "---")
		lines[tb.header] = firstCell(lines[tb.header], "#")
		return lines, tb.header
	}},
	{"CRLF", func(p *scrapedPage) []int { return []int{0} }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		out := make([]string, len(lines))
		for i, l := range lines {
			out[i] = l + "\r"
		}
		out[len(out)-1] = lines[len(lines)-1]
		return out, at
	}},
	{"render comment marker", func(p *scrapedPage) []int { return htmlOnly(p, linesMatching(p, letterCellRe)) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = strings.Replace(lines[at], "<td>", "<td><!-- -->", 1)
		return lines, at
	}},
	{"http label", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		return linesMatching(p, requestRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return insertLines(lines, at, "http"), at
	}},
	{"code fence", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		return linesMatching(p, requestRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = insertLines(lines, at+1, "```")
		return insertLines(lines, at, "```http"), at
	}},
	{"code block as a table of one cell, a row a line", codeBlocks, codeAsTable(true)},
	{"request line broken over three lines", requestLines, breakRequestLine},
	{"code block as a table of one cell, lines joined with <br>", codeBlocks, codeAsTable(false)},
	{"code block keeps a highlighter's markup", codeBlocks, highlightedCodeBlock},
	{"code block in an HTML table of one cell", func(p *scrapedPage) []int { return htmlOnly(p, linesMatching(p, preStartRe)) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		end := at
		for end < len(lines) && !strings.Contains(lines[end], "</pre>") {
			end++
		}
		if end == len(lines) {
			return lines, at
		}
		lines = append([]string{}, lines...)
		start := strings.Index(lines[at], "<pre")
		lines[at] = lines[at][:start] + "<table><tbody><tr><td>" + lines[at][start:]
		stop := strings.Index(lines[end], "</pre>") + len("</pre>")
		lines[end] = lines[end][:stop] + "</td></tr></tbody></table>" + lines[end][stop:]
		return lines, at
	}},
	{"outline of the page's headings as paragraphs", func(p *scrapedPage) []int { return htmlOnly(p, linesMatching(p, h1Re)) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// A word processor keeps the site's "On this page" side bar as
		// paragraphs, a link each to a heading of the page.
		outline := []string{`<p class="p1"><span class="s1">On this page</span></p>`}
		seen := map[string]bool{}
		for _, l := range lines {
			if m := headingIDRe.FindStringSubmatch(l); m != nil && !seen[m[1]] {
				seen[m[1]] = true
				outline = append(outline, fmt.Sprintf(`<p class="p1"><a href="#%s"><span class="s2">%s</span></a></p>`, m[1], tagRe.ReplaceAllString(m[2], "")))
			}
		}
		return insertLines(lines, at+1, outline...), at + 2
	}},
	{"code block as monospace paragraphs", func(p *scrapedPage) []int { return htmlOnly(p, linesMatching(p, preStartRe)) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// An editor keeps a code block as a paragraph per line in a
		// monospace font (by its style, a <font face> or <tt>), its
		// indentation non-breaking spaces, an empty line an empty
		// paragraph.
		code, end := preLines(lines, at)
		if code == nil {
			return lines, at
		}
		var out []string
		for _, l := range code {
			indent := len(l) - len(strings.TrimLeft(l, " "))
			t := strings.Repeat("&nbsp;", indent) + strings.TrimLeft(l, " ")
			switch {
			case strings.TrimSpace(l) == "":
				out = append(out, `<p class="p4" style="font: 14.0px Menlo"><br></p>`)
			case at%3 == 0:
				out = append(out, `<p class="p4" style="font: 14.0px Menlo"><span class="s1">`+t+`</span></p>`)
			case at%3 == 1:
				out = append(out, `<p class="western"><font face="Courier New, monospace">`+t+`</font></p>`)
			default:
				out = append(out, `<p class=MsoNormal><span style='font-family:"Courier New"'>`+t+`</span></p>`)
			}
		}
		return append(append(append([]string{}, lines[:at]...), out...), lines[end+1:]...), at
	}},
	{"code block as a table of paragraphs wrapped in the source", func(p *scrapedPage) []int { return htmlOnly(p, linesMatching(p, preStartRe)) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// LibreOffice Writer's HTML: a table of one cell holding a
		// <p><code> per line, the source of a long one wrapped at a
		// space, a newline a browser shows as a space.
		code, end := preLines(lines, at)
		if code == nil {
			return lines, at
		}
		out := []string{`<table width="680" cellpadding="0" cellspacing="0"><tr><td width="680">`}
		for _, l := range code {
			t := strings.TrimSpace(l)
			if i := strings.Index(t, " "); i > 0 && len(t) > 20 {
				t = t[:i] + "\n\t\t\t" + t[i+1:]
			}
			out = append(out, strings.Split("<p><code>"+t+"</code></p>", "\n")...)
		}
		out = append(out, "</td></tr></table>")
		return append(append(append([]string{}, lines[:at]...), out...), lines[end+1:]...), at
	}},
	{"header row as bold cells", func(p *scrapedPage) []int {
		var out []int
		for _, tb := range p.tables {
			if p.style == "html" && tb.header >= 0 {
				out = append(out, tb.header)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// An editor writes no <th> nor <thead>: the header is a row
		// of <td>s whose text is bold, by <b> or by a class.
		lines = append([]string{}, lines...)
		bold := []string{"<b>$1</b>", `<span class="c3">$1</span>`}[at%2]
		for i := at; i < len(lines); i++ {
			l := lines[i]
			lines[i] = thCellRe.ReplaceAllString(strings.NewReplacer("<thead>", "", "</thead>", "").Replace(l), `<td valign="top"><p class="p1">`+bold+`</p></td>`)
			if strings.Contains(l, "</thead>") {
				break
			}
		}
		if at%2 == 1 {
			lines = insertLines(lines, at, `<style>.c3{font-weight:700}</style>`)
		}
		return lines, at
	}},
	{"example on one line", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		return linesMatching(p, exampleRequestRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		end := at + 1
		for end < len(lines) && headerLineRe.MatchString(strings.TrimSpace(lines[end])) {
			end++
		}
		var parts []string
		for _, l := range lines[at:end] {
			parts = append(parts, strings.TrimSpace(l))
		}
		out := append(append([]string{}, lines[:at]...), strings.Join(parts, " "))
		return append(out, lines[end:]...), at
	}},
	// pandoc makes a Word document of the page, and docx2txt dumps it to
	// text: each code block comes as one line, its lines run together
	// with nothing between them ("HTTP/1.1Host: h", "9{  \"a\": 1}").
	{"example run together on one line", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		return linesMatching(p, exampleRequestRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		end := at + 1
		for end < len(lines) && headerLineRe.MatchString(strings.TrimSpace(lines[end])) {
			end++
		}
		parts := []string{strings.TrimSpace(lines[at])}
		for _, l := range lines[at+1 : end] {
			parts = append(parts, strings.TrimSpace(l))
		}
		body := end
		for body < len(lines) && strings.TrimSpace(lines[body]) == "" {
			body++
		}
		if body < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[body]), "{") {
			depth := 0
			for end = body; end < len(lines); end++ {
				parts = append(parts, strings.TrimRight(lines[end], " \t"))
				depth += strings.Count(lines[end], "{") + strings.Count(lines[end], "[") - strings.Count(lines[end], "}") - strings.Count(lines[end], "]")
				if depth <= 0 {
					end++
					break
				}
			}
		}
		out := append(append([]string{}, lines[:at]...), strings.Join(parts, ""))
		return append(out, lines[end:]...), at
	}},
	// A text browser wraps an example's request line after the slash of
	// its version (w3m at 80 columns).
	{"request line cut inside its version", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		return linesMatching(p, exampleRequestRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		l := strings.TrimRight(lines[at], " \t")
		indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		out := append(append([]string{}, lines[:at]...), strings.TrimSuffix(l, "1.1"), indent+"1.1")
		return append(out, lines[at+1:]...), at
	}},
	{"section title in Korean", func(p *scrapedPage) []int { return sectionTitles(p, false) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		m := sectionTitleRe.FindStringSubmatch(lines[at])
		lines[at] = strings.Replace(lines[at], m[2], koreanTitle[m[2]], 1)
		return lines, at
	}},
	{"section title in words nearest in meaning", func(p *scrapedPage) []int { return sectionTitles(p, true) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// Words the wiki's titles do not use, as other sites title
		// their sections ("Result Fields", "Input Parameters").
		lines = append([]string{}, lines...)
		m := sectionTitleRe.FindStringSubmatch(lines[at])
		if near, ok := nearTitle[m[2]]; ok {
			lines[at] = strings.Replace(lines[at], m[2], near[at%len(near)], 1)
		}
		return lines, at
	}},
	{"section title in other forms", func(p *scrapedPage) []int {
		// Not a header cell of a table of one cell per line, which a
		// title's word ("Description") may be.
		return slices.DeleteFunc(sectionTitles(p, false), p.inHeader)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// The forms other sites write a title in: numbered, in upper
		// case, with a colon, with its Korean gloss.
		lines = append([]string{}, lines...)
		m := sectionTitleRe.FindStringSubmatch(lines[at])
		forms := []string{"2. " + m[2], strings.ToUpper(m[2]), m[2] + ":", m[2] + " (" + koreanTitle[m[2]] + ")"}
		lines[at] = strings.Replace(lines[at], m[2], forms[at%len(forms)], 1)
		return lines, at
	}},
	{"section title unknown", func(p *scrapedPage) []int { return sectionTitles(p, true) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		m := sectionTitleRe.FindStringSubmatch(lines[at])
		lines[at] = strings.Replace(lines[at], m[2], "Details", 1)
		return lines, at
	}},
	{"section title unknown, no name", func(p *scrapedPage) []int { return sectionTitles(p, true) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// Words no reader knows as a title, which name no type either
		// ("Reward Items" for "Response Body").
		lines = append([]string{}, lines...)
		m := sectionTitleRe.FindStringSubmatch(lines[at])
		lines[at] = strings.Replace(lines[at], m[2], "More details", 1)
		return lines, at
	}},
	{"GearN section title in other words", gearnTitles, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// The words, forms and languages other sites title the parts
		// of a call with: synonyms, a number, a colon, upper case, a
		// gloss in Korean.
		lines = append([]string{}, lines...)
		m := gearnTitleRe.FindStringSubmatch(lines[at])
		other := gearnSynonyms[m[2]]
		lines[at] = m[1] + other[at%len(other)] + m[3]
		return lines, at
	}},
	{"GearN section title unknown", gearnTitles, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// Words no reader knows as a title, which name no type either.
		lines = append([]string{}, lines...)
		m := gearnTitleRe.FindStringSubmatch(lines[at])
		lines[at] = m[1] + "More Details" + m[3]
		return lines, at
	}},
	{"example title lost", func(p *scrapedPage) []int {
		var out []int
		for _, i := range sectionTitles(p, false) {
			if strings.Contains(p.lines[i], "Example") {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return append(append([]string{}, lines[:at]...), lines[at+1:]...), at
	}},
	// A docs generator adds an example of the call after the page's
	// tables: its request line repeats the path of a role's endpoint
	// line, and is evidence of it, never a role of its own; without its
	// title, the header after it tells it.
	{"example request after the tables", gearnEndpointLines, exampleAfterTables(true)},
	{"example request after the tables, untitled", gearnEndpointLines, exampleAfterTables(false)},
	{"site navigation, pager, footer", func(p *scrapedPage) []int {
		out := []int{0}
		for i, l := range p.lines {
			if isRole(l) {
				out = append(out, i)
			}
		}
		return append(out, len(p.lines)-1)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		if p.style == "html" {
			if at == 0 {
				at = 1
			}
			return insertLines(lines, at, `<nav class="pager"><a href="/api/prev">&larr; Previous</a> <a href="/api/next">Next &rarr;</a></nav>`), at
		}
		switch {
		case at == 0:
			return insertLines(lines, at, "Docs", "Guides", "API Reference", "Search ⌘K"), at
		case at == len(lines)-1:
			return insertLines(lines, at, "← Previous", "Next →", "© 2026 GearN. All rights reserved.", "Privacy"), at
		}
		return insertLines(lines, at, "Was this page helpful?", "Yes No"), at
	}},
	{"outline of the sections above the page", func(p *scrapedPage) []int {
		// A copy of the whole page keeps the site's "On this page"
		// outline: the roles and titles of its sections, a line each.
		n := 0
		for _, l := range p.lines {
			if isRole(l) {
				n++
			}
		}
		if p.style == "html" || n < 2 {
			return nil
		}
		return []int{0}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		outline := []string{"On this page", "Overview"}
		for _, l := range p.lines {
			if isRole(l) {
				outline = append(outline, strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#")))
			}
		}
		return insertLines(lines, at, append(outline, "Response Body", "Example Request")...), at
	}},
	{"outline of the sections after the page", func(p *scrapedPage) []int {
		// A copy of the whole page that keeps the site's "On this
		// page" side bar where the page's HTML has it, after the main
		// part: the roles and titles of its sections, a line each.
		n := 0
		for _, l := range p.lines {
			if isRole(l) {
				n++
			}
		}
		if p.style == "html" || n < 2 {
			return nil
		}
		return []int{len(p.lines) - 1}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		outline := []string{"On this page", "Overview"}
		for _, l := range p.lines {
			if isRole(l) {
				outline = append(outline, strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#")))
			}
		}
		return insertLines(lines, at+1, append(outline, "Response Body", "© 2026 GearN. All rights reserved.")...), at + 1
	}},
	{"table cut by a line of text", breakPlaces("flattened", "markdown", "pipes"), func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// A wiki's information panel, a note or an advert copied as a
		// line of its own between two rows, no blank line around it:
		// the rows after it come without a header.
		return insertLines(lines, at+1, "Values are checked by the server before the call runs."), at + 1
	}},
	{"chrome lines between table rows", breakPlaces("flattened", "markdown", "pipes"), pageBreak("GearN Docs · API Reference · Page 2 of 3")},
	{"footer without a page mark between table rows", breakPlaces("flattened", "markdown", "pipes"), pageBreak("GearN Docs · API Reference")},
	{"page number between table rows, the next row made a header", breakPlaces("markdown", "pipes"), func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// A PDF-to-Markdown converter: the number of the page alone
		// between blank lines, and the first row of the next page the
		// header of a table of its own, with the ruler under it.
		tb := tableOf(p, at)
		k := slices.Index(tb.rows, at)
		if next := tb.rows[k+1]; next != at+1 {
			return insertLines(lines, at+1, "", "2", ""), at + 2 // a row on lines of its own: the page number alone
		}
		out := insertLines(lines, at+2, lines[tb.header+1])
		return insertLines(out, at+1, "", "2", ""), at + 4
	}},
	{"print's title and page mark between table rows", breakPlaces("flattened", "markdown", "pipes"), printBreak(func(title string) []string {
		// A browser's print copied from its preview: the running title
		// of the page, then its mark, no blank line between.
		return []string{title + " | GearN Docs", "Page 2 of 3"}
	})},
	{"print's URL and date between table rows", breakPlaces("flattened", "markdown", "pipes"), printBreak(func(title string) []string {
		// pdftotext of a browser's print: the footer of a page (its URL
		// and count), the header of the next (the date and the title).
		return []string{"", "https://docs.gearn.io/api/" + strings.Fields(title)[0] + " 1/3", "3/9/26, 8:12 AM " + title + " - GearN Docs", ""}
	})},
	{"print's header and footer a line each, the count alone, between table rows", breakPlaces("flattened", "markdown", "pipes"), printBreak(func(title string) []string {
		// MuPDF's text of a browser's print (mutool draw -F txt): the
		// date, the title, then the URL and the page's count, each on a
		// line of its own.
		return []string{"", "12/5/26, 9:13 PM", title + " | GearN Docs", "", "file:///home/minh/Downloads/" + strings.Fields(title)[0] + ".html", "2/6", ""}
	})},
	{"print's header and footer as pdf-parse writes them, a tab in each and its own page marker, between table rows", breakPlaces("flattened", "markdown", "pipes"), printBreak(func(title string) []string {
		// npm pdf-parse's text of a browser's print: the date and the
		// title, then the URL and the page's count, each pair set apart
		// by a tab, then its own marker of the page's end between blank
		// lines.
		return []string{"12/7/26, 4:58 AM \t" + title + " | GearN Docs", "file:///work/" + strings.Fields(title)[0] + ".html \t2/6", "", "-- 2 of 6 --", ""}
	})},
	{"callout between the halves of a table, the rest without its empty Required column", emptyRequiredRests, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// pandoc's reStructuredText of a table that a callout cuts:
		// the rest loses its header row, and the Required column its
		// rows all leave empty; in Markdown its first row heads it.
		tb := tableOf(p, at)
		_, c := p.requiredCellWhere(lines, tb.rows[len(tb.rows)-1], isEmptyCell)
		lines = slices.Clone(lines)
		drop := func(l string) string {
			parts := strings.Split(l, "|")
			return strings.Join(slices.Delete(parts, c, c+1), "|")
		}
		rest := tb.rows[slices.Index(tb.rows, at)+1:]
		for _, r := range rest {
			lines[r] = drop(lines[r])
		}
		lines = insertLines(lines, rest[0]+1, drop(lines[tb.header+1]))
		return insertLines(lines, at+1, "", "> **Tip:** every call is written to the audit log.", ""), at + 2
	}},
	{"advert between the halves of an HTML table", breakPlaces("html"), func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// The table is closed after the row, an advert stands in the
		// page, and the rest of the rows open a table without a header.
		end := at
		for end < len(lines) && strings.TrimSpace(lines[end]) != "</tr>" {
			end++
		}
		return insertLines(lines, end+1, "</tbody></table>", `<div class="ad-slot">Sponsored · Try GearN Cloud</div>`, "<table><tbody>"), end + 2
	}},
	{"pager after a table", func(p *scrapedPage) []int {
		// After the last table of the page and, as if the page ended
		// there, after each table with a Type column: the end of such a
		// table is where a name and a type name could pass for a row.
		if p.style != "flattened" {
			return nil
		}
		var out []int
		for i, tb := range p.tables {
			if len(tb.rows) == 0 || i < len(p.tables)-1 && !strings.Contains(p.lines[tb.header], "Type") {
				continue
			}
			// Past the lines that continue the last row's description.
			end := tb.rows[len(tb.rows)-1] + 1
			for end < len(p.lines) {
				t := strings.TrimSpace(p.lines[end])
				if t == "" || headingRe.MatchString(t) || flatHeaderRe.MatchString(t) || requestRe.MatchString(t) || isRole(t) {
					break
				}
				end++
			}
			out = append(out, end)
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// The titles of the pages before and after, as a pager links
		// them: lowerCamel operation names whose tail reads as a type.
		return insertLines(lines, at, "Previous page", "getQuestList", "Next page", "claimQuestReward"), at
	}},
	{"requiredness as an emoticon image", func(p *scrapedPage) []int {
		if p.style != "html" && p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		return requiredRows(p)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// A wiki's tick emoticon, as Confluence renders it and as a
		// converter writes its image in Markdown.
		lines = append([]string{}, lines...)
		cells, i := p.requiredCell(lines, at)
		switch {
		case i < 0:
		case p.style == "html":
			lines[cells[i]] = tdTextRe.ReplaceAllString(lines[cells[i]], `<td><img class="emoticon emoticon-tick" data-emoticon-name="tick" src="/s/en_GB/8703/images/icons/emoticons/check.svg" alt="(tick)"></td>`)
		default:
			parts := strings.Split(lines[at], "|")
			parts[i] = " ![(tick)](/images/icons/emoticons/check.svg) "
			lines[at] = strings.Join(parts, "|")
		}
		return lines, at
	}},
	{"required mark emptied where the table writes both marks", func(p *scrapedPage) []int {
		// A text copy of a page whose marks are images keeps no text of
		// them: the cell is empty. Where the table writes a mark for no
		// too, nothing tells the empty cell's meaning.
		var out []int
		for _, r := range requiredRows(p) {
			if (p.style == "html" || p.style == "markdown" || p.style == "pipes") && p.writesNo(r) {
				out = append(out, r)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		_, i := p.requiredCell(lines, at)
		if i < 0 {
			return lines, at
		}
		if p.style == "html" {
			return emptyCell(p, lines, at, i), at
		}
		lines = append([]string{}, lines...)
		parts := strings.Split(lines[at], "|")
		parts[i] = " "
		lines[at] = strings.Join(parts, "|")
		return lines, at
	}},
	{"required cell lost", requiredRows, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		cells, i := p.requiredCell(lines, at)
		switch {
		case i < 0:
		case p.style == "html":
			lines = append(lines[:cells[i]], lines[cells[i]+1:]...)
		case p.style == "cells" || p.style == "dense":
			step := tableOf(p, at).step
			lines = append(lines[:at+i*step], lines[at+(i+1)*step:]...)
		default:
			parts := strings.Split(lines[at], "|")
			lines[at] = strings.Join(append(parts[:i], parts[i+1:]...), "|")
		}
		return lines, at
	}},
	{"name cell emptied", memberRows, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return emptyCell(p, lines, at, 0), at
	}},
	{"type cell emptied", memberRows, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return emptyCell(p, lines, at, 1), at
	}},
	{"type cell lost", repeatedRows, loseTypeCell},
	{"type cell lost, the name's tail a capitalised word", camelRows, loseTypeCell},
	{"type cell emptied, the description a capitalised word and \"in\"", memberRows, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return emptyCell(p, describeIn(p, lines, at), at, 1), at
	}},
	{"type cell lost, the description a capitalised word and \"in\"", func(p *scrapedPage) []int {
		if p.style == "flattened" {
			return nil // the description's start is found in a row's cells
		}
		return repeatedRows(p)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return loseTypeCell(p, describeIn(p, lines, at), at)
	}},
	{"blank line inside a table", breakPlaces("markdown", "pipes"), func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return insertLines(lines, at+1, ""), at + 1
	}},
	{"blank line between rows of cells", breakPlaces("dense"), func(p *scrapedPage, lines []string, at int) ([]string, int) {
		end := at + tableOf(p, at).width
		return insertLines(lines, end, ""), end
	}},
	{"full-width tilde in a range", func(p *scrapedPage) []int { return linesMatching(p, rangeRe) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = rangeRe.ReplaceAllStringFunc(lines[at], func(r string) string {
			m := rangeRe.FindStringSubmatch(r)
			if m[1] == "" {
				return "(" + m[4] + "\uff5e" + m[5] + ")"
			}
			return "(" + m[1] + "\uff5e" + m[2] + m[3] + ")"
		})
		return lines, at
	}},
	{"sentence run into a bound with no space, in any style", func(p *scrapedPage) []int { return linesMatching(p, cellEndBoundRe) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = cellEndBoundRe.ReplaceAllStringFunc(lines[at], func(b string) string {
			m := cellEndBoundRe.FindStringSubmatch(b)
			if m[2] == "" {
				return m[1] + ".Higher is more." + m[3]
			}
			return m[1] + "Higher is more." + m[3]
		})
		return lines, at
	}},
	{"tab at a cell boundary, flattened", flatRows, gapAtBoundary("\t")},
	{"run of spaces at a cell boundary, flattened", flatRows, gapAtBoundary("   ")},
	{"NBSP at a cell boundary, flattened", flatRows, gapAtBoundary("\u00a0")},
	{"outer pipes and rulers removed", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return p.rewriteTables(lines, func(cells []string) string { return strings.Join(cells, " | ") }), at
	}},
	{"rows without outer pipes nor rulers, each last cell reflowed over lines without pipes (edbrowse)", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return strings.Split(strings.Join(p.rewriteTables(lines, reflowedRow), "\n"), "\n"), at
	}},
	{"table kept as HTML on one line, its header row bold", pipeHeaders, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// turndown's GFM plugin keeps a wiki's table without header
		// cells as the wiki's HTML, the whole table on one line, its
		// header row bold <td>s.
		var tb *scrapedTable
		for k := range p.tables {
			if p.tables[k].header == at {
				tb = &p.tables[k]
			}
		}
		if tb == nil || len(tb.rows) == 0 {
			return lines, at
		}
		var b strings.Builder
		b.WriteString(`<table class="confluenceTable"><tbody>`)
		for k, r := range append([]int{tb.header}, tb.rows...) {
			b.WriteString("<tr>")
			cells, _, _ := pipeParts(lines[r])
			for _, c := range cells {
				c = html.EscapeString(pages.CellText(pages.Unescaped(strings.TrimSpace(c))))
				if k == 0 {
					c = "<strong>" + c + "</strong>"
				}
				b.WriteString(`<td class="confluenceTd">` + c + "</td>")
			}
			b.WriteString("</tr>")
		}
		b.WriteString("</tbody></table>")
		last := tb.rows[len(tb.rows)-1]
		out := append(append([]string{}, lines[:at]...), b.String())
		return append(out, lines[last+1:]...), at
	}},
	{"rulers aligned by colons", pipeHeaders, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// turndown's GFM plugin and GitHub write an aligned column's
		// ruler cell short, its colons marking the alignment.
		if at+1 >= len(lines) || !pages.IsRuler(lines[at+1]) {
			return lines, at
		}
		lines = append([]string{}, lines...)
		cells, lead, closed := pipeParts(lines[at+1])
		for k := range cells {
			cells[k] = []string{" :-- ", " :-: ", " --: "}[(at+k)%3]
		}
		lines[at+1] = lead + strings.Join(cells, "|") + closed
		return lines, at + 1
	}},
	{"tables dumped by a text browser, cells one space apart, rows wrapped", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return lynxDump(p, lines), at
	}},
	{"tables dumped by a text browser past its wrap width, a narrow one laid out in columns as wide as the page", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return lynxDumpLaid(p, lines, lynxLaidOut(p, lines)), at
	}},
	{"tables dumped by a text browser that numbers its links", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return linkReferences(lynxDump(p, markedLinks(p, lines, numberMark))), at
	}},
	{"tables dumped by a text browser that writes its links' addresses inline, wrapping the rows counting them", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return lynxDump(p, markedLinks(p, lines, addressMark)), at
	}},
	{"tables dumped by ELinks, headings ending in its bytes for a permalink's zero-width space", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return linkReferences(lynxDump(p, elinksPermalinks(markedLinks(p, lines, numberMark)))), at
	}},
	{"page written by Debian html2text: framed headings, no blank lines, cells in the middle of their rows", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return html2textDump(p, lines), at
	}},
	{"page written by Rust html2text: tables drawn without an outer border, cells wrapped and words broken in columns shrunk to the width", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return openGridDump(p, lines), at
	}},
	{"page written by makeinfo: numbered underlined headings, quoted code, a rule under each header", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return makeinfoDump(p, lines), at
	}},
	{"Required cell empty before a description in lower case, dumped by a text browser", func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		return requiredRows(p)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// A page whose Required cell is empty in a row whose description
		// begins in lower case, as many a wiki writes it: lynx -dump
		// prints the empty cell as nothing. The dump rewrites the whole
		// page: of several places, the last only is damaged.
		_, i := p.requiredCell(lines, at)
		if i < 0 || lines[p.tables[0].header] != p.lines[p.tables[0].header] {
			return lines, at
		}
		lines = append([]string{}, lines...)
		parts := strings.Split(lines[at], "|")
		parts[i] = " "
		for k := len(parts) - 1; k > i; k-- {
			if d := strings.TrimSpace(parts[k]); d != "" {
				r, n := utf8.DecodeRuneInString(d)
				parts[k] = " " + string(unicode.ToLower(r)) + d[n:] + " "
				break
			}
		}
		lines[at] = strings.Join(parts, "|")
		return lynxDump(p, lines), at
	}},
	{"tabs instead of pipes", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return p.rewriteTables(lines, func(cells []string) string {
			for i, c := range cells {
				cells[i] = strings.ReplaceAll(c, `\|`, "|")
			}
			return strings.Join(cells, "\t")
		}), at
	}},
	{"tables as paragraphs of tab-separated cells", pipeTablePage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// catdoc of a .doc: a row a paragraph, a blank line after it; an
		// empty cell before the last ends the row's line, the cells after
		// it a paragraph of their own; an empty last cell is no tab.
		return p.rewriteTables(lines, func(cells []string) string {
			for i, c := range cells {
				cells[i] = strings.ReplaceAll(c, `\|`, "|")
			}
			for len(cells) > 1 && cells[len(cells)-1] == "" {
				cells = cells[:len(cells)-1]
			}
			if k := slices.Index(cells, ""); k > 0 {
				return strings.Join(cells[:k], "\t") + "\n\n" + strings.Join(cells[k+1:], "\t") + "\n"
			}
			return strings.Join(cells, "\t") + "\n"
		}), at
	}},
	{"links printed with their field instructions", func(p *scrapedPage) []int {
		if p.style == "html" || len(headingLines(p)) < 2 {
			return nil
		}
		return []int{headingLines(p)[0]}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// catdoc of a .doc: a heading's permalink, a cross reference's
		// link, each after its field's instruction.
		lines = slices.Clone(lines)
		for _, h := range headingLines(p) {
			lines[h] = strings.TrimRight(lines[h], " ") + `   HYPERLINK  \l "` + strings.ToLower(strings.Trim(strings.TrimSpace(lines[h]), "#* ")) + `" `
		}
		for i, l := range lines {
			lines[i] = seeNameRe.ReplaceAllString(l, `See   HYPERLINK  \l "$1" $1 `)
		}
		return lines, at
	}},
	{"emphasis around cells", func(p *scrapedPage) []int {
		if p.style == "flattened" {
			return nil
		}
		return p.rows(false)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		mark := func(i int, text string) string {
			m := emphasisMarks[i%len(emphasisMarks)]
			if strings.ContainsAny(text, "`*_") {
				m = "**" // a cell with marks of its own: strong emphasis around them
			}
			if p.style == "html" {
				m = htmlEmphasis[i%len(htmlEmphasis)]
				return "<" + m + ">" + text + "</" + m + ">"
			}
			return m + text + m
		}
		switch p.style {
		case "markdown", "pipes":
			cells, lead, closed := pipeParts(lines[at])
			for i := 0; i < min(3, len(cells)-1); i++ {
				if c := strings.TrimSpace(cells[i]); c != "" {
					cells[i] = " " + mark(i, c) + " "
				}
			}
			lines[at] = lead + strings.Join(cells, "|") + closed
		case "html":
			cells := p.htmlCells(at)
			for i := 0; i < min(3, len(cells)-1); i++ {
				if m := tdRe.FindStringSubmatch(lines[cells[i]]); m != nil && m[2] != "" {
					lines[cells[i]] = m[1] + mark(i, m[2]) + m[3]
				}
			}
		case "cells":
			for i := 0; i < tableOf(p, at).width-1; i++ {
				if l := at + 2*i; strings.TrimSpace(lines[l]) != "" {
					lines[l] = mark(i, strings.TrimSpace(lines[l]))
				}
			}
		}
		return lines, at
	}},
	{"links around type cells", func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		return fieldRows(p)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		cells, lead, closed := pipeParts(lines[at])
		if len(cells) < 2 {
			return lines, at
		}
		typ := strings.TrimSpace(cells[1])
		base, array := strings.CutSuffix(typ, "[]")
		if base == "" {
			return lines, at
		}
		anchor := "#" + strings.ToLower(strings.NewReplacer(".", "", " ", "-").Replace(base))
		switch {
		case array && at%2 == 0:
			cells[1] = " [" + typ + "](" + anchor + ") "
		case array:
			cells[1] = " [" + base + "](" + anchor + ")[] "
		default:
			cells[1] = " [" + base + "](" + anchor + ") "
		}
		lines[at] = lead + strings.Join(cells, "|") + closed
		return lines, at
	}},
	{"links written \"[text] (href)\" around type cells, as textversionjs writes links", func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		return fieldRows(p)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		cells, lead, closed := pipeParts(lines[at])
		if len(cells) < 2 {
			return lines, at
		}
		typ := strings.TrimSpace(cells[1])
		base, _ := strings.CutSuffix(typ, "[]")
		if base == "" {
			return lines, at
		}
		cells[1] = " [" + typ + "] (#" + strings.ToLower(strings.NewReplacer(".", "-", " ", "-").Replace(base)) + ") "
		lines[at] = lead + strings.Join(cells, "|") + closed
		return lines, at
	}},
	{"column labels in HTML cells", func(p *scrapedPage) []int { return htmlOnly(p, fieldRows(p)) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		tb := tableOf(p, at)
		head := thRe.FindAllStringSubmatch(strings.Join(p.lines[tb.header:min(tb.header+8, len(p.lines))], ""), -1)
		for i, c := range p.htmlCells(at) {
			if m := tdRe.FindStringSubmatch(lines[c]); m != nil && i < len(head) && m[2] != "" {
				lines[c] = m[1] + `<span class="cell-label">` + head[i][1] + "</span>" + m[2] + m[3]
			}
		}
		return lines, at
	}},
	{"status cell merged over code rows", func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		var out []int
		for _, i := range linesMatching(p, codeRowRe) {
			if i > 0 && codeRowRe.MatchString(p.lines[i-1]) && codeRowRe.FindStringSubmatch(p.lines[i-1])[2] == codeRowRe.FindStringSubmatch(p.lines[i])[2] {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		m := codeRowRe.FindStringSubmatchIndex(lines[at])
		rest := lines[at][m[5]:]
		switch {
		case p.style == "markdown" || at%2 == 0:
			lines[at] = lines[at][:m[2]] + "|  " + rest // the empty cell a converter writes
		default:
			lines[at] = strings.TrimLeft(rest, " |") // the row without the cell
		}
		return lines, at
	}},
	{"detail code column headed Code", func(p *scrapedPage) []int {
		return linesMatching(p, detailCodeHeadRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		code := "Code"
		if strings.Contains(lines[at], "detail_code  ") {
			code = "Code       " // the columns under it kept where they are
		}
		lines[at] = detailCodeHeadRe.ReplaceAllString(lines[at], "${1}"+code)
		return lines, at
	}},
	{"code table's columns headed Status and Code", func(p *scrapedPage) []int {
		return linesMatching(p, detailCodeHeadRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		status, code := "Status", "Code"
		if strings.Contains(lines[at], "detail_code  ") {
			status, code = "Status            ", "Code       " // the columns under them kept where they are
		}
		lines[at] = detailCodeHeadRe.ReplaceAllString(lines[at], status+"${2}"+code)
		return lines, at
	}},
	{"numbered headings", func(p *scrapedPage) []int {
		seen := map[int]bool{}
		for _, tb := range p.tables {
			seen[tb.heading] = tb.heading >= 0
		}
		for i, l := range p.lines {
			seen[i] = seen[i] || isRole(l)
		}
		for _, i := range sectionTitles(p, false) {
			seen[i] = true
		}
		var out []int
		for i, ok := range seen {
			if ok && !p.inTable(i) {
				out = append(out, i)
			}
		}
		sort.Ints(out)
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		l := lines[at]
		start := len(l) - len(strings.TrimLeft(l, " \t#"))
		marked := strings.Contains(l[:start], "#")
		if p.style == "html" {
			if i := strings.Index(l, ">"); i >= 0 {
				start, marked = i+1, strings.HasPrefix(strings.TrimSpace(l), "<h")
			}
		}
		number := []string{"5.1 ", "2) ", "5.1.2 "}[at%3]
		if marked && at%3 == 2 {
			number = "5. "
		}
		lines[at] = l[:start] + number + l[start:]
		return lines, at
	}},
	{"leading pipe lost", func(p *scrapedPage) []int {
		if p.style != "markdown" {
			return nil
		}
		return p.rows(false)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = strings.TrimLeft(strings.TrimPrefix(strings.TrimSpace(lines[at]), "|"), " ")
		return lines, at
	}},
	{"note row (colspan)", func(p *scrapedPage) []int { return htmlOnly(p, laterRows(p)) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return insertLines(lines, at, `  <tr><td colspan="4"><em>Note:</em> the rows below apply from version 2.4 on.</td></tr>`), at
	}},
	{"<thead> lost", func(p *scrapedPage) []int {
		var out []int
		for _, tb := range p.tables {
			if p.style == "html" {
				out = append(out, tb.header)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// The header row moves into the body, as the first of its rows.
		end := at + 1
		for end < len(lines) && strings.TrimSpace(lines[end]) != "</thead>" {
			end++
		}
		if end == len(lines) {
			return lines, at
		}
		out := append(append([]string{}, lines[:at]...), "<tbody>")
		out = append(out, lines[at+1:end]...)
		rest := lines[end+1:]
		if len(rest) > 0 && strings.TrimSpace(rest[0]) == "<tbody>" {
			rest = rest[1:]
		}
		return append(out, rest...), at
	}},
	{"blank line between cells lost", func(p *scrapedPage) []int {
		if p.style != "cells" {
			return nil
		}
		return p.rows(false)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return append(append([]string{}, lines[:at+1]...), lines[at+2:]...), at
	}},
	{"cell wrapped over three lines, one cell per line", func(p *scrapedPage) []int {
		if p.style != "cells" && p.style != "dense" {
			return nil
		}
		var out []int
		for _, r := range p.rows(false) {
			if line, _ := p.lastCell(p.lines, r); len(threeLines(p.lines[line])) == 3 {
				out = append(out, r)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		line, _ := p.lastCell(lines, at)
		parts := threeLines(lines[line])
		if len(parts) != 3 {
			return lines, line
		}
		out := append(append([]string{}, lines[:line]...), parts...)
		return append(out, lines[line+1:]...), line
	}},
	{"last cell lost, one cell per line", func(p *scrapedPage) []int {
		if p.style != "cells" && p.style != "dense" {
			return nil
		}
		return p.rows(false)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tb := tableOf(p, at)
		last := at + tb.step*(tb.width-1)
		return append(append([]string{}, lines[:last]...), lines[last+tb.step:]...), last
	}},
	{"empty example answer", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		var out []int
		for _, i := range linesMatching(p, httpStatusRe) {
			if b, _ := answerBody(p.lines, i); b >= 0 {
				out = append(out, b)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		end := jsonEnd(lines, at)
		out := append(append([]string{}, lines[:at]...), "{}")
		return append(out, lines[end+1:]...), at
	}},
	{"heading lost", func(p *scrapedPage) []int {
		var out []int
		for _, tb := range p.tables {
			if tb.heading >= 0 {
				out = append(out, tb.heading)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return append(append([]string{}, lines[:at]...), lines[at+1:]...), at
	}},
}

// The hard wraps of an editor or a mail client that wraps at a column
// without format=flowed's trailing space: a line longer than the column
// is broken at its last space within it, the space dropped, and the rest
// goes on at the next line, which may look like a row, a cell or a
// heading of its own. Each applies to every line of the page, or to the
// lines of one row.
func init() {
	defects = append(append(defects, hardWrapDefects...), orgDefects...)
}

// orgDefects are what writers of Org mode leave in a page: pandoc writes
// a pipe in a table's text as \vert{}, but one in verbatim text
// (=a|b=) as it is, where Org reads it as parting two cells. Applied to
// each row of an Org table of fields or values (a header with a Type or
// a Code column: the description of a header's row may be its value),
// verbatim text with a pipe at the start of its last cell.
var orgDefects = []defect{
	{"pipe in verbatim text of an Org cell", orgRows, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		l := strings.TrimRight(lines[at], " ")
		k := strings.LastIndexByte(strings.TrimSuffix(l, "|"), '|')
		lines[at] = l[:k+1] + " =GET|POST=" + l[k+1:]
		return lines, at
	}},
}

// orgRuleRe matches the rule of an Org table, "|----+----|".
var orgRuleRe = regexp.MustCompile(`^\|-[-+]*\|?$`)

// orgRows are the body rows of an Org page's tables whose header names a
// Type or a Code column.
func orgRows(p *scrapedPage) []int {
	var out []int
	fields := false // the rows are a table's of fields or values
	ruled := false  // a rule stands over the line in its table
	for i, l := range p.lines {
		t := strings.TrimSpace(l)
		switch {
		case !strings.HasPrefix(t, "|"):
			fields, ruled = false, false
		case orgRuleRe.MatchString(t):
			ruled = ruled || i > 0 && strings.HasPrefix(strings.TrimSpace(p.lines[i-1]), "|")
			if !fields && i > 0 {
				h := strings.TrimSpace(p.lines[i-1])
				fields = strings.Contains(h, "| Type ") || strings.Contains(h, "| Code ")
			}
		case ruled && fields && p.style == "Org mode":
			out = append(out, i)
		}
	}
	return out
}

// hardWrapWidth is the column the hard wraps of the mutator wrap at.
const hardWrapWidth = 72

// preStartRe matches a line that opens an HTML code block.
var preStartRe = regexp.MustCompile(`^\s*<pre[\s>]`)

// h1Re matches the line of an HTML page's title; headingIDRe a heading
// with an id, capturing the id and the heading's text; tagRe a tag, and
// thCellRe a header cell, capturing its text.
var (
	h1Re        = regexp.MustCompile(`^\s*<h1[\s>]`)
	headingIDRe = regexp.MustCompile(`<h[2-4][^>]*\sid="([^"]+)"[^>]*>(.*?)</h[2-4]>`)
	tagRe       = regexp.MustCompile(`<[^>]*>|#`)
	thCellRe    = regexp.MustCompile(`<th[^>]*>(.*?)</th>`)
)

// preLines are the lines of the code of the HTML code block that opens at
// the line at, without its <pre> and <code> tags, and the line that
// closes it; none when no line closes it.
func preLines(lines []string, at int) ([]string, int) {
	end := at
	for end < len(lines) && !strings.Contains(lines[end], "</pre>") {
		end++
	}
	if end == len(lines) {
		return nil, at
	}
	var code []string
	for _, l := range lines[at : end+1] {
		code = append(code, preTagRe.ReplaceAllString(l, ""))
	}
	return code, end
}

// preTagRe matches the tags of an HTML code block.
var preTagRe = regexp.MustCompile(`</?(?:pre|code)[^>]*>`)

// codeBlocks are the lines of a Markdown page that open a fenced code
// block of code (pages.IsCode: a request, JSON), which a word processor
// keeps as a table of one cell.
func codeBlocks(p *scrapedPage) []int {
	if p.style != "markdown" && p.style != "Markdown" {
		return nil
	}
	return fencedBlocks(p.lines, pages.IsCode)
}

// fencedBlocks are the lines that open a fenced code block, closed,
// whose code (its lines between the fences) keep holds.
func fencedBlocks(lines []string, keep func(code []string) bool) []int {
	var out []int
	for i := 0; i < len(lines); i++ {
		if !pages.IsFence(lines[i]) {
			continue
		}
		end := codeBlockEnd(lines, i)
		if end < len(lines) && keep(lines[i+1:end]) {
			out = append(out, i)
		}
		i = end
	}
	return out
}

// requestLines are the request lines with their HTTP version of a page
// of text, outside its tables.
func requestLines(p *scrapedPage) []int {
	if p.style == "html" {
		return nil
	}
	var out []int
	for i, l := range p.lines {
		if requestRe.MatchString(l) && strings.Contains(l, " HTTP/") && !p.inTable(i) {
			out = append(out, i)
		}
	}
	return out
}

// breakRequestLine breaks the request line at a line at its spaces, over
// three lines, as pandoc's Markdown of a .docx or a word processor's text
// writes the code block it made paragraphs of.
func breakRequestLine(p *scrapedPage, lines []string, at int) ([]string, int) {
	out := append([]string{}, lines[:at]...)
	out = append(out, strings.Fields(lines[at])...)
	return append(out, lines[at+1:]...), at
}

// codeBlockEnd is the index of the fence that closes the code block the
// fence at line i opens, or len(lines).
func codeBlockEnd(lines []string, i int) int {
	end := i + 1
	for end < len(lines) && !pages.IsFence(lines[end]) {
		end++
	}
	return end
}

// highlighterLine wraps a line of code as a syntax highlighter marks
// it up, by the place: Shiki's line of coloured runs (VitePress),
// Prism's tokens, highlight.js's spans; its "<" and "&" escaped as the
// highlighter writes them.
func highlighterLine(l string, at int) string {
	e := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(l)
	f := strings.SplitN(e, " ", 2)
	rest := ""
	if len(f) == 2 {
		rest = " " + f[1]
	}
	switch at % 3 {
	case 0:
		return `<span class="line"><span style="color:#D73A49">` + f[0] + `</span><span style="color:#24292E">` + rest + `</span></span>`
	case 1:
		return `<span class="token keyword">` + f[0] + `</span>` + rest
	}
	return `<span class="hljs-keyword">` + f[0] + `</span><span class="hljs-string">` + rest + `</span>`
}

// highlightedCodeBlock writes the lines of the fenced code block at a
// line with a syntax highlighter's markup (highlighterLine), as a
// converter (breakdance) keeps a highlighted <pre>'s markup raw in the
// fence it writes, a blank line as Shiki's empty line.
func highlightedCodeBlock(p *scrapedPage, lines []string, at int) ([]string, int) {
	end := codeBlockEnd(lines, at)
	lines = append([]string{}, lines...)
	for i := at + 1; i < end; i++ {
		if strings.TrimSpace(lines[i]) == "" {
			lines[i] = `<span class="line"></span>`
			continue
		}
		lines[i] = highlighterLine(lines[i], at)
	}
	return lines, at
}

// codeAsTable writes the fenced code block at a line as Google Docs'
// Markdown export writes a code block pasted into a document: a table of
// one cell, a row a line (rows) or its lines joined with <br>, escaped
// (parser.CodeTable), set apart by blank lines.
func codeAsTable(rows bool) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		end := codeBlockEnd(lines, at)
		if end == len(lines) {
			return lines, at
		}
		out := append(append([]string{}, lines[:at]...), "")
		out = append(append(out, parser.CodeTable(lines[at+1:end], rows)...), "")
		return append(out, lines[end+1:]...), at + 1
	}
}

// What Joplin's Web Clipper (turndown's GFM plugin) writes of a
// Confluence table that opens with a <colgroup>: it takes none of its
// rows for its header, and writes a header of empty cells and its ruler
// above the real header, in bold, as the first row. Applied to each
// header row of a Markdown or pipe table, and in the styles whose markup
// marks a header row (Textile's |_. cells, wiki markup's ||, DokuWiki's
// ^, an Org table's row over its rule) as a converter to them writes it.
func init() {
	defects = append(defects, defect{"header row emptied, the real header its first row", headerRows, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		t := strings.TrimSpace(lines[at])
		switch p.style {
		case "Textile":
			n := strings.Count(t, "|_.")
			lines[at] = textileHeaderMarkRe.ReplaceAllString(t, "| ")
			lines[at] = "| *" + strings.Join(trimmed(pages.SplitPipes(lines[at])), "* | *") + "* |"
			return insertLines(lines, at, strings.Repeat("|_. ", n)+"|"), at
		case "Confluence wiki markup":
			cells := trimmed(strings.Split(strings.Trim(t, "|"), "||"))
			lines[at] = "|*" + strings.Join(cells, "*|*") + "*|"
			return insertLines(lines, at, strings.Repeat("|| ", len(cells))+"||"), at
		case "DokuWiki markup":
			cells := trimmed(strings.Split(strings.Trim(t, "^"), "^"))
			lines[at] = "| **" + strings.Join(cells, "** | **") + "** |"
			return insertLines(lines, at, strings.Repeat("^ ", len(cells)+1)), at
		}
		// indent keeps a table under a list item under it.
		indent := lines[at][:len(lines[at])-len(strings.TrimLeft(lines[at], " \t"))]
		cells, lead, closed := pipeParts(lines[at])
		empty := make([]string, len(cells))
		bold := make([]string, len(cells))
		for i, c := range cells {
			empty[i] = "     "
			switch c = pages.CellText(c); {
			case c == "":
				bold[i] = " "
			case p.style == "Org mode":
				bold[i] = " *" + c + "* "
			default:
				bold[i] = " **" + c + "** "
			}
		}
		lines = insertLines(lines, at, indent+lead+strings.Join(empty, "|")+closed, lines[at+1])
		lines[at+2] = indent + lead + strings.Join(bold, "|") + closed
		return slices.Delete(lines, at+3, at+4), at
	}})
}

// headerRows are the lines of a page's header rows that
// "header row emptied" empties: those of the tables of a Markdown or
// pipe page (a row over a ruler), and the rows a Textile, wiki markup
// or DokuWiki page marks as headers or an Org page's over its rule.
func headerRows(p *scrapedPage) []int {
	if len(p.tables) > 0 {
		return slices.DeleteFunc(pipeHeaders(p), func(i int) bool { return strings.Trim(p.lines[i], "| \t") == "" })
	}
	var out []int
	code := false
	for i, l := range p.lines {
		t := strings.TrimSpace(l)
		if pages.IsFence(t) {
			code = !code
		}
		ruled := i+1 < len(p.lines) && strings.HasPrefix(t, "|")
		switch {
		case code:
			ruled = false
		case p.style == "Markdown" || p.style == "pipe- or tab-separated text":
			ruled = ruled && pages.IsPipeRuler(strings.TrimSpace(p.lines[i+1])) && !pages.IsPipeRuler(t)
		case p.style == "Org mode":
			ruled = ruled && orgRuleRe.MatchString(strings.TrimSpace(p.lines[i+1])) && !orgRuleRe.MatchString(t)
		case p.style == "Textile":
			ruled = strings.HasPrefix(t, "|_.")
		case p.style == "Confluence wiki markup":
			ruled = strings.HasPrefix(t, "||") && strings.HasSuffix(t, "||") && len(t) > 4
		case p.style == "DokuWiki markup":
			ruled = strings.HasPrefix(t, "^") && strings.HasSuffix(t, "^") && len(t) > 2
		default:
			ruled = false
		}
		if ruled && strings.Trim(t, "|^_. \t") != "" {
			out = append(out, i) // a header that names its columns
		}
	}
	return out
}

// trimmed is cells without the spaces around each.
func trimmed(cells []string) []string {
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return cells
}

// What pandoc's GFM writes of a docs site's heading: its permalink
// anchor, which GFM has no form for, as a raw <a> after the title, its
// tag cut by the wrap at 72 columns, the anchor's text a zero-width
// space; and what Prettier makes of that: the heading a line of its own,
// the rest of the tag a paragraph set apart from it by a blank line.
// Applied to each ATX heading of a Markdown page.
func init() {
	defects = append(defects,
		defect{"heading permalink as raw HTML, its tag wrapped", atxHeadings, headingPermalink(false)},
		defect{"heading permalink as raw HTML, its tag wrapped, its rest set apart (Prettier)", atxHeadings, headingPermalink(true)})
}

// atxHeadings are the lines of a Markdown page's ATX headings, outside
// code blocks.
func atxHeadings(p *scrapedPage) []int {
	if p.style != "markdown" && p.style != "Markdown" {
		return nil
	}
	var out []int
	code := false
	for i, l := range p.lines {
		if pages.IsFence(l) {
			code = !code
		}
		if !code && atxHeadingRe.MatchString(l) {
			out = append(out, i)
		}
	}
	return out
}

// headingPermalink puts after a heading pandoc's permalink anchor, its
// tag cut at the end of the heading's line, the rest on the next line,
// or after a blank line when apart.
func headingPermalink(apart bool) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		title := strings.TrimSpace(strings.TrimLeft(lines[at], "#"))
		slug := strings.ToLower(strings.Join(strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), "-"))
		rest := []string{"aria-label=\"Permalink to &quot;" + html.EscapeString(title) + "&quot;\">\u200b</a>"}
		if apart {
			rest = append([]string{""}, rest...)
		}
		lines = insertLines(lines, at+1, rest...)
		lines[at] = strings.TrimRight(lines[at], " ") + ` <a href="#` + slug + `" class="header-anchor"`
		return lines, at
	}
}

// What pandoc's GFM writes of a cell's code when the page's HTML gave it
// attributes, and a converter of HTML to Markdown that keeps what is not
// plain: the code spans of a row as raw <code> elements, those naming
// a type linked as raw <a> elements. Applied to each row of a Markdown
// table that holds a code span.
func init() {
	defects = append(defects, defect{"cell code as raw HTML", func(p *scrapedPage) []int {
		return markdownTableRows(p, codeSpanRe.MatchString)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		lines[at] = codeSpanRe.ReplaceAllStringFunc(lines[at], func(m string) string {
			c := html.EscapeString(m[1 : len(m)-1])
			if strings.ContainsAny(c[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				return `<a href="#` + strings.ToLower(c) + `" class="type-link"><code>` + c + `</code></a>`
			}
			return "<code>" + c + "</code>"
		})
		return lines, at
	}})
}

// What Confluence writes of an in-page link: the anchor of a heading
// named after the page's title, which holds the page's path in
// parentheses ("#id-CurlingRink(/curling)-Delivery"), a destination
// whose parentheses nest, as CommonMark reads it; in angle brackets,
// with a space, or with a title too. Applied to each row of a Markdown
// table that holds a link to an anchor, each such link's destination.
func init() {
	defects = append(defects, defect{"link destination with a parenthesised part", func(p *scrapedPage) []int {
		return markdownTableRows(p, anchorLinkRe.MatchString)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		lines[at] = anchorLinkRe.ReplaceAllStringFunc(lines[at], func(m string) string {
			frag := m[len("](#") : len(m)-1]
			return []string{
				"](#id-Page(/page)-" + frag + ")",
				"](<#id-Page (/page)-" + frag + ">)",
				"](#id-Page(/page)-" + frag + ` "` + frag + `")`,
			}[at%3]
		})
		return lines, at
	}})
}

// anchorLinkRe matches the target of an inline link to an anchor, from
// the "]" of its text: "](#delivery)".
var anchorLinkRe = regexp.MustCompile(`\]\(#[^()\s"<>]+\)`)

// What dom-to-semantic-markdown writes of a table with its column
// tracking on (d2m -t): each cell of a row, the header's too, ends in an
// HTML comment naming its column, "| Code <!-- col-0 --> | Type
// <!-- col-1 --> |", an empty cell the comment alone. Applied to each row
// of a Markdown table.
func init() {
	defects = append(defects, defect{"cells ending in a column comment", func(p *scrapedPage) []int {
		return markdownTableRows(p, func(string) bool { return true })
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		lines[at] = columnComments(lines[at])
		return lines, at
	}})
}

// columnComments is a row of pipes with " <!-- col-N -->" after the text
// of each cell, before the pipe that ends it (or the row's end): a pipe
// escaped or in a code span is a cell's text.
func columnComments(row string) string {
	var b strings.Builder
	col := -1
	code := false
	for i := 0; i < len(row); i++ {
		if row[i] == '`' {
			code = !code
		}
		if row[i] == '|' && !code && (i == 0 || row[i-1] != '\\') {
			if col >= 0 {
				fmt.Fprintf(&b, " <!-- col-%d -->", col)
			}
			col++
		}
		b.WriteByte(row[i])
	}
	if !strings.HasSuffix(strings.TrimSpace(row), "|") {
		fmt.Fprintf(&b, " <!-- col-%d -->", col)
	}
	return b.String()
}

// codeSpanRe matches a code span of one backtick that holds no pipe.
var codeSpanRe = regexp.MustCompile("`[^`|]+`")

// atxHeadingRe matches an ATX heading with a title.
var atxHeadingRe = regexp.MustCompile(`^#{1,6} +\S`)

// everyStyle are the defect classes that act on a page's lines whatever
// its style, or on the pages of a style no numbered case is written in
// (Org mode, MediaWiki, Textile, a spreadsheet's rows): TestMutations
// applies them to every text page of the golden cases and of the facts
// corpus too.
// inContainer reports whether a page is saved in a MIME container
// (MHTML, a mail file), where a line of the file is a piece of the
// encoded part that may fall inside a cell: a line inserted there is
// text of the cell, no cut of its table.
func inContainer(name string) bool {
	return slices.Contains([]string{".mhtml", ".mht", ".eml"}, strings.ToLower(filepath.Ext(name)))
}

// A line of text between two rows, in any style a page of the corpus is
// written in: where the rows of a table are lines of their own, the rows
// after it come without a header, and must be read as the table's rest
// or warned of. The rows are found as the parser reads them. In a style
// whose tables are delimited (AsciiDoc's |===, wikitext's {| |}), a line
// between two rows is the text of a cell, as the page writes it: no cut.
func init() {
	defects = append(defects, defect{"table cut by a line of text, in any style", func(p *scrapedPage) []int {
		if p.style == (adoc.Style{}).String() || p.style == (mediawiki.Style{}).String() || inContainer(p.name) {
			return nil
		}
		var out []int
		for _, rows := range parser.TableRows(p.name, []byte(strings.Join(p.lines, "\n"))) {
			for k := 1; k < len(rows); k++ {
				if rows[k] > rows[k-1] && rows[k] <= len(p.lines) {
					out = append(out, rows[k]-1)
				}
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return insertLines(lines, at, "Values are checked by the server before the call runs."), at
	}})
}

// A passage of two paragraphs between two rows of a table whose rows are
// read by their indentation (an XML pretty-printer's string value,
// xmllint's of pandoc's JATS: each cell a line as deep as its row's
// other cells, the tags between rows lines of only spaces less deep):
// two lines of text flush left, an empty line between them, right before
// a row's first cell, as a converter writes a note it kept outside the
// table. Applied before each row after the first of its table, the last
// among them: the rows after the passage are the table's, read on past it
// with a warning or refused at their line, never dropped.
func init() {
	defects = append(defects, defect{"passage of two paragraphs between rows read by their indentation", func(p *scrapedPage) []int {
		var out []int
		for _, rows := range parser.TableRows(p.name, []byte(strings.Join(p.lines, "\n"))) {
			for k := 1; k < len(rows); k++ {
				if at := rows[k] - 1; rows[k] > rows[k-1] && at < len(p.lines) && at > 0 && depthRowStart(p.lines[at-1], p.lines[at]) {
					out = append(out, at)
				}
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return insertLines(lines, at, "Values are checked by the server before the call runs.", "", "Operators may skip the cooldown."), at
	}})
}

// depthRowStart reports whether a line is the first cell of a row read by
// its indentation: indented, under a line of only spaces less deep.
func depthRowStart(before, line string) bool {
	d := pages.IndentOf(line)
	return d > 0 && strings.TrimSpace(line) != "" && before != "" && strings.TrimSpace(before) == "" && pages.IndentOf(before) < d
}

// A callout (a container, an admonition, an alert, a macro: its label
// on a line of its own, then its sentence) between two rows of a table,
// as a site's author puts a note over the rows it speaks of: the rows
// after it go on under the table's header printed again, or without a
// header. Applied at each row of a table after its first, in every
// style: the label is no type's heading nor a title, and the rows after
// it are the table's.
func init() {
	defects = append(defects,
		defect{"callout between a table's rows, in any style", calloutPlaces, callout(false)},
		defect{"callout between a table's rows, the header repeated, in any style", calloutPlaces, callout(true)})
}

// calloutForms are the labels a callout's copy keeps, in each site's form.
var calloutForms = []string{"WARNING", "TIP", "Note:", "⚠️ Warning", "[!IMPORTANT]", "!!! danger", "INFO", "주의", "注意"}

// calloutPlaces are the lines of a page's table rows after the first of
// their table, each 0-based line before the row, where a callout goes.
func calloutPlaces(p *scrapedPage) []int {
	if p.style == (adoc.Style{}).String() || p.style == (mediawiki.Style{}).String() || inContainer(p.name) {
		return nil
	}
	var out []int
	for _, rows := range parser.TableRows(p.name, []byte(strings.Join(p.lines, "\n"))) {
		for k := 1; k < len(rows); k++ {
			if rows[k] > rows[k-1] && rows[k] <= len(p.lines) {
				out = append(out, rows[k]-1)
			}
		}
	}
	return out
}

// callout inserts a callout before the row at a line, its label picked
// by the line; with header set, the table's header lines (from its
// header row to its first row) are printed again after it. In HTML the
// table is closed before the callout's box and opened again after it.
func callout(header bool) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		label := calloutForms[at%len(calloutForms)]
		sentence := "Operators may skip the cooldown; every such call is written to the audit log."
		var more []string
		if header {
			data := []byte(strings.Join(p.lines, "\n"))
			heads := parser.TableHeaders(p.name, data)
			for i, rows := range parser.TableRows(p.name, data) {
				if len(rows) > 1 && i < len(heads) && heads[i] > 0 && heads[i] < rows[0] && slices.Contains(rows[1:], at+1) {
					more = slices.Clone(p.lines[heads[i]-1 : rows[0]-1])
				}
			}
		}
		box := []string{label, sentence}
		if p.style == "html" {
			box = []string{"</table>", `<div class="warning custom-block"><p class="custom-block-title">` + html.EscapeString(label) + "</p><p>" + sentence + "</p></div>"}
			if len(more) == 0 || !strings.HasPrefix(strings.TrimSpace(more[0]), "<table") {
				more = append([]string{"<table>"}, more...)
			}
		}
		return insertLines(lines, at, append(box, more...)...), at
	}
}

var everyStyle = map[string]bool{"passage of two paragraphs between rows read by their indentation": true, "sentence run into a bound with no space, in any style": true, "callout between a table's rows, in any style": true, "callout between a table's rows, the header repeated, in any style": true, "table cut by a line of text, in any style": true, "cells quoted that need not be": true, "request line cut inside its version": true, "GearN section title in other words": true, "GearN section title unknown": true, "hard-wrapped page": true, "hard-wrapped line": true, "AsciiDoc title in two lines": true, "pipe in verbatim text of an Org cell": true, "wikitext row separator lost": true, "wikitext table end lost": true, "Textile header cell marks lost": true, "Textile row's closing pipe lost": true, "code block as a table of one cell, a row a line": true, "code block as a table of one cell, lines joined with <br>": true, "heading permalink as raw HTML, its tag wrapped": true, "heading permalink as raw HTML, its tag wrapped, its rest set apart (Prettier)": true, "header row emptied, the real header its first row": true, "cell code as raw HTML": true, "link destination with a parenthesised part": true, "dashed table's closing rule lost": true, "blank line over a dashed table lost": true, "blank line among a dashed table's rows": true, "ReadMe block's closing line lost": true, "ReadMe JSON member's comma lost": true, "ReadMe table's cells written a column at a time": true}

// What a spreadsheet other than the one the page went through writes: a
// cell in quotes that holds no separator, quote or line break
// (LibreOffice's "Quote all text cells", Numbers' export), RFC 4180's
// quotes that need not be. Applied to each row of a page of a
// spreadsheet's rows that starts on its line, every cell of it that is
// not empty quoted.
func init() {
	defects = append(defects, defect{"cells quoted that need not be", func(p *scrapedPage) []int {
		sep, ok := sheetSeparator(p)
		if !ok {
			return nil
		}
		var out []int
		for i := 0; i < len(p.lines); i++ {
			r := pages.ReadRecord(p.lines, i, sep)
			if !r.Unclosed && r.End == i && !slices.Contains(r.Quoted, true) && strings.TrimSpace(p.lines[i]) != "" {
				out = append(out, i)
			}
			i = r.End
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		sep, _ := sheetSeparator(p)
		r := pages.ReadRecord(lines, at, sep)
		for k, c := range r.Cells {
			if c != "" {
				r.Cells[k] = `"` + c + `"`
			}
		}
		lines = slices.Clone(lines)
		lines[at] = strings.Join(r.Cells, string(sep))
		return lines, at
	}})
}

// sheetSeparator is the separator of a page the parser reads as a
// spreadsheet's rows: the first of a comma, a tab and a semicolon its
// first line holds.
func sheetSeparator(p *scrapedPage) (byte, bool) {
	if len(p.lines) == 0 || p.style != sheetStyle {
		return 0, false
	}
	for _, sep := range []byte{',', '\t', ';'} {
		if strings.IndexByte(p.lines[0], sep) >= 0 {
			return sep, true
		}
	}
	return 0, false
}

// sheetStyle is the name of the style of a spreadsheet's rows.
var sheetStyle = sheet.Style{}.String()

// adocTitleRe matches an AsciiDoc section title of one line, "== 2.
// Client", with its level's marks and its text.
var adocTitleRe = regexp.MustCompile(`^(={1,5})\s+(\S.*?)(?:\s+=+)?$`)

// A section title of an AsciiDoc page written in two lines, as AsciiDoc
// Python writes every title and Asciidoctor reads it: the title over a
// line of "=", "-", "~", "^" or "+" (by its level) as long as it, in
// characters. A title that starts a block only (the page's first line,
// or after a blank line or an anchor): a line inside a paragraph is no
// title.
func init() {
	defects = append(defects, defect{"AsciiDoc title in two lines", func(p *scrapedPage) []int {
		if p.style != "AsciiDoc" {
			return nil
		}
		var out []int
		for i, l := range p.lines {
			if adocTitleRe.MatchString(l) && (i == 0 || strings.TrimSpace(p.lines[i-1]) == "" || strings.HasPrefix(p.lines[i-1], "[[")) {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		m := adocTitleRe.FindStringSubmatch(lines[at])
		lines = insertLines(lines, at+1, strings.Repeat("=-~^+"[len(m[1])-1:len(m[1])], utf8.RuneCountInString(m[2])))
		lines[at] = m[2]
		return lines, at
	}})
}

// The damage an edit of a MediaWiki page's source does to its tables: a
// row separator ("|-") deleted with a row moved or removed, so that the
// cells of two rows (or of the header and the first row) run into one;
// a table's end ("|}") deleted, so that the table runs on into what
// follows it.
func init() {
	defects = append(defects, wikitextDefects...)
}

// wikitextTableRe matches the line that opens a table of wikitext, and
// wikitextCellRe a line of its cells.
var (
	wikitextTableRe = regexp.MustCompile(`^:*\{\|`)
	wikitextCellRe  = regexp.MustCompile(`^(?:!|\|(?:[^-}+]|$))`)
)

// wikitextLines are the lines of a page of wikitext (one that opens a
// table with "{|") that match is true of, each with the line after it.
func wikitextLines(p *scrapedPage, match func(l, next string) bool) []int {
	if !slices.ContainsFunc(p.lines, func(l string) bool { return wikitextTableRe.MatchString(strings.TrimSpace(l)) }) {
		return nil
	}
	var out []int
	for i := 0; i+1 < len(p.lines); i++ {
		if match(strings.TrimSpace(p.lines[i]), strings.TrimSpace(p.lines[i+1])) {
			out = append(out, i)
		}
	}
	return out
}

var wikitextDefects = []defect{
	{"wikitext row separator lost", func(p *scrapedPage) []int {
		return wikitextLines(p, func(l, next string) bool { return strings.HasPrefix(l, "|-") && wikitextCellRe.MatchString(next) })
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return slices.Delete(slices.Clone(lines), at, at+1), max(at-1, 0)
	}},
	{"wikitext table end lost", func(p *scrapedPage) []int {
		return wikitextLines(p, func(l, _ string) bool { return strings.HasPrefix(l, "|}") })
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return slices.Delete(slices.Clone(lines), at, at+1), max(at-1, 0)
	}},
}

// The damage a copy or an edit does to a table pandoc drew with dashes
// (-t plain, -t markdown): the rule that closes a multiline table, or
// one without a header, deleted, as a writer who trims a pasted table's
// lines of dashes leaves it. The table ends at the blank line that text
// at the margin follows, with a warning.
func init() {
	defects = append(defects, defect{"dashed table's closing rule lost", func(p *scrapedPage) []int {
		var out []int
		for i := 1; i < len(p.lines); i++ {
			if dashedRuleRe.MatchString(strings.TrimRight(p.lines[i], "\r")) && strings.TrimSpace(p.lines[i-1]) != "" && (i+1 == len(p.lines) || strings.TrimSpace(p.lines[i+1]) == "") {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return slices.Delete(slices.Clone(lines), at, at+1), at - 1
	}})
}

// The blank line between a title (a line at the margin) and the simple
// table pandoc drew under it deleted, as an edit that tightens a page
// leaves it: the header right under the title is read as a header all
// the same.
func init() {
	defects = append(defects, defect{"blank line over a dashed table lost", func(p *scrapedPage) []int {
		var out []int
		for i := 1; i+2 < len(p.lines); i++ {
			title := strings.TrimSpace(p.lines[i-1]) != "" && !strings.HasPrefix(p.lines[i-1], " ")
			if strings.TrimSpace(p.lines[i]) == "" && title && strings.TrimSpace(p.lines[i+1]) != "" && dashedRuleRe.MatchString(strings.TrimRight(p.lines[i+2], "\r")) && strings.Count(strings.TrimSpace(p.lines[i+2]), " ") > 0 {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return slices.Delete(slices.Clone(lines), at, at+1), at
	}})
}

// A blank line put among the rows of a simple table pandoc drew, as an
// edit that sets a row apart leaves it: pandoc's table ends there, but
// the lines under it that are rows of its columns are its rows, with a
// warning.
func init() {
	defects = append(defects, defect{"blank line among a dashed table's rows", func(p *scrapedPage) []int {
		var out []int
		for i := 1; i+1 < len(p.lines); i++ {
			if !dashedRuleRe.MatchString(strings.TrimRight(p.lines[i], "\r")) || strings.Count(strings.TrimSpace(p.lines[i]), " ") == 0 || strings.TrimSpace(p.lines[i-1]) == "" || i >= 2 && strings.TrimSpace(p.lines[i-2]) != "" {
				continue // not the rule under a simple table's header
			}
			for j := i + 2; j < len(p.lines) && strings.TrimSpace(p.lines[j]) != "" && !dashedRuleRe.MatchString(strings.TrimRight(p.lines[j], "\r")); j++ {
				out = append(out, j)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return insertLines(lines, at, ""), at
	}})
}

// dashedRuleRe matches a rule of dashes indented under a table pandoc
// drew: runs of two dashes at least, as a heading's underline at the
// margin is not.
var dashedRuleRe = regexp.MustCompile(`^ +-{2,}(?: +-{2,})* *$`)

// The damage an edit of a Textile page's source (a Redmine wiki's) does
// to its tables: a header row written as a plain row, its cells without
// the "_." that marks them header cells, as a writer who copies a table
// from elsewhere leaves it; a row's closing pipe deleted, as an editor
// that trims a line's end leaves it, before the next row.
func init() {
	defects = append(defects, textileDefects...)
}

// textileHeaderMarkRe matches the mark of a header cell of Textile, with
// the pipe before it.
var textileHeaderMarkRe = regexp.MustCompile(`\|_\.[ \t]*`)

// textileLines are the lines of a Textile page that match is true of,
// each with the line after it.
func textileLines(p *scrapedPage, match func(l, next string) bool) []int {
	if p.style != "Textile" {
		return nil
	}
	var out []int
	for i := 0; i+1 < len(p.lines); i++ {
		if match(strings.TrimSpace(p.lines[i]), strings.TrimSpace(p.lines[i+1])) {
			out = append(out, i)
		}
	}
	return out
}

var textileDefects = []defect{
	{"Textile header cell marks lost", func(p *scrapedPage) []int {
		return textileLines(p, func(l, _ string) bool { return strings.HasPrefix(l, "|_.") })
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		lines[at] = textileHeaderMarkRe.ReplaceAllString(lines[at], "| ")
		return lines, at
	}},
	{"Textile row's closing pipe lost", func(p *scrapedPage) []int {
		return textileLines(p, func(l, next string) bool {
			return strings.HasPrefix(l, "|") && !strings.HasPrefix(l, "|_.") && strings.HasSuffix(l, "|") && strings.HasPrefix(next, "|")
		})
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		lines[at] = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(lines[at], " \t\r"), "|"), " \t")
		return lines, at
	}},
}

// The damage an edit of a page of ReadMe's legacy Markdown does to its
// blocks, where the page is kept as text (a docs sync's files, the body
// an API call takes): a block's closing line "[/block]" deleted; a comma
// between two members of a block's JSON deleted, which is malformed
// JSON; the cells of a parameters block written a column at a time, as
// a porter who types a table's columns one after the other leaves them
// (the page shows the same table).
func init() {
	defects = append(defects, readmeDefects...)
}

// readmeLines are the lines of a page of ReadMe's legacy Markdown that
// match is true of, trimmed.
func readmeLines(p *scrapedPage, match func(l string) bool) []int {
	if p.style != (readme.Style{}).String() {
		return nil
	}
	var out []int
	for i, l := range p.lines {
		if match(strings.TrimSpace(l)) {
			out = append(out, i)
		}
	}
	return out
}

// readmeCellRe matches a line of a parameters block's data that is one
// cell, "3-1": "Integer", with its key's row and column, and its value.
var readmeCellRe = regexp.MustCompile(`^(\s*)"(h|\d+)-(\d+)":\s*("(?:[^"\\]|\\.)*")\s*,?\s*$`)

// readmeData is the index of the first and after the last line of the
// cells of the parameters block that line at opens, when its data is
// written a cell a line; ok is false for any other block.
func readmeData(lines []string, at int) (from, to int, ok bool) {
	if strings.TrimSpace(lines[at]) != "[block:parameters]" {
		return 0, 0, false
	}
	for from = at + 1; from < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[from]), `"data": {`); from++ {
		if strings.TrimSpace(lines[from]) == "[/block]" {
			return 0, 0, false
		}
	}
	from++
	for to = from; to < len(lines) && readmeCellRe.MatchString(lines[to]); to++ {
	}
	return from, to, to > from+1 && to < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[to]), "}")
}

var readmeDefects = []defect{
	{"ReadMe block's closing line lost", func(p *scrapedPage) []int {
		return readmeLines(p, func(l string) bool { return l == "[/block]" })
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return slices.Delete(slices.Clone(lines), at, at+1), at
	}},
	{"ReadMe JSON member's comma lost", func(p *scrapedPage) []int {
		return readmeLines(p, func(l string) bool { return strings.HasPrefix(l, `"`) && strings.HasSuffix(l, `",`) })
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		lines[at] = strings.TrimSuffix(strings.TrimRight(lines[at], " \t\r"), ",")
		return lines, at
	}},
	{"ReadMe table's cells written a column at a time", func(p *scrapedPage) []int {
		var out []int
		for _, i := range readmeLines(p, func(l string) bool { return l == "[block:parameters]" }) {
			if _, _, ok := readmeData(p.lines, i); ok {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		from, to, _ := readmeData(lines, at)
		type cell struct {
			row, col int
			indent   string
			line     string
		}
		var cells []cell
		for _, l := range lines[from:to] {
			m := readmeCellRe.FindStringSubmatch(l)
			row := -1
			if m[2] != "h" {
				row, _ = strconv.Atoi(m[2])
			}
			col, _ := strconv.Atoi(m[3])
			cells = append(cells, cell{row, col, m[1], m[1] + `"` + m[2] + "-" + m[3] + `": ` + m[4]})
		}
		slices.SortStableFunc(cells, func(a, b cell) int {
			switch {
			case (a.row < 0) != (b.row < 0):
				return a.row - b.row // the header's cells first
			case a.col != b.col:
				return a.col - b.col
			}
			return a.row - b.row
		})
		lines = slices.Clone(lines)
		for k, c := range cells {
			lines[from+k] = c.line
			if k < len(cells)-1 {
				lines[from+k] += ","
			}
		}
		return lines, from
	}},
}

var hardWrapDefects = []defect{
	{"hard-wrapped page", func(p *scrapedPage) []int {
		if p.style == "html" || len(wrappedLines(p.lines, 0, len(p.lines))) == 0 {
			return nil
		}
		return []int{0}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		first := wrappedLines(lines, 0, len(lines))
		return hardWrap(lines, 0, len(lines)), first[0]
	}},
	{"hard-wrapped line", func(p *scrapedPage) []int {
		return wrappedLines(p.lines, 0, len(p.lines))
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return hardWrap(lines, at, at+1), at
	}},
	{"hard-wrapped row", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		var out []int
		for _, r := range p.rows(false) {
			if len(wrappedLines(p.lines, r, p.rowEnd(r))) > 0 {
				out = append(out, r)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		end := p.rowEnd(at)
		return hardWrap(lines, at, end), wrappedLines(lines, at, end)[0]
	}},
}

// rowEnd is the line after the last of the row at line i: the next line,
// or for one cell per line the line after its last cell.
func (p *scrapedPage) rowEnd(i int) int {
	if p.style == "cells" || p.style == "dense" {
		tb := tableOf(p, i)
		return i + tb.step*(tb.width-1) + 1
	}
	return i + 1
}

// wrappedLines are the lines from i to j (excluded) that a hard wrap at
// hardWrapWidth breaks.
func wrappedLines(lines []string, i, j int) []int {
	var out []int
	for k := i; k < j && k < len(lines); k++ {
		if len(hardWrapLine(lines[k], hardWrapWidth)) > 1 {
			out = append(out, k)
		}
	}
	return out
}

// hardWrap wraps the lines from i to j (excluded) at hardWrapWidth.
func hardWrap(lines []string, i, j int) []string {
	out := append([]string{}, lines[:i]...)
	for k := i; k < j && k < len(lines); k++ {
		out = append(out, hardWrapLine(lines[k], hardWrapWidth)...)
	}
	return append(out, lines[min(j, len(lines)):]...)
}

// hardWrapLine wraps a line as an editor wraps at a column: broken at its
// last space within the width (in the columns of a fixed-width font), the
// space dropped; a word longer than the width stands on a line of its
// own.
func hardWrapLine(l string, width int) []string {
	var out []string
	for _, w := range flowLine(l, width) {
		out = append(out, strings.TrimSuffix(w, " "))
	}
	return out
}

// answerBody finds the JSON object of the example answer whose status
// line is at i: the line it starts at, after the answer's header lines,
// and the line it ends at; -1 when the answer has none.
func answerBody(lines []string, i int) (start, end int) {
	j := i + 1
	for j < len(lines) && headerLineRe.MatchString(strings.TrimSpace(lines[j])) {
		j++
	}
	for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		j++
	}
	if j == len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[j]), "{") {
		return -1, -1
	}
	return j, jsonEnd(lines, j)
}

// jsonEnd is the line where the JSON object that starts at line i ends,
// by its braces, outside strings; the last line when it does not end.
func jsonEnd(lines []string, i int) int {
	depth, inString := 0, false
	for j := i; j < len(lines); j++ {
		l := lines[j]
		for k := 0; k < len(l); k++ {
			switch c := l[k]; {
			case inString && c == '\\':
				k++
			case c == '"':
				inString = !inString
			case !inString && (c == '{' || c == '['):
				depth++
			case !inString && (c == '}' || c == ']'):
				depth--
				if depth == 0 {
					return j
				}
			}
		}
	}
	return len(lines) - 1
}

// inTable reports whether line i is a line of a table: of its header or
// its rows, whose cells, on a page of one cell per line, are lines of
// their own.
func (p *scrapedPage) inTable(i int) bool {
	for _, tb := range p.tables {
		span := max(2*tb.width, 1)
		if i >= tb.header && i < tb.header+2*span {
			return true
		}
		for _, r := range tb.rows {
			if i >= r && i < r+span {
				return true
			}
		}
	}
	return false
}

// emphasisMarks are the Markdown marks a scrape leaves around cells,
// one per cell in turn, and htmlEmphasis the HTML elements.
var (
	emphasisMarks = []string{"**", "`", "__", "*"}
	htmlEmphasis  = []string{"strong", "code", "b", "em"}
	tdRe          = regexp.MustCompile(`^(\s*<td[^>]*>)(.*)(</td>\s*)$`)
	thRe          = regexp.MustCompile(`<th[^>]*>([^<]*)</th>`)
	// detailCodeHeadRe matches the header cell of a code table's detail
	// code column, after the status code's.
	detailCodeHeadRe = regexp.MustCompile(`(Http response code(\W+))detail_code`)
	codeRowRe        = regexp.MustCompile(`^(\s*\|?\s*)([1-5]\d\d)\s*(\|\s*-?\d+\s*\|)`)
)

// reflowedRow is a row of cells joined by pipes, without outer pipes, as
// edbrowse writes one, its last cell's text reflowed at about 40 columns
// over the lines under the row, none with a pipe.
func reflowedRow(cells []string) string {
	line := strings.Join(cells, "|")
	last := strings.Fields(cells[len(cells)-1])
	if len(line) <= 60 || len(last) < 2 {
		return line
	}
	head := strings.Join(cells[:len(cells)-1], "|") + "|" + last[0]
	out := []string{head}
	cur := ""
	for _, w := range last[1:] {
		if cur != "" && len(cur)+1+len(w) > 40 {
			out = append(out, cur)
			cur = ""
		}
		cur = strings.TrimSpace(cur + " " + w)
	}
	return strings.Join(append(out, cur), "\n")
}

// pipeTablePage// pipeTablePage places a page-wide damage on the first table of a page of
// pipes: a scrape writes every table of the page the same way.
// pipeHeaders are the header rows of the tables of a page of pipes.
func pipeHeaders(p *scrapedPage) []int {
	if p.style != "markdown" && p.style != "pipes" {
		return nil
	}
	var out []int
	for _, tb := range p.tables {
		out = append(out, tb.header)
	}
	return out
}

func pipeTablePage(p *scrapedPage) []int {
	if (p.style != "markdown" && p.style != "pipes") || len(p.tables) == 0 {
		return nil
	}
	return []int{p.tables[0].header}
}

// pipeParts splits a row of pipes at its pipes that are not escaped nor
// in a code span: its cells, and the outer pipes it has.
func pipeParts(l string) (cells []string, lead, closed string) {
	t := strings.TrimSpace(l)
	if strings.HasPrefix(t, "|") {
		t, lead = t[1:], "|"
	}
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) {
		t, closed = t[:len(t)-1], "|"
	}
	start, code := 0, false
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\' && i+1 < len(t):
			i++
		case t[i] == '`':
			code = !code
		case t[i] == '|' && !code:
			cells = append(cells, t[start:i])
			start = i + 1
		}
	}
	return append(cells, t[start:]), lead, closed
}

// rewriteTables writes the header and rows of every table of the page
// with row, from their cells without the outer pipes, and drops the
// rulers.
func (p *scrapedPage) rewriteTables(lines []string, row func(cells []string) string) []string {
	rows, rulers := map[int]bool{}, map[int]bool{}
	for _, tb := range p.tables {
		rows[tb.header] = true
		rulers[tb.header+1] = rulerRe.MatchString(strings.TrimSpace(lines[tb.header+1]))
		for _, r := range tb.rows {
			rows[r] = true
		}
	}
	var out []string
	for i, l := range lines {
		switch {
		case rulers[i]:
		case rows[i]:
			cells, _, _ := pipeParts(l)
			for k, c := range cells {
				cells[k] = strings.TrimSpace(c)
			}
			out = append(out, row(cells))
		default:
			out = append(out, l)
		}
	}
	return out
}

// rowName is the field name a row of a typed table starts with.
func rowName(p *scrapedPage, r int) string {
	l := strings.TrimSpace(p.lines[r])
	switch p.style {
	case "html":
		cells := p.htmlCells(r)
		if len(cells) == 0 {
			return ""
		}
		l = strings.TrimSpace(p.lines[cells[0]])
		l = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(l, "<td>"), "<code>"), "</td>")
		return strings.TrimSuffix(l, "</code>")
	case "markdown":
		cells := strings.Split(l, "|")
		if len(cells) < 3 {
			return ""
		}
		return strings.TrimSpace(cells[1])
	case "pipes":
		name, _, _ := strings.Cut(l, "|")
		return strings.TrimSpace(name)
	case "cells", "dense":
		return l
	}
	// A flattened row: the name runs until the primitive type that
	// follows it; rows of other types are left alone.
	if m := flatPrimRe.FindStringIndex(l); m != nil && unicode.IsLower(rune(l[0])) {
		return l[:m[0]+1]
	}
	return ""
}

// flatRows are the rows of flattened pages whose name runs until their
// primitive type.
func flatRows(p *scrapedPage) []int {
	var out []int
	for _, r := range p.rows(true) {
		if p.style == "flattened" && rowName(p, r) != "" {
			out = append(out, r)
		}
	}
	return out
}

// gapAtBoundary puts space between two cells of a flattened row, where a
// scraper kept what separated them: at name|type, type|required or
// required|description, in turn from row to row. A type that lists its
// values ("string in ios | android") ends where its last value runs into
// the next cell, which is not told here: its row gets the space after its
// name only.
func gapAtBoundary(space string) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		l := lines[at]
		n := len(rowName(p, at))
		typ := flatTypeRe.FindString(l[n:])
		cuts := []int{n}
		if !strings.HasPrefix(l[n+len(typ):], " in ") {
			cuts = append(cuts, n+len(typ))
		}
		for _, w := range []string{"true", "false"} {
			if len(cuts) > 1 && strings.HasPrefix(l[n+len(typ):], w) {
				cuts = append(cuts, n+len(typ)+len(w))
			}
		}
		c := cuts[at%len(cuts)]
		lines[at] = l[:c] + space + l[c:]
		return lines, at
	}
}

// laterRows is every row but the first of each table.
func laterRows(p *scrapedPage) []int {
	var out []int
	for _, tb := range p.tables {
		if len(tb.rows) > 1 {
			out = append(out, tb.rows[1:]...)
		}
	}
	return out
}

// loseTypeCell drops the type cell of the row at line at, as a scrape
// loses it: in flattened text, the type run into the name.
func loseTypeCell(p *scrapedPage, lines []string, at int) ([]string, int) {
	lines = append([]string{}, lines...)
	switch p.style {
	case "html":
		cells := p.htmlCells(at)
		if len(cells) < 2 {
			return lines, at
		}
		return append(lines[:cells[1]], lines[cells[1]+1:]...), at
	case "markdown":
		cells := strings.SplitN(lines[at], "|", 4)
		if len(cells) == 4 {
			lines[at] = cells[0] + "|" + cells[1] + "|" + cells[3]
		}
		return lines, at
	case "pipes":
		cells := strings.SplitN(lines[at], "|", 3)
		if len(cells) == 3 {
			lines[at] = cells[0] + "|" + cells[2]
		}
		return lines, at
	case "cells", "dense":
		step := tableOf(p, at).step
		return append(lines[:at+step], lines[at+2*step:]...), at
	}
	n := rowName(p, at)
	rest := lines[at][len(n):]
	if m := flatTypeRe.FindString(rest); m != "" {
		rest = rest[len(m):]
		if v := flatValuesRe.FindStringSubmatch(rest); v != nil {
			rest = rest[len(v[1]):]
		}
		lines[at] = n + rest
	}
	return lines, at
}

// repeatedRows are the rows of tables with a Type column whose name
// another such row of the page has, whose type a lost type cell is
// recovered from.
func repeatedRows(p *scrapedPage) []int {
	names := map[string][]int{}
	for _, r := range p.rows(true) {
		if n := rowName(p, r); n != "" {
			names[n] = append(names[n], r)
		}
	}
	var out []int
	for _, rs := range names {
		if len(rs) > 1 {
			out = append(out, rs...)
		}
	}
	sort.Ints(out)
	return out
}

// describeIn begins the description of the row at line at with a
// capitalised word and "in" ("Kept in the log."), as descriptions of
// quantities and lists do ("Offsets in cents, one per string"): next to
// an empty or lost type cell, the text reads as a type of listed values
// ("string in a | b") named by its first word, unless it lists none.
func describeIn(p *scrapedPage, lines []string, at int) []string {
	line, start := p.lastCell(lines, at)
	l := lines[line]
	start += len(l[start:]) - len(strings.TrimLeft(l[start:], " \t"))
	lines = append([]string{}, lines...)
	lines[line] = l[:start] + "Kept in the log. " + l[start:]
	return lines
}

// camelRows are the rows whose name ends in a capitalised word
// ("joinPolicy"): without its type cell, in flattened text, the word
// reads as a type name.
func camelRows(p *scrapedPage) []int {
	var out []int
	for _, r := range p.rows(true) {
		if camelNameRe.MatchString(rowName(p, r)) {
			out = append(out, r)
		}
	}
	return out
}

func tableOf(p *scrapedPage, row int) scrapedTable {
	for _, tb := range p.tables {
		for _, r := range tb.rows {
			if r == row {
				return tb
			}
		}
	}
	panic("row outside the tables")
}

// sectionTitleRe matches a section title of a page of an API whose HTTP
// status codes carry the outcome, as a line, a Markdown heading or an
// HTML heading; koreanTitle is each title as the Korean wiki writes it.
var (
	sectionTitleRe = regexp.MustCompile(`^(#{1,6} |<h[1-6][^>]*>)?(Description|Method|Request Headers|Request Body|Request Parameters|Response Status Codes?|Response Body|Example Request|Example Responses?)(</h[1-6]>)?$`)
	httpStatusRe   = regexp.MustCompile(`^HTTP/[0-9.]+ [1-5][0-9][0-9]`)
	// nearTitle are titles of the other words sites use for a section.
	nearTitle = map[string][]string{
		"Request Parameters": {"Input Parameters", "Request Arguments"},
		"Response Body":      {"Result Fields", "Output", "Returned Members", "Response Properties"},
	}
	koreanTitle = map[string]string{
		"Description": "설명", "Method": "메서드", "Request Headers": "요청 헤더", "Request Body": "요청 본문",
		"Request Parameters": "요청 파라미터", "Response Status Code": "응답 상태 코드", "Response Status Codes": "응답 상태 코드",
		"Response Body": "응답 본문", "Example Request": "요청 예시", "Example Response": "응답 예시", "Example Responses": "응답 예시",
	}
)

// gearnTitleRe matches the title of a part of a GearN page, as a line, a
// Markdown heading or an HTML heading (with its anchor); gearnSynonyms
// are, for each, titles other sites write for the same part, none of
// them the wiki's.
var (
	gearnTitleRe  = regexp.MustCompile(`^(\s*(?:#{1,6} |<h[1-6][^>]*>(?:<a [^>]*>#</a>)?|={1,6} |h[1-6]\. |\*{1,6} |\.)?)(Request Headers|Request Body|Request Parameters|Query Parameters|Parameters|Response Body)((?:</h[1-6]>| =+)?\s*)$`)
	gearnSynonyms = map[string][]string{
		"Request Headers":    {"HTTP Headers", "Header Parameters", "Headers", "REQUEST HEADERS", "1. Request headers", "Request Headers:", "Request Headers (요청 헤더)"},
		"Request Body":       {"Body Parameters", "Body", "Payload", "Request Payload", "2. Request body", "REQUEST BODY:", "Request Body (요청 본문)"},
		"Request Parameters": {"Request Fields", "Input Parameters", "Arguments", "PARAMETERS", "2. Request parameters"},
		"Parameters":         {"Request Fields", "Request Parameters:", "Params", "2) Parameters"},
		"Query Parameters":   {"Query", "Query String", "URL Parameters", "3. Query parameters"},
		"Response Body":      {"Returns", "Result", "Response Fields", "Response", "RESPONSE BODY", "Response Body (응답 본문)"},
	}
)

// gearnTitles lists the titles of the parts of a GearN page (one without
// an HTTP status line: a page of an API whose HTTP status carries the
// outcome titles its own, which sectionTitles lists).
func gearnTitles(p *scrapedPage) []int {
	if len(linesMatching(p, httpStatusRe)) > 0 {
		return nil
	}
	var out []int
	for _, i := range linesMatching(p, gearnTitleRe) {
		// A title underlined (Setext, reStructuredText, AsciiDoc's
		// two-line titles) is as long as its underline: other words
		// would break it.
		if i+1 < len(p.lines) && underlineRe.MatchString(strings.TrimSpace(p.lines[i+1])) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// underlineRe matches a line that underlines a title.
var underlineRe = regexp.MustCompile(`^(?:=+|-+|~+|\^+|\++|\*+|#+)$`)

// sectionTitles lists the section titles of a page with example answers
// (an HTTP-status API's); with tables, only those a table follows.
func sectionTitles(p *scrapedPage, tables bool) []int {
	if len(linesMatching(p, httpStatusRe)) == 0 {
		return nil
	}
	var out []int
	for _, i := range linesMatching(p, sectionTitleRe) {
		if !tables || p.tableAfter(i) {
			out = append(out, i)
		}
	}
	return out
}

// inHeader reports whether line i is a cell of a table's header row, in
// a page of one cell per line, printed once or twice.
func (p *scrapedPage) inHeader(i int) bool {
	for _, tb := range p.tables {
		if tb.step > 0 && i >= tb.header && i < tb.header+2*tb.width*tb.step {
			return true
		}
	}
	return false
}

// tableAfter reports whether a table's header starts within the two
// lines after line i.
func (p *scrapedPage) tableAfter(i int) bool {
	for _, tb := range p.tables {
		if tb.header > i && tb.header <= i+2 {
			return true
		}
	}
	return false
}

// sourceText is a line as a scrape copying a page's source leaves it:
// its markup characters as named or numeric references, its first space
// as &nbsp; and its first letter as a hexadecimal reference.
func sourceText(l string) string {
	var b strings.Builder
	letter, space := false, false
	for _, r := range l {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&#39;")
		case r == ' ' && !space:
			b.WriteString("&nbsp;")
			space = true
		case (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') && !letter:
			fmt.Fprintf(&b, "&#x%X;", r)
			letter = true
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// gearnEndpointLines are the endpoint lines of a GearN page, one that
// heads sections with roles.
func gearnEndpointLines(p *scrapedPage) []int {
	if !slices.ContainsFunc(p.lines, isRole) {
		return nil
	}
	return linesMatching(p, endpointLineRe)
}

// exampleAfterTables adds after the page's tables an example request of
// the endpoint whose line is at at, under an example's title or not, in
// the page's style: its request line, with its HTTP version, and a
// header.
func exampleAfterTables(titled bool) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		m := endpointLineRe.FindStringSubmatch(lines[at])
		request := m[1] + " " + m[2] + " HTTP/1.1"
		title, example := "Example Request", []string{"http", request, "Host: api.gearn.io"}
		end := len(lines)
		switch p.style {
		case "html":
			title, example = "<h3>Example Request</h3>", []string{"<pre><code>" + request, "Host: api.gearn.io</code></pre>"}
			if i := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "</main>") || strings.Contains(l, "</body>") }); i >= 0 {
				end = i
			}
		case "markdown":
			title, example = "### Example Request", []string{"", "```http", request, "Host: api.gearn.io", "```"}
		}
		if titled {
			example = append([]string{title}, example...)
		}
		return insertLines(lines, end, example...), end + slices.IndexFunc(example, func(l string) bool { return strings.Contains(l, request) })
	}
}

// headingLines are the lines of a page that are headings: of a section,
// a type, a role.
func headingLines(p *scrapedPage) []int {
	var out []int
	for i, l := range p.lines {
		if t := strings.TrimSpace(l); t != "" && !flatHeaderRe.MatchString(t) && (headingRe.MatchString(t) || isRole(t)) {
			out = append(out, i)
		}
	}
	return out
}

// htmlHeadingLevelRe matches an HTML heading's tag, with its level.
var htmlHeadingLevelRe = regexp.MustCompile(`^<h([1-6])`)

// escapable are the characters of the corpus' rows that a Markdown
// writer may escape with a backslash.
const escapable = ".()[]_-:<>*#"

// seeNameRe matches a cross reference, the name it refers to.
var seeNameRe = regexp.MustCompile(`\bSee ([A-Z][A-Za-z0-9_.]*[A-Za-z0-9_])`)

var (
	// bigBoundRe is a constraint in parentheses with a number of four
	// digits at least, and bigNumberRe such a number.
	bigBoundRe  = regexp.MustCompile(`\((?:from |between |up to )?-?\d+(?: (?:-|to|and) -?\d+)?(?: characters| elements)?\)`)
	bigNumberRe = regexp.MustCompile(`\d{4,}`)
)

// firstCell puts a cell before the first cell of a row of pipes, as a
// wiki's numbered rows do: after its leading pipe, or before its first
// cell when it has none.
func firstCell(l, c string) string {
	if t := strings.TrimLeft(l, " "); strings.HasPrefix(t, "|") {
		i := strings.Index(l, "|")
		return l[:i+1] + " " + c + " |" + l[i+1:]
	}
	return c + " | " + l
}

// namedValueRe matches a row of pipes whose last cell gives a header's
// value after its name ("Authorization | String | Y | Authorization:
// KakaoAK {ADMIN_KEY} |"): the name of the first cell, and that of the
// last, before its colon.
var namedValueRe = regexp.MustCompile(`^\|?\s*([A-Za-z][\w-]*)\s*\|.*\|\s*([A-Za-z][\w-]*):\s`)

func linesMatching(p *scrapedPage, re *regexp.Regexp) []int {
	var out []int
	for i, l := range p.lines {
		if re.MatchString(l) {
			out = append(out, i)
		}
	}
	return out
}

func htmlOnly(p *scrapedPage, places []int) []int {
	if p.style != "html" {
		return nil
	}
	return places
}

// sample is where a defect is applied: every place, one at a time, and
// every three consecutive places at once; in the bounded run, the first,
// middle and last place, and those three at once.
func sample(places []int, all bool) [][]int {
	var out [][]int
	if all {
		for _, p := range places {
			out = append(out, []int{p})
		}
		for i := 0; i+3 <= len(places); i += 3 {
			out = append(out, places[i:i+3])
		}
		return out
	}
	if len(places) == 0 {
		return nil
	}
	picked := []int{places[0]}
	if len(places) > 2 {
		picked = append(picked, places[len(places)/2])
	}
	if len(places) > 1 {
		picked = append(picked, places[len(places)-1])
	}
	for _, p := range picked {
		out = append(out, []int{p})
	}
	if len(picked) > 1 {
		out = append(out, picked)
	}
	return out
}

// outcome is what a parse of a damaged page gave.
type outcome int

const (
	recovered   outcome = iota // the clean page's facts, and a warning more
	readThrough                // the clean page's facts, and no warning more: the damage needs none (CRLF, an entity)
	refused                    // a located error at or next to the damage
	warned                     // other facts, with a warning
	silent                     // other facts and no warning
	elsewhere                  // an error, but none at or next to the damage
)

// TestMutations damages each page of the golden cases that parse (the
// last page of each case) with each defect class, at each place it can
// occur, one at a time and a few at once, and parses the case again: the
// facts the fact scorer counts must be the clean page's, or the parse must
// fail with an error at (or next to) a damaged line. Descriptions are not
// compared: some defects change their text on purpose. With -v it prints
// the numbers per class; -mutate.all applies every place (make mutate).
func TestMutations(t *testing.T) {
	lists, err := filepath.Glob("../testdata/parse/[0-9]*/pages")
	if err != nil || len(lists) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	// The pages of the API whose HTTP status codes carry the outcome.
	lists = append(lists, "../testdata/parse/kakao/pages", "../testdata/parse/kakao-several/pages", "../testdata/parse/status-markdown/pages", "../testdata/parse/kakao-cells/pages", "../testdata/parse/kakao-dense/pages")
	// GearN GET pages with a plain answer, in each style.
	lists = append(lists, "../testdata/parse/gearn-request-params-txt/pages", "../testdata/parse/gearn-request-params-md/pages", "../testdata/parse/gearn-request-params-html/pages")
	// A Markdown page that holds other block forms: HTML blocks, block
	// quotes, a table in a list item, Setext headings, front matter.
	lists = append(lists, "../testdata/parse/md-other-blocks-gearn/pages")
	// holes counts the refusals of one damage of a rescuable class whose
	// only errors are holes, each rescued by the entries it prints.
	classRe, err := regexp.Compile(*mutateClass)
	if err != nil {
		t.Fatalf("-mutate.class: %v", err)
	}
	type count struct{ pages, mutations, recovered, readThrough, refused, elsewhere, warned, silent, holes int }
	counts := map[string]*count{}
	silentPairs, invalidPairs := map[[2]string]string{}, map[[2]string]string{}
	// damage applies a defect to page k of a case, at each place the
	// sample picks, and counts what the parse of the damaged case gives.
	damage := func(d defect, pages []parser.Page, k int, page *scrapedPage, clean *parser.Result, want []string) {
		c := counts[d.class]
		if c == nil {
			c = &count{}
			counts[d.class] = c
		}
		groups := sample(d.places(page), *mutateAll)
		if len(groups) > 0 {
			c.pages++
		}
		name := pages[k].Name
		for _, g := range groups {
			lines, at := page.lines, []int{}
			for i := len(g) - 1; i >= 0; i-- {
				before := len(lines)
				var l int
				lines, l = d.apply(page, lines, g[i])
				for k := range at {
					at[k] += len(lines) - before
				}
				at = append(at, l)
			}
			damaged := slices.Clone(pages)
			damaged[k] = parser.Page{Name: name, Data: []byte(strings.Join(lines, "\n"))}
			res, err := parser.ParseChecking(damaged, parser.Options{Name: "x"}, validating(func(ds schema.Diagnostics) {
				key := [2]string{d.class, page.style}
				if _, ok := invalidPairs[key]; !ok {
					invalidPairs[key] = fmt.Sprintf("%s:%d: %v", name, at[0]+1, ds)
				}
			}))
			c.mutations++
			o := judge(want, clean.Warnings, res, err, name, at)
			// A refusal with holes only must be rescued by the entries
			// it prints; with one damage at a time, so that a known
			// silent defect elsewhere does not count against them. A
			// damage that leaves a table without its type (a table's
			// hole, whose entry a parse of its own takes) lost more
			// than the one fact of one field of these classes: it is
			// refused, and not rescued by fixes.
			if o == refused && res.API != nil && len(g) == 1 && rescuable[d.class] && !slices.ContainsFunc(res.Holes, func(h schema.Hole) bool { return h.Fact == schema.FactTable }) {
				c.holes++
				// The section a table whose title the damage made
				// unknown documents is the one the title named.
				section := ""
				if m := sectionTitleRe.FindStringSubmatch(page.lines[g[0]]); m != nil && strings.HasPrefix(d.class, "section title unknown") {
					section = strings.ToLower(m[2])
				}
				if problem := rescue(clean.API, res, want, damaged, section); problem != "" {
					t.Errorf("%s in %s:%d: the entries the holes print, filled with the clean page's values, %s", d.class, name, at[0]+1, problem)
				}
			}
			switch o {
			case recovered:
				c.recovered++
			case readThrough:
				c.readThrough++
			case refused:
				c.refused++
			case elsewhere:
				c.elsewhere++
			case warned:
				c.warned++
				if noShift[d.class] && !sameBySegment(want, factLines(res.API)) {
					t.Errorf("%s in %s:%d: other facts, with a warning: %s", d.class, name, at[0]+1, firstDifference(want, res, err))
				}
			case silent:
				c.silent++
				key := [2]string{d.class, page.style}
				if _, ok := silentPairs[key]; !ok {
					silentPairs[key] = fmt.Sprintf("%s:%d %q: %s", name, at[0]+1, lines[at[0]], firstDifference(want, res, err))
				}
			}
		}
	}
	seen := map[string]bool{}
	for _, list := range lists {
		dir := filepath.Dir(list)
		if _, err := os.Stat(filepath.Join(dir, "schema.yaml")); err != nil {
			continue
		}
		seen[filepath.Clean(dir)] = true
		pages := parser.CasePages(t, dir)
		clean, err := parser.ParseChecking(pages, parser.Options{Name: "x"}, validated(t, dir))
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		want := factLines(clean.API)
		last := len(pages) - 1
		page := readScrapedPage(pages[last].Name, pages[last].Data)
		for _, d := range defects {
			if classRe.MatchString(d.class) {
				damage(d, pages, last, page, clean, want)
			}
		}
	}
	// The defects of any text page (everyStyle) are applied to each text
	// page of the other golden cases and of the facts corpus, whose style
	// is the one the parser reads them in.
	others, err := filepath.Glob("../testdata/parse/*/pages")
	if err != nil {
		t.Fatal(err)
	}
	facts, err := filepath.Glob("../testdata/facts/*/pages")
	if err != nil {
		t.Fatal(err)
	}
	for _, list := range append(others, facts...) {
		dir := filepath.Dir(list)
		if seen[filepath.Clean(dir)] {
			continue
		}
		pages := parser.CasePages(t, dir)
		clean, err := parser.Parse(pages, parser.Options{Name: "x"})
		if err != nil {
			continue // a case refused whole: its damage is its own
		}
		want := factLines(clean.API)
		for k, pg := range pages {
			if strings.HasSuffix(pg.Name, ".html") || strings.HasSuffix(pg.Name, ".htm") {
				continue
			}
			page := &scrapedPage{name: pg.Name, style: parser.StyleOf(pg.Data), lines: strings.Split(string(pg.Data), "\n")}
			for _, d := range defects {
				if everyStyle[d.class] && classRe.MatchString(d.class) {
					damage(d, pages, k, page, clean, want)
				}
			}
		}
	}
	t.Logf("%-34s %5s %9s %9s %12s %7s %9s %6s %6s %6s", "class", "pages", "mutations", "recovered", "read through", "refused", "elsewhere", "warned", "silent", "holes")
	var classes []string
	for c := range counts {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	for _, cl := range classes {
		c := counts[cl]
		t.Logf("%-34s %5d %9d %9d %12d %7d %9d %6d %6d %6d", cl, c.pages, c.mutations, c.recovered, c.readThrough, c.refused, c.elsewhere, c.warned, c.silent, c.holes)
	}
	checkKnown(t, silentPairs, knownSilent, "knownSilent", "changes the schema silently")
	checkKnown(t, invalidPairs, knownInvalid, "knownInvalid", "makes the reader return a schema that fails its validation")
}

// checkKnown fails the test for each (defect class, style) pair seen,
// with where it was first seen, that is not known, and for each known
// pair that the run should have seen and did not (of a class the run
// applied, -mutate.class): the list only shrinks.
func checkKnown(t *testing.T, seen map[[2]string]string, known map[[2]string]knownDefect, list, what string) {
	t.Helper()
	applied := regexp.MustCompile(*mutateClass)
	var keys [][2]string
	for k := range seen {
		keys = append(keys, k)
	}
	for k := range known {
		if _, ok := seen[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1] })
	for _, k := range keys {
		kd, isKnown := known[k]
		where, now := seen[k]
		switch {
		case now && !isKnown:
			t.Errorf("%s in %s pages %s (first: %s); not a known defect", k[0], k[1], what, where)
		case isKnown && !now && (kd.sampled || *mutateAll) && applied.MatchString(k[0]):
			t.Errorf("%s in %s pages no longer %s (%s): remove it from %s", k[0], k[1], what, kd.reason, list)
		}
	}
}

// validated is the check of a parse of what what names that fails the
// test when the schema the pages' protocol read does not pass
// schema.Validate: a reader returns a valid schema, or errors located at
// the pages, whatever the pages hold.
func validated(t *testing.T, what string) func(*schema.API, string) schema.Diagnostics {
	return validating(func(d schema.Diagnostics) { t.Errorf("%s: the schema read fails its validation: %v", what, d) })
}

// validating is the check of a parse that calls invalid with what
// schema.Validate finds wrong in the schema the pages' protocol read.
func validating(invalid func(schema.Diagnostics)) func(*schema.API, string) schema.Diagnostics {
	return func(api *schema.API, file string) schema.Diagnostics {
		d := schema.Validate(api, file)
		if len(d) > 0 {
			invalid(d)
		}
		return d
	}
}

// rescue fills the holes of a refused parse as a user would: it pastes
// the entry each hole prints into an overrides file, its placeholder
// replaced by what the clean schema has at the hole's place (the field of
// the same index in the same type or request), and applies the file. It
// says what goes wrong, or "" when the schema then has the clean facts.
// A table's section hole is filled with section, the section the
// damaged title named, and its tables: entry is given to a parse of the
// damaged pages, as the user's next parse takes it.
func rescue(clean *schema.API, res *parser.Result, want []string, damaged []parser.Page, section string) string {
	tables := ""
	for _, h := range res.Holes {
		if h.Fact == schema.FactSection {
			tables += strings.Replace(h.Entry(), h.Placeholder(), section, 1)
		}
	}
	if tables != "" {
		f, err := overrides.Load("fixes.yaml", []byte("tables:\n"+tables))
		if err != nil {
			return fmt.Sprintf("do not load: %v\n%s", err, tables)
		}
		res, err := parser.Parse(damaged, parser.Options{Name: "x", Tables: f.TableTypes()})
		if err != nil {
			return fmt.Sprintf("do not rescue the page: %v\n%s", err, tables)
		}
		if got := factLines(res.API); strings.Join(got, "\n") != strings.Join(want, "\n") {
			return fmt.Sprintf("give other facts than the clean page's: %s\n%s", firstDifference(want, res, nil), tables)
		}
		return ""
	}
	fixes := "fixes:\n"
	for _, h := range res.Holes {
		got, ref := fieldLists(res.API, h.Target), fieldLists(clean, h.Target)
		i := slices.Index(got, h.Field)
		if i < 0 || i >= len(ref) {
			return fmt.Sprintf("cannot be filled: the clean schema has no field at the place of the hole at %v", h.At)
		}
		value := ref[i].Name
		if h.Fact == schema.FactRequired {
			value = strconv.FormatBool(ref[i].Required)
		}
		if h.Fact == schema.FactType {
			value = ref[i].Type
			if ref[i].Array {
				value += "[]"
			}
		}
		fixes += strings.Replace(h.Entry(), h.Placeholder(), value, 1)
		if h.Fact == schema.FactType && len(ref[i].Values) > 0 {
			// The type cell ("string in set | add | max") held the values.
			fixes += "    values: [" + strings.Join(ref[i].Values, ", ") + "]\n"
		}
	}
	f, err := overrides.Load("fixes.yaml", []byte(fixes))
	if err != nil {
		return fmt.Sprintf("do not load: %v\n%s", err, fixes)
	}
	if _, err := f.Apply(res.API, res.Holes); err != nil {
		return fmt.Sprintf("do not apply: %v\n%s", err, fixes)
	}
	if got := factLines(res.API); strings.Join(got, "\n") != strings.Join(want, "\n") {
		return fmt.Sprintf("give other facts than the clean page's: %s\n%s", firstDifference(want, res, nil), fixes)
	}
	return ""
}

// fieldLists are the fields a hole's target names in api: an object
// type's, or those of each endpoint of the operation for the role.
func fieldLists(api *schema.API, t schema.Target) []*schema.Field {
	if t.Object != "" {
		if ty := api.TypeByName(t.Object); ty != nil {
			return ty.Fields
		}
		return nil
	}
	var out []*schema.Field
	for _, op := range api.Operations {
		if op.Name != t.Operation && op.Group+"/"+op.Name != t.Operation {
			continue
		}
		for _, ep := range op.Endpoints {
			switch {
			case t.Role != "" && ep.Role != t.Role:
			case t.In == "query":
				out = append(out, ep.Query...)
			default:
				out = append(out, ep.Body...)
			}
		}
	}
	return out
}

// judge tells what a parse of a damaged page gave, against the clean
// page's facts and warnings; at is the damaged lines (0-based). A parse
// warns of the damage when it has more warnings than the clean page's,
// or a warning at or next to a damaged line that the clean page's parse
// has not, its numbers aside (lines shift as the damage adds or removes
// some): one that replaces a warning of the clean page (of a type
// inferred from the example the damage emptied) is reported all the same.
func judge(want []string, clean schema.Diagnostics, res *parser.Result, err error, page string, at []int) outcome {
	near := func(p schema.Pos) bool {
		for _, l := range at {
			if p.Page == page && p.Line >= l-2 && p.Line <= l+7 {
				return true
			}
		}
		return false
	}
	if err != nil {
		ds, _ := err.(schema.Diagnostics)
		for _, d := range ds {
			if near(d.Pos) {
				return refused
			}
		}
		return elsewhere
	}
	seen := map[string]bool{}
	for _, w := range clean {
		seen[numberRe.ReplaceAllString(w.Msg, "#")] = true
	}
	more := len(res.Warnings) > len(clean)
	for _, w := range res.Warnings {
		more = more || near(w.Pos) && !seen[numberRe.ReplaceAllString(w.Msg, "#")]
	}
	got := factLines(res.API)
	switch {
	case strings.Join(got, "\n") == strings.Join(want, "\n") && more:
		return recovered
	case strings.Join(got, "\n") == strings.Join(want, "\n"):
		return readThrough
	case more:
		return warned
	}
	return silent
}

// firstDifference describes the first fact of a parse that is not the
// clean page's, or its error.
func firstDifference(want []string, res *parser.Result, err error) string {
	if err != nil {
		return "error " + err.Error()
	}
	got := factLines(res.API)
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("%q instead of %q", got[i], want[i])
		}
	}
	return fmt.Sprintf("%d facts instead of %d", len(got), len(want))
}

// factLines is the facts of a schema, sorted, as "key = value" lines.
func factLines(api *schema.API) []string {
	var out []string
	for _, f := range apiFacts(api) {
		out = append(out, f.key+" = "+f.value)
	}
	sort.Strings(out)
	return out
}

// pageOperation is the operation of a GearN page's first endpoint line, the
// last segment of its path; "" on a page with none.
func pageOperation(lines []string) string {
	for _, l := range lines {
		if m := endpointLineRe.FindStringSubmatch(l); m != nil {
			return m[2][strings.LastIndexByte(m[2], '/')+1:]
		}
	}
	return ""
}

// markdownTableRows returns the indexes of the rows of a Markdown page's
// tables, outside code fences and rulers aside, that keep holds of (the
// row trimmed); none for a page of another style.
func markdownTableRows(p *scrapedPage, keep func(row string) bool) []int {
	if p.style != "markdown" && p.style != "Markdown" {
		return nil
	}
	var out []int
	code := false
	for i, l := range p.lines {
		t := strings.TrimSpace(l)
		if pages.IsFence(t) {
			code = !code
		}
		if !code && strings.HasPrefix(t, "|") && !pages.IsRuler(t) && keep(t) {
			out = append(out, i)
		}
	}
	return out
}

// A cell's text in several paragraphs (<p>s in an HTML cell), as a
// converter that writes each paragraph as a block of its own sets it:
// blank lines around each paragraph, the row's other cells on its line
// and the cell's paragraphs under it, the next row right after them
// (go-readability's RenderText and a browser's innerText with tabs
// between the cells, html2markdown under a row of pipes that does not
// close; godown under one that does, its closing pipe after the last
// paragraph; an HTML page keeps the <p>s in the cell). The cell is split
// at its sentences, one paragraph each. Applied at each row but the last
// of its table whose last cell holds text: the row's cell is read whole
// with a warning, or the row refused at its line, never read short.
func init() {
	defects = append(defects,
		defect{"a cell's text in several paragraphs (blank lines inside a cell)", func(p *scrapedPage) []int {
			var out []int
			for _, r := range breakPlaces("markdown", "pipes", "html")(p) {
				if line, start := p.lastCell(p.lines, r); lastCellText(p, p.lines[line][start:]) != "" {
					out = append(out, r)
				}
			}
			return out
		}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
			line, start := p.lastCell(lines, at)
			l := lines[line]
			paras := sentences(lastCellText(p, l[start:]))
			if p.style == "html" {
				end := strings.LastIndex(l, "</td>")
				return slices.Concat(lines[:line], []string{l[:start] + "<p>" + strings.Join(paras, "</p><p>") + "</p>" + l[end:]}, lines[line+1:]), line
			}
			cells, lead, closed := pipeParts(l)
			row := lead + strings.Join(cells[:len(cells)-1], "|") + closed
			below := paragraphLines(paras)
			if closed != "" {
				below[len(below)-1] += " " + closed
			}
			return slices.Concat(lines[:line], []string{row}, below, lines[line+1:]), line
		}},
		defect{"a cell's text in several paragraphs (blank lines inside a cell), tab-separated rows, in any style", func(p *scrapedPage) []int {
			if p.style != (pipes.Style{}).String() || inContainer(p.name) {
				return nil
			}
			var out []int
			for _, rows := range parser.TableRows(p.name, []byte(strings.Join(p.lines, "\n"))) {
				for k := 0; k+1 < len(rows); k++ {
					at := rows[k] - 1
					if rows[k+1] == rows[k]+1 && rows[k+1] <= len(p.lines) && strings.Contains(tabRowCell(p.lines[at]), " ") && strings.Contains(p.lines[at+1], "\t") {
						out = append(out, at)
					}
				}
			}
			return out
		}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
			l := strings.TrimRight(lines[at], " \t")
			cut := strings.LastIndex(l, "\t")
			return slices.Concat(lines[:at], []string{l[:cut]}, paragraphLines(sentences(l[cut+1:])), lines[at+1:]), at
		}})
	everyStyle["a cell's text in several paragraphs (blank lines inside a cell), tab-separated rows, in any style"] = true
}

// lastCellText is the text of a row's last cell from where it starts in its
// line, in the page's style: up to its </td> in HTML, its closing pipe.
func lastCellText(p *scrapedPage, rest string) string {
	if p.style == "html" {
		end := strings.Index(rest, "</td>")
		if end < 0 || strings.Contains(rest[:end], "<") {
			return ""
		}
		return strings.TrimSpace(rest[:end])
	}
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "|"))
}

// tabRowCell is the text of the last cell of a row of three
// tab-separated cells or more, "" for a line that is no such row or
// whose last cell is empty.
func tabRowCell(l string) string {
	l = strings.TrimRight(l, " \t")
	cut := strings.LastIndex(l, "\t")
	if cut < 0 || !strings.Contains(strings.TrimSpace(l[:cut]), "\t") {
		return ""
	}
	return strings.TrimSpace(l[cut+1:])
}

// sentences splits a cell's text after each full stop that a space
// follows: its paragraphs, one sentence each, which a space joins again.
func sentences(t string) []string {
	var out []string
	for _, s := range strings.SplitAfter(strings.TrimSpace(t), ". ") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// paragraphLines are the lines a converter writes a cell's paragraphs
// on: a blank line before each.
func paragraphLines(paras []string) []string {
	var out []string
	for _, p := range paras {
		out = append(out, "", p)
	}
	return out
}
