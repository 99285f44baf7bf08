package indented

import (
	"fmt"
	"html"
	"strings"
)

// literal reads the string literal s starts with, '…' or "…" (and
// `…`, a template literal of JavaScript), into its value and the rest
// of s after it. It fails for a literal never closed and for one that
// interpolates code (Ruby's "#{…}", JavaScript's `${…}`), whose value
// only running the template tells.
func literal(s string) (value, rest string, err error) {
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q:
			return b.String(), s[i+1:], nil
		case c == '\\' && i+1 < len(s):
			i++
			b.WriteByte(unescaped(s[i], q))
		case q == '"' && c == '#' && strings.HasPrefix(s[i+1:], "{"), q == '`' && c == '$' && strings.HasPrefix(s[i+1:], "{"):
			return "", "", fmt.Errorf("the string %s interpolates code, whose value only running the template tells", clip(s))
		default:
			b.WriteByte(c)
		}
	}
	return "", "", errUnclosed
}

// unescaped is the character an escape of c in a literal quoted by q
// stands for: a line break, a tab, else c itself (a quote, a
// backslash; in a single-quoted Ruby string the backslash stays before
// any other character, which this reads as the character).
func unescaped(c, q byte) byte {
	switch {
	case c == 'n' && q != '\'':
		return '\n'
	case c == 't' && q != '\'':
		return '\t'
	}
	return c
}

// clip is s, shortened to 40 bytes, quoted for a message.
func clip(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return fmt.Sprintf("%q", s)
}

// expression reads a line's expression ("= …" in HAML and Pug) as the
// text it shows: a string literal, its value escaped as HTML. Any other
// expression is code whose value only running the template tells.
func expression(e string) (string, error) {
	e = strings.TrimSpace(e)
	if e != "" && strings.ContainsRune(`"'`+"`", rune(e[0])) {
		v, rest, err := literal(e)
		if err == nil && strings.TrimSpace(rest) == "" {
			return html.EscapeString(v), nil
		}
		if err != nil && err != errUnclosed {
			return "", err
		}
	}
	return "", fmt.Errorf("the expression %s is code, whose value only running the template tells", clip(e))
}

// interpolated reads the text of a line: "#{…}" in it (and Pug's
// "!{…}") is an expression interpolated, read as the text it shows
// (expression), "\#{" the characters "#{" themselves; tags is set for
// Pug, whose "#[tag …]" interpolates a tag, which is refused.
func interpolated(t string, tags bool) (string, error) {
	if !strings.Contains(t, "{") && !strings.Contains(t, "#[") {
		return t, nil
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '\\' && i+1 < len(t) && (t[i+1] == '#' || tags && t[i+1] == '!') && strings.HasPrefix(t[i+2:], "{"):
			b.WriteByte(t[i+1])
			i++
		case (c == '#' || tags && c == '!') && strings.HasPrefix(t[i+1:], "{"):
			end := closing(t, i+1)
			if end < 0 {
				return "", fmt.Errorf("the interpolation %s is never closed", clip(t[i:]))
			}
			v, err := expression(t[i+2 : end])
			if err != nil {
				return "", err
			}
			b.WriteString(v)
			i = end
		case tags && c == '#' && strings.HasPrefix(t[i+1:], "["):
			return "", fmt.Errorf("the tag interpolation %s is not read: write the element on a line of its own", clip(t[i:]))
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// closing is the index of the bracket that closes the one at s[open],
// skipping brackets inside string literals, or -1.
func closing(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch c := s[i]; c {
		case '{', '(', '[':
			depth++
		case '}', ')', ']':
			depth--
			if depth == 0 {
				return i
			}
		case '"', '\'', '`':
			if _, rest, err := literal(s[i:]); err == nil {
				i = len(s) - len(rest) - 1
			} else if err == errUnclosed {
				return -1
			}
		}
	}
	return -1
}
