package pages

import (
	"regexp"
	"strings"
)

// A converter of HTML to text that writes each link as its text in
// brackets, a space, and its target in parentheses (textversionjs, the
// "text version of an HTML e-mail" generator: "[ReturnCode]
// (#returncode)", a heading's permalink "200 Ok [\u200b] (#200-ok)")
// writes Markdown's link with a space inside it, which Markdown reads as
// no link. The link it means is Markdown's, "[ReturnCode](#returncode)",
// which every style already reads (Unlinked, Permalink, the marks of a
// heading): the space closed, the page reads as one of those.

// spacedLinkRe matches the start of a link written with a space
// between its text and its target: a "[" at the start of a line or
// after a space or an opening parenthesis (no index, "items[0]"), the
// text, which may hold a bracketed pair ("[GenericModels.Winding[]]") or
// be empty (a permalink's zero-width space, dropped), the spaces, and
// the "(" of a target (its group) that is an address: an anchor, a path
// from the site's root or the page's folder, or a URL of the web or of
// mail, in angle brackets or not. The target runs on as a link's does
// (LinkTarget: "(#Rink(/rink)-Delivery)"); a bracket followed by words
// in parentheses ("[array] (optional)") is no link.
var spacedLinkRe = regexp.MustCompile(`(^|[\s(])(\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\])[ \t]+(\()<?(?:#|/|\.\.?/|https?://|ftp://|mailto:)`)

// closeSpacedLinks returns l with the space closed in each link written
// with a space before its target (spacedLinkRe), and how many it closed.
func closeSpacedLinks(l string) (string, int) {
	var b strings.Builder
	n, from := 0, 0
	for _, m := range spacedLinkRe.FindAllStringSubmatchIndex(l, -1) {
		if m[0] < from {
			continue // within the target before it
		}
		_, size := LinkTarget(l[m[6]:])
		if size == 0 {
			continue
		}
		b.WriteString(l[from:m[5]])
		b.WriteString(l[m[6] : m[6]+size])
		from = m[6] + size
		n++
	}
	if n == 0 {
		return l, 0
	}
	b.WriteString(l[from:])
	return b.String(), n
}

// Relink closes the space a converter writes between a link's text and
// its target (spacedLinkRe) on every line of a page of a text style,
// and warns once, at the first such line, of how many links it read so.
// A page of a Rendering style (HTML, XML), whose links are its markup's,
// is left as it is, and so are the lines of an HTML table on lines of
// their own, whose text is its own (Unescape); a page of Markdown, which
// such a converter's underlined headings make one, is read so too. It
// returns the lines, changed or not; page and at (the
// page line of each line, nil when they are one for one, Source.At)
// locate the warning.
func Relink(st Style, lines []string, page string, at []int, rep *Reporter) []string {
	if _, ok := st.(Rendering); ok {
		return lines
	}
	return rewriteLines(lines, page, at, rep, func(l string) (string, int) {
		if !strings.Contains(l, "] (") && !strings.Contains(l, "]\t(") {
			return l, 0
		}
		return closeSpacedLinks(l)
	}, "line %d writes a link as its text in brackets, a space and its target in parentheses, %q, as textversionjs writes links: read the %d links so written on the page as links, %q")
}
