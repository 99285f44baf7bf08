package reader

import (
	"cmp"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// statusBuilder merges the pages of an API whose HTTP status codes carry
// the outcome into one schema.
type statusBuilder struct {
	pages []*statusPage
	name  string
	// blankOptional are the members read as optional by their page's
	// convention for an empty Mandatory cell.
	blankOptional read.BlankOptional
	// base is the base path the user gives the paths of the pages that
	// show no example request; empty when none is given.
	base string
	// methods are the endpoints: entries of an overrides file, by the
	// line of the heading of the operation whose method the page does
	// not give; methodsTaken those an operation took.
	methods      map[schema.Pos]read.EndpointLine
	methodsTaken map[schema.Pos]bool
	// owners are the tables: entries that give a row of a shared code
	// table to an operation, by the row's line; ownersTaken those a row
	// took.
	owners      map[schema.Pos]read.TableType
	ownersTaken map[schema.Pos]bool
	// given are the tables: entries that give a code table without a
	// Status column its status, by the line of its header; givenTaken
	// those a table took.
	given      map[schema.Pos]read.TableType
	givenTaken map[schema.Pos]bool
	// methodLines are the lines of the methods of the endpoints built,
	// where their pages write the method on a line of its own.
	methodLines map[*schema.Endpoint]schema.Pos
	rep         *pages.Reporter
	types       typeSet
	// enums are the enums the pages document, by name, in the order
	// of their tables.
	enums map[string]*schema.Enum
	// enumNames are the names of the enum tables of every page, known
	// before any member table is read, for a member whose description
	// refers to one of them (read.ReferredEnum).
	enumNames map[string]bool
	// groupsOf holds, for each operation name, the groups of the
	// operations that have it.
	groupsOf map[string]map[string]bool
	// untyped are the members whose type their row lost, whose
	// constraints wait for it: an example may give it.
	untyped []untypedMember
	// enumDefaults are the defaults stated of members of a named type,
	// which wait for the enums the pages document.
	enumDefaults []read.PendingDefault
	// named are the rows of each page's member tables by the names
	// they give (pageRows), once asked for.
	named map[string]map[string][]namedRow
	// marked are the types whose requiredness their tables state: one
	// of them has a Mandatory column.
	marked map[string]bool
}

// untypedMember is a member whose row lost its type, or gives it in a
// cell the parser cannot read, with where its row is, the target an
// override names it by and that cell (empty when the row lost it).
type untypedMember struct {
	page, target string
	line         int
	f            *schema.Field
	cell         string
	desc         string // the text whose constraints are read (constrain)
}

// warnUnfit warns, at line of page, of u, a default stated of member f
// that is no value of its type, with the fix that gives f a default.
func (b *statusBuilder) warnUnfit(page, target string, line int, f *schema.Field, u string) {
	b.rep.Warn(pages.At(page, line), "%s; if the page means a value, %s", u, read.FieldFix(target, f.Name, "default: <value>"))
}

// built is an operation of the schema and the page part it was read from.
type built struct {
	page string
	doc  *statusOp
	op   *schema.Operation
}

// build reads the tables of every page first, so that the examples, read
// last, find every documented type.
func (b *statusBuilder) build() *schema.API {
	api := &schema.API{Name: b.name, Protocol: schema.ProtocolHTTPStatus}
	b.enumNames = map[string]bool{}
	for _, sp := range b.pages {
		for _, tt := range sp.enums {
			b.enumNames[tt.name] = true
		}
	}
	for _, sp := range b.pages {
		for _, tt := range sp.types {
			b.define(sp.name, tt.name, tt.table)
		}
		for _, tt := range sp.enums {
			if e := b.defineEnum(sp.name, tt.name, tt.table); e != nil {
				api.Enums = append(api.Enums, e)
			}
		}
	}
	b.nameGroups()
	var ops []built
	for _, sp := range b.pages {
		var onPage []built
		for _, od := range sp.ops {
			if op := b.operation(sp.name, od); op != nil {
				api.Operations = append(api.Operations, op)
				onPage = append(onPage, built{sp.name, od, op})
			}
		}
		b.pageCodes(sp.name, onPage)
		ops = append(ops, onPage...)
	}
	b.lostTypes(api)
	b.eachMember(api, b.settleWires)
	b.rebase(ops)
	b.unreferenced(api)
	for _, o := range ops {
		b.examples(o)
	}
	b.unbased(ops)
	b.types.settle(b.rep)
	b.constrainUntyped()
	read.SetEnumDefaults(b.rep, b.enumDefaults, b.enums)
	api.Types = b.types.list
	var members []*schema.Field
	b.eachMember(api, func(_ string, fields []*schema.Field) { members = append(members, fields...) })
	b.eachMember(api, func(target string, fields []*schema.Field) {
		read.ReferredValues(b.rep, "member", target, fields, api.Types, members)
	})
	b.eachMember(api, b.wireHoles)
	b.eachMember(api, b.checkReferences)
	b.blankOptional.Report(b.rep)
	schema.Sort(api)
	return api
}

// eachMember calls do with the members of each type read so far and of
// each operation's body and query, and what an override names their
// owner by.
func (b *statusBuilder) eachMember(api *schema.API, do func(target string, fields []*schema.Field)) {
	for _, t := range b.types.list {
		do("object: "+t.Name, t.Fields)
	}
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			do("operation: "+op.Name, ep.Body)
			do("operation: "+op.Name+", in: query", ep.Query)
		}
	}
}

// settleWires settles the type of each of fields whose type cell states
// a primitive beside the type it names (read.SettleWire), once every
// page's types and enums are read, before the examples: what
// contradicts its type waits for wireHoles.
func (b *statusBuilder) settleWires(target string, fields []*schema.Field) {
	for _, f := range fields {
		read.SettleWire(b.rep, f, "member", target, b.documents, b.untitled)
	}
}

// wireHoles makes a hole of the type of each of fields whose type cell
// states a primitive that contradicts the type it names
// (read.WireHole), once the examples are read.
func (b *statusBuilder) wireHoles(_ string, fields []*schema.Field) {
	for _, f := range fields {
		read.WireHole(b.rep, f, "member", b.documents, b.untitled)
	}
}

// enumNamed reports whether an enum table of the pages has the name.
func (b *statusBuilder) enumNamed(name string) bool { return b.enumNames[name] }

// documents tells whether the pages document name as an enum or an
// object type, and where.
func (b *statusBuilder) documents(name string) (enum, object bool, at schema.Pos) {
	if e := b.enums[name]; e != nil {
		return true, false, e.At
	}
	if t := b.types.get(name); t != nil {
		return false, true, t.At
	}
	return false, false, schema.Pos{}
}

// untitled returns the enum tables of a page that its reader left out
// for want of a title naming them.
func (b *statusBuilder) untitled(page string) []*pages.Table {
	for _, sp := range b.pages {
		if sp.name == page {
			return sp.untitled
		}
	}
	return nil
}

// checkReferences makes each member of fields that names a type no page
// documents (its table's heading lost, or a cell read as its type) a
// type hole at its row: the member stands without its type (an array
// still), and the fix that gives it one fills it.
func (b *statusBuilder) checkReferences(_ string, fields []*schema.Field) {
	for _, f := range fields {
		if f.Type != "" && !schema.IsPrimitive(f.Type) && b.types.get(f.Type) == nil && b.enums[f.Type] == nil {
			array := ""
			if f.Array {
				array = ", an array: write its element's type, then []"
			}
			b.rep.Hole(f.At, f, schema.FactType, "member %s refers to type %s, which no page documents (put its table under a line that names it); it stands without a type%s", f.Name, f.Type, array)
			f.Type = ""
		}
	}
}

// nameGroups finds the groups of the operations of each name, from the
// paths of their headings, or of their example requests.
func (b *statusBuilder) nameGroups() {
	b.groupsOf = map[string]map[string]bool{}
	for _, sp := range b.pages {
		for _, od := range sp.ops {
			path := od.path
			if path == "" && od.request != nil {
				path, _, _ = strings.Cut(od.request.path, "?")
			}
			if name, group := operationNames(path); name != "" {
				if b.groupsOf[name] == nil {
					b.groupsOf[name] = map[string]bool{}
				}
				b.groupsOf[name][group] = true
			}
		}
	}
}

// unreferenced warns of the documented types that no documented member,
// response or status names: the line above such a table may be a section
// title the reader does not know, read as a type name. It runs before the
// examples bind their bodies to the types they fit.
func (b *statusBuilder) unreferenced(api *schema.API) {
	named := b.referred(api)
	for _, op := range api.Operations {
		named[op.Response] = true
		for _, s := range op.Statuses {
			named[s.Body] = true
		}
	}
	for _, t := range b.types.list {
		if !named[t.Name] {
			b.rep.Warn(pages.At(t.At.Page, t.At.Line), "type %s, whose table is at line %d, is named by no member, response or status: if %q is a section title, write one this reader knows, such as \"Response Body\"", t.Name, t.At.Line, t.Name)
		}
	}
}

// unbased warns of the operations whose path no example request
// completes and rebase left as written, when their page has an Example
// Request section this reader could not read, or when another operation's
// example request shows a base path before the documented one that theirs
// lacks: their path is taken as written.
func (b *statusBuilder) unbased(ops []built) {
	var shown *built
	base := ""
	for i, o := range ops {
		if o.doc.request != nil && o.doc.path != "" {
			if bp, ok := basePath(o.op.Endpoints[0].Path, o.doc.path); ok && bp != "" {
				shown, base = &ops[i], bp
				break
			}
		}
	}
	for _, o := range ops {
		if o.doc.request == nil && o.doc.requestTitle > 0 && o.op.Endpoints[0].Path == o.doc.path {
			b.rep.Warn(pages.At(o.page, o.doc.line), "took the path %s as written: the Example Request section at line %d has no request line such as \"POST /service/v5/auth/validation HTTP/1.1\" this reader can read, to give its base path", o.op.Endpoints[0].Path, o.doc.requestTitle)
		}
	}
	if shown == nil {
		return
	}
	for _, o := range ops {
		if o.doc.request == nil && o.doc.requestTitle == 0 && o.op.Endpoints[0].Path == o.doc.path && !strings.HasPrefix(o.op.Endpoints[0].Path, base+"/") {
			b.rep.Warn(pages.At(o.page, o.doc.line), "took the path %s as written: no example request on its page gives its base path, though the example request at %s:%d puts %s before %s", o.op.Endpoints[0].Path, shown.page, shown.doc.request.line, base, shown.doc.path)
		}
	}
}

