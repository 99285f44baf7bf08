package pages

import (
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestReporterStray refuses a stray row once: not where the reading the
// reporter follows refused its line, nor where the reporter did, and
// where neither did.
func TestReporterStray(t *testing.T) {
	reading := &Reporter{}
	reading.Fail(At("p.md", 5), "the style's refusal")
	r := &Reporter{}
	r.Follow(reading)
	r.Stray(At("p.md", 5), "again")
	r.Stray(At("p.md", 6), "a stray row")
	r.Stray(At("p.md", 6), "and again")
	r.Stray(At("q.md", 5), "another page's line")
	want := []schema.Diagnostic{{Pos: At("p.md", 6), Msg: "a stray row"}, {Pos: At("q.md", 5), Msg: "another page's line"}}
	if len(r.errs) != len(want) {
		t.Fatalf("errors %v, want %v", r.errs, want)
	}
	for i, d := range want {
		if r.errs[i] != d {
			t.Errorf("error %d: %v, want %v", i, r.errs[i], d)
		}
	}
}
