package pages

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A text browser that numbers links (lynx -dump, elinks -dump, w3m -dump
// with display_link_number) prints each link's number in brackets before
// its text, glued to it ("See [19]LineColor", "[3]Guide"), and a
// permalink whose text is a mark it does not print as the number alone
// after the heading's title ("Overview [15]"); it lists the links'
// addresses at the page's end, under "References" (lynx, elinks: "1.
// file:///…"; w3m: "[1] https://…"). Lynx told to list its links inline
// (lynx -dump -list_inline) prints each link's address in brackets in the
// number's place instead ("See [https://…/guide#rules]PermissionRules",
// "Overview [file://localhost/p.html#overview]"). The numbers and the
// addresses are no text of the page: Unnumbered takes them out of a
// heading, a name, a cell.

// linkMarkRe matches what a text browser prints in a link's place: its
// number in brackets ("[19]"), or its address in brackets, written
// inline ("[https://…]", "[file://localhost/…]", "[mailto:…]"), an
// address with no space in it.
var linkMarkRe = regexp.MustCompile(`\[(?:\d+|(?:[a-z][a-z0-9+.-]*://|mailto:)[^\s\[\]]*)\]`)

// linkEntryRe matches an entry of a text browser's list of links: "1.
// file:///…", "[12] https://…".
var linkEntryRe = regexp.MustCompile(`^\s*(?:\d+\.|\[\d+\])\s+[a-z][a-z+.-]*:\S*$`)

// closingEntryRe matches an entry of the list of links that Perl's
// HTML::FormatText::WithLinks closes a page with, under no title: its
// number, a full stop and the link's address, as the page wrote it
// ("   1. #VPContent", "   3. /guide/", "   12. https://…/api/").
var closingEntryRe = regexp.MustCompile(`^\s*(\d+)\.\s+(\S*[/#:]\S*)$`)

// minGlued is the number of link numbers glued to a word that tell a page
// whose list of links is lost (cut off the dump) numbers its links.
const minGlued = 3

// NumbersLinks reports whether a page is a text browser's dump, or a
// formatter's text, that numbers its links: it ends in their list, a
// "References" line (or "References:", elinks's "Visible links")
// followed by entries of linkEntryRe, or entries under no title
// (closingLinkList), or its text glues minGlued link marks (linkMarkRe:
// numbers or inline addresses) or more to words.
func NumbersLinks(lines []string) bool {
	if closingLinkList(lines) {
		return true
	}
	glued := 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch t {
		case "References", "References:", "Visible links", "Visible links:":
			if j := nextFilled(lines, i+1); j < len(lines) && linkEntryRe.MatchString(lines[j]) {
				return true
			}
		}
		if strings.IndexByte(t, '[') < 0 {
			continue
		}
		for _, m := range linkMarkRe.FindAllStringIndex(t, -1) {
			if gluedNumber(t, m[0], m[1]) {
				glued++
			}
		}
	}
	return glued >= minGlued
}

// closingLinkList reports whether a page ends in the list of its links
// that HTML::FormatText::WithLinks writes after its text, under no title
// (closingLinks).
func closingLinkList(lines []string) bool { return closingLinks(lines) >= 0 }

// closingLinks is the index of the first line of the list of its links
// that HTML::FormatText::WithLinks writes after a page's text, under no
// title: minGlued entries at least (closingEntryRe), numbered from 1 in
// turn, and nothing but blank lines after them; -1 where the page ends in
// no such list.
func closingLinks(lines []string) int {
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	first := end
	for first > 0 && closingEntryRe.MatchString(lines[first-1]) {
		first--
	}
	if end-first < minGlued {
		return -1
	}
	for i := first; i < end; i++ {
		if n, _ := strconv.Atoi(closingEntryRe.FindStringSubmatch(lines[i])[1]); n != i-first+1 {
			return -1
		}
	}
	return first
}

// dropClosingLinks drops the text blocks of the list of its links that
// HTML::FormatText::WithLinks writes after a page's text (closingLinks):
// they are the formatter's chrome, no text of the page.
func dropClosingLinks(src Source, blocks []Block) []Block {
	first := closingLinks(src.Lines)
	if first < 0 {
		return blocks
	}
	line := first + 1
	if src.At != nil {
		line = src.At[first]
	}
	return slices.DeleteFunc(blocks, func(b Block) bool { return b.Table == nil && b.Line >= line })
}

