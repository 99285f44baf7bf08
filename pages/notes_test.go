package pages_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/muse"
	"github.com/docs2go/docs2go/pages/org"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/textile"
	"github.com/docs2go/docs2go/pages/wiki"
	"github.com/docs2go/docs2go/pages/zim"
)

// TestNoteRows reads a row whose first cell alone holds a sentence, its
// other cells empty, as a note over the table (a cell spanning its
// columns, which the markup cannot write), text after the table with a
// warning, in every style that writes one so; a row of a name alone, or
// of a name and a primitive type, stays a row, and so does every row of
// a table whose rows slid their cells left.
func TestNoteRows(t *testing.T) {
	warn := func(line int) string {
		return fmt.Sprintf("p.txt:%d: line %d of the table at line 1 holds a sentence in its first cell alone and no name, type or other cell, as a page writes a note where it spans no cell over the columns (\"Note: a is sent once.\"): a note over its rows, no field; read as text after the table", line, line)
	}
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		warns []string
	}{
		{"Org", org.Style{}, "| Code | Type | Required | Description |\n|---+---+---+---|\n| =a= | string | true | The a. |\n| /Note:/ a is sent once. | | | |\n| =b= | int | | The b. |\n| =c= | | | |",
			[]string{"01 [Code|Type|Required|Description]", "03 |a|string|true|The a.|", "05 |b|int||The b.|", "06 |c||||", "04 Note: a is sent once."}, []string{warn(4)}},
		{"Textile", textile.Style{}, "|_. Code|_. Type|_. Required|_. Description|\n|@a@|string|true|The a.|\n|_Note:_ a is sent once.||||\n|@b@|int||The b.|",
			[]string{"01 [Code|Type|Required|Description]", "02 |a|string|true|The a.|", "04 |b|int||The b.|", "03 Note: a is sent once."}, []string{warn(3)}},
		{"Muse", muse.Style{}, " Code || Type || Required || Description\n =a= | string | true | The a.\n *Note:* a is sent once. |  |  |  \n =b= | int |  | The b.",
			[]string{"01 [Code|Type|Required|Description]", "02 |a|string|true|The a.|", "04 |b|int||The b.|", "03 Note: a is sent once."}, []string{warn(3)}},
		{"DokuWiki", dokuwiki.Style{}, "^Code^Type^Required^Description^\n|''a''|string|true|The a.|\n|//Note:// a is sent once.| | | |\n|''b''|int| |The b.|",
			[]string{"01 [Code|Type|Required|Description]", "02 |a|string|true|The a.|", "04 |b|int||The b.|", "03 Note: a is sent once."}, []string{warn(3)}},
		{"Zim", zim.Style{}, "|Code|Type|Required|Description|\n|----|----|----|----|\n|''a''|string|true|The a.|\n|//Note:// a is sent once.| | | |\n|''b''|int| |The b.|",
			[]string{"01 [Code|Type|Required|Description]", "03 |a|string|true|The a.|", "05 |b|int||The b.|", "04 Note: a is sent once."}, []string{warn(4)}},
		{"Confluence wiki, a name and a primitive type its sentence", wiki.Style{}, "||Code||Type||Required||Description||\n|a|string|true|The a.|\n|_Note:_ a is sent once.| | | |\n|b int The b.| | | |",
			[]string{"01 [Code|Type|Required|Description]", "02 |a|string|true|The a.|", "04 |b int The b.||||", "03 Note: a is sent once."}, []string{warn(3)}},
		{"Markdown, a table whose rows slid their descriptions into the Required column: no note", markdown.Style{}, "| Code | Type | Required | Description |\n|---|---|---|---|\n| device | Device | Device used in ExternalItem. See Device | |\n| Google used in ExternalItem. See Google | |||",
			[]string{"01 [Code|Type|Required|Description]", "03 |device|Device|Device used in ExternalItem. See Device||", "04 |Google used in ExternalItem. See Google||||"}, nil},
	} {
		blocks, warns := pagestest.Read(c.style, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, got, c.want, warns)
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%q\nwant\n%q", c.name, warns, c.warns)
		}
	}
}

// TestIsNote checks the cells that hold a note's sentence and those that
// do not: too few words, a status code's row, a name and a primitive type.
func TestIsNote(t *testing.T) {
	for c, want := range map[string]bool{
		"":                                   false,
		"userId":                             false,
		"two words":                          false,
		"  Note:  heights are measured ":     true,
		"Note: heights are measured from 0.": true,
		"4xx (custom status) body":           false,
		"userId string The user.":            false,
		"userId String The user.":            false,
		"userId the id of the user":          true,
	} {
		if got := pages.IsNote(c); got != want {
			t.Errorf("IsNote(%q) = %v, want %v", c, got, want)
		}
	}
}
