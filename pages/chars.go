package pages

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The characters of a page: its lines made clean, and the classes of
// characters every style and reader splits text by.

// Lines splits a page into lines, accepting CRLF (and CRCRLF) and a missing final
// newline, decoding a page that is not UTF-8 (Decode), and making its spaces plain (Clean).
func Lines(data []byte) []string {
	text, _ := Decode(data)
	return split(text)
}

// split splits a page's text into lines made clean, without the
// overstrikes of a terminal's bold and underline (Overstruck) and the
// escapes of a terminal's colours, styles, hyperlinks and the controls
// that write nothing (TerminalText).
func split(text string) []string {
	return strings.Split(Clean(unbroken(text)), "\n")
}

// unbroken is a page's text without the overstrikes of a terminal's bold
// and underline (Overstruck) and the escapes a terminal reads as nothing
// (TerminalText), its line ends "\n".
func unbroken(text string) string {
	s := strings.ReplaceAll(Overstruck(TerminalText(text)), "\r\r\n", "\n") // CRLF made CRCRLF by a second conversion
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// Overstruck returns a text without the overstrikes that nroff and man
// write for a terminal's bold ("N\bNa\bam\bme\be") and underline
// ("_\bx"), where a page was saved without col -b or man's own pipe: at
// each overstrike (overstrikeAt, as terminalEscapes counts them) a
// character and the backspace after it go, the one struck over them
// stays. A backspace that strikes nothing over goes alone.
func Overstruck(text string) string {
	if !strings.Contains(text, "\b") {
		return text
	}
	out := make([]rune, 0, len(text))
	for i, r := range text {
		switch {
		case r != '\b':
			out = append(out, r)
		case overstrikeAt(text, i):
			out = out[:len(out)-1]
		}
	}
	return string(out)
}

// TerminalText returns a text as a terminal shows it: without the escapes a terminal reads as
// writing nothing (escapeLength), which a tool printing for
// a terminal writes: the escapes that set its colours and styles (SGR:
// ESC [ parameters m, around a heading's or a link's text and a code
// block's lines: pandoc's ansi writer, glamour, rich, cli-table3 around
// a table's borders), those of its hyperlinks (OSC 8: ESC ] 8 ; params ;
// URI, ended by BEL or ESC \, before the link's text, and the same with
// no URI after it: glamour, rich, mdcat, ls --hyperlink), and the
// controls that write nothing (an erase to the line's end, a mode's set,
// a window's title, the ASCII character set chosen). The text stays, in
// the display columns the terminal shows it at; the escapes take none.
// Another escape (a cursor's move), and one not ended on its line, stays
// as it is, for terminalEscapes to refuse.
func TerminalText(text string) string {
	return withoutEscapes(text, "\x1b", func(rest string) int {
		if n, known := escapeLength(rest); known {
			return n
		}
		return -1
	})
}

// withoutEscapes returns text without each escape that starts with intro
// and that end measures: end is given the text after intro and returns
// the length of the escape's rest, or -1 where the escape is not one to
// drop, which then stays as it is.
func withoutEscapes(text, intro string, end func(rest string) int) string {
	if !strings.Contains(text, intro) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for {
		i := strings.Index(text, intro)
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		b.WriteString(text[:i])
		rest := text[i+len(intro):]
		n := end(rest)
		if n < 0 {
			b.WriteString(intro)
			text = rest
			continue
		}
		text = rest[n:]
	}
}

// oscEnd returns where the string terminator of an operating system
// command ends s, the command's rest: the position of a BEL or of ESC \
// on its line, and the terminator's length; -1 where s has none.
func oscEnd(s string) (int, int) {
	for k := 0; k < len(s); k++ {
		switch {
		case s[k] == '\a':
			return k, 1
		case s[k] == '\x1b' && k+1 < len(s) && s[k+1] == '\\':
			return k, 2
		case s[k] == '\n':
			return -1, 0
		}
	}
	return -1, 0
}

// Clean makes the spaces and the punctuation of a text plain: a
// non-breaking, thin or other space separator is a space, an invisible
// format character (a zero-width space or joiner, a soft hyphen, a byte
// order mark) is dropped, a full-width form of an ASCII character (what
// an East Asian input method types: "1\uff5e200", "\uff08\uff09") is that
// character, and a wave dash or a range dash (hyphen, figure dash, en
// dash, minus sign) is its ASCII "~" or "-", so that
// "(6\u00a0-\u00a064\u00a0characters)" and "(1\u301c200)" read as bounds and
// "LeaderboardItem\u200b" as a heading. An em dash, which prose writes
// between clauses, stays. The curly quotes an editor or an office suite
// types for straight ones (\u201c\u201d, \u2018\u2019) are the straight
// ones, so that a quoted literal (\u201capplication/json\u201d) reads as the
// page's author typed it. A ligature of Latin letters (\ufb01, \ufb02,
// \ufb00), which a PDF's text extraction writes where the font set one
// glyph for two letters ("identi\ufb01er"), is its letters (Unligated).
func Clean(s string) string {
	if IsASCII(s) {
		return s
	}
	return Unligated(strings.Map(cleanRune, s))
}

// ligatures makes each ligature of Latin letters in Unicode's
// Alphabetic Presentation Forms (U+FB00 to U+FB06) the letters it
// stands for, as its compatibility decomposition writes them.
var ligatures = strings.NewReplacer(
	"\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi",
	"\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st",
)

// ligatureLead is the UTF-8 of U+FB00 to U+FB3F without its last byte,
// which every ligature of Latin letters begins with.
const ligatureLead = "\xef\xac"

// Unligated returns a text with each ligature of Latin letters (U+FB00
// to U+FB06) written as its letters: a PDF's text extraction (PyMuPDF,
// pdftotext) writes the glyph a font sets for "fi", "fl" or "ff" as the
// ligature's character, which no name or word of a page is spelled with.
func Unligated(s string) string {
	if !strings.Contains(s, ligatureLead) {
		return s
	}
	return ligatures.Replace(s)
}

// BoxHorizontals are the box-drawing characters a terminal writer draws
// a dashed table's rules with where pandoc's plain text writes dashes
// (pandoc's ansi writer: "───── ─────"), light, heavy, double or dashed:
// a rule of them is a rule of dashes, one display column a character.
const BoxHorizontals = "─━═┄┅┈┉╌╍"

// boxDashes writes each of BoxHorizontals as a dash.
var boxDashes = func() *strings.Replacer {
	var pairs []string
	for _, r := range BoxHorizontals {
		pairs = append(pairs, string(r), "-")
	}
	return strings.NewReplacer(pairs...)
}()

// AsDashes returns a line with each box-drawing horizontal
// (BoxHorizontals) a dash, in the display column it takes: a rule of
// them read as the rule of dashes it stands for.
func AsDashes(l string) string {
	if IsASCII(l) {
		return l
	}
	return boxDashes.Replace(l)
}

// boxFirst reports whether a line begins with a box-drawing horizontal
// (BoxHorizontals): the start of a rule drawn with them.
func boxFirst(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return r >= 0x2500 && strings.ContainsRune(BoxHorizontals, r)
}

// cleanRune is the character Clean makes r, -1 for none.
func cleanRune(r rune) rune {
	switch {
	case r == ' ' || r < utf8.RuneSelf:
		return r
	case unicode.Is(unicode.Zs, r) || r == '\u2028' || r == '\u2029':
		return ' '
	case unicode.Is(unicode.Cf, r):
		return -1
	case r >= '\uff01' && r <= '\uff5e':
		return r - '\uff01' + '!'
	case r == '\u301c' || r == '\u2053':
		return '~'
	case r >= '\u2010' && r <= '\u2013' || r == '\u2212' || r == '\ufe63':
		return '-'
	case r >= '\u201c' && r <= '\u201f':
		return '"'
	case r >= '\u2018' && r <= '\u201b':
		return '\''
	}
	return r
}

// Words splits text into lower-case words, breaking camel case and
// dropping a plural s, for comparing a type name with prose. A word is a
// run of text's letters and digits, cut before a capital that follows a
// lower-case letter or precedes one; one already in lower case is text's
// own bytes, not a copy.
func Words(text string) []string {
	var out []string
	start := -1 // where the word being read begins; -1 between words
	var last rune
	flush := func(end int) {
		if start >= 0 {
			w := strings.ToLower(text[start:end])
			if len(w) > 3 {
				w = strings.TrimSuffix(w, "s")
			}
			out = append(out, w)
			start = -1
		}
	}
	for i, r := range text {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush(i)
		case unicode.IsUpper(r) && start >= 0 && (unicode.IsLower(last) || nextIsLower(text[i+utf8.RuneLen(r):])):
			flush(i)
			start = i
		case start < 0:
			start = i
		}
		last = r
	}
	flush(len(text))
	return out
}

