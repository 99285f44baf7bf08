package vimdoc

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// rule is a rule of pandoc's text width, 72.
var (
	rule  = strings.Repeat("-", 72)
	rule1 = strings.Repeat("=", 72)
)

// tagged sets title and its tag as pandoc's vimdoc writer does: the tag
// ends two characters past the text width, its stars concealed, or one
// space after a title too long for that.
func tagged(title, tag string) string {
	t := "*" + tag + "*"
	pad := max(1, 72+2-len([]rune(title))-len(t))
	return title + strings.Repeat(" ", pad) + t
}

// TestBlocks reads Vim help pages into headings, tables and code.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "pandoc's form: rules, permalinks, a column heading, an empty cell, a code block",
			page: strings.Join([]string{
				rule1,
				tagged("getKennel \u200b #getkennel", "getkennel"),
				"",
				rule,
				tagged("Request Body \u200b #request-body", "request-body"),
				"",
				"    Code      Type       Required   Description ~",
				"    `dogId`   `string`   true       The dog's id.",
				"    `name`    `string`              The dog's name.",
				"",
				"http",
				">shiki",
				"    POST /kennel/walk",
				"<",
			}, "\n"),
			want: []string{"02 getKennel", "05 Request Body", "07 [Code|Type|Required|Description]", "08 |dogId|string|true|The dog's id.|", "09 |name|string||The dog's name.|", "11 http", "13 POST /kennel/walk"},
		},
		{
			name: "a multi-line table: rows apart, their cells wrapped",
			page: strings.Join([]string{
				rule,
				tagged("Codes \u200b #codes", "codes"),
				"",
				"    Name        Code   Description ~",
				"",
				"    Ok          1      The request",
				"                       completed.",
				"",
				"    Failed      0      The request",
				"                       failed.",
			}, "\n"),
			want: []string{"02 Codes", "04 [Name|Code|Description]", "06 |Ok|1|The request completed.|", "09 |Failed|0|The request failed.|"},
		},
		{
			name: "by hand: a headline at the margin, text that opens a code block, a modeline",
			page: strings.Join([]string{
				"Request body ~",
				"",
				"Send it so: >",
				"    {\"dogId\": \"a\"}",
				"<",
				"    Name      Type       Description ~",
				"    dogId     string     The dog's id.",
				"",
				" vim:tw=78:ts=8:ft=help:norl:",
			}, "\n"),
			want: []string{"01 Request body", "03 Send it so:", "04 {\"dogId\": \"a\"}", "06 [Name|Type|Description]", "07 |dogId|string|The dog's id.|"},
		},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestRestoreCase gives an upper-cased heading the one case the page
// spells it in elsewhere, with a warning, refuses it where the page
// spells it two ways, and keeps it where the page spells it nowhere.
func TestRestoreCase(t *testing.T) {
	table := func(typ string) []string {
		return []string{
			"    Code      Type            Required   Description ~",
			"    `perch`   " + typ + "   true       The perch. See PerchKind #perchkind",
			"",
		}
	}
	head := tagged("PERCHKIND \u200b #perchkind", "perchkind")
	for _, c := range []struct {
		name  string
		page  []string
		want  string
		warns []string
	}{
		{
			name:  "a link to its anchor and a Type cell spell it alike",
			page:  append(table("`PerchKind[]`"), head),
			want:  "04 PerchKind",
			warns: []string{`p.txt:4: the heading at line 4, "PERCHKIND", is upper-cased, as a Vim help writer sets a third-level title, and lost its case: read as "PerchKind", as the page spells it at line 2`},
		},
		{
			name:  "a Type cell spells it another way than the link",
			page:  append(table("`Perchkind`  "), head),
			want:  "04 PERCHKIND",
			warns: []string{`p.txt:4: the heading at line 4, "PERCHKIND", is upper-cased, as a Vim help writer sets a third-level title, and lost its case; the page spells it "PerchKind" (line 2) and "Perchkind" (line 2), and which one is the title cannot be told: write the title in its case at line 4, or add to the overrides file (under tables:) the type the table under it documents, "- table: p.txt:LINE" with "type: <one of them>"`},
		},
		{
			name: "a section title the page spells nowhere else",
			page: []string{tagged("REQUEST BODY \u200b #request-body", "request-body")},
			want: "01 REQUEST BODY",
		},
	} {
		blocks, warns := pagestest.Read(Style{}, strings.Join(c.page, "\n"), true)
		if got := pagestest.Describe(blocks); !strings.Contains(strings.Join(got, "\n"), c.want) {
			t.Errorf("%s: blocks\n%s\nwant the heading %q", c.name, strings.Join(got, "\n"), c.want)
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestDetect is certain of Vim help, and leaves the pages of the other
// styles to them.
func TestDetect(t *testing.T) {
	styles := []pages.Style{Style{}, markdown.Style{}, aligned.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{rule + "\n" + tagged("Body \u200b #body", "body") + "\n\n    Name    Type ~\n    a       int", Style{}},
		{rule + "\n" + tagged("Body", "body") + "\n\n>json\n    {}\n<", Style{}},
		{"Body ~\n\n    Name    Type    Description\n    a       int     The a.\n\n vim:tw=78:ft=help:norl:", Style{}},
		{"# Body\n\n---\nSee *this*\n\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"Body\n\n    Name    Type    Description\n    a       int     The a.", aligned.Style{}},
		{"Body\n\n    Name    Type    Description\n    a       int     The a.\n\n vim:tw=78:ft=help:norl:", aligned.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
