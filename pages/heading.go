package pages

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// headingMarks are the permalink marks a docs site prints before or
// after a heading's title: a pilcrow (Sphinx, MkDocs), a section sign,
// a hash (VitePress, GitHub), a link or an anchor symbol, this one
// perhaps followed by its emoji variation selector.
var headingMarks = []string{"¶", "§", "#", "🔗\uFE0F", "🔗", "⚓\uFE0F", "⚓"}

// markAnchorRe is a permalink written in markup at an end of a heading,
// other than a Markdown link (permalinkLen): a heading's attribute list
// ("{#create}", {#create tabindex="-1"}, kramdown's and MkDocs' "{:
// #create .api}", "{ #create }"), an HTML anchor holding a mark or
// nothing ("<a id=\\"create\\"></a>"), a link in braces, as edbrowse
// writes one, holding a mark or nothing ("{\u200b}").
var markAnchorRe = regexp.MustCompile(`^` + markAnchor)

// markAnchorEndRe is markAnchorRe at the end of a heading.
var markAnchorEndRe = regexp.MustCompile(markAnchor + `$`)

// markAnchor is the pattern of markAnchorRe: a heading's attributes may
// name more than its id ({#create tabindex="-1"}, as pandoc writes
// them; attributeList).
const markAnchor = `(?:\{(?:¶|§|#|🔗\x{FE0F}?|⚓\x{FE0F}?|\x{200B})?\}|` + attributeList + `|<a\s[^<>]*>(?:¶|§|#|🔗|⚓|\s)*</a>)`

// permalinkRe matches the start of a heading's permalink written as a
// Markdown link: its text, a mark or nothing, which may be a zero-width
// space (VitePress' header anchor), and the "(" of its target.
var permalinkRe = regexp.MustCompile(`^\[(?:¶|§|#|🔗\x{FE0F}?|⚓\x{FE0F}?|\x{200B})?\]\(`)

// permalinkAttributesRe matches pandoc's attributes after a link.
var permalinkAttributesRe = regexp.MustCompile(`^\{[^{}]*\}`)

// permalinkLen returns the length of the permalink t begins with, a
// Markdown link to an anchor whose text is a mark or nothing
// (permalinkRe: "[#](#create)", "[¶](#create \\"Permalink\\")"), its
// target read as a link's (LinkTarget: "[¶](#Rink(/rink)-Method)") and
// pandoc's attributes after it or not; or 0.
func permalinkLen(t string) int {
	m := permalinkRe.FindStringIndex(t)
	if m == nil {
		return 0
	}
	dest, n := LinkTarget(t[m[1]-1:])
	if n == 0 || !strings.HasPrefix(dest, "#") {
		return 0
	}
	end := m[1] - 1 + n
	return end + len(permalinkAttributesRe.FindString(t[end:]))
}

// permalinkEnd returns where the permalink t ends with starts
// (permalinkLen), or -1.
func permalinkEnd(t string) int {
	for i := strings.LastIndexByte(t, '['); i >= 0; i = strings.LastIndexByte(t[:i], '[') {
		if permalinkLen(t[i:]) == len(t)-i {
			return i
		}
	}
	return -1
}

// leadingAnchorsRe is the empty HTML anchors a converter writes at the
// start of a heading's line, before its marks: mammoth's Markdown writes
// every anchor of a heading so, `<a id="FanClub-Method"></a>### Method`.
var leadingAnchorsRe = regexp.MustCompile(`^(?:<a\s[^<>]*>\s*</a>\s*)+`)

// Unanchored is a line without the empty HTML anchors written before its
// text (leadingAnchorsRe), which mark no text: the heading's marks after
// them make it a heading, as at the start of its line. A line that is
// only anchors stays as it is.
func Unanchored(t string) string {
	if !strings.HasPrefix(t, "<a") {
		return t
	}
	m := leadingAnchorsRe.FindString(t)
	if m == "" || m == t {
		return t
	}
	return t[len(m):]
}

// sectionTitleRe matches an AsciiDoc section title as text: the block
// anchors before it ("[[id]]", "[[id,reftext]]", "[#id]"), the "=" of
// its level, from "=" (the page's title) to "======", a space, the
// title, and the same marks after it where the title is written
// symmetric ("== Request Body ==").
var sectionTitleRe = regexp.MustCompile(`^((?:(?:\[\[[^\[\]\s,]+(?:,[^\[\]]*)?\]\]|\[#[^\[\]\s]+\])[ \t]*)*)(={1,6})[ \t]+(.*?\S)(?:[ \t]+(={1,6}))?[ \t]*$`)

