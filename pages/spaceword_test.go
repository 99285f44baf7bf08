package pages

import (
	"reflect"
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
	} {
		var got []string
		for _, w := range SpaceWords(c.line) {
			got = append(got, w.Spaced)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("SpaceWords(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

func TestRespacedKeepsColumns(t *testing.T) {
	line := "Status    Status목욕탕 Code   Detail"
	ws := SpaceWords(line)
	if len(ws) != 1 {
		t.Fatalf("SpaceWords(%q) = %v, want one", line, ws)
	}
	if got, want := Respaced(line, ws[0]), "Status    Status Code      Detail"; got != want {
		t.Errorf("Respaced = %q, want %q", got, want)
	}
	if got, want := Respaced("Request목욕탕 Headers", SpaceWords("Request목욕탕 Headers")[0]), "Request Headers"; got != want {
		t.Errorf("Respaced = %q, want %q", got, want)
	}
}
