// Package reader reads the pages of an API whose HTTP status codes carry
// the outcome, such as Kakao Games' (titled sections, status code tables,
// example messages), into a schema.
package reader

import (
	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// Protocol is that of an API whose HTTP status codes carry the
// outcome, such as Kakao Games'.
type Protocol struct{}

func (Protocol) String() string {
	return "an API whose HTTP status codes carry the outcome"
}
func (Protocol) Name() schema.Protocol { return schema.ProtocolHTTPStatus }
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

func (r *reading) Page(i int, src pages.Source, _ pages.Style, items []pages.Block) {
	r.pages[i] = readStatusPage(src.Name, src.PageLines(), items, src.Report)
}

func (r *reading) Build(name string, rep *pages.Reporter) *schema.API {
	return (&statusBuilder{pages: r.pages, name: name, base: r.base, rep: rep}).build()
}
