package backend

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
	"github.com/docs2go/docs2go/schema"
)

// requestsFile writes the Headers struct and, per operation and role, the
// request struct, which the runtime's DecodeBody, Validate and
// ApplyDefaults read through the table of its members.
//
// The headers are one struct that every request holds: the pages document
// the same few headers for every operation, and only whether each is
// required differs, which each request's doc comment says.
func (g *gearnGen) requestsFile(f *jen.File) bool {
	if len(g.Endpoints) == 0 {
		return false
	}
	g.headersType(f)
	for _, e := range g.Endpoints {
		name := e.Name + "Request"
		golang.Doc(f.Group, requestDoc(e, name))
		f.Type().Id(name).StructFunc(func(s *jen.Group) {
			golang.Incomparable(s, e.Members, e.Query != nil)
			golang.HeadersField(s, "Headers")
			if e.Query != nil {
				golang.QueryField(s, e.Query.GoName)
			}
			for _, mem := range e.Members {
				g.emit.StructField(s, mem)
			}
		})
		g.shapeMethods(f, e, name)
	}
	return true
}

// headersType writes Headers, with a string per header any page
// documents. An absent header is the empty string, as in net/http.
func (g *gearnGen) headersType(f *jen.File) {
	golang.Doc(f.Group, "Headers holds the headers of a request. Which of them an operation needs is in the doc comment of its request type.")
	f.Type().Id("Headers").StructFunc(func(s *jen.Group) {
		for _, h := range g.Headers {
			s.Comment(fmt.Sprintf("// %s is the %s header.", h.GoName, h.Name))
			s.Id(h.GoName).String()
		}
	})
}

func requestDoc(e *golang.Endpoint, name string) string {
	who := "a client"
	if e.Schema.Role != "" {
		who = "the " + e.Schema.Role + " role"
	}
	text := fmt.Sprintf("%s is the body of %s request from %s, with its headers: %s %s.", name, golang.Indefinite(e.Op.Name), who, e.Schema.Method, e.Schema.Path)
	if len(e.Schema.Headers) > 0 {
		parts := make([]string, len(e.Schema.Headers))
		for i, h := range e.Schema.Headers {
			parts[i] = headerDoc(h)
		}
		// The headers go on in the same paragraph: a paragraph of their
		// own would cost two lines a request.
		text += " " + strings.Join(parts, " ")
	}
	return text
}

// headerDoc says whether a request needs a header, and what it holds when
// the page lists its values or its format.
func headerDoc(h *schema.Header) string {
	text := fmt.Sprintf("%s is %s", h.Name, h.Required)
	if h.Required == schema.Conditional && h.Condition != "" {
		text += ": " + strings.TrimSuffix(h.Condition, ".")
	}
	switch {
	case len(h.Values) > 0:
		text += fmt.Sprintf(" (%s)", strings.Join(h.Values, " or "))
	case h.Format != "":
		text += fmt.Sprintf(" (%s)", h.Format)
	}
	return text + "."
}
