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
	fuzzPages(f, "fuzz.md", "../testdata/pages/001_*.txt", "../testdata/pages/003_*.txt")
}

// FuzzCellPerLine parses pages seeded with the pages copied one cell per
// line.
func FuzzCellPerLine(f *testing.F) {
	fuzzPages(f, "fuzz.txt", "../testdata/facts/k04_*/*.txt", "../testdata/facts/k14_*/*.txt", "../testdata/facts/k15_*/*.txt")
}

// FuzzHTML parses pages seeded with the HTML samples.
func FuzzHTML(f *testing.F) {
	fuzzPages(f, "fuzz.html", "../testdata/html/*.html")
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

// variants are a page and small changes of it: its first lines, CRLF line
// ends, no final newline, a line dropped, every line indented.
func variants(page []byte) [][]byte {
	s := string(page)
	lines := strings.Split(s, "\n")
	out := []string{s, strings.Join(lines[:min(len(lines), 12)], "\n"), strings.ReplaceAll(s, "\n", "\r\n"), strings.TrimRight(s, "\n")}
	if len(lines) > 8 {
		out = append(out, strings.Join(append(append([]string(nil), lines[:7]...), lines[8:]...), "\n"))
	}
	out = append(out, "  "+strings.ReplaceAll(s, "\n", "\n  "))
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
