package parser_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// sweepOutcome is what a parse of a converted case gives against the
// facts of the case's own pages.
type sweepOutcome string

const (
	// sweepRight: the same facts, no warning.
	sweepRight sweepOutcome = "right"
	// sweepWarned: no fact silently wrong, and warnings.
	sweepWarned sweepOutcome = "warned"
	// sweepRefused: a located error.
	sweepRefused sweepOutcome = "refused"
	// sweepSilent: other facts with no warning at them, or an error
	// with no place.
	sweepSilent sweepOutcome = "silent"
)

var sweepOutcomes = []sweepOutcome{sweepRight, sweepWarned, sweepRefused, sweepSilent}

// sweepKnown is a converted case listed in knownSweep: its outcome, and
// why (the defect, for a silent one; the first error, for a refused one).
type sweepKnown struct {
	outcome sweepOutcome
	why     string
}

// TestSweep parses each case of testdata/sweep, the HTML pages of the
// fact corpus as a tool converted them (testdata/sweep/make.sh), and
// compares its facts, lines aside, with the facts of the case's own
// pages: each converted case is right, warned, refused (a located
// error) or silent, and a silent one fails the test unless knownSweep
// lists it. The totals per tool, of cases and facts, go to the log.
func TestSweep(t *testing.T) {
	tools, err := filepath.Glob("../testdata/sweep/*")
	if err != nil {
		t.Fatal(err)
	}
	own := map[string]*schema.API{}
	// skipped are the cases whose own pages give no facts to meet: they
	// are refused, or hold a table never closed.
	skipped := map[string]bool{}
	seen := map[string]bool{}
	for _, tool := range tools {
		if fi, err := os.Stat(tool); err != nil || !fi.IsDir() {
			continue
		}
		cases, err := filepath.Glob(filepath.Join(tool, "*", "pages"))
		if err != nil || len(cases) == 0 {
			t.Errorf("%s: no cases: %v", tool, err)
			continue
		}
		toolName := filepath.Base(tool)
		byOutcome := map[sweepOutcome]int{}
		var facts sweepTally
		for _, c := range cases {
			dir := filepath.Dir(c)
			name := filepath.Base(dir)
			want, ok := own[name]
			if !ok {
				res, err := parser.Parse(parser.CasePages(t, filepath.Join("../testdata/facts", name)), parser.Options{Name: "x"})
				// A table never closed: a tool converts the page's
				// tree, where HTML's parsing moved what follows its
				// rows above it, out of the page's order; the page
				// converted documents another order.
				if err == nil && !slices.ContainsFunc(res.Warnings, func(w schema.Diagnostic) bool { return strings.Contains(w.Msg, "(no </table>)") }) {
					want = res.API
				}
				own[name] = want
			}
			if want == nil {
				skipped[name] = true
				continue
			}
			res, perr := parser.ParseChecking(parser.CasePages(t, dir), parser.Options{Name: "x"}, validated(t, toolName+"/"+name))
			var got *schema.API
			var warnings schema.Diagnostics
			if res != nil {
				got, warnings = res.API, res.Warnings
			}
			tally, outcome, detail := sweepScore(want, got, warnings, perr)
			facts.add(tally)
			byOutcome[outcome]++
			key := toolName + "/" + name
			seen[key] = true
			known, listed := knownSweep[key]
			switch {
			case outcome == sweepSilent && !listed:
				t.Errorf("%s: silent; not a known defect, or list it with the defect that makes it:\n\t%q: {sweepSilent, %q},", key, key, detail)
			case outcome == sweepRefused && !listed:
				t.Errorf("%s: refused; list it:\n\t%q: {sweepRefused, %q},", key, key, detail)
			case listed && known.outcome != outcome:
				t.Errorf("%s: %s, listed %s in knownSweep (%s): update the list", key, outcome, known.outcome, known.why)
			case listed && outcome == sweepRefused && known.why != detail:
				t.Logf("%s: refused with another first error than listed (%s):\n\t%q: {sweepRefused, %q},", key, known.why, key, detail)
			}
		}
		var counts []string
		for _, o := range sweepOutcomes {
			counts = append(counts, fmt.Sprintf("%d %s", byOutcome[o], o))
		}
		t.Logf("%-18s cases: %s; facts: %d, %d right, %d warned, %d refused, %d silent", toolName, strings.Join(counts, ", "), facts.facts, facts.right, facts.warned, facts.refused, facts.silent)
	}
	t.Logf("%d cases skipped, their own pages refused or holding a table never closed", len(skipped))
	var stale []string
	for k := range knownSweep {
		if !seen[k] {
			stale = append(stale, k)
		}
	}
	sort.Strings(stale)
	for _, k := range stale {
		t.Errorf("%s: listed in knownSweep, and not scored (no such converted case, or one skipped): remove it", k)
	}
}

