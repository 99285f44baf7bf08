package reader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
)

// wordRe finds the words a table cell may name a type with ("HighScore"
// in "List<HighScore>").
var wordRe = regexp.MustCompile(`[A-Za-z][A-Za-z0-9_]*`)

// inCapitals reports whether a heading is written in capitals only, as a
// tool that upper-cases the headings writes it ("/BOWLING/PLAY",
// "HIGHSCORE"): it holds a capital and no small letter.
func inCapitals(t string) bool {
	upper := false
	for _, c := range t {
		if unicode.IsLower(c) {
			return false
		}
		upper = upper || unicode.IsUpper(c)
	}
	return upper
}

// recase gives the headings that a tool upper-cased the case the page
// writes them in elsewhere: a path heading in capitals takes the case of
// the example request's path that ends with it, with a warning, and a
// type's or an enum's heading the case of the one word of the page's
// table cells that names it in another case ("HIGHSCORE" of
// "List<HighScore>"), with one warning for the page
// (read.RecaseHeadings). A path heading no example settles is left as
// written with a warning; a type heading that no word matches is left as
// written, and one that two words differing only in case match is an
// error naming both.
func (r *statusReader) recase() {
	for _, op := range r.sp.ops {
		if !inCapitals(op.path) {
			continue
		}
		if op.request == nil {
			r.rep.Warn(pages.At(r.page, op.line), "the path heading %s at line %d is in capitals, as a tool that upper-cases headings writes it, and no example request gives its case: read as written; if the API's path is in small letters, write the heading so", op.path, op.line)
			continue
		}
		exPath, _, _ := strings.Cut(op.request.path, "?")
		if p, ok := pathCase(exPath, op.path); ok {
			r.rep.Warn(pages.At(r.page, op.line), "the path heading %s at line %d is in capitals, as a tool that upper-cases headings writes it: read as %s, the case of the example request's path at line %d", op.path, op.line, p, op.request.line)
			op.path = p
		}
	}
	spellings := r.cellWords()
	tables := append(slices.Clip(r.sp.types), r.sp.enums...)
	heads := make([]read.TypeHeading, len(tables))
	for i, tt := range tables {
		heads[i] = read.TypeHeading{Name: tt.name, Line: tt.line, Table: tt.table.Line}
	}
	for i, c := range read.RecaseHeadings(r.rep, r.page, heads, spellings, nil) {
		if c.Rivals != nil {
			r.rep.Fail(pages.At(r.page, tables[i].table.Line), "%s. To settle it, write the heading on the page as the name of the type the table documents", read.CaseRivals(heads[i], c.Rivals))
		}
		tables[i].name = c.Name
	}
}

// pathCase is the documented path in the case of the example request's
// path that ends with it, its parameters' segments as documented, and
// whether the example's path ends with it in any case.
func pathCase(example, documented string) (string, bool) {
	ex := strings.Split(strings.TrimSuffix(example, "/"), "/")
	doc := strings.Split(strings.Trim(documented, "/"), "/")
	if len(doc) > len(ex)-1 {
		return "", false
	}
	tail := ex[len(ex)-len(doc):]
	for i, d := range doc {
		switch {
		case isPathParam(d):
		case strings.EqualFold(d, tail[i]):
			doc[i] = tail[i]
		default:
			return "", false
		}
	}
	return "/" + strings.Join(doc, "/"), true
}

// cellWords maps each word of the page's table cells that holds a small
// letter and starts with a capital, as a type's name is written, to the
// line of the first row that writes it.
func (r *statusReader) cellWords() map[string]int {
	words := map[string]int{}
	note := func(tb *pages.Table) {
		if tb == nil {
			return
		}
		for _, row := range tb.Rows {
			for _, c := range row.Cells {
				for _, w := range wordRe.FindAllString(c, -1) {
					if _, ok := words[w]; !ok && unicode.IsUpper(rune(w[0])) && !inCapitals(w) {
						words[w] = row.Line
					}
				}
			}
		}
	}
	for _, tt := range r.sp.types {
		note(tt.table)
	}
	for _, op := range r.sp.ops {
		for _, tb := range []*pages.Table{op.headers, op.params, op.query, op.body, op.response} {
			note(tb)
		}
	}
	return words
}
