// Package schemadiff lists the API changes between two versions of a
// schema, each marked breaking or compatible for the clients and servers
// built on the old one.
//
// What breaks depends on which way the data flows. A request is what a
// client sends and a server accepts, its query parameters and its body:
// accepting less breaks clients (a field or parameter removed or become
// required, a range tightened, a required field or parameter added, a GET
// that now rejects a body). A response is what a server sends and a client reads: promising
// less breaks clients (a field removed or become optional, a range
// loosened). A type or enum used both ways gets both rules; one used
// neither way, both too. Some changes break every way:
//
//   - a removed operation, endpoint, type, enum, enum member, field,
//     header, status or allowed value: code that names it, in the
//     generated package or on the wire, stops working;
//   - a changed type, method, path, post type, secret role or permission
//     rule, a changed enum code, a changed default of a request field or
//     parameter, a response become plain or wrapped in the envelope;
//   - a changed form of an array query parameter (repeated, t=a&t=b, or
//     comma-joined, t=a,b): a client sends its items in the old form,
//     which a server of the new one reads otherwise or refuses.
//
// Added operations, endpoints, types, enums, enum members, statuses and
// allowed values are compatible: the generated enum types decode codes
// they do not declare, and a new value reaches only the clients that ask
// for it. Error codes an operation documents are compatible either way:
// they document the answers, they are not part of the contract's shape.
// Descriptions, summaries, notes, examples and positions are not compared.
package schemadiff

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/docs2go/docs2go/schema"
)

// Kind says whether a change breaks what was built on the old schema.
type Kind string

const (
	Breaking   Kind = "breaking"
	Compatible Kind = "compatible"
)

// Direction is which way the data a change touches flows.
type Direction string

const (
	Request  Direction = "request"
	Response Direction = "response"
	// Both is for a type or enum used in requests and responses, or in
	// neither.
	Both Direction = "both"
)

// Change is one difference between the old and the new schema.
type Change struct {
	Kind Kind
	// Subject names what changed: "operation linkAccount, client request,
	// field userId".
	Subject string
	// Change says how: "maxLength 64 → 32 (tightened, in a request)".
	Change string
	// Direction is set for the changes whose kind depends on it.
	Direction Direction
	// At is where the change is: in the new schema, or in the old one for
	// what was removed.
	At schema.Pos
}

func (c Change) String() string {
	s := fmt.Sprintf("%s: %s: %s", c.Kind, c.Subject, c.Change)
	if !c.At.IsZero() {
		s = c.At.String() + ": " + s
	}
	return s
}

// Compare lists the changes from old to new, in the order of the schema:
// the protocol, the envelope, the operations (in the new schema's order,
// each removed one where it was), the types and the enums by name.
// oldFile and newFile name the schemas in the changes' positions.
func Compare(old, new *schema.API, oldFile, newFile string) []Change {
	c := &comparer{old: old, new: new, oldFile: oldFile, newFile: newFile}
	c.oldUse, c.newUse = uses(old), uses(new)
	c.run()
	return c.changes
}

type comparer struct {
	old, new         *schema.API
	oldFile, newFile string
	oldUse, newUse   map[string]usage
	changes          []Change
}

// usage says which ways a type or an enum is used.
type usage struct{ request, response bool }

func (u usage) direction() Direction {
	switch {
	case u.request && !u.response:
		return Request
	case u.response && !u.request:
		return Response
	}
	return Both
}

func (c *comparer) add(kind Kind, dir Direction, at schema.Pos, subject, format string, args ...any) {
	c.changes = append(c.changes, Change{Kind: kind, Subject: subject, Change: fmt.Sprintf(format, args...), Direction: dir, At: at})
}

// oldAt and newAt locate a node of the old and the new schema: its line
// in the schema file when it was loaded from one.
func (c *comparer) oldAt(line int) schema.Pos { return schema.Pos{Page: c.oldFile, Line: line} }
func (c *comparer) newAt(line int) schema.Pos { return schema.Pos{Page: c.newFile, Line: line} }

func (c *comparer) run() {
	if c.old.Protocol != c.new.Protocol {
		c.add(Breaking, "", c.newAt(0), "protocol", "%s → %s", c.old.Protocol, c.new.Protocol)
	}
	c.envelope()
	c.operations()
	c.types()
	c.enums()
}

