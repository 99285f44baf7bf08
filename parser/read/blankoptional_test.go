package read

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestBlankOptionalCountsMembers counts the members read as optional, not
// their lines, and names them where a line holds several, as a minified
// HTML page writes every table on a line or two; a page of a member a
// line is reported by its lines alone.
func TestBlankOptionalCountsMembers(t *testing.T) {
	var bo BlankOptional
	for _, m := range []struct {
		page string
		line int
		name string
	}{{"min.html", 11, "tension"}, {"min.html", 1, "tagLine"}, {"min.html", 1, "slackRatio"}, {"min.html", 11, "showIds"}, {"p.md", 4, "a"}, {"p.md", 9, "b"}} {
		bo.Add(m.page, m.line, m.name)
	}
	rep := &pages.Reporter{}
	bo.Report(rep)
	ws, _ := rep.Sorted([]string{"min.html", "p.md"}, false)
	if len(ws) != 2 || !strings.Contains(ws[0].Error(), "min.html:1: read 4 members as optional whose Required cells are empty (tagLine, slackRatio, tension, showIds at lines 1, 11)") || !strings.Contains(ws[1].Error(), "p.md:4: read 2 members as optional whose Required cells are empty (lines 4, 9)") {
		t.Errorf("warnings %v", ws)
	}
}
