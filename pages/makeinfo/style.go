// Package makeinfo reads the text GNU Texinfo's makeinfo writes of a
// manual (--plaintext, --no-headers, or an Info file), a vendor's page
// taken through pandoc's Texinfo writer or a manual written by hand: each
// heading numbered ("2.1 Overview") and underlined with the mark of its
// level (*, =, -, .), as wide as the heading; a cross reference written
// "*note LABEL: NODE." (a docs site's permalink is one whose label is a
// zero width space, on the heading's line or the line above a table);
// @code written in quotes ('userId', ‘userId’); an Info file's node lines
// and menus; and each table (a multitable) as columns aligned with
// spaces under its header row and a rule of dashes as wide as the table,
// a long cell filled within its column over the lines after its row's.
// Such a page is read as one of columns aligned with spaces (package
// aligned) whose cells sit at the top of their rows (aligned.ReadTop), with each heading a text block at its line, each rule and
// each line of Info's own dropped, each quoted code a code span, and each
// cross reference its label.
package makeinfo

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
)

// Style reads the text makeinfo writes of a Texinfo manual.
type Style struct{}

func (Style) String() string       { return "GNU Texinfo's text (makeinfo)" }
func (Style) NeedsLexicon() bool   { return true }
func (Style) Extensions() []string { return []string{".txt", ".info"} }

// minHeadings is the underlined headings that tell a page of the style,
// with one mark of makeinfo's at least: a heading numbered or underlined
// with asterisks (a chapter's), or a table under a rule of dashes.
const minHeadings = 2

// Detect counts the underlined headings, those of makeinfo's marks and
// the tables under a rule of dashes, where there are minHeadings
// headings and a mark at least and the page, so read, has tables of
// aligned columns: above that rate of the page as aligned columns.
func (Style) Detect(lines []string) int {
	if !underlined(lines, minHeadings) {
		return 0
	}
	m := outline(lines)
	if len(m.heads) < minHeadings || m.marks+m.rules == 0 {
		return 0
	}
	m.unmark()
	r := aligned.Style{}.Detect(m.lines)
	if r == 0 {
		return 0
	}
	return r + len(m.heads) + m.marks + m.rules
}

// Read reads the page without makeinfo's marks (markup) as one of aligned
// columns, each heading a text block at its line.
func (Style) Read(src pages.Source) []pages.Block {
	m := markup(src.Lines)
	for _, i := range m.glued {
		src.Report.Fail(pages.At(src.Name, i), "line %d: %q runs the cells of two columns together with no space between them, after a cross reference or a link's address wider than its column (makeinfo writes the next cells right after such a cell): which of its words are whose cannot be told; widen the column (the @multitable's @columnfractions) or set the cells apart on the page", i, gluedRe.FindStringSubmatch(src.Lines[i-1])[1])
	}
	src.Lines, src.At = m.lines, m.at
	return pages.ReadLocated(src, func(s pages.Source) []pages.Block {
		items := aligned.ReadTop(s)
		items = append(items, m.heads...)
		sort.SliceStable(items, func(i, j int) bool { return items[i].Line < items[j].Line })
		return items
	})
}

// marked is a page without makeinfo's marks: its lines, the page line
// (from 1) of each, its headings as text blocks at their lines (of
// lines), the count of those numbered or underlined with asterisks, that
// of the rules under a table's header it dropped, and the lines (from 1,
// of the page) whose cells run into each other (gluedRe).
type marked struct {
	lines []string
	at    []int
	heads []pages.Block
	marks int
	rules int
	glued []int
}

// gluedRe matches a cross reference's node or a link's address run into
// a requiredness and that into the next cell, no space between them
// ("#buffstackmode.trueSee"): a cell wider than its column, which
// makeinfo follows with the next cells' text.
var gluedRe = regexp.MustCompile(`(?:\*[Nn]ote [^:]*: ?\S*?\.|\(\S+\))((?:true|false)[A-Z(]\S*)`)

