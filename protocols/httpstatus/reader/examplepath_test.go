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
// and a version is taken; an endpoints entry gives the path instead. So
// is refused, at the example request's line, the base path an example
// puts before its heading's path where a segment of it reads as a value
// ("/tenants/42"), and taken one of words and versions.
func TestExampleOnlyPath(t *testing.T) {
	page := func(heading, path string) []string {
		return []string{heading, "Description", "Charges a kiln.", "Method", "PUT",
			"Response Status Code",
			"Status Code | Status Code Description | Status Code Detailed Description",
			"200 | Normal Response | Normal",
			"Example Request",
			"PUT " + path + " HTTP/1.1",
			"kgAppId: 909428",
		}
	}
	for _, c := range []struct {
		name, heading, path string
		entry               *read.EndpointLine
		want, fail          string
	}{
		{"a value in the path", "Kilns", "/service/v5/kilns/KLN-204817/charge", nil, "", "holds KLN-204817, which reads as the value of a path parameter"},
		{"a number in the path", "Kilns", "/service/v5/kilns/1042/charge", nil, "", "holds 1042"},
		{"words and a version", "Kilns", "/service/v5/oauth2/kilns/charge", nil, "/service/v5/oauth2/kilns/charge", ""},
		{"the endpoints entry gives it", "Kilns", "/service/v5/kilns/KLN-204817/charge", &read.EndpointLine{Method: "PUT", Path: "/service/v5/kilns/{kilnId}/charge"}, "/service/v5/kilns/{kilnId}/charge", ""},
		{"a value in the base path before the heading's", "/kilns/charge", "/tenants/42/kilns/charge", nil, "", "puts /tenants/42 before the path /kilns/charge of the heading at line 1, and 42 reads as the value"},
		{"a base path of words and a version", "/kilns/charge", "/service/v5/kilns/charge", nil, "/service/v5/kilns/charge", ""},
	} {
		rep := &pages.Reporter{}
		lines := page(c.heading, c.path)
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

// TestExampleOnlyPathEvidence refuses, at the example request's line, the
// path an operation without a path of its own takes from its example
// request where a segment reads as a value by its form (all digits, a
// digit after a separator, a hex id, a UUID, capitals and digits) though
// it holds no run of three digits, or where the page documents path
// parameters (a Path Parameters table, or a path its text writes with
// "{name}" or ":name" that the example's path fills) and the example's
// path names none. Words a short number ends and versions are taken, and
// so is an example's path that names the parameters, or one that fills
// no path the text writes (another endpoint's).
func TestExampleOnlyPathEvidence(t *testing.T) {
	params := []string{"Path Parameters", "Name | Type | Mandatory | Description", "playerId | String | Y | Player ID"}
	for _, c := range []struct {
		name, path string
		extra      []string
		fail       string
	}{
		{"digits alone", "/service/v5/kilns/42/charge", nil, "holds 42,"},
		{"a digit after a separator", "/guilds/g-7/members", nil, "holds g-7,"},
		{"a hex id", "/rooms/ab12/seats", nil, "holds ab12,"},
		{"a UUID whose letters come first", "/kilns/c0ffee12-ab34-4d5e-9f00-aabbccddeeff/charge", nil, "holds c0ffee12-ab34-4d5e-9f00-aabbccddeeff,"},
		{"capitals and digits", "/droids/R2D2/repair", nil, "holds R2D2,"},
		{"a Path Parameters table", "/players/me/seats", params, "names no path parameter, though the page documents {playerId} (line 6)"},
		{"a path in the text", "/players/me/seats", []string{"Call it as /players/{playerId}/seats."}, "names no path parameter, though the page documents {playerId} (line 4)"},
		{"a router's path in the text", "/players/me/seats", []string{"Call it as /players/:playerId/seats."}, "documents {playerId} (line 4)"},
		{"words a short number ends", "/service/v5/oauth2/s3/ec2/charge", nil, ""},
		{"a dotted version", "/service/v1.2/kilns/charge", nil, ""},
		{"an example that names its parameter", "/players/{playerId}/seats", params, ""},
		{"another endpoint's path in the text", "/players/me/seats", []string{"Its badges are at /players/{playerId}/badges."}, ""},
		{"braces in prose", "/players/me/seats", []string{"Greets the player as Hello, {nickname}."}, ""},
	} {
		lines := []string{"Kilns", "Description", "Charges a kiln."}
		lines = append(lines, c.extra...)
		lines = append(lines, "Method", "PUT",
			"Response Status Code",
			"Status Code | Status Code Description | Status Code Detailed Description",
			"200 | Normal Response | Normal",
			"Example Request",
			"PUT "+c.path+" HTTP/1.1",
			"kgAppId: 909428",
		)
		exLine := len(lines) - 1
		rep := &pages.Reporter{}
		sp := readStatusPage("p.txt", pages.PDFText{}, lines, pipeItems(lines), rep, nil, nil)
		b := &statusBuilder{pages: []*statusPage{sp}, rep: rep, methods: map[schema.Pos]read.EndpointLine{}, methodsTaken: map[schema.Pos]bool{}}
		api := b.build()
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		failed := false
		for _, e := range errs {
			failed = failed || c.fail != "" && e.Pos.Line == exLine && strings.Contains(e.Msg, c.fail)
		}
		if c.fail != "" && !failed || c.fail == "" && len(errs) > 0 {
			t.Errorf("%s: errors %v, want one at line %d that %q", c.name, errs, exLine, c.fail)
		}
		if c.fail == "" && (len(api.Operations) != 1 || api.Operations[0].Endpoints[0].Path != c.path) {
			t.Errorf("%s: operations %+v, want one at %s", c.name, api.Operations, c.path)
		}
	}
}
