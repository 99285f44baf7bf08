package mediawiki

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// renderer renders the markup inside a line of wikitext as the text it
// shows, and reports a template it does not know at the line (an index
// of the page's lines) its text stands on.
type renderer struct {
	src  pages.Source
	line int
}

// spanLines are the lines of spans a text renders into: a line break
// (<br />) starts a line.
type spanLines struct {
	done [][]pages.Span
	cur  []pages.Span
}

func (b *spanLines) add(text string, code bool) {
	if text != "" {
		b.cur = append(b.cur, pages.Span{Text: text, Code: code})
	}
}

func (b *spanLines) brk() {
	b.done, b.cur = append(b.done, b.cur), nil
}

// spanLinesText is the text of a rendering's lines, joined.
func spanLinesText(b spanLines) string {
	var t strings.Builder
	for _, l := range b.done {
		t.WriteString(pages.SpansText(l))
	}
	return t.String()
}

// rendered is the text a line of wikitext shows, a line for each part a
// line break starts, each single-spaced as pages.SpansText writes its
// monospace spans, with its character references decoded last (the
// markup is read first: "&lt;span&gt;" is text).
func (r renderer) rendered(s string) []string {
	var b spanLines
	r.walk(s, false, &b)
	b.brk()
	out := make([]string, len(b.done))
	for i, l := range b.done {
		out[i] = pages.DecodeReferences(pages.SpansText(l))
	}
	return out
}

// text is what s shows on one line: its line breaks read as spaces, as
// a cell's.
func (r renderer) text(s string) string {
	return pages.SingleSpaced(strings.Join(r.rendered(strings.TrimSpace(s)), " "))
}

// cell is the text a cell's markup shows, its lines joined by spaces,
// but for the items of a list ("* kr" on a line of its own), each a
// clause of its own ("; " between two), without their marks.
func (r renderer) cell(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "\n") {
		return r.text(s)
	}
	var b strings.Builder
	item := false // the text so far ends with a list item
	for k, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		m := ""
		if k > 0 {
			m = listRe.FindString(l)
		}
		t := r.text(l[len(m):])
		switch {
		case t == "":
			continue
		case b.Len() == 0:
		case strings.ContainsAny(m, "*#") && item:
			b.WriteString("; ")
		default:
			b.WriteString(" ")
		}
		b.WriteString(t)
		item = strings.ContainsAny(m, "*#")
	}
	return b.String()
}

// tagRe matches an HTML tag at the start of a text: its slash when it
// closes an element, its name, and its slash when it closes itself.
var tagRe = regexp.MustCompile(`^<(/?)([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*?)?\s*(/?)>`)

// codeTags are the tags whose text MediaWiki shows in a monospace font;
// literalTags those whose text is no markup; breakTags those that start
// a line of their own; plainTags those that only style their text.
// A tag of none of these names ("<String>" in "List<String>") is text.
var (
	codeTags    = map[string]bool{"code": true, "tt": true, "kbd": true, "samp": true, "var": true}
	literalTags = map[string]bool{"nowiki": true, "pre": true, "syntaxhighlight": true, "source": true, "math": true}
	breakTags   = map[string]bool{"br": true, "p": true, "div": true, "hr": true, "center": true, "blockquote": true, "li": true, "ul": true, "ol": true}
	plainTags   = map[string]bool{
		"b": true, "i": true, "u": true, "s": true, "strike": true, "del": true, "ins": true, "big": true,
		"small": true, "sup": true, "sub": true, "span": true, "font": true, "em": true, "strong": true,
		"cite": true, "abbr": true, "dfn": true, "mark": true, "q": true, "ref": true, "wbr": true, "bdi": true,
	}
)

