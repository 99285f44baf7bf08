package aligned

import (
	"strings"
	"testing"
)

// TestWrapWidth tells the width a page's text of an indent is wrapped at
// from its lines: the longest that another of the indent follows, but
// for a row of a table laid out in columns, which a browser sizes past
// the width it wraps prose at, be it set apart by gaps or, each of its
// cells its column's widest, one space apart under a row with gaps; a
// line with two spaces after a sentence, lined up with no word around
// it, is prose and counts.
func TestWrapWidth(t *testing.T) {
	const prose = "   A token used to authenticate the user, issued at a login.\n" + // 60
		"   This token identifies the sender.\n"
	for _, c := range []struct {
		name, page string
		want       int
	}{
		{"prose alone", prose, 60},
		{"a row laid out with gaps, longer than the prose",
			prose + "\n" +
				"       Name    Code                    Description\n" +
				"   UnknownError   1    The backend rejected the member but did not map it to a category.\n" +
				"   DataRequired   2    The member is required but missing.\n",
			60},
		{"a row laid out one space apart, each cell its column's widest, under a row with gaps",
			prose + "\n" +
				"   DataRequired   2    The member is required but missing.\n" +
				"   UnknownErrorXX 1000 The backend rejected the member but did not map it to a category.\n" +
				"   Ok             3    Done.\n",
			60},
		{"prose with two spaces after a sentence, lined up with no word around it",
			prose + "\n" +
				"   The member is required.  It is missing from the request the client sent here.\n" +
				"   and goes on.\n",
			80},
		{"a line with a URL and a line alone",
			prose + "\n" +
				"   1. file:///tmp/aq/composePeal.html#overview-of-the-belfry-and-its-peals-here\n" +
				"   2. file:///\n" +
				"\n" +
				"   POST /api/rJson/belfry/client/composePeal?with=a-long-query-that-runs-past-the-width\n",
			60},
	} {
		if got := wrapWidth(strings.Split(c.page, "\n"), 3); got != c.want {
			t.Errorf("%s: width %d, want %d", c.name, got, c.want)
		}
	}
}
