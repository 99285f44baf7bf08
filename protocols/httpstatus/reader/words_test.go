package reader

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestLexicon gathers the type names an HTTP-status page defines, its
// sections' titles none, and ends a table at a section's title, a type's
// heading, a path heading or a method line, never at a row.
func TestLexicon(t *testing.T) {
	p := Protocol{}
	text := []string{"/guild/notice", "Description", "Request Body", "NameTypeMandatoryDescription", "noticeList<Notice>Notices", "Notice", "The Author object", "Example Response"}
	got := p.Mentions(text)
	if want := []string{"Notice", "Author"}; !slices.Equal(got, want) {
		t.Errorf("Mentions = %q, want %q", got, want)
	}
	lex := p.Lexicon([][]string{got})
	if got := lex.PrefixesOf("NoticeNotices"); !slices.Equal(got, []string{"Notice"}) {
		t.Errorf("PrefixesOf = %q", got)
	}
	for line, want := range map[string]bool{"Response Body": true, "Notice": true, "/guild/notice": true, "POST": true, "noticeList<Notice>Notices": false, "guildIdStringYGuild ID": false} {
		if lex.EndsTable(line) != want {
			t.Errorf("EndsTable(%q) = %v, want %v", line, !want, want)
		}
	}
	if all := lex.Primitives().All(); !slices.Contains(all, "long") || slices.Contains(all, "GNArray") {
		t.Errorf("primitives %q: want long, and no GNArray", all)
	}
}

// TestColumnsUnder gives the header rows a converter may drop from the
// tables under an HTTP-status page's titles, and checks a row by its
// type words (a primitive, a type the pages name), its requiredness and
// its status code; a title of the page's structure with no table, a
// path heading and a primitive on a line of its own carry none.
func TestColumnsUnder(t *testing.T) {
	w := Protocol{}.Lexicon([][]string{{"TrophyHolder"}}).(pages.SectionColumns)
	for _, c := range []struct {
		title  string
		heads  []string
		strict bool
		fits   [][]string // a row that fits the first head
		misfit [][]string // rows that fit none
	}{
		{"Request Parameters", []string{"Name | Type | Mandatory | Description"}, true,
			[][]string{{"tier", "String (Enum)", "N", "Its tier"}, {"ids", "List<String>", "Y", "IDs"}},
			[][]string{{"tier", "String", "maybe", "Its tier"}, {"tier", "playerId", "Y", "x"}, {"Its tier", "String", "Y", "x"}}},
		{"Response Body", []string{"Name | Type | Description", "Name | Type | Mandatory | Description"}, true,
			[][]string{{"holders", "List<TrophyHolder>", "Holders"}},
			[][]string{{"holders", "List<Unknown>", "Holders"}, {"TrophyHolder", "playerId", "String"}}},
		{"Response Status Code", []string{strings.Join(statusHeader, " | ")}, true,
			[][]string{{"468 (custom status)", "Season Not Closed", "Its text"}},
			[][]string{{"Response Body", "holders", "List<TrophyHolder>"}}},
		{"Response Codes", []string{strings.Join(detailHeader, " | ")}, true,
			[][]string{{"468", "-68001", "Season running", "Not ended"}},
			[][]string{{"468", "Season running", "Not ended", "x"}}},
		{"TrophyHolder", []string{"Name | Type | Description", "Name | Type | Mandatory | Description", "Code | Name | Description"}, false,
			[][]string{{"rating", "Double", "Final rating"}}, [][]string{{"Rough", "0", "Evens out"}}},
		{"Example Request", nil, true, nil, nil},
		{"/trophy/holders", nil, true, nil, nil},
		{"Integer", nil, false, nil, nil},
	} {
		heads, strict := w.ColumnsUnder(c.title)
		var names []string
		for _, h := range heads {
			names = append(names, h.String())
		}
		if !reflect.DeepEqual(names, c.heads) || strict != c.strict {
			t.Errorf("%q: heads %q, strict %v; want %q, %v", c.title, names, strict, c.heads, c.strict)
			continue
		}
		for _, r := range c.fits {
			if !heads[0].Fits(r) {
				t.Errorf("%q: row %q does not fit %s", c.title, r, heads[0])
			}
		}
		for _, r := range c.misfit {
			for _, h := range heads {
				if len(r) == len(h.Cells) && h.Fits(r) {
					t.Errorf("%q: row %q fits %s", c.title, r, h)
				}
			}
		}
	}
}

// TestColumnsUnderEnum fits an enum's members coded by whole numbers to
// the Code | Name | Description a type's heading carries, and no row of
// fields.
func TestColumnsUnderEnum(t *testing.T) {
	w := Protocol{}.Lexicon([][]string{{"BurnishGrade"}}).(pages.SectionColumns)
	heads, _ := w.ColumnsUnder("BurnishGrade")
	enum := heads[len(heads)-1]
	if enum.String() != "Code | Name | Description" {
		t.Fatalf("last head %s, want the enum's", enum)
	}
	for _, c := range []struct {
		row  []string
		fits bool
	}{
		{[]string{"0", "Rough", "Evens out the top coat"}, true},
		{[]string{"-1", "UNKNOWN", ""}, true},
		{[]string{"rating", "Double", "Final rating"}, false},
		{[]string{"0", "Two words", "x"}, false},
		{[]string{"0.5", "Half", "x"}, false},
	} {
		if got := enum.Fits(c.row); got != c.fits {
			t.Errorf("Fits(%q) = %v, want %v", c.row, got, c.fits)
		}
	}
}
