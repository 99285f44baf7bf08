package reader

import (
	"slices"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// unreferenced warns of the types and enums the pages document that no
// member, response or "See X" of any page names: nothing reaches them,
// and the line above such a table may be no type's name at all (a
// callout's label, a note's title), read as one.
func (b *builder) unreferenced(api *schema.API) {
	// Each type is named once at least, by a member or a "See": the set
	// is made with room for them all.
	named := make(map[string]bool, len(api.Types)+len(api.Enums))
	note := func(fields []*schema.Field) {
		for _, f := range fields {
			named[lastSegment(f.Type)] = true
		}
	}
	if api.Envelope != nil {
		note(api.Envelope.Fields)
	}
	for _, t := range api.Types {
		note(t.Fields)
	}
	for _, op := range api.Operations {
		named[lastSegment(op.Response)] = true
		for _, ep := range op.Endpoints {
			note(ep.Body)
			note(ep.Query)
		}
	}
	for _, pd := range b.docs {
		for _, r := range pd.refs {
			named[lastSegment(r.name)] = true
		}
	}
	warn := func(name string, at schema.Pos) {
		if !named[lastSegment(name)] {
			b.rep.Warn(pages.At(at.Page, at.Line), "%s, documented by the table at line %d, is named by no member, response or \"See %s\" of the pages: nothing reaches it; if the line above its table is no type's name (a callout's label, a note's title), the table is another's: correct the page", name, at.Line, name)
		}
	}
	for _, t := range api.Types {
		warn(t.Name, t.At)
	}
	for _, e := range api.Enums {
		warn(e.Name, e.At)
	}
}

// capitalHeadings refuses the tables of a page under a heading written in
// capitals ("WARNING", "NOTICE") that nothing on the page refers to,
// where the page writes the names of its other types in CamelCase: such
// a line is no type's name as the page writes them, but a label (a
// callout's, a badge's) read as one, and the table may be the rest of
// another; a guess would give a type nothing reaches, or lose the rows
// of the table it goes on. An overrides entry that names the type the
// table documents settles it.
func (b *builder) capitalHeadings(pd *pageDoc) {
	referred := map[string]bool{}
	for _, r := range pd.refs {
		referred[lastSegment(r.name)] = true
	}
	var camel []string
	for _, d := range pd.defs {
		if d.headingLine > 0 && !d.recased && !inCapitals(lastSegment(d.name)) {
			camel = append(camel, d.name)
		}
	}
	if len(camel) == 0 {
		return
	}
	pd.defs = slices.DeleteFunc(pd.defs, func(d *defDoc) bool {
		if d.headingLine == 0 || !inCapitals(lastSegment(d.name)) || referred[lastSegment(d.name)] {
			return false
		}
		at := pages.At(pd.name, d.table.Line)
		if name, ok := b.assignedAt(at); ok {
			d.name, d.how = name, "the overrides file"
			return false
		}
		b.rep.TableHole(at, nil, "the table at line %d is headed %q (line %d), a name in capitals that nothing on the page refers to, where the page writes its types' names as %s: a callout's label or a note's title read as a type's name? If the table is the rest of a table a callout cut, delete line %d from the page", d.table.Line, d.name, d.headingLine, strings.Join(camel[:min(len(camel), 2)], " and "), d.headingLine)
		return true
	})
}

// inCapitals reports whether a name is written in capitals: two letters
// at least, and none in lower case ("WARNING", "HIGH_SCORE").
func inCapitals(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 2
}

// protocolNames are the names GearN's pages give the types of its
// envelope and payload, the same on every page.
var protocolNames = []string{sharedPayload, "ErrorCode", "ReturnCode", "InvalidMember", "InvalidMemberType"}

// recaseHeadings reads the type headings of a page that lost their case
// (read.RecaseHeadings) as the page's references write them. A heading
// two references match that differ only in case is refused, unless an
// overrides entry names the type its table documents: neither is
// documented then, which is no error of theirs.
func (b *builder) recaseHeadings(pd *pageDoc) {
	var heads []read.TypeHeading
	var defs []*defDoc
	for _, d := range pd.defs {
		if d.headingLine > 0 && d.name != "" {
			heads = append(heads, read.TypeHeading{Name: d.name, Line: d.headingLine, Table: d.table.Line})
			defs = append(defs, d)
		}
	}
	if len(heads) == 0 {
		return
	}
	refs := make(map[string]int, len(pd.refs))
	for _, r := range pd.refs {
		refs[r.name] = r.line
	}
	refused := map[*defDoc]bool{}
	for i, c := range read.RecaseHeadings(b.rep, pd.name, heads, refs, protocolNames) {
		d := defs[i]
		switch {
		case c.Rivals != nil:
			at := pages.At(pd.name, d.table.Line)
			if name, ok := b.assignedAt(at); ok {
				d.name, d.how = name, "the overrides file"
				continue
			}
			for _, r := range c.Rivals {
				b.unsettle(r)
			}
			b.rep.TableHole(at, c.Rivals, "%s. To settle it, add to the overrides file (under tables:), with <type> replaced by the name it documents:\n%s", read.CaseRivals(heads[i], c.Rivals), tableEntry(pd.name, d.table.Line))
			refused[d] = true
		case c.Name != d.name:
			d.name, d.recased = c.Name, true
		}
	}
	if len(refused) > 0 {
		pd.defs = slices.DeleteFunc(pd.defs, func(d *defDoc) bool { return refused[d] })
	}
}
