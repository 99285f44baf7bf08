package cellperline_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
)

// withLinks writes paragraphs as Perl's HTML::FormatText::WithLinks
// writes a table it cannot lay out: each cell's lines a paragraph at the
// left margin of three spaces, a blank line between cells and between
// rows alike; an empty cell ("") leaves nothing, no line nor a blank line.
func withLinks(cells ...string) []string {
	var out []string
	for _, c := range cells {
		if c == "" {
			continue
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		for _, l := range strings.Split(c, "\n") {
			out = append(out, "   "+l)
		}
	}
	return out
}

// TestWithLinks reads tables as HTML::FormatText::WithLinks writes them:
// one cell a paragraph, an empty cell leaving no line, so that the column
// a row's cells fall in is told by what they hold (a name, a type, a
// requiredness, prose); each link's number glued before its text and a
// heading's permalink number after it, with the permalink's zero-width
// space, out of the cells and the text; a description wrapped at the
// right margin one cell. A row whose cell fits two columns alike is
// refused at its line.
func TestWithLinks(t *testing.T) {
	head := []string{"Code", "Type", "Required", "Description"}
	for _, c := range []struct {
		name string
		page []string
		want []string
		errs []string
	}{
		{"empty Required cells, link numbers, wrapped descriptions",
			withLinks(append(append([]string{"Request Body [18]\u200b"}, head...),
				"routeId", "string", "true", "Key of the trade route. (4 - 32\ncharacters)",
				"escort", "[19]ConvoyEscort", "true", "Who guards the convoy. See [20]ConvoyEscort",
				"insuranceRate", "number", "", "Share insured against raids. (from 0 to 0.35)\n(Default: 0.1)",
				"convoyName", "string", "", "Name shown on the map. (max 40 characters)",
				"[21]", "Next page")...),
			[]string{
				"1: Request Body",
				"3: | Code | Type | Required | Description |",
				"11: | routeId | string | true | Key of the trade route. (4 - 32 characters) |",
				"20: | escort | ConvoyEscort | true | Who guards the convoy. See ConvoyEscort |",
				"28: | insuranceRate | number |  | Share insured against raids. (from 0 to 0.35) (Default: 0.1) |",
				"35: | convoyName | string |  | Name shown on the map. (max 40 characters) |",
				"43: Next page",
			}, nil},
		{"a cell that fits two columns",
			withLinks("Name", "Code", "Type", "Description",
				"grade", "GRADE", "[3]CargoGrade", "The grade.",
				"mode", "Mode", "The mode.",
				"kind", "KIND", "[4]Kind", "The kind. See [5]Kind"),
			nil,
			[]string{"p.txt:17: lines 17 to 21 after the row at line 9 of the table at line 1 read as the rest of its Description or as a row whose Code or Type vanished: nothing tells which; put each of the 4 cells of its rows on a line of its own (an empty one as a line with a dash)"}},
		{"a cell that fits two columns, but for the codes, which are integers",
			withLinks("Name", "Code", "Type", "Description",
				"grade", "7", "[3]CargoGrade", "The grade.",
				"mode", "Mode", "The mode.",
				"kind", "2", "[4]Kind", "The kind. See [5]Kind"),
			[]string{"1: | Name | Code | Type | Description |", "9: | grade | 7 | CargoGrade | The grade. |", "17: | mode |  | Mode | The mode. |", "23: | kind | 2 | Kind | The kind. See Kind |"},
			nil},
	} {
		rep := &pages.Reporter{}
		blocks := read("p.txt", c.page, rep)
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		var gotErrs []string
		for _, e := range errs {
			gotErrs = append(gotErrs, e.Error())
		}
		if got := cellperline.Render(blocks); c.want != nil && !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(gotErrs, c.errs) {
			t.Errorf("%s:\ngot  %s\nwant %s\nerrors %q\nwant   %q", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "), gotErrs, c.errs)
		}
	}
}

// TestChromeEndsTable ends a table at the site's pager after it, each
// label on its line over the title of the page it links or run into it,
// and at a text browser's list of its links ("References"), with the
// links' numbers lynx prints (lynx -dump), in both forms of the style (a
// blank line between cells, or none): they are no rows of the table.
func TestChromeEndsTable(t *testing.T) {
	enum := []string{"Name", "Code", "Description", "Rain", "1", "Rain only.", "Snow", "2", "Snow and wind."}
	links := []string{"References", "", "   1. https://docs.example.com/", "   2. https://docs.example.com/api/"}
	for _, c := range []struct {
		name string
		page []string
	}{
		{"a pager, labels over titles, and the list of links", concat(withLinks(enum...), []string{"", "   Edit this page on GitHub", ""}, withLinks("[38]Previous page", "[39]getForecast", "[40]Next page", "[41]clearStorm"), []string{""}, links)},
		{"a pager, labels run into titles", concat(withLinks(enum...), []string{""}, withLinks("[38]Previous pagegetForecast", "[40]Next pageclearStorm"), []string{""}, links)},
		{"no blank lines", concat(enum, []string{"Previous page", "getForecast", "Next page", "clearStorm", "References", "1. https://docs.example.com/"})},
	} {
		page := c.page
		rep := &pages.Reporter{}
		blocks := read("p.txt", page, rep)
		var tables int
		for _, b := range blocks {
			if b.Table == nil {
				continue
			}
			tables++
			if got := len(b.Table.Rows); got != 2 {
				t.Errorf("%s: the table has %d rows, want 2: %s", c.name, got, strings.Join(cellperline.Render(blocks), "\n     "))
			}
		}
		if tables != 1 || rep.Failed() {
			_, errs := rep.Sorted([]string{"p.txt"}, false)
			t.Errorf("%s: %d tables, errors %v; want 1 table:\n%s", c.name, tables, errs, strings.Join(cellperline.Render(blocks), "\n     "))
		}
	}
}

// concat is the lines of each part, one part after another.
func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
