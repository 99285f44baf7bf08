// Package schema is the model of an API as docs2go reads it from
// documentation pages: plain Go types, and their YAML load, validation and
// save. Every node records the page and line it was read from.
//
// The parser produces an *API; the generator consumes one. Nothing here
// knows about HTML, Markdown or Go code.
package schema

import (
	"strconv"
	"strings"
)

// Protocol names the wire convention an API follows. The parser chooses it
// from the page; the generator emits the matching runtime.
type Protocol string

const (
	// ProtocolGearN is GearN's convention: every answer is HTTP 200 with the
	// envelope {returnCode, debugMessage, invalidRequestParameters,
	// parameters}.
	ProtocolGearN Protocol = "gearn"
	// ProtocolHTTPStatus is the convention where the HTTP status code
	// carries the outcome (Kakao Games).
	ProtocolHTTPStatus Protocol = "http-status"
)

// Primitive type names a Field.Type may hold besides the name of a Type or
// an Enum of the schema.
const (
	String    = "string"
	Boolean   = "boolean"
	Number    = "number"    // any JSON number
	Integer   = "integer"   // a JSON number that must be integral ("number int")
	Any       = "any"       // any JSON value
	Hashtable = "hashtable" // a JSON object of any members (GNHashtable, Map)
)

// IsPrimitive reports whether name is one of the primitive type names.
func IsPrimitive(name string) bool {
	switch name {
	case String, Boolean, Number, Integer, Any, Hashtable:
		return true
	}
	return false
}

// API is the whole schema: what a set of pages documents.
type API struct {
	// Name is a short name for the API, such as "gearn".
	Name     string   `yaml:"name"`
	Protocol Protocol `yaml:"protocol"`
	// Pages lists the pages the schema was parsed from, in the order given.
	Pages []string `yaml:"pages"`
	// Envelope is the response envelope every operation answers in, for
	// protocols that have one.
	Envelope *Envelope `yaml:"envelope,omitempty"`
	// Operations are in the order of the pages.
	Operations []*Operation `yaml:"operations"`
	// Types and Enums are sorted by name.
	Types []*Type `yaml:"types,omitempty"`
	Enums []*Enum `yaml:"enums,omitempty"`
}

// Envelope is the object every response is wrapped in.
type Envelope struct {
	// Fields in page order. The field named by Payload has no Type: it holds
	// each operation's own Response type.
	Fields []*Field `yaml:"fields"`
	// Status names the field that carries the protocol-level outcome.
	Status string `yaml:"status"`
	// Payload names the field that carries the operation's response.
	Payload string `yaml:"payload"`
	At      Pos    `yaml:"at"`
	Line    int    `yaml:"-"`
}

// Operation is one documented API operation, served under one or more
// roles.
type Operation struct {
	// Name is the operation code, as in the path: "loginByAndroidDeviceId".
	Name string `yaml:"name"`
	// Group is the request type the operation belongs to: "authenticate".
	Group   string `yaml:"group,omitempty"`
	Summary string `yaml:"summary,omitempty"`
	// Response names the Type of the operation's payload; empty when the
	// operation answers none.
	Response string `yaml:"response,omitempty"`
	// PlainResponse is true when the operation answers its Response as the
	// whole body, plain JSON, rather than inside the API's Envelope (a
	// GearN page that documents a plain {error, data} answer). It belongs
	// to the operation, as Response does: every endpoint of the operation
	// answers the same way. An API without an envelope answers plain
	// JSON always, and does not set it.
	PlainResponse bool `yaml:"plainResponse,omitempty"`
	// ErrorCodes lists the members of the ErrorCode enum that the page
	// documents for this operation, in page order.
	ErrorCodes []string `yaml:"errorCodes,omitempty"`
	// Statuses lists the documented HTTP status codes (ProtocolHTTPStatus),
	// in page order.
	Statuses []*Status `yaml:"statuses,omitempty"`
	// Notes are the page's prose remarks about the operation that belong to
	// no table, one paragraph each, in page order.
	Notes []string `yaml:"notes,omitempty"`
	// Endpoints holds one entry per role, in page order.
	Endpoints []*Endpoint `yaml:"endpoints"`
	At        Pos         `yaml:"at"`
	Line      int         `yaml:"-"`
}

