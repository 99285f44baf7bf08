// Package reader reads the pages of a GearN API (endpoints under Client,
// Server and Admin sections, the envelope whose returnCode carries the
// outcome, type and enum tables) into a schema, with GearN's vocabulary
// and its recoveries from the other pages.
package reader

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// Protocol is GearN's: every answer is HTTP 200 with an envelope
// whose returnCode carries the outcome.
type Protocol struct{}

func (Protocol) String() string           { return "a GearN API, whose envelope does" }
func (Protocol) Name() schema.Protocol    { return schema.ProtocolGearN }
func (Protocol) Start(n int) read.Reading { return &reading{docs: make([]*pageDoc, n)} }
func (Protocol) BlocksOnly()              {}

type reading struct {
	docs      []*pageDoc
	tables    []read.TableType
	endpoints []read.EndpointLine
}

// AssignEndpoints takes the endpoints: entries of an overrides file: the
// endpoint lines of sections whose own the pages lost.
func (r *reading) AssignEndpoints(es []read.EndpointLine) { r.endpoints = es }

// AssignTables takes the tables: entries of an overrides file: the types
// of tables without a heading, and the sections of tables nothing
// places.
func (r *reading) AssignTables(ts []read.TableType) { r.tables = ts }

func (r *reading) Page(i int, src pages.Source, st pages.Style, items []pages.Block) {
	placed := map[int]string{}
	for _, t := range r.tables {
		if sec := strings.ToLower(t.Section); slices.Contains(entrySections, sec) && t.Table.Page == src.Name {
			placed[t.Table.Line] = sec
		}
	}
	pd := interpret(src.Name, st, src.PDFText, items, src.Report, placed)
	given := map[int]read.EndpointLine{}
	for _, e := range r.endpoints {
		if e.Section.Page == src.Name {
			given[e.Section.Line] = e
		}
	}
	pd.recoverPaths(src.Report, given)
	switch {
	case len(pd.endpoints) == 0 && len(pd.examples) > 0:
		ex := pd.examples[0]
		src.Report.Fail(pages.At(src.Name, ex.line), "no endpoint line: the request line at line %d (%s %s) is an example's, under an example's title or followed by a header or a body, and an example declares no endpoint; write the endpoint line on a line of its own, under the heading of its role (Client, Server or Admin)", ex.line, ex.method, ex.path)
	case len(pd.endpoints) == 0:
		src.Report.Fail(pages.At(src.Name, 1), "not an API documentation page: no endpoint line such as \"POST /api/rJson/authenticate/client/loginByAccount\" (%s page)", st)
	}
	pd.sortFieldRows()
	r.docs[i] = pd
}

func (r *reading) Build(name string, rep *pages.Reporter) *schema.API {
	b := &builder{docs: r.docs, name: name, rep: rep, assigned: map[schema.Pos]string{}}
	taken := map[schema.Pos]bool{}
	for _, pd := range r.docs {
		if pd == nil {
			continue
		}
		for _, line := range pd.placed {
			taken[schema.Pos{Page: pd.name, Line: line}] = true
		}
		for _, line := range pd.given {
			taken[schema.Pos{Page: pd.name, Line: line}] = true
		}
	}
	for _, t := range r.tables {
		if t.Type != "" {
			b.assigned[t.Table] = t.Type
		}
	}
	api := b.build()
	for _, e := range r.endpoints {
		if !taken[e.Section] {
			rep.Fail(e.Fix, "stale override: %s is no section whose endpoint line is lost, nor an endpoint line this reader refuses: delete the entry, or give the line the error locates", e.Section)
		}
	}
	for _, t := range r.tables {
		switch {
		case t.Operation != "":
			rep.Fail(t.Fix, "operation: a GearN page has no code table that serves several endpoints, whose rows an entry gives to one: delete the entry")
		case t.Status != "":
			rep.Fail(t.Fix, "status: a GearN page has no code table of an HTTP status's detail codes, which an entry gives its status: delete the entry")
		case t.Type != "" && !b.usedAssigned[t.Table]:
			rep.Fail(t.Fix, "stale override: %s is no table without a heading of the pages: delete the entry, or give the line of the table's header", t.Table)
		case t.Section != "" && !slices.Contains(entrySections, strings.ToLower(t.Section)):
			rep.Fail(t.Fix, "section: %q is no section of a GearN page: write one of %s", t.Section, strings.Join(entrySections, ", "))
		case t.Section != "" && !taken[t.Table]:
			rep.Fail(t.Fix, "stale override: %s is no table of fields that neither a title nor a heading places: delete the entry, or give the line of the table's header", t.Table)
		}
	}
	return api
}

// Mentions returns the type names a GearN page mentions (collectNames).
func (Protocol) Mentions(text []string) []string { return collectNames(text) }

// Lexicon is the type names GearN pages mention, for a style whose cells
// run together.
func (Protocol) Lexicon(mentions [][]string) pages.Lexicon {
	return gearnWords{read.NameSetOf(mentions)}
}

// HeadersDocumented says why a GearN endpoint that documents no headers
// at all had some: every POST, the request of GearN's own (rJson,
// rMsgPack), carries the Secret-Key its role's credentials are, and its
// page writes the table of its headers; they are lost. A GET, a plain
// request whose page may say it needs no permission, may take none. A
// POST whose section of its request headers holds text and no table
// (a definition list a converter flattened) lost no table: the builder
// warns that it goes without what the section documents, and of each
// of its lines.
func (r *reading) HeadersDocumented(e *schema.Endpoint) (string, bool) {
	if e.Method != "POST" || r.headersUnread(e) {
		return "", false
	}
	return "every POST endpoint of a GearN API sends the Secret-Key of its role's credentials, and its page documents its headers", true
}

// headersUnread reports whether the endpoint e's section of its request
// headers holds text and no table (endpointDoc.unread).
func (r *reading) headersUnread(e *schema.Endpoint) bool {
	for _, pd := range r.docs {
		if pd == nil || pd.name != e.At.Page {
			continue
		}
		for _, ep := range pd.endpoints {
			if ep.line == e.At.Line && slices.ContainsFunc(ep.unread, func(s pages.Block) bool { p, _ := titlePart(s.Text); return p == partHeaders }) {
				return true
			}
		}
	}
	return false
}

// RequiredHeader is the header every GearN POST endpoint documents, last
// in its table: Content-Type, the form of its body (rJson's JSON,
// rMsgPack's MessagePack).
func (r *reading) RequiredHeader(e *schema.Endpoint) string {
	if e.Method != "POST" {
		return ""
	}
	return "Content-Type"
}
