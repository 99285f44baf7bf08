package pages

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A copy of a whole docs page keeps, as lines of text, the outline the
// site shows beside the content: its label ("On this page") and, one a
// line, the page's section titles and, nested under them, the names of
// the types the page documents. The copy sets it where the side bar
// fell in the selection: before the content, after it, or in the middle
// of a table, which it cuts. Read as the page's, each entry is a title
// with nothing under it, and the rows of the table after it are rows
// under the last entry, without the table's header.
//
// An outline is the label on a line of its own (outlineLabels) and
// under it, blank lines apart or not, two lines at least that each name
// a title the page writes elsewhere on a line of its own (in any case,
// without a heading's marks, a list item's mark or the link around it),
// in the page's order, and read as titles: a capital letter opens them,
// no sentence ends them, no column of a table is named by them. The
// entries' titles found elsewhere, in order, is the evidence: a section
// of the page under a line like the label names titles the page writes
// once. The outline is dropped before the page is read, with a warning,
// and a table whose rows stand on both sides of it is read whole, with
// a warning that its rows after the outline are its rest.

// outlineLabels are the labels a docs site sets over its outline of a
// page, in lower case.
var outlineLabels = map[string]bool{"on this page": true, "in this article": true, "in this page": true, "contents": true, "table of contents": true, "page contents": true}

// maxEntryLength bounds the length of an outline's entry: a title.
const maxEntryLength = 80

// minOutlineEntries is how many entries an outline holds at least.
const minOutlineEntries = 2

// entryLinkRe matches a line that is wholly a Markdown link to an
// anchor ("[Response Body](#response-body)"); its group is the text.
var entryLinkRe = regexp.MustCompile(`^\[([^\[\]]+)\]\(#[^()\s]*\)$`)

// titleText is a line as the title it may be: without the spaces
// around it, a heading's marks, a list item's mark, the emphasis or the
// link around it.
func titleText(l string) string {
	t := strings.TrimSpace(l)
	for _, mark := range []string{"- ", "* ", "+ ", "• "} {
		if strings.HasPrefix(t, mark) {
			t = strings.TrimSpace(t[len(mark):])
			break
		}
	}
	t = strings.TrimSpace(strings.TrimLeft(t, "#"))
	if strings.HasPrefix(t, "[") {
		if m := entryLinkRe.FindStringSubmatch(t); m != nil {
			t = strings.TrimSpace(m[1])
		}
	}
	if inner, ok := Emphasized(t); ok {
		t = strings.TrimSpace(inner)
	}
	return t
}

// isOutlineLabel reports whether a line is the label over a site's
// outline (outlineLabels), a colon after it or not.
func isOutlineLabel(l string) bool {
	t := strings.TrimSpace(strings.TrimSuffix(titleText(l), ":"))
	if len(t) > maxLookupLower {
		// No label is so long, as most lines of a page are: LookupLower
		// would lower-case such a line into a new string.
		return false
	}
	label, _ := LookupLower(outlineLabels, t)
	return label
}

// readsAsTitle reports whether the text of a line reads as a title: a
// capital letter opens it, it is short, no sentence ends it, and it
// names no column of a table (a header's cell on a line of its own).
func readsAsTitle(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if t == "" || len(t) > maxEntryLength || !unicode.IsUpper(r) || strings.ContainsAny(t, "|\t") {
		return false
	}
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") || IsPageMark(t) || RunTogetherHeader(t) != nil {
		return false
	}
	return ColumnOf(t) == ColOther
}

// siteOutline is an outline found on a page: the index of its label's
// line, the index of the line after its last entry, and its entries.
type siteOutline struct {
	from, to int
	entries  []string
}

// siteOutlines finds the site's outlines among a page's lines.
func siteOutlines(lines []string) []siteOutline {
	var found []siteOutline
	for i := 0; i < len(lines); i++ {
		if !isOutlineLabel(lines[i]) {
			continue
		}
		if o, ok := outlineAt(lines, i); ok {
			found = append(found, o)
			i = o.to - 1
		}
	}
	return found
}

