package pages

import (
	"reflect"
	"testing"
)

// lineStyle reads each line as a text block.
type lineStyle struct{}

func (lineStyle) String() string       { return "lines" }
func (lineStyle) Detect([]string) int  { return 1 }
func (lineStyle) Extensions() []string { return nil }
func (lineStyle) NeedsLexicon() bool   { return false }
func (lineStyle) Read(src Source) []Block {
	var bs []Block
	for i, l := range src.Lines {
		bs = append(bs, Block{Line: i + 1, Text: l})
	}
	return bs
}

// TestReadDropsFences checks that the fences of code blocks go, in any
// style, and the code between them stays.
func TestReadDropsFences(t *testing.T) {
	lines := []string{"Example", "```http", "GET /a HTTP/1.1", "```", "~~~ json", "{}", "~~~", "``` not a fence", "```inline```"}
	var got []string
	for _, b := range Read(lineStyle{}, Source{Name: "p", Lines: lines}) {
		got = append(got, b.Text)
	}
	want := []string{"Example", "GET /a HTTP/1.1", "{}", "``` not a fence", "```inline```"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
