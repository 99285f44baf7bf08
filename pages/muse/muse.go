// Package muse reads pages in Emacs Muse's markup, as pandoc writes them
// (pandoc -t muse): "*" headings, a star more for each level, each
// under an anchor line that pandoc writes from the HTML's id
// ("#RequestBody"), tables of rows whose cells a bar parts with a space
// each side (" a | b"), a double bar in the header row (" a || b") and
// none around the row, which a wiki that keeps its header cells in the
// table's body leaves a plain row; a table with a cell of several
// lines drawn as a grid ("+---+"); example blocks ("<example>" …
// "</example>"), literal blocks of HTML, lists (" - x", " 1. x") and the
// markup inside a line (<verbatim>x</verbatim>, =code=, *emphasis*,
// [[target][links]], <class name="x">spans</class>, "~~" for a
// no-break space).
package muse

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/pages/html"
)

// The tags of Muse's blocks and verbatim spans.
const (
	exampleOpen   = "<example>"
	exampleClose  = "</example>"
	literalOpen   = "<literal"
	literalClose  = "</literal>"
	verbatimOpen  = "<verbatim>"
	verbatimClose = "</verbatim>"
)

// headingRe matches a heading: one to five stars from the line's first
// column, a space, the anchor pandoc's Muse writer sets at its start
// ("** #client Client", the heading's id), and the title; anchorRe an
// anchor line, "#id"; listRe the mark of a list item, "- ", "1. ", after
// the line's indent.
var (
	headingRe = regexp.MustCompile(`^(\*{1,5})[ \t]+(?:#[^\s#]\S*[ \t]+)?(.*?)[ \t]*$`)
	anchorRe  = regexp.MustCompile(`^#[^\s#]\S*$`)
	listRe    = regexp.MustCompile(`^(?:-|\d{1,9}\.)[ \t]+`)
)

// headingLevel is the level of the heading at line l, its number of
// stars; 0 for a line that is no heading.
func headingLevel(l string) int {
	if l == "" || l[0] != '*' {
		return 0
	}
	m := headingRe.FindStringSubmatch(l)
	if m == nil || m[2] == "" {
		return 0
	}
	return len(m[1])
}

// read reads a page of Muse markup into blocks. An anchor line ("#id")
// is no text; a heading is a text line marked as one (pages.Title),
// without its stars; a run of table rows is a table (table), one drawn
// as a grid is read as drawn tables are (drawn.TableAt); the lines of an
// example block are text lines as written, between fences; a literal
// block is read as an HTML page's content (html.Fragment); every other
// line is text, its markup rendered (inline), a list item's mark written
// as Markdown's "- ", and the lines of a paragraph, which pandoc wraps at
// 72 columns, joined into one text line.
func read(src pages.Source) []pages.Block {
	var out []pages.Block
	var grids []*pages.Table // the grids without a header row
	defer func() {
		for _, tb := range grids {
			headed(src, tb, out)
		}
	}()
	text := func(i int, t string) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, pages.Block{Line: i + 1, Text: t})
		}
	}
	lines := src.Lines
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case t == "" || anchorRe.MatchString(t):
		case headingLevel(l) > 0:
			text(i, pages.Title(inline(headingRe.FindStringSubmatch(l)[2], true), true))
		case strings.HasPrefix(t, "+-"):
			tb, end := drawn.TableAt(src, i)
			if tb == nil {
				text(i, inline(t, false))
				continue
			}
			rendered(tb)
			if headless(tb) {
				grids = append(grids, tb)
			}
			out = append(out, pages.Block{Line: tb.Line, Table: tb})
			i = end - 1
		case tableRow(l):
			tb, end := table(src, i)
			out = append(out, pages.Block{Line: tb.Line, Table: tb})
			i = end - 1
		case t == exampleOpen:
			end := closing(src, i, exampleClose)
			out = append(out, pages.Block{Line: i + 1, Text: fence})
			for j := i + 1; j < end && j < len(lines); j++ {
				text(j, lines[j])
			}
			out = append(out, pages.Block{Line: min(end, len(lines)-1) + 1, Text: fence})
			i = end
		case strings.HasPrefix(t, literalOpen):
			end := closing(src, i, literalClose)
			out = append(out, html.Fragment(src, i+1, min(end, len(lines)))...)
			i = end
		default:
			item := ""
			if m := listRe.FindString(t); m != "" && l[0] == ' ' {
				item, t = "- ", t[len(m):]
			}
			at, para := i, []string{t}
			for ; i+1 < len(lines) && continues(lines[i+1]); i++ {
				para = append(para, strings.TrimSpace(lines[i+1]))
			}
			text(at, item+inline(strings.Join(para, " "), false))
		}
	}
	return out
}

