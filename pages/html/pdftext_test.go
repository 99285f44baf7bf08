package html_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/source"
)

// TestPDFTextLostTables refuses the tables of a page pdftohtml wrote of
// a PDF, each at its header row: the PDF's text keeps no cells, a row's
// cells that share a line are one space apart as words are ("Authorization
// String Y"), the others on lines of their own. The same lines on a page
// no pdftohtml wrote are text as before. A section's title that names
// the column the header row's first cell names is no part of the row;
// header cells that share a line are cut into the column names they are.
func TestPDFTextLostTables(t *testing.T) {
	page := `<!DOCTYPE html>
<html><head>
<meta name="generator" content="pdftohtml 0.36"/>
</head>
<body bgcolor="#A0A0A0">
<a name=1></a><b>Request&#160;Headers</b><br/>
<b>Name</b><br/>
<b>Type&#160;Mandatory</b><br/>
<b>Description</b><br/>
Authorization&#160;String&#160;Y<br/>
Authorization:&#160;KakaoAK&#160;{ADMIN_KEY}<br/>
<b>Description</b><br/>
Returns&#160;the&#160;grounds.<br/>
<b>Response&#160;Status&#160;Code</b><br/>
<b>Status&#160;Code&#160;Status&#160;Code&#160;Description</b><br/>
<b>Status&#160;Code&#160;Detailed&#160;Description</b><br/>
200<br/>
Normal&#160;Response<br/>
<b>Response&#160;Codes</b><br/>
<b>Http&#160;response&#160;code&#160;detail_code</b><br/>
<b>msg</b><br/>
<hr/>
</body></html>`
	errs := func(page string) []string {
		rep := &pages.Reporter{}
		pages.Read(html.Style{}, source.Of("p.html", pages.Text{Lines: pages.Lines([]byte(page))}, rep))
		_, es := rep.Sorted([]string{"p.html"}, false)
		var got []string
		for _, e := range es {
			got = append(got, e.Error())
		}
		return got
	}
	const why = ` are the header row of a table that the page lost: it is pdftohtml's HTML of a PDF (its generator at line 3), which keeps no table's cells, joins the cells of a row that share a line with one space as it joins words, and sets its other cells, and the lines a cell wraps onto, on lines of their own, so which words make a cell and which lines make a row cannot be told. Read the page from its source (the page saved from the browser as HTML), or turn the PDF into text with pdftotext -layout, which keeps its columns apart, or write the table with its cells set apart (pipes, or two spaces or a tab between them), a row a line, under its header row`
	want := []string{
		`p.html:7: lines 7-9 ("Name / Type Mandatory / Description")` + why,
		`p.html:15: lines 15-16 ("Status Code Status Code Description / Status Code Detailed Description")` + why,
		`p.html:20: lines 20-21 ("Http response code detail_code / msg")` + why,
	}
	if got := errs(page); !reflect.DeepEqual(got, want) {
		t.Errorf("pdftohtml's page: got %q\nwant %q", got, want)
	}
	other := strings.Replace(page, "pdftohtml 0.36", "Confluence", 1)
	if got := errs(other); len(got) != 0 {
		t.Errorf("a page no pdftohtml wrote: got %q, want no error", got)
	}
}

// TestPDFTextTold tells a page pdftohtml wrote by its <meta
// name="generator">, at its line, through pages.PDFTextOf, and no other
// page: one that names pdftohtml in its text only, or another generator.
func TestPDFTextTold(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       pages.PDFText
	}{
		{"pdftohtml's", "<html><head>\n<title>x</title>\n<meta name=\"generator\" content=\"pdftohtml 0.36\"/>\n</head><body>x</body></html>", pages.PDFText{What: "pdftohtml's HTML of a PDF", Line: 3}},
		{"named in the text", "<html><head>\n<meta name=\"generator\" content=\"Confluence\"/>\n</head><body>made with pdftohtml</body></html>", pages.PDFText{}},
		{"no generator", "<html><body><p>x</p></body></html>", pages.PDFText{}},
	} {
		rep := &pages.Reporter{}
		src := source.Of("p.html", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep)
		if got := pages.PDFTextOf(html.Style{}, src); got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}
