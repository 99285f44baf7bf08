package flattened

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/schema"
)

// testLexicon knows its names, GearN's primitive spellings, and no line
// that ends a table.
type testLexicon []string

func (l testLexicon) PrefixesOf(rest string) []string {
	var out []string
	for _, n := range l {
		if strings.HasPrefix(rest, n) {
			out = append(out, n)
		}
	}
	return out
}

func (testLexicon) EndsTable(string) bool { return false }

func (testLexicon) Primitives() *pages.Spellings { return testPrimitives }

// testPrimitives are the primitive spellings of GearN pages.
var testPrimitives = pages.NewSpellings(append(slices.Clone(pages.PrimitiveSpellings), "GNArray"))

// TestSplitFlatTypes splits flattened rows with every type form GearN
// pages use, with and without a Required cell, known and unknown type
// names, and with whitespace at their cell boundaries.
func TestSplitFlatTypes(t *testing.T) {
	fields, _ := pages.ColumnsOf([]string{"Code", "Type", "Required", "Description"})
	headers, _ := pages.ColumnsOf([]string{"Name", "Type", "Required", "Description"})
	enum, _ := pages.ColumnsOf([]string{"Name", "Code", "Description"})
	reqFirst, _ := pages.ColumnsOf([]string{"Code", "Required", "Type", "Description"})
	headerCols, _ := pages.ColumnsOf([]string{"Name", "Required", "Description"})
	for _, c := range []struct {
		row  string
		cols []pages.Column
		kind pages.Kind
		want []string
	}{
		{"limitnumber inttrueMaximum number of results. (from 1 to 100)", fields, pages.KindFields, []string{"limit", "number int", "true", "Maximum number of results. (from 1 to 100)"}},
		{"offsetnumber intStart index. (from 0)", fields, pages.KindFields, []string{"offset", "number int", "", "Start index. (from 0)"}},
		{"platformstring in ios | android | webtrueThe platform.", fields, pages.KindFields, []string{"platform", "string in ios | android | web", "true", "The platform."}},
		{"platformstring in ios | androidThe platform.", fields, pages.KindFields, []string{"platform", "string in ios | android", "", "The platform."}},
		{"customDatasCustomDataParam[]trueThe data. (1 - 32 elements)", fields, pages.KindFields, []string{"customDatas", "CustomDataParam[]", "true", "The data. (1 - 32 elements)"}},
		{"customDataCustomDataParamThe data.", fields, pages.KindFields, []string{"customDataCustomDataParam", "", "", "The data."}},
		{"joinPolicytrueWho may join. See GuildJoinPolicy", fields, pages.KindFields, []string{"joinPolicy", "", "true", "Who may join. See GuildJoinPolicy"}},
		{"infoRequestParamInfoRequestParamtrueFlags. See InfoRequestParam", fields, pages.KindFields, []string{"infoRequestParam", "InfoRequestParam", "true", "Flags. See InfoRequestParam"}},
		{"dataGNHashtableThe data.", fields, pages.KindFields, []string{"data", "GNHashtable", "", "The data."}},
		{"listGNArraytrueThe list.", fields, pages.KindFields, []string{"list", "GNArray", "true", "The list."}},
		{"valueanytrueThe value.", fields, pages.KindFields, []string{"value", "any", "true", "The value."}},
		{"keysstring[]Keys to read.", fields, pages.KindFields, []string{"keys", "string[]", "", "Keys to read."}},
		{"amountIntegertrueThe amount.", fields, pages.KindFields, []string{"amount", "Integer", "true", "The amount."}},
		{"iOSDeviceIdstringiOSDeviceId used in Device.", fields, pages.KindFields, []string{"iOSDeviceId", "string", "", "iOSDeviceId used in Device."}},
		{"playerStatisticsbooleanName or value of the player's statistic.", fields, pages.KindFields, []string{"playerStatistics", "boolean", "", "Name or value of the player's statistic."}},
		{"skipnumber intNumber of entries to skip. (from 0)", fields, pages.KindFields, []string{"skip", "number int", "", "Number of entries to skip. (from 0)"}},
		{"agreenumberYes or no.", fields, pages.KindFields, []string{"agree", "number", "", "Yes or no."}},
		{"skipNumber of entries to skip. (from 0)", fields, pages.KindFields, []string{"skip", "", "", "Number of entries to skip. (from 0)"}},
		{"mentionstrueThe players mentioned.", fields, pages.KindFields, []string{"mentions", "", "true", "The players mentioned."}},
		{"Secret-KeystringtrueThe SecretKey in SecretInfo with role must is Admin.", headers, pages.KindHeaders, []string{"Secret-Key", "string", "true", "The SecretKey in SecretInfo with role must is Admin."}},

		// Whitespace kept at a cell boundary, a tab, a run of spaces or a
		// single one (a non-breaking space made plain), splits the row
		// there, and never inside a cell.
		{"pageSize\tnumber intListings per page. (from 1 to 50) (Default: 20)", fields, pages.KindFields, []string{"pageSize", "number int", "", "Listings per page. (from 1 to 50) (Default: 20)"}},
		{"limitnumber int\ttrueMaximum number of results.", fields, pages.KindFields, []string{"limit", "number int", "true", "Maximum number of results."}},
		{"limitnumber inttrue\tMaximum number of results.", fields, pages.KindFields, []string{"limit", "number int", "true", "Maximum number of results."}},
		{"limitnumber int\tMaximum number of results.", fields, pages.KindFields, []string{"limit", "number int", "", "Maximum number of results."}},
		{"limit  number int  true  Maximum number of results.", fields, pages.KindFields, []string{"limit", "number int", "true", "Maximum number of results."}},
		{"userId string true The player.", fields, pages.KindFields, []string{"userId", "string", "true", "The player."}},
		{"platform\tstring in ios | android\ttrue\tThe platform.", fields, pages.KindFields, []string{"platform", "string in ios | android", "true", "The platform."}},
		{"customDatas\tCustomDataParam[]\ttrue\tThe data.", fields, pages.KindFields, []string{"customDatas", "CustomDataParam[]", "true", "The data."}},
		{"customData CustomDataParam The data.", fields, pages.KindFields, []string{"customData", "CustomDataParam", "", "The data."}},
		{"infoRequestParam\tInfoRequestParam\tFlags.", fields, pages.KindFields, []string{"infoRequestParam", "InfoRequestParam", "", "Flags."}},
		{"mentions\ttrue\tThe players mentioned.", fields, pages.KindFields, []string{"mentions", "", "true", "The players mentioned."}},
		{"Secret-Key\tstring\ttrue\tThe SecretKey.", headers, pages.KindHeaders, []string{"Secret-Key", "string", "true", "The SecretKey."}},
		{"MaxCCUReject\t-7\tThe limit was exceeded.", enum, pages.KindEnum, []string{"MaxCCUReject", "-7", "The limit was exceeded."}},
		{"Ok\t1\tDone.", enum, pages.KindEnum, []string{"Ok", "1", "Done."}},
		{"MaxCCUReject -7 The limit was exceeded.", enum, pages.KindEnum, []string{"MaxCCUReject", "-7", "The limit was exceeded."}},
		{"skipnumber int\tNumber of entries to skip.", fields, pages.KindFields, []string{"skip", "number int", "", "Number of entries to skip."}},
		{"iOSDeviceId\tstringiOSDeviceId used in Device.", fields, pages.KindFields, []string{"iOSDeviceId", "string", "", "iOSDeviceId used in Device."}},
		{"iOSDeviceId  stringiOSDeviceId used in Device.", fields, pages.KindFields, []string{"iOSDeviceId", "string", "", "iOSDeviceId used in Device."}},
		{"iOSDeviceId stringiOSDeviceId used in Device.", fields, pages.KindFields, []string{"iOSDeviceId", "string", "", "iOSDeviceId used in Device."}},
		// A requiredness written as a word, in a table that heads it
		// before the type; a condition stays the description's.
		{"statisticNamerequiredstringThe statistic. (1 - 32 characters)", reqFirst, pages.KindFields, []string{"statisticName", "required", "string", "The statistic. (1 - 32 characters)"}},
		{"bucketsoptionalnumber intHow many buckets. (from 2 to 100)", reqFirst, pages.KindFields, []string{"buckets", "optional", "number int", "How many buckets. (from 2 to 100)"}},
		{"limitnumber intrequiredMaximum number of results.", fields, pages.KindFields, []string{"limit", "number int", "required", "Maximum number of results."}},
		{"Game-IdOptional if the gameId has a value.", headerCols, pages.KindHeaders, []string{"Game-Id", "Optional if the gameId has a value.", ""}},
		{"bid_x stri ng true The b.", fields, pages.KindFields, nil},
		{"mentions The players mentioned.", fields, pages.KindFields, nil},
		{"page Size number int", fields, pages.KindFields, nil},
	} {
		got := splitFlat(c.row, c.kind, c.cols, vocabularyOf(testLexicon{"InfoRequestParam", "Device"}))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitFlat(%q)\n got %q\nwant %q", c.row, got, c.want)
		}
	}
}

