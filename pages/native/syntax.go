package native

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// kind is the kind of a value of the show syntax.
type kind int

const (
	// constructor is a constructor with its arguments ("Str \"a\"",
	// "Space", "Header 2 (…) […]"), or a lower-case name ("fromList").
	constructor kind = iota
	// list is "[ a , b ]".
	list
	// tuple is "( a , b )", of two values or more, or none ("()").
	tuple
	// record is a constructor's fields "{ unMeta = … }", pandoc 3's
	// Meta written by -s.
	record
	// str is a string literal, its escapes decoded.
	str
	// number is an integer or a fraction ("1", "0.5", "-1").
	number
)

// value is a value of the show syntax: a constructor and its arguments,
// a list, a tuple, a record, a string or a number, at the page line
// where it begins.
type value struct {
	kind kind
	// text is a constructor's name, a string's characters, a number as
	// written.
	text string
	// args are a constructor's arguments, a list's items, a tuple's
	// values, a record's field values.
	args []*value
	line int
}

// is reports whether a value is the constructor name.
func (v *value) is(name string) bool { return v != nil && v.kind == constructor && v.text == name }

// arg returns a constructor's argument i of kind k, or nil when it has
// none so.
func (v *value) arg(i int, k kind) *value {
	if v == nil || i >= len(v.args) || v.args[i].kind != k {
		return nil
	}
	return v.args[i]
}

// syntaxError is a page that is no value of the show syntax, at the
// page line where it goes wrong.
type syntaxError struct {
	line int
	msg  string
}

func (e *syntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// token is a token of the show syntax: a name, a string, a number or a
// punctuation mark ("[", "]", "(", ")", "{", "}", ",", "="), at its page
// line.
type token struct {
	kind  kind // constructor for a name, str, number; punct otherwise
	punct byte
	text  string
	line  int
}

// punct is the kind of a punctuation token.
const punct kind = -1

// maxDepth bounds the nesting of values: pandoc's AST of a page nests a
// few dozen deep.
const maxDepth = 500

// tokens splits the lines of a page into tokens, lineOf giving the page
// line of the line of index i. A string's text is made plain
// (pages.Clean: a no-break space a space, a zero-width space none), as
// every style reads the characters a page shows. On an error it
// returns the tokens before it with the error.
func tokens(lines []string, lineOf func(i int) int) ([]token, error) {
	var out []token
	for i, l := range lines {
		at := lineOf(i)
		for j := 0; j < len(l); {
			c := l[j]
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f':
				j++
			case strings.IndexByte("[](){},=", c) >= 0:
				out = append(out, token{kind: punct, punct: c, line: at})
				j++
			case c == '"':
				s, n, err := stringLiteral(l[j:])
				if err != nil {
					return out, &syntaxError{at, err.Error()}
				}
				out = append(out, token{kind: str, text: pages.Clean(s), line: at})
				j += n
			case c == '-' || '0' <= c && c <= '9':
				n := numberLen(l[j:])
				if n == 0 {
					return out, &syntaxError{at, fmt.Sprintf("%q begins no number", clip(l[j:]))}
				}
				out = append(out, token{kind: number, text: l[j : j+n], line: at})
				j += n
			case isNameStart(c):
				n := 1
				for j+n < len(l) && isNameByte(l[j+n]) {
					n++
				}
				out = append(out, token{kind: constructor, text: l[j : j+n], line: at})
				j += n
			default:
				return out, &syntaxError{at, fmt.Sprintf("%q is no token of pandoc's native format", clip(l[j:]))}
			}
		}
	}
	return out, nil
}

