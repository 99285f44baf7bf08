// Package parsetest is the check every page style's fuzz target runs: a
// page of any content, named as a page of the style and seeded from its
// samples, parses to a schema that saves and loads back, or to errors
// located at lines of the page, in bounded time. Each style's package has
// a fuzz target that calls Fuzz with its style and its sample pages, so
// its corpus lives next to its reader.
package parsetest

import (
	"bytes"
	"errors"
	"flag"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// Fuzz parses pages named like a page of the style (fuzz.json for a
// style that names no extension of its own: a JSON dump), seeded with the pages
// the globs match and small variants of them; the corpus Go keeps under
// testdata/fuzz/<target> in the calling package holds hand-made pages and
// every input that once failed, which go test replays.
func Fuzz(f *testing.F, style pages.Style, globs ...string) {
	name := "fuzz.json"
	if exts := style.Extensions(); len(exts) > 0 {
		name = "fuzz" + exts[0]
	}
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
	f.Fuzz(func(t *testing.T, data []byte) { CheckPage(t, name, data) })
}

// variants are a page and small changes of it: its first lines, CRLF and
// CRCRLF line ends, no final newline, a line dropped, every line
// indented; and what scrapes do that reading mends: non-breaking and
// zero-width spaces, a line wrapped, a line repeated (a header cut by a
// page break), lines without their leading pipe, table rows without
// their outer pipes and rulers or with tabs for pipes, run-together rows
// with tabs at their cell boundaries, headings that number their
// sections; and what mail and editors do: the page forwarded in a mail
// that wraps its lines (format=flowed), and saved as Windows-1252; and
// what browsers do: the page saved as a single file (MHTML), in
// quoted-printable.
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
	var rulerless, tabbed []string
	for _, l := range lines {
		if pages.IsPipeRuler(l) {
			continue
		}
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "|") || strings.HasSuffix(t, "|") {
			t = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|"))
			rulerless, tabbed = append(rulerless, t), append(tabbed, strings.ReplaceAll(t, " | ", "\t"))
			continue
		}
		rulerless, tabbed = append(rulerless, l), append(tabbed, strings.ReplaceAll(l, " | ", "\t"))
	}
	out = append(out, strings.Join(rulerless, "\n"), strings.Join(tabbed, "\n"))
	out = append(out, flatRowRe.ReplaceAllString(s, "$1\t$2\t$3\t"))
	out = append(out, headingRe.ReplaceAllString(s, "${1}5.1 ${2}"))
	var flowed []string
	for _, l := range lines {
		for len(l) > mailWidth {
			k := strings.LastIndex(l[:mailWidth], " ")
			if k <= 0 {
				break
			}
			flowed, l = append(flowed, l[:k+1]), l[k+1:]
		}
		flowed = append(flowed, l)
	}
	out = append(out, "From: a@example.com\nSubject: FW: a page\n\n"+strings.Join(flowed, "\n")+"\n-- \nA | B | C\n")
	out = append(out, windows1252.Replace(s))
	var qp bytes.Buffer
	w := quotedprintable.NewWriter(&qp)
	w.Write(page)
	w.Close()
	out = append(out, "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"+qp.String()+"\r\n--B--\r\n")
	var bs [][]byte
	for _, v := range out {
		bs = append(bs, []byte(v))
	}
	return bs
}

// headingRe matches a line that may be a heading: an identifier, alone
// or after Markdown's heading marks.
var headingRe = regexp.MustCompile(`(?m)^(#+ )?([A-Z][\w.]*)$`)

// flatRowRe matches the start of a run-together row: a name, a primitive
// type and a requiredness or none ("pageSizenumber inttrue…").
var flatRowRe = regexp.MustCompile(`(?m)^([a-z]\w*?)(number int|string|boolean|number)(true|false)?`)

// mailWidth is the width a mail client wraps lines at.
const mailWidth = 72

// windows1252 writes the dashes of ranges and the apostrophes of a page
// as the bytes Windows-1252 has for an editor's en dash and curly
// apostrophe.
var windows1252 = strings.NewReplacer(" - ", " \x96 ", "'", "\x92")

// pageDeadline bounds the time a page may take while fuzzing (-test.fuzz):
// fuzz inputs are small, and a page of any content parses in bounded time,
// so an input that takes longer is one the fuzzer keeps as a failure.
// Replaying the corpus in go test, beside every other package's tests on
// a loaded machine, the wall clock says nothing of the parser (a seed that
// takes 0.2 s alone took 9 s so), and there only hangDeadline holds: a
// page slower than that is stuck, whatever the load. (A page that never
// ends is caught by the test's timeout.)
const (
	pageDeadline = 3 * time.Second
	hangDeadline = time.Minute
)

// deadline is pageDeadline while fuzzing, else hangDeadline.
func deadline() time.Duration {
	if f := flag.Lookup("test.fuzz"); f != nil && f.Value.String() != "" {
		return pageDeadline
	}
	return hangDeadline
}

// CheckPage parses one page and checks that the outcome is a schema that
// saves and loads back, or errors located on the page.
func CheckPage(t *testing.T, name string, data []byte) {
	t.Helper()
	start := time.Now()
	res, err := parser.Parse([]parser.Page{{Name: name, Data: data}}, parser.Options{Name: "fuzz"})
	if d := time.Since(start); d > deadline() {
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
