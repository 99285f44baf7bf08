package reader

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// GearN's protocol, as its pages document it: every answer is wrapped in
// an envelope whose status member holds a ReturnCode and whose payload
// member holds the operation's response; the payload's errorCode member
// holds the business outcome.
const (
	gearnStatus    = "returnCode"
	gearnPayload   = "parameters"
	gearnErrorCode = "errorCode"
	gearnInvalid   = "invalidRequestParameters"
	gearnDebug     = "debugMessage"
)

// gearnPathRe matches GearN's path form
// /api/:postType/:requestType/:role/:operationCode; gearnPath checks each
// part.
var gearnPathRe = regexp.MustCompile(`^/api/([^/]+)/([^/]+)/([^/]+)/([^/]+)$`)

// gearnPostTypes maps the lower-case spelling of GearN's post types, the
// wire formats a path names, to their spelling.
var gearnPostTypes = map[string]string{"rjson": "rJson", "rmsgpack": "rMsgPack"}

var codeRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// builder merges the pages' documents into one schema.
type builder struct {
	docs []*pageDoc
	name string
	rep  *pages.Reporter
	// blankOptional are the fields read as optional by their page's
	// convention for an empty Required cell.
	blankOptional read.BlankOptional
	// assigned are the types an overrides file assigns tables without a
	// heading, by the table's page and line; usedAssigned those taken.
	assigned     map[schema.Pos]string
	usedAssigned map[schema.Pos]bool
	// unsettled are the types a table without a heading, refused, could
	// document.
	unsettled map[string]bool
	// canon maps every spelling of a type name to its canonical name.
	canon   map[string]string
	aliases map[string][]string
	// rows holds every field row of every table, by canonical owner, for
	// recovering dropped cells.
	rows      map[string][]*fieldDoc
	rowOwners []string // the keys of rows, in page order
	// coded holds the rows of rows that have a code, by code, for
	// recoverType (typedRows); built on first use.
	coded map[string]*codeRows
	// meanings indexes the rows of rows that have a code by description
	// and type, for recoverCode; built on first use.
	meanings map[meaning]*meaningRows
	// lookup guards coded and meanings, built and asked by the tables
	// read concurrently (readTables).
	lookup sync.Mutex
	// headed indexes the tables under a heading by the last segment of
	// their name, for crossPageEvidence.
	headed map[string][]*headedGroup
	// headedKinds holds the kind of each last segment of headed whose
	// tables all have one kind; built on first use.
	headedKinds map[string]pages.Kind
	types       map[string]*schema.Type
	enums       map[string]*schema.Enum
	// enumNames are the canonical names of the enum tables of every
	// page, known before any table is read, for a field whose
	// description refers to one of them (read.ReferredEnum).
	enumNames map[string]bool
	order     []string // canonical names in order of definition
	// enumDefaults are the defaults stated of fields of a named type,
	// which wait for the enums of every page.
	enumDefaults []read.PendingDefault
}

// assignedAt is the type the overrides file assigns the table at at, if
// it assigns one, which is then taken.
func (b *builder) assignedAt(at schema.Pos) (string, bool) {
	name, ok := b.assigned[at]
	if ok {
		if b.usedAssigned == nil {
			b.usedAssigned = map[schema.Pos]bool{}
		}
		b.usedAssigned[at] = true
	}
	return name, ok
}

func (b *builder) build() *schema.API {
	api := &schema.API{Name: b.name, Protocol: schema.ProtocolGearN}
	// The pages' tables under a heading are grouped first, as the
	// headingless ones of every page are named by them; then each page is
	// rewritten once: its headingless tables named, its payload scoped to
	// its operation. Neither step reads another page's document.
	for _, pd := range b.docs {
		b.recaseHeadings(pd)
	}
	b.headed = headedTables(b.docs)
	for _, pd := range b.docs {
		b.capitalHeadings(pd)
		b.nameTables(pd)
		pd.scopePayload(b.rep)
	}
	b.canonicalize()
	b.indexRows()
	b.nameEnums()
	// What a table reads depends on the rows of every page, indexed
	// above, and on nothing the merge of the types below changes: the
	// tables are read page by page concurrently, and merged in page
	// order, where each hands on what it reported.
	read.EachPage(len(b.docs), func(i int) { b.readTables(b.docs[i]) })
	for _, pd := range b.docs {
		for _, d := range pd.defs {
			b.define(pd, d)
		}
	}
	for _, pd := range b.docs {
		for _, h := range pd.lost {
			b.lostType(pd, h)
		}
	}
	// unanswered are the operations whose page has no response table,
	// and the page, op nil where the page's operation is not read.
	type unanswered struct {
		pd *pageDoc
		op *schema.Operation
	}
	var lost []unanswered
	for _, pd := range b.docs {
		if !pd.gearn() {
			ep := pd.endpoints[0]
			b.rep.Fail(pages.At(pd.name, ep.line), "not a GearN page: %s %s is not a GearN path (/api/:postType/:requestType/:role/:operationCode), and the page has no Client, Server or Admin section, no permission rule and no response table", ep.method, ep.path)
			continue
		}
		if role := pd.lostRole(); role != "" {
			b.rep.Fail(pages.At(pd.name, pd.noRuleUnder.Line), "line %d (%q), the heading of the section that says the operation takes no permission rule, names the role %s, but is read as no role's heading: the page's endpoint would stand without its role. Write the heading as the role's name alone (%q)", pd.noRuleUnder.Line, pages.Clip(pd.noRuleUnder.Text), role, role)
			continue
		}
		answered := pd.plain != "" || b.envelope(api, pd)
		op := b.operation(pd)
		if op != nil {
			api.Operations = append(api.Operations, op)
		}
		if !answered {
			lost = append(lost, unanswered{pd, op})
		}
	}
	// A page without a response table leaves its operation without the
	// type of its answer: a hole a fix fills, where the other pages
	// document the envelope it answers in; else the page is refused.
	for _, u := range lost {
		if api.Envelope == nil || u.op == nil {
			b.rep.Fail(pages.At(u.pd.name, 1), "no response table: a GearN page documents its answer as a table with %s and %s under \"200 Ok\"", gearnStatus, gearnPayload)
			continue
		}
		b.rep.ResponseHole(u.op.At, u.op, "operation %s has no response table: its page documents no table with %s and %s under \"200 Ok\", which names the type of its answer's %s in the envelope the other pages document (%s)", u.op.Name, gearnStatus, gearnPayload, gearnPayload, api.Envelope.At)
	}
	for _, name := range b.order {
		if t := b.types[name]; t != nil {
			t.Aliases = b.aliases[name]
			api.Types = append(api.Types, t)
		}
		if e := b.enums[name]; e != nil {
			e.Aliases = b.aliases[name]
			api.Enums = append(api.Enums, e)
		}
	}
	if api.Envelope == nil {
		// With no envelope on any page, every answer is plain already.
		for _, op := range api.Operations {
			op.PlainResponse = false
		}
	}
	b.settleWires(api)
	var members []*schema.Field
	eachField(api, func(_ string, fields []*schema.Field) { members = append(members, fields...) })
	eachField(api, func(target string, fields []*schema.Field) {
		read.ReferredValues(b.rep, "field", target, fields, api.Types, members)
	})
	read.SetEnumDefaults(b.rep, b.enumDefaults, b.enums)
	b.unreferenced(api)
	b.checkReferences(api)
	b.blankOptional.Report(b.rep)
	schema.Sort(api)
	return api
}

// payloadType is the type name the page's envelope gives its payload, and
// the line of the envelope's row that names it.
func (pd *pageDoc) payloadType() (string, int) {
	if pd.envelope == nil {
		return "", 0
	}
	for _, fd := range pd.fieldRows(pd.envelope) {
		if fd.code == gearnPayload {
			return strings.TrimSuffix(fd.typ, "[]"), fd.line
		}
	}
	return "", 0
}

// opName is the operation code of the page's first endpoint.
func (pd *pageDoc) opName() string {
	for _, ep := range pd.endpoints {
		if ep.path != "" {
			return ep.path[strings.LastIndexByte(ep.path, '/')+1:]
		}
	}
	return ""
}

// sharedPayload is the name GearN's pages give their payload type, the
// same on every page, which the parser scopes to the page's operation.
const sharedPayload = "ResponseData"

