package pages

import (
	"slices"
	"strings"
	"testing"
)

// TestReadRule reads a line as a rule whatever character draws it (a
// box-drawing horizontal, light, heavy, double or dashed, a block
// stroke, an overline, an ASCII one), behind a box's corner or none, and
// no line of text, of mixed characters or of runs apart as one.
func TestReadRule(t *testing.T) {
	for _, c := range []struct {
		line string
		want Rule
		ok   bool
	}{
		{"────", Rule{Char: '─', Len: 4}, true},
		{"  ━━━━━━ ", Rule{Char: '━', Indent: 2, Len: 6}, true},
		{"════", Rule{Char: '═', Len: 4}, true},
		{"╌╌╌", Rule{Char: '╌', Len: 3}, true},
		{"┄┄┄┄", Rule{Char: '┄', Len: 4}, true},
		{"▔▔▔", Rule{Char: '▔', Len: 3}, true},
		{"▁▁▁", Rule{Char: '▁', Len: 3}, true},
		{"‾‾‾", Rule{Char: '‾', Len: 3}, true},
		{"~~~~", Rule{Char: '~', Len: 4}, true},
		{"____", Rule{Char: '_', Len: 4}, true},
		{"****", Rule{Char: '*', Len: 4}, true},
		{"-----", Rule{Char: '-', Len: 5}, true},
		{"  ┌────", Rule{Char: '─', Corner: '┌', Indent: 2, Len: 4}, true},
		{"  └────", Rule{Char: '─', Corner: '└', Indent: 2, Len: 4}, true},
		{"╔════", Rule{Char: '═', Corner: '╔', Len: 4}, true},
		{"┌", Rule{}, false},
		{"──━━", Rule{}, false},
		{"──── ────", Rule{}, false},
		{"---|---", Rule{}, false},
		{"Name", Rule{}, false},
		{"", Rule{}, false},
		{"┌──┬──┐", Rule{}, false},
	} {
		got, ok := ReadRule(c.line)
		if ok != c.ok || got != c.want {
			t.Errorf("ReadRule(%q) = %+v, %v, want %+v, %v", c.line, got, ok, c.want, c.ok)
		}
	}
	if w := (Rule{Char: '═', Len: 32}).Width(); w != 32 {
		t.Errorf("width %d, want 32", w)
	}
}

// orgTable is a table as Emacs Org's ASCII exporter writes it with the
// utf-8 charset: framed by heavy rules, no rule under the header row, its
// cells padded with spaces, a number column set right, the cell a
// spanned row left empty.
var orgTable = []string{
	"  ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
	"           Status Code  Status Code Description  Description ",
	"                   200  Normal Response          Normal      ",
	"   467 (custom status)  Count Unavailable        See below   ",
	"                        Count Pending            Retry later ",
	"  ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
}

// TestReadRules reads the rules a text exporter drew in each role: a
// table framed by two rules of any character, its first row naming its
// columns, into rows between pipes, its cells in the bands of display
// columns its rows hold text in (a number set right is its column's, a
// cell left empty is empty); a box around code into a fenced block, its
// walls off; a heading's underline of any character, as wide as the
// heading, into a Setext one (an ASCII underline, reStructuredText's
// "~~~~", is its style's to read). A framed table whose first row names no
// column, one with a rule of runs inside (pandoc's multiline table), a
// box that no bottom closes and a rule wider than the text over it stay
// as they are.
func TestReadRules(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"Org's table", orgTable, []string{
			"",
			"  | Status Code | Status Code Description | Description |",
			"  | 200 | Normal Response | Normal |",
			"  | 467 (custom status) | Count Unavailable | See below |",
			"  |  | Count Pending | Retry later |",
			"",
		}},
		{"a table framed by dashed rules", []string{
			"┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
			" Name      Type     Description",
			" playerId  String   Player ID",
			" days      Integer  Days back",
			"┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
		}, []string{"", "| Name | Type | Description |", "| playerId | String | Player ID |", "| days | Integer | Days back |", ""}},
		{"a framed table whose first row names no column", []string{
			"━━━━━━━━━━━━━━━━━━━━━",
			" playerId  String",
			" days      Integer",
			"━━━━━━━━━━━━━━━━━━━━━",
		}, nil},
		{"pandoc's multiline table", []string{
			"--------------------------",
			" Name      Type     Notes",
			"--------  -------  -------",
			" days      Integer  Days",
			"--------------------------",
		}, nil},
		{"a code box", []string{
			"  ┌────",
			"  │ HTTP/1.1 200 OK",
			"  │ ",
			"  │ {",
			"  │ \t\"a\": 1",
			"  │ }",
			"  └────",
		}, []string{"  ```", "  HTTP/1.1 200 OK", "", "  {", "  \t\"a\": 1", "  }", "  ```"}},
		{"a box no bottom closes", []string{"  ┌────", "  │ GET /a HTTP/1.1", "", "Text"}, nil},
		{"Org's underlines", []string{
			"1 [장어 어살 Eel Weirs]",
			"═══════════════════════",
			"",
			"1.1.3 Request Headers",
			"╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌",
			"",
			"Status",
			"▔▔▔▔▔▔",
			"Name",
			"‾‾‾‾",
			"Type",
			"~~~~",
		}, []string{
			"1 [장어 어살 Eel Weirs]",
			"===================",
			"",
			"1.1.3 Request Headers",
			"---------------------",
			"",
			"Status",
			"------",
			"Name",
			"----",
			"Type",
			"~~~~",
		}},
		{"a rule wider than the text over it", []string{"Text", "━━━━━━━━━━━"}, nil},
		{"a rule at another indentation", []string{"  Text", "━━━━"}, nil},
	} {
		text := Text{Lines: slices.Clone(c.lines)}
		text.readRules()
		want := c.want
		if want == nil {
			want = c.lines
		}
		if !slices.Equal(text.Lines, want) {
			t.Errorf("%s: read\n%s\nwant\n%s", c.name, strings.Join(text.Lines, "\n"), strings.Join(want, "\n"))
		}
	}
}

// FuzzReadRules checks that reading a page's rules keeps its lines, one
// for one, and that reading them again changes none.
func FuzzReadRules(f *testing.F) {
	f.Add(strings.Join(orgTable, "\n"))
	f.Add("Title\n╌╌╌╌╌\n\n  ┌────\n  │ GET /a HTTP/1.1\n  └────\n")
	f.Add("━━━━\n Name  Type\n ━━━━\n━━━━")
	f.Fuzz(func(t *testing.T, page string) {
		text := Text{Lines: strings.Split(page, "\n")}
		n := len(text.Lines)
		text.readRules()
		once := slices.Clone(text.Lines)
		text.readRules()
		if len(once) != n || !slices.Equal(text.Lines, once) {
			t.Fatalf("read %q, then %q", once, text.Lines)
		}
	})
}
