package read

import (
	"fmt"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A TypeHeading is the line above a table that names the type the table
// documents.
type TypeHeading struct {
	Name  string // as the heading writes it
	Line  int    // the heading's line
	Table int    // the line of the table's header
}

// A HeadingCase is what RecaseHeadings reads of a heading: the name it
// stands for, and, when two references that differ only in case match
// it, both (sorted), which the page leaves undecided.
type HeadingCase struct {
	Name   string
	Rivals []string
}

// RecaseHeadings reads the type headings of a page whose headings lost
// their case (a converter that upper-cases headings, as html-to-text
// does, or a style sheet's text-transform or small capitals, kept in a
// copy): a heading that no reference writes as it does, and that equals
// case-folded exactly one name the page refers to (refs, each with the
// line that first writes it: type cells, "See X"), or else one of the
// protocol's own names (known), is that type, named as the reference
// spells it. The page is warned of once, at the first heading so read,
// naming each. A heading two references match that differ only in case
// keeps its name and gets both as rivals, for the caller to refuse; one
// that matches nothing stays as written.
func RecaseHeadings(rep *pages.Reporter, page string, heads []TypeHeading, refs map[string]int, known []string) []HeadingCase {
	folded := func(names []string) map[string][]string {
		by := map[string][]string{}
		for _, n := range names {
			f := strings.ToLower(n)
			if !slices.Contains(by[f], n) {
				by[f] = append(by[f], n)
			}
		}
		for _, ns := range by {
			slices.Sort(ns)
		}
		return by
	}
	referred := make([]string, 0, len(refs))
	for n := range refs {
		referred = append(referred, n)
	}
	byRef, byKnown := folded(referred), folded(known)
	out := make([]HeadingCase, len(heads))
	var read []string
	first := 0
	for i, h := range heads {
		out[i].Name = h.Name
		if _, ok := refs[h.Name]; ok || slices.Contains(known, h.Name) {
			continue
		}
		f := strings.ToLower(h.Name)
		matches := byRef[f]
		if len(matches) == 0 {
			matches = byKnown[f]
		}
		switch len(matches) {
		case 0:
		case 1:
			out[i].Name = matches[0]
			where := "the protocol's own name"
			if line, ok := refs[matches[0]]; ok {
				where = fmt.Sprintf("as line %d writes it", line)
			}
			read = append(read, fmt.Sprintf("%s (line %d) as %s, %s", h.Name, h.Line, matches[0], where))
			if first == 0 {
				first = h.Line
			}
		default:
			out[i].Rivals = matches
		}
	}
	if len(read) > 0 {
		rep.Warn(pages.At(page, first), "the page's type headings differ only in case from the names its tables and \"See\" texts write (a converter that upper-cases headings, or a style sheet's text-transform, wrote them so): read case-insensitively, %s; if a heading names a type of its own, write its name on the page as the type's", strings.Join(read, "; "))
	}
	return out
}

// CaseRivals describes a heading that two references match, differing
// only in case, for the caller's error, which adds how to settle it.
func CaseRivals(h TypeHeading, rivals []string) string {
	return fmt.Sprintf("the heading %s (line %d) over the table at line %d names a type in another case than the page's references, and they write two names that differ only in case, %s: which one the table documents, nothing on the page tells", h.Name, h.Line, h.Table, strings.Join(rivals, " and "))
}
