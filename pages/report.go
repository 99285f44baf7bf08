package pages

import (
	"sort"

	"github.com/docs2go/docs2go/schema"
)

// Reporter is where a parse reports: every recovery as a warning, and
// what it cannot recover as an error, each located at a page and line.
// Each page is read with a Reporter of its own, merged in page order.
type Reporter struct {
	warns, errs schema.Diagnostics
}

func (r *Reporter) Warn(at schema.Pos, format string, args ...any) {
	r.warns.Add(at, format, args...)
}

func (r *Reporter) Fail(at schema.Pos, format string, args ...any) {
	r.errs.Add(at, format, args...)
}

// Failed reports whether an error was reported.
func (r *Reporter) Failed() bool { return len(r.errs) > 0 }

// Merge appends what another reporter holds.
func (r *Reporter) Merge(o *Reporter) {
	r.warns = append(r.warns, o.warns...)
	r.errs = append(r.errs, o.errs...)
}

// Sorted returns the warnings and the errors ordered by page, in the
// order of pages, then by line. Strict makes every warning an
// error.
func (r *Reporter) Sorted(pages []string, strict bool) (warns, errs schema.Diagnostics) {
	warns, errs = r.warns, r.errs
	if strict {
		for _, w := range warns {
			errs = append(errs, schema.Diagnostic{Pos: w.Pos, Msg: w.Msg + " (--strict)"})
		}
		warns = nil
	}
	order := map[string]int{}
	for i, p := range pages {
		order[p] = i
	}
	for _, ds := range []schema.Diagnostics{warns, errs} {
		sort.SliceStable(ds, func(i, j int) bool {
			pi, pj := order[ds[i].Pos.Page], order[ds[j].Pos.Page]
			if pi != pj {
				return pi < pj
			}
			return ds[i].Pos.Line < ds[j].Pos.Line
		})
	}
	return warns, errs
}

// At is the position of a line of a page.
func At(page string, line int) schema.Pos { return schema.Pos{Page: page, Line: line} }
