package aligned

import (
	"reflect"
	"strings"
	"testing"
)

// TestRightAligned reads tables whose every cell is right-aligned, the
// header's too, the columns one space apart (pandas' to_string, R's
// print): each column is told by its right edge. Narrow cells under a
// wide header, a cell wider than its header, cells of several words, a
// header cell of several words over shorter cells, a column of numbers
// one wider than its widest cell (pandas keeps a place for a sign), and
// cells of Hangul padded by code points (pandas) or display columns (R).
// A NaN cell, which pandas prints for a cell that holds nothing, is read
// as empty with a warning at its line.
func TestRightAligned(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][]string
		warns      []string // each a part of a warning, in order
	}{
		{"narrow and wide cells, NaN",
			"Request Body\n\n" +
				"       Name          Type Required            Description\n" +
				"         id        String        Y              Player ID\n" +
				"displayName        String        N Shown to other players\n" +
				"       kind String (Enum)        Y   Kind (hero, villain)\n" +
				"       note        String        N                    NaN\n\nResponse Body\n",
			[][]string{{"Name", "Type", "Required", "Description"}, {"id", "String", "Y", "Player ID"}, {"displayName", "String", "N", "Shown to other players"}, {"kind", "String (Enum)", "Y", "Kind (hero, villain)"}, {"note", "String", "N", ""}},
			[]string{"p.txt:7: line 7: the cell of the column Description reads NaN"}},
		{"a header cell of two words over codes, a column of numbers a place wider",
			"Response Status Code\n\n" +
				" Status Code   Code     Message             Description\n" +
				"         466 -84001 Chamber dry    A chamber is drained\n" +
				"         466 -84002    Too deep A vessel draws too much\n",
			[][]string{{"Status Code", "Code", "Message", "Description"}, {"466", "-84001", "Chamber dry", "A chamber is drained"}, {"466", "-84002", "Too deep", "A vessel draws too much"}},
			nil},
		{"Hangul padded by code points, as pandas counts",
			"    Name   Type Description\n" +
				"nickname String         닉네임\n" +
				"      id   Long      아이디 번호\n",
			[][]string{{"Name", "Type", "Description"}, {"nickname", "String", "닉네임"}, {"id", "Long", "아이디 번호"}},
			nil},
		{"Hangul padded by display columns, as R counts",
			"    Name   Type Description\n" +
				"nickname String      닉네임\n" +
				"      id   Long 아이디 번호\n",
			[][]string{{"Name", "Type", "Description"}, {"nickname", "String", "닉네임"}, {"id", "Long", "아이디 번호"}},
			nil},
		{"a row a lost character shifted",
			"          Name         Type Mandatory                    Description\n" +
				"      playerId       String         Y                      Player ID\n" +
				"tollVoucherIds List<String>         N Toll vouchers to spend, 0 ~ 3\n" +
				"       canalId       String         Y                       Canal ID\n",
			[][]string{{"Name", "Type", "Mandatory", "Description"}, {"playerId", "String", "Y", "Player ID"}, {"tollVoucherIds", "List<String>", "N", "Toll vouchers to spend, 0 ~ 3"}, {"canalId", "String", "Y", "Canal ID"}},
			[]string{"p.txt:3: line 3 stands 1 columns short of the right edge of the table at line 1", "from the column Description on"}},
	} {
		tables, _, warns, errs := read(c.page)
		if len(errs) > 0 {
			t.Errorf("%s: errors %q", c.name, errs)
		}
		if len(tables) != 1 || !reflect.DeepEqual(tables[0], c.want) {
			t.Errorf("%s: read %q, want %q", c.name, tables, c.want)
		}
		all := strings.Join(warns, "\n")
		for _, w := range c.warns {
			k := strings.Index(all, w)
			if k < 0 {
				t.Errorf("%s: warnings %q, want one holding %q", c.name, warns, w)
				break
			}
			all = all[k+len(w):]
		}
		if len(c.warns) == 0 && len(warns) > 0 {
			t.Errorf("%s: warnings %q, want none", c.name, warns)
		}
	}
}

// TestRightAlignedRefused refuses, at its line, a row of a right-aligned
// table whose words do not end at the columns' right edges, and a row
// blank under a column whose edge the other rows end a word at (an
// empty cell, or a cell under a header cell of two words, which the
// edges do not tell apart).
func TestRightAlignedRefused(t *testing.T) {
	for _, c := range []struct{ name, page, err string }{
		{"a row off the edges",
			"       Name   Type Required Description\n" +
				"         id String        Y   Player ID\n" +
				"displayName String        N  Shown, too\n" +
				"      level   Long N          Its level\n",
			"p.txt:4: line 4 (\"level   Long N          Its level\") is a row of the table at line 1"},
		{"a blank cell",
			"       Name   Type Required Description\n" +
				"         id String        Y   Player ID\n" +
				"displayName               N  Shown, too\n" +
				"      level   Long        N   Its level\n",
			"p.txt:3: line 3, a row of the table at line 1 whose cells are each right-aligned"},
	} {
		_, _, _, errs := read(c.page)
		if len(errs) == 0 || !strings.HasPrefix(errs[0], c.err) {
			t.Errorf("%s: errors %q, want a first that begins %q", c.name, errs, c.err)
		}
	}
}

