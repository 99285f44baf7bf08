package pages

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// BreakHyphen is the hyphen a typesetter prints where it breaks a word
// at a line's end: groff, as man prints a page in a UTF-8 locale, sets
// U+2010 HYPHEN there, and prints a hyphen of the text as "-". Clean
// makes both "-".
const BreakHyphen = '\u2010'

// Hyphenated are a page's lines that hold a BreakHyphen at a word's
// end, by page line (from 1), each as Clean makes it but for those
// hyphens, which stay BreakHyphen: where a word a line ends with was
// broken by the typesetter, and where it ends with a hyphen of its own
// ("Secret-" over "Key"). Nil for a page that does not tell them apart.
type Hyphenated map[int]string

// hyphenated returns the Hyphenated lines of a page's lines, before
// Clean. A page tells its breaks from its own hyphens only where it
// prints the two apart: a BreakHyphen at a word's end, never one between
// two letters, and a "-" between two letters ("Content-Type"), as its
// text's own; else it is nil.
func hyphenated(raw []string) Hyphenated {
	var out Hyphenated
	own := false
	for i, l := range raw {
		if !strings.ContainsRune(l, BreakHyphen) {
			own = own || ownHyphen(l)
			continue
		}
		broken := false
		for k, r := range l {
			if r != BreakHyphen {
				continue
			}
			before, _ := utf8.DecodeLastRuneInString(l[:k])
			after, _ := utf8.DecodeRuneInString(l[k+len(string(BreakHyphen)):])
			switch {
			case unicode.IsLetter(before) && unicode.IsLetter(after):
				return nil // a hyphen of the text printed as a break's
			case unicode.IsLetter(before) && (after == utf8.RuneError || unicode.IsSpace(after)):
				broken = true
			}
		}
		own = own || ownHyphen(l)
		if broken {
			if out == nil {
				out = Hyphenated{}
			}
			out[i+1] = strings.Map(func(r rune) rune {
				if r == BreakHyphen {
					return r
				}
				return cleanRune(r)
			}, l)
		}
	}
	if !own {
		return nil
	}
	return out
}

// ownHyphen reports whether a line holds a "-" between two letters.
func ownHyphen(l string) bool {
	for k := strings.IndexByte(l, '-'); k >= 0; {
		before, _ := utf8.DecodeLastRuneInString(l[:k])
		after, _ := utf8.DecodeRuneInString(l[k+1:])
		if unicode.IsLetter(before) && unicode.IsLetter(after) {
			return true
		}
		next := strings.IndexByte(l[k+1:], '-')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

// Marked returns line i of the text as Hyphenated holds it, with its
// breaks' hyphens, where it does and the line is still the page's line
// (no pass joined another to it); else the line as it is.
func (s Source) Marked(i int) string {
	if s.Hyphenated == nil {
		return s.Lines[i]
	}
	n := i + 1
	if s.At != nil {
		n = s.At[i]
	}
	if m, ok := s.Hyphenated[n]; ok && Clean(m) == s.Lines[i] {
		return m
	}
	return s.Lines[i]
}
