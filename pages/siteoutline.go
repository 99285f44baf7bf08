package pages

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
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
// An outline is, under its label on a line of its own (outlineLabels)
// or under none, a run of two lines at least, blank lines apart or not,
// that each name a title the page writes elsewhere on a line of its own
// (in any case, without a heading's marks, a list item's mark or the
// link around it), in the page's order, and read as titles: a letter
// that is no lower-case one opens them (a capital, or one of a script
// without case), no sentence ends them, no column of a table is
// named by them. The entries' titles found elsewhere, in order, is the
// evidence: a section of the page names titles the page writes once
// more. Where the page's own titles do not tell an entry (an endpoint's
// path, a status line), a protocol gives the words that name its
// sections (SectionWords); and under no label, the run must also stand
// apart from content (outlineAt). An outline under a label is dropped
// before the page is read (readWithoutOutlines), with a warning, and a
// table whose rows stand on both sides of it is read whole, with a
// warning that its rows after the outline are its rest; one that the
// style kept, or under no label, is dropped from the page's blocks
// (DropOutlines), whole, with the same warning.

// outlineLabels are the labels a docs site sets over its outline of a
// page, in lower case.
var outlineLabels = map[string]bool{"on this page": true, "in this article": true, "in this page": true, "contents": true, "table of contents": true, "page contents": true}

// maxEntryLength bounds the length of an outline's entry: a title.
const maxEntryLength = 80

// minOutlineEntries is how many entries an outline holds at least.
const minOutlineEntries = 2

// entryLinkRe matches the text of a Markdown link a line begins with
// ("[Response Body](#response-body)"); its group is the text. The line
// is an entry when the link's target, read as a link's (LinkTarget), is
// an anchor and ends the line.
var entryLinkRe = regexp.MustCompile(`^\[([^\[\]]+)\]`)

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
		if m := entryLinkRe.FindStringSubmatchIndex(t); m != nil {
			if dest, n := LinkTarget(t[m[1]:]); n == len(t)-m[1] && strings.HasPrefix(dest, "#") {
				t = strings.TrimSpace(t[m[2]:m[3]])
			}
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
// letter that is no lower-case one opens it (a capital, or a letter of a
// script without case: "버섯 재배", "概要"), it is short, no sentence ends it, it is no
// field of a message (a name, a colon and its value: "Host: api.example",
// as an example request repeats them from one endpoint to the next), and
// it names no column of a table (a header's cell on a line of its own).
func readsAsTitle(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if t == "" || len(t) > maxEntryLength || !unicode.IsLetter(r) || unicode.IsLower(r) || strings.ContainsAny(t, "|\t") {
		return false
	}
	if name, _, ok := strings.Cut(t, ": "); ok && !strings.ContainsRune(name, ' ') {
		return false
	}
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") || IsPageMark(t) || RunTogetherHeader(t) != nil {
		return false
	}
	return ColumnOf(t) == ColOther
}

// siteOutline is an outline found on a page: the index of its label's
// line (of its first entry's, when no label stands over it), the index
// of the line after its last entry, and its entries.
type siteOutline struct {
	from, to int
	entries  []string
}

// SectionWords are the section titles a protocol's pages write that the
// page's own titles do not tell (an endpoint's path heading, a status
// line, a title such as "HTTP" that a page's content may leave out): a
// protocol gives them to DropOutlines, and pages/ holds no word of a
// vendor's.
type SectionWords interface {
	// NamesSection reports whether a line's text names a section of the
	// protocol's pages.
	NamesSection(text string) bool
}

// tableText stands for a table's block among the texts an outline is
// read from: no title is, and no outline runs across it.
const tableText = "\t"

// outlineReading reads a page's outlines from its texts, a line's or a
// block's each.
type outlineReading struct {
	// texts are the texts as titles (titleText); "" for a blank line.
	texts []string
	// entry reports whether texts[k] may be an outline's entry.
	entry func(k int) bool
	// named reports whether a protocol's words name a text as a section
	// (SectionWords): an entry so named stands in an outline whether
	// the page writes it elsewhere or not; nil for none.
	named func(t string) bool
	// gone marks the texts of the outlines found already.
	gone []bool
}

// run is the indexes of the entries from first on: the texts that may
// be entries, blank ones between them or not, up to the first that may
// not.
func (r *outlineReading) run(first int) []int {
	var at []int
	for k := first; k < len(r.texts) && !r.gone[k]; k++ {
		if r.texts[k] == "" {
			continue
		}
		if !r.entry(k) {
			break
		}
		at = append(at, k)
	}
	return at
}

