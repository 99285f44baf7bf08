package reader

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestForeignTable reads tables that stand, under a title this reader
// does not know, in a section of the request whose own table is not on
// the page (its title kept): a table whose rows are not the section's is
// never the section's for want of another. A table of body fields after
// an emptied "Request Headers" is the request parameters, and one of
// headers after an emptied "Request Body" the request headers, each with
// a warning naming its title, the emptied section a hole at its title
// (read.SectionLost); a table of headers under an unknown title in the
// request headers stays theirs.
func TestForeignTable(t *testing.T) {
	answer := []string{"Response Status Code", "Status Code | Status Code Description | Status Code Detailed Description", "200 | Normal Response | Normal",
		"Example Request", "POST /service/v4/mailbox/claim HTTP/1.1", "Host: example.com"}
	for _, c := range []struct {
		name   string
		lines  []string
		fields string // headers, then body fields
		warn   string // the start of a warning
		hole   string // the start of a tableless hole's message, at its place; "" for none
	}{
		{"body fields after emptied headers",
			[]string{"/mailbox/claim", "Method", "POST", "Request Headers", "Body Parameters of the Claim",
				"Name | Type | Mandatory | Description", "playerId | String | Y | Player ID", "mailId | String | Y | Mail ID", "note | String | N | Note"},
			"headers: ; body: playerId,mailId,note",
			`p.txt:6: placed the table at line 6 (Name | Type | Mandatory | Description) as the request parameters by its columns and rows: it stands under the title "Body Parameters of the Claim" at line 5, which is not one this reader knows, in the Request Headers section at line 4, and none of its rows names a header`,
			`p.txt:4: the section "Request Headers" of claim, at line 4, holds nothing`},
		{"headers after emptied body",
			[]string{"/mailbox/claim", "Method", "POST", "Request Body", "Headers of the Claim",
				"Name | Type | Mandatory | Description", "Content-Type | String | Y | application/json", "X-Request-Id | String | N | Request ID"},
			"headers: Content-Type,X-Request-Id; body: ",
			`p.txt:6: placed the table at line 6 (Name | Type | Mandatory | Description) as the request headers by its columns and rows: it stands under the title "Headers of the Claim" at line 5, which is not one this reader knows, in the Request Body section at line 4, and each of its rows names a header`,
			`p.txt:4: the section "Request Body" of claim, at line 4, holds nothing`},
		{"headers under an unknown title",
			[]string{"/mailbox/claim", "Method", "POST", "Request Headers", "Common to Every Call",
				"Name | Type | Mandatory | Description", "Authorization | String | Y | KakaoAK {ADMIN_KEY}", "appId | String | Y | App ID",
				"Request Body", "Name | Type | Mandatory | Description", "mailId | String | Y | Mail ID"},
			"headers: Authorization,appId; body: mailId", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := append(c.lines, answer...)
			rep := &pages.Reporter{}
			sp := readStatusPage("p.txt", pages.PDFText{}, lines, pipeItems(lines), rep, nil, nil)
			api := (&statusBuilder{pages: []*statusPage{sp}, rep: rep}).build()
			ws, errs := rep.Sorted([]string{"p.txt"}, false)
			if len(api.Operations) != 1 {
				t.Fatalf("operations %d, want 1; errors %v", len(api.Operations), errs)
			}
			e := api.Operations[0].Endpoints[0]
			var hs, bs []string
			for _, h := range e.Headers {
				hs = append(hs, h.Name)
			}
			for _, f := range append(e.Query, e.Body...) {
				bs = append(bs, f.Name)
			}
			if got := fmt.Sprintf("headers: %s; body: %s", strings.Join(hs, ","), strings.Join(bs, ",")); got != c.fields {
				t.Errorf("got %s, want %s", got, c.fields)
			}
			has := func(all schema.Diagnostics, w string) bool {
				for _, g := range all {
					if strings.HasPrefix(g.Error(), w) {
						return true
					}
				}
				return false
			}
			if c.warn != "" && !has(ws, c.warn) {
				t.Errorf("no warning %q among %v", c.warn, ws)
			}
			var holes []string
			for _, h := range rep.Holes() {
				if h.Tableless {
					holes = append(holes, fmt.Sprintf("%s: %s", h.At, h.Msg))
				}
			}
			switch {
			case len(errs) > 0:
				t.Errorf("errors %v, want none", errs)
			case c.hole == "" && len(holes) > 0:
				t.Errorf("holes %q, want none", holes)
			case c.hole != "" && (len(holes) != 1 || !strings.HasPrefix(holes[0], c.hole)):
				t.Errorf("holes %q, want one: %q", holes, c.hole)
			}
		})
	}
}
