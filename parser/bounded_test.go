package parser

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/docs2go/docs2go/schema"
)

// TestBoundedTime parses pages made to blow up a row splitter that tries
// every split, or a reader that rescans or re-copies what it has read:
// each must give its outcome well within the time limit. The outcome is
// checked too, so that a case cannot pass by being refused before its
// rows are read: every page lacks an endpoint line, and a row the
// splitter cannot split is an error at its line.
func TestBoundedTime(t *testing.T) {
	var names strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&names, "See A%05d\n", i)
	}
	// A page of a header and rows alone bears too few marks of a
	// protocol's pages to tell which (a field table headed Code).
	noEndpoint := "1: cannot tell which protocol the page documents: it bears too few marks"
	cases := []struct {
		name, page string
		want       []string // each diagnostic, "line: the start of its message"
	}{
		{"repeated header words", "CodeCodeCodeCodeCodeTypeDescription\n" + strings.Repeat("a", 200) + "string x\n", []string{"1: not an API documentation page: found no table"}},
		{"10,000 identifier bytes", "CodeTypeRequiredDescription\n" + strings.Repeat("a", 10000) + "stringtrue x\n", []string{noEndpoint, "2: cannot split"}},
		{"camel case run", "CodeTypeRequiredDescription\n" + strings.Repeat("aA", 5000) + " x\n", []string{noEndpoint, "2: cannot split"}},
		{"a line of type names", "CodeTypeRequiredDescription\na" + strings.Repeat("string", 20000) + " x\n", []string{noEndpoint}},
		{"a long listed value", "CodeTypeRequiredDescription\nastring in " + strings.Repeat("b", 100000) + "true x\n", []string{noEndpoint}},
		{"a long first word", "CodeTypeRequiredDescription\n" + strings.Repeat("aA", 60) + strings.Repeat("x", 200000) + "\n", []string{noEndpoint}},
		{"blank lines in a table", "CodeTypeRequiredDescription\nastringtrueA.\n" + strings.Repeat("\n", 200000) + "bstringtrueB.\n", []string{noEndpoint}},
		{"continuation lines", "CodeTypeRequiredDescription\nastringtrueA.\n" + strings.Repeat("and more words\n", 100000), []string{noEndpoint}},
		{"many type names", names.String() + "CodeTypeRequiredDescription\n" + strings.Repeat(strings.Repeat("aA", 60)+"string x\n", 500), []string{noEndpoint}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			done := make(chan struct{})
			start := time.Now()
			var res *Result
			var err error
			go func() {
				defer close(done)
				res, err = Parse([]Page{{Name: "p.txt", Data: []byte(c.page)}}, Options{})
			}()
			select {
			case <-done:
				t.Logf("%d bytes in %v", len(c.page), time.Since(start))
				var ds schema.Diagnostics
				if res.API != nil || !errors.As(err, &ds) {
					t.Fatalf("want the errors %q, got the schema %v and the error %v", c.want, res.API, err)
				}
				if len(ds) != len(c.want) {
					t.Fatalf("want the errors %q, got %v", c.want, ds)
				}
				for i, d := range ds {
					if got := fmt.Sprintf("%d: %s", d.Pos.Line, d.Msg); d.Pos.Page != "p.txt" || !strings.HasPrefix(got, c.want[i]) {
						t.Errorf("error %d: got %s, want %s…", i, d, c.want[i])
					}
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("%d bytes: no result after 10s", len(c.page))
			}
		})
	}
}
