package pages

import "strings"

// maxLinkParens is how deep the parentheses of a link's destination
// nest at most, as CommonMark bounds them.
const maxLinkParens = 32

// LinkTarget reads the target of a Markdown inline link that t begins
// with, "(" just after the link text's "]", as CommonMark reads it: the
// destination, either in angle brackets ("(<#a b>)", no line break, no
// unescaped "<" or ">") or a run of characters without a space or a
// control character whose parentheses nest, balanced
// ("(#CurlingRink(/curling)-Delivery)", as Confluence writes an anchor),
// then an optional title in quotes, apostrophes or parentheses after a
// space, then ")". It returns the destination (without its angle
// brackets) and the target's length up to its ")", or 0 when t begins
// with no link target ("(see the note)", "(#a(b)").
func LinkTarget(t string) (string, int) {
	if !strings.HasPrefix(t, "(") {
		return "", 0
	}
	i := skipLinkSpace(t, 1)
	dest, n := linkDestination(t[i:])
	if n < 0 {
		return "", 0
	}
	i += n
	if j := skipLinkSpace(t, i); j > i && j < len(t) {
		if m := linkTitleLen(t[j:]); m > 0 {
			i = skipLinkSpace(t, j+m)
		} else {
			i = j
		}
	}
	if i >= len(t) || t[i] != ')' {
		return "", 0
	}
	return dest, i + 1
}

// skipLinkSpace returns the index of the first character at or after i
// in t that is no space, tab or line break.
func skipLinkSpace(t string, i int) int {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r') {
		i++
	}
	return i
}

// linkDestination reads the destination a link's target begins with
// (LinkTarget): the destination and its length, which is 0 for an
// empty one ("[a]()"), or -1 where t begins with none.
func linkDestination(t string) (string, int) {
	if strings.HasPrefix(t, "<") {
		for i := 1; i < len(t); i++ {
			switch t[i] {
			case '\\':
				i++
			case '\n', '\r', '<':
				return "", -1
			case '>':
				return t[1:i], i + 1
			}
		}
		return "", -1
	}
	depth := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '\\' && i+1 < len(t) && isASCIIPunct(t[i+1]):
			i++
		case c <= ' ' || c == 0x7f:
			if depth > 0 {
				return "", -1
			}
			return t[:i], i
		case c == '(':
			if depth++; depth > maxLinkParens {
				return "", -1
			}
		case c == ')':
			if depth == 0 {
				return t[:i], i
			}
			depth--
		}
	}
	return "", -1
}

// linkTitleLen returns the length of the link title t begins with: text
// in quotes, in apostrophes or in parentheses, its closing mark escaped
// by a backslash inside it; or 0.
func linkTitleLen(t string) int {
	var closer byte
	switch t[0] {
	case '"', '\'':
		closer = t[0]
	case '(':
		closer = ')'
	default:
		return 0
	}
	for i := 1; i < len(t); i++ {
		switch {
		case t[i] == '\\':
			i++
		case t[i] == closer:
			return i + 1
		case closer == ')' && t[i] == '(':
			return 0
		}
	}
	return 0
}
