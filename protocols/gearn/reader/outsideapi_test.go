package reader

import (
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestNoRuleOutsideAPI reads a page outside /api/ with no role section,
// no envelope and no permission rule as GearN's where it says, as
// GearN's pages do, that the operation takes no permission rule ("No
// require permission rules."): that sentence is a mark of GearN's pages.
// Without it, nothing on the page is GearN's. Where the heading above
// that sentence names a role in a form no reading takes ("#client
// Client"), the role it names is lost (lostRole); "Public" names none.
func TestNoRuleOutsideAPI(t *testing.T) {
	for _, c := range []struct {
		name, heading, lost string
		rule, gearn         bool
	}{
		{"no permission rule stated", "Public", "", true, true},
		{"nothing of GearN's", "Public", "", false, false},
		{"a role heading no reading takes", "#client Client", "Client", true, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			items := []pages.Block{
				{Line: 1, Text: "tideChart"},
				{Line: 2, Text: c.heading},
			}
			if c.rule {
				items = append(items, pages.Block{Line: 3, Text: "No require permission rules."})
			}
			items = append(items, pages.Block{Line: 4, Text: "HTTP"}, pages.Block{Line: 5, Text: "GET /harbor/tideChart"})
			pd := interpret("p.txt", nil, pages.PDFText{}, items, &pages.Reporter{}, nil)
			if len(pd.endpoints) != 1 || pd.endpoints[0].path != "/harbor/tideChart" {
				t.Fatalf("endpoints %v; want GET /harbor/tideChart", pd.endpoints)
			}
			if got := pd.gearn(); got != c.gearn {
				t.Errorf("gearn() = %v, want %v", got, c.gearn)
			}
			if got := pd.lostRole(); got != c.lost {
				t.Errorf("lostRole() = %q, want %q", got, c.lost)
			}
		})
	}
}
