package reader

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// Markdown scrapes lose the headings that name type tables. nameTables
// finds the type each headingless table documents, in two passes.
//
// A headingless table after a page break (a page mark stood before it),
// or whose first lines go on the last row of the table before (Wrapped),
// that has the columns of the table before it is the rest of that table,
// cut by the break, before any evidence. The first pass takes only firm
// evidence: rows saying "… used in X" or
// "… field in X", the payload's errorCode member, and a table on another
// page, under a heading, with the same members. The second pass goes in
// page order, among the types referred to before the table, by another
// table than itself, and not yet documented: those of the table's kind
// (a type whose kind the protocol or another page fixes must have it),
// then the one the table just before refers to, then the one whose
// name's words the table uses where only one does (not the words of the
// names the table refers to). The order is weak evidence: two tables it
// gives a type each that could as well document each other's (swappable)
// are both refused, naming both types, rather than read each as the
// next one's type. In both passes a
// table right after one with its header, with nothing between them,
// comes after the others: it is most likely that one's rest, and a type
// it could document more likely another table's. Where the evidence
// leaves two or more, the table is an error naming them: a guess would
// give a wrong schema with no warning. A table the evidence leaves no
// type is the rest of the table before with its columns, when one is,
// unless it names a member that one names too.
func (b *builder) nameTables(pd *pageDoc) {
	documented := map[string]bool{}
	for _, d := range pd.defs {
		if d.name != "" {
			documented[lastSegment(d.name)] = true
		}
	}
	var pending []ref
	for _, r := range pd.refs {
		if !documented[lastSegment(r.name)] {
			pending = append(pending, r)
		}
	}
	assign := func(d *defDoc, name, how string) {
		d.name, d.how, d.recovered = name, how, true
		for i, r := range pending {
			if r.name == name {
				pending = append(pending[:i], pending[i+1:]...)
				break
			}
		}
	}
	recovered := func(d *defDoc) {
		b.rep.Warn(pages.At(pd.name, d.table.Line), "recovered the missing heading of the table at line %d: it documents %s (%s)", d.table.Line, d.name, d.how)
	}
	take := func(d *defDoc, name, how string) {
		assign(d, name, how)
		recovered(d)
	}
	for _, d := range pd.defs {
		if d.name != "" {
			continue
		}
		at := pages.At(pd.name, d.table.Line)
		if name, ok := b.assignedAt(at); ok {
			d.name, d.how = name, "the overrides file"
			pending = slices.DeleteFunc(pending, func(r ref) bool { return r.name == name })
		}
	}
	// Evidence is weighed table by table, and a table may take a type
	// from another: a table right after one with its header, with
	// nothing between them, most likely that one's rest, takes it after
	// the others (byRestClaim).
	deferred := byRestClaim(pd.defs)
	for _, d := range deferred {
		if d.name != "" || d.cut() {
			continue // named, or the rest of a table cut in two: read below
		}
		if name, how := usedInEvidence(d, pending); name != "" {
			take(d, name, how)
		} else if name, how := payloadEvidence(pd, d, pending); name != "" {
			take(d, name, how)
		} else if name, how := b.crossPageEvidence(pd, d, pending); name != "" {
			take(d, name, how)
		}
	}
	var weak *weakEvidence
	// weighed are the tables the weak evidence gives a type, in the order
	// it gave them: each is weighed against the others (swappable)
	// before it is taken.
	var weighed []*defDoc
	var rests []*defDoc
	// A table that may be the rest of the table before it does not take
	// the type the weak evidence gives it from a table after it that
	// could document no other: it yields it, once, to one that less
	// surely may be a rest, and going after it; with one that may as
	// surely be a rest, nothing tells which of the two documents the
	// type, and both are refused.
	queue := slices.DeleteFunc(slices.Clone(deferred), func(d *defDoc) bool { return d.name != "" })
	yielded, refused := map[*defDoc]bool{}, map[*defDoc]bool{}
	for i := 0; i < len(queue); i++ {
		d := queue[i]
		if refused[d] {
			continue
		}
		if weak == nil {
			weak = &weakEvidence{pd, b.knownKinds(pd), pd.referrers()}
		}
		var name, how string
		var rivals []ref
		if !d.cut() {
			name, how, rivals = weak.byEvidence(d, pending)
		}
		if name != "" && restClaim(d) != noRest && !yielded[d] {
			if e := weak.contender(d, name, queue[i+1:], pending, yielded); e != nil {
				if restClaim(e) < restClaim(d) {
					yielded[d] = true
					queue = append(queue, d)
					continue
				}
				_, ehow, _ := weak.byEvidence(e, pending)
				refused[e] = true
				b.refuseContest(pd, d, e, name, how)
				b.refuseContest(pd, e, d, name, ehow)
				continue
			}
		}
		switch {
		case name != "":
			assign(d, name, how)
			weighed = append(weighed, d)
		case len(rivals) > 0:
			names := make([]string, len(rivals))
			for i, r := range rivals {
				names[i] = r.name
				b.unsettle(r.name)
			}
			b.rep.TableHole(pages.At(pd.name, d.table.Line), names, "the table at line %d%s has no heading, and it could document any of %s: nothing on the page tells which", d.table.Line, firstRow(d.table), strings.Join(names, ", "))
		case d.table.Continues != nil || d.table.Resumes != nil:
			rests = append(rests, d)
		default:
			b.rep.TableHole(pages.At(pd.name, d.table.Line), nil, "the table at line %d%s has no heading, and no type the page refers to before it is left for it to document", d.table.Line, firstRow(d.table))
		}
	}
	// Two tables the weak evidence gave a type each, either of which
	// could as well document the other's type (swappable), are refused
	// both: their order on the page tells nothing, and taking it would
	// read each table as the other's type, a schema silently wrong.
	swapped := map[*defDoc]*defDoc{}
	for i, d := range weighed {
		for _, e := range weighed[i+1:] {
			if swapped[d] == nil && swapped[e] == nil && weak.swappable(d, e) {
				swapped[d], swapped[e] = e, d
			}
		}
	}
	for _, d := range weighed {
		e := swapped[d]
		if e == nil {
			recovered(d)
			continue
		}
		names := []string{d.name, e.name}
		b.unsettle(d.name)
		b.rep.TableHole(pages.At(pd.name, d.table.Line), names, "the table at line %d%s has no heading, and it could document %s (%s) or %s, which the table at line %d could document as well: nothing on the page tells which of the two documents which", d.table.Line, firstRow(d.table), d.name, d.how, e.name, e.table.Line)
	}
	for _, d := range weighed {
		if e := swapped[d]; e != nil {
			d.name, d.how, d.recovered = "", "", false
		}
	}
	// into is the table each table read as a rest went into; the rests
	// go into their tables in page order, as a table cut in three goes.
	into := map[*pages.Table]*pages.Table{}
	slices.SortFunc(rests, func(a, c *defDoc) int { return a.table.Line - c.table.Line })
	for _, d := range rests {
		prev, how := d.table.Continues, "right before it"
		if prev == nil {
			prev, how = d.table.Resumes, fmt.Sprintf("before it, with only %q and no heading between them (what a callout, a page break or the site's chrome leaves)", pages.Clip(strings.Join(d.intro, " ")))
		}
		if d.table.AfterBreak {
			how += " across a page break"
		}
		for into[prev] != nil {
			prev = into[prev]
		}
		why := ", and no type the page refers to before it is left for it to document"
		if d.cut() {
			why = ""
		}
		if name, line, first := pd.repeatedMember(prev, d.table); name != "" {
			b.rep.TableHole(pages.At(pd.name, d.table.Line), nil, "the table at line %d has no heading and the columns of the table at line %d %s%s, but its row at line %d names %s, which that table names at line %d: a table names a member once, so it is no rest of that table", d.table.Line, prev.Line, how, why, line, name, first)
			continue
		}
		if code, line, first := repeatedCode(prev, d.table); code != "" {
			b.rep.TableHole(pages.At(pd.name, d.table.Line), nil, "the table at line %d has no heading and the columns of the table at line %d %s%s, but its row at line %d gives the code %s, which that table gives at line %d: an enum gives a code once, so it is no rest of that table", d.table.Line, prev.Line, how, why, line, code, first)
			continue
		}
		if d.table.NoHeader && d.table.Continues != nil && !d.table.AfterBreak {
			b.rep.Warn(pages.At(pd.name, d.table.Line), "the rows at line %d have no header row and the width of the table at line %d right before them, with no text between: read as the rest of that table, cut in two", d.table.Line, prev.Line)
		} else {
			b.rep.Warn(pages.At(pd.name, d.table.Line), "the table at line %d has no heading and the columns of the table at line %d %s%s: read as the rest of that table, cut in two", d.table.Line, prev.Line, how, why)
		}
		pd.appendRows(b.rep, prev, d.table)
		into[d.table] = prev
	}
	pd.defs = slices.DeleteFunc(pd.defs, func(d *defDoc) bool { return into[d.table] != nil })
}

