package pages_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/source"
)

// TestStackedTitles pairs the titles a scraper stacks above a section's
// tables with the tables after them, in order, with one warning, where
// the count and the kinds agree, in every style; refuses a run of titles
// the tables do not agree with; and leaves a title over its own table as
// it is.
func TestStackedTitles(t *testing.T) {
	paired := []string{"01 Response Body", "04 [Name|Type|Description]", "05 |pans|List<Pan>|The pans.|", "02 Pan", "06 [Name|Type|Description]", "07 |stage|Stage|The stage.|", "03 Stage", "08 [Code|Name|Description]", "09 |0|Dry|Dry.|"}
	warned := []string{`p.txt:2: 2 titles stand stacked above the tables after them, as a scraper that prints a section's text before its tables writes them: each is read as the title of a table, in order, each table one a type or an enum is documented by and each title a name another table refers to: "Pan" at line 2 titles the table at line 6; "Stage" at line 3 titles the table at line 8`}
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		warns []string
	}{
		{"tab-separated, the section's own table first", pipes.Style{}, "Response Body\nPan\nStage\nName\tType\tDescription\npans\tList<Pan>\tThe pans.\nName\tType\tDescription\nstage\tStage\tThe stage.\nCode\tName\tDescription\n0\tDry\tDry.", paired, warned},
		{"Markdown", markdown.Style{}, "Response Body\nPan\nStage\n| Name | Type | Description |\n|---|---|---|\n| pans | List<Pan> | The pans. |\n\n| Name | Type | Description |\n|---|---|---|\n| stage | Stage | The stage. |\n\n| Code | Name | Description |\n|---|---|---|\n| 0 | Dry | Dry. |",
			[]string{"01 Response Body", "04 [Name|Type|Description]", "06 |pans|List<Pan>|The pans.|", "02 Pan", "08 [Name|Type|Description]", "10 |stage|Stage|The stage.|", "03 Stage", "12 [Code|Name|Description]", "14 |0|Dry|Dry.|"},
			[]string{`p.txt:2: 2 titles stand stacked above the tables after them, as a scraper that prints a section's text before its tables writes them: each is read as the title of a table, in order, each table one a type or an enum is documented by and each title a name another table refers to: "Pan" at line 2 titles the table at line 8; "Stage" at line 3 titles the table at line 12`}},
		{"one table short", pipes.Style{}, "Response Body\nPan\nStage\nName\tType\tDescription\npans\tList<Pan>\tThe pans.\nName\tType\tDescription\nstage\tStage\tThe stage.",
			[]string{"01 Response Body", "02 Pan", "03 Stage", "04 [Name|Type|Description]", "05 |pans|List<Pan>|The pans.|", "06 [Name|Type|Description]", "07 |stage|Stage|The stage.|"},
			[]string{`p.txt:2: the titles "Pan" at line 2, "Stage" at line 3 stand stacked above the tables at lines 4 (Name | Type | Description), 6 (Name | Type | Description), as a scraper that prints a section's text before its tables writes them, but which title titles which table cannot be told: no table but the one at line 4, which "Pan" would title, refers to Pan. To settle it, move each title on a line of its own right above the table it titles, or add to the overrides file (under tables:) an entry for each title, with <line> replaced by the line of the header of the table it titles (4, 6):` + "\n  - table: p.txt:<line>\n    type: Pan\n  - table: p.txt:<line>\n    type: Stage"}},
		{"a caption after the table before, then a title over the next", pipes.Style{}, "Response Body\nName\tType\tDescription\ncode\tOutcome\tThe code.\nOutcome\nData\nName\tType\tDescription\ndata\tData\tThe data.",
			[]string{"01 Response Body", "02 [Name|Type|Description]", "03 |code|Outcome|The code.|", "04 Outcome", "05 Data", "06 [Name|Type|Description]", "07 |data|Data|The data.|"}, nil},
		{"a title over its own table", pipes.Style{}, "Request Body\nName\tType\tDescription\npan\tPan\tThe pan.\n\nPan\nName\tType\tDescription\nid\tString\tThe ID.",
			[]string{"01 Request Body", "02 [Name|Type|Description]", "03 |pan|Pan|The pan.|", "05 Pan", "06 [Name|Type|Description]", "07 |id|String|The ID.|"}, nil},
	} {
		blocks, got := pagestest.Read(c.style, c.page, true)
		if d := pagestest.Describe(blocks); !reflect.DeepEqual(d, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, d, c.want, got)
		}
		if !reflect.DeepEqual(got, c.warns) {
			t.Errorf("%s: warnings\n%q\nwant\n%q", c.name, got, c.warns)
		}
	}
}

// TestStackedTitlesGiven pairs a run of stacked titles the evidence does
// not pair as the overrides file's tables: entries give them (Titled),
// with a warning, marking the entries taken; entries that leave a title
// unpaired pair none, and the run is refused.
func TestStackedTitlesGiven(t *testing.T) {
	page := "Response Body\nPan\nStage\nName\tType\tDescription\npans\tList<Pan>\tThe pans.\nName\tType\tDescription\nstage\tStage\tThe stage."
	for _, c := range []struct {
		name   string
		of     map[int]string
		want   []string
		taken  map[int]bool
		warned string
	}{
		{"each title given", map[int]string{4: "Pan", 6: "Stage"},
			[]string{"01 Response Body", "02 Pan", "04 [Name|Type|Description]", "05 |pans|List<Pan>|The pans.|", "03 Stage", "06 [Name|Type|Description]", "07 |stage|Stage|The stage.|"},
			map[int]bool{4: true, 6: true},
			`p.txt:2: 2 titles stand stacked above the tables after them, as a scraper that prints a section's text before its tables writes them: each is read as the title of the table the overrides file's tables: entries give it: "Pan" at line 2 titles the table at line 4; "Stage" at line 3 titles the table at line 6`},
		{"one title given", map[int]string{4: "Pan"},
			[]string{"01 Response Body", "02 Pan", "03 Stage", "04 [Name|Type|Description]", "05 |pans|List<Pan>|The pans.|", "06 [Name|Type|Description]", "07 |stage|Stage|The stage.|"},
			map[int]bool{},
			`p.txt:2: the titles "Pan" at line 2, "Stage" at line 3 stand stacked`},
	} {
		titled := &pages.Titled{Of: c.of, Taken: map[int]bool{}}
		rep := &pages.Reporter{}
		src := source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(page))}, rep)
		src.Titled = titled
		blocks := pages.Read(pipes.Style{}, src)
		if d := pagestest.Describe(blocks); !reflect.DeepEqual(d, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q", c.name, d, c.want)
		}
		if !reflect.DeepEqual(titled.Taken, c.taken) {
			t.Errorf("%s: taken %v; want %v", c.name, titled.Taken, c.taken)
		}
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		if all := append(warns, errs...); len(all) != 1 || !strings.HasPrefix(all[0].Error(), c.warned) {
			t.Errorf("%s: diagnostics %v; want one beginning %q", c.name, all, c.warned)
		}
	}
}
