package reader

import (
	"slices"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestDropOutline drops the table of contents a wiki's macro prints above
// a page's content, and keeps the sections.
func TestDropOutline(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []int // the lines kept
		warns int
	}{
		{"two paths above the first heading", []string{"Tavern (/tavern)", "/tavern/menu", "/tavern/order", "/tavern/menu", "Description", "Menu.", "Method", "GET", "/tavern/order", "Method", "POST"}, []int{1, 4, 5, 6, 7, 8, 9, 10, 11}, 1},
		{"paths and titles", []string{"/a/b", "Description", "Method", "/a/c", "/a/b", "Description", "x", "Method", "GET", "/a/c", "Method", "POST"}, []int{5, 6, 7, 8, 9, 10, 11, 12}, 1},
		{"one path over its own heading: no outline, which lists two titles at least", []string{"/a/b", "/a/b", "Method", "GET"}, []int{1, 2, 3, 4}, 0},
		{"in capitals", []string{"/A/B", "/A/C", "/a/b", "METHOD", "GET", "/a/c", "METHOD", "POST"}, []int{3, 4, 5, 6, 7, 8}, 1},
		{"a breadcrumb between the outline and the first heading", []string{"Balloon (/balloon)", "/balloon/flights", "/balloon/launch", "Guide > https://wiki.example/x", "/balloon/flights", "Method", "GET", "/balloon/launch", "Method", "POST"}, []int{1, 4, 5, 6, 7, 8, 9, 10}, 1},
		{"an outline after the content", []string{"/a/b", "Method", "GET", "/a/c", "Method", "POST", "Like", "/a/b", "Method", "/a/c", "© 2026"}, []int{1, 2, 3, 4, 5, 6, 7, 11}, 1},
		{"one path and its title after the content", []string{"/a/b", "Method", "GET", "/a/c", "Method", "POST", "/a/c", "Method"}, []int{1, 2, 3, 4, 5, 6, 7, 8}, 0},
		{"two lines between the outline and the first heading", []string{"/a/b", "Guide", "> https://wiki.example/x", "/a/b", "Method", "GET"}, []int{1, 2, 3, 4, 5, 6}, 0},
		{"a line between and no path heading after it", []string{"/a/b", "Guide", "Method", "GET", "/a/b", "Method", "POST"}, []int{1, 2, 3, 4, 5, 6, 7}, 0},
		{"a path that heads no section below", []string{"/a/b", "/a/c", "/a/c", "Method", "GET"}, []int{1, 2, 3, 4, 5}, 0},
		{"a heading and its titles", []string{"/a/b", "Description", "Method", "GET", "/a/b", "Method", "POST"}, []int{1, 2, 3, 4, 5, 6, 7}, 0},
		{"titles and no path", []string{"Description", "Method", "/a/b", "Description", "Method", "GET"}, []int{1, 2, 3, 4, 5, 6}, 0},
	} {
		var items []pages.Block
		for i, l := range c.lines {
			items = append(items, pages.Block{Line: i + 1, Text: l})
		}
		rep := &pages.Reporter{}
		var got []int
		for _, it := range pages.DropOutlines("p.txt", items, sectionWords{}, rep) {
			got = append(got, it.Line)
		}
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		if !slices.Equal(got, c.want) || len(ws) != c.warns {
			t.Errorf("%s: kept %v, %d warnings; want %v, %d (%v)", c.name, got, len(ws), c.want, c.warns, ws)
		}
	}
}