// nextFilled is the index of the first line from i on that is not blank,
// or len(lines).
func nextFilled(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return i
}

// Unnumbered is a line of a page that numbers its links (NumbersLinks)
// without their marks (linkMarkRe: numbers or inline addresses): a mark
// glued to the text after it, at the line's start or after a space or an
// opening parenthesis, and a mark at the line's end after a word (a
// permalink's) or alone on it. A number in brackets that is neither ("items [1], [2]", an array "[1]" after a
// colon) stays: it is the page's text.
func Unnumbered(t string) string {
	if strings.IndexByte(t, '[') < 0 {
		return t
	}
	ms := linkMarkRe.FindAllStringIndex(t, -1)
	if ms == nil {
		return t
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		if !gluedNumber(t, m[0], m[1]) && !trailingNumber(t, m[0], m[1]) {
			continue
		}
		b.WriteString(t[last:m[0]])
		last = m[1]
	}
	if last == 0 {
		return t
	}
	b.WriteString(t[last:])
	out := b.String()
	if strings.TrimSpace(out) == "" {
		return ""
	}
	if strings.HasSuffix(t, "]") && !strings.HasSuffix(out, "]") {
		out = strings.TrimRight(out, " ")
	}
	return out
}

// isBlankRune reports whether a rune prints nothing: a space, or an
// invisible format character (a zero-width space).
func isBlankRune(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }

// gluedNumber reports whether the number at t[i:j] is glued to a link's
// text: at the line's start or after a space, "(" or a generic type's
// "<" (List<[5]Shaft>, whose argument is the link), and followed by
// text that no sentence or list puts right after a number in brackets (a
// space, a punctuation mark, a bracket, a parenthesis: a Markdown link's
// address after its text): a word, a permalink's "#", an arrow.
func gluedNumber(t string, i, j int) bool {
	if i > 0 && t[i-1] != ' ' && t[i-1] != '(' && t[i-1] != '<' && t[i-1] != '\t' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[j:])
	return j < len(t) && !unicode.IsSpace(r) && !strings.ContainsRune(",;:.!?()]}[", r)
}

// trailingNumber reports whether the number at t[i:j] ends the line
// after a space that follows a word (a letter, a digit or ")"), or is
// alone on it: the number of a link whose text the browser does not
// print (a permalink's mark, an icon). What follows it may be the
// permalink's zero-width space, which a formatter prints
// (HTML::FormatText::WithLinks: "Server [23]\u200b").
func trailingNumber(t string, i, j int) bool {
	if strings.TrimFunc(t[j:], isBlankRune) != "" {
		return false
	}
	if strings.TrimSpace(t[:i]) == "" {
		return true
	}
	if i < 2 || t[i-1] != ' ' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t[:i], " "))
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')'
}

// UnnumberedLines is a page's lines without their links' numbers
// (Unnumbered) where the page numbers its links (NumbersLinks), or the
// lines as they are: the text whose names a lexicon gathers ("See
// [19]LineColor" mentions LineColor, "LineColor [29]" is its heading).
func UnnumberedLines(lines []string) []string {
	if !NumbersLinks(lines) {
		return lines
	}
	return eachUnnumbered(lines)
}

// eachUnnumbered is lines, each without its links' marks (Unnumbered).
func eachUnnumbered(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = Unnumbered(l)
	}
	return out
}

// A formatter that lays a table out as columns of text, each cell
// formatted as a page of its own (Perl's
// HTML::FormatText::WithLinks::AndTables), numbers a cell's links from 1
// and writes their list inside the cell, under its text after a few
// blank lines, in the cell's column: "List<[1]Heat>" ⏎ "" ⏎ "1.
// #id-…-Heat". The entries are the cell's chrome, as its marks are, no
// text of it: dropCellLinkNotes takes them out before a style reads the
// page, the same for columns of text as for cells one a line.

// cellNoteRe matches an entry of the list of a cell's links: its number,
// a full stop and a link target (an anchor "#…", a path "/…" or an
// address with a scheme), alone in its part of the line.
var cellNoteRe = regexp.MustCompile(`^(\d+)\.\s(?:[#/]|[a-zA-Z][a-zA-Z0-9+.-]*:)\S*$`)

// maxCellNoteGap bounds the lines between a cell's text and the entry
// of its list of links that is read as its: the blank lines the
// formatter pads a cell with, and the entries before it.
const maxCellNoteGap = 8

