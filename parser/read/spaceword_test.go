package read

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

func TestRestoreSpaces(t *testing.T) {
	text := pages.Text{Lines: []string{
		"Request목욕탕 Headers",
		"No목욕탕 comments목욕탕 yet",
		"Status    Status목욕탕 Code",
	}}
	var rep pages.Reporter
	RestoreSpaces("p.txt", &text, &rep)
	want := []string{"Request Headers", "No목욕탕 comments목욕탕 yet", "Status    Status Code"}
	for i, l := range text.Lines {
		if l != want[i] {
			t.Errorf("line %d = %q, want %q", i+1, l, want[i])
		}
	}
	warns, _ := rep.Sorted([]string{"p.txt"}, false)
	warned := warns.Error()
	if !strings.Contains(warned, "p.txt:1:") || !strings.Contains(warned, "p.txt:3:") || strings.Contains(warned, "p.txt:2:") {
		t.Errorf("warnings = %s, want lines 1 and 3 only", warned)
	}
}
