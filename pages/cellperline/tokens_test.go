package cellperline_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
)

// TestTokenLines reads a page an HTML tokenizer wrote, each text run
// between two tags a line of its own (golang.org/x/net/html's TextTokens,
// trimmed, the blank ones left out): a cell on a line, an empty cell no
// line at all, a cell that inline markup (<code>, <a>) cuts over several
// lines, and under each heading the zero-width space of its permalink.
// An enum's codes are integers, so a line that is none is no code: the
// word inline code cut out of a description ("A" / "GNHashtable" /
// "member …") is no row, and a description that ends with an article
// goes on at the next line, in the last row too, as one that ends no
// sentence goes on at a name that starts no row and a line that begins
// as a cell's rest after it ("errorCode" / "in that payload.").
func TestTokenLines(t *testing.T) {
	const zw = "\u200b"
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns []string
	}{
		{"an enum's descriptions cut by inline code",
			[]string{"InvalidMemberType", zw, "Name", "Code", "Description",
				"DataRequired", "2", "The member is required but missing.",
				"MapMinLength", "11", "A", "GNHashtable", "member contains fewer entries than allowed.",
				"MapMaxLength", "12", "A", "GNHashtable", "member contains more entries than allowed.",
				"TypeInvalid", "3", "The member type does not match."},
			[]string{"1: InvalidMemberType", "3: | Name | Code | Description |", "6: | DataRequired | 2 | The member is required but missing. |",
				"9: | MapMinLength | 11 | A GNHashtable member contains fewer entries than allowed. |",
				"14: | MapMaxLength | 12 | A GNHashtable member contains more entries than allowed. |",
				"19: | TypeInvalid | 3 | The member type does not match. |"},
			[]string{
				"p.txt:12: the cell at line 11 goes on at lines 12 to 13: read them as one cell, as the table's 3 columns need",
				"p.txt:17: the cell at line 16 goes on at lines 17 to 18: read them as one cell, as the table's 3 columns need",
			}},
		{"the last row's description cut by inline code after its article",
			[]string{"InvalidMemberType", zw, "Name", "Code", "Description",
				"DataRequired", "2", "The member is required but missing.",
				"ListMaxLength", "15", "A", "GNArray", "member contains more items than allowed.",
				"Edit this page on GitHub"},
			[]string{"1: InvalidMemberType", "3: | Name | Code | Description |", "6: | DataRequired | 2 | The member is required but missing. |",
				"9: | ListMaxLength | 15 | A GNArray member contains more items than allowed. |", "14: Edit this page on GitHub"},
			[]string{"p.txt:12: the cell at line 11 goes on at lines 12 to 13: read them as one cell, as the table's 3 columns need"}},
		{"the last row's description cut by inline code mid sentence, the next table's title after it",
			[]string{"ReturnCode", zw, "Name", "Code", "Description",
				"UnknownError", "0", "The request failed.",
				"Ok", "1", "Callers must still validate the business", "errorCode", "in that payload.",
				"ResponseData", zw, "Code", "Type", "Required", "Description",
				"errorCode", "ErrorCode", "true", "The business outcome."},
			[]string{"1: ReturnCode", "3: | Name | Code | Description |", "6: | UnknownError | 0 | The request failed. |",
				"9: | Ok | 1 | Callers must still validate the business errorCode in that payload. |", "14: ResponseData",
				"16: | Code | Type | Required | Description |", "20: | errorCode | ErrorCode | true | The business outcome. |"},
			[]string{"p.txt:12: the cell at line 11 goes on at lines 12 to 13: read them as one cell, as the table's 3 columns need"}},
	} {
		rep := &pages.Reporter{}
		got := cellperline.Render(read("p.txt", c.page, rep))
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var gotWarns []string
		for _, w := range warns {
			gotWarns = append(gotWarns, w.Error())
		}
		if !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(gotWarns, c.warns) || len(errs) > 0 {
			t.Errorf("%s:\ngot  %s\nwant %s\nwarnings %q\nwant     %q\nerrors %v", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "), gotWarns, c.warns, errs)
		}
	}
}
