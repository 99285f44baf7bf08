package cellperline

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Headless reads pages whose tables lost their header rows and whose
// cells stand one a paragraph, blank lines between them: a text dump of
// an OpenDocument file (odt2txt) that pandoc wrote from an HTML page
// whose header rows of <th> stood inside its <tbody>. No column is named
// anywhere: the cells are read as the columns the protocol's section
// titles carry (pages.SectionColumns), which the style needs the
// lexicon for.
type Headless struct{}

func (Headless) String() string       { return "one cell a paragraph, no header row" }
func (Headless) NeedsLexicon() bool   { return true }
func (Headless) Extensions() []string { return []string{".txt"} }

// CellsOneABlock marks the style as one whose text blocks are cells
// (pages.CellBlocks).
func (Headless) CellsOneABlock() {}

// headlessRows is the least number of rows a page must hold, each a
// name, a type and a requiredness one a paragraph, to be of the style.
const headlessRows = 2

// Detect rates 1 a page that holds headlessRows rows of fields or more
// with their cells one a paragraph (fieldRowAt), the lowest rate: a page
// any style that reads a header rates is of that style.
func (Headless) Detect(lines []string) int {
	gs := groupsOf(cleanLines(lines))
	n := 0
	for g := range gs {
		if fieldRowAt(lines, gs, g) {
			n++
		}
	}
	if n < headlessRows {
		return 0
	}
	return 1
}

// fieldRowAt reports whether the paragraphs from group g on begin a row
// of fields, one a paragraph of one line: a name, a type word (a
// primitive, maybe with a note in parentheses, or a generic type) and a
// requiredness.
func fieldRowAt(lines []string, gs []group, g int) bool {
	if g+2 >= len(gs) || len(gs[g].lines) != 1 || len(gs[g+1].lines) != 1 || len(gs[g+2].lines) != 1 {
		return false
	}
	name, typ, req := clean(lines[gs[g].lines[0]]), clean(lines[gs[g+1].lines[0]]), clean(lines[gs[g+2].lines[0]])
	if _, ok := pages.Requiredness(req); !ok || !pages.IsNameCell(name) {
		return false
	}
	if open := strings.IndexByte(typ, '('); open > 0 {
		typ = strings.TrimSpace(typ[:open])
	}
	_, primitive := pages.LookupLower(pages.PrimitiveTypes, typ)
	return primitive || strings.HasSuffix(typ, ">") && strings.Contains(typ, "<")
}

// Read reads each paragraph as a block of text, its lines joined where
// the page's hard wrap broke them (pages.Source.WrapBroke), and apart
// where it did not ("/trophy/holders" over "Description") or where a
// name stands alone after a sentence's end (cellAfterSentence); pages.Read
// then reads the cells under each title as the columns the protocol
// knows. A protocol whose lexicon knows no columns leaves the page
// refused at its first row.
func (Headless) Read(src pages.Source) []pages.Block {
	var items []pages.Block
	for i := 0; i < len(src.Lines); i++ {
		t := clean(src.Lines[i])
		if t == "" {
			continue
		}
		at := i
		for i+1 < len(src.Lines) && src.WrapBroke(i) && clean(src.Lines[i+1]) != "" && !cellAfterSentence(t, clean(src.Lines[i+1])) {
			i++
			t += " " + clean(src.Lines[i])
		}
		items = append(items, pages.Block{Line: at + 1, Text: t})
	}
	if _, ok := src.Words.(pages.SectionColumns); !ok {
		gs := groupsOf(cleanLines(src.Lines))
		for g := range gs {
			if fieldRowAt(src.Lines, gs, g) {
				l := gs[g].lines[0] + 1
				src.Report.Fail(pages.At(src.Name, l), "line %d begins a row of a table whose cells stand one a paragraph with no header row (a converter dropped it), and the protocol of the page knows no columns its sections' tables carry: which column each cell is cannot be told; write each table's header row (Name | Type | Mandatory | Description) under its title", l)
				break
			}
		}
	}
	return items
}

// cellAfterSentence reports whether next, the line after the text t of a
// paragraph, is a cell that a wrap did not break off t: a name alone
// ("Authorization") after a sentence's end, a row's first cell that a
// line of text amid the cells stands right over.
func cellAfterSentence(t, next string) bool {
	return strings.HasSuffix(t, ".") && pages.IsNameCell(next)
}
