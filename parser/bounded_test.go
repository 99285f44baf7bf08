package parser

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestBoundedTime parses pages made to blow up a row splitter that tries
// every split, or a reader that rescans or re-copies what it has read:
// each must parse, or fail, well within the time limit.
func TestBoundedTime(t *testing.T) {
	var names strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&names, "See A%05d\n", i)
	}
	cases := []struct{ name, page string }{
		{"repeated header words", "CodeCodeCodeCodeCodeTypeDescription\n" + strings.Repeat("a", 200) + "string x\n"},
		{"10,000 identifier bytes", "CodeTypeRequiredDescription\n" + strings.Repeat("a", 10000) + "stringtrue x\n"},
		{"camel case run", "CodeTypeRequiredDescription\n" + strings.Repeat("aA", 5000) + " x\n"},
		{"a line of type names", "CodeTypeRequiredDescription\na" + strings.Repeat("string", 20000) + " x\n"},
		{"a long listed value", "CodeTypeRequiredDescription\nastring in " + strings.Repeat("b", 100000) + "true x\n"},
		{"a long first word", "CodeTypeRequiredDescription\n" + strings.Repeat("aA", 60) + strings.Repeat("x", 200000) + "\n"},
		{"blank lines in a table", "CodeTypeRequiredDescription\nastringtrueA.\n" + strings.Repeat("\n", 200000) + "bstringtrueB.\n"},
		{"continuation lines", "CodeTypeRequiredDescription\nastringtrueA.\n" + strings.Repeat("and more words\n", 100000)},
		{"many type names", names.String() + "CodeTypeRequiredDescription\n" + strings.Repeat(strings.Repeat("aA", 60)+"string x\n", 500)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			done := make(chan struct{})
			start := time.Now()
			go func() {
				defer close(done)
				Parse([]Page{{Name: "p.txt", Data: []byte(c.page)}}, Options{})
			}()
			select {
			case <-done:
				t.Logf("%d bytes in %v", len(c.page), time.Since(start))
			case <-time.After(10 * time.Second):
				t.Fatalf("%d bytes: no result after 10s", len(c.page))
			}
		})
	}
}
