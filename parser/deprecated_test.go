package parser

import (
	"strings"
	"testing"
)

// TestDeprecatedBadge checks that a name cell with a Deprecated badge
// beside the name gives the member its name, the deprecation kept in its
// description, on a Kakao page of pipe rows.
func TestDeprecatedBadge(t *testing.T) {
	const page = `/terms/list
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
termId | Long | Term ID |
` + "`legacyId` Deprecated | String | The old ID |\n"
	res, err := Parse([]Page{{Name: "terms.txt", Data: []byte(page)}}, Options{Name: "kakao"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ty := range res.API.Types {
		for _, f := range ty.Fields {
			if f.Name == "legacyId" {
				if f.Type != "string" || !strings.HasPrefix(f.Description, "Deprecated.") {
					t.Errorf("legacyId: type %q, description %q; want string, a description that says it is deprecated", f.Type, f.Description)
				}
				return
			}
		}
	}
	t.Error("no member legacyId")
}
