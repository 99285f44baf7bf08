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
			out[i+1] = Unligated(strings.Map(func(r rune) rune {
				if r == BreakHyphen {
					return r
				}
				return cleanRune(r)
			}, l))
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

// HyphenReading tells how JoinHyphen read the hyphen that ends a line of
// a cell or of a text, before the line that goes on with its word.
type HyphenReading int

const (
	// WrapHyphen: the page writes the word without the hyphen elsewhere;
	// the hyphen is the wrap's, dropped.
	WrapHyphen HyphenReading = iota
	// OwnHyphen: the page writes the word with the hyphen elsewhere; the
	// hyphen is the word's, kept.
	OwnHyphen
	// GuessedHyphen: the page writes the word neither way; the hyphen is
	// read as the wrap's, dropped, a guess for the caller to warn of or
	// to refuse.
	GuessedHyphen
)

// JoinHyphen joins a text that ends with a word hyphenated at its line's
// end ("festivals are list-", "Authoriza-") and the text of its next line
// ("ed. (2 - 8", "tion"), as a typesetter (groff, which sets its own
// hyphens and the text's alike on a page that prints both as "-") or a
// narrow column breaks a word. The hyphen is the wrap's, dropped
// ("listed"), where the page writes the joined word elsewhere (lines, in
// any case where the word is in lower case: a sentence's word stands
// capitalised at a sentence's start, "Character level"); the word's,
// kept ("Secret-Key"), where it writes the word with the hyphen
// elsewhere; else it is dropped, and the reading is a guess.
func JoinHyphen(lines []string, before, after string) (string, HyphenReading) {
	stem := strings.TrimSuffix(before, "-")
	word, kept := HyphenWords(before, after)
	switch {
	case OnPage(lines, word):
		return stem + after, WrapHyphen
	case OnPage(lines, kept):
		return before + after, OwnHyphen
	case word != "" && word == strings.ToLower(word) && OnPageFolded(lines, word):
		return stem + after, WrapHyphen
	}
	return stem + after, GuessedHyphen
}

// HyphenWords are the two words a text that ends with a word hyphenated
// at its line's end and the text of its next line may join into: without
// the hyphen ("Authorization", "GoalReward" of "List<GoalRe-" over
// "ward>") and with it ("Secret-Key"), without the punctuation around
// them.
func HyphenWords(before, after string) (word, kept string) {
	stem := strings.TrimSuffix(before, "-")
	head := stem[len(strings.TrimRightFunc(stem, inWord)):]
	rest := strings.TrimLeftFunc(after, inWord)
	rest = strings.TrimRight(after[:len(after)-len(rest)], "-")
	return strings.Trim(head+rest, "-"), strings.Trim(head+"-"+rest, "-")
}

// OnPage reports whether the page writes a word, not inside a longer
// one.
func OnPage(lines []string, word string) bool {
	return onPageAs(lines, word, func(l string) string { return l })
}

// OnPageFolded reports whether the page writes a word in lower case, in
// any case, not inside a longer one.
func OnPageFolded(lines []string, word string) bool {
	return onPageAs(lines, word, strings.ToLower)
}

// onPageAs reports whether a page's lines, each made as form makes it,
// hold a word not inside a longer one.
func onPageAs(lines []string, word string, form func(string) string) bool {
	if word == "" {
		return false
	}
	for _, l := range lines {
		l = form(l)
		for from := 0; ; {
			k := strings.Index(l[from:], word)
			if k < 0 {
				break
			}
			k += from
			b, _ := utf8.DecodeLastRuneInString(l[:k])
			a, _ := utf8.DecodeRuneInString(l[k+len(word):])
			if (k == 0 || !inWord(b)) && (k+len(word) == len(l) || !inWord(a)) {
				return true
			}
			from = k + len(word)
		}
	}
	return false
}

// inWord reports whether a rune may stand inside a word of the page
// (a name, a type: "GenericModels.Stall[]", "Secret-Key").
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-'
}