// define reads a table that defines the type name. A type documented on
// several pages, or twice on one, must have the same members at each;
// what a later table states of them and an earlier does not is taken
// (restate).
func (b *statusBuilder) define(page, name string, tb *pages.Table) *schema.Type {
	t := &schema.Type{Name: name, Fields: b.fields(page, name, "object: "+name, tb), At: schema.Pos{Page: page, Line: tb.Line}}
	prev := b.types.get(name)
	if prev == nil {
		b.types.add(t)
		if tb.Has(pages.ColRequired) {
			if b.marked == nil {
				b.marked = map[string]bool{}
			}
			b.marked[name] = true
		}
		return t
	}
	if memberList(prev.Fields) != memberList(t.Fields) {
		b.rep.Fail(pages.At(page, tb.Line), "type %s has members %s here, but %s at %s", name, memberList(t.Fields), memberList(prev.Fields), prev.At)
	} else {
		prev.Also = append(prev.Also, t.At)
		b.restate(prev, t, tb.Has(pages.ColRequired))
	}
	return prev
}

// restate takes into a type what another table of it, t, states of its
// members and the type's defining table does not, with a warning: their
// requiredness where t has a Mandatory column and the defining table
// none (a response's copy of a request's type), their constraints where
// the defining table states none. What both state and differ in is kept
// as the defining table states it, with a warning (read.Restate, the
// rule of every protocol).
func (b *statusBuilder) restate(prev, t *schema.Type, marked bool) {
	prevMarked := b.marked[prev.Name]
	if marked && !prevMarked {
		if b.marked == nil {
			b.marked = map[string]bool{}
		}
		b.marked[prev.Name] = true
		b.rep.Warn(t.At, "took the requiredness of the members of %s from its table at line %d, which has a Mandatory column that its table at %s lacks", prev.Name, t.At.Line, prev.At)
	}
	for i, f := range t.Fields {
		for _, r := range read.Restate(prev.Name+"."+f.Name, prev.Fields[i], f, prevMarked, marked) {
			b.rep.Warn(r.At, "%s", r.Text)
		}
	}
}

// defineEnum reads an enum table, and returns the enum, or nil when
// another table of a page documented it already: the same members
// (then the table is another place of it) or others (an error at it).
// A type and an enum of one name is an error at the enum.
func (b *statusBuilder) defineEnum(page, name string, tb *pages.Table) *schema.Enum {
	at := schema.Pos{Page: page, Line: tb.Line}
	e := &schema.Enum{Name: name, Members: read.Members(b.rep, page, tb), At: at}
	if t := b.types.get(name); t != nil {
		b.rep.Fail(at, "%s is an enum here but an object type at %s: correct the heading or the table of the page that is wrong", name, t.At)
		return nil
	}
	prev := b.enums[name]
	if prev == nil {
		if b.enums == nil {
			b.enums = map[string]*schema.Enum{}
		}
		b.enums[name] = e
		return e
	}
	if enumMembers(prev) != enumMembers(e) {
		b.rep.Fail(at, "enum %s has members %s here, but %s at %s: correct the table of the page that is wrong", name, enumMembers(e), enumMembers(prev), prev.At)
	} else {
		prev.Also = append(prev.Also, at)
	}
	return nil
}

// enumMembers lists an enum's members, each with its code.
func enumMembers(e *schema.Enum) string {
	var s []string
	for _, m := range e.Members {
		s = append(s, fmt.Sprintf("%s %d", m.Name, m.Code))
	}
	return "{" + strings.Join(s, ", ") + "}"
}

func memberList(fields []*schema.Field) string {
	var s []string
	for _, f := range fields {
		s = append(s, f.Name+" "+read.TypeName(f))
	}
	return "{" + strings.Join(s, ", ") + "}"
}

// fields reads the rows of a member table; target is what an override
// names to correct one of them ("object: Reward", "operation: check").
func (b *statusBuilder) fields(page, owner, target string, tb *pages.Table) []*schema.Field {
	fields, blank := b.rows(page, owner, target, tb)
	if len(blank) > 0 {
		b.blankRequirements(page, owner, tb, blank)
	}
	return fields
}

// rows reads the rows of a member table as fields does, and returns
// apart those whose Mandatory cell is empty (RequiredOpen), whose
// requiredness it leaves to the caller.
func (b *statusBuilder) rows(page, owner, target string, tb *pages.Table) (fields, blank []*schema.Field) {
	if read.FieldsLost(b.rep, page, fmt.Sprintf("the table of %s at line %d", owner, tb.Line), target, tb) {
		return nil, nil
	}
	for _, r := range tb.Rows {
		f, err := b.field(page, target, tb, r)
		if err != nil {
			b.rep.Fail(pages.At(page, r.Line), "%s: %v", owner, err)
			continue
		}
		if f.RequiredOpen && !read.RequiredLost(r) {
			blank = append(blank, f)
		}
		fields = append(fields, f)
	}
	return fields, blank
}

// field reads a row of a member table: Name | Type | [Mandatory] |
// Description. A row that lost its Mandatory cell (lostMandatory) reads as
// optional, with a warning at the row that says so and gives the override
// that makes it required; one whose Mandatory cell is empty is left
// RequiredOpen, for fields to weigh (blankRequirements). A name followed by an asterisk ("playerId*", a
// wiki's red asterisk) is the name, and, in a table without a Mandatory
// column, the member is required, with a warning.
func (b *statusBuilder) field(page, target string, tb *pages.Table, r *pages.Row) (*schema.Field, error) {
	cells := read.ByColumn(tb, r)
	lostType(tb, r, &cells)
	lost := lostMandatory(tb, r, &cells)
	if lost {
		name := cells[pages.ColName]
		b.rep.Warn(pages.At(page, r.Line), "member %s is read as optional, but its row lost a cell before its description, which may have been its Mandatory cell: the parser takes it for an empty one; if the page marks %s mandatory, add the fix {%s, field: %s, required: true} to the overrides", name, name, target, name)
	}
	name, badge, deprecated, starred, lostChar, err := memberName(cells)
	if err != nil {
		return nil, err
	}
	f := &schema.Field{Name: name, Description: cells[pages.ColDescription], At: schema.Pos{Page: page, Line: r.Line}}
	if lostChar {
		b.rep.Warn(f.At, "%s", read.LostCharWarning(cells[pages.ColName], "member "+name, name))
	}
	if badge != "" {
		b.rep.Warn(f.At, "read the name cell \"%s %s\" as member %s and a status badge a wiki prints beside the name, not a part of it: %s dropped; if it is part of the name, write the name as one word on the page", name, badge, name, badge)
	}
	if deprecated {
		f.Description = strings.TrimSpace(read.DeprecatedNote + " " + f.Description)
	}
	// An asterisk after a name marks a mandatory member on a page whose
	// table has no Mandatory column; beside one, the cell decides.
	marked := false
	if starred {
		if tb.Has(pages.ColRequired) {
			b.rep.Warn(pages.At(page, r.Line), "dropped the asterisk after member %s: its Mandatory cell says whether it is required", f.Name)
		} else {
			marked = true
			b.rep.Warn(pages.At(page, r.Line), "read the asterisk after member %s as the mark of a mandatory member, as a table without a Mandatory column marks them: %s is required; if the asterisk says something else, add the fix {%s, field: %s, required: false} to the overrides", f.Name, f.Name, target, f.Name)
		}
	}
	nameless := f.Name == "" || strings.ContainsAny(f.Name, " \t")
	ct, typed := readTypeCell(cells[pages.ColType])
	switch {
	case nameless && !typed:
		return nil, fmt.Errorf("row %q has no member name in its first cell, and %q is not a type", pages.Clip(r.Raw), cells[pages.ColType])
	case nameless:
		f.Name = ""
		b.rep.Hole(f.At, f, schema.FactName, "row %q has no member name in its first cell", pages.Clip(r.Raw))
	case !typed && strings.TrimSpace(cells[pages.ColType]) == "":
		rows, types := b.pageRows(page, f.Name, r.Line)
		k, how := read.PageType(f.Name, read.ReadConstraints(f.Description).Length != nil, rows)
		if k < 0 {
			ct = cellType{}
			b.rep.Hole(f.At, f, schema.FactType, "member %s has lost its type cell (row %q), and no other table of its page documents a member %s with a type", f.Name, pages.Clip(r.Raw), f.Name)
			break
		}
		ct = types[k]
		b.rep.Warn(f.At, "recovered the dropped type of member %s: %s (%s)", f.Name, rows[k].Type, how)
	case !typed:
		ct = cellType{}
		b.rep.Hole(f.At, f, schema.FactType, "row %q: type %q is neither a primitive type nor a type name", pages.Clip(r.Raw), cells[pages.ColType])
	}
	f.Type, f.Array, f.Values, f.Wire = ct.name, ct.array, ct.values, ct.wire
	stated := f.Type
	switch {
	case read.ReferredEnum(f, b.enumNamed):
		// The member's description names the enum its integer is a code
		// of ("Integer (Enum)" over "(see Terrain)"): its type. A type
		// cell that says no enum ("Integer") leaves it to the reference.
		if !ct.enum {
			b.rep.Warn(pages.At(page, r.Line), "%s", read.ReferredEnumNote("member", f, stated, target))
		}
	case ct.enum:
		if f.Values = read.EnumValues(f.Description); f.Values == nil {
			b.rep.Warn(pages.At(page, r.Line), "member %s is an enum, but its description %q lists no values (in parentheses, or after \"one of:\" or a colon); taking any %s", f.Name, pages.Clip(f.Description), f.Type)
		}
	case f.Values == nil && f.Type == schema.String:
		var unread []string
		if f.Values, unread = read.StringValues(f.Description); unread != nil {
			read.WarnUnreadValues(b.rep, pages.At(page, r.Line), "member", f.Name, unread, target, "String (Enum)")
		}
		if f.Values == nil && unread == nil {
			read.RefuseGluedValues(b.rep, pages.At(page, r.Line), "member", f.Name, f.Description, target)
		}
	}
	f.Required = marked
	f.RequiredOpen = !marked && !lost && !read.RequiredLost(r) && tb.Has(pages.ColRequired) && strings.TrimSpace(cells[pages.ColRequired]) == ""
	if req, ok := requirementOf(cells[pages.ColRequired]); ok {
		f.Required = req == schema.Required
		if cell := cells[pages.ColRequired]; req == schema.Conditional && !pages.IsCondition(cell) {
			b.rep.Warn(pages.At(page, r.Line), "member %s is read as optional, but its Mandatory cell says %q, which is no requiredness the parser reads (Y, N, true, false, ✓, ✗, -, or a condition such as \"Optional if …\"); if the page marks %s mandatory, add the fix {%s, field: %s, required: true} to the overrides", f.Name, cell, f.Name, target, f.Name)
		}
	}
	if read.RequiredLost(r) && f.Name != "" {
		rows, _ := b.pageRows(page, f.Name, r.Line)
		if req, how := read.PageRequired(f.Name, rows); how != "" {
			f.Required = req
			b.rep.Warn(f.At, "recovered whether member %s is required, whose Mandatory cell its row lost: %t (%s)", f.Name, req, how)
		} else {
			read.RequiredHole(b.rep, f, r.Raw)
		}
	}
	desc := f.Description
	if s := read.CellSentences(r, cells[pages.ColDescription]); s != cells[pages.ColDescription] {
		desc = strings.Replace(desc, cells[pages.ColDescription], s, 1)
	}
	if err := b.constrain(page, target, r.Line, f, strings.TrimSpace(cells[pages.ColType]), desc); err != nil {
		return nil, err
	}
	return f, nil
}

