package moin

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// WikkaWiki's markup is a variant of MoinMoin's, as Perl's
// HTML::WikiConverter ("html2wiki --dialect WikkaWiki") writes it: the
// same tables ("|| a || b ||", the first row names the columns), headings
// framed by as many equal signs on both sides but counted the other way
// (an h1 is "====== Title ======", an h5 "== Title =="), a heading's
// permalink a link whose label shows nothing ("[[#id \u200b]]"), links
// whose target and label a space parts ("[[/api/x Label]]"), monospace
// in double hashes ("##name##"), a forced line break "---" glued into
// the text, "**bold**", "//emphasis//", "__underline__", keys
// ("#%Ctrl#%") and "%%" code blocks. Blocks carry no heading level, so
// the direction of the count is never read: a heading is a heading at
// any count.

// wikkaHeadingRe matches a WikkaWiki heading: two to six equal signs,
// the title, and two to six equal signs (as many, wikkaHeading checks).
var wikkaHeadingRe = regexp.MustCompile(`^(={2,6})([^=].*[^=]|[^=])(={2,6})$`)

// wikkaProtected are the marks inside which a double pipe is text: a
// link's, a monospace span's.
var wikkaProtected = [][2]string{{"[[", "]]"}, {"##", "##"}}

// wikkaWiki is WikkaWiki's markup.
var wikkaWiki = dialect{Tables: Tables{Markup: "WikkaWiki", Protected: wikkaProtected, CellAttributes: true, Rendered: wikkaRendered}, code: [2]string{"%%", "%%"}, processor: regexp.MustCompile(`^\([^)]*\)`), heading: wikkaHeading}

// wikkaHeading is the title of a WikkaWiki heading line.
func wikkaHeading(t string) (string, bool) {
	m := wikkaHeadingRe.FindStringSubmatch(t)
	if m == nil || len(m[1]) != len(m[3]) || strings.TrimSpace(m[2]) == "" {
		return "", false
	}
	return m[2], true
}

// wikkaEmphasis are the marks of emphasis, monospace and keys
// ("#%Ctrl#%"), which show nothing.
var wikkaEmphasis = []string{"**", "__", "//", "##", "#%"}

// labelSpanRe matches a line that a word glued to a monospace span
// opens, the span running to the line's end or past it: the language
// label a site sets over a code block, which the converter glued to the
// block's first line ("http##POST /api/x##").
var labelSpanRe = regexp.MustCompile(`^([A-Za-z][\w+-]*)##(\S.*)$`)

// wikkaRendered is the text a line of WikkaWiki markup shows, as lines:
// a forced line break ("---", three dashes alone) starts a new one, and a
// language label glued to the code after it (labelSpanRe) is a line of
// its own. A link shows its label, the text after its target's space or
// pipe ("[[/api/x Label]]", "[[/api/x | Label]]"), or its target when it
// has none; a heading's permalink ("[[#id \u200b]]") shows nothing. A
// link whose label goes on past the line ("[[/api/x" alone at a line's
// end, as html2wiki writes one around a block) shows nothing on its line,
// and its closing "]]" opening a later line nothing. The marks of
// monospace, emphasis and keys show nothing, but "//" after a colon, which is
// a URL's.
func wikkaRendered(t string) []string {
	if m := labelSpanRe.FindStringSubmatch(t); m != nil && (strings.Count(m[2], "##") == 0 || strings.HasSuffix(m[2], "##") && strings.Count(m[2], "##") == 1) {
		return append([]string{m[1]}, wikkaRendered("##"+m[2])...)
	}
	var lines []string
	var b strings.Builder
	t = strings.TrimPrefix(t, "]]")
	closes := true // whether a "]]" may follow: once none does, none is sought again
	for i := 0; i < len(t); {
		switch {
		case strings.HasPrefix(t[i:], "[["):
			end := -1
			if closes {
				end = strings.Index(t[i+2:], "]]")
				closes = end >= 0
			}
			if end < 0 {
				if !strings.ContainsAny(t[i+2:], " \t") {
					i = len(t) // a label that goes on past the line
					continue
				}
				b.WriteString("[[")
				i += 2
				continue
			}
			b.WriteString(wikkaLinkText(t[i+2 : i+2+end]))
			i += 2 + end + 2
		case strings.HasPrefix(t[i:], "---") && !strings.HasPrefix(t[i+3:], "-") && (i == 0 || t[i-1] != '-'):
			lines = append(lines, b.String())
			b.Reset()
			i += 3
		case emphasisAt(t, i):
			i += 2
		default:
			b.WriteByte(t[i])
			i++
		}
	}
	return append(lines, b.String())
}

