package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// inferTypes infers the type of body, named Body, next to the documented
// types, and renders every type as "Name{member type, …}", inferred types
// marked with a "~".
func inferTypes(t *testing.T, body string, documented ...*schema.Type) (string, schema.Diagnostics) {
	t.Helper()
	v, n, err := readJSON(body, 1)
	if err != nil {
		t.Fatalf("readJSON: %v", err)
	}
	if n != len(body) {
		t.Fatalf("readJSON read %d of %d bytes", n, len(body))
	}
	ts := &typeSet{}
	for _, d := range documented {
		ts.add(d)
	}
	rep := &pages.Reporter{}
	in := &inference{types: ts, page: "p", rep: rep}
	in.body(v, "", "Body", "Op")
	ts.settle(rep)
	warns, _ := rep.Sorted(nil, false)
	return renderTypes(ts), warns
}

func renderTypes(ts *typeSet) string {
	var out []string
	for _, ty := range ts.list {
		mark := ""
		if ty.Inferred {
			mark = "~"
		}
		out = append(out, mark+ty.Name+memberList(ty.Fields))
	}
	return strings.Join(out, " ")
}

func documentedType(name string, members ...string) *schema.Type {
	ty := &schema.Type{Name: name}
	for _, m := range members {
		n, typ, _ := strings.Cut(m, " ")
		f := &schema.Field{Name: n, Type: strings.TrimSuffix(typ, "[]"), Array: strings.HasSuffix(typ, "[]")}
		ty.Fields = append(ty.Fields, f)
	}
	return ty
}

func TestInferTypes(t *testing.T) {
	cases := []struct {
		name, body string
		documented []*schema.Type
		want       string
		warnings   int
	}{
		{
			name: "scalars keep page order",
			body: `{"zeta": "s", "alpha": true, "count": 12, "ratio": 0.5, "big": 1680773813000, "exp": 1e3}`,
			want: "~Body{zeta string, alpha boolean, count integer, ratio number, big integer, exp number}",
		},
		{
			name: "nested objects become named types",
			body: `{"outer": {"inner": {"deep": 1}, "redirect_uri": {"target": "x"}}}`,
			want: "~Body{outer Outer} ~Outer{inner Inner, redirect_uri RedirectUri} ~Inner{deep integer} ~RedirectUri{target string}",
		},
		{
			name: "null, empty object and empty array take the most general type",
			body: `{"gone": null, "bag": {}, "none": []}`,
			want: "~Body{gone any, bag hashtable, none any[]}",
		},
		{
			name: "a null then a value takes the value's type",
			body: `{"list": [null, "a"], "objs": [{"a": null}, {"a": 2}]}`,
			want: "~Body{list string[], objs Obj[]} ~Obj{a integer}",
		},
		{
			name: "arrays of objects merge their elements into one type named in the singular",
			body: `{"entries": [{"id": 1}, {"id": 2, "label": "x"}], "items": [{"n": 1}]}`,
			want: "~Body{entries Entry[], items Item[]} ~Entry{id integer, label string} ~Item{n integer}",
		},
		{
			name: "integral and fractional numbers in one array make a number",
			body: `{"xs": [1, 2.5, 3]}`,
			want: "~Body{xs number[]}",
		},
		{
			name: "arrays of arrays hold any",
			body: `{"grid": [[1, 2], [3]]}`,
			want: "~Body{grid any[]}",
		},
		{
			name:     "disagreeing examples make any, with a warning",
			body:     `{"rows": [{"v": 1}, {"v": "one"}]}`,
			want:     "~Body{rows Row[]} ~Row{v any}",
			warnings: 1,
		},
		{
			name:       "an object reuses the documented type whose name has its key",
			body:       `{"player": {"playerId": "1", "status": "normal"}}`,
			documented: []*schema.Type{documentedType("PlayerAllResponse", "playerId string", "status string", "nickname string", "data hashtable")},
			want:       "PlayerAllResponse{playerId string, status string, nickname string, data hashtable} ~Body{player PlayerAllResponse}",
		},
		{
			name:       "an object with a key the documented type lacks gets a type of its own",
			body:       `{"player": {"playerId": "1", "level": 3}}`,
			documented: []*schema.Type{documentedType("PlayerAllResponse", "playerId string", "status string")},
			want:       "PlayerAllResponse{playerId string, status string} ~Body{player Player} ~Player{playerId string, level integer}",
		},
		{
			name:       "an object whose member has the wrong type does not fit",
			body:       `{"player": {"playerId": 1}}`,
			documented: []*schema.Type{documentedType("PlayerAllResponse", "playerId string")},
			want:       "PlayerAllResponse{playerId string} ~Body{player Player} ~Player{playerId integer}",
		},
		{
			name:       "a documented type is filled only when the object fills half of it, unless the names agree",
			body:       `{"a": {"x": "1"}, "b": {"x": "1", "y": "2"}}`,
			documented: []*schema.Type{documentedType("Pair", "x string", "y string", "z string")},
			want:       "Pair{x string, y string, z string} ~Body{a A, b Pair} ~A{x string}",
		},
		{
			name:       "a taken name gets the owner's name before it",
			body:       `{"token": {"value": "v"}}`,
			documented: []*schema.Type{documentedType("Token", "expires integer")},
			want:       "Token{expires integer} ~Body{token BodyToken} ~BodyToken{value string}",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, warns := inferTypes(t, c.body, c.documented...)
			if got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
			// and a warning at each type inferred, marked ~
			if want := c.warnings + strings.Count(c.want, "~"); len(warns) != want {
				t.Errorf("got %d warnings, want %d: %v", len(warns), want, warns)
			}
		})
	}
}

