package aligned

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestCodeHeader cuts the header of a text browser's table of codes,
// its cells one space apart, into its labels: before each word that is
// its first again, or after each word that names a column.
func TestCodeHeader(t *testing.T) {
	for _, c := range []struct {
		line   string
		labels []string
		codes  int
	}{
		{"   Status Code Status Code Description Status Code Detailed Description", []string{"Status Code", "Status Code Description", "Status Code Detailed Description"}, 1},
		{"   Http response code detail_code msg Description", []string{"Http response code", "detail_code", "msg", "Description"}, 2},
		{"   Status Code Description", []string{"Status Code", "Description"}, 1},
		{"   Status Code Code Message Description", []string{"Status Code", "Code", "Message", "Description"}, 2},
		{"   Code Message Description", []string{"Code", "Message", "Description"}, 1},
		{"   Name Type Mandatory Description", nil, 0},        // a table of fields (spacedHeader)
		{"   Status Code Status Code Detailed notes", nil, 0}, // the last label no description
		{"   The status code tells the description", nil, 0},
	} {
		labels, codes := codeHeader(c.line)
		if !reflect.DeepEqual(labels, c.labels) || codes != c.codes {
			t.Errorf("codeHeader(%q) = %q, %d; want %q, %d", c.line, labels, codes, c.labels, c.codes)
		}
	}
}

