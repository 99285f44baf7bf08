package pages

import (
	"slices"
	"strings"
	"testing"
)

// TestDropStaleMarks reads as a heading's permalink mark the mark and
// the one or two characters a terminal left after it, where the page's
// other headings end in the mark alone; the characters after a mark
// stay where no heading ends in it alone, and a hash before a number is
// a number.
func TestDropStaleMarks(t *testing.T) {
	for _, tc := range []struct {
		name  string
		page  []string
		want  []string
		warns []int
	}{{
		name:  "zero-width spaces, one heading with a letter after it",
		page:  []string{"Overview \u200ba", "", "Text.", "", "HTTP \u200b", "", "Request Body \u200bs", ""},
		want:  []string{"Overview ", "", "Text.", "", "HTTP ", "", "Request Body ", ""},
		warns: []int{1, 7},
	}, {
		name:  "pilcrows, two characters after one",
		page:  []string{"Request Body ¶", "", "Response Body ¶ab", ""},
		want:  []string{"Request Body ¶", "", "Response Body ¶", ""},
		warns: []int{3},
	}, {
		name: "no heading ends in the mark alone",
		page: []string{"Overview \u200ba", "", "Text.", ""},
		want: []string{"Overview a", "", "Text.", ""},
	}, {
		name: "a hash before a number, and words after a mark",
		page: []string{"Request Body #", "", "Step #2", "", "See the table ¶ below", ""},
		want: []string{"Request Body #", "", "Step #2", "", "See the table ¶ below", ""},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			rep := &Reporter{}
			text := ReadText("p.txt", []byte(strings.Join(tc.page, "\n")), rep)
			if !slices.Equal(text.Lines, tc.want) {
				t.Errorf("lines %q, want %q", text.Lines, tc.want)
			}
			var warns []int
			for _, d := range rep.warns {
				warns = append(warns, d.Pos.Line)
			}
			if !slices.Equal(warns, tc.warns) || len(rep.errs) > 0 {
				t.Errorf("warned at %v, want %v:\n%v\n%v", warns, tc.warns, rep.warns, rep.errs)
			}
		})
	}
}

// FuzzDropStaleMarks checks that only the characters after a mark are
// dropped: each line read begins the page's line.
func FuzzDropStaleMarks(f *testing.F) {
	f.Add("Overview \u200ba\n\nHTTP \u200b\n")
	f.Add("A ¶\nB ¶xy\nC #1\nD #ab\n")
	f.Fuzz(func(t *testing.T, page string) {
		got := strings.Split(dropStaleMarks("f.txt", page, &Reporter{}), "\n")
		lines := strings.Split(page, "\n")
		if len(got) != len(lines) {
			t.Fatalf("%d lines of %d", len(got), len(lines))
		}
		for i, l := range got {
			if !strings.HasPrefix(lines[i], l) {
				t.Fatalf("line %d %q read as %q", i+1, lines[i], l)
			}
		}
	})
}
