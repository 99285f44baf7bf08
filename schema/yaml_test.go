package schema

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

const validSchema = `name: t
protocol: gearn
pages: [p.txt]
envelope:
  fields:
    - name: returnCode
      type: integer
      required: true
      at: p.txt:3
    - name: parameters
      at: p.txt:4
  status: returnCode
  payload: parameters
  at: p.txt:2
operations:
  - name: op
    endpoints:
      - role: client
        method: POST
        path: /api/rJson/g/client/op
        body:
          - name: id
            type: string
            minLength: 6
            maxLength: 64
            at: p.txt:9
        at: p.txt:5
    at: p.txt:1
types:
  - name: Item
    fields:
      - name: score
        type: number
        minimum: -1000000
        at: p.txt:12
    at: p.txt:11
`

// TestLoadErrors pins the message and the schema line of each mistake a
// hand edit can make.
func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name, old, new, want string
	}{
		{"unknown key", "            minLength: 6\n", "            minLenght: 6\n", "s.yaml:24: unknown key \"minLenght\""},
		{"unknown type", "        type: number\n", "        type: Score\n", "s.yaml:32: type Item: field \"score\" refers to unknown type \"Score\""},
		{"repeated name", "      - name: score\n", "      - name: score\n        type: number\n        at: p.txt:12\n      - name: score\n", "s.yaml:35: type Item: field \"score\" is declared twice"},
		{"min above max", "            minLength: 6\n", "            minLength: 65\n", "s.yaml:22: client op body: field \"id\": minLength 65 is above maxLength 64"},
		{"repeated type", "types:\n", "types:\n  - name: Item\n    fields: []\n    at: p.txt:10\n", "s.yaml:33: name \"Item\" is declared twice (first at s.yaml:30)"},
		{"not a mapping", "    at: p.txt:1\n", "    at: p.txt:1\n  - just text\n", "s.yaml:29: expected a mapping, found \"just text\""},
		{"bad yaml", "pages: [p.txt]\n", "pages: [p.txt\n", "s.yaml:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(validSchema, tc.old) {
				t.Fatalf("the fixture has no %q", tc.old)
			}
			src := strings.Replace(validSchema, tc.old, tc.new, 1)
			_, err := Load("s.yaml", []byte(src))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Load error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestSaveLoadRoundTrip saves a loaded schema and loads it back to the same
// bytes, with numbers in plain notation.
func TestSaveLoadRoundTrip(t *testing.T) {
	a, err := Load("s.yaml", []byte(validSchema))
	if err != nil {
		t.Fatal(err)
	}
	out, err := Save(a)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "minimum: -1000000\n") {
		t.Errorf("Save wrote the minimum in exponent form:\n%s", out)
	}
	b, err := Load("s.yaml", out)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Save(b)
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(out) {
		t.Errorf("save → load → save changed the bytes:\n%s\n---\n%s", out, again)
	}
}

func TestSaveKeepsHugeFloats(t *testing.T) {
	a, err := Load("s.yaml", []byte(strings.Replace(validSchema, "minimum: -1000000", "minimum: 1e20", 1)))
	if err != nil {
		t.Fatal(err)
	}
	out, err := Save(a)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "minimum: 1e+20\n") {
		t.Errorf("Save rewrote 1e20:\n%s", out)
	}
	if _, err := Load("s.yaml", out); err != nil {
		t.Fatal(err)
	}
}

// TestSaveWritesOneDocument compares Save, which writes each operation,
// type and enum as a document of its own, with yaml.v3 writing the whole
// API as one document through a node tree, on the parse goldens and on
// schemas with multi-line descriptions and floats in exponent form.
func TestSaveWritesOneDocument(t *testing.T) {
	whole := func(a *API) []byte {
		var doc yaml.Node
		if err := doc.Encode(a); err != nil {
			t.Fatal(err)
		}
		plainFloats(&doc)
		var buf bytes.Buffer
		buf.WriteString("# Schema written by docs2go from the pages listed below. Edit the pages or\n# an overrides file, not this file: docs2go parse rewrites it.\n")
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		if err := enc.Encode(&doc); err != nil {
			t.Fatal(err)
		}
		if err := enc.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	paths, err := filepath.Glob("../testdata/parse/*/schema.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no parse goldens: %v", err)
	}
	inputs := map[string][]byte{
		"valid":    []byte(validSchema),
		"huge":     []byte(strings.Replace(validSchema, "minimum: -1000000", "minimum: 1e20", 1)),
		"small":    []byte(strings.Replace(validSchema, "minimum: -1000000", "minimum: 0.00001", 1)),
		"no types": []byte(validSchema[:strings.Index(validSchema, "types:")]),
		"body":     []byte(strings.Replace(validSchema, "type: string\n            minLength: 6\n            maxLength: 64\n", "type: number\n            maximum: 1e6\n", 1)),
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs[p] = data
	}
	for name, data := range inputs {
		a, err := Load(name, data)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Types) > 0 {
			a.Types[0].Description = "First line.\n\nAfter an empty line.\n"
		}
		got, err := Save(a)
		if err != nil {
			t.Fatal(err)
		}
		if want := whole(a); !bytes.Equal(got, want) {
			t.Errorf("%s: Save wrote\n%s\nwant\n%s", name, got, want)
		}
	}
}

