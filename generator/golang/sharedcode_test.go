package golang

import (
	"embed"
	"strings"
	"testing"
)

//go:embed testdata/sharedcode/code.go.txt
var sharedCodeTest embed.FS

// TestSharedCodeKeepsWhatIsUsed checks that the copy of a runtime holds
// what the roots use, and what that uses in turn: a declaration by its
// name, a method by the name a selector selects; and not a declaration
// that only a field of the same name names, nor a method that is not
// selected.
func TestSharedCodeKeepsWhatIsUsed(t *testing.T) {
	code, err := ParseRuntime(func() (embed.FS, []string) {
		return sharedCodeTest, []string{"testdata/sharedcode/code.go.txt"}
	})
	if err != nil {
		t.Fatal(err)
	}
	src, err := code.file(nil, "p", map[string]bool{"use": true, "unbox": true})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"type param struct", "func use(", "type box struct", "func (b *box) open()", "func unbox("} {
		if !strings.Contains(string(src), want) {
			t.Errorf("the copy lacks %q:\n%s", want, src)
		}
	}
	for _, unwanted := range []string{"type kind", "func pick(", "func (b *box) close()"} {
		if strings.Contains(string(src), unwanted) {
			t.Errorf("the copy holds %q:\n%s", unwanted, src)
		}
	}
}
