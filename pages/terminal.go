package pages

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page a tool printing for a terminal wrote to a file holds the
// terminal's escapes: colours and styles (SGR, ESC [ ... m), hyperlinks
// (OSC 8), overstrikes (nroff's "N\bN", "_\bx"), and the controls that
// write nothing on the screen (an erase to the line's end, ESC [ K; a
// mode set or reset, ESC [ ? 25 l; a window's title, OSC 0; the ASCII
// character set chosen, ESC ( B; the keypad's mode, ESC = and ESC >).
// Each is read as nothing, the text it marks as it stands (split): a
// colour is no evidence of anything. A page that holds them is warned of
// once, at the first line that holds one (terminalEscapes). An escape
// that is none of them (a cursor's move, an erase of the text before it,
// an ESC that starts no sequence a terminal knows) moves or hides text
// the file writes elsewhere: what the terminal showed cannot be read
// from the file, and its line is refused.

// escapeScan is what terminalEscapes finds in a page's text.
type escapeScan struct {
	n     int   // the escapes and overstrikes read as nothing
	first int   // the index of the first of them in the text; -1 for none
	bad   []int // the index of each escape of another kind, one a line
}

// scanEscapes finds the terminal escapes and overstrikes in a page's
// text (see above).
func scanEscapes(text string) escapeScan {
	s := escapeScan{first: -1}
	badLine := -1
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\b':
			if overstrikeAt(text, i) {
				s.add(i)
			}
		case '\x1b':
			n, known := escapeLength(text[i+1:])
			if known {
				s.add(i)
			} else if line := strings.Count(text[:i], "\n"); line != badLine {
				s.bad, badLine = append(s.bad, i), line
			}
			i += n
		}
	}
	return s
}

// overstrikeAt reports whether the backspace at index i of text strikes
// the character after it over the one before it, as nroff writes a
// terminal's bold ("N\bN") and underline ("_\bx"): both printable. A
// backspace at a line's start or the text's ends, or next to a control
// byte (a BEL of binary junk), strikes nothing over.
func overstrikeAt(text string, i int) bool {
	before, n := utf8.DecodeLastRuneInString(text[:i])
	after, m := utf8.DecodeRuneInString(text[i+1:])
	return n > 0 && m > 0 && unicode.IsPrint(before) && unicode.IsPrint(after)
}

// add counts an escape read as nothing at index i.
func (s *escapeScan) add(i int) {
	if s.first < 0 {
		s.first = i
	}
	s.n++
}

// escapeLength measures the escape that follows an ESC (rest, the text
// after it): its length, and whether it is one read as nothing (see
// above). A control sequence's parameters are bytes 0x30 to 0x3F, its
// intermediates 0x20 to 0x2F, its final byte 0x40 to 0x7E (ECMA-48); an
// operating system command ends on its line with BEL or ESC \.
func escapeLength(rest string) (int, bool) {
	if rest == "" {
		return 0, false
	}
	switch rest[0] {
	case '[':
		k := 1
		for k < len(rest) && rest[k] >= 0x30 && rest[k] <= 0x3f {
			k++
		}
		params := rest[1:k]
		for k < len(rest) && rest[k] >= 0x20 && rest[k] <= 0x2f {
			k++
		}
		if k == len(rest) || rest[k] < 0x40 || rest[k] > 0x7e {
			return k, false
		}
		switch rest[k] {
		case 'm':
			return k + 1, true
		case 'K':
			return k + 1, params == "" || params == "0"
		case 'h', 'l':
			return k + 1, k == 1+len(params)
		}
		return k + 1, false
	case ']':
		end, st := oscEnd(rest[1:])
		if end < 0 {
			return 0, false
		}
		return 1 + end + st, true
	case '(', ')':
		return 2, len(rest) > 1 && rest[1] == 'B'
	case '=', '>':
		return 1, true
	}
	return 0, false
}

// terminalEscapes warns, at the first line of the page name's text that
// holds one, of the terminal escapes and overstrikes the text holds,
// which its reading reads as nothing (split), and refuses each line that
// holds an escape of another kind (see above).
func terminalEscapes(name, text string, rep *Reporter) {
	if !strings.ContainsAny(text, "\x1b\b") {
		return
	}
	s := scanEscapes(text)
	lineOf := func(i int) int { return 1 + strings.Count(unbroken(text[:i]), "\n") }
	if s.first >= 0 {
		line := lineOf(s.first)
		rep.Warn(At(name, line), "line %d holds a terminal's escapes (%q), as a tool printing for a terminal (a colour's, a hyperlink's, an overstrike's) writes them to a file: read the page's %d escapes as nothing, the text they mark as it stands, their colours and styles as no evidence of anything; print the page again without them (NO_COLOR=1, or through col -b) to be rid of this warning", line, Clip(escapeAt(text, s.first)), s.n)
	}
	for _, i := range s.bad {
		line := lineOf(i)
		rep.Fail(At(name, line), "line %d holds a terminal escape that writes no text and is no colour, style or hyperlink (%q): a cursor's move, an erase or a sequence no terminal knows, which moves or hides what the file writes, so what a terminal showed there cannot be read from the file; print the page again without escapes (NO_COLOR=1, TERM=dumb) or write the line as the terminal shows it", line, Clip(escapeAt(text, i)))
	}
}

// escapeAt is the escape or overstrike at index i of text, as a message
// quotes it: up to its end, or a few bytes where it has none.
func escapeAt(text string, i int) string {
	if text[i] == '\b' {
		return text[max(0, i-1):min(len(text), i+2)]
	}
	n, _ := escapeLength(text[i+1:])
	return text[i : i+1+max(n, min(len(text)-i-1, 3))]
}