// TestInferDocumentedBody binds a body to the type its status documents:
// nested objects follow the documented member types, and members the
// tables lack are added with a warning each, as is each type inferred.
func TestInferDocumentedBody(t *testing.T) {
	for _, c := range []struct {
		body, want string
		warnings   int
	}{
		{`{"player": {"status": "x"}}`, "ValidationResponse{player PlayerAllResponse} PlayerAllResponse{status string}", 0},
		{`{"player": {"status": "x", "level": 2}, "extra": {"a": true}}`, "ValidationResponse{player PlayerAllResponse, extra Extra} PlayerAllResponse{status string, level integer} ~Extra{a boolean}", 3},
		{`{"player": {"status": 7}}`, "ValidationResponse{player PlayerAllResponse} PlayerAllResponse{status string}", 1},
	} {
		v, _, err := readJSON(c.body, 1)
		if err != nil {
			t.Fatal(err)
		}
		ts := &typeSet{}
		ts.add(documentedType("ValidationResponse", "player PlayerAllResponse"))
		ts.add(documentedType("PlayerAllResponse", "status string"))
		rep := &pages.Reporter{}
		in := &inference{types: ts, page: "p", rep: rep}
		if got := in.body(v, "ValidationResponse", "Ignored", ""); got != "ValidationResponse" {
			t.Errorf("%s: body type %q, want ValidationResponse", c.body, got)
		}
		warns, _ := rep.Sorted(nil, false)
		if got := renderTypes(ts); got != c.want {
			t.Errorf("%s:\ngot  %s\nwant %s", c.body, got, c.want)
		}
		if len(warns) != c.warnings {
			t.Errorf("%s: got %d warnings, want %d: %v", c.body, len(warns), c.warnings, warns)
		}
	}
}

