package schemadiff

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// base is a small GearN schema: Shared is used in a request (through
// Info) and in a response (through LoginResponse); search is a GET with
// query parameters.
const base = `name: t
protocol: gearn
pages: [p.txt]
envelope:
  fields:
    - name: returnCode
      type: ReturnCode
      required: true
      at: p.txt:1
    - name: debugMessage
      type: string
      at: p.txt:2
    - name: parameters
      at: p.txt:3
  status: returnCode
  payload: parameters
  at: p.txt:1
operations:
  - name: login
    group: auth
    response: LoginResponse
    errorCodes: [Ok]
    endpoints:
      - role: client
        method: POST
        path: /api/rJson/auth/client/login
        postType: rJson
        secretRole: Player
        headers:
          - name: Secret-Key
            required: required
            at: p.txt:4
          - name: Game-Id
            required: conditional
            condition: unless the key names the game
            at: p.txt:5
        body:
          - name: deviceId
            type: string
            required: true
            minLength: 6
            maxLength: 64
            at: p.txt:6
          - name: create
            type: boolean
            default: false
            at: p.txt:7
          - name: info
            type: Info
            at: p.txt:8
          - name: platform
            type: string
            values: [ios, android]
            at: p.txt:9
        at: p.txt:4
      - role: server
        method: POST
        path: /api/rJson/auth/server/login
        at: p.txt:10
    at: p.txt:1
  - name: logout
    group: auth
    endpoints:
      - role: client
        method: POST
        path: /api/rJson/auth/client/logout
        at: p.txt:11
    at: p.txt:11
  - name: search
    group: auth
    response: LoginResponse
    endpoints:
      - role: client
        method: GET
        path: /api/search
        query:
          - name: q
            type: string
            required: true
            maxLength: 32
            at: p.txt:25
          - name: page
            type: integer
            minimum: 1
            default: 1
            at: p.txt:26
          - name: status
            type: Status
            at: p.txt:27
        at: p.txt:24
    at: p.txt:24
types:
  - name: Info
    fields:
      - name: keys
        type: string
        array: true
        maxItems: 10
        at: p.txt:12
      - name: shared
        type: Shared
        at: p.txt:13
    at: p.txt:12
  - name: LoginResponse
    fields:
      - name: userId
        type: string
        required: true
        maxLength: 10
        at: p.txt:14
      - name: level
        type: integer
        minimum: 1
        maximum: 100
        at: p.txt:15
      - name: status
        type: Status
        at: p.txt:16
      - name: shared
        type: Shared
        at: p.txt:17
    at: p.txt:14
  - name: Shared
    fields:
      - name: tag
        type: string
        maxLength: 8
        at: p.txt:18
    at: p.txt:18
  - name: Unused
    fields:
      - name: note
        type: string
        at: p.txt:19
    at: p.txt:19
enums:
  - name: ReturnCode
    members:
      - name: Ok
        code: 1
        at: p.txt:20
      - name: Failed
        code: 0
        at: p.txt:21
    at: p.txt:20
  - name: Status
    members:
      - name: Active
        code: 1
        at: p.txt:22
      - name: Banned
        code: 2
        at: p.txt:23
    at: p.txt:22
`

func load(t *testing.T, name string) *schema.API {
	t.Helper()
	api, err := schema.Load(name, []byte(base))
	if err != nil {
		t.Fatal(err)
	}
	return api
}

func ptr[T any](v T) *T { return &v }

func typ(a *schema.API, name string) *schema.Type { return a.TypeByName(name) }

// field returns the field of fs with the name; a detached one when there
// is none, so that the edit changes nothing and the test fails.
func field(fs []*schema.Field, name string) *schema.Field {
	for _, f := range fs {
		if f.Name == name {
			return f
		}
	}
	return &schema.Field{}
}

func body(a *schema.API) []*schema.Field { return a.Operations[0].Endpoints[0].Body }

func query(a *schema.API) []*schema.Field { return a.Operations[2].Endpoints[0].Query }

