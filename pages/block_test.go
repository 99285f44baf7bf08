package pages

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestColumnOf(t *testing.T) {
	for cell, want := range map[string]Column{
		"Name": ColName, " mandatory ": ColRequired, "이름": ColName, "파라미터": ColName, "필드": ColName,
		"타입": ColType, "유형": ColType, "필수": ColRequired, "필수 여부": ColRequired, "설명": ColDescription,
		"Name (이름)": ColName, "이름(Name)": ColName, "타입/Type": ColType, "필수 여부 (Y/N)": ColRequired,
		"Mandatory (필수)": ColRequired, "Name (타입)": ColOther, "Status Code": ColOther, "Parameter": ColName, "Field": ColName, "param": ColName, "Key": ColName, "Parameter (파라미터)": ColName, "(Y/N)": ColOther,
		"/referral/code": ColOther, "/guild/name": ColOther,
	} {
		if got := ColumnOf(cell); got != want {
			t.Errorf("ColumnOf(%q) = %d, want %d", cell, got, want)
		}
	}
}

func TestRequiredness(t *testing.T) {
	for cell, want := range map[string][2]bool{
		"Y": {true, true}, "n": {false, true}, "true": {true, true}, "O": {true, true}, "X": {false, true},
		"필수": {true, true}, "선택": {false, true}, "Mandatory": {true, true}, "optional": {false, true},
		"": {false, false}, "Optional if guest": {false, false}, "필수 아님": {false, false},
		"必須": {true, true}, "任意": {false, true}, "⭕": {true, true}, "✔️": {true, true}, "✘": {false, true}, "×": {false, true},
		"(tick)": {true, true}, "(error)": {false, true}, "(/)": {true, true}, "(x)": {false, true},
		":white_check_mark:": {true, true}, ":x:": {false, true}, "(warning)": {false, false},
		"\u0130\u0130\u0130": {false, false}, "(TİCK)": {true, true}, ":NEGATİVE_SQUARED_CROSS_MARK:": {false, true},
		":negative_squared_cross_mar\u212a:": {false, true}, "TRUE": {true, true},
	} {
		if req, ok := Requiredness(cell); req != want[0] || ok != want[1] {
			t.Errorf("Requiredness(%q) = %v, %v; want %v, %v", cell, req, ok, want[0], want[1])
		}
	}
}

// TestCasedLen holds casedLen to Unicode's lower-casing: every rune that
// lower-cases to a rune of Requiredness's words is as long as that rune,
// but İ (to i, one byte longer) and the Kelvin sign (to k, two).
func TestCasedLen(t *testing.T) {
	held := map[rune]bool{}
	for _, m := range []map[string]bool{bools, requiredness} {
		for w := range m {
			for _, r := range w {
				held[r] = true
			}
		}
	}
	longer := map[rune]int{'i': 1, 'k': 2}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		l := unicode.ToLower(r)
		if held[l] && utf8.RuneLen(r)-utf8.RuneLen(l) > longer[l] {
			t.Errorf("%q lower-cases to %q, %d bytes shorter", r, l, utf8.RuneLen(r)-utf8.RuneLen(l))
		}
	}
	if got := casedLen(":negative_squared_cross_mark:"); got != 32 {
		t.Errorf("casedLen(%q) = %d, want 32", ":negative_squared_cross_mark:", got)
	}
}

