package xmldoc

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestICML reads InDesign stories (ICML), as pandoc and InDesign write
// them, into text lines and tables, each at the line where its text
// begins.
func TestICML(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{
			name: "pandoc: style definitions left out, a heading, a bold title, a table of no header row by cell names, a cell of two paragraphs, entities, a link's definition left out",
			page: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?aid style="50" type="snippet" readerVersion="6.0" featureSet="513" product="8.0(370)" ?>
<Document DOMVersion="8.0" Self="pandoc_doc">
  <RootParagraphStyleGroup Self="pandoc_paragraph_styles">
    <ParagraphStyle Self="ParagraphStyle/Header3" Name="Header3"><Properties><BasedOn type="object">Header</BasedOn></Properties></ParagraphStyle>
  </RootParagraphStyleGroup>
  <Story Self="pandoc_story">
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Header3">
  <CharacterStyleRange AppliedCharacterStyle="$ID/NormalCharacterStyle">
    <HyperlinkTextDestination Self="HyperlinkTextDestination/#RequestBody" Name="Destination" DestinationUniqueKey="1" />
    <Content>Request Body</Content>
  </CharacterStyleRange>
</ParagraphStyleRange>
<Br />
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Paragraph">
  <CharacterStyleRange AppliedCharacterStyle="CharacterStyle/Bold">
    <Content>Commission</Content>
  </CharacterStyleRange>
</ParagraphStyleRange>
<Br />
<Table AppliedTableStyle="TableStyle/Table" HeaderRowCount="0" BodyRowCount="2" ColumnCount="2">
  <Column Name="0" />
  <Column Name="1" />
  <Cell Name="0:0"><ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/TablePar"><CharacterStyleRange>
    <Content>Name</Content>
  </CharacterStyleRange></ParagraphStyleRange></Cell>
  <Cell Name="1:0"><ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/TablePar"><CharacterStyleRange>
    <Content>Type</Content>
  </CharacterStyleRange></ParagraphStyleRange></Cell>
  <Cell Name="0:1"><ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/TablePar"><CharacterStyleRange>
    <Content>gems</Content>
  </CharacterStyleRange></ParagraphStyleRange></Cell>
  <Cell Name="1:1">
    <ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/TablePar &gt; Paragraph">
      <HyperlinkTextSource Self="htss-1"><CharacterStyleRange AppliedCharacterStyle="CharacterStyle/Link">
        <Content>List&lt;Gem&gt;</Content>
      </CharacterStyleRange></HyperlinkTextSource>
    </ParagraphStyleRange>
    <Br />
    <ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/TablePar &gt; Paragraph"><CharacterStyleRange>
      <Content>(default: none)</Content>
    </CharacterStyleRange></ParagraphStyleRange>
  </Cell>
</Table>
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/TableCaption">
</ParagraphStyleRange>
<Br />
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/BulList &gt; first"><CharacterStyleRange>
  <Content>No labels</Content>
</CharacterStyleRange></ParagraphStyleRange>
  </Story>
  <Hyperlink Self="uf-1" Name="#Gem" Source="htss-1"><Properties><Destination type="object">HyperlinkTextDestination/#Gem</Destination></Properties></Hyperlink>
</Document>`,
			want: []string{"11 Request Body", "17 Commission", "25 [Name|Type]", "31 |gems|List<Gem> (default: none)|", "49 - No labels"},
		},
		{
			name: "pandoc: a code block of lines in one Content, an inline code span, a header row counted",
			page: `<Document DOMVersion="8.0">
<Story>
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Paragraph">
<CharacterStyleRange AppliedCharacterStyle="$ID/NormalCharacterStyle"><Content>Set </Content></CharacterStyleRange>
<CharacterStyleRange AppliedCharacterStyle="CharacterStyle/Code"><Content>appSecret</Content></CharacterStyleRange>
<CharacterStyleRange AppliedCharacterStyle="$ID/NormalCharacterStyle"><Content> first.</Content></CharacterStyleRange>
</ParagraphStyleRange>
<Br />
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/CodeBlock">
<CharacterStyleRange><Content>POST /a HTTP/1.1

{&quot;a&quot;: 1}</Content></CharacterStyleRange>
</ParagraphStyleRange>
<Br />
<Table HeaderRowCount="1" BodyRowCount="1" ColumnCount="2">
<Cell Name="0:0"><ParagraphStyleRange><CharacterStyleRange><Content>Code</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="1:0"><ParagraphStyleRange><CharacterStyleRange><Content>Name</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="0:1"><ParagraphStyleRange><CharacterStyleRange><Content>1</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="1:1"><ParagraphStyleRange><CharacterStyleRange><Content>GOLD</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
</Table>
</Story>
</Document>`,
			want: []string{"04 Set `appSecret` first.", "10 POST /a HTTP/1.1", "12 {\"a\": 1}", "16 [Code|Name]", "18 |1|GOLD|"},
		},
		{
			name: "InDesign: paragraphs split by Br inside one range, a forced line break, code paragraphs run together, a cell spanning rows, a deletion and a note left out",
			page: `<?aid style="50" type="document" readerVersion="6.0" featureSet="513" product="16.0(32)" ?>
<Document DOMVersion="16.0">
<Story Self="u1">
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Heading 2">
<CharacterStyleRange><Content>2.1 Codes</Content></CharacterStyleRange>
</ParagraphStyleRange>
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Body">
<CharacterStyleRange><Content>One&#x2028;line</Content><Br /><Content>Two</Content>
<Change ChangeType="DeletedText"><Content>gone</Content></Change><Note><ParagraphStyleRange><CharacterStyleRange><Content>fix this</Content></CharacterStyleRange></ParagraphStyleRange></Note>
</CharacterStyleRange>
</ParagraphStyleRange>
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Code"><CharacterStyleRange><Content>GET /a</Content><Br /><Content>Host: b</Content></CharacterStyleRange></ParagraphStyleRange>
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Body"><CharacterStyleRange><Content>After</Content>
<Table HeaderRowCount="1" BodyRowCount="2" ColumnCount="3">
<Cell Name="0:0"><ParagraphStyleRange><CharacterStyleRange><Content>Status</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="1:0"><ParagraphStyleRange><CharacterStyleRange><Content>Code</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="2:0"><ParagraphStyleRange><CharacterStyleRange><Content>Message</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="0:1" RowSpan="2"><ParagraphStyleRange><CharacterStyleRange><Content>471</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="1:1"><ParagraphStyleRange><CharacterStyleRange><Content>-1</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="2:1"><ParagraphStyleRange><CharacterStyleRange><Content>Full</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="1:2"><ParagraphStyleRange><CharacterStyleRange><Content>-2</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="2:2"><ParagraphStyleRange><CharacterStyleRange><Content>Limit</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
</Table>
</CharacterStyleRange></ParagraphStyleRange>
</Story>
</Document>`,
			want: []string{"05 Codes", "08 One line", "08 Two", "12 GET /a", "12 Host: b", "13 After", "15 [Status|Code|Message]", "18 |471|-1|Full|", "21 |471|-2|Limit|"},
		},
		{
			name: "pandoc: a table's caption after it its title before it, an icon in a cell its mark",
			page: `<Document DOMVersion="8.0"><Story>
<Table HeaderRowCount="1" BodyRowCount="1" ColumnCount="2">
<Cell Name="0:0"><ParagraphStyleRange><CharacterStyleRange><Content>Name</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="1:0"><ParagraphStyleRange><CharacterStyleRange><Content>Mandatory</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="0:1"><ParagraphStyleRange><CharacterStyleRange><Content>playerId</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="1:1"><ParagraphStyleRange><CharacterStyleRange><Rectangle Self="u1">
  <Image Self="u2"><Properties><Profile type="string">$ID/Embedded</Profile></Properties>
    <Link Self="u3" LinkResourceURI="file:/images/icons/emoticons/check.svg" />
  </Image>
</Rectangle></CharacterStyleRange></ParagraphStyleRange></Cell>
</Table>
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/TableCaption"><CharacterStyleRange>
  <Content>DefenderRole</Content>
</CharacterStyleRange></ParagraphStyleRange>
<Br />
</Story></Document>`,
			want: []string{"13 DefenderRole", "03 [Name|Mandatory]", "05 |playerId|✓|"},
		},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		if len(warns) > 0 {
			t.Errorf("%s: warnings %q", c.name, warns)
		}
	}
}

// TestDetectICML is certain of an ICML story, by its content, and of no
// other document whose first element is a <Document>.
func TestDetectICML(t *testing.T) {
	for _, c := range []struct {
		page string
		want bool
	}{
		{"<?xml version=\"1.0\"?>\n<?aid style=\"50\" type=\"snippet\" ?>\n<Document DOMVersion=\"8.0\">\n</Document>", true},
		{"<Document DOMVersion=\"16.0\">\n<Story>\n<ParagraphStyleRange>\n<Content>x</Content>\n</ParagraphStyleRange>\n</Story>\n</Document>", true},
		{"<Story>\n<ParagraphStyleRange><Content>x</Content></ParagraphStyleRange>\n</Story>", true},
		{"<?xml version=\"1.0\"?>\n<Document>\n<Title>x</Title>\n</Document>", false},
		{"# Title\n\n<ParagraphStyleRange><Content>x</Content></ParagraphStyleRange>", false},
	} {
		if got := (Style{}).Detect(strings.Split(c.page, "\n")) > 0; got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}

// TestICMLCodeFence reads the paragraphs of a code style that follow one
// another as one code block between fences, each line at its page line,
// and ends it at the paragraph of another style.
func TestICMLCodeFence(t *testing.T) {
	page := `<Document DOMVersion="16.0"><Story>
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Code"><CharacterStyleRange><Content>GET /a</Content><Br />
<Content>Host: b</Content></CharacterStyleRange></ParagraphStyleRange><Br />
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Source Code"><CharacterStyleRange><Content>{&quot;a&quot;: 1}</Content></CharacterStyleRange></ParagraphStyleRange><Br />
<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Body"><CharacterStyleRange><Content>After</Content></CharacterStyleRange></ParagraphStyleRange>
</Story></Document>`
	r := &reader{}
	r.readICML(parse(pages.Source{Name: "p.icml", Lines: strings.Split(page, "\n")}))
	var got []string
	for _, b := range r.out {
		got = append(got, fmt.Sprintf("%d %s", b.Line, b.Text))
	}
	want := []string{"2 ```", "2 GET /a", "3 Host: b", "4 {\"a\": 1}", "4 ```", "5 After"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestICMLCellNamedTwice refuses a table that names a cell twice, as
// the cells copied amid another's rows (a repeated header, a cut) make
// it: which text is whose cell cannot be told.
func TestICMLCellNamedTwice(t *testing.T) {
	page := `<Document DOMVersion="8.0"><Story>
<Table HeaderRowCount="0" BodyRowCount="3" ColumnCount="1">
<Cell Name="0:0"><ParagraphStyleRange><CharacterStyleRange><Content>Name</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="0:1"><ParagraphStyleRange><CharacterStyleRange><Content>appSecret</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="0:2"><ParagraphStyleRange><CharacterStyleRange><Content>Name</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
<Cell Name="0:1"><ParagraphStyleRange><CharacterStyleRange><Content>Authorization</Content></CharacterStyleRange></ParagraphStyleRange></Cell>
</Table>
</Story></Document>`
	blocks, errs := pagestest.Read(Style{}, page, true)
	if got := pagestest.Describe(blocks); len(got) != 0 {
		t.Errorf("read %q, want no table", got)
	}
	want := []string{`p.txt:6: line 6: the table at line 2 names a cell "0:1" twice (first at line 4): the table is damaged (its cells cut, or copied amid them), and which text is whose cell cannot be told; write each cell of the table once, named by its column and row`}
	if !reflect.DeepEqual(errs, want) {
		t.Errorf("errors\n got %q\nwant %q", errs, want)
	}
}
