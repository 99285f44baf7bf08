package pages

import (
	"slices"
	"strings"
)

// A converter may drop a table's header row: pandoc's OpenDocument
// writer, given a Confluence table whose row of <th> stands inside its
// <tbody>, writes the table without it, and a text dump of that file
// sets every cell on a paragraph of its own; an HTML table without <th>
// leaves its style no header either. No column is named anywhere, and
// only the section title over the cells tells what they are. The
// protocol knows the columns its sections' tables carry (SectionColumns):
// where every row of the cells fits one such header, the cells are read
// as those columns, with a warning that names the header assumed; where
// a row fits none, the page is refused at that row's first cell, with
// the header row to write.

// A SectionColumns is a Lexicon that knows the header rows its
// protocol's tables carry under the titles it knows, for cells whose
// header a converter dropped.
type SectionColumns interface {
	Lexicon
	// ColumnsUnder returns the header rows a table under the title line
	// carries, each with the check of a row's cells against it; none
	// for a line that is no title of a table. Strict is set for a title
	// of the page's structure (a section's, an endpoint's), whose cells
	// are a table where it carries one: rows that fit no header are
	// refused; cells under a type's heading that fit none are text.
	ColumnsUnder(title string) (heads []Head, strict bool)
}

// A Head is a header row a protocol's table carries.
type Head struct {
	Cells []string
	// Fits reports whether a row's cells, one a column, fit the columns:
	// a type word in the type column, a requiredness in Mandatory, a
	// status code first in a table of codes.
	Fits func(cells []string) bool
}

// String is the header row as a page writes it: Name | Type | Mandatory.
func (h Head) String() string { return strings.Join(h.Cells, " | ") }

// A CellBlocks style reads a page whose cells stand one a block of text,
// with no header row over them (cellperline.Headless): the text blocks
// after a title are cells.
type CellBlocks interface {
	Style
	CellsOneABlock()
}

// headlessTables reads, where the source's lexicon knows its sections'
// columns (SectionColumns), the tables whose header row was dropped: the
// text blocks right after a title, one cell a block, of a CellBlocks
// style, and a table right after a title that has no header (Header
// nil), of any style, maybe past the toggle of a collapsible it stands
// in. Other blocks are kept as they are.
func headlessTables(st Style, src Source, blocks []Block) []Block {
	sc, ok := src.Words.(SectionColumns)
	if !ok {
		return blocks
	}
	out := make([]Block, 0, len(blocks))
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		out = append(out, b)
		if b.Table != nil || i+1 == len(blocks) {
			continue
		}
		heads, strict := sc.ColumnsUnder(b.Text)
		if len(heads) == 0 {
			continue
		}
		if next := tableAfterToggles(blocks[i+1:]); next != nil {
			if next.Header == nil && len(next.Rows) > 0 && !isHeaderRow(next.Rows[0].Cells) {
				headTable(src, b, next, heads, strict)
			}
			continue
		}
		if _, ok := st.(CellBlocks); !ok {
			continue
		}
		if tb, n := cellTable(src, sc, b, blocks[i+1:], heads, strict); tb != nil {
			out = append(out, Block{Line: tb.Line, Table: tb})
			i += n
		}
	}
	return out
}

// tableAfterToggles is the table that the blocks begin with, past the
// toggles of collapsibles before it ("Click here to expand...", which
// pages.Read skips); nil when they begin with another block.
func tableAfterToggles(blocks []Block) *Table {
	for _, b := range blocks {
		if b.Table != nil || !IsToggle(b.Text) {
			return b.Table
		}
	}
	return nil
}

