package parser_test

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestTablelessRows refuses, on pages of both protocols, a section whose
// title promises a table (the request's headers or body, the status
// codes, the detail codes) that holds no table docs2go reads but text
// whose lines begin as the table's rows do (a name and a type, a code
// and text, a code run into text as textContent gives a table's cells)
// or name its columns (its header row written as text):
// at the first such line, as what it lists would leave the
// schema without a word. That line's error is the only one there: the
// reading's refusal of its form, or the check of rows no table took,
// which knows no section and names another table, gives way to it
// (schema.Diagnostics.OnePerLine).
func TestTablelessRows(t *testing.T) {
	const kakaoHead = "/note/get\n\nDescription\nReads a note.\n\nMethod\nPOST\n\nRequest Headers\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n| Content-Type | String | Y | \"application/json\" |\n\n"
	const kakaoBody = "Request Body\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n| noteId | String | Y | Note ID |\n\n"
	const kakaoStatuses = "Response Status Code\n| Status Code | Status Code Description | Status Code Detailed Description |\n|---|---|---|\n| 200 | Normal Response | Normal |\n\n"
	const kakaoTail = "Response Body\nNone\n\nExample Request\nPOST /service/v1/note/get HTTP/1.1\nContent-Type: application/json\n\n{\"noteId\": \"n1\"}\n"
	for _, c := range []struct {
		name, page, err string
	}{
		{"GearN, a body one space apart",
			"# getNote\n\n## Overview\n\nRead a note.\n\n## Client\n\nNo require permission rules.\n\n### HTTP\n\n```http\nPOST /api/rJson/note/client/getNote\n```\n\n### Request Body\n\nCode Type Required Description\nnoteId string true The note.\n\n## Response Body\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| returnCode | ReturnCode | true | See ReturnCode |\n\n### ReturnCode\n\n| Name | Code | Description |\n|---|---|---|\n| Ok | 1 | Done. |\n",
			"p.md:19: line 19 (\"Code Type Required Description\") is the names of a table's columns written as text"},
		{"Kakao, a body one space apart",
			kakaoHead + "Request Body\nnoteId String Y Note ID\n\n" + kakaoStatuses + kakaoTail,
			"p.md:15: line 15 (\"noteId String Y Note ID\") begins as a row of a table does (a name, then a type), in the Request Body section at line 14"},
		{"Kakao, status codes as text",
			kakaoHead + kakaoBody + "Response Status Code\n200 Normal Response Normal\n404 Not Found No such note\n\n" + kakaoTail,
			"p.md:20: line 20 (\"200 Normal Response Normal\") begins as a row of a table does (a code, then text, or a code alone), in the Response Status Code section at line 19"},
		{"Kakao, detail codes as text",
			kakaoHead + kakaoBody + kakaoStatuses + "Response Codes\nThe codes of a refusal:\n490 -89001 Hull damaged The submarine must be repaired\n\n" + kakaoTail,
			"p.md:26: line 26 (\"490 -89001 Hull damaged The submarine must be repaired\") begins as a row of a table does (a code, then text, or a code alone), in the"},
		{"Kakao, status codes run together",
			kakaoHead + kakaoBody + "Response Status Code\n\nStatus CodeStatus Code DescriptionStatus Code Detailed Description\n200OKNormal\n404Not FoundNo such note\n\n" + kakaoTail,
			"p.md:22: line 22 (\"200OKNormal\") begins as a row of a table does (a code, then text, or a code alone), in the Response Status Code section at line 19"},
		{"Kakao, detail codes run together",
			kakaoHead + kakaoBody + kakaoStatuses + "Response Codes\n\nHttp response codedetail_codemsgDescription\n490-89001Hull damagedThe submarine must be repaired\n\n" + kakaoTail,
			"p.md:27: line 27 (\"490-89001Hull damagedThe submarine must be repaired\") begins as a row of a table does (a code, then text, or a code alone), in the"},
	} {
		_, err := parser.Parse([]parser.Page{{Name: "p.md", Data: []byte(c.page)}}, parser.Options{Name: "x"})
		ds, _ := err.(schema.Diagnostics)
		line, _, _ := strings.Cut(c.err, " ")
		var at []string
		for _, d := range ds {
			if strings.HasPrefix(d.Error(), line+" ") {
				at = append(at, d.Error())
			}
		}
		if len(at) != 1 || !strings.Contains(at[0], c.err) {
			t.Errorf("%s: errors at %s\n%s\nwant one, with %q", c.name, strings.TrimSuffix(line, ":"), strings.Join(at, "\n"), c.err)
		}
	}
}