// nextIsLower reports whether s begins with a lower-case letter.
func nextIsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// SharedWords returns how many of the words of text, as Words splits
// them, are words of other too. It reads ASCII text without allocating:
// it runs for every cut of a row's unknown type names, with the code
// before it as other.
func SharedWords(text, other string) int {
	n := 0
	if !IsASCII(text) || !IsASCII(other) {
		set := map[string]bool{}
		for _, w := range Words(other) {
			set[w] = true
		}
		for _, w := range Words(text) {
			if set[w] {
				n++
			}
		}
		return n
	}
	asciiWords(text, func(w string) {
		shared := false
		asciiWords(other, func(o string) { shared = shared || sameWord(w, o) })
		if shared {
			n++
		}
	})
	return n
}

// AppendASCIIWords appends to dst the words of the ASCII text as Words
// returns them but for their case: cut from text where Words splits it,
// in the case text writes them, without the final s Words drops from a
// word of more than three letters. A word w is Words' x where
// IsLowerOf(w, x).
func AppendASCIIWords(dst []string, text string) []string {
	asciiWords(text, func(w string) { dst = append(dst, w[:stemLen(w)]) })
	return dst
}

// IsLowerOf reports whether the ASCII word w, lower-cased, is x.
func IsLowerOf(w, x string) bool {
	if len(w) != len(x) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerASCII(w[i]) != x[i] {
			return false
		}
	}
	return true
}

