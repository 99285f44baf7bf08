package native

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/xmldoc"
)

// TestStringLiteral decodes Haskell's string escapes as show writes them.
func TestStringLiteral(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`"plain"`, "plain"},
		{`"\8203"`, "\u200b"},
		{`"(from\160\&0.82"`, "(from\u00a00.82"},
		{`"a \"b\" \\ c\nd"`, "a \"b\" \\ c\nd"},
		{`"\x41\o102\^C\ESC\SO\&H\SOH\DEL"`, "AB\x03\x1b\x0eH\x01\x7f"},
		{`"gap\   \here"`, "gaphere"},
		{`"\47\&7"`, "/7"},
	} {
		got, n, err := stringLiteral(c.in)
		if err != nil || got != c.want || n != len(c.in) {
			t.Errorf("stringLiteral(%s) = %q, %d, %v; want %q, %d", c.in, got, n, err, c.want, len(c.in))
		}
	}
	for _, bad := range []string{`"open`, `"\q"`, `"\99999999"`, `"\   x"`} {
		if _, _, err := stringLiteral(bad); err == nil {
			t.Errorf("stringLiteral(%s): no error", bad)
		}
	}
}

// TestBlocks reads pages of pandoc's native AST into text lines,
// headings, code blocks and tables, each at the line of its first
// string.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "a heading's permalink, a wrapped Str, a code span, a label paragraph and a code block",
			page: `[ Header
    3
    ( "http" , [] , [] )
    [ Str "HTTP"
    , Link
        ( "" , [ "header-anchor" ] , [] )
        [ Str "\8203" ]
        ( "#http" , "" )
    ]
, Para [ Str "http" ]
, CodeBlock
    ( "" , [ "vp-code" ] , [] )
    "POST /api/rJson/dairy/client/ripen\n{ \"a\": 1 }"
, Para
    [ Str "See"
    , Space
    , Code ( "" , [] , [] ) "wheelIds"
    , SoftBreak
    , Str
        "(from\160\&0.82"
    , LineBreak
    , Emph [ Str "to" ]
    , Space
    , Link ( "" , [] , [] ) [ Str "Docs" ] ( "/docs" , "" )
    , Note [ Para [ Str "note" ] ]
    ]
, BulletList
    [ [ Plain [ Str "one" ] ] , [ Plain [ Str "two" ] ] ]
, HorizontalRule
]`,
			want: []string{"04 HTTP", "10 http", "13 POST /api/rJson/dairy/client/ripen", "13 { \"a\": 1 }", "15 See `wheelIds` (from 0.82 to Docs", "28 - one", "28 - two"},
		},
		{
			name: "a table of pandoc 2.10 and later: its caption, head, a body, a cell spanning two rows, a list in a cell, an empty cell",
			page: `[ Table
    ( "" , [] , [] )
    (Caption Nothing [ Plain [ Str "Codes" ] ])
    [ ( AlignDefault , ColWidthDefault ) , ( AlignDefault , ColWidth 0.5 ) ]
    (TableHead
       ( "" , [] , [] )
       [ Row
           ( "" , [] , [] )
           [ Cell ( "" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 1) [ Plain [ Str "Status" ] ]
           , Cell ( "" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 1) [ Plain [ Str "Code" ] ]
           ]
       ])
    [ TableBody
        ( "" , [] , [] )
        (RowHeadColumns 0)
        []
        [ Row
            ( "" , [] , [] )
            [ Cell ( "" , [] , [] ) AlignDefault (RowSpan 2) (ColSpan 1)
                [ Plain [ Str "400" ] ]
            , Cell ( "" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 1)
                [ Plain [ Str "-1" ] ]
            ]
        , Row
            ( "" , [] , [] )
            [ Cell ( "" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 1)
                [ Plain [ Str "-2" ] , BulletList [ [ Plain [ Str "a" ] ] , [ Plain [ Str "b" ] ] ] ]
            ]
        , Row ( "" , [] , [] )
            [ Cell ( "" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 1) []
            , Cell ( "" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 1) [ Plain [ Str "-3" ] ]
            ]
        ]
    ]
    (TableFoot ( "" , [] , [] ) [])
]`,
			want: []string{"03 Codes", "09 [Status|Code]", "20 |400|-1|", "27 |400|-2: a, b|", "31 ||-3|"},
		},
		{
			name: "a whole document (-s) holding the older Table (header cells, rows) and a div",
			page: `Pandoc
  Meta { unMeta = fromList [ ( "title" , MetaInlines [ Str "Page" ] ) ] }
  [ Table
      []
      [ AlignDefault , AlignDefault ]
      [ 0.0 , 0.0 ]
      [ [ Plain [ Str "Name" ] ] , [ Plain [ Str "Type" ] ] ]
      [ [ [ Plain [ Code ( "" , [] , [] ) "id" ] ]
        , [ Plain [ Str "string" ] ]
        ]
      ]
  , Div ( "main" , [] , [] ) [ Plain [ Str "after" ] ]
  ]`,
			want: []string{"07 [Name|Type]", "08 |id|string|", "12 after"},
		},
		{
			name:  "a cell that spans two columns with text beside another is refused at its row",
			page:  "[ Table ( \"\" , [] , [] ) (Caption Nothing []) []\n (TableHead ( \"\" , [] , [] ) [ Row ( \"\" , [] , [] ) [ Cell ( \"\" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 1) [ Plain [ Str \"A\" ] ] , Cell ( \"\" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 1) [ Plain [ Str \"B\" ] ] , Cell ( \"\" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 1) [ Plain [ Str \"C\" ] ] ] ])\n [ TableBody ( \"\" , [] , [] ) (RowHeadColumns 0) []\n [ Row ( \"\" , [] , [] ) [ Cell ( \"\" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 2)\n [ Plain [ Str \"wide\" ] ] , Cell ( \"\" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 1) [ Plain [ Str \"c\" ] ] ] ] ]\n (TableFoot ( \"\" , [] , [] ) []) ]",
			want:  []string{"02 [A|B|C]"},
			warns: []string{`p.txt:5: line 5 of the table at line 1 holds a cell that spans 2 columns (ColSpan, "wide") beside 1 other cells: which of the columns it covers holds which value cannot be told; write the row with one cell a column, or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides`},
		},
		{
			name:  "a list wholly of links to the page's sections is its outline, left out; a list of other links stays",
			page:  "[ BulletList\n    [ [ Plain [ Link ( \"\" , [] , [] ) [ Str \"Overview\" ] ( \"#overview\" , \"\" ) ] ]\n    , [ Plain [ Link ( \"\" , [] , [] ) [ Str \"Server\" ] ( \"#server\" , \"\" ) ] ]\n    ]\n, Header 2 ( \"overview\" , [] , [] ) [ Str \"Overview\" ]\n, Header 2 ( \"server\" , [] , [] ) [ Str \"Server\" ]\n, BulletList\n    [ [ Plain [ Link ( \"\" , [] , [] ) [ Str \"A\" ] ( \"/a\" , \"\" ) ] ]\n    , [ Plain [ Link ( \"\" , [] , [] ) [ Str \"B\" ] ( \"#nowhere\" , \"\" ) ] ]\n    ]\n]",
			want:  []string{"05 Overview", "06 Server", "08 - A", "09 - B"},
			warns: []string{`p.txt:1: left out lines 1 to 3 (Overview · Server): each is wholly a link to a section of this page, an outline of it (the "On this page" side bar a site shows beside the content, or a table of contents), not a title of its own`},
		},
		{
			name:  "a page cut inside its AST is refused at its last line",
			page:  "[ Para [ Str \"a\" ]\n, Para [ Str \"b\"",
			warns: []string{`p.txt:2: the page is no AST as pandoc's native format writes it (pandoc -t native): the page ends inside its AST (no "]" closes it); write the page again with pandoc -t native, or save it in another format`},
		},
		{
			name:  "a token of no syntax is refused at its line",
			page:  "[ Para [ Str \"a\" ]\n, Para [ Str \"b\" ; ]\n]",
			warns: []string{`p.txt:2: the page is no AST as pandoc's native format writes it (pandoc -t native): "; ]" is no token of pandoc's native format; write the page again with pandoc -t native, or save it in another format`},
		},
		{
			name:  "a block of no known constructor is refused, the others read",
			page:  "[ Para [ Str \"a\" ]\n, Sidebar [ Str \"b\" ]\n, RawBlock (Format \"html\") \"<table><tr><td>x</td></tr></table>\"\n]",
			want:  []string{"01 a"},
			warns: []string{`p.txt:2: line 2 holds Sidebar where pandoc's AST holds a block: its text is not read; write the page again with pandoc -t native`, `p.txt:3: line 3 holds a table as raw markup ("<table>"), which pandoc did not read into its AST: its rows are not read; convert the page again so that pandoc reads the table (pandoc -f html -t native), or save it in another format`},
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

// TestDetect is certain of a page that begins as pandoc's native writer
// writes an AST, and leaves the pages of other styles to them (want:
// the style detected, nil for none).
func TestDetect(t *testing.T) {
	styles := []pages.Style{xmldoc.Style{}, Style{}, markdown.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"[ Para [ Str \"a\" ]\n]", Style{}},
		{"[ Header\n    1\n    ( \"x\" , [] , [] )\n    [ Str \"X\" ]\n]", Style{}},
		{"[ HorizontalRule ]", Style{}},
		{"[Para [Str \"a\"],Header 1 (\"x\",[],[]) [Str \"X\"]]", Style{}},
		{"Pandoc (Meta {unMeta = fromList []})\n[Para [Str \"a\"]]", Style{}},
		{"Pandoc\n  Meta { unMeta = fromList [] }\n  [ Para [ Str \"a\" ] ]", Style{}},
		{"[Para](https://x) text\n\n| a | b |\n|---|---|\n| 1 | 2 |", markdown.Style{}},
		{"[ Header 1](#x)\n\n| a | b |\n|---|---|\n| 1 | 2 |", markdown.Style{}},
		{"[ 1, 2 ]", nil},
		{"Pandoc is a converter.", nil},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}

// largePages are pages whose AST grows with n: a paragraph of n words,
// a table of n rows, lists nested n deep (refused past maxDepth).
var largePages = map[string]func(n int) string{
	"a long paragraph": func(n int) string {
		return "[ Para\n    [ Str \"a\"\n" + strings.Repeat("    , Space\n    , Code ( \"\" , [] , [] ) \"b\"\n", n) + "    ]\n]\n"
	},
	"a long table": func(n int) string {
		cell := "Cell ( \"\" , [] , [] ) AlignDefault (RowSpan 2) (ColSpan 1) [ Plain [ Str \"x\" ] ]"
		row := "Row ( \"\" , [] , [] ) [ " + cell + " , " + cell + " ]"
		return "[ Table ( \"\" , [] , [] ) (Caption Nothing []) []\n (TableHead ( \"\" , [] , [] ) [])\n [ TableBody ( \"\" , [] , [] ) (RowHeadColumns 0) []\n [ " +
			row + strings.Repeat("\n , "+row, n) + " ] ]\n (TableFoot ( \"\" , [] , [] ) []) ]\n"
	},
	"nested lists": func(n int) string {
		return strings.Repeat("[ BulletList [ ", n) + strings.Repeat("] ] ", n) + "\n"
	},
}

// TestLargePagesReadInLinearWork reads each of largePages: twice the AST
// allocates about twice the bytes, not four times.
func TestLargePagesReadInLinearWork(t *testing.T) {
	for name, page := range largePages {
		if g := pagestest.AllocatedGrowth(Style{}, page, 2000); g > 3 {
			t.Errorf("%s: reading twice the AST allocates %.1f times the bytes, want about 2", name, g)
		}
	}
}
