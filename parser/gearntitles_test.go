package parser_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// gearnTitled is a GearN page with the titles of its request headers,
// request body and response (each written as its style writes a title),
// in flattened text, Markdown or HTML; method is its endpoint's.
func gearnTitled(style, method, headers, body, response string) string {
	switch style {
	case "flattened":
		return "Overview\n\nLink a custom identifier to the player's account.\n\nClient\n\n" +
			"Require permission rules masterPlayer.linkCustomId.selfEnable. See PermissionRules\n\nHTTP\n\n" +
			method + " /api/rJson/masterPlayer/client/linkCustomId\n\n" +
			headers + "\nNameRequiredDescription\nSecret-KeytrueThe SecretKey in SecretInfo with role must is Player.\nContent-Typetrueapplication/json\n" +
			body + "\nCodeTypeRequiredDescription\ncustomIdstringtrueThe custom identifier to link. (6 - 32 characters)\nforceLinkbooleanWhether to link it even when another player has it. (Default: false)\n" +
			response + "\n\n200 Ok\n\nCodeTypeRequiredDescription\nreturnCodeReturnCodetrueThe protocol-level outcome. See ReturnCode\ndebugMessagestringA message for developers.\nparametersResponseDataThe operation's answer. See ResponseData\n" +
			"ReturnCode\nNameCodeDescription\nUnknownError0The request failed.\nOk1The request succeeded.\n" +
			"ResponseData\nCodeTypeRequiredDescription\nerrorCodeErrorCodetrueThe business outcome. See ErrorCode\n" +
			"ErrorCode\nNameCodeDescription\nOk1The business operation completed successfully.\nCustomIdTaken40Another player has this custom identifier.\n"
	case "markdown":
		return "# linkCustomId\n\n## Overview\n\nLink a custom identifier to the player's account.\n\n## Client\n\n" +
			"Require permission rules masterPlayer.linkCustomId.selfEnable. See PermissionRules\n\n### HTTP\n\n" +
			"```http\n" + method + " /api/rJson/masterPlayer/client/linkCustomId\n```\n\n" +
			"### " + headers + "\n\n| Name | Required | Description |\n|---|---|---|\n| Secret-Key | true | The SecretKey in SecretInfo with role must is Player. |\n| Content-Type | true | application/json |\n\n" +
			"### " + body + "\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| customId | string | true | The custom identifier to link. (6 - 32 characters) |\n| forceLink | boolean |  | Whether to link it even when another player has it. (Default: false) |\n\n" +
			"## " + response + "\n\n200 Ok\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| returnCode | ReturnCode | true | The protocol-level outcome. See ReturnCode |\n| debugMessage | string |  | A message for developers. |\n| parameters | ResponseData |  | The operation's answer. See ResponseData |\n\n" +
			"### ReturnCode\n\n| Name | Code | Description |\n|---|---|---|\n| UnknownError | 0 | The request failed. |\n| Ok | 1 | The request succeeded. |\n\n" +
			"### ResponseData\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| errorCode | ErrorCode | true | The business outcome. See ErrorCode |\n\n" +
			"### ErrorCode\n\n| Name | Code | Description |\n|---|---|---|\n| Ok | 1 | The business operation completed successfully. |\n| CustomIdTaken | 40 | Another player has this custom identifier. |\n"
	}
	table := func(rows ...[]string) string {
		var b strings.Builder
		b.WriteString("<table>\n<thead><tr>")
		for _, c := range rows[0] {
			fmt.Fprintf(&b, "<th>%s</th>", c)
		}
		b.WriteString("</tr></thead>\n<tbody>\n")
		for _, r := range rows[1:] {
			b.WriteString("<tr>")
			for _, c := range r {
				fmt.Fprintf(&b, "<td>%s</td>", c)
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</tbody>\n</table>\n")
		return b.String()
	}
	return "<html><body><main>\n<h1>linkCustomId</h1>\n<h2>Overview</h2>\n<p>Link a custom identifier to the player's account.</p>\n<h2>Client</h2>\n" +
		"<p>Require permission rules masterPlayer.linkCustomId.selfEnable. See PermissionRules</p>\n<h3>HTTP</h3>\n" +
		"<pre><code class=\"language-http\">" + method + " /api/rJson/masterPlayer/client/linkCustomId</code></pre>\n" +
		"<h3>" + headers + "</h3>\n" + table([]string{"Name", "Required", "Description"}, []string{"Secret-Key", "true", "The SecretKey in SecretInfo with role must is Player."}, []string{"Content-Type", "true", "application/json"}) +
		"<h3>" + body + "</h3>\n" + table([]string{"Code", "Type", "Required", "Description"}, []string{"customId", "string", "true", "The custom identifier to link. (6 - 32 characters)"}, []string{"forceLink", "boolean", "", "Whether to link it even when another player has it. (Default: false)"}) +
		"<h2>" + response + "</h2>\n<p>200 Ok</p>\n" + table([]string{"Code", "Type", "Required", "Description"}, []string{"returnCode", "ReturnCode", "true", "The protocol-level outcome. See ReturnCode"}, []string{"debugMessage", "string", "", "A message for developers."}, []string{"parameters", "ResponseData", "", "The operation's answer. See ResponseData"}) +
		"<h3>ReturnCode</h3>\n" + table([]string{"Name", "Code", "Description"}, []string{"UnknownError", "0", "The request failed."}, []string{"Ok", "1", "The request succeeded."}) +
		"<h3>ResponseData</h3>\n" + table([]string{"Code", "Type", "Required", "Description"}, []string{"errorCode", "ErrorCode", "true", "The business outcome. See ErrorCode"}) +
		"<h3>ErrorCode</h3>\n" + table([]string{"Name", "Code", "Description"}, []string{"Ok", "1", "The business operation completed successfully."}, []string{"CustomIdTaken", "40", "Another player has this custom identifier."}) +
		"</main></body></html>\n"
}

// gearnTitleExt is the file extension of a page of a style.
var gearnTitleExt = map[string]string{"flattened": ".txt", "markdown": ".md", "html": ".html"}

// TestGearNTitlesInOtherWords reads a GearN page whose parts are titled
// as other sites title them (synonyms, a number, a colon, upper case, a
// gloss in Korean), in flattened text, Markdown and HTML: the schema is
// the one of the page titled as the wiki titles it, with a warning at a
// title read by the words nearest in meaning to its own, and none
// otherwise.
func TestGearNTitlesInOtherWords(t *testing.T) {
	for _, c := range []struct {
		headers, body, response string
		// warns are the lines a warning must stand at, beside those of
		// the page titled as the wiki titles it.
		warns []string
	}{
		{"HTTP Headers", "Body Parameters", "Response Fields", nil},
		{"Header Parameters", "Payload", "Response", nil},
		{"Headers", "Request Payload", "RESPONSE BODY", nil},
		{"1. Request headers", "2. Request body", "3. Response body", nil},
		{"REQUEST HEADERS:", "Body:", "Response Body:", nil},
		{"Request Headers (요청 헤더)", "Request Body (요청 본문)", "Response Body (응답 본문)", nil},
		{"Request Headers", "Request Fields", "Returns", []string{"Returns"}},
		{"Request Headers", "Input Parameters", "Result", []string{"Input Parameters", "Result"}},
	} {
		for _, style := range []string{"flattened", "markdown", "html"} {
			name := "linkCustomId" + gearnTitleExt[style]
			clean, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(gearnTitled(style, "POST", "Request Headers", "Request Body", "Response Body"))}}, parser.Options{Name: "x"})
			if err != nil {
				t.Fatalf("%s: the page titled as the wiki titles it: %v", style, err)
			}
			page := gearnTitled(style, "POST", c.headers, c.body, c.response)
			res, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x"})
			if err != nil {
				t.Errorf("%s, titled %q, %q, %q: %v", style, c.headers, c.body, c.response, err)
				continue
			}
			if got, want := factLines(res.API), factLines(clean.API); !slices.Equal(got, want) {
				t.Errorf("%s, titled %q, %q, %q: the schema differs from the page titled as the wiki titles it: %s", style, c.headers, c.body, c.response, firstDifference(want, res, nil))
			}
			warned := map[int]bool{}
			for _, w := range res.Warnings {
				warned[w.Pos.Line] = true
			}
			for _, w := range clean.Warnings {
				delete(warned, w.Pos.Line)
			}
			for _, title := range c.warns {
				line := lineOf(page, title)
				if !warned[line] {
					t.Errorf("%s: no warning at line %d, the title %q read by the words nearest in meaning to its own: %v", style, line, title, res.Warnings)
				}
				delete(warned, line)
			}
			if len(warned) > 0 {
				t.Errorf("%s, titled %q, %q, %q: warnings at other lines than the near titles': %v", style, c.headers, c.body, c.response, res.Warnings)
			}
		}
	}
}

