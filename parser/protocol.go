package parser

import (
	"fmt"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// A Protocol is a kind of API, told by how its pages document the outcome
// of a call. It reads the items of its pages into a schema: a reading
// holds the pages of one protocol only, in the protocol's own types.
type Protocol interface {
	// Documents reports whether a page's items bear the protocol's
	// marks.
	Documents(items []pages.Block) bool
	// String names the kind of API, for the message refusing pages of two
	// protocols.
	String() string
	// Start starts the reading of n pages.
	Start(n int) Reading
}

// A Reading reads the pages of one protocol, then merges them.
type Reading interface {
	// Page reads the items of page i, which the style st read; pages are
	// read concurrently.
	Page(i int, src pages.Source, st pages.Style, items []pages.Block)
	// Build merges the pages read into the schema of the API name.
	Build(name string, rep *pages.Reporter) *schema.API
}

// protocols are the protocols, in the order they are asked whether a page
// is theirs; the last one takes every page.
var protocols = []Protocol{httpStatusProtocol{}, gearnProtocol{}}

// protocolOf returns the protocol of a page's items.
func protocolOf(items []pages.Block) Protocol {
	for _, p := range protocols[:len(protocols)-1] {
		if p.Documents(items) {
			return p
		}
	}
	return protocols[len(protocols)-1]
}

// sameProtocol refuses pages of two protocols in one parse: the first
// page's protocol is the schema's, and a page of another is an error
// naming both, in the order of the protocols.
func sameProtocol(scraped []Page, of []Protocol) error {
	for i := range scraped {
		if of[i] == of[0] {
			continue
		}
		a, b := scraped[0].Name, scraped[i].Name
		pa, pb := of[0], of[i]
		if protocolIndex(pb) < protocolIndex(pa) {
			a, b, pa, pb = b, a, pb, pa
		}
		return schema.Diagnostics{{Pos: pages.At(scraped[i].Name, 1),
			Msg: fmt.Sprintf("%s documents %s, but %s documents %s; parse the two APIs separately", a, pa, b, pb)}}
	}
	return nil
}

func protocolIndex(p Protocol) int {
	for i, q := range protocols {
		if q == p {
			return i
		}
	}
	return -1
}

// gearnProtocol is GearN's: every answer is HTTP 200 with an envelope
// whose returnCode carries the outcome.
type gearnProtocol struct{}

func (gearnProtocol) String() string                     { return "a GearN API, whose envelope does" }
func (gearnProtocol) Documents(items []pages.Block) bool { return true }
func (gearnProtocol) Start(n int) Reading                { return &gearnReading{docs: make([]*pageDoc, n)} }

type gearnReading struct{ docs []*pageDoc }

func (r *gearnReading) Page(i int, src pages.Source, st pages.Style, items []pages.Block) {
	pd := interpret(src.Name, st, items, src.Report)
	if len(pd.endpoints) == 0 {
		src.Report.Fail(pages.At(src.Name, 1), "not an API documentation page: no endpoint line such as \"POST /api/rJson/authenticate/client/loginByAccount\" (%s page)", st)
	}
	pd.sortFieldRows()
	r.docs[i] = pd
}

func (r *gearnReading) Build(name string, rep *pages.Reporter) *schema.API {
	return (&builder{docs: r.docs, name: name, rep: rep}).build()
}

// httpStatusProtocol is that of an API whose HTTP status codes carry the
// outcome, such as Kakao Games'.
type httpStatusProtocol struct{}

func (httpStatusProtocol) String() string {
	return "an API whose HTTP status codes carry the outcome"
}
func (httpStatusProtocol) Documents(items []pages.Block) bool { return documentsStatusCodes(items) }
func (httpStatusProtocol) Start(n int) Reading {
	return &httpStatusReading{pages: make([]*statusPage, n)}
}

type httpStatusReading struct{ pages []*statusPage }

func (r *httpStatusReading) Page(i int, src pages.Source, _ pages.Style, items []pages.Block) {
	r.pages[i] = readStatusPage(src.Name, src.Lines, items, src.Report)
}

func (r *httpStatusReading) Build(name string, rep *pages.Reporter) *schema.API {
	return (&statusBuilder{pages: r.pages, name: name, rep: rep}).build()
}
