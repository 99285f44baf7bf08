package schema

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Fact names the one fact of a field that a hole lacks.
type Fact string

// The facts of a field a page can lose or leave open and an override can
// give (its requiredness, where its row lost its Required cell or left it
// empty and nothing on the page tells what it says), and
// the type a table without a heading documents, or the section of a
// table whose title the reader does not know, which an overrides file's
// tables: entry gives; the fields of a table that kept its header
// and lost every row, which add: fixes give; and the type of an
// operation's answer, whose page lost the table that names it, which a
// response: fix gives.
const (
	FactName     Fact = "name"
	FactType     Fact = "type"
	FactRequired Fact = "required"
	FactTable    Fact = "table"
	FactSection  Fact = "section"
	FactFields   Fact = "fields"
	FactResponse Fact = "response"
)

// Hole is a fact the pages do not give and no other page recovers: the
// field stands in the schema where its row is, without that fact (a
// Field with no Name, no Type, or RequiredOpen), and an override can
// fill it. A parse
// with holes has no valid schema until every hole is filled. A hole of
// FactTable is a table without a heading that the evidence gives to two
// types or more (Candidates), at its header line: the types stand in
// the schema without its members, and Field is nil. A tables: entry
// of the overrides file fills it, taken by the parse itself: such a hole
// is never filled after the parse. A hole of FactSection is so too: a
// table of fields that nothing places in a section of its operation (the
// request's headers, query or body, the response's body), at its header
// line, the sections it may document its Candidates; the operation
// stands in the schema without it. A hole of FactFields is a table of
// fields that kept its header and lost every row, at its header line:
// the type or the request it documents (Target, set by its reader)
// stands in the schema without its fields, Field is nil, and Fields is
// that list of fields in the schema, set by the parser; the add: fixes
// of an overrides file that give its fields fill it. A table of request
// headers that lost every row is such a hole too, its Target's In
// "headers", and Headers, not Fields, the list the parser sets. A hole
// of FactResponse is an operation whose page lost the table that names
// the type of its answer (GearN's response table, under "200 Ok"),
// while the other pages document the envelope it answers in: Operation
// stands in the schema without its Response, Field nil, until a fix
// with response: gives it.
type Hole struct {
	// At is the row that lost the fact.
	At Pos
	// Msg says what the row lost and why no page recovers it.
	Msg  string
	Fact Fact
	// Field is the field, in the schema, that lacks the fact.
	Field *Field
	// Target is where the field is, as an overrides fix names it; the
	// parser sets it once the schema is built.
	Target Target
	// Candidates are the values the pages give the fact elsewhere and
	// disagree about ("number", "string"), when they do: one of them
	// fills the hole.
	Candidates []string
	// Fields is the list of fields a hole of FactFields lacks, in the
	// schema; Headers the list of headers, for a table of headers.
	Fields  *[]*Field
	Headers *[]*Header
	// Header is a header whose row lost its type cell (Fact FactType),
	// as its row gives it otherwise: it stands out of the schema, Field
	// nil, until an add: fix with in: headers adds it, typed, to Headers,
	// the list of its endpoint's headers the parser sets.
	Header *Header
	// Operation is the operation a hole of FactResponse lacks the
	// Response of.
	Operation *Operation
	// Tableless is set on a hole of FactFields that is a section whose
	// title promises the table and that holds none, its header row lost
	// too, at its title's line.
	Tableless bool
}

// Target names a list of fields as an overrides fix does: an object
// type's, or the request of an operation ("group/name") for one role, its
// body or, with In "query", its query parameters, or with In "headers"
// its headers.
type Target struct {
	Object              string
	Operation, Role, In string
}

// Filled reports whether the field has the fact now.
func (h Hole) Filled() bool {
	if h.Header != nil {
		return h.Headers != nil && slices.ContainsFunc(*h.Headers, func(o *Header) bool { return strings.EqualFold(o.Name, h.Header.Name) })
	}
	switch h.Fact {
	case FactTable, FactSection:
		return false
	case FactResponse:
		return h.Operation.Response != ""
	case FactFields:
		if h.Target.In == "headers" {
			return h.Headers != nil && len(*h.Headers) > 0
		}
		return h.Fields != nil && len(*h.Fields) > 0
	case FactName:
		return h.Field.Name != ""
	case FactRequired:
		return !h.Field.RequiredOpen
	}
	return h.Field.Type != ""
}

// Placeholder is the value of a hole's entry that the user replaces.
func (h Hole) Placeholder() string {
	switch h.Fact {
	case FactName, FactFields:
		return "<name>"
	case FactSection:
		return "<section>"
	case FactRequired:
		return "<true or false>"
	}
	return "<type>"
}

