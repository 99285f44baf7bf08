package schema

import (
	"slices"
	"strings"
	"testing"
)

// pathDoc is a schema of one endpoint with a path parameter, which each
// case of TestPathParamErrors breaks by one edit.
const pathDoc = `name: t
protocol: http-status
operations:
  - name: charge
    endpoints:
      - method: PUT
        path: /kilns/{kilnId}/charge
        pathParams:
          - name: kilnId
            type: string
            required: true
            minLength: 6
            maxLength: 20
            at: p.txt:9
        at: p.txt:5
    at: p.txt:1
`

// TestPathParamsLoad reads a path parameter back as written, and the
// names a path gives its parameters.
func TestPathParamsLoad(t *testing.T) {
	a, err := Load("s.yaml", []byte(pathDoc))
	if err != nil {
		t.Fatalf("the fixture does not load: %v", err)
	}
	ps := a.Operations[0].Endpoints[0].PathParams
	if len(ps) != 1 || ps[0].Name != "kilnId" || *ps[0].MinLength != 6 || ps[0].Line != 9 {
		t.Fatalf("path parameters %+v, want kilnId of 6 to 20 characters at line 9", ps)
	}
	out, err := Save(a)
	if err != nil || !strings.Contains(string(out), "        pathParams:\n          - name: kilnId\n") {
		t.Errorf("Save wrote %s (%v), want pathParams with kilnId", out, err)
	}
	for path, want := range map[string][]string{
		"/a":                 nil,
		"/a/{b}/c/{d}":       {"b", "d"},
		"/a/{b":              nil,
		"/a/{}/{x y}":        {"", "x y"},
		"/players/{id}.json": {"id"},
	} {
		if got := PathNames(path); !slices.Equal(got, want) {
			t.Errorf("PathNames(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestPathParamErrors pins the error, at its line, of each way a path
// and its parameters disagree.
func TestPathParamErrors(t *testing.T) {
	for _, tc := range []struct{ old, new, want string }{
		{"/kilns/{kilnId}/charge", "/kilns/charge", `s.yaml:9: charge path: path parameter "kilnId" is not in the path "/kilns/charge"`},
		{"/kilns/{kilnId}/charge", "/kilns/{kilnId}/{shelf}", `s.yaml:6: operation "charge": path "/kilns/{kilnId}/{shelf}" names the parameter {shelf}, which pathParams does not list`},
		{"/kilns/{kilnId}/charge", "/kilns/{kilnId}/{kilnId}", `s.yaml:6: operation "charge": path "/kilns/{kilnId}/{kilnId}" names the parameter {kilnId} twice`},
		{"/kilns/{kilnId}/charge", "/kilns/{kilnId}/{a-b}", `s.yaml:6: operation "charge": path "/kilns/{kilnId}/{a-b}" names the parameter {a-b}, which is no name`},
		{"/kilns/{kilnId}/charge", "/kilns/{kilnId}/:shelf", `s.yaml:6: operation "charge": path "/kilns/{kilnId}/:shelf" has the segment :shelf, a path parameter as a router writes it; write it {shelf}`},
		{"            required: true\n", "            required: false\n", `s.yaml:9: charge path: path parameter "kilnId" is not required`},
		{"            type: string\n", "            type: string\n            array: true\n", `s.yaml:9: charge path: path parameter "kilnId" is an array`},
		{"            type: string\n", "            type: any\n", `s.yaml:9: charge path: path parameter "kilnId" is of type any`},
		{"            type: string\n", "            type: string\n            default: KLN-000001\n", `s.yaml:9: charge path: path parameter "kilnId" has a default`},
		{"        at: p.txt:5\n", "        query:\n          - name: kilnId\n            type: string\n            at: p.txt:3\n        at: p.txt:5\n", `s.yaml:9: charge path: path parameter "kilnId" is also a query parameter`},
		{"          - name: kilnId\n", "          - name: kilnId\n            form: comma\n", `s.yaml:9: charge path: path parameter "kilnId" has a form`},
	} {
		if !strings.Contains(pathDoc, tc.old) {
			t.Fatalf("the fixture has no %q", tc.old)
		}
		_, err := Load("s.yaml", []byte(strings.Replace(pathDoc, tc.old, tc.new, 1)))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q → %q: Load error %v, want %q", tc.old, tc.new, err, tc.want)
		}
	}
}