// sweepTally counts a converted case's facts.
type sweepTally struct {
	facts, right, warned, refused, silent int
}

func (t *sweepTally) add(o sweepTally) {
	t.facts += o.facts
	t.right += o.right
	t.warned += o.warned
	t.refused += o.refused
	t.silent += o.silent
}

// sweepScore compares a converted case's parse (got, or err) with the
// facts of the case's own pages (want), lines aside. A fact is right when
// got states it the same; other, missing or extra, it is warned only when
// a warning of the converted pages stands at a line its row has or would
// have there, and silent otherwise; a located error refuses them all. The
// converted pages' lines are not the case's, so a fact's row is placed in
// them by the rows and tables (anchors: a fact's subject at its row's
// line, an owner at its own) that got kept around it:
//
//   - a fact got states otherwise, or lacks on a row got has (a field
//     without its bound): a warning at that row's line in got, or between
//     the lines in got of the anchors before and after it in want's page
//     order that got has (a row read elsewhere, as from an example, whose
//     table's place the converted page warns at);
//   - a fact whose row got lacks: a warning at a line the row would take,
//     after the line in got of the last anchor at or before it that got
//     has and before the first after it, neither anchor's line itself
//     (see rowPlace). A row lost from a table got keeps so lies among
//     its table's rows, after its last kept row or its table's own line
//     (a type's, an enum's) and before the next row or table got has: a
//     warning at the table's endpoint, at the table's own line, at a kept
//     row or at another table does not excuse it;
//   - a fact whose whole table got lacks (no owner of its name: lost, or
//     read as another) is warned too by a warning at the line of the
//     nearest owner up its owner chain that got has ("operation x,
//     endpoint" for "operation x, endpoint, body"), as TestFacts counts
//     one at its owner's line;
//   - an extra fact (got, not want): a warning at its row's line in got,
//     or at its owner's line when want has no owner of that name.
//
// It gives the case's outcome, and a detail: its first error when
// refused, its first silent fact when silent.
func sweepScore(want, got *schema.API, warnings schema.Diagnostics, err error) (sweepTally, sweepOutcome, string) {
	wfs := apiFacts(want)
	t := sweepTally{facts: len(wfs)}
	if err != nil {
		ds, _ := err.(schema.Diagnostics)
		if len(ds) > 0 && ds[0].Pos.Line > 0 {
			t.refused = len(wfs)
			return t, sweepRefused, ds[0].Error()
		}
		t.silent = len(wfs)
		return t, sweepSilent, "an error with no place: " + err.Error()
	}
	if slices.Equal(factLines(want), factLines(got)) {
		t.right = len(wfs)
		if len(warnings) > 0 {
			return t, sweepWarned, ""
		}
		return t, sweepRight, ""
	}
	warned := map[schema.Pos]bool{}
	for _, w := range warnings {
		warned[w.Pos] = true
	}
	gotFacts := apiFacts(got)
	gfs := map[string]fact{}
	for _, f := range gotFacts {
		gfs[f.key] = f
	}
	gotAt := map[string][]schema.Pos{}
	for _, a := range factAnchors(gotFacts) {
		gotAt[a.name] = append(gotAt[a.name], a.at)
	}
	wantAnchors := factAnchors(wfs)
	wantOwners := apiOwners(want)
	for _, f := range wfs {
		wantOwners[f.owner] = true
	}
	warnedAt := func(ps []schema.Pos) bool {
		return slices.ContainsFunc(ps, func(p schema.Pos) bool { return warned[p] })
	}
	// reported tells whether a warning stands where the row of a fact
	// of want is, or would be, in got: at the row got has of its
	// subject, or between the rows got kept around it; at the nearest
	// owner up its chain when got lacks its own.
	reported := func(f fact) bool {
		rows, kept := gotAt[factSubject(f.key)]
		if kept && warnedAt(rows) {
			return true
		}
		place := rowPlace(f, wantAnchors, gotAt)
		if slices.ContainsFunc(warnings, func(w schema.Diagnostic) bool { return place(w.Pos) }) {
			return true
		}
		if kept || len(gotAt[f.owner]) > 0 {
			return false
		}
		for owner := f.owner; ; {
			i := strings.LastIndex(owner, ", ")
			if i < 0 {
				return false
			}
			owner = owner[:i]
			if ps := gotAt[owner]; len(ps) > 0 {
				return warnedAt(ps)
			}
		}
	}
	var silent []string
	for _, w := range wfs {
		g, ok := gfs[w.key]
		switch {
		case ok && g.value == w.value:
			t.right++
		case ok && warned[g.at], reported(w):
			t.warned++
		default:
			t.silent++
			silent = append(silent, fmt.Sprintf("%s: got %s, want %s", w.key, shown(g.value, ok), shown(w.value, true)))
		}
	}
	wanted := map[string]bool{}
	for _, w := range wfs {
		wanted[w.key] = true
	}
	for _, g := range gotFacts {
		if wanted[g.key] {
			continue
		}
		t.facts++
		if warned[g.at] || !wantOwners[g.owner] && warned[g.ownerAt] {
			t.warned++
			continue
		}
		t.silent++
		silent = append(silent, fmt.Sprintf("%s: got %s, want nothing", g.key, shown(g.value, true)))
	}
	switch {
	case t.silent > 0:
		return t, sweepSilent, fmt.Sprintf("%d facts, first %s", t.silent, silent[0])
	case len(warnings) > 0:
		return t, sweepWarned, ""
	}
	return t, sweepRight, ""
}