// TestGluedTypeEnd checks gluedTypeEnd against hasGluedType on every
// prefix.
func TestGluedTypeEnd(t *testing.T) {
	for _, s := range []string{
		"", "string", "stringIdstring", "customDeviceIdstringCustomDeviceId", "IdstringiOS", "1string",
		"xnumberyboolean", "a_integerbstring", "stringnumberXnumber", "éstring",
	} {
		end := gluedTypeEnd(s)
		for i := range len(s) + 1 {
			if got, want := i >= end, hasGluedType(s[:i]); got != want {
				t.Errorf("%q: prefix %q: gluedTypeEnd says %v, hasGluedType %v", s, s[:i], got, want)
			}
		}
	}
}

// TestWrappedRows reads flattened rows whose description goes on at the
// next lines: prose, words joined by a slash, and a line that splits into
// a row only with its description starting in a word (with a warning).
func TestWrappedRows(t *testing.T) {
	page := []string{
		"NameRequiredDescription",
		"Auth-TokentrueA token issued after a login, or when an admin logs in",
		"via the GearN Dashboard.",
		"Secret-KeytrueThe secret key.",
		"",
		"NameCodeDescription",
		"MaxCCUReject-7The backend rejected the request because the current",
		"concurrent-user/session limit was exceeded.",
		"Ok1Done.",
	}
	rep := &pages.Reporter{}
	blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: page, Words: testLexicon{}, Report: rep})
	var got [][]string
	for _, b := range blocks {
		for _, r := range b.Table.Rows {
			got = append(got, r.Cells)
		}
	}
	want := [][]string{
		{"Auth-Token", "true", "A token issued after a login, or when an admin logs in via the GearN Dashboard."},
		{"Secret-Key", "true", "The secret key."},
		{"MaxCCUReject", "-7", "The backend rejected the request because the current concurrent-user/session limit was exceeded."},
		{"Ok", "1", "Done."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows\n got %q\nwant %q", got, want)
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if len(errs) > 0 || len(warns) != 1 || warns[0].Pos.Line != 3 {
		t.Errorf("want one warning at line 3, got %v and errors %v", warns, errs)
	}
}

// TestEnumCodeInSequence splits an enum row whose name runs into its
// code with digits, where more than one cut reads, by the codes of the
// rows around it: the cut whose code counts on from the row before it
// or up to the row after it (the row's own silently, another with a
// warning), else the one that alone keeps the table's codes in order,
// else the first cut (names rarely end in digits) with a warning, also
// where the codes fit the first cut and another; where the codes rule
// out the first cut and tell no other, or the cut names another row, the
// row is refused at its line.
func TestEnumCodeInSequence(t *testing.T) {
	for _, c := range []struct {
		name        string
		page        []string
		want        [][]string
		warns, errs []int
	}{{
		name: "the rows before count up",
		page: []string{
			"Json1The value is JSON text.",
			"Text2The value is plain text.",
			"Base643The value is the base64 of binary data.",
			"Last7Days4The values of the last seven days.",
			"Last30Days5The values of the last thirty days.",
			"Http2006The code 200.",
		},
		want: [][]string{
			{"Json", "1", "The value is JSON text."},
			{"Text", "2", "The value is plain text."},
			{"Base64", "3", "The value is the base64 of binary data."},
			{"Last7Days", "4", "The values of the last seven days."},
			{"Last30Days", "5", "The values of the last thirty days."},
			{"Http200", "6", "The code 200."},
		},
		warns: []int{4, 5, 6, 7},
	}, {
		name: "the row after counts on",
		page: []string{
			"Ok1The call succeeded.",
			"Base643The value is the base64 of binary data.",
			"Text4The value is plain text.",
		},
		want: [][]string{
			{"Ok", "1", "The call succeeded."},
			{"Base64", "3", "The value is the base64 of binary data."},
			{"Text", "4", "The value is plain text."},
		},
		warns: []int{3},
	}, {
		name: "codes that count, up or down, confirm the first cut",
		page: []string{
			"Ok1The call succeeded.",
			"PlayerGone29The player left.",
			"PlayerBanned28The player is banned.",
			"PlayerMuted27The player is muted.",
			"Full40The room is full.",
			"Closed41The room is closed.",
		},
		want: [][]string{
			{"Ok", "1", "The call succeeded."},
			{"PlayerGone", "29", "The player left."},
			{"PlayerBanned", "28", "The player is banned."},
			{"PlayerMuted", "27", "The player is muted."},
			{"Full", "40", "The room is full."},
			{"Closed", "41", "The room is closed."},
		},
	}, {
		name: "codes in order keep one cut",
		page: []string{
			"Ok1The call succeeded.",
			"Busy5The server is busy.",
			"NotFound40The thing is not found.",
			"Gone90The thing is gone.",
		},
		want: [][]string{
			{"Ok", "1", "The call succeeded."},
			{"Busy", "5", "The server is busy."},
			{"NotFound", "40", "The thing is not found."},
			{"Gone", "90", "The thing is gone."},
		},
		warns: []int{4, 5},
	}, {
		name: "nothing tells: the first cut, warned",
		page: []string{
			"Ok1The call succeeded.",
			"PlayerBan38The player is banned.",
		},
		want: [][]string{
			{"Ok", "1", "The call succeeded."},
			{"PlayerBan", "38", "The player is banned."},
		},
		warns: []int{3},
	}, {
		name: "the codes fit the first cut and another: the first, warned",
		page: []string{
			"Ok1The call succeeded.",
			"GuildNotFound52The guild does not exist.",
			"NotGuildOfficer53The caller is no officer.",
			"SiegeScheduled71A siege is scheduled.",
			"Truce72The castle is under truce.",
		},
		want: [][]string{
			{"Ok", "1", "The call succeeded."},
			{"GuildNotFound", "52", "The guild does not exist."},
			{"NotGuildOfficer", "53", "The caller is no officer."},
			{"SiegeScheduled", "71", "A siege is scheduled."},
			{"Truce", "72", "The castle is under truce."},
		},
		warns: []int{3},
	}, {
		name: "a gap or a single digit leaves one cut",
		page: []string{
			"Base64\t3\tThe value is the base64 of binary data.",
			"Json7The value is JSON text.",
		},
		want: [][]string{
			{"Base64", "3", "The value is the base64 of binary data."},
			{"Json", "7", "The value is JSON text."},
		},
	}, {
		name: "the codes rule out the first cut and tell no other",
		page: []string{
			"Base643The value is the base64 of binary data.",
			"Json1The value is JSON text.",
			"Text2The value is plain text.",
		},
		want: [][]string{
			{"Base", "643", "The value is the base64 of binary data."},
			{"Json", "1", "The value is JSON text."},
			{"Text", "2", "The value is plain text."},
		},
		errs: []int{2},
	}, {
		name: "a code run into a description that begins with a number: the codes tell where it ends",
		page: []string{
			"Powder1Finer than 0.1 mm.",
			"Fine20.1 - 0.8 mm.",
			"Medium30.8 - 2 mm.",
			"Coarse42 - 4 mm.",
		},
		want: [][]string{
			{"Powder", "1", "Finer than 0.1 mm."},
			{"Fine", "2", "0.1 - 0.8 mm."},
			{"Medium", "3", "0.8 - 2 mm."},
			{"Coarse", "4", "2 - 4 mm."},
		},
		warns: []int{3, 4, 5},
	}, {
		name: "a code run into a number the codes fit as read",
		page: []string{
			"Small\t11\tThe least.",
			"Fine\t12.5 mm.",
			"Large\t13\t- 4 mm.",
		},
		want: [][]string{
			{"Small", "11", "The least."},
			{"Fine", "12", ".5 mm."},
			{"Large", "13", "- 4 mm."},
		},
	}, {
		name: "a code run into a number, and nothing tells where it ends",
		page: []string{
			"Fine20.1 - 0.8 mm.",
		},
		want: [][]string{
			{"Fine", "20", ".1 - 0.8 mm."},
		},
		errs: []int{2},
	}, {
		name: "a cut that names another row",
		page: []string{
			"Level10The first level.",
			"Level11The second level.",
		},
		want: [][]string{
			{"Level", "10", "The first level."},
			{"Level", "11", "The second level."},
		},
		errs: []int{2, 3},
	}} {
		rep := &pages.Reporter{}
		page := append([]string{"NameCodeDescription"}, c.page...)
		blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: page, Words: testLexicon{}, Report: rep})
		var got [][]string
		for _, b := range blocks {
			for _, r := range b.Table.Rows {
				got = append(got, r.Cells)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, got, c.want)
		}
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		lines := func(ds schema.Diagnostics) []int {
			var out []int
			for _, d := range ds {
				out = append(out, d.Pos.Line)
			}
			return out
		}
		if !slices.Equal(lines(warns), c.warns) || !slices.Equal(lines(errs), c.errs) {
			t.Errorf("%s: want warnings at lines %v and errors at %v, got %v and %v", c.name, c.warns, c.errs, warns, errs)
		}
	}
}