// asciiWords calls f with each word of the ASCII text s, where Words
// splits it, in the case s writes it.
func asciiWords(s string, f func(string)) {
	cur := -1 // where the current word starts
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case !IsASCIILetter(c) && (c < '0' || c > '9'):
			if cur >= 0 {
				f(s[cur:i])
			}
			cur = -1
		case c >= 'A' && c <= 'Z' && cur >= 0 && (isASCIILower(s[i-1]) || i+1 < len(s) && isASCIILower(s[i+1])):
			f(s[cur:i])
			cur = i
		case cur < 0:
			cur = i
		}
	}
	if cur >= 0 {
		f(s[cur:])
	}
}

// sameWord reports whether two ASCII words are one once Words has
// normalized them: lower-cased, and a word of more than three letters
// without its final s.
func sameWord(a, b string) bool {
	a, b = a[:stemLen(a)], b[:stemLen(b)]
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

func stemLen(w string) int {
	if len(w) > 3 && lowerASCII(w[len(w)-1]) == 's' {
		return len(w) - 1
	}
	return len(w)
}

// LookupLower returns m's entry for s in lower case, as
// m[strings.ToLower(s)] does, without lower-casing s into a new string
// when it is ASCII and short: a cell or a line looked up in a vocabulary
// of words, which most are not in.
func LookupLower[V any](m map[string]V, s string) (V, bool) {
	if len(s) > maxLookupLower || !IsASCII(s) {
		v, ok := m[strings.ToLower(s)]
		return v, ok
	}
	var buf [maxLookupLower]byte
	for i := 0; i < len(s); i++ {
		buf[i] = lowerASCII(s[i])
	}
	v, ok := m[string(buf[:len(s)])]
	return v, ok
}

// maxLookupLower bounds the text LookupLower lower-cases in place.
const maxLookupLower = 64

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// SingleSpaced returns s with its words separated by one space, as
// strings.Join(strings.Fields(s), " ") does; cells and lines read are
// mostly so already, and are returned without allocating.
func SingleSpaced(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r',
			c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// IsASCII reports whether s is ASCII. It runs on most lines and cells
// of a page: eight bytes are tested at a time, read as one word, whose
// bytes are all ASCII where none has its top bit set.
func IsASCII(s string) bool {
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }

// MaxWordLen bounds the words and names a row is split into: codes, type
// names, header and member names, listed values. A run of letters longer
// than that is no word, and the bound keeps the ways to split a row few.
const MaxWordLen = 128

// IsIdentByte reports whether b may be part of an identifier.
func IsIdentByte(b byte) bool {
	return b == '_' || b == '$' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// IsNameCell reports whether a cell reads as a member's or a header's
// name: an identifier, with dots, dashes and brackets ("Content-Type",
// "items[].id").
func IsNameCell(c string) bool {
	for i, r := range c {
		switch {
		case unicode.IsLetter(r), r == '_', r == '$':
		case i > 0 && (unicode.IsDigit(r) || strings.ContainsRune(".-[]", r)):
		default:
			return false
		}
	}
	return c != ""
}

// IsHeaderNameByte reports whether b may be part of an HTTP header name:
// a token character of RFC 9110.
func IsHeaderNameByte(b byte) bool {
	return IsIdentByte(b) || strings.IndexByte("!#%&'*+-.^`|~", b) >= 0
}

// IsHeaderName reports whether s is an HTTP header name: a token of RFC
// 9110. Every protocol's reader and every style checks a header name
// with it.
func IsHeaderName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !IsHeaderNameByte(s[i]) {
			return false
		}
	}
	return true
}

// Clip shortens a quoted text for a message.
func Clip(s string) string {
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}

// IsASCIILetter reports whether b is a letter of ASCII.
func IsASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// IsRegexpSpace reports whether b is a space as a regexp's \s is: a
// space, a tab, a newline, a form feed or a carriage return.
func IsRegexpSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// referenceRe is a well-formed character reference: a name, or a decimal
// or hexadecimal number, ended by its semicolon.
var referenceRe = regexp.MustCompile(`&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});`)

// Referencing is a style whose markup has character references of its
// own (HTML), which it decodes as it reads.
type Referencing interface {
	Style
	DecodesReferences()
}

// Unescape decodes the character references a scrape left in a page of
// a text style, copying the page's source rather than its rendered text
// ("List&lt;Reward&gt;", "&quot;application/json&quot;", "&nbsp;",
// "&#8203;"), as a converter that decodes none of them leaves them (npm
// himalaya's tree, printed by a script), in its text, its tables and its
// code blocks alike, and makes the decoded spaces plain (Clean). The
// rule: a reference is decoded when it is well formed and known, a named
// reference of the HTML5 set or a numeric one, with its semicolon; an "&"
// that begins no such reference ("R&D", "&unknown;", "&lt" without its
// semicolon) is text and stays. Each reference is decoded once:
// "&amp;lt;" reads "&lt;". A page of a Referencing style is left as it
// is, and so are the lines of an HTML table on lines of their own (from
// a line that begins with its <table> tag to the one that closes it),
// whose references are its own for the HTML reading to decode
// (embedTables): "List&lt;String&gt;" in a cell is no tag. It warns
// once, at the first line it decodes, of how many lines it decoded, as
// Relink does; page and at (Source.At) locate the warning.
func Unescape(st Style, lines []string, page string, at []int, rep *Reporter) []string {
	if _, ok := st.(Referencing); ok {
		return lines
	}
	return rewriteLines(lines, page, at, rep, func(l string) (string, int) {
		d := DecodeReferences(l)
		if d == l {
			return l, 0
		}
		return d, 1
	}, "line %d writes characters as HTML character references, %q, as a page's HTML source holds them and its converter left them: read the references of the %d lines of the page that hold them as their characters, %q")
}

// DecodeReferences is a line with its character references decoded, as
// Unescape decodes them, for a Referencing style that decodes them
// itself where its markup has none of its own.
func DecodeReferences(line string) string {
	if !strings.Contains(line, "&") || !referenceRe.MatchString(line) {
		return line
	}
	return Clean(referenceRe.ReplaceAllStringFunc(line, html.UnescapeString))
}

// RuneWidth is the display columns a rune takes: two for an East Asian
// wide or full-width one, none for a combining mark.
func RuneWidth(r rune) int {
	switch {
	case r < 0x1100:
		if unicode.Is(unicode.Mn, r) {
			return 0
		}
		return 1
	case r <= 0x115f, r >= 0x2e80 && r <= 0xa4cf && r != 0x303f, r >= 0xac00 && r <= 0xd7a3,
		r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f, r >= 0xff00 && r <= 0xff60,
		r >= 0xffe0 && r <= 0xffe6, r >= 0x1f300 && r <= 0x1f64f, r >= 0x1f900 && r <= 0x1f9ff,
		r >= 0x20000 && r <= 0x3fffd:
		return 2
	case unicode.Is(unicode.Mn, r):
		return 0
	}
	return 1
}
