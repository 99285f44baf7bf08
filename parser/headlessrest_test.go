package parser

import (
	"strings"
	"testing"
)

// TestHeadlessRestRefused refuses, at its line, a table of an http-status
// page whose header row reads as a row of fields: the rest of a table cut
// in two by a note, whose converter made its first row the header (a
// header row of empty cells, as html2markdown writes a table without
// one). Left as a table of unknown columns, its fields would be ignored
// with warnings at its rows but none at the body that lost them.
func TestHeadlessRestRefused(t *testing.T) {
	page := `## /circus/audition

### Method

POST

### Request Headers

| Name | Type | Mandatory | Description |
|---|---|---|---|
| appSecret | String | Y | App Secret |

### Request Body

| Name | Type | Mandatory | Description |
|---|---|---|---|
| playerId | String | Y | Player ID |

Candidates are heard in the order given.

| | | | |
|---|---|---|---|
| stage | String | N | Stage of the audition |
| judgeCount | Integer | N | Judges, 1 ~ 5 |

### Response Status Code

| Status Code | Status Code Description |
|---|---|
| 200 | Normal Response |
`
	_, err := Parse([]Page{{Name: "circus.md", Data: []byte(page)}}, Options{Name: "kakao"})
	want := "circus.md:23: the table at line 23 has no header: its first row (stage | String | N | Stage of the audition) reads as a row of fields"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("err = %v, want one with %q", err, want)
	}
}