// TestFooterEndsTable ends a table at a pager or footer line, and drops
// one that has a row of the table after it with a warning; a line that
// begins as a row but splits into none is refused.
func TestFooterEndsTable(t *testing.T) {
	for _, c := range []struct {
		name        string
		page        []string
		rows, warns int
		fails       bool
	}{
		{"after the last row", []string{"NameCodeDescription", "Ok1Done.", "← Previous", "Next →", "© 2026 GearN. All rights reserved."}, 1, 0, false},
		{"between rows", []string{"NameCodeDescription", "Ok1Done.", "← Previous", "Failed2Not done."}, 2, 1, false},
		{"no row", []string{"CodeTypeRequiredDescription", "astringtrueA.", "bid_x stri ng true The b.", "cstringtrueC."}, 2, 0, true},
	} {
		rep := &pages.Reporter{}
		blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: c.page, Words: testLexicon{}, Report: rep})
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		if n := len(blocks[0].Table.Rows); n != c.rows || len(warns) != c.warns || rep.Failed() != c.fails {
			t.Errorf("%s: %d rows, %d warnings, failed %v; want %d rows, %d warnings, failed %v", c.name, n, len(warns), rep.Failed(), c.rows, c.warns, c.fails)
		}
	}
}

// TestDocFooterEndsTable ends a table at the site's doc footer right
// under its last row (pages.EndsContent: the edit link, the date of the
// last change), which is no text of that row's description, and refuses
// one that rows of the table follow.
func TestDocFooterEndsTable(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		fails bool
	}{
		{"an edit link", []string{"NameCodeDescription", "Ok1Done.", "Failed2Not done.", "Edit this page on GitHub", "Last updated: 2/11/2027, 4:18 PM", "Pager"},
			[]string{"Ok | 1 | Done.", "Failed | 2 | Not done.", "Edit this page on GitHub", "Last updated: 2/11/2027, 4:18 PM", "Pager"}, false},
		{"the date of the last change", []string{"CodeTypeRequiredDescription", "idstringtrueThe id.", "Last updated: 2/11/2027, 4:18 PM"},
			[]string{"id | string | true | The id.", "Last updated: 2/11/2027, 4:18 PM"}, false},
		{"a row after it", []string{"NameCodeDescription", "Ok1Done.", "Edit this page on GitHub", "Failed2Not done."}, nil, true},
	} {
		rep := &pages.Reporter{}
		got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: c.page, Words: testLexicon{}, Report: rep}))
		if rep.Failed() != c.fails || !c.fails && !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, failed %v\nwant %q, failed %v", c.name, got, rep.Failed(), c.want, c.fails)
		}
	}
}

// TestLostTypeAndPager reads a row that lost its type cell with an empty
// one, and the page titles a pager
// links after the last table, bare words of a name and a type name, as
// no rows, and their labels as no text of the last row.
func TestLostTypeAndPager(t *testing.T) {
	page := []string{"CodeTypeRequiredDescription", "idstringtrueThe id.", "mentionsThe players mentioned.", "tagstrueThe tags.", "Previous page", "getQuestList", "Next page", "getInventory"}
	rep := &pages.Reporter{}
	blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: page, Words: sectionLexicon{testLexicon{"Inventory"}}, Report: rep})
	got := readout(blocks)
	want := []string{"id | string | true | The id.", "mentions |  |  | The players mentioned.", "tags |  | true | The tags.", "Previous page", "getQuestList", "Next page", "getInventory"}
	if !reflect.DeepEqual(got, want) || rep.Failed() {
		t.Errorf("got %q, failed %v\nwant %q", got, rep.Failed(), want)
	}
}

// TestWordEndsSentence reads a word in lower case alone on the line
// after a row whose description it ends, as a wrap leaves it, as the
// end of that description, and a pager's link after its label as no
// text of the last row.
func TestWordEndsSentence(t *testing.T) {
	page := []string{"CodeTypeRequiredDescription", "sharenumbertrueThe share of the players, as a", "fraction", "countnumbertrueHow many players", "fraction.", "namestringtrueThe name, if", "limitnumber", "Next page", "getInventory"}
	rep := &pages.Reporter{}
	blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: page, Words: sectionLexicon{testLexicon{"Inventory"}}, Report: rep})
	got := readout(blocks)
	want := []string{"share | number | true | The share of the players, as a fraction", "count | number | true | How many players fraction.", "name | string | true | The name, if", "limit | number |  | ", "Next page", "getInventory"}
	if !reflect.DeepEqual(got, want) || rep.Failed() {
		t.Errorf("got %q, failed %v\nwant %q", got, rep.Failed(), want)
	}
}

// TestPhantomType reads a row whose type cell was lost and whose name
// ends in a capitalised word as that name without its type, with a
// warning at its line naming both readings, unless the pages know the
// word as a type and the description does not begin with the whole name.
func TestPhantomType(t *testing.T) {
	for _, c := range []struct {
		lex   testLexicon
		row   string
		want  string
		warns int
	}{
		{testLexicon{}, "joinPolicytrueWho may join.", "joinPolicy |  | true | Who may join.", 1},
		{testLexicon{"Policy"}, "joinPolicytrueWho may join.", "join | Policy | true | Who may join.", 0},
		{testLexicon{"GuildJoinPolicy"}, "joinPolicyGuildJoinPolicytrueWho may join.", "joinPolicy | GuildJoinPolicy | true | Who may join.", 0},
		{testLexicon{}, "rewardsReward[]trueThe rewards.", "rewards | Reward[] | true | The rewards.", 0},
		{testLexicon{"Device"}, "customDeviceIdCustomDeviceId used in Device.", "customDeviceId |  |  | CustomDeviceId used in Device.", 1},
		{testLexicon{"Device"}, "deviceDeviceThe device.", "device | Device |  | The device.", 0},
	} {
		rep := &pages.Reporter{}
		page := []string{"CodeTypeRequiredDescription", "idstringtrueThe id.", c.row}
		got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: page, Words: c.lex, Report: rep}))
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		if len(got) != 2 || got[1] != c.want || len(warns) != c.warns || rep.Failed() {
			t.Errorf("%q with %q: got %q, warnings %v, failed %v; want %q and %d warnings", c.row, c.lex, got, warns, rep.Failed(), c.want, c.warns)
			continue
		}
		for _, w := range warns {
			name := strings.Fields(c.want)[0]
			if w.Pos.Line != 3 || !strings.Contains(w.Msg, "field "+name+" ") || !strings.Contains(w.Msg, "of type") {
				t.Errorf("%q: warning %v does not name both readings at line 3", c.row, w)
			}
		}
	}
}

