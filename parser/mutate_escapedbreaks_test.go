package parser_test

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A cell's line break written as the two characters "\n", as a
// tab-separated writer that keeps a row on one line writes it (jq's
// @tsv, a database's COPY; az01_rake's saltpan.tsv): on a page of
// tab-separated rows, a row whose quoted cell holds line breaks written
// on one line, its quotes gone, each line break a "\n"; on a Markdown or
// pipe-separated page whose cells hold line breaks (<br>, or a row that
// goes on at the next line), its tables written as tab-separated rows so,
// every table at once. The page's facts are read as from the clean page,
// the "\n" read as the line break with a warning, or refused.
func init() {
	const record, table = "cell's line break as \\n in a tab-separated row (jq's @tsv)", "tables as tab-separated rows, a cell's line break as \\n (jq's @tsv)"
	defects = append(defects,
		defect{record, wrappedRecords, func(p *scrapedPage, lines []string, at int) ([]string, int) {
			r := pages.ReadRecord(lines, at, '\t')
			cells := slices.Clone(r.Cells)
			for k, c := range cells {
				cells[k] = strings.ReplaceAll(c, "\n", `\n`)
			}
			out := slices.Clone(lines[:at])
			out = append(out, strings.Join(cells, "\t"))
			return append(out, lines[r.End+1:]...), at
		}},
		defect{table, func(p *scrapedPage) []int {
			rows := pipeTableRows(p)
			for _, i := range rows {
				if brRe.MatchString(p.lines[i]) || pipeRowEnd(p.lines, rows, i) > i {
					return []int{i}
				}
			}
			return nil
		}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
			rows := pipeTableRows(p)
			var out []string
			for i := 0; i < len(lines); i++ {
				switch {
				case slices.Contains(rows, i):
					end := pipeRowEnd(lines, rows, i)
					cells, _, _ := pipeParts(strings.Join(lines[i:end+1], "\n"))
					for k, c := range cells {
						c = brRe.ReplaceAllString(pages.Unescaped(strings.TrimSpace(c)), "\n")
						cells[k] = strings.ReplaceAll(strings.TrimSpace(c), "\n", `\n`)
					}
					out = append(out, strings.Join(cells, "\t"))
					i = end
				case i > 0 && slices.Contains(rows, i-1) && rulerRe.MatchString(strings.TrimSpace(lines[i])):
				default:
					out = append(out, lines[i])
				}
			}
			return out, at
		}})
	everyStyle[record] = true
	everyStyle[table] = true
}

// brRe matches an HTML line break, as a pipe table's cell writes one.
var brRe = regexp.MustCompile(`(?i)\s*<br\s*/?>\s*`)

// wrappedRecords are the lines, from 0, of the tab-separated rows of a
// page (a tab in their first line) whose quoted cell holds a line break,
// so that the row spans lines.
func wrappedRecords(p *scrapedPage) []int {
	if inContainer(p.name) {
		return nil
	}
	var out []int
	for i := 0; i < len(p.lines); i++ {
		if !strings.Contains(p.lines[i], "\t") {
			continue
		}
		r := pages.ReadRecord(p.lines, i, '\t')
		if r.Unclosed || r.Stray || r.End == i {
			continue
		}
		if !slices.ContainsFunc(r.Cells, func(c string) bool { return strings.HasPrefix(c, `"`) || strings.Contains(c, "\t") }) {
			out = append(out, i)
		}
		i = r.End
	}
	return out
}

// pipeRowEnd is the index of the last line of the pipe table's row that
// starts at line i of lines (rows the rows' lines): a row that opens with
// a pipe and does not close with one goes on at the lines after it, up
// to the one that does, a row or a blank line.
func pipeRowEnd(lines []string, rows []int, i int) int {
	end := i
	for end+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "|") && !strings.HasSuffix(strings.TrimSpace(lines[end]), "|") && !slices.Contains(rows, end+1) && strings.TrimSpace(lines[end+1]) != "" {
		end++
	}
	return end
}
