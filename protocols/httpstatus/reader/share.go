package reader

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// A code table is its operation's. On a page of several endpoints, though,
// one that precedes the first endpoint's path heading, or follows the last
// endpoint's sections, may be the page's, serving every endpoint: a
// "Response Codes" table at the page's foot whose statuses the endpoints'
// own status tables list apart (465 by /memo/register, 466 by
// /memo/remove). Where it stands cannot tell; the endpoints' status
// tables, and their example answers, can.

// placedRow is a code row of a shared table and the operations it is
// given to.
type placedRow struct {
	row codeRow
	to  []*schema.Operation
}

// pageCodes files the code tables of a page's operations, after all of
// them read their status tables. On a page of several, a table before the
// first path heading, or the last operation's when no other operation has
// one in its sections (where each endpoint writes its own, the last's is
// its own too), is placed by sharedCodes; every other is its operation's.
func (b *statusBuilder) pageCodes(page string, ops []built) {
	if len(ops) == 0 {
		return
	}
	shared := map[*pages.Table][]placedRow{}
	ownTables := 0 // of the operations but the last, in their sections
	for i, o := range ops[:len(ops)-1] {
		for _, tb := range o.doc.codes {
			if i > 0 || tb.Line > o.doc.pathLine {
				ownTables++
			}
		}
		ownTables += len(o.doc.bare)
	}
	for i, o := range ops {
		for _, tb := range o.doc.codes {
			switch {
			case len(ops) < 2:
			case i == 0 && tb.Line < o.doc.pathLine, i == len(ops)-1 && ownTables == 0:
				shared[tb] = b.sharedCodes(page, ops, i, tb)
			}
		}
	}
	for _, o := range ops {
		for _, bt := range o.doc.bare {
			b.bareCodes(page, o, bt)
		}
		for _, tb := range o.doc.codes {
			rows, ok := shared[tb]
			if !ok {
				b.codes(page, o.op, tb)
				continue
			}
			for _, pr := range rows {
				for _, op := range pr.to {
					b.addDetail(page, op, pr.row)
				}
			}
		}
	}
}

// bareCodes reads a code table without a Status column into the details
// of the one status of its operation whose detail codes it lists: the
// status the overrides file's tables: entry for its header line gives
// (status:); else the one the status table points to the detail codes
// from ("see the codes below"), else the one it lists outside the
// standard ones ("481 (custom status)"), with a warning that names it
// and prints the entry that gives the table another. Where no status, or
// several, can be it, the table is an error at its header that names
// them and prints the entry, its rows left out of the schema.
func (b *statusBuilder) bareCodes(page string, o built, bt bareTable) {
	tb, at := bt.table, pages.At(page, bt.table.Line)
	entry := fmt.Sprintf("{table: %s, status: <status>}", at)
	if e, ok := b.given[at]; ok {
		b.givenTaken[at] = true
		if _, _, _, err := statusCode(e.Status); err != nil {
			b.rep.Fail(e.Fix, "status: %v", err)
			return
		}
		b.bareRows(page, o.op, bt, e.Status)
		return
	}
	var pointing, custom []*schema.Status
	for _, st := range o.op.Statuses {
		if pointsToStatusDetails(st) {
			pointing = append(pointing, st)
		}
		if st.Range == "" && http.StatusText(st.Code) == "" {
			custom = append(custom, st)
		}
	}
	candidates, why := custom, "the one status its status table lists outside the standard ones"
	if len(pointing) > 0 {
		candidates, why = pointing, "the one status whose description in its status table points to the detail codes"
	}
	cols := strings.Join(tb.Header, " | ")
	if len(candidates) != 1 {
		names := make([]string, len(candidates))
		for i, st := range candidates {
			names[i] = statusName(st)
		}
		which := "none of its statuses is outside the standard ones, nor points to the detail codes"
		switch {
		case len(pointing) > 1:
			which = fmt.Sprintf("the descriptions of %s point to the detail codes", strings.Join(names, " and "))
		case len(custom) > 1:
			which = fmt.Sprintf("its status table lists %s outside the standard ones", strings.Join(names, " and "))
		}
		b.rep.FailKnowing(schema.KnowsFix, at, "cannot tell whose detail codes the code table at line %d (%s) lists: it has no Status column, and of operation %s %s; its rows are left out of the schema: write a Status column on the page, or give the table its status with the entry %s under tables: in the overrides", tb.Line, cols, o.op.Name, which, entry)
		return
	}
	st := candidates[0]
	b.rep.Warn(at, "read the code table at line %d (%s), which has no Status column, as the detail codes of status %s of operation %s, %s (line %d); if they are another status's, give it with the entry %s under tables: in the overrides", tb.Line, cols, statusName(st), o.op.Name, why, st.At.Line, entry)
	b.bareRows(page, o.op, bt, statusName(st))
}

