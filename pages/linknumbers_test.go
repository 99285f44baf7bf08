package pages

import (
	"slices"
	"testing"
)

// TestUnnumbered takes a text browser's link numbers out of a line: one
// glued to the link's text, one alone at the line's end after a word (a
// permalink's, perhaps with the permalink's zero-width space after it,
// as HTML::FormatText::WithLinks prints it) or on the line, and so lynx -list_inline's addresses
// written in the numbers' place; a number in brackets that is the page's
// text stays, and so does an address in brackets that is its text.
func TestUnnumbered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"See [19]LineColor", "See LineColor"},
		{"   [20]BuildingKind", "   BuildingKind"},
		{"Query Parameters [18]", "Query Parameters"},
		{"   Server [23]\u200b", "   Server \u200b"},
		{"[5]#Overview", "#Overview"},
		{"(see [4]Guide)", "(see Guide)"},
		{"List<[5]Shaft>", "List<Shaft>"},
		{"   [6]", ""},
		{"[32]← getStoreItems [33]getCatalog →", "← getStoreItems getCatalog →"},
		{"see the reference [1].", "see the reference [1]."},
		{`"ids": [1]`, `"ids": [1]`},
		{"items [1], [2]", "items [1], [2]"},
		{"arr[0]x", "arr[0]x"},
		{"no links here", "no links here"},
		{"   dismantleMode [file://localhost/tmp/aj/p.html#dismantlemode]DismantleMode true", "   dismantleMode DismantleMode true"},
		{"Overview [file://localhost/tmp/aj/p.html#overview]", "Overview"},
		{"   [file://localhost/api/workshop/craftGear]", ""},
		{"   results [https://docs.example.com/models#result]GenericModels.Dis", "   results GenericModels.Dis"},
		{"mail [mailto:ops@example.com]ops", "mail ops"},
		{"(see [http://example.com/g]Guide)", "(see Guide)"},
		{"the base URL [https://api.example.com].", "the base URL [https://api.example.com]."},
		{`"ratio": [a:b]`, `"ratio": [a:b]`},
		{"see [https://x.example.com](https://x.example.com)", "see [https://x.example.com](https://x.example.com)"},
	} {
		if got := Unnumbered(c.in); got != c.want {
			t.Errorf("Unnumbered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNumbersLinks tells a text browser's dump that numbers its links by
// its list of them (lynx's and elinks's "References", w3m's
// "References:"; HTML::FormatText::WithLinks's, under no title, numbered
// from 1 in turn), or by link numbers glued to words where the list is cut
// off, or by addresses glued to words (lynx -list_inline); a page with
// numbers or addresses in brackets of its own does not.
func TestNumbersLinks(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"lynx", []string{"   [1]Skip to content", "", "References", "", "   1. file:///home/docs/page.html#VPContent"}, true},
		{"lynx, visible links", []string{"[1]Kakao", "References", "", "   Visible links:", "   1. file:///"}, true},
		{"w3m", []string{"[1]Guide", "References:", "", "[1] https://docs.example.com/guide/"}, true},
		{"the list cut off", []string{"   [1]GearN Docs [2]Guides", "   kind [20]BuildingKind true See [21]BuildingKind"}, true},
		{"a title References over prose", []string{"References", "", "   The pages this one cites."}, false},
		{"lynx -list_inline", []string{"   [file://localhost/p.html#VPContent]Skip to content", "   [file://localhost/]GearN Docs [file://localhost/guide/]Guide", "Overview [file://localhost/p.html#overview]"}, true},
		{"addresses in brackets of its own", []string{"   Base URL: [https://api.example.com]", "   Mirror: [https://eu.example.com]", "   [https://x.example.com] and [https://y.example.com]."}, false},
		{"arrays", []string{`"ids": [1]`, "items [1], [2]", "a[0]b"}, false},
		{"HTML::FormatText::WithLinks, its list under no title", []string{"   Overview [1]\u200b", "   See [2]Kind", "", "", "   1. #overview", "   2. /api/kind", "   3. https://example.com/", ""}, true},
		{"a list out of turn", []string{"   Overview [1]", "", "   1. #overview", "   3. /api/kind", "   2. https://example.com/"}, false},
		{"a numbered list of steps", []string{"   Setup [1]", "", "   1. Install", "   2. Configure", "   3. Run"}, false},
	} {
		if got := NumbersLinks(c.lines); got != c.want {
			t.Errorf("%s: NumbersLinks = %t, want %t", c.name, got, c.want)
		}
	}
}

// TestDropCellLinkNotes takes out the lists of links that
// HTML::FormatText::WithLinks::AndTables writes inside a table's cells,
// laid out as columns or one cell a line, with the blank lines that pad
// the cell above them; an entry beside another cell's text is written as
// spaces. An entry whose number no mark of its cell holds, whose text is
// no link target, or on a page that numbers no links, stays.
func TestDropCellLinkNotes(t *testing.T) {
	links := []string{"   [1]Home [2]Spaces [3]People", ""}
	for _, c := range []struct {
		name      string
		lines     []string
		want      []string
		wantLines []int
	}{
		{"columns",
			[]string{
				"    heats    List<[1]Heat>      Heats of the page ",
				"                                                  ",
				"                                                  ",
				"             1. #id-Regatta(/regatta)-Heat        ",
				"",
				"    hasMore  Boolean            Whether more follow"},
			[]string{
				"    heats    List<[1]Heat>      Heats of the page ",
				"",
				"    hasMore  Boolean            Whether more follow"},
			[]int{3, 7, 8}},
		{"two entries, one beside another cell's text",
			[]string{
				"    kind     [1]Hull or [2]Keel  The boat's kind,",
				"                                 painted on it",
				"             1. /wiki/Hull       see the rules",
				"             2. https://x.io/k",
				"",
				"    size     Integer             Its size"},
			[]string{
				"    kind     [1]Hull or [2]Keel  The boat's kind,",
				"                                 painted on it",
				"                                 see the rules",
				"",
				"    size     Integer             Its size"},
			[]int{3, 4, 5, 7, 8}},
		{"one cell a line",
			[]string{"heats", "List<[1]Heat>", "", "1. #id-Heat", "", "Heats of the page"},
			[]string{"heats", "List<[1]Heat>", "", "Heats of the page"},
			[]int{3, 4, 7, 8}},
		{"no mark of that number in the cell",
			[]string{"    heats    List<[1]Heat>", "", "             2. #id-Heat"},
			[]string{"    heats    List<[1]Heat>", "", "             2. #id-Heat"},
			nil},
		{"no link target",
			[]string{"    steps    [1]Guide", "", "             1. Open the boat"},
			[]string{"    steps    [1]Guide", "", "             1. Open the boat"},
			nil},
		{"another column",
			[]string{"    heats    List<[1]Heat>", "", "    1. #id-Heat"},
			[]string{"    heats    List<[1]Heat>", "", "    1. #id-Heat"},
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			tx := &Text{Lines: append(append([]string{}, links...), c.lines...)}
			tx.dropCellLinkNotes()
			if got := tx.Lines[len(links):]; !slices.Equal(got, c.want) {
				t.Errorf("lines:\n%q\nwant\n%q", got, c.want)
			}
			if c.wantLines != nil && !slices.Equal(tx.At[len(links):], c.wantLines) {
				t.Errorf("at %v, want %v", tx.At[len(links):], c.wantLines)
			}
		})
	}
	tx := &Text{Lines: []string{"    heats    List<[1]Heat>", "", "             1. #id-Heat"}}
	tx.dropCellLinkNotes()
	if len(tx.Lines) != 3 {
		t.Errorf("a page that numbers no links: %q", tx.Lines)
	}
}

