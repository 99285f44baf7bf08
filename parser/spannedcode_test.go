package parser_test

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
)

// spannedCodePage is a Kakao page whose example request and answer a
// converter wrote as github.com/lunny/html2md writes a <pre>: inline
// code spanning lines, a backtick glued to the first line and to the
// last, its quotes left as character references. Its tables are
// written by table (a table's rows, the first its header), its titles
// by title: in Markdown or as a text page's tab-separated lines.
func spannedCodePage(title func(string) string, table func([][]string) string) string {
	return strings.Join([]string{
		title("/chat/unmute"),
		title("Description"),
		"Lifts a player's chat mute before it ends.",
		title("Method"),
		"POST",
		title("Request Headers"),
		table([][]string{{"Name", "Type", "Mandatory", "Description"}, {"Content-Type", "String", "Y", "&quot;application/json;charset=UTF-8&quot;"}, {"appSecret", "String", "Y", "App Secret"}}),
		title("Request Body"),
		table([][]string{{"Name", "Type", "Mandatory", "Description"}, {"playerId", "String", "Y", "Player ID"}, {"muteId", "String", "Y", "Mute ID"}}),
		title("Response Status Code"),
		table([][]string{{"Status Code", "Status Code Description", "Status Code Detailed Description"}, {"200", "Normal Response", "Normal"}, {"400", "Bad Request", "Missing mandatory parameters"}}),
		title("Response Body"),
		"None",
		title("Example Request"),
		"`POST /service/v3/chat/unmute HTTP/1.1",
		"Host: kr-openapi.example.com:10443",
		"Content-Type: application/json;charset=UTF-8",
		"",
		"{&quot;playerId&quot;: &quot;123456789123456&quot;, &quot;muteId&quot;: &quot;M000000000000001&quot;}`",
		"",
		title("Example Response"),
		"`HTTP/1.1 200 OK",
		"Content-Type: application/json;charset=UTF-8`",
		"",
	}, "\n")
}

// TestSpannedCodeExamples parses the page in Markdown and as text: the
// example request, read as the code block its span stands for, gives
// the endpoint its full path (the base path /service/v3 is the
// request's alone) and its body with the references decoded, with a
// warning at the span's first line.
func TestSpannedCodeExamples(t *testing.T) {
	md := spannedCodePage(func(s string) string { return "## " + s + "\n" }, func(rows [][]string) string {
		var b strings.Builder
		for i, r := range rows {
			b.WriteString("| " + strings.Join(r, " | ") + " |\n")
			if i == 0 {
				b.WriteString(strings.Repeat("|---", len(r)) + "|\n")
			}
		}
		return b.String()
	})
	txt := spannedCodePage(func(s string) string { return s }, func(rows [][]string) string {
		var b strings.Builder
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
		return b.String()
	})
	for name, page := range map[string]string{"unmute.md": md, "unmute.txt": txt} {
		res, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x"})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		ops := res.API.Operations
		if len(ops) != 1 || len(ops[0].Endpoints) != 1 {
			t.Errorf("%s: operations %+v; want one, of one endpoint", name, ops)
			continue
		}
		ep := ops[0].Endpoints[0]
		if ep.Method != "POST" || ep.Path != "/service/v3/chat/unmute" {
			t.Errorf("%s: endpoint %s %s; want POST /service/v3/chat/unmute", name, ep.Method, ep.Path)
		}
		if ep.Example == nil || !strings.Contains(ep.Example.Body, `"muteId": "M000000000000001"`) {
			t.Errorf("%s: example %+v; want its body with its quotes decoded", name, ep.Example)
		}
		line := strings.Count(page[:strings.Index(page, "`POST")], "\n") + 1
		warned := false
		for _, w := range res.Warnings {
			warned = warned || w.Pos.Page == name && w.Pos.Line == line && strings.Contains(w.Msg, "a code block that the converter wrote as inline code spanning lines")
		}
		if !warned {
			t.Errorf("%s: no warning at line %d that reads the span as a code block; warnings:\n%v", name, line, res.Warnings)
		}
	}
}
