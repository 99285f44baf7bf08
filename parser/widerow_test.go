package parser

import (
	"strings"
	"testing"
)

// TestRowPastColumns reads a field row whose cells run past its table's
// columns, as a pipe of the description's text parts it, with the text
// past them as the rest of its description and a warning at the row that
// says so (and not at the table, as a row whose Required cell was
// dropped), on a GearN page of Markdown.
func TestRowPastColumns(t *testing.T) {
	const page = `Overview
Consume uses of an item.
Client
POST /api/rJson/inventory/client/consumeItem
| Name | Required | Description |
|---|---|---|
| Content-Type | true | application/json |
| Code | Type | Required | Description |
|---|---|---|---|
| itemInstanceId | string | true | The item instance. (20 characters) |
200 Ok
| Code | Type | Required | Description |
|---|---|---|---|
| returnCode | ReturnCode | true | The protocol-level outcome. See ReturnCode |
| parameters | ResponseData |  | The operation's answer. See ResponseData |
ReturnCode
| Name | Code | Description |
|---|---|---|
| Ok | 1 | The request succeeded. |
ResponseData
| Code | Type | Required | Description |
|---|---|---|---|
| errorCode | ErrorCode | true | The business outcome. See ErrorCode |
| mode | string | true | One of fast | safe |
ErrorCode
| Name | Code | Description |
|---|---|---|
| Ok | 1 | The business operation completed successfully. |
`
	res, err := Parse([]Page{{Name: "consumeItem.md", Data: []byte(page)}}, Options{Name: "x"})
	if err != nil {
		t.Fatal(err)
	}
	var warned []string
	for _, w := range res.Warnings {
		if w.Pos.Line == 24 {
			warned = append(warned, w.Msg)
		}
		if strings.Contains(w.Msg, "empty Required cell was dropped") {
			t.Errorf("warning %q: the row lost no Required cell", w.Msg)
		}
	}
	want := `the row of field mode of ConsumeItemResponseData at line 24 has text in 1 cells past the 4 columns of its table at line 21 ("safe"): read as the rest of its description, as where a pipe in the description's text parted it; if the row holds another field, a line break between two rows was lost: write that field on a row of its own`
	if len(warned) != 1 || warned[0] != want {
		t.Errorf("warnings at line 24: %q; want %q", warned, want)
	}
	for _, ty := range res.API.Types {
		for _, f := range ty.Fields {
			if f.Name == "mode" && f.Description != "One of fast safe" {
				t.Errorf("mode: description %q, want %q", f.Description, "One of fast safe")
			}
		}
	}
}
