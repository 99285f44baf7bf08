package openapi_test

import (
	"bytes"
	"context"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/docs2go/docs2go/internal/golden"
	"github.com/docs2go/docs2go/openapi"
	"github.com/docs2go/docs2go/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/openapi")

// cases are the schemas exported in the tests: the committed GearN schema,
// a schema of an API whose HTTP status carries the outcome, and the
// schema package's schemas of query parameters and plain answers.
var cases = map[string]string{
	"gearn":       "../specs/gearn.yaml",
	"kakao":       "../testdata/openapi/kakao/schema.yaml",
	"kakao-query": "../testdata/schema/kakao-query/schema.yaml",
	"gearn-plain": "../testdata/schema/gearn-plain/schema.yaml",
}

func export(t *testing.T, name string) []byte {
	t.Helper()
	path := cases[name]
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	api, err := schema.Load(path, data)
	if err != nil {
		t.Fatal(err)
	}
	out, err := openapi.Generate(api, openapi.Options{Source: strings.TrimPrefix(path, "../"), Version: "1.0.0"})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// load reads a document with kin-openapi and validates it against the
// OpenAPI 3.1 specification.
func load(t *testing.T, data []byte) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(data)
	if err != nil {
		t.Fatalf("kin-openapi cannot load the document: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the document is not valid OpenAPI: %v", err)
	}
	return doc
}

func TestGolden(t *testing.T) {
	for name := range cases {
		t.Run(name, func(t *testing.T) {
			got := export(t, name)
			if again := export(t, name); !bytes.Equal(got, again) {
				t.Fatal("two exports of one schema differ")
			}
			load(t, got)
			path := filepath.Join("../testdata/openapi", name, "openapi.yaml")
			golden.Check(t, path, got, *update)
		})
	}
}

// request is an HTTP request to validate against a document.
type request struct {
	name    string
	method  string
	path    string
	headers map[string]string
	body    string
	// rejected is "" for a valid request, and otherwise a word the
	// validator's error must hold: the member or header at fault.
	rejected string
}

func validate(t *testing.T, doc *openapi3.T, requests []request) {
	t.Helper()
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, rq := range requests {
		t.Run(rq.name, func(t *testing.T) {
			var body *strings.Reader
			if rq.body != "" {
				body = strings.NewReader(rq.body)
			}
			req, err := http.NewRequest(rq.method, "http://api.example"+rq.path, nil)
			if body != nil {
				req, err = http.NewRequest(rq.method, "http://api.example"+rq.path, body)
			}
			if err != nil {
				t.Fatal(err)
			}
			for k, v := range rq.headers {
				req.Header.Set(k, v)
			}
			route, params, err := router.FindRoute(req)
			if err != nil {
				t.Fatalf("no route for %s %s: %v", rq.method, rq.path, err)
			}
			err = openapi3filter.ValidateRequest(context.Background(), &openapi3filter.RequestValidationInput{
				Request:    req,
				PathParams: params,
				Route:      route,
				Options:    &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc},
			})
			switch {
			case rq.rejected == "" && err != nil:
				t.Errorf("a valid request is rejected: %v", err)
			case rq.rejected != "" && err == nil:
				t.Error("an invalid request passes")
			case rq.rejected != "" && !strings.Contains(err.Error(), rq.rejected):
				t.Errorf("rejected for another reason than %s: %v", rq.rejected, err)
			}
		})
	}
}

