package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// samplePages reads the four GearN sample pages.
func samplePages(tb testing.TB) []Page {
	tb.Helper()
	paths, err := filepath.Glob("../testdata/pages/00[0-3]_*.txt")
	if err != nil || len(paths) != 4 {
		tb.Fatalf("the four GearN samples: %v %v", paths, err)
	}
	var pages []Page
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, Page{Name: filepath.Base(p), Data: data})
	}
	return pages
}

// endpointRe matches an endpoint line, in a code span or not, with the
// host and the HTTP version or without.
var endpointRe = regexp.MustCompile("^`?(GET|POST|PUT|PATCH|DELETE)`?\\s+`?(?:https?://[^/\\s`]+)?(/[^\\s`]*)`?(?:\\s+HTTP/[0-9.]+)?`?$")

// opLineRe matches the lines that name a page's operation code: the
// endpoint lines and the permission rules.
var opLineRe = regexp.MustCompile(`^(?:POST /api/\S+/|Require permission rules )`)

// clonePages makes n pages from the samples, each with an operation code of
// its own, rewritten in the endpoint and permission lines.
func clonePages(tb testing.TB, n int) []Page {
	samples := samplePages(tb)
	pages := make([]Page, 0, n)
	for i := range n {
		s := samples[i%len(samples)]
		lines := strings.Split(string(s.Data), "\n")
		op := ""
		for _, l := range lines {
			if m := endpointRe.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
				op = m[2][strings.LastIndexByte(m[2], '/')+1:]
				break
			}
		}
		if op == "" {
			tb.Fatalf("%s: no endpoint line", s.Name)
		}
		clone := fmt.Sprintf("%s%04d", op, i)
		for j, l := range lines {
			if opLineRe.MatchString(l) {
				lines[j] = strings.ReplaceAll(l, op, clone)
			}
		}
		pages = append(pages, Page{Name: fmt.Sprintf("%04d_%s", i, s.Name), Data: []byte(strings.Join(lines, "\n"))})
	}
	return pages
}

func benchmarkParse(b *testing.B, pages []Page) {
	b.ReportAllocs()
	for b.Loop() {
		res, err := Parse(pages, Options{Name: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.API.Operations) != len(pages) {
			b.Fatalf("%d operations from %d pages", len(res.API.Operations), len(pages))
		}
	}
}

// BenchmarkParseSamples parses the four GearN samples.
func BenchmarkParseSamples(b *testing.B) { benchmarkParse(b, samplePages(b)) }

// BenchmarkParse1000Pages parses 1,000 pages cloned from the samples, each
// with an operation of its own, in one Parse call.
func BenchmarkParse1000Pages(b *testing.B) { benchmarkParse(b, clonePages(b, 1000)) }