func (c *comparer) envelope() {
	o, n := c.old.Envelope, c.new.Envelope
	switch {
	case o == nil && n == nil:
		return
	case n == nil:
		c.add(Breaking, "", c.oldAt(o.Line), "envelope", "removed")
		return
	case o == nil:
		c.add(Breaking, "", c.newAt(n.Line), "envelope", "added: every response is wrapped in it")
		return
	}
	if o.Status != n.Status {
		c.add(Breaking, "", c.newAt(n.Line), "envelope", "status field %s → %s", o.Status, n.Status)
	}
	if o.Payload != n.Payload {
		c.add(Breaking, "", c.newAt(n.Line), "envelope", "payload field %s → %s", o.Payload, n.Payload)
	}
	without := func(fs []*schema.Field, payload string) []*schema.Field {
		var out []*schema.Field
		for _, f := range fs {
			if f.Name != payload {
				out = append(out, f)
			}
		}
		return out
	}
	c.fields("envelope", usage{response: true}, without(o.Fields, o.Payload), without(n.Fields, n.Payload))
}

func opKey(op *schema.Operation) string { return op.Group + "/" + op.Name }

func (c *comparer) operations() {
	olds := map[string]*schema.Operation{}
	for _, op := range c.old.Operations {
		olds[opKey(op)] = op
	}
	news := map[string]*schema.Operation{}
	for _, op := range c.new.Operations {
		news[opKey(op)] = op
	}
	// Walk the new order, and put each removed operation after the one it
	// followed in the old schema.
	removedAfter := map[string][]*schema.Operation{}
	prev := ""
	for _, op := range c.old.Operations {
		if news[opKey(op)] == nil {
			removedAfter[prev] = append(removedAfter[prev], op)
		} else {
			prev = opKey(op)
		}
	}
	removed := func(after string) {
		for _, op := range removedAfter[after] {
			c.add(Breaking, "", c.oldAt(op.Line), "operation "+op.Name, "removed")
		}
	}
	removed("")
	for _, n := range c.new.Operations {
		k := opKey(n)
		if o := olds[k]; o != nil {
			c.operation(o, n)
			removed(k)
		} else {
			c.add(Compatible, "", c.newAt(n.Line), "operation "+n.Name, "added")
		}
	}
}

func (c *comparer) operation(o, n *schema.Operation) {
	subject := "operation " + n.Name
	at := c.newAt(n.Line)
	if ot, nt := c.typeName(c.old, o.Response), c.typeName(c.new, n.Response); ot != nt {
		c.add(Breaking, "", at, subject, "response %s → %s", orNone(ot), orNone(nt))
	}
	if o.PlainResponse != n.PlainResponse {
		c.add(Breaking, "", at, subject, "response %s → %s", shape(o), shape(n))
	}
	for _, code := range n.ErrorCodes {
		if !slices.Contains(o.ErrorCodes, code) {
			c.add(Compatible, "", at, subject, "documents error code %s", code)
		}
	}
	for _, code := range o.ErrorCodes {
		if !slices.Contains(n.ErrorCodes, code) {
			c.add(Compatible, "", at, subject, "no longer documents error code %s", code)
		}
	}
	c.statuses(subject, o, n)
	for _, ne := range n.Endpoints {
		oe := endpointByRole(o, ne.Role)
		if oe == nil {
			c.add(Compatible, "", c.newAt(ne.Line), endpointSubject(n, ne), "added")
			continue
		}
		c.endpoint(n, oe, ne)
	}
	for _, oe := range o.Endpoints {
		if endpointByRole(n, oe.Role) == nil {
			c.add(Breaking, "", c.oldAt(oe.Line), endpointSubject(o, oe), "removed")
		}
	}
}

// shape says how an operation of an API with an envelope answers.
func shape(op *schema.Operation) string {
	if op.PlainResponse {
		return "plain"
	}
	return "in the envelope"
}

func statusKey(s *schema.Status) string {
	if s.Range != "" {
		return s.Range
	}
	return strconv.Itoa(s.Code)
}

