package aligned

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// headingLexicon is a spacedLexicon that reads its titles and its type
// names as lines that end a table (Lexicon.EndsTable), as GearN's does,
// with no columns under a title (no pages.SectionColumns).
type headingLexicon struct {
	spacedLexicon
	titles []string
}

func (l headingLexicon) EndsTable(line string) bool {
	return slices.Contains(l.titles, line) || slices.Contains(l.spacedLexicon, line)
}

// TestSpacedHeadingEnds reads tables whose cells are one space apart as
// a WebDriver's getText() (or innerText) prints a page's: a row a line,
// an empty cell printed as nothing, every heading a bare line right
// under the last row of the table above it. A line the lexicon reads as
// a title ends the table where the page's structure goes on under it
// (another title, a table's header, or a line of text over a header),
// though it splits as a row with empty cells ("Request Body" under a
// table of headers); a table of an enum's names and codes alone (Name |
// Code) is read; a title with a row of the table under it, or nothing,
// may be a cell's text the browser set on a line of its own, and stays
// refused, as does a word alone that splits as a row whose other cells
// are empty.
func TestSpacedHeadingEnds(t *testing.T) {
	words := headingLexicon{spacedLexicon{"RosterEntry", "SootMark", "ErrorCode", "WickCut"}, []string{"Admin", "Require permission rules lamp.trim.adminSelfEnable. See PermissionRules", "HTTP", "http", "POST /api/rJson/lamp/admin/trim", "Request Headers", "Request Body", "Example", "json"}}
	const width = "The longest line of the page's text, which sets the width it wraps at here.\nand goes on.\n"
	body := "Name Type Required Description\n" +
		"userId string true The keeper on watch. (10 characters)\n" +
		"spreadMm number int true Width of the smear. (from 1 to 40)\n" +
		"wickLeftMm number int Length of wick left. (from 0 to 1200)\n" +
		"logEntry string Line written into the log book.\n"
	bodyRows := [][]string{{"Name", "Type", "Required", "Description"},
		{"userId", "string", "true", "The keeper on watch. (10 characters)"},
		{"spreadMm", "number int", "true", "Width of the smear. (from 1 to 40)"},
		{"wickLeftMm", "number int", "", "Length of wick left. (from 0 to 1200)"},
		{"logEntry", "string", "", "Line written into the log book."}}
	for _, c := range []struct {
		name, page string
		want       [][][]string
		texts      []string
		errs       []string // each a part of the first error
	}{
		{"a role's heading, its permission, a code block's label and its request line under a table",
			width + body +
				"Admin\n" +
				"Require permission rules lamp.trim.adminSelfEnable. See PermissionRules\n" +
				"HTTP\n" +
				"http\n" +
				"POST /api/rJson/lamp/admin/trim\n" +
				"Request Headers\n" +
				"Name Required Description\n" +
				"Secret-Key true The key of the server.\n" +
				"Content-Type true application/json\n" +
				"Request Body\n" +
				body,
			[][][]string{bodyRows,
				{{"Name", "Required", "Description"}, {"Secret-Key", "true", "The key of the server."}, {"Content-Type", "true", "application/json"}},
				bodyRows},
			[]string{"Admin", "Require permission rules lamp.trim.adminSelfEnable. See PermissionRules", "HTTP", "http", "POST /api/rJson/lamp/admin/trim", "Request Headers", "Request Body"},
			nil},
		{"a type's heading and its description over its table, an enum's of names and codes alone, a code block's label",
			width + body +
				"SootMark\n" +
				"A smear of lamp soot on one prism panel.\n" +
				body +
				"ErrorCode\n" +
				"Name Code\n" +
				"Ok 1\n" +
				"WickTooShort 422\n" +
				"LanternStillLit -3\n" +
				"WickCut\n" +
				"Name Code Description\n" +
				"Flat 0 Straight across.\n" +
				"Example\n" +
				"json\n" +
				"{\n",
			[][][]string{bodyRows, bodyRows,
				{{"Name", "Code"}, {"Ok", "1"}, {"WickTooShort", "422"}, {"LanternStillLit", "-3"}},
				{{"Name", "Code", "Description"}, {"Flat", "0", "Straight across."}}},
			[]string{"SootMark", "A smear of lamp soot on one prism panel.", "ErrorCode", "WickCut", "Example", "json", "{"},
			nil},
		{"a type's name alone under a row, a row and a header under it: refused",
			width + "Name Type Description\n" +
				"total int Number of enlisted players, see\n" +
				"RosterEntry\n" +
				"members int Number of members\n" +
				"Name Type Description\n" +
				"playerId string Player ID\n",
			[][][]string{
				{{"Name", "Type", "Description"}, {"total", "int", "Number of enlisted players, see"}, {"members", "int", "Number of members"}},
				{{"Name", "Type", "Description"}, {"playerId", "string", "Player ID"}},
			},
			nil,
			[]string{`line 5 ("RosterEntry")`, "splits into no row"}},
		{"a word alone under a table of headers, a title over a title under it: a row whose other cells are empty or a title, refused",
			width + "Name Required Description\n" +
				"Secret-Key true The key of the server.\n" +
				"Admin\n" +
				"Require permission rules lamp.trim.adminSelfEnable. See PermissionRules\n",
			[][][]string{{{"Name", "Required", "Description"}, {"Secret-Key", "true", "The key of the server."}}},
			[]string{"Admin", "Require permission rules lamp.trim.adminSelfEnable. See PermissionRules"},
			[]string{`line 5 ("Admin")`, "cannot be told"}},
		{"a title under a table with nothing under it: refused",
			width + "Name Type Description\n" +
				"total int Number of enlisted players\n" +
				"Admin\n",
			[][][]string{{{"Name", "Type", "Description"}, {"total", "int", "Number of enlisted players"}}},
			nil,
			[]string{`line 5 ("Admin")`, "splits into no row"}},
	} {
		rep := &pages.Reporter{}
		var got [][][]string
		var texts []string
		for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep, Words: words}) {
			if b.Table == nil {
				if b.Line > 2 {
					texts = append(texts, strings.Split(b.Text, "\n")...)
				}
				continue
			}
			tb := [][]string{b.Table.Header}
			for _, r := range b.Table.Rows {
				tb = append(tb, r.Cells)
			}
			got = append(got, tb)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: tables\n got %q\nwant %q", c.name, got, c.want)
		}
		if !reflect.DeepEqual(texts, c.texts) {
			t.Errorf("%s: texts\n got %q\nwant %q", c.name, texts, c.texts)
		}
		_, es := rep.Sorted([]string{"p.txt"}, false)
		var errs []string
		for _, e := range es {
			errs = append(errs, e.Error())
		}
		if len(errs) == 0 && len(c.errs) > 0 || len(errs) > 0 && len(c.errs) == 0 {
			t.Errorf("%s: errors %q, want the first with %q", c.name, errs, c.errs)
			continue
		}
		for _, part := range c.errs {
			if !strings.Contains(errs[0], part) {
				t.Errorf("%s: error %q, want it to say %q", c.name, errs[0], part)
			}
		}
	}
}
