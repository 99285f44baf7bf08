package parser_test

import (
	"bytes"
	"fmt"
	stdhtml "html"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
	"golang.org/x/net/html"
)

// TestStructuresSameFacts writes the pages of the fact corpus that parse
// with the structures docs sites use besides a table with a header row,
// and parses them again: the facts must be the clean pages'. Every table
// gets a first column that numbers its rows (a wiki's numbered rows; in
// Markdown, pipes and HTML), and in HTML every header or field table
// becomes a definition list (<dt> the name with its type and a
// requiredness badge, <dd> the description, or the condition of a
// conditional one), and every HTML page is saved as an editor saves it
// (editorSave: an outline of links, bold header cells, code paragraphs),
// on both protocols' pages.
func TestStructuresSameFacts(t *testing.T) {
	cases, err := filepath.Glob("../testdata/facts/*/expected.yaml")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	counts := map[string]int{}
	for _, c := range cases {
		dir := filepath.Dir(c)
		clean := parser.CasePages(t, dir)
		res, err := parser.Parse(clean, parser.Options{Name: "x"})
		if err != nil || !allUTF8(clean) {
			// The structures are written by parsing a page and
			// rendering it again, in UTF-8: a page in another
			// encoding would come out with other text, not only
			// other structures.
			continue
		}
		if slices.ContainsFunc(res.Warnings, func(w schema.Diagnostic) bool { return strings.Contains(w.Msg, "(no </table>)") }) {
			// A table never closed: the structures are written from
			// the page's tree, where HTML's parsing moved what follows
			// its rows above it, out of the page's order.
			continue
		}
		want := factLines(res.API)
		for _, s := range structures {
			damaged, changed := make([]parser.Page, len(clean)), false
			for i, p := range clean {
				data := s.apply(t, p.Name, p.Data)
				changed = changed || !bytes.Equal(data, p.Data)
				damaged[i] = parser.Page{Name: p.Name, Data: data}
			}
			if !changed {
				continue
			}
			counts[s.name]++
			res, err := parser.Parse(damaged, parser.Options{Name: "x"})
			if err != nil {
				t.Errorf("%s, %s: %v", filepath.Base(dir), s.name, err)
				continue
			}
			if got := factLines(res.API); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s, %s: %s", filepath.Base(dir), s.name, firstDifference(want, res, nil))
			}
		}
	}
	for _, s := range structures {
		if counts[s.name] == 0 {
			t.Errorf("%s: no case has a page it applies to", s.name)
		}
		t.Logf("%s: %d cases", s.name, counts[s.name])
	}
}

// allUTF8 reports whether every page is valid UTF-8.
func allUTF8(ps []parser.Page) bool {
	for _, p := range ps {
		if !utf8.Valid(p.Data) {
			return false
		}
	}
	return true
}

// structures are the ways of writing a page's tables that the test
// applies.
var structures = []struct {
	name  string
	apply func(t *testing.T, name string, data []byte) []byte
}{
	{"numbered rows", func(t *testing.T, name string, data []byte) []byte {
		switch {
		case strings.HasSuffix(name, ".html"):
			return numberHTMLRows(t, data)
		case strings.HasSuffix(name, ".md"):
			return numberPipeRows(data)
		}
		return data
	}},
	{"definition lists", func(t *testing.T, name string, data []byte) []byte {
		if !strings.HasSuffix(name, ".html") {
			return data
		}
		return definitionLists(t, data)
	}},
	{"an editor's save", func(t *testing.T, name string, data []byte) []byte {
		if !strings.HasSuffix(name, ".html") {
			return data
		}
		return editorSave(t, data)
	}},
}