// TestGearNRequests validates sample requests to the GearN endpoints
// against the exported document, as a server with an OpenAPI validator in
// front of it would.
func TestGearNRequests(t *testing.T) {
	doc := load(t, export(t, "gearn"))
	player := map[string]string{"Content-Type": "application/json", "Secret-Key": "player-key"}
	server := map[string]string{"Content-Type": "application/json", "Secret-Key": "server-key"}
	const android = "/api/rJson/authenticate/client/loginByAndroidDeviceId"
	const link = "/api/rJson/masterPlayer/server/linkAccount"
	validate(t, doc, []request{
		{"android login", "POST", android, player, `{"androidDeviceId": "a1b2c3d4e5", "infoRequestParam": {}}`, ""},
		{"android login with every member", "POST", android, player, `{"androidDeviceId": "a1b2c3d4e5", "createPlayerIfNotExists": true, "infoRequestParam": {"displayName": true, "playerDataKeys": ["level", "xp"]}}`, ""},
		{"android login with a member the page does not document", "POST", android, player, `{"androidDeviceId": "a1b2c3d4e5", "infoRequestParam": {}, "locale": "ko"}`, ""},
		{"5-character androidDeviceId", "POST", android, player, `{"androidDeviceId": "a1b2c", "infoRequestParam": {}}`, "androidDeviceId"},
		{"65-character androidDeviceId", "POST", android, player, `{"androidDeviceId": "` + strings.Repeat("a", 65) + `", "infoRequestParam": {}}`, "androidDeviceId"},
		{"no infoRequestParam", "POST", android, player, `{"androidDeviceId": "a1b2c3d4e5"}`, "infoRequestParam"},
		{"createPlayerIfNotExists not a boolean", "POST", android, player, `{"androidDeviceId": "a1b2c3d4e5", "createPlayerIfNotExists": "yes", "infoRequestParam": {}}`, "createPlayerIfNotExists"},
		{"playerDataKeys not an array", "POST", android, player, `{"androidDeviceId": "a1b2c3d4e5", "infoRequestParam": {"playerDataKeys": "level"}}`, "playerDataKeys"},
		{"no Secret-Key", "POST", android, map[string]string{"Content-Type": "application/json"}, `{"androidDeviceId": "a1b2c3d4e5", "infoRequestParam": {}}`, "Secret-Key"},
		{"Game-Id is conditional, so not required", "POST", android, player, `{"androidDeviceId": "a1b2c3d4e5", "infoRequestParam": {}}`, ""},
		{"server link", "POST", link, server, `{"userId": "0123456789", "username": "player1", "password": "secret1"}`, ""},
		{"server link without userId", "POST", link, server, `{"username": "player1", "password": "secret1"}`, "userId"},
		{"server link with a 9-character userId", "POST", link, server, `{"userId": "012345678", "username": "player1", "password": "secret1"}`, "userId"},
		{"server link with a 33-character username", "POST", link, server, `{"userId": "0123456789", "username": "` + strings.Repeat("u", 33) + `", "password": "secret1"}`, "username"},
	})
}

// TestStatusAPIRequests validates requests to an API whose request is all
// headers, one of them with enumerated values.
func TestStatusAPIRequests(t *testing.T) {
	doc := load(t, export(t, "kakao"))
	headers := func(drop string, set ...string) map[string]string {
		h := map[string]string{"appSecret": "s", "Authorization": "KakaoAK k", "kgAppId": "909428", "platform": "mobile", "accessToken": "t"}
		delete(h, drop)
		for i := 0; i+1 < len(set); i += 2 {
			h[set[i]] = set[i+1]
		}
		return h
	}
	const path = "/service/v5/auth/validation"
	validate(t, doc, []request{
		{"every required header", "POST", path, headers(""), "", ""},
		{"with the optional playerId", "POST", path, headers("", "playerId", "123"), "", ""},
		{"no appSecret", "POST", path, headers("appSecret"), "", "appSecret"},
		{"a platform the page does not list", "POST", path, headers("", "platform", "console"), "", "platform"},
	})
	responses := doc.Paths.Find(path).Post.Responses
	for _, code := range []string{"200", "400", "401", "406", "4XX", "500", "503"} {
		if responses.Value(code) == nil {
			t.Errorf("no response %s", code)
		}
	}
	if s := doc.Components.SecuritySchemes["Authorization"]; s == nil || s.Value.In != "header" || s.Value.Name != "Authorization" {
		t.Errorf("no apiKey scheme for the Authorization header: %+v", s)
	}
}

// TestEnum checks that an integer enum carries its member names and
// descriptions beside its codes.
func TestEnum(t *testing.T) {
	doc := load(t, export(t, "gearn"))
	s := doc.Components.Schemas["ErrorCode"].Value
	if !s.Type.Is("integer") || len(s.Enum) != 6 {
		t.Fatalf("ErrorCode: type %v, enum %v", s.Type, s.Enum)
	}
	names, _ := s.Extensions["x-enum-varnames"].([]any)
	descs, _ := s.Extensions["x-enum-descriptions"].([]any)
	if len(names) != len(s.Enum) || names[2] != "PlayerBan" || len(descs) != len(s.Enum) {
		t.Errorf("x-enum-varnames %v, x-enum-descriptions %v", names, descs)
	}
}

