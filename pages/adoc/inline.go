package adoc

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// xrefRe matches a cross reference, "<<id,Name>>" or "<<id>>"; macroRe
// an inline macro with its text, "xref:page.adoc[Name]",
// "link:https://x[text]", "https://x[text]", "pass:[text]"; passRe a
// passthrough, "+literal+" or "++literal++", around text that neither
// starts nor ends with a space; attrRefRe an attribute reference,
// "{name}", or one escaped, "\\{name}", which reads as written without
// its backslash.
var (
	xrefRe    = regexp.MustCompile(`<<([^<>,]+?)(?:,\s*([^<>]*?))?>>`)
	macroRe   = regexp.MustCompile(`\b(?:xref|link|mailto|pass|kbd|footnote|image|icon|https?):([^\s\[\]]*)\[([^\[\]]*)\]`)
	passRe    = regexp.MustCompile(`(^|[^\w+])(\+\+?)([^\s+](?:[^+]*[^\s+])?)(\+\+?)([^\w+]|$)`)
	attrRefRe = regexp.MustCompile(`\\?\{([\w][\w-]*)\}`)
)

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
// "[]" after a cross reference stays: "<<member,Member>>[]" is an array
// of Member. Code spans and emphasis stay, as Markdown keeps them.
func (r *reader) inline(t string) string {
	t = r.attributes(t)
	if strings.Contains(t, "<<") {
		t = xrefRe.ReplaceAllStringFunc(t, func(m string) string {
			sub := xrefRe.FindStringSubmatch(m)
			if strings.TrimSpace(sub[2]) != "" {
				return strings.TrimSpace(sub[2])
			}
			id := strings.TrimSpace(sub[1])
			if title, ok := r.titles[id]; ok {
				return pages.Title(r.inline(title), true)
			}
			return id
		})
	}
	if strings.Contains(t, ":") && strings.Contains(t, "[") {
		t = macroRe.ReplaceAllStringFunc(t, func(m string) string {
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
		})
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