// mayHoldCellNote reports whether a line may hold an entry of a cell's
// list of links (cellNoteRe): a number after its indent, and a full stop
// and a space after it. ReadText asks it of every line before it reads
// the page for the entries.
func mayHoldCellNote(l string) bool {
	t := strings.TrimLeft(l, " ")
	return t != "" && t[0] >= '0' && t[0] <= '9' && strings.Contains(t, ". ")
}

// linePart is a part of a line set apart from the others by two spaces
// or more: a cell's text on a line of a table laid out as columns.
type linePart struct {
	col  int // its first column, in runes
	from int // its first byte
	text string
}

// partsOf is a line's parts (linePart).
func partsOf(l string) []linePart {
	var out []linePart
	col, start, startCol, spaces := 0, -1, 0, 0
	for i, r := range l {
		switch {
		case r == ' ':
			spaces++
		case start < 0 || spaces >= 2:
			if start >= 0 {
				out = append(out, linePart{startCol, start, strings.TrimRight(l[start:i], " ")})
			}
			start, startCol, spaces = i, col, 0
		default:
			spaces = 0
		}
		col++
	}
	if start >= 0 {
		out = append(out, linePart{startCol, start, strings.TrimRight(l[start:], " ")})
	}
	return out
}

// partAt is the part of a line that starts at column col, and whether
// the line holds text there: a part that starts at col, or one that
// runs over it (ok, with no part).
func partAt(l string, col int) (linePart, bool) {
	for _, p := range partsOf(l) {
		switch {
		case p.col == col:
			return p, true
		case p.col < col && p.col+utf8.RuneCountInString(p.text) > col:
			return linePart{}, true
		}
	}
	return linePart{}, false
}

// marksLink reports whether a cell's text glues the mark of link n to
// a word ("List<[1]Heat>", "[2]Guide"): gluedNumber.
func marksLink(text string, n string) bool {
	for _, m := range linkMarkRe.FindAllStringIndex(text, -1) {
		if text[m[0]+1:m[1]-1] == n && gluedNumber(text, m[0], m[1]) {
			return true
		}
	}
	return false
}

// cellNoteOf reports whether part p of line j is an entry of the list of
// links of the cell above it in its column (cellNoteRe): after blank
// lines or entries before it, up to maxCellNoteGap lines, the cell's
// lines of text start at the entry's column, and one of them marks the
// entry's number (marksLink). An entry whose number no mark of its cell
// holds, or whose text is no link target, is the page's text.
func cellNoteOf(lines []string, j int, p linePart) bool {
	m := cellNoteRe.FindStringSubmatch(p.text)
	if m == nil {
		return false
	}
	k := j - 1
	for ; k >= 0 && j-k <= maxCellNoteGap; k-- {
		q, ok := partAt(lines[k], p.col)
		if ok && (q.text == "" || !cellNoteRe.MatchString(q.text)) {
			break
		}
	}
	for ; k >= 0 && j-k <= 2*maxCellNoteGap; k-- {
		q, ok := partAt(lines[k], p.col)
		if !ok || q.text == "" || cellNoteRe.MatchString(q.text) {
			return false
		}
		if marksLink(q.text, m[1]) {
			return true
		}
	}
	return false
}

// dropCellLinkNotes takes the entries of the cells' lists of links out
// of a page that numbers its links (NumbersLinks): a line that holds
// entries alone is dropped with the blank lines the formatter padded the
// cell with above it, and an entry on a line with other cells' text is
// written as spaces, which keeps the columns.
func (t *Text) dropCellLinkNotes() {
	if !NumbersLinks(t.Lines) {
		return
	}
	drop := map[int]bool{}
	for j, l := range t.Lines {
		if !mayHoldCellNote(l) {
			continue
		}
		parts := partsOf(l)
		b := []byte(l)
		notes := 0
		for _, p := range parts {
			if cellNoteOf(t.Lines, j, p) {
				notes++
				copy(b[p.from:], strings.Repeat(" ", len(p.text)))
			}
		}
		switch {
		case notes == 0:
		case notes == len(parts):
			drop[j] = true
		default:
			t.Lines[j] = string(b)
		}
	}
	for j := len(t.Lines) - 1; j >= 0; j-- {
		if !drop[j] {
			continue
		}
		i := j
		for i > 0 && strings.TrimSpace(t.Lines[i-1]) == "" {
			i--
		}
		t.drop(i, j+1)
		j = i
	}
}
