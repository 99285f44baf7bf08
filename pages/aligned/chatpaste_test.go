package aligned

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// chatPage is a reference page pasted into a chat (Slack) over two
// messages and copied back out: headings in *bold*, code spans around
// the name and type cells, cells one space apart, fences glued to the
// code, the second message's time alone on a line inside a table.
const chatPage = "Dana Whitfield  3:41 PM\n" +
	"*Query Parameters*\n" +
	"Code Type Required Description\n" +
	"`regionId` `string` true The region whose warnings are listed.\n" +
	"`kinds` `string[]`  Only storms of these kinds.\n" +
	"`hours` `number int`  How far ahead, in hours. (from 1 to 72)\n" +
	"*GenericModels.Storm*\n" +
	"One storm.\n" +
	"Code Type Required Description\n" +
	"`stormId` `string` true Storm identifier.\n" +
	"3:42\n" +
	"`windSpeed` `number`  Strongest gust.\n" +
	"*StormSeverity*\n" +
	"Name Code Description\n" +
	"`Watch` 1 A storm may form.\n" +
	"*Example Request*\n" +
	"http\n" +
	"```GET /weather/getStormWarnings```\n" +
	"```{\n" +
	"}```\n"

// TestChatPaste reads the tables of a page pasted into a chat, each row
// at its line, a code span a cell, a bold line a heading that ends the
// table above it, the time of the chat's second message no row, and a
// fence glued to a code line no part of its text.
func TestChatPaste(t *testing.T) {
	rep := &pages.Reporter{}
	var tables, texts []string
	for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(chatPage)), Report: rep, Words: spacedLexicon{}}) {
		if b.Table == nil {
			texts = append(texts, fmt.Sprintf("%d %s", b.Line, b.Text))
			continue
		}
		for _, r := range b.Table.Rows {
			tables = append(tables, fmt.Sprintf("%d:%d %s", b.Table.Line, r.Line, strings.Join(r.Cells, " | ")))
		}
	}
	wantTables := []string{
		"3:4 regionId | string | true | The region whose warnings are listed.",
		"3:5 kinds | string[] |  | Only storms of these kinds.",
		"3:6 hours | number int |  | How far ahead, in hours. (from 1 to 72)",
		"9:10 stormId | string | true | Storm identifier.",
		"12:12 windSpeed | number |  | Strongest gust.",
		"14:15 Watch | 1 | A storm may form.",
	}
	if !reflect.DeepEqual(tables, wantTables) {
		t.Errorf("rows\n got %q\nwant %q", tables, wantTables)
	}
	wantTexts := []string{"1 Dana Whitfield  3:41 PM", "2 Query Parameters", "7 GenericModels.Storm", "8 One storm.", "11 3:42", "13 StormSeverity", "16 Example Request", "17 http", "18 GET /weather/getStormWarnings", "19 {", "20 }"}
	if !reflect.DeepEqual(texts, wantTexts) {
		t.Errorf("texts\n got %q\nwant %q", texts, wantTexts)
	}
	if _, errs := rep.Sorted([]string{"p.txt"}, false); len(errs) > 0 {
		t.Errorf("errors %q", errs)
	}
}

// TestCodeSpanCells splits a row at its leading code spans, each a cell,
// and refuses one whose span is no cell of its column.
func TestCodeSpanCells(t *testing.T) {
	split := cellSplitter{words: spacedLexicon{"StormSeverity"}, cols: []pages.Column{pages.ColCode, pages.ColType, pages.ColRequired, pages.ColDescription}}
	for _, c := range []struct {
		row, want, why string
	}{
		{"`severity` `StormSeverity`  Only storms at least this severe.", "severity | StormSeverity |  | Only storms at least this severe.", ""},
		{"`cellX` `number int` true Column of the cell.", "cellX | number int | true | Column of the cell.", ""},
		{"`cell x` `number` true Column.", "", `"cell x" is no name`},
		{"`cellX` `a number` true Column.", "", `"a number" is no type the pages know`},
		{"`a` `string` `true` `x` Column.", "", "its code spans are more than the columns before its last"},
	} {
		cells, _, why := split.cells(c.row)
		if got := strings.Join(cells, " | "); got != c.want || why != c.why {
			t.Errorf("%q: got %q (%s), want %q (%s)", c.row, got, why, c.want, c.why)
		}
	}
}
