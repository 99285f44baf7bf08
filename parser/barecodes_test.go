package parser_test

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
)

// kitePage is a Kakao page whose code table at line 25 has no Status
// column, after a status table that lists two custom statuses, 481 and
// 482: whose detail codes it lists cannot be told.
const kitePage = "# Kite\n\n## /kite/launch\n\n### Method\n\nPOST\n\n" +
	"### Request Body\n\n| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| playerId | String | Y | Player ID |\n\n" +
	"### Response Status Code\n\n| Status Code | Status Code Description |\n| --- | --- |\n| 200 | Normal |\n| 481 (custom status) | Launch Refused |\n| 482 (custom status) | Kite Lost |\n\n" +
	"### Response Codes\n\n| Code | Message | Description |\n| --- | --- | --- |\n| -84201 | Kite torn | The sail is torn |\n| -84202 | Airborne | A kite is in the air already |\n"

// TestBareCodeTableEntry parses a code table without a Status column
// whose status its operation's status table does not tell: an error at
// its header that prints the tables: entry; the entry, pasted with a
// status, gives its rows to that status; an entry for a line that is no
// such table's header is stale.
func TestBareCodeTableEntry(t *testing.T) {
	_, err := parser.Parse([]parser.Page{{Name: "kite.md", Data: []byte(kitePage)}}, parser.Options{Name: "x"})
	if err == nil || !strings.Contains(err.Error(), "kite.md:25: cannot tell whose detail codes the code table at line 25") {
		t.Fatalf("err %v; want the code table refused at its header", err)
	}
	msg := err.Error()
	entry := msg[strings.Index(msg, "{table: "):]
	entry = entry[:strings.Index(entry, "}")+1]
	res, err := parseWith(t, "kite.md", kitePage, "tables:\n  - "+strings.Replace(entry, "<status>", "482", 1)+"\n")
	if err != nil {
		t.Fatalf("the printed entry %s, pasted, does not rescue the page: %v", entry, err)
	}
	for _, s := range res.API.Operations[0].Statuses {
		if want := map[int]int{482: 2}[s.Code]; len(s.Details) != want {
			t.Errorf("status %d has %d details, want %d", s.Code, len(s.Details), want)
		}
	}
	for file, want := range map[string]string{
		"tables:\n  - table: kite.md:3\n    status: 481\n":   "fixes.yaml:2: stale override: kite.md:3",
		"tables:\n  - table: kite.md:25\n    status: ruby\n": `fixes.yaml:2: status: "ruby" is not a status code`,
	} {
		if _, err := parseWith(t, "kite.md", kitePage, file); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("with\n%s: err %v; want %q", file, err, want)
		}
	}
}
