package markdown

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/source"
)

// TestOutlinerPage reads a page as Logseq writes it: its blocks list
// items, a heading, a table and a fence on an item's line, nested with
// TABs, property lines under a block's first line, amid a table's lines
// too (warned of), and among the page's properties (dropped).
func TestOutlinerPage(t *testing.T) {
	page := strings.Join([]string{
		"title:: GearN/event/grantEventPoints",
		"tags:: gearn, api",
		"",
		"- ## Server",
		"  collapsed:: true",
		"\t- Require permission rules event.x.serverSelfEnable.",
		"\t- ```http",
		"\t  POST /api/rJson/event/server/grantEventPoints",
		"\t  ```",
		"\t- ### ErrorCode",
		"\t- | Name | Code |",
		"\t  id:: 674ee1b2-5c1d-4f0e-9a37-0c2b8e61d4a9",
		"\t  |---|---|",
		"\t  | Ok | 1 |",
		"\t  heading:: true",
		"\t  | EventNotFound | 301 |",
		"- ",
	}, "\n")
	rep := &pages.Reporter{}
	blocks := pages.Read(Style{}, source.Of("p.md", pages.Text{Lines: pages.Lines([]byte(page))}, rep))
	var got []string
	for _, b := range blocks {
		if b.Table != nil {
			var rows []string
			for _, r := range b.Table.Rows {
				rows = append(rows, strings.Join(r.Cells, ","))
			}
			got = append(got, strings.Join(b.Table.Header, ",")+" / "+strings.Join(rows, " / "))
			continue
		}
		got = append(got, b.Text)
	}
	want := []string{"Server", "Require permission rules event.x.serverSelfEnable.", "POST /api/rJson/event/server/grantEventPoints", "ErrorCode", "Name,Code / Ok,1 / EventNotFound,301"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
	if n := len(blocks); n != len(want) || blocks[n-1].Table == nil || blocks[n-1].Table.Line != 11 || blocks[n-1].Table.Rows[1].Line != 16 {
		t.Errorf("the table is not at line 11, its last row at line 16")
	}
	warns, _ := rep.Sorted([]string{"p.md"}, false)
	var gotWarns []string
	for _, w := range warns {
		gotWarns = append(gotWarns, w.Error())
	}
	wantWarns := []string{
		`p.md:12: line 12, "id:: 674ee1b2-5c1d-4f0e-9a37-0c2b8e61d4a9", is an outliner's property line (Logseq writes a block's properties under its first line), between line 11 and line 13 of a table: dropped, and the table read whole`,
		`p.md:15: line 15, "heading:: true", is an outliner's property line (Logseq writes a block's properties under its first line), between line 14 and line 16 of a table: dropped, and the table read whole`,
	}
	if !reflect.DeepEqual(gotWarns, wantWarns) {
		t.Errorf("warnings\n got %q\nwant %q", gotWarns, wantWarns)
	}
}

// TestListItemBlocks reads a table, a heading and a fence that begin on a
// list item's line as the page's, on a page whose other items are a
// list (their marks kept); a property line in a code block is code.
func TestListItemBlocks(t *testing.T) {
	page := "Intro text.\n\n- ## Body\n- | Code | Type |\n  |---|---|\n  | id | string |\n\n- one\n- two\n- three\n\n```\nkey:: value\n```"
	blocks := pages.Read(Style{}, source.Of("p.md", pages.Text{Lines: pages.Lines([]byte(page))}, &pages.Reporter{}))
	var got []string
	for _, b := range blocks {
		if b.Table != nil {
			got = append(got, "table "+strings.Join(b.Table.Header, ","))
			continue
		}
		got = append(got, b.Text)
	}
	want := []string{"Intro text.", "Body", "table Code,Type", "- one", "- two", "- three", "key:: value"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
}

// TestOutlinerLinesLocated reads an outliner's page whose lines are not
// the page's own (a mail quoted it, Source.At): the blocks and the
// warning of a property line stand at the page's lines.
func TestOutlinerLinesLocated(t *testing.T) {
	lines := []string{"- ### ErrorCode", "- | Name | Code |", "  id:: 65a", "  |---|---|", "  | Ok | 1 |"}
	rep := &pages.Reporter{}
	blocks := pages.Read(Style{}, source.Of("p.md", pages.Text{Lines: lines, At: []int{11, 12, 13, 14, 15}}, rep))
	if len(blocks) != 2 || blocks[1].Table == nil || blocks[1].Table.Line != 12 || blocks[1].Table.Rows[0].Line != 15 {
		t.Fatalf("want the title at line 11 and the table at line 12, its row at 15; got %+v", blocks)
	}
	warns, _ := rep.Sorted([]string{"p.md"}, false)
	if len(warns) != 1 || !strings.HasPrefix(warns[0].Error(), `p.md:13: line 13, "id:: 65a", is an outliner's property line`) || !strings.Contains(warns[0].Error(), "between line 12 and line 14") {
		t.Errorf("warnings: %v", warns)
	}
}
