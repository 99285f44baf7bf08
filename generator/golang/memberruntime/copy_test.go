package memberruntime

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the copies of members.go and values.go")

// copies are the files of this package that other runtimes hold, each
// compiled and tested on its own, as this one is: GearN's decoder and
// encoder go through the tables of members, and the http-status runtime
// reads the values of headers from their tags as this one reads those of
// members.
var copies = []struct{ file, copy string }{
	{"members.go", "../../../protocols/gearn/runtime/members.go"},
	{"values.go", "../../../protocols/gearn/runtime/values.go"},
	{"values.go", "../../../protocols/httpstatus/runtime/values.go"},
}

// TestCopiesAreCurrent checks that each copy is its file in the package
// of its runtime; -update rewrites them, which works when a copy is so
// stale that the package of the copy no longer compiles.
func TestCopiesAreCurrent(t *testing.T) {
	for _, c := range copies {
		src, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		want := append([]byte("// This file is a copy of generator/golang/memberruntime/"+c.file+", which\n// the tests of that package keep the same: edit that one, then run go test\n// -update there.\n\n"),
			bytes.Replace(src, []byte("package memberruntime\n"), []byte("package runtime\n"), 1)...)
		if *update {
			if err := os.WriteFile(c.copy, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(c.copy)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Error(c.copy + " is not a copy of " + c.file + ": run go test -update in this package")
		}
	}
}