// TestOtherDocsTables reads the tables of other docs' templates run
// together: columns beside a field's facts (Since, Default, Example) in
// any place, their cells present or empty, requiredness in words (Yes,
// No, Required, Optional) and type spellings of other languages (int64,
// float, bool).
func TestOtherDocsTables(t *testing.T) {
	for _, c := range []struct{ page, want []string }{
		{[]string{"CodeTypeRequiredSinceDescription",
			"queueNamestringYes1.0.0The queue. (1 - 32 characters)",
			"latencyMsnumber intNoThe round trip. (from 0 to 1000)",
			"tagsstring[]Nov2Labels of the game's own.",
			"notestringNo2.3Nothing to say."},
			[]string{"queueName | string | Yes | 1.0.0 | The queue. (1 - 32 characters)",
				"latencyMs | number int | No |  | The round trip. (from 0 to 1000)",
				"tags | string[] | No | v2 | Labels of the game's own.",
				"note | string | No | 2.3 | Nothing to say."}},
		{[]string{"CodeTypeDefaultRequiredDescription",
			"skillWeightfloat0.5NoHow much skill counts.",
			"zonestringutcOptionalThe zone.",
			"crossPlaybooltrueNoAcross platforms.",
			"limitint6410RequiredHow many.",
			"namestringOptionalThe name."},
			[]string{"skillWeight | float | 0.5 | No | How much skill counts.",
				"zone | string | utc | Optional | The zone.",
				"crossPlay | bool | true | No | Across platforms.",
				"limit | int64 | 10 | Required | How many.",
				"name | string |  | Optional | The name."}},
		{[]string{"CodeTypeRequiredExampleDescription",
			"userIdstringYES\"u-1\"THE PLAYER.",
			"levelint32NO7The level."},
			[]string{"userId | string | YES | \"u-1\" | THE PLAYER.",
				"level | int32 | NO | 7 | The level."}},
		// A requiredness word run into a description in lower case is the
		// Required cell where the table's other rows state it so, before
		// or after; else it begins the description.
		{[]string{"NameRequiredDescription",
			"Content-TypeYesapplication/json",
			"Auth-TokenYesA token.",
			"AcceptNothing to send."},
			[]string{"Content-Type | Yes | application/json",
				"Auth-Token | Yes | A token.",
				"Accept |  | Nothing to send."}},
		{[]string{"NameRequiredDescription",
			"Auth-TokentrueA token.",
			"Content-TypeYesapplication/json"},
			[]string{"Auth-Token | true | A token.",
				"Content-Type |  | Yesapplication/json"}},
	} {
		rep := &pages.Reporter{}
		got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: c.page, Words: testLexicon{}, Report: rep}))
		if !reflect.DeepEqual(got, c.want) || rep.Failed() {
			t.Errorf("got %q, failed %v\nwant %q", got, rep.Failed(), c.want)
		}
	}
}

// TestOtherCellsRunTogether refuses a row whose cells of two other
// columns run together, where nothing tells which column a value is in
// or where it ends, at its line; a tab between them tells.
func TestOtherCellsRunTogether(t *testing.T) {
	for _, row := range []string{"raidIdint64Yes5.1Raid ID.", "comboCountint32No5.20Hits."} {
		rep := &pages.Reporter{}
		flattenedItems(pages.Source{Name: "p.txt", Lines: []string{"CodeTypeRequiredSinceDefaultDescription", row}, Words: testLexicon{}, Report: rep})
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		if len(errs) != 1 || errs[0].Pos.Line != 2 || !strings.Contains(errs[0].Msg, "Since and Default run together") {
			t.Errorf("%q: errors %v, want one at line 2 naming Since and Default", row, errs)
		}
	}
	rep := &pages.Reporter{}
	got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: []string{"CodeTypeRequiredSinceDefaultDescription", "comboCountint32No5.2\t0Hits."}, Words: testLexicon{}, Report: rep}))
	if want := []string{"comboCount | int32 | No | 5.2 | 0 | Hits."}; !reflect.DeepEqual(got, want) || rep.Failed() {
		t.Errorf("got %q, failed %v; want %q", got, rep.Failed(), want)
	}
}

// sectionLexicon ends a table at a line of one word, as a type heading.
type sectionLexicon struct{ testLexicon }

func (sectionLexicon) EndsTable(line string) bool { return !strings.Contains(line, " ") }

// TestRowCutToOneWord reads a field row cut after the first word of its
// description, one word like a heading, as a row, and a heading after it
// as the end of the table; and a heading that numbers its section, read
// without the number.
func TestRowCutToOneWord(t *testing.T) {
	for _, c := range []struct{ page, want []string }{
		{[]string{"CodeTypeRequiredDescription", "usernamestringUsername", "used in Account.", "Custom", "CodeTypeRequiredDescription", "customIdstringCustomId used in Custom."},
			[]string{"username | string |  | Username used in Account.", "Custom", "customId | string |  | CustomId used in Custom."}},
		{[]string{"CodeTypeRequiredDescription", "idstringtrueThe id.", "5.2 Custom", "CodeTypeRequiredDescription", "customIdstringThe custom id."},
			[]string{"id | string | true | The id.", "Custom", "customId | string |  | The custom id."}},
	} {
		rep := &pages.Reporter{}
		blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: c.page, Words: sectionLexicon{}, Report: rep})
		got := readout(blocks)
		if !reflect.DeepEqual(got, c.want) || rep.Failed() {
			t.Errorf("got %q, failed %v\nwant %q", got, rep.Failed(), c.want)
		}
	}
}

// readout is the text of blocks: a text line as it is, a table row as
// its cells between pipes.
func readout(blocks []pages.Block) []string {
	var out []string
	for _, b := range blocks {
		if b.Table == nil {
			out = append(out, b.Text)
			continue
		}
		for _, r := range b.Table.Rows {
			out = append(out, strings.Join(r.Cells, " | "))
		}
	}
	return out
}

// TestPagerInTable drops a pager, its links and their labels, that stands
// between rows of a table, with a warning, and keeps the wrapped text of
// the row before it.
func TestPagerInTable(t *testing.T) {
	page := []string{"NameRequiredDescription", "Secret-KeytrueThe secret key", "(issued by the dashboard).", "Previous page", "getQuestList", "Next page", "claimQuestReward", "", "Content-Typetrueapplication/json"}
	rep := &pages.Reporter{}
	blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: page, Words: identLexicon{}, Report: rep})
	want := []string{"Secret-Key | true | The secret key (issued by the dashboard).", "Content-Type | true | application/json"}
	warns, _ := rep.Sorted([]string{"p.txt"}, false)
	if got := readout(blocks); !reflect.DeepEqual(got, want) || len(warns) != 1 || warns[0].Pos.Line != 4 {
		t.Errorf("got %q and warnings %v\nwant %q and one warning at line 4", got, warns, want)
	}
}

// identLexicon ends a table at a line of one identifier, as a type
// heading or a page title.
type identLexicon struct{ testLexicon }

func (identLexicon) EndsTable(line string) bool { return !strings.ContainsAny(line, " -/") }

// TestProseLikeRowWithOneSpace reads a row that begins like prose and
// runs together but for one space (a non-breaking space made plain) as a
// row, with a warning, and a wrapped line whose words a type and a
// requiredness follow as the text of the row above.
func TestProseLikeRowWithOneSpace(t *testing.T) {
	page := []string{"CodeTypeRequiredDescription", "idstringtrueThe id, set", "the number true if known.", "reason stringtrueThe reason.", "keystring trueThe key."}
	rep := &pages.Reporter{}
	blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: page, Words: testLexicon{}, Report: rep})
	want := []string{"id | string | true | The id, set the number true if known.", "reason | string | true | The reason.", "key | string | true | The key."}
	warns, _ := rep.Sorted([]string{"p.txt"}, false)
	if got := readout(blocks); !reflect.DeepEqual(got, want) || len(warns) != 2 || warns[0].Pos.Line != 4 || warns[1].Pos.Line != 5 || rep.Failed() {
		t.Errorf("got %q and warnings %v\nwant %q and warnings at lines 4 and 5", got, warns, want)
	}
}

// TestTitleAboveHeader reads a line of a few words right above a header
// row, that runs together as a row but for one space or splits into no
// row, as the title of the table under it (a title of words no reader
// knows): it ends the table above, and is no row of it nor the rest of
// its last row's description.
func TestTitleAboveHeader(t *testing.T) {
	for _, page := range [][]string{
		{"NameRequiredDescription", "Content-Typetrueapplication/json", "Things To Send", "CodeTypeRequiredDescription", "idstringtrueThe id."},
		{"NameTypeRequiredDescription", "Content-Typestringtrueapplication/json", "Things To Send", "", "CodeTypeRequiredDescription", "idstringtrueThe id."},
	} {
		testTitleAboveHeader(t, page)
	}
}

func testTitleAboveHeader(t *testing.T, page []string) {
	rep := &pages.Reporter{}
	blocks := pages.Read(Style{}, pagestest.Source("p.txt", pages.Text{Lines: page}, testLexicon{}, rep))
	var got []string
	for _, b := range blocks {
		if b.Table == nil {
			got = append(got, "text: "+b.Text)
			continue
		}
		for _, r := range b.Table.Rows {
			got = append(got, strings.Join(r.Cells, " | "))
		}
	}
	want := []string{"Content-Type | true | application/json", "text: Things To Send", "id | string | true | The id."}
	if len(page[0]) > len("NameRequiredDescription") {
		want[0] = "Content-Type | string | true | application/json"
	}
	if warns, _ := rep.Sorted([]string{"p.txt"}, false); !reflect.DeepEqual(got, want) || len(warns) != 0 {
		t.Errorf("got %q and warnings %v\nwant %q and none", got, warns, want)
	}
}