// outlineAt reads the outline whose label is line i: the longest run of
// the lines under it that read as titles (blank lines between them or
// not) whose titles the page writes elsewhere in their order.
func outlineAt(lines []string, i int) (siteOutline, bool) {
	var at []int // the index of each line of the run
	for k := i + 1; k < len(lines); k++ {
		t := titleText(lines[k])
		if t == "" {
			continue
		}
		if !readsAsTitle(t) || isOutlineLabel(t) {
			break
		}
		at = append(at, k)
	}
	for n := len(at); n >= minOutlineEntries; n-- {
		if titledInOrder(lines, at[:n], i, at[n-1]+1) {
			entries := make([]string, n)
			for k, a := range at[:n] {
				entries[k] = titleText(lines[a])
			}
			return siteOutline{from: i, to: at[n-1] + 1, entries: entries}, true
		}
	}
	return siteOutline{}, false
}

// titledInOrder reports whether the page writes the title of each line
// at, on a line of its own outside the lines from up to to, in the
// order of at.
func titledInOrder(lines []string, at []int, from, to int) bool {
	k := 0 // the index of the line after the title found last
	for _, a := range at {
		want := titleText(lines[a])
		for k < len(lines) && (k >= from && k < to || !strings.EqualFold(titleText(lines[k]), want)) {
			k++
		}
		if k == len(lines) {
			return false
		}
		k++
	}
	return true
}

// readWithoutOutlines reads the source with readSource without the
// site's outlines its lines hold (siteOutlines), each warned of, and
// warns of each table read whole across one; the blocks and what
// readSource reports are located at the page's lines (ReadLocated). A
// source without an outline is read as it is.
func readWithoutOutlines(src Source, readSource func(Source) []Block) []Block {
	found := siteOutlines(src.Lines)
	if len(found) == 0 {
		return ReadLocated(src, readSource)
	}
	page := func(i int) int { // the page line of the line of index i
		if src.At != nil && i < len(src.At) {
			return src.At[i]
		}
		return i + 1
	}
	out := src
	out.Lines, out.At = nil, nil
	k := 0
	for i, l := range src.Lines {
		if k < len(found) && i >= found[k].to {
			k++
		}
		if k < len(found) && i >= found[k].from {
			continue
		}
		out.Lines = append(out.Lines, l)
		out.At = append(out.At, page(i))
	}
	for _, o := range found {
		src.Report.Warn(At(src.Name, page(o.from)), "lines %d-%d are the site's outline of the page (%q over %s): each names a title the page writes elsewhere, in the page's order, as the \"On this page\" side bar a site shows beside the content does: read as the site's chrome, and dropped", page(o.from), page(o.to-1), strings.TrimSpace(src.Lines[o.from]), Clip(strings.Join(o.entries, ", ")))
	}
	blocks := ReadLocated(out, readSource)
	for _, o := range found {
		warnOutlineCut(src, blocks, page(o.from), page(o.to-1))
	}
	return blocks
}

// warnOutlineCut warns of a table whose rows stand on both sides of the
// outline on the page lines from to to: its rows after it are read as
// its rest.
func warnOutlineCut(src Source, blocks []Block, from, to int) {
	for _, b := range blocks {
		t := b.Table
		if t == nil || t.Line > from {
			continue
		}
		before := slices.ContainsFunc(t.Rows, func(r *Row) bool { return r.Line < from })
		k := slices.IndexFunc(t.Rows, func(r *Row) bool { return r.Line > to })
		if before && k >= 0 {
			src.Report.Warn(At(src.Name, t.Rows[k].Line), "the site's outline at lines %d-%d cut the table at line %d: its rows from line %d on are read as the rest of that table", from, to, t.Line, t.Rows[k].Line)
		}
	}
}
