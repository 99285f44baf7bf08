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

// TestCutPermalinksAnywhere reads the headings of cmark-gfm's plain text
// of pandoc's GFM, no markup left, whose permalink's start tag a line
// break cut anywhere after its "<a": after its class (the rest a
// paragraph of its own after a blank line), right after "<a" (the rest
// an attribute a line), inside the aria-label's value. The heading is
// its title alone and the tag's rest no text, so the table under it is
// the heading's; a rest that closes no permalink's tag (a link to no
// anchor, text after its ">") stays.
func TestCutPermalinksAnywhere(t *testing.T) {
	for _, c := range []struct {
		name, head string
		want       []string
	}{
		{"after its class", "Request Body <a href=\"#request-body-1\" class=\"header-anchor\"\n\naria-label=\"Permalink to \"Request Body\"\">\u200b\n\n",
			[]string{"01 Request Body", "05 [Name|Type|Description]", "07 |userId|string|The player.|"}},
		{"right after <a", "GenericModels.BarterStack<a\nhref=\"https://docs.gearn.io/api/barter/proposeBarter#genericmodels-barterstack\"\nclass=\"header-anchor\"\naria-label=\"Permalink to GenericModels.BarterStack\">\u200b\n\n",
			[]string{"01 GenericModels.BarterStack", "06 [Name|Type|Description]", "08 |userId|string|The player.|"}},
		{"inside a value", "Request Body <a href=\"#request-body\" class=\"header-anchor\" aria-label=\"Permalink\n\nto \"Request Body\"\">\u200b\n\n",
			[]string{"01 Request Body", "05 [Name|Type|Description]", "07 |userId|string|The player.|"}},
		{"a link to no anchor", "Request Body <a href=\"https://x.example/\" class=\"y\"\n\naria-label=\"z\">\u200b\n\n",
			[]string{"01 Request Body <a href=\"https://x.example/\" class=\"y\"", "03 aria-label=\"z\">", "05 [Name|Type|Description]", "07 |userId|string|The player.|"}},
		{"text after its >", "Request Body <a href=\"#request-body\" class=\"header-anchor\"\n\naria-label=\"x\">see below\n\n",
			[]string{"01 Request Body <a href=\"#request-body\" class=\"header-anchor\"", "03 aria-label=\"x\">see below", "05 [Name|Type|Description]", "07 |userId|string|The player.|"}},
	} {
		page := c.head + "Name | Type | Description\n---|---|---\nuserId | string | The player.\n"
		blocks, _ := pagestest.Read(pipes.Style{}, page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q", c.name, got, c.want)
		}
	}
}