// memberName is the name of a member a row of a member table gives (its
// Name cell, else its Code cell): without the mark of a deprecated
// member (read.NameCell), a status badge after it (read.BadgedName) or an
// asterisk after it, which it tells; err is why a word of capitals after
// the name is no badge, or why a "?" in it makes it none
// (read.LostCharName), which refuses the row; lostChar, that a "?" was
// dropped from it, for the caller to warn.
func memberName(cells read.ColumnCells) (name, badge string, deprecated, starred, lostChar bool, err error) {
	name = cells[pages.ColName]
	if name == "" {
		name = cells[pages.ColCode]
	}
	name, deprecated = read.NameCell(name)
	if !deprecated {
		name, badge, err = read.BadgedName(name)
	}
	if n, ok := strings.CutSuffix(name, "*"); ok && strings.TrimSpace(n) != "" {
		name, starred = strings.TrimSpace(n), true
	}
	if err == nil {
		name, lostChar, err = read.LostCharName(name)
	}
	return name, badge, deprecated, starred, lostChar, err
}

// pageRows are the rows that name member name in the member tables of
// page (the request's parameters, query and body, the answers and the
// types it documents) but the row at line, with their type cells read
// (read.PageRow's Type is its type as read.ParseType reads it: "string",
// "Product[]"), for read.PageType and read.PageRequired. The index of a
// page's rows by name is built on first use.
func (b *statusBuilder) pageRows(page, name string, line int) ([]read.PageRow, []cellType) {
	if b.named == nil {
		b.named = map[string]map[string][]namedRow{}
	}
	byName, ok := b.named[page]
	if !ok {
		byName = map[string][]namedRow{}
		b.named[page] = byName
		for _, sp := range b.pages {
			if sp.name != page {
				continue
			}
			var tables []*pages.Table
			for _, tt := range sp.types {
				tables = append(tables, tt.table)
			}
			for _, od := range sp.ops {
				tables = append(tables, od.params, od.query, od.body, od.response)
			}
			for _, tb := range tables {
				if tb == nil {
					continue
				}
				for _, r := range tb.Rows {
					cells := read.ByColumn(tb, r)
					n, _, _, _, _, _ := memberName(cells)
					row := namedRow{read.PageRow{Required: cells[pages.ColRequired], At: schema.Pos{Page: page, Line: r.Line}}, cellType{}}
					if ct, ok := readTypeCell(cells[pages.ColType]); ok {
						row.Type, row.ct = read.TypeName(&schema.Field{Type: ct.name, Array: ct.array}), ct
					}
					if read.RequiredLost(r) {
						row.Required = ""
					}
					byName[n] = append(byName[n], row)
				}
			}
		}
	}
	var rows []read.PageRow
	var types []cellType
	for _, o := range byName[name] {
		if o.At.Line != line {
			rows, types = append(rows, o.PageRow), append(types, o.ct)
		}
	}
	return rows, types
}

// namedRow is a row of a page's member tables, with its type cell read.
type namedRow struct {
	read.PageRow
	ct cellType
}

// blankRequirements settles the requiredness of the members of a table
// whose Mandatory cells are empty (blank, each RequiredOpen): where the
// table's other rows show that they mark the required members and leave
// the optional ones empty, or, where they state nothing, the page's
// other tables do (read.BlankRequirement), they are optional, with one
// warning a page (read.BlankOptional); else nothing tells, and the
// requiredness of each is a hole that an override fills.
func (b *statusBuilder) blankRequirements(page, owner string, tb *pages.Table, blank []*schema.Field) {
	var table []string
	for _, r := range tb.Rows {
		if !read.RequiredLost(r) {
			table = append(table, read.ByColumn(tb, r)[pages.ColRequired])
		}
	}
	if _, ok := read.BlankRequirement(table, func() [][]string { return b.pageMarks(page, tb) }); !ok {
		for _, f := range blank {
			b.rep.Hole(f.At, f, schema.FactRequired, "member %s of %s: its Mandatory cell is empty, and neither the table's other rows nor the page's other tables tell what an empty one means (%s)", f.Name, owner, read.StatedMarks(table))
		}
		return
	}
	for _, f := range blank {
		f.RequiredOpen = false
		b.blankOptional.Add(page, f.At.Line, f.Name)
	}
}

// pageMarks are the Mandatory cells of the rows of the tables of page
// but tb, a list a table: of its request headers, parameters, bodies
// and responses and of the types it defines.
func (b *statusBuilder) pageMarks(page string, tb *pages.Table) [][]string {
	var marks [][]string
	add := func(t *pages.Table) {
		if t == nil || t == tb || !t.Has(pages.ColRequired) {
			return
		}
		var m []string
		for _, r := range t.Rows {
			if !read.RequiredLost(r) {
				m = append(m, read.ByColumn(t, r)[pages.ColRequired])
			}
		}
		marks = append(marks, m)
	}
	for _, sp := range b.pages {
		if sp.name != page {
			continue
		}
		for _, od := range sp.ops {
			for _, t := range []*pages.Table{od.headers, od.params, od.query, od.body, od.response} {
				add(t)
			}
		}
		for _, tt := range sp.types {
			add(tt.table)
		}
	}
	return marks
}

// constrain reads the constraints a member's description states, in the
// grammar both protocols share (read.ReadConstraints, Constraints.Apply), target being what an
// override names to correct the member: the Kakao forms "1 ~ 100",
// "2 ~ 12 characters" and "(default: 10)" among them. A bound the member's
// type cannot have or the schema cannot hold, text that looks like a
// constraint in no form the grammar reads and a default that is no value
// of the member's type are warnings, not applied. cell is the member's
// type cell as written, kept with a member without a type; desc, the
// text whose constraints are read: the description, each paragraph of
// its cell a sentence (read.CellSentences).
func (b *statusBuilder) constrain(page, target string, line int, f *schema.Field, cell, desc string) error {
	if f.Type == "" {
		// The row lost its type, or gives none the parser reads: the
		// constraints wait for it.
		b.untyped = append(b.untyped, untypedMember{page, target, line, f, cell, desc})
		return nil
	}
	un, err := read.ReadConstraints(desc).Apply(f)
	if err != nil {
		return err
	}
	for _, m := range slices.Concat(un.Misplaced, un.Aside, un.Open) {
		b.rep.Warn(pages.At(page, line), "%s; not applied", m)
	}
	for _, u := range un.Unread {
		b.rep.Warn(pages.At(page, line), "%s", u.Message("member", f.Name, target, ""))
	}
	for _, u := range un.Unfit {
		b.warnUnfit(page, target, line, f, u)
	}
	if un.Named != nil {
		b.enumDefaults = append(b.enumDefaults, read.PendingDefault{At: pages.At(page, line), Target: target, F: f, Stated: *un.Named})
	}
	for _, u := range un.Unrepresented {
		b.rep.Warn(pages.At(page, line), "%s", u)
	}
	return nil
}

// constrainUntyped reads the constraints of the members whose row lost
// its type, once the examples are read: of a member an example typed, as
// of any member, with a warning that the type is the example's; of one
// still without a type, what its description states is a warning, not
// applied (an override that gives the type gives no bound).
func (b *statusBuilder) constrainUntyped() {
	for _, u := range b.untyped {
		if u.f.Type != "" {
			if u.cell == "" {
				b.rep.Warn(pages.At(u.page, u.line), "recovered the dropped type of member %s: %s, as the examples show it; if the page means another, add the fix {%s, field: %s, type: <type>} to the overrides", u.f.Name, read.TypeName(u.f), u.target, u.f.Name)
			} else {
				b.rep.Warn(pages.At(u.page, u.line), "took the type of member %s from the examples: %s; its type cell %q is no type the parser reads; if the page means another, add the fix {%s, field: %s, type: <type>} to the overrides", u.f.Name, read.TypeName(u.f), pages.Clip(u.cell), u.target, u.f.Name)
			}
			if err := b.constrain(u.page, u.target, u.line, u.f, u.cell, u.desc); err != nil {
				b.rep.Fail(pages.At(u.page, u.line), "%v: correct the bound on the page", err)
			}
			continue
		}
		if c := read.ReadConstraints(u.desc); !c.Empty() {
			b.rep.Warn(pages.At(u.page, u.line), "member %s has lost its type, so the constraints its description states (%q) are not applied: an override that gives its type gives no bound; set them with the fix {%s, field: %s, …}", u.f.Name, pages.Clip(u.f.Description), u.target, u.f.Name)
		}
	}
}

// cellType is a type cell read: "String", "String (Enum)", "List<Foo>",
// "Foo[]", "Map".
type cellType struct {
	name   string
	array  bool
	enum   bool
	values []string
	// wire is the primitive the cell states beside the type it names
	// ("Integer (HazardClass)"; read.TypeText's Wire).
	wire string
}

var enumSuffixRe = regexp.MustCompile(`(?i)\s*\(\s*enum\s*\)$`)

func readTypeCell(s string) (cellType, bool) {
	var ct cellType
	s = strings.TrimSpace(s)
	if enumSuffixRe.MatchString(s) {
		ct.enum, s = true, enumSuffixRe.ReplaceAllString(s, "")
	}
	t, ok := read.ParseType(s)
	if !ok || s == "" {
		return ct, false
	}
	ct.name, ct.values, ct.array, ct.wire = t.Name, t.Values, t.Array, t.Wire
	return ct, true
}

