package parser

import (
	"testing"
)

// TestGlossedTypeHeading checks that a type's heading followed by its
// gloss in parentheses ("Term (약관)") names the type, on a Kakao page of
// pipe rows and on one in Markdown.
func TestGlossedTypeHeading(t *testing.T) {
	const pipes = `/terms/list
설명 (Description)
Lists the terms.
메서드 (Method)
GET
요청 헤더 (Request Headers)
Name | Type | Mandatory | Description |
appSecret | String | Y | App Secret |
응답 상태 코드 (Response Status Code)
Status Code | Status Code Description | Status Code Detailed Description |
200 | Normal Response | Normal |
응답 본문 (Response Body)
Name | Type | Description |
terms | List<Term> | Terms |
Term (약관)
Name | Type | Description |
termId | Long | Term ID |
title | String | Title |
`
	for name, data := range map[string]string{
		"terms.txt": pipes,
		"terms.md":  "# /terms/list\n\n## 설명 (Description)\n\nLists the terms.\n\n## 메서드 (Method)\n\nGET\n\n## 요청 헤더 (Request Headers)\n\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n| appSecret | String | Y | App Secret |\n\n## 응답 상태 코드 (Response Status Code)\n\n| Status Code | Status Code Description |\n|---|---|\n| 200 | Normal Response |\n\n## 응답 본문 (Response Body)\n\n| Name | Type | Description |\n|---|---|---|\n| terms | List<Term> | Terms |\n\n### Term (약관)\n\n| Name | Type | Description |\n|---|---|---|\n| termId | Long | Term ID |\n| title | String | Title |\n",
	} {
		t.Run(name, func(t *testing.T) {
			res, err := Parse([]Page{{Name: name, Data: []byte(data)}}, Options{Name: "kakao"})
			if err != nil {
				t.Fatal(err)
			}
			for _, ty := range res.API.Types {
				if ty.Name == "Term" {
					if len(ty.Fields) != 2 || ty.Fields[0].Name != "termId" || ty.Fields[1].Name != "title" {
						t.Errorf("type Term has fields %v, want termId and title", ty.Fields)
					}
					return
				}
			}
			t.Errorf("no type Term among %d types", len(res.API.Types))
		})
	}
}
