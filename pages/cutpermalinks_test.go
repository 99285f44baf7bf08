package pages_test

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
)

// TestCutPermalinks reads a heading whose raw HTML permalink a line break
// cut, as glamour prints pandoc's GFM of a VitePress page: the tag's
// start after the title, its rest a paragraph of its own, quotes nested
// where &quot; was decoded, a zero-width space for the link's text; both
// are dropped. A start of a tag without its rest stays.
func TestCutPermalinks(t *testing.T) {
	page := "### Request Body <a href=\"#request-body\" class=\"header-anchor\"\n\n" +
		"aria-label=\"Permalink to \"Request Body\"\">\u200b\n\n" +
		"Name | Type | Description\n---|---|---\nuserId | string | The player.\n\n" +
		"See <a href=\"#x\" class=\"y\"\n\nmore text.\n"
	blocks, _ := pagestest.Read(pipes.Style{}, page, true)
	want := []string{"01 Request Body", "05 [Name|Type|Description]", "07 |userId|string|The player.|", "09 See <a href=\"#x\" class=\"y\"", "11 more text."}
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
