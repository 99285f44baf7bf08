package pages

import (
	"reflect"
	"testing"
)

// TestReadRecord reads a spreadsheet's rows as RFC 4180 writes them:
// quotes undone, a doubled one a quote, a quoted cell over lines, and
// what a hand's edit leaves (a quote inside a cell not quoted, a stray
// one in a quoted cell, a quote never closed) read as written.
func TestReadRecord(t *testing.T) {
	for _, c := range []struct {
		lines []string
		sep   byte
		want  Record
	}{
		{[]string{`a,"b, c",,`}, ',', Record{Cells: []string{"a", "b, c", "", ""}, Quoted: []bool{false, true, false, false}}},
		{[]string{`"say ""hi""";x`}, ';', Record{Cells: []string{`say "hi"`, "x"}, Quoted: []bool{true, false}}},
		{[]string{"n\t\"one", "two\"\t", "next"}, '\t', Record{Cells: []string{"n", "one\ntwo", ""}, Quoted: []bool{false, true, false}, End: 1}},
		{[]string{`5" screen,"",x`}, ',', Record{Cells: []string{`5" screen`, "", "x"}, Quoted: []bool{false, true, false}}},
		{[]string{`"a"b,c`}, ',', Record{Cells: []string{`a"b`, "c"}, Quoted: []bool{true, false}, Stray: true}},
		{[]string{`x,"open`, "more"}, ',', Record{Cells: []string{"x", `"open`}, Quoted: []bool{false, false}, Unclosed: true}},
	} {
		if got := ReadRecord(c.lines, 0, c.sep); !reflect.DeepEqual(got, c.want) {
			t.Errorf("ReadRecord(%q) = %+v, want %+v", c.lines, got, c.want)
		}
	}
}

// TestUnquoted undoes a spreadsheet's quotes around a whole cell or line
// where a doubled quote inside shows them, and leaves a text its writer
// quoted.
func TestUnquoted(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{`"{""a"": 1}"`, `{"a": 1}`, true},
		{`  "say ""hi"""  `, `say "hi"`, true},
		{`"quoted by its writer"`, `"quoted by its writer"`, false},
		{`"a" and "b"`, `"a" and "b"`, false},
		{`"a ""b"" "c"`, `"a ""b"" "c"`, false},
		{`""`, `""`, false},
	} {
		if got, ok := Unquoted(c.in); got != c.want || ok != c.ok {
			t.Errorf("Unquoted(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
