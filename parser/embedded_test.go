package parser_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// codeTableHTML is a wiki's code table kept as HTML by a converter, on
// one line: no header cells, its header row bold <td>s.
const codeTableHTML = `<table class="confluenceTable"><tbody><tr><td class="confluenceTd"><strong>Http response code</strong></td><td class="confluenceTd"><strong>detail_code</strong></td><td class="confluenceTd"><strong>msg</strong></td><td class="confluenceTd"><strong>Description</strong></td></tr><tr><td class="confluenceTd">404</td><td class="confluenceTd">-58001</td><td class="confluenceTd">Poll not found</td><td class="confluenceTd">No poll with this ID</td></tr></tbody></table>`

// TestHTMLTableInTextPage reads an HTML table that a page of a style
// reading none holds on lines of its own, pipe rows or one cell per
// line, as an HTML page's table: on one line with a header row of bold
// cells, or on several under <th>s, its rows located at their lines. A
// table no line closes is refused at its first line.
func TestHTMLTableInTextPage(t *testing.T) {
	head := "/poll/vote\nMethod\nPOST\nRequest Headers\nName | Type | Mandatory | Description |\n---|---|---|---|\nContent-Type | String | Y | application/json |\n"
	statuses := "Response Status Code\nStatus Code | Status Code Description |\n---|---|\n200 | Normal |\n404 | Not Found |\n"
	example := "Example Request\nPOST /service/v5/poll/vote HTTP/1.1\nContent-Type: application/json\n\n{\"pollId\": \"P1\"}\n"
	body := "Request Body\nName | Type | Mandatory | Description |\n---|---|---|---|\npollId | String | Y | Poll ID |\n"
	cells := "Request Body\nName\nType\nMandatory\nDescription\npollId\nString\nY\nPoll ID\n"
	htmlBody := "Request Body\n<table>\n<tr><th>Name</th><th>Type</th><th>Mandatory</th><th>Description</th></tr>\n<tr><td>pollId</td><td>String</td><td>Y</td><td>Poll ID</td></tr>\n</table>\n"
	for _, c := range []struct {
		name, page string
		// detailAt is the line of the detail code's row, bodyAt that of
		// pollId's; 0 where the page is refused, at refusedAt.
		detailAt, bodyAt, refusedAt int
	}{
		{"pipe rows, a code table on one line", head + body + statuses + "Response Code\n" + codeTableHTML + "\n" + example, 18, 11, 0},
		{"pipe rows, a body table on several lines", head + htmlBody + statuses + example, 0, 11, 0},
		{"one cell per line, a code table on one line", cellLines(head) + cells + cellLines(statuses) + "Response Code\n" + codeTableHTML + "\n" + example, 0, 0, 0},
		{"a table no line closes", head + body + statuses + "Response Code\n" + strings.TrimSuffix(codeTableHTML, "</tbody></table>") + "\n" + example, 0, 0, 18},
	} {
		res, err := parser.Parse([]parser.Page{{Name: "p.txt", Data: []byte(c.page)}}, parser.Options{Name: "x"})
		if c.refusedAt > 0 {
			if err == nil || !strings.Contains(err.Error(), "p.txt:18: line 18 holds an HTML table (<table class=\"confluenceTable\">), which is not read") {
				t.Errorf("%s: err %v; want a refusal at line 18", c.name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		op := res.API.Operations[0]
		ep := op.Endpoints[0]
		if len(ep.Body) != 1 || ep.Body[0].Name != "pollId" || !ep.Body[0].Required || c.bodyAt > 0 && ep.Body[0].At.Line != c.bodyAt {
			t.Errorf("%s: body %s; want pollId, required, at line %d", c.name, bodyOf(ep.Body), c.bodyAt)
		}
		if !strings.Contains(c.page, codeTableHTML) {
			continue
		}
		var details []string
		for _, s := range op.Statuses {
			for _, d := range s.Details {
				if c.detailAt == 0 || d.At.Line == c.detailAt {
					details = append(details, d.Message)
				}
			}
		}
		if strings.Join(details, ",") != "Poll not found" {
			t.Errorf("%s: detail codes %q; want Poll not found, at line %d", c.name, details, c.detailAt)
		}
	}
}

// bodyOf writes fields as "name type required at".
func bodyOf(fs []*schema.Field) string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %s %v %s", f.Name, f.Type, f.Required, f.At))
	}
	return strings.Join(out, "; ")
}

// cellLines writes rows of pipes one cell per line, without their
// rulers.
func cellLines(rows string) string {
	var out []string
	for _, l := range strings.Split(strings.TrimSuffix(rows, "\n"), "\n") {
		if !strings.HasPrefix(l, "---") {
			out = append(out, strings.Split(strings.TrimSuffix(l, " |"), " | ")...)
		}
	}
	return strings.Join(out, "\n") + "\n"
}

// TestHTMLTableInTextPageReferences reads the character references of an
// HTML table in a page of pipe rows as the HTML reading does: the cell
// List&lt;String&gt; is an array of strings, not a tag.
func TestHTMLTableInTextPageReferences(t *testing.T) {
	page := "/poll/vote\nMethod\nPOST\nRequest Body\n<table>\n<tr><th>Name</th><th>Type</th><th>Mandatory</th><th>Description</th></tr>\n" +
		"<tr><td>optionIds</td><td>List&lt;String&gt;</td><td>Y</td><td>Options &amp; choices</td></tr>\n</table>\n" +
		"Response Status Code\nStatus Code | Status Code Description |\n---|---|\n200 | Normal |\n" +
		"Example Request\nPOST /service/v5/poll/vote HTTP/1.1\nContent-Type: application/json\n\n{\"optionIds\": [\"A\"]}\n"
	res, err := parser.Parse([]parser.Page{{Name: "p.txt", Data: []byte(page)}}, parser.Options{Name: "x"})
	if err != nil {
		t.Fatal(err)
	}
	body := res.API.Operations[0].Endpoints[0].Body
	if len(body) != 1 || body[0].Type != "string" || !body[0].Array || body[0].Description != "Options & choices" {
		t.Errorf("body %s; want optionIds, an array of strings, described \"Options & choices\"", bodyOf(body))
	}
}

// TestOneRowHTMLTable reads the HTML tables of one row that a Textile
// page holds, whose one row a table reads as its header: no field is
// lost without a word. A body table of one field and no header of its
// own is refused at its line; the rest of a table, a field in a table of
// its own or the rows under a header alone in one, joins the table
// before it with a warning.
func TestOneRowHTMLTable(t *testing.T) {
	data, err := os.ReadFile("../testdata/facts/o08_openTreasureMap/openTreasureMap.txt")
	if err != nil {
		t.Fatal(err)
	}
	const body = "|_. Code |_. Type |_. Required |_. Description |\n| mapItemId | string |=. true | The map opened. (1 - 32 characters) |\n| shovel | ShovelTier | | The shovel used; a better one digs faster. See ShovelTier |\n| partyUserIds | ==string[]== | | Party members who share the loot. (at most 3 items) |\n"
	if !strings.Contains(string(data), body) {
		t.Fatal("openTreasureMap.txt: no client request body")
	}
	table := func(rows ...string) string {
		out := "<table>\n"
		for _, r := range rows {
			out += "<tr>\n<td>" + strings.ReplaceAll(r, " | ", "</td>\n<td>") + "</td>\n</tr>\n"
		}
		return out + "</table>\n"
	}
	const (
		head   = "Code | Type | Required | Description"
		map1   = "mapItemId | string | true | The map opened."
		shovel = "shovel | ShovelTier |  | The shovel used. See ShovelTier"
	)
	for _, c := range []struct {
		name, table string
		// msg is the error, or the warning, the page is read with; want
		// the client's request body.
		msg   string
		fails bool
		want  []string
	}{
		{"a field alone", table(map1), "p.txt:30: table with columns mapItemId | string | true | The map opened. is not a header, field or enum table", true, nil},
		{"a field alone in a container", "<div class=\"table-wrap\">\n\n" + table(map1) + "\n</div>\n", "p.txt:32: table with columns mapItemId | string | true | The map opened. is not a header", true, nil},
		{"a header alone, a field under it", table(head) + "\n" + table(map1), "p.txt:39: the rows at line 39 have no header row and the width of the table at line 30 right before them", false, []string{"mapItemId"}},
		{"a header alone, fields under it", table(head) + "\n" + table(map1, shovel), "p.txt:39: the rows at line 39 have no header row and the width of the table at line 30 right before them", false, []string{"mapItemId", "shovel"}},
		{"the rest of a table, a field", "|_. Code |_. Type |_. Required |_. Description |\n| mapItemId | string |=. true | The map opened. |\n\n" + table(shovel), "p.txt:33: the rows at line 33 have no header row and the width of the table at line 29 right before them", false, []string{"mapItemId", "shovel"}},
	} {
		page := strings.Replace(string(data), body, c.table, 1)
		res, err := parser.Parse([]parser.Page{{Name: "p.txt", Data: []byte(page)}}, parser.Options{Name: "x"})
		if c.fails {
			if err == nil || !strings.Contains(err.Error(), c.msg) {
				t.Errorf("%s: err %v; want %s", c.name, err, c.msg)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !strings.Contains(res.Warnings.Error(), c.msg) {
			t.Errorf("%s: warnings %v; want %s", c.name, res.Warnings, c.msg)
		}
		var got []string
		for _, f := range res.API.Operations[0].Endpoints[0].Body {
			got = append(got, f.Name)
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: client body %v; want %v", c.name, got, c.want)
		}
	}
}