// editorSave writes a page as an editor saves the page a browser shows
// (TextEdit's "Web Page", Word's "Save as Web Page", Google Docs): the
// site's outline of the page's headings kept as paragraphs of links at
// the start of its content, every header cell a <td> of a bold
// paragraph without <thead>, every code block a paragraph per line set
// in a monospace font, its indentation non-breaking spaces.
func editorSave(t *testing.T, data []byte) []byte {
	doc := parseHTML(t, data)
	content := doc.Find("main, [role=main], #main-content").First()
	if content.Length() == 0 {
		content = doc.Find("body")
	}
	var outline []string
	content.Find("h2[id], h3[id], h4[id]").Each(func(_ int, h *goquery.Selection) {
		title := strings.TrimSpace(strings.Trim(strings.TrimSpace(h.Text()), "#¶§"))
		outline = append(outline, fmt.Sprintf(`<p class="p1"><a href="#%s">%s</a></p>`, stdhtml.EscapeString(h.AttrOr("id", "")), stdhtml.EscapeString(title)))
	})
	if len(outline) > 1 {
		content.PrependHtml(`<p class="p1">On this page</p>` + strings.Join(outline, ""))
	}
	doc.Find("thead").Children().Unwrap()
	doc.Find("th").Each(func(_ int, th *goquery.Selection) {
		inner, _ := th.Html()
		th.ReplaceWithHtml(`<td valign="top"><p class="p1"><b>` + inner + `</b></p></td>`)
	})
	doc.Find("pre").Each(func(_ int, pre *goquery.Selection) {
		var ps strings.Builder
		for _, l := range strings.Split(strings.TrimSuffix(pre.Text(), "\n"), "\n") {
			code := strings.TrimLeft(l, " ")
			if code == "" {
				ps.WriteString(`<p class="p4" style="font: 14.0px Menlo"><br></p>`)
				continue
			}
			ps.WriteString(`<p class="p4" style="font: 14.0px Menlo">` + strings.Repeat("&nbsp;", len(l)-len(code)) + stdhtml.EscapeString(code) + "</p>")
		}
		pre.ReplaceWithHtml(ps.String())
	})
	return renderHTML(t, doc)
}