// markup reads makeinfo's marks out of a page's lines. A heading's line
// and its underline are dropped, and the heading is a text block at its
// line: its section number and its permalink dropped. A rule of dashes
// right under a line, of another width than that line's (no heading's
// underline), is the rule under a table's header, and dropped, as a line
// of spaces between two lines of text is (a multitable's cell whose
// blank paragraph makeinfo pads to its column) and an Info file's lines
// of its own are (infoLine, a menu, the tag table). Each other line is
// read without its marks (plain): a line that is only a permalink is
// blank.
func markup(lines []string) marked {
	m := outline(lines)
	m.unmark()
	return m
}

// underlined reports whether n lines at least stand over their underline
// (underlines): every heading outline reads is one, and a page with fewer
// has not the headings Detect counts, told without a copy of its lines
// (Detect runs on every page).
func underlined(lines []string, n int) bool {
	for i := 0; i+1 < len(lines) && n > 0; i++ {
		if underlines(strings.TrimSpace(lines[i]), lines[i+1]) {
			n--
		}
	}
	return n <= 0
}

// outline reads the headings, the rules and the lines of a page as markup
// does, the lines as they are: Detect needs no line without its marks
// until the headings tell the style.
func outline(lines []string) marked {
	m := marked{lines: make([]string, 0, len(lines)), at: make([]int, 0, len(lines))}
	menu, tags := false, false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if menu && t != "" && !menuItemRe.MatchString(t) {
			menu = false
		}
		switch {
		case menu:
			continue
		case t == "* Menu:":
			menu = true
			continue
		case t == "Tag Table:" || t == "Local Variables:":
			tags = true
			continue
		case tags:
			tags = t != "End Tag Table" && t != "End:"
			continue
		case infoLine(l):
			continue
		case i+1 < len(lines) && underlines(t, lines[i+1]):
			m.lines = append(m.lines, "")
			m.at = append(m.at, i+1)
			m.heads = append(m.heads, pages.Block{Line: len(m.lines), Text: heading(t)})
			if sectionNumberRe.MatchString(t) || strings.HasPrefix(strings.TrimSpace(lines[i+1]), "*") {
				m.marks++
			}
			i++
			continue
		case i > 0 && isRule(t, '-') && strings.TrimSpace(lines[i-1]) != "":
			m.rules++
			continue
		case t == "" && l != "" && i > 0 && i+1 < len(lines) && strings.TrimSpace(lines[i-1]) != "" && strings.TrimSpace(lines[i+1]) != "":
			continue
		}
		m.lines = append(m.lines, l)
		m.at = append(m.at, i+1)
	}
	return m
}

// unmark reads each line of an outline without its marks (plain), and
// notes those whose cells run into each other (gluedRe).
func (m *marked) unmark() {
	for k, l := range m.lines {
		if gluedRe.MatchString(l) {
			m.glued = append(m.glued, m.at[k])
		}
		m.lines[k] = plain(l)
	}
}

// plain is a line without makeinfo's marks, in as many columns where its
// text goes on in another column: each cross reference its label
// (unreferenced), the emphasis around a word dropped (*Name*), each
// quoted code a code span (codeSpans).
func plain(l string) string {
	return codeSpans(unemphasized(unaddressed(unreferenced(l))))
}

// addressRe matches the address makeinfo writes after a link's text, in
// parentheses (@uref{URL, TEXT} is "TEXT (URL)"): a path of the site, an
// anchor, or a web address.
var addressRe = regexp.MustCompile(` \((?:/|#|https?://)[^\s()]*\)`)

// unaddressed is a line with the address after each link's text dropped,
// the columns after it where they were (kept): "'ReturnCode'
// (/api/models/ReturnCode)" is its text, and the brackets of an array
// after the address go on the text ("'InvalidMember' (/a/b)[]").
func unaddressed(l string) string {
	if !strings.Contains(l, " (") {
		return l
	}
	for {
		loc := addressRe.FindStringIndex(l)
		if loc == nil {
			return l
		}
		l = l[:loc[0]] + kept(l[loc[0]:loc[1]], "", l[loc[1]:])
	}
}

