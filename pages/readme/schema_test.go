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
	return schemaOfPage(t, name, data)
}

// schemaOfPage is schemaOf a page's bytes.
func schemaOfPage(t *testing.T, name string, data []byte) []byte {
	t.Helper()
	res, err := parser.Parse([]parser.Page{{Name: "page.md", Data: data}}, parser.Options{Name: "api"})
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

// requestCodeRe matches a code block of one request line, GearN's
// endpoint; methodHeadingRe the api-header of Kakao's path and the one
// titled Method with the method under it.
var (
	requestCodeRe   = regexp.MustCompile(`\[block:code\]\n\{\n  "codes": \[\n    \{\n      "code": "(POST|GET) (/[^"]+)",\n      "language": "http"\n    \}\n  \]\n\}\n\[/block\]`)
	methodHeadingRe = regexp.MustCompile(`("title": "/hotspring/booking")\n\}\n\[/block\]\n((?:.*\n){6})\[block:api-header\]\n\{\n  "title": "Method"\n\}\n\[/block\]\nPUT\n`)
)

// TestMethodOfHeading parses the pages of both protocols whose request
// lines an api-header carries, its "type" the method and its title the
// path, as ReadMe's API reference writes an endpoint's, into the schema
// of the pages that write them as a code block (GearN) or a section
// (Kakao's Method).
func TestMethodOfHeading(t *testing.T) {
	for _, c := range []struct {
		page string
		re   *regexp.Regexp
		repl string
	}{
		{"testdata/sendGroupMessage.md", requestCodeRe, "[block:api-header]\n{\n  \"type\": \"${1}\",\n  \"title\": \"${2}\"\n}\n[/block]"},
		{"../../testdata/facts/t12_hotspringBooking/hotspring.md", methodHeadingRe, "${1},\n  \"type\": \"put\"\n}\n[/block]\n${2}"},
	} {
		data, err := os.ReadFile(c.page)
		if err != nil {
			t.Fatal(err)
		}
		headed := c.re.ReplaceAll(data, []byte(c.repl))
		if string(headed) == string(data) {
			t.Fatalf("%s: no request line to write in an api-header", c.page)
		}
		if got, want := schemaOfPage(t, c.page, headed), schemaOfPage(t, c.page, data); string(got) != string(want) {
			t.Errorf("%s with its request line in an api-header gives the schema\n%s\nwant\n%s", c.page, got, want)
		}
	}
}
