package parser_test

import (
	"regexp"
	"slices"
	"strings"
)

// A type cell that names an enum of the page writes the wire type first,
// the enum beside it, as a wiki whose writers type a member by what it is
// sent as does: "Integer (HazardClass)", "number (DropRarity)",
// "Integer, see HazardClass". The member's type is the enum, as on the
// clean page, in every style whose type cells can be written to.
func init() {
	defects = append(defects, defect{"enum type cell as its wire type, the enum beside it", enumTypedRows, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		line, from, to := typeCellOf(p, lines, at)
		if line < 0 {
			return lines, at
		}
		lines = slices.Clone(lines)
		l := lines[line]
		form := wireForms[at%len(wireForms)]
		lines[line] = l[:from] + form[0] + l[from:to] + form[1] + l[to:]
		return lines, at
	}})
}

// wireForms are the ways a type cell writes the wire type around the
// name of the type: before and after it.
var wireForms = [][2]string{{"Integer (", ")"}, {"number (", ")"}, {"Integer, see ", ""}}

// enumNameRe matches the name of an enum.
var enumNameRe = regexp.MustCompile(`^[A-Z][\w.]*$`)

// linkTextRe matches a Markdown link, its text the first group.
var linkTextRe = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)

// plainText is the text of a heading or a cell without its markup: HTML
// tags (tagRe, with the hashes of a heading), Markdown links and code
// spans.
func plainText(s string) string {
	s = linkTextRe.ReplaceAllString(tagRe.ReplaceAllString(s, ""), "$1")
	return strings.Trim(strings.TrimSpace(s), "`")
}

// enumTypedRows are the rows of the typed tables of a page whose type
// cell is the name of a table of the page without a Type column (an
// enum's table, Code | Name | Description).
func enumTypedRows(p *scrapedPage) []int {
	enums := map[string]bool{}
	for _, tb := range p.tables {
		if tb.heading < 0 || typedTable(p, tb) {
			continue
		}
		if name := plainText(p.lines[tb.heading]); enumNameRe.MatchString(name) {
			enums[name] = true
		}
	}
	var out []int
	for _, r := range memberRows(p) {
		if line, from, to := typeCellOf(p, p.lines, r); line >= 0 && enums[plainText(p.lines[line][from:to])] {
			out = append(out, r)
		}
	}
	return out
}

// typedTable reports whether a table has a Type column.
func typedTable(p *scrapedPage, tb scrapedTable) bool {
	switch {
	case p.style == "html":
		return strings.Contains(strings.Join(p.lines[tb.header:min(tb.header+8, len(p.lines))], ""), ">Type<")
	case tb.step > 0:
		for k := range tb.width {
			if strings.TrimSpace(p.lines[tb.header+k*tb.step]) == "Type" {
				return true
			}
		}
		return false
	}
	return strings.Contains(p.lines[tb.header], "Type")
}

// typeCellOf is where the type cell (the second) of the row at at holds
// its text: the line, and the text's start and end in it; line is -1
// when the row has no type cell this reads.
func typeCellOf(p *scrapedPage, lines []string, at int) (line, from, to int) {
	switch p.style {
	case "html":
		line = at
		if cells := p.htmlCells(at); len(cells) >= 2 {
			line = cells[1]
		}
		l := lines[line]
		from = strings.Index(l, "<td>")
		if line == at && from >= 0 {
			from = strings.Index(l[from+1:], "<td>") + from + 1
		}
		if from < 0 || !strings.Contains(l[from:], "</td>") {
			return -1, 0, 0
		}
		from += len("<td>")
		return line, from, from + strings.Index(l[from:], "</td>")
	case "markdown", "pipes":
		cells, lead, _ := pipeParts(lines[at])
		if len(cells) < 2 {
			return -1, 0, 0
		}
		l := lines[at]
		from = strings.Index(l, lead+cells[0]+"|") + len(lead+cells[0]+"|")
		return at, from, from + len(cells[1])
	case "cells", "dense":
		tb := tableOf(p, at)
		return at + tb.step, 0, len(lines[at+tb.step])
	}
	return -1, 0, 0
}
