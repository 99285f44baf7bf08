package pages

import (
	"strings"
	"unicode"
)

// The characters a page's encoding lacks: a tool that writes a page in a
// legacy 8-bit encoding (unrtf --text, a Windows program's "Save as text"
// in "ANSI") writes "?" for each character the encoding has none for. The
// zero-width space a docs site sets at the end of every heading (its
// permalink's text, or the heading's own last character) so becomes a "?"
// that closes the heading: "ReturnCode ?", "Overview?". Such a "?" is
// read as the character it stands for, which Clean drops, where the page
// shows the substitution: its bytes are 8-bit, or several of its title
// lines end so. A "?" that may be text stays: one in a line of a sentence
// or of a table, or closing a question ("How do I log in?").

// minLostMarks is the fewest title lines closed by a "?" that show, on a
// page whose bytes are UTF-8 or ASCII, that the tool which wrote it
// replaced a character with "?": a page's headings, not a question or two.
const minLostMarks = 3

// dropLostMarks reads the "?" closing each title line (lostMarkTitle) as
// the character the page's encoding lacks, and drops it, where the page
// shows the substitution: eightBit (its bytes were read as a legacy
// encoding), or minLostMarks such lines; with a warning naming the lines.
func (t *Text) dropLostMarks(name string, rep *Reporter, eightBit bool) {
	var at []int
	for i, l := range t.Lines {
		if lostMarkTitle(l) {
			at = append(at, i)
		}
	}
	if len(at) == 0 || !eightBit && len(at) < minLostMarks {
		return
	}
	lines := make([]int, len(at))
	for k, i := range at {
		l := strings.TrimRight(t.Lines[i], " ")
		t.Lines[i] = strings.TrimRight(l[:len(l)-1], " ")
		lines[k] = t.line(i)
	}
	evidence := "the page's bytes are 8-bit"
	if !eightBit {
		evidence = "so many of its titles end so"
	}
	rep.Warn(At(name, lines[0]), "read the \"?\" that closes lines %s as a character the page's encoding lacks, which the tool that wrote the page (unrtf --text, a Windows program's \"Save as text\" in ANSI) replaced with \"?\", as %s: the zero-width space a docs site sets at a heading's end, dropped; convert the page to UTF-8 text instead to keep every character", LineRanges(lines), evidence)
}

// lostMarkTitle reports whether a line is a title closed by a "?" that
// may stand for a lost character: a few words ending in a lone "?"
// ("ReturnCode ?") or one set against the last word ("Request Body?"),
// with no other "?", no tab or cell bar of a table's row, no sentence's
// punctuation, and no question's first word.
func lostMarkTitle(l string) bool {
	l = strings.TrimRight(l, " ")
	if !strings.HasSuffix(l, "?") || strings.ContainsAny(l, "\t|") || strings.Count(l, "?") > 1 {
		return false
	}
	title := strings.TrimRight(l[:len(l)-1], " ")
	words := strings.Fields(strings.TrimLeft(title, "#=*- "))
	if len(words) == 0 || len(words) > maxTitleWords || sentence(title) {
		return false
	}
	return !interrogatives[strings.ToLower(strings.TrimFunc(words[0], func(r rune) bool {
		return !unicode.IsLetter(r)
	}))]
}

// sentence reports whether a title holds a sentence's punctuation: a
// comma, semicolon or colon, or a full stop, before a space or at its
// end (a dot between names, GenericModels.LockedItem, is none).
func sentence(title string) bool {
	return strings.ContainsAny(title, ",;:!") || strings.Contains(title, ". ") || strings.HasSuffix(title, ".")
}

// interrogatives are the words an English question begins with: a title
// that begins with one and ends in "?" is a question.
var interrogatives = map[string]bool{
	"how": true, "what": true, "why": true, "when": true, "where": true, "which": true, "who": true, "whom": true, "whose": true,
	"can": true, "could": true, "do": true, "does": true, "did": true, "is": true, "are": true, "was": true, "were": true,
	"should": true, "shall": true, "will": true, "would": true, "may": true, "might": true, "must": true, "have": true, "has": true,
}

// unrtf --text writes a character of RTF's \uN that its 8-bit output
// lacks as the low byte of its code point: the dashes and quotes of
// General Punctuation (U+2010 to U+2015: "‐", "–", "—"; U+2018 to
// U+201E: "‘", "’", "“", "”") become control characters 0x10 to 0x15 and
// 0x18 to 0x1E, which no text holds ("\x1capplication/json\x1d", "the
// player\x19s message"). Such a byte is read as the punctuation it is the
// low byte of, which Clean makes ASCII, with a warning, on a page that
// holds no other control character: a binary file holds NUL and the
// rest, an Info file its node separator 0x1F, and ESC (0x1B) writes a
// terminal's colours.

// lowPunctuation returns text with each control character unrtf writes
// for a dash or a quote (isLowPunctuation) read as that character, the
// number of them, the first one and the 1-based line it stands on; text
// as it is where it holds another control character (but a tab, a line
// end or a form feed).
func lowPunctuation(text string) (out string, n int, first byte, line int) {
	i := indexLowPunctuation(text)
	if i < 0 || strings.ContainsFunc(text, func(r rune) bool {
		return r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && !isLowPunctuation(r)
	}) {
		return text, 0, 0, 0
	}
	first, line = text[i], 1+strings.Count(unbroken(text[:i]), "\n")
	out = strings.Map(func(r rune) rune {
		if isLowPunctuation(r) {
			n++
			return 0x2000 + r
		}
		return r
	}, text)
	return out, n, first, line
}

// indexLowPunctuation returns the index of the first control character
// of text that isLowPunctuation, or -1, as strings.IndexFunc does, byte
// by byte: such a character is a byte of ASCII, which no rune of more
// bytes holds. It runs on the whole text of every page.
func indexLowPunctuation(text string) int {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c < 0x20 && isLowPunctuation(rune(c)) {
			return i
		}
	}
	return -1
}

// isLowPunctuation reports whether r is a control character that unrtf
// writes for a dash (0x10 to 0x15) or a quote (0x18 to 0x1E, ESC aside)
// of General Punctuation.
func isLowPunctuation(r rune) bool {
	return r >= 0x10 && r <= 0x15 || r >= 0x18 && r <= 0x1e && r != 0x1b
}
