package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestGearNCellSentences reads the constraints of a GearN field whose
// description cell its page writes in paragraphs (<br> in an HTML
// table's cell, in a Markdown table's) with each paragraph a sentence,
// as the Kakao reader does (read.CellSentences): a length or a default
// in the second paragraph of a cell whose first ends with no stop is
// read, where the paragraphs run on read as none. The description kept
// in the schema is the cell's text, its paragraphs joined with a space.
func TestGearNCellSentences(t *testing.T) {
	rows := [][4]string{
		{"displayName", "string", "true", "Player's name<br>24 characters max<br>Shown to other players"},
		{"comboCount", "int32", "false", "Hits in a row<br>Defaults to 3<br>Counted per raid"},
	}
	for name, data := range raidPages(rows) {
		t.Run(name, func(t *testing.T) {
			res, err := Parse([]Page{{Name: name, Data: []byte(data)}}, Options{Name: "x"})
			if err != nil {
				t.Fatal(err)
			}
			var fields []*schema.Field
			for _, op := range res.API.Operations {
				for _, ep := range op.Endpoints {
					fields = append(fields, ep.Body...)
				}
			}
			if len(fields) != 2 {
				t.Fatalf("%d body fields, want 2", len(fields))
			}
			name, combo := fields[0], fields[1]
			if name.MaxLength == nil || *name.MaxLength != 24 || name.Description != "Player's name 24 characters max Shown to other players" {
				t.Errorf("displayName: %+v; want at most 24 characters, its description the cell's paragraphs joined", name)
			}
			if fmt.Sprint(combo.Default) != "3" || combo.Description != "Hits in a row Defaults to 3 Counted per raid" {
				t.Errorf("comboCount: %+v; want the default 3, its description the cell's paragraphs joined", combo)
			}
			if w := fmt.Sprint(res.Warnings); strings.Contains(w, "looks like a constraint") {
				t.Errorf("warned of an unread constraint: %s", w)
			}
		})
	}
}

// raidPages are a GearN page of one operation whose request body has
// rows (code, type, required, description), as Markdown and as HTML.
func raidPages(rows [][4]string) map[string]string {
	md := "Raid\nattack\n\n## Client\n\n### HTTP\n\nPOST /api/rJson/raid/client/attack\n\n### Request Headers\n\n| Name | Required | Description |\n| --- | --- | --- |\n| Auth-Token | true | A token. |\n\n### Request Body\n\n| Code | Type | Required | Description |\n| --- | --- | --- | --- |\n"
	html := "<html><body>\n<h1>Raid</h1>\n<p>attack</p>\n<h2>Client</h2>\n<h3>HTTP</h3>\n<p>POST /api/rJson/raid/client/attack</p>\n<h3>Request Headers</h3>\n<table>\n<tr><th>Name</th><th>Required</th><th>Description</th></tr>\n<tr><td>Auth-Token</td><td>true</td><td>A token.</td></tr>\n</table>\n<h3>Request Body</h3>\n<table>\n<tr><th>Code</th><th>Type</th><th>Required</th><th>Description</th></tr>\n"
	for _, r := range rows {
		md += "| " + strings.Join(r[:], " | ") + " |\n"
		html += "<tr><td>" + strings.Join(r[:], "</td><td>") + "</td></tr>\n"
	}
	md += "\n### Response Body\n\n200 Ok\n\n| Code | Type | Required | Description |\n| --- | --- | --- | --- |\n| returnCode | ReturnCode | true | The outcome. See ReturnCode |\n| parameters | AttackResponseData | false | The answer. |\n\n### AttackResponseData\n\n| Code | Type | Required | Description |\n| --- | --- | --- | --- |\n| hp | int32 | true | HP left. |\n\n### ReturnCode\n\n| Name | Code | Description |\n| --- | --- | --- |\n| Ok | 1 | Done. |\n"
	html += "</table>\n<h3>Response Body</h3>\n<p>200 Ok</p>\n<table>\n<tr><th>Code</th><th>Type</th><th>Required</th><th>Description</th></tr>\n<tr><td>returnCode</td><td>ReturnCode</td><td>true</td><td>The outcome. See ReturnCode</td></tr>\n<tr><td>parameters</td><td>AttackResponseData</td><td>false</td><td>The answer.</td></tr>\n</table>\n<h3>AttackResponseData</h3>\n<table>\n<tr><th>Code</th><th>Type</th><th>Required</th><th>Description</th></tr>\n<tr><td>hp</td><td>int32</td><td>true</td><td>HP left.</td></tr>\n</table>\n<h3>ReturnCode</h3>\n<table>\n<tr><th>Name</th><th>Code</th><th>Description</th></tr>\n<tr><td>Ok</td><td>1</td><td>Done.</td></tr>\n</table>\n</body></html>\n"
	return map[string]string{"raid.md": md, "raid.html": html}
}