// bareRows reads the rows of a code table without a Status column into
// the details of an operation's status.
func (b *statusBuilder) bareRows(page string, op *schema.Operation, bt bareTable, status string) {
	for _, cr := range b.rowsOf(page, bt.table, bt.cols, status) {
		b.addDetail(page, op, cr)
	}
}

// statusName is a status's code, or its range.
func statusName(st *schema.Status) string {
	if st.Range != "" {
		return st.Range
	}
	return strconv.Itoa(st.Code)
}

// sharedCodes places the rows of a code table that precedes the first
// endpoint of a page of several, or follows the last one (the holder's).
// A table after the last endpoint stays the holder's, as any endpoint's
// own table does, unless a row documents another endpoint (codeOwners):
// one whose status another endpoint's status table lists itself while the
// holder's does not (it covers it by a range, or not at all), whose
// status another endpoint without a code table of its own points to the
// detail codes for (pointedTo), that another's example answer shows, or
// whose status is a custom one (no HTTP status: "469 (custom status)")
// that another's status table lists as well as the holder's: the table
// is the one place that tells what it means, for each endpoint that
// answers it (a standard status, 404, that they all list stays the
// holder's).
// Then, and always for a table before the first endpoint, which its place
// gives to none, each row goes to its owners, with a warning that the
// table was shared out. A row no endpoint documents is refused; one that
// several own goes to them all, with a warning, when their status tables
// give the status the same meaning, and is refused, naming them, when not.
func (b *statusBuilder) sharedCodes(page string, ops []built, holder int, tb *pages.Table) []placedRow {
	rows := b.codeRows(page, tb)
	owners := make([][]int, len(rows))
	contested := make([][]int, len(rows))
	elsewhere := holder == 0
	for k, cr := range rows {
		owners[k], contested[k] = codeOwners(ops, cr)
		if len(owners[k]) > 0 && !slices.Contains(owners[k], holder) || len(owners[k]) > 1 && http.StatusText(cr.code) == "" || len(contested[k]) > 0 || pointedTo(ops, holder, owners[k], cr) {
			elsewhere = true
		}
	}
	var placed []placedRow
	if !elsewhere {
		for _, cr := range rows {
			placed = append(placed, placedRow{cr, []*schema.Operation{ops[holder].op}})
		}
		return placed
	}
	where := fmt.Sprintf("follows the last endpoint (%s)", ops[holder].op.Name)
	if holder == 0 {
		where = fmt.Sprintf("precedes the first endpoint (%s)", ops[0].op.Name)
	}
	b.rep.Warn(pages.At(page, tb.Line), "shared out the code table at line %d, which %s on a page of %d endpoints, among them by the statuses their status tables list and the detail codes their example answers show: its rows document several endpoints", tb.Line, where, len(ops))
	var all []*schema.Operation
	for _, o := range ops {
		all = append(all, o.op)
	}
	for k, cr := range rows {
		at := pages.At(page, cr.detail.At.Line)
		var to []*schema.Operation
		for _, i := range owners[k] {
			to = append(to, ops[i].op)
		}
		if e, ok := b.owners[at]; ok && (len(contested[k]) > 0 || len(to) == 0 || len(to) > 1 && !sameMeaning(to, cr)) {
			b.ownersTaken[at] = true
			if op := operationNamed(all, e.Operation); op != nil {
				placed = append(placed, placedRow{cr, []*schema.Operation{op}})
			} else {
				b.rep.Fail(e.Fix, "operation: %q names no one endpoint of the page of the code row at %s: write one of %s", e.Operation, at, strings.Join(operationRefs(all), ", "))
			}
			continue
		}
		switch {
		case len(contested[k]) > 0:
			var named []*schema.Operation
			for _, i := range contested[k] {
				named = append(named, ops[i].op)
			}
			b.rep.FailKnowing(schema.KnowsFix, at, "code row %q: the endpoints %s document status %s in their status tables, one by its code and another by a range, and neither the words of its status nor a pointer to the detail codes tells whose detail code %d the shared code table at line %d gives; %s", pages.Clip(cr.raw), statusUses(named, cr), cr.status, cr.detail.Code, tb.Line, ownerEntry(at, named))
			continue
		case len(to) == 0:
			b.rep.FailKnowing(schema.KnowsFix, at, "code row %q: no endpoint of the page documents status %s in its status table (by its code or a range that covers it) or shows detail code %d in an example answer, and the code table at line %d %s, serving several endpoints: whose detail code it is cannot be told; %s", pages.Clip(cr.raw), cr.status, cr.detail.Code, tb.Line, where, ownerEntry(at, all))
			continue
		case len(to) == 1:
		case sameMeaning(to, cr):
			b.rep.Warn(at, "code row %q: gave detail code %d to the endpoints %s, whose status tables all document status %s with the same meaning: the shared code table at line %d does not tell whose it is", pages.Clip(cr.raw), cr.detail.Code, statusUses(to, cr), cr.status, tb.Line)
		default:
			b.rep.FailKnowing(schema.KnowsFix, at, "code row %q: the endpoints %s document status %s in their status tables with different meanings, and the shared code table at line %d does not tell whose detail code %d is; %s", pages.Clip(cr.raw), statusUses(to, cr), cr.status, tb.Line, cr.detail.Code, ownerEntry(at, to))
			continue
		}
		placed = append(placed, placedRow{cr, to})
	}
	return placed
}