// scopePayload renames the page's payload type to a name of its
// operation's own (scopedPayload), and warns of a name the parser
// composes from one other than the shared ResponseData.
func (pd *pageDoc) scopePayload(rep *pages.Reporter) {
	p, line := pd.payloadType()
	scoped := pd.scopedPayload()
	if scoped == "" || scoped == p {
		return
	}
	if lastSegment(p) != sharedPayload {
		rep.Warn(pages.At(pd.name, line), "recovered: named the payload type %s of operation %s %s, as each operation's payload type has a name of its own that begins with the operation's", p, pd.opName(), scoped)
	}
	for i := range pd.refs {
		if pd.refs[i].name == p {
			pd.refs[i].name = scoped
		}
	}
	for _, d := range pd.defs {
		if d.name == p {
			d.name = scoped
		}
	}
}

// scopedPayload is the name of the page's payload type of its operation's
// own: the operation's name before the name the page writes
// ("TrainMount" + "ResponseData"), or the name the page writes when it
// already begins with the operation's ("TrainMountResponseData", as a
// site that scopes its payloads itself writes it).
func (pd *pageDoc) scopedPayload() string {
	p, _ := pd.payloadType()
	op := read.UpperFirst(pd.opName())
	if p == "" || op == "" {
		return ""
	}
	last := lastSegment(p)
	if len(last) >= len(op) && strings.EqualFold(last[:len(op)], op) {
		return p
	}
	return op + last
}

// canonicalize picks one name for each type spelled several ways
// ("Generic.BanItem", "GenericModels.BanItem"): the spelling its headings
// use most, else the first one seen; it warns at the line where the
// spelling picked is first written (its heading, where the type's facts
// are), naming each other spelling and where it is first seen.
func (b *builder) canonicalize() {
	// The maps are made with room for a name a table, as a large API's
	// pages each name types of their own.
	tables := 0
	for _, pd := range b.docs {
		tables += len(pd.defs)
	}
	b.canon = make(map[string]string, tables)
	b.aliases = map[string][]string{}
	// A spelling of a type name: how many headings use it, and where it
	// is first seen. The spellings of a last segment are its group, by
	// their index in spellings, in the order first seen.
	type spelling struct {
		name     string
		headings int
		firstAt  schema.Pos
	}
	spellings := make([]spelling, 0, tables)
	index := make(map[string]int, tables)
	groups := make(map[string][]int, tables)
	keys := make([]string, 0, tables)
	see := func(name string, heading bool, at schema.Pos) {
		if name == "" {
			return
		}
		i, ok := index[name]
		if !ok {
			i = len(spellings)
			spellings = append(spellings, spelling{name: name, firstAt: at})
			index[name] = i
			k := lastSegment(name)
			if _, ok := groups[k]; !ok {
				keys = append(keys, k)
			}
			groups[k] = append(groups[k], i)
		}
		if heading {
			spellings[i].headings++
		}
	}
	for _, pd := range b.docs {
		for _, d := range pd.defs {
			line := d.headingLine // where the name is written, else its table's
			if line == 0 {
				line = d.table.Line
			}
			see(d.name, !d.recovered, schema.Pos{Page: pd.name, Line: line})
		}
		for _, r := range pd.refs {
			see(r.name, false, schema.Pos{Page: pd.name, Line: r.line})
		}
	}
	for _, k := range keys {
		g := groups[k]
		best := spellings[g[0]]
		for _, i := range g {
			if spellings[i].headings > best.headings {
				best = spellings[i]
			}
		}
		for _, i := range g {
			s := spellings[i]
			b.canon[s.name] = best.name
			if s.name != best.name {
				b.aliases[best.name] = append(b.aliases[best.name], s.name)
				b.rep.Warn(pages.At(best.firstAt.Page, best.firstAt.Line), "recovered: %s (%s:%d) and %s name one type; using %s", s.name, s.firstAt.Page, s.firstAt.Line, best.name, best.name)
			}
		}
	}
}

func (b *builder) canonical(name string) string {
	if c, ok := b.canon[name]; ok {
		return c
	}
	return name
}

// nameEnums collects the canonical names of the pages' enum tables.
func (b *builder) nameEnums() {
	b.enumNames = map[string]bool{}
	for _, pd := range b.docs {
		for _, d := range pd.defs {
			if d.name != "" && d.table.Kind() == pages.KindEnum {
				b.enumNames[b.canonical(d.name)] = true
			}
		}
	}
}

// enumNamed reports whether an enum table of the pages has the name, in
// any of its spellings.
func (b *builder) enumNamed(name string) bool { return b.enumNames[b.canonical(name)] }

func (b *builder) indexRows() {
	b.rows = make(map[string][]*fieldDoc, len(b.canon))
	for _, pd := range b.docs {
		for _, d := range pd.defs {
			if d.table.Kind() == pages.KindFields {
				owner := b.canonical(d.name)
				b.addRows(owner, pageRows(pd, d.table))
			}
		}
		for _, ep := range pd.endpoints {
			if ep.body != nil && ep.requestPart() != "" {
				b.addRows(ep.requestPart()+" of "+pd.opName(), pageRows(pd, ep.body))
			}
		}
	}
}

// addRows adds rows to those of owner. The rows of an owner one table
// documents, most on the pages of a large API, are that table's, not a
// copy: capped at their length, so that rows another table adds are
// appended to a copy, never into the table's.
func (b *builder) addRows(owner string, rows []*fieldDoc) {
	held, ok := b.rows[owner]
	if !ok {
		b.rowOwners = append(b.rowOwners, owner)
		b.rows[owner] = rows[:len(rows):len(rows)]
		return
	}
	b.rows[owner] = append(held, rows...)
}

func pageRows(pd *pageDoc, tb *pages.Table) []*fieldDoc {
	rows := pd.fieldRows(tb)
	for _, r := range rows {
		r.page = pd.name
	}
	return rows
}

// define turns a definition table into a Type or Enum and merges it with
// the same type from other pages.
func (b *builder) define(pd *pageDoc, d *defDoc) {
	if d.name == "" {
		return
	}
	name := b.canonical(d.name)
	at := schema.Pos{Page: pd.name, Line: d.table.Line}
	switch d.table.Kind() {
	case pages.KindEnum:
		if len(d.table.Rows) == 0 {
			b.rep.Fail(at, "%s is documented by the table at line %d, which has no rows: an enum has members; give the table its rows on the page", d.name, d.table.Line)
			return
		}
		e := &schema.Enum{Name: name, Description: d.read.description, At: at}
		b.handOn(pd, d.read)
		e.Members = d.read.members
		b.mergeEnum(e)
	case pages.KindFields:
		t := &schema.Type{Name: name, Description: d.read.description, At: at}
		b.handOn(pd, d.read)
		t.Fields = d.read.fields
		b.mergeType(t)
	default:
		b.rep.Fail(pages.At(pd.name, d.table.Line), "%s is documented by a table with columns %s, which is neither a field nor an enum table: give it the columns Code | Type | Required | Description of a type or Name | Code | Description of an enum on the page", d.name, strings.Join(d.table.Header, " | "))
	}
}

// lostType settles the heading of a type whose section holds nothing
// (pageDoc.lost): where another table documents the type or the enum it
// names (another page's, another role's), it is read from there, with a
// warning at the heading that names where; else the type stands without
// its fields, a hole at the heading (read.SectionLost) that add: fixes
// fill.
// The payload's type is named as scopePayload names its table.
func (b *builder) lostType(pd *pageDoc, h pages.Block) {
	name := h.Text
	if p, _ := pd.payloadType(); p == name && pd.scopedPayload() != "" {
		name = pd.scopedPayload()
	}
	name = b.canonical(name)
	if t := b.types[name]; t != nil {
		read.SectionFound(b.rep, pd.name, "the type "+name, h, t.At)
		return
	}
	if e := b.enums[name]; e != nil {
		read.SectionFound(b.rep, pd.name, "the enum "+name, h, e.At)
		return
	}
	b.mergeType(&schema.Type{Name: name, At: pages.At(pd.name, h.Line)})
	read.SectionLost(b.rep, pd.name, fmt.Sprintf("the section %q of the type %s (if it is an enum's, write its table back: no override adds an enum's codes)", h.Text, name), "object: "+name, h)
}