// walk renders s into b: code tells a monospace text.
func (r renderer) walk(s string, code bool, b *spanLines) {
	var templates, links map[int]int // the ends of the marks, once asked
	lower := ""                      // s in lower case, once asked
	var last map[string]int          // the last end tag of each name in s, once asked
	start := 0
	flush := func(i int) {
		if i > start {
			b.add(s[start:i], code)
		}
	}
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '<' && strings.HasPrefix(s[i:], "<!--"):
			flush(i)
			end := strings.Index(s[i+4:], "-->")
			if end < 0 {
				return
			}
			i += 4 + end + 3
			start = i
		case c == '<':
			m := tagRe.FindStringSubmatch(s[i:])
			if m == nil {
				i++
				continue
			}
			name := strings.ToLower(m[2])
			switch {
			case (literalTags[name] || codeTags[name]) && m[1] == "" && m[3] == "":
				closer := "</" + name
				if lower == "" {
					lower, last = lowerASCII(s), map[string]int{}
				}
				if _, ok := last[name]; !ok {
					last[name] = strings.LastIndex(lower, closer)
				}
				end := -1
				if last[name] >= i+len(m[0]) {
					end = strings.Index(lower[i+len(m[0]):], closer)
				}
				if end < 0 {
					i++
					continue
				}
				flush(i)
				inner := s[i+len(m[0]) : i+len(m[0])+end]
				if literalTags[name] {
					b.add(inner, code || name != "nowiki")
				} else {
					r.walk(inner, true, b)
				}
				i += len(m[0]) + end
				if k := strings.IndexByte(s[i:], '>'); k >= 0 {
					i += k + 1
				} else {
					i = len(s)
				}
				start = i
			case (breakTags[name] || plainTags[name]) && m[1] == "" && m[3] == "" && hiddenElement(m[0], s[:i]):
				flush(i)
				i += len(m[0])
				if end := elementEnd(s[i:], name); end >= 0 {
					i += end
				}
				start = i
			case name == "span" && m[1] == "" && m[3] == "" && badgeTag(m[0]) && elementEnd(s[i+len(m[0]):], name) >= 0:
				// A badge, a word of its own beside the text it
				// stands against.
				flush(i)
				i += len(m[0])
				end := elementEnd(s[i:], name)
				b.add(" ", false)
				r.walk(s[i:i+strings.LastIndexByte(s[i:i+end], '<')], code, b)
				b.add(" ", false)
				i += end
				start = i
			case breakTags[name] || plainTags[name] || literalTags[name] || codeTags[name]:
				flush(i)
				if name == "br" || breakTags[name] && m[1] == "/" {
					b.brk()
				}
				i += len(m[0])
				start = i
			default:
				i++
			}
		case c == '{' && strings.HasPrefix(s[i:], "{{"):
			if templates == nil {
				templates = ends(s, "{{", "}}")
			}
			end, ok := templates[i]
			if !ok {
				i += 2
				continue
			}
			flush(i)
			r.template(s[i+2:end-2], code, b)
			i, start = end, end
		case c == '[' && strings.HasPrefix(s[i:], "[["):
			if links == nil {
				links = ends(s, "[[", "]]")
			}
			end, ok := links[i]
			if !ok {
				i += 2
				continue
			}
			flush(i)
			r.link(s[i+2:end-2], code, b)
			i, start = end, end
		case c == '[' && (externalRe.MatchString(s[i+1:]) || relativeRe.MatchString(s[i+1:])):
			end := externalEnd(s[i:])
			if end < 0 {
				i++
				continue
			}
			flush(i)
			inner := strings.TrimSpace(s[i+1 : i+end])
			if k := strings.IndexAny(inner, " \t"); k >= 0 {
				var label spanLines
				r.walk(strings.TrimSpace(inner[k+1:]), code, &label)
				if label.brk(); !pages.Permalink(spanLinesText(label), inner[:k]) {
					for n, l := range label.done {
						if n > 0 {
							b.brk()
						}
						b.cur = append(b.cur, l...)
					}
				}
			} else if !relativeRe.MatchString(s[i+1:]) || !pages.Permalink("", inner) {
				b.add(inner, code)
			}
			i += end + 1
			start = i
		case c == '\'' && strings.HasPrefix(s[i:], "''"):
			n := 2
			for i+n < len(s) && s[i+n] == '\'' {
				n++
			}
			flush(i)
			switch {
			case n == 4:
				b.add("'", code)
			case n > 5:
				b.add(strings.Repeat("'", n-5), code)
			}
			i += n
			start = i
		default:
			i++
		}
	}
	flush(len(s))
}

// hiddenClassRe matches the class attribute of an element that shows no
// text (pages.HiddenClasses: "Main Navigation" for a screen reader);
// langLabelRe the language label VitePress sets in a code block's box
// (<div class="language-http …"><span class="lang">http</span>), which
// the HTML style reads as no text either. html2wiki keeps such an
// element's tags as they are written.
var (
	hiddenClassRe = regexp.MustCompile(`\bclass\s*=\s*["']?(?:[^"'<>]*\s)?(?:` + pages.HiddenClasses + `)(?:[\s"'>]|$)`)
	langLabelRe   = regexp.MustCompile(`\bclass\s*=\s*["']?lang["'\s>]`)
	langBoxRe     = regexp.MustCompile(`<div\s[^<>]*\bclass\s*=\s*["']?language-[^<>]*>\s*$`)
)

// hiddenElement reports whether the element whose start tag is tag,
// after the text before, shows no text: its classes hide it, or it is a
// code block's language label.
func hiddenElement(tag, before string) bool {
	if !strings.Contains(tag, "class") {
		return false
	}
	return hiddenClassRe.MatchString(tag) || langLabelRe.MatchString(tag) && langBoxRe.MatchString(before)
}

