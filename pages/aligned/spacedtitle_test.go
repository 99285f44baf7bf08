package aligned

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// titledLexicon is a spacedLexicon that knows the titles of its page's
// structure (pages.SectionColumns), the types its names are the headings
// of, and the primitive types of every protocol's pages (String,
// Integer).
type titledLexicon struct {
	spacedLexicon
	titles []string
}

func (l titledLexicon) EndsTable(line string) bool {
	return slices.Contains(l.titles, line) || slices.Contains(l.spacedLexicon, line)
}

// ColumnsUnder tells a title strict, and a type's heading (a name of the
// lexicon) not, under which a table of fields stands.
func (l titledLexicon) ColumnsUnder(title string) ([]pages.Head, bool) {
	if slices.Contains(l.spacedLexicon, title) {
		return []pages.Head{{Cells: []string{"Name", "Type", "Description"}, Fits: func([]string) bool { return true }}}, false
	}
	return nil, slices.Contains(l.titles, title)
}

func (titledLexicon) Primitives() *pages.Spellings { return titledPrimitives }

// titledPrimitives are the primitive spellings pages.PrimitiveSpellings
// lists.
var titledPrimitives = pages.NewSpellings(pages.PrimitiveSpellings)

// TestSpacedTitleEnds reads tables whose cells are one space apart, as
// pdftotext -raw prints a PDF's (wkhtmltopdf's print of a wiki page):
// no blank line anywhere, a section's title right under the last row of
// the table before it. A title the page's structure knows ends the
// table, and is text, as does a type's heading over a header; a type's
// name alone, and a line the lexicon does not know, stay refused,
// and a title that splits as a row of the table, or follows a line that
// reaches the width, stays the table's.
func TestSpacedTitleEnds(t *testing.T) {
	words := titledLexicon{spacedLexicon{"RosterEntry"}, []string{"Request Parameters", "Response Body", "Example Request", "Level Integer Y"}}
	const width = "The longest line of the page's text, which sets the width it wraps at here.\nand goes on.\n"
	for _, c := range []struct {
		name, page string
		want       [][][]string
		texts      []string
		errs       []string // each a part of the first error
	}{
		{"a section's title under a table, a header under it",
			width + "Request Headers\n" +
				"Name Type Mandatory Description\n" +
				"appSecret String Y App Secret\n" +
				"kgAppId String Y KG App ID\n" +
				"Request Parameters\n" +
				"Name Type Mandatory Description\n" +
				"size Integer N Players per page, 1 ~ 100 (default: 30)\n" +
				"Response Body\n" +
				"Name Type Description\n" +
				"members List<RosterEntry> Enlisted players, strongest first\n" +
				"Example Request\n" +
				"GET /service/v5/warband/roster?size=10 HTTP/1.1\n",
			[][][]string{
				{{"Name", "Type", "Mandatory", "Description"}, {"appSecret", "String", "Y", "App Secret"}, {"kgAppId", "String", "Y", "KG App ID"}},
				{{"Name", "Type", "Mandatory", "Description"}, {"size", "Integer", "N", "Players per page, 1 ~ 100 (default: 30)"}},
				{{"Name", "Type", "Description"}, {"members", "List<RosterEntry>", "Enlisted players, strongest first"}},
			},
			[]string{"Request Parameters", "Response Body", "Example Request", "GET /service/v5/warband/roster?size=10 HTTP/1.1"},
			nil},
		{"a type's heading over a table of its own",
			width + "Name Type Description\n" +
				"total Integer Number of enlisted players\n" +
				"RosterEntry\n" +
				"\fName Type Description\n" +
				"playerId String Player ID\n",
			[][][]string{
				{{"Name", "Type", "Description"}, {"total", "Integer", "Number of enlisted players"}},
				{{"Name", "Type", "Description"}, {"playerId", "String", "Player ID"}},
			},
			[]string{"RosterEntry"},
			nil},
		{"a type's name alone under a table, no header under it: refused",
			width + "Name Type Description\n" +
				"total Integer Number of enlisted players, see\n" +
				"RosterEntry\n" +
				"members Integer Number of members\n",
			[][][]string{{{"Name", "Type", "Description"}, {"total", "Integer", "Number of enlisted players, see"}, {"members", "Integer", "Number of members"}}},
			nil,
			[]string{`line 5 ("RosterEntry")`, "splits into no row"}},
		{"a line no title of the page's, under a table: refused",
			width + "Name Type Mandatory Description\n" +
				"kgAppId String Y KG App ID\n" +
				"Request Arguments\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"}, {"kgAppId", "String", "Y", "KG App ID"}}},
			nil,
			[]string{`line 5 ("Request Arguments")`, "splits into no row"}},
		{"a title that splits as a row: a row",
			width + "Name Type Mandatory Description\n" +
				"kgAppId String Y KG App ID\n" +
				"Level Integer Y\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"}, {"kgAppId", "String", "Y", "KG App ID"}, {"Level", "Integer", "Y", ""}}},
			nil, nil},
		{"a title under a line that reaches the width: the row's text wrapped",
			width + "Name Type Mandatory Description\n" +
				"kgAppId String Y The app's ID, which the console shows on the page of the\n" +
				"Response Body\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"}, {"kgAppId", "String", "Y", "The app's ID, which the console shows on the page of the Response Body"}}},
			nil, nil},
	} {
		rep := &pages.Reporter{}
		var got [][][]string
		var texts []string
		for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep, Words: words}) {
			if b.Table == nil {
				if b.Line > 3 {
					texts = append(texts, b.Text)
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