// kept is the rest of a line after the text that replaces a dropped part
// of it: the punctuation right after the part (">" of "List<…>", the
// brackets of an array, a comma) stays on the text, then, where the part
// ended a cell (at the line's end, before two spaces, or with the next
// column's word right after it), spaces as wide as what was dropped, so
// the next column starts where it did; in running text (one space, then
// more words) no spaces are added.
func kept(dropped, text, rest string) string {
	punct := 0
	for punct < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[punct:])
		if unicode.IsSpace(r) || unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' {
			break
		}
		punct += n
	}
	after := rest[punct:]
	if strings.HasPrefix(after, " ") && !strings.HasPrefix(after, "  ") {
		return rest
	}
	return rest[:punct] + strings.Repeat(" ", max(0, utf8.RuneCountInString(dropped)-utf8.RuneCountInString(text))) + after
}

// underlineMarks are the marks makeinfo underlines a heading with, a
// chapter's to a subsubsection's.
const underlineMarks = "*=-."

// underlines reports whether next underlines the heading t: a rule of
// one of underlineMarks as wide as t, give or take a column (a zero
// width space in t, counted by makeinfo or not, dropped or not).
func underlines(t, next string) bool {
	u := strings.TrimSpace(next)
	if t == "" || u == "" || !strings.ContainsRune(underlineMarks, rune(u[0])) || !isRule(u, rune(u[0])) {
		return false
	}
	w, zw := utf8.RuneCountInString(t), strings.Count(t, "\u200b")
	return len(u) <= w+1 && len(u) >= w-zw-1
}

// isRule reports whether t is a run of mark, three at least.
func isRule(t string, mark rune) bool {
	return len(t) >= 3 && strings.Trim(t, string(mark)) == ""
}

// sectionNumberRe matches the number makeinfo gives a chapter, a section
// or an appendix before its title: "2 ", "2.1.3 ", "A.1 ".
var sectionNumberRe = regexp.MustCompile(`^(?:\d+|[A-Z])(?:\.\d+)*\s+`)

// heading is a heading's title: without its number and its permalink.
func heading(t string) string {
	t = Unreferenced(t)
	if rest := sectionNumberRe.ReplaceAllString(t, ""); strings.TrimSpace(rest) != "" {
		t = rest
	}
	return pages.StripHeading(t)
}

// infoLine reports whether a line is one of an Info file's own: the
// node separator (a unit separator, ^_), a node's line ("File: x.info,
// Node: Top, Next: …") and the line that names makeinfo; the tag table
// and the local variables at its end, from their first line to their
// last, are markup's to drop.
func infoLine(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(l, "\x1f") || strings.HasPrefix(t, "File: ") && strings.Contains(t, "Node: ") ||
		strings.HasPrefix(t, "This is ") && strings.Contains(t, "produced by makeinfo")
}

// menuItemRe matches an item of an Info menu: "* Node::" or "* Label:
// Node." and the description after it.
var menuItemRe = regexp.MustCompile(`^\* [^:]+:(?::|\s+[^.]+\.)`)

// A cross reference is written "*note LABEL: NODE." (*Note at a
// sentence's start), or "*note NODE::"; a permalink's label is a zero
// width space. The node may hold dots ("#genericmodels.offeritem"), and
// makeinfo ends it with a period (or a comma), which a cell's next column
// may follow with no space ("#potionbase.true"): the node is the whole
// word where that ends with the period, else the word up to its first.
var referenceRe = regexp.MustCompile(`\*[Nn]ote\s+`)

// Unreferenced is a line with each cross reference read as its label, a
// permalink's (a zero width space) as nothing, and its spaces single.
func Unreferenced(t string) string {
	return strings.Join(strings.Fields(unreferenced(t)), " ")
}