// cellRows reads cells, one a text block, as rows of head's width while
// each fits it, and returns the rows and the number of cells they take.
func cellRows(cells []Block, h Head) ([]*Row, int) {
	w := len(h.Cells)
	var rows []*Row
	k := 0
	for k+w <= len(cells) {
		texts := make([]string, w)
		for j, c := range cells[k : k+w] {
			if c.Table != nil {
				return rows, k
			}
			texts[j] = c.Text
		}
		if !h.Fits(texts) {
			break
		}
		rows = append(rows, &Row{Line: cells[k].Line, Raw: strings.Join(texts, " | "), Cells: texts})
		k += w
	}
	return rows, k
}

// cellTable reads the text blocks after the title, one cell a block, as
// the rows of the one header of heads they fit: rows that fit it up to
// a block that ends a table (a title, a type's heading: the lexicon's
// EndsTable), a table, prose that begins no row (cellLike), or the
// page's end. It returns the table and the number of blocks it takes,
// or nil where the cells fit no header: under a section's title
// (strict) the first cell of the row that fits none, a name or a code,
// is refused, unless the title is over one line of text alone (a
// sentence, "None"), which the protocol reads.
func cellTable(src Source, sc SectionColumns, title Block, cells []Block, heads []Head, strict bool) (*Table, int) {
	var fit []Head
	var rows [][]*Row
	var took []int
	best, bestAt := -1, 0
	for i, h := range heads {
		rs, k := cellRows(cells, h)
		if len(rs) > 0 && (k == len(cells) || cells[k].Table != nil || sc.EndsTable(cells[k].Text) || !cellLike(cells[k].Text)) {
			fit, rows, took = append(fit, h), append(rows, rs), append(took, k)
		} else if k < len(cells) && (best < 0 || k > bestAt) {
			best, bestAt = i, k
		}
	}
	switch {
	case len(fit) == 1 && strayRow(src, sc, title, cells[took[0]:], fit[0]):
	case len(fit) == 1:
		src.Report.Warn(At(src.Name, title.Line), "line %d, %q, is over cells with no header row (a converter dropped it, as pandoc's OpenDocument writer drops a row of <th> inside a <tbody>): every row of them, %d from line %d, fits the columns %s, read as those; if they are other columns, write the table's header row under line %d", title.Line, Clip(title.Text), len(rows[0]), rows[0][0].Line, fit[0], title.Line)
		cols, _ := ColumnsOf(fit[0].Cells)
		return &Table{Line: title.Line, Header: fit[0].Cells, Cols: cols, Rows: rows[0]}, took[0]
	case len(fit) > 1:
		src.Report.Fail(At(src.Name, title.Line), "line %d, %q, is over cells with no header row (a converter dropped it), whose rows fit the columns %s and the columns %s alike: which they are cannot be told; write the table's header row under line %d", title.Line, Clip(title.Text), fit[0], fit[1], title.Line)
	case strict && best >= 0 && cells[bestAt].Table == nil && cellLike(cells[bestAt].Text) && (bestAt > 0 || !aloneText(sc, cells)):
		h := heads[best]
		at := cells[bestAt]
		src.Report.Fail(At(src.Name, at.Line), "line %d, %q, is a cell under %q at line %d, whose table has no header row (a converter dropped it): the row that begins here fits none of the columns such a table carries (%s), so which column each cell is cannot be told; write the table's header row under line %d (%s)", at.Line, Clip(at.Text), Clip(title.Text), title.Line, headList(heads), title.Line, h)
	}
	return nil, 0
}

// strayRow refuses, and reports, the first row that fits h among the
// cells after the table under title ends at a line of text, up to a
// table or a block that ends a table and begins no such row: a line of
// text amid the cells (a title no protocol knows) cut the table's rows
// in two, and the rest would be lost as text (StrayCheck, its cells
// fitted to h's columns). A block the lexicon reads as ending a table
// is no evidence of a heading where it is the first cell of a row that
// fits h: a header's name written as a type's name is ("Authorization")
// would be read as a type's heading, the cells after it as its text.
func strayRow(src Source, sc SectionColumns, title Block, rest []Block, h Head) bool {
	if len(rest) == 0 || rest[0].Table != nil || sc.EndsTable(rest[0].Text) {
		return false
	}
	table := &Table{Line: title.Line, Header: h.Cells}
	for j := 1; j < len(rest) && rest[j].Table == nil; j++ {
		rs, _ := cellRows(rest[j:], h)
		if len(rs) == 0 && sc.EndsTable(rest[j].Text) {
			return false
		}
		if len(rs) > 0 {
			return StrayCheck{Table: table, Split: "one cell a line", Match: MatchColumns, Cut: rest[0].Line}.Refuse(src, rest[j].Line, rest[j+len(rs[0].Cells)-1].Line, rs[0].Cells)
		}
	}
	return false
}

