package reader

import (
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestHeaderFormatOfFirstParagraph reads the format of a header whose
// description is of two paragraphs from the first, where the page's
// style kept the break (pages.Row.CellParagraphs: <p>s in an HTML cell),
// with no warning; where it lost it (the paragraphs run on with a
// space), the sentence after the last placeholder is cut off, with a
// warning; and a quoted value in a first paragraph is read as the value.
func TestHeaderFormatOfFirstParagraph(t *testing.T) {
	const desc = "Authorization: KakaoAK {ADMIN_KEY} The admin key of the app, never a user token"
	for _, c := range []struct {
		name, desc string
		paragraphs []string
		format     string
		values     []string
		warned     bool
	}{
		{"Authorization", desc, []string{"Authorization: KakaoAK {ADMIN_KEY}", "The admin key of the app, never a user token"}, "KakaoAK {ADMIN_KEY}", nil, false},
		{"Authorization", desc, nil, "KakaoAK {ADMIN_KEY}", nil, true},
		{"Content-Type", `"application/json" Sent with every request`, []string{`"application/json"`, "Sent with every request"}, "", []string{"application/json"}, false},
	} {
		tb := &pages.Table{Line: 6, Header: []string{"Name", "Type", "Mandatory", "Description"}}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		r := &pages.Row{Line: 7, Cells: []string{c.name, "String", "Y", c.desc}, Raw: c.name + "\tString\tY\t" + c.desc}
		r.KeepParagraphs(c.desc, c.paragraphs)
		tb.Rows = []*pages.Row{r}
		rep := &pages.Reporter{}
		h, err := (&statusBuilder{rep: rep}).headerByColumn("p.txt", tb, r)
		if err != nil {
			t.Fatalf("%q: %v", c.desc, err)
		}
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		if h.Format != c.format || len(h.Values) != len(c.values) || len(c.values) > 0 && h.Values[0] != c.values[0] || (len(ws) > 0) != c.warned {
			t.Errorf("%q (paragraphs %q): format %q, values %q, warnings %v; want %q, %q, warned %t", c.desc, c.paragraphs, h.Format, h.Values, ws, c.format, c.values, c.warned)
		}
	}
}
