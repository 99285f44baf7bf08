package pages_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
)

// TestGluedSplits checks the seams the form tells in a first cell: a
// column word after a small letter or a digit, starting with a capital,
// or of small letters alone; none at a space, none where the text before
// names a column itself, none in a cell that names one whole.
func TestGluedSplits(t *testing.T) {
	for _, c := range []struct {
		cell string
		want []pages.Glued
	}{
		{"Request BodyName", []pages.Glued{{Title: "Request Body", Word: "Name"}}},
		{"Request Bodyname", []pages.Glued{{Title: "Request Body", Word: "name"}}},
		{"200 OkCode", []pages.Glued{{Title: "200 Ok", Word: "Code"}}},
		{"ItemInfoCode", []pages.Glued{{Title: "ItemInfo", Word: "Code"}}},
		{"Response Status CodeStatus Code", []pages.Glued{{Title: "Response Status Code", Word: "Status Code"}}},
		{"**Request BodyName**", []pages.Glued{{Title: "Request Body", Word: "Name"}}},
		{"ParameterName", nil},
		{"Request Body Name", nil},
		{"Name", nil},
		{"Player IDName", nil},
		{"playerId", nil},
	} {
		if got := pages.GluedSplits(c.cell); !slices.Equal(got, c.want) {
			t.Errorf("GluedSplits(%q) = %v, want %v", c.cell, got, c.want)
		}
	}
}

// TestGluedHeaderRow checks the header rows a title runs into: a
// Markdown table's header, a pipe row the style read as a row of the
// table before, whose table is cut there, and in the styles that tell a
// header by its words, columns aligned with spaces (their cells set back
// under the rows' columns, two spaces apart or one) and a header of one
// cell per line, blank lines between cells or none (a flattened header:
// flattened.TestGluedHeader); a code table's header as a field table's,
// its first column's label of several words ("Http response code").
// Each is marked with its ways (Glued); a row of data is none.
func TestGluedHeaderRow(t *testing.T) {
	for _, c := range []struct {
		style pages.Style
		page  string
		want  []string
	}{
		{markdown.Style{}, "Request Headers\n\n| Name | Type | Description |\n|---|---|---|\n| appId | String | App |\n\n| Request BodyName | Type | Description |\n|---|---|---|\n| playerId | String | Player |\n",
			[]string{"03 Name|Type|Description", "07 Request BodyName|Type|Description [{Request Body Name}]"}},
		{pipes.Style{}, "Request Headers\nName | Type | Mandatory | Description |\nappId | String | Y | App |\nRequest BodyName | Type | Mandatory | Description |\nplayerId | String | Y | Player |\n",
			[]string{"02 Name|Type|Mandatory|Description", "04 Request BodyName|Type|Mandatory|Description [{Request Body Name}]"}},
		{pipes.Style{}, "Request Body\nName | Type | Mandatory | Description |\nplayerName | String | Y | Name |\n",
			[]string{"02 Name|Type|Mandatory|Description"}},
		{aligned.Style{}, "Request Headers\n\n  Name        Required    Description\n  appId       true        The app.\n\nRequest BodyName        Required    Description\n\n  playerId    true        The player.\n  count       false       How many.\n",
			[]string{"03 Name|Required|Description", "06 Request BodyName|Required|Description [{Request Body Name}]"}},
		{aligned.Style{}, "POST /api/items\n\nRequest BodyName Required Description\n   playerId true The player.\n   count false How many.\n",
			[]string{"03 Request BodyName|Required|Description [{Request Body Name}]"}},
		{aligned.Style{}, "Response CodesHttp response code detail_code msg Description\n   474 -83001 Storage locked The clan storage is\n   locked during a clan war\n   475 -83002 Not enough items The storage holds\n",
			[]string{"01 Response CodesHttp response code|detail_code|msg|Description [{Response Codes Http response code}]"}},
		{aligned.Style{}, "Response CodesHttp response code  detail_code  msg             Description\n\n  474                 -83001       Storage locked  The clan storage is locked.\n  475                 -83002       Not enough      The storage holds fewer.\n",
			[]string{"01 Response CodesHttp response code|detail_code|msg|Description [{Response Codes Http response code}]"}},
		{pipes.Style{}, "Response CodesHttp response code | detail_code | msg | Description |\n474 | -83001 | Storage locked | The clan storage is locked |\n",
			[]string{"01 Response CodesHttp response code|detail_code|msg|Description [{Response Codes Http response code}]"}},
		{cellperline.Style{}, "Request BodyName\n\nType\n\nDescription\n\nplayerId\n\nString\n\nThe player\n",
			[]string{"01 Request BodyName|Type|Description [{Request Body Name}]"}},
		{cellperline.Style{}, "POST\nRequest BodyName\nType\nMandatory\nDescription\nplayerId\nString\nY\nThe player\ncount\nInteger\nN\nHow many\n",
			[]string{"02 Request BodyName|Type|Mandatory|Description [{Request Body Name}]"}},
	} {
		blocks, _ := pagestest.Read(c.style, c.page, true)
		var got []string
		for _, b := range blocks {
			if b.Table == nil {
				continue
			}
			s := fmt.Sprintf("%02d %s", b.Table.Line, strings.Join(b.Table.Header, "|"))
			if b.Table.Glued != nil {
				s += fmt.Sprintf(" %v", b.Table.Glued)
			}
			got = append(got, s)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s page %q:\n got %q\nwant %q", c.style, c.page, got, c.want)
		}
	}
}

// TestGluedRunTogetherHeader checks a flattened header a title runs
// into: its column words, and its cells as the line writes them; a
// header by itself, and a line whose text before the header has no seam,
// are none.
func TestGluedRunTogetherHeader(t *testing.T) {
	for _, c := range []struct {
		line           string
		words, written []string
	}{
		{"Request HeadersNameRequiredDescription", []string{"Name", "Required", "Description"}, []string{"Request HeadersName", "Required", "Description"}},
		{"200 OkCodeTypeDescription", []string{"Code", "Type", "Description"}, []string{"200 OkCode", "Type", "Description"}},
		{"NameRequiredDescription", nil, nil},
		{"Request Headers NameRequiredDescription", nil, nil},
		{"ParameterNameTypeDescription", nil, nil},
	} {
		words, written := pages.GluedRunTogetherHeader(c.line)
		if !slices.Equal(words, c.words) || !slices.Equal(written, c.written) {
			t.Errorf("GluedRunTogetherHeader(%q) = %q, %q, want %q, %q", c.line, words, written, c.words, c.written)
		}
	}
}