func (b *builder) mergeEnum(e *schema.Enum) {
	if t := b.types[e.Name]; t != nil {
		b.rep.Fail(e.At, "%s is an enum here but an object type at %s: correct the heading or the table of the page that is wrong", e.Name, t.At)
		return
	}
	prev := b.enums[e.Name]
	if prev == nil {
		if b.enums == nil {
			b.enums = map[string]*schema.Enum{}
		}
		b.enums[e.Name] = e
		b.order = append(b.order, e.Name)
		return
	}
	prev.Also = append(prev.Also, e.At)
	for _, m := range e.Members {
		found := false
		for _, pm := range prev.Members {
			switch {
			case pm.Name == m.Name && pm.Code != m.Code:
				b.rep.Fail(m.At, "%s.%s has code %d here but code %d at %s: correct the row of the page that is wrong", e.Name, m.Name, m.Code, pm.Code, pm.At)
				found = true
			case pm.Name == m.Name:
				found = true
			case pm.Code == m.Code:
				b.rep.Fail(m.At, "%s code %d is %s here but %s at %s: correct the row of the page that is wrong", e.Name, m.Code, m.Name, pm.Name, pm.At)
				found = true
			}
		}
		if !found {
			prev.Members = append(prev.Members, m)
		}
	}
}

// mergeType adds a type's table to the types read, or merges it into
// the type's earlier table: a field documented by one of them only is
// kept, with a warning; a type one states and the other lacks, or the
// narrower of number and integer, is taken, with a warning; other types
// that differ are an error. Requiredness and constraints are merged by
// read.Restate, each table taken as stating requiredness, a table
// without a Required column as stating its fields optional.
func (b *builder) mergeType(t *schema.Type) {
	if e := b.enums[t.Name]; e != nil {
		b.rep.Fail(t.At, "%s is an object type here but an enum at %s: correct the heading or the table of the page that is wrong", t.Name, e.At)
		return
	}
	prev := b.types[t.Name]
	if prev == nil {
		if b.types == nil {
			b.types = map[string]*schema.Type{}
		}
		b.types[t.Name] = t
		b.order = append(b.order, t.Name)
		return
	}
	prev.Also = append(prev.Also, t.At)
	if prev.Description == "" {
		prev.Description = t.Description
	}
	for _, f := range t.Fields {
		var pf *schema.Field
		for _, x := range prev.Fields {
			if x.Name == f.Name {
				pf = x
			}
		}
		switch {
		case f.Name == "":
			prev.Fields = append(prev.Fields, f)
			continue
		case pf != nil && f.Type == "":
			f.Type, f.Array = pf.Type, pf.Array
			b.rep.Warn(f.At, "recovered the type of %s.%s: %s, as at %s", t.Name, f.Name, read.TypeName(pf), pf.At)
			continue
		case pf != nil && pf.Type == "":
			pf.Type, pf.Array = f.Type, f.Array
			b.rep.Warn(pf.At, "recovered the type of %s.%s: %s, as at %s", t.Name, f.Name, read.TypeName(f), f.At)
		case pf == nil:
			b.rep.Warn(f.At, "recovered: %s.%s is documented here but not at %s; keeping it", t.Name, f.Name, prev.At)
			prev.Fields = append(prev.Fields, f)
			continue
		case pf.Array == f.Array && pf.Type == schema.Number && f.Type == schema.Integer:
			b.rep.Warn(f.At, "recovered: %s.%s is %s here but %s at %s; keeping %s, the narrower", t.Name, f.Name, read.TypeName(f), read.TypeName(pf), pf.At, read.TypeName(f))
			pf.Type = schema.Integer
		case pf.Array == f.Array && pf.Type == schema.Integer && f.Type == schema.Number:
			b.rep.Warn(f.At, "recovered: %s.%s is %s here but %s at %s; keeping %s, the narrower", t.Name, f.Name, read.TypeName(f), read.TypeName(pf), pf.At, read.TypeName(pf))
		case pf.Type != f.Type || pf.Array != f.Array:
			b.rep.Fail(f.At, "%s.%s is %s here but %s at %s: correct the type cell of the page that is wrong", t.Name, f.Name, read.TypeName(f), read.TypeName(pf), pf.At)
			continue
		}
		for _, r := range read.Restate(t.Name+"."+f.Name, pf, f, true, true) {
			b.rep.Warn(r.At, "%s", r.Text)
		}
	}
}

// fields reads the rows of a field table; target is what an override
// names to correct one of them ("object: Player", "operation: findMatch,
// role: client"), or "" when none can. A row whose description sat in
// another column is moved back: where the row has a cell per column, its
// empty Required cell only sat elsewhere (as a trailing empty cell), and
// such rows are reported once for the table. Where the row has fewer
// cells than columns and no requiredness, it lost a cell, which may have
// been a Required cell that said true, and nothing tells: the field is
// read as optional, with a warning at its row that says so and gives the
// override that makes it required.
func (b *builder) fields(pd *pageDoc, owner, target string, tb *pages.Table) []*schema.Field {
	tr := b.readFields(pd, owner, target, tb)
	b.handOn(pd, tr)
	return tr.fields
}

// tableRead is a table read by the builder apart from the merge: its
// fields, or its enum members, and what reading it reported, with the
// fields read as optional by their page's convention for an empty
// Required cell (blankOptional); and the description of a type's
// table, the prose above it but a "Data structure: X" line.
type tableRead struct {
	fields       []*schema.Field
	members      []*schema.Member
	rep          pages.Reporter
	optional     []*schema.Field
	description  string
	enumDefaults []read.PendingDefault
}

// readTables reads the tables of a page's types and enums and its
// response table, each into a tableRead of its own, for the merge to
// hand on (handOn). It reads no other page's documents but through the
// index of rows, and may run for several pages at once.
func (b *builder) readTables(pd *pageDoc) {
	for _, d := range pd.defs {
		if d.name == "" {
			continue
		}
		name := b.canonical(d.name)
		switch d.table.Kind() {
		case pages.KindEnum:
			d.read = &tableRead{}
			d.read.members = read.Members(&d.read.rep, pd.name, d.table)
		case pages.KindFields:
			d.read = b.readFields(pd, name, "object: "+name, d.table)
		default:
			continue
		}
		var desc []string
		for _, l := range d.intro {
			if !isTitleSentence(l) {
				desc = append(desc, l)
			}
		}
		d.read.description = strings.Join(desc, " ")
	}
	if pd.envelope != nil {
		pd.envelopeRead = b.readFields(pd, "envelope", "", pd.envelope)
	}
}

// handOn hands on what reading a table reported to the builder, where
// the table is merged.
func (b *builder) handOn(pd *pageDoc, tr *tableRead) {
	b.rep.Merge(&tr.rep)
	b.enumDefaults = append(b.enumDefaults, tr.enumDefaults...)
	for _, f := range tr.optional {
		b.blankOptional.Add(pd.name, f.At.Line, f.Name)
	}
}

// readFields is fields without handing on what it reports.
func (b *builder) readFields(pd *pageDoc, owner, target string, tb *pages.Table) *tableRead {
	tr := &tableRead{}
	rep := &tr.rep
	if read.FieldsLost(rep, pd.name, fmt.Sprintf("the table of %s at line %d", owner, tb.Line), target, tb) {
		return tr
	}
	var shifted []string
	var blank []*schema.Field
	for _, fd := range pd.fieldRows(tb) {
		odd := fd.oddities()
		if odd.unbadged != nil {
			rep.Fail(schema.Pos{Page: pd.name, Line: fd.line}, "field of %s: %v", owner, odd.unbadged)
			continue
		}
		if odd.unnamed != nil {
			rep.Fail(schema.Pos{Page: pd.name, Line: fd.line}, "field of %s: %v", owner, odd.unnamed)
			continue
		}
		f := b.field(tr, pd, owner, target, fd)
		if f == nil {
			continue
		}
		if odd.lostChar != "" {
			rep.Warn(schema.Pos{Page: pd.name, Line: fd.line}, "%s", read.LostCharWarning(odd.lostChar, "field "+f.Name+" of "+owner, f.Name))
		}
		if odd.badge != "" {
			rep.Warn(schema.Pos{Page: pd.name, Line: fd.line}, "read the name cell \"%s %s\" as field %s of %s and a status badge a wiki prints beside the name, not a part of it: %s dropped; if it is part of the name, write the name as one word on the page", f.Name, odd.badge, f.Name, owner, odd.badge)
		}
		if tb.Has(pages.ColRequired) && fd.req == "" && odd.unreadReq == "" && !fd.lost && !fd.reqLost {
			blank = append(blank, f)
		}
		switch {
		case len(odd.past) > 0:
			rep.Warn(schema.Pos{Page: pd.name, Line: fd.line}, "the row of field %s of %s at line %d has text in %d cells past the %d columns of its table at line %d (%q): read as the rest of its description, as where a pipe in the description's text parted it; if the row holds another field, a line break between two rows was lost: write that field on a row of its own", f.Name, owner, fd.line, len(odd.past), len(tb.Cols), tb.Line, pages.Clip(strings.Join(odd.past, " | ")))
		case odd.unreadReq != "":
			rep.Warn(schema.Pos{Page: pd.name, Line: fd.line}, "field %s of %s is read as optional, but its Required cell says %q, which is no requiredness the parser reads (true, false, Y, N, ✓, ✗, -); if the page marks %s required, %s", f.Name, owner, odd.unreadReq, f.Name, read.FieldFix(target, f.Name, "required: true"))
		case !fd.shifted || fd.code == "":
		case fd.lost && fd.req == "" && tb.Has(pages.ColRequired):
			at := schema.Pos{Page: pd.name, Line: fd.line}
			rep.Warn(at, "field %s of %s is read as optional, but its row lost a cell, which may have been its Required cell: the parser takes it for an empty one; if the page marks %s required, %s", f.Name, owner, f.Name, read.FieldFix(target, f.Name, "required: true"))
		case fd.req == "" && tb.Has(pages.ColRequired) && b.requiredElsewhere(rep, pd, fd, f, target):
		default:
			shifted = append(shifted, fmt.Sprintf("%s (line %d)", f.Name, fd.line))
		}
		tr.fields = append(tr.fields, f)
	}
	if len(shifted) > 0 {
		rep.Warn(pages.At(pd.name, tb.Line), "recovered %d rows of %s whose empty Required cell was dropped, moving their description back: %s", len(shifted), owner, strings.Join(shifted, ", "))
	}
	if len(blank) > 0 {
		tr.optional = blankRequirements(rep, pd, owner, target, tb, blank)
	}
	return tr
}