// ownerEntry says how to settle the code row at at, of a shared code
// table, whose endpoint is one of candidates: on the page, or with the
// tables: entry that gives it to one, printed ready to paste.
func ownerEntry(at schema.Pos, candidates []*schema.Operation) string {
	return fmt.Sprintf("write the code table under the endpoint it documents, or list the status in that endpoint's status table alone; or add to the overrides file (under tables:), with <operation> one of %s:\n  - table: %s\n    operation: <operation>", strings.Join(operationRefs(candidates), ", "), at)
}

// operationRefs names each of ops as an entry names it: its name, or
// its group and name where another of ops has its name.
func operationRefs(ops []*schema.Operation) []string {
	var out []string
	for _, op := range ops {
		ref := op.Name
		for _, o := range ops {
			if o != op && o.Name == op.Name {
				ref = op.Group + "/" + op.Name
			}
		}
		out = append(out, ref)
	}
	return out
}

// operationNamed is the one of ops that ref names ("register", or
// "memo/register"), or nil when none does or several do.
func operationNamed(ops []*schema.Operation, ref string) *schema.Operation {
	var found *schema.Operation
	for _, op := range ops {
		if op.Name != ref && op.Group+"/"+op.Name != ref {
			continue
		}
		if found != nil {
			return nil
		}
		found = op
	}
	return found
}

// pointedTo reports whether an endpoint of owners other than the holder,
// with no code table of its own, lists a code row's status with words
// that point to its detail codes ("see the detail codes"): the table
// after the last endpoint is where they are, its too.
func pointedTo(ops []built, holder int, owners []int, cr codeRow) bool {
	for _, i := range owners {
		if i == holder || len(ops[i].doc.codes)+len(ops[i].doc.bare) > 0 {
			continue
		}
		if st := documentedStatus(ops[i].op, cr); st != nil && pointsToStatusDetails(st) {
			return true
		}
	}
	return false
}

// pointsToDetails reports whether a status's text points to its detail
// codes: "see the detail codes", "see the code table", "see the response
// codes below".
func pointsToDetails(text string) bool {
	t := strings.ToLower(text)
	return strings.Contains(t, "detail code") || strings.Contains(t, "code table") || strings.Contains(t, "codes below")
}

