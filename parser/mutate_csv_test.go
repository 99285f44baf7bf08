package parser_test

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/parser"
)

// A page's tables written as CSV, a row a line, among its text written as
// it is, as a user's script writes a page with PHP's fputcsv
// (ax04_rent's wiki2txt.php): a cell's text (its Markdown escapes
// decoded, its line breaks kept) in quotes, its quotes doubled, where it holds a comma, a
// quote, a backslash, a space or a line break; the rulers gone. Applied to the pipe tables of a Markdown or
// pipe-separated page, of the golden cases and of the facts corpus,
// every table at once: the page's facts are read as from its pipe
// tables, and no line of prose or of an example whose commas are no
// separators is read as a table.
func init() {
	const class = "tables as CSV lines (PHP's fputcsv)"
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if rows := pipeTableRows(p); len(rows) > 0 {
			return rows[:1]
		}
		return nil
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		rows := pipeTableRows(p)
		var out []string
		for i := 0; i < len(lines); i++ {
			l := lines[i]
			switch {
			case slices.Contains(rows, i):
				// A row whose cell holds line breaks goes on to the
				// line that closes it.
				end := pipeRowEnd(lines, rows, i)
				cells, _, _ := pipeParts(strings.Join(lines[i:end+1], "\n"))
				for k, c := range cells {
					cells[k] = fputcsvCell(pages.Unescaped(strings.TrimSpace(c)))
				}
				out = append(out, strings.Join(cells, ","))
				i = end
			case i > 0 && slices.Contains(rows, i-1) && rulerRe.MatchString(strings.TrimSpace(l)):
			default:
				out = append(out, l)
			}
		}
		return out, at
	}})
	everyStyle[class] = true
}

// pipeTableRows are the lines, from 0, of the header rows and rows of the
// tables of a Markdown or pipe-separated page, as the parser reads them,
// in order; none for a page of another style.
func pipeTableRows(p *scrapedPage) []int {
	switch p.style {
	case "markdown", "pipes", markdown.Style{}.String(), pipes.Style{}.String():
	default:
		return nil
	}
	data := []byte(strings.Join(p.lines, "\n"))
	var out []int
	for _, h := range parser.TableHeaders(p.name, data) {
		if h > 0 {
			out = append(out, h-1)
		}
	}
	for _, rows := range parser.TableRows(p.name, data) {
		for _, r := range rows {
			out = append(out, r-1)
		}
	}
	slices.Sort(out)
	return out
}

// fputcsvCell is a cell as PHP's fputcsv writes it: in quotes, its
// quotes doubled, where it holds a comma, a quote, a backslash, a space
// or a line break; else as it is.
func fputcsvCell(c string) string {
	if !strings.ContainsAny(c, ",\"\\ \t\r\n") {
		return c
	}
	return `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
}

// A page's tables written as rows of cells joined with commas, with no
// quoting, a row a line, among its text written as it is, as a user's
// Perl script prints HTML::TableExtract's tables (bd02_twist's
// wiki2txt.pl): a line "Table (0,0):" before each table, its cells as
// the page shows them (their Markdown escapes decoded, their line
// breaks spaces), a comma in a cell's text as it is, so that it parts
// the row as a separator does; the rulers gone. Applied to the pipe
// tables of a Markdown or pipe-separated page, of the golden cases and
// of the facts corpus, every table at once: the page's facts are read
// as from its pipe tables, or with a warning at a row a comma in a
// cell's text parted, or the row refused where which cell holds the
// comma cannot be told; never silently wrong.
func init() {
	const class = "tables as comma-joined rows without quoting (HTML::TableExtract)"
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if rows := pipeTableRows(p); len(rows) > 0 {
			return rows[:1]
		}
		return nil
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		rows := pipeTableRows(p)
		var out []string
		for i := 0; i < len(lines); i++ {
			l := lines[i]
			switch {
			case slices.Contains(rows, i):
				end := pipeRowEnd(lines, rows, i)
				cells, _, _ := pipeParts(strings.Join(lines[i:end+1], "\n"))
				for k, c := range cells {
					cells[k] = strings.Join(strings.Fields(pages.Unescaped(c)), " ")
				}
				if i+1 < len(lines) && rulerRe.MatchString(strings.TrimSpace(lines[i+1])) {
					out = append(out, "Table (0,0):")
				}
				out = append(out, strings.Join(cells, ","))
				i = end
			case i > 0 && slices.Contains(rows, i-1) && rulerRe.MatchString(strings.TrimSpace(l)):
			default:
				out = append(out, l)
			}
		}
		return out, at
	}})
	everyStyle[class] = true
}
