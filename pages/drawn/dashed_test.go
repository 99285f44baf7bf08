package drawn_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestDashedTables reads the tables pandoc draws with dashes, in each of
// its forms, with the line of each header and row: the columns given by
// the rule's runs, the cells joined over a row's lines.
func TestDashedTables(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{{
		name: "simple table, a row a line, an empty cell",
		page: "Request Body\n\n  Code     Type       Required   Description\n  -------- ---------- ---------- ------------------\n  siteId   string     true       The dig site.\n  depth    number                How deep. (Default: 1.0)\n\nAfter\n",
		want: []string{"01 Request Body", "03 [Code|Type|Required|Description]", "05 |siteId|string|true|The dig site.|", "06 |depth|number||How deep. (Default: 1.0)|", "08 After"},
	}, {
		name: "simple table right under a title, the blank line between them lost",
		page: "Request Body\n  Code     Type\n  -------- ----------\n  siteId   string\n",
		want: []string{"01 Request Body", "02 [Code|Type]", "04 |siteId|string|"},
	}, {
		name:  "simple table, a blank line among its rows: the rows under it are its",
		page:  "  Name   Code\n  ------ ------\n  Ok     1\n\n  Bad    2\n\nBad is bad.\n",
		want:  []string{"01 [Name|Code]", "03 |Ok|1|", "05 |Bad|2|", "07 Bad is bad."},
		warns: []string{"p.txt:4: line 4 is blank inside the simple table at line 1, and the line after it is a row of its columns: read the rows after it as the table's, the blank line as one an edit left"},
	}, {
		name: "simple table with a closing rule",
		page: "  Name   Code\n  ------ ------\n  Ok     1\n  ------ ------\n\nAfter\n",
		want: []string{"01 [Name|Code]", "03 |Ok|1|", "06 After"},
	}, {
		name: "simple table without a header: the first row names the columns",
		page: "Request Headers\n\n  ----------- -------- ----------- -------------\n  Name        Type     Mandatory   Description\n  appSecret   String   Y           App Secret\n  kgAppId     String   Y           KG App ID\n  ----------- -------- ----------- -------------\n",
		want: []string{"01 Request Headers", "04 [Name|Type|Mandatory|Description]", "05 |appSecret|String|Y|App Secret|", "06 |kgAppId|String|Y|KG App ID|"},
	}, {
		name: "multiline table: a top rule of one run, rows set apart by blank lines, cells wrapped",
		page: "  -----------------------------------------\n  Code       Type       Description\n  ---------- ---------- -------------------\n  userId     string     The player who\n                        digs. (10\n                        characters)\n\n  depth      number     How deep, (from\n                        0.5 to 30.0)\n  -----------------------------------------\n\nAfter\n",
		want: []string{"02 [Code|Type|Description]", "04 |userId|string|The player who digs. (10 characters)|", "08 |depth|number|How deep, (from 0.5 to 30.0)|", "12 After"},
	}, {
		name: "multiline table with a header of two lines",
		page: "  ----------------------------\n  Status     Status Code\n  Code       Description\n  ---------- -----------------\n  200        Normal\n\n  404        Not Found\n  ----------------------------\n",
		want: []string{"02 [Status Code|Status Code Description]", "05 |200|Normal|", "07 |404|Not Found|"},
	}, {
		name: "multiline table without a header: rules of runs around rows set apart by blank lines",
		page: "  ------------ -------------- -----------------\n  Name         Type           Description\n\n  playerId     String         Player ID\n\n  category     String (Enum)  Category (notice,\n                              chat)\n  ------------ -------------- -----------------\n",
		want: []string{"02 [Name|Type|Description]", "04 |playerId|String|Player ID|", "06 |category|String (Enum)|Category (notice, chat)|"},
	}, {
		name: "a wide rune takes two columns",
		page: "  Name       Description\n  ---------- ----------\n  이름       한국어\n",
		want: []string{"01 [Name|Description]", "03 |이름|한국어|"},
	}, {
		name:  "multiline table whose closing rule was lost ends at a blank line that text at the margin follows",
		page:  "  ----------------------------\n  Code       Description\n  ---------- -----------------\n  a          The first\n             one\n\n  b          The second\n\nAfter\n",
		want:  []string{"02 [Code|Description]", "04 |a|The first one|", "07 |b|The second|", "09 After"},
		warns: []string{"p.txt:7: the table drawn at line 1 has no bottom border: read its rows up to line 7, the last one as it stands"},
	}, {
		name: "simple table without a header, its rules of box-drawing horizontals (pandoc's ansi writer): the runs give the columns, no rule is a row",
		page: "Request Headers\n\n─────────── ──────── ─────────── ─────────────\nName        Type     Mandatory   Description\nappSecret   String   Y           App Secret\nkgAppId     String   Y           KG App ID\n─────────── ──────── ─────────── ─────────────\n\nAfter\n",
		want: []string{"01 Request Headers", "04 [Name|Type|Mandatory|Description]", "05 |appSecret|String|Y|App Secret|", "06 |kgAppId|String|Y|KG App ID|", "09 After"},
	}, {
		name: "simple table under rules of heavy and of double box-drawing horizontals, a cell one space from the next column",
		page: "━━━━━━━━━━━━ ━━━━━━━━━━━━━━━━━━━━━━━\nStatus Code  Status Code Description\n200          Normal Response\n━━━━━━━━━━━━ ━━━━━━━━━━━━━━━━━━━━━━━\n\n  Name   Code\n  ══════ ══════\n  Ok     1\n",
		want: []string{"02 [Status Code|Status Code Description]", "03 |200|Normal Response|", "06 [Name|Code]", "08 |Ok|1|"},
	}, {
		name:  "table of a terminal writer that wraps cells in their columns, no blank line between rows (pandoc's ansi writer): a line whose cells are the rest of the row's goes on it, a header's too; a line that fills a cell the line above left blank starts a row under a spanning cell; a word broken across lines is joined",
		page:  "────────── ──────── ────────────────\nStatus     Detail   Description\nCode\n461        -46101   Rain has flooded\n                    the pan\n           -46102   Crust too thin\n           -46103   application/js\n                    on;charset=UTF-8\n────────── ──────── ────────────────\n\nAfter\n",
		want:  []string{"02 [Status Code|Detail|Description]", "04 |461|-46101|Rain has flooded the pan|", "06 ||-46102|Crust too thin|", "07 ||-46103|application/json;charset=UTF-8|", "11 After"},
		warns: []string{`p.txt:8: line 8 of the table drawn at line 1 goes on a cell with "on;charset=UTF-8", as wide as the cell, under "application/js": read as a word too long for its column that the table broke across lines, joined without a space ("application/json;charset=UTF-8"); if they are two words, widen the column on the page`},
	}, {
		name: "simple table with a header over its rule of box-drawing horizontals, a cell wrapped in its column with no blank line between rows",
		page: "Name       Description\n────────── ────────────────\nplayerId   The player who\n           digs\nsiteId     The dig site\n",
		want: []string{"01 [Name|Description]", "03 |playerId|The player who digs|", "05 |siteId|The dig site|"},
	}, {
		name: "simple table whose columns are as wide as their widest cells: a row whose cells would not fit on the line above is a row still, its first cell filled and another",
		page: "  Code       Type               Required   Description\n  ---------- ------------------ ---------- --------------------------\n  interval   PriceInterval      true       Length of one candle.\n  candles    PriceCandle[]      true       The candles, oldest first\n  average    number                        Mean price over the series\n",
		want: []string{"01 [Code|Type|Required|Description]", "03 |interval|PriceInterval|true|Length of one candle.|", "04 |candles|PriceCandle[]|true|The candles, oldest first|", "05 |average|number||Mean price over the series|"},
	}, {
		name: "simple table without a header whose cells fit their columns: a line under a spanning cell, whose cells would have fit on the line above, is a row of its own",
		page: "  -------------------- ------------- -----------------------\n  Http response code   detail_code   msg\n  472                  -72001        Campaign closed\n                       -72002        Not registered\n  -------------------- ------------- -----------------------\n",
		want: []string{"02 [Http response code|detail_code|msg]", "03 |472|-72001|Campaign closed|", "04 ||-72002|Not registered|"},
	}, {
		name: "no table: a heading underlined, a horizontal rule, list items, text over runs of dashes",
		page: "Title\n-----\n\nText.\n\n- - -\n\n- one\n- two\n\nA paragraph that ends\n--  --\n",
		want: []string{"01 Title", "04 Text.", "06 - - -", "08 - one", "09 - two", "11 A paragraph that ends", "12 --  --"},
	}} {
		t.Run(c.name, func(t *testing.T) {
			blocks, warns := pagestest.Read(drawn.Style{}, c.page, true)
			if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
				t.Errorf("blocks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			if !reflect.DeepEqual(warns, c.warns) {
				t.Errorf("diagnostics %q, want %q", warns, c.warns)
			}
		})
	}
}