// outlineAt reads the outline whose entries are the longest start of
// the run at (minOutlineEntries at least) whose titles the page writes
// elsewhere in their order (titledInOrder), from the index from (its
// label's, when labelled). Under no label the page's evidence must tell
// it from content too: two of its titles found stand apart (content
// that runs titles together, a role over its "HTTP", finds them
// together again), and it stands where an outline does (placed).
func (r *outlineReading) outlineAt(from int, at []int, labelled bool) (siteOutline, bool) {
	for n := len(at); n >= minOutlineEntries; n-- {
		to := at[n-1] + 1
		found, ok := r.titledInOrder(at[:n], from, to, labelled)
		if !ok || !labelled && (!r.apart(found) || !r.placed(found, from, to)) {
			continue
		}
		entries := make([]string, n)
		for k, a := range at[:n] {
			entries[k] = r.texts[a]
		}
		for k := from; k < to; k++ {
			r.gone[k] = true
		}
		return siteOutline{from: from, to: to, entries: entries}, true
	}
	return siteOutline{}, false
}

// titledInOrder finds the title of each entry at, in the order of at,
// on a line of its own outside the texts from up to to and the outlines
// found already: the index of each title found. An entry whose title
// the page does not write elsewhere (a role's title that the content
// writes with its badge, "Admin beta") stands in the outline only when
// the label or the protocol's words vouch for it and it is neither the
// outline's first nor its last: the titles found bound the outline
// (else it would run on into the content, whose first title the words
// name too). Two titles at least are found.
func (r *outlineReading) titledInOrder(at []int, from, to int, labelled bool) ([]int, bool) {
	var found []int
	k := 0 // the index of the text after the title found last
	for _, a := range at {
		want := r.texts[a]
		j := k
		for j < len(r.texts) && (j >= from && j < to || r.gone[j] || !strings.EqualFold(r.texts[j], want)) {
			j++
		}
		if j == len(r.texts) {
			if !labelled && (r.named == nil || !r.named(want)) || a == at[0] || a == at[len(at)-1] {
				return nil, false
			}
			continue
		}
		found = append(found, j)
		k = j + 1
	}
	return found, len(found) >= minOutlineEntries
}

// apart reports whether a text stands between two of the titles found,
// as a section's own text stands between its title and the next.
func (r *outlineReading) apart(found []int) bool {
	for i := 1; i < len(found); i++ {
		for j := found[i-1] + 1; j < found[i]; j++ {
			if r.texts[j] != "" && !r.gone[j] {
				return true
			}
		}
	}
	return false
}

// placed reports whether an outline of no label, the texts from up to
// to, stands where an outline does: before the content it lists, the
// title of its first entry found right after it, or after one line
// between (a breadcrumb, the page's title); or after that content,
// every title found above it and the text of the last one's section
// between them (a run that goes on from its titles is content), and
// below it no table and no title (but the site's footer, "© 2026").
func (r *outlineReading) placed(found []int, from, to int) bool {
	if found[0] >= to {
		between := 0
		for j := to; j < found[0]; j++ {
			if r.texts[j] != "" && !r.gone[j] {
				between++
			}
		}
		return between <= 1
	}
	if last := found[len(found)-1]; last >= from || !r.apart([]int{last, from}) {
		return false
	}
	for j := to; j < len(r.texts); j++ {
		if r.texts[j] == tableText || r.texts[j] != "" && !r.gone[j] && r.entry(j) {
			return false
		}
	}
	return true
}

// siteOutlines finds the site's outlines among a page's lines: those
// under a label. A page with no label, as most are, has its lines read
// no further.
func siteOutlines(lines []string) []siteOutline {
	first := slices.IndexFunc(lines, isOutlineLabel)
	if first < 0 {
		return nil
	}
	r := &outlineReading{texts: make([]string, len(lines)), gone: make([]bool, len(lines))}
	for k, l := range lines {
		if !isProperty(l) { // an outliner's property line under an entry stands as a blank line does
			r.texts[k] = titleText(l)
		}
	}
	r.entry = func(k int) bool { return readsAsTitle(r.texts[k]) && !isOutlineLabel(r.texts[k]) }
	var found []siteOutline
	for i := first; i < len(lines); i++ {
		if r.gone[i] || !isOutlineLabel(lines[i]) {
			continue
		}
		if o, ok := r.outlineAt(i, r.run(i+1), true); ok {
			found = append(found, o)
		}
	}
	return found
}