// numberPipeRows numbers the rows of each Markdown table: a first column
// with no header, its ruler, and a number per row, counting on in the
// rest of a table cut in two. A table of one column, the code block a
// word processor made a table of one cell, is no table whose rows a
// wiki numbers: it stays as it is. Under a header of empty cells, the
// first row is the header (Joplin's): it gets no number either. A line
// without a leading pipe that goes on a row a hard wrap cut (in a table
// whose header closes with a pipe, a row that does not) is no row: the
// wiki numbered the row before the wrap, and the line gets no number.
func numberPipeRows(data []byte) []byte {
	lines := strings.Split(string(data), "\n")
	n, inTable, oneColumn, blankHeader := 0, false, false, false
	closed, open := false, false // the header closes its row; the row before is cut
	for i, l := range lines {
		t := strings.TrimSpace(l)
		indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))] // a table under a list item stays under it
		if i+1 < len(lines) && pages.IsRuler(strings.TrimSpace(lines[i+1])) && strings.HasPrefix(t, "|") {
			oneColumn = len(pages.SplitPipes(t)) == 1
			closed = pages.ClosesRow(t)
		}
		cut := open
		open = false
		switch {
		case oneColumn && strings.HasPrefix(t, "|"):
		case cut && t != "" && !strings.HasPrefix(t, "|"):
			open = !pages.ClosesRow(t)
		case inTable && !strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 2:
			n++ // a row that lost its leading pipe
			lines[i] = fmt.Sprintf("%s%d | %s", indent, n, t)
			open = closed && !pages.ClosesRow(t)
		case !strings.HasPrefix(t, "|") || t == "|":
		case pages.IsPipeRuler(t):
			lines[i] = indent + "|---" + t
		case i+1 < len(lines) && pages.IsPipeRuler(strings.TrimSpace(lines[i+1])):
			inTable, n = true, 0
			blankHeader = strings.Trim(t, "| \t") == ""
			lines[i] = indent + "|  " + t
		case inTable && n == 0 && blankHeader:
			blankHeader = false
			lines[i] = indent + "|  " + t
		case inTable:
			n++
			lines[i] = fmt.Sprintf("%s| %d %s", indent, n, t)
			open = closed && !pages.ClosesRow(t)
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// numberHTMLRows numbers the rows of each <table>: a header cell with no
// text before a header row's (in <thead>, its first row when all <th> or
// naming the columns, a status table's "Status Code | Status Code
// Description" too, and these printed again), and a cell with the
// row's number before each other row's; a note row (one cell spanning
// the others) gets none. A table of one column, the code block a word
// processor made a table of one cell, is no table whose rows a wiki
// numbers: it stays as it is.
func numberHTMLRows(t *testing.T, data []byte) []byte {
	doc := parseHTML(t, data)
	doc.Find("table").Each(func(_ int, tb *goquery.Selection) {
		rows := tb.Find("tr").FilterFunction(func(_ int, tr *goquery.Selection) bool { return tr.Closest("table").Get(0) == tb.Get(0) })
		if rows.Length() == 0 || strings.TrimSpace(rows.First().Children().First().Text()) == "" {
			return // numbered already
		}
		if rows.FilterFunction(func(_ int, tr *goquery.Selection) bool { return tr.ChildrenFiltered("td, th").Length() != 1 }).Length() == 0 {
			return // one column
		}
		texts := func(tr *goquery.Selection) string {
			var out []string
			tr.ChildrenFiltered("td, th").Each(func(_ int, c *goquery.Selection) { out = append(out, strings.TrimSpace(c.Text())) })
			return strings.Join(out, "|")
		}
		first := rows.First()
		cells := strings.Split(texts(first), "|")
		_, named := pages.ColumnsOf(cells)
		named = named || len(cells) > 1 && !slices.ContainsFunc(cells, func(c string) bool { return !pages.IsHeaderCell(c) })
		header := ""
		if named || first.ChildrenFiltered("td").Length() == 0 || first.ParentsFiltered("thead").Length() > 0 {
			header = texts(first)
		}
		n := 0
		rows.Each(func(_ int, tr *goquery.Selection) {
			cells := tr.ChildrenFiltered("td, th")
			if cells.Length() == 1 && cells.AttrOr("colspan", "1") != "1" {
				return
			}
			if tr.ParentsFiltered("thead").Length() > 0 || header != "" && texts(tr) == header {
				tr.PrependHtml("<th></th>")
				return
			}
			n++
			tr.PrependHtml(fmt.Sprintf("<td>%d</td>", n))
		})
	})
	return renderHTML(t, doc)
}

// definitionLists writes each table of names with a Required or Mandatory
// column as a definition list, and the rest of such a table cut in two (a
// table after it without a header row, of its width), when every such
// table has as many cells in each row as columns: the name in
// <code>, its type in <em>, a badge saying required or optional; the
// description in <dd>, after the condition of one required under a
// condition. The column label a responsive table repeats in each cell
// goes.
func definitionLists(t *testing.T, data []byte) []byte {
	doc := parseHTML(t, data)
	var last []string
	lists := map[*goquery.Selection]string{}
	all := true
	doc.Find("table").Each(func(_ int, tb *goquery.Selection) {
		rows := tb.Find("tr")
		var first []string
		rows.First().ChildrenFiltered("td, th").Each(func(_ int, c *goquery.Selection) {
			first = append(first, strings.TrimSpace(c.Text()))
		})
		header, body := first, rows.Slice(1, goquery.ToEnd)
		if _, named := pages.ColumnsOf(first); !named && len(first) == len(last) {
			header, body = last, rows // the rest of the table before
		}
		cols, _ := pages.ColumnsOf(header)
		name, typ, req, desc := -1, -1, -1, -1
		for i, k := range cols {
			switch k {
			case pages.ColName, pages.ColCode:
				name = i
			case pages.ColType:
				typ = i
			case pages.ColRequired:
				req = i
			case pages.ColDescription:
				desc = i
			}
		}
		if name != 0 || req < 0 || desc < 0 {
			last = nil
			return
		}
		var b strings.Builder
		if c := tb.ChildrenFiltered("caption"); c.Length() > 0 {
			inner, _ := c.Html()
			fmt.Fprintf(&b, "<p><strong>%s</strong></p>\n", inner) // the table's title
		}
		b.WriteString("<dl class=\"params\">\n")
		ok := true
		body.Each(func(_ int, tr *goquery.Selection) {
			cells := tr.ChildrenFiltered("td, th")
			if cells.Length() != len(header) {
				ok = ok && cells.Length() == 1 // a note row goes
				return
			}
			cells.Each(func(i int, c *goquery.Selection) {
				if l := c.Children().First(); strings.Contains(l.AttrOr("class", ""), "label") && strings.EqualFold(strings.TrimSpace(l.Text()), header[i]) {
					l.Remove()
				}
			})
			cell := func(i int) string {
				if t := strings.TrimSpace(cells.Eq(i).Text()); t != "" {
					return t
				}
				return strings.TrimSpace(cells.Eq(i).Find("img").AttrOr("alt", "")) // a cell of an image reads as its alt text
			}
			inner := func(i int) string { h, _ := cells.Eq(i).Html(); return strings.TrimSpace(h) }
			if strings.EqualFold(cell(0), header[0]) && strings.EqualFold(cell(len(header)-1), header[len(header)-1]) {
				return // a header row printed again
			}
			if strings.TrimSpace(pages.Clean(tr.Text())) == "" {
				return // a row of blank cells: a list has no entry for it
			}
			fmt.Fprintf(&b, "<dt><code>%s</code>", inner(name))
			if typ >= 0 {
				fmt.Fprintf(&b, " <em>%s</em>", inner(typ))
			}
			condition := ""
			switch required, stated := pages.Requiredness(cell(req)); {
			case stated && required:
				b.WriteString(` <span class="badge">required</span>`)
			case stated:
				b.WriteString(` <span class="badge">optional</span>`)
			case cell(req) != "":
				condition = inner(req) + " "
			}
			fmt.Fprintf(&b, "</dt>\n<dd>%s%s</dd>\n", condition, inner(desc))
		})
		b.WriteString("</dl>")
		lists[tb], last, all = b.String(), header, all && ok
	})
	if !all {
		return data // a table that lost a cell: a page of lists and tables at once is none a site serves
	}
	for tb, dl := range lists {
		tb.ReplaceWithHtml(dl)
	}
	return renderHTML(t, doc)
}

func parseHTML(t *testing.T, data []byte) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func renderHTML(t *testing.T, doc *goquery.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := html.Render(&b, doc.Get(0)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestTypedHeaderList reads a GearN page whose request headers are a
// definition list with a type beside each name, under the title "Request
// Headers": they are its headers, not its body, which a list of the same
// columns under "Request Body" documents.
func TestTypedHeaderList(t *testing.T) {
	page := `<!DOCTYPE html><html><body><main>
<h1>getNote</h1>
<h2>Overview</h2>
<p>Read a note.</p>
<h2>Server</h2>
<p>Require permission rules note.getNote.serverSelfEnable. See PermissionRules</p>
<p><strong>HTTP</strong></p>
<pre><code>POST /api/rJson/note/server/getNote</code></pre>
<p><strong>Request Headers</strong></p>
<dl>
<dt><code>Secret-Key</code> <em>string</em> <span class="badge">required</span></dt><dd>The SecretKey in SecretInfo with role must is Server.</dd>
<dt><code>Content-Type</code> <em>string</em> <span class="badge">required</span></dt><dd>application/json</dd>
</dl>
<p><strong>Request Body</strong></p>
<dl>
<dt><code>noteId</code> <em>string</em> <span class="badge">required</span></dt><dd>The note. (10 characters)</dd>
<dt><code>lang</code> <em>string</em></dt><dd>Its language. (2 characters)</dd>
</dl>
<h2>Response Body</h2>
<p>200 Ok</p>
<table><thead><tr><th>Code</th><th>Type</th><th>Required</th><th>Description</th></tr></thead><tbody>
<tr><td>returnCode</td><td>ReturnCode</td><td>true</td><td>See ReturnCode</td></tr>
<tr><td>parameters</td><td>ResponseData</td><td></td><td>See ResponseData</td></tr>
</tbody></table>
<p><strong>ReturnCode</strong></p>
<table><thead><tr><th>Name</th><th>Code</th><th>Description</th></tr></thead><tbody>
<tr><td>Ok</td><td>1</td><td>Done.</td></tr>
</tbody></table>
<p><strong>ResponseData</strong></p>
<dl>
<dt><code>text</code> <em>string</em> <span class="badge">required</span></dt><dd>The note's text.</dd>
</dl>
</main></body></html>`
	res, err := parser.Parse([]parser.Page{{Name: "getNote.html", Data: []byte(page)}}, parser.Options{Name: "x"})
	if err != nil {
		t.Fatal(err)
	}
	ep := res.API.Operations[0].Endpoints[0]
	var headers, body []string
	for _, h := range ep.Headers {
		headers = append(headers, h.Name+" "+h.Type+" "+string(h.Required))
	}
	for _, f := range ep.Body {
		body = append(body, fmt.Sprintf("%s %s %v", f.Name, f.Type, f.Required))
	}
	if want := []string{"Secret-Key string required", "Content-Type string required"}; strings.Join(headers, ", ") != strings.Join(want, ", ") {
		t.Errorf("headers %q, want %q", headers, want)
	}
	if want := []string{"noteId string true", "lang string false"}; strings.Join(body, ", ") != strings.Join(want, ", ") {
		t.Errorf("body %q, want %q", body, want)
	}
	if ep.SecretRole != "Server" {
		t.Errorf("secret role %q, want Server", ep.SecretRole)
	}
	if typ := res.API.Types[0]; typ.Name != "GetNoteResponseData" || len(typ.Fields) != 1 || !typ.Fields[0].Required {
		t.Errorf("type %+v, want GetNoteResponseData with its required text", typ)
	}
}

// TestTablelessSection warns, on pages of both protocols, of a section of
// the request that holds text and no table, at its title and at each of
// its lines, and at its endpoint's line (GearN) or its operation's
// heading (Kakao), which go without what it documents (a GearN
// endpoint's secret role too): what it lists in a form no style reads
// (prose lines, a term and its type in a sentence) is not dropped
// without a word. A section that says "None" is no such section.
func TestTablelessSection(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"GearN", "# getNote\n\n## Overview\n\nRead a note.\n\n## Client\n\nNo require permission rules.\n\n### HTTP\n\n```http\nPOST /api/rJson/note/client/getNote\n```\n\n### Request Headers\n\nSecret-Key, required: the key.\nGame-Id: the game.\n\n### Request Body\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| noteId | string | true | The note. |\n\n## Response Body\n\n200 Ok\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| returnCode | ReturnCode | true | See ReturnCode |\n| parameters | ResponseData | | See ResponseData |\n\n### ReturnCode\n\n| Name | Code | Description |\n|---|---|---|\n| Ok | 1 | Done. |\n\n### ResponseData\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| text | string | true | The text. |\n",
			[]string{
				"p.md:14: POST /api/rJson/note/client/getNote goes without what its Request Headers section at line 17 documents (its secret role too, where the section documents its headers): the section holds no table",
				"p.md:17: the Request Headers section at line 17 holds no table, only text (\"Secret-Key, required: the key.\" at line 19): nothing it documents is read; write what it lists as a table (Name | Required | Description)",
				"p.md:19: left out of the schema what line 19 documents (\"Secret-Key, required: the key.\"): it stands in the Request Headers section at line 17, which holds no table",
				"p.md:20: left out of the schema what line 20 documents (\"Game-Id: the game.\"): it stands in the Request Headers section at line 17, which holds no table",
			}},
		{"Kakao", "/note/get\n\nDescription\nReads a note.\n\nMethod\nPOST\n\nRequest Headers\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n| Content-Type | String | Y | \"application/json\" |\n\nRequest Body\nnoteId, a mandatory String: the note.\n\nResponse Status Code\n| Status Code | Status Code Description | Status Code Detailed Description |\n|---|---|---|\n| 200 | Normal Response | Normal |\n\nResponse Body\nNone\n\nExample Request\nPOST /service/v1/note/get HTTP/1.1\nContent-Type: application/json\n\n{\"noteId\": \"n1\"}\n",
			[]string{
				"p.md:1: the operation at line 1 goes without what its Request Body section at line 14 documents: the section holds no table",
				"p.md:14: the Request Body section at line 14 holds no table, only text (\"noteId, a mandatory String: the note.\" at line 15): nothing it documents is read, the text is kept as a note; write what it lists as a table (Name | Type | Mandatory | Description)",
				"p.md:15: left out of the schema what line 15 documents (\"noteId, a mandatory String: the note.\"): it stands in the Request Body section at line 14, which holds no table",
			}},
	} {
		// The Kakao body is known only from the example, and whether
		// noteId is required is a hole the error reports
		// (TestStatedBodyInferred); the warnings stand beside it.
		res, err := parser.Parse([]parser.Page{{Name: "p.md", Data: []byte(c.page)}}, parser.Options{Name: "x"})
		if err != nil && (res.API == nil || len(res.Holes) == 0) {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		for _, w := range res.Warnings {
			if strings.Contains(w.Error(), "holds no table") {
				got = append(got, w.Error())
			}
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}

// TestHeaderCellTitleRefused: a table whose structure a converter lost
// writes its header row a cell a line, and its last cell, "Description",
// is a section's title word too; it is the header's last cell, and the
// rows under it stand in the section whose table lost them, refused at
// the header's first line on pages of both protocols (they were read as
// a Description section's, and dropped with no word).
func TestHeaderCellTitleRefused(t *testing.T) {
	for _, c := range []struct {
		name, page, want string
	}{
		{"GearN", "# getNote\n\n## Overview\n\nRead a note.\n\n## Client\n\nNo require permission rules.\n\n### HTTP\n\n```http\nPOST /api/rJson/note/client/getNote\n```\n\n### Request Body\n\nCode\nDescription\nnoteId\nThe note.\n\n## Response Body\n\n200 Ok\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| returnCode | ReturnCode | true | See ReturnCode |\n\n### ReturnCode\n\n| Name | Code | Description |\n|---|---|---|\n| Ok | 1 | Done. |\n",
			`p.md:19: line 19 ("Code") is the names of a table's columns written as text`},
		{"Kakao", "/note/get\n\nDescription\nReads a note.\n\nMethod\nPOST\n\nRequest Headers\nName\nDescription\nAuthorization\nKakaoAK {ADMIN_KEY}\n\nRequest Body\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n| noteId | String | Y | The note. |\n\nResponse Status Code\n| Status Code | Status Code Description | Status Code Detailed Description |\n|---|---|---|\n| 200 | Normal Response | Normal |\n\nResponse Body\nNone\n\nExample Request\nPOST /service/v1/note/get HTTP/1.1\nContent-Type: application/json\n\n{\"noteId\": \"n1\"}\n",
			`p.md:10: line 10 ("Name") is the names of a table's columns written as text`},
		{"Kakao status codes", "/note/get\n\nDescription\nReads a note.\n\nMethod\nPOST\n\nRequest Body\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n| noteId | String | Y | The note. |\n\nResponse Status Code\nStatus Code\nDescription\n200\nNormal Response\n\nResponse Body\nNone\n\nExample Request\nPOST /service/v1/note/get HTTP/1.1\nContent-Type: application/json\n\n{\"noteId\": \"n1\"}\n",
			`p.md:15: line 15 ("Status Code") is the names of a table's columns written as text`},
	} {
		_, err := parser.Parse([]parser.Page{{Name: "p.md", Data: []byte(c.page)}}, parser.Options{Name: "x"})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one with %q", c.name, err, c.want)
		}
	}
}

// TestNumberPipeRows: a wiki numbers the rows of a table, and a scrape
// hard-wraps them after: the line that goes on a row a wrap cut gets no
// number of its own, and the rows after it count on from the row it goes
// on; a row that lost its leading pipe is numbered, and so is a row
// after one that lost its closing pipe.
func TestNumberPipeRows(t *testing.T) {
	page := strings.Join([]string{
		"| Code | Type | Required | Description |",
		"|---|---|---|---|",
		"| accuracy | number | Share of the checkpoints (from 0.0",
		"to 1.0) | |",
		"comment | string | A comment. | |",
		"| shareGhost | boolean | Let others race.",
		"| mode | TrialMode | The rules. |",
		"200 Ok",
		"| Code | Type |",
		"|---|---|",
		"| returnCode | ReturnCode |",
	}, "\n")
	want := strings.Join([]string{
		"|  | Code | Type | Required | Description |",
		"|---|---|---|---|---|",
		"| 1 | accuracy | number | Share of the checkpoints (from 0.0",
		"to 1.0) | |",
		"2 | comment | string | A comment. | |",
		"| 3 | shareGhost | boolean | Let others race.",
		"| 4 | mode | TrialMode | The rules. |",
		"200 Ok",
		"|  | Code | Type |",
		"|---|---|---|",
		"| 1 | returnCode | ReturnCode |",
	}, "\n")
	if got := string(numberPipeRows([]byte(page))); got != want {
		t.Errorf("numbered:\n%s\nwant:\n%s", got, want)
	}
}
