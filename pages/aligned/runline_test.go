package aligned

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
)

// TestRunLineTables reads whole tables printed on one line with nothing
// between their cells, as upndown prints a table, in Markdown and in the
// style of columns aligned with spaces: each row at a name run into a
// type (and a requiredness word), a name's start told by the digits or
// the punctuation mark its row's description before ends with, by a
// name the page's examples use, or by an acronym before a name in lower
// case, with a warning naming what told it; a type written as a link
// whose target's parentheses nest, as Confluence writes an anchor, is
// read whole (pages.LinkTarget); a row whose name's start no
// evidence or two tell is refused at its line, naming its readings, and
// so is a description that holds a word run into a type.
func TestRunLineTables(t *testing.T) {
	const examples = "\n    {\"playerId\": \"p\", \"total\": 1, \"house\": 2, \"stonesLeft\": 3, \"restX\": 4}\n    Left: 3\n    Team ID: 4\n"
	cases := []struct {
		line      string
		want      [][]string
		warn, err string
	}{{
		line: "NameTypeMandatoryDescriptiongameIdStringYGame IDplayerIdStringYPlayer ID, 1 ~ 12leagueString (Enum)NLeague (a, b)sizeIntegerN",
		want: [][]string{
			{"Name", "Type", "Mandatory", "Description"},
			{"gameId", "String", "Y", "Game ID"},
			{"playerId", "String", "Y", "Player ID, 1 ~ 12"},
			{"league", "String (Enum)", "N", "League (a, b)"},
			{"size", "Integer", "N", ""},
		},
		warn: `"playerId" (the page uses the name "playerId" elsewhere)`,
	}, {
		line: "NameTypeDescriptionsheetsList<Sheet>Sheets, by sheet numbertotalIntegerNumber of sheets, 1 ~ 9unitsStationMeasure of the sheet",
		want: [][]string{
			{"Name", "Type", "Description"},
			{"sheets", "List<Sheet>", "Sheets, by sheet number"},
			{"total", "Integer", "Number of sheets, 1 ~ 9"},
			{"units", "Station", "Measure of the sheet"},
		},
	}, {
		line: "NameTypeDescriptionsheetsList<Sheet>Sheets, by sheet numbertotalInt64Number of sheets, 1 ~ 9",
		want: [][]string{
			{"Name", "Type", "Description"},
			{"sheets", "List<Sheet>", "Sheets, by sheet number"},
			{"total", "Int64", "Number of sheets, 1 ~ 9"},
		},
	}, {
		line: "NameTypeDescriptionteamIdStringTeam IDroundNoIntegerRound",
		want: [][]string{
			{"Name", "Type", "Description"},
			{"teamId", "String", "Team ID"},
			{"roundNo", "Integer", "Round"},
		},
		warn: `"roundNo" (the description ends with "ID", a word of capitals the page writes alone`,
	}, {
		line: "NameTypeMandatoryDescriptiongameIdStringYGame ID, 1 ~ 9delivery[Delivery](#Rink(/rink)-Delivery)YHow the stone is thrown",
		want: [][]string{
			{"Name", "Type", "Mandatory", "Description"},
			{"gameId", "String", "Y", "Game ID, 1 ~ 9"},
			{"delivery", "Delivery", "Y", "How the stone is thrown"},
		},
		warn: `read a row at each name run into a type`,
	}, {
		line: "NameTypeMandatoryDescriptiongameIdStringYShown to all entriescommentStringNA comment",
		err:  `where its name begins in "entriescomment", run on from the description of the row before, nothing tells`,
	}, {
		line: "NameTypeDescriptionstoneIdStringThe stone in the housestonesLeftIntegerStones left",
		err:  `reads as "Left" or "stonesLeft" alike`,
	}, {
		line: "NameTypeDescriptionstoneIdStringThe stone as a JSONStringrestXNumberResting place",
		err:  `a word run into a type`,
	}}
	for _, st := range []pages.Style{Style{}, markdown.Style{}} {
		for _, c := range cases {
			page := "## Body\n\n" + c.line + "\n" + examples
			rep := &pages.Reporter{}
			src := pages.Source{Name: "p.md", Lines: pages.Lines([]byte(page)), Report: rep, Words: spacedLexicon{"Station", "Sheet", "Delivery"}, LineTables: LineTables}
			tables, _, warns, errs := gather(pages.Read(st, src), rep)
			if c.err != "" {
				if len(errs) != 1 || !strings.Contains(errs[0], "p.md:3: line 3 holds a whole table on one line") || !strings.Contains(errs[0], c.err) {
					t.Errorf("%s: %q: errors %q, want one with %q", st, c.line, errs, c.err)
				}
				continue
			}
			if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], c.want) {
				t.Errorf("%s: %q: tables %q, errors %q", st, c.line, tables, errs)
			}
			if len(warns) != 1 || !strings.Contains(warns[0], "p.md:3: line 3 holds a whole table on one line") || !strings.Contains(warns[0], c.warn) {
				t.Errorf("%s: %q: warnings %q, want one with %q", st, c.line, warns, c.warn)
			}
		}
	}
}