// Entry is the overrides fix that fills the hole, as a list item of the
// file's fixes, with Placeholder for the value the pages lost.
func (h Hole) Entry() string {
	var b strings.Builder
	key := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "    %s: %s\n", k, v)
		}
	}
	switch h.Fact {
	case FactTable:
		fmt.Fprintf(&b, "  - table: %s\n", h.At)
		key("type", h.Placeholder())
		return b.String()
	case FactSection:
		fmt.Fprintf(&b, "  - table: %s\n", h.At)
		key("section", h.Placeholder())
		return b.String()
	}
	if h.Target.Object != "" {
		fmt.Fprintf(&b, "  - object: %s\n", h.Target.Object)
	} else {
		fmt.Fprintf(&b, "  - operation: %s\n", h.Target.Operation)
		key("role", h.Target.Role)
		key("in", h.Target.In)
	}
	if h.Fact == FactResponse {
		key("response", h.Placeholder())
		return b.String()
	}
	if h.Fact == FactFields {
		key("add", h.Placeholder())
		key("type", "<type>")
		key("required", "<true or false>")
		return b.String()
	}
	if hd := h.Header; hd != nil {
		key("add", hd.Name)
		key("type", h.Placeholder())
		required := "<true or false>"
		switch hd.Required {
		case Required:
			required = "true"
		case Optional:
			required = "false"
		}
		key("required", required)
		if hd.Description != "" {
			key("description", strconv.Quote(hd.Description))
		}
		return b.String()
	}
	f := h.Field
	if h.Fact == FactName {
		key("add", h.Placeholder())
		typ := f.Type
		if f.Array {
			typ += "[]"
		}
		key("type", typ)
		key("required", fmt.Sprint(f.Required))
	} else {
		key("field", f.Name)
		key(string(h.Fact), h.Placeholder())
	}
	return b.String()
}

// Diagnostic is the error a hole left open is: its message, then the
// entry to paste into the overrides file, or one per candidate; a
// table's, one entry and the types that may replace its placeholder. It
// prints an override (KnowsFix), and is a hole (KnowsHole).
func (h Hole) Diagnostic() Diagnostic {
	if h.Fact == FactTable {
		how := "replaced by that name"
		if len(h.Candidates) > 0 {
			how = "one of them"
		}
		return Diagnostic{Pos: h.At, Knows: KnowsFix | KnowsHole, Msg: fmt.Sprintf("%s. To settle it, write the name of the type it documents on a line of its own above the table, or add to the overrides file (under tables:), with %s %s:\n%s",
			h.Msg, h.Placeholder(), how, strings.TrimSuffix(h.Entry(), "\n"))}
	}
	if h.Fact == FactSection {
		return Diagnostic{Pos: h.At, Knows: KnowsFix | KnowsHole, Msg: fmt.Sprintf("%s. To settle it, put the title of its section on the line above the table, or add to the overrides file (under tables:), with %s one of %s:\n%s",
			h.Msg, h.Placeholder(), quoted(h.Candidates), strings.TrimSuffix(h.Entry(), "\n"))}
	}
	if h.Fact == FactFields {
		what := "field"
		if h.Target.In == "headers" {
			what = "header"
		}
		return Diagnostic{Pos: h.At, Knows: KnowsFix | KnowsHole, Msg: fmt.Sprintf("%s. To settle it, %s, or add to the overrides file (under fixes:) an entry for each %s it documents, with <name>, <type> and <true or false> replaced:\n%s",
			h.Msg, h.WriteBack(), what, strings.TrimSuffix(h.Entry(), "\n"))}
	}
	if h.Fact == FactResponse {
		return Diagnostic{Pos: h.At, Knows: KnowsFix | KnowsHole, Msg: fmt.Sprintf("%s. To settle it, write the response table back on the page under \"200 Ok\", or add to the overrides file (under fixes:), with %s replaced by the type of its payload, one the pages document:\n%s",
			h.Msg, h.Placeholder(), strings.TrimSuffix(h.Entry(), "\n"))}
	}
	if len(h.Candidates) > 0 {
		entries := make([]string, len(h.Candidates))
		for i, c := range h.Candidates {
			entries[i] = strings.Replace(strings.TrimSuffix(h.Entry(), "\n"), h.Placeholder(), c, 1)
		}
		return Diagnostic{Pos: h.At, Knows: KnowsFix | KnowsHole, Msg: fmt.Sprintf("%s. To settle it, add to the overrides file (under fixes:) the one of these entries that is right:\n%s",
			h.Msg, strings.Join(entries, "\n"))}
	}
	return Diagnostic{Pos: h.At, Knows: KnowsFix | KnowsHole, Msg: fmt.Sprintf("%s. To settle it, add to the overrides file (under fixes:), with %s replaced:\n%s",
		h.Msg, h.Placeholder(), strings.TrimSuffix(h.Entry(), "\n"))}
}

// WriteBack says how the page gives back the rows a hole of FactFields
// lost: under its table's header, or as a table under its section's
// title where the section holds none (Tableless); a type's, where
// another page documents it too, by parsing that page with it.
func (h Hole) WriteBack() string {
	if h.Tableless && h.Target.Object != "" {
		return "write its table back on the page under its title, or parse the page that documents " + h.Target.Object + " too"
	}
	if h.Tableless {
		return "write its table back on the page under its title"
	}
	return "write its rows back on the page under its header"
}

// Holes are a parse's holes.
type Holes []Hole

// Open returns the holes not filled yet, as errors.
func (hs Holes) Open() Diagnostics {
	var ds Diagnostics
	for _, h := range hs {
		if !h.Filled() {
			ds = append(ds, h.Diagnostic())
		}
	}
	return ds
}

// quoted lists values in quotes, joined with "or": "a", "b" or "c".
func quoted(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = fmt.Sprintf("%q", v)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
