package golang

import (
	"strings"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"
)

// commentWidth is how many characters of text a comment line holds at
// most, after its "// ". A word longer than that gets a line of its own.
const commentWidth = 76

// Doc adds text to g as a comment, one line comment per line, wrapped at
// commentWidth. Blank lines in text separate paragraphs; other line breaks
// and runs of spaces fold into one space, so that page text never turns
// into a preformatted block in go doc.
func Doc(g *jen.Group, text string) {
	for _, line := range wrap(text) {
		if line == "" {
			g.Comment("//")
			continue
		}
		// A leading "//" makes jennifer write the line as it is, so that
		// page text starting with "/*" cannot open a block comment.
		g.Comment("// " + line)
	}
}

// wrap splits text into comment lines: its paragraphs, each wrapped at
// commentWidth, with an empty line between two paragraphs.
func wrap(text string) []string {
	var lines []string
	for _, para := range paragraphs(text) {
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		var line strings.Builder
		n := 0 // characters in line
		for _, w := range strings.Fields(para) {
			wn := utf8.RuneCountInString(w)
			if n > 0 && n+1+wn > commentWidth {
				lines = append(lines, line.String())
				line.Reset()
				n = 0
			}
			if n > 0 {
				line.WriteByte(' ')
				n++
			}
			line.WriteString(w)
			n += wn
		}
		lines = append(lines, line.String())
	}
	return lines
}

// paragraphs splits text at blank lines and drops the empty paragraphs.
func paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// Sentence returns s with a final period, unless it already ends with
// punctuation, so that descriptions read as sentences after a lead-in.
func Sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?:)") {
		return s
	}
	return s + "."
}

// Indefinite returns phrase after the indefinite article its first word
// takes by its first letters: "an info", "an OPTIONS", "a login", and "a
// user", whose u sounds as in "use".
func Indefinite(phrase string) string {
	w := strings.ToLower(phrase)
	for _, p := range []string{"uni", "usa", "use", "usu", "uti"} {
		if strings.HasPrefix(w, p) {
			return "a " + phrase
		}
	}
	if w != "" && strings.ContainsRune("aeiou", rune(w[0])) {
		return "an " + phrase
	}
	return "a " + phrase
}
