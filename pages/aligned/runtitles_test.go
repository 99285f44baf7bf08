package aligned

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// sectionLexicon knows a Kakao page's labels of its tables of codes and
// a few of its section titles.
type sectionLexicon struct{ codeLabelLexicon }

func (sectionLexicon) SectionTitle(t string) bool {
	switch strings.TrimSpace(t) {
	case "Description", "Query Parameters", "Request Body", "Response Body", "Response Status Code", "Response Codes", "Example Request", "Example Response":
		return true
	}
	return false
}

func (sectionLexicon) CodeLabels() [][]string {
	return [][]string{{"Status Code", "Status Code Description", "Status Code Detailed Description"}, {"Status Code", "Code", "Message", "Description"}}
}

// readTitled reads a page of the style of columns aligned with spaces
// with sectionLexicon, and describes its blocks.
func readTitled(page string) (blocks []string, warns, errs []string) {
	rep := &pages.Reporter{}
	src := pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep, Words: sectionLexicon{}, LineTables: LineTables}
	for _, b := range pages.Read(Style{}, src) {
		if b.Table == nil {
			blocks = append(blocks, b.Text)
			continue
		}
		rows := []string{strings.Join(b.Table.Header, "|")}
		for _, r := range b.Table.Rows {
			rows = append(rows, strings.Join(r.Cells, "|"))
		}
		blocks = append(blocks, "table "+strings.Join(rows, " / "))
	}
	_, _, warns, errs = gather(nil, rep)
	return blocks, warns, errs
}

// TestDetectRunLineTables rates a page of text whose tables a converter
// without tables printed each whole on one line, its cells and rows run
// together (a DOM's innerText), as a page of this style, and a page of
// prose that begins a line with column words not.
func TestDetectRunLineTables(t *testing.T) {
	page := "Request Headers\nNameTypeMandatoryDescriptionappSecretStringYApp SecretkgAppIdStringYKG App ID\n"
	if (Style{}).Detect(pages.Lines([]byte(page))) == 0 {
		t.Errorf("a page of tables run together on one line: rated 0")
	}
	if r := (Style{}).Detect(pages.Lines([]byte("NameType is the column of names.\n"))); r != 0 {
		t.Errorf("prose: rated %d", r)
	}
}

// TestRunTitles sets apart the section titles a converter without
// headings nor tables ran into the text before them on one line: before
// a whole table run together, an example's request or status line, or
// the end of the line, a title of one word there only after a path (the
// brackets that close the code before it a line of their own); a
// title's words run into no such thing, after a space, or a name that
// ends with a title's word, stay as they are.
func TestRunTitles(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{{
		name: "titles between tables and at the line's end",
		page: "NameTypeMandatoryDescriptionkgAppIdStringYKG App IDQuery ParametersNameTypeMandatoryDescriptionpageIntegerNPage number, 1 ~ 9Response Status CodeStatus CodeStatus Code DescriptionStatus Code Detailed Description200Normal ResponseNormalResponse Body\n",
		want: []string{"table Name|Type|Mandatory|Description / kgAppId|String|Y|KG App ID", "Query Parameters", "table Name|Type|Mandatory|Description / page|Integer|N|Page number, 1 ~ 9", "Response Status Code", "table Status Code|Status Code Description|Status Code Detailed Description / 200|Normal Response|Normal", "Response Body"},
	}, {
		name: "a title before an example's request line, the example's lines under it",
		page: "NameTypeDescriptionareaIntegerArea, 0 ~ 5Example RequestGET /a/b HTTP/1.1\nHost: h\n",
		want: []string{"table Name|Type|Description / area|Integer|Area, 0 ~ 5", "Example Request", "GET /a/b HTTP/1.1", "Host: h"},
	}, {
		name: "a path's heading run into its first title, and into the code before it",
		page: "/a/bDescription\n\n}/a/cDescription\n",
		want: []string{"/a/b", "Description", "}", "/a/c", "Description"},
	}, {
		name: "no title",
		page: "See the itemDescription\n\nItemDescription\n\nThe Response Body holds it.\n\nkgAppId: 9Example Request follows\n",
		want: []string{"See the itemDescription", "ItemDescription", "The Response Body holds it.", "kgAppId: 9Example Request follows"},
	}} {
		blocks, warns, errs := readTitled(c.page)
		if !reflect.DeepEqual(blocks, c.want) || len(errs) > 0 {
			t.Errorf("%s: blocks\n%s\nwant\n%s\nerrors %q", c.name, strings.Join(blocks, "\n"), strings.Join(c.want, "\n"), errs)
		}
		titled := slices.ContainsFunc(warns, func(w string) bool { return strings.Contains(w, "runs the section title") })
		if titled != (c.name != "no title") {
			t.Errorf("%s: warnings %q", c.name, warns)
		}
	}
}

