package parser

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// The fuzz targets parse one page of any content. Their seeds are the
// sample pages of the style and small variants of them, added here, and
// the corpus Go keeps under testdata/fuzz/<target> in this package
// (parser/testdata/fuzz): hand-made pages and every input that once failed,
// which go test replays.

// FuzzFlattened parses pages seeded with the flattened samples.
func FuzzFlattened(f *testing.F) {
	fuzzPages(f, "fuzz.txt", "../testdata/pages/000_*.txt", "../testdata/pages/002_*.txt")
}

// FuzzMarkdown parses pages seeded with the Markdown samples.
func FuzzMarkdown(f *testing.F) {
	fuzzPages(f, "fuzz.md", "../testdata/pages/001_*.txt", "../testdata/pages/003_*.txt", "../testdata/parse/cut-table-markdown/*.md")
}

// FuzzPipes parses pages seeded with the pipe-separated samples.
func FuzzPipes(f *testing.F) {
	fuzzPages(f, "fuzz.txt", "../testdata/pages/004_*.txt")
}

// FuzzCellPerLine parses pages seeded with the pages copied one cell per
// line.
func FuzzCellPerLine(f *testing.F) {
	fuzzPages(f, "fuzz.txt", "../testdata/facts/k04_*/*.txt", "../testdata/facts/k14_*/*.txt", "../testdata/facts/k15_*/*.txt")
}

// FuzzHTML parses pages seeded with the HTML samples.
func FuzzHTML(f *testing.F) {
	fuzzPages(f, "fuzz.html", "../testdata/html/*.html", "../testdata/parse/cut-table-html/*.html")
}

func fuzzPages(f *testing.F, name string, globs ...string) {
	for _, g := range globs {
		paths, err := filepath.Glob(g)
		if err != nil || len(paths) == 0 {
			f.Fatalf("no seed pages %s: %v", g, err)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			for _, v := range variants(data) {
				f.Add(v)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkPage(t, name, data) })
}

// variants are a page and small changes of it: its first lines, CRLF and
// CRCRLF line ends, no final newline, a line dropped, every line
// indented; and what scrapes do that reading mends: non-breaking and
// zero-width spaces, a line wrapped, a line repeated (a header cut by a
// page break), lines without their leading pipe.
func variants(page []byte) [][]byte {
	s := string(page)
	lines := strings.Split(s, "\n")
	out := []string{s, strings.Join(lines[:min(len(lines), 12)], "\n"), strings.ReplaceAll(s, "\n", "\r\n"), strings.ReplaceAll(s, "\n", "\r\r\n"), strings.TrimRight(s, "\n")}
	if len(lines) > 8 {
		out = append(out, strings.Join(append(append([]string(nil), lines[:7]...), lines[8:]...), "\n"))
		repeated := append(append(append([]string(nil), lines[:8]...), lines[5]), lines[8:]...)
		out = append(out, strings.Join(repeated, "\n"))
	}
	out = append(out, "  "+strings.ReplaceAll(s, "\n", "\n  "))
	out = append(out, strings.ReplaceAll(strings.ReplaceAll(s, " - ", "\u00a0-\u00a0"), "\n", "\u200b\n"))
	wrapped := append([]string(nil), lines...)
	for i, l := range wrapped {
		if i%3 == 0 {
			if k := strings.LastIndex(l, " "); k > 0 {
				wrapped[i] = l[:k] + "\n" + l[k+1:]
			}
		}
	}
	out = append(out, strings.Join(wrapped, "\n"))
	unpiped := append([]string(nil), lines...)
	for i, l := range unpiped {
		if i%2 == 0 {
			unpiped[i] = strings.TrimPrefix(strings.TrimSpace(l), "|")
		}
	}
	out = append(out, strings.Join(unpiped, "\n"))
	var bs [][]byte
	for _, v := range out {
		bs = append(bs, []byte(v))
	}
	return bs
}

// pageDeadline bounds the time a page may take; fuzz inputs are small, and
// a page of any content parses in bounded time. (A page that never ends
// is caught by the test's timeout.)
const pageDeadline = 3 * time.Second

// checkPage parses one page and checks that the outcome is a schema that
// saves and loads back, or errors located on the page.
func checkPage(t *testing.T, name string, data []byte) {
	start := time.Now()
	res, err := Parse([]Page{{Name: name, Data: data}}, Options{Name: "fuzz"})
	if d := time.Since(start); d > pageDeadline {
		t.Fatalf("a page of %d bytes took %v", len(data), d)
	}
	lines := len(pages.Lines(data))
	located := func(what string, ds schema.Diagnostics) {
		for _, d := range ds {
			if d.Pos.Page != name || d.Pos.Line < 1 || d.Pos.Line > lines {
				t.Fatalf("%s at %q, not at a line of %s (1-%d): %v", what, d.Pos, name, lines, d)
			}
		}
	}
	located("warning", res.Warnings)
	if err != nil {
		var ds schema.Diagnostics
		if !errors.As(err, &ds) || len(ds) == 0 {
			t.Fatalf("the error is a %T, not schema.Diagnostics: %v", err, err)
		}
		located("error", ds)
		return
	}
	out, err := schema.Save(res.API)
	if err != nil {
		t.Fatalf("the schema does not save: %v", err)
	}
	if _, err := schema.Load("schema.yaml", out); err != nil {
		t.Fatalf("the saved schema does not load back: %v\n%s", err, out)
	}
}
