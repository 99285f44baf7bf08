package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"unsafe"
)

// account is a request written the way the generator writes one, with a
// member of every kind the decoder reads, and the constraints of its page
// in its tags.
type account struct {
	Headers Headers           `json:"-"`
	Name    string            `json:"name" minLength:"2" maxLength:"8"`
	Nick    *string           `json:"nick,omitempty" values:"a,b"`
	Active  bool              `json:"active"`
	Admin   *bool             `json:"admin,omitempty" default:"false"`
	Score   float64           `json:"score" maximum:"100"`
	Ratio   *float64          `json:"ratio,omitempty"`
	Level   int64             `json:"level"`
	Rank    *int64            `json:"rank,omitempty" minimum:"1"`
	Code    ReturnCode        `json:"code" values:"-10,-9,-8,-7,-6,-5,-4,-3,-2,-1,0,1"`
	Mode    *ReturnCode       `json:"mode,omitempty" values:"-10,-9,-8,-7,-6,-5,-4,-3,-2,-1,0,1"`
	Extra   json.RawMessage   `json:"extra,omitempty"`
	Attrs   map[string]any    `json:"attrs"`
	Tags    []string          `json:"tags,omitempty" minLength:"1" maxLength:"3"`
	Counts  []int64           `json:"counts,omitempty" minItems:"1" maxItems:"2"`
	Friends []friend          `json:"friends,omitempty"`
	Owner   *friend           `json:"owner"`
	Flags   []bool            `json:"flags,omitempty"`
	Weights []float64         `json:"weights,omitempty" minimum:"0"`
	Extras  []json.RawMessage `json:"extras,omitempty"`
	Maps    []map[string]any  `json:"maps,omitempty"`
	Codes   []ReturnCode      `json:"codes,omitempty" values:"-10,-9,-8,-7,-6,-5,-4,-3,-2,-1,0,1"`
}

type friend struct {
	Name string `json:"name"`
}

// greet has s, a greeter, greet r: it stands in for the method expression
// of a generated Service's method.
func greet(s Service, ctx context.Context, r *account) (*greeting, error) {
	return s.(greeter).greet(ctx, r)
}

// valid is a body of an account that breaks no constraint.
const valid = `{"name":"ann","active":true,"score":99.5,"level":3,"code":1,"attrs":{},"owner":{"name":"bob"}}`

// decodeMembers decodes body and returns the violations, as
// "path:violation" strings.
func decodeMembers(t *testing.T, body string) string {
	t.Helper()
	var r account
	err := DecodeBody(&r, []byte(body))
	if err == nil {
		return ""
	}
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("DecodeBody(%s) = %v, want a *ValidationError", body, err)
	}
	var out []string
	for _, m := range ve.Members {
		out = append(out, fmt.Sprintf("%s:%d", m.Member, m.Violation))
	}
	return strings.Join(out, " ")
}

func TestDecodeValues(t *testing.T) {
	body := `{"name":"ann","nick":"a","active":true,"admin":true,"score":-1.5e2,"ratio":0.25,"level":-9223372036854775808,` +
		`"rank":3e0,"code":-5,"mode":0,"extra":[1, {"x":null}],"attrs":{"a":[1,"b",true,null,{}]},"tags":["x","y\u00e9"],` +
		`"counts":[1,2],"friends":[{"name":"c"},{"name":"d"}],"owner":{"name":"bob","age":3},` +
		`"flags":[false,true],"weights":[0.5],"extras":[[],"s"],"maps":[{"k":"v"}],"codes":[-10,1]}`
	var r account
	if err := DecodeBody(&r, []byte(body)); err != nil {
		t.Fatal(err)
	}
	var want account
	if err := json.Unmarshal([]byte(strings.Replace(body, "3e0", "3", 1)), &want); err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(r)
	wantJSON, _ := json.Marshal(want)
	if string(got) != string(wantJSON) {
		t.Errorf("decoded\n%s\nwant\n%s", got, wantJSON)
	}
	// Arrays of strings: empty, long, with escapes, next to each other.
	items := make([]string, 40)
	for i := range items {
		items[i] = fmt.Sprintf("%c", 'a'+i%26)
	}
	long, _ := json.Marshal(items)
	var arrays account
	body = strings.Replace(valid, `"ann"`, `"ann","tags":[],"counts":[1]`, 1)
	if err := DecodeBody(&arrays, []byte(body)); err != nil || arrays.Tags == nil || len(arrays.Tags) != 0 {
		t.Errorf("an empty array: %#v, %v", arrays.Tags, err)
	}
	for _, tags := range []string{string(long), `["\u0061","b",7,"c"]`, `["a","b","c"]`} {
		body = strings.Replace(valid, `"ann"`, `"ann","tags":`+tags, 1)
		var r account
		err := DecodeBody(&r, []byte(body))
		var want struct{ Tags []any }
		_ = json.Unmarshal([]byte(`{"tags":`+tags+`}`), &want)
		if len(r.Tags) != len(want.Tags) || cap(r.Tags) != len(r.Tags) {
			t.Errorf("%s: %q (cap %d), %v", tags, r.Tags, cap(r.Tags), err)
			continue
		}
		for i, v := range want.Tags {
			if s, ok := v.(string); ok && r.Tags[i] != s {
				t.Errorf("%s: item %d is %q", tags, i, r.Tags[i])
			}
		}
	}

	// Defaults come from the same slabs; absent optional members stay nil.
	var short account
	if err := DecodeBody(&short, []byte(valid)); err != nil || short.Admin == nil || *short.Admin || short.Nick != nil || short.Tags != nil {
		t.Errorf("a body without optional members: %+v, %v", short, err)
	}
	// ApplyDefaults fills in what the decoder does, and leaves alone what
	// is there.
	var fresh account
	applyDefaults(&fresh)
	if fresh.Admin == nil || *fresh.Admin || fresh.Nick != nil {
		t.Errorf("the defaults of an account: %+v", fresh)
	}
	admin := true
	fresh.Admin = &admin
	if applyDefaults(&fresh); !*fresh.Admin {
		t.Error("a default replaced a member that is there")
	}
}