func (c *comparer) statuses(subject string, o, n *schema.Operation) {
	olds := map[string]*schema.Status{}
	for _, s := range o.Statuses {
		olds[statusKey(s)] = s
	}
	seen := map[string]bool{}
	for _, ns := range n.Statuses {
		k := statusKey(ns)
		seen[k] = true
		os := olds[k]
		if os == nil {
			c.add(Compatible, "", c.newAt(ns.Line), subject, "status %s added", k)
			continue
		}
		if ob, nb := c.typeName(c.old, os.Body), c.typeName(c.new, ns.Body); ob != nb {
			c.add(Breaking, "", c.newAt(ns.Line), subject, "status %s: body %s → %s", k, orNone(ob), orNone(nb))
		}
		c.details(subject, k, os, ns)
	}
	for _, os := range o.Statuses {
		if !seen[statusKey(os)] {
			c.add(Breaking, "", c.oldAt(os.Line), subject, "status %s removed", statusKey(os))
		}
	}
}

// details compares the detail codes of a status: a new one is an answer
// clients may now meet, which they can ignore; a removed one breaks the
// clients that name it, and so does a new message, which the generated
// constant of the code is named after.
func (c *comparer) details(subject, status string, o, n *schema.Status) {
	olds := map[int]*schema.Detail{}
	for _, d := range o.Details {
		olds[d.Code] = d
	}
	news := map[int]bool{}
	for _, d := range n.Details {
		news[d.Code] = true
		switch old := olds[d.Code]; {
		case old == nil:
			c.add(Compatible, "", c.newAt(d.Line), subject, "status %s: detail code %d added", status, d.Code)
		case old.Message != d.Message:
			c.add(Breaking, "", c.newAt(d.Line), subject, "status %s: detail code %d: message %q became %q, which renames its Go constant", status, d.Code, old.Message, d.Message)
		}
	}
	for _, d := range o.Details {
		if !news[d.Code] {
			c.add(Breaking, "", c.oldAt(d.Line), subject, "status %s: detail code %d removed", status, d.Code)
		}
	}
}

func endpointByRole(op *schema.Operation, role string) *schema.Endpoint {
	for _, e := range op.Endpoints {
		if e.Role == role {
			return e
		}
	}
	return nil
}

func endpointSubject(op *schema.Operation, e *schema.Endpoint) string {
	if e.Role == "" {
		return "operation " + op.Name + ", endpoint"
	}
	return "operation " + op.Name + ", " + e.Role + " endpoint"
}

func requestSubject(op *schema.Operation, e *schema.Endpoint) string {
	if e.Role == "" {
		return "operation " + op.Name + ", request"
	}
	return "operation " + op.Name + ", " + e.Role + " request"
}

func (c *comparer) endpoint(op *schema.Operation, o, n *schema.Endpoint) {
	subject := endpointSubject(op, n)
	at := c.newAt(n.Line)
	for _, p := range []struct{ what, old, new string }{
		{"method", o.Method, n.Method},
		{"path", o.Path, n.Path},
		{"post type", o.PostType, n.PostType},
		{"secret role", o.SecretRole, n.SecretRole},
		{"permission rule", o.Permission, n.Permission},
	} {
		if p.old != p.new {
			c.add(Breaking, "", at, subject, "%s %s → %s", p.what, orNone(p.old), orNone(p.new))
		}
	}
	switch {
	case o.GetBody == n.GetBody:
	case n.GetBody == schema.GetBodyRejected:
		c.add(Breaking, Request, at, subject, "getBody %s → %s: a GET with a body is now rejected", orNone(string(o.GetBody)), n.GetBody)
	default:
		c.add(Compatible, Request, at, subject, "getBody %s → %s", orNone(string(o.GetBody)), orNone(string(n.GetBody)))
	}
	c.headers(requestSubject(op, n), o.Headers, n.Headers)
	c.members(requestSubject(op, n), "path parameter", usage{request: true}, o.PathParams, n.PathParams)
	c.members(requestSubject(op, n), "query parameter", usage{request: true}, o.Query, n.Query)
	c.fields(requestSubject(op, n), usage{request: true}, o.Body, n.Body)
}

