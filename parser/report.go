package parser

import (
	"sort"

	"github.com/docs2go/docs2go/schema"
)

// reporter is where a parse reports: every recovery as a warning, and
// what it cannot recover as an error, each located at a page and line.
// Each page is read with a reporter of its own, merged in page order.
type reporter struct {
	warns, errs schema.Diagnostics
}

func (r *reporter) warn(at schema.Pos, format string, args ...any) {
	r.warns.Add(at, format, args...)
}

func (r *reporter) fail(at schema.Pos, format string, args ...any) {
	r.errs.Add(at, format, args...)
}

// merge appends what another reporter holds.
func (r *reporter) merge(o *reporter) {
	r.warns = append(r.warns, o.warns...)
	r.errs = append(r.errs, o.errs...)
}

// sorted returns the warnings and the errors ordered by page, in the
// order the pages were given, then by line. Strict makes every warning an
// error.
func (r *reporter) sorted(pages []Page, strict bool) (warns, errs schema.Diagnostics) {
	warns, errs = r.warns, r.errs
	if strict {
		for _, w := range warns {
			errs = append(errs, schema.Diagnostic{Pos: w.Pos, Msg: w.Msg + " (--strict)"})
		}
		warns = nil
	}
	order := map[string]int{}
	for i, p := range pages {
		order[p.Name] = i
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

// pos is the position of a line of a page.
func pos(page string, line int) schema.Pos { return schema.Pos{Page: page, Line: line} }
