package parser_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestTitleSentence reads a type's table titled by a sentence that names
// the type, on a page of each protocol, as the page with the type's name
// for a title reads, with a warning at the sentence's line.
func TestTitleSentence(t *testing.T) {
	for _, c := range []struct {
		page, title, sentence string
		line                  int
	}{
		{"../testdata/pages/004_28460c040084b103.txt", "PlayerAllResponse", "The PlayerAllResponse object", 36},
		{"../testdata/pages/004_28460c040084b103.txt", "PlayerAllResponse", "Type: PlayerAllResponse", 36},
		{"../testdata/facts/e08_cancelAuction/cancelAuction.txt", "ResponseData", "Type ResponseData", 57},
		{"../testdata/facts/e08_cancelAuction/cancelAuction.txt", "ResponseData", "The ResponseData structure:", 57},
	} {
		data, err := os.ReadFile(c.page)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		if lines[c.line-1] != c.title {
			t.Fatalf("%s:%d is %q, not the title %q", c.page, c.line, lines[c.line-1], c.title)
		}
		want, err := parser.Parse([]parser.Page{{Name: "p.txt", Data: data}}, parser.Options{Name: "x"})
		if err != nil {
			t.Fatalf("%s: %v", c.page, err)
		}
		lines[c.line-1] = c.sentence
		got, err := parser.Parse([]parser.Page{{Name: "p.txt", Data: []byte(strings.Join(lines, "\n"))}}, parser.Options{Name: "x"})
		if err != nil {
			t.Fatalf("%s with %q: %v", c.page, c.sentence, err)
		}
		wantYAML, _ := schema.Save(want.API)
		gotYAML, _ := schema.Save(got.API)
		if string(gotYAML) != string(wantYAML) {
			t.Errorf("%s with %q: the schema differs from the page's with its title", c.page, c.sentence)
		}
		if !slices.ContainsFunc(got.Warnings, func(w schema.Diagnostic) bool {
			return w.Pos.Line == c.line && strings.Contains(w.Msg, "names the type "+c.title+" in a sentence")
		}) {
			t.Errorf("%s with %q: no warning at line %d names the sentence: %v", c.page, c.sentence, c.line, got.Warnings)
		}
	}
}
