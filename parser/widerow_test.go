package parser

import (
	"strings"
	"testing"
)

// TestRowPastColumns reads a field row whose cells run past its table's
// columns, as a pipe of the description's text parts it, with the text
// past them as the rest of its description, joined with the pipe, and a
// warning at the row that says so (pages.PipeRows; and not at the table,
// as a row whose Required cell was dropped), on a GearN page of Markdown.
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
	want := `the row at line 24 has 5 cells, more than the 4 columns of the header at line 21: the cells from its Description column on are words, as a pipe in the description's text parts it, and the cells before fit their columns; read as one description, "One of fast | safe" (write a pipe in a cell as \|)`
	if len(warned) != 1 || warned[0] != want {
		t.Errorf("warnings at line 24: %q; want %q", warned, want)
	}
	for _, ty := range res.API.Types {
		for _, f := range ty.Fields {
			if f.Name == "mode" && f.Description != "One of fast | safe" {
				t.Errorf("mode: description %q, want %q", f.Description, "One of fast | safe")
			}
		}
	}
}
