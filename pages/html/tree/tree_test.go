package tree

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"golang.org/x/net/html"
)

// TestParse parses every page of testdata in an HTML style or with HTML
// in it, and every input of the fuzz corpora, as html.Parse does.
// One Builder builds every tree, each in the nodes of the trees before.
func TestParse(t *testing.T) {
	b := new(Builder)
	for _, s := range seeds(t) {
		if msg := differ(b, s.data, 1); msg != "" {
			t.Errorf("%s: %s", s.name, msg)
		}
	}
}

// FuzzParse parses any page as html.Parse does.
func FuzzParse(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s.data, 1)
	}
	f.Fuzz(func(t *testing.T, data []byte, first int) {
		first = 1 + min(max(first, 0), 1<<20)
		if msg := differ(new(Builder), data, first); msg != "" {
			t.Error(msg)
		}
	})
}

type seed struct {
	name string
	data []byte
}

// seeds are the pages of the repository's testdata that hold a tag, and
// the inputs of the fuzz corpora of the page styles.
func seeds(tb testing.TB) []seed {
	tb.Helper()
	var all []seed
	err := filepath.WalkDir("../../../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(path) {
		case ".html", ".htm", ".md", ".txt":
		default:
			return nil
		}
		data, err := os.ReadFile(path)
		if err == nil && bytes.IndexByte(data, '<') >= 0 {
			all = append(all, seed{path, data})
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	corpora, err := filepath.Glob("../../*/testdata/fuzz/*/*")
	if err != nil || len(corpora) == 0 {
		tb.Fatalf("no fuzz corpora: %v", err)
	}
	for _, path := range corpora {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n")[1:] {
			open, close := strings.IndexByte(l, '('), strings.LastIndexByte(l, ')')
			if open < 0 || close < open {
				continue
			}
			if v, err := strconv.Unquote(l[open+1 : close]); err == nil {
				all = append(all, seed{path, []byte(v)})
			}
		}
	}
	return all
}

// differ returns how the tree of src that b parses and its lines differ
// from html.Parse's tree of src with every start tag marked with its line
// (markLines), or "": parsed without the lines of src and with them.
func differ(b *Builder, src []byte, first int) string {
	want, wantErr := html.Parse(bytes.NewReader(markLines(nil, src, first)))
	for _, source := range [][]string{nil, strings.Split(string(src), "\n")} {
		got, lines, gotErr := b.Parse(src, source, first)
		if (wantErr != nil) != (gotErr != nil) {
			return fmt.Sprintf("html.Parse: %v, Parse: %v", wantErr, gotErr)
		}
		if wantErr != nil {
			return ""
		}
		if msg := sameTree(want, got, lines); msg != "" {
			return fmt.Sprintf("with lines %t: %s", source != nil, msg)
		}
	}
	return ""
}

// sameTree compares the tree want, marked, with got and its lines.
func sameTree(want, got *Node, lines Lines) string {
	if want.Type != got.Type || want.DataAtom != got.DataAtom || want.Data != got.Data || want.Namespace != got.Namespace {
		return fmt.Sprintf("node %s, want %s", describe(got), describe(want))
	}
	var attr []Attribute
	wantLine, marked := 0, false
	for _, a := range want.Attr {
		if a.Namespace == "" && a.Key == "xmp" && !marked {
			l, err := strconv.Atoi(a.Val)
			if err == nil {
				wantLine, marked = l, true
				continue
			}
		}
		attr = append(attr, a)
	}
	if fmt.Sprint(attr) != fmt.Sprint(got.Attr) {
		return fmt.Sprintf("%s: attributes %v, want %v", describe(got), got.Attr, attr)
	}
	if l, ok := lines[got]; l != wantLine || ok != marked {
		return fmt.Sprintf("%s: line %d (%t), want %d (%t)", describe(got), l, ok, wantLine, marked)
	}
	w, g := want.FirstChild, got.FirstChild
	for ; w != nil && g != nil; w, g = w.NextSibling, g.NextSibling {
		if msg := sameTree(w, g, lines); msg != "" {
			return msg
		}
	}
	if w != nil || g != nil {
		return fmt.Sprintf("%s: children differ", describe(got))
	}
	return ""
}

func describe(n *Node) string {
	return fmt.Sprintf("%d %q (%s)", n.Type, n.Data, n.Namespace)
}

// markLines appends to b the text src, which begins at the page's line
// first, with an attribute xmp added to every start tag, holding the line
// where the element's content begins: the line where the tag ends, or the
// next one for <pre>, <listing> and <textarea> when HTML drops the
// newline that follows them. It is how the lines were read before
// Parse: what Parse must agree with.
func markLines(b, src []byte, first int) []byte {
	z := html.NewTokenizer(bytes.NewReader(src))
	line := first
	var pre []byte // a <pre> tag waiting for what follows it
	preLine := 0
	writeTag := func(raw []byte, contentLine int) {
		n := tagNameEnd(raw)
		b = append(b, raw[:n]...)
		b = append(b, ` xmp="`...)
		b = strconv.AppendInt(b, int64(contentLine), 10)
		b = append(b, '"')
		b = append(b, raw[n:]...)
	}
	for {
		tt := z.Next()
		raw := z.Raw()
		if pre != nil {
			if tt == html.TextToken && len(raw) > 0 && raw[0] == '\n' {
				preLine++
			}
			writeTag(pre, preLine)
			pre = nil
		}
		if tt == html.ErrorToken {
			return append(b, raw...)
		}
		end := line + bytes.Count(raw, []byte{'\n'})
		switch {
		case tt == html.StartTagToken && isPreTag(raw):
			pre, preLine = bytes.Clone(raw), end
		case tt == html.StartTagToken || tt == html.SelfClosingTagToken:
			writeTag(raw, end)
		default:
			b = append(b, raw...)
		}
		line = end
	}
}

