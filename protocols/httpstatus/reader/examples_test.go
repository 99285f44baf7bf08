package reader

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// textBlocks are a page's non-blank lines as text blocks, as a style
// reads an examples section.
func textBlocks(page string) []pages.Block {
	var bs []pages.Block
	for i, l := range strings.Split(page, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			bs = append(bs, pages.Block{Line: i + 1, Text: t})
		}
	}
	return bs
}

// describe writes a message as "line: start [headers] body".
func describe(m *exampleMsg) string {
	start := fmt.Sprintf("%s %s host=%s", m.method, m.path, m.host)
	if m.method == "" {
		start = fmt.Sprintf("%d %s", m.code, m.reason)
	}
	var hs []string
	for _, h := range m.headers {
		hs = append(hs, fmt.Sprintf("%s=%s@%d", h.Name, h.Value, h.At.Line))
	}
	body := strings.Join(strings.Fields(m.body), "")
	if m.json != nil {
		body += fmt.Sprintf("@%d", m.json.line)
	}
	return fmt.Sprintf("%d: %s [%s] %s", m.line, start, strings.Join(hs, " "), body)
}

func TestReadExamples(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{
		{"one message a line",
			"POST /v5/a HTTP/1.1\nHost: h:1\nkgAppId: 9\n\n{\n\"a\": 1\n}\nHTTP/1.1 200 OK\n{}",
			[]string{`1: POST /v5/a host=h:1 [kgAppId=9@3] {"a":1}@5`, "8: 200 OK [] {}@9"}, nil},
		{"a request flattened onto one line",
			"GET /v5/member/player?playerId=1 HTTP/1.1 Host: h:10443 appSecret: c3 Authorization: KakaoAK 37f kgAppId: 909",
			[]string{"1: GET /v5/member/player?playerId=1 host=h:10443 [appSecret=c3@1 Authorization=KakaoAK 37f@1 kgAppId=909@1] "},
			[]string{"p.txt:1: read the example at line 1 from one line"}},
		{"a request and its body on one line, then an answer on one line",
			`POST /v5/a HTTP/1.1 Host: h Content-Type: application/json {"a": 1}` + "\n" + `HTTP/1.1 404 Not Found Content-Type: application/json {"desc": "x"}`,
			[]string{`1: POST /v5/a host=h [Content-Type=application/json@1] {"a":1}@1`, `2: 404 Not Found [Content-Type=application/json@2] {"desc":"x"}@2`},
			[]string{"p.txt:1: read the example", "p.txt:2: read the example"}},
		{"a message a converter broke into paragraphs, its body's lines wrapped",
			"GET /v5/a?id=1&region=busan HTTP/1.1\n\nHost: h\n\nkgAppId: 9\nHTTP/1.1 200 OK\n\n{\n\n\"a\": [1,\n2]\n\n}",
			[]string{"1: GET /v5/a?id=1&region=busan host=h [kgAppId=9@5] ", `6: 200 OK [] {"a":[1,2]}@8`}, nil},
		{"a request whose body follows its headers on lines of their own",
			"POST /v5/a HTTP/1.1\nHost: h\n{\"a\": 1,\n\"b\": 2}",
			[]string{`1: POST /v5/a host=h [] {"a":1,"b":2}@3`}, nil},
		{"a method alone, no version: no request line",
			"GET\n/v5/a\nHost: h",
			nil,
			[]string{`p.txt:1: ignored 3 lines among the examples`}},
		{"a request flattened onto one line, its body on the lines after",
			"POST /v5/a HTTP/1.1 Host: h Content-Type: application/json\n\n{\n\"a\": 1\n}",
			[]string{`1: POST /v5/a host=h [Content-Type=application/json@1] {"a":1}@3`},
			[]string{"p.txt:1: read the example at line 1 from one line"}},
		{"a tab's title naming a status heads the JSON body under it",
			"GET /v5/a HTTP/1.1\nHost: h\n200 OK\n{}\n404 Not Found",
			[]string{"1: GET /v5/a host=h [] ", "3: 200 OK [] {}@4"}, []string{"p.txt:5: ignored 1 lines"}},
		{"a reason holding a colon is no header",
			"HTTP/1.1 400 Bad Request: no id\n{}",
			[]string{"1: 400 Bad Request: no id [] {}@2"}, nil},
		{"a label naming the code's language",
			"http\nGET /v5/a HTTP/1.1\nHost: h\njson\nHTTP/1.1 200 OK",
			[]string{"2: GET /v5/a host=h [] ", "5: 200 OK [] "}, nil},
		{"a body cut off by the end of the page is dropped, its status line and headers kept",
			"HTTP/1.1 200 OK\n{}\nHTTP/1.1 462\nContent-Type: application/json\n{\n\"desc\": \"The rec",
			[]string{"1: 200 OK [] {}@2", "3: 462  [Content-Type=application/json@4] "},
			[]string{"p.txt:3: dropped the body of the example at line 3: the end of the page cuts it off at line 6 (it ends before its JSON value does); kept its status line and headers"}},
		{"a request whose body the end of the page cuts off keeps its request line and headers",
			"POST /service/v5/report/submit HTTP/1.1\nkgAppId: 9\n{\"reporterId\": \"1\", \"reason\": \"ch",
			[]string{"1: POST /service/v5/report/submit host= [kgAppId=9@2] "},
			[]string{"p.txt:1: dropped the body of the example at line 1: the end of the page cuts it off at line 3"}},
		{"a request on one line whose body the end of the page cuts off",
			`POST /v5/a HTTP/1.1 Host: h Content-Type: application/json {"a": 1, "b": "x`,
			[]string{`1: POST /v5/a host=h [Content-Type=application/json@1] `},
			[]string{"p.txt:1: read the example at line 1 from one line", "p.txt:1: dropped the body of the example at line 1: the end of the page cuts it off at line 1"}},
		{"a body that is not JSON is dropped, its status line and headers kept, and the next message read",
			"HTTP/1.1 200 OK\n{\n\"a\": x\n}\nHTTP/1.1 404 Not Found\n{}",
			[]string{"1: 200 OK [] ", "5: 404 Not Found [] {}@6"},
			[]string{"p.txt:3: dropped the body of the example at line 1: it is not JSON (invalid character 'x' looking for beginning of value at line 3); kept its status line and headers"}},
		{"a body a wrap broke inside a string, before the end of the page",
			"POST /v5/a HTTP/1.1\nkgAppId: 9\n{\"title\": \"December\nupdate\", \"n\": 1}\nHTTP/1.1 200 OK\n{}",
			[]string{"1: POST /v5/a host= [kgAppId=9@2] ", "5: 200 OK [] {}@6"},
			[]string{"p.txt:3: dropped the body of the example at line 1: it is not JSON (invalid character '\\n' in string literal at line 3); kept its request line and headers"}},
		{"a request on one line whose body is not JSON, then an answer",
			`POST /v5/a HTTP/1.1 Host: h Content-Type: application/json {"a": 1,, "b": 2}` + "\nHTTP/1.1 200 OK\n{}",
			[]string{`1: POST /v5/a host=h [Content-Type=application/json@1] `, "2: 200 OK [] {}@3"},
			[]string{"p.txt:1: read the example at line 1 from one line", "p.txt:1: dropped the body of the example at line 1: it is not JSON"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			var got []string
			for _, m := range readExamples("p.txt", strings.Split(c.page, "\n"), textBlocks(c.page), true, knownHeaders(nil), rep) {
				got = append(got, describe(m))
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			if len(warns) != len(c.warns) {
				t.Fatalf("warnings %v, want %d", warns, len(c.warns))
			}
			for i, w := range warns {
				if !strings.HasPrefix(w.Error(), c.warns[i]) {
					t.Errorf("warning %q, want it to start %q", w, c.warns[i])
				}
			}
		})
	}
}

// TestReadExamplesRunTogether reads messages whose parts a tool (pandoc,
// then docx2txt) ran together with nothing between them: the start line
// and the first header, the headers, the last header and the body, and a
// body, the comment of the next message and that message; each is set
// apart where it must be, with a warning, and a known name inside a
// longer one is no header.
func TestReadExamplesRunTogether(t *testing.T) {
	documented := []string{"appSecret", "kgAppId", "GameServer"}
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{
		{"a request whose headers run together",
			"GET /v5/a?x=1&y=2 HTTP/1.1Host: h:10443appSecret: c3Authorization: KakaoAK 37fkgAppId: 909",
			[]string{"1: GET /v5/a?x=1&y=2 host=h:10443 [appSecret=c3@1 Authorization=KakaoAK 37f@1 kgAppId=909@1] "},
			[]string{`p.txt:1: read the example at line 1 from a line whose parts ran together with nothing between them: set them apart at "HTTP/1.1|Host: h:", " h:10443|appSecre", "cret: c3|Authoriz", "aoAK 37f|kgAppId:"`,
				"p.txt:1: read the example at line 1 from one line: split its headers at the header names Host, appSecret, Authorization, kgAppId"}},
		{"an answer whose reason, header and body run together, its body an object holding an array",
			`HTTP/1.1 200 OKContent-Type: application/json{"a": ["x", "y"], "b": {"c": 2}}`,
			[]string{`1: 200 OK [Content-Type=application/json@1] {"a":["x","y"],"b":{"c":2}}@1`},
			[]string{`p.txt:1: read the example at line 1 from a line whose parts ran together with nothing between them: set them apart at "1 200 OK|Content-", "ion/json|{\"a\": [\""`,
				"p.txt:1: read the example at line 1 from one line: split its headers and its JSON body at the header names Content-Type"}},
		{"two answers and the comment of the second on one line",
			`HTTP/1.1 200 OKContent-Type: application/json{"a": 1}// -74003, Not readyHTTP/1.1 474Content-Type: application/json{"desc": "x"}`,
			[]string{`1: 200 OK [Content-Type=application/json@1] {"a":1}@1`, `1: 474  [Content-Type=application/json@1] {"desc":"x"}@1 // -74003, Not ready`},
			[]string{"p.txt:1: read the example at line 1 from a line whose parts ran together", "p.txt:1: read the example at line 1 from one line",
				`p.txt:1: read the comment at line 1 apart from the example run into it at "ot ready|HTTP/1.1"`,
				`p.txt:1: read the example at line 1 from a line whose parts ran together with nothing between them: set them apart at "/1.1 474|Content-"`,
				"p.txt:1: read the example at line 1 from one line"}},
		{"two answers on one line, set apart by spaces",
			`HTTP/1.1 200 OK Content-Type: application/json {"a": 1} HTTP/1.1 404 Not Found Content-Type: application/json {"desc": "x"}`,
			[]string{`1: 200 OK [Content-Type=application/json@1] {"a":1}@1`, `1: 404 Not Found [Content-Type=application/json@1] {"desc":"x"}@1`},
			[]string{"p.txt:1: read the example at line 1 from one line", "p.txt:1: read the example at line 1 from one line"}},
		{"an answer and the comment of the next with the next on one line, set apart by spaces (html_text prints a code block's line breaks as spaces)",
			`HTTP/1.1 200 OK Content-Type: application/json {"a": 1} // -77002, Puppet unavailable HTTP/1.1 473 Content-Type: application/json;charset=UTF-8 {"desc": "x"}`,
			[]string{`1: 200 OK [Content-Type=application/json@1] {"a":1}@1`, `1: 473  [Content-Type=application/json;charset=UTF-8@1] {"desc":"x"}@1 // -77002, Puppet unavailable`},
			[]string{"p.txt:1: read the example at line 1 from one line",
				`p.txt:1: read the comment at line 1 apart from the example flattened onto its line after it, at "ailable |HTTP/1.1"`,
				"p.txt:1: read the example at line 1 from one line"}},
		{"a comment that names a status with no header after it stays whole",
			"// answers HTTP/1.1 404 when the id is unknown\nHTTP/1.1 404 Not Found\n{}",
			[]string{`2: 404 Not Found [] {}@3 // answers HTTP/1.1 404 when the id is unknown`},
			nil},
		{"a known name inside a longer name is no header",
			`HTTP/1.1 200 OK Content-Type: application/json GameServer: 3 X-Request-Host: r {}`,
			[]string{`1: 200 OK [Content-Type=application/json@1 GameServer=3@1 X-Request-Host=r@1] {}@1`},
			[]string{"p.txt:1: read the example at line 1 from one line: split its headers and its JSON body at the header names Content-Type, GameServer, X-Request-Host"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			var got []string
			for _, m := range readExamples("p.txt", strings.Split(c.page, "\n"), textBlocks(c.page), true, knownHeaders(documented), rep) {
				d := describe(m)
				if m.comment != "" {
					d += " // " + m.comment
				}
				got = append(got, d)
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			if len(warns) != len(c.warns) {
				t.Fatalf("warnings %v, want %d", warns, len(c.warns))
			}
			for i, w := range warns {
				if !strings.HasPrefix(w.Error(), c.warns[i]) {
					t.Errorf("warning %q, want it to start %q", w, c.warns[i])
				}
			}
		})
	}
}
