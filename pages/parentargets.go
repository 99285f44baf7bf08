package pages

import (
	"regexp"
	"strings"
)

// A converter of HTML to text that writes each link as its text, a
// space and its target in parentheses with a space inside each
// (jaytaylor/html2text: "ReturnCode ( #returncode )", a heading's
// permalink "Request Body \u200b ( #request-body )", whose zero-width
// space reading a page drops, a link without text "( /api/x )") writes
// a link that no markup marks: the text it shows is the words before
// the target, which the page reads as Markdown's "[ReturnCode](#returncode)"
// is read (Unlinked), its text. A table's cell wrapped inside its
// column may part the target from its text, or its ")" from the rest
// ("InvalidMember ( #invalidmember" over ")"), so the target is read
// once the cells are whole, in every block of text and every cell.

// parenTargetRe matches the start of a target written so: a "(" at the
// start of a text or after a space, at least one space, and an address
// (an anchor, a path from the site's root or the page's folder, a URL
// of the web or of mail), which runs on as a link's does (LinkTarget).
var parenTargetRe = regexp.MustCompile(`(^|\s)\(\s+<?(?:#[^\s#)]|/|\.\.?/|https?://|ftp://|mailto:)`)

// seeEndRe matches a text that ends with the word "See".
var seeEndRe = regexp.MustCompile(`(?:^|[^\w])See$`)

// withoutParenTargets returns t without each link target written in
// parentheses with spaces inside them (parenTargetRe), and the spaces
// before it, and how many it took out: "See ReturnCode ( #returncode )"
// reads "See ReturnCode". A link to an anchor without text right after
// "See" ("See ( #returncode )", of an empty <a>) names its type by the
// anchor alone: it reads as Markdown's empty link, "See [](#returncode)",
// which the page's headings resolve (resolveAnchorRefs). A target whose ")" has no space before it
// ("( #a)") is no such link's.
func withoutParenTargets(t string) (string, int) {
	if !spacedParen(t) {
		return t, 0
	}
	var b strings.Builder
	n, from := 0, 0
	for _, m := range parenTargetRe.FindAllStringSubmatchIndex(t, -1) {
		open := m[3]
		if open < from {
			continue // within the target before it
		}
		dest, size := LinkTarget(t[open:])
		if size == 0 || !IsRegexpSpace(t[open+size-2]) {
			continue
		}
		before := strings.TrimRight(t[from:open], " \t\n")
		b.WriteString(before)
		if strings.HasPrefix(dest, "#") && seeEndRe.MatchString(before) {
			b.WriteString(" [](" + dest + ")")
		}
		from = open + size
		n++
	}
	if n == 0 {
		return t, 0
	}
	b.WriteString(t[from:])
	return strings.TrimSpace(b.String()), n
}

// spacedParen reports whether t holds a "(" with a space after it
// (IsRegexpSpace, a \s of parenTargetRe), as every target parenTargetRe
// matches begins: a text without one, most cells with a parenthesis
// ("Player ID (string)"), is not matched against the expression.
func spacedParen(t string) bool {
	for {
		i := strings.IndexByte(t, '(')
		if i < 0 || i+1 >= len(t) {
			return false
		}
		if IsRegexpSpace(t[i+1]) {
			return true
		}
		t = t[i+1:]
	}
}

// readParenTargets reads each link target written in parentheses with
// spaces inside them (withoutParenTargets) out of the text blocks and
// the cells of a page of a text style, and warns once, at the first
// line that holds one, of how many it read so and where. A page of a
// Rendering style (HTML, XML), whose text is what the page shows, is
// left as it is.
func readParenTargets(st Style, src Source, blocks []Block) {
	if _, ok := st.(Rendering); ok {
		return
	}
	var lines []int
	var first string
	n := 0
	read := func(line int, t string) string {
		r, k := withoutParenTargets(t)
		if k == 0 {
			return t
		}
		if len(lines) == 0 {
			first = Clip(t)
		}
		if len(lines) == 0 || lines[len(lines)-1] != line {
			lines = append(lines, line)
		}
		n += k
		return r
	}
	for k, b := range blocks {
		if b.Table == nil {
			blocks[k].Text = read(b.Line, b.Text)
			continue
		}
		for _, r := range b.Table.Rows {
			for i, c := range r.Cells {
				if t := read(r.Line, c); t != c {
					r.Cells[i], r.Raw = t, strings.Replace(r.Raw, c, t, 1)
				}
			}
		}
	}
	if n > 0 {
		src.Report.Warn(At(src.Name, lines[0]), "line %d writes a link as its text and its target in parentheses with spaces inside them, %q, as jaytaylor/html2text writes links: read the %d links so written on the page, at lines %s, as their text", lines[0], first, n, LineRanges(lines))
	}
}
