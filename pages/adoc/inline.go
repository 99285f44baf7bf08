package adoc

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// xrefRe matches a cross reference, "<<id,Name>>" or "<<id>>"; macroRe
// an inline macro with its text, "xref:page.adoc[Name]",
// "link:https://x[text]", "https://x[text]", "pass:[text]", whose text
// may hold brackets, a pair deep, as pandoc writes a type's "[]" in a
// link's text unescaped ("link:#item[`Item[]`]"); passRe a
// passthrough, "+literal+" or "++literal++", around text that neither
// starts nor ends with a space; attrRefRe an attribute reference,
// "{name}", or one escaped, "\\{name}", which reads as written without
// its backslash.
var (
	xrefRe    = regexp.MustCompile(`<<([^<>,]+?)(?:,\s*([^<>]*?))?>>`)
	macroRe   = regexp.MustCompile(`\b(?:xref|link|mailto|pass|kbd|footnote|image|icon|https?):([^\s\[\]]*)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]`)
	passRe    = regexp.MustCompile(`(^|[^\w+])(\+\+?)([^\s+](?:[^+]*[^\s+])?)(\+\+?)([^\w+]|$)`)
	attrRefRe = regexp.MustCompile(`\\?\{([\w][\w-]*)\}`)
	// spanOpenRe matches the opening of a role span, "[.lang]#" of
	// "[.lang]#http#", "[#pager .visually-hidden]#", as pandoc writes an
	// HTML element's classes and id.
	spanOpenRe = regexp.MustCompile(`\[[.#][^\[\]\s#][^\[\]]*\]#`)
	// codeArrayRe matches a code span that runs into an array's "[]",
	// "`Item`[]" (pandoc's "link:#item[`Item`][]"), which reads as the
	// array of its text, "Item[]", as a page shows it.
	codeArrayRe = regexp.MustCompile("`([^`\\s]+)`\\[\\]")
	// hiddenRoleRe matches a role that hides a span's text from the eye,
	// ".sr-only" (pages.HiddenClasses).
	hiddenRoleRe = regexp.MustCompile(`(?:^|[\s\[])\.(?:` + pages.HiddenClasses + `)(?:[\s\]]|$)`)
	// permalinkRe matches the permalinks at an end of a section title: a
	// link or a cross reference to an anchor of the page whose text is
	// empty (pandoc's link around VitePress' zero-width space, which the
	// page's reading drops: "link:#overview[]") or a mark ("link:#x[#]",
	// "link:#x[¶]"), one or more, with or without a space between them
	// and the title ("ReturnCodelink:#returncode[#]"), as AsciiDoc reads
	// a link macro amid a word.
	permalinkRe = regexp.MustCompile(`^(?:` + permalink + `\s*)+|(?:\s*` + permalink + `)+$`)
)

// permalink is the pattern of one permalink of permalinkRe.
const permalink = `(?:(?:link|xref):#[^\s\[\]]*\[(?:#|¶|§|🔗\x{FE0F}?|⚓\x{FE0F}?)?\]|<<[^<>,\s]+,\s*(?:#|¶|§)?\s*>>)`

// builtinAttrs are the attributes every AsciiDoc page has, which a page
// writes for characters its markup would take as marks.
var builtinAttrs = map[string]string{
	"nbsp": " ", "sp": " ", "empty": "", "vbar": "|", "plus": "+",
	"caret": "^", "tilde": "~", "backslash": `\`, "backtick": "`",
	"startsb": "[", "endsb": "]", "amp": "&", "lt": "<", "gt": ">",
	"apos": "'", "quot": `"`, "zwsp": "",
}

// inline is a line of text without the markup that AsciiDoc renders
// inside a line: a cross reference reads as its text (when it has none,
// the title of the section or block of its id, else its id:
// "<<PresenceStatus>>"), a macro with a text as that text (its
// target when the text is empty), a passthrough as its literal text, a
// reference to an attribute the page or AsciiDoc defines as its value (a
// reference to no attribute, "{userId}" in a path, stays as it is). A
// "[]" after a cross reference or a link stays: "<<member,Member>>[]" is
// an array of Member, and so is "`Member`[]" (codeArrayRe); a link whose
// text is a code span run together with another makes one code span
// with it (gluedCode: "link:#m[`Member`]`[]`" is "`Member[]`"). A role span
// reads as its text (spans). Code spans and emphasis stay, as Markdown
// keeps them.
func (r *reader) inline(t string) string {
	t = spans(r.attributes(t))
	if strings.Contains(t, "<<") {
		t = xrefRe.ReplaceAllStringFunc(t, func(m string) string {
			sub := xrefRe.FindStringSubmatch(m)
			if strings.TrimSpace(sub[2]) != "" {
				return strings.TrimSpace(sub[2])
			}
			id := strings.TrimSpace(sub[1])
			if title, ok := r.titles[id]; ok {
				return pages.Title(r.title(title), true)
			}
			return id
		})
	}
	if strings.Contains(t, ":") && strings.Contains(t, "[") {
		t = gluedCode(t)
	}
	if strings.Contains(t, "`[]") {
		t = codeArrayRe.ReplaceAllString(t, "$1[]")
	}
	if strings.Contains(t, "+") {
		t = passRe.ReplaceAllStringFunc(t, func(m string) string {
			sub := passRe.FindStringSubmatch(m)
			if sub[2] != sub[4] {
				return m
			}
			return sub[1] + sub[3] + sub[5]
		})
	}
	return t
}

