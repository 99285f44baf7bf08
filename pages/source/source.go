// Package source makes the Source every page is read from, whatever its
// style: the page's bytes read into its text as every style reads them
// (pages.ReadText, pages.RestoreSpaces), with the readers that styles
// lend every other through the Source: an HTML table a page of another
// style holds (html.Fragment), a table printed one cell per line among a
// page's text (cellperline), a whole table on one line
// (aligned.LineTables). pages cannot import those styles, which import
// it; a parse and the tests of the styles both take their Source from
// here, so a test reads a page through the passes a parse does.
package source

import (
	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/html"
)

// Read is the Source of the page name, its bytes data read into its
// text (pages.ReadText) and the spaces a print's font wrote a word for
// put back in the cells that are section titles by the protocols' words
// (titled, nil for none) or columns' names (pages.RestoreSpaces), with
// the readers the styles lend (Of); what reading the text recovers or
// refuses is reported on rep.
func Read(name string, data []byte, titled func(cell string) bool, rep *pages.Reporter) pages.Source {
	text := pages.ReadTitledText(name, data, titled, rep)
	pages.RestoreSpaces(name, &text, titled, rep)
	return Of(name, text, rep)
}

// Of is the Source of the page name's text, with the readers the styles
// lend every other (html.Fragment, cellperline's reading,
// aligned.LineTables), reporting on rep.
func Of(name string, text pages.Text, rep *pages.Reporter) pages.Source {
	return pages.Source{Name: name, Lines: text.Lines, At: text.At, Wrap: text.Wrap, Hyphenated: text.Hyphenated, HTML: html.Fragment, OneCellPerLine: cellperline.Style{}.Read, LineTables: aligned.LineTables, Report: rep}
}
