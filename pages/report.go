package pages

import (
	"fmt"
	"sort"
	"strings"

	"github.com/docs2go/docs2go/schema"
)

// Reporter is where a parse reports: every recovery as a warning, what
// it cannot recover as an error, and a fact of one field it cannot
// recover as a hole, which an override can fill; each located at a page
// and line. Each page is read with a Reporter of its own, merged in page
// order.
type Reporter struct {
	warns, errs schema.Diagnostics
	holes       schema.Holes
}

func (r *Reporter) Warn(at schema.Pos, format string, args ...any) {
	r.warns.Add(at, format, args...)
}

// Fail reports an error at at that knows the line's form alone: how the
// page's reading could not read it.
func (r *Reporter) Fail(at schema.Pos, format string, args ...any) {
	r.errs.Add(at, format, args...)
}

// FailKnowing reports an error at at that knows what k says besides the
// line's form: the section the line stands in, or the override that
// settles it. Of the errors at one line, the one that knows most is
// shown (Sorted).
func (r *Reporter) FailKnowing(k schema.Knows, at schema.Pos, format string, args ...any) {
	r.errs = append(r.errs, schema.Diagnostic{Pos: at, Msg: fmt.Sprintf(format, args...), Knows: k})
}

// AddErrors reports errors as they are, with what each knows: those of
// another parse, or of holes left open.
func (r *Reporter) AddErrors(ds ...schema.Diagnostic) {
	r.errs = append(r.errs, ds...)
}

// Hole reports that field f, read from the row at at, lacks the fact
// the message says it lost; f must go into the schema as it is.
func (r *Reporter) Hole(at schema.Pos, f *schema.Field, fact schema.Fact, format string, args ...any) {
	r.holes = append(r.holes, schema.Hole{At: at, Msg: fmt.Sprintf(format, args...), Fact: fact, Field: f})
}

// TableHole reports that the table without a heading at at could
// document any of types, which nothing tells apart: it goes into the
// schema as no type's, and an overrides file's tables: entry settles it.
func (r *Reporter) TableHole(at schema.Pos, types []string, format string, args ...any) {
	r.holes = append(r.holes, schema.Hole{At: at, Msg: fmt.Sprintf(format, args...), Fact: schema.FactTable, Candidates: types})
}

// SectionHole reports that the table of fields at at belongs to no
// section its reader can tell, and could document any of sections: it
// goes into the schema as no section's, and an overrides file's tables:
// entry settles it.
func (r *Reporter) SectionHole(at schema.Pos, sections []string, format string, args ...any) {
	r.holes = append(r.holes, schema.Hole{At: at, Msg: fmt.Sprintf(format, args...), Fact: schema.FactSection, Candidates: sections})
}

// FieldsHole reports that the table of fields at at kept its header and
// lost every row: target, the type or the request it documents, goes
// into the schema without its fields, and an overrides file's add:
// fixes give them.
func (r *Reporter) FieldsHole(at schema.Pos, target schema.Target, format string, args ...any) {
	r.holes = append(r.holes, schema.Hole{At: at, Msg: fmt.Sprintf(format, args...), Fact: schema.FactFields, Target: target})
}

// TablelessHole reports that the section at at, whose title promises a
// table of fields, holds none, nor any text: target, the type or the
// request it documents, goes into the schema without its fields, as for
// FieldsHole, and an overrides file's add: fixes give them.
func (r *Reporter) TablelessHole(at schema.Pos, target schema.Target, format string, args ...any) {
	r.holes = append(r.holes, schema.Hole{At: at, Msg: fmt.Sprintf(format, args...), Fact: schema.FactFields, Target: target, Tableless: true})
}

// HeaderHole reports that header hd, read from the row at at, lost its
// type cell, which candidates give it if the pages disagree about it:
// it stays out of the headers of target, the endpoint its table
// documents, until an add: fix with in: headers adds it, typed.
func (r *Reporter) HeaderHole(at schema.Pos, hd *schema.Header, target schema.Target, candidates []string, format string, args ...any) {
	r.holes = append(r.holes, schema.Hole{At: at, Msg: fmt.Sprintf(format, args...), Fact: schema.FactType, Header: hd, Target: target, Candidates: candidates})
}

// ResponseHole reports that operation op, read from the page at at,
// lost the table that names the type of its answer: it goes into the
// schema without its Response, and an overrides file's response: fix
// gives it.
func (r *Reporter) ResponseHole(at schema.Pos, op *schema.Operation, format string, args ...any) {
	r.holes = append(r.holes, schema.Hole{At: at, Msg: fmt.Sprintf(format, args...), Fact: schema.FactResponse, Operation: op})
}

// Failed reports whether an error was reported; holes are not errors.
func (r *Reporter) Failed() bool { return len(r.errs) > 0 }

// Holes are the holes reported, in the order reported.
func (r *Reporter) Holes() schema.Holes { return r.holes }

// Merge appends what another reporter holds.
func (r *Reporter) Merge(o *Reporter) {
	r.warns = append(r.warns, o.warns...)
	r.errs = append(r.errs, o.errs...)
	r.holes = append(r.holes, o.holes...)
}

// Sorted returns the warnings and the errors ordered by page, in the
// order of pages, then by line, and orders the holes so. Of the errors
// at one line, checks of different depth that each found the line at
// fault, it returns the one that knows most (Diagnostics.OnePerLine):
// one that prints an override, else one that knows the line's section,
// else the first reported. Strict makes every warning an error.
func (r *Reporter) Sorted(pages []string, strict bool) (warns, errs schema.Diagnostics) {
	warns, errs = r.warns, r.errs.OnePerLine()
	if strict {
		for _, w := range warns {
			errs = append(errs, schema.Diagnostic{Pos: w.Pos, Msg: w.Msg + " (--strict)", Recovery: true})
		}
		warns = nil
	}
	order := map[string]int{}
	for i, p := range pages {
		order[p] = i
	}
	before := func(a, b schema.Pos) bool {
		if order[a.Page] != order[b.Page] {
			return order[a.Page] < order[b.Page]
		}
		return a.Line < b.Line
	}
	for _, ds := range []schema.Diagnostics{warns, errs} {
		sort.SliceStable(ds, func(i, j int) bool { return before(ds[i].Pos, ds[j].Pos) })
	}
	sort.SliceStable(r.holes, func(i, j int) bool { return before(r.holes[i].At, r.holes[j].At) })
	return warns, errs
}

// At is the position of a line of a page.
func At(page string, line int) schema.Pos { return schema.Pos{Page: page, Line: line} }

// LineSpan names, in a message, the lines from from to to (1-based, to
// included): "line 7" where they are one, "lines 7-9".
func LineSpan(from, to int) string {
	if from == to {
		return fmt.Sprintf("line %d", from)
	}
	return fmt.Sprintf("lines %d-%d", from, to)
}

// LineRanges writes sorted lines as ranges, for a message: "14, 20-21,
// 39-42".
func LineRanges(ls []int) string {
	var parts []string
	for i := 0; i < len(ls); {
		j := i
		for j+1 < len(ls) && ls[j+1] <= ls[j]+1 {
			j++
		}
		if ls[j] == ls[i] {
			parts = append(parts, fmt.Sprint(ls[i]))
		} else {
			parts = append(parts, fmt.Sprintf("%d-%d", ls[i], ls[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}