// anchor is a line of a schema that a fact's row or table stands at: a
// fact's subject ("type Balance, field currency") at its row's line, or
// an owner ("type Balance") at its own line.
type anchor struct {
	name string
	at   schema.Pos
}

// factAnchors lists the anchors of facts, each once, in the order of
// their pages' lines (pages by name).
func factAnchors(fs []fact) []anchor {
	seen := map[anchor]bool{}
	var out []anchor
	for _, f := range fs {
		for _, a := range []anchor{{factSubject(f.key), f.at}, {f.owner, f.ownerAt}} {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].at.Page != out[j].at.Page {
			return out[i].at.Page < out[j].at.Page
		}
		return out[i].at.Line < out[j].at.Line
	})
	return out
}

// rowPlace tells the lines of the converted pages that the row of a fact
// of want (f) takes, or would take, between the rows the converted parse
// kept around it: after the converted line (gotAt) of the last anchor of
// want at or before f's line on f's page, its own row aside, that the
// converted parse has, and before the converted line of the first such
// anchor after it; to the end of its page, or from the start of the
// other's, when one is not there or they stand on two pages; the whole
// converted page of f's page's name (its extension aside) when neither is
// there. The two anchors' own lines are not: a warning there is theirs.
func rowPlace(f fact, wantAnchors []anchor, gotAt map[string][]schema.Pos) func(schema.Pos) bool {
	subject := factSubject(f.key)
	var prev, next *schema.Pos
	for _, a := range wantAnchors {
		ps := gotAt[a.name]
		if a.at.Page != f.at.Page || len(ps) == 0 || a.name == subject {
			continue
		}
		at := ps[0]
		if a.at.Line <= f.at.Line {
			prev = &at
		} else if next == nil {
			next = &at
		}
	}
	switch {
	case prev == nil && next == nil:
		stem := func(page string) string { return strings.TrimSuffix(page, filepath.Ext(page)) }
		return func(p schema.Pos) bool { return stem(p.Page) == stem(f.at.Page) }
	case prev == nil:
		return func(p schema.Pos) bool { return p.Page == next.Page && p.Line < next.Line }
	case next == nil:
		return func(p schema.Pos) bool { return p.Page == prev.Page && p.Line > prev.Line }
	case prev.Page != next.Page:
		return func(p schema.Pos) bool {
			return p.Page == prev.Page && p.Line > prev.Line || p.Page == next.Page && p.Line < next.Line
		}
	}
	// The converted pages may set the two in the other order.
	lo, hi := min(prev.Line, next.Line), max(prev.Line, next.Line)
	return func(p schema.Pos) bool { return p.Page == prev.Page && lo < p.Line && p.Line < hi }
}

