package markdown

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// The Markdown of a static site generator holds markup of its own that
// the page it builds does not show, which a page copied from the site's
// sources keeps: kramdown's (Jekyll's) and MkDocs' attribute lists, on a
// line of their own after a heading, a paragraph or a table ("{:
// #visitor}", "{: .api-table}", Hugo's "{.note}"), after a span
// ("*new*{:.red}", "`id`{: .code}") or at the start of a list item ("*
// {:.cls} item"); kramdown's attribute list definitions ("{:ref: .c}");
// its table of contents, a list that "{:toc}" marks, which the site
// replaces with the page's outline, as MkDocs (Python-Markdown) replaces
// a line "[TOC]" and GitLab a line "[[_TOC_]]"; and its extensions: "{::options
// .../}" and every extension closed where it opens, a comment
// ("{::comment}" … "{:/comment}" or "{:/}"), whose text is not shown,
// and "{::nomarkdown}" … "{:/nomarkdown}", whose tags are not, its text
// read as the page's (an HTML block). They are read as no text, at the
// lines they stand on; nothing in a fenced code block is markup. A
// comment that never closes is left as text.

// aldRe matches an attribute list definition on a line of its own:
// {:name: #id .class}.
var aldRe = regexp.MustCompile(`^\s*\{:[A-Za-z][\w-]*:(?:\s[^{}]*)?\}\s*$`)

// extensionRe matches a kramdown extension's tag: its start
// ({::comment}, {::options key="v" /}, closed by its "/") or its end
// ({:/comment}, {:/}).
var extensionRe = regexp.MustCompile(`\{::([a-z]+)(?:\s[^{}]*?)?(/)?\}|\{:/([a-z]*)\}`)

// spanAttributesRe matches an attribute list after a colon that ends a
// span or a link ("*new*{:.red}", "[a](/a){:target="_blank"}"), or
// starts a list item's text ("- {:.cls} item"), and its place (the end
// of the span, or the list's mark).
var spanAttributesRe = regexp.MustCompile(`([*_)\]]|^\s*(?:[*+-]|\d+[.)])\s+)(\{:[^{}]*\})( *)`)

// tocListRe matches an item of the list that "{:toc}" marks.
var tocListRe = regexp.MustCompile(`^\s*(?:[*+-]|\d+[.)])\s`)

// attributeLines returns the page's lines with the markup of a site
// generator's Markdown read as no text: the lines of attribute lists,
// definitions, comments and extension tags blank, and the attribute
// lists and extension tags of a line of text taken out.
func attributeLines(lines []string) []string {
	if !slices.ContainsFunc(lines, func(l string) bool { return strings.ContainsAny(l, "{[") }) {
		return lines
	}
	out := slices.Clone(lines)
	code := false
	for i := 0; i < len(out); i++ {
		l := out[i]
		if pages.IsFence(l) {
			code = !code
			continue
		}
		if code || !strings.ContainsAny(l, "{[") {
			continue
		}
		t := strings.TrimSpace(l)
		switch {
		case pages.IsAttributeList(t):
			if slices.Contains(strings.Fields(strings.Trim(t, "{:}")), "toc") {
				blankTOC(out, i)
			}
			out[i] = ""
			continue
		case aldRe.MatchString(t) || t == "[TOC]" || t == "[[_TOC_]]":
			out[i] = ""
			continue
		}
		if end, ok := commentEnd(out, i); ok {
			for k := i; k < end; k++ {
				out[k] = ""
			}
			i = end - 1
			continue
		}
		out[i] = spanRead(l)
	}
	return out
}

// blankTOC blanks the list right above line i, which its "{:toc}" marks
// as the page's table of contents: the site replaces it with the page's
// outline.
func blankTOC(lines []string, i int) {
	for k := i - 1; k >= 0 && tocListRe.MatchString(lines[k]); k-- {
		lines[k] = ""
	}
}

// commentEnd finds the comment that starts at line i ({::comment}), if
// one does, and returns the index of the line that closes it, whose
// text after the close is kept in it; a comment on one line is no
// comment here (spanRead takes it out of the line).
func commentEnd(lines []string, i int) (int, bool) {
	t := strings.TrimSpace(lines[i])
	if !strings.HasPrefix(t, "{::comment}") || strings.Contains(t, "{:/") {
		return 0, false
	}
	for k := i + 1; k < len(lines); k++ {
		if j := strings.Index(lines[k], "{:/"); j >= 0 {
			if m := extensionRe.FindStringSubmatchIndex(lines[k][j:]); m != nil && m[0] == 0 {
				if name := lines[k][j+m[6] : j+m[7]]; name == "" || name == "comment" {
					lines[k] = lines[k][j+m[1]:]
					return k, true
				}
			}
		}
	}
	return 0, false
}

// spanRead is a line of text without the attribute lists of its spans
// and its list item (outside its code spans), its comments and the tags
// of its other extensions.
func spanRead(l string) string {
	if !strings.Contains(l, "{:") {
		return l
	}
	parts := strings.Split(l, "`")
	for k := 0; k < len(parts); k += 2 {
		p := parts[k]
		if k > 0 && strings.HasPrefix(p, "{:") {
			if n := pages.AttributesAt(p); n > 0 {
				p = p[n:]
			}
		}
		p = spanAttributesRe.ReplaceAllStringFunc(p, func(m string) string {
			sub := spanAttributesRe.FindStringSubmatch(m)
			switch {
			case pages.AttributesAt(sub[2]) != len(sub[2]):
				return m
			case strings.HasSuffix(sub[1], " "):
				return sub[1] // a list item's: its text follows its mark
			}
			return sub[1] + sub[3]
		})
		parts[k] = extensionsRead(p)
	}
	return strings.Join(parts, "`")
}

// extensionsRead is a text without its comments on one line
// ({::comment}…{:/comment}) and the tags of its other extensions
// ({::nomarkdown}, {:/}, {::options … /}), their text kept; a comment
// that does not close on the line is text.
func extensionsRead(t string) string {
	if !strings.Contains(t, "{::") && !strings.Contains(t, "{:/") {
		return t
	}
	var b strings.Builder
	comment := false
	last := 0
	for _, m := range extensionRe.FindAllStringSubmatchIndex(t, -1) {
		if !comment {
			b.WriteString(t[last:m[0]])
		}
		last = m[1]
		if strings.HasSuffix(b.String(), " ") {
			for last < len(t) && t[last] == ' ' {
				last++
			}
		}
		switch {
		case m[2] >= 0 && t[m[2]:m[3]] == "comment" && m[4] < 0:
			comment = true
		case m[6] >= 0:
			comment = false
		}
	}
	if comment {
		return t
	}
	b.WriteString(t[last:])
	return strings.TrimRight(b.String(), " \t")
}
