package reader

import (
	"slices"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestDropOutline drops the outline of a page's sections that a copy of
// the whole page keeps ("On this page"), and keeps the sections.
func TestDropOutline(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []int // the lines kept
		warns int
	}{
		{"an outline of the roles and titles", []string{"On this page", "Overview", "Client", "Server", "Response Body", "paintStarship", "Overview", "Client", "POST /api/rJson/hangar/client/paintStarship", "Server", "POST /api/rJson/hangar/server/paintStarship"}, []int{5, 6, 7, 8, 9, 10, 11}, 1},
		{"an outline after the content, as a copy keeps a sidebar that follows it", []string{"Overview", "Client", "POST /api/rJson/hangar/client/paintStarship", "Server", "POST /api/rJson/hangar/server/paintStarship", "Next", "On this page", "Overview", "Client", "Server", "Response Body", "© 2026"}, []int{1, 2, 3, 4, 5, 6, 11, 12}, 1},
		{"two roles in a row, neither heading a section elsewhere", []string{"Client", "Server", "POST /api/rJson/hangar/server/paintStarship"}, []int{1, 2, 3}, 0},
		{"a breadcrumb between the outline and the first section", []string{"Overview", "Client", "Server", "Docs > Hangar > paintStarship", "Overview", "Client", "POST /api/rJson/hangar/client/paintStarship", "Server", "POST /api/rJson/hangar/server/paintStarship"}, []int{4, 5, 6, 7, 8, 9}, 1},
		{"roles that head no section below", []string{"Client", "Server", "POST /api/rJson/a/server/b"}, []int{1, 2, 3}, 0},
		{"one role", []string{"Overview", "Client", "Overview", "Client", "POST /api/rJson/a/client/b"}, []int{1, 2, 3, 4, 5}, 0},
		{"an outline of one role and the titles, in the page's order", []string{"On this page", "Overview", "Client", "HTTP", "Response Body", "200 Ok", "Example Request", "discardItems", "Overview", "Removes items.", "Client", "POST /api/rJson/a/client/b", "Response Body", "200 Ok", "CodeTypeRequiredDescription", "Example Request", "POST /api/rJson/a/client/b HTTP/1.1"}, []int{8, 9, 10, 11, 12, 13, 14, 15, 16, 17}, 1},
		{"one role and a title after the content, in its order", []string{"Client", "POST /api/rJson/a/client/b", "Response Body", "Text.", "Client", "Response Body"}, []int{1, 2, 3, 4}, 1},
		{"titles that only run together again", []string{"Client", "HTTP", "POST /api/rJson/a/client/b", "Next", "Client", "HTTP"}, []int{1, 2, 3, 4, 5, 6}, 0},
		{"a role's section again, its titles over its endpoint", []string{"Client", "Require permission rules a.b.selfEnable.", "HTTP", "POST /api/rJson/a/client/b", "Client", "HTTP", "POST /api/rJson/a/client/b"}, []int{1, 2, 3, 4, 5, 6, 7}, 0},
		{"titles out of the page's order", []string{"Response Body", "Client", "Text.", "Client", "Text.", "Response Body", "Text."}, []int{1, 2, 3, 4, 5, 6, 7}, 0},
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