// requirement orders header requirements from loosest to strictest.
func requirement(r schema.Requirement) int {
	switch r {
	case schema.Optional:
		return 0
	case schema.Conditional:
		return 1
	}
	return 2
}

func (c *comparer) headers(subject string, olds, news []*schema.Header) {
	for _, n := range news {
		sub := subject + ", header " + n.Name
		at := c.newAt(n.Line)
		o := headerByName(olds, n.Name)
		if o == nil {
			if n.Required == schema.Required {
				c.add(Breaking, Request, at, sub, "added, required")
			} else {
				c.add(Compatible, Request, at, sub, "added, %s", n.Required)
			}
			continue
		}
		switch or, nr := requirement(o.Required), requirement(n.Required); {
		case nr > or:
			c.add(Breaking, Request, at, sub, "%s → %s", o.Required, n.Required)
		case nr < or:
			c.add(Compatible, Request, at, sub, "%s → %s", o.Required, n.Required)
		}
		if o.Type != n.Type {
			c.add(Breaking, "", at, sub, "type %s → %s", orNone(o.Type), orNone(n.Type))
		}
		c.values(sub, usage{request: true}, at, o.Values, n.Values)
	}
	for _, o := range olds {
		if headerByName(news, o.Name) == nil {
			c.add(Breaking, "", c.oldAt(o.Line), subject+", header "+o.Name, "removed")
		}
	}
}

func headerByName(hs []*schema.Header, name string) *schema.Header {
	for _, h := range hs {
		if h.Name == name {
			return h
		}
	}
	return nil
}

// fields compares two lists of fields used the ways u says.
func (c *comparer) fields(subject string, u usage, olds, news []*schema.Field) {
	c.members(subject, "field", u, olds, news)
}

// members compares two lists of fields or query parameters, which noun
// names, used the ways u says.
func (c *comparer) members(subject, noun string, u usage, olds, news []*schema.Field) {
	dir := u.direction()
	for _, n := range news {
		sub := subject + ", " + noun + " " + n.Name
		at := c.newAt(n.Line)
		o := schema.FieldNamed(olds, n.Name)
		if o == nil {
			if n.Required && u.request {
				c.add(Breaking, dir, at, sub, "added, required: a request without it is now rejected")
			} else {
				c.add(Compatible, dir, at, sub, "added, %s", requiredWord(n.Required))
			}
			continue
		}
		c.field(sub, u, at, o, n)
	}
	for _, o := range olds {
		if schema.FieldNamed(news, o.Name) == nil {
			c.add(Breaking, "", c.oldAt(o.Line), subject+", "+noun+" "+o.Name, "removed")
		}
	}
}

func requiredWord(required bool) string {
	if required {
		return "required"
	}
	return "optional"
}

func (c *comparer) field(sub string, u usage, at schema.Pos, o, n *schema.Field) {
	dir := u.direction()
	if ot, nt := c.fieldType(c.old, o), c.fieldType(c.new, n); ot != nt {
		c.add(Breaking, "", at, sub, "type %s → %s", ot, nt)
	}
	switch {
	case !o.Required && n.Required && u.request:
		c.add(Breaking, dir, at, sub, "optional → required, in a request")
	case !o.Required && n.Required:
		c.add(Compatible, dir, at, sub, "optional → required, in a response")
	case o.Required && !n.Required && u.response:
		c.add(Breaking, dir, at, sub, "required → optional, in a response: it may now be left out")
	case o.Required && !n.Required:
		c.add(Compatible, dir, at, sub, "required → optional, in a request")
	}
	c.bound(sub, u, at, "minLength", intBound(o.MinLength), intBound(n.MinLength), true)
	c.bound(sub, u, at, "maxLength", intBound(o.MaxLength), intBound(n.MaxLength), false)
	c.bound(sub, u, at, "minimum", o.Minimum, n.Minimum, true)
	c.bound(sub, u, at, "maximum", o.Maximum, n.Maximum, false)
	c.bound(sub, u, at, "minItems", intBound(o.MinItems), intBound(n.MinItems), true)
	c.bound(sub, u, at, "maxItems", intBound(o.MaxItems), intBound(n.MaxItems), false)
	c.values(sub, u, at, o.Values, n.Values)
	if o.Form != n.Form {
		c.add(Breaking, Request, at, sub, "form %s → %s: a client sends the items in the old form", formText(o), formText(n))
	}
	if od, nd := fmt.Sprint(o.Default), fmt.Sprint(n.Default); od != nd || (o.Default == nil) != (n.Default == nil) {
		kind := Compatible
		if u.request {
			kind = Breaking
		}
		c.add(kind, dir, at, sub, "default %s → %s", defaultText(c.old, o), defaultText(c.new, n))
	}
}

