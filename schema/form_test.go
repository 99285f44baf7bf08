package schema

import (
	"strings"
	"testing"
)

// formSchema has an array query parameter sent as one comma-joined value.
const formSchema = `name: kakao
protocol: http-status
operations:
  - name: lockages
    endpoints:
      - method: GET
        path: /canal/lockages
        query:
          - name: vesselTypes
            type: string
            array: true
            form: comma
            at: p:74
          - name: page
            type: integer
            at: p:86
        body:
          - name: tags
            type: string
            array: true
            at: p:90
        getBody: documented
        at: p:3
    at: p:3
`

func TestFormRoundTrip(t *testing.T) {
	a, err := Load("s.yaml", []byte(formSchema))
	if err != nil {
		t.Fatal(err)
	}
	if f := a.Operations[0].Endpoints[0].Query[0]; f.Form != FormComma {
		t.Fatalf("loaded form %q, want %q", f.Form, FormComma)
	}
	out, err := Save(a)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "            form: comma\n") {
		t.Errorf("the saved schema has no form: comma:\n%s", out)
	}
	if strings.Count(string(out), "form:") != 1 {
		t.Errorf("the saved schema writes a form where none is set:\n%s", out)
	}
}

func TestValidateForm(t *testing.T) {
	for _, c := range []struct{ edit, from, to, want string }{
		{"an unknown form", "form: comma", "form: pipes", `s.yaml:9: lockages query: parameter "vesselTypes": form "pipes" is not "comma"`},
		{"a form of no array", "            type: integer\n", "            type: integer\n            form: comma\n", `s.yaml:14: lockages query: parameter "page" has a form, which only an array has`},
		{"a form of a body member", "            array: true\n            at: p:90", "            array: true\n            form: comma\n            at: p:90", `s.yaml:18: lockages body: field "tags" has a form, which only a query parameter has`},
	} {
		t.Run(c.edit, func(t *testing.T) {
			if !strings.Contains(formSchema, c.from) {
				t.Fatalf("the schema has no %q", c.from)
			}
			_, err := Load("s.yaml", []byte(strings.Replace(formSchema, c.from, c.to, 1)))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}
