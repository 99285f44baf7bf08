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

// SpanLine is a line of text as a style writes it in pieces (Add): prose
// and code spans, with the page line of its first text. Prose runs on
// across pieces until a code span, written in one pass however many
// pieces it spans.
type SpanLine struct {
	spans []Span
	prose strings.Builder
	open  bool
	line  int
}

// Add writes t, read at page line at, a code span when code.
func (l *SpanLine) Add(t string, code bool, at int) {
	if l.line == 0 && strings.TrimSpace(t) != "" {
		l.line = at
	}
	if !code {
		l.prose.WriteString(t)
		l.open = true
		return
	}
	l.closeProse()
	l.spans = append(l.spans, Span{Text: t, Code: true})
}

// closeProse ends the span of prose being written, if one is.
func (l *SpanLine) closeProse() {
	if l.open {
		l.spans = append(l.spans, Span{Text: l.prose.String()})
		l.prose.Reset()
		l.open = false
	}
}

// Text is the line written, single-spaced as SpansText renders its spans,
// with the page line of its first text; "" and 0 when nothing was
// written.
func (l *SpanLine) Text() (string, int) {
	l.closeProse()
	if len(l.spans) == 0 {
		return "", 0
	}
	return strings.TrimSpace(SpansText(l.spans)), l.line
}