// TestProseUnderRepeatedHeader reads the lines under a header that begin
// no row, before its first, as the rest of the last row of the table
// before with that header, cut there by a header a page break printed
// again (right after it, after a blank line, or after a footer): that
// row holds them, with a warning at the first, and the table is that
// one's rest. With no such table before, they are a note under the
// header: text after the table, with its rows, if any, and no warning.
func TestProseUnderRepeatedHeader(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		rows  [][]string
		texts []string
		warn  int // the line of the one warning; 0 for none
		cut   bool
	}{
		{"header right after", []string{"NameCodeDescription", "Late-1The request came", "NameCodeDescription", "too late.", "Ok0Done."},
			[][]string{{"Late", "-1", "The request came too late."}, {"Ok", "0", "Done."}}, nil, 4, true},
		{"header after a blank line", []string{"NameCodeDescription", "Late-1The request came", "", "namecodedescription", "too late.", "Ok0Done."},
			[][]string{{"Late", "-1", "The request came too late."}, {"Ok", "0", "Done."}}, nil, 5, true},
		{"header after a footer", []string{"NameCodeDescription", "Late-1The request came", "", "GearN Docs · API Reference", "", "NameCodeDescription", "too late.", "Ok0Done."},
			[][]string{{"Late", "-1", "The request came too late."}, {"Ok", "0", "Done."}}, []string{"GearN Docs · API Reference"}, 7, true},
		{"no table before, rows after", []string{"NameCodeDescription", "Every code is listed.", "Ok0Done."},
			[][]string{{"Ok", "0", "Done."}}, []string{"Every code is listed."}, 0, false},
		{"no table before, no row", []string{"CodeTypeRequiredDescription", "This operation takes no parameters."},
			nil, []string{"This operation takes no parameters."}, 0, false},
	} {
		rep := &pages.Reporter{}
		blocks := pages.Read(Style{}, pagestest.Source("p.txt", pages.Text{Lines: c.page}, testLexicon{}, rep))
		var rows [][]string
		var texts []string
		var last *pages.Table
		for _, b := range blocks {
			if b.Table == nil {
				texts = append(texts, b.Text)
				continue
			}
			last = b.Table
			for _, r := range b.Table.Rows {
				rows = append(rows, r.Cells)
			}
		}
		if !reflect.DeepEqual(rows, c.rows) || !reflect.DeepEqual(texts, c.texts) {
			t.Errorf("%s: rows %q and texts %q, want %q and %q", c.name, rows, texts, c.rows, c.texts)
		}
		if last == nil || last.CutInTwo() != c.cut {
			t.Errorf("%s: the last table is the rest of the one before: %v, want %v", c.name, last != nil && last.CutInTwo(), c.cut)
		}
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		switch {
		case len(errs) > 0:
			t.Errorf("%s: errors %v", c.name, errs)
		case c.warn == 0 && len(warns) > 0:
			t.Errorf("%s: warnings %v, want none", c.name, warns)
		case c.warn > 0 && (len(warns) != 1 || warns[0].Pos.Line != c.warn):
			t.Errorf("%s: warnings %v, want one at line %d", c.name, warns, c.warn)
		}
	}
}

// TestEnumCodeFirst splits the rows of an enum table whose code comes
// first (Code | Name | Description): the code, then the name up to a
// capitalised word with no other capital or a gap, the description.
func TestEnumCodeFirst(t *testing.T) {
	page := []string{
		"CodeNameDescription",
		"1OkThe call succeeded.",
		"2GamePlayerNotFoundThe player has no profile.",
		"-3Base64\tA value in base64.",
		"",
		"CodeName",
		"7Hell",
	}
	rep := &pages.Reporter{}
	blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: page, Words: testLexicon{}, Report: rep})
	var got [][]string
	for _, b := range blocks {
		if b.Table != nil {
			for _, r := range b.Table.Rows {
				got = append(got, r.Cells)
			}
		}
	}
	want := [][]string{
		{"1", "Ok", "The call succeeded."},
		{"2", "GamePlayerNotFound", "The player has no profile."},
		{"-3", "Base64", "A value in base64."},
		{"7", "Hell"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows\n got %q\nwant %q", got, want)
	}
	if warns, errs := rep.Sorted([]string{"p.txt"}, false); len(warns)+len(errs) > 0 {
		t.Errorf("warnings %v, errors %v", warns, errs)
	}
}

