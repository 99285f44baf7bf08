package read

import (
	"fmt"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// A table with no title of its own (the header table right under an
// endpoint's line, "POST /api/rJson/…", or under a bare method line,
// "GET") that a scrape cut whole, or whose first part it cut where a page
// break parted the table and repeated its header over the rest, leaves
// nothing on the page to say it was there: the endpoint reads as one
// that takes no headers, or HTTP's own alone (Content-Type). What else
// the pages say tells the loss: the other endpoints of the operation or
// of the page document headers of their own, the endpoint names a
// permission its caller's credentials must hold, its example request
// sends a header no table documents, or its protocol documents the
// headers of every such endpoint (HeaderDocumenting). UntitledHeadersLost
// warns of each such endpoint at its line, with the evidence and the
// override that adds what was lost, or refuses it there where its
// protocol says the headers are lost; the endpoint is never read in
// silence as one that takes nothing.

// messageHeaders are the headers HTTP's own handling of a message sends
// (its framing, its negotiation, its client): an example that sends them
// says nothing of the headers an API documents.
var messageHeaders = map[string]bool{"host": true, "content-type": true, "content-length": true, "content-encoding": true, "accept": true, "accept-encoding": true, "accept-language": true, "accept-charset": true, "user-agent": true, "connection": true, "cache-control": true, "pragma": true, "transfer-encoding": true, "keep-alive": true, "expect": true}

// A RequestPlacing reading knows, of an endpoint it built, the line
// right under which its page starts the endpoint's request where that is
// not the endpoint's own line: the method's line of a page that writes
// the method on a line of its own ("GET" under "Method"), apart from the
// path. A table with no title of its own stands under it.
type RequestPlacing interface {
	RequestLine(e *schema.Endpoint) (schema.Pos, bool)
}

// A HeaderDocumenting reading knows what its protocol's pages document
// of the headers of an endpoint it built.
type HeaderDocumenting interface {
	// HeadersDocumented says, of an endpoint that documents no headers
	// at all, why the pages document some: why says it ("" where they
	// may document none), and lost is set where every such endpoint of
	// the protocol documents headers of its own, so that they are lost,
	// not only maybe.
	HeadersDocumented(e *schema.Endpoint) (why string, lost bool)
	// RequiredHeader is the header the pages document on every endpoint
	// such as e ("" for none): a table that lacks it lost its rest.
	RequiredHeader(e *schema.Endpoint) string
}

// UntitledHeadersLost warns, at the line of each endpoint of api that
// documents no headers but HTTP's own (ownHeaders; the line requestLine
// gives, where it gives one), where the pages give evidence it had them
// (headersEvidence, or documented for one with no headers at all), that
// a table under its line may be lost, unless a hole of rep reports its
// headers lost already, or a table of its page that no section took (a
// hole of its table or its section) may hold them. Where documented
// says they are lost, it is a hole of the endpoint's headers at that
// line instead, which the add: entries of an overrides file fill.
func UntitledHeadersLost(api *schema.API, rep *pages.Reporter, requestLine func(e *schema.Endpoint) (schema.Pos, bool), documented func(e *schema.Endpoint) (string, bool)) {
	lost, unplaced := map[schema.Target]bool{}, map[string]bool{}
	for _, h := range rep.Holes() {
		lost[h.Target] = true
		if h.Fact == schema.FactTable || h.Fact == schema.FactSection {
			unplaced[h.At.Page] = true
		}
	}
	for _, op := range api.Operations {
		for _, e := range op.Endpoints {
			target := schema.Target{Operation: op.Name, Role: e.Role, In: "headers"}
			if len(ownHeaders(e.Headers)) > 0 || lost[target] || unplaced[e.At.Page] {
				continue
			}
			why, sure := headersEvidence(api, op, e), false
			if len(e.Headers) == 0 && documented != nil {
				protocol, lost := documented(e)
				why, sure = joinReasons(protocol, why), lost
			}
			if why == "" {
				continue
			}
			fix := "operation: " + op.Name
			if e.Role != "" {
				fix += ", role: " + e.Role
			}
			at := e.At
			if requestLine != nil {
				if p, ok := requestLine(e); ok {
					at = p
				}
			}
			if sure {
				rep.TablelessHole(at, target, "%s %s documents no request headers, but %s: a table under its line (one with no title of its own) is lost, as where a scrape or a page break cut it", e.Method, e.Path, why)
				continue
			}
			what := "no request headers"
			if len(e.Headers) > 0 {
				what = fmt.Sprintf("no request headers but HTTP's own (%s)", headerNames(e.Headers))
			}
			rep.Warn(at, "%s %s documents %s, but %s: a table under its line (one with no title of its own), or its first part, may be lost, as where a scrape or a page break cut it; it is read as taking no other headers: write the table back under its line, or add each header it documents in the overrides file as {%s, in: headers, add: NAME, type: TYPE, required: true or false}", e.Method, e.Path, what, why, fix)
		}
	}
}

// headersEvidence says why endpoint e of op, which documents no headers
// but HTTP's own, had some: another endpoint of op or of e's page
// documents headers of its own (ownHeaders); e names a permission its
// caller must hold, which the credentials its headers carry grant; its
// example request sends a header beyond HTTP's own (messageHeaders). It
// is "" where nothing says so.
func headersEvidence(api *schema.API, op *schema.Operation, e *schema.Endpoint) string {
	for _, o := range api.Operations {
		for _, other := range o.Endpoints {
			if own := ownHeaders(other.Headers); other != e && len(own) > 0 && (o == op || other.At.Page == e.At.Page) {
				return fmt.Sprintf("%s %s (%s) documents %s", other.Method, other.Path, other.At, headerNames(own))
			}
		}
	}
	if e.Permission != "" {
		return fmt.Sprintf("it requires the permission rule %s, which the credentials a request's headers carry grant", e.Permission)
	}
	if x := e.Example; x != nil {
		for _, h := range x.Headers {
			if !messageHeaders[strings.ToLower(h.Name)] {
				return fmt.Sprintf("its example request (%s) sends the header %s", x.At, h.Name)
			}
		}
	}
	return ""
}

// joinReasons joins two reasons, either of them "", with "and".
func joinReasons(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "; and " + b
}

// ownHeaders are the headers of hs beyond HTTP's own (messageHeaders):
// those an API documents of its own, its credentials among them.
func ownHeaders(hs []*schema.Header) []*schema.Header {
	var out []*schema.Header
	for _, h := range hs {
		if !messageHeaders[strings.ToLower(h.Name)] {
			out = append(out, h)
		}
	}
	return out
}

// headerNames lists the names of headers, joined with commas.
func headerNames(hs []*schema.Header) string {
	names := make([]string, len(hs))
	for i, h := range hs {
		names[i] = h.Name
	}
	return strings.Join(names, ", ")
}
