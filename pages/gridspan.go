package pages

// A GridCell is a cell of a wiki's table row as its style reads it, for
// SpanGrid: its text, rendered; the index of its line; whether it is a
// header cell; and the columns and rows it spans (0 or 1 for one).
type GridCell struct {
	Text       string
	Line       int
	Header     bool
	Cols, Rows int
}

// A GridSource is a row of a wiki's table as written, for SpanGrid: the
// index of its first line and its number of cells.
type GridSource struct {
	Line, Cells int
}

// A GridRow is a row of a wiki's table as the wiki lays it out
// (SpanGrid): its cells' text, each cell's line (an index of the page's
// lines) and whether it is a header cell; or, for a note, its text
// alone.
type GridRow struct {
	Cells  []string
	Lines  []int
	Header []bool
	Note   string
}

// GridSpans is how a style's markup spans cells, for SpanGrid's
// warnings and bounds: Cols names the markup of a cell that spans n
// columns ("colspan"), Rows that of one that spans n rows from the row
// it is read in ("rowspan"); Bound, where it is not 0, is the most
// columns a row's spans fill (a cell from that column on spans one
// column and no rows), so that a page of nothing but spans is read in
// time and space of its size.
type GridSpans struct {
	Cols, Rows func(n int) string
	Bound      int
}

// SpanGrid lays out the rows of a wiki's table: each cell that spans
// columns followed by empty cells, and each that spans rows repeated in
// the rows below it at its column, each with a warning. A row of one
// cell that spans columns is a note. cell reads the cell n of the row
// k, each once, in order, after the cells spanned down to it are put
// out: the warnings of a cell's reading stand in the order of the row's
// cells.
func SpanGrid(src Source, rows []GridSource, cell func(k, n int) GridCell, how GridSpans) []GridRow {
	type open struct {
		text       string
		left, from int
	}
	var opens []open // by column
	out := make([]GridRow, len(rows))
	for k, rw := range rows {
		g := &out[k]
		g.Cells, g.Lines, g.Header = make([]string, 0, rw.Cells), make([]int, 0, rw.Cells), make([]bool, 0, rw.Cells)
		add := func(text string, line int, header bool) {
			g.Cells, g.Lines, g.Header = append(g.Cells, text), append(g.Lines, line), append(g.Header, header)
		}
		fill := func() {
			for len(g.Cells) < len(opens) && opens[len(g.Cells)].left > 0 {
				o := &opens[len(g.Cells)]
				src.Report.Warn(At(src.Name, rw.Line+1), "the cell %d of the row at line %d is the cell of the row at line %d above it, which spans its column down (%s): read as that cell, %q", len(g.Cells)+1, rw.Line+1, o.from+1, how.Rows(o.left+1), Clip(o.text))
				add(o.text, rw.Line, false)
				o.left--
			}
		}
		for n := range rw.Cells {
			fill()
			c := cell(k, n)
			if rw.Cells == 1 && c.Cols > 1 {
				*g = GridRow{Note: c.Text}
				break
			}
			bounded := how.Bound == 0 || len(g.Cells) < how.Bound
			if how.Bound > 0 {
				c.Cols = min(c.Cols, max(1, how.Bound-len(g.Cells)))
			}
			if c.Rows > 1 && bounded {
				for len(opens) <= len(g.Cells) {
					opens = append(opens, open{})
				}
				opens[len(g.Cells)] = open{text: c.Text, left: c.Rows - 1, from: rw.Line}
			}
			add(c.Text, c.Line, c.Header)
			if c.Cols > 1 {
				src.Report.Warn(At(src.Name, c.Line+1), "the cell %d of the row at line %d spans %d columns (%s): read as that cell and %d empty cells after it", n+1, rw.Line+1, c.Cols, how.Cols(c.Cols), c.Cols-1)
				for range c.Cols - 1 {
					add("", c.Line, c.Header)
				}
			}
		}
		if g.Note == "" {
			fill()
		}
	}
	return out
}
