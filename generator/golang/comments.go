package golang

import (
	"bytes"
	"strings"

	"github.com/dave/jennifer/jen"
)

// Doc adds text to g as a comment, a line comment per paragraph, with
// an empty one between two. Blank lines in text separate paragraphs; other
// line breaks and runs of spaces fold into one space, so that page text
// never turns into a preformatted block in go doc. A paragraph is not
// wrapped: the page's text is as long as it is, and every line costs the
// compiler of a large API.
func Doc(g *jen.Group, text string) {
	docLines(g, commentLines(text))
}

// docLines adds lines, which commentLines made, to g as line comments.
func docLines(g *jen.Group, lines []string) {
	for _, line := range lines {
		if line == "" {
			g.Comment("//")
			continue
		}
		// A leading "//" makes jennifer write the line as it is, so that
		// page text starting with "/*" cannot open a block comment.
		g.Comment("// " + line)
	}
}

// WriteDoc writes text to b as Doc adds it to a file, unindented: for a
// file written as text.
func WriteDoc(b *bytes.Buffer, text string) {
	writeCommentLines(b, "", commentLines(text))
}

// writeCommentLines writes lines, which commentLines made, to b as line
// comments after indent.
func writeCommentLines(b *bytes.Buffer, indent string, lines []string) {
	for _, line := range lines {
		if line == "" {
			b.WriteString(indent + "//\n")
			continue
		}
		b.WriteString(indent + "// " + line + "\n")
	}
}

// commentLines splits text into comment lines: its paragraphs, each on
// one line, with an empty line between two paragraphs.
func commentLines(text string) []string {
	if plainLine(text) {
		return []string{text}
	}
	var lines []string
	for _, para := range paragraphs(text) {
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, strings.Join(strings.Fields(para), " "))
	}
	return lines
}

// plainLine reports whether text is one comment line as it is: not empty,
// of ASCII with no control character or run of spaces, and no space at
// either end. Most descriptions are, and telling it is quicker than
// splitting them.
func plainLine(text string) bool {
	if text == "" || text[0] == ' ' || text[len(text)-1] == ' ' {
		return false
	}
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c < ' ', c >= 0x7f:
			return false
		case c == ' ' && text[i+1] == ' ':
			return false
		}
	}
	return true
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
