package pages_test

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
)

// TestGroupedKinds refuses, at its first heading, a page a scraper wrote
// grouped by kind (every heading, then the paragraphs and code, then
// every table), in every style; and reads as it is a page whose
// headings stand first as its table of contents and again over their
// tables, and one whose titles stand stacked right above their tables.
func TestGroupedKinds(t *testing.T) {
	headings := "/fleet/list\nDescription\nQuery Parameters\nResponse Body\nShip\n/fleet/add\nDescription\nRequest Body\n"
	text := "Lists the fleet.\nGET\nAdds a ship.\nPOST\nGET /fleet/list HTTP/1.1\n"
	for _, c := range []struct {
		name    string
		style   pages.Style
		page    string
		refused string
	}{
		{"tab-separated", pipes.Style{}, headings + text + "Name\tType\tDescription\nsize\tInteger\tPage size.\n\nName\tType\tDescription\nships\tList<Ship>\tThe ships.\n\nName\tType\tDescription\nname\tString\tThe name.\n", "p.txt:1: lines 1-8 are 8 headings one after another"},
		{"Markdown", markdown.Style{}, headings + "\n" + text + "\n| Name | Type | Description |\n|---|---|---|\n| size | Integer | Page size. |\n\n| Name | Type | Description |\n|---|---|---|\n| ships | List<Ship> | The ships. |\n", "p.txt:1: lines 1-8 are 8 headings one after another"},
		{"a line of a header cut off between two of the tables", pipes.Style{}, headings + text + "Name\tType\tDescription\nsize\tInteger\tPage size.\n\nStatus Code Detailed Description\nName\tType\tDescription\nships\tList<Ship>\tThe ships.\n\nName\tType\tDescription\nname\tString\tThe name.\n", "p.txt:1: lines 1-8 are 8 headings one after another"},
		{"headings among the tables", pipes.Style{}, headings + text + "Name\tType\tDescription\nsize\tInteger\tPage size.\n\nShips\nName\tType\tDescription\nships\tList<Ship>\tThe ships.\n\nNames\nName\tType\tDescription\nname\tString\tThe name.\n", ""},
		{"a table of contents", pipes.Style{}, headings + text + "/fleet/list\nName\tType\tDescription\nsize\tInteger\tPage size.\n\nResponse Body\nName\tType\tDescription\nships\tList<Ship>\tThe ships.\n", ""},
		{"titles stacked over their tables", pipes.Style{}, headings + "Name\tType\tDescription\nsize\tInteger\tPage size.\n\nName\tType\tDescription\nships\tList<Ship>\tThe ships.\n", ""},
	} {
		_, got := pagestest.Read(c.style, c.page, true)
		refused := ""
		for _, m := range got {
			if strings.Contains(m, "grouped by kind") {
				refused = m
			}
		}
		switch {
		case c.refused == "" && refused != "":
			t.Errorf("%s: refused as grouped by kind: %s", c.name, refused)
		case c.refused != "" && !strings.HasPrefix(refused, c.refused):
			t.Errorf("%s: got %q, want a refusal beginning %q", c.name, got, c.refused)
		}
	}
}
