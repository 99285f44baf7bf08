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
// schemas (testdata/parse/*/schema.yaml), the schema package's own
// (testdata/schema/*/schema.yaml) and the corpus Go keeps under
// schema/testdata/fuzz/FuzzLoad: every input that once failed.
func FuzzLoad(f *testing.F) {
	parsed, err := filepath.Glob("../testdata/parse/*/schema.yaml")
	if err != nil || len(parsed) == 0 {
		f.Fatalf("no seed schemas: %v", err)
	}
	own, err := filepath.Glob("../testdata/schema/*/schema.yaml")
	if err != nil || len(own) == 0 {
		f.Fatalf("no seed schemas: %v", err)
	}
	paths := append(parsed, own...)
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

// TestLoadErrorLines pins the lines of errors yaml.v3 reports without
// one, and of empty list items, which FuzzLoad found: a problem on the
// first line, an unreadable byte, a whole document that is no schema, an
// empty item that decoded to a nil node.
func TestLoadErrorLines(t *testing.T) {
	for _, c := range []struct {
		doc  string
		line int
	}{
		{`"`, 1},
		{"\t", 1},
		{"name: x\nprotocol: gearn\npages: [a\x01]\n", 3},
		{"name: x\n\xff: y\n", 2},
		{"!", 1},
		{"\n\n!", 3},
		{"name: x\nenvelope:\n  fields:\n    -\n", 4},
		{"name: x\noperations: [~]\n", 2},
	} {
		_, err := Load("s.yaml", []byte(c.doc))
		var ds Diagnostics
		if !errors.As(err, &ds) || len(ds) == 0 {
			t.Errorf("%q: error %v, want Diagnostics", c.doc, err)
			continue
		}
		if ds[0].Pos.Line != c.line {
			t.Errorf("%q: %v, want line %d", c.doc, ds[0], c.line)
		}
	}
}