// TestLoadQueryErrors pins the lines of the mistakes a hand edit can make
// in the new keys: an unknown key in a query parameter, a query that is
// not a list, a getBody or plainResponse of the wrong kind.
func TestLoadQueryErrors(t *testing.T) {
	const doc = `name: t
protocol: http-status
operations:
  - name: op
    endpoints:
      - method: GET
        path: /op
        query:
          - name: id
            type: string
            required: true
            at: p.txt:9
        getBody: rejected
        at: p.txt:5
    at: p.txt:1
`
	if _, err := Load("s.yaml", []byte(doc)); err != nil {
		t.Fatalf("the fixture does not load: %v", err)
	}
	for _, tc := range []struct{ old, new, want string }{
		{"            required: true\n", "            requried: true\n", `s.yaml:11: unknown key "requried"`},
		{"        query:\n          - name: id\n            type: string\n            required: true\n            at: p.txt:9\n", "        query: id\n", "s.yaml:8: "},
		{"getBody: rejected", "getBody: [rejected]", "s.yaml:13: "},
		{"    at: p.txt:1\n", "    plainResponse: maybe\n    at: p.txt:1\n", "s.yaml:15: "},
		{"          - name: id\n", "          -\n          - name: id\n", "s.yaml:9: empty list item"},
	} {
		if !strings.Contains(doc, tc.old) {
			t.Fatalf("the fixture has no %q", tc.old)
		}
		_, err := Load("s.yaml", []byte(strings.Replace(doc, tc.old, tc.new, 1)))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q → %q: Load error %v, want %q", tc.old, tc.new, err, tc.want)
		}
	}
}

