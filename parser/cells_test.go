package parser

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

func TestParseType(t *testing.T) {
	for _, c := range []struct {
		in   string
		want typeText
		ok   bool
	}{
		{"string", typeText{name: schema.String}, true},
		{"number", typeText{name: schema.Number}, true},
		{"number int", typeText{name: schema.Integer}, true},
		{"Number Int", typeText{name: schema.Integer}, true},
		{"boolean", typeText{name: schema.Boolean}, true},
		{"bool", typeText{name: schema.Boolean}, true},
		{"any", typeText{name: schema.Any}, true},
		{"string[]", typeText{name: schema.String, array: true}, true},
		{"`string[]`", typeText{name: schema.String, array: true}, true},
		{"CustomDataParam[]", typeText{name: "CustomDataParam", array: true}, true},
		{"GenericModels.BanItem", typeText{name: "GenericModels.BanItem"}, true},
		{"GNHashtable", typeText{name: schema.Hashtable}, true},
		{"GNArray", typeText{name: schema.Any, array: true}, true},
		{"string in a | b | c", typeText{name: schema.String, values: []string{"a", "b", "c"}}, true},
		{"string in `ios` | \"android\"", typeText{name: schema.String, values: []string{"ios", "android"}}, true},
		{"number  int", typeText{name: schema.Integer}, true},
		{"userId", typeText{}, false},
		{"a string", typeText{}, false},
		{"", typeText{}, false},
	} {
		got, ok := parseType(c.in)
		if ok != c.ok || ok && !reflect.DeepEqual(got, c.want) {
			t.Errorf("parseType(%q) = %+v, %v; want %+v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

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
		tt, ok := parseType(c.typ)
		if !ok {
			t.Fatalf("parseType(%q) failed", c.typ)
		}
		f := &schema.Field{Name: "f", Type: tt.name, Array: tt.array, Values: tt.values, Description: c.desc}
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

// TestSplitFlatTypes splits flattened rows with every type form GearN
// uses, with and without a Required cell, known and unknown type names.
func TestSplitFlatTypes(t *testing.T) {
	names := newNameSet()
	names.add("InfoRequestParam")
	fields, _ := ColumnsOf([]string{"Code", "Type", "Required", "Description"})
	headers, _ := ColumnsOf([]string{"Name", "Type", "Required", "Description"})
	for _, c := range []struct {
		row  string
		cols []Column
		kind Kind
		want []string
	}{
		{"limitnumber inttrueMaximum number of results. (from 1 to 100)", fields, KindFields, []string{"limit", "number int", "true", "Maximum number of results. (from 1 to 100)"}},
		{"offsetnumber intStart index. (from 0)", fields, KindFields, []string{"offset", "number int", "", "Start index. (from 0)"}},
		{"platformstring in ios | android | webtrueThe platform.", fields, KindFields, []string{"platform", "string in ios | android | web", "true", "The platform."}},
		{"platformstring in ios | androidThe platform.", fields, KindFields, []string{"platform", "string in ios | android", "", "The platform."}},
		{"customDatasCustomDataParam[]trueThe data. (1 - 32 elements)", fields, KindFields, []string{"customDatas", "CustomDataParam[]", "true", "The data. (1 - 32 elements)"}},
		{"customDataCustomDataParamThe data.", fields, KindFields, []string{"customData", "CustomDataParam", "", "The data."}},
		{"infoRequestParamInfoRequestParamtrueFlags. See InfoRequestParam", fields, KindFields, []string{"infoRequestParam", "InfoRequestParam", "true", "Flags. See InfoRequestParam"}},
		{"dataGNHashtableThe data.", fields, KindFields, []string{"data", "GNHashtable", "", "The data."}},
		{"listGNArraytrueThe list.", fields, KindFields, []string{"list", "GNArray", "true", "The list."}},
		{"valueanytrueThe value.", fields, KindFields, []string{"value", "any", "true", "The value."}},
		{"keysstring[]Keys to read.", fields, KindFields, []string{"keys", "string[]", "", "Keys to read."}},
		{"amountIntegertrueThe amount.", fields, KindFields, []string{"amount", "Integer", "true", "The amount."}},
		{"iOSDeviceIdstringiOSDeviceId used in Device.", fields, KindFields, []string{"iOSDeviceId", "string", "", "iOSDeviceId used in Device."}},
		{"playerStatisticsbooleanName or value of the player's statistic.", fields, KindFields, []string{"playerStatistics", "boolean", "", "Name or value of the player's statistic."}},
		{"skipnumber intNumber of entries to skip. (from 0)", fields, KindFields, []string{"skip", "number int", "", "Number of entries to skip. (from 0)"}},
		{"agreenumberYes or no.", fields, KindFields, []string{"agree", "number", "", "Yes or no."}},
		{"Secret-KeystringtrueThe SecretKey in SecretInfo with role must is Admin.", headers, KindHeaders, []string{"Secret-Key", "string", "true", "The SecretKey in SecretInfo with role must is Admin."}},
	} {
		got := splitFlat(c.row, c.kind, c.cols, vocabularyOf(gearnWords{names}))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitFlat(%q)\n got %q\nwant %q", c.row, got, c.want)
		}
	}
}

// TestJoinValues rejoins the cells of Markdown rows whose type lists its
// values with pipes.
func TestJoinValues(t *testing.T) {
	for _, c := range []struct {
		row  string
		cols int
		want []string
	}{
		{"| platform | string in ios | android | web | true | The platform. |", 4, []string{"platform", "string in ios | android | web", "true", "The platform."}},
		{"| platform | string in ios | android | web | The platform. |", 4, []string{"platform", "string in ios | android | web", "The platform."}},
		{"| string in ios | android | true | The platform. |", 4, []string{"string in ios | android", "true", "The platform."}},
		{"| mode | string in a | b | c |", 3, []string{"mode", "string in a | b", "c"}},
		{"| mode | string in a \\| b | Mode. |", 3, []string{"mode", "string in a | b", "Mode."}},
		{"| `userId` | `string` | true | The `userId` of the player. |", 4, []string{"userId", "string", "true", "The `userId` of the player."}},
		{"| key | string | true | Key used in a pair. |", 4, []string{"key", "string", "true", "Key used in a pair."}},
		{"| `name` | `string in steam | epic` | true | Name. |", 4, []string{"name", "string in steam | epic", "true", "Name."}},
		{"| name | string | true | Name; see `a|b` and `c`. |", 4, []string{"name", "string", "true", "Name; see `a | b` and `c`."}},
		{"| name | string | true | A lone ` backtick. |", 4, []string{"name", "string", "true", "A lone ` backtick."}},
	} {
		if got := joinValues(SplitPipes(c.row), c.cols); !reflect.DeepEqual(got, c.want) {
			t.Errorf("joinValues(%q)\n got %q\nwant %q", c.row, got, c.want)
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
