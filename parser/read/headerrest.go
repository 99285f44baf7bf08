package read

import (
	"fmt"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// A page break that split an endpoint's header table in two, its rest on
// a page a scrape lost, leaves the first part to read as the whole
// table: the endpoint documents some headers, and lacks those its table
// wrote last. The pages tell the loss: every other endpoint of the same
// method, two at least, documents a header this one does not; its
// example request sends a header beyond HTTP's own that it does not
// document; its protocol documents a header on every such endpoint
// (HeaderDocumenting: GearN's Content-Type). HeaderRestLost warns at the
// table's last row, naming the headers and the override that adds each.

// HeaderRestLost warns, at the line of the last header of each endpoint
// of api that documents headers of its own (ownHeaders; one that
// documents HTTP's alone is UntitledHeadersLost's), of the headers that every other
// endpoint of its method documents (two of them at least), that its
// example request sends beyond HTTP's own, or that required (the header
// its protocol documents on every such endpoint, "" for none) names, and
// it does not, unless a hole of rep reports its headers lost already.
func HeaderRestLost(api *schema.API, rep *pages.Reporter, required func(e *schema.Endpoint) string) {
	lost := map[schema.Target]bool{}
	for _, h := range rep.Holes() {
		lost[h.Target] = true
	}
	for _, op := range api.Operations {
		for _, e := range op.Endpoints {
			target := schema.Target{Operation: op.Name, Role: e.Role, In: "headers"}
			if len(ownHeaders(e.Headers)) == 0 || lost[target] {
				continue
			}
			why := restEvidence(api, e, required)
			if why == "" {
				continue
			}
			fix := "operation: " + op.Name
			if e.Role != "" {
				fix += ", role: " + e.Role
			}
			last := e.Headers[len(e.Headers)-1]
			rep.Warn(last.At, "%s %s documents the headers %s, but %s: the rest of its header table after %s, on a page a page break began, may be lost; it is read as taking these headers alone: write the rest back under the table, or add each header it lacks in the overrides file as {%s, in: headers, add: NAME, type: TYPE, required: true or false}", e.Method, e.Path, headerNames(e.Headers), why, last.Name, fix)
		}
	}
}

// restEvidence says which headers endpoint e, which documents some, does
// not document where the pages say it takes them: every other endpoint
// of its method, two at least, documents them (commonHeaders); its
// example request sends them, beyond HTTP's own (messageHeaders); its
// protocol documents required on every such endpoint. It is "" where
// nothing says so.
func restEvidence(api *schema.API, e *schema.Endpoint, required func(e *schema.Endpoint) string) string {
	others := 0
	for _, o := range api.Operations {
		for _, other := range o.Endpoints {
			if other != e && other.Method == e.Method && len(other.Headers) > 0 {
				others++
			}
		}
	}
	if missing := slices.DeleteFunc(commonHeaders(api, e), func(name string) bool { return hasHeader(e.Headers, name) }); others >= 2 && len(missing) > 0 {
		return fmt.Sprintf("not %s, which every other %s endpoint of the pages (%d) documents", strings.Join(missing, ", "), e.Method, others)
	}
	if x := e.Example; x != nil {
		for _, h := range x.Headers {
			if !messageHeaders[strings.ToLower(h.Name)] && !hasHeader(e.Headers, h.Name) {
				return fmt.Sprintf("not %s, which its example request (%s) sends", h.Name, x.At)
			}
		}
	}
	if required != nil {
		if name := required(e); name != "" && !hasHeader(e.Headers, name) {
			return fmt.Sprintf("not %s, which its protocol's pages document on every %s endpoint", name, e.Method)
		}
	}
	return ""
}

// commonHeaders are the names of the headers every endpoint of api of
// e's method but e that documents headers documents, in the order the
// first of them writes them; nil where none does.
func commonHeaders(api *schema.API, e *schema.Endpoint) []string {
	var common []string
	first := true
	for _, o := range api.Operations {
		for _, other := range o.Endpoints {
			if other == e || other.Method != e.Method || len(other.Headers) == 0 {
				continue
			}
			if first {
				for _, h := range other.Headers {
					common = append(common, h.Name)
				}
				first = false
				continue
			}
			common = slices.DeleteFunc(common, func(name string) bool { return !hasHeader(other.Headers, name) })
		}
	}
	return common
}

// hasHeader reports whether hs holds a header of that name, in any case.
func hasHeader(hs []*schema.Header, name string) bool {
	return slices.ContainsFunc(hs, func(h *schema.Header) bool { return strings.EqualFold(h.Name, name) })
}
