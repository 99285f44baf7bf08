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

// blockStyle reads the blocks it holds.
type blockStyle []Block

func (blockStyle) String() string        { return "blocks" }
func (blockStyle) Detect([]string) int   { return 1 }
func (blockStyle) Extensions() []string  { return nil }
func (blockStyle) NeedsLexicon() bool    { return false }
func (s blockStyle) Read(Source) []Block { return s }

// TestReadResumes marks a table that repeats the header of the table
// before it after a few text lines as maybe resuming it, and one after
// more lines, or with other columns, as not.
func TestReadResumes(t *testing.T) {
	head := []string{"Code", "Type", "Required", "Description"}
	table := func(line int, h []string) Block {
		return Block{Line: line, Table: &Table{Line: line, Header: h, Rows: []*Row{{Line: line + 1, Cells: []string{"a", "string", "true", "A."}}}}}
	}
	text := func(line int) Block { return Block{Line: line, Text: "GearN Docs · API Reference"} }
	for _, c := range []struct {
		name    string
		blocks  []Block
		resumes bool
	}{
		{"after a footer", []Block{table(1, head), text(4), table(6, head)}, true},
		{"after a footer with a page mark, which goes", []Block{table(1, head), {Line: 4, Text: "GearN Docs · API Reference · Page 3 of 4"}, table(6, head)}, false},
		{"after more lines than a page break leaves", []Block{table(1, head), text(4), text(5), text(6), text(7), table(8, head)}, false},
		{"with other columns", []Block{table(1, head), text(4), table(6, []string{"Name", "Code", "Description"})}, false},
	} {
		bs := Read(blockStyle(c.blocks), Source{Name: "p"})
		last := bs[len(bs)-1].Table
		if got := last.Resumes == bs[0].Table; got != c.resumes {
			t.Errorf("%s: resumes %v, want %v", c.name, got, c.resumes)
		}
		if len(bs) == 2 && last.Continues != bs[0].Table {
			t.Errorf("%s: the tables are not adjacent", c.name)
		}
	}
}