// blankRequirements settles the requiredness of the fields of a table
// whose Required cells are empty (blank): where the table's other rows
// show that they mark the required fields and leave the optional ones
// empty, or, where they state nothing, the page's other tables do
// (read.BlankRequirement), they are optional, with one warning a page
// (read.BlankOptional), and it returns them; else nothing tells,
// and the requiredness of each is a hole that an override fills (where
// none can, an error).
func blankRequirements(rep *pages.Reporter, pd *pageDoc, owner, target string, tb *pages.Table, blank []*schema.Field) []*schema.Field {
	table := pd.requiredMarks(tb)
	page := func() [][]string {
		marks := make([][]string, 0, len(pd.rows))
		for t := range pd.rows {
			if t != tb && t.Has(pages.ColRequired) {
				marks = append(marks, pd.requiredMarks(t))
			}
		}
		return marks
	}
	if _, ok := read.BlankRequirement(table, page); ok {
		return blank
	}
	for _, f := range blank {
		msg := fmt.Sprintf("field %s of %s: its Required cell is empty, and neither the table's other rows nor the page's other tables tell what an empty one means (%s)", f.Name, owner, read.StatedMarks(table))
		if target == "" {
			rep.Fail(f.At, "%s: correct the page", msg)
			continue
		}
		f.RequiredOpen = true
		rep.Hole(f.At, f, schema.FactRequired, "%s", msg)
	}
	return nil
}

// requiredMarks are the Required cells of the field rows of tb, but those
// of the rows that lost theirs. A page's tables with blank cells ask for
// those of every other table of the page: they are read once.
func (pd *pageDoc) requiredMarks(tb *pages.Table) []string {
	if marks, ok := pd.marks[tb]; ok {
		return marks
	}
	marks := make([]string, 0, len(pd.rows[tb]))
	for _, fd := range pd.rows[tb] {
		if !fd.reqLost {
			marks = append(marks, cmp.Or(fd.req, fd.oddities().unreadReq))
		}
	}
	if pd.marks == nil {
		pd.marks = map[*pages.Table][]string{}
	}
	pd.marks[tb] = marks
	return marks
}

// requiredElsewhere warns of a field read as optional whose row fd lost
// a cell and set its description in the Required column, where the
// page's other rows of the field agree it is required: the cell lost may
// have been its Required cell, not an empty one, but another table (an
// admin's, an answer's) may as well require what this one does not. It
// reports whether it warned, at the row.
func (b *builder) requiredElsewhere(rep *pages.Reporter, pd *pageDoc, fd *fieldDoc, f *schema.Field, target string) bool {
	req, how := read.PageRequired(f.Name, b.pageRows(pd, fd))
	if how == "" || !req || f.Required {
		return false
	}
	rep.Warn(schema.Pos{Page: pd.name, Line: fd.line}, "field %s is read as optional, its row having lost a cell and set its description in the Required column, but the page's other rows of it say it is required (%s): if the cell it lost said so, %s", f.Name, how, read.FieldFix(target, f.Name, "required: true"))
	return true
}

// field turns a field row into a schema.Field, recovering a dropped code
// or type from the row itself or from other tables; target is what an
// override names to correct it. What it reports goes to tr's reporter,
// and a default stated of a field of a named type to tr's enumDefaults.
func (b *builder) field(tr *tableRead, pd *pageDoc, owner, target string, fd *fieldDoc) *schema.Field {
	rep := &tr.rep
	at := schema.Pos{Page: pd.name, Line: fd.line}
	code, typ := fd.code, fd.typ
	if typ == "" {
		var how string
		var rivals []*fieldDoc
		if typ, how, rivals = b.recoverType(owner, fd); typ != "" {
			rep.Warn(at, "recovered the dropped type of field %s: %s (%s)", code, typ, how)
		} else if len(rivals) > 0 && code != "" {
			return rivalHole(rep, at, fd, owner, rivals)
		} else if typ, how = b.pageType(pd, fd); typ != "" {
			rep.Warn(at, "recovered the dropped type of field %s: %s (%s)", code, typ, how)
		} else if m := seeRe.FindStringSubmatch(fd.desc); m != nil {
			typ = m[1]
			rep.Warn(at, "recovered the dropped type of %q: %s, from its \"See %s\"", pages.Clip(fd.desc), typ, m[1])
		} else if code == "" {
			rep.Fail(at, "row %q has lost both its field name and its type, and no fix fills two facts of one field: write both cells back on the page (\"| name | type | … |\"), or delete the row and add the field with a fix (add: and type:)", pages.Clip(fd.raw))
			return nil
		} else {
			return typeHole(rep, at, fd, code, "field %s has lost its type cell (row %q), and no other table documents a field %s of %s, nor does its description name a type (\"See X\")", code, pages.Clip(fd.raw), code, owner)
		}
	}
	t, ok := read.ParseType(typ)
	if !ok {
		if code == "" {
			rep.Fail(at, "row %q has lost its field name, and %q is not a type: write the row's name and type cells back on the page, or delete the row and add the field with a fix (add: and type:)", pages.Clip(fd.raw), typ)
			return nil
		}
		return typeHole(rep, at, fd, code, "field %s: %q is not a type", code, typ)
	}
	nameless := false
	if code == "" {
		var how string
		code, how = b.recoverCode(owner, fd, typ)
		if code == "" {
			nameless = true
		} else {
			rep.Warn(at, "recovered the dropped name of a %s field: %s (%s)", typ, code, how)
		}
	}
	f := &schema.Field{
		Name:        code,
		Type:        t.Name,
		Array:       t.Array,
		Values:      t.Values,
		Wire:        t.Wire,
		Required:    fd.required(),
		Description: fd.desc,
		At:          at,
	}
	if f.Values == nil && f.Type == schema.String {
		var unread []string
		if f.Values, unread = read.StringValues(fd.desc); unread != nil {
			read.WarnUnreadValues(rep, at, "field", code, unread, target, "string in "+strings.Join(unread, " | "))
		}
		if f.Values == nil && unread == nil {
			read.RefuseGluedValues(rep, at, "field", code, fd.desc, target)
		}
	}
	if t.Named() {
		f.Type = b.canonical(t.Name)
	} else if stated := f.Type; read.ReferredEnum(f, b.enumNamed) {
		f.Type = b.canonical(f.Type)
		rep.Warn(at, "%s", read.ReferredEnumNote("field", f, stated, target))
	}
	un, err := fd.constraints().Apply(f)
	settle := "correct the bound on the page"
	if err == nil && len(un.Misplaced) > 0 {
		err, settle = errors.New(un.Misplaced[0]), "correct the type cell or the bound on the page"
	}
	if err != nil {
		rep.Fail(at, "%v: %s", err, settle)
		return nil
	}
	for _, u := range un.Unread {
		rep.Warn(at, "%s", u.Message("field", code, target, unreadForms))
	}
	for _, u := range un.Unfit {
		rep.Warn(at, "%s; if the page means a value, %s", u, read.FieldFix(target, code, "default: <value>"))
	}
	for _, u := range un.Unrepresented {
		rep.Warn(at, "%s", u)
	}
	for _, u := range un.Open {
		rep.Warn(at, "%s; not applied", u)
	}
	for _, u := range un.Aside {
		rep.Warn(at, "%s, and not applied; if it bounds the field, correct the type cell on the page", u)
	}
	if un.Named != nil {
		tr.enumDefaults = append(tr.enumDefaults, read.PendingDefault{At: at, Target: target, F: f, Stated: *un.Named})
	}
	if nameless {
		rep.Hole(at, f, schema.FactName, "row %q has lost its field name, and no other table documents a %s field with its description", pages.Clip(fd.raw), typ)
	} else if fd.reqLost {
		if req, how := read.PageRequired(code, b.pageRows(pd, fd)); how != "" {
			f.Required = req
			rep.Warn(at, "recovered whether field %s is required, whose Required cell its row lost: %t (%s)", code, req, how)
		} else {
			read.RequiredHole(rep, f, fd.raw)
		}
	}
	return f
}

