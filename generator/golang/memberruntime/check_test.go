package memberruntime

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// validOrder is an order that breaks no constraint.
func validOrder() *order {
	return &order{ID: "ab", Total: 1, Level: 1, Attrs: map[string]any{}, Owner: &line{Name: "o"}}
}

// violations returns what checkValues reports of values, as
// "path:violation" strings.
func violations(t *testing.T, values ...any) string {
	t.Helper()
	err := checkValues(values...)
	if err == nil {
		return ""
	}
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("checkValues = %v, want a *ValidationError", err)
	}
	var out []string
	for _, m := range ve.Members {
		out = append(out, fmt.Sprintf("%s:%d", m.Member, m.Violation))
	}
	return strings.Join(out, " ")
}

func TestCheckValues(t *testing.T) {
	s := func(v string) *string { return &v }
	n := func(v int64) *int64 { return &v }
	f := func(v float64) *float64 { return &v }
	lv := func(v level) *level { return &v }
	for _, c := range []struct {
		name   string
		change func(o *order)
		want   string
	}{
		{"valid", func(*order) {}, ""},
		{"empty required string", func(o *order) { o.ID = "" }, "id:3"},
		{"string too short and too long", func(o *order) { o.ID = "é" }, "id:4"},
		{"runes, not bytes", func(o *order) { o.ID = "日本語日本語日本" }, ""},
		{"string too long", func(o *order) { o.ID = "123456789" }, "id:5"},
		{"value not allowed", func(o *order) { o.Note = s("a") }, "note:13"},
		{"value with a comma", func(o *order) { o.Note = s("a,b") }, ""},
		{"number bounds", func(o *order) { o.Total = 0.25; o.Tip = f(-1) }, "total:6"},
		{"integer bound", func(o *order) { o.Limit = n(-4) }, "limit:6"},
		{"integer at its bound", func(o *order) { o.Limit = n(-3) }, ""},
		{"enum", func(o *order) { o.Level = 3; o.Prio = lv(0) }, "level:13 prio:13"},
		{"missing object", func(o *order) { o.Owner = nil }, "owner:1"},
		{"nested object", func(o *order) { o.Owner.Name = ""; o.Owner.Next = &line{} }, "owner.name:3 owner.next.name:3"},
		{"missing hashtable", func(o *order) { o.Attrs = nil }, "attrs:9"},
		{"array bounds", func(o *order) { o.Tags = []string{} }, "tags:11"},
		{"array too long", func(o *order) { o.Tags = []string{"a", "b", "c", "d"} }, "tags:12"},
		{"absent optional array", func(o *order) { o.Tags = nil }, ""},
		{"items", func(o *order) {
			o.Levels = []level{1, 5, 2}
			o.Lines = []line{{Name: "x"}, {}, {Next: &line{}}}
		}, "levels[1]:13 lines[1].name:3 lines[2].name:3 lines[2].next.name:3"},
	} {
		o := validOrder()
		c.change(o)
		if got := violations(t, o); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestCheckValuesOfAny checks a required "any" member, which null fills
// in as the bytes "null", and a required array.
func TestCheckValuesOfAny(t *testing.T) {
	type body struct {
		Data  json.RawMessage `json:"data"`
		Items []int64         `json:"items" maximum:"9"`
	}
	for _, c := range []struct {
		v    body
		want string
	}{
		{body{Data: json.RawMessage(`0`), Items: []int64{}}, ""},
		{body{Data: json.RawMessage(`null`), Items: []int64{10, 9}}, "data:1 items[0]:7"},
		{body{}, "data:1 items:10"},
	} {
		if got := violations(t, &c.v); got != c.want {
			t.Errorf("%+v: %q, want %q", c.v, got, c.want)
		}
	}
}

// TestCheckValuesInOrder checks the query parameters of a request, then
// its body, into one list.
func TestCheckValuesInOrder(t *testing.T) {
	type query struct {
		Page int64 `json:"page" minimum:"1"`
	}
	o := validOrder()
	o.ID = ""
	if got := violations(t, &query{}, o); got != "page:6 id:3" {
		t.Errorf("%q", got)
	}
	if err := checkValues(&query{Page: 1}, validOrder()); err != nil {
		t.Errorf("a valid request: %v", err)
	}
}
