package html

import "testing"

func TestNamesPDFToHTML(t *testing.T) {
	for l, want := range map[string]bool{
		`<meta name="generator" content="pdftohtml 0.36"/>`: true,
		`<META NAME="GENERATOR" CONTENT="PDFTOHTML">`:       true,
		"pdftohtm":           false,
		"a pdf to html page": false,
		"":                   false,
		// The name is tried at each "p" and "P": after others, at a
		// line's end, cut short there.
		"<p>ppdftohtml":     true,
		"span px pdftohtmx": false,
		"made by PdfToHtml": true,
		"<P>PDFTOHTM":       false,
		"pdftoHTML\xff":     true,
	} {
		if got := namesPDFToHTML(l); got != want {
			t.Errorf("namesPDFToHTML(%q) = %v, want %v", l, got, want)
		}
	}
}
