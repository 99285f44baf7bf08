package parser_test

import (
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestQueryForm parses pages whose array query parameter is sent as one
// value of its items joined with commas: br03_lockages' row says "comma
// separated" and its example agrees, read with no warning; p15_loungeSeat's
// row says nothing and its example sends seatNos=3,4, read with a warning
// at the row, the example kept (its items are integers each, not the one
// value "3,4"); the same rows with the example repeating the parameter
// keep the row's form with a warning at the row, or take the default with
// none; an example that does not pass it leaves a row that says nothing
// the default.
func TestQueryForm(t *testing.T) {
	read := func(path string) string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	lockages := read("../testdata/facts/br03_lockages/page.txt")
	seat := read("../testdata/facts/p15_loungeSeat/seat.md")
	for _, c := range []struct {
		name, page, text, from, to, param string
		line                              int
		form                              schema.Form
		warn                              string
		example                           bool
	}{
		{name: "the row and the example say comma", page: "page.txt", text: lockages, param: "vesselTypes", line: 74, form: schema.FormComma, example: true},
		{name: "the example says comma", page: "seat.md", text: seat, param: "seatNos", line: 29, form: schema.FormComma, example: true,
			warn: "seat.md:29: query parameter seatNos: read its items as one value joined with commas, as the example request at seat.md:54 sends them (seatNos=3,4), where its row says nothing of the form; if the server takes the parameter repeated (seatNos=a&seatNos=b), add the fix {operation: seat, in: query, field: seatNos, form: null} to the overrides"},
		{name: "the row says comma, the example repeats", page: "page.txt", text: lockages, from: "vesselTypes=narrowboat,widebeam", to: "vesselTypes=narrowboat&vesselTypes=widebeam", param: "vesselTypes", line: 74, form: schema.FormComma, example: true,
			warn: `page.txt:74: query parameter vesselTypes: its description says its items are joined with commas ("comma separated"), and the example request at page.txt:298 repeats it (vesselTypes=narrowboat&vesselTypes=widebeam): read as joined with commas, as the row decides; if the server takes the parameter repeated, add the fix {operation: lockages, in: query, field: vesselTypes, form: null} to the overrides`},
		{name: "both say repeated", page: "seat.md", text: seat, from: "seatNos=3,4", to: "seatNos=3&seatNos=4", param: "seatNos", line: 29, example: true},
		{name: "no statement, no example", page: "seat.md", text: seat, from: "&seatNos=3,4", to: "", param: "seatNos", line: 29, example: true},
	} {
		text := c.text
		if c.from != "" {
			if !strings.Contains(text, c.from) {
				t.Fatalf("%s: the page has no %q", c.name, c.from)
			}
			text = strings.Replace(text, c.from, c.to, 1)
		}
		res, err := parser.Parse([]parser.Page{{Name: c.page, Data: []byte(text)}}, parser.Options{Name: "x"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		ep := res.API.Operations[0].Endpoints[0]
		f := schema.FieldNamed(ep.Query, c.param)
		if f == nil || f.At.Line != c.line {
			t.Fatalf("%s: query parameter %s: %+v", c.name, c.param, f)
		}
		if f.Form != c.form {
			t.Errorf("%s: form %q, want %q", c.name, f.Form, c.form)
		}
		if (ep.Example != nil) != c.example {
			t.Errorf("%s: example request %+v, want one: %v", c.name, ep.Example, c.example)
		}
		var warned []string
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, "joined with commas") {
				warned = append(warned, w.Error())
			}
		}
		if c.warn == "" && len(warned) > 0 || c.warn != "" && (len(warned) != 1 || warned[0] != c.warn) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warned, "\n"), c.warn)
		}
	}
}
