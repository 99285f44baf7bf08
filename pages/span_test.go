package pages

import "testing"

// TestSpansText renders lines of HTML's and wiki markup's monospace spans.
func TestSpansText(t *testing.T) {
	prose := func(s string) Span { return Span{Text: s} }
	code := func(s string) Span { return Span{Text: s, Code: true} }
	for _, tc := range []struct {
		spans []Span
		want  string
	}{
		{[]Span{prose("Inspect "), code("invalidMembers"), prose(", then "), code("retry"), prose(".")}, "Inspect `invalidMembers`, then `retry`."},
		{[]Span{prose("A list of InvalidMember"), code("[]"), prose(" items.")}, "A list of InvalidMember[] items."},
		{[]Span{prose("Returns "), code("GachaResult"), prose("[] or none")}, "Returns GachaResult[] or none"},
		// An empty span, as an HTML <code></code> leaves, is not the
		// text after a span.
		{[]Span{prose("see "), code("Type"), code(""), prose("[]")}, "see Type[]"},
		{[]Span{prose("use "), code(" code  span "), prose(" here")}, "use `code span` here"},
		// A span glued to a word keeps its own spaces.
		{[]Span{prose("Type"), code("Name "), prose("x")}, "TypeName x"},
		{[]Span{prose(" "), code("string"), prose("  ")}, "string"},
		{[]Span{code("a  b")}, "a b"},
		{[]Span{prose("no code\there")}, "no code here"},
		{nil, ""},
	} {
		if got := SpansText(tc.spans); got != tc.want {
			t.Errorf("SpansText(%+v) = %q, want %q", tc.spans, got, tc.want)
		}
	}
}

// TestSpanLine writes a line in pieces: prose runs on across pieces, a
// code span amid it keeps its backticks, the line is that of the first
// text, and a line of nothing is "" at 0.
func TestSpanLine(t *testing.T) {
	var l SpanLine
	l.Add(" ", false, 3)
	l.Add("inspect", false, 4)
	l.Add(" ", false, 4)
	l.Add("invalidMembers", true, 5)
	l.Add(" now", false, 5)
	if text, line := l.Text(); text != "inspect `invalidMembers` now" || line != 4 {
		t.Errorf("got %q at %d, want %q at 4", text, line, "inspect `invalidMembers` now")
	}
	var empty SpanLine
	if text, line := empty.Text(); text != "" || line != 0 {
		t.Errorf("an empty line: got %q at %d", text, line)
	}
}
