package aria

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestParseLine reads a node's line: its role, its name with JSON's
// escapes, its level, its text plain or quoted, the whole key in YAML's
// single quotes.
func TestParseLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want node
		ok   bool
	}{
		{`- heading "Overview Permalink to \"Overview\"" [level=2]:`, node{role: "heading", name: `Overview Permalink to "Overview"`, level: 2}, true},
		{`- cell`, node{role: "cell"}, true},
		{`- cell "true"`, node{role: "cell", name: "true"}, true},
		{`- 'cell "Ratio (Default: 1.0)"'`, node{role: "cell", name: "Ratio (Default: 1.0)"}, true},
		{`- 'row "it''s: x"':`, node{role: "row", name: "it's: x"}, true},
		{`- code: "POST /x {\"a\":1}"`, node{role: "code", value: `POST /x {"a":1}`}, true},
		{`- text: 'a: b'`, node{role: "text", value: "a: b"}, true},
		{`- paragraph: Plain text, with a colon: here`, node{role: "paragraph", value: "Plain text, with a colon: here"}, true},
		{`- /url: "#errorcode"`, node{role: "/url", value: "#errorcode"}, true},
		{`- link "Next" [ref=e12] [cursor=pointer]:`, node{role: "link", name: "Next"}, true},
		{`- button "Search": SearchK`, node{role: "button", name: "Search", value: "SearchK"}, true},
		{`- cell "open`, node{}, false},
		{`- row "a" b`, node{}, false},
		{`- code: "open`, node{}, false},
		{`| a | b |`, node{}, false},
		{`- `, node{}, false},
	} {
		got, ok := parseLine(c.line)
		if ok != c.ok || ok && !reflect.DeepEqual(got, c.want) {
			t.Errorf("parseLine(%q) = %+v, %v; want %+v, %v", c.line, got, ok, c.want, c.ok)
		}
	}
}