// lostType moves the cells of a row of a table with a Type, a Mandatory
// and a Description column that lost its Type cell to their columns: the
// row has fewer cells than columns, its Description cell is empty, its
// Type cell states a requiredness (Y, N, true: no type) and its Mandatory
// cell none. The Type cell is left empty, for the type to be recovered
// from the page's other tables or made a hole.
func lostType(tb *pages.Table, r *pages.Row, cells *read.ColumnCells) {
	if len(r.Cells) >= len(tb.Cols) || !tb.Has(pages.ColType) || !tb.Has(pages.ColRequired) || !tb.Has(pages.ColDescription) || cells[pages.ColDescription] != "" || cells[pages.ColRequired] == "" {
		return
	}
	if _, ok := pages.Requiredness(cells[pages.ColType]); !ok {
		return
	}
	if _, ok := read.Requirement(cells[pages.ColRequired]); ok {
		return
	}
	cells[pages.ColType], cells[pages.ColRequired], cells[pages.ColDescription] = "", cells[pages.ColType], cells[pages.ColRequired]
}

// lostMandatory reports whether a row of a table with a Mandatory and a
// Description column lost a cell before its description, its Mandatory
// cell: the row has fewer cells than columns, its Description cell is
// empty, and its Mandatory cell holds no requiredness (Y, N, true,
// false). Nothing tells whether the lost cell was empty or said Y. The
// text of the Mandatory cell is moved to the Description, the Mandatory
// cell left empty.
func lostMandatory(tb *pages.Table, r *pages.Row, cells *read.ColumnCells) bool {
	if len(r.Cells) >= len(tb.Cols) || !tb.Has(pages.ColRequired) || !tb.Has(pages.ColDescription) || cells[pages.ColDescription] != "" || cells[pages.ColRequired] == "" {
		return false
	}
	if _, ok := read.Requirement(cells[pages.ColRequired]); ok {
		return false
	}
	cells[pages.ColDescription], cells[pages.ColRequired] = cells[pages.ColRequired], ""
	return true
}

// requirementOf reads a Mandatory or Required cell as Requirement does,
// and any other text as a condition; ok is false for an empty cell.
func requirementOf(cell string) (schema.Requirement, bool) {
	if req, ok := read.Requirement(cell); ok || strings.TrimSpace(cell) == "" {
		return req, ok
	}
	return schema.Conditional, true
}

var (
	quotedValueRe  = regexp.MustCompile(`^"([^"]+)"$`)
	placeholderRe  = regexp.MustCompile(`\{[A-Za-z_][A-Za-z0-9_]*\}`)
	schemeFormatRe = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z0-9-]* )?\{[A-Za-z_][A-Za-z0-9_]*\}$`)
	// gluedSchemeRe matches an authorization scheme run into the
	// placeholder of its credentials: "KakaoAK{ADMIN_KEY}".
	gluedSchemeRe = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9-]*)(\{[A-Za-z_][A-Za-z0-9_]*\})$`)
	mediaTypeRe   = regexp.MustCompile(`^[a-z]+/[a-z0-9.+-]+(?:;\s*[a-z-]+=[^\s;]+)*$`)
)

// headerByColumn reads a row of a request header table by column, as
// its pages keep every cell: Name | [Type] | Mandatory | Description. (The
// GearN reader's headerByContent reads a row whose cells may be dropped;
// both check the name with pages.IsHeaderName and the requiredness with
// read.Requirement.) The description may give the value
// ("\"application/json\"", application/json), its form ("Authorization:
// KakaoAK {ADMIN_KEY}", "Bearer {token}") or, for an enum type, the
// allowed values ("Access Platform (web, launcher, mobile, pc)").
func (b *statusBuilder) headerByColumn(page string, tb *pages.Table, r *pages.Row) (*schema.Header, error) {
	if read.RequiredLost(r) {
		return nil, read.HeaderRequiredLost(r.Raw)
	}
	cells := read.ByColumn(tb, r)
	lost := lostMandatory(tb, r, &cells)
	h := &schema.Header{Name: cells[pages.ColName], Description: cells[pages.ColDescription], At: schema.Pos{Page: page, Line: r.Line}}
	if !strings.ContainsFunc(h.Name, unicode.IsSpace) {
		name, lostChar, err := read.LostCharHeader(h.Name)
		if err != nil {
			return nil, fmt.Errorf("header row %q: %w", pages.Clip(r.Raw), err)
		}
		if lostChar {
			b.rep.Warn(h.At, "%s", read.LostCharWarning(h.Name, "header "+name, name))
			h.Name = name
		}
	}
	if !pages.IsHeaderName(h.Name) {
		return nil, read.NoHeaderName(r.Raw)
	}
	if t := cells[pages.ColType]; t != "" {
		ct, ok := readTypeCell(t)
		switch {
		case ok && !ct.array && schema.IsPrimitive(ct.name):
			h.Type = ct.name
		default:
			return nil, fmt.Errorf("header row %q: type %q is not a primitive type", pages.Clip(r.Raw), t)
		}
		switch {
		case ct.enum:
			if h.Values = read.EnumValues(h.Description); h.Values == nil {
				b.rep.Warn(pages.At(page, r.Line), "header %s is an enum, but its description %q lists no values (in parentheses, or after \"one of:\" or a colon); taking any %s", h.Name, pages.Clip(h.Description), h.Type)
			}
		case h.Type == schema.String:
			var unread []string
			if h.Values, unread = read.StringValues(h.Description); unread != nil {
				read.WarnUnreadValues(b.rep, pages.At(page, r.Line), "header", h.Name, unread, "", "String (Enum)")
			}
			if h.Values == nil && unread == nil {
				read.RefuseGluedValues(b.rep, pages.At(page, r.Line), "header", h.Name, h.Description, "")
			}
		}
	}
	req, ok := requirementOf(cells[pages.ColRequired])
	switch {
	case lost:
		b.rep.Warn(pages.At(page, r.Line), "header %s is read as optional, but its row lost a cell before its description, which may have been its Mandatory cell: the parser takes it for an empty one; if the page marks %s mandatory, correct the page", h.Name, h.Name)
		req = schema.Optional
	case !ok && tb.Has(pages.ColRequired):
		b.rep.Warn(pages.At(page, r.Line), "recovered the requiredness of header %s: its Mandatory cell is empty; taking it as optional", h.Name)
		req = schema.Optional
	case !ok:
		req = schema.Optional
	case req == schema.Conditional:
		h.Condition = cells[pages.ColRequired]
		if !pages.IsCondition(h.Condition) {
			b.rep.Warn(pages.At(page, r.Line), "header %s: its Mandatory cell says %q, which is no requiredness the parser reads (Y, N, true, false, ✓, ✗, -, or a condition such as \"Optional if …\"); taking it for the condition under which the header is required", h.Name, h.Condition)
		}
	}
	h.Required = req
	// A description of several paragraphs whose style kept the breaks
	// gives the value in its first ("Authorization: KakaoAK
	// {ADMIN_KEY}" over "The admin key of the app").
	first, _ := r.FirstParagraph(h.Description)
	value, cut := trimEdgePipes(first)
	given := true
	if m := quotedValueRe.FindStringSubmatch(value); m != nil {
		value = m[1]
	} else if name, rest, found := strings.Cut(value, ":"); found && strings.EqualFold(strings.TrimSpace(name), h.Name) {
		var after bool
		value, after = trimEdgePipes(rest) // "Authorization: \| KakaoAK {ADMIN_KEY}"
		cut = cut || after
	} else if !schemeFormatRe.MatchString(value) && !mediaTypeRe.MatchString(value) {
		given = false
	}
	if cut {
		b.rep.Warn(pages.At(page, r.Line), "read the value of header %s from its description %q without the pipe at its edge, which an escaped \\| in the cell leaves", h.Name, pages.Clip(h.Description))
	}
	if !given {
		return h, nil
	}
	switch {
	case placeholderRe.MatchString(value):
		h.Format = value
		if i := strings.LastIndexByte(value, '}'); i >= 0 && proseAfter(value[i+1:]) {
			h.Format = value[:i+1]
			b.rep.Warn(pages.At(page, r.Line), "read the format of header %s as %q: the text after it in its description, %q, is a sentence, not a part of the value (a paragraph of the cell run on where the page's form lost the break)", h.Name, h.Format, pages.Clip(strings.TrimSpace(value[i+1:])))
		}
		if m := gluedSchemeRe.FindStringSubmatch(value); m != nil && isAuthorization(h.Name) {
			h.Format = m[1] + " " + m[2]
			b.rep.Warn(pages.At(page, r.Line), "read the format of header %s, %q, as %q: an authorization scheme is followed by a space before its credentials (RFC 9110), which a converter dropped (unrtf --text drops a non-breaking space)", h.Name, value, h.Format)
		}
	case h.Values == nil && value != "":
		h.Values = []string{value}
	}
	return h, nil
}

// isAuthorization reports whether a header carries credentials after an
// authorization scheme (RFC 9110: auth-scheme, a space, then the
// credentials).
func isAuthorization(name string) bool {
	return strings.EqualFold(name, "Authorization") || strings.EqualFold(name, "Proxy-Authorization")
}

// trimEdgePipes takes off the pipes, escaped or not, at the start and
// the end of a cell's text, or of the value after the header's name in
// it: an escaped \| a scrape leaves beside a value, which no header
// value has.
func trimEdgePipes(t string) (string, bool) {
	v := strings.TrimSpace(t)
	for {
		switch {
		case strings.HasPrefix(v, `\|`):
			v = v[2:]
		case strings.HasPrefix(v, "|"):
			v = v[1:]
		case strings.HasSuffix(v, `\|`):
			v = v[:len(v)-2]
		case strings.HasSuffix(v, "|"):
			v = v[:len(v)-1]
		default:
			return v, v != strings.TrimSpace(t)
		}
		v = strings.TrimSpace(v)
	}
}

// statusCellRe matches a status code cell: "200", "4xx (custom status)",
// "400-499".
var (
	statusCellRe  = regexp.MustCompile(`^([1-5][0-9xX]{2})(?:\s*[-–~]\s*([1-5][0-9]{2}))?\s*(?:\((.*)\))?$`)
	statusRangeRe = regexp.MustCompile(`^[1-5](?:xx|[0-9]x)$`)
)