// unreadForms is what a warning of a text that looks like a constraint
// in no form the grammar reads tells after the field gets no bound from
// it: the forms to state it in.
const unreadForms = ` (state it as "(up to 256 characters)", "(1 - 32 elements)", "(from 0 to 100)" or "(Default: 10)" on the page)`

// typeHole is the field of a row whose type is lost: its name,
// requiredness, description and the bounds and default its description
// states, for an override to give the type. The kind of the bounds (a
// length, a range, a number of elements) tells which kinds of type they
// fit; the override's type must fit them.
func typeHole(rep *pages.Reporter, at schema.Pos, fd *fieldDoc, code, format string, args ...any) *schema.Field {
	f := &schema.Field{Name: code, Required: fd.required(), Description: fd.desc, At: at}
	for _, kind := range []schema.Field{{Type: schema.Boolean}, {Type: schema.Number}, {Type: schema.String}, {Type: schema.Number, Array: true}, {Type: schema.String, Array: true}} {
		c := *f
		c.Type, c.Array = kind.Type, kind.Array
		if u, err := fd.constraints().Apply(&c); err == nil && len(u.Misplaced) == 0 && len(u.Aside) == 0 {
			c.Type, c.Array = "", false
			f = &c
			for _, t := range u.Unread {
				rep.Warn(at, "%s", t.Message("field", code, "", unreadForms))
			}
			for _, t := range u.Unfit {
				rep.Warn(at, "%s", t)
			}
			break
		}
	}
	rep.Hole(at, f, schema.FactType, format, args...)
	return f
}

// rivalHole is the hole of a field whose type cell was dropped and which
// other tables document with different types (rivals, one row per
// type): it names each, and the fix for each.
func rivalHole(rep *pages.Reporter, at schema.Pos, fd *fieldDoc, owner string, rivals []*fieldDoc) *schema.Field {
	var where, types []string
	for _, o := range rivals {
		where = append(where, fmt.Sprintf("%s at %s:%d", o.typ, o.page, o.line))
		types = append(types, o.typ)
	}
	f := typeHole(rep, at, fd, fd.code, "field %s has lost its type cell (row %q), and the other tables that document a field %s of %s disagree about its type: %s; nothing tells which is right", fd.code, pages.Clip(fd.raw), fd.code, owner, strings.Join(where, ", "))
	holes := rep.Holes()
	holes[len(holes)-1].Candidates = types
	return f
}

// recoverType finds the type of a field whose type cell was dropped: the
// type its owner's other tables give the field of that name (another
// role's table of the operation, the type on another page), or, failing
// that, the type of the only field of that name and description anywhere.
// Tables that disagree about the type give none: rivals then holds a row
// of each type they give. fd's type is lost: its row is none of those
// that give one.
func (b *builder) recoverType(owner string, fd *fieldDoc) (typ, how string, rivals []*fieldDoc) {
	if fd.code == "" {
		return "", "", nil
	}
	b.lookup.Lock()
	defer b.lookup.Unlock()
	own := b.typedRows(rowQuery{owner: owner, code: fd.code})
	if len(own) == 1 {
		return own[0].typ, fmt.Sprintf("as %s documents it at %s:%d", owner, own[0].page, own[0].line), nil
	}
	if all := b.typedRows(rowQuery{code: fd.code, desc: fd.normDesc(), anyOwner: true}); len(all) == 1 {
		return all[0].typ, fmt.Sprintf("the only field %s with its description, at %s:%d", fd.code, all[0].page, all[0].line), nil
	}
	if len(own) > 1 {
		return "", "", own
	}
	return "", "", nil
}

// pageType recovers the dropped type of a field row from the rows of the
// same name in the other tables of its page, which documents one
// operation (its query, body, answer and the types they hold), as
// read.PageType does: the type they all give, where they agree, and the
// row's own bound in characters, if any, is a string's (or a string
// array's elements'). Where they disagree, or the bound contradicts them,
// or no other row of the page names the field, it returns "".
func (b *builder) pageType(pd *pageDoc, fd *fieldDoc) (typ, how string) {
	rows := b.pageRows(pd, fd)
	k, how := read.PageType(fd.code, fd.constraints().Length != nil, rows)
	if k < 0 {
		return "", ""
	}
	return rows[k].Type, how
}

// pageRows are the rows of the same name as fd's in the other tables of
// its page, for read.PageType and read.PageRequired.
func (b *builder) pageRows(pd *pageDoc, fd *fieldDoc) []read.PageRow {
	b.lookup.Lock()
	defer b.lookup.Unlock()
	cr := b.rowsOf(fd.code) // nil for a row without a code
	if cr == nil {
		return nil
	}
	var rows []read.PageRow
	for _, o := range cr.rows {
		if o.page == pd.name && o.line != fd.line {
			rows = append(rows, read.PageRow{Type: o.typ, Required: o.req, At: schema.Pos{Page: o.page, Line: o.line}})
		}
	}
	return rows
}

// rowQuery names the rows of a code: an owner's, or every owner's with a
// description (normalized; anyOwner).
type rowQuery struct {
	owner, code, desc string
	anyOwner          bool
}

// codeRows are the rows of one code, in the order of rowOwners and of
// each owner's rows, with their owners; by owner and by description, and
// the answer of typedRows to each query, once asked.
type codeRows struct {
	rows            []*fieldDoc
	owners          []string
	byOwner, byDesc map[string][]*fieldDoc
	typed           map[rowQuery][]*fieldDoc
}

// rowsOf returns the rows of a code, or nil where no row has it; the
// index of rows by code is built on first use.
func (b *builder) rowsOf(code string) *codeRows {
	if b.coded == nil {
		b.coded = map[string]*codeRows{}
		for _, owner := range b.rowOwners {
			for _, o := range b.rows[owner] {
				if o.code == "" {
					continue
				}
				cr := b.coded[o.code]
				if cr == nil {
					cr = &codeRows{}
					b.coded[o.code] = cr
				}
				cr.rows, cr.owners = append(cr.rows, o), append(cr.owners, owner)
			}
		}
	}
	return b.coded[code]
}

// typedRows returns a row of each type the rows q names give, in the
// order of the rows, the first of that type. A large API loses type
// cells on many pages, and the rows of one code are many: the rows are
// indexed by code, those of a code by owner and description when one of
// its rows is first looked up, and each query is answered once.
func (b *builder) typedRows(q rowQuery) []*fieldDoc {
	cr := b.rowsOf(q.code)
	if cr == nil {
		return nil
	}
	if cr.typed == nil {
		cr.typed, cr.byOwner, cr.byDesc = map[rowQuery][]*fieldDoc{}, map[string][]*fieldDoc{}, map[string][]*fieldDoc{}
		for i, o := range cr.rows {
			cr.byOwner[cr.owners[i]] = append(cr.byOwner[cr.owners[i]], o)
			cr.byDesc[o.normDesc()] = append(cr.byDesc[o.normDesc()], o)
		}
	}
	if found, ok := cr.typed[q]; ok {
		return found
	}
	rows := cr.byOwner[q.owner]
	if q.anyOwner {
		rows = cr.byDesc[q.desc]
	}
	var found []*fieldDoc
	var keys []string
	for _, o := range rows {
		if o.typ == "" {
			continue
		}
		t, ok := read.ParseType(o.typ)
		if !ok {
			continue
		}
		key := b.canonical(t.Name)
		if t.Array {
			key += "[]"
		}
		if !slices.Contains(keys, key) {
			found, keys = append(found, o), append(keys, key)
		}
	}
	cr.typed[q] = found
	return found
}