// spans is a line with each role span as its text ("[.lang]#http#" as
// "http", "[.vpi-sun]##" as nothing), the innermost first: pandoc nests
// them as the page's elements nest ("[.check]#[.icon]#[.sun]####"). An
// unconstrained span, "[.marker]##skin##Tone" (as pandoc writes one
// inside a word), holds the text up to its "##". A span that the line
// does not close (pandoc wraps its text onto the next line) is its text:
// its opening is dropped.
func spans(t string) string {
	if !strings.Contains(t, "]#") {
		return t
	}
	for {
		opens := spanOpenRe.FindAllStringIndex(t, -1)
		if opens == nil {
			return t
		}
		at := opens[len(opens)-1]
		if rest, ok := strings.CutPrefix(t[at[1]:], "#"); ok {
			if end := strings.Index(rest, "##"); end > 0 {
				text := rest[:end]
				if hiddenRoleRe.MatchString(t[at[0]:at[1]]) {
					text = ""
				}
				t = t[:at[0]] + text + rest[end+2:]
				continue
			}
		}
		end := strings.IndexByte(t[at[1]:], '#')
		if end < 0 {
			t = t[:at[0]] + t[at[1]:]
			continue
		}
		text := t[at[1] : at[1]+end]
		if hiddenRoleRe.MatchString(t[at[0]:at[1]]) {
			text = ""
		}
		t = t[:at[0]] + text + t[at[1]+end+1:]
	}
}

// title is a section or block title without the permalinks at its ends
// (permalinkRe), as the markup inside a line reads (inline).
func (r *reader) title(t string) string {
	return r.inline(permalinkRe.ReplaceAllString(t, ""))
}

// attributes is a line with each reference to an attribute the page or
// AsciiDoc defines replaced by its value.
func (r *reader) attributes(t string) string {
	if !strings.Contains(t, "{") {
		return t
	}
	return attrRefRe.ReplaceAllStringFunc(t, func(m string) string {
		if m[0] == '\\' {
			return m[1:] // escaped: \{ADMIN_KEY}
		}
		name := m[1 : len(m)-1]
		if v, ok := r.attrs[name]; ok {
			return v
		}
		if v, ok := builtinAttrs[name]; ok {
			return v
		}
		return m
	})
}

// macroText is the text an inline macro shows (macroRe): its text, its
// target when the text is empty, an icon's mark.
func macroText(m string) string {
	sub := macroRe.FindStringSubmatch(m)
	if text := strings.TrimSpace(sub[2]); text != "" {
		if i := strings.Index(text, ","); i >= 0 && strings.Contains(text[i:], "=") {
			text = strings.TrimSpace(text[:i]) // link:x[text,window=_blank]
		}
		return text
	}
	if strings.HasPrefix(m, "http") {
		return strings.TrimSuffix(m, "[]")
	}
	if strings.HasPrefix(m, "image:") || strings.HasPrefix(m, "icon:") {
		if mark, ok := pages.IconMark(sub[1]); ok {
			return mark // an icon, "icon:check[]", "image:tick.png[]"
		}
	}
	return sub[1]
}

// gluedCode replaces each inline macro of t (macroRe) with its text
// (macroText), and a macro whose text is one code span run together with a
// code span before or after it ("`List<`link:#mark[`Mark`]`>`",
// "link:#m[`MatchMode`]`[]`", as pandoc writes a linked type and its
// marks) makes one code span with it, as the page shows one monospace
// word: "`List<Mark>`", "`MatchMode[]`".
func gluedCode(t string) string {
	var b strings.Builder
	last := 0
	for _, at := range macroRe.FindAllStringIndex(t, -1) {
		b.WriteString(t[last:at[0]])
		w := macroText(t[at[0]:at[1]])
		code := len(w) > 2 && w[0] == '`' && w[len(w)-1] == '`' && strings.Count(w, "`") == 2
		if prev := b.String(); code && strings.HasSuffix(prev, "`") && strings.Count(prev, "`")%2 == 0 {
			b.Reset()
			b.WriteString(prev[:len(prev)-1])
			w = w[1:]
		}
		last = at[1]
		if code && strings.HasPrefix(t[last:], "`") && strings.Contains(t[last+1:], "`") {
			w = w[:len(w)-1]
			last++
		}
		b.WriteString(w)
	}
	b.WriteString(t[last:])
	return b.String()
}
