package parser_test

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
)

// headlessCells is a Kakao page whose tables lost their header rows, its
// cells one a paragraph, as odt2txt dumps the OpenDocument file pandoc
// writes of a Confluence page whose rows of <th> stand in its <tbody>
// (ah05).
const headlessCells = `/guild/join
Description

Joins a guild.

Method

POST

Request Headers

appSecret

String

Y

App Secret

Request Body

guildId

Long

Y

Guild ID

message

String

N

Greeting, up to 40 characters

Response Status Code

200

Normal Response

Normal

404

Not Found

No guild with this ID

Response Body

memberCount

Integer

Members after joining
`

// headlessHTML is the same page as HTML whose tables have no <th>.
const headlessHTML = `<html><body>
<h2>/guild/join</h2>
<h3>Description</h3>
<p>Joins a guild.</p>
<h3>Method</h3>
<p>POST</p>
<h3>Request Headers</h3>
<table>
<tr><td>appSecret</td><td>String</td><td>Y</td><td>App Secret</td></tr>
</table>
<h3>Request Body</h3>
<table>
<tr><td>guildId</td><td>Long</td><td>Y</td><td>Guild ID</td></tr>
<tr><td>message</td><td>String</td><td>N</td><td>Greeting, up to 40 characters</td></tr>
</table>
<h3>Response Status Code</h3>
<table>
<tr><td>200</td><td>Normal Response</td><td>Normal</td></tr>
<tr><td>404</td><td>Not Found</td><td>No guild with this ID</td></tr>
</table>
<h3>Response Body</h3>
<table>
<tr><td>memberCount</td><td>Integer</td><td>Members after joining</td></tr>
</table>
</body></html>
`

// headlessODF is the same page as pandoc writes it as OpenDocument text
// without -s (pandoc -f html -t opendocument): its tables of
// <table:table-row>s, no header rows.
const headlessODF = `<text:h text:style-name="Heading_20_2" text:outline-level="2"><text:bookmark-start text:name="guildjoin" />/guild/join<text:bookmark-end text:name="guildjoin" /></text:h>
<text:h text:style-name="Heading_20_3" text:outline-level="3"><text:bookmark-start text:name="description" />Description<text:bookmark-end text:name="description" /></text:h>
<text:p text:style-name="First_20_paragraph">Joins a guild.</text:p>
<text:h text:style-name="Heading_20_3" text:outline-level="3"><text:bookmark-start text:name="method" />Method<text:bookmark-end text:name="method" /></text:h>
<text:p text:style-name="First_20_paragraph">POST</text:p>
<text:h text:style-name="Heading_20_3" text:outline-level="3"><text:bookmark-start text:name="request-headers" />Request
Headers<text:bookmark-end text:name="request-headers" /></text:h>
<table:table table:name="Table1" table:style-name="Table1">
  <table:table-column table:style-name="Table1.A" />
  <table:table-column table:style-name="Table1.B" />
  <table:table-column table:style-name="Table1.C" />
  <table:table-column table:style-name="Table1.D" />
  <table:table-row>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">appSecret</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">String</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">Y</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">App Secret</text:p>
    </table:table-cell>
  </table:table-row>
</table:table>
<text:h text:style-name="Heading_20_3" text:outline-level="3"><text:bookmark-start text:name="request-body" />Request
Body<text:bookmark-end text:name="request-body" /></text:h>
<table:table table:name="Table2" table:style-name="Table2">
  <table:table-column table:style-name="Table2.A" />
  <table:table-column table:style-name="Table2.B" />
  <table:table-column table:style-name="Table2.C" />
  <table:table-column table:style-name="Table2.D" />
  <table:table-row>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">guildId</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">Long</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">Y</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">Guild ID</text:p>
    </table:table-cell>
  </table:table-row>
  <table:table-row>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">message</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">String</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">N</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">Greeting, up to 40
      characters</text:p>
    </table:table-cell>
  </table:table-row>
</table:table>
<text:h text:style-name="Heading_20_3" text:outline-level="3"><text:bookmark-start text:name="response-status-code" />Response
Status
Code<text:bookmark-end text:name="response-status-code" /></text:h>
<table:table table:name="Table3" table:style-name="Table3">
  <table:table-column table:style-name="Table3.A" />
  <table:table-column table:style-name="Table3.B" />
  <table:table-column table:style-name="Table3.C" />
  <table:table-row>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">200</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">Normal
      Response</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">Normal</text:p>
    </table:table-cell>
  </table:table-row>
  <table:table-row>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">404</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">Not Found</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">No guild with this
      ID</text:p>
    </table:table-cell>
  </table:table-row>
</table:table>
<text:h text:style-name="Heading_20_3" text:outline-level="3"><text:bookmark-start text:name="response-body" />Response
Body<text:bookmark-end text:name="response-body" /></text:h>
<table:table table:name="Table4" table:style-name="Table4">
  <table:table-column table:style-name="Table4.A" />
  <table:table-column table:style-name="Table4.B" />
  <table:table-column table:style-name="Table4.C" />
  <table:table-row>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">memberCount</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">Integer</text:p>
    </table:table-cell>
    <table:table-cell table:style-name="TableRowCell" office:value-type="string">
      <text:p text:style-name="Table_20_Contents">Members after
      joining</text:p>
    </table:table-cell>
  </table:table-row>
</table:table>
`

