package parser_test

import (
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestStatedBodyInferred parses a Kakao page whose Request Body section
// prints its table one cell per line with its header's Mandatory cell
// lost (html2markdown's r10, that cell's line left blank), which no
// reading takes: the body is known only from the example request, and
// the requiredness the section stated is lost. Each member's requiredness
// is a hole at the section, which an override fills; none reads as
// optional by default.
func TestStatedBodyInferred(t *testing.T) {
	page, err := os.ReadFile("../testdata/sweep/html2markdown-table/r10_lanternRelease/lantern.md")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(page), "\n")
	if lines[49] != "Request Body" || lines[55] != "Mandatory" {
		t.Fatalf("lantern.md: lines 50 and 56 are %q and %q; want the Request Body section and its header's Mandatory cell", lines[49], lines[55])
	}
	lines[55] = ""
	data := []byte(strings.Join(lines, "\n"))
	res, err := parser.Parse([]parser.Page{{Name: "lantern.md", Data: data}}, parser.Options{Name: "base"})
	if err == nil || res.API == nil || len(res.Holes) == 0 {
		t.Fatalf("err %v, schema %v, holes %v; want holes, and the schema", err, res.API != nil, res.Holes)
	}
	for _, h := range res.Holes {
		if h.Fact != schema.FactRequired || h.At != (schema.Pos{Page: "lantern.md", Line: 50}) || !h.Field.RequiredOpen {
			t.Errorf("hole %+v; want the requiredness of a body member, at the section's line 50", h)
		}
	}
	want := "lantern.md:50: member playerId of the request body of release is known only from the example request at line 168: the Request Body section at line 50 states the body's fields in text that no table reads, and whether each is required is lost. To settle it, add to the overrides file (under fixes:), with <true or false> replaced:\n  - operation: release\n    field: playerId\n    required: <true or false>"
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error\n%v\nwant in it\n%s", err, want)
	}
	var fixes strings.Builder
	fixes.WriteString("fixes:\n")
	for _, h := range res.Holes {
		fixes.WriteString("  - operation: release\n    field: " + h.Field.Name + "\n    required: true\n")
	}
	f, err := overrides.Load("fixes.yaml", []byte(fixes.String()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Apply(res.API, res.Holes); err != nil {
		t.Errorf("overrides: %v", err)
	}
}