// TestDropClosingLinks drops the text blocks of the list of links that
// HTML::FormatText::WithLinks closes a page with, at the page's lines
// where lines were dropped before; a page that ends otherwise keeps its
// blocks.
func TestDropClosingLinks(t *testing.T) {
	lines := []string{"   [1]Atlassian", "", "   1. /wiki/", "   2. #", "   3. https://www.atlassian.com/", ""}
	blocks := []Block{{Line: 1, Text: "Atlassian"}, {Line: 3, Text: "1. /wiki/"}, {Line: 4, Text: "2."}, {Line: 5, Text: "3. https://www.atlassian.com/"}}
	got := dropClosingLinks(Source{Lines: lines}, slices.Clone(blocks))
	if len(got) != 1 || got[0].Line != 1 {
		t.Errorf("got %v, want the first block alone", got)
	}
	at := []int{1, 2, 9, 10, 11, 12}
	moved := []Block{{Line: 1, Text: "Atlassian"}, {Line: 2, Text: "Kept"}, {Line: 9, Text: "1. /wiki/"}}
	if got := dropClosingLinks(Source{Lines: lines, At: at}, moved); len(got) != 2 {
		t.Errorf("at the page's lines: got %v, want two blocks", got)
	}
	short := []string{"   1. /wiki/", "   2. /wiki/x"}
	if got := dropClosingLinks(Source{Lines: short}, []Block{{Line: 1, Text: "1. /wiki/"}}); len(got) != 1 {
		t.Errorf("a list too short: got %v", got)
	}
}
