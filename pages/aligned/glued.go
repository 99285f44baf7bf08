package aligned

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A title run into the header row under it ("Request HeadersName
// Required  Description") shifts the header's cells right of the rows'
// columns by the title's width. The seam is told by the form
// (pages.GluedSplits) inside a word of the header's first cell; the
// line from the seam on is set where the line under it starts, where it
// is a header then, its cells as far apart as the line writes them, and
// the header's first cell is given back its title once the table is
// read, for pages.Read to mark it Glued and interpretation to read the
// title out or refuse the row. A line read as no table's header is given
// back as the page writes it.

// ungluedHeaders returns the lines of a page with each header row that
// a title runs into set back under its table's columns, and the titles
// by the index of their line.
func ungluedHeaders(lines []string) ([]string, map[int]string) {
	var titles map[int]string
	for i, l := range lines {
		if strings.ContainsAny(l, "|\t") {
			continue
		}
		cs := chunksOf(l, 2)
		if len(cs) == 0 || !allNamed(cs[1:]) {
			continue
		}
		title, ok := gluedTitle(cs[0].text, len(cs) > 1)
		k := i + 1
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
			k++
		}
		if !ok || k == len(lines) {
			continue
		}
		set := strings.Repeat(" ", indentOf(lines[k])) + l[strings.Index(l, cs[0].text)+len(title):]
		if labels, _ := codeHeader(set); headerLine(set) == nil && spacedHeader(set) == nil && labels == nil {
			continue
		}
		if titles == nil {
			titles, lines = map[int]string{}, append([]string{}, lines...)
		}
		titles[i], lines[i] = title, set
	}
	return lines, titles
}

// gluedTitle returns the title a header's first cell begins with, run
// into a column word inside one of its words (pages.GluedSplits): in the
// cell, where cells stand after it, or else in its first words, a header
// whose cells are one space apart (spacedHeader, codeHeader). The column
// word may be of several words, the seam inside its first ("Response
// CodesHttp response code", "Request BodyParameter Name"). A cell that
// names a column itself is no title run into one where the title would
// be one word ("DataType"), and is one where it is of several ("Response
// CodesHttp response code" names a code column by its last word).
func gluedTitle(c string, cells bool) (string, bool) {
	whole := cells && pages.IsHeaderCell(c)
	ws := strings.Fields(c)
	for j := 1; j <= len(ws); j++ {
		if cells && j < len(ws) {
			continue
		}
		if gs := pages.GluedSplits(strings.Join(ws[:j], " ")); len(gs) > 0 && (!whole || strings.Contains(gs[0].Title, " ")) {
			return gs[0].Title, true
		}
	}
	return "", false
}

// allNamed reports whether each cell names a column.
func allNamed(cs []chunk) bool {
	for _, c := range cs {
		if !pages.IsHeaderCell(c.text) {
			return false
		}
	}
	return true
}

// reglued gives the header rows that ungluedHeaders set back their
// titles: the first cell as the page writes it; and a line it set back
// that is no table's header its text.
func reglued(items []pages.Block, lines []string, titles map[int]string) []pages.Block {
	for k, b := range items {
		title, ok := titles[b.Line-1]
		switch {
		case !ok:
		case b.Table != nil && b.Table.Line == b.Line && len(b.Table.Header) > 0:
			b.Table.Header[0] = title + b.Table.Header[0]
		case b.Table == nil:
			items[k].Text = pages.StripHeading(strings.TrimSpace(lines[b.Line-1]))
		}
	}
	return items
}
