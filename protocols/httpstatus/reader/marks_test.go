package reader

import (
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestMarksDashedMethod holds that a method line a script writes
// between runs of dashes, as it writes a heading ("-- POST --"), marks a
// page as one that states its method on a line of its own, as "POST"
// does: the page's protocol is told before it is read by its marks.
func TestMarksDashedMethod(t *testing.T) {
	for _, line := range []string{"POST", "-- POST --", "--- GET ---"} {
		marks := Protocol{}.Marks([]pages.Block{{Line: 4, Text: line}})
		if len(marks) != 1 || marks[0].What != markMethod.What || marks[0].Line != 4 {
			t.Errorf("%q: marks %v, want the method's at line 4", line, marks)
		}
	}
	for _, line := range []string{"-- POST", "-- 2 --", "-- Request Body --"} {
		if marks := (Protocol{}).Marks([]pages.Block{{Line: 4, Text: line}}); len(marks) != 0 {
			t.Errorf("%q: marks %v, want none", line, marks)
		}
	}
}
