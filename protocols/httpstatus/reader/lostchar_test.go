package reader

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestLostCharName reads a member's name cell that holds a "?", which a
// tool writing an 8-bit page put for a character it lacks (a zero-width
// space in "auto\u200bCraft", w3m -O US-ASCII) or the page for a mark,
// as the name without it, with a warning at the row that names the cell;
// a cell that is no name without the "?" either is refused, saying what
// to write.
func TestLostCharName(t *testing.T) {
	for _, c := range []struct {
		cell, name string
		warned     bool
	}{
		{"autoCraft", "autoCraft", false},
		{"auto?Craft", "autoCraft", true},
		{"cursor?", "cursor", true},
		{"?", "", false},
		{"craft? again", "", false},
	} {
		tb := &pages.Table{Line: 6, Header: []string{"Name", "Type", "Mandatory", "Description"}}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		r := &pages.Row{Line: 7, Cells: []string{c.cell, "Boolean", "N", "Craft again."}, Raw: "\t" + c.cell + "\tBoolean\tN\tCraft again."}
		tb.Rows = []*pages.Row{r}
		rep := &pages.Reporter{}
		b := &statusBuilder{rep: rep}
		f, err := b.field("p.txt", "operation: craft", tb, r)
		if c.name == "" {
			if err == nil || !strings.Contains(err.Error(), "write the name without it on the page") {
				t.Errorf("%q: error %v, want one that says what to write", c.cell, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%q: %v", c.cell, err)
		}
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		warned := len(ws) == 1 && strings.Contains(ws[0].Error(), "p.txt:7:") && strings.Contains(ws[0].Error(), fmt.Sprintf("%q", c.cell))
		if f.Name != c.name || warned != c.warned || len(ws) > 1 {
			t.Errorf("%q: name %q, warnings %v; want %q, warned %t", c.cell, f.Name, ws, c.name, c.warned)
		}
	}
}

// TestGluedScheme reads the format of an Authorization header whose
// scheme a converter ran into its credentials' placeholder
// ("KakaoAK{ADMIN_KEY}": unrtf drops a non-breaking space) with the space
// RFC 9110 puts there, with a warning; another header's format stays as
// written, and a header row without a name is refused saying what to
// write.
func TestGluedScheme(t *testing.T) {
	for _, c := range []struct {
		name, desc, format string
		warned             bool
	}{
		{"Authorization", "Authorization: KakaoAK{ADMIN_KEY}", "KakaoAK {ADMIN_KEY}", true},
		{"Authorization", "Authorization: KakaoAK {ADMIN_KEY}", "KakaoAK {ADMIN_KEY}", false},
		{"X-Version", "X-Version: v{version}", "v{version}", false},
	} {
		tb := &pages.Table{Line: 6, Header: []string{"Name", "Type", "Mandatory", "Description"}}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		r := &pages.Row{Line: 7, Cells: []string{c.name, "String", "Y", c.desc}, Raw: c.name + "\tString\tY\t" + c.desc}
		tb.Rows = []*pages.Row{r}
		rep := &pages.Reporter{}
		b := &statusBuilder{rep: rep}
		h, err := b.headerByColumn("p.txt", tb, r)
		if err != nil {
			t.Fatalf("%q: %v", c.desc, err)
		}
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		if h.Format != c.format || (len(ws) > 0) != c.warned {
			t.Errorf("%q: format %q, warnings %v; want %q, warned %t", c.desc, h.Format, ws, c.format, c.warned)
		}
	}
	tb := &pages.Table{Line: 6, Header: []string{"Name", "Type", "Mandatory", "Description"}}
	tb.Cols, _ = pages.ColumnsOf(tb.Header)
	r := &pages.Row{Line: 7, Cells: []string{"A token used", "String", "Y", "x"}, Raw: "A token used\tString\tY\tx"}
	_, err := (&statusBuilder{rep: &pages.Reporter{}}).headerByColumn("p.txt", tb, r)
	const want = `header row "A token used\tString\tY\tx" has no header name in its first cell: write the header's name in the row's first cell on the page`
	if err == nil || err.Error() != want {
		t.Errorf("a row without a header name: error %v, want %q", err, want)
	}
}

// TestLostCharHeader reads a header's name cell with a "?" a tool writing
// an 8-bit page put for a character it lacks as the header without it,
// with a warning at the row that names the cell, and refuses one whose
// "?"s leave no header name, saying what to write.
func TestLostCharHeader(t *testing.T) {
	for _, c := range []struct{ cell, name string }{
		{"Authorization", "Authorization"},
		{"Authori?zation", "Authorization"},
		{"X-Request-Id?", "X-Request-Id"},
		{"???", ""},
	} {
		tb := &pages.Table{Line: 6, Header: []string{"Name", "Type", "Mandatory", "Description"}}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		r := &pages.Row{Line: 7, Cells: []string{c.cell, "String", "Y", "The key."}, Raw: c.cell + "\tString\tY\tThe key."}
		tb.Rows = []*pages.Row{r}
		rep := &pages.Reporter{}
		h, err := (&statusBuilder{rep: rep}).headerByColumn("p.txt", tb, r)
		if c.name == "" {
			if err == nil || !strings.Contains(err.Error(), "write the name without it on the page") {
				t.Errorf("%q: error %v, want one that says what to write", c.cell, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%q: %v", c.cell, err)
		}
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		warned := len(ws) == 1 && strings.Contains(ws[0].Error(), "p.txt:7:") && strings.Contains(ws[0].Error(), fmt.Sprintf("%q", c.cell))
		if h.Name != c.name || warned != (c.cell != c.name) || len(ws) > 1 {
			t.Errorf("%q: header %q, warnings %v; want %q, warned %t", c.cell, h.Name, ws, c.name, c.cell != c.name)
		}
	}
}
