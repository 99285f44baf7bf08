package bbcode

import (
	"regexp"
	"strings"
)

// tagRe matches a tag of BBCode at the start of a text: its end mark,
// its name and its value ("[url=/api/x]", "[/b]", "[*]"), or the
// attributes after its name, which it drops ("[img alt=\"Logo\"]", as
// pandoc's writers give an image its alternative text).
var tagRe = regexp.MustCompile(`^\[(/?)([A-Za-z][A-Za-z0-9]{0,9}|\*)(?:=([^\[\]]*)|[ \t][^\[\]]*)?\]`)

// wrappers are the tags that show their text as it is: underline,
// sizes, colours, fonts, alignment and boxes, lists (Steam's [olist],
// Hubzilla's definition list [dl]) and quotes (their lines read as
// text), rules, sub- and superscript, spoilers.
var wrappers = map[string]bool{
	"u": true, "size": true, "color": true, "colour": true, "font": true, "center": true, "left": true,
	"right": true, "align": true, "justify": true, "indent": true, "box": true, "sup": true, "sub": true,
	"list": true, "ul": true, "ol": true, "li": true, "olist": true, "dl": true, "quote": true, "hr": true,
	"spoiler": true, "ispoiler": true, "highlight": true, "email": true, "youtube": true,
}

// codeTags are the tags of a code span: [code] (html2bbcode, pandoc's
// bbcode_hubzilla), [icode] (pandoc's bbcode_xenforo) and [noparse]
// (pandoc's bbcode_steam).
var codeTags = map[string]bool{"code": true, "icode": true, "noparse": true}

// spaceless are the characters a link's text may hold and be blank: a
// docs site's permalink in a heading is a zero-width space.
const spaceless = " \t\u200b\u200c\u200d\u2060\ufeff\u00a0"

// inline reads the markup of a line of BBCode at page line n into
// Markdown: [code]…[/code] (and the other codeTags) a code span;
// [url=a]text[/url] a link, one whose text is blank (a heading's
// permalink) nothing, [url]a[/url] its address; [img]a[/img] an image;
// [b] and [i] strong and emphasis; [s] and [strike] its text, struck
// out; [*] a list item's "- ", and the term it gives ("[*= term]", an
// item of Hubzilla's definition list [dl]); the wrappers their text. A tag that its end tag does not follow on the line is dropped
// (html2bbcode closes a sidebar's link on the next line); a bracket that
// opens no tag, and Markdown's own marks, are text, escaped.
func (m *marked) inline(n int, s string) string {
	s = strings.TrimSpace(s)
	var b strings.Builder
	low := asciiLower(s)
	ends := map[string]*closer{}
	end := func(name string, from int) int {
		c := ends[name]
		if c == nil {
			c = &closer{mark: "[/" + name + "]", at: -2}
			ends[name] = c
		}
		return c.after(low, from)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c != '[' {
			switch {
			case strings.IndexByte("\\`*[]", c) >= 0,
				b.Len() == 0 && strings.IndexByte("#|>", c) >= 0:
				b.WriteByte('\\')
			}
			b.WriteByte(c)
			i++
			continue
		}
		tag := tagRe.FindStringSubmatch(s[i:])
		if tag == nil {
			b.WriteString(`\[`)
			i++
			continue
		}
		closing, name, value := tag[1] == "/", strings.ToLower(tag[2]), tag[3]
		after := i + len(tag[0])
		switch {
		case name == "*" && !closing:
			if b.Len() == 0 {
				b.WriteString("- ")
			}
			if term := strings.TrimSpace(value); term != "" {
				b.WriteString(m.inline(n, term))
			}
		case closing && (name == "b" || name == "i"):
			b.WriteString(map[string]string{"b": "**", "i": "*"}[name])
		case closing || wrappers[name]:
		case name == "b" || name == "i":
			if end(name, after) >= 0 {
				b.WriteString(map[string]string{"b": "**", "i": "*"}[name])
			}
		case codeTags[name], name == "url", name == "img", name == "s", name == "strike":
			k := end(name, after)
			if k < 0 {
				break
			}
			inner := s[after:k]
			after = k + len("[/"+name+"]")
			switch {
			case codeTags[name]:
				if name == "code" {
					inner = innerCode(inner, &after, low)
				}
				span := codeSpan(strings.TrimSpace(inner))
				if span != "" && strings.HasSuffix(b.String(), "`") {
					b.WriteByte(' ')
				}
				b.WriteString(span)
			case name == "url":
				b.WriteString(link(m.inline(n, inner), value))
			case name == "img":
				b.WriteString("![](" + strings.TrimSpace(inner) + ")")
			default:
				text := m.inline(n, inner)
				m.struck = append(m.struck, struck{line: n, text: text})
				b.WriteString(text)
			}
		default:
			b.WriteString(`\[`)
			after = i + 1
		}
		i = after
	}
	return strings.TrimSpace(b.String())
}

// innerCode is the text of a code span whose tags html2bbcode doubled
// ("[code][code]x[/code][/code]" of a <pre><code>): the inner start
// tags dropped, and as many end tags after the first skipped in the
// line (low, in lower case) from *after.
func innerCode(inner string, after *int, low string) string {
	for strings.HasPrefix(asciiLower(inner), "[code]") {
		inner = inner[len("[code]"):]
		if strings.HasPrefix(low[*after:], "[/code]") {
			*after += len("[/code]")
		}
	}
	return inner
}

// closer finds the end tag mark in a text at increasing offsets, each
// search going on from the last one's find: the reading of a line of
// tags that nothing closes stays linear.
type closer struct {
	mark string
	at   int // the offset found last; -1 for none; -2 before a search
}

// after returns the offset of the first mark in low at or after from,
// or -1.
func (c *closer) after(low string, from int) int {
	if c.at == -1 || c.at >= from {
		return c.at
	}
	k := strings.Index(low[from:], c.mark)
	if k >= 0 {
		k += from
	}
	c.at = k
	return k
}

// link is a link to address of text (Markdown), or nothing where its
// text is blank, as a heading's permalink is; a link without an address
// ([url]a[/url]) is its text.
func link(text, address string) string {
	if strings.Trim(text, spaceless) == "" {
		return ""
	}
	address = strings.TrimSpace(strings.Trim(address, `"'`))
	if address == "" || strings.ContainsAny(address, " ()") {
		return text
	}
	return "[" + text + "](" + address + ")"
}

// codeSpan is the Markdown code span of code, its fence of backticks one
// longer than the longest run in it, set apart by spaces where the code
// begins or ends with one; a span after another is set apart by the
// caller's text. Empty code is nothing.
func codeSpan(code string) string {
	if code == "" {
		return ""
	}
	longest, run := 0, 0
	for k := 0; k < len(code); k++ {
		if code[k] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if code[0] == '`' || code[len(code)-1] == '`' {
		return fence + " " + code + " " + fence
	}
	return fence + code + fence
}

// asciiLower is s with its ASCII capitals in lower case, each byte at
// its offset.
func asciiLower(s string) string {
	b := []byte(s)
	for k, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}
