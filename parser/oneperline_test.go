package parser_test

import (
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestOneErrorPerLine parses a page (bp04_shoot's, a PDF's text as
// @opendocsg/pdf2md writes it) whose rows of status and detail codes a
// line of text cut from their tables: the page's reading refuses such a
// line (a line of text cut the table) and the check of the section's
// codes refuses it again, and only the section's error, which knows
// more, is shown: one error per line.
func TestOneErrorPerLine(t *testing.T) {
	data, err := os.ReadFile("../testdata/facts/bp04_shoot/page.md")
	if err != nil {
		t.Fatal(err)
	}
	_, err = parser.Parse([]parser.Page{{Name: "page.md", Data: data}}, parser.Options{Name: "x"})
	ds, ok := err.(schema.Diagnostics)
	if !ok {
		t.Fatalf("error %v, want the page's errors", err)
	}
	seen := map[schema.Pos]string{}
	for _, d := range ds {
		if first, ok := seen[d.Pos]; ok {
			t.Errorf("two errors at %s:\n%s\n%s", d.Pos, first, d.Msg)
		}
		seen[d.Pos] = d.Msg
	}
	for line, want := range map[int]string{
		73: "after the table of the Response Status Code section at line 65",
		87: "after the table of the Response Code section at line 81",
	} {
		if msg := seen[schema.Pos{Page: "page.md", Line: line}]; !strings.Contains(msg, want) {
			t.Errorf("error at line %d: %q, want the section's, with %q", line, msg, want)
		}
	}
}