// TestRowRestUnderAWrap reads the rest of a row's description that a
// hard wrap put on a line of its own, a bound's unit or a default's
// value that begins as no word does ("characters)", "true)"), or a word
// that ends the row's open sentence ("Player."), as the row's text, with
// a warning, where the page is wrapped at a column.
func TestRowRestUnderAWrap(t *testing.T) {
	page := strings.Join([]string{
		"CodeTypeRequiredDescription",
		"spotIdstringtrueThe fishing spot the line is cast at, all open. (1 - 24",
		"characters)",
		"baitIdsstring[]Bait items put on the hook, consumed by the cast. (at",
		"most 3 items)",
		"autoReelbooleanReel the line in as soon as a fish bites. (Default:",
		"true)",
		"roleIdstringtrueThe SecretKey in SecretInfo with the role that must be",
		"Player.",
	}, "\n")
	rep := &pages.Reporter{}
	text := pages.ReadText("p.txt", []byte(page), rep)
	blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: text.Lines, At: text.At, Wrap: text.Wrap, Words: testLexicon{}, Report: rep})
	var got [][]string
	for _, b := range blocks {
		for _, r := range b.Table.Rows {
			got = append(got, r.Cells)
		}
	}
	want := [][]string{
		{"spotId", "string", "true", "The fishing spot the line is cast at, all open. (1 - 24 characters)"},
		{"baitIds", "string[]", "", "Bait items put on the hook, consumed by the cast. (at most 3 items)"},
		{"autoReel", "boolean", "", "Reel the line in as soon as a fish bites. (Default: true)"},
		{"roleId", "string", "true", "The SecretKey in SecretInfo with the role that must be Player."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows\n got %q\nwant %q", got, want)
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if len(errs) > 0 || len(warns) != 3 || warns[0].Pos.Line != 3 || warns[1].Pos.Line != 7 || warns[2].Pos.Line != 9 {
		t.Errorf("want warnings at lines 3, 7 and 9, got %v and errors %v", warns, errs)
	}
}

// TestRowsAfterALineOfText reads the rows of a table after a line of text
// that cut it (a blank line over the text), which no header stands over,
// as a table without one (pages.Read reads it as the rest of the table
// before, or warns of it); and leaves text that splits into no row as
// text.
func TestRowsAfterALineOfText(t *testing.T) {
	page := strings.Join([]string{
		"Request Body",
		"CodeTypeRequiredDescription",
		"serviceNamestringtrueName of the generic service.",
		"",
		"Values are checked by the server before the call runs.",
		"serviceIdstringtrueThe player's identifier on that service.",
		"",
		"forceLinkbooleanWhether to link the service account.",
		"",
		"Admin",
		"Require permission rules masterPlayer.link.adminSelfEnable.",
	}, "\n")
	rep := &pages.Reporter{}
	blocks := pages.Read(Style{}, pagestest.Source("p.txt", pages.Text{Lines: pages.Lines([]byte(page))}, testLexicon{}, rep))
	var got []string
	for _, b := range blocks {
		if b.Table == nil {
			got = append(got, fmt.Sprintf("%d %s", b.Line, b.Text))
			continue
		}
		got = append(got, fmt.Sprintf("%d [%s] rest of %v", b.Table.Line, strings.Join(b.Table.Header, "|"), b.Table.NoHeader))
		for _, r := range b.Table.Rows {
			got = append(got, fmt.Sprintf("%d |%s|", r.Line, strings.Join(r.Cells, "|")))
		}
	}
	want := []string{
		"1 Request Body",
		"2 [Code|Type|Required|Description] rest of false",
		"3 |serviceName|string|true|Name of the generic service.|",
		"5 Values are checked by the server before the call runs.",
		"6 [Code|Type|Required|Description] rest of true",
		"6 |serviceId|string|true|The player's identifier on that service.|",
		"8 |forceLink|boolean||Whether to link the service account.|",
		"10 Admin",
		"11 Require permission rules masterPlayer.link.adminSelfEnable.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))

	}
}

// TestCalloutCutsRows reads a callout between the rows of a table (its
// label on a line of its own, then its sentence) as text, and the rows
// after it, under the header printed again or without one, as a table
// at their line: without a header, one of no header row, which
// pages.Read takes for the rest of the table before it, an enum's row
// whose name is a word ("Ok") as well. A callout after the last row, or
// one that text goes on after, leaves no table.
func TestCalloutCutsRows(t *testing.T) {
	type block struct {
		line   int
		text   string
		header bool
		rows   int
	}
	for _, c := range []struct {
		name string
		page []string
		want []block
	}{
		{"without a header", []string{"CodeTypeRequiredDescription", "astringtrueA.", "WARNING", "The rows below are for operators.", "bstringB.", "cbooleanC."},
			[]block{{1, "", true, 1}, {3, "WARNING", false, 0}, {4, "The rows below are for operators.", false, 0}, {5, "", false, 2}}},
		{"a label with a colon, a row of lower-case words", []string{"CodeTypeRequiredDescription", "astringtrueA.", "Note:", "The rows below are for operators.", "afternumber intonly after this second."},
			[]block{{1, "", true, 1}, {3, "Note:", false, 0}, {4, "The rows below are for operators.", false, 0}, {5, "", false, 1}}},
		{"the header printed again", []string{"CodeTypeRequiredDescription", "astringtrueA.", "⚠️ Warning", "The rows below are for operators.", "CodeTypeRequiredDescription", "bstringB."},
			[]block{{1, "", true, 1}, {3, "⚠️ Warning", false, 0}, {4, "The rows below are for operators.", false, 0}, {5, "", true, 1}}},
		{"after the last row", []string{"CodeTypeRequiredDescription", "astringtrueA.", "TIP", "Operators may skip the cooldown.", "Response Body"},
			[]block{{1, "", true, 1}, {3, "TIP", false, 0}, {4, "Operators may skip the cooldown.", false, 0}, {5, "Response Body", false, 0}}},
		{"between rows set apart by blank lines", []string{"CodeTypeRequiredDescription", "astringtrueA.", "", "INFO", "The rows below are for operators.", "bstringB.", "", "cbooleanC."},
			[]block{{1, "", true, 1}, {4, "INFO", false, 0}, {5, "The rows below are for operators.", false, 0}, {6, "", false, 2}}},
		{"more text than a callout holds", []string{"CodeTypeRequiredDescription", "astringtrueA.", "[!NOTE]", "One.", "Two.", "Three.", "bstringB."},
			[]block{{1, "", true, 1}, {3, "[!NOTE]", false, 0}, {4, "One.", false, 0}, {5, "Two.", false, 0}, {6, "Three.", false, 0}, {7, "bstringB.", false, 0}}},
		{"an enum's row named by a word, under a title of its own", []string{"NameCodeDescription", "", "UnknownError 0 The request failed.", "", "Other fields", "", "Ok 1 The request completed.", "", "Retry 2 Try again later."},
			[]block{{1, "", true, 1}, {5, "Other fields", false, 0}, {7, "", false, 2}}},
		{"a sentence with a number, under a title of its own", []string{"NameCodeDescription", "", "UnknownError 0 The request failed.", "", "Other fields", "", "See 2 more examples below."},
			[]block{{1, "", true, 1}, {5, "Other fields", false, 0}, {7, "See 2 more examples below.", false, 0}}},
	} {
		rep := &pages.Reporter{}
		blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: c.page, Words: testLexicon{}, Report: rep})
		var got []block
		for _, b := range blocks {
			if b.Table == nil {
				got = append(got, block{line: b.Line, text: b.Text})
				continue
			}
			got = append(got, block{line: b.Table.Line, header: b.Table.Header != nil, rows: len(b.Table.Rows)})
		}
		if !reflect.DeepEqual(got, c.want) || rep.Failed() {
			t.Errorf("%s: got %+v, failed %v\nwant %+v", c.name, got, rep.Failed(), c.want)
		}
	}
}

// TestGluedHeader reads a flattened header a title runs into
// ("Request BodyNameTypeRequiredDescription"): a header, its first cell
// as the line writes it for pages.Read to mark Glued, its rows split by
// the column words; the table before ends at it.
func TestGluedHeader(t *testing.T) {
	page := "Request Headers\nNameRequiredDescription\nAuth-TokentrueThe token.\nRequest BodyNameTypeRequiredDescription\nplayerIdstringtrueThe player.\n"
	var got []string
	for _, b := range flattenedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Words: testLexicon{"Auth-Token", "playerId"}, Report: &pages.Reporter{}}) {
		if b.Table == nil {
			continue
		}
		got = append(got, fmt.Sprintf("%02d %s", b.Table.Line, strings.Join(b.Table.Header, "|")))
		for _, r := range b.Table.Rows {
			got = append(got, fmt.Sprintf("%02d |%s|", r.Line, strings.Join(r.Cells, "|")))
		}
	}
	want := []string{"02 Name|Required|Description", "03 |Auth-Token|true|The token.|", "04 Request BodyName|Type|Required|Description", "05 |playerId|string|true|The player.|"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestBareEnumRows reads the rows of an enum table whose description
// cells are empty, one word each like a heading ("Common1"), as rows
// where the first stands under the header and each code follows the one
// above, or the one below follows its code (a jump in the codes); a
// word whose code does not, or that a header row or prose follows, is
// the heading of what comes next.
func TestBareEnumRows(t *testing.T) {
	for _, c := range []struct {
		name       string
		page, want []string
	}{
		{"codes that count up, then a heading", []string{"NameCodeDescription", "Common1", "Uncommon2", "Rare3", "InvalidMember", "CodeTypeDescription", "codestringThe code."},
			[]string{"Common | 1 | ", "Uncommon | 2 | ", "Rare | 3 | ", "InvalidMember", "code | string | The code."}},
		{"a heading with its description after the rows", []string{"NameCodeDescription", "Ok1All done.", "Failed2Not done.", "Vector3", "A point in space.", "CodeTypeDescription", "xnumberThe x."},
			[]string{"Ok | 1 | All done.", "Failed | 2 | Not done.", "Vector3", "A point in space.", "x | number | The x."}},
		{"a heading over its header after the rows", []string{"NameCodeDescription", "Ok1All done.", "Failed2Not done.", "Vector3", "CodeTypeDescription", "xnumberThe x."},
			[]string{"Ok | 1 | All done.", "Failed | 2 | Not done.", "Vector3", "x | number | The x."}},
		{"a code out of the sequence", []string{"NameCodeDescription", "Ok1All done.", "Failed2Not done.", "Http200", "Closed3Now closed."},
			[]string{"Ok | 1 | All done.", "Failed | 2 | Not done.", "Http200", "Closed | 3 | Now closed."}},
		{"a jump in the codes, the rows after it counting on from it", []string{"NameCode", "Ok1", "BelfryNotFound411", "CarillonNotFound412", "LatheBusy413", "Vector3", "CodeTypeDescription", "xnumberThe x."},
			[]string{"Ok | 1", "BelfryNotFound | 411", "CarillonNotFound | 412", "LatheBusy | 413", "Vector3", "x | number | The x."}},
	} {
		rep := &pages.Reporter{}
		got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: c.page, Words: sectionLexicon{testLexicon{"Vector3"}}, Report: rep}))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestBareEnumRowOrTitle refuses a line that splits as a row of an enum
// table whose description is empty, its code the next of the rows
// above, where a line of text follows it, as one follows a type's
// heading: which it is cannot be told.
func TestBareEnumRowOrTitle(t *testing.T) {
	rep := &pages.Reporter{}
	flattenedItems(pages.Source{Name: "p.txt", Lines: []string{"NameCodeDescription", "Common1", "Uncommon2", "Values are checked by the server.", "Rare3"}, Words: sectionLexicon{testLexicon{}}, Report: rep})
	_, es := rep.Sorted([]string{"p.txt"}, false)
	if want := `p.txt:3: line 3 ("Uncommon2") splits as a row of the enum table at line 1 whose description is empty`; len(es) != 1 || !strings.HasPrefix(es[0].Error(), want) {
		t.Errorf("errors %v, want one starting %q", es, want)
	}
}

