// Package reader reads the pages of an API whose HTTP status codes carry
// the outcome, such as Kakao Games' (titled sections, status code tables,
// example messages), into a schema.
package reader

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// Protocol is that of an API whose HTTP status codes carry the
// outcome, such as Kakao Games'.
type Protocol struct{}

func (Protocol) String() string {
	return "an API whose HTTP status codes carry the outcome"
}
func (Protocol) Documents(items []pages.Block) bool { return documentsStatusCodes(items) }
func (Protocol) Start(n int) read.Reading {
	return &reading{pages: make([]*statusPage, n)}
}

type reading struct {
	pages []*statusPage
	base  string
}

// SetBasePath gives the base path of the paths of the pages that show no
// example request.
func (r *reading) SetBasePath(base string) { r.base = base }

func (r *reading) Page(i int, src pages.Source, style pages.Style, items []pages.Block) {
	lines := src.Lines
	if _, markup := style.(html.Style); markup {
		lines = textLines(len(src.Lines), items)
	}
	r.pages[i] = readStatusPage(src.Name, lines, items, src.Report)
}

// textLines are the lines of a page of markup as its text items give
// them, each at its line: an example's lines are read from its <pre>
// block, without the tags around and inside it, and with its character
// references decoded.
func textLines(n int, items []pages.Block) []string {
	lines := make([]string, n)
	for _, it := range items {
		if it.Table != nil || it.Line < 1 || it.Line > n {
			continue
		}
		lines[it.Line-1] = strings.TrimSpace(lines[it.Line-1] + " " + it.Text)
	}
	return lines
}

func (r *reading) Build(name string, rep *pages.Reporter) *schema.API {
	return (&statusBuilder{pages: r.pages, name: name, base: r.base, rep: rep}).build()
}
