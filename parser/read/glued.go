package read

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// statusTitleRe matches a status line that titles a response's table:
// "200 Ok", "404 Not Found".
var statusTitleRe = regexp.MustCompile(`^[1-5]\d\d(?: [A-Za-z][A-Za-z-]*)+$`)

// identRe matches an identifier, as a type's name is written.
var identRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// UnglueTitles reads the tables whose header row's first cell may be a
// title run into a column word (pages.Table.Glued: "Request BodyName |
// Type | …"), a copy having lost the line break after the title. Where
// exactly one way of it has a title (gluedTitle) before the word, the
// title is read as a line of its own over the table, the word as the
// first cell of its header, with a warning that names both. Where more
// than one has, the seam cannot be told, and where none has, the text
// is no title: a cell of words with a space among them is refused at
// its line, naming what to write; a single word ("ErrorCode") is a
// column's own name run together, read as the style read it.
func UnglueTitles(page string, items []pages.Block, rep *pages.Reporter) []pages.Block {
	if !slices.ContainsFunc(items, func(b pages.Block) bool { return b.Table != nil && b.Table.Glued != nil }) {
		return items
	}
	types := typesNamed(items)
	out := make([]pages.Block, 0, len(items)+1)
	for _, b := range items {
		t := b.Table
		if t == nil || t.Glued == nil {
			out = append(out, b)
			continue
		}
		var titled []pages.Glued
		for _, g := range t.Glued {
			if gluedTitle(g.Title, types) {
				titled = append(titled, g)
			}
		}
		cell := strings.TrimSpace(t.Header[0])
		switch {
		case len(titled) == 1:
			g := titled[0]
			rep.Warn(pages.At(page, t.Line), "line %d runs the title %q into the first cell of a table's header row, %q (%q), a line break lost in the copy: read as the title on a line of its own over the table, whose first column is %q", t.Line, g.Title, g.Word, cell, g.Word)
			t.Header = slices.Clone(t.Header)
			t.Header[0] = g.Word
			t.Cols, _ = pages.ColumnsOf(t.Header)
			out = append(out, pages.Block{Line: t.Line, Text: g.Title}, b)
		case len(titled) > 1:
			rep.Fail(pages.At(page, t.Line), "line %d runs a title into the first cell of a table's header row, %q, a line break lost in the copy, but where the title ends cannot be told: %s; write the title on a line of its own over the table, and the column's name alone in the header's first cell", t.Line, cell, gluedWays(titled))
			out = append(out, b)
		case strings.Contains(cell, " "):
			rep.Fail(pages.At(page, t.Line), "line %d: the first cell of a table's header row, %q, runs text into the column word %q with no space between, as a copy that lost a line break does, but %q is no section title nor a type the page names: write the title on a line of its own over the table, and the column's name alone in the header's first cell", t.Line, cell, t.Glued[0].Word, t.Glued[0].Title)
			out = append(out, b)
		default:
			t.Glued = nil
			out = append(out, b)
		}
	}
	return out
}

// gluedTitle reports whether text run into a column word is a title: a
// section title (ReadTitle), a status line ("200 Ok"), or the name of a
// type that a type cell of the page names.
func gluedTitle(title string, types map[string]bool) bool {
	if _, ok := ReadTitle(title); ok && strings.Contains(strings.TrimSpace(title), " ") {
		return true
	}
	return statusTitleRe.MatchString(title) || identRe.MatchString(title) && types[title]
}

// typesNamed are the words of the type cells of a page's tables: the
// types its members are of.
func typesNamed(items []pages.Block) map[string]bool {
	types := map[string]bool{}
	for _, b := range items {
		t := b.Table
		if t == nil {
			continue
		}
		for i, c := range t.Cols {
			if c != pages.ColType {
				continue
			}
			for _, r := range t.Rows {
				if i < len(r.Cells) {
					for _, w := range strings.FieldsFunc(r.Cells[i], func(r rune) bool {
						return !(r == '_' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z')
					}) {
						types[w] = true
					}
				}
			}
		}
	}
	return types
}

// gluedWays names the ways a cell splits into a title and a column word.
func gluedWays(gs []pages.Glued) string {
	ways := make([]string, len(gs))
	for i, g := range gs {
		ways[i] = fmt.Sprintf("%q then %q", g.Title, g.Word)
	}
	return strings.Join(ways, ", or ")
}
