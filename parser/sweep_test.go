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
// facts of the case's own pages (want), lines aside: a fact is right
// when the same, warned when other (or missing, or extra) with a warning
// at its line or at its owner's in the converted pages, silent
// otherwise; a located error refuses them all. It gives the case's
// outcome, and a detail: its first error when refused, its first silent
// fact when silent.
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
	gfs := map[string]fact{}
	ownerAt, subjectAt := map[string]schema.Pos{}, map[string]schema.Pos{}
	gotFacts := apiFacts(got)
	for _, f := range gotFacts {
		gfs[f.key] = f
		ownerAt[f.owner] = f.ownerAt
		subjectAt[factSubject(f.key)] = f.at
	}
	// reported tells whether a warning of the converted pages is at a
	// fact's line: its own, its subject's (the row that holds a fact
	// the parse lacks), or its owner's (an endpoint's, for its body
	// that the parse lacks: "operation x, endpoint" of "operation x,
	// endpoint, body").
	reported := func(f fact) bool {
		if at, ok := subjectAt[factSubject(f.key)]; ok && warned[at] {
			return true
		}
		for owner := f.owner; owner != ""; {
			if o, ok := ownerAt[owner]; ok {
				return warned[o]
			}
			i := strings.LastIndex(owner, ", ")
			if i < 0 {
				break
			}
			owner = owner[:i]
		}
		return false
	}
	var silent []string
	for _, w := range wfs {
		g, ok := gfs[w.key]
		switch {
		case ok && g.value == w.value:
			t.right++
		case reported(w):
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
		if reported(g) {
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

// factSubject is what a fact's key states the fact of: a field, a
// header, an endpoint, an operation ("type Balance, field currency"
// of "type Balance, field currency: values").
func factSubject(key string) string {
	if i := strings.LastIndex(key, ": "); i >= 0 {
		return key[:i]
	}
	return key
}