func isPreTag(raw []byte) bool {
	n := tagNameEnd(raw)
	name := strings.ToLower(string(raw[1:n]))
	return name == "pre" || name == "listing" || name == "textarea"
}

func tagNameEnd(raw []byte) int {
	for n := 1; n < len(raw); n++ {
		switch raw[n] {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			return n
		}
	}
	return len(raw)
}

// TestSpaces reads texts of whitespace alone once per Builder, as the
// same string, up to maxSpaces of them and as long as maxSpaceLen; any
// other text is read as it is.
func TestSpaces(t *testing.T) {
	for _, c := range []struct {
		text  string
		blank bool
	}{
		{"\n  ", true},
		{" \t\f\r\n", true},
		{strings.Repeat(" ", maxSpaceLen), true},
		{strings.Repeat(" ", maxSpaceLen+1), false},
		{"", false},
		{" a ", false},
		{"\u00a0", false},
	} {
		if got := blank([]byte(c.text)); got != c.blank {
			t.Errorf("blank(%q) = %v, want %v", c.text, got, c.blank)
		}
	}
	b := new(Builder)
	first, again := b.spaced([]byte("\n  ")), b.spaced([]byte("\n  "))
	if first != "\n  " || unsafe.StringData(first) != unsafe.StringData(again) {
		t.Errorf("spaced read %q twice as two strings", first)
	}
	for i := range maxSpaces + 10 {
		b.spaced([]byte(strings.Repeat(" ", i%maxSpaceLen) + strings.Repeat("\t", i/maxSpaceLen)))
	}
	if len(b.spaces) > maxSpaces {
		t.Errorf("the Builder keeps %d texts of whitespace, more than %d", len(b.spaces), maxSpaces)
	}
}

// TestLineText reads a text of one line written as it is read as a part
// of its line's string, and any other text as a copy of what it reads.
func TestLineText(t *testing.T) {
	lines := []string{"<p>one line</p><p>a &amp; b</p>", "<p>two", "lines</p><pre>", "kept</pre><p>last</p>"}
	root, _, err := new(Builder).Parse([]byte(strings.Join(lines, "\n")), lines, 3)
	if err != nil {
		t.Fatal(err)
	}
	shares := map[string]int{"one line": 0, "last": 3}
	var texts []string
	for n := range root.Descendants() {
		if n.Type != TextNode {
			continue
		}
		texts = append(texts, n.Data)
		line, ok := shares[n.Data]
		at := strings.Index(lines[max(line, 0)], n.Data)
		if same := ok && unsafe.StringData(n.Data) == unsafe.StringData(lines[line][at:]); same != ok {
			t.Errorf("text %q a part of its line: %t, want %t", n.Data, same, ok)
		}
	}
	if want := []string{"one line", "a & b", "\n", "two\nlines", "kept", "last"}; !slices.Equal(texts, want) {
		t.Errorf("texts %q, want %q", texts, want)
	}
}

// TestWrittenAttrs reads a start tag's attributes from its text as the
// tokenizer's TagAttr reads them, or leaves them to TagAttr.
func TestWrittenAttrs(t *testing.T) {
	many := "<p"
	for i := range maxWrittenAttrs + 1 {
		many += fmt.Sprintf(" a%d=%d", i, i)
	}
	for _, c := range []struct {
		tag     string
		written bool
	}{
		{"<p>", true},
		{"<p class=x>", true},
		{"<P CLASS='X' Class=y id = \"a>b\" hidden>", true},
		{"<a =b>", true},
		{"<a b=c/>", true},
		{"<a/b/c>", true},
		{"<a b=\"c\"d=e>", true},
		{"<a b= >", true},
		{"<a b=>", true},
		{"<a\nb\t=\fc\n>", true},
		{"<a b='it''s'>", true},
		{"<td colspan=2 rowspan=\"3\" data-x=1 />", true},
		{many + ">", false},
		{"<a href=\"?a=1&amp;b=2\">", false},
		{"<a b=\"c\r\nd\">", false},
		{"<a b=\"c\x00\">", false},
	} {
		z := html.NewTokenizer(strings.NewReader(c.tag))
		z.Next()
		var want []Attribute
		for {
			key, val, more := z.TagAttr()
			if key == nil {
				break
			}
			want = append(want, Attribute{Key: string(key), Val: string(val)})
			if !more {
				break
			}
		}
		got, _, written := writtenAttrs([]byte(c.tag), nil, nil, new(Builder))
		if written != c.written || written && !slices.Equal(got, want) || !written && len(got) > 0 {
			t.Errorf("%q: %v (written %t), want %v (written %t)", c.tag, got, written, want, c.written)
		}
	}
}
