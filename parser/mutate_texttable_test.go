package parser_test

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// What html2markdown's table plugin writes of a table whose cell holds a
// line break: the header a line of its column names set apart by
// spaces, then a paragraph a row, its cells set apart by a space, an
// empty cell nothing. Applied to each Markdown table of names, codes,
// types, requiredness and descriptions, its names and types code spans
// (as a GearN page writes them in <code>), its requiredness "true",
// "false" or nothing, its enum codes whole numbers, which must read as
// the table it was, with a warning at its header.
func init() {
	const class = "table written as text, a paragraph a row (html2markdown)"
	everyStyle[class] = true
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if p.style != "markdown" {
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			if tb.header >= 0 && len(tb.rows) > 0 && asTextRows(p.lines, tb) != nil {
				out = append(out, tb.header)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		for _, tb := range p.tables {
			if tb.header != at {
				continue
			}
			text := asTextRows(lines, tb)
			last := slices.Max(tb.rows)
			out := slices.Clone(lines[:at])
			if at > 0 && strings.TrimSpace(lines[at-1]) != "" {
				out = append(out, "")
				at++
			}
			out = append(out, text...)
			if last+1 < len(lines) && strings.TrimSpace(lines[last+1]) != "" {
				out = append(out, "")
			}
			return append(out, lines[last+1:]...), at
		}
		return lines, at
	}})
}

// codeSpanCellRe matches a cell that is one code span.
var codeSpanCellRe = regexp.MustCompile("^`[^`]+`$")

// asTextRows writes a table of a Markdown page as html2markdown writes
// it as text (the header, a blank line, then each row and a blank
// line), or returns nil when its cells would not read back the same:
// a column other than a name's, a code's, a type's, a requiredness's
// and a description's, the last; a name or type with markup; a
// requiredness other than "true" or "false"; a description empty, with
// markup, or that begins with a code span or a requiredness word.
func asTextRows(lines []string, tb scrapedTable) []string {
	head := pages.SplitPipes(strings.TrimSpace(lines[tb.header]))
	cols, ok := pages.ColumnsOf(head)
	if !ok || (&pages.Table{Cols: cols}).Kind() == pages.KindUnknown || cols[len(cols)-1] != pages.ColDescription {
		return nil
	}
	for _, c := range cols {
		if c == pages.ColOther {
			return nil
		}
	}
	out := []string{strings.Join(head, " ") + " ", ""}
	for _, r := range tb.rows {
		t := strings.TrimSpace(lines[r])
		if !strings.HasPrefix(t, "|") || !pages.ClosesRow(t) {
			return nil
		}
		cells := pages.SplitPipes(t)
		if len(cells) != len(cols) {
			return nil
		}
		var kept []string
		for k, c := range cells {
			switch col := cols[k]; {
			case c == "" && (col == pages.ColRequired || col == pages.ColType && k > 0):
				continue
			case col == pages.ColName || col == pages.ColType || col == pages.ColCode && (k == 0 || cols[k-1] != pages.ColName):
				switch {
				case codeSpanCellRe.MatchString(c):
				case c != "" && !strings.ContainsAny(c, "`*_[<\\"):
					c = "`" + c + "`" // as GearN's site writes it, in <code>
				default:
					return nil
				}
			case col == pages.ColCode:
				if _, err := strconv.Atoi(c); err != nil {
					return nil
				}
			case col == pages.ColRequired:
				if c != "true" && c != "false" {
					return nil
				}
			case col == pages.ColDescription:
				first, _, _ := strings.Cut(c, " ")
				if _, req := pages.Requiredness(first); c == "" || req || strings.HasPrefix(c, "`") || strings.ContainsAny(c, "[<\\*_") {
					return nil
				}
			}
			kept = append(kept, c)
		}
		out = append(out, strings.Join(kept, " ")+" ", "")
	}
	return out
}
