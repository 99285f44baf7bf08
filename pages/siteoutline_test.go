package pages

import (
	"reflect"
	"strings"
	"testing"
)

// TestSiteOutlines finds the site's outline under its label where its
// entries name titles the page writes elsewhere in their order, in any
// markup of a title (a heading's marks, a list item's link) and in a
// script without case (Hangul), and no
// outline where the lines under the label are the page's own titles
// (written once), or a table's header cells, or where no label stands.
func TestSiteOutlines(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []siteOutline
	}{
		{"plain, in a table's middle", []string{"Overview", "Squad", "CodeTypeRequiredDescription", "idstringtrueThe id.", "On this page", "Overview", "Squad", "Formation", "powernumberThe power.", "Formation"},
			[]siteOutline{{from: 4, to: 8, entries: []string{"Overview", "Squad", "Formation"}}}},
		{"Markdown links, blank lines between", []string{"## On this page:", "", "- [Overview](#overview)", "", "- [Server](#server)", "## Overview", "Text.", "## Server", "Text."},
			[]siteOutline{{from: 0, to: 5, entries: []string{"Overview", "Server"}}}},
		{"the content under the label", []string{"On this page", "Overview", "Get the quest.", "Client", "No rules."}, nil},
		{"the outline runs into the content", []string{"On this page", "Overview", "Client", "Overview", "Get the quest.", "Client", "No rules."},
			[]siteOutline{{from: 0, to: 3, entries: []string{"Overview", "Client"}}}},
		{"a header's cells", []string{"Squad", "Code", "Type", "On this page", "Code", "Type", "Description"}, nil},
		{"titles of a script without case", []string{"목차", "Contents", "개요", "서버", "개요", "Text.", "서버", "Text."},
			[]siteOutline{{from: 1, to: 4, entries: []string{"개요", "서버"}}}},
		{"no label", []string{"Overview", "Server", "Overview", "Server"}, nil},
	} {
		if got := siteOutlines(c.lines); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}

// pathWords names as a section a line that is a path, as a protocol's
// words do (SectionWords).
type pathWords struct{}

func (pathWords) NamesSection(t string) bool { return strings.HasPrefix(t, "/") }

// TestDropOutlines drops a site's outline of the page's own titles from
// its blocks, under a label or not, before the content or after it, its
// first entry a title in a script without case or not, and
// keeps a run of titles that content repeats: titles found together
// again, a section's titles over its text, titles out of order; and
// drops an outline whose entries ran together on one line, before the
// page's next entry, keeping such a line out of the page's order or
// with its sections under it.
func TestDropOutlines(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []int // the lines kept
	}{
		{"before the content", []string{"Overview", "Server", "Overview", "Text.", "Server", "Text."}, []int{3, 4, 5, 6}},
		{"a breadcrumb between it and the content", []string{"Overview", "Server", "Docs > Hangar", "Overview", "Text.", "Server", "Text."}, []int{3, 4, 5, 6, 7}},
		{"after the content, the site's footer below", []string{"Overview", "Text.", "Server", "Text.", "Overview", "Server", "© 2026"}, []int{1, 2, 3, 4, 7}},
		{"under a label, an entry the content writes otherwise between two", []string{"On this page", "Overview", "Admin", "Server", "Overview", "Text.", "Admin beta", "Text.", "Server", "Text."}, []int{5, 6, 7, 8, 9, 10}},
		{"under a label, a title of a script without case, paths the words name", []string{"Table of Contents", "", "버섯 재배 (/a)", "/a/b", "Method", "/a/c", "Method", "버섯 재배 (/a)", "/a/b", "Method", "GET", "/a/c", "Method", "POST"}, []int{8, 9, 10, 11, 12, 13, 14}},
		{"under no label, a path the words name between two", []string{"Overview", "/a/b", "Server", "Overview", "Text.", "Server", "Text."}, []int{4, 5, 6, 7}},
		{"titles found together again", []string{"Server", "HTTP", "Text.", "Server", "HTTP"}, []int{1, 2, 3, 4, 5}},
		{"a section's titles over its text, again", []string{"Server", "Text.", "HTTP", "POST /a/b", "Server", "HTTP", "POST /a/b"}, []int{1, 2, 3, 4, 5, 6, 7}},
		{"a section again, the page's own titles below", []string{"/a/b", "Guide", "Method", "GET", "/a/b", "Method", "POST"}, []int{1, 2, 3, 4, 5, 6, 7}},
		{"out of the page's order", []string{"Server", "Overview", "Text.", "Overview", "Text.", "Server", "Text."}, []int{1, 2, 3, 4, 5, 6, 7}},
		{"one entry", []string{"Overview", "Overview", "Text."}, []int{1, 2, 3}},
		{"its paths run together on one line, as a DOM's innerText prints a list", []string{"Intro.", "/a/b/a/c", "/a/b", "Method", "GET", "/a/c", "Method", "POST"}, []int{1, 3, 4, 5, 6, 7, 8}},
		{"paths run together in another order than the page's", []string{"Intro.", "/a/c/a/b", "/a/b", "Method", "GET", "/a/c", "Method", "POST"}, []int{1, 2, 3, 4, 5, 6, 7, 8}},
		{"a path that holds others, its sections under it", []string{"/a/b/a/c", "Method", "Text.", "/a/b", "Text.", "/a/c", "Text."}, []int{1, 2, 3, 4, 5, 6, 7}},
		{"an example request's fields, as the ones before write them", []string{"GET /a", "Host: h", "Authorization: a", "Text.", "POST /b", "Host: h", "Content-Type: c", "Authorization: a", "Text.", "POST /c", "Host: h", "Content-Type: c", "Authorization: a"}, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}},
	} {
		var items []Block
		for i, l := range c.lines {
			items = append(items, Block{Line: i + 1, Text: l})
		}
		rep := &Reporter{}
		var got []int
		for _, it := range DropOutlines("p.txt", items, pathWords{}, rep) {
			got = append(got, it.Line)
		}
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		warns := 0
		if len(got) < len(c.lines) {
			warns = 1
		}
		if !reflect.DeepEqual(got, c.want) || len(ws) != warns {
			t.Errorf("%s: kept %v, %d warnings; want %v, %d (%v)", c.name, got, len(ws), c.want, warns, ws)
		}
	}
}
