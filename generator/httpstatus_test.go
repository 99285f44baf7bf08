package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/internal/golden"
	"github.com/docs2go/docs2go/schema"
)

// TestKakaoCaseIsTheParsedPage keeps the kakao case the schema the parser
// makes of sample 004, so that the generated code is the product's.
func TestKakaoCaseIsTheParsedPage(t *testing.T) {
	parsed, err := os.ReadFile("../testdata/parse/kakao/schema.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, data := loadCase(t, "kakao")
	if !bytes.Equal(data, parsed) {
		t.Errorf("testdata/generate/kakao/schema.yaml differs from testdata/parse/kakao/schema.yaml:\n%s", golden.FirstDiff(string(data), string(parsed)))
	}
}

// examples returns the example messages of every operation of api.
func examples(api *schema.API) []*schema.Example {
	var out []*schema.Example
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			if ep.Example != nil {
				out = append(out, ep.Example)
			}
		}
		for _, st := range op.Statuses {
			out = append(out, st.Examples...)
		}
	}
	return out
}

// TestKakaoDriverHoldsTheExamples checks that the kakao driver tests every
// example of the schema: each body and each header value is in it
// verbatim.
func TestKakaoDriverHoldsTheExamples(t *testing.T) {
	api, _ := loadCase(t, "kakao")
	drive, err := os.ReadFile(filepath.Join(casesDir, "kakao", "drive_test.go.txt"))
	if err != nil {
		t.Fatal(err)
	}
	all := examples(api)
	if len(all) != 4 {
		t.Fatalf("the kakao schema has %d examples, want the request and three answers", len(all))
	}
	for _, ex := range all {
		if ex.Body != "" && !bytes.Contains(drive, []byte("`"+ex.Body+"`")) {
			t.Errorf("the driver lacks the body of the example at %s", ex.At)
		}
		for _, h := range ex.Headers {
			if ex.Code == 0 && !bytes.Contains(drive, []byte(`{"`+h.Name+`", "`+h.Value+`"}`)) {
				t.Errorf("the driver lacks the header %s of the example at %s", h.Name, h.At)
			}
		}
	}
}

// TestKakaoHoldsNoExampleData checks that the generated code takes nothing
// from the examples: not the host, not a credential, not an answer's data.
func TestKakaoHoldsNoExampleData(t *testing.T) {
	api, _ := loadCase(t, "kakao")
	documented := map[string]bool{}
	for _, h := range api.Operations[0].Endpoints[0].Headers {
		for _, v := range h.Values {
			documented[v] = true
		}
	}
	var secrets []string
	for _, ex := range examples(api) {
		if ex.Host != "" {
			secrets = append(secrets, ex.Host)
		}
		for _, h := range ex.Headers {
			if !documented[h.Value] && ex.Code == 0 {
				secrets = append(secrets, h.Value)
			}
		}
	}
	secrets = append(secrets, "909428", "123456789123456", "37faf519")
	for name, src := range generateCase(t, "kakao") {
		for _, s := range secrets {
			if bytes.Contains(src, []byte(s)) {
				t.Errorf("%s holds %q from the page's examples", name, s)
			}
		}
	}
}

// TestProtocolsDoNotMix checks that neither protocol's runtime leaks into
// the other's package.
func TestProtocolsDoNotMix(t *testing.T) {
	for _, c := range []struct {
		name   string
		absent []string
	}{
		{"kakao", []string{"Envelope", "returnCode", "ReturnCode", "InvalidMemberType", "invalidRequestParameters", "debugMessage", "Violation", "type ValidationError", "MemberError", "rJson"}},
		{"mini", []string{"StatusError", "HeaderError", "InvalidHeader", "fitsFormat", "KakaoAK", "PlayerAbnormalState", `"desc"`}},
	} {
		for name, src := range generateCase(t, c.name) {
			for _, s := range c.absent {
				if bytes.Contains(src, []byte(s)) {
					t.Errorf("%s/%s holds %q", c.name, name, s)
				}
			}
		}
	}
}

