package pages

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIsRunTogetherCell checks that isRunTogetherCell, which
// LeadingRunTogetherHeader asks of each prefix of a line's letters,
// agrees with RunTogetherCell on every such prefix of the sample pages'
// lines and on headers whose cells run together.
func TestIsRunTogetherCell(t *testing.T) {
	words := []string{"TypeRequired", "NameTypeRequiredDescription", "DataType", "CodeTypeRequiredSinceDescription", "NameCodeDescription", "Type", "TypeType", "ParameterTypeMandatoryDescription"}
	paths, _ := filepath.Glob("../testdata/pages/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			l = strings.TrimSpace(l)
			n := 0
			for n < len(l) && n < maxRunLen && ('a' <= l[n] && l[n] <= 'z' || 'A' <= l[n] && l[n] <= 'Z') {
				n++
			}
			for k := 2; k <= n; k++ {
				words = append(words, l[:k])
			}
		}
	}
	read := 0
	for _, w := range words {
		lower := []byte(strings.ToLower(w))
		got, want := isRunTogetherCell(w, lower), RunTogetherCell(w) != nil
		if got != want {
			t.Errorf("isRunTogetherCell(%q) = %v, RunTogetherCell reads it: %v", w, got, want)
		}
		if want {
			read++
		}
	}
	if read < 10 {
		t.Errorf("only %d of %d words read as cells run together", read, len(words))
	}
}