// emphasisAt reports whether a mark of emphasis or monospace opens at
// t[i]; "//" after a colon is a URL's.
func emphasisAt(t string, i int) bool {
	for _, m := range wikkaEmphasis {
		if strings.HasPrefix(t[i:], m) {
			return m != "//" || i == 0 || t[i-1] != ':'
		}
	}
	return false
}

// wikkaLinkText is the text a WikkaWiki link shows, inner being what its
// double brackets hold: its label, after a pipe or else the first space,
// without the characters that show nothing; its target when it has no
// label; nothing when the label is empty (a permalink's "[[#id ]]", its
// zero width space dropped).
func wikkaLinkText(inner string) string {
	inner = strings.TrimLeftFunc(inner, unicode.IsSpace)
	target, label, labelled := strings.Cut(inner, "|")
	if !labelled {
		target, label, labelled = strings.Cut(inner, " ")
	}
	if !labelled {
		return target
	}
	return pages.ShownLabel(label)
}

// Wikka reads pages in WikkaWiki's markup, a variant of MoinMoin's.
type Wikka struct{}

func (Wikka) String() string                      { return "WikkaWiki markup" }
func (Wikka) NeedsLexicon() bool                  { return false }
func (Wikka) Extensions() []string                { return []string{".wikka", ".txt"} }
func (Wikka) Read(src pages.Source) []pages.Block { return dialectItems(src, wikkaWiki) }

// Markers: every table row of WikkaWiki starts with a double pipe.
func (Wikka) Markers() string { return "|" }

// wikkaMarkRe matches a mark of WikkaWiki that MoinMoin does not write:
// a link whose target and label a space parts ("[[/api/x Label]]", a
// heading's permalink "[[#id \u200b]]"), a monospace span ("##name##"),
// a forced line break glued between words ("cresset.---Alligator").
var wikkaMarkRe = regexp.MustCompile(`\[\[[^\]|\s]+ [^\]|]*\]\]|##[^#\s][^#]*##|[^\s-]---[^\s-]`)

// Detect is certain of a page whose table rows are all MoinMoin's
// ("|| a || b ||", two of them at least one after the other), that bears
// a mark of WikkaWiki (wikkaMarkRe, or a heading of six equal signs,
// which MoinMoin never writes) and none of MoinMoin's own: a code block's
// "{{{", a line break macro ("[[BR]]", "<<BR>>"), a link whose label a
// pipe parts with no space around it ("[[x|y]]"), a heading framed by one
// equal sign ("= Title =", which WikkaWiki never writes).
func (Wikka) Detect(lines []string) int {
	rows, consecutive, marks := 0, false, 0
	prevRow := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		row := strings.HasPrefix(t, "|")
		switch {
		case row && !IsRow(t):
			return 0
		case strings.Contains(t, "{{{") || breakRe.MatchString(t) || moinLinkRe.MatchString(t) || headingLevel(t) == 1:
			return 0
		case row:
			rows++
			consecutive = consecutive || prevRow
		case isSixMarkHeading(t):
			marks++
		}
		if wikkaMarkRe.MatchString(t) {
			marks++
		}
		prevRow = row
	}
	if rows < 2 || !consecutive || marks == 0 {
		return 0
	}
	return pages.Certain
}

// moinLinkRe matches a MoinMoin link with a label, its pipe with no
// space before it ("[[#id|\u200b]]", "[[/api/x|Label]]").
var moinLinkRe = regexp.MustCompile(`\[\[[^\]\s|]+\|`)

// isSixMarkHeading reports whether a trimmed line is a heading framed by
// six equal signs, WikkaWiki's h1.
func isSixMarkHeading(t string) bool {
	m := wikkaHeadingRe.FindStringSubmatch(t)
	return m != nil && len(m[1]) == 6 && len(m[3]) == 6
}

// HeadingAt reports whether page line n is a heading, "==== Title ===="
// (pages.Headed).
func (Wikka) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && isHeading(wikkaWiki, strings.TrimSpace(page[n-1]))
}
