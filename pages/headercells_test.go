package pages

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIsHeaderCellLetters holds IsHeaderCell's look-up of a cell of
// plain bytes alone (plainCell) to the long way (namesColumn): on every
// column word in three cases, on near misses (with punctuation, a digit,
// markup, a space), and on every word of the sample pages.
func TestIsHeaderCellLetters(t *testing.T) {
	words := []string{"", "Name", "NAME", "name", "Names", "nam", "Type", "typed", "Since", "since", "Example", "examples",
		"Default", "defaults", "Deprecated", "msg", "Msg", "Key", "keys", "Param", "Parameter", "Value", "Remark",
		"Note", "Message", "Status", "Code", "Field", "Required", "Mandatory", "Description", "Added", "Version",
		"Sample", "the", "a", "IsHeaderCell", "ZZ", strings.Repeat("name", 11),
		"Name.", "name:", "Type,", "code-", "[Name", "Name]", "*Name*", "`Code`", "_key_", "<Name>", "Name1", "1Name", "Name(s)",
		"name/code", "/name", "Name ", " Name", "Name\t", "Default!", "since?", "#Name", "\\Name", strings.Repeat("name.", 8) + "ab"}
	for w := range ColumnWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for w := range OtherColumnWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range columnWords {
		words = append(words, w, strings.ToUpper(w))
	}
	for _, dir := range []string{"../testdata/pages", "../testdata/html"} {
		files, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			words = append(words, strings.Fields(string(data))...)
		}
	}
	plain := 0
	for _, w := range words {
		if plainCell(w) {
			plain++
		}
		if got, want := IsHeaderCell(w), namesColumn(w); got != want {
			t.Errorf("IsHeaderCell(%q) = %v, the long way %v", w, got, want)
		}
	}
	if plain < 1000 {
		t.Fatalf("only %d words of plain bytes alone tried", plain)
	}
}

// TestHasColumnWordLowered holds HasColumnWord's look-up in a buffer to
// the lowered string it stood for: on every column word in three cases,
// inside longer cells, near misses and cells of other scripts.
func TestHasColumnWordLowered(t *testing.T) {
	cells := []string{"", "n", "nam", "NAM E", "Param", "Data Type", "CODE", "xxStatusxx", "Msg ID", "필수 여부", "Ünit", "Name (이름)",
		strings.Repeat("x", MaxHeaderCell-4) + "Name", strings.Repeat("x", MaxHeaderCell-3) + "Name", "Kelvin", "\u212a"}
	for _, w := range columnWords {
		cells = append(cells, w, strings.ToUpper(w), "the "+strings.ToUpper(w[:1])+w[1:]+"s")
	}
	for _, c := range cells {
		want := false
		if len(c) <= MaxHeaderCell {
			for _, w := range columnWords {
				want = want || strings.Contains(strings.ToLower(c), w)
			}
		}
		if got := HasColumnWord(c); got != want {
			t.Errorf("HasColumnWord(%q) = %v, want %v", c, got, want)
		}
	}
}
