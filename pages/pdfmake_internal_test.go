package pages

import (
	"encoding/json"
	"html"
	"strings"
	"testing"
)

// FuzzPDFMake checks that a pdfmake definition whose table's cell holds
// any text, spanning any rows and columns, is read whole: each line of
// the text, escaped, on a line of the page's HTML, each line at a line of
// the definition, in order.
func FuzzPDFMake(f *testing.F) {
	f.Add("userId", 1, 1)
	f.Add("List<Reward> & \"x\"", 2, 1)
	f.Add("a\nb", 1, 3)
	f.Add("</td><td>", 0, -1)
	f.Fuzz(func(t *testing.T, text string, rows, cols int) {
		text = strings.ToValidUTF8(text, "?")
		cell := map[string]any{"text": text, "nodeName": "TD", "rowSpan": rows, "colSpan": cols}
		body := []any{
			[]any{map[string]any{"text": "Name", "nodeName": "TH"}, map[string]any{"text": "Type", "nodeName": "TH"}},
			[]any{cell, map[string]any{"text": "String"}},
			[]any{map[string]any{"text": ""}, map[string]any{"text": "Long"}},
		}
		page, err := json.MarshalIndent(map[string]any{"content": []any{map[string]any{"table": map[string]any{"body": body}}}}, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got, ok := readPDFMake("p.json", page, &Reporter{})
		if !ok {
			t.Fatalf("not read: %s", page)
		}
		joined := strings.Join(got.Lines, "\n")
		for _, l := range strings.Split(text, "\n") {
			if want := Clean(html.EscapeString(l)); !strings.Contains(joined, want) {
				t.Fatalf("%q lost from\n%s", want, joined)
			}
		}
		lines := strings.Count(string(page), "\n") + 1
		for i, at := range got.At {
			if at < 1 || at > lines || i > 0 && at < got.At[i-1] {
				t.Fatalf("line %d at %d of %d lines: %v", i, at, lines, got.At)
			}
		}
	})
}