// formText names the form of an array query parameter f, with an
// example: "comma (t=a,b)".
func formText(f *schema.Field) string {
	if f.Form == schema.FormComma {
		return fmt.Sprintf("comma (%s=a,b)", f.Name)
	}
	return fmt.Sprintf("repeated (%[1]s=a&%[1]s=b)", f.Name)
}

func intBound(p *int) *float64 {
	if p == nil {
		return nil
	}
	f := float64(*p)
	return &f
}

// bound compares one bound of a range: a lower bound (isMin) tightens when
// it rises or appears, an upper one when it falls or appears. Tightening
// breaks requests, loosening breaks responses.
func (c *comparer) bound(sub string, u usage, at schema.Pos, name string, o, n *float64, isMin bool) {
	var tightened bool
	switch {
	case o == nil && n == nil:
		return
	case o == nil:
		tightened = true
	case n == nil:
		tightened = false
	case *o == *n:
		return
	default:
		tightened = (*n > *o) == isMin
	}
	change := fmt.Sprintf("%s %s → %s", name, boundString(o), boundString(n))
	c.rangeChange(sub, u, at, change, tightened)
}

// rangeChange records a tightened or loosened constraint.
func (c *comparer) rangeChange(sub string, u usage, at schema.Pos, change string, tightened bool) {
	dir := u.direction()
	switch {
	case tightened && u.request:
		c.add(Breaking, dir, at, sub, "%s (tightened, in a request)", change)
	case tightened:
		c.add(Compatible, dir, at, sub, "%s (tightened, in a response)", change)
	case u.response:
		c.add(Breaking, dir, at, sub, "%s (loosened, in a response)", change)
	default:
		c.add(Compatible, dir, at, sub, "%s (loosened, in a request)", change)
	}
}

// values compares lists of allowed values, where an empty list allows any.
func (c *comparer) values(sub string, u usage, at schema.Pos, olds, news []string) {
	switch {
	case len(olds) == 0 && len(news) == 0:
		return
	case len(olds) == 0:
		c.rangeChange(sub, u, at, fmt.Sprintf("values any → %v", news), true)
		return
	case len(news) == 0:
		c.rangeChange(sub, u, at, fmt.Sprintf("values %v → any", olds), false)
		return
	}
	for _, v := range olds {
		if !slices.Contains(news, v) {
			c.add(Breaking, "", at, sub, "value %q removed", v)
		}
	}
	for _, v := range news {
		if !slices.Contains(olds, v) {
			c.add(Compatible, "", at, sub, "value %q added", v)
		}
	}
}

