package html

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/net/html"
)

// TestDescendants holds descendants to the order and the nodes of
// x/net/html's Descendants, from every node of every sample page and of
// the facts corpus's HTML pages, and to a walk stopped early.
func TestDescendants(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../testdata/html/*.html", "../../testdata/facts/*/*.html"} {
		found, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, found...)
	}
	if len(files) == 0 {
		t.Fatal("no page")
	}
	for _, f := range files {
		file, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(file)
		file.Close()
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			want := slices.Collect(n.Descendants())
			if got := slices.Collect(descendants(n)); !slices.Equal(got, want) {
				t.Fatalf("%s: descendants of a <%s> yield %d nodes, Descendants %d", f, n.Data, len(got), len(want))
			}
		}
		third := 0
		for range descendants(doc) {
			if third++; third == 3 {
				break
			}
		}
		if third != 3 {
			t.Errorf("%s: a walk stopped at the third node yielded %d", f, third)
		}
	}
	if got := slices.Collect(descendants(&html.Node{Type: html.ElementNode, Data: "p"})); len(got) != 0 {
		t.Errorf("an element without children has descendants %v", got)
	}
}
