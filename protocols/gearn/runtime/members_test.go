package runtime

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite members.go from package memberruntime")

// membersSource is the file of package generator/golang/memberruntime that
// this package holds a copy of: its decoder and encoder go through the
// tables of members that the file reads from struct types, as the
// generated packages' do.
const membersSource = "../../../generator/golang/memberruntime/members.go"

// TestMembersIsCopy checks that members.go is the copy of membersSource
// that the generator puts next to this package's code in a generated
// package; -update rewrites it.
func TestMembersIsCopy(t *testing.T) {
	src, err := os.ReadFile(membersSource)
	if err != nil {
		t.Fatal(err)
	}
	want := append([]byte("// This file is a copy of generator/golang/memberruntime/members.go, which\n// TestMembersIsCopy keeps it the same as: edit that one, then run go test\n// -update here.\n\n"),
		bytes.Replace(src, []byte("package memberruntime\n"), []byte("package runtime\n"), 1)...)
	if *update {
		if err := os.WriteFile("members.go", want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("members.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("members.go is not a copy of " + membersSource + ": run go test -update in this package")
	}
}