// rendered renders the markup of a grid table's cells (inline), which
// drawn.TableAt reads as written.
func rendered(tb *pages.Table) {
	for k, c := range tb.Header {
		tb.Header[k] = inline(c, false)
	}
	if tb.Header != nil {
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
	}
	for _, r := range tb.Rows {
		for k, c := range r.Cells {
			r.Cells[k] = inline(c, false)
		}
	}
}

// headed gives a grid without a header row, tb, the header of the
// page's other tables, blocks, that its rows fit: pandoc's Muse writer
// leaves the header of a table it draws as a grid (one whose cell holds
// several lines) out, and writes the others' with theirs. Where the
// page's headers of the grid's width that its rows fit (pages.RowsFit:
// a name or a code, and a type, a requiredness or a code that is a
// number, in their columns; its notes aside) are one, its columns are
// those, with a warning; else which column is which cannot be told, and the grid is
// refused.
func headed(src pages.Source, tb *pages.Table, blocks []pages.Block) {
	// rows are the grid's rows but its notes, which pages.Read takes out.
	rows := slices.DeleteFunc(slices.Clone(tb.Rows), func(r *pages.Row) bool {
		return len(r.Cells) > 0 && pages.IsNote(r.Cells[0]) && !slices.ContainsFunc(r.Cells[1:], func(c string) bool { return c != "" })
	})
	var fits [][]string
	for _, b := range blocks {
		h := b.Table
		if h == nil || h == tb || h.Header == nil || len(h.Header) != len(tb.Rows[0].Cells) || !pages.RowsFit(rows, h.Cols) {
			continue
		}
		if !slices.ContainsFunc(fits, func(f []string) bool { return slices.Equal(f, h.Header) }) {
			fits = append(fits, h.Header)
		}
	}
	if len(fits) == 1 {
		tb.Header = slices.Clone(fits[0])
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		src.Report.Warn(pages.At(src.Name, tb.Line), "the table at line %d, drawn as a grid, has no header row, as pandoc's Muse writer leaves it out of a table it draws as a grid; its rows fit the columns of the page's other tables of its width, %s, and those of no other header: read with them", tb.Line, strings.Join(tb.Header, " | "))
		return
	}
	alike := ""
	if len(fits) > 1 {
		var heads []string
		for _, f := range fits {
			heads = append(heads, strings.Join(f, " | "))
		}
		alike = fmt.Sprintf(" (its rows fit the columns of the page's headers %s alike)", strings.Join(heads, "; "))
	}
	src.Report.Fail(pages.At(src.Name, tb.Line), "the table at line %d, drawn as a grid, has no header row: pandoc's Muse writer leaves the header of a table it draws as a grid (one whose cell holds several lines) out, and which column is which cannot be told%s; write the header back as the grid's first row (\"| Name | Type | … |\"), or convert the page with another writer (pandoc -t org)", tb.Line, alike)
}

// headless reports whether a grid table has no header row: none was
// read, and its first row names no column.
func headless(tb *pages.Table) bool {
	if tb.Header != nil || len(tb.Rows) == 0 {
		return false
	}
	_, ok := pages.ColumnsOf(tb.Rows[0].Cells)
	return !ok
}

// fence marks where the lines of a block read word for word start and
// end, as a Markdown page's fence does.
const fence = "```"

// closing returns the index of the line that closes the block opening at
// index i with tag, or of the page's last line with a warning when none
// does.
func closing(src pages.Source, i int, tag string) int {
	for j := i + 1; j < len(src.Lines); j++ {
		if strings.TrimSpace(src.Lines[j]) == tag {
			return j
		}
	}
	src.Report.Warn(pages.At(src.Name, i+1), "the block at line %d is never closed (no %s): read lines %d-%d as its lines", i+1, tag, i+2, len(src.Lines))
	return len(src.Lines)
}

// continues reports whether line next goes on with the paragraph before
// it: a line that is not blank and starts no other element (a heading, an
// anchor, a table's row, a block, a list's item).
func continues(next string) bool {
	t := strings.TrimSpace(next)
	switch {
	case t == "" || headingLevel(next) > 0 || anchorRe.MatchString(t) || tableRow(next):
		return false
	case strings.HasPrefix(t, "+-") || t == exampleOpen || strings.HasPrefix(t, literalOpen):
		return false
	}
	return !(next[0] == ' ' && listRe.MatchString(t))
}
