package pages

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestOneParagraphTable checks the paragraphs that hold a table, its
// cells run together, and the text that does not.
func TestOneParagraphTable(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"header then rows (Kakao)", "NameTypeMandatoryDescription appSecretStringYApp Secret AuthorizationStringYAuthorization: KakaoAK {ADMIN_KEY}", true},
		{"header twice, a row", "NameTypeDescription NameTypeDescription liftedBooleanWhether the sanction was lifted", true},
		{"header after a cell's text (a table in a cell)", "Defaults to now. NameTypeMandatoryDescription storeString (Enum)NStore of the payments:", true},
		{"header then rows (GearN, code spans)", "CodeTypeRequiredDescription `userId``string`trueThe player.", true},
		{"rows without their header (its cells a paragraph each above)", "playerIdString![(tick)](/s/check.svg)Player ID stageIdString![(tick)](/s/check.svg)Stage ID", true},
		{"rows, a list's type", "seatsList&lt;Seat&gt;Seats modeString (Enum)NMode", true},
		{"a header alone", "NameTypeMandatoryDescription", false},
		{"a header, then prose", "NameTypeDescription is how the table begins.", false},
		{"one row", "playerIdStringYPlayer ID", false},
		{"prose naming methods", "Call toString() and parseInt(x) on the value, or valueOf.", false},
		{"prose", "The name and type of each member are listed below.", false},
	} {
		if got := OneParagraphTable(c.text); got != c.want {
			t.Errorf("%s: OneParagraphTable(%q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestRefuseParagraphs checks that a table written as one paragraph is
// refused at its line, outside a code block only.
func TestRefuseParagraphs(t *testing.T) {
	blocks := []Block{
		{Line: 1, Text: "Request Headers"},
		{Line: 3, Text: "NameTypeMandatoryDescription appSecretStringYApp Secret kgAppIdStringYKG App ID"},
		{Line: 5, Text: "```"},
		{Line: 6, Text: "NameTypeMandatoryDescription appSecretStringYApp Secret kgAppIdStringYKG App ID"},
		{Line: 7, Text: "```"},
		{Line: 9, Table: &Table{Line: 9}},
		{Line: 12, Text: "playerIdStringYPlayer ID stageIdStringYStage ID"},
	}
	var rep Reporter
	if !refuseParagraphs(Source{Name: "p.md", Report: &rep}, blocks, nil) {
		t.Fatal("refused none")
	}
	var lines []int
	_, errs := rep.Sorted([]string{"p.md"}, false)
	for _, d := range errs {
		lines = append(lines, d.Pos.Line)
	}
	if len(lines) != 2 || lines[0] != 3 || lines[1] != 12 {
		t.Errorf("refused at lines %v, want [3 12] (not in the code block at 6)", lines)
	}
	var none Reporter
	if refuseParagraphs(Source{Name: "p.md", Report: &none}, blocks[:1], nil) {
		t.Error("refused a title")
	}
}

// TestRefuseHeadedText checks that a text line that begins with a
// table's header, text after it on its line or the next, is refused at
// its line, a header of codes, its labels of many words, with a code
// after it on its line too, and that a header alone, over a table or a
// blank line, and prose that begins with two column words or with a
// header of codes and no code after it are not.
func TestRefuseHeadedText(t *testing.T) {
	for _, c := range []struct {
		name   string
		blocks []Block
		want   []int
	}{
		{"a header over its rows read as text", []Block{{Line: 1, Text: "GenericModels.RegionLatency"}, {Line: 2, Text: "Code\t Type\t Required\t Description"}, {Line: 3, Text: "region string true The region."}}, []int{2}},
		{"a header and its rows as one paragraph", []Block{{Line: 4, Text: "Name Type Required Description playerId string true The player."}}, []int{4}},
		{"a header over a table (its title)", []Block{{Line: 1, Text: "Name Type Required Description"}, {Line: 2, Table: &Table{Line: 2}}}, nil},
		{"a header alone, text after a blank line", []Block{{Line: 1, Text: "Name Type Required Description"}, {Line: 3, Text: "The members."}}, nil},
		{"prose that begins with two column words", []Block{{Line: 1, Text: "Name type of the member, as the page writes it."}}, nil},
		{"no name's or code's column", []Block{{Line: 1, Text: "Type Required Description of each"}}, nil},
		{"a header over its rule, no row under it", []Block{{Line: 1, Text: "Name   Type   Mandatory   Description"}, {Line: 2, Text: "------ ------ ----------- -------------"}}, nil},
		{"in a code block", []Block{{Line: 1, Text: "```"}, {Line: 2, Text: "Name Type Required"}, {Line: 3, Text: "id string true"}, {Line: 4, Text: "```"}}, nil},
		{"a table of status codes on one line, its labels of many words", []Block{{Line: 7, Text: "Status Code Status Code Description Status Code Detailed Description 200 Normal Response Normal 404 Not Found No order with this ID"}}, []int{7}},
		{"a table of detail codes on one line", []Block{{Line: 3, Text: "Http response code detail_code msg Description 461 -70001 Not enough money The wallet holds less than the price"}}, []int{3}},
		{"a header of codes alone, a code's title", []Block{{Line: 1, Text: "Status Code Status Code Description Status Code Detailed Description"}, {Line: 2, Table: &Table{Line: 2}}}, nil},
		{"prose after a header of codes, no code", []Block{{Line: 1, Text: "Status Code Description of the answer, as the server sets it."}}, nil},
		{"prose that names a status code and a number", []Block{{Line: 1, Text: "The status code 200 means the call went through."}}, nil},
	} {
		var rep Reporter
		refuseParagraphs(Source{Name: "p.txt", Report: &rep}, c.blocks, nil)
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		var lines []int
		for _, d := range errs {
			lines = append(lines, d.Pos.Line)
		}
		if !slices.Equal(lines, c.want) {
			t.Errorf("%s: refused at lines %v (%v), want %v", c.name, lines, errs, c.want)
		}
	}
}

// TestRefuseUnstyled checks that a page whose style none tells is
// refused at the line of a table written as one paragraph, and only
// there.
func TestRefuseUnstyled(t *testing.T) {
	var rep Reporter
	src := Source{Name: "p.txt", Lines: []string{"Request Headers", "", "  NameTypeMandatoryDescription appSecretStringYApp Secret kgAppIdStringYKG App ID"}, Report: &rep}
	if !RefuseUnstyled(src) {
		t.Fatal("refused none")
	}
	_, errs := rep.Sorted([]string{"p.txt"}, false)
	if len(errs) != 1 || errs[0].Pos.Line != 3 {
		t.Errorf("refused %v, want one error at line 3", errs)
	}
	var none Reporter
	if RefuseUnstyled(Source{Name: "p.txt", Lines: src.Lines[:2], Report: &none}) || none.Failed() {
		t.Error("refused a title")
	}
}

// rowRunRe is what rowRun finds, as a pattern: a name run together with
// its type.
var rowRunRe = regexp.MustCompile("[a-z0-9_\\])`](?:String|Integer|Int|Long|Boolean|Bool|Double|Float|Number|Object|Array|List|Map|Date|DateTime)|[a-z0-9_`](?:string|integer|int|long|boolean|bool|double|float|number|object|array)`?(?:true|false|[A-Z])")

// TestRowRun checks that a line holds a match of rowRunRe exactly where
// one of its words holds one that rowRun finds, and that rowRun finds
// one in a word exactly where rowRunRe matches it, on the least matches
// of each of the pattern's forms, near misses, and every line of the
// sample pages and of the styles' fuzz corpora, and that mayRunRow rules
// out prose.
func TestRowRun(t *testing.T) {
	lines := []string{"aString", "]Int", ")Map", "`DateTime", "0List", "_Object", "`bool`true", "xfloatfalse", "xarrayQ", "nint`Y", "a name\u00a0String", "]int`Y", ")stringtrue", "xint``Y", "xint`y", "xboolean", "xIntege", "Integer", "é`Bool", "xnumber`", "xobjectfals"}
	for _, glob := range []string{"../testdata/pages/*", "../testdata/html/*", "*/testdata/fuzz/*/*"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			lines = append(lines, strings.Split(string(data), "\n")...)
		}
	}
	matched := 0
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			if got, want := rowRun(w), rowRunRe.MatchString(w); got != want {
				t.Errorf("rowRun(%q) = %v, rowRunRe matches it: %v", w, got, want)
			}
		}
		want := rowRunRe.MatchString(l)
		if got := slices.ContainsFunc(strings.Fields(l), rowRun); got != want {
			t.Errorf("rowRunRe.MatchString(%q) = %v, but a word of it rowRun: %v", l, want, got)
		}
		if want {
			matched++
		}
	}
	if matched < 100 {
		t.Errorf("rowRunRe matches %d lines, want 100 at least", matched)
	}
	for _, prose := range []string{"Represents", "a", "single", "API", "calls.", ""} {
		if mayRunRow(prose) {
			t.Errorf("mayRunRow(%q) = true, want false", prose)
		}
	}
}

