package pages_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// pdfmakeDefinition is a page as html-to-pdfmake writes it and
// JSON.stringify(def, null, 2) prints it: a heading, a caption of a bold
// run, a table of statuses whose first cell spans two rows (a
// placeholder in the second), a row of one cell spanning the columns (a
// placeholder after it), a whitespace node, and a code block after a
// bold run in one element, as html-to-pdfmake writes a <pre> in a <div>.
const pdfmakeDefinition = `{
  "info": {
    "title": "Foundry"
  },
  "pageSize": "A4",
  "content": [
    {
      "text": "/foundry/pour",
      "nodeName": "H2",
      "fontSize": 22,
      "bold": true,
      "style": [
        "html-h2"
      ]
    },
    {
      "text": " ",
      "style": [
        "html-div"
      ]
    },
    {
      "text": [
        {
          "text": "Response Codes",
          "nodeName": "STRONG",
          "bold": true
        }
      ],
      "nodeName": "P"
    },
    {
      "nodeName": "TABLE",
      "table": {
        "body": [
          [
            {
              "text": "Status",
              "nodeName": "TH"
            },
            {
              "text": "Code",
              "nodeName": "TH"
            },
            {
              "text": "Message",
              "nodeName": "TH"
            }
          ],
          [
            {
              "text": "481",
              "nodeName": "TD",
              "rowSpan": 2
            },
            {
              "text": "-82001",
              "nodeName": "TD"
            },
            {
              "text": [
                "Crucible ",
                {
                  "text": "cold",
                  "italics": true
                }
              ],
              "nodeName": "TD"
            }
          ],
          [
            {
              "text": ""
            },
            {
              "text": "-82002",
              "nodeName": "TD"
            },
            {
              "text": "Crucible <cracked>",
              "nodeName": "TD"
            }
          ]
        ]
      }
    },
    {
      "nodeName": "DIV",
      "text": [
        " ",
        {
          "text": "Answer:",
          "bold": true
        },
        {
          "nodeName": "PRE",
          "text": "HTTP/1.1 481\n{\n  \"desc\": \"cold\"\n}",
          "preserveLeadingSpaces": true
        }
      ]
    }
  ]
}`

// TestPDFMake reads a pdfmake document definition as the HTML its nodes
// tell, each block and cell at the line of its first text: the heading,
// the caption, the table whose spanning cell the HTML style repeats down
// once its placeholder is out, the code block's lines at the line of its
// string; the whitespace node reads as nothing.
func TestPDFMake(t *testing.T) {
	blocks, warns := pagestest.ReadText(html.Style{}, pdfmakeDefinition)
	want := []string{"08 /foundry/pour", "25 Response Codes", "38 [Status|Code|Message]", "52 |481|-82001|Crucible cold|", "76 |481|-82002|Crucible <cracked>|", "92 Answer:", "97 HTTP/1.1 481", "97 {", `97 "desc": "cold"`, "97 }"}
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) || len(warns) > 0 {
		t.Errorf("got\n%q\nwant\n%q\nwarnings %q", got, want, warns)
	}
	rep := &pages.Reporter{}
	text := pages.ReadText("p.json", []byte(pdfmakeDefinition), rep)
	if st := pages.Detect([]pages.Style{html.Style{}}, text.Lines); st == nil {
		t.Errorf("the HTML style does not detect the definition's HTML:\n%s", strings.Join(text.Lines, "\n"))
	}
}