// byRestClaim orders a page's definitions for the evidence: those right
// after a table with their header and nothing between them, which may
// be its rest, after the others, else in page order.
func byRestClaim(defs []*defDoc) []*defDoc {
	out := slices.Clone(defs)
	last := func(d *defDoc) int {
		if restClaim(d) == rightAfter {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(out, func(a, c *defDoc) int { return cmp.Compare(last(a), last(c)) })
	return out
}

// How surely a table may be the rest of the table before it with its
// columns: it follows none (noRest), follows one after a few text lines
// (afterLines), or follows one right after, with nothing between them
// (rightAfter).
const (
	noRest = iota
	afterLines
	rightAfter
)

// restClaim is how surely a definition's table may be the rest of the
// table before it.
func restClaim(d *defDoc) int {
	switch {
	case d.table.Continues != nil:
		return rightAfter
	case d.table.Resumes != nil:
		return afterLines
	}
	return noRest
}

// repeatedMember returns a member that rest names and tb names already,
// with the lines of its row in each, or "": a table names each member
// once, so rest is no rest of tb.
func (pd *pageDoc) repeatedMember(tb, rest *pages.Table) (name string, line, first int) {
	seen := map[string]int{}
	pd.members(tb, func(n string, l int) { seen[n] = l })
	pd.members(rest, func(n string, l int) {
		if f, ok := seen[n]; ok && name == "" {
			name, line, first = n, l, f
		}
	})
	return name, line, first
}

// repeatedCode returns a code that the enum table rest gives and the enum
// table tb gives already, with the lines of its row in each, or "": an
// enum gives each code once, so rest is no rest of tb.
func repeatedCode(tb, rest *pages.Table) (code string, line, first int) {
	if tb.Kind() != pages.KindEnum || rest.Kind() != pages.KindEnum {
		return "", 0, 0
	}
	seen := map[string]int{}
	codes := func(t *pages.Table, each func(c string, l int) bool) {
		i := slices.Index(t.Cols, pages.ColCode)
		for _, r := range t.Rows {
			if i >= 0 && i < len(r.Cells) && r.Cells[i] != "" && !each(r.Cells[i], r.Line) {
				return
			}
		}
	}
	codes(tb, func(c string, l int) bool { seen[c] = l; return true })
	codes(rest, func(c string, l int) bool {
		if f, ok := seen[c]; ok {
			code, line, first = c, l, f
			return false
		}
		return true
	})
	return code, line, first
}

// members calls member with the name each row of a header, field or
// enum table gives its member (a field row's code, read by what its
// cells hold), and the row's line; a row without a name is skipped.
func (pd *pageDoc) members(tb *pages.Table, member func(name string, line int)) {
	if tb.Kind() == pages.KindFields {
		for _, fd := range pd.fieldRows(tb) {
			if fd.code != "" {
				member(fd.code, fd.line)
			}
		}
		return
	}
	i := slices.Index(tb.Cols, pages.ColName)
	for _, r := range tb.Rows {
		if i >= 0 && i < len(r.Cells) && r.Cells[i] != "" {
			member(r.Cells[i], r.Line)
		}
	}
}

// tableEntry is the overrides entry that assigns the table at a page's
// line to a type, its placeholder <type> to replace.
func tableEntry(page string, line int) string {
	return fmt.Sprintf("  - table: %s:%d\n    type: <type>", page, line)
}

// firstRow quotes a table's first row, for messages about the table.
func firstRow(tb *pages.Table) string {
	if len(tb.Rows) == 0 {
		return ""
	}
	return fmt.Sprintf(", whose first row is %q,", pages.Clip(tb.Rows[0].Raw))
}

// usedInEvidence reads rows such as "Device used in ExternalItem." as a
// statement of the table's own name.
func usedInEvidence(d *defDoc, pending []ref) (string, string) {
	votes := map[string]int{}
	best := ""
	for _, r := range d.table.Rows {
		for _, c := range r.Cells {
			if !strings.Contains(c, " in ") {
				continue
			}
			for _, m := range usedInRe.FindAllStringSubmatch(c, -1) {
				votes[m[1]]++
				if best == "" || votes[m[1]] > votes[best] {
					best = m[1]
				}
			}
		}
	}
	if best == "" {
		return "", ""
	}
	how := fmt.Sprintf("its rows say \"used in %s\"", best)
	var suffix []string
	for _, p := range pending {
		switch {
		case p.name == best || lastSegment(p.name) == lastSegment(best):
			return p.name, how
		case strings.HasSuffix(best, lastSegment(p.name)):
			suffix = append(suffix, p.name)
		}
	}
	if len(suffix) == 1 {
		return suffix[0], how
	}
	return "", ""
}

// payloadEvidence reads a field table with an errorCode member as the
// payload type the envelope refers to: GearN's payload always carries the
// business outcome.
func payloadEvidence(pd *pageDoc, d *defDoc, pending []ref) (string, string) {
	p, _ := pd.payloadType()
	if p == "" || d.table.Kind() != pages.KindFields || !slices.ContainsFunc(pending, func(r ref) bool { return r.name == p }) {
		return "", ""
	}
	for _, fd := range pd.fieldRows(d.table) {
		if fd.code == gearnErrorCode {
			return p, fmt.Sprintf("its %s member marks the payload that the response's %s member refers to", gearnErrorCode, gearnPayload)
		}
	}
	return "", ""
}

// headedGroup is the tables under headings with the same last segment,
// of one kind and with the same members: the first two, on different
// pages, are enough to find one on another page than any given page.
type headedGroup struct {
	kind pages.Kind
	sig  memberSet
	at   []headedTable
}

// headedTable is where a table under a heading is; seq orders the tables
// by page, then by place on the page.
type headedTable struct {
	page *pageDoc
	line int
	seq  int
}

// elsewhere returns the first table of g that is not on pd.
func (g *headedGroup) elsewhere(pd *pageDoc) (headedTable, bool) {
	for _, t := range g.at {
		if t.page != pd {
			return t, true
		}
	}
	return headedTable{}, false
}

// headedKey returns what groups a table under a heading with the same
// table under the same heading on other pages, the last segment of the
// heading, the table's kind and its members, and the members. It is
// worked out once per heading, while the pages are read concurrently
// (sortFieldRows), rather than in the serial build.
func (pd *pageDoc) headedKey(d *defDoc) (string, memberSet) {
	if d.keyName != d.name || d.key == "" {
		// The key is written once, and the members are kept as parts
		// of it, which holds them all: the headings of a large API are
		// many.
		ms := members(pd, d.table)
		seg, kind := lastSegment(d.name), strconv.Itoa(int(d.table.Kind()))
		n := len(seg) + 1 + len(kind) + 1
		for _, m := range ms {
			n += len(m.name) + 1 + len(m.typ) + 1
		}
		var key strings.Builder
		key.Grow(n)
		key.WriteString(seg)
		key.WriteByte(0)
		key.WriteString(kind)
		key.WriteByte(0)
		ends := make([]int, len(ms))
		for i, m := range ms {
			if i > 0 {
				key.WriteByte(0)
			}
			key.WriteString(m.name)
			key.WriteByte(' ')
			key.WriteString(m.typ)
			ends[i] = key.Len()
		}
		d.key = key.String()
		sig := make(memberSet, len(ms))
		for i, m := range ms {
			sig[i] = d.key[ends[i]-len(m.name)-1-len(m.typ) : ends[i]]
		}
		d.sig, d.keyName = sig, d.name
	}
	return d.key, d.sig
}

// headedTables groups the tables the pages put under a heading by the
// last segment of the heading, then by kind and members.
func headedTables(docs []*pageDoc) map[string][]*headedGroup {
	// Room for a group a table, as a large API's pages each head tables
	// of their own.
	tables := 0
	for _, pd := range docs {
		tables += len(pd.defs)
	}
	idx := make(map[string][]*headedGroup, tables)
	groups := make(map[string]*headedGroup, tables)
	seq := 0
	for _, pd := range docs {
		for _, d := range pd.defs {
			if d.name == "" {
				continue
			}
			seg, kind := lastSegment(d.name), d.table.Kind()
			key, sig := pd.headedKey(d)
			g := groups[key]
			if g == nil {
				g = &headedGroup{kind: kind, sig: sig}
				groups[key] = g
				idx[seg] = append(idx[seg], g)
			}
			if len(g.at) == 0 || len(g.at) == 1 && g.at[0].page != pd {
				g.at = append(g.at, headedTable{pd, d.table.Line, seq})
			}
			seq++
		}
	}
	return idx
}

// crossPageEvidence looks for a table under a heading on another page
// with the same members as d; among equally similar tables the first in
// page order is quoted. Two pending types matching equally well is no
// evidence.
func (b *builder) crossPageEvidence(pd *pageDoc, d *defDoc, pending []ref) (string, string) {
	sig := signature(pd, d.table)
	if len(sig) == 0 {
		return "", ""
	}
	kind := d.table.Kind()
	payload, _ := pd.payloadType()
	best, where, bestScore, tie := "", "", 0.0, false
	for _, p := range pending {
		if p.name == payload {
			continue // every page has its own payload type
		}
		score, at := 0.0, headedTable{}
		for _, g := range b.headed[lastSegment(p.name)] {
			t, ok := g.elsewhere(pd)
			if !ok || g.kind != kind {
				continue
			}
			if s := similarity(sig, g.sig); s > score || s == score && s > 0 && t.seq < at.seq {
				score, at = s, t
			}
		}
		switch {
		case score > bestScore:
			best, where, bestScore, tie = p.name, fmt.Sprintf("%s:%d", at.page.name, at.line), score, false
		case score == bestScore && score > 0:
			tie = true
		}
	}
	if tie || bestScore < 0.5 {
		return "", ""
	}
	return best, fmt.Sprintf("same members as %s at %s", best, where)
}

// A memberSet is a set of a table's members, each its name and its type
// ("userId string"): sorted, each once.
type memberSet []string

// signature is the set of a table's member names with their types.
func signature(pd *pageDoc, tb *pages.Table) memberSet {
	ms := members(pd, tb)
	sig := make(memberSet, len(ms))
	for i, m := range ms {
		sig[i] = m.name + " " + m.typ
	}
	return sig
}

// A member is a table's member as a memberSet holds it, its name and its
// type, kept apart until written.
type member struct{ name, typ string }

// members returns the members of a table as signature reads them, each
// once, sorted as their text in a memberSet (name, a space, type) sorts.
func members(pd *pageDoc, tb *pages.Table) []member {
	var ms []member
	switch tb.Kind() {
	case pages.KindFields:
		fds := pd.fieldRows(tb)
		ms = make([]member, 0, len(fds))
		for _, fd := range fds {
			if fd.code != "" {
				ms = append(ms, member{fd.code, fd.typ})
			}
		}
	case pages.KindEnum:
		ms = make([]member, 0, len(tb.Rows))
		for _, r := range tb.Rows {
			if len(r.Cells) > 1 {
				ms = append(ms, member{r.Cells[0], r.Cells[1]})
			}
		}
	}
	slices.SortFunc(ms, compareMembers)
	return slices.CompactFunc(ms, func(a, b member) bool { return compareMembers(a, b) == 0 })
}

// compareMembers compares two members as strings.Compare compares their
// texts, name, a space and type, without joining them.
func compareMembers(a, b member) int {
	at := func(m member, i int) byte {
		switch {
		case i < len(m.name):
			return m.name[i]
		case i == len(m.name):
			return ' '
		}
		return m.typ[i-len(m.name)-1]
	}
	na, nb := len(a.name)+1+len(a.typ), len(b.name)+1+len(b.typ)
	for i := range min(na, nb) {
		if ca, cb := at(a, i), at(b, i); ca != cb {
			return cmp.Compare(ca, cb)
		}
	}
	return cmp.Compare(na, nb)
}

// similarity is the members two sets share, of the members either has.
func similarity(a, b memberSet) float64 {
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := strings.Compare(a[i], b[j]); {
		case c == 0:
			inter, i, j = inter+1, i+1, j+1
		case c < 0:
			i++
		default:
			j++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// stopWords are words of type names that say nothing of what they hold.
var stopWords = map[string]bool{"item": true, "info": true, "param": true, "parameter": true, "model": true, "generic": true, "models": true, "object": true}

// knownKinds tells the kind of table a type of the page must be
// documented with, where something other than the table fixes it: the
// envelope's returnCode and every errorCode member hold an outcome enum,
// whose table has an Ok member, the
// envelope's invalidRequestParameters and parameters members an object;
// a type documented under a heading on other pages has the kind it has
// there, when they all agree; else a type of GearN's model namespace
// (modelsNamespace) is an object.
func (b *builder) knownKinds(pd *pageDoc) func(name string) (pages.Kind, bool) {
	if b.headedKinds == nil {
		b.headedKinds = map[string]pages.Kind{}
		for seg, groups := range b.headed {
			k := groups[0].kind
			for _, g := range groups[1:] {
				if g.kind != k {
					k = pages.KindUnknown
				}
			}
			if k != pages.KindUnknown {
				b.headedKinds[seg] = k
			}
		}
	}
	kinds := map[string]pages.Kind{}
	for _, tb := range pd.tables {
		if tb.Kind() != pages.KindFields {
			continue
		}
		for _, fd := range pd.fieldRows(tb) {
			t, ok := read.ParseType(fd.typ)
			if !ok || !t.Named() {
				continue
			}
			switch {
			case fd.code == gearnStatus || fd.code == gearnErrorCode:
				kinds[lastSegment(t.Name)] = kindOutcome
			case tb == pd.envelope && (fd.code == gearnInvalid || fd.code == gearnPayload):
				kinds[lastSegment(t.Name)] = pages.KindFields
			}
		}
	}
	return func(name string) (pages.Kind, bool) {
		seg := lastSegment(name)
		if k, ok := kinds[seg]; ok {
			return k, true
		}
		if k, ok := b.headedKinds[seg]; ok {
			return k, true
		}
		if strings.HasPrefix(name, modelsNamespace) {
			return pages.KindFields, true
		}
		return pages.KindUnknown, false
	}
}

// modelsNamespace is the namespace of GearN's object types
// ("GenericModels.GemFacet"); its enums have none ("GemGrade"). A type
// named in it is an object, which an enum table of Name | Code |
// Description cannot document.
const modelsNamespace = "GenericModels."

// kindOutcome is the kind of the enums that hold an outcome, the
// envelope's returnCode and the payload's errorCode: enum tables with an
// Ok member, GearN's success.
const kindOutcome = pages.KindEnum + 100

// gearnOk is the member of every outcome enum that says the call
// succeeded.
const gearnOk = "Ok"

// hasMember reports whether an enum table has a member of that name.
func hasMember(tb *pages.Table, name string) bool {
	for _, r := range tb.Rows {
		if len(r.Cells) > 0 && r.Cells[0] == name {
			return true
		}
	}
	return false
}

// kindWord names a kind of table, for messages.
func kindWord(k pages.Kind) string {
	if k == pages.KindEnum {
		return "an enum table"
	}
	return "a field table"
}

// refuseContest refuses the table of d, which may be the rest of the
// table before it with its columns or document name (as how says),
// which the table of e could document as well.
func (b *builder) refuseContest(pd *pageDoc, d, e *defDoc, name, how string) {
	b.unsettle(name)
	prev := d.table.Continues
	if prev == nil {
		prev = d.table.Resumes
	}
	b.rep.FailKnowing(schema.KnowsFix, pages.At(pd.name, d.table.Line), "the table at line %d%s has no heading: it could document %s (%s), or be the rest of the table at line %d with its columns; the table at line %d could document %s too, and nothing on the page tells which does. To settle it, write the name of the type it documents (that of the table at line %d, if it is its rest) on a line of its own above the table, or add to the overrides file (under tables:), with <type> replaced by that name:\n%s", d.table.Line, firstRow(d.table), name, how, prev.Line, e.table.Line, name, prev.Line, tableEntry(pd.name, d.table.Line))
}

// unsettle records that a refused table without a heading could
// document the type: that no table documents it is no error of its own.
func (b *builder) unsettle(name string) {
	if b.unsettled == nil {
		b.unsettled = map[string]bool{}
	}
	b.unsettled[lastSegment(name)] = true
}

// contender returns the table of later, not d and not one that yielded
// its type, that may least surely be a rest, and no more surely than d,
// whose only type it could document is name (the first such); or nil.
func (w weakEvidence) contender(d *defDoc, name string, later []*defDoc, pending []ref, yielded map[*defDoc]bool) *defDoc {
	var best *defDoc
	for _, e := range later {
		if e == d || yielded[e] || e.name != "" || e.cut() || restClaim(e) > restClaim(d) || best != nil && restClaim(e) >= restClaim(best) {
			continue
		}
		if fit := w.fit(e, pending); len(fit) == 1 && fit[0].name == name {
			best = e
		}
	}
	return best
}

// weakEvidence is what the second pass weighs a headingless table by:
// the page, the kind a type must be documented with where something
// other than its table fixes it, and the tables that refer to each type.
type weakEvidence struct {
	pd        *pageDoc
	kindOf    func(string) (pages.Kind, bool)
	referrers map[string][]*pages.Table
}

// fit lists the pending types a table could document: those referred
// to before it (or, when none is, anywhere, but for a table that may be
// the rest of the one before it) by another table than itself, whose
// kind its own kind fits. A type only the table's own rows refer to is
// none it documents: nothing else would reach it. A header table
// documents none.
func (w weakEvidence) fit(d *defDoc, pending []ref) []ref {
	kind := d.table.Kind()
	if kind == pages.KindHeaders {
		return nil
	}
	var reached, before []ref
	for _, p := range pending {
		if ts := w.referrers[p.name]; len(ts) == 1 && ts[0] == d.table {
			continue
		}
		reached = append(reached, p)
		if p.line < d.table.Line {
			before = append(before, p)
		}
	}
	if len(before) == 0 && restClaim(d) != noRest {
		// A table that may be the rest of the table before it takes no
		// type the page refers to only after it: it is that table's
		// rest, or one whose type nothing before names.
		return nil
	}
	if len(before) == 0 {
		before = reached
	}
	var fit []ref
	for _, p := range before {
		switch k, ok := w.kindOf(p.name); {
		case !ok, k == kind:
			fit = append(fit, p)
		case k == kindOutcome && kind == pages.KindEnum && hasMember(d.table, gearnOk):
			fit = append(fit, p)
		}
	}
	return fit
}

// byEvidence picks, for a table without firm evidence, the pending type it
// documents; rivals lists the types the evidence leaves when it cannot
// tell them apart.
func (w weakEvidence) byEvidence(d *defDoc, pending []ref) (name, how string, rivals []ref) {
	pd, kind := w.pd, d.table.Kind()
	fit := w.fit(d, pending)
	switch len(fit) {
	case 0:
		return "", "", nil
	case 1:
		return fit[0].name, fmt.Sprintf("the only type referred to before it that %s can document", kindWord(kind)), nil
	}
	if prev := pd.tableBefore(d.table); prev != nil {
		referred := map[string]bool{}
		refersTo(prev, func(name string, _ int) { referred[name] = true })
		var near []ref
		for _, p := range fit {
			if referred[p.name] {
				near = append(near, p)
			}
		}
		if len(near) == 1 {
			return near[0].name, fmt.Sprintf("the table just before it, at line %d, refers to %s", prev.Line, near[0].name), nil
		}
		if len(near) > 1 {
			fit = near
		}
	}
	if p, ok := onlyNamedByWords(d, fit); ok {
		return p.name, fmt.Sprintf("of the types %s could document, only %s has its name's words in the table", kindWord(kind), p.name), nil
	}
	return "", "", fit
}

// swappable reports whether two tables the weak evidence gave a type
// each could document each other's type as well: each type is referred
// to before the other table, by another table than it, and not by the
// other table's own rows; its kind, where something fixes it, is the
// other table's; and the words of the two tables do not each name
// their own type, as well as the other's at least and better in all.
func (w weakEvidence) swappable(d, e *defDoc) bool {
	if !w.couldDocument(d, e.name) || !w.couldDocument(e, d.name) {
		return false
	}
	// Words settle it only where each table's words name its own type,
	// each as well as the other's at least, and better in all: a
	// description of one table that uses a word of a name ("raises the
	// mood", "more hazards") names no type.
	dw, ew := tableWords(d), tableWords(e)
	score := func(text map[string]bool, name string) float64 {
		s, _ := nameScore(text, name)
		return s
	}
	dOwn, dOther, eOwn, eOther := score(dw, d.name), score(dw, e.name), score(ew, e.name), score(ew, d.name)
	named := dOwn > 0 && eOwn > 0 && dOwn >= dOther && eOwn >= eOther && dOwn+eOwn > dOther+eOther
	return !named
}

// couldDocument reports whether d's table could document the type name
// as the weak evidence weighs it: a table before it, not itself, refers
// to the type, its own rows do not, and the type's kind, where something
// fixes it, is the table's.
func (w weakEvidence) couldDocument(d *defDoc, name string) bool {
	if !slices.ContainsFunc(w.referrers[name], func(t *pages.Table) bool { return t != d.table && t.Line < d.table.Line }) {
		return false
	}
	own := false
	refersTo(d.table, func(n string, _ int) { own = own || n == name })
	if own {
		return false
	}
	switch k, ok := w.kindOf(name); {
	case !ok, k == d.table.Kind():
		return true
	case k == kindOutcome:
		return d.table.Kind() == pages.KindEnum && hasMember(d.table, gearnOk)
	}
	return false
}

// referrers maps each type name the page's tables refer to to those
// tables, in page order.
func (pd *pageDoc) referrers() map[string][]*pages.Table {
	by := map[string][]*pages.Table{}
	for _, t := range pd.tables {
		refersTo(t, func(name string, _ int) {
			if ts := by[name]; len(ts) == 0 || ts[len(ts)-1] != t {
				by[name] = append(ts, t)
			}
		})
	}
	return by
}

// tableBefore returns the page's table just before tb.
func (pd *pageDoc) tableBefore(tb *pages.Table) *pages.Table {
	i := slices.Index(pd.tables, tb)
	if i <= 0 {
		return nil
	}
	return pd.tables[i-1]
}

// onlyNamedByWords returns the one candidate whose name's words the table
// and the prose before it use more than any other's.
func onlyNamedByWords(d *defDoc, candidates []ref) (ref, bool) {
	text := tableWords(d)
	var best ref
	bestScore, tie := 0.0, false
	for _, p := range candidates {
		switch score, ok := nameScore(text, p.name); {
		case !ok:
		case score > bestScore:
			best, bestScore, tie = p, score, false
		case score == bestScore && score > 0:
			tie = true
		}
	}
	return best, bestScore > 0 && !tie
}

// tableWords are the words of a table's rows and of the prose before
// it, but for the names the table refers to (a member's type, "See X"):
// they are other types', and say nothing of its own name.
func tableWords(d *defDoc) map[string]bool {
	text := map[string]bool{}
	for _, w := range pages.Words(strings.Join(d.intro, " ")) {
		text[w] = true
	}
	var referred []string
	refersTo(d.table, func(name string, _ int) { referred = append(referred, name) })
	slices.SortFunc(referred, func(a, b string) int { return len(b) - len(a) })
	ti := slices.Index(d.table.Cols, pages.ColType)
	for _, r := range d.table.Rows {
		for i, c := range r.Cells {
			if i == ti {
				continue
			}
			for _, name := range referred {
				c = strings.ReplaceAll(c, name, " ")
			}
			for _, w := range pages.Words(c) {
				text[w] = true
			}
		}
	}
	return text
}

// nameScore is the share of the words of a type's name (its last
// segment, without stopWords) that text holds; ok is false for a name of
// stop words only.
func nameScore(text map[string]bool, name string) (float64, bool) {
	var ws []string
	for _, w := range pages.Words(lastSegment(name)) {
		if !stopWords[w] {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return 0, false
	}
	hit := 0
	for _, w := range ws {
		if text[w] {
			hit++
		}
	}
	return float64(hit) / float64(len(ws)), true
}
