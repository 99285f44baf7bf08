package read

import (
	"slices"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestRestate merges a field's second documentation into its first:
// requiredness taken where only the second states it, silently, and
// compared where both do, the first kept with a warning at the second;
// constraints taken where the first states none, with a warning, and
// the first's kept with a warning where both state some and differ.
func TestRestate(t *testing.T) {
	ptr := func(n int) *int { return &n }
	at := func(line int) schema.Pos { return schema.Pos{Page: "p.txt", Line: line} }
	for _, c := range []struct {
		name                      string
		first, second             schema.Field
		firstStates, secondStates bool
		wantRequired              bool
		wantMax                   *int
		want                      []Restatement
	}{
		{"same", schema.Field{Required: true, MaxLength: ptr(8)}, schema.Field{Required: true, MaxLength: ptr(8)}, true, true, true, ptr(8), nil},
		{"required taken", schema.Field{}, schema.Field{Required: true}, false, true, true, nil, nil},
		{"required unstated by the second", schema.Field{Required: true}, schema.Field{}, true, false, true, nil, nil},
		{"required unstated by both", schema.Field{}, schema.Field{Required: true}, false, false, false, nil, nil},
		{"required differs", schema.Field{Required: true}, schema.Field{}, true, true, true, nil, []Restatement{
			{at(20), "Gift.code is required=false here but required=true at p.txt:10; keeping required=true"},
		}},
		{"constraints taken", schema.Field{}, schema.Field{MaxLength: ptr(32)}, true, true, false, ptr(32), []Restatement{
			{at(20), "recovered the constraints of Gift.code, which p.txt:10 does not state: maxLength 32"},
		}},
		{"constraints unstated by the second", schema.Field{MaxLength: ptr(8)}, schema.Field{}, true, true, false, ptr(8), nil},
		{"constraints differ", schema.Field{MaxLength: ptr(8)}, schema.Field{MaxLength: ptr(32)}, true, true, false, ptr(8), []Restatement{
			{at(20), "Gift.code states maxLength 32 here but maxLength 8 at p.txt:10; keeping the latter"},
		}},
	} {
		first, second := c.first, c.second
		first.At, second.At = at(10), at(20)
		got := Restate("Gift.code", &first, &second, c.firstStates, c.secondStates)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: reported %q, want %q", c.name, got, c.want)
		}
		if first.Required != c.wantRequired {
			t.Errorf("%s: required=%t, want %t", c.name, first.Required, c.wantRequired)
		}
		if (first.MaxLength == nil) != (c.wantMax == nil) || first.MaxLength != nil && *first.MaxLength != *c.wantMax {
			t.Errorf("%s: maxLength %v, want %v", c.name, first.MaxLength, c.wantMax)
		}
	}
}