// Status is one documented HTTP answer of an operation.
type Status struct {
	// Code is the status code; 0 with Range set for a documented range.
	Code int `yaml:"code"`
	// Range is a range of codes: "4xx" (400-499), "40x" (400-409) or
	// "400-499". A code the operation documents on its own takes precedence
	// over a range that covers it.
	Range string `yaml:"range,omitempty"`
	// Note is the page's remark on the code cell: "custom status" for
	// "4xx (custom status)".
	Note        string `yaml:"note,omitempty"`
	Meaning     string `yaml:"meaning,omitempty"`
	Description string `yaml:"description,omitempty"`
	// Body names the Type of the answer's body, when documented or inferred
	// from an example.
	Body string `yaml:"body,omitempty"`
	// Examples are the page's example answers with a code this status
	// covers, in page order.
	Examples []*Example `yaml:"examples,omitempty"`
	// Details are the detail codes the page's code table documents for
	// this status, in page order.
	Details []*Detail `yaml:"details,omitempty"`
	At      Pos       `yaml:"at"`
	Line    int       `yaml:"-"`
}

// Detail is a row of a code table that follows the answers of a page
// ("Http response code | detail_code | msg | Description"): a code the
// answer's body carries beside the HTTP status to say which failure it is.
type Detail struct {
	Code        int    `yaml:"code"`
	Message     string `yaml:"message,omitempty"`
	Description string `yaml:"description,omitempty"`
	At          Pos    `yaml:"at"`
	Line        int    `yaml:"-"`
}

// String writes s as a page does: "401", "4xx".
func (s *Status) String() string {
	if s.Range != "" {
		return s.Range
	}
	return strconv.Itoa(s.Code)
}

// Bounds returns the lowest and the highest code s covers: Code twice, or
// the ends of Range. ok is false when Range is not one of the forms Range
// documents.
func (s *Status) Bounds() (lo, hi int, ok bool) {
	if s.Range == "" {
		return s.Code, s.Code, true
	}
	if a, b, found := strings.Cut(s.Range, "-"); found {
		lo, err1 := strconv.Atoi(a)
		hi, err2 := strconv.Atoi(b)
		return lo, hi, err1 == nil && err2 == nil && len(a) == 3 && len(b) == 3
	}
	digits := strings.TrimRight(s.Range, "x")
	n, err := strconv.Atoi(digits)
	if err != nil || len(s.Range) != 3 || len(digits) == 0 || len(digits) == 3 || digits[0] == '+' || digits[0] == '-' {
		return 0, 0, false
	}
	span := 1
	for range 3 - len(digits) {
		n, span = n*10, span*10
	}
	return n, n + span - 1, true
}

// Covers reports whether code is among the codes s documents.
func (s *Status) Covers(code int) bool {
	lo, hi, ok := s.Bounds()
	return ok && lo <= code && code <= hi
}

// Example is an HTTP message a page shows as an example: a request, or an
// answer. It is documentation and test data: generated code takes no
// default from it (not the host, not a credential).
type Example struct {
	// Comment is the text of the comment lines the page puts above the
	// example, without the "//": "-29401, Invalid playerAccessToken".
	Comment string `yaml:"comment,omitempty"`
	// Method and Path are a request's request line; Host is the value of
	// its Host header.
	Method string `yaml:"method,omitempty"`
	Path   string `yaml:"path,omitempty"`
	Host   string `yaml:"host,omitempty"`
	// Code and Reason are an answer's status line: 401, "Unauthorized".
	Code   int    `yaml:"code,omitempty"`
	Reason string `yaml:"reason,omitempty"`
	// Headers are the message's headers but Host, in page order.
	Headers []*ExampleHeader `yaml:"headers,omitempty"`
	// Body is the message's body as the page shows it (JSON text), or
	// empty.
	Body string `yaml:"body,omitempty"`
	At   Pos    `yaml:"at"`
	Line int    `yaml:"-"`
}

// ExampleHeader is one header line of an Example.
type ExampleHeader struct {
	Name  string `yaml:"name"`
	Value string `yaml:"value"`
	At    Pos    `yaml:"at"`
	Line  int    `yaml:"-"`
}

