package openapi_test

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/openapi"
	"github.com/docs2go/docs2go/schema"
)

// statusAPI is an http-status API with a templated path, its parameters
// a string and an integer, an optional
// Authorization header, a range of codes within a hundred and one that
// spans it.
const statusAPI = `name: shop
protocol: http-status
pages: [p.txt]
operations:
  - name: getItem
    statuses:
      - code: 200
        body: Item
        at: p.txt:2
      - code: 404
        at: p.txt:3
      - code: 0
        range: 40x
        meaning: Client error
        at: p.txt:4
      - code: 0
        range: 5xx
        at: p.txt:5
    endpoints:
      - method: GET
        path: /shops/{shopId}/items/{itemId}
        pathParams:
          - name: shopId
            type: string
            required: true
            maxLength: 12
            at: p.txt:6
          - name: itemId
            type: integer
            required: true
            minimum: 1
            at: p.txt:6
        headers:
          - name: Authorization
            required: optional
            format: Bearer {TOKEN}
            at: p.txt:6
        at: p.txt:6
    at: p.txt:1
types:
  - name: Envelope
    fields:
      - name: id
        type: string
        at: p.txt:7
    at: p.txt:7
  - name: Item
    fields:
      - name: price
        type: number
        minimum: 0.5
        at: p.txt:8
    at: p.txt:8
`

func TestStatusAPIShapes(t *testing.T) {
	api, err := schema.Load("shop.yaml", []byte(statusAPI))
	if err != nil {
		t.Fatal(err)
	}
	out, err := openapi.Generate(api, openapi.Options{Source: "shop.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	doc := load(t, out)
	op := doc.Paths.Find("/shops/{shopId}/items/{itemId}").Get
	var params []string
	for _, p := range op.Parameters {
		params = append(params, p.Value.In+" "+p.Value.Name)
	}
	if got := strings.Join(params, ", "); got != "path shopId, path itemId" {
		t.Errorf("parameters: %s", got)
	}
	if p := op.Parameters[1].Value; !p.Required || !p.Schema.Value.Type.Is("integer") || p.Schema.Value.Min == nil || *p.Schema.Value.Min != 1 {
		t.Errorf("path parameter itemId: required %t, schema %+v; want a required integer of at least 1", p.Required, p.Schema.Value)
	}
	if max := op.Parameters[0].Value.Schema.Value.MaxLength; max == nil || *max != 12 {
		t.Errorf("path parameter shopId: maxLength %v, want 12", max)
	}
	var codes []string
	for code := range op.Responses.Map() {
		codes = append(codes, code)
	}
	// 40x is 400-409 but 404, which has its own response; 5xx spans its
	// hundred.
	for _, want := range []string{"200", "400", "401", "403", "404", "405", "409", "5XX"} {
		if op.Responses.Value(want) == nil {
			t.Errorf("no response %s among %v", want, codes)
		}
	}
	if op.Responses.Value("410") != nil || op.Responses.Value("4XX") != nil {
		t.Errorf("responses beyond the documented codes: %v", codes)
	}
	if d := *op.Responses.Value("404").Value.Description; d != "HTTP 404" {
		t.Errorf("404 is described %q", d)
	}
	if d := *op.Responses.Value("401").Value.Description; d != "Client error" {
		t.Errorf("401 is described %q", d)
	}
	if op.Security == nil || len(*op.Security) != 2 || len((*op.Security)[0]) != 0 {
		t.Errorf("an optional Authorization allows no credentials too: %+v", op.Security)
	}
	if s := doc.Components.SecuritySchemes["Authorization"].Value; !strings.Contains(s.Description, "Bearer {TOKEN}") {
		t.Errorf("the scheme does not tell the format: %q", s.Description)
	}
	if min := doc.Components.Schemas["Item"].Value.Properties["price"].Value.Min; min == nil || *min != 0.5 {
		t.Errorf("minimum %v", min)
	}
}

func TestGearNShapes(t *testing.T) {
	text := strings.Join([]string{
		"name: g", "protocol: gearn", "pages: [p.txt]",
		"envelope:", "  fields:", "    - {name: code, type: integer, required: true, at: p.txt:1}", "    - {name: data, at: p.txt:2}",
		"  status: code", "  payload: data", "  at: p.txt:1",
		"operations:",
		"  - name: ping", "    response: Envelope", "    endpoints:",
		"      - {role: client, method: POST, path: /api/rMsgPack/sys/client/ping, postType: rMsgPack, body: [{name: n, type: integer, at: p.txt:4}], at: p.txt:3}",
		"    at: p.txt:3",
		"types:", "  - name: Envelope", "    fields: [{name: x, type: string, at: p.txt:5}]", "    at: p.txt:5",
	}, "\n") + "\n"
	api, err := schema.Load("g.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	out, err := openapi.Generate(api, openapi.Options{Source: "g.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	doc := load(t, out)
	if doc.Components.Schemas["Envelope2"] == nil || doc.Components.Schemas["Envelope"].Value.Properties["x"] == nil {
		t.Errorf("the envelope took the name of the type Envelope: %v", doc.Components.Schemas)
	}
	op := doc.Paths.Find("/api/rMsgPack/sys/client/ping").Post
	if op.OperationID != "clientPing" || op.RequestBody.Value.Content.Get("application/msgpack") == nil || op.RequestBody.Value.Required {
		t.Errorf("operation %s, request body %+v", op.OperationID, op.RequestBody.Value)
	}
}

func TestConflictingPaths(t *testing.T) {
	api, err := schema.Load("shop.yaml", []byte(statusAPI))
	if err != nil {
		t.Fatal(err)
	}
	dup := *api.Operations[0]
	dup.Name = "fetchItem"
	api.Operations = append(api.Operations, &dup)
	_, err = openapi.Generate(api, openapi.Options{Source: "shop.yaml"})
	if err == nil || !strings.Contains(err.Error(), "operation getItem and fetchItem both serve GET /shops/{shopId}/items/{itemId}") {
		t.Errorf("error %v", err)
	}
}

// TestDocumentedGetBody exports the body of a GET whose page documents
// one: OpenAPI 3.1 allows it, and the validator reads it.
func TestDocumentedGetBody(t *testing.T) {
	text := strings.Join([]string{
		"name: s", "protocol: http-status", "pages: [p.txt]",
		"operations:",
		"  - name: search", "    endpoints:",
		"      - {method: GET, path: /search, getBody: documented, body: [{name: q, type: string, required: true, at: p.txt:4}], at: p.txt:3}",
		"    at: p.txt:3",
	}, "\n") + "\n"
	api, err := schema.Load("s.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	out, err := openapi.Generate(api, openapi.Options{Source: "s.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	doc := load(t, out)
	if b := doc.Paths.Find("/search").Get.RequestBody; b == nil || !b.Value.Required {
		t.Fatalf("the GET's documented body is not exported: %+v", b)
	}
	validate(t, doc, []request{
		{"the documented body", "GET", "/search", map[string]string{"Content-Type": "application/json"}, `{"q": "x"}`, ""},
		{"no q", "GET", "/search", map[string]string{"Content-Type": "application/json"}, `{}`, "q"},
	})
}