// cellLike reports whether a text block may begin a row of a table: a
// name, or a code alone ("468 (custom status)"); prose that follows a
// table ("Candidates are heard in the order given.") does not.
func cellLike(t string) bool {
	if IsNameCell(t) {
		return true
	}
	_, text, ok := SplitCode(t)
	return ok && text == ""
}

// aloneText reports whether the cells under a title are one line of
// text alone, up to a table, the page's end or a title of the page's
// structure (ColumnsUnder's strict): a section that says it holds
// nothing ("None") or a sentence.
func aloneText(sc SectionColumns, cells []Block) bool {
	if cells[0].Table != nil || len(cells) == 1 || cells[1].Table != nil {
		return cells[0].Table == nil
	}
	_, titled := sc.ColumnsUnder(cells[1].Text)
	return titled
}

// headList lists the header rows of heads, "or" between them.
func headList(heads []Head) string {
	s := make([]string, len(heads))
	for i, h := range heads {
		s[i] = h.String()
	}
	return strings.Join(s, ", or ")
}

// headTable gives a table right after the title, which its style read
// without a header (an HTML table without <th>), the one header of heads
// its every row fits, with a warning; under a section's title (strict),
// a table whose rows fit none is refused at the first row that fits
// none, where no cell of its first row is a header's (a header row
// that names its columns in words a header cell holds, which Read takes
// for it). Otherwise the table is left as it is: Read takes its first
// row as its header.
func headTable(src Source, title Block, t *Table, heads []Head, strict bool) {
	var fit []Head
	best, bestAt := 0, -1
	for i, h := range heads {
		k := 0
		for k < len(t.Rows) && len(t.Rows[k].Cells) == len(h.Cells) && h.Fits(t.Rows[k].Cells) {
			k++
		}
		if k == len(t.Rows) {
			fit = append(fit, h)
		} else if k > bestAt {
			best, bestAt = i, k
		}
	}
	switch {
	case len(fit) == 1:
		src.Report.Warn(At(src.Name, t.Line), "the table at line %d, under %q at line %d, has no header row (a converter dropped it, or its HTML marks none with <th>): every row of it fits the columns %s, read as those; if they are other columns, write the table's header row", t.Line, Clip(title.Text), title.Line, fit[0])
		t.Header = fit[0].Cells
		t.Cols, _ = ColumnsOf(t.Header)
	case len(fit) > 1:
		src.Report.Fail(At(src.Name, t.Line), "the table at line %d, under %q at line %d, has no header row (a converter dropped it, or its HTML marks none with <th>), and its rows fit the columns %s and the columns %s alike: which they are cannot be told; write the table's header row", t.Line, Clip(title.Text), title.Line, fit[0], fit[1])
	case strict && !slices.ContainsFunc(t.Rows[0].Cells, IsHeaderCell):
		r := t.Rows[bestAt]
		src.Report.Fail(At(src.Name, r.Line), "the row at line %d (%s) of the table at line %d, under %q at line %d, fits none of the columns such a table carries (%s), and the table has no header row (a converter dropped it, or its HTML marks none with <th>): which column each cell is cannot be told; write the table's header row (%s)", r.Line, Clip(strings.Join(r.Cells, " | ")), t.Line, Clip(title.Text), title.Line, headList(heads), heads[best])
	}
}