// TestNotRightAligned leaves to the other readers a table aligned to the
// left whose header a text browser centred and printed twice (w3m's
// thead), its rows two columns short of the header's end: the header's
// repeat is no evidence of its edges, and rows that all stand short are
// no rows a lost character shifted.
func TestNotRightAligned(t *testing.T) {
	page := "RaidBuff\n\n" +
		"      Name        Type                Description                Mandatory Since\n" +
		"      Name        Type                Description                Mandatory Since\n" +
		"buffId           string Buff ID                                  Y         5.3\n" +
		"stacks           int    Stacks, 1 ~ 5                            Y         5.3\n" +
		"remainingSeconds double Seconds the buff has left, 0.0 ~ 3600.0            5.3\n"
	_, _, warns, errs := read(page)
	for _, m := range append(warns, errs...) {
		if strings.Contains(m, "right-aligned") {
			t.Errorf("read as a right-aligned table: %s", m)
		}
	}
}

// TestRightAlignedCut reads a right-aligned table that a line of text
// cuts (a note, a callout of a label and a sentence, the header printed
// again under it): the rows on either side are read in the columns of
// them all, the line as text, and the rows after it as the table's rest,
// without a header of their own or under the header printed again. A
// line of text right under the last row ends the table. Never are the
// columns told by the rows on one side only, which moves a cell into
// another column.
func TestRightAlignedCut(t *testing.T) {
	head := "         Name   Type Mandatory                        Description\n"
	first := "    appSecret String         Y                         App Secret\n" +
		"Authorization String         Y Authorization: KakaoAK {ADMIN_KEY}\n"
	rest := "      kgAppId String         Y                          KG App ID\n"
	header := []string{"Name", "Type", "Mandatory", "Description"}
	rows := [][]string{{"appSecret", "String", "Y", "App Secret"}, {"Authorization", "String", "Y", "Authorization: KakaoAK {ADMIN_KEY}"}}
	restRow := []string{"kgAppId", "String", "Y", "KG App ID"}
	for _, c := range []struct {
		name, page string
		want       [][][]string
		texts      []string
	}{
		{"a sentence between rows",
			head + first + "Defaults to 5 when omitted.\n" + rest,
			[][][]string{append([][]string{header}, rows...), {nil, restRow}},
			[]string{"Defaults to 5 when omitted."}},
		{"a callout between rows, the header printed again",
			head + first + "WARNING\nOperators may skip the cooldown; every such call is written to the audit log.\n" + head + rest,
			[][][]string{append([][]string{header}, rows...), {header, restRow}},
			[]string{"WARNING", "Operators may skip the cooldown; every such call is written to the audit log."}},
		{"a sentence under the last row",
			head + first + rest + "Values are checked by the server before the call runs.\n",
			[][][]string{append(append([][]string{header}, rows...), restRow)},
			[]string{"Values are checked by the server before the call runs."}},
	} {
		tables, texts, _, errs := read(c.page)
		if len(errs) > 0 {
			t.Errorf("%s: errors %q", c.name, errs)
		}
		if !reflect.DeepEqual(tables, c.want) || !reflect.DeepEqual(texts, c.texts) {
			t.Errorf("%s: read %q and text %q, want %q and %q", c.name, tables, texts, c.want, c.texts)
		}
	}
}

// TestRightAlignedLongCut ends a right-aligned table right before more
// lines of text under a row than a page break leaves between a table's
// parts (pages.MaxBreakLines): the text is the page's, and no row after
// it is the table's.
func TestRightAlignedLongCut(t *testing.T) {
	page := "     Name   Type Mandatory Description\n" +
		"appSecret String         Y  App Secret\n" +
		"The secret is issued with the app.\nKeep it on the server.\nNever send it to a client.\nRotate it yearly.\n" +
		"  kgAppId String         Y   KG App ID\n"
	_, _, end, _, cuts, ok := rightHeader(strings.Split(page, "\n"), 0)
	if !ok || end != 2 || len(cuts) > 0 {
		t.Errorf("read as a right-aligned table %v up to line %d, cut at %v; want one up to line 2, not cut", ok, end, cuts)
	}
}