// TestDashedOverrun refuses at its line a row of a dashed table whose
// text runs over the start of the next column: which column it belongs
// to, nothing tells.
func TestDashedOverrun(t *testing.T) {
	_, errs := pagestest.Read(drawn.Style{}, "  Name   Code\n  ------ ------\n  Longname1\n  Ok     1\n", true)
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "p.txt:3: line 3 of the table drawn at line 1 runs over the start of its column 2") {
		t.Errorf("errors %q, want one at line 3", errs)
	}
}

// TestTableAt reads a dashed table on a page of another style, and
// nothing at a line that starts none.
func TestTableAt(t *testing.T) {
	src := pages.Source{Name: "p.txt", Lines: pages.Lines([]byte("Text\n\n  Name   Code\n  ------ ------\n  Ok     1\n")), Report: &pages.Reporter{}}
	if tb, end := drawn.TableAt(src, 0); tb != nil || end != 0 {
		t.Errorf("drawn.TableAt(0) = %v, %d: want nothing", tb, end)
	}
	tb, end := drawn.TableAt(src, 2)
	if tb == nil || end != 5 || tb.Line != 3 || !reflect.DeepEqual(tb.Header, []string{"Name", "Code"}) || len(tb.Rows) != 1 || tb.Rows[0].Line != 5 {
		t.Errorf("drawn.TableAt(2) = %+v, %d", tb, end)
	}
}

// TestDivFencesNoText reads the pages pandoc -t markdown writes with
// their dashed tables framed in fenced divs (::: table-wrap), as a parse
// reads them (pagestest.ReadText): the div's lines are no text (no title
// of the table under them) and no header of the headerless table right
// under them, so the table is read from its top rule, its first row the
// header, not refused at the fence; the line above them is text.
func TestDivFencesNoText(t *testing.T) {
	table := "::: table-wrap\n  ------ ------ -----------\n  Name   Type   Description\n  id     String The id\n  ------ ------ -----------\n:::\n"
	for _, c := range []struct {
		page string
		want []string
	}{
		{table, []string{"03 [Name|Type|Description]", "04 |id|String|The id|"}},
		{"**WaxVat**\n\n" + table, []string{"01 WaxVat", "05 [Name|Type|Description]", "06 |id|String|The id|"}},
	} {
		blocks, diags := pagestest.ReadText(drawn.Style{}, c.page)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: blocks %q, want %q", c.page, got, c.want)
		}
		if len(diags) > 0 {
			t.Errorf("%q: diagnostics %q, want none", c.page, diags)
		}
	}
}
