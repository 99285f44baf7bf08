package typst

import "strings"

// The walkers below find where a construct of Typst's ends, in the text
// of a page whose comments are blanked (uncommented): a content block
// ("[…]", markup inside), a call's arguments or a code block ("(…)",
// "{…}", code inside), an expression embedded in markup ("#name(…)[…]").
// Each goes over escapes ("\]"), raw text ("`]`", "```…```") and, in
// code, strings ("\")\"") without reading a bracket in them, and returns
// len(s) for a construct never closed.

// maxDepth is the deepest Typst nests brackets and calls: its parser
// stops at 256 levels. A walker deeper than that reads the rest of the
// page as the construct's, never closed, so that reading stays linear in
// the page.
const maxDepth = 256

// markupEnd returns the index of the "]" that closes the content block
// whose markup begins at s[i], or len(s) when none does. A "[" in the
// markup opens a block of its own, as Typst nests them.
func markupEnd(s string, i int) int { return markupEndAt(s, i, 0) }

func markupEndAt(s string, i, depth int) int {
	if depth > maxDepth {
		return len(s)
	}
	for i < len(s) {
		switch c := s[i]; {
		case c == '\\':
			i += 2
		case c == '`':
			i = rawEnd(s, i)
		case c == '[':
			i = markupEndAt(s, i+1, depth+1) + 1
		case c == ']':
			return i
		case c == '#' && i+1 < len(s) && exprStart(s[i+1]):
			i = exprEndAt(s, i+1, depth+1)
		default:
			i++
		}
	}
	return len(s)
}

// codeEnd returns the index of the byte close (")" or "}") that closes
// the code beginning at s[i], or len(s) when none does; a closing
// bracket of another kind closes it too, as a slip in the page would.
func codeEnd(s string, i int, close byte) int { return codeEndAt(s, i, close, 0) }

func codeEndAt(s string, i int, close byte, depth int) int {
	if depth > maxDepth {
		return len(s)
	}
	for i < len(s) {
		switch s[i] {
		case ')', '}', ']':
			return i
		}
		i = codeStep(s, i, depth+1)
	}
	return len(s)
}

// codeStep returns the index after the piece of code that begins at
// s[i]: a string, raw text, or what a bracket opens to the bracket that
// closes it (code in "(…)" and "{…}", markup in "[…]"), nested depth
// deep; after s[i] alone for any other byte. Past the page's end where
// a bracket is never closed.
func codeStep(s string, i, depth int) int {
	switch s[i] {
	case '"':
		return stringEnd(s, i)
	case '`':
		return rawEnd(s, i)
	case '(':
		return codeEndAt(s, i+1, ')', depth) + 1
	case '{':
		return codeEndAt(s, i+1, '}', depth) + 1
	case '[':
		return markupEndAt(s, i+1, depth) + 1
	}
	return i + 1
}

// exprStart reports whether byte c after a "#" in markup starts an
// expression: a name, a parenthesized expression or a code block.
func exprStart(c byte) bool {
	return identStart(c) || c == '(' || c == '{'
}

// identStart and identByte tell the bytes of a Typst name: a letter or
// "_" first, then letters, digits, "_" and "-".
func identStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func identByte(c byte) bool {
	return identStart(c) || c >= '0' && c <= '9' || c == '-'
}

// exprEnd returns the index after the expression embedded in markup
// that begins at s[i] (after its "#"): a name, a field of it
// ("table.header"), and the arguments and content blocks of its calls
// right after it ("link(<x>)[text]"); a parenthesized expression or a
// code block.
func exprEnd(s string, i int) int { return exprEndAt(s, i, 0) }

func exprEndAt(s string, i, depth int) int {
	if i < len(s) && (s[i] == '(' || s[i] == '{') {
		close := byte(')')
		if s[i] == '{' {
			close = '}'
		}
		return min(codeEndAt(s, i+1, close, depth+1)+1, len(s))
	}
	name := func() {
		for i < len(s) && identByte(s[i]) {
			i++
		}
		// A name's "-" before no name's byte ends it: "#x-" is x then text.
		for s[i-1] == '-' {
			i--
		}
	}
	if i >= len(s) || !identStart(s[i]) {
		return i
	}
	name()
	for i < len(s) {
		switch {
		case s[i] == '.' && i+1 < len(s) && identStart(s[i+1]):
			i++
			name()
		case s[i] == '(':
			i = min(codeEndAt(s, i+1, ')', depth+1)+1, len(s))
		case s[i] == '[':
			i = min(markupEndAt(s, i+1, depth+1)+1, len(s))
		default:
			return i
		}
	}
	return i
}

// stringEnd returns the index after the string whose quote is s[i].
func stringEnd(s string, i int) int {
	for i++; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(s)
}

// rawEnd returns the index after the raw text whose first backtick is
// s[i]: a run of one or two backticks, or of three or more, closes at
// the next run of as many; "“" is empty raw text. An unclosed run is
// text.
func rawEnd(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	if n == 2 {
		return i + 2
	}
	for j := i + n; j < len(s); j++ {
		if s[j] != '`' {
			continue
		}
		m := 0
		for j+m < len(s) && s[j+m] == '`' {
			m++
		}
		if m == n {
			return j + m
		}
		j += m - 1
	}
	return i + n
}

// uncommented returns page s with its comments ("// …" to the line's
// end, "/* … */") blanked, their line breaks kept, so that every byte
// stays at its offset: outside raw text and strings, and a "//" after a
// ":" (a URL's, "https://…") no comment.
func uncommented(s string) string {
	var b []byte
	blank := func(from, to int) {
		if b == nil {
			b = []byte(s)
		}
		for k := from; k < to; k++ {
			if b[k] != '\n' {
				b[k] = ' '
			}
		}
	}
	inString := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inString:
			if c == '\\' {
				i++
			} else if c == '"' {
				inString = false
			}
		case c == '\\':
			i++
		case c == '`':
			i = rawEnd(s, i) - 1
		case c == '"' && codeQuote(s, i):
			inString = true
		case c == '/' && i+1 < len(s) && s[i+1] == '/' && (i == 0 || s[i-1] != ':'):
			end := i
			for end < len(s) && s[end] != '\n' {
				end++
			}
			blank(i, end)
			i = end - 1
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := len(s)
			if k := strings.Index(s[i+2:], "*/"); k >= 0 {
				end = i + 2 + k + 2
			}
			blank(i, end)
			i = end - 1
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// codeQuote reports whether the quote at s[i] opens a string: it
// follows, past spaces, a "(", a "," or a ":" of a call's arguments, or
// a "#" or "=" of code, where markup's quotes never stand.
func codeQuote(s string, i int) bool {
	j := i - 1
	for j >= 0 && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n') {
		j--
	}
	return j >= 0 && (s[j] == '(' || s[j] == ',' || s[j] == ':' || s[j] == '=' || s[j] == '#')
}