// TestIsRuler tells a table's ruler, its cells aligned by colons or
// not, from text and from rows of cells written as dashes.
func TestIsRuler(t *testing.T) {
	for line, want := range map[string]bool{
		"|---|---|": true, "---|---": true, "| :--- | ---: |": true, "---": true,
		"| :-- | :-- | :-: | :-- |": true, "| --: | :-- |": true, ":--|--:": true, "|--|--|": true, "| :-: |": true,
		"| - | - |": false, "- |-": false, "--": false, ":--": false, "-- | text": false, "| Name | Type |": false,
	} {
		if got := IsRuler(line); got != want {
			t.Errorf("IsRuler(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestStartsRow(t *testing.T) {
	for _, c := range []struct {
		line  string
		width int
		want  bool
	}{
		{"badge | Integer | N | Badge count |", 4, true},
		{"| badge | Integer | N | Badge count |", 4, true},
		{"404 | Not Found | No such player |", 3, true},
		{"4xx (custom status) | Refused | See the codes |", 3, true},
		{"Content-Type | String | Y | \"application/json\"", 4, true},
		{"sent at once when omitted |", 4, false},
		{"|", 4, false},
		{"badge | Integer | Badge count |", 4, false},
		{"the rest | of a | wrapped | cell |", 4, false},
		{"badge Integer", 2, false},
	} {
		if got := StartsRow(c.line, c.width); got != c.want {
			t.Errorf("StartsRow(%q, %d) = %v, want %v", c.line, c.width, got, c.want)
		}
	}
}

// TestLineFormsLayout reads the layout of a page of lines: front matter
// is no text, a Setext heading is a heading, a list item whose table is
// indented under it is that table's title, and code is as written.
func TestLineFormsLayout(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"YAML front matter", "---\ntitle: \"a · Docs\"\ntags:\n  - clippings\n---\n# a\nText.", []string{"6: a", "7: Text."}},
		{"TOML front matter", "+++\ntitle = \"a\"\n+++\nText.", []string{"4: Text."}},
		{"a ruler first and a Setext heading, no front matter: the title the rules frame", "---\nText.\n---\nMore.", []string{"2: Text.", "4: More."}},
		{"jaytaylor/html2text's headings: framed by asterisks or dashes, underlined as long as their runes", "*******\nMailbox\n*******\n\n-------------\n/mailbox/list\n-------------\n\n설명\n--\n\nLists.", []string{"2: Mailbox", "6: /mailbox/list", "9: 설명", "12: Lists."}},
		{"jaytaylor/html2text's heading after its anchor link's \"#\", underlined as long as its line", "# ( #returncode ) ReturnCode\n----------------------------\n\nText.", []string{"1: ( #returncode ) ReturnCode", "4: Text."}},
		{"a run under a title of another length, or no title between two runs, is text", "설명\n---\n\nOK\n-\n\n-----\n\n-----", []string{"1: 설명", "4: OK", "5: -", "7: -----", "9: -----"}},
		{"front matter never closed", "---\ntitle: a\nText.", []string{"1: ---", "2: title: a", "3: Text."}},
		{"Setext headings, numbered", "Title\n=====\n\n2.1 Server\n---------\nText.", []string{"1: Title", "4: Server", "6: Text."}},
		{"an underline under a heading, an item or a quote is no Setext one", "# Title\n---\n- item\n---\n> quote\n===", []string{"1: Title", "2: ---", "3: - item", "4: ---", "5: > quote", "6: ==="}},
		{"a list item's indented table", "- **Invitation**\n    \n    | Name | Type |\n    | a | string |\n1. Reward\n   | Name | Type |", []string{"1: Invitation", "3: table", "5: Reward", "6: table"}},
		{"a list item before a table that is not its content", "- Invitation\n\n| Name | Type |\n\nText\n  | Name | Type |", []string{"1: - Invitation", "3: table", "5: Text", "6: table"}},
		{"code as written", "```json title=\"a.json\"\n{\"a\": \"b\"}\n---\n```\n~~~\nLine\n=====\n~~~", []string{"1: ```json title=\"a.json\"", "2: {\"a\": \"b\"}", "3: ---", "4: ```", "5: ~~~", "6: Line", "7: =====", "8: ~~~"}},
	} {
		lines := Lines([]byte(c.page))
		var got []string
		for _, b := range (LineForms{Table: func(i int) (*Table, int) {
			if !strings.HasPrefix(strings.TrimSpace(lines[i]), "|") {
				return nil, i
			}
			j := i
			for j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|") {
				j++
			}
			return &Table{Line: i + 1}, j
		}}).Blocks(lines) {
			if b.Table != nil {
				got = append(got, fmt.Sprintf("%d: table", b.Line))
				continue
			}
			got = append(got, fmt.Sprintf("%d: %s", b.Line, b.Text))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestCodesOfValues makes a column of whole numbers headed Value beside a
// name column an enum's code column, and keeps any other column of
// values one.
func TestCodesOfValues(t *testing.T) {
	table := func(header []string, rows ...[]string) *Table {
		cols, _ := ColumnsOf(header)
		tb := &Table{Header: header, Cols: cols}
		for _, r := range rows {
			tb.Rows = append(tb.Rows, &Row{Cells: r})
		}
		return tb
	}
	for _, c := range []struct {
		name string
		tb   *Table
		want Kind
	}{
		{"Value | Name | Description", table([]string{"Value", "Name", "Description"}, []string{"1", "Normal", "x"}, []string{"-2", "Hard", "y"}), KindEnum},
		{"Name | Value", table([]string{"Name", "Value"}, []string{"Normal", "1"}), KindEnum},
		{"값 | 이름", table([]string{"값", "이름"}, []string{"1", "Normal"}), KindEnum},
		{"values not all numbers", table([]string{"Name", "Value"}, []string{"maxPlayers", "4"}, []string{"region", "kr"}), KindUnknown},
		{"no rows", table([]string{"Name", "Value"}), KindUnknown},
		{"no name column", table([]string{"Value", "Description"}, []string{"1", "x"}), KindUnknown},
		{"a type column", table([]string{"Name", "Type", "Value"}, []string{"a", "int", "1"}), KindUnknown},
	} {
		c.tb.codesOfValues()
		if got := c.tb.Kind(); got != c.want {
			t.Errorf("%s: kind %v, want %v", c.name, got, c.want)
		}
	}
}