// Endpoint is an operation as one role calls it.
type Endpoint struct {
	// Role is "client", "server" or "admin" for GearN; empty when the API
	// has no roles.
	Role   string `yaml:"role,omitempty"`
	Method string `yaml:"method"`
	Path   string `yaml:"path"`
	// PostType is the wire format a GearN path names: "rJson" or
	// "rMsgPack".
	PostType string `yaml:"postType,omitempty"`
	// Permission is the permission rule the role needs:
	// "masterPlayer.linkAccount.serverSelfEnable".
	Permission string `yaml:"permission,omitempty"`
	// SecretRole is the role the Secret-Key must have: "Player", "Server",
	// "Admin".
	SecretRole string    `yaml:"secretRole,omitempty"`
	Headers    []*Header `yaml:"headers,omitempty"`
	// PathParams lists the path parameters in page order, one for each
	// {name} of Path (see PathNames): each a string,
	// boolean, number, integer or enum, never an array or an object, and
	// required, as a segment of the path is always there.
	PathParams []*Field `yaml:"pathParams,omitempty"`
	// Query lists the query parameters in page order: each a string,
	// boolean, number, integer or enum, or an array of one, never an
	// object. An array is the parameter repeated, or one value of items
	// joined with commas where its Form says so.
	Query []*Field `yaml:"query,omitempty"`
	// Body lists the request body members in page order. A GET or HEAD
	// has one only when GetBody is GetBodyDocumented.
	Body []*Field `yaml:"body,omitempty"`
	// GetBody is what the page says of a body sent with a GET or HEAD,
	// which HTTP gives no meaning: nothing (the server ignores one), that
	// the endpoint takes one, or that the server rejects one.
	GetBody GetBody `yaml:"getBody,omitempty"`
	// Example is the page's example request.
	Example *Example `yaml:"example,omitempty"`
	At      Pos      `yaml:"at"`
	Line    int      `yaml:"-"`
}

// GetBody is what a page documents of the body of a GET or HEAD request.
type GetBody string

const (
	// GetBodyDocumented: the page documents a body for the GET, listed in
	// Endpoint.Body.
	GetBodyDocumented GetBody = "documented"
	// GetBodyRejected: the page says the server rejects a GET that comes
	// with a body.
	GetBodyRejected GetBody = "rejected"
)

// withoutBody reports whether a request of method has no body by HTTP's
// rules (RFC 9110, 9.3.1 and 9.3.2: a body there has no meaning): GET and
// HEAD.
func withoutBody(method string) bool { return method == "GET" || method == "HEAD" }

// Requirement says whether a header must be sent.
type Requirement string

const (
	Required    Requirement = "required"
	Optional    Requirement = "optional"
	Conditional Requirement = "conditional" // see Header.Condition
)

// Header is one documented request header.
type Header struct {
	Name     string      `yaml:"name"`
	Type     string      `yaml:"type,omitempty"`
	Required Requirement `yaml:"required"`
	// Condition is the page's text for a conditional requirement.
	Condition   string `yaml:"condition,omitempty"`
	Description string `yaml:"description,omitempty"`
	// Values lists the allowed values, when the page enumerates them.
	Values []string `yaml:"values,omitempty"`
	// Format is the documented shape of the value, such as
	// "KakaoAK {ADMIN_KEY}".
	Format string `yaml:"format,omitempty"`
	At     Pos    `yaml:"at"`
	Line   int    `yaml:"-"`
}

// Field is one member of a request body, an object type or the envelope,
// or one query or path parameter.
type Field struct {
	// Name is the member's name on the wire.
	Name string `yaml:"name"`
	// Type is a primitive (see IsPrimitive) or the name of a Type or Enum.
	Type string `yaml:"type,omitempty"`
	// Array is true for "T[]": a JSON array of Type.
	Array    bool `yaml:"array,omitempty"`
	Required bool `yaml:"required,omitempty"`
	// RequiredOpen is set while whether the field is required is a hole
	// (FactRequired): its row lost its Required cell, or left it empty
	// where nothing tells what an empty one means, and Required says
	// nothing until an override's required: gives it.
	RequiredOpen bool `yaml:"-"`
	// Wire is set while the reader checks the primitive a type cell
	// states beside the type it names ("Integer (HazardClass)") against
	// that type, and empty after.
	Wire string `yaml:"-"`
	// MinLength and MaxLength bound a string's length in characters.
	MinLength *int `yaml:"minLength,omitempty"`
	MaxLength *int `yaml:"maxLength,omitempty"`
	// Minimum and Maximum bound a number.
	Minimum *float64 `yaml:"minimum,omitempty"`
	Maximum *float64 `yaml:"maximum,omitempty"`
	// MinItems and MaxItems bound an array's length.
	MinItems *int `yaml:"minItems,omitempty"`
	MaxItems *int `yaml:"maxItems,omitempty"`
	// Default is the documented value of an absent member: a bool, a
	// number or a string, matching Type; of an enum, the code of one of
	// its members, its value on the wire.
	Default any `yaml:"default,omitempty"`
	// Values lists the allowed values of a string ("string in a | b").
	Values []string `yaml:"values,omitempty"`
	// Form is how a query parameter that is an array sends its items:
	// empty, the default, as the parameter repeated (?t=a&t=b), which is
	// what a page that says nothing of it means; FormComma, as one value
	// of the items joined with commas (?t=a,b), where the page says so
	// ("comma separated") or its example request sends it so. Only an
	// array query parameter has one.
	Form        Form   `yaml:"form,omitempty"`
	Description string `yaml:"description,omitempty"`
	At          Pos    `yaml:"at"`
	Line        int    `yaml:"-"`
}