// TestPDFMakeSpans reads the placeholders of cells spanning columns and
// rows through the HTML style's rules: a row of one cell spanning the
// columns is a note read after the table, a cell spanning columns beside others with text is
// refused at its line; a placeholder that holds text, which pdfmake does
// not print, is dropped with a warning that quotes it.
func TestPDFMakeSpans(t *testing.T) {
	cell := func(s string, attrs string) string { return `{"text": "` + s + `"` + attrs + `}` }
	page := func(rows ...string) string {
		return "{\n\"content\": [\n{\"table\": {\"body\": [\n[" + cell("Name", `, "nodeName": "TH"`) + ", " + cell("Type", `, "nodeName": "TH"`) + ", " + cell("Description", `, "nodeName": "TH"`) + "],\n" +
			strings.Join(rows, ",\n") + "\n]}}\n]\n}"
	}
	for _, tc := range []struct {
		name, page string
		want       []string
		warn       string
	}{{
		name: "a note over the columns",
		page: page("["+cell("Deprecated fields", `, "colSpan": 3`)+", "+cell("", "")+", "+cell("", "")+"]", "["+cell("userId", "")+", "+cell("String", "")+", "+cell("the user", "")+"]"),
		want: []string{"04 [Name|Type|Description]", "06 |userId|String|the user|", "05 Deprecated fields"},
		warn: "p.txt:5: line 5 of the table at line 4 holds one cell that spans its columns (colspan), a label or a note",
	}, {
		name: "a placeholder with text",
		page: page("["+cell("userId", `, "rowSpan": 2`)+", "+cell("String", "")+", "+cell("the user", "")+"]", "["+cell("stray", "")+", "+cell("Long", "")+", "+cell("the user's id", "")+"]"),
		want: []string{"04 [Name|Type|Description]", "05 |userId|String|the user|", "06 |userId|Long|the user's id|"},
		warn: `p.txt:2: the page is a pdfmake document definition: read the text of its nodes, and dropped the text of the cells a spanning cell covers, which pdfmake does not print: "stray" at line 6`,
	}, {
		name: "a cell with text spanning two columns beside another",
		page: page("[" + cell("userId", "") + ", " + cell("String", `, "colSpan": 2`) + ", " + cell("", "") + "]"),
		want: []string{"04 [Name|Type|Description]"},
		warn: "p.txt:5: line 5 of the table at line 4 holds a cell that spans 2 columns",
	}} {
		blocks, warns := pagestest.ReadText(html.Style{}, tc.page)
		got := pagestest.Describe(blocks)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", tc.name, got, tc.want, warns)
		}
		found := tc.warn == "" && len(warns) == 0
		for _, w := range warns {
			found = found || tc.warn != "" && strings.HasPrefix(w, tc.warn)
		}
		if !found {
			t.Errorf("%s: warnings %q, want %q", tc.name, warns, tc.warn)
		}
	}
}

// TestPDFMakeOtherJSON leaves alone JSON that is no pdfmake definition:
// a Confluence page's REST answer (its body's HTML holds "content" and
// "table"), an object that names "content" beside a member no definition
// has, and a notebook, which is read as one.
func TestPDFMakeOtherJSON(t *testing.T) {
	for _, page := range []string{
		`{"id": "791216433", "type": "page", "title": "Pottery", "body": {"storage": {"value": "<table><tr><td>content</td></tr></table>"}}, "text": "x"}`,
		"{\n  \"content\": [{\"text\": \"userId\"}],\n  \"schemaVersion\": 2\n}",
		"{\n  \"content\": \"text\"\n}\n{}",
	} {
		text := pages.ReadText("p.json", []byte(page), &pages.Reporter{})
		if want := strings.Split(page, "\n"); !reflect.DeepEqual(text.Lines, want) {
			t.Errorf("%q: read as %q", page, text.Lines)
		}
	}
}

// TestPDFMakeLinear bounds the work of reading a definition: twice the
// rows, each a cell spanning two rows over its placeholder, allocate
// about twice the bytes.
func TestPDFMakeLinear(t *testing.T) {
	page := func(n int) []byte {
		var b strings.Builder
		b.WriteString("{\n\"content\": [{\"table\": {\"body\": [\n[{\"text\": \"Name\"}, {\"text\": \"Type\"}]")
		for i := range n {
			if i%2 == 0 {
				b.WriteString(",\n[{\"text\": \"id\", \"rowSpan\": 2}, {\"text\": \"String\"}]")
			} else {
				b.WriteString(",\n[{\"text\": \"\"}, {\"text\": \"Long\"}]")
			}
		}
		b.WriteString("\n]}}]\n}")
		return []byte(b.String())
	}
	read := func(n int) uint64 {
		data := page(n)
		return pagestest.Allocated(func() { pages.ReadText("p.json", data, &pages.Reporter{}) })
	}
	if g := float64(read(8000)) / float64(read(4000)); g > 3 {
		t.Errorf("reading twice the rows allocates %.1f times the bytes", g)
	}
}

// TestPDFMakeBroken refuses an html-to-pdfmake definition whose JSON
// breaks (cut short, as a copy stopped halfway) at the line where it
// breaks, and leaves other broken JSON to be read as text.
func TestPDFMakeBroken(t *testing.T) {
	cut := strings.Join(strings.Split(pdfmakeDefinition, "\n")[:40], "\n")
	rep := &pages.Reporter{}
	pages.ReadText("p.json", []byte(cut), rep)
	_, errs := rep.Sorted([]string{"p.json"}, false)
	if len(errs) != 1 || errs[0].Pos.Line != 40 || !strings.Contains(errs[0].Msg, "pdfmake document definition") {
		t.Errorf("errors %v", errs)
	}
	rep = &pages.Reporter{}
	text := pages.ReadText("p.json", []byte("{\n\"content\": [\n{\"text\": \"userId\"},\n"), rep)
	if _, errs := rep.Sorted([]string{"p.json"}, false); len(errs) > 0 || len(text.Lines) != 4 {
		t.Errorf("JSON without html-to-pdfmake's marks: errors %v, lines %q", errs, text.Lines)
	}
}
