package pages_test

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/source"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestToggles skips the toggle of a collapsible between a type's title
// and its table, with a warning at its line, in every style: the title
// is the line right before the table.
func TestToggles(t *testing.T) {
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		// title is the text block right before the table, at line
		// titleAt; table the table's line.
		title            string
		titleAt, tableAt int
		warns            []string
	}{
		{"pipes, Confluence's expand", pipes.Style{}, "PetGuest\nClick here to expand...\nName | Type | Description |\n---|---|---|\npetId | String | Pet ID |", "PetGuest", 1, 3,
			[]string{`p:2: skipped line 2, "Click here to expand...": the toggle of a collapsible (an expand macro's, or a <details> element's summary that names nothing), no text of the page; what it stands between, a title and its table, is read as one`}},
		{"Markdown, led by a no-break space", markdown.Style{}, "#### LightCue\n\n\u00a0Click here to expand...\n\n| Name | Type |\n|---|---|\n| offset | Double |", "LightCue", 1, 5,
			[]string{`p:3: skipped line 3, "Click here to expand...": the toggle of a collapsible (an expand macro's, or a <details> element's summary that names nothing), no text of the page; what it stands between, a title and its table, is read as one`}},
		{"Markdown, a <details> element's summary", markdown.Style{}, "#### LightCue\n\n<details><summary>Click to expand</summary>\n\n| Name | Type |\n|---|---|\n| offset | Double |\n\n</details>", "LightCue", 1, 5,
			[]string{`p:3: skipped line 3, "Click to expand": the toggle of a collapsible (an expand macro's, or a <details> element's summary that names nothing), no text of the page; what it stands between, a title and its table, is read as one`}},
		{"HTML, a <details> element's summary", html.Style{}, "<h4>LightCue</h4>\n<details>\n<summary>Show more</summary>\n<table><tr><th>Name</th><th>Type</th></tr>\n<tr><td>offset</td><td>Double</td></tr></table>\n</details>", "LightCue", 1, 4,
			[]string{`p:3: skipped line 3, "Show more": the toggle of a collapsible (an expand macro's, or a <details> element's summary that names nothing), no text of the page; what it stands between, a title and its table, is read as one`}},
		{"pipes, a <summary> line a text copy kept", pipes.Style{}, "PetGuest\n<summary>Click to expand</summary>\nName | Type | Description |\n---|---|---|\npetId | String | Pet ID |", "PetGuest", 1, 3,
			[]string{`p:2: skipped line 2, "<summary>Click to expand</summary>": the toggle of a collapsible (an expand macro's, or a <details> element's summary that names nothing), no text of the page; what it stands between, a title and its table, is read as one`}},
		{"Confluence wiki markup, a code block's toggle", wiki.Style{}, "h4. LightCue\nExpand source\n||Name||Type||\n|offset|Double|", "LightCue", 1, 3,
			[]string{`p:2: skipped line 2, "Expand source": the toggle of a collapsible (an expand macro's, or a <details> element's summary that names nothing), no text of the page; what it stands between, a title and its table, is read as one`}},
		{"Markdown, a <details> element's summary that names the table is its title", markdown.Style{}, "<details><summary>LightCue</summary>\n\n| Name | Type |\n|---|---|\n| offset | Double |\n\n</details>", "LightCue", 1, 3, nil},
		{"a sentence that says expand is text", pipes.Style{}, "Click here to expand the list.\nName | Type | Description |\n---|---|---|\npetId | String | Pet ID |", "Click here to expand the list.", 1, 2, nil},
	} {
		rep := &pages.Reporter{}
		blocks := pages.Read(c.style, source.Of("p", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep))
		var title pages.Block
		table := 0
		for _, b := range blocks {
			if b.Table != nil {
				table = b.Table.Line
				break
			}
			title = b
		}
		if title.Text != c.title || title.Line != c.titleAt || table != c.tableAt {
			t.Errorf("%s: title %q at line %d, table at line %d; want %q at line %d, table at line %d", c.name, title.Text, title.Line, table, c.title, c.titleAt, c.tableAt)
		}
		warns, _ := rep.Sorted([]string{"p"}, false)
		var got []string
		for _, w := range warns {
			got = append(got, w.Error())
		}
		if !reflect.DeepEqual(got, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, got, c.warns)
		}
	}
}

// TestIsToggle tells the toggle of a collapsible that folds a long
// table's rest, counting what it hides, from a line of text.
func TestIsToggle(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Show 10 more members", true},
		{"Show 3 more", true},
		{"show all 12 fields", true},
		{"ſhow 2 more rows", true},
		{"  SHOW ALL 5  ", true},
		{"Showing 3 more", false},
		{"<summary>Show 10 more members</summary>", true},
		{"Show the offer in the store", false},
		{"Show 10 more members of the guild", false},
	} {
		if got := pages.IsToggle(c.text); got != c.want {
			t.Errorf("IsToggle(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFoldedRowsLost refuses the toggle that folds more rows of a table
// where no table follows it (a text browser leaves the rows as text), in
// every style; a table right after it is the rows it folds.
func TestFoldedRowsLost(t *testing.T) {
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		fails int
	}{
		{"pipes, the rows left as text", pipes.Style{}, "Name | Type |\n---|---|\npetId | String |\n\nShow 10 more members\n\ncolor String The color\n", 1},
		{"pipes, the rows a table of their own", pipes.Style{}, "Name | Type |\n---|---|\npetId | String |\n\nShow 10 more members\n\ncolor | String |\nsize | Integer |\n", 0},
		{"HTML, a <details> element", html.Style{}, "<table><tr><th>Name</th><th>Type</th></tr><tr><td>petId</td><td>String</td></tr></table>\n<details><summary>Show 1 more members</summary>\n<table><tr><td>color</td><td>String</td></tr></table></details>", 0},
	} {
		rep := &pages.Reporter{}
		pages.Read(c.style, source.Of("p", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep))
		if _, es := rep.Sorted([]string{"p"}, false); len(es) != c.fails {
			t.Errorf("%s: errors %q, want %d", c.name, es, c.fails)
		}
	}
}

// TestCellRestBetween refuses a bound or a default in parentheses right
// under a table whose rest resumes after it without a header row: a
// cell's paragraph a tool set apart from its row, or text.
func TestCellRestBetween(t *testing.T) {
	for _, c := range []struct {
		name, page string
		fails      int
	}{
		{"a default between a table and its rest", "Name | Type | Description |\n---|---|---|\nminRating | Double | Lowest rating |\n\n(default: 3.5)\n\n| days | Integer | Days ahead |\n", 1},
		{"a sentence between a table and its rest", "Name | Type | Description |\n---|---|---|\nminRating | Double | Lowest rating |\n\nSee the ratings below.\n\n| days | Integer | Days ahead |\n", 0},
	} {
		rep := &pages.Reporter{}
		pages.Read(pipes.Style{}, source.Of("p", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep))
		if _, es := rep.Sorted([]string{"p"}, false); len(es) != c.fails {
			t.Errorf("%s: errors %q, want %d", c.name, es, c.fails)
		}
	}
}
