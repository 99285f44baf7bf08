package html

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// poppler's pdftohtml turns a PDF back into HTML as the PDF's text: each
// line of text a line ended by <br/>, every space an NBSP, a page break
// an <hr/>, and no table. A PDF keeps no table's cells, only pieces of
// text where the cells were printed: pdftohtml joins the pieces that
// share a line with one space, as it joins the words of a sentence
// ("Authorization String Y" is a name, a type and a flag; "Authorization:
// KakaoAK {ADMIN_KEY}" is one cell), and sets the others, a cell taller
// than its row's one-line cells and each line a cell wraps onto, on lines
// of their own, so neither where a cell ends nor which lines make a row
// is in its text. Such a page's tables are lost: it is refused at the
// header row of each, with what to read or write instead; the page
// tells it is a PDF's text (Style.PDFText), so that a section's refusal
// that finds no table there says so too.

// isPDFText reports whether the element n is the <meta name="generator">
// that pdftohtml writes in the head of its page ("pdftohtml 0.36").
func isPDFText(n *html.Node) bool {
	return n.DataAtom == atom.Meta && strings.EqualFold(attr(n, "name"), "generator") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(attr(n, "content"))), "pdftohtml")
}

// pdfText is what tells that pdftohtml wrote a page: its generator, at
// line meta.
func pdfText(meta int) pages.PDFText {
	return pages.PDFText{What: "pdftohtml's HTML of a PDF", Line: meta}
}

// PDFText tells that pdftohtml wrote the page: its <meta
// name="generator"> names it (isPDFText). Only a page a line of which
// names pdftohtml is parsed for it.
func (Style) PDFText(src pages.Source) pages.PDFText {
	if !slices.ContainsFunc(src.Lines, namesPDFToHTML) {
		return pages.PDFText{}
	}
	text := sources.Get().(*source)
	defer sources.Put(text)
	root, starts, err := text.tree.Parse(text.join(src.Lines), src.Lines, 1)
	if err != nil {
		return pages.PDFText{}
	}
	if meta, ok := starts[find(root).pdfText]; ok {
		return pdfText(meta)
	}
	return pages.PDFText{}
}

// refuseLostTables reports, as an error at its first line, each header
// row of a table that the text of a page pdftohtml wrote (pdf) holds: two lines or more in a row, each the names of
// columns (headerCells), as pdftohtml sets a header row's cells, one a
// line or those that share a line together. A line of one column's name
// right over them whose column their first cell names again is the
// section's title ("Response Status Code" over "Status Code"), no cell
// of the header row, which names each column once.
func refuseLostTables(page pages.Source, items []pages.Block, pdf pages.PDFText) {
	for i := 0; i < len(items); i++ {
		end := i
		for end < len(items) && items[end].Table == nil && headerCells(items[end].Text) != nil && (end == i || items[end].Line == items[end-1].Line+1) {
			end++
		}
		if end-i < 2 {
			continue
		}
		from := i
		if end-i > 2 && titleOver(items[i].Text, items[i+1].Text) {
			from++
		}
		texts := make([]string, end-from)
		for k, it := range items[from:end] {
			texts[k] = pages.Clip(it.Text)
		}
		page.Report.Fail(pages.At(page.Name, items[from].Line), "lines %d-%d (%q) are the header row of a table that the page lost: it is %s, which keeps no table's cells, joins the cells of a row that share a line with one space as it joins words, and sets its other cells, and the lines a cell wraps onto, on lines of their own, so which words make a cell and which lines make a row cannot be told. %s, or write the table with its cells set apart (pipes, or two spaces or a tab between them), a row a line, under its header row", items[from].Line, items[end-1].Line, strings.Join(texts, " / "), pdf, pages.PDFTextAdvice)
		i = end - 1
	}
}

// titleOver reports whether the line title, one column's name, is the
// title of the header row whose first line is head: the column it names
// is the one head's first cell names ("Response Status Code" over
// "Status Code Status Code Description").
func titleOver(title, head string) bool {
	col := pages.HeaderColumn(title)
	return col != pages.ColOther && pages.IsHeaderCell(title) && pages.HeaderColumn(headerCells(head)[0]) == col
}

// headerCells returns the names of columns a line of text is, as
// pdftohtml joins the header cells that share a line with one space
// ("Type Mandatory", "Http response code detail_code"): its words cut
// into runs each a header cell (pages.IsHeaderCell), the first run the
// longest that lets the rest be cut so; nil when no cut does.
func headerCells(text string) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil
	}
	// rest[k] is the cells of words[k:], nil where no cut reads them.
	rest := make([][]string, len(words)+1)
	rest[len(words)] = []string{}
	for k := len(words) - 1; k >= 0; k-- {
		for e := len(words); e > k; e-- {
			if rest[e] == nil {
				continue
			}
			if c := strings.Join(words[k:e], " "); pages.IsHeaderCell(c) {
				rest[k] = append([]string{c}, rest[e]...)
				break
			}
		}
	}
	return rest[0]
}

// namesPDFToHTML reports whether a line names pdftohtml, in any case,
// without a lower-cased copy of every line of every page: the name is
// tried at each "p" and each "P", which strings.IndexByte finds.
func namesPDFToHTML(l string) bool {
	const name = "pdftohtml"
	for _, p := range [...]byte{'p', 'P'} {
		for s := l; ; {
			i := strings.IndexByte(s, p)
			if i < 0 || len(s)-i < len(name) {
				break
			}
			if strings.EqualFold(s[i:i+len(name)], name) {
				return true
			}
			s = s[i+1:]
		}
	}
	return false
}