// recoverCode finds the name of a field whose code cell was dropped: the
// same type documented elsewhere with a field of that description and
// type, any table with exactly one such field, or a description of the
// form "Google used in ExternalItem".
func (b *builder) recoverCode(owner string, fd *fieldDoc, typ string) (string, string) {
	b.lookup.Lock()
	defer b.lookup.Unlock()
	if b.meanings == nil {
		b.indexMeanings()
	}
	k, ok := b.meaningOf("", fd.normDesc(), typ)
	if ok {
		k.owner = owner
		if m := b.meanings[k]; m != nil && !m.ambiguous {
			return m.code, fmt.Sprintf("as %s documents it at %s:%d", owner, m.first.page, m.first.line)
		}
		k.owner, k.anyOwner = "", true
		if m := b.meanings[k]; m != nil && !m.ambiguous {
			return m.code, fmt.Sprintf("the only field with its description and type, at %s:%d", m.first.page, m.first.line)
		}
	}
	if m := usedAsRe.FindStringSubmatch(fd.desc); m != nil {
		return read.LowerFirst(m[1]), fmt.Sprintf("its description %q", pages.Clip(fd.desc))
	}
	return "", ""
}

// meaning is what a field row documents, apart from its code: its owner
// (unless anyOwner), its description and its type.
type meaning struct {
	owner    string
	anyOwner bool
	desc     string // normalized
	typ      string // canonical
	array    bool
}

// meaningRows are the rows of one meaning: the code of the first, unless
// the rows disagree about it.
type meaningRows struct {
	code      string
	first     *fieldDoc
	ambiguous bool
}

// meaningOf keys a row of the owner, with its description normalized.
func (b *builder) meaningOf(owner, desc, typ string) (meaning, bool) {
	t, ok := read.ParseType(typ)
	if !ok {
		return meaning{}, false
	}
	return meaning{owner: owner, desc: desc, typ: b.canonical(t.Name), array: t.Array}, true
}

// indexMeanings indexes every row that has a code, by its owner's and by
// any owner's meaning, in the order of b.rowOwners.
func (b *builder) indexMeanings() {
	b.meanings = map[meaning]*meaningRows{}
	add := func(k meaning, o *fieldDoc) {
		switch m := b.meanings[k]; {
		case m == nil:
			b.meanings[k] = &meaningRows{code: o.code, first: o}
		case m.code != o.code:
			m.ambiguous = true
		}
	}
	for _, owner := range b.rowOwners {
		for _, o := range b.rows[owner] {
			if o.code == "" {
				continue
			}
			if k, ok := b.meaningOf(owner, o.normDesc(), o.typ); ok {
				add(k, o)
				k.owner, k.anyOwner = "", true
				add(k, o)
			}
		}
	}
}

// normalize lower-cases s and collapses its white space, in one pass; a
// byte at a time while s is ASCII.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	appendNormal(&b, s)
	return b.String()
}

