package parser_test

import (
	"slices"
	"strings"
	"unicode"
)

// A "?" a tool that writes a page in a legacy 8-bit encoding (w3m -O
// US-ASCII, unrtf --text, a Windows "Save as text" in ANSI) puts for a
// character the encoding lacks, as the zero-width space a docs site sets
// inside a long name or after it ("match\u200bId" as "match?Id",
// "notifyPlayer?"), in a member's name cell, in every style whose rows'
// names can be found (flattened rows whose name runs into their
// primitive type among them): the name is read without it, with a
// warning at the row, or the row refused; never read silently.
func init() {
	defects = append(defects, defect{"a '?' for a character an 8-bit encoding lacks, in a member's name", nameRowsAnyStyle, lostCharInName})
}

// nameRowsAnyStyle are the rows of memberRows and of flatRows, ordered.
func nameRowsAnyStyle(p *scrapedPage) []int {
	rows := append(memberRows(p), flatRows(p)...)
	slices.Sort(rows)
	return slices.Compact(rows)
}

// lostCharInName writes a "?" in the name of the row at at, where the
// name's words meet ("match?Id") at every other row that has two words,
// after the name at the others ("notifyPlayer?").
func lostCharInName(p *scrapedPage, lines []string, at int) ([]string, int) {
	name := rowName(p, at)
	if p.style == "flattened" {
		name = name[:len(name)-1] // rowName keeps the first letter of the type
	}
	if name == "" {
		return lines, at
	}
	mangled := name + "?"
	if at%2 == 0 {
		if i := strings.IndexFunc(name[1:], unicode.IsUpper); i >= 0 {
			mangled = name[:i+1] + "?" + name[i+1:]
		}
	}
	line := at
	if p.style == "html" {
		// The name between tags: a name "code" is no <code> tag.
		cells := p.htmlCells(at)
		if len(cells) == 0 {
			return lines, at
		}
		line, name, mangled = cells[0], ">"+name+"<", ">"+mangled+"<"
	}
	lines = slices.Clone(lines)
	lines[line] = strings.Replace(lines[line], name, mangled, 1)
	return lines, at
}
