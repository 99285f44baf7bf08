package schema

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad loads schemas of any content. Its seeds are the parser's golden
// schemas (testdata/parse/*/schema.yaml) and the corpus Go keeps under
// schema/testdata/fuzz/FuzzLoad: every input that once failed.
func FuzzLoad(f *testing.F) {
	paths, err := filepath.Glob("../testdata/parse/*/schema.yaml")
	if err != nil || len(paths) == 0 {
		f.Fatalf("no seed schemas: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		// The first lines alone, and the document with one line dropped.
		lines := strings.SplitAfter(string(data), "\n")
		f.Add([]byte(strings.Join(lines[:min(len(lines), 30)], "")))
		if len(lines) > 20 {
			f.Add([]byte(strings.Join(lines[:19], "") + strings.Join(lines[20:], "")))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "fuzz.yaml"
		a, err := Load(name, data)
		if err != nil {
			var ds Diagnostics
			if !errors.As(err, &ds) || len(ds) == 0 {
				t.Fatalf("the error is a %T, not Diagnostics: %v", err, err)
			}
			for _, d := range ds {
				if d.Pos.Page != name || d.Pos.Line < 1 {
					t.Fatalf("error at %q, not at a line of %s: %v", d.Pos, name, d)
				}
			}
			return
		}
		// What loads saves, loads back, and saves the same again.
		out, err := Save(a)
		if err != nil {
			t.Fatalf("a loaded schema does not save: %v", err)
		}
		b, err := Load(name, out)
		if err != nil {
			t.Fatalf("a saved schema does not load back: %v\n%s", err, out)
		}
		again, err := Save(b)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, again) {
			t.Fatalf("saving a loaded schema twice gives two texts:\n%s\n---\n%s", out, again)
		}
	})
}