func boundString(p *float64) string {
	if p == nil {
		return "none"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// defaultText is f's default in a report: an enum member's as its code
// and the member's name, "1 (Silver)"; any other as valueOrNone does.
func defaultText(api *schema.API, f *schema.Field) string {
	if e := api.EnumByName(f.Type); e != nil {
		if code, ok := f.Default.(int); ok {
			if m := e.MemberByCode(code); m != nil {
				return fmt.Sprintf("%d (%s)", code, m.Name)
			}
		}
	}
	return valueOrNone(f.Default)
}

func valueOrNone(v any) string {
	if v == nil {
		return "none"
	}
	return fmt.Sprint(v)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// typeName resolves a type or enum name, which may be an alias, to the
// name the API declares it by.
func (c *comparer) typeName(api *schema.API, name string) string {
	if t := api.TypeByName(name); t != nil {
		return t.Name
	}
	if e := api.EnumByName(name); e != nil {
		return e.Name
	}
	return name
}

func (c *comparer) fieldType(api *schema.API, f *schema.Field) string {
	t := c.typeName(api, f.Type)
	if f.Array {
		t += "[]"
	}
	return t
}

// usageOf is how a type or enum is used in either schema; unused means
// both ways.
func (c *comparer) usageOf(name string) usage {
	o, n := c.oldUse[name], c.newUse[name]
	u := usage{request: o.request || n.request, response: o.response || n.response}
	if !u.request && !u.response {
		return usage{request: true, response: true}
	}
	return u
}

func (c *comparer) types() {
	names := map[string]bool{}
	for _, t := range c.old.Types {
		names[t.Name] = true
	}
	for _, t := range c.new.Types {
		names[t.Name] = true
	}
	for _, name := range sortedKeys(names) {
		o, n := typeByExactName(c.old, name), typeByExactName(c.new, name)
		switch {
		case n == nil:
			c.add(Breaking, "", c.oldAt(o.Line), "type "+name, "removed")
		case o == nil:
			c.add(Compatible, "", c.newAt(n.Line), "type "+name, "added")
		default:
			c.fields("type "+name, c.usageOf(name), o.Fields, n.Fields)
		}
	}
}

func (c *comparer) enums() {
	names := map[string]bool{}
	for _, e := range c.old.Enums {
		names[e.Name] = true
	}
	for _, e := range c.new.Enums {
		names[e.Name] = true
	}
	for _, name := range sortedKeys(names) {
		o, n := enumByExactName(c.old, name), enumByExactName(c.new, name)
		switch {
		case n == nil:
			c.add(Breaking, "", c.oldAt(o.Line), "enum "+name, "removed")
		case o == nil:
			c.add(Compatible, "", c.newAt(n.Line), "enum "+name, "added")
		default:
			c.enum(o, n)
		}
	}
}

func (c *comparer) enum(o, n *schema.Enum) {
	olds := map[string]*schema.Member{}
	for _, m := range o.Members {
		olds[m.Name] = m
	}
	news := map[string]bool{}
	for _, m := range n.Members {
		news[m.Name] = true
		sub := "enum " + n.Name + ", member " + m.Name
		om := olds[m.Name]
		switch {
		case om == nil:
			c.add(Compatible, "", c.newAt(m.Line), sub, "added (code %d)", m.Code)
		case om.Code != m.Code:
			c.add(Breaking, "", c.newAt(m.Line), sub, "code %d → %d", om.Code, m.Code)
		}
	}
	for _, m := range o.Members {
		if !news[m.Name] {
			c.add(Breaking, "", c.oldAt(m.Line), "enum "+o.Name+", member "+m.Name, "removed (code %d)", m.Code)
		}
	}
}

func typeByExactName(api *schema.API, name string) *schema.Type {
	for _, t := range api.Types {
		if t.Name == name {
			return t
		}
	}
	return nil
}

func enumByExactName(api *schema.API, name string) *schema.Enum {
	for _, e := range api.Enums {
		if e.Name == name {
			return e
		}
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// uses finds which ways each type and enum of api is used: in request
// bodies and query parameters, in responses (operation responses, status bodies, the
// envelope), through the fields of the types that use it.
func uses(api *schema.API) map[string]usage {
	out := map[string]usage{}
	var mark func(name string, request bool)
	mark = func(name string, request bool) {
		var canonical string
		var fields []*schema.Field
		if t := api.TypeByName(name); t != nil {
			canonical, fields = t.Name, t.Fields
		} else if e := api.EnumByName(name); e != nil {
			canonical = e.Name
		} else {
			return
		}
		u := out[canonical]
		if (request && u.request) || (!request && u.response) {
			return
		}
		if request {
			u.request = true
		} else {
			u.response = true
		}
		out[canonical] = u
		for _, f := range fields {
			mark(f.Type, request)
		}
	}
	for _, op := range api.Operations {
		for _, e := range op.Endpoints {
			for _, f := range e.Body {
				mark(f.Type, true)
			}
			for _, f := range e.Query {
				mark(f.Type, true)
			}
			for _, f := range e.PathParams {
				mark(f.Type, true)
			}
		}
		mark(op.Response, false)
		for _, s := range op.Statuses {
			mark(s.Body, false)
		}
	}
	if api.Envelope != nil {
		for _, f := range api.Envelope.Fields {
			mark(f.Type, false)
		}
	}
	return out
}
