// Package openapi exports a schema as an OpenAPI 3.1 document, so that the
// tools of the OpenAPI world (Swagger UI, oapi-codegen, ogen, request
// validators) can use what docs2go read from the pages.
//
// Each endpoint (each role of an operation) is a path item operation. Its
// documented headers are header parameters: required or not, a conditional
// one not required with its condition in the description. Content-Type
// names the request body's media type and Authorization becomes an apiKey
// security scheme, as OpenAPI ignores header parameters of those names.
// Its query parameters are query parameters, with the schema of their
// type, bounds, allowed values and default, an array one repeated. The
// request body is an object schema with the fields' bounds (minLength,
// maxLength, minimum, maximum, minItems, maxItems), allowed values,
// defaults and required members. Object types and enums are
// components/schemas; an integer enum lists its member names in
// x-enum-varnames and their descriptions in x-enum-descriptions.
//
// A GearN answer is the envelope: its schema is the envelope component
// with the payload member set to the operation's response type, but for
// an operation that answers plain, whose answer is its type alone. An API
// whose HTTP status carries the outcome has one response per documented
// status, with its body type and its examples.
//
// The document is built as YAML nodes in the schema's order, so the same
// schema always gives the same bytes.
package openapi

import (
	"encoding/json"
	"fmt"
	"mime"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/docs2go/docs2go/schema"
)

// Options says how to write the document.
type Options struct {
	// Source is the schema's path, named in the document's header comment.
	Source string
	// Version is the document's info.version; the schema has none.
	Version string
}