// TestLeadingRunTogetherHeader cuts the header run together off a whole
// table printed on one line, and finds none in prose or in a header
// alone.
func TestLeadingRunTogetherHeader(t *testing.T) {
	head, rest := pages.LeadingRunTogetherHeader("NameTypeMandatoryDescriptionContent-TypeStringY\"application/json\"")
	if !reflect.DeepEqual(head, []string{"Name", "Type", "Mandatory", "Description"}) || rest != "Content-TypeStringY\"application/json\"" {
		t.Errorf("got %q, %q", head, rest)
	}
	for _, l := range []string{"NameTypeDescription", "Namespaces hold the types.", "Returns the sheets"} {
		if head, _ := pages.LeadingRunTogetherHeader(l); head != nil {
			t.Errorf("%q: got %q", l, head)
		}
	}
}

// codeLabelLexicon knows the labels of a Kakao page's tables of codes.
type codeLabelLexicon struct{ spacedLexicon }

func (codeLabelLexicon) CodeLabels() [][]string {
	return [][]string{{"Status Code", "Status Code Description", "Status Code Detailed Description"}}
}

// TestRunLineCodeTables reads a whole table of codes printed on one line
// with nothing between its cells, as upndown prints it: a row at each
// status code run into the text before it, with a warning; and refuses
// one whose text after its labels begins with no status code.
func TestRunLineCodeTables(t *testing.T) {
	read := func(line string) ([][][]string, []string, []string) {
		rep := &pages.Reporter{}
		src := pages.Source{Name: "p.md", Lines: pages.Lines([]byte("## Status\n\n" + line + "\n")), Report: rep, Words: codeLabelLexicon{}, LineTables: LineTables}
		tables, _, warns, errs := gather(pages.Read(markdown.Style{}, src), rep)
		return tables, warns, errs
	}
	tables, warns, errs := read("Status CodeStatus Code DescriptionStatus Code Detailed Description200Normal ResponseNormal400Bad RequestMissing data4xx (custom status)RejectedSee below")
	var codes []string
	if len(tables) == 1 {
		for _, r := range tables[0][1:] {
			codes = append(codes, r[0])
		}
	}
	if len(errs) > 0 || !reflect.DeepEqual(codes, []string{"200", "400", "4xx (custom status)"}) {
		t.Errorf("tables %q, errors %q", tables, errs)
	}
	if !slices.ContainsFunc(warns, func(w string) bool {
		return strings.Contains(w, "p.md:3: line 3 holds a whole table of codes on one line") && strings.Contains(w, "run together")
	}) {
		t.Errorf("warnings %q", warns)
	}
	if _, _, errs := read("Status CodeStatus Code DescriptionStatus Code Detailed DescriptionNormal200"); len(errs) != 1 || !strings.Contains(errs[0], "p.md:3: line 3 holds a whole table of codes on one line") {
		t.Errorf("errors %q", errs)
	}
	tables, warns, errs = read("Status CodeDetail CodeMessageDescription452-61001Crate sealedThe crate was sealed-61002Crate fullNo slot is left453-61003Bad keyThe key is wrong")
	want := [][]string{{"Status Code", "Detail Code", "Message", "Description"}, {"452", "-61001", "Crate sealed", "The crate was sealed"}, {"-61002", "Crate full", "No slot is left"}, {"453", "-61003", "Bad key", "The key is wrong"}}
	if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], want) {
		t.Errorf("labels at their seams: tables %q, errors %q", tables, errs)
	}
	if !slices.ContainsFunc(warns, func(w string) bool {
		return strings.Contains(w, "(Status Code | Detail Code | Message | Description, its labels cut where a capital follows a letter")
	}) {
		t.Errorf("labels at their seams: warnings %q", warns)
	}
}