// TestHeadlessSections reads a Kakao page whose tables lost their header
// rows, in three styles (cells one a paragraph; HTML without <th>;
// OpenDocument text without header rows), as the
// columns its section titles carry, each table with a warning that names
// the header assumed, to the same facts; and refuses the page at the
// first cell of a row that fits no such column, with the header row to
// write.
func TestHeadlessSections(t *testing.T) {
	var facts []string
	for _, p := range []parser.Page{{Name: "join.txt", Data: []byte(headlessCells)}, {Name: "join.html", Data: []byte(headlessHTML)}, {Name: "join.xml", Data: []byte(headlessODF)}} {
		res, err := parser.Parse([]parser.Page{p}, parser.Options{Name: "x"})
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		assumed := 0
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, "no header row") && strings.Contains(w.Msg, "fits the columns") {
				assumed++
			}
		}
		if assumed != 4 {
			t.Errorf("%s: %d warnings name a header assumed, want 4: %v", p.Name, assumed, res.Warnings)
		}
		got := strings.Join(factLines(res.API), "\n")
		for _, want := range []string{"field guildId: type = integer", "field message: required = false", "status 404: body = ", "field memberCount: type = integer"} {
			if !strings.Contains(got, want) {
				t.Errorf("%s: no fact %q in\n%s", p.Name, want, got)
			}
		}
		facts = append(facts, got)
	}
	for i, name := range []string{"HTML", "OpenDocument"} {
		if facts[0] != facts[i+1] {
			t.Errorf("%s reads other facts than cells one a paragraph:\n%s\n---\n%s", name, facts[0], facts[i+1])
		}
	}
	damaged := strings.Replace(headlessCells, "message\n\nString\n\nN", "message\n\nString\n\nsometimes", 1)
	_, err := parser.Parse([]parser.Page{{Name: "join.txt", Data: []byte(damaged)}}, parser.Options{Name: "x"})
	want := `join.txt:30: line 30, "message", is a cell under "Request Body" at line 20, whose table has no header row (a converter dropped it): the row that begins here fits none of the columns such a table carries (Name | Type | Mandatory | Description), so which column each cell is cannot be told; write the table's header row under line 20 (Name | Type | Mandatory | Description)`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v, want one with %q", err, want)
	}
	damaged = strings.Replace(headlessODF, `"Table_20_Contents">N<`, `"Table_20_Contents">sometimes<`, 1)
	_, err = parser.Parse([]parser.Page{{Name: "join.xml", Data: []byte(damaged)}}, parser.Options{Name: "x"})
	want = `join.xml:51: the row at line 51 (message | String | sometimes | Greeting, up to 40 characters) of the table at line 37, under "Request Body" at line 28, fits none of the columns such a table carries (Name | Type | Mandatory | Description)`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v, want one with %q", err, want)
	}
}
