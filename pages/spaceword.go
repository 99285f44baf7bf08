package pages

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A print whose font has no glyph for a space may map the space to
// another glyph's text: WeasyPrint, printing a Confluence page whose title
// holds Hangul in a font without it, gave the bold font's space the
// title's word, and pdftotext wrote "Request목욕탕 Headers" for "Request
// Headers". The form tells where a word may stand in place of every space
// of a cell; whether the cell then says what the page means, only the
// protocol's words tell: RestoreSpaces asks the caller's titled.

// A spaceWord is a cell of a line (a run of it apart from the others by
// two spaces or more) whose words a word not of ASCII stands between,
// glued to the word before it, each pair of them: From and To are its
// bytes in the line, Word the word, Spaced the cell with a space in
// place of each.
type spaceWord struct {
	From, To     int
	Word, Spaced string
}

// spaceWords returns the cells of line that a word stands in place of
// every space of (spaceWord): the first run of letters not of ASCII glued
// to the end of a word of ASCII in the cell is the word, and the cell is
// two words of ASCII at least (a letter or a digit in each: a markup's
// marks glued to a word, "===설명 (Description)===", are none), no space
// in one, with that word between each pair of them and nowhere else.
func spaceWords(line string) []spaceWord {
	if IsASCII(line) {
		return nil
	}
	var out []spaceWord
	for _, c := range lineCells(line) {
		cell := line[c[0]:c[1]]
		word := gluedWord(cell)
		if word == "" {
			continue
		}
		parts := strings.Split(cell, word)
		words := make([]string, len(parts))
		ok := true
		for k, p := range parts {
			words[k] = strings.TrimSpace(p)
			if !strings.ContainsFunc(words[k], isASCIIAlnum) || !IsASCII(words[k]) || strings.ContainsAny(words[k], " \t") || strings.HasPrefix(p, "  ") || k < len(parts)-1 && strings.HasSuffix(p, " ") {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, spaceWord{From: c[0], To: c[1], Word: word, Spaced: strings.Join(words, " ")})
		}
	}
	return out
}

// RestoreSpaces puts back the spaces of the cells of a page's text that a
// word stands in place of (spaceWords: "Request목욕탕 Headers", a print's
// font that mapped its space glyph to the page title's word), where the
// cell so spaced is a section title by the protocol's words (titled, nil
// for none) or a column's name (IsHeaderCell), each with a warning; a
// cell that says neither is left as the page has it.
func RestoreSpaces(page string, t *Text, titled func(cell string) bool, rep *Reporter) {
	for i, l := range t.Lines {
		ws := spaceWords(l)
		for k := len(ws) - 1; k >= 0; k-- {
			w := ws[k]
			if (titled == nil || !titled(w.Spaced)) && !IsHeaderCell(w.Spaced) {
				continue
			}
			line := i + 1
			if t.At != nil {
				line = t.At[i]
			}
			rep.Warn(At(page, line), "line %d: %q stands in place of every space of %q, as a print's font that maps its space to a word writes it (the page title's word where the font has no glyph for it): read as %q", line, w.Word, strings.TrimSpace(l[w.From:w.To]), w.Spaced)
			t.Lines[i] = respaced(t.Lines[i], w)
		}
	}
}

// lineCells are the byte ranges of the runs of line apart from each other
// by two spaces or more.
func lineCells(line string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] != ' ' && line[i] != '\t':
			if start < 0 {
				start = i
			}
		case start >= 0 && (line[i] == '\t' || i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t') || i+1 == len(line)):
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(line)})
	}
	return out
}

// gluedWord is the first run of letters not of ASCII in cell right after
// a character of ASCII that is no space; empty when there is none.
func gluedWord(cell string) string {
	for i, r := range cell {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) || i == 0 {
			continue
		}
		if before := cell[i-1]; before >= utf8.RuneSelf || before == ' ' || before == '\t' {
			continue
		}
		end := i
		for end < len(cell) {
			q, n := utf8.DecodeRuneInString(cell[end:])
			if q < utf8.RuneSelf || !unicode.IsLetter(q) {
				break
			}
			end += n
		}
		return cell[i:end]
	}
	return ""
}

// respaced is line with the cell of w spaced (w.Spaced), padded with
// spaces to the cell's width in runes where a cell follows it, so that
// the columns after it stay where the page sets them.
func respaced(line string, w spaceWord) string {
	rest := line[w.To:]
	if strings.TrimSpace(rest) == "" {
		return line[:w.From] + w.Spaced
	}
	pad := utf8.RuneCountInString(line[w.From:w.To]) - utf8.RuneCountInString(w.Spaced)
	return line[:w.From] + w.Spaced + strings.Repeat(" ", max(pad, 0)) + rest
}

// isASCIIAlnum reports whether r is a letter or a digit of ASCII.
func isASCIIAlnum(r rune) bool {
	return r < utf8.RuneSelf && (IsASCIILetter(byte(r)) || r >= '0' && r <= '9')
}
