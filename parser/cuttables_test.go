package parser_test

import (
	"fmt"
	"html"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// A cutPage is a GearN page in the abstract, to write in each style: its
// lines of text, and its tables, whose cells a style lays out.
type cutPage []cutItem

// cutItem is a line of text, or a table: its header and its rows. A
// description cell may wrap onto lines of its own ("\n"), which a
// flattened page keeps and the other styles join. A paragraph of prose
// stands between blank lines.
type cutItem struct {
	text   string
	para   bool
	header []string
	rows   [][]string
}

func cutText(t string) cutItem { return cutItem{text: t} }

func cutPara(t string) cutItem { return cutItem{text: t, para: true} }

func cutTable(header string, rows ...string) cutItem {
	it := cutItem{header: strings.Split(header, "|")}
	for _, r := range rows {
		it.rows = append(it.rows, strings.Split(r, "|"))
	}
	return it
}

// cut is where a page break cuts a table of a cutPage: after its row
// (and in a flattened page, after the first line of that row, when its
// description wraps), leaving between the two parts what a break leaves:
// nothing, a blank line, or a footer between blank lines; the header
// is printed again.
type cut struct {
	table, row int
	inRow      bool
	between    []string
	// rowHead is set when the part after the cut has no header printed
	// again, but its first row made its header, as a PDF-to-Markdown
	// converter makes it.
	rowHead bool
	// bare is set when the part after the cut has no header of its
	// own: its rows go on under the lines between, as rows a callout
	// cuts do.
	bare bool
}

// write lays the page out in a style: "flattened", "markdown", "pipes"
// or "html", cut where cuts say, and returns its lines and, for each cut,
// the line (0-based) of the header printed again.
func (p cutPage) write(style string, cuts ...cut) ([]string, []int) {
	var lines []string
	at := make([]int, len(cuts))
	text := func(t string) {
		if style == "html" {
			t = "<p>" + html.EscapeString(t) + "</p>"
		}
		lines = append(lines, t)
	}
	row := func(cells []string, th bool) []string {
		switch style {
		case "flattened":
			return strings.Split(strings.Join(cells, ""), "\n")
		case "html":
			tag := "td"
			if th {
				tag = "th"
			}
			var b strings.Builder
			b.WriteString("<tr>")
			for _, c := range cells {
				fmt.Fprintf(&b, "<%s>%s</%s>", tag, html.EscapeString(strings.ReplaceAll(c, "\n", " ")), tag)
			}
			return []string{b.String() + "</tr>"}
		}
		l := strings.ReplaceAll(strings.Join(cells, " | "), "\n", " ")
		if style == "markdown" {
			l = "| " + l + " |"
		}
		return []string{l}
	}
	header := func(h []string) {
		switch style {
		case "html":
			lines = append(lines, "<table>", "<thead>"+row(h, true)[0]+"</thead>", "<tbody>")
		case "markdown":
			lines = append(lines, row(h, false)[0], "|"+strings.Repeat("---|", len(h)))
		case "pipes":
			lines = append(lines, row(h, false)[0], strings.TrimSuffix(strings.Repeat("---|", len(h)), "|"))
		default:
			lines = append(lines, row(h, false)...)
		}
	}
	end := func() {
		if style == "html" {
			lines = append(lines, "</tbody></table>")
		}
	}
	for ti, it := range p {
		if it.header == nil && it.para {
			lines = append(lines, "")
			text(it.text)
			lines = append(lines, "")
			continue
		}
		if it.header == nil {
			text(it.text)
			continue
		}
		header(it.header)
		for ri, r := range it.rows {
			rl := row(r, false)
			for ci, c := range cuts {
				if c.table != ti || c.row != ri {
					continue
				}
				if c.inRow {
					lines, rl = append(lines, rl[0]), rl[1:]
				}
				end()
				for _, b := range c.between {
					if b == "" {
						lines = append(lines, "")
					} else {
						text(b)
					}
				}
				at[ci] = len(lines)
				switch {
				case c.rowHead:
					header(r)
					rl = nil
				case c.bare && style == "html":
					lines = append(lines, "<table>", "<tbody>")
				case !c.bare:
					header(it.header)
				}
			}
			lines = append(lines, rl...)
		}
		end()
	}
	return lines, at
}

// cutSample is a GearN page whose headingless tables the evidence names
// (GenericModels.EntryParam, the only type an enum or a field table can
// document): ReturnCode's rest, right after a header printed again, could
// document it too, as could the rest of the request body, whose entries
// row alone refers to it.
var cutSample = cutPage{
	cutText("Overview"),
	cutText("Set entries of the player's account."),
	cutText("Client"),
	cutText("Require permission rules masterPlayer.setEntries.selfEnable. See PermissionRules"),
	cutText("POST /api/rJson/masterPlayer/client/setEntries"),
	cutText("Request Headers"),
	cutTable("Name|Required|Description",
		"Secret-Key|true|The SecretKey in SecretInfo with role must is Player.",
		"Game-Id|true|The unique identifier of the game.",
		"Content-Type|true|application/json"),
	cutText("Request Body"),
	cutTable("Code|Type|Required|Description",
		"userId|string|true|The unique identifier of the player. (10 characters)",
		"mode|string|true|How the entries are set. (1 - 8 characters)",
		"entries|GenericModels.EntryParam[]|true|The entries to set. (1 - 32 elements) See GenericModels.EntryParam"),
	cutText("200 Ok"),
	cutTable("Code|Type|Required|Description",
		"returnCode|ReturnCode|true|The protocol-level outcome. See ReturnCode",
		"debugMessage|string||A message for developers.",
		"parameters|ResponseData||The operation's answer. See ResponseData"),
	cutText("ReturnCode"),
	cutTable("Name|Code|Description",
		"OperationInvalid|-4|The requested operation code is unknown\nor not valid for the selected role.",
		"InternalServerError|-3|The backend hit an unhandled internal failure.",
		"UnknownError|0|The request failed.",
		"Ok|1|The request completed successfully."),
	cutText("ResponseData"),
	cutTable("Code|Type|Required|Description",
		"errorCode|ErrorCode|true|The business outcome. See ErrorCode",
		"count|number||How many entries the player has."),
	cutPara("Represents one entry to set: a key and its value."),
	cutTable("Code|Type|Required|Description",
		"key|string|true|Key of the entry. (1 - 32 characters)",
		"value|string|true|Value of the entry."),
	cutText("ErrorCode"),
	cutTable("Name|Code|Description",
		"Ok|1|The business operation completed successfully.",
		"PlayerNotFound|29|The player does not exist."),
}

// cutStyles are the styles a cutPage is written in, with the extension
// of a page of each.
var cutStyles = []struct{ style, ext string }{{"flattened", ".txt"}, {"markdown", ".md"}, {"pipes", ".txt"}, {"html", ".html"}}

// breaks are what a page break leaves between the parts of a table.
var breaks = []struct {
	name    string
	between []string
}{
	{"header printed again", nil},
	{"after a blank line", []string{""}},
	{"after a footer", []string{"", "GearN Docs · API Reference", ""}},
}

// TestCutTables cuts each table of a page whose headingless tables the
// evidence names, in each style, as a page break does (a header printed
// again right away, after a blank line, or after a footer), once and
// twice: the page must give the clean page's facts, with a warning next
// to each header printed again. The rest of a table is no type of its
// own: not ReturnCode's, which the evidence alone would name
// GenericModels.EntryParam, nor the request body's, whose entries row
// alone refers to it; the rest of the header table and of the response
// envelope is theirs. After a footer, the rest of a type's table is as
// much a table the footer's words introduce as the table of
// GenericModels.EntryParam is: the page may be refused, with an error
// next to the header printed again (TestRestsContendForAType).
func TestCutTables(t *testing.T) {
	cuts := []struct {
		name string
		at   []cut
		// typed is set for the tables of a type, whose rest after a
		// footer may contend for GenericModels.EntryParam.
		typed bool
	}{
		{"header table", []cut{{table: 6, row: 1}}, false},
		{"header table in three", []cut{{table: 6, row: 1}, {table: 6, row: 2}}, false},
		{"request body before its entries", []cut{{table: 8, row: 1}}, false},
		{"request body at its entries", []cut{{table: 8, row: 2}}, false},
		{"response envelope", []cut{{table: 10, row: 1}}, false},
		{"ReturnCode", []cut{{table: 12, row: 2}}, true},
		{"ReturnCode in three", []cut{{table: 12, row: 1}, {table: 12, row: 3}}, true},
		{"ResponseData", []cut{{table: 14, row: 1}}, true},
		{"ErrorCode", []cut{{table: 18, row: 1}}, true},
	}
	for _, st := range cutStyles {
		name := "page" + st.ext
		clean, _ := cutSample.write(st.style)
		want, err := parseLines(name, clean)
		if err != nil {
			t.Fatalf("%s: the clean page: %v", st.style, err)
		}
		for _, br := range breaks {
			for _, c := range cuts {
				at := append([]cut{}, c.at...)
				for i := range at {
					at[i].between = br.between
				}
				lines, headers := cutSample.write(st.style, at...)
				what := fmt.Sprintf("%s, %s cut, %s", st.style, c.name, br.name)
				got, err := parseLines(name, lines)
				if ds, ok := err.(schema.Diagnostics); ok && c.typed && len(br.between) > 1 && diagnosedNear(ds, name, headers[0]+1) {
					continue
				}
				if err != nil {
					t.Errorf("%s: %v", what, err)
					continue
				}
				if !sameFacts(got.API, want.API) {
					t.Errorf("%s: %s", what, firstDifference(factLines(want.API), got, nil))
				}
				for _, h := range headers {
					if !diagnosedNear(got.Warnings, name, h+1) {
						t.Errorf("%s: no warning next to the header printed again at line %d; warnings:\n%v", what, h+1, got.Warnings)
					}
				}
			}
		}
	}
}

// TestCutTableRowAsHeader cuts tables of each kind, in each style with
// header rows, as a page break does, and makes the first row after the
// cut the header of the rest, as a converter from PDF does: the rest is
// read as that table's, with a warning at that row, after a blank line
// or a page number alone (a page break: no type contends for the rest).
func TestCutTableRowAsHeader(t *testing.T) {
	cuts := []struct {
		name       string
		table, row int
	}{
		{"header table", 6, 1},
		{"request body", 8, 1},
		{"response envelope", 10, 2},
		{"ReturnCode", 12, 2},
		{"ResponseData", 14, 1},
	}
	for _, st := range cutStyles[1:] {
		name := "page" + st.ext
		clean, _ := cutSample.write(st.style)
		want, err := parseLines(name, clean)
		if err != nil {
			t.Fatalf("%s: the clean page: %v", st.style, err)
		}
		for _, between := range [][]string{{""}, {"", "2", ""}} {
			for _, c := range cuts {
				lines, headers := cutSample.write(st.style, cut{table: c.table, row: c.row, between: between, rowHead: true})
				what := fmt.Sprintf("%s, %s cut after %q", st.style, c.name, between)
				got, err := parseLines(name, lines)
				if err != nil {
					t.Errorf("%s: %v", what, err)
					continue
				}
				if !sameFacts(got.API, want.API) {
					t.Errorf("%s: %s", what, firstDifference(factLines(want.API), got, nil))
				}
				if !diagnosedNear(got.Warnings, name, headers[0]+1) {
					t.Errorf("%s: no warning at the row made a header, line %d; warnings:\n%v", what, headers[0]+1, got.Warnings)
				}
			}
		}
	}
}

// parseLines parses the lines of one page.
func parseLines(name string, lines []string) (*parser.Result, error) {
	return parser.Parse([]parser.Page{{Name: name, Data: []byte(strings.Join(lines, "\n"))}}, parser.Options{Name: "x"})
}

// sameFacts reports whether two schemas state the same facts.
func sameFacts(a, b *schema.API) bool {
	return slices.Equal(factLines(a), factLines(b))
}

// diagnosedNear reports whether a diagnostic is at line or on one of the
// few lines around it, where the rows a header printed again heads
// begin.
func diagnosedNear(ds schema.Diagnostics, page string, line int) bool {
	return slices.ContainsFunc(ds, func(d schema.Diagnostic) bool {
		return d.Pos.Page == page && d.Pos.Line >= line-1 && d.Pos.Line <= line+4
	})
}

// TestCutDescription cuts, in a flattened page, a row of ReturnCode
// between the lines of its description, once for each break: the rest
// of the description under the header printed again is that row's, and
// the rows after it ReturnCode's.
func TestCutDescription(t *testing.T) {
	clean, _ := cutSample.write("flattened")
	want, err := parseLines("page.txt", clean)
	if err != nil {
		t.Fatal(err)
	}
	for _, br := range breaks {
		lines, headers := cutSample.write("flattened", cut{table: 12, row: 0, inRow: true, between: br.between})
		got, err := parseLines("page.txt", lines)
		if err != nil {
			t.Errorf("%s: %v", br.name, err)
			continue
		}
		if !sameFacts(got.API, want.API) {
			t.Errorf("%s: %s", br.name, firstDifference(factLines(want.API), got, nil))
		}
		if !diagnosedNear(got.Warnings, "page.txt", headers[0]+1) {
			t.Errorf("%s: no warning next to line %d; warnings:\n%v", br.name, headers[0]+1, got.Warnings)
		}
		var desc string
		for _, e := range got.API.Enums {
			for _, m := range e.Members {
				if e.Name == "ReturnCode" && m.Name == "OperationInvalid" {
					desc = m.Description
				}
			}
		}
		if !strings.HasSuffix(desc, "or not valid for the selected role.") {
			t.Errorf("%s: OperationInvalid is %q, without the rest of its description", br.name, desc)
		}
	}
}

// TestRestNamesMemberTwice refuses, in each style, a headingless table
// right after a table with its columns that names a member that table
// names too, where no type is left for it to document: it is no rest of
// that table, and the error is at its line. So is a header table after
// the endpoint's, and a table after the response envelope with
// envelope members.
func TestRestNamesMemberTwice(t *testing.T) {
	for _, c := range []struct {
		name  string
		table int
		row   []string
	}{
		{"ResponseData", 14, []string{"count", "number", "", "How many entries the player has, again."}},
		{"header table", 6, []string{"Game-Id", "true", "The game, again."}},
		{"response envelope", 10, []string{"debugMessage", "string", "", "A message, again."}},
	} {
		for _, st := range cutStyles {
			page := append(cutPage{}, cutSample...)
			rest := cutItem{header: page[c.table].header, rows: [][]string{c.row}}
			page = append(page[:c.table+1], append(cutPage{rest}, page[c.table+1:]...)...)
			lines, _ := page.write(st.style)
			restLine := 0
			for i, l := range lines {
				if strings.Contains(l, "again.") {
					restLine = i
				}
			}
			name := "page" + st.ext
			_, err := parseLines(name, lines)
			ds, _ := err.(schema.Diagnostics)
			found := false
			for _, d := range ds {
				found = found || d.Pos.Page == name && d.Pos.Line >= restLine-3 && d.Pos.Line <= restLine+1 && strings.Contains(d.Msg, "names a")
			}
			if !found {
				t.Errorf("%s, %s: want an error at the table before line %d that names a member twice, got %v", c.name, st.style, restLine+1, err)
			}
		}
	}
}

// TestRestsContendForAType refuses, in each style, two headingless
// tables that may each be the rest of the table before them, after a
// paragraph of text, and could each document the one type left, which
// nothing on the page tells: ResponseData's rest after a footer and the
// table of GenericModels.EntryParam, after it and the words that
// introduce it, both tables of members (ReturnCode's rest, an enum
// table, could document no GenericModels type: an object). Each is an
// error at its line, naming the other, and the schema reads neither.
func TestRestsContendForAType(t *testing.T) {
	for _, st := range cutStyles {
		lines, headers := cutSample.write(st.style, cut{table: 14, row: 1, between: []string{"", "GearN Docs · API Reference", ""}})
		name := "page" + st.ext
		_, err := parseLines(name, lines)
		ds, _ := err.(schema.Diagnostics)
		var at []int
		for _, d := range ds {
			if strings.Contains(d.Msg, "could document GenericModels.EntryParam too") {
				at = append(at, d.Pos.Line)
			}
		}
		if len(ds) != 2 || len(at) != 2 || at[0] < headers[0]+1 || at[0] > headers[0]+2 {
			t.Errorf("%s: want an error at the table at line %d and at the one of GenericModels.EntryParam, and no other, got %v", st.style, headers[0]+1, err)
		}
	}
}