// statusCode reads a status code cell: a code, or a range of codes, with
// an optional remark in parentheses.
func statusCode(cell string) (code int, rng, note string, err error) {
	m := statusCellRe.FindStringSubmatch(strings.TrimSpace(cell))
	if m == nil {
		return 0, "", "", fmt.Errorf("%q is not a status code (200), nor a range of them (4xx, 400-499)", cell)
	}
	first, note := strings.ToLower(m[1]), strings.TrimSpace(m[3])
	switch {
	case m[2] != "":
		lo, err1 := strconv.Atoi(first)
		hi, _ := strconv.Atoi(m[2])
		if err1 != nil || lo > hi {
			return 0, "", "", fmt.Errorf("%q is not a range of status codes from low to high", cell)
		}
		return 0, first + "-" + m[2], note, nil
	case strings.Contains(first, "x"):
		if !statusRangeRe.MatchString(first) {
			return 0, "", "", fmt.Errorf("%q is not a range of status codes such as 4xx or 40x", cell)
		}
		return 0, first, note, nil
	}
	code, _ = strconv.Atoi(first)
	return code, "", note, nil
}

// status reads a row of a status code table: code | meaning | detailed
// description.
func (b *statusBuilder) status(page string, tb *pages.Table, r *pages.Row) (*schema.Status, error) {
	s := &schema.Status{At: schema.Pos{Page: page, Line: r.Line}}
	var desc []string
	for i, c := range r.Cells {
		switch {
		case i == 0:
			var err error
			if s.Code, s.Range, s.Note, err = statusCode(c); err != nil {
				return nil, fmt.Errorf("status row %q: %v", pages.Clip(r.Raw), err)
			}
		case i == 1 && (len(tb.Header) < 2 || !strings.Contains(strings.ToLower(tb.Header[1]), "detail")):
			s.Meaning = c
		case c != "":
			desc = append(desc, c)
		}
	}
	s.Description = strings.Join(desc, " ")
	return s, nil
}

// examplePath refuses the path an operation without a path of its own
// takes from its example request, at the example's line, where the path
// holds a segment that reads as the value an example fills a path
// parameter with (read.ValueSegments), or names no parameter while the
// page documents some (statusOp.documentedParams): the schema would have
// the example's value in its path.
func (b *statusBuilder) examplePath(page string, od *statusOp, path, method string) {
	var why []string
	if values := read.ValueSegments(path); len(values) > 0 {
		why = append(why, fmt.Sprintf("holds %s, which reads as the value of a path parameter, not a segment of the path", strings.Join(values, ", ")))
	}
	if !slices.ContainsFunc(strings.Split(path, "/"), isPathParam) {
		if documented := od.documentedParams(); len(documented) > 0 {
			why = append(why, fmt.Sprintf("names no path parameter, though the page documents %s", strings.Join(documented, ", ")))
		}
	}
	if len(why) == 0 {
		return
	}
	b.rep.FailKnowing(schema.KnowsFix, pages.At(page, od.request.line), "the page gives the operation no path of its own, and the example request's path %s %s: an example fills in its parameters, and which parameter it fills only the page can say. To settle it, write the path with its parameters (\"/kilns/{kilnId}/charge\") on a line of its own above the operation's sections, or add to the overrides file (under endpoints:), with <path> replaced by the operation's whole path:\n  - section: %s\n    line: %s <path>", path, strings.Join(why, ", and "), pages.At(page, od.line), strings.ToUpper(method))
}

// twoQueries refuses a second table of query parameters of a method:
// the request parameters at params, which its method or its example
// request puts in the query, where the table query documents it. Which
// of the two the query is, the page tells no more than an overrides
// entry could: an entry that placed params elsewhere would be stale,
// as the page tells where they go.
func (b *statusBuilder) twoQueries(page, method string, params, query *pages.Table) {
	b.rep.Fail(pages.At(page, params.Line), "the %s has two tables of query parameters: at lines %d and %d. Correct the page: delete the table that does not document the query, write the two as one table under \"Query Parameters\" if a page break cut it in two, or title the one that documents another part by that part (\"Request Headers\", \"Request Body\")", method, params.Line, query.Line)
}

// operation reads an operation's endpoint, status codes and response
// table. The path is the heading's, or the example request's when that
// ends with it: the heading often leaves out the base path.
func (b *statusBuilder) operation(page string, od *statusOp) *schema.Operation {
	path, method := od.path, od.method
	// given is the endpoints entry that gives the operation its path
	// where its example request's disagrees with its heading's.
	var given *read.EndpointLine
	if ex := od.request; ex != nil {
		exPath, _, _ := strings.Cut(ex.path, "?")
		if path == "" {
			path = exPath
			if e, ok := b.methods[pages.At(page, od.line)]; ok {
				b.methodsTaken[e.Section] = true
				path, given = e.Path, &e
			} else {
				b.examplePath(page, od, exPath, cmp.Or(method, ex.method))
			}
		} else if base, ok := basePath(exPath, path); ok {
			if values := read.ValueSegments(base); len(values) > 0 {
				b.rep.FailKnowing(schema.KnowsFix, pages.At(page, ex.line), "the example request's path %s puts %s before the path %s of the heading at line %d, and %s reads as the value of a path parameter, not a segment of the base path: an example fills in its parameters, and which parameter it fills only the page can say. To settle it, write the whole path with its parameters (\"/tenants/{tenantId}/kilns/charge\") on the heading's line, or add to the overrides file (under endpoints:), with <path> replaced by the operation's whole path:\n  - section: %s\n    line: %s <path>", exPath, base, path, od.line, strings.Join(values, ", "), pages.At(page, od.line), strings.ToUpper(cmp.Or(method, ex.method)))
			}
			path = base + path
		} else if e, ok := b.methods[pages.At(page, od.line)]; ok {
			b.methodsTaken[e.Section] = true
			path, given = e.Path, &e
		} else {
			b.rep.FailKnowing(schema.KnowsFix, pages.At(page, ex.line), "the example request's path %s does not end with the path %s of the heading at line %d. To settle it, correct the path that is wrong on the page, or add to the overrides file (under endpoints:), with <path> replaced by the operation's whole path (the example's, or the heading's under its base path):\n  - section: %s\n    line: %s <path>", exPath, path, od.line, pages.At(page, od.line), strings.ToUpper(cmp.Or(method, ex.method)))
		}
		switch {
		case method == "":
			method = ex.method
		case !strings.EqualFold(method, ex.method):
			b.rep.Fail(pages.At(page, ex.line), "the example request is a %s, but line %d says the method is %s", ex.method, od.methodLine, method)
		}
		if given != nil && !strings.EqualFold(given.Method, method) {
			b.rep.Fail(given.Fix, "the endpoints entry gives the operation at %s the method %s, but its page gives it %s: write the line %s %s", given.Section, given.Method, strings.ToUpper(method), strings.ToUpper(method), given.Path)
			return nil
		}
	}
	if path == "" {
		b.rep.Fail(pages.At(page, od.line), "no endpoint: no path line such as \"/auth/validation\" and no example request such as \"POST /auth/validation HTTP/1.1\"")
		return nil
	}
	if e, ok := b.methods[pages.At(page, od.line)]; ok && method == "" {
		b.methodsTaken[e.Section] = true
		if e.Path != path {
			b.rep.Fail(e.Fix, "the endpoints entry gives the operation at %s the path %s, but its page gives it %s: write the line %s %s", e.Section, e.Path, path, e.Method, path)
			return nil
		}
		method = e.Method
	}
	if method == "" {
		b.rep.FailKnowing(schema.KnowsFix, pages.At(page, od.line), "operation %s has no method: no Method section and no example request. To settle it, write the method under a \"Method\" title below the operation's heading, or add to the overrides file (under endpoints:), with <method> replaced (GET, POST, PUT, DELETE or PATCH):\n  - section: %s\n    line: <method> %s", path, pages.At(page, od.line), path)
		return nil
	}
	path = b.colonParams(page, od.line, path)
	name, group := operationNames(path)
	if name == "" {
		b.rep.Fail(pages.At(page, od.line), "path %s has no segment to name its operation after", path)
		return nil
	}
	op := &schema.Operation{Name: name, Group: group, Summary: strings.Join(od.summary, " "), Notes: od.notes, At: schema.Pos{Page: page, Line: od.line}}
	ep := &schema.Endpoint{Method: strings.ToUpper(method), Path: path, At: op.At}
	if od.methodLine > 0 {
		if b.methodLines == nil {
			b.methodLines = map[*schema.Endpoint]schema.Pos{}
		}
		b.methodLines[ep] = schema.Pos{Page: page, Line: od.methodLine}
	}
	if od.headers != nil && !read.FieldsLost(b.rep, page, fmt.Sprintf("the table of %s request headers at line %d", name, od.headers.Line), "operation: "+name+", in: headers", od.headers) {
		ep.Headers = read.Rows(b.rep, page, od.headers, b.headerByColumn)
	}
	body, query := od.body, od.query
	if od.params != nil {
		switch m := ep.Method; {
		case m == "GET" || m == "HEAD":
			if query != nil {
				b.twoQueries(page, m, od.params, query)
			}
			query = od.params
		case body != nil:
			b.rep.Fail(pages.At(page, od.params.Line), "the request parameters at line %d are neither the query of a %s nor its body, which the table at line %d documents; title the table \"Query Parameters\" or \"Request Body\"", od.params.Line, m, body.Line)
		default:
			inQuery, ok := b.paramsInQuery(page, od, m)
			switch {
			case !ok:
			case inQuery && query != nil:
				b.twoQueries(page, m, od.params, query)
			case inQuery:
				query = od.params
			default:
				body = od.params
			}
		}
	}
	if od.paramsIn != secNone && !od.paramsSettled {
		b.rep.Fail(pages.At(page, od.params.Line), "stale override: the overrides file places the request parameters at line %d in the %s, but the page tells where they go (their method, a body table, or the example request): delete the tables: entry", od.params.Line, sectionNames([]pageSection{od.paramsIn})[0])
	}
	b.lostSections(page, name, od, ep.Method, body, query)
	if body != nil {
		if od.noBody {
			b.rep.Fail(pages.At(page, body.Line), "the request body table contradicts line %d, which says the request has no body. An overrides entry neither deletes a sentence nor a table the page titles, so correct the page: delete the sentence if the request has this body, or the table if it has none (or title it by what it documents, \"Query Parameters\")", od.noBodyLine)
		}
		ep.Body = b.fields(page, name+" request body", "operation: "+name, body)
	}
	if query != nil {
		ep.Query = b.fields(page, name+" query", "operation: "+name+", in: query", query)
		read.StatedForms(ep.Query)
	}
	b.headingQuery(page, od, ep)
	b.pathParams(page, name, od, ep)
	if od.statuses != nil {
		op.Statuses = read.Rows(b.rep, page, od.statuses, b.status)
	}
	if od.response != nil {
		op.Response = b.define(page, b.typeBase(name, group)+"Response", od.response).Name
	} else if s := slices.IndexFunc(od.empty, func(s emptySection) bool { return s.sec == secResponse }); s >= 0 && b.types.get(b.typeBase(name, group)+"Response") == nil {
		op.Response = b.typeBase(name, group) + "Response"
		title := od.empty[s].title
		b.lostType(page, op.Response, fmt.Sprintf("the section %q of %s, whose answer's type %s stands without its members", pages.Clip(title.Text), name, op.Response), title)
	}
	if od.request != nil {
		ep.Example = od.request.schemaExample(page)
	}
	op.Endpoints = []*schema.Endpoint{ep}
	return op
}

