package pages

import (
	"slices"
	"strings"
	"testing"
)

// TestStripLineNumbers takes the gutter of line numbers a tool printed
// before a code block's lines off (cli-html's right-aligned numbers, bat's
// bar, cat -n's tab, a numbered excerpt from line 12), joins a code line
// it wrapped behind a continuation mark onto its line, and reads a block
// of one line numbered 1 so only where another block proves the gutter in
// the same form; each with a warning at the block. A numbered list of
// prose, a table counting its rows, numbers that do not count up by one,
// or a lone number without a proven gutter stay as written.
func TestStripLineNumbers(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
		warns int
	}{
		{"cli-html's request and its one-line endpoint block", []string{
			"[  ]http", "", " 1 POST /api/rJson/a/client/b", "", "### Example", "",
			" 1 POST /api/rJson/a/client/b HTTP/1.1", " 2 Auth-Token: x", " 3 ", " 4 {", ` 5   "a": 1,`, ` 6   "b": [1, 2,`, ` ↳ 3]`, " 7 }", "", "Next"},
			[]string{"[  ]http", "", "POST /api/rJson/a/client/b", "", "### Example", "",
				"POST /api/rJson/a/client/b HTTP/1.1", "Auth-Token: x", "", "{", `  "a": 1,`, `  "b": [1, 2, 3]`, "}", "", "Next"}, 2},
		{"ten lines and more, right-aligned", []string{
			" 1 {", ` 2   "a": 1,`, ` 3   "b": 2,`, ` 4   "c": 3,`, ` 5   "d": 4,`, ` 6   "e": 5,`, ` 7   "f": 6,`, ` 8   "g": 7,`, ` 9   "h": 8,`, `10   "i": 9`, "11 }"},
			[]string{"{", `  "a": 1,`, `  "b": 2,`, `  "c": 3,`, `  "d": 4,`, `  "e": 5,`, `  "f": 6,`, `  "g": 7,`, `  "h": 8,`, `  "i": 9`, "}"}, 1},
		{"bat's bar", []string{"   1 │ GET /v1/items HTTP/1.1", "   2 │ Host: example.com"},
			[]string{"GET /v1/items HTTP/1.1", "Host: example.com"}, 1},
		{"cat -n's tab", []string{"     1\t{", "     2\t  \"a\": 1", "     3\t}"},
			[]string{"{", `  "a": 1`, "}"}, 1},
		{"an excerpt from line 12", []string{"12 {", `13   "a": 1`, "14 }"}, []string{"{", `  "a": 1`, "}"}, 1},
		{"a numbered list of prose", []string{"1. Create a key.", "2. Call GET /v1/items."}, nil, 0},
		{"a table of codes", []string{"1   Ok", "2   Failed", "3   Denied"}, nil, 0},
		{"numbers that do not count up", []string{"1 {", `3   "a": 1`, "4 }"}, nil, 0},
		{"a lone number, no gutter proven", []string{"Call it:", "", " 1 POST /api/rJson/a/client/b", ""}, nil, 0},
		{"a lone number in another form", []string{" 1 POST /api/rJson/a/client/b", "", "1 {", `2   "a": 1`, "3 }"},
			[]string{" 1 POST /api/rJson/a/client/b", "", "{", `  "a": 1`, "}"}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := c.want
			if want == nil {
				want = c.lines
			}
			text := &Text{Lines: slices.Clone(c.lines)}
			rep := &Reporter{}
			text.stripLineNumbers("p.txt", rep)
			if !slices.Equal(text.Lines, want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(text.Lines, "\n"), strings.Join(want, "\n"))
			}
			if len(rep.warns) != c.warns {
				t.Errorf("%d warnings, want %d: %v", len(rep.warns), c.warns, rep.warns)
			}
		})
	}
}

// TestStripLineNumbersKeepsLines keeps each line of a numbered block at
// its page line once a continuation line is joined: the lines after it
// stand at theirs.
func TestStripLineNumbersKeepsLines(t *testing.T) {
	text := &Text{Lines: []string{"1 {", `2   "a": [1,`, "↳ 2],", `3   "b": 1`, "4 }", "after"}}
	text.stripLineNumbers("p.txt", &Reporter{})
	if want := []int{1, 2, 4, 5, 6}; !slices.Equal(text.At, want) {
		t.Errorf("lines at %v, want %v", text.At, want)
	}
	if text.Lines[1] != `  "a": [1, 2],` {
		t.Errorf("joined line %q", text.Lines[1])
	}
}

// FuzzStripLineNumbers reads any page's lines without a panic, each line
// left at its page line, in order, and each line the page line or its
// end (its code without the gutter), lines joined to it aside.
func FuzzStripLineNumbers(f *testing.F) {
	f.Add(" 1 POST /api/a/b\n\n  1 {\n  2   \"a\": [1,\n  ↳ 2]\n  3 }")
	f.Add("   1 │ GET /a HTTP/1.1\n   2 │ Host: h\n\n     1\t{\n     2\t}")
	f.Add("9 {\n10 \"a\": 1\n11 }\n1. Create\n2. Call")
	f.Fuzz(func(t *testing.T, page string) {
		text := &Text{Lines: strings.Split(page, "\n")}
		lines := slices.Clone(text.Lines)
		text.stripLineNumbers("f.txt", &Reporter{})
		for i, l := range text.Lines {
			at := text.line(i)
			if at < 1 || at > len(lines) || i > 0 && text.line(i-1) >= at {
				t.Fatalf("line %d %q read at page line %d", i, l, at)
			}
			next := len(lines) + 1
			if i+1 < len(text.Lines) {
				next = text.line(i + 1)
			}
			if !readFrom(l, lines[at-1], next > at+1) {
				t.Fatalf("line %d %q is not page line %d %q", i, l, at, lines[at-1])
			}
		}
	})
}

// readFrom reports whether a line read is the page line it stands at or
// its end, the lines after it joined to it where joined.
func readFrom(read, page string, joined bool) bool {
	if read == page {
		return true
	}
	page = strings.TrimRight(page, " \t")
	if strings.HasSuffix(page, read) {
		return true
	}
	for k := 0; joined && k < len(read); k++ {
		if read[k] == ' ' && strings.HasSuffix(page, read[:k]) {
			return true
		}
	}
	return false
}