// TestCodeTables reads tables of codes a text browser (lynx -dump)
// prints with their cells one space apart and their rows wrapped at its
// width: a row at each line that begins with its codes, the lines after
// it that do not its rest where the line before reaches the width, a row
// that lost its status cell to a cell spanning rows with one cell fewer;
// a line that is neither row nor rest ends the table. A line that may be
// a row or the rest of one, a first line that begins with no code and a
// row after the line that ended the table are refused at their line.
func TestCodeTables(t *testing.T) {
	const width = "   The longest line of the page's text, which sets the width it wraps at here.\n   and goes on.\n\n"
	type row struct {
		line  int
		cells []string
	}
	for _, c := range []struct {
		name, header, rows string
		want               []row
		texts              []string
		err                string
	}{
		{"status codes, a row wrapped, a range with its note",
			"   Status Code Status Code Description Status Code Detailed Description",
			"   200 Normal Response Normal\n" +
				"   400 Bad Request Unparsable request data, missing mandatory parameters, or\n" +
				"   parameter type error\n" +
				"   4xx (custom status) Dive Rejected See the response codes below\n" +
				"   [20]500 Internal Server Error Internal server system error\n",
			[]row{{5, []string{"200", "", "Normal Response Normal"}},
				{6, []string{"400", "", "Bad Request Unparsable request data, missing mandatory parameters, or parameter type error"}},
				{8, []string{"4xx (custom status)", "", "Dive Rejected See the response codes below"}},
				{9, []string{"500", "", "Internal Server Error Internal server system error"}}},
			nil, ""},
		{"detail codes, a status cell spanning two rows, the row after it read with it, the page's next line right under the table",
			"   Http response code detail_code msg Description",
			"   490 -89001 Hull damaged The submarine must be repaired before it dives\n" +
				"   491 -89002 Too deep The wreck is deeper than the submarine can go\n" +
				"   -89003 Crew resting A crew member is resting after the last dive\n" +
				"   [20]LikeBe the first to like this\n",
			[]row{{5, []string{"490", "-89001", "", "Hull damaged The submarine must be repaired before it dives"}},
				{6, []string{"491", "-89002", "", "Too deep The wreck is deeper than the submarine can go"}},
				{7, []string{"491", "-89003", "", "Crew resting A crew member is resting after the last dive"}}},
			[]string{"LikeBe the first to like this"}, ""},
		{"a number in lower-case text under a line that reaches the width",
			"   Status Code Status Code Description Status Code Detailed Description",
			"   400 Bad Request The name is longer than the longest name allowed, which is\n" +
				"   100 characters\n",
			[]row{{5, []string{"400", "", "Bad Request The name is longer than the longest name allowed, which is"}},
				{6, []string{"100", "", "characters"}}},
			nil, "p.txt:6: line 6 of the table at line 4, whose cells are one space apart as a text browser prints them, begins with a code and then text in lower case"},
		{"a number in lower-case text under a line that reaches the width, under rows whose detail codes are negative: the rest of the row above",
			"   Status Code Code Message Description",
			"   469 -69001 Gift box full A player holds more gifts than the box holds, which is\n" +
				"   300 gifts already\n" +
				"   469 -69002 Player withdrawn A player left the game\n",
			[]row{{5, []string{"469", "-69001", "", "Gift box full A player holds more gifts than the box holds, which is 300 gifts already"}},
				{7, []string{"469", "-69002", "", "Player withdrawn A player left the game"}}},
			nil, ""},
		{"a number in lower-case text under a line that reaches the width, under one row: the column does not tell",
			"   Status Code Code Message Description",
			"   469 -69001 Gift box full A player holds more gifts than the box holds, which is\n" +
				"   300 gifts already\n",
			[]row{{5, []string{"469", "-69001", "", "Gift box full A player holds more gifts than the box holds, which is"}},
				{6, []string{"300", "", "gifts already"}}},
			nil, "p.txt:6: line 6 of the table at line 4, whose cells are one space apart as a text browser prints them, begins with a code and then text in lower case"},
		{"cells a PDF's columns wrapped, as pdftotext -raw prints them",
			"   Status Code Status Code Description Status Code Detailed Description",
			"   400 Bad Request\n" +
				"   Unparsable request data, missing mandatory parameters, or parameter\n" +
				"   type error\n" +
				"   471 (custom\n" +
				"   status)\n" +
				"   Warband Full See Response Codes\n" +
				"   500 Internal Server Error Internal server system error\n",
			[]row{{5, []string{"400", "", "Bad Request Unparsable request data, missing mandatory parameters, or parameter type error"}},
				{8, []string{"471 (custom status)", "", "Warband Full See Response Codes"}},
				{11, []string{"500", "", "Internal Server Error Internal server system error"}}},
			nil, ""},
		{"a line after a row's full stop, a row after it: refused",
			"   Status Code Status Code Description Status Code Detailed Description",
			"   200 Normal Response Normal.\n" +
				"   The codes below are new\n" +
				"   404 Not Found No such sea\n",
			[]row{{5, []string{"200", "", "Normal Response Normal."}}},
			[]string{"The codes below are new", "404 Not Found No such sea"}, "p.txt:7: line 7 begins with a code as a row of the table at line 4 does, but line 6"},
		{"a first line with no code",
			"   Status Code Status Code Description Status Code Detailed Description",
			"   OK Normal Response Normal\n",
			nil, nil, "p.txt:5: line 5 (\"OK Normal Response Normal\"), the first under the header at line 4"},
		{"a row after a line of text that ended the table",
			"   Status Code Status Code Description Status Code Detailed Description",
			"   200 Normal Response Normal\n" +
				"   Note: the codes below are new.\n" +
				"   404 Not Found No such sea\n",
			[]row{{5, []string{"200", "", "Normal Response Normal"}}},
			[]string{"Note: the codes below are new.", "404 Not Found No such sea"}, "p.txt:7: line 7 begins with a code as a row of the table at line 4 does, but line 6"},
		{"a callout between two rows: the row after it refused",
			"   Http response code detail_code msg Description",
			"   490 -89001 Hull damaged The submarine must be repaired\n" +
				"⚠️ Warning\n" +
				"Operators may skip the cooldown.\n" +
				"   491 -89002 Too deep The wreck is too deep\n",
			[]row{{5, []string{"490", "-89001", "", "Hull damaged The submarine must be repaired"}}},
			[]string{"⚠️ Warning", "Operators may skip the cooldown.", "491 -89002 Too deep The wreck is too deep"},
			"p.txt:8: line 8 begins with a code as a row of the table at line 4 does, a few lines of text after its last row"},
	} {
		rep := &pages.Reporter{}
		var got []row
		var texts []string
		for _, b := range withoutLinkNumbers(alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(width + c.header + "\n" + c.rows)), Report: rep})) {
			if b.Table == nil {
				if b.Line > 3 {
					texts = append(texts, b.Text)
				}
				continue
			}
			for _, r := range b.Table.Rows {
				got = append(got, row{r.Line, r.Cells})
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows\n got %v\nwant %v", c.name, got, c.want)
		}
		if !reflect.DeepEqual(texts, c.texts) {
			t.Errorf("%s: text lines %q, want %q", c.name, texts, c.texts)
		}
		_, es := rep.Sorted([]string{"p.txt"}, false)
		if c.err == "" && len(es) > 0 || c.err != "" && (len(es) == 0 || !strings.HasPrefix(es[0].Error(), c.err)) {
			t.Errorf("%s: errors %v, want %q", c.name, es, c.err)
		}
	}
}