// TestRead reads a snapshot into headings without their permalinks,
// paragraphs with their code spans, code blocks, and tables from their
// cells' lines, each row at its row's line, an empty cell where a bare
// "- cell" stands; the site's chrome and controls are not read.
func TestRead(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		errs       []string
	}{
		{"a heading with its permalink, a paragraph of spans, a code block, the outline's navigation and a copy button",
			strings.Join([]string{
				`- navigation "On this page":`,
				`  - link "Overview":`,
				`    - /url: "#overview"`,
				`- main:`,
				`  - heading "Client Permalink to \"Client\"" [level=2]:`,
				`    - text: Client`,
				`    - link "Permalink to \"Client\"":`,
				`      - /url: "#client"`,
				`  - paragraph:`,
				`    - text: Require permission rules`,
				`    - code: gem.cut.selfEnable`,
				`    - text: . See`,
				`    - link "PermissionRules":`,
				`      - /url: /guide/permission-rules`,
				`  - button "Copy Code"`,
				`  - text: http`,
				`  - code: POST /api/rJson/gem/client/cut`,
			}, "\n"),
			[]string{"05 Client", "09 Require permission rules `gem.cut.selfEnable`. See PermissionRules", "16 http", "17 POST /api/rJson/gem/client/cut"}, nil},
		{"a table: its header of columnheaders, its rows of cells, code in a cell, a bare cell, a key in single quotes, a link in a cell",
			strings.Join([]string{
				`- heading "Request Body" [level=3]`,
				`- table:`,
				`  - rowgroup:`,
				`    - row "Name Type Required Description":`,
				`      - columnheader "Name"`,
				`      - columnheader "Type"`,
				`      - columnheader "Required"`,
				`      - columnheader "Description"`,
				`  - rowgroup:`,
				`    - 'row "ratio number The ratio. (Default: 1.0)"':`,
				`      - cell "ratio":`,
				`        - code: ratio`,
				`      - cell "number":`,
				`        - code: number`,
				`      - cell`,
				`      - 'cell "The ratio. (Default: 1.0)"'`,
				`    - row "kind GemKind true The kind. See GemKind":`,
				`      - cell "kind":`,
				`        - code: kind`,
				`      - cell "GemKind"`,
				`      - cell "true"`,
				`      - cell "The kind. See GemKind":`,
				`        - text: The kind. See`,
				`        - link "GemKind":`,
				`          - /url: "#gemkind"`,
			}, "\n"),
			[]string{"01 Request Body", "04 [Name|Type|Required|Description]", "10 |ratio|number||The ratio. (Default: 1.0)|", "17 |kind|GemKind|true|The kind. See GemKind|"}, nil},
		{"the MCP server's snapshot: refs and the cursor as attributes, generic wrappers",
			strings.Join([]string{
				`- generic [ref=e1]:`,
				`  - heading "Errors" [level=2] [ref=e2]`,
				`  - table [ref=e3]:`,
				`    - rowgroup [ref=e4]:`,
				`      - row "Name Code" [ref=e5]:`,
				`        - columnheader "Name" [ref=e6]`,
				`        - columnheader "Code" [ref=e7]`,
				`      - row "Ok 1" [ref=e8]:`,
				`        - cell "Ok" [ref=e9]`,
				`        - cell "1" [ref=e10]`,
				`  - link "Next" [ref=e11] [cursor=pointer]:`,
				`    - /url: /next`,
			}, "\n"),
			[]string{"02 Errors", "05 [Name|Code]", "08 |Ok|1|", "11 Next"}, nil},
		{"a row with a name and no cells, a line of no node",
			strings.Join([]string{
				`- table:`,
				`  - row "Name Code":`,
				`    - columnheader "Name"`,
				`    - columnheader "Code"`,
				`  - row "Ok 1"`,
				`  - row "Busy 2":`,
				`    - cell "Busy"`,
				`    - cell "2"`,
				`  | Lost | 3 |`,
			}, "\n"),
			[]string{"02 [Name|Code]", "06 |Busy|2|"},
			[]string{
				`p.txt:5: line 5 is a row of a table with a name ("Ok 1") but no cells under it: the name runs the cells together with no separator, and an empty cell leaves no trace in it, so which text is whose column cannot be told; write the row's cells, one "- cell" line each`,
				`p.txt:9: line 9 is no node of the ARIA snapshot ("- role "name" [attributes]", a colon and its text or its children on the lines under it): what it shows is not read; write it as a node`,
			}},
	} {
		blocks, diags := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n got %q\nwant %q", c.name, got, c.want)
		}
		if !reflect.DeepEqual(diags, c.errs) {
			t.Errorf("%s: diagnostics\n got %q\nwant %q", c.name, diags, c.errs)
		}
	}
}

// TestDetect is certain of a page whose first lines are nodes, one a
// heading's with its level or a table's, and rates 0 a page with a line
// of any other form before that.
func TestDetect(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       int
	}{
		{"nodes and a heading", "- link \"Skip\":\n  - /url: \"#main\"\n- heading \"Errors\" [level=2]\n- paragraph: x", pages.Certain},
		{"nodes and a table", "- main:\n  - table:\n    - rowgroup:\n      - row \"a\":", pages.Certain},
		{"nodes, no heading or table", "- link \"Skip\":\n  - /url: \"#main\"\n- paragraph: x\n- list:", 0},
		{"a Markdown list", "- table: the rows\n- cell phones\n- heading north", 0},
		{"a Markdown page", "# Title\n\n- table:\n- row \"a\":\n- cell \"b\"", 0},
		{"a YAML document", "- name: x\n  table: y\n- heading: z [level=2]", 0},
	} {
		if got := (Style{}).Detect(strings.Split(c.page, "\n")); got != c.want {
			t.Errorf("%s: Detect = %d, want %d", c.name, got, c.want)
		}
	}
}