// TestQueryRequests validates requests with query parameters: required
// ones, bounds, allowed values, enum codes, repeated parameters.
func TestQueryRequests(t *testing.T) {
	doc := load(t, export(t, "kakao-query"))
	auth := map[string]string{"Authorization": "KakaoAK k"}
	const player = "/service/v5/member/player"
	const name = "/service/v5/member/player/name"
	body := map[string]string{"Content-Type": "application/json"}
	validate(t, doc, []request{
		{"the required parameter", "GET", player + "?playerId=p1", auth, "", ""},
		{"every parameter", "GET", player + "?playerId=p1&fields=name&fields=level&limit=100&kind=2", auth, "", ""},
		{"no playerId", "GET", player + "?limit=5", auth, "", "playerId"},
		{"an empty playerId", "GET", player + "?playerId=", auth, "", "playerId"},
		{"limit below its minimum", "GET", player + "?playerId=p1&limit=0", auth, "", "limit"},
		{"limit above its maximum", "GET", player + "?playerId=p1&limit=101", auth, "", "limit"},
		{"limit not an integer", "GET", player + "?playerId=p1&limit=1.5", auth, "", "limit"},
		{"a field the page does not list", "GET", player + "?playerId=p1&fields=age", auth, "", "fields"},
		{"a kind no member has", "GET", player + "?playerId=p1&kind=3", auth, "", "kind"},
		{"tags joined with commas", "GET", player + "?playerId=p1&tags=red,blue", auth, "", ""},
		{"a tag the page does not list", "GET", player + "?playerId=p1&tags=red,green", auth, "", "tags"},
		{"more tags than its maximum", "GET", player + "?playerId=p1&tags=red,blue,red", auth, "", "tags"},
		{"a POST with a query parameter and a body", "POST", name + "?dryRun=true", body, `{"playerId": "p1", "name": "n"}`, ""},
		{"dryRun not a boolean", "POST", name + "?dryRun=maybe", body, `{"playerId": "p1", "name": "n"}`, "dryRun"},
	})
	get := doc.Paths.Find(player).Get
	if get.RequestBody != nil || !strings.Contains(get.Description, "rejects a request with a body") {
		t.Errorf("GET getPlayer: request body %v, description %q", get.RequestBody, get.Description)
	}
	if p := get.Parameters.GetByInAndName("query", "tags"); p.Style != "form" || p.Explode == nil || *p.Explode {
		t.Errorf("tags: style %q, explode %v; want form, not exploded", p.Style, p.Explode)
	}
	if p := get.Parameters.GetByInAndName("query", "fields"); p.Style != "" || p.Explode != nil {
		t.Errorf("fields: style %q, explode %v; want OpenAPI's default", p.Style, p.Explode)
	}
	if d := get.Parameters.GetByInAndName("query", "limit").Schema.Value.Default; d != 20.0 {
		t.Errorf("limit's default is %v", d)
	}
	if d := get.Parameters.GetByInAndName("query", "kind").Schema.Value.Default; d != 2.0 {
		t.Errorf("kind's default is %v, not the code of its member Member", d)
	}
	if r := doc.Paths.Find(name).Post.Responses.Value("463"); r == nil || *r.Value.Description != "Name taken (custom status)" {
		t.Errorf("renamePlayer's 463: %+v", r)
	}
}

// TestPlainResponse checks that an operation that answers plain beside
// the envelope answers its type alone, and that the others keep it.
func TestPlainResponse(t *testing.T) {
	doc := load(t, export(t, "gearn-plain"))
	plain := doc.Paths.Find("/api/system/getServerTime").Get.Responses.Value("200").Value
	if s := plain.Content.Get("application/json").Schema; s.Ref != "#/components/schemas/ServerTime" {
		t.Errorf("the plain answer's schema is %+v", s)
	}
	wrapped := doc.Paths.Find("/api/rJson/authenticate/client/login").Post.Responses.Value("200").Value
	if s := wrapped.Content.Get("application/json").Schema.Value; len(s.AllOf) != 2 || s.AllOf[0].Ref != "#/components/schemas/Envelope" {
		t.Errorf("the enveloped answer's schema is %+v", s)
	}
	validate(t, doc, []request{
		{"zone from its values", "GET", "/api/system/getServerTime?zone=local", nil, "", ""},
		{"no zone", "GET", "/api/system/getServerTime", nil, "", ""},
		{"a zone the page does not list", "GET", "/api/system/getServerTime?zone=mars", nil, "", "zone"},
	})
}