// Generate writes the OpenAPI 3.1 document of api as YAML.
func Generate(api *schema.API, opts Options) ([]byte, error) {
	if err := schema.Validate(api, opts.Source).Err(); err != nil {
		return nil, err
	}
	if opts.Version == "" {
		opts.Version = "0.0.0"
	}
	g := &gen{api: api, opts: opts, schemes: newMap()}
	doc, err := g.document()
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

type gen struct {
	api  *schema.API
	opts Options
	// envelope is the component name of the envelope.
	envelope string
	// schemes are the security schemes the Authorization headers make.
	schemes *yaml.Node
}

func (g *gen) document() (*yaml.Node, error) {
	doc := newMap()
	doc.HeadComment = fmt.Sprintf("OpenAPI document written by docs2go from %s. Edit the pages, not this file.", g.opts.Source)
	set(doc, "openapi", str("3.1.0"))
	info := newMap()
	set(info, "title", str(g.api.Name))
	set(info, "version", str(g.opts.Version))
	set(info, "description", str(fmt.Sprintf("The %s API as its documentation pages describe it: %s.", g.api.Name, strings.Join(g.api.Pages, ", "))))
	set(doc, "info", info)
	if tags := g.tags(); len(tags.Content) > 0 {
		set(doc, "tags", tags)
	}
	components := newMap()
	schemas := newMap()
	if g.api.Envelope != nil {
		g.envelope = g.freeName("Envelope")
	}
	paths, err := g.paths()
	if err != nil {
		return nil, err
	}
	set(doc, "paths", paths)
	if g.api.Envelope != nil {
		set(schemas, g.envelope, g.envelopeSchema())
	}
	for _, t := range g.api.Types {
		set(schemas, t.Name, g.objectSchema(t))
	}
	for _, e := range g.api.Enums {
		set(schemas, e.Name, g.enumSchema(e))
	}
	if len(schemas.Content) > 0 {
		set(components, "schemas", schemas)
	}
	if len(g.schemes.Content) > 0 {
		set(components, "securitySchemes", g.schemes)
	}
	if len(components.Content) > 0 {
		set(doc, "components", components)
	}
	return doc, nil
}

// freeName returns name, or name with a number, that no type or enum of
// the API is called.
func (g *gen) freeName(name string) string {
	taken := func(n string) bool { return g.api.TypeByName(n) != nil || g.api.EnumByName(n) != nil }
	for i := 2; taken(name); i++ {
		name = strings.TrimRight(name, "0123456789") + strconv.Itoa(i)
	}
	return name
}

func (g *gen) tags() *yaml.Node {
	tags := seq()
	seen := map[string]bool{}
	for _, op := range g.api.Operations {
		if op.Group != "" && !seen[op.Group] {
			seen[op.Group] = true
			t := newMap()
			set(t, "name", str(op.Group))
			tags.Content = append(tags.Content, t)
		}
	}
	return tags
}

// paths writes a path item per path, and under it an operation per
// endpoint, in page order.
func (g *gen) paths() (*yaml.Node, error) {
	paths := newMap()
	items := map[string]*yaml.Node{}
	served := map[string]string{}
	ids := map[string]bool{}
	for _, op := range g.api.Operations {
		for _, ep := range op.Endpoints {
			method := strings.ToLower(ep.Method)
			if !isMethod(method) {
				return nil, fmt.Errorf("%s: operation %s: method %q has no OpenAPI operation", ep.At, op.Name, ep.Method)
			}
			key := method + " " + ep.Path
			who := op.Name
			if ep.Role != "" {
				who += " (" + ep.Role + ")"
			}
			if prev, ok := served[key]; ok {
				return nil, fmt.Errorf("%s: operation %s and %s both serve %s %s; an OpenAPI path has one operation per method", ep.At, prev, who, ep.Method, ep.Path)
			}
			served[key] = who
			item, ok := items[ep.Path]
			if !ok {
				item = newMap()
				items[ep.Path] = item
				set(paths, ep.Path, item)
			}
			set(item, method, g.operation(op, ep, ids))
		}
	}
	return paths, nil
}

func isMethod(m string) bool {
	switch m {
	case "get", "put", "post", "delete", "options", "head", "patch", "trace":
		return true
	}
	return false
}

// operationID is role + operation name ("clientLinkAccount"), with the
// group in front when another operation took that.
func operationID(op *schema.Operation, ep *schema.Endpoint, ids map[string]bool) string {
	id := op.Name
	if ep.Role != "" {
		id = ep.Role + upperFirst(op.Name)
	}
	if ids[id] && op.Group != "" {
		id = op.Group + upperFirst(id)
	}
	for base, i := id, 2; ids[id]; i++ {
		id = base + strconv.Itoa(i)
	}
	ids[id] = true
	return id
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g *gen) operation(op *schema.Operation, ep *schema.Endpoint, ids map[string]bool) *yaml.Node {
	o := newMap()
	if op.Group != "" {
		set(o, "tags", seq(str(op.Group)))
	}
	set(o, "operationId", str(operationID(op, ep, ids)))
	if op.Summary != "" {
		set(o, "summary", str(op.Summary))
	}
	if d := operationDescription(op, ep); d != "" {
		set(o, "description", str(d))
	}
	params := seq()
	for _, f := range ep.PathParams {
		params.Content = append(params.Content, g.param(f, "path"))
	}
	for _, f := range ep.Query {
		params.Content = append(params.Content, g.param(f, "query"))
	}
	var mediaTypes []string
	var security *yaml.Node
	for _, h := range ep.Headers {
		switch strings.ToLower(h.Name) {
		case "content-type":
			mediaTypes = headerMediaTypes(h)
		case "accept":
		case "authorization":
			security = g.security(h)
		default:
			params.Content = append(params.Content, g.header(h))
		}
	}
	if len(params.Content) > 0 {
		set(o, "parameters", params)
	}
	if len(ep.Body) > 0 {
		set(o, "requestBody", g.requestBody(ep, mediaTypes))
	}
	set(o, "responses", g.responses(op))
	if security != nil {
		set(o, "security", security)
	}
	return o
}

func operationDescription(op *schema.Operation, ep *schema.Endpoint) string {
	var parts []string
	parts = append(parts, op.Notes...)
	var facts []string
	if ep.Role != "" {
		facts = append(facts, "Role: "+ep.Role+".")
	}
	if ep.Permission != "" {
		facts = append(facts, "Permission rule: "+ep.Permission+".")
	}
	if ep.SecretRole != "" {
		facts = append(facts, "Secret-Key role: "+ep.SecretRole+".")
	}
	if len(op.ErrorCodes) > 0 {
		facts = append(facts, "Error codes: "+strings.Join(op.ErrorCodes, ", ")+".")
	}
	if ep.GetBody == schema.GetBodyRejected {
		facts = append(facts, "The server rejects a request with a body.")
	}
	if len(facts) > 0 {
		parts = append(parts, strings.Join(facts, " "))
	}
	return strings.Join(parts, "\n\n")
}

// headerMediaTypes returns the media types a Content-Type header allows:
// its values, or its description when that is one media type.
func headerMediaTypes(h *schema.Header) []string {
	var out []string
	for _, v := range h.Values {
		if _, _, err := mime.ParseMediaType(v); err == nil {
			out = append(out, v)
		}
	}
	if len(out) == 0 && !strings.ContainsAny(h.Description, " \t") {
		if _, _, err := mime.ParseMediaType(h.Description); err == nil {
			out = append(out, h.Description)
		}
	}
	return out
}

// bodyMediaTypes are the media types of an endpoint's request body: the
// ones its Content-Type header names, else the one its post type implies.
func bodyMediaTypes(ep *schema.Endpoint, fromHeader []string) []string {
	if len(fromHeader) > 0 {
		return fromHeader
	}
	if ep.PostType == "rMsgPack" {
		return []string{"application/msgpack"}
	}
	return []string{"application/json"}
}

// param is a query or a path parameter, in says which ("query",
// "path"): its description beside its schema, which holds its type,
// bounds, values and default. An array (of a query) is the parameter
// repeated (OpenAPI's default style for a query, form, exploded), or one
// value of its items joined with commas (style form, not exploded) where
// its form says so.
func (g *gen) param(f *schema.Field, in string) *yaml.Node {
	p := newMap()
	set(p, "name", str(f.Name))
	set(p, "in", str(in))
	if f.Description != "" {
		set(p, "description", str(f.Description))
	}
	set(p, "required", boolean(f.Required))
	if f.Array && f.Form == schema.FormComma {
		set(p, "style", str("form"))
		set(p, "explode", boolean(false))
	}
	bare := *f
	bare.Description = ""
	set(p, "schema", g.fieldSchema(&bare))
	return p
}

func (g *gen) header(h *schema.Header) *yaml.Node {
	p := newMap()
	set(p, "name", str(h.Name))
	set(p, "in", str("header"))
	var desc []string
	if h.Description != "" {
		desc = append(desc, h.Description)
	}
	if h.Format != "" {
		desc = append(desc, "Format: "+h.Format+".")
	}
	if h.Required == schema.Conditional {
		desc = append(desc, "Required or not depending on: "+h.Condition)
	}
	if len(desc) > 0 {
		set(p, "description", str(strings.Join(desc, "\n\n")))
	}
	set(p, "required", boolean(h.Required == schema.Required))
	s := typeOnly(primitiveType(h.Type))
	if len(h.Values) > 0 {
		values := seq()
		for _, v := range h.Values {
			values.Content = append(values.Content, str(v))
		}
		set(s, "enum", values)
	}
	set(p, "schema", s)
	return p
}

// security declares the apiKey scheme of an Authorization header and
// returns the operation's security requirement: the scheme, or also none
// when the header is not required.
func (g *gen) security(h *schema.Header) *yaml.Node {
	name := "Authorization"
	scheme := newMap()
	set(scheme, "type", str("apiKey"))
	set(scheme, "in", str("header"))
	set(scheme, "name", str(h.Name))
	var desc []string
	if h.Description != "" {
		desc = append(desc, h.Description)
	}
	if h.Format != "" {
		desc = append(desc, "Format: "+h.Format+".")
	}
	if len(desc) > 0 {
		set(scheme, "description", str(strings.Join(desc, "\n\n")))
	}
	for i := 2; ; i++ {
		prev := get(g.schemes, name)
		if prev == nil {
			set(g.schemes, name, scheme)
			break
		}
		if sameNode(prev, scheme) {
			break
		}
		name = "Authorization" + strconv.Itoa(i)
	}
	req := newMap()
	set(req, name, seq())
	if h.Required == schema.Required {
		return seq(req)
	}
	return seq(newMap(), req)
}

func (g *gen) requestBody(ep *schema.Endpoint, fromHeader []string) *yaml.Node {
	body := newMap()
	required := false
	for _, f := range ep.Body {
		required = required || f.Required
	}
	set(body, "required", boolean(required))
	content := newMap()
	for _, mt := range bodyMediaTypes(ep, fromHeader) {
		m := newMap()
		set(m, "schema", g.fieldsSchema(ep.Body, ""))
		if ep.Example != nil {
			if ex := exampleNode(ep.Example); ex != nil {
				set(m, "examples", ex)
			}
		}
		set(content, mt, m)
	}
	set(body, "content", content)
	return body
}

// exampleNode is the examples map of one example with a JSON body, or nil
// when its body is not JSON.
func exampleNode(ex *schema.Example) *yaml.Node {
	value := jsonNode(ex.Body)
	if value == nil {
		return nil
	}
	e := newMap()
	if ex.Comment != "" {
		set(e, "summary", str(ex.Comment))
	}
	set(e, "value", value)
	out := newMap()
	set(out, "example", e)
	return out
}

// jsonNode converts JSON text to YAML nodes in its order, or returns nil
// when text is not JSON.
func jsonNode(text string) *yaml.Node {
	if strings.TrimSpace(text) == "" || !json.Valid([]byte(text)) {
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil || len(doc.Content) == 0 {
		return nil
	}
	n := doc.Content[0]
	blockStyle(n)
	return n
}

// blockStyle writes JSON's objects and arrays as YAML blocks and its
// strings unquoted where YAML allows: a string that would read as another
// type ("909428") keeps its quotes, as its tag is !!str.
func blockStyle(n *yaml.Node) {
	n.Style = 0
	n.Line, n.Column = 0, 0
	for _, c := range n.Content {
		blockStyle(c)
	}
}

func (g *gen) responses(op *schema.Operation) *yaml.Node {
	rs := newMap()
	switch {
	case op.PlainResponse:
		r := newMap()
		set(r, "description", str("The answer, plain: not wrapped in the envelope."))
		set(r, "content", jsonContent(g.ref(op.Response), nil))
		set(rs, "200", r)
	case g.api.Envelope != nil:
		set(rs, "200", g.envelopeResponse(op))
	case len(op.Statuses) > 0:
		g.statusResponses(rs, op)
	case op.Response != "":
		r := newMap()
		set(r, "description", str("The answer."))
		set(r, "content", jsonContent(g.ref(op.Response), nil))
		set(rs, "200", r)
	default:
		r := newMap()
		set(r, "description", str("The pages document no answer."))
		set(rs, "default", r)
	}
	return rs
}

func (g *gen) envelopeResponse(op *schema.Operation) *yaml.Node {
	env := g.api.Envelope
	r := newMap()
	desc := fmt.Sprintf("The envelope: %s carries the outcome", env.Status)
	var s *yaml.Node
	if op.Response == "" {
		desc += "."
		s = refTo(g.envelope)
	} else {
		desc += fmt.Sprintf(", %s the %s.", env.Payload, g.typeName(op.Response))
		payload := newMap()
		set(payload, env.Payload, g.ref(op.Response))
		part := typeOnly("object")
		set(part, "properties", payload)
		s = newMap()
		set(s, "allOf", seq(refTo(g.envelope), part))
	}
	set(r, "description", str(desc))
	set(r, "content", jsonContent(s, nil))
	return r
}

// statusResponses writes a response per documented status. A range is a
// wildcard ("4XX") when it spans a whole hundred, and its codes one by one
// otherwise, but for the codes documented on their own.
func (g *gen) statusResponses(rs *yaml.Node, op *schema.Operation) {
	own := map[int]bool{}
	for _, s := range op.Statuses {
		if s.Range == "" {
			own[s.Code] = true
		}
	}
	for _, s := range op.Statuses {
		r := g.statusResponse(s)
		lo, hi, _ := s.Bounds()
		switch {
		case s.Range == "":
			set(rs, strconv.Itoa(s.Code), r)
		case lo%100 == 0 && hi == lo+99:
			set(rs, strconv.Itoa(lo/100)+"XX", r)
		default:
			for code := lo; code <= hi; code++ {
				if !own[code] && get(rs, strconv.Itoa(code)) == nil {
					set(rs, strconv.Itoa(code), r)
				}
			}
		}
	}
}

func (g *gen) statusResponse(s *schema.Status) *yaml.Node {
	r := newMap()
	var desc []string
	for _, d := range []string{s.Meaning, s.Description} {
		if d != "" {
			desc = append(desc, d)
		}
	}
	if len(desc) == 0 {
		desc = append(desc, "HTTP "+s.String())
	}
	text := strings.Join(desc, ": ")
	if s.Note != "" {
		text += " (" + s.Note + ")"
	}
	set(r, "description", str(text))
	if len(s.Details) > 0 {
		set(r, "x-detail-codes", detailCodes(s.Details))
	}
	if s.Body != "" {
		examples := newMap()
		for i, ex := range s.Examples {
			if v := jsonNode(ex.Body); v != nil {
				e := newMap()
				summary := ex.Comment
				if summary == "" {
					summary = strings.TrimSpace(strconv.Itoa(ex.Code) + " " + ex.Reason)
				}
				set(e, "summary", str(summary))
				set(e, "value", v)
				set(examples, "example"+strconv.Itoa(i+1), e)
			}
		}
		set(r, "content", jsonContent(g.ref(s.Body), examples))
	}
	return r
}

// detailCodes lists a status's detail codes, which OpenAPI has no word
// for, as the extension x-detail-codes: code, message and description of
// each, in page order.
func detailCodes(ds []*schema.Detail) *yaml.Node {
	var items []*yaml.Node
	for _, d := range ds {
		m := newMap()
		set(m, "code", integer(d.Code))
		if d.Message != "" {
			set(m, "message", str(d.Message))
		}
		if d.Description != "" {
			set(m, "description", str(d.Description))
		}
		items = append(items, m)
	}
	return seq(items...)
}

func jsonContent(s, examples *yaml.Node) *yaml.Node {
	m := newMap()
	set(m, "schema", s)
	if examples != nil && len(examples.Content) > 0 {
		set(m, "examples", examples)
	}
	c := newMap()
	set(c, "application/json", m)
	return c
}

func (g *gen) envelopeSchema() *yaml.Node {
	env := g.api.Envelope
	var fields []*schema.Field
	for _, f := range env.Fields {
		if f.Name != env.Payload {
			fields = append(fields, f)
		}
	}
	s := g.fieldsSchema(fields, fmt.Sprintf("The envelope every answer is wrapped in: %s carries the outcome, %s the operation's answer.", env.Status, env.Payload))
	props := get(s, "properties")
	if props == nil {
		props = newMap()
		set(s, "properties", props)
	}
	for _, f := range env.Fields {
		if f.Name == env.Payload {
			p := newMap()
			if f.Description != "" {
				set(p, "description", str(f.Description))
			}
			set(props, f.Name, p)
		}
	}
	return s
}

func (g *gen) objectSchema(t *schema.Type) *yaml.Node {
	desc := t.Description
	if len(t.Aliases) > 0 {
		desc = strings.TrimSpace(desc + "\n\nAlso documented as " + strings.Join(t.Aliases, ", ") + ".")
	}
	return g.fieldsSchema(t.Fields, desc)
}

// fieldsSchema is the object schema of a list of fields.
func (g *gen) fieldsSchema(fields []*schema.Field, desc string) *yaml.Node {
	s := typeOnly("object")
	if desc != "" {
		set(s, "description", str(desc))
	}
	props := newMap()
	required := seq()
	for _, f := range fields {
		set(props, f.Name, g.fieldSchema(f))
		if f.Required {
			required.Content = append(required.Content, str(f.Name))
		}
	}
	if len(props.Content) > 0 {
		set(s, "properties", props)
	}
	if len(required.Content) > 0 {
		set(s, "required", required)
	}
	return s
}

// fieldSchema is a field's schema: its type with the bounds of a value,
// inside an array schema with the bounds of its length when it is one.
func (g *gen) fieldSchema(f *schema.Field) *yaml.Node {
	value := g.typeSchema(f.Type)
	if schema.IsPrimitive(f.Type) {
		setInt(value, "minLength", f.MinLength)
		setInt(value, "maxLength", f.MaxLength)
		setFloat(value, "minimum", f.Minimum)
		setFloat(value, "maximum", f.Maximum)
		if len(f.Values) > 0 {
			values := seq()
			for _, v := range f.Values {
				values.Content = append(values.Content, str(v))
			}
			set(value, "enum", values)
		}
	}
	outer := value
	if f.Array {
		outer = typeOnly("array")
		set(outer, "items", value)
		setInt(outer, "minItems", f.MinItems)
		setInt(outer, "maxItems", f.MaxItems)
	}
	if f.Description != "" {
		set(outer, "description", str(f.Description))
	}
	if f.Default != nil && !f.Array {
		set(outer, "default", scalar(f.Default))
	}
	return outer
}

// typeSchema is the schema of a value of a primitive type, or a reference
// to a type or an enum of the API.
func (g *gen) typeSchema(name string) *yaml.Node {
	switch name {
	case schema.Any:
		return newMap()
	case schema.Hashtable:
		return typeOnly("object")
	case schema.String, schema.Boolean, schema.Number, schema.Integer:
		return typeOnly(name)
	}
	return g.ref(name)
}

// primitiveType is the JSON Schema type of a header's type.
func primitiveType(name string) string {
	switch name {
	case schema.Boolean, schema.Number, schema.Integer:
		return name
	}
	return "string"
}

// ref refers to the component of a type or enum, by the name the API
// declares it by.
func (g *gen) ref(name string) *yaml.Node { return refTo(g.typeName(name)) }

func (g *gen) typeName(name string) string {
	if t := g.api.TypeByName(name); t != nil {
		return t.Name
	}
	if e := g.api.EnumByName(name); e != nil {
		return e.Name
	}
	return name
}

func refTo(component string) *yaml.Node {
	r := newMap()
	set(r, "$ref", str("#/components/schemas/"+component))
	return r
}

func (g *gen) enumSchema(e *schema.Enum) *yaml.Node {
	s := typeOnly("integer")
	var desc []string
	if e.Description != "" {
		desc = append(desc, e.Description)
	}
	if len(e.Aliases) > 0 {
		desc = append(desc, "Also documented as "+strings.Join(e.Aliases, ", ")+".")
	}
	var lines []string
	codes, names, descs := seq(), seq(), seq()
	for _, m := range e.Members {
		line := fmt.Sprintf("- %d %s", m.Code, m.Name)
		if m.Description != "" {
			line += ": " + m.Description
		}
		lines = append(lines, line)
		codes.Content = append(codes.Content, integer(m.Code))
		names.Content = append(names.Content, str(m.Name))
		descs.Content = append(descs.Content, str(m.Description))
	}
	desc = append(desc, strings.Join(lines, "\n"))
	set(s, "description", str(strings.Join(desc, "\n\n")))
	set(s, "enum", codes)
	set(s, "x-enum-varnames", names)
	set(s, "x-enum-descriptions", descs)
	return s
}

// The YAML node helpers below build the document in order.

func newMap() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"} }

func seq(items ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: items}
}

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func boolean(b bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(b)}
}