// Form is how an array query parameter sends its items; see Field.Form.
type Form string

// FormComma is the form of an array query parameter whose items are one
// value, joined with commas: ?vesselTypes=barge,cruiser. OpenAPI writes it
// style: form, explode: false.
const FormComma Form = "comma"

// Type is a named object type.
type Type struct {
	Name string `yaml:"name"`
	// Aliases are other spellings the pages use for the type
	// ("GenericModels.BanItem" for "Generic.BanItem").
	Aliases     []string `yaml:"aliases,omitempty"`
	Description string   `yaml:"description,omitempty"`
	Fields      []*Field `yaml:"fields"`
	// Inferred is true when the type was inferred from an example rather
	// than read from a table.
	Inferred bool `yaml:"inferred,omitempty"`
	At       Pos  `yaml:"at"`
	// Also lists the other places that document the type.
	Also []Pos `yaml:"also,omitempty"`
	Line int   `yaml:"-"`
}

// Enum is a named set of integer codes.
type Enum struct {
	Name        string    `yaml:"name"`
	Aliases     []string  `yaml:"aliases,omitempty"`
	Description string    `yaml:"description,omitempty"`
	Members     []*Member `yaml:"members"`
	At          Pos       `yaml:"at"`
	Also        []Pos     `yaml:"also,omitempty"`
	Line        int       `yaml:"-"`
}

// Member is one value of an Enum.
type Member struct {
	Name        string `yaml:"name"`
	Code        int    `yaml:"code"`
	Description string `yaml:"description,omitempty"`
	At          Pos    `yaml:"at"`
	Line        int    `yaml:"-"`
}

// MemberByCode returns the member of e whose code is code, or nil.
func (e *Enum) MemberByCode(code int) *Member {
	for _, m := range e.Members {
		if m.Code == code {
			return m
		}
	}
	return nil
}

// Codes lists the codes of e's members, for a message: "0, 1, 2, 3".
func (e *Enum) Codes() string {
	codes := make([]string, len(e.Members))
	for i, m := range e.Members {
		codes[i] = strconv.Itoa(m.Code)
	}
	return strings.Join(codes, ", ")
}

// FieldNamed returns the field of fields with the given name, or nil.
func FieldNamed(fields []*Field, name string) *Field {
	for _, f := range fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// TypeByName returns the object type with the given name or alias.
func (a *API) TypeByName(name string) *Type {
	for _, t := range a.Types {
		if t.Name == name {
			return t
		}
		for _, al := range t.Aliases {
			if al == name {
				return t
			}
		}
	}
	return nil
}

// EnumByName returns the enum with the given name or alias.
func (a *API) EnumByName(name string) *Enum {
	for _, e := range a.Enums {
		if e.Name == name {
			return e
		}
		for _, al := range e.Aliases {
			if al == name {
				return e
			}
		}
	}
	return nil
}

// PathNames lists the names of the parameters a path names, in order:
// "kilnId" for "/kilns/{kilnId}/charge". A name is what stands between
// a "{" and the "}" after it, as written; a "{" without its "}" names
// none.
func PathNames(path string) []string {
	var names []string
	for {
		_, rest, ok := strings.Cut(path, "{")
		if !ok {
			return names
		}
		name, after, ok := strings.Cut(rest, "}")
		if !ok {
			return names
		}
		names = append(names, name)
		path = after
	}
}