// unreferenced is a line with each cross reference read as its label,
// the columns after it where they were (kept).
func unreferenced(l string) string {
	for {
		loc := referenceRe.FindStringIndex(l)
		if loc == nil {
			return l
		}
		label, end, ok := reference(l, loc[1])
		if !ok {
			return l[:loc[1]] + unreferenced(l[loc[1]:])
		}
		label = strings.TrimSpace(strings.ReplaceAll(label, "\u200b", ""))
		l = l[:loc[0]] + label + kept(l[loc[0]:end], label, l[end:])
	}
}

// reference reads the cross reference whose label starts at l[from:]: its
// label, and the end of the reference; ok is false where none does.
func reference(l string, from int) (string, int, bool) {
	colon := strings.IndexByte(l[from:], ':')
	if colon < 0 {
		return "", 0, false
	}
	label, at := l[from:from+colon], from+colon+1
	if strings.Contains(label, "*note") || strings.Contains(label, "*Note") {
		return "", 0, false
	}
	if strings.HasPrefix(l[at:], ":") {
		return label, at + 1, true
	}
	for at < len(l) && l[at] == ' ' {
		at++
	}
	word := l[at:]
	if sp := strings.IndexByte(word, ' '); sp >= 0 {
		word = word[:sp]
	}
	if word == "" {
		return "", 0, false
	}
	if !strings.HasSuffix(word, ".") && !strings.HasSuffix(word, ",") {
		if dot := strings.IndexByte(word, '.'); dot >= 0 {
			word = word[:dot+1]
		}
	}
	return label, at + len(word), true
}

// emphasisRe matches a word or words in emphasis, as makeinfo writes
// @strong: *Name*.
var emphasisRe = regexp.MustCompile(`\*([^*\s](?:[^*]*[^*\s])?)\*`)

// unemphasized is a line with the asterisks of each emphasis spaces, in
// as many columns: one not set apart from the text around it by a space,
// a bracket or another emphasis ("a*b*c") is no emphasis, and stays.
func unemphasized(l string) string {
	if !strings.Contains(l, "*") {
		return l
	}
	b := []byte(l)
	for _, m := range emphasisRe.FindAllStringIndex(l, -1) {
		if m[0] > 0 && isWordByte(l[m[0]-1]) || m[1] < len(l) && isWordByte(l[m[1]]) {
			continue
		}
		b[m[0]], b[m[1]-1] = ' ', ' '
	}
	return string(b)
}

// isWordByte reports whether a byte is a letter, a digit or an
// underscore, or part of a rune beyond ASCII.
func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// quotedRe matches what makeinfo writes @code{x} as, quoted ('x', or ‘x’
// in a UTF-8 manual, which pages.Lines reads as 'x'): a quote at a word's
// start, the code, and a quote at its end, before a space, punctuation,
// or the brackets of an array ('string'[]).
var quotedRe = regexp.MustCompile(`(^|[\s(\[])'([^'\s](?:[^']*[^'\s])?)'(\[\])?([\s.,;:)\]]|$)`)

// abuttedRe matches a quoted code a cell of makeinfo's filled to its
// column's end, right before the next column's quoted code:
// 'skipPrerequisites”boolean'.
var abuttedRe = regexp.MustCompile(`(^|[\s(\[])'([^'\s]+)''`)

// codeSpans is a line with each quoted code a code span, in as many
// bytes: the quotes are backquotes, and the brackets of an array after
// its closing quote inside it ('string'[] is `string[]`), so a column
// starts where it did. A code right before another, with no space
// between them, is set apart from it by its quotes read as spaces.
func codeSpans(l string) string {
	if !strings.Contains(l, "'") {
		return l
	}
	l = abuttedRe.ReplaceAllString(l, "$1 $2 '")
	// Spans may share a space between them: match until none is left.
	for {
		next := quotedRe.ReplaceAllString(l, "$1`$2$3`$4")
		if next == l {
			return l
		}
		l = next
	}
}

// HeadingAt reports whether page line n is a heading, underlined on the
// line after it (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n < len(page) && underlines(strings.TrimSpace(page[n-1]), page[n])
}