func integer(i int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(i)}
}

func number(f float64) *yaml.Node {
	if f == float64(int64(f)) {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(int64(f), 10)}
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(f, 'g', -1, 64)}
}

// scalar writes a default: a bool, a number or a string.
func scalar(v any) *yaml.Node {
	switch v := v.(type) {
	case bool:
		return boolean(v)
	case int:
		return integer(v)
	case float64:
		return number(v)
	}
	return str(fmt.Sprint(v))
}

func typeOnly(t string) *yaml.Node {
	m := newMap()
	set(m, "type", str(t))
	return m
}

func set(m *yaml.Node, key string, value *yaml.Node) {
	m.Content = append(m.Content, str(key), value)
}

func setInt(m *yaml.Node, key string, v *int) {
	if v != nil {
		set(m, key, integer(*v))
	}
}

func setFloat(m *yaml.Node, key string, v *float64) {
	if v != nil {
		set(m, key, number(*v))
	}
}

func get(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// sameNode reports whether two nodes hold the same YAML.
func sameNode(a, b *yaml.Node) bool {
	if a.Kind != b.Kind || a.Tag != b.Tag || a.Value != b.Value || len(a.Content) != len(b.Content) {
		return false
	}
	for i := range a.Content {
		if !sameNode(a.Content[i], b.Content[i]) {
			return false
		}
	}
	return true
}
