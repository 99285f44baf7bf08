package latex

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestContextInline reads the markup inside a line of ConTeXt as the
// text it shows.
func TestContextInline(t *testing.T) {
	for _, c := range []struct {
		in    string
		title bool
		want  string
	}{
		{`\type{string[]} and \type<<a{b>> and \type|x|`, false, "`string[]` and `a{b` and `x`"},
		{`from~0.5 to~30.0`, false, "from 0.5 to 30.0"},
		{"reef.\\crlf\nFrame needs", false, "reef. Frame needs"},
		{`5\letterpercent{} \#1 \$2 \letterbackslash{}n \letterbar{} \textbackslash{}`, false, `5% #1 $2 \n | \`},
		{"transplantCoral\\goto{\u200b}[transplantcoral]", true, "transplantCoral"},
		{`See \goto{ReturnCode}[returncode]`, false, "See ReturnCode"},
		{`\useURL[url8][https://x.io/a][][Edit this page]\from[url8]`, false, "Edit this page"},
		{`\reference[app]{}\emph{a} (b) \quotation{c}`, false, `a (b) "c"`},
		{`{\bf Note:} \externalfigure[a.png][width=1cm] done`, false, "Note: done"},
	} {
		if got := contextInline(c.in, c.title); got != c.want {
			t.Errorf("contextInline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestContextBlocks reads pages of ConTeXt into text lines and tables.
func TestContextBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "pandoc's document: preamble, a wrapped title, an extreme table whose last row is its foot, a cell with a break, typing",
			page: "\\setupxtable[frame=off]\n\\starttext\n\\subsubsection[title={Request\nBody\\goto{\u200b}[request-body]},reference={request-body}]\n\n\\startplacetable[location=none]\n\\startxtable\n\\startxtablehead[head]\n\\startxrow\n\\startxcell[width={0.5\\textwidth}] Code \\stopxcell\n\\startxcell Description \\stopxcell\n\\stopxrow\n\\stopxtablehead\n\\startxtablebody[body]\n\\startxrow\n\\startxcell \\type{a} \\stopxcell\n\\startxcell The a.\\crlf\nWrapped. \\stopxcell\n\\stopxrow\n\\stopxtablebody\n\\startxtablefoot[foot]\n\\startxrow\n\\startxcell \\type{b} \\stopxcell\n\\startxcell  \\stopxcell\n\\stopxrow\n\\stopxtablefoot\n\\stopxtable\n\\stopplacetable\n\nhttp\n\\starttyping\nPOST /x\n\\stoptyping\n\\stoptext\nafter",
			want: []string{"03 Request Body", "09 [Code|Description]", "15 |a|The a. Wrapped.|", "22 |b||", "30 http", "32 POST /x"},
		},
		{
			name:  "a foot written before the body; a row of one cell spanning the columns",
			page:  "\\startxtable\n\\startxtablehead\n\\startxrow \\startxcell Name \\stopxcell \\startxcell Code \\stopxcell \\stopxrow\n\\stopxtablehead\n\\startxtablefoot\n\\startxrow \\startxcell Last \\stopxcell \\startxcell 3 \\stopxcell \\stopxrow\n\\stopxtablefoot\n\\startxtablebody\n\\startxrow \\startxcell[nx=2] Note: codes below 3. \\stopxcell \\stopxrow\n\\startxrow \\startxcell Ok \\stopxcell \\startxcell 1 \\stopxcell \\stopxrow\n\\stopxtablebody\n\\stopxtable",
			want:  []string{"03 [Name|Code]", "10 |Ok|1|", "06 |Last|3|", "09 Note: codes below 3."},
			warns: []string{"p.txt:6: line 6 starts the foot of a table (its rows at lines 6-6), written before its body at line 9: read its rows after the body's, where the table prints them", "p.txt:9: line 9 of the table at line 3 holds one cell that spans its columns (nx=), a label or a note over the rows below it (\"Note: codes below 3.\"): a note over its rows, no field; read as text after the table"},
		},
		{
			name: "a natural table with a head and a cell spanning rows; pandoc 3's section level; a list",
			page: "\\startsectionlevel[title={Errors},reference={errors}]\n\\bTABLE\n\\bTABLEhead\n\\bTR \\bTH Status \\eTH \\bTH Code \\eTH \\eTR\n\\eTABLEhead\n\\bTABLEbody\n\\bTR \\bTD[ny=2] 400 \\eTD \\bTD -1 \\eTD \\eTR\n\\bTR \\bTD \\eTD \\bTD -2 \\eTD \\eTR\n\\eTABLEbody\n\\eTABLE\n\\startitemize[packed]\n\\item\n  \\type{a}: wrapped\n  item\n\\stopitemize\n\\stopsectionlevel",
			want: []string{"01 Errors", "04 [Status|Code]", "07 |400|-1|", "08 |400|-2|", "12 - `a`: wrapped item"},
		},
		{
			name: "a tabulation, its header ruled, an empty cell; the older \\starttable",
			page: "\\section[ref]{Body}\n  \\starttabulate[|l|l|l|] % options\n\\HL\n\\NC Name \\NC Type \\NC Note \\NC\\NR\n\\HL\n\\NC a \\NC int \\NC \\NC\\NR\n\\HL\n\\stoptabulate\n\\starttable[|l|l|]\n\\HL\n\\NC Name \\NC Code \\NC\\AR\n\\HL\n\\NC Ok \\NC 1 \\NC\\AR\n\\HL\n\\stoptable",
			want: []string{"01 Body", "04 [Name|Type|Note]", "06 |a|int||", "11 [Name|Code]", "13 |Ok|1|"},
		},
		{
			name: "a ConTeXt page that types LaTeX",
			page: "\\starttext\n\\starttyping\n\\begin{tabular}{l}\n\\stoptyping\n\\startxtable\n\\startxrow \\startxcell a \\stopxcell \\stopxrow\n\\stopxtable",
			want: []string{"03 \\begin{tabular}{l}", "06 [a]"},
		},
		{
			name:  "the head repeated on the next pages, as its head and not",
			page:  "\\startxtable\n\\startxtablehead\n\\startxrow \\startxcell Name \\stopxcell \\startxcell Code \\stopxcell \\stopxrow\n\\stopxtablehead\n\\startxtablenext\n\\startxrow \\startxcell Name \\stopxcell \\startxcell Code \\stopxcell \\stopxrow\n\\startxrow \\startxcell b \\stopxcell \\startxcell 2 \\stopxcell \\stopxrow\n\\stopxtablenext\n\\startxtablebody\n\\startxrow \\startxcell a \\stopxcell \\startxcell 1 \\stopxcell \\stopxrow\n\\stopxtablebody\n\\stopxtable",
			want:  []string{"03 [Name|Code]", "10 |a|1|"},
			warns: []string{"p.txt:7: line 7 is a row of the head a table repeats on the pages after its first (next), \"b | 2\", but its head at line 3 has 1 rows: read as no row of the table; write it in the table's head or body"},
		},
		{
			name:  "a cell spanning two columns beside another",
			page:  "\\startxtable\n\\startxtablehead\n\\startxrow \\startxcell Name \\stopxcell \\startxcell Type \\stopxcell \\startxcell Required \\stopxcell \\stopxrow\n\\stopxtablehead\n\\startxtablebody\n\\startxrow \\startxcell a \\stopxcell \\startxcell[nx=2] int, required \\stopxcell \\stopxrow\n\\startxrow \\startxcell b \\stopxcell \\startxcell int \\stopxcell \\startxcell no \\stopxcell \\stopxrow\n\\stopxtablebody\n\\stopxtable",
			want:  []string{"03 [Name|Type|Required]", "07 |b|int|no|"},
			warns: []string{"p.txt:6: line 6 of the table at line 3 holds a cell that spans 2 columns (nx=, \"int, required\") beside 1 other cells: which of the columns it covers holds which value cannot be told; write the row with one cell a column, or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides"},
		},
		{
			name:  "an empty cell spanning two columns beside another",
			page:  "\\startxtable\n\\startxtablehead\n\\startxrow \\startxcell Name \\stopxcell \\startxcell Type \\stopxcell \\startxcell Required \\stopxcell \\stopxrow\n\\stopxtablehead\n\\startxtablebody\n\\startxrow \\startxcell a \\stopxcell \\startxcell[nx=2] \\stopxcell \\stopxrow\n\\startxrow \\startxcell b \\stopxcell \\startxcell int \\stopxcell \\startxcell no \\stopxcell \\stopxrow\n\\stopxtablebody\n\\stopxtable",
			want:  []string{"03 [Name|Type|Required]", "06 |a|||", "07 |b|int|no|"},
			warns: []string{"p.txt:6: line 6 of the table at line 3 holds an empty cell that spans 2 columns (nx=) beside 1 other cells: read as 2 empty cells"},
		},
		{
			name:  "a table never ended",
			page:  "\\startxtable\n\\startxrow\n\\startxcell Name \\stopxcell\n\\stopxrow",
			want:  []string{"02 [Name]"},
			warns: []string{"p.txt:1: the environment at line 1 is never ended (no \\stopxtable): read lines 2-4 as its lines"},
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

// TestContextDetect is certain of a ConTeXt page with a table and a row,
// and leaves a Markdown page that shows one in a code block to Markdown.
func TestContextDetect(t *testing.T) {
	styles := []pages.Style{Style{}, markdown.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"\\starttext\n\\startxtable\n\\startxrow\n\\startxcell a \\stopxcell\n\\stopxrow\n\\stopxtable", Style{}},
		{"\\bTABLE\n\\bTR \\bTD a \\eTD \\eTR\n\\eTABLE", Style{}},
		{"# Body\n\n```tex\n\\startxtable\n\\startxrow\n```\n\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
