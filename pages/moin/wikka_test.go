package moin

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/pmwiki"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestWikkaRendered reads the markup inside a line of WikkaWiki as the
// text it shows, and leaves as text what opens no markup.
func TestWikkaRendered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Request Body[[#request-body \u200b]]", "Request Body"},
		{"Body[[#body ]]", "Body"},
		{"See [[/api/permission-rules PermissionRules]] or [[/x | The X]] or [[HomePage]]", "See PermissionRules or The X or HomePage"},
		{"the cresset.---Alligator needs a mark", "the cresset.⏎Alligator needs a mark"},
		{"a ---- b -- c", "a ---- b -- c"},
		{"##name## is **bold**, //em// and __under__; see https://x.io/a", "name is bold, em and under; see https://x.io/a"},
		{"http##POST /api/rJson/x/client/y##", "http⏎POST /api/rJson/x/client/y"},
		{"http##POST /api/rJson/x/client/y", "http⏎POST /api/rJson/x/client/y"},
		{"{ \"a\": 1 }## [[https://x.io/e Edit this page]]", "{ \"a\": 1 } Edit this page"},
		{"[[/api/cooperage/getCooperage", ""},
		{"]][[/api/cooperage/riveStaves", ""},
		{"]]On this page", "On this page"},
		{"x [[ y", "x [[ y"},
		{"Search#%Ctrl#%#%K#%", "SearchCtrlK"},
	} {
		if got := strings.Join(wikkaRendered(c.in), "⏎"); got != c.want {
			t.Errorf("wikkaRendered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWikkaBlocks reads pages of WikkaWiki markup into text lines and
// tables: headings of any count of equal signs, the tables as
// MoinMoin's are read.
func TestWikkaBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "headings counted down, their permalinks, a table with an empty cell and a line break",
			page: "====== lay[[#lay \u200b]] ======\n===== Client[[#client \u200b]] =====\n==== Request Body[[#request-body \u200b]] ====\n\n|| Code || Type || Required || Description ||\n|| ##code## || ##string## ||  || The code.---Sent once. ||\n|| ##a## || ##x||y## || true || See [[/api/a The A]] ||",
			want: []string{"01 lay", "02 Client", "03 Request Body", "05 [Code|Type|Required|Description]", "06 |code|string||The code. Sent once.|", "07 |a|x||y|true|See The A|"},
		},
		{
			name: "a language label glued to a code span over lines, and a code block",
			page: "== HTTP ==\nhttp##POST /api/rJson/x\nContent-Type: application/json\n{ \"a\": 1 }## [[https://x.io/e Edit]]\n%%(json)\n{\"b\": 2}\n%% done",
			want: []string{"01 HTTP", "02 http", "02 POST /api/rJson/x", "03 Content-Type: application/json", "04 { \"a\": 1 } Edit", "06 {\"b\": 2}", "07 done"},
		},
		{
			name:  "an unclosed code block, a row that does not close",
			page:  "%%\nGET /x\n== Body ==\n|| Name || Type ||\n|| a || int",
			want:  []string{"02 GET /x", "03 Body", "04 [Name|Type]", "05 |a|int|"},
			warns: []string{`p.txt:1: the code block at line 1 is never closed ("%%"): read lines 1-2 as its code, up to the heading or table row at line 3`, `p.txt:5: the row at line 5 does not end with "||", as WikkaWiki ends every row: its last cell is read as written, and may be cut`},
		},
	} {
		blocks, warns := pagestest.Read(Wikka{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestWikkaDetect is certain of WikkaWiki markup, leaves MoinMoin's to
// MoinMoin, and the pages of the other styles to them.
func TestWikkaDetect(t *testing.T) {
	styles := []pages.Style{Wikka{}, Style{}, pmwiki.Style{}, wiki.Style{}, dokuwiki.Style{}, markdown.Style{}, pipes.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"==== Body[[#body \u200b]] ====\n|| Name || Type ||\n|| a || int ||", Wikka{}},
		{"====== Lay ======\n|| Name || Type ||\n|| a || int ||", Wikka{}},
		{"|| Name || Type ||\n|| ##a## || ##int## ||", Wikka{}},
		{"a.---b\n|| Name || Type ||\n|| a || int ||", Wikka{}},
		{"== Body ==\n|| Name || Type ||\n|| a || int ||", Style{}},
		{"== Body[[#body|\u200b]] ==\n|| Name || Type ||\n|| ##a## || int ||", Style{}},
		{"{{{\nPOST /x\n}}}\n|| Name || Type ||\n|| ##a## || int ||", Style{}},
		{"a[[BR]]b\n||Name||Type||\n||[[x y]]||int||", Style{}},
		{"= Body =\na---b\n|| Name || Type ||\n|| a || int ||", Style{}},
		{"!! Body\n||Name ||Type ||\n||a ||int ||", pmwiki.Style{}},
		{"|| Name || Type ||\n|| a || int ||", wiki.Style{}},
		{"====== Body ======\n|| Name || Type ||\n\n|| a || int ||", wiki.Style{}},
		{"==== Body ====\n^ Name ^ Type ^\n| a | int |", dokuwiki.Style{}},
		{"== Body ==\n| Name | Type |\n|---|---|\n| ##a## | int |", markdown.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}

// TestWikkaLinear reads pages of marks that nothing closes, and of rows,
// in time linear in their length: the bytes read allocates grow as the
// page.
func TestWikkaLinear(t *testing.T) {
	for name, page := range map[string]func(n int) string{
		"unclosed marks": func(n int) string {
			return "== A ==\n" + strings.Repeat("[[a ##b **c //d ", n) + "\n|| Name || Type ||\n||" + strings.Repeat("[[a ##b ", n) + " || x ||\n"
		},
		"closed marks": func(n int) string {
			return "== A ==\n" + strings.Repeat("[[#a b]] ##c## **d** x---y ", n) + "\n"
		},
		"rows": func(n int) string {
			return "== A ==\n|| Name || Code ||\n" + strings.Repeat("|| ##a## || 1 ||\n", n)
		},
		"spans": func(n int) string {
			return "== A ==\n|| Name || Code ||\n|| a " + strings.Repeat("||", n) + "\n"
		},
	} {
		if g := pagestest.AllocatedGrowth(Wikka{}, page, 2000); g > 3 {
			t.Errorf("%s: reading a page twice as long allocates %.1f times as much", name, g)
		}
	}
}
