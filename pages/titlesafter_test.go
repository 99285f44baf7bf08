package pages_test

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
)

// TestTitlesAfter reads the titles a page writes after its tables (a
// caption set below its table) as the titles of the tables before them,
// in every style, with one warning, when the first table has no title
// before it and a name the tables refer to dangles after the last; refuses the page whose
// ends tell that form but one of whose tables has no title after it;
// and leaves the page whose titles stand before its tables as it is.
func TestTitlesAfter(t *testing.T) {
	read := []string{"01 POST /api/x", "06 Request Body", "03 [Code|Type|Description]", "04 |player|Player|The player.|", "11 Player", "08 [Code|Type|Description]", "09 |name|string|The name.|", "13 Next page"}
	warn := []string{"p.txt:3: the tables of the page have their titles after them, as a caption set below its table is written: the first table, at line 3, has no title line before it, and \"Player\" at line 11 follows the last, at line 8, with no table after it; each title is read as the title of the table before it (\"Request Body\" at line 6 of the table at line 3)"}
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		warns []string
	}{
		{"Markdown, captions after the rows", markdown.Style{}, "POST /api/x\n\n| Code | Type | Description |\n| player | Player | The player. |\n\nRequest Body\n\n| Code | Type | Description |\n| name | string | The name. |\n\nPlayer\n\nNext page", nil, nil},
		{"pipes", pipes.Style{}, "POST /api/x\n\nCode | Type | Description\nplayer | Player | The player.\n\nRequest Body\n\nCode | Type | Description\nname | string | The name.\n\nPlayer\n\nNext page", nil, nil},
		{"HTML, headings after their tables", html.Style{}, "<p>POST /api/x</p>\n\n<table><tr><th>Code</th><th>Type</th><th>Description</th></tr>\n<tr><td>player</td><td>Player</td><td>The player.</td></tr></table>\n\n<h3>Request Body</h3>\n\n<table><tr><th>Code</th><th>Type</th><th>Description</th></tr>\n<tr><td>name</td><td>string</td><td>The name.</td></tr></table>\n\n<h3>Player</h3>\n\n<p>Next page</p>", nil, nil},
		{"titles before their tables", markdown.Style{}, "Request Body\n\n| Code | Type | Description |\n| player | Player | The player. |\n\nPlayer\n\n| Code | Type | Description |\n| name | string | The name. |\n\nNext page.",
			[]string{"01 Request Body", "03 [Code|Type|Description]", "04 |player|Player|The player.|", "06 Player", "08 [Code|Type|Description]", "09 |name|string|The name.|", "11 Next page."}, nil},
		{"the first table untitled, a heading after the last, most tables with no title after them", markdown.Style{}, "POST /api/x\n\n| Code | Type | Description |\n| player | Player | The player. |\n\nThe body's members.\n\n| Code | Type | Description |\n| name | string | The name. |\n\nThe player's.\n\n| Code | Type | Description |\n| age | number | The age. |\n\nErrors\n\nNone.",
			[]string{"01 POST /api/x", "03 [Code|Type|Description]", "04 |player|Player|The player.|", "06 The body's members.", "08 [Code|Type|Description]", "09 |name|string|The name.|", "11 The player's.", "13 [Code|Type|Description]", "14 |age|number|The age.|", "16 Errors", "18 None."}, nil},
		{"the first table untitled, the heading of the next section after the last", markdown.Style{}, "POST /api/x\n\n| Code | Type | Description |\n| player | Player | The player. |\n\nPlayer\n\n| Code | Type | Description |\n| name | string | The name. |\n\nExample Request\n\nPOST /api/x HTTP/1.1",
			[]string{"01 POST /api/x", "03 [Code|Type|Description]", "04 |player|Player|The player.|", "06 Player", "08 [Code|Type|Description]", "09 |name|string|The name.|", "11 Example Request", "13 POST /api/x HTTP/1.1"}, nil},
		{"titles after, one table without one", markdown.Style{}, "POST /api/x\n\n| Code | Type | Description |\n| player | Player | The player. |\n\nRequest Body\n\n| Code | Type | Description |\n| name | string | The name. |\n\nThe player's.\n\n| Code | Type | Description |\n| age | number | The age. |\n\nPlayer\n\n| Code | Type | Description |\n| tag | Tag | The tag. |\n\nTag\n\nNext page",
			[]string{"01 POST /api/x", "03 [Code|Type|Description]", "04 |player|Player|The player.|", "06 Request Body", "08 [Code|Type|Description]", "09 |name|string|The name.|", "11 The player's.", "13 [Code|Type|Description]", "14 |age|number|The age.|", "16 Player", "18 [Code|Type|Description]", "19 |tag|Tag|The tag.|", "21 Tag", "23 Next page"},
			[]string{"p.txt:8: the tables of the page have their titles after them, as a caption set below its table is written (the first table, at line 3, has no title line before it, and \"Tag\" at line 21 follows the last, at line 18, with no table after it), but the table at line 8 has no title line right after it: whether its title stands before or after it cannot be told; move each title above its table"}},
	} {
		want, warns := c.want, c.warns
		if want == nil {
			want, warns = read, warn
		}
		blocks, got := pagestest.Read(c.style, c.page, true)
		if d := pagestest.Describe(blocks); !reflect.DeepEqual(d, want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, d, want, got)
		}
		if !reflect.DeepEqual(got, warns) {
			t.Errorf("%s: warnings\n%q\nwant\n%q", c.name, got, warns)
		}
	}
}
