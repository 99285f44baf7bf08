package pages_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/org"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/textile"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestEmptyHeaderRow reads a table whose header row has empty cells
// only, as Joplin's Web Clipper writes one above a Confluence table whose
// first row is its header (in bold, or not): its first row is its header,
// at its line, in every style with header rows; a table of such a header
// whose first row names no column is the rest of the table before it.
func TestEmptyHeaderRow(t *testing.T) {
	headed := []string{"03 [Name|Type|Mandatory|Description]", "04 |playerId|String|Y|Player ID|", "05 |top|Integer|N|Entries returned|"}
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		// named is how many warnings name the empty header row over a
		// first row read as the header (pages.Read's): none where the
		// style reads the form itself (pipes: the empty row is a table
		// of no rows; HTML: a hidden <thead>), or no row is the header.
		named int
	}{
		{"Markdown, bold header", markdown.Style{}, "|     |     |     |     |\n| --- | --- | --- | --- |\n| **Name** | **Type** | **Mandatory** | **Description** |\n| playerId | String | Y   | Player ID |\n| top | Integer | N   | Entries returned |", headed, 1},
		{"Markdown, plain header", markdown.Style{}, "| | | | |\n|---|---|---|---|\n| Name | Type | Mandatory | Description |\n| playerId | String | Y | Player ID |\n| top | Integer | N | Entries returned |", headed, 1},
		{"pipes", pipes.Style{}, "  |   |   |  \n---|---|---|---\nName | Type | Mandatory | Description\nplayerId | String | Y | Player ID\ntop | Integer | N | Entries returned", headed, 0},
		{"Confluence wiki", wiki.Style{}, "h3. Request\n|| || || || ||\n|*Name*|*Type*|*Mandatory*|*Description*|\n|playerId|String|Y|Player ID|\n|top|Integer|N|Entries returned|", []string{"01 Request", "03 [Name|Type|Mandatory|Description]", "04 |playerId|String|Y|Player ID|", "05 |top|Integer|N|Entries returned|"}, 1},
		{"Textile", textile.Style{}, "h3. Request\n|_. |_. |_. |_. |\n| *Name* | *Type* | *Mandatory* | *Description* |\n| playerId | String | Y | Player ID |\n| top | Integer | N | Entries returned |", []string{"01 Request", "03 [Name|Type|Mandatory|Description]", "04 |playerId|String|Y|Player ID|", "05 |top|Integer|N|Entries returned|"}, 1},
		{"MediaWiki", mediawiki.Style{}, "{|\n! !! !! !!\n|-\n| '''Name''' || '''Type''' || '''Mandatory''' || '''Description'''\n|-\n| playerId || String || Y || Player ID\n|-\n| top || Integer || N || Entries returned\n|}", []string{"04 [Name|Type|Mandatory|Description]", "06 |playerId|String|Y|Player ID|", "08 |top|Integer|N|Entries returned|"}, 1},
		{"DokuWiki", dokuwiki.Style{}, "===== Request =====\n^ ^ ^ ^ ^\n| **Name** | **Type** | **Mandatory** | **Description** |\n| playerId | String | Y | Player ID |\n| top | Integer | N | Entries returned |", []string{"01 Request", "03 [Name|Type|Mandatory|Description]", "04 |playerId|String|Y|Player ID|", "05 |top|Integer|N|Entries returned|"}, 1},
		{"Org", org.Style{}, "* Request\n| | | | |\n|---+---+---+---|\n| *Name* | *Type* | *Mandatory* | *Description* |\n| playerId | String | Y | Player ID |\n| top | Integer | N | Entries returned |", []string{"01 Request", "04 [Name|Type|Mandatory|Description]", "05 |playerId|String|Y|Player ID|", "06 |top|Integer|N|Entries returned|"}, 1},
		{"HTML, empty <th>s in <thead>", html.Style{}, "<html><body><table>\n<thead><tr><th></th><th></th><th></th><th></th></tr></thead>\n<tr><td><strong>Name</strong></td><td><strong>Type</strong></td><td><strong>Mandatory</strong></td><td><strong>Description</strong></td></tr>\n<tr><td>playerId</td><td>String</td><td>Y</td><td>Player ID</td></tr>\n<tr><td>top</td><td>Integer</td><td>N</td><td>Entries returned</td></tr>\n</table></body></html>", headed, 0},
		{"Markdown, compact, its ruler glued to the <colgroup> a converter kept", markdown.Style{}, "|||||\n<colgroup><col /><col /><col /><col /></colgroup>|---|---|---|---|\n|Name|Type|Mandatory|Description|\n|playerId|String|Y|Player ID|\n|top|Integer|N|Entries returned|", headed, 1},
		{"Markdown, a table's rest", markdown.Style{}, "| Name | Type | Mandatory | Description |\n|---|---|---|---|\n| playerId | String | Y | Player ID |\n\n| | | | |\n|---|---|---|---|\n| top | Integer | N | Entries returned |", []string{"01 [Name|Type|Mandatory|Description]", "03 |playerId|String|Y|Player ID|", "05 [Name|Type|Mandatory|Description]", "07 |top|Integer|N|Entries returned|"}, 0},
		{"Markdown, an empty header and no rows", markdown.Style{}, "Text\n\n| | |\n|---|---|\n\nMore", []string{"01 Text", "06 More"}, 0},
	} {
		blocks, warns := pagestest.Read(c.style, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, got, c.want, warns)
		}
		// Where the first row is taken for the header, one warning
		// names the form, at the empty header's line.
		named := 0
		for _, w := range warns {
			if strings.Contains(w, "has empty cells only, as a converter writes a table whose source marked no header row") {
				named++
			}
		}
		if named != c.named {
			t.Errorf("%s: %d warnings name the empty header row, want %d: %q", c.name, named, c.named, warns)
		}
	}
}