func TestDecodeViolations(t *testing.T) {
	tests := []struct {
		body string
		want string
	}{
		{valid, ""},
		{`{}`, "name:1 active:1 score:1 level:1 code:1 attrs:1 owner:1"},
		{`{"name":null,"active":null,"score":null,"level":null,"code":null,"attrs":null,"owner":null}`,
			"name:3 active:1 score:1 level:1 code:1 attrs:9 owner:9"},
		{`{"name":1,"active":"t","score":"1","level":[],"code":{},"attrs":[],"owner":"bob"}`,
			"name:2 active:2 score:2 level:2 code:2 attrs:2 owner:2"},
		{`{"name":"","active":true,"score":101,"level":1.5,"code":2,"attrs":{},"owner":{}}`,
			"name:3 score:7 level:8 code:13 owner.name:1"},
		{`{"name":"a","active":true,"score":1e400,"level":1e19,"code":9223372036854775808,"attrs":{"n":1e400},"owner":{"name":""}}`,
			"name:4 score:2 level:2 code:2 attrs:2 owner.name:3"},
		{`{"name":"ninechars","active":true,"score":1,"level":-9223372036854775809,"code":1,"attrs":{},"owner":{"name":"b"}}`,
			"name:5 level:2"},
		// Five characters of three bytes each are too short for nothing.
		{`{"name":"日本語日本","active":true,"score":1,"level":1,"code":1,"attrs":{},"owner":{"name":"b"}}`, ""},
		// The body's order is not the answer's: the pages' is.
		{`{"owner":{"name":""},"friends":[{"name":7},{}],"counts":[1,2,3.5],"tags":["abcd",1,""],"nick":"c","name":"x",` +
			`"active":true,"score":1,"level":1,"code":1,"attrs":{},"rank":0,"mode":"1"}`,
			"name:4 nick:13 rank:6 mode:2 tags[0]:5 tags[1]:2 tags[2]:4 counts:12 counts[2]:8 friends[0].name:2 friends[1].name:1 owner.name:3"},
		// Items of every kind, of the wrong type or out of bounds.
		{valid[:len(valid)-1] + `,"flags":[true,null,1],"weights":[0,-1,"x"],"extras":[{},null],"maps":[{"a":[1]},[],null],"codes":[1,2,null]}`,
			"flags[1]:2 flags[2]:2 weights[1]:6 weights[2]:2 extras[1]:2 maps[1]:2 maps[2]:2 codes[1]:13 codes[2]:2"},
		// Names that only look like the member expected next: escaped,
		// longer, unknown.
		{`{"n\u0061me":"x","nickname":1,"nick":"c","active":true,"score":1,"level":1,"code":1,"attrs":{},"owner":{"name":"b"}}`,
			"name:4 nick:13"},
	}
	for _, tt := range tests {
		if got := decodeMembers(t, tt.body); got != tt.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tt.body, got, tt.want)
		}
	}
}