// sectionTitle returns the title of an AsciiDoc section title that a
// page of another style holds as a line of text, and whether the line
// is one: a converter that refuses a heading's anchor (AsciiDoc takes no
// id holding "(" or "/", as Confluence's do) prints the anchor's line
// and the title's under it as one paragraph, "[[FishingDerby(/derby)-Method]]
// === Method", and a page may quote AsciiDoc's source, "=== Method". The
// anchors and the marks are not the title. A line without anchors needs
// two marks at least, as "= 5" may be text; the title must hold a letter
// or a digit.
func sectionTitle(t string) (string, bool) {
	if t == "" || t[0] != '=' && t[0] != '[' {
		return "", false
	}
	m := sectionTitleRe.FindStringSubmatch(t)
	if m == nil || m[1] == "" && len(m[2]) == 1 || m[4] != "" && m[4] != m[2] {
		return "", false
	}
	if strings.IndexFunc(m[3], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return "", false
	}
	return m[3], true
}

// dashedTitleRe matches a heading a script writes between runs of
// dashes, as many after the title as before it, two to six, the more
// the higher its level ("-- Request Body --", "--- Booth ---").
var dashedTitleRe = regexp.MustCompile(`^(-{2,6})[ \t]+(.*?\S)[ \t]+(-{2,6})[ \t]*$`)

// dashedTitle returns the title of a heading written between runs of
// dashes (dashedTitleRe), and whether the line is one: the runs are of
// one length, and the title holds a letter and neither begins nor ends
// with a dash, as "-- 2 --", a page's number, and "-- -- --" do not; a
// page's mark ("-- 2 of 10 --", pdf-parse's) is none either.
func dashedTitle(t string) (string, bool) {
	if len(t) < 5 || t[0] != '-' || t[1] != '-' || pageMarkRe.MatchString(t) {
		return "", false
	}
	m := dashedTitleRe.FindStringSubmatch(t)
	if m == nil || m[1] != m[3] || strings.HasPrefix(m[2], "-") || strings.HasSuffix(m[2], "-") || strings.IndexFunc(m[2], unicode.IsLetter) < 0 {
		return "", false
	}
	return m[2], true
}

// linkPhraseRe is the label of a permalink that a scrape copies as text
// after a heading's title: "Link to this heading", "Permalink to this
// headline", "Direct link to Create a tournament", `Permalink to
// "Create"`; its target is the heading itself or the title. A label
// is capitalized, as prose that mentions "a link to" a page is not.
var linkPhraseRe = regexp.MustCompile(`(?:Permalink|Direct link|Anchor link|Link) to (.+)$`)

// selfTargets are the words a permalink's label names its heading with.
var selfTargets = map[string]bool{
	"heading": true, "headline": true, "section": true,
	"this heading": true, "this headline": true, "this section": true,
}

// mayBeDecorated reports whether t holds what every decoration holds: a
// mark of headingMarks, "<a" or "ink to ", or ends with the "]" of a
// heading's label or the "}" of its attribute list. It runs for every line of a
// page: '#' is the only mark in ASCII, and a line of ASCII alone, most of
// them, is not searched for the others, which strings.ContainsAny seeks
// rune by rune. "<a" is sought at each '<', and "ink to " at each "k to
// ", rarer in prose than the "i" a search for "ink to " stops at.
func mayBeDecorated(t string) bool {
	if strings.IndexByte(t, '#') >= 0 || strings.HasSuffix(t, "]") || strings.HasSuffix(t, "}") {
		return true
	}
	for s := t; ; {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		if i+1 < len(s) && s[i+1] == 'a' {
			return true
		}
		s = s[i+1:]
	}
	for s := t; ; {
		i := strings.Index(s, "k to ")
		if i < 0 {
			break
		}
		if i >= 2 && s[i-2:i] == "in" {
			return true
		}
		s = s[i+1:]
	}
	return !IsASCII(t) && strings.ContainsAny(t, "¶§🔗⚓")
}

