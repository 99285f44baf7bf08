package parser

import (
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestEveryStyleIsFuzzed requires of every style of the registry a fuzz
// target in its package that hands its style to parsetest.Fuzz, so that
// a new style's registry line asks for its fuzz target and its corpus.
func TestEveryStyleIsFuzzed(t *testing.T) {
	const module = "github.com/docs2go/docs2go/"
	for _, st := range styles {
		pkg := reflect.TypeOf(st).PkgPath()
		dir := filepath.Join("..", filepath.FromSlash(strings.TrimPrefix(pkg, module)))
		call := "parsetest.Fuzz(f, " + path.Base(pkg) + "." + reflect.TypeOf(st).Name() + "{}"
		files, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, file := range files {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			found = found || strings.Contains(string(src), call)
		}
		if !found {
			t.Errorf("the %s style has no fuzz target: no test file of %s calls %s", st, dir, call)
		}
	}
}