// classRe matches the class attribute of a start tag.
var classRe = regexp.MustCompile(`(?i)\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')`)

// badgeTag reports whether a start tag is a badge's (pages.IsBadgeClass).
func badgeTag(tag string) bool {
	m := classRe.FindStringSubmatch(tag)
	return m != nil && pages.IsBadgeClass(m[1]+m[2])
}

// elementEnd is the index in s, the text after an element's start tag,
// past the end tag that closes it (the elements of its name in it
// counted); -1 for none.
func elementEnd(s, name string) int {
	lower := lowerASCII(s)
	depth := 0
	for i := 0; i < len(lower); {
		k := strings.IndexByte(lower[i:], '<')
		if k < 0 {
			return -1
		}
		i += k
		m := tagRe.FindStringSubmatch(lower[i:])
		if m == nil || m[2] != name || m[3] == "/" {
			i++
			continue
		}
		i += len(m[0])
		if m[1] == "" {
			depth++
		} else if depth--; depth < 0 {
			return i
		}
	}
	return -1
}

// externalRe matches the start of an external link's target, after its
// opening bracket; relativeRe that of a link to an anchor or a path of
// the same site, a space before its label: "[#caulkmaterial
// CaulkMaterial]", "[/api/x PermissionRules]", a heading's permalink
// "[#errorcode \u200b]" (its label dropped with the zero-width space),
// as Perl's HTML::WikiConverter (html2wiki) writes a relative link in
// its MediaWiki dialect. MediaWiki would show the brackets, but text
// puts no anchor or path and a label of its own between them; "[# of
// items]" and "[/x]" stay text.
var (
	externalRe = regexp.MustCompile(`^(?i:https?://|ftps?://|mailto:|//)[^\s\]]`)
	relativeRe = regexp.MustCompile(`^(?:#[^\s\[\]]+|\.{0,2}/[^\s\[\]]*)[ \t]`)
)

// externalEnd is the index of the bracket that closes the external
// link s opens, past the brackets its label holds and closes (html2wiki
// writes a link around a linked logo or a type, "[/ [[Image:logo.svg|alt]]GearN]",
// "[#item <code>Item[]</code>]"), or else its first: -1 for none.
func externalEnd(s string) int {
	depth := 0
	for j := 1; j < len(s); j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			if depth == 0 {
				return j
			}
			depth--
		}
	}
	return strings.IndexByte(s, ']')
}

// lowerASCII is s with its ASCII letters in lower case, and of its
// length: the indices of one are the other's (strings.ToLower changes
// the length of some letters, "İ").
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// ends maps the index of each mark open in s that a mark close closes,
// nested marks of the same kind counted, to the index after that close:
// in one pass, so that a line of many marks no mark closes is read in
// linear time.
func ends(s, open, close string) map[int]int {
	out := map[int]int{}
	var opened []int
	for j := 0; j < len(s); {
		switch {
		case strings.HasPrefix(s[j:], open):
			opened = append(opened, j)
			j += len(open)
		case strings.HasPrefix(s[j:], close):
			j += len(close)
			if n := len(opened); n > 0 {
				out[opened[n-1]] = j
				opened = opened[:n-1]
			}
		default:
			j++
		}
	}
	return out
}

// params splits the inside of a template or a link at its pipes, those
// of the templates and links nested in it kept.
func params(s string) []string {
	var out []string
	sh := shieldOf(s)
	start := 0
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "{{"), strings.HasPrefix(s[i:], "[["):
			if end := sh.end(i); end > 0 {
				i = end
				continue
			}
			i += 2
		case s[i] == '|':
			out = append(out, s[start:i])
			i++
			start = i
		default:
			i++
		}
	}
	return append(out, s[start:])
}

