package memberruntime

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the copies of members.go")

// gearnCopy is the copy of members.go that GearN's runtime holds: its
// decoder and encoder go through the tables of members, and its package
// compiles and is tested on its own, as this one does.
const gearnCopy = "../../../protocols/gearn/runtime/members.go"

// TestCopiesAreCurrent checks that gearnCopy is members.go in the package
// of GearN's runtime; -update rewrites it, which works when the copy is so
// stale that the package of the copy no longer compiles.
func TestCopiesAreCurrent(t *testing.T) {
	src, err := os.ReadFile("members.go")
	if err != nil {
		t.Fatal(err)
	}
	want := append([]byte("// This file is a copy of generator/golang/memberruntime/members.go, which\n// the tests of that package keep the same: edit that one, then run go test\n// -update there.\n\n"),
		bytes.Replace(src, []byte("package memberruntime\n"), []byte("package runtime\n"), 1)...)
	if *update {
		if err := os.WriteFile(gearnCopy, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(gearnCopy)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error(gearnCopy + " is not a copy of members.go: run go test -update in this package")
	}
}
