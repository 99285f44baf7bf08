// Package overrides corrects a parsed schema where the documentation pages
// are wrong: a field's type, range, requiredness, name or default, and a
// field the pages leave out. The corrections live in a YAML file committed
// beside the schema and are applied after every parse, so that they
// survive re-parsing; a correction that no longer matches the schema is an
// error (a stale override), so that fixes do not rot silently.
//
// An overrides file lists fixes and, under tables, the types of tables
// whose heading the pages lost, the sections of tables whose title
// they lost, the operations of code rows a shared table does not tell
// and the statuses of code tables without a Status column (see
// TableFix), and, under endpoints, the endpoint lines of
// sections that lost theirs (see EndpointFix). Each fix names its target, an object type or
// an operation's request body (for one role, or every role) or, with
// in: query, its query parameters, or with in: path, its path parameters,
// then the field to change or the field to add; with in: headers, the request header to add (add:, type,
// required and description only); with response:, no field, the type of
// the answer of an operation whose page lost the table that names it:
//
//	fixes:
//	  - object: Generic.BanItem
//	    field: tsExpire
//	    type: integer
//	    reason: a timestamp in milliseconds; -1 is never unban
//	  - operation: linkAccount
//	    role: client
//	    field: userId
//	    required: true
//	  - operation: masterPlayer/linkAccount
//	    field: forceLink
//	    rename: force
//	    default: true
//	  - object: Apple
//	    add: email
//	    type: string
//	    description: The email address associated with the player's account.
//	  - operation: getPlayer
//	    in: query
//	    field: limit
//	    maximum: 100
//	  - operation: charge
//	    in: path
//	    field: kilnId
//	    type: string
//	  - operation: getInventory
//	    response: GetInventoryResponseData
//
// A fix sets any of type (a primitive or a type of the schema, "[]" for an
// array), required, minLength, maxLength, minimum, maximum, minItems,
// maxItems, default, values, form (of an array query parameter: comma)
// and description; null clears a bound, the default, the values or the
// form. reason is for people and is not applied.
//
// The pipeline is pages → parser → overrides → schema: Load reads a file,
// Apply corrects a schema.API in place and reports each fix it applied.
// A parse whose only errors are holes (schema.Hole: a field whose row
// lost its name or type, a table of fields that lost every row) hands
// Apply its schema and holes: a fix that sets the type of a field without
// one, adds a field of the type of a nameless one, or adds a field to the
// type or request whose table lost its rows, fills a hole, and the holes
// left open are Apply's errors.
package overrides