// appendNormal writes s normalized to b, as normalize returns it.
func appendNormal(b *strings.Builder, s string) {
	from := b.Len()
	space := false
	i := 0
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
		switch c := s[i]; {
		case c == ' ' || c >= '\t' && c <= '\r':
			space = b.Len() > from
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	for _, r := range s[i:] {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > from
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
}

// pathInfo is a GearN path taken apart.
type pathInfo struct {
	postType, group, role, op string
}

// gearnPath takes an endpoint line apart as GearN forms it, POST or GET
// /api/:postType/:requestType/:role/:operationCode, or as plainPath reads
// a path outside that form; the error quotes the part that does not fit.
func gearnPath(method, path string) (pathInfo, error) {
	m := gearnPathRe.FindStringSubmatch(path)
	if m == nil {
		if pi, ok := plainPath(path); ok && (method == "POST" || method == "GET") {
			return pi, nil
		}
		return pathInfo{}, fmt.Errorf("path %q does not have GearN's form /api/:postType/:requestType/:role/:operationCode, nor names its request type and operation code in its last two parts, with no post type", path)
	}
	pi := pathInfo{postType: gearnPostTypes[strings.ToLower(m[1])], group: m[2], role: strings.ToLower(m[3]), op: m[4]}
	switch {
	case pi.postType == "":
		return pi, fmt.Errorf("path %q: post type %q is neither rJson nor rMsgPack", path, m[1])
	case !codeRe.MatchString(pi.group):
		return pi, fmt.Errorf("path %q: request type %q is not an identifier", path, m[2])
	case roles[pi.role] == "":
		return pi, fmt.Errorf("path %q: role %q is not client, server or admin", path, m[3])
	case !codeRe.MatchString(pi.op):
		return pi, fmt.Errorf("path %q: operation code %q is not an identifier", path, m[4])
	case method != "POST" && method != "GET":
		return pi, fmt.Errorf("\"%s %s\": GearN operations are called with POST or GET, not %s", method, path, method)
	}
	return pi, nil
}

// plainPath takes apart a path outside GearN's form, such as
// /api/system/getServerTime: its last two parts name the request type and
// the operation code. A path with a post type in it is GearN's form
// damaged, not one outside it.
func plainPath(path string) (pathInfo, bool) {
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	if len(segs) < 2 {
		return pathInfo{}, false
	}
	for _, s := range segs {
		if gearnPostTypes[strings.ToLower(s)] != "" {
			return pathInfo{}, false
		}
	}
	group, op := segs[len(segs)-2], segs[len(segs)-1]
	if !codeRe.MatchString(group) || !codeRe.MatchString(op) || group == "api" {
		return pathInfo{}, false
	}
	return pathInfo{group: group, op: op}, true
}

// gearn reports whether a page bears any mark of GearN's documentation: a
// Client, Server or Admin section, a permission rule or the sentence that
// says there is none ("No require permission rules.", as GearN's pages
// outside /api/ write it), a response table, or a path under /api/.
func (pd *pageDoc) gearn() bool {
	if pd.envelope != nil || pd.noRule != 0 {
		return true
	}
	for _, ep := range pd.endpoints {
		if ep.role != "" || ep.permission != "" || strings.HasPrefix(ep.path, "/api/") {
			return true
		}
	}
	return false
}

// lostRole returns the role (Client, Server, Admin) that the heading
// above the page's "No require permission rules." names among its words
// ("#client Client", "Client ​ #"), where that sentence alone marks the
// page as GearN's (gearn): no endpoint of the page has a role, an
// envelope, a permission rule or a path under /api/. The heading is a
// role's that a converter wrote in a form no reading takes; "" where
// nothing names a role ("Public").
func (pd *pageDoc) lostRole() string {
	if pd.noRule == 0 || pd.envelope != nil {
		return ""
	}
	for _, ep := range pd.endpoints {
		if ep.role != "" || ep.permission != "" || strings.HasPrefix(ep.path, "/api/") {
			return ""
		}
	}
	for _, w := range strings.FieldsFunc(pd.noRuleUnder.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r := roleOf(w); r != "" {
			return strings.ToUpper(r[:1]) + r[1:]
		}
	}
	return ""
}

// envelope reads the page's response table into the API's envelope,
// and reports whether the page has one.
func (b *builder) envelope(api *schema.API, pd *pageDoc) bool {
	if pd.envelope == nil {
		return false
	}
	if pd.unheaded {
		b.rep.Warn(pages.At(pd.name, pd.envelope.Line), "recovered the response table at line %d by its %s and %s members; no status line such as \"200 Ok\" heads it", pd.envelope.Line, gearnStatus, gearnPayload)
	}
	env := &schema.Envelope{Status: gearnStatus, Payload: gearnPayload, At: schema.Pos{Page: pd.name, Line: pd.envelope.Line}}
	b.handOn(pd, pd.envelopeRead)
	for _, f := range pd.envelopeRead.fields {
		if f.Name == gearnPayload {
			f.Type, f.Array = "", false
		}
		env.Fields = append(env.Fields, f)
	}
	var status, payload bool
	for _, f := range env.Fields {
		status = status || f.Name == gearnStatus
		payload = payload || f.Name == gearnPayload
	}
	if !status || !payload {
		b.rep.Fail(env.At, "the response table has no %s or no %s member; GearN answers {%s, debugMessage, invalidRequestParameters, %s}: write the rows it lost back on the page, or, if the table documents the payload and the response table above it is lost, write that table back under \"200 Ok\"", gearnStatus, gearnPayload, gearnStatus, gearnPayload)
		return true
	}
	if api.Envelope == nil {
		api.Envelope = env
		return true
	}
	for _, f := range env.Fields {
		for _, pf := range api.Envelope.Fields {
			if pf.Name == f.Name && (pf.Type != f.Type || pf.Array != f.Array) {
				b.rep.Fail(f.At, "envelope member %s is %s here but %s at %s: GearN's response envelope is one type, which every page documents alike, and no overrides entry corrects it; correct the row that is wrong on its page, this one or the one at %s", f.Name, read.TypeName(f), read.TypeName(pf), pf.At, pf.At)
			}
		}
	}
	return true
}

// placeholders is entry after the colon that introduces it, said to
// have each <placeholder> replaced where it has one.
func placeholders(entry string) string {
	if strings.Contains(entry, "<") {
		return ", with each <placeholder> replaced:\n" + entry
	}
	return ":\n" + entry
}

// operation reads the operation a page documents: one endpoint per role,
// each with a path of GearN's form naming the same request type and
// operation code.
func (b *builder) operation(pd *pageDoc) *schema.Operation {
	var op *schema.Operation
	first := 0
	agreed := b.weighExamples(pd)
	built := map[*endpointDoc]*schema.Endpoint{}
	for _, ep := range pd.endpoints {
		if ep.path == "" {
			c := pd.conventionOf(ep)
			b.rep.FailKnowing(schema.KnowsFix, pages.At(pd.name, ep.line), "the %s section has no endpoint line such as \"POST /api/rJson/…\", and GearN's convention /api/<postType>/<group>/<role>/<operation> does not make its path of what the section documents: %s. To settle it, write its endpoint line under the section's heading, or add to the overrides file (under endpoints:), with each <placeholder> replaced:\n%s", cmp.Or(ep.role, "endpoint"), strings.Join(c.missing, "; "), c.entry(pd.name, ep.line))
			continue
		}
		pi, err := gearnPath(ep.method, ep.path)
		if err != nil {
			b.rep.FailKnowing(schema.KnowsFix, pages.At(pd.name, ep.line), "%v. To settle it, correct the endpoint line on the page, or add to the overrides file (under endpoints:)%s", err, placeholders(pd.lineEntry(ep, "", "")))
			continue
		}
		if pi.postType != "" && !strings.HasPrefix(ep.path, "/api/"+pi.postType+"/") {
			b.rep.Warn(pages.At(pd.name, ep.line), "recovered the post type of %q: %s", ep.path, pi.postType)
		}
		if op == nil {
			op = &schema.Operation{Name: pi.op, Group: pi.group, Summary: pd.summary, At: schema.Pos{Page: pd.name, Line: ep.line}}
			if pd.summaryLine > 0 {
				op.At.Line = pd.summaryLine
			}
			if pt := pd.scopedPayload(); pt != "" && b.types[pt] != nil {
				op.Response = pt
				op.ErrorCodes = b.errorCodes(pd, b.types[pt])
			}
			if pt := b.canonical(pd.plain); pd.plain != "" && b.types[pt] != nil {
				op.Response, op.PlainResponse = pt, true
				op.ErrorCodes = b.errorCodes(pd, b.types[pt])
			}
			first = ep.line
		} else if pi.op != op.Name || pi.group != op.Group {
			b.rep.FailKnowing(schema.KnowsFix, pages.At(pd.name, ep.line), "path %q names operation %s/%s, but the path at line %d names %s/%s; a GearN page documents one operation. To settle it, correct the path that is wrong on the page, or, if it is this one, add to the overrides file (under endpoints:):\n%s", ep.path, pi.group, pi.op, first, op.Group, op.Name, pd.lineEntry(ep, op.Group, op.Name))
			continue
		}
		role := cmp.Or(ep.role, pi.role)
		if i := slices.IndexFunc(op.Endpoints, func(e *schema.Endpoint) bool { return e.Role == role }); i >= 0 {
			b.repeatedRole(pd, op.Endpoints[i], ep)
			continue
		}
		e := b.endpoint(pd, ep, pi)
		built[ep] = e
		op.Endpoints = append(op.Endpoints, e)
		b.weighQuery(pd.name, e, ep.query, "the endpoint line", ep.line)
	}
	for _, ex := range pd.examples {
		if e := built[agreed[ex]]; e != nil {
			b.weighQuery(pd.name, e, ex.query, "the example request", ex.line)
			target := "operation: " + pd.opName()
			if e.Role != "" {
				target += ", role: " + e.Role
			}
			b.weighQueryValues(pd.name, e, ex, target+", in: query")
		}
	}
	return op
}

// repeatedRole settles a second endpoint of a role the operation has
// one of already: a GearN page documents each role once. One that
// repeats the first's method and path and documents nothing more (the
// path line alone, under a tab or a label that repeats the role) is
// that endpoint again, and is dropped with a warning; any other is
// refused at its line.
func (b *builder) repeatedRole(pd *pageDoc, first *schema.Endpoint, ep *endpointDoc) {
	at := pages.At(pd.name, ep.line)
	if ep.method == first.Method && ep.path == first.Path && ep.headers == nil && ep.body == nil && (ep.permission == "" || ep.permission == first.Permission) {
		b.rep.Warn(at, "the endpoint line at line %d repeats the %s endpoint at line %d (%s %s), and its section documents nothing more: read as that endpoint", ep.line, first.Role, first.At.Line, ep.method, ep.path)
		return
	}
	who := "the " + first.Role + " role"
	if first.Role == "" {
		who = "an endpoint with no role"
	}
	b.rep.Fail(at, "%s is documented twice, at line %d and at line %d (%s %s): a GearN page documents each role once, in a section headed with it; delete the section at line %d, or head it with the role it documents", who, first.At.Line, ep.line, ep.method, ep.path, ep.line)
}

// errorCodes lists the members of the ErrorCode enum the page documents,
// as its tables were read (readTables).
func (b *builder) errorCodes(pd *pageDoc, payload *schema.Type) []string {
	var enum string
	for _, f := range payload.Fields {
		if f.Name == gearnErrorCode && f.At.Page == pd.name {
			enum = f.Type
		}
	}
	if enum == "" {
		return nil
	}
	var codes []string
	for _, d := range pd.defs {
		if b.canonical(d.name) != enum || d.table.Kind() != pages.KindEnum {
			continue
		}
		for _, m := range d.read.members {
			codes = append(codes, m.Name)
		}
	}
	return codes
}

func (b *builder) endpoint(pd *pageDoc, ep *endpointDoc, pi pathInfo) *schema.Endpoint {
	e := &schema.Endpoint{Role: ep.role, Method: ep.method, Path: ep.path, PostType: pi.postType, Permission: ep.permission, At: schema.Pos{Page: pd.name, Line: ep.line}}
	switch {
	case e.Role == "" && pi.role != "":
		e.Role = pi.role
		b.rep.Warn(pages.At(pd.name, ep.line), "recovered the missing role heading: %s, from the path", pi.role)
	case pi.role != "" && e.Role != pi.role:
		b.rep.Fail(pages.At(pd.name, ep.line), "path %q names role %s, but it stands in the %s section (line %d)", ep.path, pi.role, read.UpperFirst(e.Role), ep.roleLine)
	}
	for _, s := range ep.unread {
		b.rep.Warn(pages.At(pd.name, ep.line), "%s %s goes without what its %s section at line %d documents (its secret role too, where the section documents its headers): the section holds no table", ep.method, ep.path, s.Text, s.Line)
	}
	target := "operation: " + pd.opName()
	if e.Role != "" {
		target += ", role: " + e.Role
	}
	for _, s := range ep.empty {
		p, _ := titlePart(s.Text)
		what := fmt.Sprintf("the section %q of %s %s", pages.Clip(s.Text), ep.method, ep.path)
		switch in := requestPartOf(ep.method, p); {
		case p == partHeaders && ep.headers == nil:
			read.SectionLost(b.rep, pd.name, what, target+", in: headers", s)
		case p == partHeaders, ep.body != nil:
		case in == "query":
			read.SectionLost(b.rep, pd.name, what, target+", in: query", s)
		case in == "body":
			read.SectionLost(b.rep, pd.name, what, target, s)
		}
	}
	if ep.headers != nil {
		header := func(page string, tb *pages.Table, r *pages.Row) (*schema.Header, error) {
			h, lostChar, err := headerByContent(page, tb, r)
			if err == nil && lostChar != "" {
				b.rep.Warn(h.At, "%s", read.LostCharWarning(lostChar, "header "+h.Name, h.Name))
			}
			return h, err
		}
		read.FieldsLost(b.rep, pd.name, fmt.Sprintf("the header table of %s %s at line %d", ep.method, ep.path, ep.headers.Line), target+", in: headers", ep.headers)
		for _, h := range read.Rows(b.rep, pd.name, ep.headers, header) {
			if h.Required == "" {
				b.recoverRequirement(pd, h)
			}
			if h.Type == "" && ep.headers.Has(pages.ColType) && !b.recoverHeaderType(pd, h, schema.Target{Operation: pd.opName(), Role: e.Role, In: "headers"}) {
				continue
			}
			if strings.EqualFold(h.Name, "Secret-Key") {
				if m := secretRoleRe.FindStringSubmatch(h.Description); m != nil {
					e.SecretRole = m[1]
				}
			}
			e.Headers = append(e.Headers, h)
		}
	}
	if ep.body == nil && ep.method == "POST" && len(ep.empty) == 0 && len(ep.unread) == 0 && !ep.saysNoFields && !b.unplacedTables(pd.name) {
		read.RequestTableLost(b.rep, pages.At(pd.name, ep.line), ep.method+" "+ep.path, target)
	}
	if ep.body != nil {
		switch part := ep.requestPart(); {
		case len(ep.body.Rows) == 0:
			b.rep.Warn(pages.At(pd.name, ep.body.Line), "read the request table of %s at line %d, a header (%s) and no rows, as a request without parameters, as GearN's pages write an operation that takes none; if a scrape or a page break lost its rows, write them back under its header", pd.opName(), ep.body.Line, pages.Clip(strings.Join(ep.body.Header, " | ")))
		case part == "query":
			e.Query = b.fields(pd, part+" of "+pd.opName(), target+", in: query", ep.body)
			read.StatedForms(e.Query)
		case part == "body":
			e.Body = b.fields(pd, part+" of "+pd.opName(), target, ep.body)
			if e.Method == "GET" {
				e.GetBody = schema.GetBodyDocumented
				b.rep.Warn(pages.At(pd.name, ep.body.Line), "%s %s documents a request body, which HTTP gives a GET no meaning: read as getBody: %s; if the page meant its query parameters, title the table \"Query Parameters\"", ep.method, ep.path, schema.GetBodyDocumented)
			}
		default:
			b.rep.SectionHole(pages.At(pd.name, ep.body.Line), []string{"query parameters", "request body"}, "the field table of %s %s could be its query parameters or its request body, and no title tells (head it \"Query Parameters\" or \"Request Body\"); its endpoint stands without it", ep.method, ep.path)
		}
	}
	return e
}

// unplacedTables reports whether a table of page went to no section of
// its operation, or to no type, and a hole says so: it may be the table
// an endpoint of the page lacks.
func (b *builder) unplacedTables(page string) bool {
	return slices.ContainsFunc(b.rep.Holes(), func(h schema.Hole) bool {
		return h.At.Page == page && (h.Fact == schema.FactTable || h.Fact == schema.FactSection)
	})
}

// recoverRequirement fills in the requiredness of a header row that
// states none, from the same header in another section or on another page;
// a header documented nowhere else is taken as optional.
func (b *builder) recoverRequirement(pd *pageDoc, h *schema.Header) {
	for _, od := range append([]*pageDoc{pd}, b.docs...) {
		for _, ep := range od.endpoints {
			if ep.headers == nil {
				continue
			}
			for _, r := range ep.headers.Rows {
				o, _, err := headerByContent(od.name, ep.headers, r)
				if err == nil && o.Name == h.Name && o.Required != "" {
					h.Required, h.Condition = o.Required, o.Condition
					b.rep.Warn(h.At, "recovered the dropped Required cell of header %s: %s, as at %s", h.Name, h.Required, o.At)
					return
				}
			}
		}
	}
	h.Required = schema.Optional
	b.rep.Warn(h.At, "header %s states no requiredness and no other section documents it; taking it as optional", h.Name)
}

// recoverHeaderType gives a header whose row lost its type cell the type
// another section gives the header of that name, reporting false when no
// section does or two disagree: the header is then a hole, out of the
// headers of target until an overrides fix adds it, typed.
func (b *builder) recoverHeaderType(pd *pageDoc, h *schema.Header, target schema.Target) bool {
	var found *schema.Header
	for _, od := range append([]*pageDoc{pd}, b.docs...) {
		for _, ep := range od.endpoints {
			if ep.headers == nil || !ep.headers.Has(pages.ColType) {
				continue
			}
			for _, r := range ep.headers.Rows {
				o, _, err := headerByContent(od.name, ep.headers, r)
				switch {
				case err != nil || o.Name != h.Name || o.Type == "":
				case found == nil:
					found = o
				case o.Type != found.Type || strings.Join(o.Values, "|") != strings.Join(found.Values, "|"):
					var types []string
					if o.Type != found.Type {
						types = []string{found.Type, o.Type}
					}
					b.rep.HeaderHole(h.At, h, target, types, "header %s has lost its type cell, and the other sections disagree about its type: %s at %s, %s at %s (write it back on the page); its endpoint stands without it", h.Name, found.Type, found.At, o.Type, o.At)
					return false
				}
			}
		}
	}
	if found == nil {
		b.rep.HeaderHole(h.At, h, target, nil, "header %s has lost its type cell, and no other section documents its type (write it back on the page); its endpoint stands without it", h.Name)
		return false
	}
	h.Type, h.Values = found.Type, found.Values
	b.rep.Warn(h.At, "recovered the dropped type of header %s: %s, as at %s", h.Name, h.Type, found.At)
	return true
}

// settleWires settles the type of each field whose type cell states a
// primitive beside the type it names (read.SettleWire), once every
// page's types and enums are defined; one that contradicts the type is
// a hole (read.WireHole). A name a refused table without a
// heading may document stays, for the error at that table to settle.
func (b *builder) settleWires(api *schema.API) {
	eachField(api, func(target string, fields []*schema.Field) {
		for _, f := range fields {
			if f.Wire != "" && b.unsettled[lastSegment(f.Type)] {
				f.Wire = ""
			}
			read.SettleWire(b.rep, f, "field", target, b.documents, nil)
			read.WireHole(b.rep, f, "field", b.documents, nil)
		}
	})
}

// eachField calls do with the fields of the envelope, of each type and
// of each operation's body and query, and what an override names their
// owner by ("" for the envelope's, which none names).
func eachField(api *schema.API, do func(target string, fields []*schema.Field)) {
	if api.Envelope != nil {
		do("", api.Envelope.Fields)
	}
	for _, t := range api.Types {
		do("object: "+t.Name, t.Fields)
	}
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			do("operation: "+op.Name, ep.Body)
			do("operation: "+op.Name+", in: query", ep.Query)
		}
	}
}

// documents tells whether the pages document name as an enum or an
// object type, and where.
func (b *builder) documents(name string) (enum, object bool, at schema.Pos) {
	if e := b.enums[name]; e != nil {
		return true, false, e.At
	}
	if t := b.types[name]; t != nil {
		return false, true, t.At
	}
	return false, false, schema.Pos{}
}

// checkReferences reports, at the row that refers to it, every type that
// no page documents, but those a refused table without a heading may
// document: the error at that table says how to settle it.
func (b *builder) checkReferences(api *schema.API) {
	check := func(fields []*schema.Field) {
		for _, f := range fields {
			if f.Type != "" && !schema.IsPrimitive(f.Type) && b.types[f.Type] == nil && b.enums[f.Type] == nil && !b.unsettled[lastSegment(f.Type)] {
				b.rep.Fail(f.At, "field %s refers to type %s, which no page documents: parse the page that documents %s too, or write the name %s on a line of its own above its table if the scrape lost it", f.Name, f.Type, f.Type, f.Type)
			}
		}
	}
	if api.Envelope != nil {
		check(api.Envelope.Fields)
	}
	for _, t := range api.Types {
		check(t.Fields)
	}
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			check(ep.Body)
		}
	}
}