// TestSeveralOperationsOnOnePage loads a page's two operations, each with
// its own statuses and answers, one a GET with query parameters and no
// body.
func TestSeveralOperationsOnOnePage(t *testing.T) {
	data, err := os.ReadFile("../testdata/schema/kakao-query/schema.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Load("s.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	get, rename := a.Operations[0], a.Operations[1]
	if get.At.Page != rename.At.Page {
		t.Errorf("the operations come from %s and %s, not one page", get.At, rename.At)
	}
	if get.Statuses[1].Code != 461 || rename.Statuses[1].Code != 463 || get.Statuses[0].Body != "Player" || rename.Statuses[0].Body != "" {
		t.Errorf("statuses: %+v, %+v", get.Statuses, rename.Statuses)
	}
	if ds := get.Statuses[1].Details; len(ds) != 2 || ds[0].Code != -10001 || ds[0].Message != "Player not found" || ds[1].Line != 21 {
		t.Errorf("status 461's detail codes: %+v", ds)
	}
	ep := get.Endpoints[0]
	if ep.Method != "GET" || len(ep.Body) != 0 || len(ep.Query) != 5 || ep.GetBody != GetBodyRejected {
		t.Errorf("getPlayer's endpoint: %+v", ep)
	}
	if q := ep.Query[1]; q.Name != "fields" || !q.Array || *q.MaxItems != 8 || len(q.Values) != 2 || q.Line != 41 {
		t.Errorf("the query parameter fields: %+v", q)
	}
	if q := ep.Query[4]; q.Name != "tags" || q.Form != FormComma || ep.Query[1].Form != "" {
		t.Errorf("the query parameter tags: %+v", q)
	}
	if q := rename.Endpoints[0].Query; len(q) != 1 || q[0].Type != Boolean || len(rename.Endpoints[0].Body) != 2 {
		t.Errorf("renamePlayer's query %+v, body %+v", q, rename.Endpoints[0].Body)
	}
}

// TestSaveLongListsAsYAMLv3 saves a schema whose lists are long enough
// for Save to write them in parts, concurrently: the sample API's
// operations, types and enums, each copied under names of its own. The
// bytes are those yaml.v3 writes.
func TestSaveLongListsAsYAMLv3(t *testing.T) {
	data, err := os.ReadFile("../specs/gearn.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Load("gearn.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	ops, types, enums := a.Operations, a.Types, a.Enums
	for i := 1; len(a.Operations) < 3*minPartItems || len(a.Types) < 3*minPartItems || len(a.Enums) < 3*minPartItems; i++ {
		for _, op := range ops {
			c := *op
			c.Name = fmt.Sprintf("%s%d", op.Name, i)
			a.Operations = append(a.Operations, &c)
		}
		for _, ty := range types {
			c := *ty
			c.Name = fmt.Sprintf("%s%d", ty.Name, i)
			a.Types = append(a.Types, &c)
		}
		for _, e := range enums {
			c := *e
			c.Name = fmt.Sprintf("%s%d", e.Name, i)
			a.Enums = append(a.Enums, &c)
		}
	}
	got, err := Save(a)
	if err != nil {
		t.Fatal(err)
	}
	want, err := saveYAMLv3(a)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Save wrote %d bytes, yaml.v3 writes %d, not the same", len(got), len(want))
	}
}

// TestSaveAsYAMLv3 saves every schema the repository holds (the committed
// specs, the goldens, the example's) with Save and with yaml.v3: the bytes
// are the same, those of the file where Save wrote it, and they load back
// to the same API.
func TestSaveAsYAMLv3(t *testing.T) {
	n := 0
	for _, root := range []string{"../specs", "../testdata", "../examples"} {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || filepath.Ext(path) != ".yaml" {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			a, err := Load(path, data)
			if err != nil {
				return nil // not a schema
			}
			n++
			got, err := Save(a)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			want, err := saveYAMLv3(a)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: Save wrote\n%s\nyaml.v3 writes\n%s", path, got, want)
			}
			if bytes.HasPrefix(data, []byte(saveHeader)) && !bytes.Equal(got, data) {
				t.Errorf("%s: Save wrote\n%s\nthe file holds\n%s", path, got, data)
			}
			back, err := Load(path, got)
			if err != nil {
				t.Fatalf("%s: loading what Save wrote: %v", path, err)
			}
			clearLines(reflect.ValueOf(back))
			clearLines(reflect.ValueOf(a))
			if !reflect.DeepEqual(back, a) {
				t.Errorf("%s: what Save wrote loads back to another API", path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 50 {
		t.Fatalf("only %d schemas found", n)
	}
}

// clearLines sets to 0 the Line of every node under v, which Load sets
// to the line of the node in the YAML, and makes every empty list nil: a
// list written [] and a list left out, as Save leaves an empty one out,
// are the same.
func clearLines(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			clearLines(v.Elem())
		}
	case reflect.Slice:
		if v.Len() == 0 && v.CanSet() {
			v.SetZero()
		}
		for i := range v.Len() {
			clearLines(v.Index(i))
		}
	case reflect.Struct:
		if f := v.FieldByName("Line"); f.IsValid() && f.Kind() == reflect.Int {
			f.SetInt(0)
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				clearLines(v.Field(i))
			}
		}
	}
}

// FuzzSaveStrings puts a string in every place of a schema that holds
// one, and a number in every place that holds one: Save writes the bytes
// yaml.v3 writes.
func FuzzSaveStrings(f *testing.F) {
	for _, s := range []string{
		"", "x", "plain text, with (parens) and 'quotes'", "true", "Yes", "no", "NULL", "~", "<<", "123", "-1", "+1", "0x1F", "1_000", "0o17", "0b101",
		"1e3", ".5", ".inf", "-.inf", "12:30:45", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "0001-x", "007.txt:12", "1.2.3",
		"- item", "-item", "? q", "?q", ": c", "a: b", "a:b", "a:", "a #b", "a#b", "#c", "@x", "`x", "%x", "{x}", "[x]", "!x", "&x", "*x", "|x", ">x", ",x", "'x", "\"x",
		" lead", "trail ", "a\tb", "a\nb", "a\nb\n", "\na", "a\n\nb\n\n", " a\nb", "a \nb", "a\r\nb", "é ü 한국어", "\u0085x", "a\u2028b", "\ufeffx", "\U0001F600", "\x7f", "\xff",
		"---", "--- x", "...", "... x", "x ---", "\u00a0x", "a\nb\u2028c", "a\u2029\nb", "a\n\u0085b",
		"Name. (Default: false)", "it's: here", " lead: x", "x: 'y'", "a :b", "#", "'", "a'b", "a ' b: c", "ends: ", "[x] y: z", "true: x", "1: x", "~: x", "-: x", "é: ü",
	} {
		f.Add(s, 7, 2.5)
	}
	f.Fuzz(func(t *testing.T, s string, n int, x float64) {
		field := func() *Field {
			return &Field{Name: s, Type: s, Description: s, Values: []string{s, "a"}, Default: s, MinLength: &n, Minimum: &x, At: Pos{Page: s, Line: n}}
		}
		a := &API{
			Name: s, Protocol: Protocol(s), Pages: []string{s},
			Envelope: &Envelope{Fields: []*Field{field()}, Status: s, Payload: s},
			Operations: []*Operation{{Name: s, Summary: s, Notes: []string{s, s}, ErrorCodes: []string{s},
				Statuses:  []*Status{{Code: n, Meaning: s, Examples: []*Example{{Comment: s, Body: s, Code: n, Headers: []*ExampleHeader{{Name: s, Value: s}}}}}},
				Endpoints: []*Endpoint{{Role: s, Method: s, Path: s, Headers: []*Header{{Name: s, Condition: s, Values: []string{s}}}, Query: []*Field{field()}, Body: []*Field{{Name: "d", Default: x}, {Name: "i", Default: n}, {Name: "b", Default: n > 0}}}}}},
			Types: []*Type{{Name: s, Aliases: []string{s}, Fields: []*Field{field()}, Also: []Pos{{Page: s, Line: n}}}},
			Enums: []*Enum{{Name: s, Members: []*Member{{Name: s, Code: n, Description: s}}}},
		}
		got, err := Save(a)
		want, werr := saveYAMLv3(a)
		if (err != nil) != (werr != nil) {
			t.Fatalf("Save: %v, yaml.v3: %v", err, werr)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("Save wrote\n%s\nyaml.v3 writes\n%s", got, want)
		}
	})
}

// TestWholeDefaultWithPoint loads a number default written whole with a
// point (2.0) as the default 2, which Save writes, so that the saved
// schema loads back to the same API; other defaults load as written.
func TestWholeDefaultWithPoint(t *testing.T) {
	for text, want := range map[string]any{"2.0": 2, "-3.00": -3, "2": 2, "2.5": 2.5, "1e3": 1000, "true": true, "'2.0'": "2.0"} {
		var f Field
		if err := yaml.Unmarshal([]byte("name: size\ntype: number\ndefault: "+text+"\n"), &f); err != nil {
			t.Fatal(err)
		}
		if f.Default != want {
			t.Errorf("default: %s loads as %#v, want %#v", text, f.Default, want)
		}
	}
}

// TestEnumDefault loads the default of an enum member, a code of one of
// its members, and pins the error of a code none has, of a member's name
// and of an array's default.
func TestEnumDefault(t *testing.T) {
	const doc = `name: t
protocol: http-status
operations:
  - name: op
    endpoints:
      - method: POST
        path: /op
        body:
          - name: hazard
            type: HazardClass
            default: 0
            at: p.txt:9
        at: p.txt:5
    at: p.txt:1
enums:
  - name: HazardClass
    members:
      - name: None
        code: 0
        at: p.txt:20
      - name: Flammable
        code: 1
        at: p.txt:21
    at: p.txt:19
`
	a, err := Load("s.yaml", []byte(doc))
	if err != nil {
		t.Fatalf("the fixture does not load: %v", err)
	}
	if d := a.Operations[0].Endpoints[0].Body[0].Default; d != 0 {
		t.Errorf("hazard's default is %#v, want the code 0", d)
	}
	for _, tc := range []struct{ old, new, want string }{
		{"default: 0", "default: 5", `s.yaml:9: op body: field "hazard": default 5 is no code of enum HazardClass (its codes: 0, 1)`},
		{"default: 0", "default: None", `s.yaml:9: op body: field "hazard": default None is no code of enum HazardClass (its codes: 0, 1)`},
		{"default: 0", "default: 1.5", `s.yaml:9: op body: field "hazard": default 1.5 is no code of enum HazardClass (its codes: 0, 1)`},
		{"default: 0", "array: true\n            default: 0", `s.yaml:9: op body: field "hazard": default 0 does not fit type HazardClass`},
	} {
		_, err := Load("s.yaml", []byte(strings.Replace(doc, tc.old, tc.new, 1)))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q → %q: Load error %v, want %q", tc.old, tc.new, err, tc.want)
		}
	}
}
