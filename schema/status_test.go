package schema

import (
	"strings"
	"testing"
)

func TestStatusBounds(t *testing.T) {
	for _, c := range []struct {
		s      Status
		lo, hi int
		ok     bool
	}{
		{Status{Code: 200}, 200, 200, true},
		{Status{Range: "4xx"}, 400, 499, true},
		{Status{Range: "46x"}, 460, 469, true},
		{Status{Range: "400-499"}, 400, 499, true},
		{Status{Range: "xxx"}, 0, 0, false},
		{Status{Range: "4x1"}, 0, 0, false},
		{Status{Range: "4xxx"}, 0, 0, false},
		{Status{Range: "+4x"}, 0, 0, false},
		{Status{Range: "40-499"}, 0, 0, false},
		{Status{Range: "4XX"}, 0, 0, false},
	} {
		lo, hi, ok := c.s.Bounds()
		if ok != c.ok || ok && (lo != c.lo || hi != c.hi) {
			t.Errorf("%+v: Bounds() = %d, %d, %v; want %d, %d, %v", c.s, lo, hi, ok, c.lo, c.hi, c.ok)
		}
	}
	s := Status{Range: "4xx"}
	if !s.Covers(463) || s.Covers(500) || s.Covers(399) {
		t.Error("4xx covers the wrong codes")
	}
}

const httpStatusSchema = `name: kakao
protocol: http-status
operations:
  - name: validation
    statuses:
      - code: 200
        body: Body
        examples:
          - code: 200
            comment: ok
            headers:
              - name: Content-Type
                value: application/json
                at: p:55
            body: '{"desc": "x"}'
            at: p:54
        at: p:25
      - code: 0
        range: 4xx
        note: custom status
        examples:
          - code: 463
            at: p:70
        at: p:29
    endpoints:
      - method: POST
        path: /auth/validation
        example:
          method: POST
          path: /service/v5/auth/validation
          host: example.com:10443
          at: p:45
        at: p:3
    at: p:3
types:
  - name: Body
    fields:
      - name: desc
        type: string
        at: p:67
    inferred: true
    at: p:66
`

func TestLoadHTTPStatus(t *testing.T) {
	a, err := Load("s.yaml", []byte(httpStatusSchema))
	if err != nil {
		t.Fatal(err)
	}
	st := a.Operations[0].Statuses
	if st[1].Range != "4xx" || st[1].Note != "custom status" || st[1].Examples[0].Code != 463 || st[0].Examples[0].Headers[0].Line != 12 {
		t.Errorf("loaded statuses wrong: %+v %+v", st[0], st[1])
	}
	if ex := a.Operations[0].Endpoints[0].Example; ex == nil || ex.Host != "example.com:10443" {
		t.Errorf("loaded example request wrong: %+v", ex)
	}
	out, err := Save(a)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load("again.yaml", out); err != nil {
		t.Fatalf("the saved schema does not load: %v", err)
	}
}

func TestValidateStatuses(t *testing.T) {
	for _, c := range []struct{ edit, from, to, want string }{
		{"a range with a code", "      - code: 0\n        range: 4xx", "      - code: 401\n        range: 4xx", `s.yaml:18: status 401 has a range "4xx" too`},
		{"a bad range", "range: 4xx", "range: 4x1", `s.yaml:18: status range "4x1" is not a range of codes`},
		{"a range beyond the codes", "range: 4xx", "range: 500-650", `s.yaml:18: status range "500-650" is not a range of codes`},
		{"a code that is none", "      - code: 200\n", "      - code: 20\n", "s.yaml:6: status code 20 is not an HTTP status code"},
		{"a code twice", "      - code: 0\n        range: 4xx", "      - code: 200\n        range: ''", `s.yaml:18: operation "validation": status 200 is documented twice (first at s.yaml:6)`},
		{"an example outside its status", "          - code: 463", "          - code: 503", "s.yaml:22: status 4xx: example answer with code 503 is not one of its codes"},
		{"an undeclared body", "body: Body", "body: Nobody", `s.yaml:6: status 200: body type "Nobody" is not declared`},
		{"an envelope", "operations:\n", "envelope:\n  fields:\n    - name: s\n      type: string\n    - name: p\n  status: s\n  payload: p\noperations:\n", "an http-status API has no envelope"},
		{"statuses on GearN", "protocol: http-status", "protocol: gearn", `operation "validation" documents status codes, which only an http-status API has`},
		{"an unknown key in an example", "            comment: ok", "            coment: ok", `s.yaml:10: unknown key "coment"`},
	} {
		t.Run(c.edit, func(t *testing.T) {
			if !strings.Contains(httpStatusSchema, c.from) {
				t.Fatalf("the schema has no %q", c.from)
			}
			_, err := Load("s.yaml", []byte(strings.Replace(httpStatusSchema, c.from, c.to, 1)))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}