// TestOutlineInTable drops the site's outline a copy pasted between two
// rows of a table, its label and entries naming the page's titles in
// the page's order, with a warning, and reads the rows after it as the
// rest of the table, with a warning at the first of them.
func TestOutlineInTable(t *testing.T) {
	page := []string{
		"Overview",
		"Response Body",
		"CodeTypeRequiredDescription",
		"squadsSquad[]trueThe squads.",
		"Squad",
		"CodeTypeRequiredDescription",
		"userIdstringtrueThe player.",
		"On this page",
		"Overview",
		"Response Body",
		"Squad",
		"Formation",
		"powernumberThe player's power.",
		"Formation",
		"NameCodeDescription",
		"Column0Single file.",
	}
	rep := &pages.Reporter{}
	blocks := pages.Read(Style{}, pagestest.Source("p.txt", pages.Text{Lines: page}, sectionLexicon{testLexicon{"Squad", "Formation"}}, rep))
	got := readout(blocks)
	want := []string{"Overview", "Response Body", "squads | Squad[] | true | The squads.", "Squad", "userId | string | true | The player.", "power | number |  | The player's power.", "Formation", "Column | 0 | Single file."}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if !reflect.DeepEqual(got, want) || len(errs) != 0 || len(warns) != 2 {
		t.Fatalf("got %q, warnings %v, errors %v\nwant %q", got, warns, errs, want)
	}
	if w := warns[0].Error(); !strings.Contains(w, "p.txt:8") || !strings.Contains(w, "lines 8-12 are the site's outline") {
		t.Errorf("warning %q: want the outline's, at line 8", w)
	}
	if w := warns[1].Error(); !strings.Contains(w, "p.txt:13") || !strings.Contains(w, "rest of that table") {
		t.Errorf("warning %q: want the table's rest at line 13", w)
	}
}

// TestStrayRowRefused refuses at its line a line that runs together as
// a row of a table of fields (a name, then a type the pages know, then
// its description; or a name run into its description, the type cell
// lost) where no table takes it, under a title and no header row of its
// own (a blank line under it or not), and keeps a pager's link that
// splits as a name and a type alone.
func TestStrayRowRefused(t *testing.T) {
	page := []string{
		"Squad",
		"CodeTypeRequiredDescription",
		"userIdstringtrueThe player.",
		"Marching",
		"Orders",
		"Banners",
		"Drums",
		"Formation",
		"powernumberThe player's power.",
		"Previous page",
		"setSquad",
		"",
		"Other fields",
		"",
		"messageThe note shown with the squad.",
	}
	rep := &pages.Reporter{}
	pages.Read(Style{}, pagestest.Source("p.txt", pages.Text{Lines: page}, sectionLexicon{testLexicon{"Squad"}}, rep))
	_, errs := rep.Sorted([]string{"p.txt"}, false)
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "p.txt:9") || !strings.Contains(errs[0].Error(), "no header row stands over it") || !strings.Contains(errs[1].Error(), "p.txt:15") {
		t.Errorf("errors %v: want two, at lines 9 and 15", errs)
	}
}

// TestSpacedCellsRunTogetherHeader reads a table as calibre's
// ebook-convert to text prints one: its header's cells run together, its
// body's one space apart, a blank line between rows, an empty cell
// printed as nothing. A row whose name is a plain word ("reason",
// "Gold") is read by what each cell holds: a type of the vocabulary
// ("number int" whole where a description follows it as one begins, "number"
// alone before "Share …"), a requiredness or none, a code, then a
// description that begins as one does; true and false state no condition
// ("true application/json" is a Required cell and a description in lower
// case). A line of words after the table
// whose second is a type but whose rest begins as no description does
// ("Note string values are trimmed.") is no row.
func TestSpacedCellsRunTogetherHeader(t *testing.T) {
	page := []string{
		"NameRequiredDescription", "",
		"X-Trace-Id true application/json", "",
		"", "",
		"NameCodeDescription", "",
		"Gold 0 Paid in gold.", "",
		"Silver 1 Paid in silver.", "",
		"", "",
		"CodeTypeRequiredDescription", "",
		"guildId string true The guild. (12 characters)", "",
		"reason string A note kept in the log. (max 64 characters)", "",
		"count number int true How many to grant.", "",
		"share number Share of the pot. (from 0 to 1)", "",
		"stance Stance What the guild holds to. See Stance", "",
		"", "",
		"Note string values are trimmed.",
	}
	rep := &pages.Reporter{}
	blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: page, Words: testLexicon{"Stance"}, Report: rep})
	want := []string{
		"X-Trace-Id | true | application/json",
		"Gold | 0 | Paid in gold.",
		"Silver | 1 | Paid in silver.",
		"guildId | string | true | The guild. (12 characters)",
		"reason | string |  | A note kept in the log. (max 64 characters)",
		"count | number int | true | How many to grant.",
		"share | number |  | Share of the pot. (from 0 to 1)",
		"stance | Stance |  | What the guild holds to. See Stance",
		"Note string values are trimmed.",
	}
	var got []string
	for _, l := range readout(blocks) {
		if l != "" {
			got = append(got, l)
		}
	}
	if !reflect.DeepEqual(got, want) || rep.Failed() {
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		t.Errorf("got %q\nwarnings %v, errors %v\nwant %q", got, warns, errs, want)
	}
}

// TestWordNamedRows reads rows whose name is an ordinary capitalised
// word (Accept, Name, State, Type, Order, Title) followed by a
// requiredness and a description in lower case, their cells one space
// apart or run together: the whole word is the name, never its first
// letter with the description cut from the middle of the word ("A",
// "ccept true application/json"). Where the line may as well be the
// text of the row right above it, the reading is warned naming both;
// where the first line under a header splits only by cutting its first
// word, it is refused at its line.
func TestWordNamedRows(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns []string
		fails []string
	}{
		{"headers one space apart, first and between blank lines",
			[]string{"NameRequiredDescription", "", "Accept true application/json", "", "Auth-Token true A token.", "", "Accept-Encoding false gzip", "", "Content-Type true application/json"},
			[]string{"Accept | true | application/json", "Auth-Token | true | A token.", "Accept-Encoding | false | gzip", "Content-Type | true | application/json"}, nil, nil},
		{"headers run together",
			[]string{"NameRequiredDescription", "Accepttrueapplication/json", "Auth-TokentrueA token.", "Acceptfalseapplication/json"},
			[]string{"Accept | true | application/json", "Auth-Token | true | A token.", "Accept | false | application/json"}, nil, nil},
		{"fields one space apart",
			[]string{"CodeTypeRequiredDescription", "", "Name string true the name", "", "State string true the state", "", "Type string false the kind", "", "Order int true the rank", "", "Title string false the title"},
			[]string{"Name | string | true | the name", "State | string | true | the state", "Type | string | false | the kind", "Order | int | true | the rank", "Title | string | false | the title"}, nil, nil},
		{"fields run together",
			[]string{"CodeTypeRequiredDescription", "Namestringtruethe name", "Statestringtruethe state", "Typestringfalsethe kind", "Orderinttruethe rank", "Titlestringfalsethe title"},
			[]string{"Name | string | true | the name", "State | string | true | the state", "Type | string | false | the kind", "Order | int | true | the rank", "Title | string | false | the title"}, nil, nil},
		{"right under a row, as its text may be",
			[]string{"NameRequiredDescription", "Auth-Token true A token used", "Returns true if set."},
			[]string{"Auth-Token | true | A token used", "Returns | true | if set."},
			[]string{"p.txt:3: line 3 reads as the row \"Returns | true | if set.\", a name, a requiredness and a description in lower case one space apart, or as the text of the row at line 2 right above it, which it would go on: read as the row; if it is that row's text, join the two lines"}, nil},
		{"first under the header, no requiredness",
			[]string{"NameRequiredDescription", "", "Accept application/json", "", "Auth-Token true A token."},
			[]string{"Auth-Token | true | A token."}, nil,
			[]string{"p.txt:3: line 3 (\"Accept application/json\"), the first under the header of the table at line 1, splits into the columns Name | Required | Description only by cutting its first word, as \"A |  | ccept application/json\": whether it is a row whose cells stand one space apart, one of them left empty, or a note under the header cannot be told; set the row's cells apart (a tab or pipes between them) and write its empty cells (\"-\"), or move the note off the table"}},
	} {
		rep := &pages.Reporter{}
		got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: c.page, Words: testLexicon{}, Report: rep}))
		got = slices.DeleteFunc(got, func(l string) bool { return l == "" })
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		if !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(messages(warns), c.warns) || !reflect.DeepEqual(messages(errs), c.fails) {
			t.Errorf("%s: got %q\nwarnings %v\nerrors %v\nwant %q", c.name, got, warns, errs, c.want)
		}
	}
}

