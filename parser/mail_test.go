package parser_test

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestMailedPages parses a small page of each style as a mail leaves it:
// forwarded under the mail's headers, wrapped by the client at 72 columns
// (format=flowed), signed, and saved in a legacy encoding. The facts are
// the clean page's, with warnings, and each field is located at the page
// line that starts its row.
func TestMailedPages(t *testing.T) {
	cases := map[string][]parser.Page{"korean-dense": {{Name: "notice.txt", Data: []byte(koreanDense)}}, "markdown-rows": {{Name: "grant.md", Data: []byte(markdownRows)}}}
	for _, dir := range []string{"000", "kakao", "gearn-request-params-md", "gearn-request-params-html"} {
		cases[dir] = parser.CasePages(t, "../testdata/parse/"+dir)
	}
	for dir, scraped := range cases {
		t.Run(dir, func(t *testing.T) {
			clean, err := parser.Parse(scraped, parser.Options{Name: "x"})
			if err != nil {
				t.Fatal(err)
			}
			last := &scraped[len(scraped)-1]
			var lines []string
			for _, l := range strings.Split(string(last.Data), "\n") {
				lines = append(lines, flowLine(l, 72)...)
			}
			if len(lines) < len(strings.Split(string(last.Data), "\n"))+3 {
				t.Fatal("the client broke fewer than 3 lines of the page")
			}
			lines = append([]string{"From: Minh Tran <minh@example.com>", "Sent: Tuesday, March 3, 2026 10:14 AM", "To: Team", "Subject: FW: the page", ""}, lines...)
			lines = append(lines, "", "Thanks,", "-- ", "Minh Tran | Backend Lead | Studio Example")
			data, ok := legacy(lines)
			if !ok {
				t.Fatal("the page is in no legacy encoding")
			}
			last.Data = []byte(data)
			got, err := parser.Parse(scraped, parser.Options{Name: "x"})
			if err != nil {
				t.Fatalf("the mailed page: %v", err)
			}
			if g, w := factLines(got.API), factLines(clean.API); strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("the mailed page gives other facts: %s", firstDifference(w, got, nil))
			}
			if len(got.Warnings) < len(clean.Warnings)+2 {
				t.Errorf("warnings %v, want those of the mail's headers and signature more than the clean page's", got.Warnings)
			}
			if strings.HasSuffix(last.Name, ".html") {
				return
			}
			text, _ := pages.Decode([]byte(data))
			pageLines := strings.Split(text, "\n")
			for _, f := range fieldsOf(got.API) {
				if f.At.Page != last.Name {
					continue
				}
				if l := f.At.Line; l < 1 || l > len(pageLines) || !strings.Contains(pageLines[l-1], f.Name) {
					t.Errorf("field %s at line %d, which reads %q", f.Name, l, pageLines[max(0, min(l, len(pageLines))-1)])
				}
			}
		})
	}
}

// fieldsOf are the fields of a schema: the envelope's, the query
// parameters' and the bodies' of its endpoints, and its types'.
func fieldsOf(api *schema.API) []*schema.Field {
	var out []*schema.Field
	if api.Envelope != nil {
		out = append(out, api.Envelope.Fields...)
	}
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			out = append(out, ep.Query...)
			out = append(out, ep.Body...)
		}
	}
	for _, ty := range api.Types {
		out = append(out, ty.Fields...)
	}
	return out
}

// koreanDense is a Kakao page copied one cell per line without blank
// lines, its titles and headers in Korean, its descriptions long enough
// for a mail client to break them, bounds and all.
const koreanDense = `/notice/list
설명
게임의 공지 목록을 최신 공지부터 차례로 돌려 줍니다. 점검 공지와 이벤트 공지를 모두 포함합니다.
메서드
GET
요청 헤더
이름
타입
필수
설명
appSecret
String
Y
App Secret
kgAppId
String
Y
KG App ID
요청 파라미터
이름
타입
필수
설명
category
String (Enum)
N
조회할 공지의 분류이며 값이 없으면 모든 분류의 공지를 조회합니다 (maintenance, event, update)
limit
Integer
N
한 번에 조회할 공지의 개수이며 최신 공지부터 차례로 돌려 줍니다 (1 ~ 50, default: 10)
keyword
String
N
제목에서 찾을 낱말이며 대소문자를 가리지 않고 찾습니다, 최대 64자까지 받습니다 (2 ~ 64 characters)
응답 상태 코드
상태 코드
설명
상세 설명
200
정상 응답
정상
400
잘못된 요청
요청 데이터를 해석할 수 없거나 필수 파라미터가 없거나 파라미터의 타입이 맞지 않습니다
응답 본문
이름
타입
설명
notices
List<Notice>
공지 목록이며 최신 공지부터 차례로 담겨 있고 고정된 공지가 맨 앞에 옵니다
Notice
이름
타입
설명
noticeId
String
공지 ID
title
String
공지의 제목이며 게임의 언어 설정에 맞춘 제목을 돌려 줍니다 (1 ~ 100 characters)
예제 요청
GET /service/v4/notice/list?category=event&limit=5 HTTP/1.1
Host: kr-openapi-zinny3.game.kakao.com:10443
appSecret: c3c38bbfa3828b342d946e9770c974d0
kgAppId: 909428
`

// markdownRows is a GearN page in Markdown whose rows are longer than a
// mail client's lines.
const markdownRows = `# grantItems

## Server

` + "`POST /api/rJson/inventory/server/grantItems`" + `

### Request Headers

| Name | Required | Description |
|------|----------|-------------|
| Secret-Key | true | The SecretKey in SecretInfo with role must is Server. |
| Content-Type | true | application/json |

### Request Body

| Code | Type | Required | Description |
|------|------|----------|-------------|
| userId | string | true | The unique identifier of the player, as the server knows it. (10 characters) |
| itemIds | string[] | true | The catalog identifiers of the items to grant to the player, in order. (1 - 20 elements) |
| reason | string | | Why the items are granted, shown in the player's history. (up to 128 characters) |

### Response Body

| Code | Type | Required | Description |
|------|------|----------|-------------|
| returnCode | ReturnCode | true | See ReturnCode |
| parameters | GrantItemsResponseData | true | The payload of the answer when the return code is Ok. |

### GrantItemsResponseData

| Code | Type | Required | Description |
|------|------|----------|-------------|
| granted | number int | true | How many items the player got, which is fewer than asked when some are unique. (from 0) |

### ReturnCode

| Name | Code | Description |
|------|------|-------------|
| Ok | 1 | The items were granted to the player, and the history of the player records it. |
| PlayerNotFound | 2 | No player has the identifier the request gives, in the game the secret key opens. |
`