// clip is the start of a rest of a line, for a message.
func clip(s string) string {
	if len(s) > 20 {
		s = s[:20]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

// isNameStart reports whether b begins a name; isNameByte whether it
// goes on one (Haskell's names hold primes: "Meta'").
func isNameStart(b byte) bool { return 'A' <= b && b <= 'Z' || 'a' <= b && b <= 'z' || b == '_' }
func isNameByte(b byte) bool  { return isNameStart(b) || '0' <= b && b <= '9' || b == '\'' }

// numberLen is the length of the number s begins with: an optional
// minus, digits, an optional fraction and exponent; 0 when it begins
// none.
func numberLen(s string) int {
	n := 0
	if n < len(s) && s[n] == '-' {
		n++
	}
	digits := func() int {
		k := 0
		for n < len(s) && '0' <= s[n] && s[n] <= '9' {
			n++
			k++
		}
		return k
	}
	if digits() == 0 {
		return 0
	}
	if n+1 < len(s) && s[n] == '.' && '0' <= s[n+1] && s[n+1] <= '9' {
		n++
		digits()
	}
	if n < len(s) && (s[n] == 'e' || s[n] == 'E') {
		k := n
		n++
		if n < len(s) && (s[n] == '-' || s[n] == '+') {
			n++
		}
		if digits() == 0 {
			n = k
		}
	}
	return n
}

// asciiNames are the names of the ASCII control characters as Haskell
// escapes them ("\NUL", "\ESC", "\DEL"), longest first where one begins
// another ("\SOH" before "\SO").
var asciiNames = []string{"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
	"DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US", "SP", "DEL"}

// asciiCode is the character of an ASCII control character's name.
func asciiCode(name string) rune {
	switch name {
	case "SP":
		return ' '
	case "DEL":
		return 0x7f
	}
	for i, n := range asciiNames {
		if n == name {
			return rune(i)
		}
	}
	return -1
}

// stringLiteral decodes the Haskell string literal s begins with, and
// returns its characters and its length: escapes "\n", "\"", "\\",
// decimal ("\8203"), hexadecimal ("\x200b"), octal ("\o17"), control
// ("\^A") and named ("\ESC") characters, the empty escape "\&" that
// ends a number before a digit ("\160\&0.82") and a gap of white space
// between two backslashes.
func stringLiteral(s string) (string, int, error) {
	var b strings.Builder
	for i := 1; i < len(s); {
		c := s[i]
		switch c {
		case '"':
			return b.String(), i + 1, nil
		case '\\':
		default:
			b.WriteByte(c)
			i++
			continue
		}
		i++
		if i >= len(s) {
			break
		}
		e := s[i]
		switch {
		case strings.IndexByte(charEscapes, e) >= 0:
			if e != '&' {
				b.WriteByte(charEscaped[strings.IndexByte(charEscapes, e)])
			}
			i++
		case '0' <= e && e <= '9', e == 'x', e == 'o':
			base, from := 10, i
			switch e {
			case 'x':
				base, from = 16, from+1
			case 'o':
				base, from = 8, from+1
			}
			to := from
			for to < len(s) && digitIn(s[to], base) {
				to++
			}
			n, err := strconv.ParseUint(s[from:to], base, 32)
			if err != nil || n > utf8.MaxRune {
				return "", 0, fmt.Errorf("the escape %q is no character", clip(s[i-1:]))
			}
			b.WriteRune(rune(n))
			i = to
		case e == '^' && i+1 < len(s) && '@' <= s[i+1] && s[i+1] <= '_':
			b.WriteByte(s[i+1] - '@')
			i += 2
		case e == ' ' || e == '\t':
			end := strings.IndexByte(s[i:], '\\')
			if end < 0 || strings.TrimSpace(s[i:i+end]) != "" {
				return "", 0, fmt.Errorf("a gap in a string %q is not closed", clip(s[i-1:]))
			}
			i += end + 1
		default:
			name := ""
			for _, n := range asciiNames {
				if strings.HasPrefix(s[i:], n) {
					name = n
					break
				}
			}
			if name == "" {
				return "", 0, fmt.Errorf("%q is no escape of a string", clip(s[i-1:]))
			}
			b.WriteRune(asciiCode(name))
			i += len(name)
		}
	}
	return "", 0, fmt.Errorf("the string %q is not closed on its line", clip(s))
}

// charEscapes are the escapes of one character after the backslash
// ("\n"), each standing for the byte of charEscaped at its index; "\&"
// stands for none.
const (
	charEscapes = "abfnrtv\\\"'&"
	charEscaped = "\a\b\f\n\r\t\v\\\"'"
)

// digitIn reports whether b is a digit in base 8, 10 or 16.
func digitIn(b byte, base int) bool {
	switch {
	case '0' <= b && b <= '7':
		return true
	case b == '8' || b == '9':
		return base >= 10
	case 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F':
		return base == 16
	}
	return false
}

// parser reads a value from tokens.
type parser struct {
	toks  []token
	i     int
	depth int
	last  int // the page line of the last token, for an error at the end
}

// parse reads the one value a page's tokens hold: a list of blocks as
// "pandoc -t native" writes it, or a whole document ("Pandoc Meta …
// [ … ]", as -s writes it).
func parse(toks []token, lastLine int) (*value, error) {
	p := &parser{toks: toks, last: lastLine}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) {
		t := p.toks[p.i]
		return nil, &syntaxError{t.line, "the page goes on after its AST ends (" + describe(t) + ")"}
	}
	return v, nil
}

// describe names a token for a message.
func describe(t token) string {
	switch t.kind {
	case punct:
		return fmt.Sprintf("%q", string(t.punct))
	case str:
		return fmt.Sprintf("the string %q", clip(t.text))
	}
	return fmt.Sprintf("%q", t.text)
}

// peek is the next token, or nil at the end.
func (p *parser) peek() *token {
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return nil
}

// startsAtom reports whether a token begins a value that stands alone as
// an argument.
func startsAtom(t *token) bool {
	return t != nil && (t.kind != punct || t.punct == '[' || t.punct == '(' || t.punct == '{')
}

// value reads a value: a constructor applied to its arguments, or an
// atom.
func (p *parser) value() (*value, error) {
	t := p.peek()
	if t == nil || t.kind != constructor {
		return p.atom()
	}
	v := &value{kind: constructor, text: t.text, line: t.line}
	p.i++
	for startsAtom(p.peek()) {
		a, err := p.atom()
		if err != nil {
			return nil, err
		}
		v.args = append(v.args, a)
	}
	return v, nil
}

// atom reads a value that stands alone: a name, a string, a number, a
// list, a tuple or a value in parentheses, a record's fields.
func (p *parser) atom() (*value, error) {
	t := p.peek()
	if t == nil {
		return nil, &syntaxError{p.last, "the page ends inside its AST"}
	}
	p.i++
	switch t.kind {
	case constructor, str, number:
		return &value{kind: t.kind, text: t.text, line: t.line}, nil
	}
	var close byte
	var k kind
	switch t.punct {
	case '[':
		close, k = ']', list
	case '(':
		close, k = ')', tuple
	case '{':
		close, k = '}', record
	default:
		return nil, &syntaxError{t.line, describe(*t) + " stands where a value belongs"}
	}
	if p.depth++; p.depth > maxDepth {
		return nil, &syntaxError{t.line, fmt.Sprintf("values nest more than %d deep", maxDepth)}
	}
	defer func() { p.depth-- }()
	v := &value{kind: k, line: t.line}
	for first := true; ; first = false {
		n := p.peek()
		if n != nil && n.kind == punct && n.punct == close {
			p.i++
			break
		}
		if !first {
			if n == nil || n.kind != punct || n.punct != ',' {
				return nil, p.expected(close)
			}
			p.i++
		}
		if v.kind == record {
			if err := p.fieldName(); err != nil {
				return nil, err
			}
		}
		a, err := p.value()
		if err != nil {
			return nil, err
		}
		v.args = append(v.args, a)
	}
	if v.kind == tuple && len(v.args) == 1 {
		return v.args[0], nil
	}
	return v, nil
}

// fieldName reads a record field's "name =".
func (p *parser) fieldName() error {
	n := p.peek()
	if n == nil || n.kind != constructor || p.i+1 >= len(p.toks) || p.toks[p.i+1].kind != punct || p.toks[p.i+1].punct != '=' {
		return p.expected('=')
	}
	p.i += 2
	return nil
}

// expected is the error of a token where a comma or the closing mark
// belongs.
func (p *parser) expected(close byte) error {
	n := p.peek()
	if n == nil {
		return &syntaxError{p.last, "the page ends inside its AST (no " + strconv.Quote(string(close)) + " closes it)"}
	}
	return &syntaxError{n.line, fmt.Sprintf("%s stands where a comma or %q belongs", describe(*n), string(close))}
}