func TestDecodeSyntax(t *testing.T) {
	tests := map[string]string{
		``:                                     "unexpected end of the body at byte 0",
		`  `:                                   "unexpected end of the body at byte 2",
		`[]`:                                   "a JSON array where an object is due at byte 0",
		`true`:                                 "a JSON boolean where an object is due",
		`"x"`:                                  "a JSON string where an object is due",
		`-1`:                                   "a JSON number where an object is due",
		`null`:                                 "a JSON null where an object is due",
		`{"name":"a"}x`:                        "data after the object at byte 12",
		`{"name":"a",}`:                        "invalid character '}' at byte 12",
		`{"name" "a"}`:                         "invalid character '\"' at byte 8",
		`{"name":"a"`:                          "unexpected end of the body at byte 11",
		`{"name":"a","name":"b"}`:              `member "name" appears twice`,
		`{"name":"a","nick":"b","nick":"c"}`:   `member "nick" appears twice at byte 30`,
		`{"name":"a","nick":"b" , "nick":"c"}`: `member "nick" appears twice at byte 32`,
		`{"tags":["a",]}`:                      "invalid character ']'",
		`{"tags":["a" "b"]}`:                   "invalid character '\"'",
		`{"x":01}`:                             "invalid character '1' at byte 6",
		`{"x":-}`:                              "invalid character '}'",
		`{"x":1.}`:                             "invalid character '}'",
		`{"x":1e}`:                             "invalid character '}'",
		`{"x":tru}`:                            "invalid character 't'",
		`{"x":"\q"}`:                           "invalid escape in a string",
		`{"x":"\u12"}`:                         `invalid \u escape in a string`,
		"{\"x\":\"a\tb\"}":                     "control character in a string",
		"{\"x\":\"\xff\t\"}":                   "control character in a string",
		`{"x":"abc`:                            "unexpected end of the body in a string",
		`{"x":"ab\`:                            "unexpected end of the body",
		`{"x":"\u00e9`:                         "unexpected end of the body in a string",
		"{\"x\":\x00}":                         `invalid character '\x00'`,
		`{"x":` + strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth) + `}`: "nested too deeply",
	}
	for body, want := range tests {
		var r account
		err := DecodeBody(&r, []byte(body))
		var be *BodyError
		if !errors.As(err, &be) || !strings.Contains(be.Error(), want) {
			t.Errorf("DecodeBody(%.40q) = %v, want a *BodyError with %q", body, err, want)
		}
	}
	// One level less than too deep is deep enough.
	deep := `{"x":` + strings.Repeat("[", maxDepth-1) + strings.Repeat("]", maxDepth-1) + `,` + valid[1:]
	var r account
	if err := DecodeBody(&r, []byte(deep)); err != nil {
		t.Errorf("%d levels: %v", maxDepth, err)
	}
}

// TestText checks strings against encoding/json: escapes, surrogates,
// invalid UTF-8.
func TestText(t *testing.T) {
	for _, s := range []string{
		`"plain"`, `""`, `"\"\\\/\b\f\n\r\t"`, `"\u00e9\u65e5"`, `"\ud83d\ude00"`, `"\ud83dx"`, `"\ude00"`, `"\ud83d\u0041"`,
		`"\ud83d\ud83d\ude00"`, "\"a\xffb\"", "\"\xe6\x97\xa5\xe6\x97\"", "\"\xe6\x97\xa5\"", "\"\xed\xa0\x80\"", `"\u0000"`,
	} {
		checkText(t, []byte(s))
	}
}

