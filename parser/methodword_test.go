package parser_test

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
)

// TestMethodWordNamesAType parses a Kakao page whose response lists a
// type named as a method is ("Post"), titled capitalised in Markdown, in
// bold and in HTML: the title names the type its table documents, while
// POST in capitals, in the Method section, stays the method.
func TestMethodWordNamesAType(t *testing.T) {
	md := "# Community\n\n## /community/post\n\n### Method\n\nPOST\n\n" +
		"### Request Body\n\n| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| playerId | String | Y | Player ID |\n\n" +
		"### Response Status Code\n\n| Status Code | Status Code Description |\n| --- | --- |\n| 200 | Normal |\n\n" +
		"### Response Body\n\n| Name | Type | Description |\n| --- | --- | --- |\n| post | Post | The post written |\n\n" +
		"TITLE\n\n| Name | Type | Description |\n| --- | --- | --- |\n| postId | String | Post ID |\n| likes | Integer | Number of likes |\n"
	for _, c := range []struct{ name, page string }{
		{"post.md", strings.Replace(md, "TITLE", "### Post", 1)},
		{"bold.md", strings.Replace(md, "TITLE", "**Post**", 1)},
	} {
		res, err := parser.Parse([]parser.Page{{Name: c.name, Data: []byte(c.page)}}, parser.Options{Name: "x"})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if n := len(res.API.Operations); n != 1 || res.API.Operations[0].Endpoints[0].Method != "POST" {
			t.Errorf("%s: want one POST operation, got %d", c.name, n)
		}
		var names []string
		post := 0
		for _, ty := range res.API.Types {
			names = append(names, ty.Name)
			if ty.Name == "Post" {
				post = len(ty.Fields)
			}
		}
		if post != 2 {
			t.Errorf("%s: want the type Post of two fields, got the types %v", c.name, names)
		}
	}
}
