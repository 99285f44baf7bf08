package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// TestExampleOnlyPath refuses the path of an operation whose page gives
// none of its own where its example request's path holds a segment that
// reads as a value of a path parameter ("KLN-204817"): taken as written,
// it would put the example's value in the schema's path. A path of words
// and a version is taken; an endpoints entry gives the path instead.
func TestExampleOnlyPath(t *testing.T) {
	page := func(path string) []string {
		return []string{"Kilns", "Description", "Charges a kiln.", "Method", "PUT",
			"Response Status Code",
			"Status Code | Status Code Description | Status Code Detailed Description",
			"200 | Normal Response | Normal",
			"Example Request",
			"PUT " + path + " HTTP/1.1",
			"kgAppId: 909428",
		}
	}
	for _, c := range []struct {
		name, path string
		entry      *read.EndpointLine
		want, fail string
	}{
		{"a value in the path", "/service/v5/kilns/KLN-204817/charge", nil, "", "holds KLN-204817, which reads as the value of a path parameter"},
		{"a number in the path", "/service/v5/kilns/1042/charge", nil, "", "holds 1042"},
		{"words and a version", "/service/v5/oauth2/kilns/charge", nil, "/service/v5/oauth2/kilns/charge", ""},
		{"the endpoints entry gives it", "/service/v5/kilns/KLN-204817/charge", &read.EndpointLine{Method: "PUT", Path: "/service/v5/kilns/{kilnId}/charge"}, "/service/v5/kilns/{kilnId}/charge", ""},
	} {
		rep := &pages.Reporter{}
		lines := page(c.path)
		sp := readStatusPage("p.txt", pages.PDFText{}, lines, pipeItems(lines), rep, nil, nil)
		b := &statusBuilder{pages: []*statusPage{sp}, rep: rep, methods: map[schema.Pos]read.EndpointLine{}, methodsTaken: map[schema.Pos]bool{}}
		if c.entry != nil {
			c.entry.Section = schema.Pos{Page: "p.txt", Line: sp.ops[0].line}
			b.methods[c.entry.Section] = *c.entry
		}
		api := b.build()
		ws, errs := rep.Sorted([]string{"p.txt"}, false)
		failed := false
		for _, e := range errs {
			failed = failed || c.fail != "" && e.Pos.Line == 10 && strings.Contains(e.Msg, c.fail)
		}
		if c.fail != "" && !failed || c.fail == "" && len(errs) > 0 {
			t.Errorf("%s: errors %v, want one at line 10 that %q", c.name, errs, c.fail)
		}
		if c.want == "" {
			continue
		}
		if len(api.Operations) != 1 || api.Operations[0].Endpoints[0].Path != c.want {
			t.Errorf("%s: operations %+v, want one at %s; %v", c.name, api.Operations, c.want, ws)
		}
	}
}