// checkText checks that the decoder reads the JSON string s as
// encoding/json does, or fails where it fails.
func checkText(t *testing.T, s []byte) {
	t.Helper()
	var want string
	wantErr := json.Unmarshal(s, &want)
	d := decoder{data: s}
	got := string(d.text())
	if d.peek(); d.pos < len(d.data) {
		d.fail("data after the string")
	}
	switch {
	case (wantErr == nil) != (d.err == nil):
		t.Errorf("%q: error %v, encoding/json's %v", s, d.err, wantErr)
	case wantErr == nil && got != want:
		t.Errorf("%q: got %q, encoding/json %q", s, got, want)
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{`"a\u00e9\ud83d\ude00"`, "\"\xff\"", `"\ud800\u0041"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, s []byte) {
		if len(s) == 0 || s[0] != '"' {
			return
		}
		checkText(t, s)
	})
}

// FuzzSkip checks that the decoder takes exactly the JSON that
// encoding/json takes, and that decoding never panics.
func FuzzSkip(f *testing.F) {
	for _, s := range []string{valid, `[1,-2.5e+3,true,false,null,"x",{"a":{}}]`, `{"a":1,"a":2}`, "1 2", ` {"x" : [ ] } `} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := decoder{data: b}
		d.skip()
		if d.peek(); d.pos < len(d.data) {
			d.fail("data after the value")
		}
		if (d.err == nil) != json.Valid(b) {
			t.Errorf("%q: skip says %v, json.Valid %v", b, d.err, json.Valid(b))
		}
		var r account
		err := DecodeBody(&r, b)
		var be *BodyError
		if !json.Valid(b) && !errors.As(err, &be) {
			t.Errorf("%q: DecodeBody = %v for a body that is not JSON", b, err)
		}
	})
}

func TestParseInteger(t *testing.T) {
	for s, want := range map[string]struct {
		n int64
		k Violation
	}{
		"0": {0, 0}, "-0": {0, 0}, "9223372036854775807": {math.MaxInt64, 0}, "-9223372036854775808": {math.MinInt64, 0},
		"9223372036854775808": {0, ViolationWrongType}, "10000000000000000000": {0, ViolationWrongType},
		"1e3": {1000, 0}, "2.0": {2, 0}, "-2.5": {0, ViolationNotInteger}, "1e-1": {0, ViolationNotInteger},
		"9.3e18": {0, ViolationWrongType}, "1e999": {0, ViolationWrongType},
	} {
		if n, k := parseInteger([]byte(s)); n != want.n || k != want.k {
			t.Errorf("parseInteger(%s) = %d, %v; want %d, %v", s, n, k, want.n, want.k)
		}
	}
}

func TestDecodeAllocations(t *testing.T) {
	body := []byte(`{"name":"ann","active":true,"score":1,"level":3,"code":1,"attrs":{},"owner":{"name":"bob"},` +
		`"tags":["a","b","c"],"admin":true,"nick":"a"}`)
	n := testing.AllocsPerRun(100, func() {
		var r account
		if err := DecodeBody(&r, body); err != nil {
			t.Fatal(err)
		}
	})
	// name, the map, the owner, the owner's name, the tags and their
	// shared text, one slab of booleans and one of strings.
	if n > 8 {
		t.Errorf("%v allocations", n)
	}
}

// TestValidate checks that a value is validated as the server checks its
// JSON: a nil required object is null.
func TestValidate(t *testing.T) {
	var ve *ValidationError
	err := Validate(&account{Name: "ann", Attrs: map[string]any{}})
	if !errors.As(err, &ve) || fmt.Sprint(ve.Members) != "[{owner 9}]" {
		t.Errorf("an account without owner: %v", err)
	}
	if err := Validate(&account{Name: "ann", Score: math.NaN()}); err == nil || errors.As(err, &ve) {
		t.Errorf("an account that has no JSON: %v", err)
	}
	if err := validateObject(&friend{}); !errors.As(err, &ve) || fmt.Sprint(ve.Members) != "[{name 3}]" {
		t.Errorf("a friend without name: %v", err)
	}
	if err := validateObject(&friend{Name: "x"}); err != nil {
		t.Errorf("a friend: %v", err)
	}
	if err := validateObject(func() {}); err == nil {
		t.Error("a value that has no JSON")
	}
}

// node nests as deep as a body goes, deeper than the decoder's first
// frames.
type node struct {
	Name  string `json:"name"`
	Child *node  `json:"child,omitempty"`
}

func TestDecodeDeep(t *testing.T) {
	body := `{"name":"a"}`
	for range 7 {
		body = `{"child":` + body + `,"name":"x"}`
	}
	body = strings.Replace(body, `"name":"a"`, `"name":""`, 1)
	var n node
	d := decoder{data: []byte(body)}
	if d.top() {
		d.decodeObject(typeOfPointer(&n).members, unsafe.Pointer(&n))
	}
	var ve *ValidationError
	if err := d.finish(); !errors.As(err, &ve) || fmt.Sprint(ve.Members) != "[{child.child.child.child.child.child.child.name 3}]" {
		t.Errorf("%s: %v", body, err)
	}
	depth := 0
	for c := &n; c.Child != nil; c = c.Child {
		depth++
	}
	if depth != 7 || d.frames != 0 {
		t.Errorf("read %d levels, %d frames left", depth, d.frames)
	}
}

// TestDecodeWide reads an object of more members than the bits of a
// frame's seen.
func TestDecodeWide(t *testing.T) {
	members := make([]member, 70)
	for i := range members {
		members[i] = member{name: fmt.Sprintf("m%d", i), required: i == 66}
	}
	decode := func(body string) (int, error) {
		d := decoder{data: []byte(body)}
		read := 0
		if d.top() {
			for i := d.object(members); i >= 0; i = d.member() {
				var v json.RawMessage
				d.raw(&v)
				read++
			}
		}
		return read, d.finish()
	}
	var ve *ValidationError
	if n, err := decode(`{"m65":1,"m0":2,"m69":3}`); n != 3 || !errors.As(err, &ve) || fmt.Sprint(ve.Members) != "[{m66 1}]" {
		t.Errorf("%d members read: %v", n, err)
	}
	if _, err := decode(`{"m66":1,"m65":1,"m65":2}`); err == nil || !strings.Contains(err.Error(), `member "m65" appears twice`) {
		t.Errorf("a repeated member: %v", err)
	}
}