// lostTypes settles the headings of types whose section holds nothing
// (statusPage.lost) that a member of the pages refers to: where a table
// of another page or operation documents the type or the enum, it is
// read from there, with a warning at the heading that names where; else
// the type stands without its members, a hole at the heading
// (read.SectionLost) that add: fixes fill, and no example adds one to it.
func (b *statusBuilder) lostTypes(api *schema.API) {
	referred := b.referred(api)
	for _, sp := range b.pages {
		for _, h := range sp.lost {
			switch t, e := b.types.get(h.Text), b.enums[h.Text]; {
			case t != nil && !b.types.lost[h.Text]:
				read.SectionFound(b.rep, sp.name, "the type "+h.Text, h, t.At)
			case e != nil:
				read.SectionFound(b.rep, sp.name, "the enum "+h.Text, h, e.At)
			case t == nil && referred[h.Text]:
				b.lostType(sp.name, h.Text, fmt.Sprintf("the section %q of the type %s (if it is an enum's, write its table back: no override adds an enum's codes)", pages.Clip(h.Text), h.Text), h)
			}
		}
	}
}

// referred is the set of the types a member of the pages refers to:
// a field of a type, or of an endpoint's body or query.
func (b *statusBuilder) referred(api *schema.API) map[string]bool {
	referred := map[string]bool{}
	refer := func(fields []*schema.Field) {
		for _, f := range fields {
			referred[f.Type] = true
		}
	}
	for _, t := range b.types.list {
		refer(t.Fields)
	}
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			refer(ep.Body)
			refer(ep.Query)
			refer(ep.PathParams)
		}
	}
	return referred
}

// lostType adds the type name, whose section at title (which what
// names) holds nothing, as one without members, and makes its members a
// hole at title.
func (b *statusBuilder) lostType(page, name, what string, title pages.Block) {
	b.types.add(&schema.Type{Name: name, At: schema.Pos{Page: page, Line: title.Line}})
	if b.types.lost == nil {
		b.types.lost = map[string]bool{}
	}
	b.types.lost[name] = true
	read.SectionLost(b.rep, page, what, "object: "+name, title)
}

// lostSections makes a hole of the fields of each section of od's
// request that holds nothing (read.SectionLost) and whose part no table
// documents: its headers, or its query or body (body and query, as the
// request parameters of method went into them). A request body the page
// says it has none of has no table to lose.
func (b *statusBuilder) lostSections(page, name string, od *statusOp, method string, body, query *pages.Table) {
	for _, s := range od.empty {
		what := fmt.Sprintf("the section %q of %s", pages.Clip(s.title.Text), name)
		sec := s.sec
		if sec == secParams && (method == "GET" || method == "HEAD") {
			sec = secQuery
		} else if sec == secParams {
			sec = secBody
		}
		switch {
		case sec == secHeaders && od.headers == nil:
			read.SectionLost(b.rep, page, what, "operation: "+name+", in: headers", s.title)
		case sec == secQuery && query == nil:
			read.SectionLost(b.rep, page, what, "operation: "+name+", in: query", s.title)
		case sec == secBody && body == nil && !od.noBody:
			read.SectionLost(b.rep, page, what, "operation: "+name, s.title)
		}
	}
}

// paramsInQuery tells where the "Request Parameters" of a method other
// than GET and HEAD go, by the example request: the query when it passes
// their names in its query string and none in its JSON body, the body in
// the converse case. Where the example does not tell, a DELETE, which
// has no documented body, takes them as its query and any other method
// as its body, with a warning for the DELETE; where the example passes
// them in both, the section an overrides entry gives them (paramsIn)
// decides, else they are a section hole, whose tables: entry settles it,
// and go nowhere (ok false).
func (b *statusBuilder) paramsInQuery(page string, od *statusOp, method string) (inQuery, ok bool) {
	inQ, inBody := 0, 0
	if ex := od.request; ex != nil {
		var queryNames url.Values
		if _, raw, found := strings.Cut(html.UnescapeString(ex.path), "?"); found {
			queryNames, _ = url.ParseQuery(raw)
		}
		var bodyNames []string
		if ex.json != nil {
			for _, m := range ex.json.members {
				bodyNames = append(bodyNames, m.key)
			}
		}
		for _, row := range od.params.Rows {
			name := rowName(od.params, row)
			if name == "" {
				continue
			}
			if queryNames.Has(name) {
				inQ++
			}
			if slices.Contains(bodyNames, name) {
				inBody++
			}
		}
	}
	at := pages.At(page, od.params.Line)
	switch {
	case inQ > 0 && inBody > 0 && od.paramsIn != secNone:
		od.paramsSettled = true
		return od.paramsIn == secQuery, true
	case inQ > 0 && inBody > 0:
		b.rep.SectionHole(at, sectionNames([]pageSection{secQuery, secBody}), "cannot tell whether the request parameters at line %d are the query of the %s or its body: the example request at line %d passes some in its query string and some in its body; its operation stands without them", od.params.Line, method, od.request.line)
		return false, false
	case inQ > 0:
		if method != "DELETE" {
			b.rep.Warn(at, "took the request parameters at line %d as the query of the %s, as the example request at line %d passes them in its query string; title the table \"Query Parameters\" to say so", od.params.Line, method, od.request.line)
		}
		return true, true
	case inBody > 0:
		return false, true
	case method == "DELETE":
		b.rep.Warn(at, "took the request parameters at line %d as the query of the DELETE, which has no documented body, as no example request tells; title the table \"Request Body\" if they go in the body", od.params.Line)
		return true, true
	}
	return false, true
}

// rowName is the name a row of a table of fields gives, from its Name
// column, else its first cell.
func rowName(tb *pages.Table, row *pages.Row) string {
	col := slices.Index(tb.Cols, pages.ColName)
	if col < 0 {
		col = 0
	}
	if col >= len(row.Cells) {
		return ""
	}
	return strings.TrimSpace(row.Cells[col])
}

// rebase puts the base path in front of the paths of the operations whose
// page shows no example request, with a warning saying where it comes
// from: the basePath the user gives, else the example requests of the
// operations of the same group ("/sanction/..."), else of every page. A
// path that starts with one of these bases has its own.
// Bases that disagree, with no basePath to decide, are an error naming
// both.
func (b *statusBuilder) rebase(ops []built) {
	type shown struct {
		base, group string
		at          schema.Pos
	}
	var known []shown
	for _, o := range ops {
		if ex := o.doc.request; ex != nil && o.doc.path != "" {
			exPath, _, _ := strings.Cut(ex.path, "?")
			if base, ok := basePath(exPath, o.doc.path); ok {
				known = append(known, shown{base, firstSegment(o.doc.path), schema.Pos{Page: o.page, Line: ex.line}})
			}
		}
	}
ops:
	for _, o := range ops {
		if o.doc.request != nil || o.doc.path == "" || hasBase(o.doc.path, b.base) {
			continue
		}
		for _, k := range known {
			if hasBase(o.doc.path, k.base) {
				continue ops
			}
		}
		at := pages.At(o.page, o.doc.line)
		if b.base != "" {
			b.setBase(o, b.base)
			b.rep.Warn(at, "took the base path %s of %s from basePath in docs2go.yaml: the page shows no example request this reader can read", b.base, o.doc.path)
			continue
		}
		var same []shown
		for _, k := range known {
			if k.group == firstSegment(o.doc.path) {
				same = append(same, k)
			}
		}
		if len(same) == 0 {
			same = known
		}
		if len(same) == 0 {
			continue
		}
		for _, k := range same[1:] {
			if k.base != same[0].base {
				b.rep.Fail(at, "path %s has no base path: its page shows no example request, and the example requests disagree: %s at %s, %s at %s; set basePath in docs2go.yaml, or add the example request to the page", o.doc.path, baseOrNone(same[0].base), same[0].at, baseOrNone(k.base), k.at)
				continue ops
			}
		}
		if same[0].base == "" {
			continue
		}
		b.setBase(o, same[0].base)
		b.rep.Warn(at, "took the base path %s of %s from the example request at %s: the page shows none this reader can read", same[0].base, o.doc.path, same[0].at)
	}
}

// setBase puts base in front of the paths of an operation's endpoints.
func (b *statusBuilder) setBase(o built, base string) {
	for _, ep := range o.op.Endpoints {
		if ep.Path == o.doc.path {
			ep.Path = strings.TrimSuffix(base, "/") + ep.Path
		}
	}
}

// hasBase reports whether a path starts with a base path already.
func hasBase(path, base string) bool {
	return base != "" && strings.HasPrefix(path, strings.TrimSuffix(base, "/")+"/")
}

func baseOrNone(base string) string {
	if base == "" {
		return "no base"
	}
	return base
}

// firstSegment is the first segment of a path: "sanction" of
// "/sanction/status".
func firstSegment(path string) string {
	seg, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	return seg
}

// codeRow is a row of a code table, read: its status cell, the status
// (or range) it names, and the detail code it documents.
type codeRow struct {
	raw    string
	status string
	code   int
	rng    string
	detail *schema.Detail
}

// codes reads a code table ("Http response code | detail_code | msg |
// Description") into the details of an operation's statuses.
func (b *statusBuilder) codes(page string, op *schema.Operation, tb *pages.Table) {
	for _, cr := range b.codeRows(page, tb) {
		b.addDetail(page, op, cr)
	}
}

