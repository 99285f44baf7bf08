package parser_test

import (
	"os"
	"slices"
	"testing"

	"github.com/docs2go/docs2go/parser"
)

// TestLynxKakao parses a Kakao page dumped by lynx (lynx -dump of
// b09_notice's notice.html: link numbers before links' text and its list
// of links at its end, tables laid out in columns or too wide for it, one
// space between cells, a header centred over its columns) and reads the
// facts its HTML gives.
func TestLynxKakao(t *testing.T) {
	dump, err := os.ReadFile("../testdata/lynx/notice.txt")
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile("../testdata/facts/b09_notice/notice.html")
	if err != nil {
		t.Fatal(err)
	}
	got, err := parser.Parse([]parser.Page{{Name: "notice.txt", Data: dump}}, parser.Options{Name: "kakao"})
	if err != nil {
		t.Fatalf("the dump: %v", err)
	}
	want, err := parser.Parse([]parser.Page{{Name: "notice.html", Data: page}}, parser.Options{Name: "kakao"})
	if err != nil {
		t.Fatalf("the page: %v", err)
	}
	if g, w := factLines(got.API), factLines(want.API); !slices.Equal(g, w) {
		t.Errorf("facts of the dump\n%q\nwant those of the page\n%q", g, w)
	}
	var at []int
	for _, op := range got.API.Operations {
		for _, ep := range op.Endpoints {
			for _, f := range ep.Query {
				at = append(at, f.At.Line)
			}
		}
	}
	if !slices.Equal(at, []int{43, 44, 46}) {
		t.Errorf("query parameters at lines %v, want 43, 44, 46", at)
	}
}
