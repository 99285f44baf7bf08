package cellperline

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestSoupItems reads a scraper's text of the page (get_text("\n")): each
// text node a line, blank lines as many as the HTML's whitespace between
// its tags.
func TestSoupItems(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		msgs       []string
	}{
		{"rows on one line of HTML each: no gap between cells, two between rows, a cut cell joined by its comma",
			"Request Body\n\n\n\nName\nType\nMandatory\nDescription\n\n\nplayerId\nString\nY\nPlayer ID\n\n\nlockHours\nInteger\nN\nHours before withdrawal\n, 0 ~ 72\n\n\n\n\nResponse Body\n",
			[]string{"1: Request Body", "5: | Name | Type | Mandatory | Description |", "11: | playerId | String | Y | Player ID |", "17: | lockHours | Integer | N | Hours before withdrawal, 0 ~ 72 |", "26: Response Body"},
			[]string{"p.txt:17: lines 17-21 hold 5 lines for a row of 4 columns: read the lines that begin as a cell's rest as part of the cell before them (lockHours | Integer | N | Hours before withdrawal, 0 ~ 72)"}},
		{"a row that lost an empty cell with no gap to show it takes it where its cells fit",
			"Name\nType\nDescription\n\n\nused\nInteger\nSlots in use\n\n\ntotal\nInteger\n\n\n\n\nExample\n",
			[]string{"1: | Name | Type | Description |", "6: | used | Integer | Slots in use |", "11: | total | Integer |  |", "17: Example"},
			[]string{"p.txt:11: lines 11-12 hold 2 cells for a row of 3 columns: read the empty ones where the cells fit their columns (total | Integer | )"}},
		{"indented HTML (BeautifulSoup 4.11.2's get_text of a VitePress table): two blank lines between cells, an empty cell two more, one that ends a row too, a link's text joined",
			"Request Body \n#\n\n\n\n\n\n\n\n\nCode\n\n\nType\n\n\nRequired\n\n\nDescription\n\n\n\n\n\n\n\n\n\n\nkeys\n\n\nstring[]\n\n\n\n\nKeys to read;\n\nevery key when empty.\n\n\n\n\n\n\nreturnCode\n\n\nReturnCode\n\n\ntrue\n\n\nSee \nReturnCode\n\n\n\n\n\n\nGame-Id\n\n\nOptional if set\n\n\n\n\n\n\n\n\n\n\nitems\n\n\nItem\n[]\n\n\ntrue\n\n\nThe items\n\n\n\n\n\n\n\n\nServer \n#\n\n",
			[]string{"1: Request Body", "11: | Code | Type | Required | Description |", "31: | keys | string[] |  | Keys to read; every key when empty. |", "48: | returnCode | ReturnCode | true | See ReturnCode |", "65: | Game-Id | Optional if set |  |  |", "79: | items | Item[] | true | The items |", "98: Server"},
			nil},
		{"a row of too many lines that nothing joins is refused",
			"Name\nType\nDescription\n\n\ncapacity\nInteger\nSlots\n\n\n\n\nName\nType\nDescription\n\n\nused\nInteger\nSlots\nIn use\n\n\nExample\n",
			[]string{"1: | Name | Type | Description |", "6: | capacity | Integer | Slots |", "13: | Name | Type | Description |", "18: used", "19: Integer", "20: Slots", "21: In use", "24: Example"},
			[]string{"p.txt:18: lines 18-21 hold 4 lines for a row of the table's 3 columns (used | Integer | Slots | In use), and nothing tells which of them go on a cell before them: write each cell on one line"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			src := pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep}
			if got := render(pages.Read(Style{}, src)); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			var msgs []string
			for _, m := range append(warns, errs...) {
				msgs = append(msgs, m.Error())
			}
			if !reflect.DeepEqual(msgs, c.msgs) {
				t.Errorf("messages\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(c.msgs, "\n"))
			}
		})
	}
}

// TestSoupDetect rates a scraper's text of the page as this style's.
func TestSoupDetect(t *testing.T) {
	page := "Name\nType\nDescription\n\n\nused\nInteger\nSlots in use\n\n\ncapacity\nInteger\nSlots\n"
	if got := (Style{}).Detect(pages.Lines([]byte(page))); got < 3 {
		t.Errorf("Detect = %d, want 3 at least", got)
	}
}
