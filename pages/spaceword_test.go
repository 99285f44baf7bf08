package pages

import (
	"reflect"
	"slices"
	"testing"
)

func TestSpaceWords(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Request목욕탕 Headers", []string{"Request Headers"}},
		{"Response목욕탕 Status목욕탕 Code", []string{"Response Status Code"}},
		{"Status    Status목욕탕 Code", []string{"Status Code"}},
		{"                Status목욕탕 Code목욕탕 Detailed목욕탕 Description", []string{"Status Code Detailed Description"}},
		// The title's own word, at the start of the cell, stands for no space.
		{"      목욕탕 Bathhouse목욕탕 (/bathhouse)", nil},
		// Another word between two of them: not every space.
		{"Response목욕탕 Status욕탕 Code", nil},
		// A word of the page's language after an English one, then more words.
		{"Name이름 is the player's name", nil},
		{"Request Headers", nil},
		// A heading's marks glued to the title's first word (Oddmuse's, as
		// html2wiki writes it) are no word the title's word stands between.
		{"===설명 (Description)===", nil},
		{"==설명 Description==", nil},
	} {
		var got []string
		for _, w := range spaceWords(c.line) {
			got = append(got, w.Spaced)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("spaceWords(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

func TestRespacedKeepsColumns(t *testing.T) {
	line := "Status    Status목욕탕 Code   Detail"
	ws := spaceWords(line)
	if len(ws) != 1 {
		t.Fatalf("spaceWords(%q) = %v, want one", line, ws)
	}
	if got, want := respaced(line, ws[0]), "Status    Status Code      Detail"; got != want {
		t.Errorf("respaced = %q, want %q", got, want)
	}
	if got, want := respaced("Request목욕탕 Headers", spaceWords("Request목욕탕 Headers")[0]), "Request Headers"; got != want {
		t.Errorf("respaced = %q, want %q", got, want)
	}
}

// TestRestoreSpaces restores the cells a word spaced that the caller's
// titles or the column words tell, and those only.
func TestRestoreSpaces(t *testing.T) {
	lines := []string{
		"Request목욕탕 Headers",
		"No목욕탕 comments목욕탕 yet",
		"Status    Status목욕탕 Code",
	}
	titled := func(cell string) bool { return cell == "Request Headers" }
	for _, c := range []struct {
		name   string
		titled func(string) bool
		want   []string
		warned []int
	}{
		{"titles told", titled, []string{"Request Headers", "No목욕탕 comments목욕탕 yet", "Status    Status Code"}, []int{1, 3}},
		{"no titles", nil, []string{"Request목욕탕 Headers", "No목욕탕 comments목욕탕 yet", "Status    Status Code"}, []int{3}},
	} {
		text := Text{Lines: slices.Clone(lines)}
		var rep Reporter
		RestoreSpaces("p.txt", &text, c.titled, &rep)
		if !slices.Equal(text.Lines, c.want) {
			t.Errorf("%s: lines = %q, want %q", c.name, text.Lines, c.want)
		}
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		var at []int
		for _, w := range warns {
			at = append(at, w.Pos.Line)
		}
		if !slices.Equal(at, c.warned) {
			t.Errorf("%s: warned at lines %v, want %v", c.name, at, c.warned)
		}
	}
}

// TestRestoreSpacesAtPageLines warns at the page's line where the text's
// lines are not the page's own one for one.
func TestRestoreSpacesAtPageLines(t *testing.T) {
	text := Text{Lines: []string{"Status목욕탕 Code"}, At: []int{7}}
	var rep Reporter
	RestoreSpaces("p.txt", &text, nil, &rep)
	if warns, _ := rep.Sorted([]string{"p.txt"}, false); len(warns) != 1 || warns[0].Pos.Line != 7 {
		t.Errorf("warnings = %v, want one at line 7", warns)
	}
}
