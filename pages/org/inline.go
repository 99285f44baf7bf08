package org

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// entities are the Org entities a page's text may write, by name, with
// the text each shows (org-entities' UTF-8 column): pandoc writes a pipe
// in a table's cell "\vert{}", as Org reads a pipe there as a cell's end.
var entities = map[string]string{
	"vert": "|", "vbar": "|", "brvbar": "¦", "backslash": `\`, "under": "_", "ast": "*", "star": "*",
	"nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "zwsp": "", "shy": "",
	"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'", "laquo": "«", "raquo": "»",
	"lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„",
	"ndash": "–", "mdash": "—", "minus": "−", "hellip": "…", "dots": "…", "middot": "·", "bull": "•", "bullet": "•",
	"times": "×", "div": "÷", "plusmn": "±", "pm": "±", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠",
	"approx": "≈", "sim": "∼", "infin": "∞", "infty": "∞", "deg": "°", "micro": "µ", "para": "¶", "sect": "§",
	"rarr": "→", "to": "→", "rightarrow": "→", "larr": "←", "leftarrow": "←", "gets": "←", "harr": "↔", "uarr": "↑", "darr": "↓",
	"rArr": "⇒", "Rightarrow": "⇒", "lArr": "⇐", "hArr": "⇔",
	"copy": "©", "reg": "®", "trade": "™", "euro": "€", "EUR": "€", "cent": "¢", "pound": "£", "yen": "¥", "dollar": "$",
	"lbrace": "{", "rbrace": "}", "lbrack": "[", "rbrack": "]", "slash": "/", "tilde": "~", "circ": "ˆ", "hat": "^",
	"check": "✓", "checkmark": "✓",
}

// marks are Org's marks of emphasis inside a line: bold, italic,
// underline, verbatim, code and strike-through.
const marks = "*/_=~+"

// isPre reports whether c may stand right before an opening mark of
// emphasis (Org's org-emphasis-regexp-components), and isPost whether
// it may stand right after a closing one.
func isPre(c byte) bool  { return isSpace(c) || strings.IndexByte(`-('"{`, c) >= 0 }
func isPost(c byte) bool { return isSpace(c) || strings.IndexByte(`-.,:!?;'")}\[`, c) >= 0 }
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// inline is the text a line of Org's markup shows, single-spaced as
// pages.SpansText writes its monospace spans, with the texts it strikes
// through: verbatim (=x=) and code (~x~) as monospace spans of their text
// as written, bold, italic and underline as their text, a link as its
// description ([[target][text]]) or its target ([[target]], an internal
// one without its "#" or "*"), an entity (\vert{}, \nbsp) as the
// character it names, Org's special strings "--" and "---" between two
// other characters as the en and em dashes they show, a line break ("\\"
// at the end) as nothing and one amid a cell ("\\ ", as a writer leaves
// a <br>, or its export snippet "@@html:<br>@@") as a space, another
// export snippet (raw markup for a backend) as nothing, a target
// ("<<id>>", an anchor) as nothing, a radio target ("<<<word>>>") as its
// word, a footnote's reference ("[fn:1]") as nothing.
func inline(s string) (string, []string) {
	var spans []pages.Span
	var struck []string
	add := func(text string, code bool) {
		if text != "" {
			spans = append(spans, pages.Span{Text: text, Code: code})
		}
	}
	var walk func(s string)
	walk = func(s string) {
		var b strings.Builder
		flush := func() {
			add(b.String(), false)
			b.Reset()
		}
		for i := 0; i < len(s); {
			c := s[i]
			if c == '[' && strings.HasPrefix(s[i:], "[[") {
				if end := strings.Index(s[i+2:min(len(s), i+2+maxSpan)], "]]"); end >= 0 {
					flush()
					inner := s[i+2 : i+2+end]
					if k := strings.Index(inner, "]["); k >= 0 {
						walk(inner[k+2:])
					} else {
						add(linkName(inner), false)
					}
					i += 2 + end + 2
					continue
				}
			}
			if c == '<' && strings.HasPrefix(s[i:], "<<") {
				if text, n := targetAt(s, i); n > 0 {
					b.WriteString(text)
					i += n
					continue
				}
			}
			if c == '@' && strings.HasPrefix(s[i:], "@@") {
				if text, n := snippetAt(s, i); n > 0 {
					b.WriteString(text)
					i += n
					continue
				}
			}
			if c == '[' && strings.HasPrefix(s[i:], "[fn:") {
				if end := strings.IndexByte(s[i:min(len(s), i+maxSpan)], ']'); end > 0 {
					i += end + 1
					continue
				}
			}
			if c == '\\' {
				if text, n := entityAt(s, i); n > 0 {
					b.WriteString(text)
					i += n
					continue
				}
			}
			if c == '-' && strings.HasPrefix(s[i:], "--") && i > 0 && s[i-1] != '-' {
				n := 2
				if strings.HasPrefix(s[i:], "---") {
					n = 3
				}
				if i+n < len(s) && s[i+n] != '-' {
					b.WriteString(map[int]string{2: "–", 3: "—"}[n])
					i += n
					continue
				}
			}
			if strings.IndexByte(marks, c) >= 0 {
				if end := closingMark(s, i); end > 0 {
					flush()
					inner := s[i+1 : end]
					switch c {
					case '=', '~':
						add(inner, true)
					case '+':
						struck = append(struck, inner)
						walk(inner)
					default:
						walk(inner)
					}
					i = end + 1
					continue
				}
			}
			b.WriteByte(c)
			i++
		}
		flush()
	}
	walk(s)
	return pages.SingleSpaced(pages.SpansText(spans)), struck
}

// maxSpan bounds the length of an emphasis or a link, which Org keeps
// within two or three lines of a paragraph.
const maxSpan = 400

// closingMark returns the index of the mark that closes the emphasis
// whose mark opens at s[i], or 0 when none opens there: the mark follows
// the start or a character of isPre, and a character that is not a
// space; the closing one, the same mark, follows a character that is
// not a space, and the end or a character of isPost, within maxSpan. A
// mark right after a link's end opens too, as pandoc writes a linked
// type's array mark ("[[#item][=Item=]]=[]=") and reads it.
func closingMark(s string, i int) int {
	m := s[i]
	if i > 0 && !isPre(s[i-1]) && !strings.HasSuffix(s[:i], "]]") || i+1 >= len(s) || isSpace(s[i+1]) {
		return 0
	}
	for k := i + 2; k < len(s) && k <= i+maxSpan; k++ {
		if s[k] == m && !isSpace(s[k-1]) && (k+1 == len(s) || isPost(s[k+1])) {
			return k
		}
	}
	return 0
}

// entityAt returns the text of the entity that starts at s[i] ("\vert{}",
// "\nbsp" before a character that is not a letter) and its length, or
// 0: a backslash before a name of no entity is text ("C:\path"). A
// backslash before "-" (a soft hyphen) is nothing, and so are two
// backslashes ending the line (a line break).
func entityAt(s string, i int) (string, int) {
	rest := s[i+1:]
	switch {
	case strings.HasPrefix(rest, "-"):
		return "", 2
	case rest == `\` || strings.TrimSpace(rest) == `\`:
		return "", len(s) - i
	case strings.HasPrefix(rest, `\ `) || strings.HasPrefix(rest, "\\\t"):
		return " ", 2
	}
	n := 0
	for n < len(rest) && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] >= 'A' && rest[n] <= 'Z') {
		n++
	}
	text, ok := entities[rest[:n]]
	if n == 0 || !ok {
		return "", 0
	}
	if strings.HasPrefix(rest[n:], "{}") {
		return text, 1 + n + 2
	}
	if n < len(rest) && (rest[n] >= '0' && rest[n] <= '9') {
		return "", 0
	}
	return text, 1 + n
}

// snippetRe matches an export snippet, "@@html:<br>@@": raw markup of
// a backend, as pandoc writes an HTML tag it has no Org for.
var snippetRe = regexp.MustCompile(`^@@([\w-]+):(.*?)@@`)

// breakRe matches an HTML line break.
var breakRe = regexp.MustCompile(`(?i)^<br\s*/?>$`)

// snippetAt returns the text of the export snippet that starts at s[i]
// and its length, or 0: an HTML line break reads as a space, any other
// snippet, raw markup for a backend, as nothing.
func snippetAt(s string, i int) (string, int) {
	m := snippetRe.FindStringSubmatch(s[i:min(len(s), i+maxSpan)])
	if m == nil {
		return "", 0
	}
	if strings.EqualFold(m[1], "html") && breakRe.MatchString(strings.TrimSpace(m[2])) {
		return " ", len(m[0])
	}
	return "", len(m[0])
}

// targetAt returns the text of the target that starts at s[i] and its
// length, or 0: a target, "<<id>>" (pandoc writes an HTML anchor so),
// shows nothing; a radio target, "<<<word>>>", its word.
func targetAt(s string, i int) (string, int) {
	radio := strings.HasPrefix(s[i:], "<<<")
	open, closer := "<<", ">>"
	if radio {
		open, closer = "<<<", ">>>"
	}
	rest := s[i+len(open) : min(len(s), i+maxSpan)]
	end := strings.Index(rest, closer)
	if end <= 0 || strings.ContainsAny(rest[:end], "<>\n") || strings.TrimSpace(rest[:end]) != rest[:end] {
		return "", 0
	}
	if radio {
		return rest[:end], len(open) + end + len(closer)
	}
	return "", len(open) + end + len(closer)
}

// linkName is the text Org shows for a link without a description: its
// target, a heading's title without the "*" that marks it, a custom id
// without its "#", a file's path without its "file:".
func linkName(target string) string {
	switch {
	case strings.HasPrefix(target, "*"), strings.HasPrefix(target, "#"):
		return target[1:]
	case strings.HasPrefix(target, "file:"):
		return strings.TrimPrefix(target, "file:")
	}
	return target
}