// Undecorated is a heading's title without the permalink decorations a
// docs site prints next to it, before or after the title, as a scrape
// copies them: the marks of headingMarks, a Markdown or HTML anchor
// holding one (markAnchorRe, permalinkLen), and a permalink's label naming the heading
// ("Link to this heading", "Direct link to Title"), and the heading's
// identifier in brackets after it, as MultiMarkdown writes one (pandoc
// -t markdown_mmd: "Request Body [request-body]", "HTTP [http-1]";
// labelOf). A label naming anything else stays: it is text. A line that is only decoration stays
// as it is.
func Undecorated(t string) string {
	if !mayBeDecorated(t) {
		return t
	}
	out := strings.TrimSpace(t)
	for changed := true; changed; {
		changed = false
		for _, m := range headingMarks {
			if u, ok := strings.CutPrefix(out, m); ok {
				out, changed = strings.TrimSpace(u), true
			}
			if u, ok := strings.CutSuffix(out, m); ok {
				out, changed = strings.TrimSpace(u), true
			}
		}
		if out == "" {
			break
		}
		if strings.IndexByte("[{<", out[0]) >= 0 {
			if m := markAnchorRe.FindString(out); m != "" {
				out, changed = strings.TrimSpace(out[len(m):]), true
			} else if n := permalinkLen(out); n > 0 {
				out, changed = strings.TrimSpace(out[n:]), true
			}
		}
		if out != "" && strings.IndexByte(")}>", out[len(out)-1]) >= 0 {
			if m := markAnchorEndRe.FindString(out); m != "" {
				out, changed = strings.TrimSpace(out[:len(out)-len(m)]), true
			} else if i := permalinkEnd(out); i >= 0 {
				out, changed = strings.TrimSpace(out[:i]), true
			}
		}
		if title, ok := labelOf(out); ok {
			out, changed = title, true
		}
		if title, ok := withoutTarget(out); ok {
			out, changed = title, true
		}
		if !strings.Contains(out, "ink to ") {
			continue
		}
		if loc := linkPhraseRe.FindStringSubmatchIndex(out); loc != nil && loc[0] > 0 {
			title := strings.TrimSpace(out[:loc[0]])
			target := strings.Trim(out[loc[2]:loc[3]], "\"'“”‘’ .")
			if selfTargets[strings.ToLower(target)] || strings.EqualFold(target, title) {
				out, changed = title, true
			}
		}
	}
	if strings.IndexFunc(out, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return strings.TrimSpace(t)
	}
	return out
}

// headingLabelRe matches a bracketed identifier at the end of a
// heading: " [request-body]", " [genericmodels-avalanchebulletin]", in
// any script (" [요청-헤더-request-headers]").
var headingLabelRe = regexp.MustCompile(`\s+\[([\p{L}\p{N}_.:-]+)\]$`)

// labelOf returns a title without the identifier MultiMarkdown writes
// after it in brackets, and whether it had one: an identifier whose
// letters and digits are the title's (without its other decorations), in
// any case, perhaps followed by a
// number that tells it from an earlier heading's ("HTTP [http-1]"). A
// bracket naming anything else is the title's text ("Items [array]").
func labelOf(t string) (string, bool) {
	loc := headingLabelRe.FindStringSubmatchIndex(t)
	if loc == nil || loc[0] == 0 {
		return t, false
	}
	title, label := t[:loc[0]], t[loc[2]:loc[3]]
	words := alnumLower(Undecorated(title))
	id := alnumLower(label)
	if words == "" {
		return t, false
	}
	if id == words {
		return title, true
	}
	if k := strings.LastIndexByte(label, '-'); k > 0 && k < len(label)-1 &&
		strings.Trim(label[k+1:], "0123456789") == "" && alnumLower(label[:k]) == words {
		return title, true
	}
	return t, false
}

// targetRe matches the target of a permalink printed in quotes after a
// heading's title, as UnRTF prints a link's target in place of the text
// it shows: ` "#request-body"`, ` "https://docs.example.com/api/x#server"`.
var targetRe = regexp.MustCompile(`\s+"[^"\s]*#([^"\s#]+)"$`)

// withoutTarget returns a title without the target of its permalink
// printed after it (targetRe), and whether it had one: a target whose
// fragment is the title's anchor, as labelOf reads a label, VitePress'
// "_" before an anchor that begins with a digit ("#_200-ok" of "200
// Ok") a mark of no letter. A target naming anything else is text.
func withoutTarget(t string) (string, bool) {
	if !strings.HasSuffix(t, "\"") {
		return t, false
	}
	loc := targetRe.FindStringSubmatchIndex(t)
	if loc == nil || loc[0] == 0 {
		return t, false
	}
	title, ok := labelOf(t[:loc[0]] + " [" + t[loc[2]:loc[3]] + "]")
	return title, ok
}

