package pages

import "fmt"

// A PDF keeps no table's cells, only pieces of text where the cells were
// printed: a page that is a PDF's text (pdftohtml's HTML of one) sets
// the cells of its tables as lines no style can tell the cells and rows
// of. Such a page says what wrote it (pdftohtml's <meta
// name="generator">), and its style tells it (PDFTelling): a refusal of
// a table it lost says so, and what to read instead (PDFTextAdvice).

// PDFText tells that a page is a PDF's text: What the page is
// ("pdftohtml's HTML of a PDF") and Line, that of what says so (its
// generator). The zero PDFText tells a page that is none.
type PDFText struct {
	What string
	Line int
}

// String is what the page is and where it says so: "pdftohtml's HTML of
// a PDF (its generator at line 6)".
func (p PDFText) String() string {
	return fmt.Sprintf("%s (its generator at line %d)", p.What, p.Line)
}

// PDFTextAdvice is what to read instead of a page that is a PDF's text,
// whose tables' cells are lost: the page's source, or the PDF's text as
// pdftotext -layout sets it, its columns apart.
const PDFTextAdvice = "Read the page from its source (the page saved from the browser as HTML), or turn the PDF into text with pdftotext -layout, which keeps its columns apart"

// A PDFTelling style tells, of a page, whether it is a PDF's text, by
// what the page says of what wrote it.
type PDFTelling interface {
	Style
	PDFText(src Source) PDFText
}

// PDFTextOf tells whether the page src, of style st, is a PDF's text
// (PDFTelling); the zero PDFText when its style tells none.
func PDFTextOf(st Style, src Source) PDFText {
	if t, ok := st.(PDFTelling); ok {
		return t.PDFText(src)
	}
	return PDFText{}
}
