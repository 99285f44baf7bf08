package schema

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/docs2go/docs2go/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/schema")

// TestGolden loads each testdata/schema/*/schema.yaml. A schema that
// loads is saved, and the text compared with saved.yaml, which must load
// back to the same text; one that does not is compared, every diagnostic
// on its line, with errors.txt.
func TestGolden(t *testing.T) {
	cases, err := filepath.Glob("../testdata/schema/*/schema.yaml")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, path := range cases {
		dir := filepath.Dir(path)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var saved, errs []byte
			a, err := Load("schema.yaml", data)
			if err != nil {
				var ds Diagnostics
				if !errors.As(err, &ds) {
					t.Fatalf("the error is a %T, not Diagnostics: %v", err, err)
				}
				for _, d := range ds {
					errs = append(errs, d.Error()+"\n"...)
				}
			} else {
				if saved, err = Save(a); err != nil {
					t.Fatal(err)
				}
				b, err := Load("saved.yaml", saved)
				if err != nil {
					t.Fatalf("the saved schema does not load: %v", err)
				}
				if again, _ := Save(b); !bytes.Equal(again, saved) {
					t.Errorf("save → load → save changed the text:\n%s", again)
				}
			}
			golden.Check(t, filepath.Join(dir, "saved.yaml"), saved, *update)
			golden.Check(t, filepath.Join(dir, "errors.txt"), errs, *update)
		})
	}
}