// codeRows reads the rows of a code table. A status cell merged over
// several rows (rowspan) leaves the rows after the first without it, as a
// copy of the table gives them: a row whose status cell is empty, or
// whose first cell is a detail code, one cell short or padded with an
// empty last cell (mergedStatus), continues the status of the row above,
// with a warning. A
// row whose status or detail code does not read is refused.
func (b *statusBuilder) codeRows(page string, tb *pages.Table) []codeRow {
	return b.rowsOf(page, tb, codeColumnsOf(tb), "")
}

// rowsOf reads the rows of a code table with its columns, as codeRows
// does; status is the status of each row of a table without a Status
// column (cols.status < 0).
func (b *statusBuilder) rowsOf(page string, tb *pages.Table, cols codeColumns, status string) []codeRow {
	cell := func(r *pages.Row, i int) string {
		if i < 0 || i >= len(r.Cells) {
			return ""
		}
		return strings.TrimSpace(r.Cells[i])
	}
	var rows []codeRow
	above, aboveLine := "", 0
	for _, r := range tb.Rows {
		if merged, padded := mergedStatus(tb, r, cols); merged != nil && above != "" {
			shifted := ""
			if padded {
				shifted = ", its cells shifted left and an empty one at its end, as a converter that ignores the span pads the row"
			}
			b.rep.Warn(pages.At(page, r.Line), "code row %q at line %d has no status cell%s: read as status %s of the row above, at line %d, whose cell spans both rows", pages.Clip(r.Raw), r.Line, shifted, above, aboveLine)
			r.Cells = append([]string{above}, merged...)
		}
		above, aboveLine = cell(r, cols.status), r.Line
		if cols.status < 0 {
			above = status
		}
		code, rng, _, err := statusCode(above)
		if err != nil {
			b.rep.Fail(pages.At(page, r.Line), "code row %q: %v", pages.Clip(r.Raw), err)
			continue
		}
		detail, err := strconv.Atoi(cell(r, cols.detail))
		if err != nil {
			if codes := strings.Fields(cell(r, cols.detail)); len(codes) > 1 && allIntegers(codes) {
				b.rep.Fail(pages.At(page, r.Line), "code row %q: its detail code cell holds %d codes, %s: the row's lines hold as many rows, the later without a status cell, as a copy sets a status cell that spans rows in their middle or at their foot, and whose status each is cannot be told; write each detail code on a row of its own with its status", pages.Clip(r.Raw), len(codes), strings.Join(codes, ", "))
				continue
			}
			b.rep.Fail(pages.At(page, r.Line), "code row %q: detail code %q is not an integer", pages.Clip(r.Raw), cell(r, cols.detail))
			continue
		}
		rows = append(rows, codeRow{raw: r.Raw, status: above, code: code, rng: rng, detail: &schema.Detail{
			Code: detail, Message: cell(r, cols.message), Description: cell(r, cols.description),
			At: schema.Pos{Page: page, Line: r.Line},
		}})
	}
	return rows
}

// addDetail files a code row's detail code under its status of an
// operation: the documented one with its code (or range), else a status
// of its own.
func (b *statusBuilder) addDetail(page string, op *schema.Operation, cr codeRow) {
	s := listedStatus(op.Statuses, cr)
	if s == nil {
		s = &schema.Status{Code: cr.code, Range: cr.rng, At: cr.detail.At}
		op.Statuses = append(op.Statuses, s)
	}
	if i := slices.IndexFunc(s.Details, func(d *schema.Detail) bool { return d.Code == cr.detail.Code }); i >= 0 {
		b.rep.Fail(pages.At(page, cr.detail.At.Line), "code row %q: detail code %d of status %s is listed at line %d already", pages.Clip(cr.raw), cr.detail.Code, cr.status, s.Details[i].At.Line)
		return
	}
	d := *cr.detail
	s.Details = append(s.Details, &d)
}

// listedStatus is the status of statuses with a code row's code (or
// range); nil when none has it.
func listedStatus(statuses []*schema.Status, cr codeRow) *schema.Status {
	for _, st := range statuses {
		if st.Code == cr.code && st.Range == cr.rng {
			return st
		}
	}
	return nil
}

// mergedStatus is the cells of a code row that lost its status cell to a
// cell of the row above spanning it, without the status cell; nil when
// the row has its own. The status must be the first column and the detail
// code the second: a row with the header's width and an empty first cell
// lost it, as did one whose first cell is a detail code, one cell short
// or padded with an empty last cell (pages.StatusSpanLost); padded tells
// the latter.
func mergedStatus(tb *pages.Table, r *pages.Row, cols codeColumns) (cells []string, padded bool) {
	if cols.status != 0 || cols.detail != 1 || len(r.Cells) == 0 {
		return nil, false
	}
	if len(r.Cells) == len(tb.Header) && strings.TrimSpace(r.Cells[0]) == "" && strings.TrimSpace(r.Cells[1]) != "" {
		return r.Cells[1:], false
	}
	shifted, padded, _ := pages.StatusSpanLost(r.Cells, len(tb.Header))
	return shifted, padded
}

// basePath returns what the path of an example request has before the
// documented path, whose parameters ("{playerId}", ":id") match any one
// segment: "/service/v5" for "/service/v5/auth/validation" and
// "/auth/validation".
func basePath(example, documented string) (string, bool) {
	ex := strings.Split(strings.TrimSuffix(example, "/"), "/")
	doc := strings.Split(strings.TrimPrefix(strings.TrimSuffix(documented, "/"), "/"), "/")
	if len(doc) > len(ex)-1 {
		return "", false
	}
	tail := ex[len(ex)-len(doc):]
	for i, d := range doc {
		if d != tail[i] && !isPathParam(d) {
			return "", false
		}
	}
	return strings.Join(ex[:len(ex)-len(doc)], "/"), true
}

func isPathParam(seg string) bool {
	return strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") || strings.HasPrefix(seg, ":")
}

// operationNames names an operation after the last segment of its path
// that is no parameter, and its group after the segment before:
// "/service/v5/auth/validation" is validation in group auth.
func operationNames(path string) (name, group string) {
	var segs []string
	for _, s := range strings.Split(path, "/") {
		if s != "" && !isPathParam(s) {
			segs = append(segs, s)
		}
	}
	if len(segs) == 0 {
		return "", ""
	}
	name = read.LowerFirst(typeNameOf(segs[len(segs)-1]))
	if len(segs) > 1 {
		group = read.LowerFirst(typeNameOf(segs[len(segs)-2]))
	}
	return name, group
}

// examples files an operation's example answers under its statuses and
// types their bodies: a body binds to its status's documented type, or
// else one is inferred from it, named after the operation for a success
// and after the status's meaning otherwise. A request example's body binds
// to the request body.
func (b *statusBuilder) examples(o built) {
	in := &inference{types: &b.types, enums: b.enums, page: o.page, rep: b.rep}
	op := o.op
	statusOf := make([]*schema.Status, len(o.doc.answers))
	for i, m := range o.doc.answers {
		s := coveringStatus(op.Statuses, m.code)
		if s == nil {
			s = &schema.Status{Code: m.code, Meaning: m.reason, At: schema.Pos{Page: o.page, Line: m.line}}
			op.Statuses = append(op.Statuses, s)
			b.rep.Warn(pages.At(o.page, m.line), "recovered status %d from the example at line %d: the page's status codes do not list it", m.code, m.line)
		}
		s.Examples = append(s.Examples, m.schemaExample(o.page))
		statusOf[i] = s
	}
	if op.Response != "" {
		for _, s := range op.Statuses {
			if success(s) && s.Body == "" {
				s.Body = op.Response
				break
			}
		}
	}
	for i, m := range o.doc.answers {
		s := statusOf[i]
		if m.json == nil {
			continue
		}
		if t := b.types.get(s.Body); t != nil && m.json.kind == jsonObject {
			if why := in.disagreements(t, m.json); len(why) > 0 {
				b.dropExample(o.page, "example answer", m.line, why)
				s.Examples = slices.DeleteFunc(s.Examples, func(e *schema.Example) bool { return e.At.Line == m.line })
				continue
			}
		}
		if s.Body != "" {
			in.body(m.json, s.Body, "", "")
			continue
		}
		base, prefix := b.bodyNames(op, s)
		s.Body = in.body(m.json, "", base, prefix)
		if success(s) && op.Response == "" {
			op.Response = s.Body
		}
	}
	b.requestExample(o, in)
}

// requestExample binds the example request's body to the request body,
// and infers the request body from it when the page has no table that may
// document one, none ignored and none that nothing placed: an example is
// evidence, not the authority a table is, and tells nothing of which
// members are required.
func (b *statusBuilder) requestExample(o built, in *inference) {
	ex, ep := o.doc.request, o.op.Endpoints[0]
	if ex == nil {
		return
	}
	query := b.exampleQuery(o.page, ex, ep)
	why := in.disagreeQuery(ep.Query, query)
	if ex.json != nil && ex.json.kind == jsonObject && ep.Body != nil {
		why = append(why, in.disagreements(&schema.Type{Name: "body", Fields: ep.Body}, ex.json)...)
	}
	if ex.json != nil && ex.json.kind == jsonObject {
		for _, m := range ex.json.members {
			if q := schema.FieldNamed(ep.Query, m.key); q != nil {
				why = append(why, fmt.Sprintf("its body passes %s, which the table at line %d documents as a query parameter", m.key, q.At.Line))
			}
		}
	}
	if len(why) > 0 {
		b.dropExample(o.page, "example request", ex.line, why)
		ep.Example = nil
		return
	}
	read.ExampleForms(b.rep, "operation: "+o.op.Name+", in: query", ep.Query, query, o.page, ex.line)
	if ex.json == nil {
		return
	}
	if o.doc.noBody {
		b.rep.Warn(pages.At(o.page, ex.line), "the example request at line %d has a body, but line %d says the request has none", ex.line, o.doc.noBodyLine)
	}
	if ex.json.kind != jsonObject {
		b.rep.Warn(pages.At(o.page, ex.line), "the body of the example request at line %d is %s, not an object; no request body is inferred from it", ex.line, ex.json.kind)
		return
	}
	if len(ex.json.members) == 0 {
		return // an empty object tells no member, documented or not
	}
	if ep.Body == nil && o.doc.ignoredRequest > 0 {
		b.rep.Fail(pages.At(o.page, o.doc.ignoredRequest), "the request body of %s is not inferred from the example request at line %d: the table at line %d, which this reader cannot read, may document it; give it the columns Name | Type | Mandatory | Description under a \"Request Body\" title", o.op.Name, ex.line, o.doc.ignoredRequest)
		return
	}
	if ep.Body == nil && o.doc.unplacedRequest > 0 {
		b.rep.Warn(pages.At(o.page, ex.line), "the request body of %s is not inferred from the example request at line %d: the table at line %d, which nothing placed, may document it, and only a table tells which members are required; place that table as the error at its line says", o.op.Name, ex.line, o.doc.unplacedRequest)
		return
	}
	body := &schema.Type{Name: b.typeBase(o.op.Name, o.op.Group) + "Request", Fields: ep.Body, Inferred: ep.Body == nil}
	in.bind(body, ex.json)
	switch {
	case ep.Body == nil && o.doc.bodyText > 0:
		b.statedRequirements(o, ex.line, body.Fields)
	case ep.Body == nil:
		b.rep.Warn(pages.At(o.page, ex.line), "recovered the request body of %s from the example request at line %d: no table documents it", o.op.Name, ex.line)
	}
	ep.Body = body.Fields
}