// messages is each diagnostic as the command prints it, or nil.
func messages(ds schema.Diagnostics) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Error())
	}
	return out
}

// TestCellBound checks that no candidate cellCandidates finds for a
// column that is not the last scores above cellBound, at every place of
// the lines of sample pages and of rows made to score high (a primitive
// listed with a note, known and generic type names, values,
// requiredness, versions): bestSplit leaves a split out when the bound
// says it cannot reach the best.
func TestCellBound(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/pages/00[02]_*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample pages: %v", err)
	}
	lines := []string{
		"tagsstring[] (Enum)trueThe tags.",
		"idsList<String, Long>[]trueThe ids.",
		"platformstring in ios | androidtrueThe platform.",
		"deviceDevice (Enum)YesThe device.",
		"InfoRequestParam[]requiredThe info.",
		"Int64 (Count)1.0.0\"a b\"falseNothing.",
		"lvlinteger10-Level.",
		"X-Api-Key: trueOptional if set",
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	names := vocabularyOf(testLexicon{"InfoRequestParam", "Device", "DeviceInfo", "StringMap"})
	names.others = []pages.OtherColumn{pages.OtherVersion, pages.OtherDefault, pages.OtherExample, pages.OtherDeprecated}
	names.stated = map[string]bool{"yes": true, "required": true}
	tables := []struct {
		kind pages.Kind
		cols []pages.Column
	}{
		{pages.KindEnum, []pages.Column{pages.ColName, pages.ColCode, pages.ColDescription}},
		{pages.KindEnum, []pages.Column{pages.ColCode, pages.ColName, pages.ColDescription}},
		{pages.KindHeaders, []pages.Column{pages.ColName, pages.ColType, pages.ColRequired, pages.ColDescription}},
		{pages.KindFields, []pages.Column{pages.ColCode, pages.ColType, pages.ColRequired, pages.ColDescription}},
		{pages.KindFields, []pages.Column{pages.ColOther, pages.ColOther, pages.ColOther, pages.ColOther, pages.ColDescription}},
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		code := strings.Fields(l + " x")[0]
		for i := range len(l) + 1 {
			for _, tb := range tables {
				for ci := range len(tb.cols) - 1 {
					before := slices.Repeat([]string{code}, ci)
					for _, c := range cellCandidates(nil, l[i:], tb.kind, tb.cols, before, names, true, -1<<30) {
						if b := cellBound(tb.cols[ci], len(l)); c.score > b {
							t.Fatalf("%q, column %d of %v: candidate %q scores %d, above its bound %d", l, ci, tb.cols, c.text, c.score, b)
						}
					}
				}
			}
		}
	}
}

// TestTypeFloor checks that the type candidates left out below a floor
// are those that score below it, unknownNameBound the most a name no
// page defines scores: every candidate at floor or above is worked out,
// at every place of the sample pages' lines, whatever the floor.
func TestTypeFloor(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/pages/00[0-4]_*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample pages: %v", err)
	}
	lines := []string{"idsList<String, Long>[]trueThe ids.", "outfitIdsList<String>trueThe outfits.", "customDatasCustomDataParam[]trueThe data.", "deviceDevice (Enum)YesThe device."}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	names := vocabularyOf(testLexicon{"InfoRequestParam", "Device", "DeviceInfo", "StringMap"})
	above := func(cs []candidate, floor int) []candidate {
		return slices.DeleteFunc(cs, func(c candidate) bool { return c.score < floor })
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		code := strings.Fields(l + " x")[0]
		for i := range len(l) + 1 {
			all := typeCandidates(nil, l[i:], code, names, true, -1<<30)
			for _, c := range all {
				if c.score < 0 && c.score > unknownNameBound {
					t.Fatalf("%q: candidate %q scores %d, above unknownNameBound %d", l[i:], c.text, c.score, unknownNameBound)
				}
			}
			for _, floor := range []int{unknownNameBound, unknownNameBound + 1, 0, primitiveBonus} {
				if got, want := above(typeCandidates(nil, l[i:], code, names, true, floor), floor), above(slices.Clone(all), floor); !slices.Equal(got, want) {
					t.Fatalf("%q, floor %d: candidates %v, want %v", l[i:], floor, got, want)
				}
			}
		}
	}
}

// TestSentenceBetweenRows reads a line that begins with a capital after
// a row whose description ends no sentence ("App Secret"), rows of the
// table after it, as that row's text, with a warning at its line: it
// may as well be a note or a title that cut the table. After a row that
// ends a sentence it is the cell's next paragraph, read with no word.
func TestSentenceBetweenRows(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"NameTypeRequiredDescription",
		"appSecretStringtrueApp Secret",
		"Values are checked by the server.",
		"kgAppIdStringtrueThe app's ID.",
		"It is given by the console.",
		"memoStringfalseA note",
	}
	got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: testLexicon{}, Report: rep}))
	want := []string{
		"appSecret | String | true | App Secret Values are checked by the server.",
		"kgAppId | String | true | The app's ID. It is given by the console.",
		"memo | String | false | A note",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if errs != nil {
		t.Fatalf("refused: %v", errs)
	}
	w := ""
	if warns != nil {
		w = warns.Error()
	}
	if !strings.Contains(w, `p.txt:3: line 3 ("Values are checked by the server."), between the rows at line 2 and after it`) || strings.Contains(w, "p.txt:5:") {
		t.Errorf("want a warning at line 3 alone: %s", w)
	}
}

// TestParagraphsKept keeps, on the row it is read with, each line that
// begins a sentence of its own after a sentence's end, with the lines
// that go on it (pages.Row.Paragraphs), for its protocol to warn of
// where it changes what the description states; a line that goes on a
// sentence, or one after text that ends none (warned of at once), is
// none.
func TestParagraphsKept(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"NameTypeRequiredDescription",
		"appSecretStringtrueApp Secret",
		"Values are checked by the server.",
		"kgAppIdStringtrueThe app's ID.",
		"Defaults to 5 when omitted, as",
		"the server sets it.",
		"memoStringfalseA note, up to",
		"ten words long.",
	}
	var got []string
	for _, b := range flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: testLexicon{}, Report: rep}) {
		if b.Table == nil {
			continue
		}
		for _, r := range b.Table.Rows {
			for _, p := range r.Paragraphs {
				got = append(got, fmt.Sprintf("%d<%d: %s", p.Line, r.Line, p.Text))
			}
		}
	}
	if want := []string{"5<4: Defaults to 5 when omitted, as the server sets it."}; !slices.Equal(got, want) {
		t.Errorf("paragraphs %q; want %q", got, want)
	}
}

// TestRespelledRequiredWord reads a row whose Required cell was empty,
// run together by a converter that drops an empty cell, and whose
// description begins with a requiredness word capitalised as a sentence
// begins ("estimatedbooleanTrue when …"): where the rows above write
// that word otherwise ("true"), it is the description's first word, the
// Required cell empty, warned at its line; where they write it so too
// ("True"), or its description begins with a capital, it is the
// Required cell.
func TestRespelledRequiredWord(t *testing.T) {
	page := []string{
		"CodeTypeRequiredDescription",
		"kindTideEventKindtrueWhat the event is.",
		"tsAtnumbertrueTimestamp of the event.",
		"estimatedbooleanTrue when the gauge was offline.",
		"",
		"TideDay",
		"CodeTypeRequiredDescription",
		"datestringTrueThe day.",
		"roughbooleanTrue when the sea is rough.",
		"calmbooleantrueTrue when the sea is calm.",
	}
	rep := &pages.Reporter{}
	blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: page, Words: sectionLexicon{testLexicon{"TideEventKind", "TideDay"}}, Report: rep})
	want := []string{
		"kind | TideEventKind | true | What the event is.",
		"tsAt | number | true | Timestamp of the event.",
		"estimated | boolean |  | True when the gauge was offline.",
		"TideDay",
		"date | string | True | The day.",
		"rough | boolean | True | when the sea is rough.",
		"calm | boolean | true | True when the sea is calm.",
	}
	var got []string
	for _, l := range readout(blocks) {
		if l != "" {
			got = append(got, l)
		}
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if !reflect.DeepEqual(got, want) || len(errs) > 0 || len(warns) != 1 || !strings.HasPrefix(warns[0].Error(), `p.txt:4: line 4 splits with "True" for its Required cell, but the rows above it in the table at line 1 write that word "true"`) {
		t.Errorf("got %q\nwarnings %v, errors %v\nwant %q and one warning at line 4", got, warns, errs, want)
	}
}