// TestWrappedCodeHeader reads the header of a text browser's table of
// codes that it wrapped at the page's width as one header, with a
// warning; a line under a header that ends short of the width is no rest
// of it. A header whose cells pdftotext -raw broke over three lines or
// more, the first row right under it, is read as one header too.
func TestWrappedCodeHeader(t *testing.T) {
	const width = "   A line of the page's text, at the width it wraps at.\n   and goes on.\n\n"
	for _, c := range []struct {
		name, page string
		header     []string
		rows       int
		warn, err  string
	}{
		{"wrapped at the width",
			width + "   Status Code Status Code Description Status Code Detailed\n" +
				"   Description\n" +
				"   200 Normal Response Normal\n" +
				"   404 Not Found No such guild\n",
			[]string{"Status Code", "Status Code Description", "Status Code Detailed Description"}, 2,
			"p.txt:5: line 5 goes on with the header at line 4", ""},
		{"a header alone broken between its cells, short of the width",
			width + "   Status Code Status Code Description\n" +
				"   Status Code Detailed Description\n" +
				"   200 Normal Response Normal\n",
			[]string{"Status Code", "Status Code Description", "Status Code Detailed Description"}, 1,
			"p.txt:5: line 5 goes on with the header at line 4", ""},
		{"a line under a header that ends short of the width",
			width + "   Status Code Description Detailed\n" +
				"   Description\n" +
				"   200 Normal Response Normal\n",
			nil, 0, "", ""},
		{"pdftotext -raw: the header's cells broken over lines, no blank line",
			width + "   Response Status Code\n" +
				"   Status\n" +
				"   Code\n" +
				"   Status Code\n" +
				"   Description\n" +
				"   Status Code Detailed Description\n" +
				"   200 Normal Response Normal\n" +
				"   404 Not Found No such guild\n",
			[]string{"Status Code", "Status Code Description", "Status Code Detailed Description"}, 2,
			"p.txt:6: lines 6-9 go on with the header at line 5, whose cells are one space apart, as a PDF's text extraction (pdftotext -raw, pdf.js) prints", ""},
		{"pdftotext -raw: broken header cells with no code row under them",
			width + "   Status\n" +
				"   Code\n" +
				"   Status Code\n" +
				"   Description\n" +
				"   The status of the call.\n",
			nil, 0, "", ""},
	} {
		rep := &pages.Reporter{}
		var header []string
		rows := 0
		for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep}) {
			if b.Table != nil {
				header, rows = b.Table.Header, rows+len(b.Table.Rows)
			}
		}
		if !reflect.DeepEqual(header, c.header) || rows != c.rows {
			t.Errorf("%s: header %q with %d rows, want %q with %d", c.name, header, rows, c.header, c.rows)
		}
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		found := false
		for _, w := range ws {
			found = found || c.warn != "" && strings.HasPrefix(w.Error(), c.warn)
		}
		if c.warn != "" && !found {
			t.Errorf("%s: warnings %v, want one %q", c.name, ws, c.warn)
		}
	}
}

