package sheet

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/pages/flattened"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/org"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/textile"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestBlocks reads pages of a spreadsheet's rows into text lines and
// tables, as the pages were before the sheet held them.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "CSV padded to the sheet's width, quoted cells, TRUE",
			page: "grantCompensation,,,\n\"Compensate players, once per incident.\",,,\nRequest Headers,,,\nName,Required,Description,\nSecret-Key,TRUE,The key.,\nGame-Id,\"Optional if the key has one, else required.\",,\nRequest Body,,,\nCode,Type,Required,Description\nmailBody,string,,\"The text; \"\"{name}\"\" is replaced. (up to 500 characters)\"\nnotify,boolean,,",
			want: []string{"01 grantCompensation", "02 Compensate players, once per incident.", "03 Request Headers", "04 [Name|Required|Description]", "05 |Secret-Key|TRUE|The key.|", "06 |Game-Id|Optional if the key has one, else required.||", "07 Request Body", "08 [Code|Type|Required|Description]", `09 |mailBody|string||The text; "{name}" is replaced. (up to 500 characters)|`, "10 |notify|boolean|||"},
		},
		{
			name: "an example's JSON, a line a row, its quotes doubled and its blank row",
			page: "Name,Code,Description\nOk,1,Done\nExample Request,,\nPOST /a HTTP/1.1,,\n,,\n{,,\n\"  \"\"userIds\"\": [\"\"u_1\"\", \"\"u_2\"\"],\",,\n  },,",
			want: []string{"01 [Name|Code|Description]", "02 |Ok|1|Done|", "03 Example Request", "04 POST /a HTTP/1.1", "06 {", `07 "userIds": ["u_1", "u_2"],`, "08 }"},
		},
		{
			name: "tab-delimited text: a cell's line break makes its row span two lines",
			page: "Request Parameters\t\t\t\nName\tType\tMandatory\tDescription\nq\tDouble\tN\t\"Lowest quality\n0.0 ~ 10.0 (default: 0.0)\"\nlimit\tInteger\tN\t\"Tanks, 1 ~ 12\"\nResponse Status Code\t\t\t\nStatus Code\tStatus Code Description\t\t\n200\tNormal\t\t\n\t\t\t\nLast updated 2026-11-28\t\t\t",
			want: []string{"01 Request Parameters", "02 [Name|Type|Mandatory|Description]", "03 |q|Double|N|Lowest quality 0.0 ~ 10.0 (default: 0.0)|", "05 |limit|Integer|N|Tanks, 1 ~ 12|", "06 Response Status Code", "07 [Status Code|Status Code Description]", "08 |200|Normal|", "10 Last updated 2026-11-28"},
		},
		{
			name: "a cell of one column that holds line breaks: a line of text each, at its line",
			page: "Example Response;;\n\"{\n  \"\"a\"\": 1\n}\";;\nName;Type;Description\nx;int;The x.\ny;int;The y.",
			want: []string{"01 Example Response", "02 {", "03 \"a\": 1", "04 }", "05 [Name|Type|Description]", "06 |x|int|The x.|", "07 |y|int|The y.|"},
		},
		{
			name: "a header after rows starts another table; a lone cell past the first column is a row in a table, text outside",
			page: ",Note,,\nName,Type,Description,\na,int,The a.,\n,string,,\nCode,Name,Description,\n1,Ok,Done,\n\"\",\"\",,",
			want: []string{"01 Note", "02 [Name|Type|Description]", "03 |a|int|The a.|", "04 ||string||", "05 [Code|Name|Description]", "06 |1|Ok|Done|"},
		},
		{
			name:  "hard wraps in a padded sheet: a cell's rest with the row's last cells, a last cell's rest alone",
			page:  "Require permission rules x. See\nPermissionRules,,,\nCode,Type,Required,Description\nitems,Item[],,Items put in the mail. See\nItem\nmore,int,,x\nodd,int\n\"Fine, quoted\",,,\n" + strings.Repeat("more,int,,x\n", 12),
			want:  []string{"01 Require permission rules x. See PermissionRules", "03 [Code|Type|Required|Description]", "04 |items|Item[]||Items put in the mail. See Item|", "06 |more|int||x|", "07 |odd|int|||", "08 Fine, quoted", "09 [Code|Type|Required|Description]", "09 |more|int||x|", "10 |more|int||x|", "11 |more|int||x|", "12 |more|int||x|", "13 |more|int||x|", "14 |more|int||x|", "15 |more|int||x|", "16 |more|int||x|", "17 |more|int||x|", "18 |more|int||x|", "19 |more|int||x|", "20 |more|int||x|"},
			warns: []string{"p.txt:1: line 1 holds 1 cells of the sheet's 4, and the lines up to line 2 the rest: read as one row, which a hard wrap cut inside a cell", "p.txt:5: line 5 has no comma, right under the row at line 4, which has the sheet's 4 cells: read as the rest of its last cell, which a hard wrap cut", "p.txt:7: line 7 holds 2 cells, and the sheet's rows 4: read as it is written"},
		},
		{
			name: "a page pasted from column B on: the empty column before it goes",
			page: ",Ban,,\n,Request Headers,,\n,Name,Required,Description\n,Secret-Key,TRUE,The key.\n,Request Body,,\n,Code,Type,Required\n,a,int,",
			want: []string{"01 Ban", "02 Request Headers", "03 [Name|Required|Description]", "04 |Secret-Key|TRUE|The key.|", "05 Request Body", "06 [Code|Type|Required]", "07 |a|int||"},
		},
		{
			name: "CSV tables among a page's lines, without padding: a line of prose or of JSON with commas is text, as written; a heading between runs of marks is its title",
			page: "Night Market\nCreated by Yoon, last modified by Bae on Nov 21, 2027\n\n=== /nightmarket/booths ===\n\n-- Request Parameters --\nName,Type,Mandatory,Description\ndistrict,\"String (Enum)\",N,\"Only booths of this district (riverside, harbor)\"\nsize,Integer,N,\"Booths per page, 1 ~ 60\"\n\n-- Example Response --\n{\n  \"booths\": [\"a\", \"b\"],\n  \"size\": 2\n}\n\n== Response Codes ==\n\"Http response code\",detail_code,msg,Description\n474,-76101,\"Booth taken\",\"\"\"Taken\"\", by another player\"",
			want: []string{"01 Night Market", "02 Created by Yoon, last modified by Bae on Nov 21, 2027", "04 /nightmarket/booths", "06 Request Parameters", "07 [Name|Type|Mandatory|Description]", "08 |district|String (Enum)|N|Only booths of this district (riverside, harbor)|", "09 |size|Integer|N|Booths per page, 1 ~ 60|", "11 Example Response", "12 {", `13 "booths": ["a", "b"],`, `14 "size": 2`, "15 }", "17 Response Codes", "18 [Http response code|detail_code|msg|Description]", `19 |474|-76101|Booth taken|"Taken", by another player|`},
		},
		{
			name:  "CSV without padding: the rest of a table after a line of text is its rows, a run of rows without a header a table (here the rest of one without a column), an example's JSON lines text; a row short of a cell is warned of",
			page:  "Name,Type,Mandatory,Description\na,int,Y,\"The a, 1 ~ 5\"\nb,int,\"The b, 1 ~ 5\"\n2\nc,int,N,\"The c.\"\n\nx,int,The x\ny,int,The y\n\n{ \"a\": 1, \"b\": 2 },\n{ \"a\": 3, \"b\": 4 }",
			want:  []string{"01 [Name|Type|Mandatory|Description]", "02 |a|int|Y|The a, 1 ~ 5|", "03 |b|int|The b, 1 ~ 5||", "04 2", "05 [Name|Type|Mandatory|Description]", "05 |c|int|N|The c.|", "07 [Name|Type|Mandatory|Description]", "07 |x|int||The x|", "08 |y|int||The y|", `10 { "a": 1, "b": 2 },`, `11 { "a": 3, "b": 4 }`},
			warns: []string{"p.txt:3: line 3 holds 3 cells, and the header of its table at line 1 4: a cell of the row may be lost, and which cannot be told; read as written, its last cells empty", "p.txt:7: the rows at line 7 have 3 cells, one fewer than the columns of the table at line 5 (Name | Type | Mandatory | Description), and no header row: their cells fit those columns without Mandatory, which a converter drops where it is empty in every row; read as the rest of that table, cut in two, their Mandatory cells empty"},
		},
		{
			name:  "a stray quote, and a quote never closed",
			page:  "Title,,\nName,Type,Description\nb,int,\"a \"stray\" quote\"\nc,int,Fine.\na,int,\"never closed\nd,int,Last.",
			want:  []string{"01 Title", "02 [Name|Type|Description]", `03 |b|int|a "stray" quote"|`, "04 |c|int|Fine.|", `05 |a|int|"never closed|`, "06 |d|int|Last.|"},
			warns: []string{"p.txt:3: line 3 holds a quote inside a quoted cell that is neither doubled nor closes the cell: read as a quote of the cell's text", `p.txt:5: line 5 opens a quoted cell (") that no line up to line 6 closes: read as its line is written, quote and all`},
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

// TestDetect is certain of a spreadsheet's rows padded to its width, by
// their shape and whatever their separator, reads rows without padding
// (a header, and every line of a separator or a quote a row as RFC 4180
// writes it) where a cell is quoted as only a spreadsheet quotes it, in
// CSV, or no other style reads the page, and leaves the pages of the
// other styles to them (want: the style detected, nil for none), among the
// styles in parser's order: a page of tab-separated rows among lines of
// text (a word processor's text) is pipe- or tab-separated text, and
// prose whose lines hold as many commas is no sheet.
func TestDetect(t *testing.T) {
	styles := []pages.Style{html.Style{}, Style{}, adoc.Style{}, mediawiki.Style{}, textile.Style{}, wiki.Style{}, dokuwiki.Style{}, org.Style{}, markdown.Style{}, pipes.Style{}, cellperline.Style{}, flattened.Style{}, drawn.Style{}, aligned.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"Ban,,\nName,Type,Description\na,int,\"The a, or b.\"\nb,int,The b.", Style{}},
		{"Ban\t\t\nName\tType\tDescription\na\tint\tThe a.\nb\tint\t", Style{}},
		{"Ban;;\nName;Type;Description\na;int;The a.\nb;int;The b.", Style{}},
		{"Name,Type,Description\na,int,The a.\nb,int,The b.", Style{}},
		{"Ban\n\"Bans a player, for a while.\"\nName,Type,Description\na,int,\"The a, or b.\"\nb,int,The b.", Style{}},
		{"Ban\nName,Type,Description\na,int,\"The \"a\", or b.\"\nb,int,The b.", nil},
		{"Ban\nName,Type,Description\na,int,The a.\nExample\n\"{\"\"a\"\": 1}\"", Style{}},
		{"Nav\tGuides\nName\tType\tDescription\na\tint\t\"The a.\n(Default: 1)\"\nb\tint\tThe b.", pipes.Style{}},
		{"Ban\nBans a player.\nName\tType\tDescription\na\tint\tThe a.\nb\tint\t\"The b, or c.\"\nSee the docs.", pipes.Style{}},
		{"Ban\n| Name | Type |\n|---|---|\nName,Type,Description\na,int,The a.\n\"{\"\"a\"\": 1}\"", markdown.Style{}},
		{"Ban\nName\tType\tDescription\na\tint\tThe a.\nb\tint\tThe b.\nSee the docs.\nLast updated by Park.", pipes.Style{}},
		{"| Name | Type |\n|---|---|\n| a, b | int, x |\n| c, d | int, y |", markdown.Style{}},
		{"Ban a player, for a while.\nThe ban ends, or is lifted.\nA ban, once lifted, is gone.", nil},
		{"warning: p.txt:3: read a, b\nwarning: p.txt:4: read c, d\nwarning: p.txt:5: read e, f", nil},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