// alnumLower is a text's letters and digits, in lower case.
func alnumLower(t string) string {
	var b strings.Builder
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// framedRe matches a heading as Debian's html2text frames it: as many
// asterisks before the title as after it, six for an h1 down to one for
// an h6, spaces between ("****** graftTree ******", "* Six *").
var framedRe = regexp.MustCompile(`^(\*{1,6}) +(.*\S) +(\*{1,6})$`)

// FramedTitle returns the title of a heading framed with asterisks as
// Debian's html2text writes it (framedRe), without the zero-width space
// a docs site's permalink leaves after it, and whether the line is one:
// no Org heading, whose stars stand before its title alone, nor a line
// of emphasis.
func FramedTitle(line string) (string, bool) {
	if len(line) < 5 || line[0] != '*' {
		return "", false
	}
	m := framedRe.FindStringSubmatch(strings.TrimRight(line, " "))
	if m == nil || len(m[1]) != len(m[3]) {
		return "", false
	}
	t := strings.TrimSpace(strings.ReplaceAll(m[2], "\u200b", ""))
	return t, t != "" && !strings.HasPrefix(t, "*") && !strings.HasSuffix(t, "*")
}

// Permalink reports whether a link, with the label it shows and its
// target, is the permalink a docs site prints beside a heading: a link
// to an anchor ("#errorcode", or the page's address with it,
// "https://docs.example.com/api/x#errorcode") whose label shows no
// letter or digit ("#", "¶", or a zero-width space, which reading a page drops,
// leaving the label empty: pandoc's writers keep the link, as
// "[[#errorcode|\u200b]]", "[\u200b|#errorcode]",
// "\"(header-anchor)\u200b\":#errorcode", "[*\u200b*|https://…#errorcode]").
// It shows nothing of the
// heading's title. A link to an anchor that shows words is text: "See
// [[#item|Item]]".
func Permalink(label, target string) bool {
	return strings.Contains(target, "#") &&
		strings.IndexFunc(label, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// cutPermalinkRe matches the start tag of a heading's permalink that a
// line break cut, at the end of the heading's text, anywhere after its
// "<a": pandoc's Markdown keeps a VitePress permalink as raw HTML and
// wraps it, and a renderer (glamour, cmark-gfm's plain text) prints the
// heading with the tag's start ("Request Body <a href=\"#request-body\"
// class=\"header-anchor\"", "GenericModels.BarterStack<a").
var cutPermalinkRe = regexp.MustCompile(`\s*<a(?:\s[^<>]*)?$`)

// permalinkTagRe matches a permalink's start tag whole, the lines of its
// rest joined to its start: a link to an anchor, attributes whose quotes
// a decoded &quot; may nest ("aria-label=\"Permalink to \"Request
// Body\"\""), the tag's ">", and the permalink's mark or zero-width
// space, its "</a>" kept or dropped.
var permalinkTagRe = regexp.MustCompile(`^<a\s[^<>]*\bhref\s*=\s*["']?[^"'\s<>]*#[^<>]*>\s*(?:¶|§|#|🔗|⚓|\x{200B})?\s*(?:</a>)?$`)

// maxPermalinkLines bounds the lines the rest of a cut permalink's tag
// runs over: an attribute a line at most (href, class, aria-label, title).
const maxPermalinkLines = 4

// cutPermalinks drops from text blocks the heading's permalinks that a
// line break cut (cutPermalinkRe): the start of the tag after the
// heading's title, and the blocks of the tag's rest after it, a line of
// its own or an attribute a line, up to the one that closes it, where
// the start and its rest make a permalink's tag (permalinkTagRe); a
// permalink is no text of the page. A start of a tag whose rest makes
// none stays.
func cutPermalinks(blocks []Block) []Block {
	var out []Block
	for k := 0; k < len(blocks); k++ {
		b := blocks[k]
		if n := permalinkRest(blocks, k); n > 0 {
			if out == nil {
				out = slices.Clone(blocks[:k])
			}
			b.Text = b.Text[:cutPermalinkRe.FindStringIndex(b.Text)[0]]
			out = append(out, b)
			k += n
			continue
		}
		if out != nil {
			out = append(out, b)
		}
	}
	if out == nil {
		return blocks
	}
	return out
}

// permalinkRest is the number of text blocks after blocks[k] that hold
// the rest of the permalink's tag its text ends with the start of
// (cutPermalinkRe), after a title; 0 when it ends with none, or the
// blocks after it make no permalink's tag with it.
func permalinkRest(blocks []Block, k int) int {
	b := blocks[k]
	if b.Table != nil || !strings.Contains(b.Text, "<a") {
		return 0
	}
	m := cutPermalinkRe.FindStringIndex(b.Text)
	if m == nil || strings.TrimSpace(b.Text[:m[0]]) == "" {
		return 0
	}
	tag := strings.TrimSpace(b.Text[m[0]:])
	for n := 1; n <= maxPermalinkLines && k+n < len(blocks); n++ {
		next := blocks[k+n]
		if next.Table != nil {
			return 0
		}
		tag += " " + strings.TrimSpace(next.Text)
		if strings.Contains(next.Text, ">") {
			if permalinkTagRe.MatchString(tag) {
				return n
			}
			return 0
		}
	}
	return 0
}