// TestRunCodeCells reads the text of each row of a table of codes run
// together into its columns where a word runs into a capital, in a row
// with as many such places as cuts, else as its last column's; and a
// row of a table of detail codes that lost its status to a cell
// spanning rows above it at its negative code run into the text before.
func TestRunCodeCells(t *testing.T) {
	blocks, warns, errs := readTitled("Status CodeCodeMessageDescription475-84501Bed depletedLess kelp than needed-84502Canopy too thinThe canopy is under two476-84601Zone fallow, The Zone rests\n")
	want := []string{"table Status Code|Code|Message|Description / 475|-84501|Bed depleted|Less kelp than needed / -84502|Canopy too thin|The canopy is under two / 476|-84601||Zone fallow, The Zone rests"}
	if !reflect.DeepEqual(blocks, want) || len(errs) > 0 {
		t.Errorf("blocks\n%s\nwant\n%s\nerrors %q", strings.Join(blocks, "\n"), strings.Join(want, "\n"), errs)
	}
	if !slices.ContainsFunc(warns, func(w string) bool {
		return strings.Contains(w, "at each negative code so run") && strings.Contains(w, "cut into its columns Message | Description where a word runs into a capital")
	}) {
		t.Errorf("warnings %q", warns)
	}
}

// TestRunLineNameByWord tells where a row's name begins after a
// description that ends with a punctuation mark inside a word, where the
// page uses the name after it elsewhere and writes the description's
// last word alone ("/kelp/beds"); without that word elsewhere, both
// readings fit and the line is refused.
func TestRunLineNameByWord(t *testing.T) {
	const line = "NameTypeMandatoryDescriptionbedIdStringYBed ID, from /kelp/bedsmethodStringYCutting method\n"
	const example = "\n    {\"method\": \"hand\"}\n"
	blocks, warns, errs := readTitled("/kelp/beds\n\n" + line + example)
	want := []string{"/kelp/beds", "table Name|Type|Mandatory|Description / bedId|String|Y|Bed ID, from /kelp/beds / method|String|Y|Cutting method"}
	if !reflect.DeepEqual(blocks[:2], want) || len(errs) > 0 {
		t.Errorf("blocks\n%s\nwant\n%s\nerrors %q", strings.Join(blocks, "\n"), strings.Join(want, "\n"), errs)
	}
	if !slices.ContainsFunc(warns, func(w string) bool { return strings.Contains(w, `"/kelp/beds", a word the page writes alone`) }) {
		t.Errorf("warnings %q", warns)
	}
	if _, _, errs := readTitled(line + example); len(errs) != 1 || !strings.Contains(errs[0], `reads as "bedsmethod" or "method" alike`) {
		t.Errorf("without the word elsewhere: errors %q", errs)
	}
}

// TestRunLineRest reads the line under a table run together that goes
// on with its rows (a cell of two paragraphs broke the row) as the
// table's, and leaves as text, with a warning, a line under it that
// begins as a sentence and holds none of its rows, and warns of the text
// under a table whose last row's description is empty.
func TestRunLineRest(t *testing.T) {
	blocks, warns, errs := readTitled("NameTypeMandatoryDescriptionauthStringYAuth: KakaoAK {KEY}\nThe admin key, never a tokenkgAppIdStringYKG App ID\nA note on the table.\n\nkgAppId: 9\n")
	want := []string{"table Name|Type|Mandatory|Description / auth|String|Y|Auth: KakaoAK {KEY} The admin key, never a token / kgAppId|String|Y|KG App ID", "A note on the table.", "kgAppId: 9"}
	if !reflect.DeepEqual(blocks, want) || len(errs) > 0 {
		t.Errorf("blocks\n%s\nwant\n%s\nerrors %q", strings.Join(blocks, "\n"), strings.Join(want, "\n"), errs)
	}
	if !slices.ContainsFunc(warns, func(w string) bool {
		return strings.HasPrefix(w, "p.txt:3: line 3, right under the table run together on line 1")
	}) {
		t.Errorf("warnings %q", warns)
	}
	_, warns, _ = readTitled("NameTypeMandatoryDescriptioncrewIdsList<String>N\n\nIDs of the crew, 0 ~ 3\n")
	if !slices.ContainsFunc(warns, func(w string) bool {
		return strings.HasPrefix(w, `p.txt:3: line 3, "IDs of the crew, 0 ~ 3", stands under the table run together on line 1, whose last row, "crewIds", has an empty description`)
	}) {
		t.Errorf("warnings %q", warns)
	}
}
