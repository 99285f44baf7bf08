package html_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestStorageFormat reads a page in Confluence's storage format as
// Confluence renders it, each block at its line: a table of contents and
// an anchor are nothing, a status lozenge is its title, a link is the
// text of its CDATA body (or the page it links to), an info panel is its
// title and its body, a code macro is a code block of its CDATA body.
func TestStorageFormat(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		want       []string
	}{{
		name: "macros, links and CDATA",
		page: `<ac:structured-macro ac:name="toc" ac:schema-version="1">
  <ac:parameter ac:name="maxLevel">2</ac:parameter>
</ac:structured-macro>
<ac:structured-macro ac:name="info">
  <ac:parameter ac:name="title">Festival</ac:parameter>
  <ac:rich-text-body>
    <p>Runs from <time datetime="2026-12-24"/> on. <ac:emoticon ac:name="warning"/></p>
  </ac:rich-text-body>
</ac:structured-macro>
<h4>
  <ac:structured-macro ac:name="anchor">
    <ac:parameter ac:name="">LanternType</ac:parameter>
  </ac:structured-macro>
  LanternType
</h4>
<table>
  <tbody>
    <tr>
      <th>Name</th>
      <th>Type</th>
      <th>Mandatory</th>
    </tr>
    <tr>
      <td>lanternType</td>
      <td>
        <ac:link ac:anchor="LanternType">
          <ac:plain-text-link-body><![CDATA[LanternType]]></ac:plain-text-link-body>
        </ac:link>
      </td>
      <td>
        <ac:structured-macro ac:name="status">
          <ac:parameter ac:name="colour">Green</ac:parameter>
          <ac:parameter ac:name="title">Y</ac:parameter>
        </ac:structured-macro>
      </td>
    </tr>
    <tr>
      <td>lanterns</td>
      <td>List&lt;<ac:link ac:anchor="SkyLantern">
          <ac:plain-text-link-body><![CDATA[SkyLantern]]></ac:plain-text-link-body>
        </ac:link>&gt;</td>
      <td><ac:structured-macro ac:name="status"><ac:parameter ac:name="title">N</ac:parameter></ac:structured-macro></td>
    </tr>
    <tr>
      <td>owner</td>
      <td><ac:link><ri:page ri:content-title="Player"/></ac:link></td>
      <td>N</td>
    </tr>
  </tbody>
</table>
<ac:structured-macro ac:name="code">
  <ac:parameter ac:name="language">json</ac:parameter>
  <ac:plain-text-body><![CDATA[POST /lantern/release HTTP/1.1
{"wish": "<calm> & clear"}]]></ac:plain-text-body>
</ac:structured-macro>`,
		want: []string{
			"05 Festival",
			"07 Runs from on.",
			"14 LanternType",
			"18 [Name|Type|Mandatory]",
			"23 |lanternType|LanternType|Y|",
			"37 |lanterns|List<SkyLantern>|N|",
			"44 |owner|Player|N|",
			"53 POST /lantern/release HTTP/1.1",
			`54 {"wish": "<calm> & clear"}`,
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			blocks, warns := pagestest.ReadText(html.Style{}, tc.page)
			if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if len(warns) > 0 {
				t.Errorf("warnings %q, want none", warns)
			}
		})
	}
}

// TestLozenge reads a status lozenge a page renders (the status macro's
// <span>) in a cell as Confluence shows it, in capitals, at its row's
// line: a badge beside a name reads as a word in capitals after it.
func TestLozenge(t *testing.T) {
	page := `<table>
<tr><th>Name</th><th>Type</th><th>Mandatory</th></tr>
<tr><td><p>giftMessage <span class="status-macro aui-lozenge aui-lozenge-success conf-macro output-inline" data-macro-name="status">New</span></p></td><td>String</td><td><span class="status-macro aui-lozenge">y</span></td></tr>
<tr><td>seat</td><td>String</td><td><span class="aui-lozenge">n</span></td></tr>
</table>`
	want := []string{"02 [Name|Type|Mandatory]", "03 |giftMessage NEW|String|Y|", "04 |seat|String|n|"}
	blocks, warns := pagestest.ReadText(html.Style{}, page)
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(warns) > 0 {
		t.Errorf("warnings %q, want none", warns)
	}
}