// codeOwners are the operations a code row documents, by index: those
// whose example answers show its detail code with its status; else those
// whose status tables list its status itself (its code, or for a row of a
// range that range); else those whose status tables cover it by a range
// ("4xx" covers 474). Where some list it and others only cover it, the
// row is the listers' when a lister's status has the row's words (its
// description or message: "The seller already has 20 consignments on
// sale" over 474 and in 474's row), else the coverers' when a coverer's
// range points to the detail codes ("see the code table below") and no
// lister's status does; else whose it is cannot be told, and contested
// names them all.
func codeOwners(ops []built, cr codeRow) (owners, contested []int) {
	var shown, listed, covered []int
	for i, o := range ops {
		if showsDetail(o.doc.answers, cr) {
			shown = append(shown, i)
		}
		switch st := documentedStatus(o.op, cr); {
		case st == nil:
		case listedStatus(o.op.Statuses, cr) != nil:
			listed = append(listed, i)
		default:
			covered = append(covered, i)
		}
	}
	switch {
	case len(shown) > 0:
		return shown, nil
	case len(listed) == 0:
		return covered, nil
	case len(covered) == 0 || slices.ContainsFunc(listed, func(i int) bool { return sameWords(documentedStatus(ops[i].op, cr), cr) }):
		return listed, nil
	}
	pointing := func(i int) bool { return pointsToStatusDetails(documentedStatus(ops[i].op, cr)) }
	if !slices.ContainsFunc(listed, pointing) {
		var pointers []int
		for _, i := range covered {
			if pointing(i) {
				pointers = append(pointers, i)
			}
		}
		if len(pointers) > 0 {
			return pointers, nil
		}
	}
	contested = append(slices.Clone(listed), covered...)
	slices.Sort(contested)
	return nil, contested
}

// sameWords reports whether a status's meaning or description says what a
// code row's description or message says, letter for letter but for case,
// spaces and a closing full stop.
func sameWords(st *schema.Status, cr codeRow) bool {
	norm := func(t string) string {
		return strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(t), " ")), ".")
	}
	said := []string{norm(st.Meaning), norm(st.Description)}
	for _, t := range []string{cr.detail.Description, cr.detail.Message} {
		if t := norm(t); t != "" && slices.Contains(said, t) {
			return true
		}
	}
	return false
}

// pointsToStatusDetails reports whether a status's text points to its
// detail codes (pointsToDetails).
func pointsToStatusDetails(st *schema.Status) bool {
	return pointsToDetails(st.Meaning + " " + st.Description)
}

// documentedStatus is the status of an operation's status table that
// documents a code row's status: the one with its code, else the narrowest
// range that covers it ("4xx" covers 467); for a row of a range, the one
// with that range. Nil when none does.
func documentedStatus(op *schema.Operation, cr codeRow) *schema.Status {
	if cr.rng != "" {
		return listedStatus(op.Statuses, cr)
	}
	return coveringStatus(op.Statuses, cr.code)
}

// showsDetail reports whether an example answer has a code row's status
// and its detail code in the comment above it ("// -66001, Memo limit
// exceeded" over "HTTP/1.1 465") or in its body ("(465.-66001)").
func showsDetail(answers []*exampleMsg, cr codeRow) bool {
	want := strconv.Itoa(cr.detail.Code)
	for _, m := range answers {
		if cr.rng != "" || m.code != cr.code {
			continue
		}
		words := strings.FieldsFunc(m.comment+" "+m.body, func(r rune) bool { return !unicode.IsDigit(r) && r != '-' })
		if slices.Contains(words, want) {
			return true
		}
	}
	return false
}

// sameMeaning reports whether the operations' status tables give a code
// row's status the same meaning.
func sameMeaning(ops []*schema.Operation, cr codeRow) bool {
	meaning := func(op *schema.Operation) string {
		if s := documentedStatus(op, cr); s != nil {
			return strings.ToLower(strings.TrimSpace(s.Meaning))
		}
		return ""
	}
	for _, op := range ops[1:] {
		if meaning(op) != meaning(ops[0]) {
			return false
		}
	}
	return true
}

// statusUses names operations with the status of their status tables
// that documents a code row's status: "register (467 Memo Busy), remove
// (4xx Memo Error)".
func statusUses(ops []*schema.Operation, cr codeRow) string {
	names := make([]string, len(ops))
	for i, op := range ops {
		names[i] = op.Name
		if s := documentedStatus(op, cr); s != nil {
			names[i] += fmt.Sprintf(" (%s %s)", s, strings.TrimSpace(s.Meaning))
		}
	}
	return strings.Join(names, ", ")
}
