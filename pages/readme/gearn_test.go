package readme_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// positionRe matches what a schema's YAML tells of its pages: a
// position, "at: page.md:12", and an item of its list of pages.
var positionRe = regexp.MustCompile(`(?m)^\s*(?:at: \S+|- \S+\.md)$`)

// schemaOf parses one page on its own and returns its schema's YAML
// without the pages' names and positions.
func schemaOf(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	res, err := parser.Parse([]parser.Page{{Name: "page.md", Data: data}}, parser.Options{Name: "gearn"})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out, err := schema.Save(res.API)
	if err != nil {
		t.Fatal(err)
	}
	return positionRe.ReplaceAll(out, nil)
}

// TestGearNPage parses a GearN page of the corpus as ReadMe's legacy
// editor keeps it (testdata/sendGroupMessage.md: every heading an
// api-header block, every table a parameters block, the message's cell
// of two lines holding a "\n", every code block a code block) into the
// schema its source page, in Markdown, gives.
func TestGearNPage(t *testing.T) {
	want := schemaOf(t, "../../testdata/facts/b05_sendGroupMessage/sendGroupMessage.md")
	if got := schemaOf(t, "testdata/sendGroupMessage.md"); string(got) != string(want) {
		t.Errorf("the page in ReadMe's blocks gives the schema\n%s\nwant, as its Markdown source gives\n%s", got, want)
	}
}
