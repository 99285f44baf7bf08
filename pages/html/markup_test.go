package html

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTextMarkup checks that a heading or a fence of a text style after
// a blank line marks a page as that style's, unless it stands in an
// element whose text is raw, whose tags are matched in any case, as
// strings.ToLower lowers them.
func TestTextMarkup(t *testing.T) {
	for _, c := range []struct {
		name string
		page string
		want bool
	}{
		{"heading", "<div>\n\n## Request Body\n</div>", true},
		{"fence", "<div>\n\n```go\n```\n</div>", true},
		{"no blank before", "<div>\n## Request Body\n</div>", false},
		{"in pre", "<pre>\n\n# install\n</pre>", false},
		{"in PRE", "<PRE class=\"sh\">\n\n# install\n</PRE>", false},
		{"after pre", "<pre>x</pre>\n\n# title", true},
		{"pre closed later on the line", "<p>a</p><pre>\n\n# install\n</pre>\n\n# title", true},
		{"prefix is no pre", "<prefix>\n\n# title", true},
		{"script with text on its line", "<script>var a = 1;\n\n# not markup\n</script>", false},
		{"last start tag decides", "<pre>a</pre> <pre>\n\n# install\n</pre>", false},
		{"two elements, the last open", "<style>x</style><textarea>\n\n# typed\n</textarea>", false},
		{"korean text", "<p>요청 본문</p><pre>\n\n# 설치\n</pre>", false},
		{"capital I with dot lowers to i", "<scrİpt>\n\n# not markup\n</scrİpt>", false},
		{"end tag in other case", "<textarea>\n\n# typed\n</TEXTAREA>\n\n# title", true},
	} {
		if got := textMarkup(strings.Split(c.page, "\n")); got != c.want {
			t.Errorf("%s: textMarkup = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestLowersToTagBytes checks what mayOpenRaw rests on: no character
// but "<" lowers to "<", nor any but "/" to "/".
func TestLowersToTagBytes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); (l == '<' || l == '/') && l != r {
			t.Fatalf("%U lowers to %q", r, l)
		}
	}
}

// TestMayOpenRaw checks that a line that holds a start tag of a raw
// element, in any case, once lowered, is never ruled out.
func TestMayOpenRaw(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"<td>a</td>", false},
		{"<p>a</p>", false},
		{"<pre>", true},
		{"<PrE class=x>", true},
		{"a<b>c</b><script>", true},
		{"<scrİpt>", true},
		{"<textare", false},
		{"<prefix>", true},
		{"<", false},
	} {
		if got := mayOpenRaw(c.line); got != c.want {
			t.Errorf("mayOpenRaw(%q) = %v, want %v", c.line, got, c.want)
		}
		if got := rawOpened(appendLower(nil, c.line)); got != nil && !mayOpenRaw(c.line) {
			t.Errorf("mayOpenRaw(%q) rules out a line that opens %s", c.line, got)
		}
	}
}

// TestHTMLTablesInPlace checks what htmlTables rests on, matching its
// tags in place rather than in the lowered line: no character past ASCII
// lowers to a byte of "<table" or "<tr", and the tags match in any case.
func TestHTMLTablesInPlace(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && strings.ContainsRune("<table<tr", l) {
			t.Fatalf("%U lowers to %q", r, l)
		}
	}
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"<TABLE>", "<Tr><td>a</td></tR>"}, true},
		{[]string{"<table><tr>"}, true},
		{[]string{"<table>", "<td>a</td>"}, false},
		{[]string{"< table>", "<tr>"}, false},
		{[]string{"<tr>"}, false},
		{[]string{"<tablİ>", "<tr>"}, false},
	} {
		if got := htmlTables(c.lines); got != c.want {
			t.Errorf("htmlTables(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}
