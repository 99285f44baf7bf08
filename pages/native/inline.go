package native

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// inline reads a list of inlines as one line of text, as pandoc's plain
// writer writes it (a space, a soft or hard line break are one space;
// emphasis, spans and a link are their text; quotes their marks around
// it; raw markup and notes nothing; an image the mark of its icon,
// pages.IconMark), its code inlines code spans (pages.SpansText), with
// the page line of its first string. In a heading's (title) inlines, a
// link to the heading's own anchor id whose label shows no letter or
// digit is its permalink (pages.Permalink), and no text of it.
func (r *reader) inline(vals []*value, id string, title bool) (string, int) {
	var sl pages.SpanLine
	add := sl.Add
	var walk func(l *value)
	walk = func(l *value) {
		if l == nil || l.kind != list {
			return
		}
		for _, v := range l.args {
			if v.kind != constructor {
				r.malformed(v, "an inline")
				continue
			}
			switch v.text {
			case "Str":
				if s := v.arg(0, str); s != nil {
					add(s.text, false, s.line)
				}
			case "Space", "SoftBreak", "LineBreak":
				add(" ", false, v.line)
			case "Code":
				if s := v.arg(1, str); s != nil && strings.TrimSpace(s.text) != "" {
					add(strings.TrimSpace(s.text), true, s.line)
				}
			case "Emph", "Strong", "Underline", "Strikeout", "Superscript", "Subscript", "SmallCaps":
				walk(v.arg(0, list))
			case "Quoted":
				q := "'"
				if v.arg(0, constructor).is("DoubleQuote") {
					q = `"`
				}
				add(q, false, v.line)
				walk(v.arg(1, list))
				add(q, false, v.line)
			case "Cite":
				walk(v.arg(1, list))
			case "Math":
				if s := v.arg(1, str); s != nil {
					add(s.text, false, s.line)
				}
			case "Span":
				walk(v.arg(1, list))
			case "Link":
				if title && r.permalink(v, id) {
					continue
				}
				walk(v.arg(1, list))
			case "Image":
				if mark, ok := pages.IconMark(target(v)); ok {
					add(" "+mark+" ", false, v.line)
				}
			case "RawInline", "Note":
			default:
				r.malformed(v, "an inline")
			}
		}
	}
	walk(&value{kind: list, args: vals})
	return sl.Text()
}

// target is where a link or an image leads: the first string of its
// target tuple ("( \"#http\" , \"\" )").
func target(v *value) string {
	if t := v.arg(2, tuple); t != nil && len(t.args) > 0 && t.args[0].kind == str {
		return t.args[0].text
	}
	return ""
}

// permalink reports whether a link in a heading whose anchor is id is
// its permalink: a link to that anchor whose label shows no letter or
// digit (VitePress's header-anchor, a zero-width space).
func (r *reader) permalink(link *value, id string) bool {
	to := target(link)
	if _, anchor, ok := strings.Cut(to, "#"); !ok || id != "" && anchor != id {
		return false
	}
	label, _ := r.inline(argsOf(link.arg(1, list)), "", false)
	return pages.Permalink(label, to)
}

// argsOf is the items of a list, none of a value that is none.
func argsOf(l *value) []*value {
	if l == nil {
		return nil
	}
	return l.args
}
