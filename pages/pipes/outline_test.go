package pipes

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/source"
)

// TestOutlinerPage reads an outliner's page whose tables have no leading
// pipe (GFM's "Name | Type" over "---|---"), its blocks nested with TABs,
// which are no empty cells, and a property line between the header row
// and its ruler, warned of.
func TestOutlinerPage(t *testing.T) {
	page := strings.Join([]string{
		"- ## /badge/grant",
		"\t- ### Request Headers",
		"\t\t- Name | Type | Mandatory | Description",
		"\t\t  id:: 674ee1b2-5c1d-4f0e-9a37-0c2b8e61d4a9",
		"\t\t  ---|---|---|---",
		"\t\t  appSecret | String | Y | App Secret",
		"- ",
	}, "\n")
	rep := &pages.Reporter{}
	blocks := pages.Read(Style{}, source.Of("p.md", pages.Text{Lines: pages.Lines([]byte(page))}, rep))
	var got []string
	for _, b := range blocks {
		if b.Table != nil {
			got = append(got, strings.Join(b.Table.Header, ",")+" / "+strings.Join(b.Table.Rows[0].Cells, ","))
			continue
		}
		got = append(got, b.Text)
	}
	want := []string{"/badge/grant", "Request Headers", "Name,Type,Mandatory,Description / appSecret,String,Y,App Secret"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
	warns, _ := rep.Sorted([]string{"p.md"}, false)
	if len(warns) != 1 || !strings.HasPrefix(warns[0].Error(), "p.md:4: line 4, ") {
		t.Errorf("warnings: %v", warns)
	}
}