func TestCompare(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(a *schema.API)
		want []string
	}{
		{"nothing", func(*schema.API) {}, nil},
		{"descriptions and positions are not compared", func(a *schema.API) {
			a.Operations[0].Summary = "Log in."
			field(body(a), "deviceId").Description = "The device."
			field(body(a), "deviceId").At = schema.Pos{Page: "q.txt", Line: 9}
		}, nil},

		// Operations and endpoints.
		{"operation removed", func(a *schema.API) { a.Operations = append(a.Operations[:1], a.Operations[2]) }, []string{
			"breaking: operation logout: removed",
		}},
		{"operation added", func(a *schema.API) {
			a.Operations = append(a.Operations, &schema.Operation{Name: "ping", Endpoints: []*schema.Endpoint{{Method: "GET", Path: "/ping"}}})
		}, []string{"compatible: operation ping: added"}},
		{"endpoint removed", func(a *schema.API) { a.Operations[0].Endpoints = a.Operations[0].Endpoints[:1] }, []string{
			"breaking: operation login, server endpoint: removed",
		}},
		{"endpoint added", func(a *schema.API) {
			a.Operations[1].Endpoints = append(a.Operations[1].Endpoints, &schema.Endpoint{Role: "admin", Method: "POST", Path: "/api/rJson/auth/admin/logout"})
		}, []string{"compatible: operation logout, admin endpoint: added"}},
		{"path, method, post type, secret role", func(a *schema.API) {
			e := a.Operations[0].Endpoints[0]
			e.Path, e.Method, e.PostType, e.SecretRole = "/api/rMsgPack/auth/client/login", "PUT", "rMsgPack", "Server"
		}, []string{
			"breaking: operation login, client endpoint: method POST → PUT",
			"breaking: operation login, client endpoint: path /api/rJson/auth/client/login → /api/rMsgPack/auth/client/login",
			"breaking: operation login, client endpoint: post type rJson → rMsgPack",
			"breaking: operation login, client endpoint: secret role Player → Server",
		}},
		{"response type", func(a *schema.API) { a.Operations[0].Response = "Info" }, []string{
			"breaking: operation login: response LoginResponse → Info",
		}},
		{"error codes", func(a *schema.API) { a.Operations[0].ErrorCodes = []string{"Failed"} }, []string{
			"compatible: operation login: documents error code Failed",
			"compatible: operation login: no longer documents error code Ok",
		}},

		// Request fields.
		{"request field removed", func(a *schema.API) {
			ep := a.Operations[0].Endpoints[0]
			ep.Body = ep.Body[1:]
		}, []string{"breaking: operation login, client request, field deviceId: removed"}},
		{"optional request field added", func(a *schema.API) {
			ep := a.Operations[0].Endpoints[0]
			ep.Body = append(ep.Body, &schema.Field{Name: "locale", Type: "string"})
		}, []string{"compatible: operation login, client request, field locale: added, optional"}},
		{"required request field added", func(a *schema.API) {
			ep := a.Operations[0].Endpoints[0]
			ep.Body = append(ep.Body, &schema.Field{Name: "locale", Type: "string", Required: true})
		}, []string{"breaking: operation login, client request, field locale: added, required: a request without it is now rejected"}},
		{"request field becomes required", func(a *schema.API) { field(body(a), "create").Required = true }, []string{
			"breaking: operation login, client request, field create: optional → required, in a request",
		}},
		{"request field becomes optional", func(a *schema.API) { field(body(a), "deviceId").Required = false }, []string{
			"compatible: operation login, client request, field deviceId: required → optional, in a request",
		}},
		{"request range tightened", func(a *schema.API) {
			f := field(body(a), "deviceId")
			f.MinLength, f.MaxLength = ptr(8), ptr(32)
		}, []string{
			"breaking: operation login, client request, field deviceId: minLength 6 → 8 (tightened, in a request)",
			"breaking: operation login, client request, field deviceId: maxLength 64 → 32 (tightened, in a request)",
		}},
		{"request range loosened", func(a *schema.API) {
			f := field(body(a), "deviceId")
			f.MinLength, f.MaxLength = nil, ptr(128)
		}, []string{
			"compatible: operation login, client request, field deviceId: minLength 6 → none (loosened, in a request)",
			"compatible: operation login, client request, field deviceId: maxLength 64 → 128 (loosened, in a request)",
		}},
		{"request range appears", func(a *schema.API) { field(body(a), "create").Type = "integer"; field(body(a), "create").Default = nil }, []string{
			"breaking: operation login, client request, field create: type boolean → integer",
			"breaking: operation login, client request, field create: default false → none",
		}},
		{"array becomes scalar", func(a *schema.API) { typ(a, "Info").Fields[0].Array = false; typ(a, "Info").Fields[0].MaxItems = nil }, []string{
			"breaking: type Info, field keys: type string[] → string",
			"compatible: type Info, field keys: maxItems 10 → none (loosened, in a request)",
		}},
		{"default changed", func(a *schema.API) { field(body(a), "create").Default = true }, []string{
			"breaking: operation login, client request, field create: default false → true",
		}},
		{"values", func(a *schema.API) { field(body(a), "platform").Values = []string{"android", "web"} }, []string{
			`breaking: operation login, client request, field platform: value "ios" removed`,
			`compatible: operation login, client request, field platform: value "web" added`,
		}},
		{"values become any", func(a *schema.API) { field(body(a), "platform").Values = nil }, []string{
			"compatible: operation login, client request, field platform: values [ios android] → any (loosened, in a request)",
		}},

		// Path parameters follow the rules of request fields; the path
		// that names one changes with it.
		{"path parameter added", func(a *schema.API) {
			ep := a.Operations[2].Endpoints[0]
			ep.Path += "/{shelf}"
			ep.PathParams = append(ep.PathParams, &schema.Field{Name: "shelf", Type: "integer", Required: true})
		}, []string{
			"breaking: operation search, client endpoint: path /api/search → /api/search/{shelf}",
			"breaking: operation search, client request, path parameter shelf: added, required: a request without it is now rejected",
		}},

		// Query parameters follow the rules of request fields.
		{"required query parameter added", func(a *schema.API) {
			ep := a.Operations[2].Endpoints[0]
			ep.Query = append(ep.Query, &schema.Field{Name: "locale", Type: "string", Required: true})
		}, []string{"breaking: operation search, client request, query parameter locale: added, required: a request without it is now rejected"}},
		{"optional query parameter added", func(a *schema.API) {
			ep := a.Operations[2].Endpoints[0]
			ep.Query = append(ep.Query, &schema.Field{Name: "locale", Type: "string"})
		}, []string{"compatible: operation search, client request, query parameter locale: added, optional"}},
		{"query parameter removed", func(a *schema.API) {
			ep := a.Operations[2].Endpoints[0]
			ep.Query = ep.Query[1:]
		}, []string{"breaking: operation search, client request, query parameter q: removed"}},
		{"query parameter becomes optional", func(a *schema.API) { field(query(a), "q").Required = false }, []string{
			"compatible: operation search, client request, query parameter q: required → optional, in a request",
		}},
		{"query parameter becomes required", func(a *schema.API) { field(query(a), "page").Required = true }, []string{
			"breaking: operation search, client request, query parameter page: optional → required, in a request",
		}},
		{"query range tightened", func(a *schema.API) {
			field(query(a), "q").MaxLength = ptr(16)
			field(query(a), "page").Minimum = ptr(2.0)
			field(query(a), "page").Default = 2
		}, []string{
			"breaking: operation search, client request, query parameter q: maxLength 32 → 16 (tightened, in a request)",
			"breaking: operation search, client request, query parameter page: minimum 1 → 2 (tightened, in a request)",
			"breaking: operation search, client request, query parameter page: default 1 → 2",
		}},
		{"enum default", func(a *schema.API) { field(query(a), "status").Default = 2 }, []string{
			"breaking: operation search, client request, query parameter status: default none → 2 (Banned)",
		}},
		{"query range loosened", func(a *schema.API) { field(query(a), "q").MaxLength = nil }, []string{
			"compatible: operation search, client request, query parameter q: maxLength 32 → none (loosened, in a request)",
		}},
		{"query parameter type", func(a *schema.API) { field(query(a), "status").Type = "integer" }, []string{
			"breaking: operation search, client request, query parameter status: type Status → integer",
		}},
		{"query parameter moved to the body", func(a *schema.API) {
			ep := a.Operations[2].Endpoints[0]
			ep.Body, ep.Query = ep.Query[:1], ep.Query[1:]
			ep.Method, ep.Path = "POST", "/api/rJson/auth/client/search"
		}, []string{
			"breaking: operation search, client endpoint: method GET → POST",
			"breaking: operation search, client endpoint: path /api/search → /api/rJson/auth/client/search",
			"breaking: operation search, client request, query parameter q: removed",
			"breaking: operation search, client request, field q: added, required: a request without it is now rejected",
		}},

		// The shape of an answer, and what a GET does with a body.
		{"response becomes plain", func(a *schema.API) { a.Operations[2].PlainResponse = true }, []string{
			"breaking: operation search: response in the envelope → plain",
		}},
		{"GET now rejects a body", func(a *schema.API) { a.Operations[2].Endpoints[0].GetBody = schema.GetBodyRejected }, []string{
			"breaking: operation search, client endpoint: getBody none → rejected: a GET with a body is now rejected",
		}},

		// Headers.
		{"headers", func(a *schema.API) {
			ep := a.Operations[0].Endpoints[0]
			ep.Headers[1].Required = schema.Required
			ep.Headers = append(ep.Headers[1:], &schema.Header{Name: "Auth-Token", Required: schema.Required}, &schema.Header{Name: "Trace", Required: schema.Optional})
		}, []string{
			"breaking: operation login, client request, header Game-Id: conditional → required",
			"breaking: operation login, client request, header Auth-Token: added, required",
			"compatible: operation login, client request, header Trace: added, optional",
			"breaking: operation login, client request, header Secret-Key: removed",
		}},
		{"header loosened", func(a *schema.API) { a.Operations[0].Endpoints[0].Headers[0].Required = schema.Optional }, []string{
			"compatible: operation login, client request, header Secret-Key: required → optional",
		}},

		// Response fields.
		{"response field removed", func(a *schema.API) { typ(a, "LoginResponse").Fields = typ(a, "LoginResponse").Fields[1:] }, []string{
			"breaking: type LoginResponse, field userId: removed",
		}},
		{"required response field added", func(a *schema.API) {
			typ(a, "LoginResponse").Fields = append(typ(a, "LoginResponse").Fields, &schema.Field{Name: "token", Type: "string", Required: true})
		}, []string{"compatible: type LoginResponse, field token: added, required"}},
		{"response field becomes optional", func(a *schema.API) { field(typ(a, "LoginResponse").Fields, "userId").Required = false }, []string{
			"breaking: type LoginResponse, field userId: required → optional, in a response: it may now be left out",
		}},
		{"response field becomes required", func(a *schema.API) { field(typ(a, "LoginResponse").Fields, "level").Required = true }, []string{
			"compatible: type LoginResponse, field level: optional → required, in a response",
		}},
		{"response range loosened", func(a *schema.API) {
			f := field(typ(a, "LoginResponse").Fields, "level")
			f.Maximum = ptr(1000.0)
			field(typ(a, "LoginResponse").Fields, "userId").MaxLength = nil
		}, []string{
			"breaking: type LoginResponse, field userId: maxLength 10 → none (loosened, in a response)",
			"breaking: type LoginResponse, field level: maximum 100 → 1000 (loosened, in a response)",
		}},
		{"response range tightened", func(a *schema.API) { field(typ(a, "LoginResponse").Fields, "level").Minimum = ptr(1.5) }, []string{
			"compatible: type LoginResponse, field level: minimum 1 → 1.5 (tightened, in a response)",
		}},
		{"envelope field", func(a *schema.API) { a.Envelope.Fields = append(a.Envelope.Fields[:1], a.Envelope.Fields[2]) }, []string{
			"breaking: envelope, field debugMessage: removed",
		}},
		{"envelope payload", func(a *schema.API) { a.Envelope.Fields[2].Name = "data"; a.Envelope.Payload = "data" }, []string{
			"breaking: envelope: payload field parameters → data",
		}},

		// A type used both ways breaks both ways; one used neither way too.
		{"shared type tightened", func(a *schema.API) { typ(a, "Shared").Fields[0].MaxLength = ptr(4) }, []string{
			"breaking: type Shared, field tag: maxLength 8 → 4 (tightened, in a request)",
		}},
		{"shared type loosened", func(a *schema.API) { typ(a, "Shared").Fields[0].MaxLength = ptr(16) }, []string{
			"breaking: type Shared, field tag: maxLength 8 → 16 (loosened, in a response)",
		}},
		{"unused type", func(a *schema.API) {
			typ(a, "Unused").Fields[0].Required = true
		}, []string{"breaking: type Unused, field note: optional → required, in a request"}},

		// Types and enums.
		{"type removed and added", func(a *schema.API) {
			a.Types[3] = &schema.Type{Name: "Extra", Fields: []*schema.Field{{Name: "x", Type: "string"}}}
		}, []string{
			"compatible: type Extra: added",
			"breaking: type Unused: removed",
		}},
		{"enum members", func(a *schema.API) {
			e := a.EnumByName("Status")
			e.Members = []*schema.Member{{Name: "Active", Code: 10}, {Name: "Deleted", Code: 3}}
		}, []string{
			"breaking: enum Status, member Active: code 1 → 10",
			"compatible: enum Status, member Deleted: added (code 3)",
			"breaking: enum Status, member Banned: removed (code 2)",
		}},
		{"enum removed", func(a *schema.API) {
			a.Enums = a.Enums[:1]
			field(typ(a, "LoginResponse").Fields, "status").Type = "integer"
		}, []string{
			"breaking: type LoginResponse, field status: type Status → integer",
			"breaking: enum Status: removed",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			old, new := load(t, "old.yaml"), load(t, "new.yaml")
			tc.edit(new)
			var got []string
			for _, c := range Compare(old, new, "old.yaml", "new.yaml") {
				got = append(got, string(c.Kind)+": "+c.Subject+": "+c.Change)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestCompareReversed: undoing a change that tightens a request loosens
// it, and the other way round.
func TestCompareReversed(t *testing.T) {
	old, new := load(t, "old.yaml"), load(t, "new.yaml")
	field(body(new), "deviceId").MaxLength = ptr(32)
	if cs := Compare(new, old, "new.yaml", "old.yaml"); len(cs) != 1 || cs[0].Kind != Compatible || cs[0].Direction != Request {
		t.Errorf("got %+v", cs)
	}
}

// TestCompareReversedShapes: an answer wrapped in the envelope again
// breaks too; a GET that no longer rejects a body accepts more.
func TestCompareReversedShapes(t *testing.T) {
	old, new := load(t, "old.yaml"), load(t, "new.yaml")
	new.Operations[2].PlainResponse = true
	new.Operations[2].Endpoints[0].GetBody = schema.GetBodyRejected
	var got []string
	for _, c := range Compare(new, old, "new.yaml", "old.yaml") {
		got = append(got, c.String())
	}
	want := []string{
		"old.yaml:69: breaking: operation search: response plain → in the envelope",
		"old.yaml:73: compatible: operation search, client endpoint: getBody rejected → none",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestComparePositions: a change is located in the new schema, a removal
// in the old one, at the line of the node.
func TestComparePositions(t *testing.T) {
	old := load(t, "old.yaml")
	newText := strings.Replace(base, "            maxLength: 64\n", "            maxLength: 32\n", 1)
	newText = strings.Replace(newText, "      - role: server\n        method: POST\n        path: /api/rJson/auth/server/login\n        at: p.txt:10\n", "", 1)
	new, err := schema.Load("new.yaml", []byte(newText))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range Compare(old, new, "old.yaml", "new.yaml") {
		got = append(got, c.String())
	}
	want := []string{
		"new.yaml:38: breaking: operation login, client request, field deviceId: maxLength 64 → 32 (tightened, in a request)",
		"old.yaml:56: breaking: operation login, server endpoint: removed",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCompareDetails: a detail code a status gains is compatible, one it
// loses or whose message changes breaks the clients that name it; each is
// located at its line.
func TestCompareDetails(t *testing.T) {
	const text = `name: kakao
protocol: http-status
pages: [coupon.txt]
operations:
  - name: use
    statuses:
      - code: 461
        details:
          - code: -20001
            at: coupon.txt:40
          - code: -20002
            at: coupon.txt:41
          - code: -20004
            message: Coupon used
            at: coupon.txt:42
        at: coupon.txt:40
    endpoints:
      - method: POST
        path: /service/v5/coupon/use
        at: coupon.txt:3
    at: coupon.txt:3
`
	old, err := schema.Load("old.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	new, err := schema.Load("new.yaml", []byte(strings.NewReplacer("-20002", "-20003", "Coupon used", "Coupon already used").Replace(text)))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range Compare(old, new, "old.yaml", "new.yaml") {
		got = append(got, c.String())
	}
	want := []string{
		"new.yaml:11: compatible: operation use: status 461: detail code -20003 added",
		`new.yaml:13: breaking: operation use: status 461: detail code -20004: message "Coupon used" became "Coupon already used", which renames its Go constant`,
		"old.yaml:11: breaking: operation use: status 461: detail code -20002 removed",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCompareForm: an array query parameter whose items change form, from
// the parameter repeated to one comma-joined value or back, breaks the
// clients that send the old form.
func TestCompareForm(t *testing.T) {
	old, new := load(t, "old.yaml"), load(t, "new.yaml")
	field(query(old), "status").Array = true
	field(query(new), "status").Array = true
	field(query(new), "status").Form = schema.FormComma
	cs := Compare(old, new, "old.yaml", "new.yaml")
	if len(cs) != 1 || cs[0].Kind != Breaking || cs[0].Direction != Request || cs[0].Subject != "operation search, client request, query parameter status" || cs[0].Change != "form repeated (status=a&status=b) → comma (status=a,b): a client sends the items in the old form" {
		t.Errorf("got %+v", cs)
	}
	cs = Compare(new, old, "new.yaml", "old.yaml")
	if len(cs) != 1 || cs[0].Kind != Breaking || cs[0].Direction != Request || cs[0].Change != "form comma (status=a,b) → repeated (status=a&status=b): a client sends the items in the old form" {
		t.Errorf("reversed: got %+v", cs)
	}
}
