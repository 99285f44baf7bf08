package reader

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

func TestConstrain(t *testing.T) {
	ip := func(n int) *int { return &n }
	fp := func(x float64) *float64 { return &x }
	for _, c := range []struct {
		typ, desc string
		want      schema.Field // only the constraints are compared
		err       string
	}{
		{typ: "string", desc: "Id. (10 characters)", want: schema.Field{MinLength: ip(10), MaxLength: ip(10)}},
		{typ: "string", desc: "Password. (6 - 64 characters)", want: schema.Field{MinLength: ip(6), MaxLength: ip(64)}},
		{typ: "string", desc: "One. (1 character)", want: schema.Field{MinLength: ip(1), MaxLength: ip(1)}},
		{typ: "string[]", desc: "Keys. (1 - 32 elements)", want: schema.Field{MinItems: ip(1), MaxItems: ip(32)}},
		{typ: "CustomDataParam[]", desc: "Data. (1 - 32 elements)", want: schema.Field{MinItems: ip(1), MaxItems: ip(32)}},
		{typ: "GNArray", desc: "List. (0 - 10 elements)", want: schema.Field{MinItems: ip(0), MaxItems: ip(10)}},
		{typ: "number int", desc: "Limit. (from 1 to 100)", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number", desc: "Skip. (from 0)", want: schema.Field{Minimum: fp(0)}},
		{typ: "number", desc: "Ratio. (from -0.5 to 0.5)", want: schema.Field{Minimum: fp(-0.5), Maximum: fp(0.5)}},
		{typ: "number", desc: "Count. (up to 20)", want: schema.Field{Maximum: fp(20)}},
		{typ: "number int", desc: "Limit. (from 1 to 100) (Default: 10)", want: schema.Field{Minimum: fp(1), Maximum: fp(100), Default: 10}},
		{typ: "number", desc: "Amount. (Default: 2.5)", want: schema.Field{Default: 2.5}},
		{typ: "boolean", desc: "Force. (Default: false)", want: schema.Field{Default: false}},
		{typ: "boolean", desc: "Force. (Default: True)", want: schema.Field{Default: true}},
		{typ: "string", desc: "Name. (Default: \"guest\")", want: schema.Field{Default: "guest"}},
		{typ: "string in a | b", desc: "Mode. (Default: b)", want: schema.Field{Values: []string{"a", "b"}, Default: "b"}},
		{typ: "any", desc: "Value. (Default: 3)", want: schema.Field{Default: 3}},
		{typ: "string", desc: "Name. (Default: null)"},
		{typ: "GNHashtable", desc: "Data."},

		{typ: "number", desc: "Id. (6 - 64 characters)", err: `field f is number, but its description states "(6 - 64 characters)", a length in characters, which only a string has`},
		{typ: "string", desc: "Tags. (1 - 32 elements)", err: `field f is string, but its description states "(1 - 32 elements)", a number of elements, which only an array has`},
		{typ: "GNHashtable", desc: "Data. (1 - 32 elements)", err: `field f is hashtable, but its description states "(1 - 32 elements)"`},
		{typ: "string", desc: "Limit. (from 1 to 100)", err: `field f is string, but its description states "(from 1 to 100)", a range of values, which only a number has`},
		{typ: "number", desc: "Limit. (from 10 to 1)", err: `field f: "(from 10 to 1)" has its lower bound above its upper bound`},
		{typ: "string", desc: "Id. (64 - 6 characters)", err: `field f: "(64 - 6 characters)": the least count 64 is above the greatest 6`},
		{typ: "string[]", desc: "Ids. (99999999999999999999 elements)", err: `"(99999999999999999999 elements)": 99999999999999999999 is too large`},
		{typ: "number int", desc: "Limit. (Default: ten)", err: `field f: "(Default: ten)" does not fit its type integer`},
		{typ: "number int", desc: "Limit. (Default: 1.5)", err: `does not fit its type integer`},
		{typ: "boolean", desc: "Force. (Default: 0)", err: `field f: "(Default: 0)" does not fit its type boolean`},
		{typ: "string[]", desc: "Keys. (Default: a)", err: `does not fit its type string[]`},
		{typ: "number int", desc: "Limit. (from 1 to 100) (Default: 0)", err: `field f: "(Default: 0)" is outside "(from 1 to 100)"`},
		{typ: "string in a | b", desc: "Mode. (Default: c)", err: `field f: "(Default: c)" is not one of its values a | b`},
		{typ: "string", desc: "Code. (6 characters) (Default: abc)", err: `"(Default: abc)" does not have the length its description states`},
	} {
		tt, ok := read.ParseType(c.typ)
		if !ok {
			t.Fatalf("parseType(%q) failed", c.typ)
		}
		f := &schema.Field{Name: "f", Type: tt.Name, Array: tt.Array, Values: tt.Values, Description: c.desc}
		err := constrain(f)
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s %q: error %v, want one containing %q", c.typ, c.desc, err, c.err)
			}
			continue
		case err != nil:
			t.Errorf("%s %q: %v", c.typ, c.desc, err)
			continue
		}
		c.want.Name, c.want.Type, c.want.Array, c.want.Description = f.Name, f.Type, f.Array, f.Description
		if c.want.Values == nil {
			c.want.Values = f.Values
		}
		if !reflect.DeepEqual(*f, c.want) {
			t.Errorf("%s %q:\n got %s\nwant %s", c.typ, c.desc, constraints(f), constraints(&c.want))
		}
	}
}

// TestEndpointLine reads the endpoint lines scrapes write: plain, in a
// code span, with the host, with the HTTP version.
func TestEndpointLine(t *testing.T) {
	for _, c := range []struct{ line, method, path string }{
		{"POST /api/rJson/authenticate/client/loginByAccount", "POST", "/api/rJson/authenticate/client/loginByAccount"},
		{"`POST /api/rMsgPack/authenticate/client/loginByAccount`", "POST", "/api/rMsgPack/authenticate/client/loginByAccount"},
		{"POST https://gearn.example.com:2202/api/rJson/masterPlayer/admin/linkAccount", "POST", "/api/rJson/masterPlayer/admin/linkAccount"},
		{"POST /service/v5/auth/validation HTTP/1.1", "POST", "/service/v5/auth/validation"},
	} {
		m := endpointRe.FindStringSubmatch(c.line)
		if m == nil || m[1] != c.method || m[2] != c.path {
			t.Errorf("endpointRe(%q) = %q; want %s %s", c.line, m, c.method, c.path)
		}
	}
	for _, line := range []string{"POST", "POST the form", "POST /api/a b"} {
		if endpointRe.MatchString(line) {
			t.Errorf("endpointRe matches %q", line)
		}
	}
}