// factSubject is what a fact's key states the fact of: a field, a
// header, an endpoint, an operation ("type Balance, field currency"
// of "type Balance, field currency: values").
func factSubject(key string) string {
	if i := strings.LastIndex(key, ": "); i >= 0 {
		return key[:i]
	}
	return key
}

// TestSweepScoreWhere checks where sweepScore looks for the warning that
// excuses a fact the conversion misses or adds, on a small schema (an
// operation whose endpoint has a body of two fields, a type T of three,
// a type U of one) and its converted copy three lines lower on a page of
// another name: a warning at the endpoint's line, at the table's own
// line, at the kept row above it or at the next table does not excuse a
// row lost from a table got keeps, one between the kept rows around it
// does; a value read otherwise is excused at its row only; a whole body lost is
// excused at its endpoint's line, a table read as another at its line,
// and an extra row at its own line only.
func TestSweepScoreWhere(t *testing.T) {
	// page builds the schema on a page whose lines are shifted by d.
	page := func(name string, d int) *schema.API {
		at := func(line int) schema.Pos { return schema.Pos{Page: name, Line: line + d} }
		field := func(n string, line int) *schema.Field {
			return &schema.Field{Name: n, Type: schema.String, At: at(line)}
		}
		return &schema.API{
			Protocol: schema.ProtocolHTTPStatus,
			Operations: []*schema.Operation{{Name: "op", At: at(1), Endpoints: []*schema.Endpoint{{
				Method: "POST", Path: "/op", At: at(2),
				Body: []*schema.Field{field("b1", 5), field("b2", 6)},
			}}}},
			Types: []*schema.Type{
				{Name: "T", At: at(10), Fields: []*schema.Field{field("f1", 11), field("f2", 12), field("f3", 13)}},
				{Name: "U", At: at(20), Fields: []*schema.Field{field("g1", 21)}},
			},
		}
	}
	want := page("a.html", 0)
	n := len(apiFacts(want))
	warnAt := func(line int) schema.Diagnostics {
		return schema.Diagnostics{{Pos: schema.Pos{Page: "a.txt", Line: line}, Msg: "recovered"}}
	}
	check := func(name string, got *schema.API, warns schema.Diagnostics, wantOutcome sweepOutcome, wantTally sweepTally) {
		t.Helper()
		tally, outcome, detail := sweepScore(want, got, warns, nil)
		if outcome != wantOutcome || tally != wantTally {
			t.Errorf("%s: %s %+v (%s); want %s %+v", name, outcome, tally, detail, wantOutcome, wantTally)
		}
	}
	check("same", page("a.txt", 3), nil, sweepRight, sweepTally{facts: n, right: n})

	// f3, T's last row (a.txt:16), lost: its place is a.txt:15 (f2) to
	// a.txt:22, the line before U.
	lostRow := func() *schema.API {
		got := page("a.txt", 3)
		got.Types[0].Fields = got.Types[0].Fields[:2]
		return got
	}
	const rowFacts = 3 // type, array, required
	silentRow := sweepTally{facts: n, right: n - rowFacts, silent: rowFacts}
	warnedRow := sweepTally{facts: n, right: n - rowFacts, warned: rowFacts}
	check("row lost, no warning", lostRow(), nil, sweepSilent, silentRow)
	check("row lost, warned at the endpoint", lostRow(), warnAt(5), sweepSilent, silentRow)
	check("row lost, warned at its table's line", lostRow(), warnAt(13), sweepSilent, silentRow)
	check("row lost, warned at the next table", lostRow(), warnAt(23), sweepSilent, silentRow)
	check("row lost, warned at the kept row above it", lostRow(), warnAt(15), sweepSilent, silentRow)
	check("row lost, warned after its table's last kept row", lostRow(), warnAt(17), sweepWarned, warnedRow)

	// f2 (a.txt:15) typed otherwise: warned at its row, not at the row
	// above it.
	retyped := page("a.txt", 3)
	retyped.Types[0].Fields[1].Type = schema.Integer
	check("type changed, warned at its row", retyped, warnAt(15), sweepWarned, sweepTally{facts: n, right: n - 1, warned: 1})
	check("type changed, warned at the row above", retyped, warnAt(14), sweepSilent, sweepTally{facts: n, right: n - 1, silent: 1})

	// b2, the body's last row (a.txt:9), lost: a warning at the endpoint
	// does not excuse it, one before T (a.txt:13) does.
	lostBodyRow := func() *schema.API {
		got := page("a.txt", 3)
		got.Operations[0].Endpoints[0].Body = got.Operations[0].Endpoints[0].Body[:1]
		return got
	}
	check("body row lost, warned at the endpoint", lostBodyRow(), warnAt(5), sweepSilent, silentRow)
	check("body row lost, warned under its table", lostBodyRow(), warnAt(11), sweepWarned, warnedRow)

	// The whole body lost: its endpoint's line excuses it.
	lostBody := page("a.txt", 3)
	lostBody.Operations[0].Endpoints[0].Body = nil
	check("body lost, warned at the endpoint", lostBody, warnAt(5), sweepWarned, sweepTally{facts: n, right: n - 2*rowFacts, warned: 2 * rowFacts})
	check("body lost, warned at the next table", lostBody, warnAt(23), sweepSilent, sweepTally{facts: n, right: n - 2*rowFacts, silent: 2 * rowFacts})

	// T read as V, at T's line: warned there, T's three rows lost and
	// V's three extra.
	renamed := page("a.txt", 3)
	renamed.Types[0].Name = "V"
	check("table read as another, warned at its line", renamed, warnAt(13), sweepWarned, sweepTally{facts: n + 3*rowFacts, right: n - 3*rowFacts, warned: 6 * rowFacts})
	check("table read as another, warned at the next table", renamed, warnAt(23), sweepSilent, sweepTally{facts: n + 3*rowFacts, right: n - 3*rowFacts, silent: 6 * rowFacts})

	// An extra row of T at a.txt:17: warned at its line, not at T's.
	extra := func() *schema.API {
		got := page("a.txt", 3)
		got.Types[0].Fields = append(got.Types[0].Fields, &schema.Field{Name: "f4", Type: schema.String, At: schema.Pos{Page: "a.txt", Line: 17}})
		return got
	}
	check("extra row, warned at its line", extra(), warnAt(17), sweepWarned, sweepTally{facts: n + rowFacts, right: n, warned: rowFacts})
	check("extra row, warned at its table's line", extra(), warnAt(13), sweepSilent, sweepTally{facts: n + rowFacts, right: n, silent: rowFacts})
}