// TestPrintedCodeTables reads the tables of codes of a browser's print
// to PDF as a PDF's text extraction writes them (pdf.js, pdftotext): no
// indent, cells one space apart, a cell its column wrapped on lines of
// its own. Its header, broken over three lines at the margin, is read as
// one, not refused as a header a hard wrap cut; a page's mark that cut
// the table, its rows after it are read as its rest and the lines before
// it as the rest of the row above, with a warning; a line that begins
// with the code of a row of the table, right over another table's
// header, is that table's title. A row after a line of text, with no
// page's mark, stays refused.
func TestPrintedCodeTables(t *testing.T) {
	const head = "The longest line of the page's text, which sets the width it wraps at here, the print's.\n" +
		"Status Code Status Code\nDescription\nStatus Code Detailed Description\n"
	type row struct {
		line  int
		cells []string
	}
	for _, c := range []struct {
		name, rows string
		want       []row
		texts      []string
		warns      []string
		err        string
	}{
		{"a page break in the table, a wrapped cell before it, a title after it",
			"200 Normal Response Normal\n" +
				"465 (custom\n" +
				"status)\n" +
				"Press Unavailable See the detail codes below\n" +
				"file:///tmp/page.html 1/5\n" +
				"\n" +
				"500 Internal Server Error Internal server system error\n" +
				"465 detail codes\n" +
				"Code Message Description\n" +
				"-84001 Press not registered No such press\n",
			[]row{{5, []string{"200", "", "Normal Response Normal"}},
				{6, []string{"465 (custom status)", "", "Press Unavailable See the detail codes below"}},
				{11, []string{"500", "", "Internal Server Error Internal server system error"}},
				{14, []string{"-84001", "", "Press not registered No such press"}}},
			[]string{"file:///tmp/page.html 1/5", "465 detail codes"},
			[]string{"p.txt:3: lines 3-4 go on with the header at line 2", "p.txt:7: line 7 (\"status)\")", "p.txt:8: line 8 (\"Press Unavailable", "p.txt:11: line 11 begins with a code as a row of the table at line 2 does, after a page break's mark alone"},
			""},
		{"a page break in the table with no blank line around it (pypdf), a row right after it",
			"200 Normal Response Normal\n" +
				"404 Not Found No such press\n" +
				"file:///tmp/page.html 1/5\n" +
				"465 Press Unavailable See the detail codes\n" +
				"below\n" +
				"500 Internal Server Error Internal server system error\n",
			[]row{{5, []string{"200", "", "Normal Response Normal"}},
				{6, []string{"404", "", "Not Found No such press"}},
				{8, []string{"465", "", "Press Unavailable See the detail codes below"}},
				{10, []string{"500", "", "Internal Server Error Internal server system error"}}},
			[]string{},
			[]string{"p.txt:7: line 7 (\"file:///tmp/page.html 1/5\"), in the table at line 2 whose cells are one space apart, is a page's mark"},
			""},
		{"a row after a line of text: refused",
			"200 Normal Response Normal.\n" +
				"Note: the codes below are new.\n" +
				"500 Internal Server Error Internal server system error\n",
			[]row{{5, []string{"200", "", "Normal Response Normal."}}},
			[]string{"Note: the codes below are new.", "500 Internal Server Error Internal server system error"},
			nil,
			"p.txt:7: line 7 begins with a code as a row of the table at line 2 does"},
	} {
		rep := &pages.Reporter{}
		var got []row
		var texts []string
		for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(head + c.rows)), Report: rep}) {
			if b.Table == nil {
				texts = append(texts, b.Text)
				continue
			}
			for _, r := range b.Table.Rows {
				got = append(got, row{r.Line, r.Cells})
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows\n got %v\nwant %v", c.name, got, c.want)
		}
		if texts = texts[1:]; !reflect.DeepEqual(texts, c.texts) {
			t.Errorf("%s: text lines %q, want %q", c.name, texts, c.texts)
		}
		all, es := rep.Sorted([]string{"p.txt"}, false)
		for _, w := range c.warns {
			found := false
			for _, d := range all {
				found = found || strings.HasPrefix(d.Error(), w)
			}
			if !found {
				t.Errorf("%s: no warning %q in %v", c.name, w, all)
			}
		}
		if c.err == "" && len(es) > 0 || c.err != "" && (len(es) == 0 || !strings.HasPrefix(es[0].Error(), c.err)) {
			t.Errorf("%s: errors %v, want %q", c.name, es, c.err)
		}
	}
}