// TestNamedParagraphTables checks that the refusal of a table written as
// one paragraph names each run-together header's columns, with the title
// a run of spaces sets apart before it (or the words that begin the
// paragraph before it), never a segment of rows, and counts the tables
// past maxNamedTables.
func TestNamedParagraphTables(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"titles set apart by runs of spaces", "GET Request Headers    NameTypeMandatoryDescription appSecretStringYApp Secret    Request Parameters    NameTypeMandatoryDescription playerIdStringYPlayer ID    BeaconPattern    CodeNameDescription 0FixedSteady light",
			`; tables: "GET Request Headers": Name, Type, Mandatory, Description; "Request Parameters": Name, Type, Mandatory, Description; "BeaconPattern": Code, Name, Description`},
		{"no title: html2markdown's paragraph", "NameTypeMandatoryDescription appSecretStringYApp Secret kgAppIdStringYKG App ID", "; tables: Name, Type, Mandatory, Description"},
		{"a short segment of rows is no title", "NameTypeDescription idStringID    NameTypeDescription nameStringName", "; tables: Name, Type, Description; Name, Type, Description"},
		{"a table of codes, its labels of many words run together", "Request Body    NameTypeDescription idStringID    Response Status Code    Status CodeStatus Code DescriptionStatus Code Detailed Description 200Normal ResponseNormal 404Not FoundNo player",
			`; tables: "Request Body": Name, Type, Description; "Response Status Code": Status Code, Status Code Description, Status Code Detailed Description`},
		{"no header", "playerIdStringYPlayer ID stageIdStringYStage ID", ""},
		{"past the most named", strings.Repeat("NameTypeDescription idStringID    ", maxNamedTables+2), "; tables: " + strings.Repeat("Name, Type, Description; ", maxNamedTables) + "and 2 more"},
	} {
		if got := namedParagraphTables(c.text); got != c.want {
			t.Errorf("%s: namedParagraphTables = %q, want %q", c.name, got, c.want)
		}
	}
}
