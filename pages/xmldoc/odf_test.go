package xmldoc

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestODF reads OpenDocument text as pandoc (-t opendocument, with -s
// and without), LibreOffice (content.xml) and a flat .fodt write it.
func TestODF(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "pandoc's bare body: a heading with its permalink, a table without its header row, a cell of two paragraphs, spaces, a line break, a list",
			page: `<text:h text:style-name="Heading_20_2" text:outline-level="2"><text:bookmark-start text:name="id-Request" />Request
Body
<text:a xlink:type="simple" xlink:href="#id-Request" office:name=""><text:span text:style-name="Definition">¶</text:span></text:a><text:bookmark-end text:name="id-Request" /></text:h>
<table:table table:name="Table1" table:style-name="Table1">
  <table:table-column table:style-name="Table1.A" />
  <table:table-column table:style-name="Table1.B" />
  <table:table-row>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">passes</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">Burnishing passes, 1 ~
      12</text:p>
      <text:p text:style-name="Table_20_Contents">(default:
      3)</text:p>
    </table:table-cell>
  </table:table-row>
</table:table>
<text:p text:style-name="P1">GET /x HTTP/1.1</text:p>
<text:p text:style-name="P2"><text:s text:c="2" />{&quot;a&quot;:<text:s/>1}</text:p>
<text:p text:style-name="P3"></text:p>
<text:p text:style-name="Text_20_body">one<text:line-break />two<text:tab />three</text:p>
<text:list text:style-name="L1">
  <text:list-item>
    <text:p text:style-name="P4">first</text:p>
  </text:list-item>
</text:list>`,
			want: []string{"01 Request Body", "09 [passes|Burnishing passes, 1 ~ 12 (default: 3)]", "19 GET /x HTTP/1.1", "20 {\"a\": 1}", "22 one two three", "25 - first"},
		},
		{
			name: "content.xml: styles left out, a header row, one cell spanning two rows, a cell spanning two columns beside another refused at its line (pages.ColumnSpanRow)",
			page: `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
<office:font-face-decls><style:font-face style:name="Liberation Serif"/></office:font-face-decls>
<office:automatic-styles><style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>
<office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
<text:h text:outline-level="1">Response Codes</text:h>
<table:table table:name="Table1"><table:table-column table:number-columns-repeated="3"/>
<table:table-header-rows><table:table-row><table:table-cell><text:p>Code</text:p></table:table-cell><table:table-cell><text:p>Name</text:p></table:table-cell><table:table-cell><text:p>Description</text:p></table:table-cell></table:table-row></table:table-header-rows>
<table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>473</text:p></table:table-cell><table:table-cell table:number-columns-spanned="2"><text:p>Coat not cured</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
<table:table-row><table:covered-table-cell/><table:table-cell><text:p>Crew</text:p></table:table-cell><table:table-cell><text:p>Busy</text:p></table:table-cell></table:table-row>
</table:table>
</office:text></office:body></office:document-content>`,
			want:  []string{"06 Response Codes", "08 [Code|Name|Description]", "10 |473|Crew|Busy|"},
			warns: []string{"p.txt:9: line 9 of the table at line 7 holds a cell that spans 2 columns (table:number-columns-spanned, \"Coat not cured\") beside 1 other cells: which of the columns it covers holds which value cannot be told; write the row with one cell a column, or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides"},
		},
		{
			name: "a flat .fodt: its metadata and settings left out, no ICML story",
			page: `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>Lacquer Workshop</dc:title></office:meta>
 <office:settings><config:config-item config:name="ViewAreaTop">0</config:config-item></office:settings>
 <office:styles><style:style style:name="Standard"/></office:styles>
 <office:master-styles><style:master-page style:name="Standard"/></office:master-styles>
 <office:body><office:text>
  <text:h text:outline-level="2">Method</text:h>
  <text:p>GET<text:soft-page-break/></text:p>
 </office:text></office:body>
</office:document>`,
			want: []string{"08 Method", "09 GET"},
		},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, warns, c.warns)
		}
	}
}

// TestDetectODF is certain of OpenDocument text by the prefix of its
// first element, and asks for the pages' lexicon where a table's first
// row is no header row the document marks.
func TestDetectODF(t *testing.T) {
	for _, c := range []struct {
		page           string
		want, headless bool
	}{
		{"<text:section text:name=\"page\"><text:p>x</text:p></text:section>", true, false},
		{"<table:table table:name=\"T\">\n  <table:table-row>\n    <table:table-cell><text:p>a</text:p></table:table-cell>\n  </table:table-row>\n</table:table>", true, true},
		{"<office:document-content><office:body><office:text><table:table><table:table-header-rows><table:table-row><table:table-cell/></table:table-row></table:table-header-rows></table:table></office:text></office:body></office:document-content>", true, false},
		{"<?xml version=\"1.0\"?>\n<office:document office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:body/></office:document>", true, false},
		{"<article><informaltable><tgroup><tbody><row><entry>a</entry></row></tbody></tgroup></informaltable></article>", true, true},
		{"<article><informaltable><tgroup><thead><row><entry>Name</entry></row></thead></tgroup></informaltable><para>x</para></article>", true, false},
		{"<sec><table><tr><th>Name</th></tr><tr><td>a</td></tr></table></sec>", true, false},
		{"<TEI><text><table><row role=\"label\"><cell>Name</cell></row></table></text></TEI>", true, false},
		{"<tei:div><p>x</p></tei:div>", false, false},
	} {
		lines := strings.Split(c.page, "\n")
		if got := (Style{}).Detect(lines) > 0; got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
		if got := (Style{}).NeedsLexiconFor(lines); got != c.headless {
			t.Errorf("NeedsLexiconFor(%q) = %v, want %v", c.page, got, c.headless)
		}
	}
}