// link renders an internal link, inner its text between the brackets:
// its label, or else its target ("[[#RankEntry]]" as RankEntry, the
// section it names); a category link places the page and shows nothing,
// as does a heading's permalink (pages.Permalink: "[[#errorcode|]]", its
// label a zero-width space the page's reading dropped, not the pipe
// trick; an external link's, "[https://…#errorcode <span></span>]",
// too); a file link shows its alternative text.
func (r renderer) link(inner string, code bool, b *spanLines) {
	ps := params(inner)
	target := strings.TrimSpace(ps[0])
	visible := strings.HasPrefix(target, ":")
	target = strings.TrimPrefix(target, ":")
	ns := ""
	if k := strings.IndexByte(target, ':'); k > 0 {
		ns = strings.ToLower(strings.TrimSpace(target[:k]))
	}
	switch {
	case ns == "category" && !visible:
	case (ns == "file" || ns == "image") && !visible:
		for _, p := range ps[1:] {
			if k := strings.IndexByte(p, '='); k > 0 && strings.TrimSpace(p[:k]) == "alt" {
				r.walk(strings.TrimSpace(p[k+1:]), code, b)
			}
		}
	case len(ps) > 1 && pages.Permalink(strings.Join(ps[1:], "|"), target):
	case len(ps) > 1 && strings.TrimSpace(strings.Join(ps[1:], "|")) != "":
		r.walk(strings.TrimSpace(strings.Join(ps[1:], "|")), code, b)
	case len(ps) > 1:
		// The pipe trick: "[[Help:Tables|]]" shows "Tables".
		if k := strings.IndexByte(target, ':'); k >= 0 {
			target = target[k+1:]
		}
		if k := strings.Index(target, " ("); k > 0 {
			target = target[:k]
		}
		b.add(target, code)
	default:
		b.add(strings.TrimPrefix(target, "#"), code)
	}
}

// words are the templates that show a word (or the text given them:
// "{{Yes|Partly}}"), as a wiki's tables mark a Mandatory or a Required
// column with them; marks those that show a check mark or a cross;
// codes those that show their text in a monospace font, plain those as
// it is; unseen those that show no text (an anchor to link to, the end
// of a float, the table of contents). Their names are in lower case,
// single-spaced.
var (
	words  = map[string]string{"yes": "Yes", "no": "No", "y": "Y", "n": "N"}
	marks  = map[string]string{"tick": "✓", "check": "✓", "check mark": "✓", "checkmark": "✓", "cross": "✗", "x mark": "✗", "xmark": "✗"}
	codes  = map[string]bool{"code": true, "mono": true, "tt": true, "kbd": true, "samp": true, "monospace": true}
	plain  = map[string]bool{"nowrap": true, "nobr": true}
	unseen = map[string]bool{"anchor": true, "anchors": true, "clear": true, "-": true, "toc": true, "toc left": true, "toc right": true, "toclimit": true}
)

// template renders a template, inner its text between the braces:
// "{{!}}" as a pipe, "{{=}}" as an equal sign, the templates of words,
// marks, code and plain text as what they show, those unseen as
// nothing, an infobox as its
// parameters, a line "name: value" each. Any other template, whose
// text is in another page of the wiki, is kept as it is written, with a
// warning: what it shows is not in the page.
func (r renderer) template(inner string, code bool, b *spanLines) {
	ps := params(inner)
	name := strings.ToLower(pages.SingleSpaced(strings.ReplaceAll(ps[0], "_", " ")))
	arg := func(key string) (string, bool) {
		n := 0
		for _, p := range ps[1:] {
			if k := strings.IndexByte(p, '='); k > 0 && !strings.ContainsAny(p[:k], "{[") {
				if strings.TrimSpace(p[:k]) == key {
					return strings.TrimSpace(p[k+1:]), true
				}
				continue
			}
			if n++; key == "1" && n == 1 {
				return strings.TrimSpace(p), true
			}
		}
		return "", false
	}
	switch {
	case name == "!" || name == "=" || name == "!!":
		b.add(strings.ReplaceAll(name, "!", "|"), code)
	case words[name] != "":
		if t, ok := arg("1"); ok && t != "" {
			r.walk(t, code, b)
		} else {
			b.add(words[name], code)
		}
	case marks[name] != "":
		b.add(marks[name], code)
	case codes[name]:
		t, _ := arg("1")
		r.walk(t, true, b)
	case plain[name]:
		t, _ := arg("1")
		r.walk(t, code, b)
	case unseen[name]:
	case strings.HasPrefix(name, "infobox"):
		for _, p := range ps[1:] {
			k := strings.IndexByte(p, '=')
			if k <= 0 || strings.TrimSpace(p[k+1:]) == "" {
				continue
			}
			b.brk()
			b.add(strings.TrimSpace(p[:k])+": ", code)
			r.walk(strings.TrimSpace(p[k+1:]), code, b)
		}
		b.brk()
	default:
		text := "{{" + inner + "}}"
		r.src.Report.Warn(pages.At(r.src.Name, r.line+1), "line %d holds the template {{%s}}, which is none docs2go knows (it reads {{Yes}}, {{No}}, {{Y}}, {{N}}, {{tick}}, {{cross}}, {{!}}, {{code}}, {{nowrap}} and infoboxes): what it shows is in another page of the wiki, so it is kept as it is written, %q; write what it shows in the page, or the fact it states with an override", r.line+1, pages.Clip(strings.TrimSpace(ps[0])), pages.Clip(pages.SingleSpaced(text)))
		b.add(pages.SingleSpaced(text), code)
	}
}
