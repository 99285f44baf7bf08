package pages

import (
	"reflect"
	"testing"
)

// TestSplitGluedParagraphs sets apart a description's sentence that a
// tag stripper ran into the paragraph before it, which a closing bracket
// ends, keeping the paragraphs on the row with a warning; a bracket
// followed by a word that begins no sentence, and a cell whose style
// kept its paragraphs, are left as they are.
func TestSplitGluedParagraphs(t *testing.T) {
	for _, c := range []struct {
		name, cell string
		kept       []string
		want       string
		paragraphs []string
	}{
		{"a sentence after a placeholder", "Authorization: KakaoAK {ADMIN_KEY}The admin key of the app", nil,
			"Authorization: KakaoAK {ADMIN_KEY} The admin key of the app", []string{"Authorization: KakaoAK {ADMIN_KEY}", "The admin key of the app"}},
		{"a sentence after a parenthesis", "Leave out small balances (default: 0)Amounts are in cents.", nil,
			"Leave out small balances (default: 0) Amounts are in cents.", []string{"Leave out small balances (default: 0)", "Amounts are in cents."}},
		{"a word after a placeholder", "Bearer {token}Suffix", nil, "Bearer {token}Suffix", nil},
		{"a type's argument", "A Map(Key)Value pair", nil, "A Map(Key)Value pair", nil},
		{"paragraphs the style kept", "Authorization: KakaoAK {ADMIN_KEY}The admin key", []string{"Authorization: KakaoAK {ADMIN_KEY}The", "admin key"},
			"Authorization: KakaoAK {ADMIN_KEY}The admin key", []string{"Authorization: KakaoAK {ADMIN_KEY}The", "admin key"}},
	} {
		head := []string{"Name", "Type", "Mandatory", "Description"}
		cols, _ := ColumnsOf(head)
		r := &Row{Line: 2, Cells: []string{"Authorization", "String", "Y", c.cell}}
		r.KeepParagraphs(c.cell, c.kept)
		tb := &Table{Line: 1, Header: head, Cols: cols, Rows: []*Row{r}}
		rep := &Reporter{}
		tb.splitGluedParagraphs(Source{Name: "p.txt", Report: rep})
		got, _ := r.FirstParagraph(r.Cells[3])
		_, split := r.CellParagraphs[r.Cells[3]]
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		if r.Cells[3] != c.want || !reflect.DeepEqual(r.CellParagraphs[r.Cells[3]], c.paragraphs) || split && got != c.paragraphs[0] {
			t.Errorf("%s: cell %q, paragraphs %q; want %q, %q", c.name, r.Cells[3], r.CellParagraphs[r.Cells[3]], c.want, c.paragraphs)
		}
		if wantWarn := c.kept == nil && c.paragraphs != nil; (len(warns) == 1) != wantWarn {
			t.Errorf("%s: warnings %v, want one: %v", c.name, warns, wantWarn)
		}
	}
}