// status is an http-status API of one operation, which each case of
// TestGenerateHTTPStatusErrors breaks in one way.
func status() *schema.API {
	return &schema.API{
		Name:     "status",
		Protocol: schema.ProtocolHTTPStatus,
		Operations: []*schema.Operation{{
			Name:     "validation",
			Response: "Answer",
			Statuses: []*schema.Status{
				{Code: 200, Body: "Answer"},
				{Code: 401, Body: "Failure"},
			},
			Endpoints: []*schema.Endpoint{{
				Method:  "POST",
				Path:    "/auth/validation",
				Headers: []*schema.Header{{Name: "Authorization", Required: schema.Required, Format: "KakaoAK {KEY}"}},
			}},
		}},
		Types: []*schema.Type{
			{Name: "Answer", Fields: []*schema.Field{{Name: "ok", Type: schema.Boolean}}},
			{Name: "Failure", Fields: []*schema.Field{{Name: "desc", Type: schema.String}}},
		},
	}
}

func TestGenerateHTTPStatus(t *testing.T) {
	files, err := Generate(status(), Options{Package: "status", SchemaPath: "specs/status.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"client.go", "doc.go", "headers.go", "requests.go", "server.go", "shared.go", "status.go", "types.go"}
	got := sortedKeys(files)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("files %v, want %v", got, want)
	}
	// Without an operation, nothing calls the runtime: no shared.go.
	api := status()
	api.Operations = nil
	if files, err = Generate(api, Options{Package: "status", SchemaPath: "specs/status.yaml"}); err != nil {
		t.Fatal(err)
	}
	want = []string{"doc.go", "status.go", "types.go"}
	if got := sortedKeys(files); !reflect.DeepEqual(got, want) {
		t.Errorf("without operations: files %v, want %v", got, want)
	}
}

func TestGenerateHTTPStatusErrors(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(*schema.API)
		want   string
	}{
		{"two operations at one route", func(a *schema.API) {
			op := *a.Operations[0]
			op.Name = "check"
			a.Operations = append(a.Operations, &op)
		}, `operation "validation" and operation "check" are both at POST /auth/validation`},
		{"a path parameter that is not a whole segment", func(a *schema.API) {
			ep := a.Operations[0].Endpoints[0]
			ep.Path = "/players/{id}.json"
			ep.PathParams = []*schema.Field{{Name: "id", Type: schema.String, Required: true}}
		}, `path "/players/{id}.json" has a brace outside a path parameter that is a whole segment`},
		{"two routes in conflict", func(a *schema.API) {
			ep := a.Operations[0].Endpoints[0]
			ep.Path = "/players/{id}/name"
			ep.PathParams = []*schema.Field{{Name: "id", Type: schema.String, Required: true}}
			op := *a.Operations[0]
			op.Name = "rename"
			op.Endpoints = []*schema.Endpoint{{Method: ep.Method, Path: "/players/me/{field}", PathParams: []*schema.Field{{Name: "field", Type: schema.String, Required: true}}}}
			a.Operations = append(a.Operations, &op)
		}, `operation "validation" at POST /players/{id}/name and operation "rename" at POST /players/me/{field} match some paths both, and neither is more specific`},
		{"a path parameter named like the request's Path", func(a *schema.API) {
			ep := a.Operations[0].Endpoints[0]
			ep.Path = "/players/{id}"
			ep.PathParams = []*schema.Field{{Name: "id", Type: schema.String, Required: true}}
			ep.Body = []*schema.Field{{Name: "path", Type: schema.String}}
		}, `the request's Path and operation "validation" body member "path" both become the Go name Path`},
		{"a method in lower case", func(a *schema.API) {
			a.Operations[0].Endpoints[0].Method = "post"
		}, `method "post" is not an HTTP method in capitals`},
		{"a header named like Validate", func(a *schema.API) {
			ep := a.Operations[0].Endpoints[0]
			ep.Headers = append(ep.Headers, &schema.Header{Name: "validate", Required: schema.Optional})
		}, `the headers' Validate method and operation "validation" header "validate"`},
		{"two headers, one Go name", func(a *schema.API) {
			ep := a.Operations[0].Endpoints[0]
			ep.Headers = append(ep.Headers, &schema.Header{Name: "authorization", Required: schema.Optional})
		}, `both become the Go name Authorization`},
		{"a body member named like a method", func(a *schema.API) {
			a.Operations[0].Endpoints[0].Body = []*schema.Field{{Name: "validate", Type: schema.String}}
		}, `the request's method Validate and operation "validation" body member "validate" both become the Go name Validate`},
		{"an error body type named like a shared member", func(a *schema.API) {
			a.Types = append(a.Types, &schema.Type{Name: "Desc", Fields: []*schema.Field{
				{Name: "desc", Type: schema.String}, {Name: "at", Type: schema.String},
			}})
			a.Operations[0].Statuses = append(a.Operations[0].Statuses, &schema.Status{Code: 403, Body: "Desc"})
		}, `the error body member "desc" and the error body type "Desc" both become the Go name Desc`},
		{"a type named like the runtime", func(a *schema.API) {
			a.Types = append(a.Types, &schema.Type{Name: "Client"})
		}, `docs2go's own Client and type "Client"`},
		{"a type named like the headers", func(a *schema.API) {
			a.Types = append(a.Types, &schema.Type{Name: "ValidationHeaders"})
		}, `type "ValidationHeaders" and operation "validation"'s headers`},
		{"a type named like the query", func(a *schema.API) {
			a.Operations[0].Endpoints[0].Query = []*schema.Field{{Name: "dryRun", Type: schema.Boolean}}
			a.Types = append(a.Types, &schema.Type{Name: "ValidationQuery"})
		}, `type "ValidationQuery" and operation "validation"'s query parameters both become the Go name ValidationQuery`},
		{"a body member named like the query", func(a *schema.API) {
			ep := a.Operations[0].Endpoints[0]
			ep.Query = []*schema.Field{{Name: "dryRun", Type: schema.Boolean}}
			ep.Body = []*schema.Field{{Name: "query", Type: schema.String}}
		}, `the request's Query and operation "validation" body member "query" both become the Go name Query`},
		{"two query parameters, one Go name", func(a *schema.API) {
			a.Operations[0].Endpoints[0].Query = []*schema.Field{{Name: "dry_run", Type: schema.Boolean}, {Name: "dryRun", Type: schema.Boolean}}
		}, `both become the Go name DryRun`},
	} {
		t.Run(c.name, func(t *testing.T) {
			api := status()
			c.change(api)
			_, err := Generate(api, Options{Package: "status", SchemaPath: "specs/status.yaml"})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}

// TestGenerateDetailCodes names each detail code after its message, then
// its description, then its number where the words are taken, and
// refuses what one DetailCode cannot say.
func TestGenerateDetailCodes(t *testing.T) {
	api := status()
	api.Operations[0].Statuses[1].Details = []*schema.Detail{
		{Code: -29401, Message: "Token expired"},
		{Code: -29402, Message: "token expired", Description: "The token is older than a day"},
		{Code: -29403, Description: "No token at all."},
		{Code: -29404},
	}
	files, err := Generate(api, Options{Package: "status", SchemaPath: "specs/status.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	details := string(files["details.go"])
	for _, want := range []string{
		"DetailCodeTokenExpired DetailCode = -29401",
		"DetailCodeTokenExpiredCodeMinus29402 DetailCode = -29402",
		"DetailCodeNoTokenAtAll DetailCode = -29403",
		"DetailCodeCodeMinus29404 DetailCode = -29404",
		"The pages list it at status 401 of Validation.",
		"func HasDetail(err error, d DetailCode) bool",
	} {
		if !strings.Contains(details, want) {
			t.Errorf("details.go lacks %q:\n%s", want, details)
		}
	}
	if s := string(files["status.go"]); !strings.Contains(s, "Detail DetailCode `json:\"detail_code,omitempty\"`") {
		t.Errorf("status.go writes no detail_code member:\n%s", s)
	}

	for _, c := range []struct {
		name   string
		change func(*schema.API)
		want   string
	}{
		{"one code, two messages", func(api *schema.API) {
			api.Operations[0].Statuses = append(api.Operations[0].Statuses, &schema.Status{Code: 403, Details: []*schema.Detail{{Code: -1, Message: "Banned"}}})
			api.Operations[0].Statuses[1].Details = []*schema.Detail{{Code: -1, Message: "Expired"}}
		}, `detail code -1 is "Expired" at 401 of Validation and "Banned" at 403 of Validation: one DetailCode constant cannot say both`},
		{"a body member of the detail code's name", func(api *schema.API) {
			api.Operations[0].Statuses[1].Details = []*schema.Detail{{Code: -1, Message: "Expired"}}
			api.Types[1].Fields = append(api.Types[1].Fields, &schema.Field{Name: "detail_code", Type: schema.Integer})
		}, `operation "validation": status 401: its body type "Failure" has a member "detail_code", the member the detail codes are written in`},
	} {
		t.Run(c.name, func(t *testing.T) {
			api := status()
			c.change(api)
			_, err := Generate(api, Options{Package: "status", SchemaPath: "specs/status.yaml"})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Generate: %v, want %q", err, c.want)
			}
		})
	}
}