// statedRequirements makes the requiredness of each member of a request
// body inferred from the example request at line a hole, at the Request
// Body section whose text states the body's fields in rows no table took:
// the page stated whether each is required, and the reading lost it, so
// that the example's members are known but "optional" would be a guess.
func (b *statusBuilder) statedRequirements(o built, line int, fields []*schema.Field) {
	for _, f := range fields {
		f.RequiredOpen = true
		b.rep.Hole(pages.At(o.page, o.doc.bodyText), f, schema.FactRequired, "member %s of the request body of %s is known only from the example request at line %d: the Request Body section at line %d states the body's fields in text that no table reads, and whether each is required is lost", f.Name, o.op.Name, line, o.doc.bodyText)
	}
}

// dropExample warns that an example is dropped because it contradicts
// the tables of its page, naming each contradiction.
func (b *statusBuilder) dropExample(page, what string, line int, why []string) {
	b.rep.Warn(pages.At(page, line), "dropped the %s at line %d: it contradicts the tables of its page, which decide (%s)", what, line, strings.Join(why, "; "))
}

// exampleQuery reads the query parameters of an example request, and
// warns of those that no table documents: the schema does not take them
// from the example, which is evidence, not the authority a table is.
func (b *statusBuilder) exampleQuery(page string, ex *exampleMsg, ep *schema.Endpoint) url.Values {
	_, raw, ok := strings.Cut(html.UnescapeString(ex.path), "?")
	if !ok {
		return nil
	}
	values, err := url.ParseQuery(raw)
	if err != nil {
		b.rep.Warn(pages.At(page, ex.line), "the query of the example request at line %d is not one: %v", ex.line, err)
		return nil
	}
	if undocumented := undocumentedQuery(values, ep); len(undocumented) > 0 {
		b.rep.Warn(pages.At(page, ex.line), "the example request at line %d passes query parameters no table documents, which are not in the schema: %s; document them under \"Request Parameters\"", ex.line, strings.Join(undocumented, ", "))
	}
	return values
}

// headingQuery warns of the query parameters the operation's heading
// names after its path ("/ranking/top?leaderboardId={leaderboardId}")
// that no table documents: they are evidence of the query, which the
// table decides, and are not in the schema.
func (b *statusBuilder) headingQuery(page string, od *statusOp, ep *schema.Endpoint) {
	values, err := url.ParseQuery(html.UnescapeString(od.pathQuery))
	if err != nil {
		b.rep.Warn(pages.At(page, od.line), "the query of the path at line %d is not one: %v", od.line, err)
		return
	}
	if undocumented := undocumentedQuery(values, ep); len(undocumented) > 0 {
		b.rep.Warn(pages.At(page, od.line), "the path at line %d names query parameters no table documents, which are not in the schema: %s; document them under \"Request Parameters\"", od.line, strings.Join(undocumented, ", "))
	}
}

// colonParams writes each segment of path that names a parameter as a
// router does (":playerId", as Express and Rails write it) as the schema
// does ("{playerId}"), with a warning at line, the operation's heading.
func (b *statusBuilder) colonParams(page string, line int, path string) string {
	segs := strings.Split(path, "/")
	var named []string
	for i, seg := range segs {
		if name, ok := strings.CutPrefix(seg, ":"); ok && colonNameRe.MatchString(name) {
			segs[i] = "{" + name + "}"
			named = append(named, seg)
		}
	}
	if named == nil {
		return path
	}
	written := strings.Join(segs, "/")
	b.rep.Warn(pages.At(page, line), "read the path %s as %s: its segments %s name path parameters as a router writes them", path, written, strings.Join(named, ", "))
	return written
}

// colonNameRe matches the name of a path parameter a router writes
// after a colon.
var colonNameRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// pathParams reads the parameters ep's path names ("{kilnId}") from od's
// Path Parameters table. Each is required, as its segment of the path is
// always there, whether the table has a Mandatory column or not and its
// cell is empty or not; a row the page marks optional is refused at its
// line, and so is a row whose parameter the path does not name. A
// parameter the path names and no row documents stands in the schema
// without its type, a hole at the path's line that an overrides fix
// with in: path fills.
func (b *statusBuilder) pathParams(page, name string, od *statusOp, ep *schema.Endpoint) {
	line := od.pathLine
	if line == 0 {
		line = od.line
	}
	names := schema.PathNames(ep.Path)
	if tb := od.pathParams; tb != nil {
		ep.PathParams, _ = b.rows(page, name+" path parameters", "operation: "+name+", in: path", tb)
		optional := map[int]bool{}
		for _, r := range tb.Rows {
			req, ok := requirementOf(read.ByColumn(tb, r)[pages.ColRequired])
			optional[r.Line] = tb.Has(pages.ColRequired) && ok && req != schema.Required
		}
		for _, f := range ep.PathParams {
			switch {
			case f.Name == "":
			case !slices.Contains(names, f.Name):
				b.rep.Fail(f.At, "the path parameter %s at line %d is not in the path %s of its operation (line %d): write {%s} in the path where its value goes, or delete the row", f.Name, f.At.Line, ep.Path, line, f.Name)
			case optional[f.At.Line]:
				b.rep.Fail(f.At, "the path parameter %s at line %d is marked optional, but its segment of the path %s is always there: correct its Mandatory cell on the page", f.Name, f.At.Line, ep.Path)
			}
			f.Required, f.RequiredOpen = true, false
		}
	}
	for _, n := range names {
		if schema.FieldNamed(ep.PathParams, n) != nil {
			continue
		}
		if f := b.paramInPath(ep, n); f != nil {
			ep.PathParams = append(ep.PathParams, f)
			continue
		}
		f := &schema.Field{Name: n, Required: true, At: pages.At(page, line)}
		ep.PathParams = append(ep.PathParams, f)
		b.rep.Hole(f.At, f, schema.FactType, "the path %s at line %d names the parameter {%s}, and no Path Parameters table of the page documents it: its type is not on the page", ep.Path, line, n)
	}
}

// paramInPath takes out of ep's query or body the member named name, a
// parameter ep's path names that no Path Parameters table documents, and
// returns it, required, with a warning at its row: the page documents it
// among the request's other parameters, and its path says where it goes.
// A member its row marks optional stays where it is (nil): a segment of
// the path is always there.
func (b *statusBuilder) paramInPath(ep *schema.Endpoint, name string) *schema.Field {
	for _, list := range []*[]*schema.Field{&ep.Query, &ep.Body} {
		k := slices.IndexFunc(*list, func(f *schema.Field) bool { return f.Name == name })
		if k < 0 {
			continue
		}
		f := (*list)[k]
		if !f.Required && !f.RequiredOpen {
			return nil
		}
		*list = slices.Delete(*list, k, k+1)
		f.Required, f.RequiredOpen = true, false
		b.rep.Warn(f.At, "read member %s at line %d as the path parameter {%s}: the path %s names it, and no Path Parameters table documents it", name, f.At.Line, name, ep.Path)
		return f
	}
	return nil
}

// undocumentedQuery returns, sorted, the names of values (a query an
// example or a heading gives) that no query parameter of ep documents.
func undocumentedQuery(values url.Values, ep *schema.Endpoint) []string {
	var out []string
	for name := range values {
		if !slices.ContainsFunc(ep.Query, func(f *schema.Field) bool { return f.Name == name }) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// coveringStatus is the status that documents code: the one with that
// code, else the narrowest range that covers it.
func coveringStatus(statuses []*schema.Status, code int) *schema.Status {
	var best *schema.Status
	width := 0
	for _, s := range statuses {
		lo, hi, ok := s.Bounds()
		if !ok || code < lo || code > hi {
			continue
		}
		if best == nil || hi-lo < width {
			best, width = s, hi-lo
		}
	}
	return best
}

func success(s *schema.Status) bool {
	lo, hi, ok := s.Bounds()
	return ok && lo >= 200 && hi <= 299
}

// bodyNames are the names a body inferred for status s takes: the
// operation's response for a success, else after the status's meaning,
// prefixed with the operation's name when another type has it.
func (b *statusBuilder) bodyNames(op *schema.Operation, s *schema.Status) (base, prefix string) {
	opType := b.typeBase(op.Name, op.Group)
	if success(s) {
		return opType + "Response", ""
	}
	meaning := s.Meaning
	switch {
	case meaning != "":
	case s.Range != "":
		meaning = "Status " + s.Range
	default:
		meaning = "Status " + strconv.Itoa(s.Code)
	}
	return typeNameOf(meaning) + "Response", opType
}

// typeBase is what the types of an operation are named after: its name,
// and its group before it when operations of other groups have the same
// name ("/friend/list" and "/block/list": FriendList, BlockList).
func (b *statusBuilder) typeBase(name, group string) string {
	if len(b.groupsOf[name]) > 1 {
		return typeNameOf(group) + typeNameOf(name)
	}
	return typeNameOf(name)
}

// allIntegers reports whether each of ss is an integer.
func allIntegers(ss []string) bool {
	for _, s := range ss {
		if _, err := strconv.Atoi(s); err != nil {
			return false
		}
	}
	return true
}

// proseAfter reports whether the text after a format's last placeholder
// is a sentence of prose that a cell's next paragraph, run on with a
// space, put there ("KakaoAK {ADMIN_KEY} The admin key of the app"): a
// space, then a capital letter that begins words of their own.
func proseAfter(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	if len(t) == len(rest) || !strings.Contains(t, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}
