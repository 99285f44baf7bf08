package readme

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// block writes a block of ReadMe's legacy Markdown: its opening line,
// its JSON lines, its closing line.
func block(name string, json ...string) string {
	return "[block:" + name + "]\n" + strings.Join(json, "\n") + "\n[/block]\n"
}

// TestBlocks reads pages of ReadMe's legacy Markdown into text lines and
// tables, each at the line of its JSON member.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "api-headers: a title, a path with its method, a method and a path of their own",
			page: block("api-header", "{", `  "title": "Request Body",`, `  "type": "basic"`, "}") +
				block("api-header", "{", `  "type": "put",`, `  "title": "/hotspring/booking"`, "}") +
				block("api-header", "{", `  "title": "Book a bath",`, `  "method": "POST",`, `  "path": "/hotspring/book"`, "}") +
				block("api-header", `{"title": "2. Response &amp; [codes](#codes)"}`),
			want: []string{"03 Request Body", "10 PUT /hotspring/booking", "15 Book a bath", "16 POST /hotspring/book", "21 Response & codes"},
		},
		{
			name: "parameters: header and cells by their keys, each row at its first cell's line",
			page: block("parameters", "{", `  "data": {`, `    "h-0": "Name",`, `    "h-1": "Type",`, `    "0-0": "characterId",`, `    "1-0": "towelColor",`,
				`    "0-1": "Long",`, `    "1-1": "List&lt;String&gt;"`, "  },", `  "cols": 2,`, `  "rows": 2`, "}"),
			want: []string{"04 [Name|Type]", "06 |characterId|Long|", "07 |towelColor|List<String>|"},
		},
		{
			name: "cells of Markdown and line breaks, a missing cell, a row whose first cell is missing",
			page: block("parameters", `{"data": {`, `"h-0": "Name", "h-1": "Description",`, `"0-0": "**region**", "0-1": "One of:\n- kr\n- jp",`,
				`"1-0": "lang", "1-1": "The [language](#lang) \\| code\n(default: ko)",`, `"2-0": "x",`, `"3-1": "orphan"`, `}, "cols": 2, "rows": 4}`),
			want: []string{"03 [Name|Description]", "04 |region|One of: kr; jp|", "05 |lang|The language | code (default: ko)|", "06 |x||", "07 ||orphan|"},
		},
		{
			name:  "cells outside cols and rows, a member of no cell, no count, a cell given twice",
			page:  block("parameters", `{"data": {`, `"h-0": "Name", "h-1": "Old",`, `"0-0": "a", "0-1": "gone",`, `"1-0": "b",`, `"x": "y",`, `"1-0": "c"`, `}, "cols": 1, "rows": "two"}`),
			want:  []string{"03 [Name]", "04 |a|", "07 |c|"},
			warns: []string{`p.txt:3: the cell "h-1" ("Old") is outside the 1 columns and 2 rows of its table (its block's "cols" and "rows", else its cells' keys, up to 64 columns and 10000 rows), which ReadMe does not show: left out`, `p.txt:4: the cell "0-1" ("gone") is outside the 1 columns and 2 rows of its table (its block's "cols" and "rows", else its cells' keys, up to 64 columns and 10000 rows), which ReadMe does not show: left out`, `p.txt:6: the member "x" of a [block:parameters]'s data is no cell ("h-C" for a header cell, "R-C" for a row's): left out`, `p.txt:7: the cell "1-0" is given twice, at lines 5 and 7: read as the last, "c", as ReadMe shows it`, `p.txt:8: the block's "rows", two, is no count of cells up to 10000: the cells' keys tell it`},
		},
		{
			name:  "a table larger than docs2go reads, rows and columns after the last cell",
			page:  block("parameters", `{"data": {"0-0": "a", "9999-63": "b"}}`) + block("parameters", `{"data": {"h-0": "Name", "0-0": "a"}, "cols": 5, "rows": 9}`),
			want:  []string{"05 [Name]", "05 |a|"},
			warns: []string{"p.txt:1: the block [block:parameters]'s table has 10000 rows and 64 columns, more than the 20000 cells docs2go reads of a table: write it as tables of fewer rows"},
		},
		{
			name: "parameters without header cells: the first row heads the table",
			page: block("parameters", `{"data": {"0-0": "Name", "0-1": "Code", "1-0": "Ok", "1-1": "1"}, "cols": 2, "rows": 2}`),
			want: []string{"02 [Name|Code]", "02 |Ok|1|"},
		},
		{
			name: "code: a code block of each code, named where there are several",
			page: block("code", "{", `  "codes": [`, `    {"code": "POST /api/a HTTP/1.1\n\n{\"a\": 1}", "language": "http", "name": "Example Request"}`, "  ]", "}") +
				block("code", `{"codes": [`, `{"code": "{}", "language": "json", "name": "Client"},`, `{"code": "# not a heading", "language": "", "name": "JSON"}`, `]}`),
			want: []string{"04 POST /api/a HTTP/1.1", `04 {"a": 1}`, "10 Client", "10 {}", "11 JSON", "11 not a heading"},
		},
		{
			name: "a callout is its title and its body, never its type; images, html and embeds are no text",
			page: block("callout", "{", `  "type": "warning",`, `  "title": "Booking window",`, `  "body": "Bookings close *early*.\nCancel first."`, "}") +
				block("image", `{"images": [{"image": ["a.png"]}]}`) + block("html", `{"html": "<div>Hi</div>"}`) + block("embed", `{"url": "https://example.com"}`),
			want: []string{"04 Booking window", "05 Bookings close *early*.", "05 Cancel first."},
		},
		{
			name: "the Markdown around the blocks, a block on one line",
			page: "---\ntitle: \"x\"\n---\n# getThing\n\n| Name | Type |\n|---|---|\n| a | int |\n\n[block:api-header]{\"title\": \"Response\"}[/block]\nText &lt;b&gt;.\n",
			want: []string{"04 getThing", "06 [Name|Type]", "08 |a|int|", "10 Response", "11 Text <b>."},
		},
		{
			name: "ReadMe's MDX export: a callout's tags, an image, a code block's title on its fence, a table as HTML",
			page: "## Request Body\n\n<Callout icon=\"🚧\" theme=\"warn\">\n  **Booking window**\n\n  Bookings close early.\n</Callout>\n<Image align=\"center\" src=\"a.png\" />\n" +
				"```json 200 OK\n{\"a\": 1}\n```\n\n```\n<Callout>\n```\n<Table>\n<thead><tr><th>Name</th><th>Type</th></tr></thead>\n<tbody><tr><td>a</td><td>int</td></tr></tbody>\n</Table>\n",
			want: []string{"01 Request Body", "04 Booking window", "06 Bookings close early.", "09 200 OK", `10 {"a": 1}`, "14 <Callout>", "17 [Name|Type]", "18 |a|int|"},
		},
		{
			name:  "malformed JSON is refused at its line, the blocks around it read",
			page:  block("api-header", `{"title": "A"}`) + block("parameters", "{", `  "data": {`, `    "h-0": "Name",`, `    "0-0": "a"`, `    "0-1": "b"`, "  }", "}") + block("api-header", `{"title": "B"}`),
			want:  []string{"02 A", "14 B"},
			warns: []string{`p.txt:9: the JSON of the block [block:parameters] at line 4 is malformed (invalid character '"' after object key:value pair), and the block is not read: write it as ReadMe's legacy editor does, an object of members "key": value`},
		},
		{
			name:  "JSON not closed, JSON that is no object, text after the JSON, an unknown block",
			page:  block("code", `{"codes": [`) + block("callout", `["a"]`) + block("callout", `{"title": "a"} x`) + block("tutorial-tile", `{"id": 1}`),
			warns: []string{"p.txt:10: the block [block:tutorial-tile] is none of those docs2go reads (api-header, parameters, code, callout, textarea), and is left out", "p.txt:2: the JSON of the block [block:code] at line 1 is malformed (the JSON value is not closed), and the block is not read: write it as ReadMe's legacy editor does, an object of members \"key\": value", "p.txt:5: the JSON of the block [block:callout] at line 4 is no object, and the block is not read: write it as ReadMe's legacy editor does, an object of members \"key\": value", "p.txt:8: the JSON of the block [block:callout] at line 7 is malformed (text after the JSON value), and the block is not read: write it as ReadMe's legacy editor does, an object of members \"key\": value"},
		},
		{
			name:  "blocks never closed: read up to their JSON's end, the lines after it the page's; an html block that holds a table",
			page:  block("html", `{"html": "<table><tr><td>a</td></tr></table>"}`) + "[block:api-header]\n{\"title\": \"A\"}\nText.\n" + block("textarea", `{"text": "B\n\nC"}`) + "[block:api-header]\n{\n  \"title\": \"D\"\n}\n",
			want:  []string{"05 A", "06 Text.", "08 B", "08 C", "12 D"},
			warns: []string{"p.txt:5: the block [block:api-header] at line 4 is never closed by a line [/block], as ReadMe's legacy editor closes each block: read as closed after its JSON, which ends at line 5, and the lines after it as the page's", "p.txt:13: the block [block:api-header] at line 10 is never closed by a line [/block], as ReadMe's legacy editor closes each block: read as closed after its JSON, which ends at line 13, and the lines after it as the page's", "p.txt:2: the block [block:html] at line 1 holds a table (<table>), which docs2go does not read in a ReadMe block: write the table as a [block:parameters] block or a Markdown table"},
		},
		{
			name:  "a block never closed whose JSON is malformed is refused at its line, up to the next block",
			page:  "[block:api-header]\n{\"title\": \"A\",\nText.\n" + block("api-header", `{"title": "B"}`),
			want:  []string{"05 B"},
			warns: []string{`p.txt:3: the block [block:api-header] at line 1 is never closed by a line [/block], and its JSON is malformed (invalid character 'T' looking for beginning of object key string): close the block after its JSON, and write the JSON as ReadMe's legacy editor does, an object of members "key": value`},
		},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestDetect is certain of a page with a block of JSON, and of no other.
func TestDetect(t *testing.T) {
	for _, c := range []struct {
		page string
		want int
	}{
		{block("api-header", "{", `"title": "A"`, "}"), pages.Certain},
		{"# A\n\n" + block("parameters", "", `{"data": {}}`), pages.Certain},
		{`[block:callout]{"body": "x"}[/block]`, pages.Certain},
		{"[block:api-header]\ntitle: A\n[/block]", 0},
		{"[block:api-header]\n{\"title\": \"A\"}\n", 0},
		{"| Name | Type |\n|---|---|\n| a | [block:x] |", 0},
		{"## Body\n<Callout icon=\"📘\" theme=\"info\">\nA note.\n</Callout>", pages.Certain},
		{"## Body\n</Callout>\n<Callout>", 0},
		{"<callout>\nA note.\n</callout>", 0},
		{"## Body\n<Table align={[\"left\"]}>\n<thead><tr><th>Name</th></tr></thead>\n</Table>", pages.Certain},
		{"## Body\n<table align=\"left\">\n<tr><th>Name</th></tr>\n</table>", 0},
	} {
		if got := (Style{}).Detect(pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %d, want %d", c.page, got, c.want)
		}
	}
}
