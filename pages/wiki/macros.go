package wiki

import "strings"

// tag is a macro's tag: {name}, {name:default} or {name:key=value|…}.
type tag struct {
	name   string
	params string
}

// param returns the value of a parameter of the tag ("title" of
// {info:title=Note}), or "".
func (m tag) param(key string) string {
	for _, p := range strings.Split(m.params, "|") {
		if k, v, ok := strings.Cut(p, "="); ok && strings.EqualFold(strings.TrimSpace(k), key) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// codeMacros are the macros whose body is literal text: a code block.
var codeMacros = map[string]bool{"code": true, "noformat": true}

// panels are the macros that frame their body, whose title shows above
// it.
var panels = map[string]bool{
	"info": true, "note": true, "tip": true, "warning": true, "panel": true,
	"expand": true, "details": true,
}

// macros are the names of the macros a page's markup may hold, besides
// code blocks and panels: a "{name}" of another name is text, as a
// placeholder ("{userId}") a page writes without its escapes is.
var macros = map[string]bool{
	"anchor": true, "color": true, "quote": true, "section": true, "column": true,
	"toc": true, "toc-zone": true, "children": true, "status": true, "excerpt": true,
	"excerpt-include": true, "include": true, "div": true, "span": true,
	"center": true, "loremipsum": true, "pagetree": true, "recently-updated": true,
	"contentbylabel": true, "tasklist": true, "attachments": true, "jira": true,
	"jiraissues": true, "viewfile": true, "multimedia": true, "widget": true,
	"gallery": true, "livesearch": true, "detailssummary": true, "profile": true,
}

// known reports whether a macro of the name is one the reading knows.
func known(name string) bool { return codeMacros[name] || panels[name] || macros[name] }

// tagAt reads the tag of a known macro at s[i], which is "{": the tag
// and its length, or 0 when no tag starts there. A tag that follows a slash is a path's
// placeholder ("/guild/{status}"), and is no tag.
func tagAt(s string, i int) (tag, int) {
	if i >= len(s) || s[i] != '{' || i > 0 && s[i-1] == '/' {
		return tag{}, 0
	}
	s = s[i:]
	n := 1
	for n < len(s) && (isLetter(s[n]) || n > 1 && (s[n] == '-' || s[n] >= '0' && s[n] <= '9')) {
		n++
	}
	name := strings.ToLower(s[1:n])
	if name == "" || !known(name) || n == len(s) {
		return tag{}, 0
	}
	switch s[n] {
	case '}':
		return tag{name: name}, n + 1
	case ':':
		end := closing(s, n+1, "}")
		if end < 0 || strings.ContainsAny(s[n+1:end], "{") {
			return tag{}, 0
		}
		return tag{name: name, params: s[n+1 : end]}, end + 1
	}
	return tag{}, 0
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// tagIn returns where the first tag of a known macro for which want
// holds stands in a line, past backslash escapes and monospace spans
// ("{{code}}" is the word code, as rendered reads it, and opens no code
// block), with the tag and its length; -1 when none does.
func tagIn(line string, want func(tag) bool) (int, tag, int) {
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\':
			i++
		case strings.HasPrefix(line[i:], "{{"):
			if end := closing(line, i+2, "}}"); end >= 0 {
				i = end + 1
			}
		case line[i] == '{':
			if m, n := tagAt(line, i); n > 0 && want(m) {
				return i, m, n
			}
		}
	}
	return -1, tag{}, 0
}

// openCode reports whether text opens a code macro ({code}, {noformat})
// that it does not close.
func openCode(text string) bool {
	open := ""
	for text != "" {
		k, m, n := tagIn(text, func(m tag) bool { return codeMacros[m.name] })
		if k < 0 {
			break
		}
		switch {
		case open == "":
			open = m.name
		case m.name == open && m.params == "":
			open = ""
		}
		text = text[k+n:]
	}
	return open != ""
}
