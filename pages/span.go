package pages

import (
	"strings"
	"unicode"
)

// A Span is a run of a line's text as a page shows it: the text of a
// monospace element (an HTML <code>, wiki markup's {{…}}) or other text.
type Span struct {
	Text string
	Code bool
}

// SpansText renders a line's spans as text, single-spaced, as a Markdown
// page writes it: a monospace span amid prose keeps the backticks of a
// code span ("inspect `invalidMembers`"), unless its text runs into a
// word before or after it ("InvalidMember[]", "GachaResult{{[]}}"); a
// line of code alone is plain. Every style that reads monospace elements
// renders them so.
func SpansText(spans []Span) string {
	if len(spans) == 1 {
		return SingleSpaced(spans[0].Text) // prose, or a line of code alone
	}
	prose := false
	for _, s := range spans {
		prose = prose || !s.Code && strings.TrimSpace(s.Text) != ""
	}
	var b strings.Builder
	for i, s := range spans {
		text := ""
		if s.Code && prose {
			text = SingleSpaced(s.Text)
		}
		if text == "" {
			b.WriteString(s.Text)
			continue
		}
		before, after := b.String(), ""
		for _, next := range spans[i+1:] {
			if after = next.Text; after != "" {
				break
			}
		}
		if before != "" && gluedToCode(before[len(before)-1]) || after != "" && gluedToCode(after[0]) {
			b.WriteString(s.Text)
			continue
		}
		if strings.TrimLeftFunc(s.Text, unicode.IsSpace) != s.Text {
			b.WriteByte(' ')
		}
		b.WriteString("`" + text + "`")
		if strings.TrimRightFunc(s.Text, unicode.IsSpace) != s.Text {
			b.WriteByte(' ')
		}
	}
	return SingleSpaced(b.String())
}

// gluedToCode reports whether b, next to a monospace span, makes one word
// of the span and the text it stands against: an identifier's byte or a
// bracket.
func gluedToCode(b byte) bool { return IsIdentByte(b) || b == '[' || b == ']' }
