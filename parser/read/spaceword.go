package read

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// RestoreSpaces puts back the spaces of the cells of a page's text that a
// word stands in place of (pages.SpaceWords: "Request목욕탕 Headers", a
// print's font that mapped its space glyph to the page title's word),
// where the cell so spaced is a section title of two words or more
// (ReadTitle) or a column's name (pages.IsHeaderCell), each with a
// warning; a cell that says neither is left as the page has it.
func RestoreSpaces(page string, t *pages.Text, rep *pages.Reporter) {
	for i, l := range t.Lines {
		ws := pages.SpaceWords(l)
		for k := len(ws) - 1; k >= 0; k-- {
			w := ws[k]
			if _, ok := ReadTitle(w.Spaced); !ok && !pages.IsHeaderCell(w.Spaced) {
				continue
			}
			line := i + 1
			if t.At != nil {
				line = t.At[i]
			}
			rep.Warn(pages.At(page, line), "line %d: %q stands in place of every space of %q, as a print's font that maps its space to a word writes it (the page title's word where the font has no glyph for it): read as %q", line, w.Word, strings.TrimSpace(l[w.From:w.To]), w.Spaced)
			t.Lines[i] = pages.Respaced(t.Lines[i], w)
		}
	}
}