// DropOutlines drops from a page's blocks the site's outlines of the
// page that its style kept (a page read from HTML, or an outline whose
// entries the style cannot tell from titles alone): a label's block and
// the run of text blocks under it, or such a run under no label, each
// of which names a title the page writes elsewhere, in the page's
// order, two at least (an entry the protocol's words name, words, need
// not be written elsewhere); a run under no label stands apart from
// content as outlineAt says. Each outline is dropped whole, with a
// warning. So is an outline whose entries a converter ran together on
// one line ("/kelp/beds/kelp/harvest", a DOM's innerText of a list),
// the titles of entries after it in the page's order, right above the
// first of them (runTogether).
func DropOutlines(page string, items []Block, words SectionWords, rep *Reporter) []Block {
	r := &outlineReading{texts: make([]string, len(items)), gone: make([]bool, len(items)), named: words.NamesSection}
	for k, it := range items {
		r.texts[k] = tableText
		if it.Table == nil {
			r.texts[k] = titleText(it.Text)
		}
	}
	// known holds, by index, whether each text may be an entry (1) or
	// not (-1), worked out once: the runs and the places of the
	// outlines looked for ask it again of the same texts.
	known := make([]int8, len(items))
	r.entry = func(k int) bool {
		if known[k] == 0 {
			t := r.texts[k]
			known[k] = -1
			if t != tableText && !isOutlineLabel(t) && (readsAsTitle(t) || words.NamesSection(t)) {
				known[k] = 1
			}
		}
		return known[k] > 0
	}
	var found []siteOutline
	for i := range items {
		if r.texts[i] != tableText && isOutlineLabel(r.texts[i]) {
			if o, ok := r.outlineAt(i, r.run(i+1), true); ok {
				found = append(found, o)
			}
		}
	}
	for i := 0; i < len(items); i++ {
		if r.gone[i] || r.texts[i] == "" || !r.entry(i) {
			continue
		}
		if o, ok := r.outlineAt(i, r.run(i), false); ok {
			found = append(found, o)
			i = o.to - 1
		}
	}
	dropped := false
	for i := range items {
		if r.gone[i] || r.texts[i] == tableText || !r.entry(i) || i+1 == len(items) || r.texts[i+1] == tableText || !strings.HasPrefix(r.texts[i], r.texts[i+1]) {
			continue
		}
		if parts := r.runTogether(i); parts != nil && parts[0] == strconv.Quote(r.texts[i+1]) {
			r.gone[i], dropped = true, true
			rep.Warn(At(page, items[i].Line), "line %d, %q, is the site's outline of the page run together on one line, its entries with nothing between them, as a DOM's innerText prints a list: it is the titles %s, that the page writes after it, in its order: read as the site's chrome, and dropped", items[i].Line, Clip(items[i].Text), strings.Join(parts, ", "))
		}
	}
	if len(found) == 0 && !dropped {
		return items
	}
	for _, o := range found {
		label := ""
		if isOutlineLabel(r.texts[o.from]) {
			label = items[o.from].Text
		}
		warnOutline(page, items[o.from].Line, items[o.to-1].Line, label, o.entries, rep)
	}
	out := make([]Block, 0, len(items))
	for k, it := range items {
		if !r.gone[k] {
			out = append(out, it)
		}
	}
	return out
}

// runTogether returns the titles the text of block i is, run together
// with nothing between them, each the text of a block after it that is
// an entry, in the page's order, two at least; nil where it is no such
// run. DropOutlines drops such a block right above the first title it
// names, as an outline stands apart from the content it names. The shortest title that begins the rest is tried first, then
// the longer ones: the entries are few.
func (r *outlineReading) runTogether(i int) []string {
	var parts []string
	var cut func(rest string, after int) bool
	cut = func(rest string, after int) bool {
		if rest == "" {
			return len(parts) >= minOutlineEntries
		}
		for j := after + 1; j < len(r.texts); j++ {
			t := r.texts[j]
			if t == tableText || t == "" || !strings.HasPrefix(rest, t) || !r.entry(j) {
				continue
			}
			parts = append(parts, fmt.Sprintf("%q", t))
			if cut(rest[len(t):], j) {
				return true
			}
			parts = parts[:len(parts)-1]
		}
		return false
	}
	if !cut(r.texts[i], i) {
		return nil
	}
	return parts
}

// warnOutline warns of the site's outline on the page lines from to to,
// under the label (none when ""), of the entries: dropped.
func warnOutline(page string, from, to int, label string, entries []string, rep *Reporter) {
	over := ""
	if label != "" {
		over = fmt.Sprintf("%q over ", strings.TrimSpace(label))
	}
	rep.Warn(At(page, from), "lines %d-%d are the site's outline of the page (%s%s): each names a title the page writes elsewhere, in the page's order, as the \"On this page\" side bar a site shows beside the content does: read as the site's chrome, and dropped", from, to, over, Clip(strings.Join(entries, ", ")))
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
		warnOutline(src.Name, page(o.from), page(o.to-1), src.Lines[o.from], o.entries, src.Report)
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
