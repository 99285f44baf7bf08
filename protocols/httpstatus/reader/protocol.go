// Package reader reads the pages of an API whose HTTP status codes carry
// the outcome, such as Kakao Games' (titled sections, status code tables,
// example messages), into a schema.
package reader

import (
	"strings"

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
	// tables are the tables: entries of an overrides file: each places
	// a table in a section, or assigns a table of fields that nothing
	// places in a section to a type.
	tables []read.TableType
	// endpoints are the endpoints: entries of an overrides file: each
	// gives an operation whose page gives no method its endpoint line.
	endpoints []read.EndpointLine
	// methodLines are the lines of the methods of the endpoints built,
	// where their pages write the method on a line of its own.
	methodLines map[*schema.Endpoint]schema.Pos
}

// RequestLine is the line of e's method, where its page writes it on a
// line of its own ("GET" under "Method"): the line the request's tables
// stand under.
func (r *reading) RequestLine(e *schema.Endpoint) (schema.Pos, bool) {
	p, ok := r.methodLines[e]
	return p, ok
}

// AssignEndpoints takes the endpoints: entries of an overrides file:
// each names an operation by the line of its heading, and gives the
// method its page does not (with the path the page gives).
func (r *reading) AssignEndpoints(es []read.EndpointLine) { r.endpoints = es }

// AssignTables takes the tables: entries of an overrides file: those
// that place a table whose title this reader does not know in a section,
// and those that assign a table of fields nothing places to a type.
func (r *reading) AssignTables(ts []read.TableType) { r.tables = ts }

// SetBasePath gives the base path of the paths of the pages that show no
// example request.
func (r *reading) SetBasePath(base string) { r.base = base }

func (r *reading) Page(i int, src pages.Source, _ pages.Style, items []pages.Block) {
	placed, named := map[int]pageSection{}, map[int]string{}
	for _, t := range r.tables {
		if t.Table.Page != src.Name {
			continue
		}
		if s, ok := entrySection(t.Section); ok {
			placed[t.Table.Line] = s
		} else if t.Type != "" {
			named[t.Table.Line] = t.Type
		}
	}
	items = read.UnglueTitles(src.Name, pages.DropOutlines(src.Name, items, sectionWords{}, src.Report), src.Report)
	read.StrayRows(src.Name, items, src.Report)
	read.NoteFacts(src.Name, items, src.Report)
	read.WarnParagraphFacts(src.Name, items, src.Report)
	r.pages[i] = readStatusPage(src.Name, src.PDFText, src.PageLines(), items, src.Report, placed, named)
}

func (r *reading) Build(name string, rep *pages.Reporter) *schema.API {
	methods := map[schema.Pos]read.EndpointLine{}
	for _, e := range r.endpoints {
		methods[e.Section] = e
	}
	owners, given := map[schema.Pos]read.TableType{}, map[schema.Pos]read.TableType{}
	for _, t := range r.tables {
		switch {
		case t.Operation != "":
			owners[t.Table] = t
		case t.Status != "":
			given[t.Table] = t
		}
	}
	b := &statusBuilder{pages: r.pages, name: name, base: r.base, rep: rep, methods: methods, methodsTaken: map[schema.Pos]bool{}, owners: owners, ownersTaken: map[schema.Pos]bool{}, given: given, givenTaken: map[schema.Pos]bool{}}
	api := b.build()
	r.methodLines = b.methodLines
	for _, e := range r.endpoints {
		if !b.methodsTaken[e.Section] {
			rep.Fail(e.Fix, "stale override: %s is the heading of no operation whose page gives no method, nor of one whose example request's path disagrees with its heading's: delete the entry, or give the line of the operation's heading the error locates", e.Section)
		}
	}
	taken := map[schema.Pos]bool{}
	for _, sp := range r.pages {
		if sp != nil {
			for _, line := range sp.placed {
				taken[schema.Pos{Page: sp.name, Line: line}] = true
			}
		}
	}
	for _, t := range r.tables {
		_, known := entrySection(t.Section)
		switch {
		case t.Operation != "":
			if !b.ownersTaken[t.Table] {
				rep.Fail(t.Fix, "stale override: %s is no row of a code table that serves several endpoints whose endpoint the pages leave untold: delete the entry, or give the line of the code row the error locates", t.Table)
			}
		case t.Status != "":
			if !b.givenTaken[t.Table] {
				rep.Fail(t.Fix, "stale override: %s is the header of no code table without a Status column: delete the entry, or give the line of the table's header the error locates", t.Table)
			}
		case taken[t.Table]:
		case t.Section == "":
			rep.Fail(t.Fix, "stale override: %s is no table of fields that nothing places in a section (a title or a heading places it, or the line is no table's header): delete the entry, or give the line of the table's header", t.Table)
		case !known:
			rep.Fail(t.Fix, "section: %q is no section of an operation of these pages: write one of %s", t.Section, strings.Join(sectionNames(slotSections), ", "))
		default:
			rep.Fail(t.Fix, "stale override: %s is no table of fields whose section the page leaves untold (a title places it, or the line is no table's header): delete the entry, or give the line of the table's header", t.Table)
		}
	}
	return api
}

// HeadersDocumented says why an endpoint that documents no headers at
// all may have had some: the pages of an API whose status codes carry the
// outcome document the headers of each endpoint, the credentials among
// them (appSecret, Authorization). A public endpoint may take none, and
// no override says so: they may be lost, not surely.
func (r *reading) HeadersDocumented(*schema.Endpoint) (string, bool) {
	return "the pages of an API whose status codes carry the outcome document each endpoint's headers, its credentials among them", false
}

// RequiredHeader is "": the headers of an API whose status codes carry
// the outcome are its vendor's, none of them the protocol's.
func (r *reading) RequiredHeader(*schema.Endpoint) string { return "" }