// TestRunLineTitleAndWrap reads a whole table run together on one line
// that a copy ran its title into (the line break after the title lost),
// the title a line of its own and the table under it, with a warning;
// and the header of a table of codes run together that a hard wrap cut
// at a space, its two lines one, with a warning, and so the rows of a
// table of codes or of fields that a hard wrap cut, the lines under it
// up to a heading its rest. A sentence before a
// table's words is no title.
func TestRunLineTitleAndWrap(t *testing.T) {
	read := func(page string) ([]pages.Block, []string, []string) {
		rep := &pages.Reporter{}
		src := pages.Source{Name: "p.md", Lines: pages.Lines([]byte(page)), Report: rep, Words: codeLabelLexicon{}, LineTables: LineTables}
		blocks := pages.Read(markdown.Style{}, src)
		_, _, warns, errs := gather(blocks, rep)
		return blocks, warns, errs
	}
	describe := func(blocks []pages.Block) []string {
		var out []string
		for _, b := range blocks {
			if b.Table != nil {
				out = append(out, fmt.Sprintf("%d table %s, %d rows", b.Line, strings.Join(b.Table.Header, "|"), len(b.Table.Rows)))
				continue
			}
			out = append(out, fmt.Sprintf("%d %s", b.Line, b.Text))
		}
		return out
	}
	for _, c := range []struct {
		name, page string
		want       []string
		warn       string
	}{{
		name: "a title run into the header of a table of fields",
		page: "## Body\n\nRequest BodyNameTypeDescriptiongameIdStringGame ID, 1 ~ 12roundNoIntegerRound\n",
		want: []string{"1 Body", "3 Request Body", "3 table Name|Type|Description, 2 rows"},
		warn: `p.md:3: line 3 runs the title "Request Body" into the header of the table that follows it on the line`,
	}, {
		name: "a title run into the labels of a table of codes",
		page: "## Codes\n\nResponse Status CodeStatus CodeStatus Code DescriptionStatus Code Detailed Description200Normal ResponseNormal400Bad RequestMissing data\n",
		want: []string{"1 Codes", "3 Response Status Code", "3 table Status Code|Status Code Description|Status Code Detailed Description, 2 rows"},
		warn: `p.md:3: line 3 runs the title "Response Status Code" into the header of the table that follows it on the line`,
	}, {
		name: "the labels of a table of codes cut by a hard wrap",
		page: "## Codes\n\nStatus CodeStatus Code DescriptionStatus Code Detailed\nDescription200Normal ResponseNormal400Bad RequestMissing data\n",
		want: []string{"1 Codes", "3 table Status Code|Status Code Description|Status Code Detailed Description, 2 rows"},
		warn: "p.md:3: line 3 holds the start of the header of a table of codes, its labels run together, and line 4 its rest, as a hard wrap cut the line at a space: read as one line",
	}, {
		name: "the rows of a table of codes cut by a hard wrap",
		page: "## Codes\n\nStatus CodeStatus Code DescriptionStatus Code Detailed Description200Normal ResponseNormal400Bad RequestMissing\ndata401UnauthenticatedAuthentication\nfailed\n## Body\n",
		want: []string{"1 Codes", "3 table Status Code|Status Code Description|Status Code Detailed Description, 3 rows", "6 Body"},
		warn: "p.md:3: line 3 holds a whole table run together on one line, and 2 lines of text (lines 4-5) right under it go on with its last row, as a hard wrap cut the line at a space",
	}, {
		name: "the rows of a table of fields cut by a hard wrap",
		page: "## Body\n\nNameTypeDescriptiongameIdStringGame ID, 1 ~\n12roundNoIntegerRound\n",
		want: []string{"1 Body", "3 table Name|Type|Description, 2 rows"},
		warn: "p.md:3: line 3 holds a whole table run together on one line, and the line of text at line 4 right under it go on with its last row",
	}, {
		name: "a sentence before the words is no title",
		page: "## Body\n\nSee the table. NameTypeDescriptiongameIdStringGame ID\n",
		want: []string{"1 Body", "3 See the table. NameTypeDescriptiongameIdStringGame ID"},
	}} {
		blocks, warns, errs := read(c.page)
		if got := describe(blocks); !reflect.DeepEqual(got, c.want) || len(errs) > 0 {
			t.Errorf("%s: blocks\n%s\nwant\n%s\nerrors %q", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"), errs)
		}
		if c.warn != "" && !slices.ContainsFunc(warns, func(w string) bool { return strings.HasPrefix(w, c.warn) }) {
			t.Errorf("%s: warnings %q, want one that begins %q", c.name, warns, c.warn)
		}
	}
}