// TestInferUntypedMember leaves a member that an example adds to a
// documented type, and shows only as an empty array or as null, without
// a type: a hole at its line, which an override fills; another example
// that shows its elements types it.
func TestInferUntypedMember(t *testing.T) {
	for _, c := range []struct {
		bodies []string
		want   string
		holes  []string
	}{
		{[]string{`{"granted": [], "failed": []}`}, "GrantResponse{granted string[], failed []}", []string{"p:1: member failed of GrantResponse is in the example at line 1, but its table does not document it, and the examples show it only as an empty array: nothing tells its type"}},
		{[]string{`{"granted": [], "note": null}`}, "GrantResponse{granted string[], note }", []string{"p:1: member note of GrantResponse is in the example at line 1, but its table does not document it, and the examples show it only as null: nothing tells its type"}},
		{[]string{`{"failed": []}`, `{"failed": ["p1"]}`}, "GrantResponse{granted string[], failed string[]}", nil},
	} {
		ts := &typeSet{}
		ts.add(documentedType("GrantResponse", "granted string[]"))
		rep := &pages.Reporter{}
		in := &inference{types: ts, page: "p", rep: rep}
		for _, b := range c.bodies {
			v, _, err := readJSON(b, 1)
			if err != nil {
				t.Fatal(err)
			}
			in.body(v, "GrantResponse", "Ignored", "")
		}
		ts.settle(rep)
		if got := renderTypes(ts); got != c.want {
			t.Errorf("%s:\ngot  %s\nwant %s", c.bodies, got, c.want)
		}
		var holes []string
		for _, h := range rep.Holes() {
			holes = append(holes, h.At.String()+": "+h.Msg)
		}
		if strings.Join(holes, "\n") != strings.Join(c.holes, "\n") {
			t.Errorf("%s: holes\n%q\nwant\n%q", c.bodies, holes, c.holes)
		}
	}
}

// TestInferBodyOfNoType infers no type from a body that is not an
// object, nor from an empty object, whose member would be a hashtable but
// which as a body is none: a status's body is a named type or nothing.
func TestInferBodyOfNoType(t *testing.T) {
	for _, body := range []string{`[1, 2]`, `{}`} {
		v, _, err := readJSON(body, 7)
		if err != nil {
			t.Fatal(err)
		}
		rep := &pages.Reporter{}
		ts := &typeSet{}
		in := &inference{types: ts, page: "p", rep: rep}
		if got := in.body(v, "", "Body", ""); got != "" || len(ts.list) > 0 {
			t.Errorf("%s: got type %q, types %s", body, got, renderTypes(ts))
		}
		warns, _ := rep.Sorted(nil, false)
		if len(warns) != 1 || warns[0].Pos.Line != 7 {
			t.Errorf("%s: want one warning at line 7, got %v", body, warns)
		}
	}
}

func TestReadJSON(t *testing.T) {
	text := "{\n\"a\": {\n\"b\": [1,\n2]\n},\n\"c\": \"x\"\n}\n// after"
	v, n, err := readJSON(text, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := text[n:]; got != "\n// after" {
		t.Errorf("left %q after the value", got)
	}
	if v.line != 10 || v.members[0].line != 11 || v.members[0].value.members[0].line != 12 || v.members[1].line != 15 {
		t.Errorf("lines: object %d, a %d, b %d, c %d; want 10, 11, 12, 15", v.line, v.members[0].line, v.members[0].value.members[0].line, v.members[1].line)
	}
	if v.members[0].value.members[0].value.elems[1].line != 13 {
		t.Errorf("second element on line %d, want 13", v.members[0].value.members[0].value.elems[1].line)
	}
	for _, bad := range []struct {
		text string
		line int
	}{
		{"{\n\"a\": 1,\n}", 2},
		{"{\n\"a\": 1\n\"b\": 2}", 2},
		{"{\n\"a\": [1,\n2", 2},
		{strings.Repeat("[", maxJSONDepth+2) + strings.Repeat("]", maxJSONDepth+2), 0},
	} {
		if _, _, err := readJSON(bad.text, 1); err == nil {
			t.Errorf("readJSON(%q) accepted it", bad.text)
		} else if got := jsonErrorLine(bad.text, err); got != bad.line {
			t.Errorf("readJSON(%q): error %q on line %d, want %d", bad.text, err, got, bad.line)
		}
	}
}
