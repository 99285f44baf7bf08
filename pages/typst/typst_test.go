package typst

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/latex"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
)

// TestInline reads the markup inside a line as the text it shows.
func TestInline(t *testing.T) {
	for _, c := range []struct {
		in    string
		title bool
		want  string
	}{
		{"the player\\'s mews", false, "the player's mews"},
		{"(from~0.85 to~1.05)", false, "(from 0.85 to 1.05)"},
		{"`List<String>`", false, "List<String>"},
		{"inspect `invalidMembers` first", false, "inspect `invalidMembers` first"},
		{"``` a]b ```", false, "a]b"},
		{"#strong[server] and #emph[optional] and *bold* and _em_", false, "server and optional and bold and em"},
		{"snake_case_name and 2*3", false, "snake_case_name and 2*3"},
		{"See #link(<perchkind>)[PerchKind] or #link(\"https://example.com\")", false, "See PerchKind or https://example.com"},
		{"weatherTiercel #link(<weathertiercel>)[\u200b]", true, "weatherTiercel"},
		{"ErrorCode #link(\"/api#errorcode\")[\\#] <errorcode>", true, "ErrorCode"},
		{"a \\[b\\] c \\#d \\u{41}", false, "a [b] c #d A"},
		{"#strong[a [nested] b]", false, "a [nested] b"},
		{"one \\ two", false, "one⏎two"},
		{"x#linebreak()y", false, "x⏎y"},
		{"see https://example.com/a // a comment", false, "see https://example.com/a"},
		{"a /* gone */ b", false, "a b"},
		{"#text(fill: red)[Red] #image(\"x.png\") done", false, "Red done"},
		{"#set text(size: 10pt)", false, ""},
		{"#let open = `(`\nshown", false, "shown"},
		{"#let code = ```\nx)\n```\nshown", false, "shown"},
	} {
		p := newPage(pages.Source{Name: "p.txt", Lines: []string{c.in}, Report: &pages.Reporter{}})
		shows, _ := p.render(0, len(p.s), c.title)
		if got := strings.Join(shows, "⏎"); got != c.want {
			t.Errorf("render(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBlocks reads pages of Typst markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "pandoc's form: wrappers, headings with permalinks and labels, a figure's table of wrapped cells",
			page: "#block[\n== Request Body #link(<request-body>)[\u200b]\n<request-body>\n#figure(\n  align(center)[#table(\n    columns: (25%, 25%, 50%),\n    align: (auto,auto,auto,),\n    table.header([Name], [Type], [Description],),\n    table.hline(),\n    [`userId`], [`string`], [The player\\'s id.\n    (10 characters)],\n    [`perch`], [`PerchKind`], [The perch. \\ See\n    #link(<perchkind>)[PerchKind]],\n  )]\n  , kind: table\n  )\n]",
			want: []string{"02 Request Body", "08 [Name|Type|Description]", "10 |userId|string|The player's id. (10 characters)|", "12 |perch|PerchKind|The perch. See PerchKind|"},
		},
		{
			name: "brackets nested, escaped and in raw text, and comments, in cells",
			page: "= Body\n#table(\n  columns: 2, // two\n  [Name], [Description],\n  [`a]`], [One [of] two \\] /* x */ ways],\n)",
			want: []string{"01 Body", "04 [Name|Description]", "05 |a]|One [of] two ] ways|"},
		},
		{
			name: "cells of calls, strings and none; a tuple of columns repeated",
			page: "#table(columns: (1fr,) * 3,\n  table.header[Name][Type][Required],\n  strong[id], \"string\", none,\n)",
			want: []string{"02 [Name|Type|Required]", "03 |id|string||"},
		},
		{
			name:  "a cell spanning columns, one spanning rows",
			page:  "#table(\n  columns: 3,\n  table.header([Code], [Status], [Description]),\n  table.cell(rowspan: 2)[400], [-1], [Bad input.],\n  [-2], [Bad page.],\n  [500], table.cell(colspan: 2)[Server error.],\n)",
			want:  []string{"03 [Code|Status|Description]", "04 |400|-1|Bad input.|", "05 |400|-2|Bad page.|", "06 |500|Server error.||"},
			warns: []string{`p.txt:5: the cell 1 of the row at line 5 is the cell of the row at line 4 above it, which spans its column down (table.cell(rowspan: 2)): read as that cell, "400"`, "p.txt:6: the cell 2 of the row at line 6 spans 2 columns (table.cell(colspan: 2)): read as that cell and 1 empty cells after it"},
		},
		{
			name:  "a row whose places the cells above all span down to",
			page:  "  == Codes\n#table(columns: 2,\n  table.header([Code], [Detail]),\n  table.cell(rowspan: 2)[400], table.cell(rowspan: 2)[-1],\n  [500], [-2],\n)",
			want:  []string{"01 Codes", "03 [Code|Detail]", "04 |400|-1|", "04 |400|-1|", "05 |500|-2|"},
			warns: []string{`p.txt:4: the cell 1 of the row at line 4 is the cell of the row at line 4 above it, which spans its column down (table.cell(rowspan: 2)): read as that cell, "400"`, `p.txt:4: the cell 2 of the row at line 4 is the cell of the row at line 4 above it, which spans its column down (table.cell(rowspan: 2)): read as that cell, "-1"`},
		},
		{
			name: "a table without a header: pages.Read takes its first row",
			page: "#table(columns: 2,\n  [Name], [Code],\n  [Ok], [1],\n)",
			want: []string{"02 [Name|Code]", "03 |Ok|1|"},
		},
		{
			name:  "cells that do not fill the last row: a cell lost shifts every row after it",
			page:  "#table(columns: 3,\n  table.header([Name], [Type], [Description]),\n  [a], [int], [The a.],\n  [b], [The b.],\n  [c], [int], [The c.],\n)",
			warns: []string{"p.txt:5: the table at line 1 has 8 cells after its header that do not fill its last row, at line 5, of 3 columns (1 places left): a cell is missing, or one too many, and every row after it is shifted to the next column, which cannot be told where; write each row's cells, an empty one as \"[]\""},
		},
		{
			name:  "code whose text is not read, and columns not told",
			page:  "#table(columns: 2,\n  [Name], [Code],\n  [#sym.arrow], [1],\n)\n\n#table([a], [b])",
			want:  []string{"02 [Name|Code]", "03 ||1|"},
			warns: []string{"p.txt:3: line 3 holds the Typst code \"#sym.arrow\", whose text is not read (a table in a cell, a symbol, a variable, code computing text): write the text it shows in its place", "p.txt:6: the table at line 6 does not give its columns (\"columns: 3\"): Typst lays its cells out in one column, and which cell is in which row cannot be told; write them"},
		},
		{
			name: "a raw block, a list, a paragraph over lines",
			page: "Returns the dogs of a\nplayer's kennel.\n\n- first\n+ second\n\n```http\nPOST /kennel/walk HTTP/1.1\n```\n#table(columns: 1, [Name], [a])",
			want: []string{"01 Returns the dogs of a player's kennel.", "04 - first", "05 - second", "08 POST /kennel/walk HTTP/1.1", "10 [Name]", "10 |a|"},
		},
		{
			name:  "a content block never closed runs to the page's end",
			page:  "Set #strong[apart\n\n= Body",
			want:  []string{"01 Set apart", "03 = Body"},
			warns: []string{"p.txt:1: the content block of #strong at line 1 is never closed (no \"]\"): read the lines to the page's end as its content"},
		},
		{
			name: "a statement's raw text, whose bracket and line breaks are not code's",
			page: "#let open = `(`\nThe shown line.",
			want: []string{"02 The shown line."},
		},
		{
			name:  "a raw block never closed",
			page:  "```json\n{\"a\": 1}",
			want:  []string{"02 {\"a\": 1}"},
			warns: []string{"p.txt:1: the raw block at line 1 is never closed (no ```): read lines 2-2 as its lines"},
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

// TestCellParagraphs keeps the paragraphs of a cell that a line break
// parts.
func TestCellParagraphs(t *testing.T) {
	blocks, _ := pagestest.Read(Style{}, "#table(columns: 2,\n  table.header([Name], [Description]),\n  [a], [Rarity. \\ Default: common],\n)", true)
	r := blocks[0].Table.Rows[0]
	if got, _ := r.FirstParagraph(r.Cells[1]); got != "Rarity." {
		t.Errorf("first paragraph %q, want %q", got, "Rarity.")
	}
}

// TestDetect is certain of Typst markup, and leaves the pages of the
// other styles to them.
func TestDetect(t *testing.T) {
	styles := []pages.Style{latex.Style{}, Style{}, markdown.Style{}, pipes.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"= Body\n#table(\n  columns: 2,\n  [Name], [Type],\n)", Style{}},
		{"#figure(\n  align(center)[#table(\n    columns: 3,\n    table.header([a], [b], [c]),\n  )]\n)", Style{}},
		{"# Body\n\n```typst\n#table(\n  columns: 2,\n)\n```\n\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"# Body\n\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"\\begin{tabular}{ll}\nName & Type \\\\\n\\end{tabular}", latex.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