import (
	"fmt"
	"strings"

	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// File is an overrides file: its fixes in file order, and the types it
// assigns tables without a heading and the sections it places tables in.
type File struct {
	// Name names the file in diagnostics: "specs/gearn.overrides.yaml".
	Name      string
	Fixes     []*Fix
	Tables    []*TableFix
	Endpoints []*EndpointFix
}

// EndpointFix gives the section headed at a page's line the endpoint
// line the pages lost (a converter that drops code blocks), which no
// convention recovers. The parser takes it, as it takes a TableFix.
type EndpointFix struct {
	// Line is the entry's first line in the file.
	Line int
	// Section is the page and line of the section's heading.
	Section schema.Pos
	// Method and Path are the endpoint line's: POST, /api/rJson/….
	Method, Path string
	Reason       string
}

// EndpointLines are the file's endpoints entries, for the parse; none
// for no file.
func (f *File) EndpointLines() []read.EndpointLine {
	if f == nil {
		return nil
	}
	var out []read.EndpointLine
	for _, e := range f.Endpoints {
		out = append(out, read.EndpointLine{Section: e.Section, Method: e.Method, Path: e.Path, Fix: schema.Pos{Page: f.Name, Line: e.Line}})
	}
	return out
}

// TableFix assigns the table at a page's line, which has no heading, to
// the type it documents, or places a table whose title does not tell its
// section in the section of its operation it documents. The parser takes
// it before it names or places such tables, so it is given to the parse,
// not applied after it.
type TableFix struct {
	// Line is the entry's first line in the file.
	Line int
	// Table is the page and line of the table's header.
	Table schema.Pos
	// Type is the name of the type the table documents; Section the
	// section ("request body"), as the pages' reader names it; Operation
	// the operation ("register", or "memo/register") whose detail code
	// the row at Table of a code table that serves several gives, Table
	// then the row's line; Status the status ("481") whose detail codes
	// the code table at Table, which has no Status column, lists. One is
	// set.
	Type, Section, Operation, Status string
	Reason                           string
}

// Fix is one correction of one field.
type Fix struct {
	// Line is the fix's first line in the file.
	Line int
	// Object names the object type whose field the fix corrects; Operation
	// ("linkAccount" or "masterPlayer/linkAccount") the operation whose
	// request it corrects, for Role only when Role is set. Exactly one of
	// Object and Operation is set.
	Object, Operation, Role string
	// In is where the operation's field is: "body" or "" for the request
	// body, "query" for its query parameters, "path" for its path
	// parameters, "headers" for its headers
	// (a fix adds one).
	In string
	// Field names the field to change; Add the field to add. Exactly one
	// is set.
	Field, Add string
	// Response, when set, is the type of the operation's answer that the
	// fix gives an operation without one (its page lost the table that
	// names it); such a fix names no field and sets nothing else.
	Response string
	// Rename is the field's new name, when the fix renames it.
	Rename     string
	RenameLine int
	// Settings are the properties the fix sets, in file order.
	Settings []Setting
	// Reason says why the fix is needed; it is not applied.
	Reason string
}

// Setting sets one property of a field.
type Setting struct {
	// Key is the property: type, required, minLength, maxLength, minimum,
	// maximum, minItems, maxItems, default, values, form or description.
	Key  string
	Line int
	// Value is a string for type and description, a bool for required, an
	// int for the lengths and counts, a float64 for minimum and maximum, a
	// []string for values, a schema.Form for form, and a bool, int,
	// float64 or string for default. nil clears a bound, the default, the
	// values or the form.
	Value any
}

// TableTypes are the file's tables entries, for the parse; none for no
// file.
func (f *File) TableTypes() []read.TableType {
	if f == nil {
		return nil
	}
	var out []read.TableType
	for _, t := range f.Tables {
		out = append(out, read.TableType{Table: t.Table, Type: t.Type, Section: t.Section, Operation: t.Operation, Status: t.Status, Fix: schema.Pos{Page: f.Name, Line: t.Line}})
	}
	return out
}

// TablesTaken reports each tables and endpoints entry as a parse that
// took it: one that did not take an entry fails with it as a stale
// override.
func (f *File) TablesTaken() schema.Diagnostics {
	var out schema.Diagnostics
	for _, t := range f.Tables {
		if t.Operation != "" {
			out.Add(schema.Pos{Page: f.Name, Line: t.Line}, "gave the code row at %s, of a code table that serves several endpoints, to %s", t.Table, t.Operation)
			continue
		}
		if t.Status != "" {
			out.Add(schema.Pos{Page: f.Name, Line: t.Line}, "gave the code table at %s, which has no Status column, to status %s", t.Table, t.Status)
			continue
		}
		if t.Section != "" {
			out.Add(schema.Pos{Page: f.Name, Line: t.Line}, "placed the table at %s, whose title does not tell its section, in the %s", t.Table, t.Section)
			continue
		}
		out.Add(schema.Pos{Page: f.Name, Line: t.Line}, "assigned the table at %s, which has no heading, to %s", t.Table, t.Type)
	}
	for _, e := range f.Endpoints {
		out.Add(schema.Pos{Page: f.Name, Line: e.Line}, "gave the section at %s, whose endpoint line is lost, the line %s %s", e.Section, e.Method, e.Path)
	}
	return out
}

// target is a list of fields a fix may correct: an object type's, or one
// endpoint's request body or query parameters.
type target struct {
	name   string
	fields *[]*schema.Field
}

func (t target) String() string { return t.name }

// show renders a property's value for reports.
func show(v any) string {
	switch v := v.(type) {
	case nil:
		return "none"
	case []string:
		return strings.Join(v, " | ")
	case string:
		return fmt.Sprintf("%q", v)
	}
	return fmt.Sprint(v)
}
