package xmldoc_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/xmldoc"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzXMLDoc parses pages of any content seeded with pages written as
// DocBook, JATS, TEI, FictionBook and OpenDocument documents, of both protocols.
func FuzzXMLDoc(f *testing.F) {
	parsetest.Fuzz(f, xmldoc.Style{}, "../../testdata/facts/y04_*/*.xml", "../../testdata/facts/ba03_*/*.xml", "../../testdata/sweep/pandoc-docbook4/1*/*.xml", "../../testdata/sweep/pandoc-docbook5/y*/*.xml", "../../testdata/sweep/pandoc-jats/u*/*.xml", "../../testdata/sweep/pandoc-tei/b*/*.xml", "../../testdata/facts/bb02_*/*.fb2")
}

// FuzzICML parses pages of any content seeded with InDesign stories
// (ICML) as pandoc writes them, of a Kakao page.
func FuzzICML(f *testing.F) {
	parsetest.Fuzz(f, xmldoc.Style{}, "../../testdata/facts/az02_*/*.icml")
}