// lineOf is the line of a page that holds s first, counted from 1.
func lineOf(page, s string) int {
	for i, l := range strings.Split(page, "\n") {
		if strings.Contains(l, s) {
			return i + 1
		}
	}
	return 0
}

// TestGearNTitleUnknown reads a GearN page whose body's title is of
// words no reader knows: where the table's columns and place decide (a
// POST's field table, after its headers), the table is the request body,
// with a warning at the table that names the title; where nothing
// decides (a GET's, query or body), an error at the table names the
// titles to write. A line of running text that holds a title's word is
// no title: it neither ends a table nor opens a part.
func TestGearNTitleUnknown(t *testing.T) {
	for _, style := range []string{"flattened", "markdown", "html"} {
		name := "linkCustomId" + gearnTitleExt[style]
		clean, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(gearnTitled(style, "POST", "Request Headers", "Request Body", "Response Body"))}}, parser.Options{Name: "x"})
		if err != nil {
			t.Fatalf("%s: the page titled as the wiki titles it: %v", style, err)
		}
		page := gearnTitled(style, "POST", "Request Headers", "Things To Send", "Response Body")
		res, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x"})
		if err != nil {
			t.Fatalf("%s: a POST's field table titled \"Things To Send\": %v", style, err)
		}
		if got, want := factLines(res.API), factLines(clean.API); !slices.Equal(got, want) {
			t.Errorf("%s: a POST's field table titled \"Things To Send\": %s", style, firstDifference(want, res, nil))
		}
		title := lineOf(page, "Things To Send")
		if !slices.ContainsFunc(res.Warnings, func(w schema.Diagnostic) bool {
			return strings.Contains(w.Msg, fmt.Sprintf("%q at line %d, reads as a section title, but not one this reader knows", "Things To Send", title))
		}) {
			t.Errorf("%s: no warning names the unknown title at line %d: %v", style, title, res.Warnings)
		}

		// The title of another part over the body's field table.
		page = gearnTitled(style, "POST", "Request Headers", "HTTP Headers", "Response Body")
		res, err = parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x"})
		if err != nil {
			t.Fatalf("%s: a POST's field table titled \"HTTP Headers\": %v", style, err)
		}
		if got, want := factLines(res.API), factLines(clean.API); !slices.Equal(got, want) {
			t.Errorf("%s: a POST's field table titled \"HTTP Headers\": %s", style, firstDifference(want, res, nil))
		}
		title = lineOf(page, "HTTP Headers")
		if !slices.ContainsFunc(res.Warnings, func(w schema.Diagnostic) bool {
			return strings.Contains(w.Msg, fmt.Sprintf("in the request body by its columns: its title %q at line %d names the request headers", "HTTP Headers", title))
		}) {
			t.Errorf("%s: no warning names the title of another part at line %d: %v", style, title, res.Warnings)
		}

		page = gearnTitled(style, "GET", "Request Headers", "Things To Send", "Response Body")
		_, err = parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x"})
		if err == nil || !strings.Contains(err.Error(), `could be its query parameters or its request body, and no title tells (head it "Query Parameters" or "Request Body")`) {
			t.Errorf("%s: a GET's field table titled \"Things To Send\": err %v; want the error naming the titles to write", style, err)
		}

		// Running text that speaks of the body, before the body's title.
		prose := "The body below is sent as JSON"
		page = gearnTitled(style, "POST", "Request Headers", "Request Body", "Response Body")
		switch style {
		case "flattened":
			page = strings.Replace(page, "Content-Typetrueapplication/json\n", "Content-Typetrueapplication/json\n"+prose+"\n", 1)
		case "markdown":
			page = strings.Replace(page, "### Request Body", prose+"\n\n### Request Body", 1)
		case "html":
			page = strings.Replace(page, "<h3>Request Body</h3>", "<p>"+prose+"</p>\n<h3>Request Body</h3>", 1)
		}
		res, err = parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x"})
		if err != nil {
			t.Fatalf("%s: running text that speaks of the body: %v", style, err)
		}
		if got, want := factLines(res.API), factLines(clean.API); !slices.Equal(got, want) {
			t.Errorf("%s: running text that speaks of the body: %s", style, firstDifference(want, res, nil))
		}
	}
}

// TestGearNTypeNamedAsATitle reads a heading that names a type the
// page's tables refer to, whose name is a word of titles too ("Result"):
// it heads the type's table, in every style, and is read as no title.
func TestGearNTypeNamedAsATitle(t *testing.T) {
	for _, style := range []string{"flattened", "markdown", "html"} {
		page := strings.ReplaceAll(gearnTitled(style, "POST", "Request Headers", "Request Body", "Response Body"), "ResponseData", "Result")
		res, err := parser.Parse([]parser.Page{{Name: "linkCustomId" + gearnTitleExt[style], Data: []byte(page)}}, parser.Options{Name: "x"})
		if err != nil {
			t.Fatalf("%s: %v", style, err)
		}
		if ty := res.API.TypeByName(res.API.Operations[0].Response); ty == nil || len(ty.Fields) != 1 || ty.Fields[0].Name != "errorCode" {
			t.Errorf("%s: the response's type, Result, is %+v; want its table's member errorCode", style, ty)
		}
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, "nearest in meaning") {
				t.Errorf("%s: the type's heading is read as a title: %v", style, w)
			}
		}
	}
}
