package read

import (
	"reflect"
	"regexp"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestIsIdentLine checks isIdentLine against the pattern it stands for.
func TestIsIdentLine(t *testing.T) {
	pattern := regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$`)
	for _, s := range []string{
		"", "a", "_", "Z9", "9a", "a9_b", "GenericModels.BanItem", "a.b.c", "a.", ".a", "a..b",
		"a.9", "a._", "a-b", "a b", "ReturnCode ", "é", "aé", "a$", "Data structure: Device.",
	} {
		if got, want := IsIdentLine(s), pattern.MatchString(s); got != want {
			t.Errorf("isIdentLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHeadingName checks that a heading names its identifier, a gloss in
// parentheses or after a dash left out, and that no other line names one.
func TestHeadingName(t *testing.T) {
	for _, c := range []struct {
		line, name string
		ok         bool
	}{
		{"Term", "Term", true},
		{"Term (약관)", "Term", true},
		{"TermVersion (약관 버전)", "TermVersion", true},
		{"GenericModels.Reward (reward)", "GenericModels.Reward", true},
		{"Term ()", "", false},
		{"Term (a) (b)", "", false},
		{"Term (a (b))", "", false},
		{"Term (약관", "", false},
		{"Term (약관) list", "", false},
		{"요청 헤더 (Request Headers)", "", false},
		{"Request Headers", "", false},
		{"(약관)", "", false},
		{"GenericModels.EmblemLayer — one layer of an emblem", "GenericModels.EmblemLayer", true},
		{"Term – 약관", "Term", true},
		{"Term — ", "", false},
		{"Request Headers — the client's", "", false},
		{"Term - a hyphen", "", false},
		{"Term  (a)", "", false},
		{"Term — (a)", "Term", true},
		{"Term (a — b)", "Term", true},
		{"", "", false},
	} {
		name, ok := HeadingName(c.line)
		if name != c.name || ok != c.ok {
			t.Errorf("HeadingName(%q) = %q, %v; want %q, %v", c.line, name, ok, c.name, c.ok)
		}
	}
}

// TestNameCell checks that a Deprecated badge beside a name leaves the
// name, and that no other cell loses a word.
func TestNameCell(t *testing.T) {
	for _, c := range []struct {
		cell, name string
		deprecated bool
	}{
		{"legacySku", "legacySku", false},
		{"`legacySku` Deprecated", "legacySku", true},
		{"~~legacySku~~ (deprecated)", "legacySku", true},
		{"[DEPRECATED] _id", "_id", true},
		{"legacySku Obsolete", "legacySku Obsolete", false},
		{"user id", "user id", false},
		{"Deprecated", "Deprecated", false},
		{"a b Deprecated", "a b Deprecated", false},
	} {
		name, deprecated := NameCell(c.cell)
		if name != c.name || deprecated != c.deprecated {
			t.Errorf("NameCell(%q) = %q, %v; want %q, %v", c.cell, name, deprecated, c.name, c.deprecated)
		}
	}
}

// TestOtherCell checks what a cell of a column of no field fact's kind
// adds to the description: a default, nothing, or itself.
func TestOtherCell(t *testing.T) {
	for _, c := range []struct {
		header, cell, text string
		ok                 bool
	}{
		{"Default", "10", "(Default: 10)", true},
		{"default value", "`ko`", "(Default: ko)", true},
		{"기본값", "false", "(Default: false)", true},
		{"Default", "-", "", false},
		{"Default", "", "", false},
		{"Since", "5.2", "", false},
		{"Example", "`16`", "", false},
		{"**Deprecated**", "yes", "", false},
		{"Unit", "ms", "ms", true},
		{"Unit", " ", "", false},
	} {
		text, ok := OtherCell(c.header, c.cell)
		if text != c.text || ok != c.ok {
			t.Errorf("OtherCell(%q, %q) = %q, %v; want %q, %v", c.header, c.cell, text, ok, c.text, c.ok)
		}
	}
}

func TestParseType(t *testing.T) {
	for _, c := range []struct {
		in   string
		want TypeText
		ok   bool
	}{
		{"string", TypeText{Name: schema.String}, true},
		{"GenericModels.Recipe[] (opens in a new tab)", TypeText{Name: "GenericModels.Recipe", Array: true}, true},
		{"`Recipe` (Opens in new window)", TypeText{Name: "Recipe"}, true},
		{"string (external link)", TypeText{Name: schema.String}, true},
		{"Recipe (new tab list)", TypeText{}, false},
		{"number", TypeText{Name: schema.Number}, true},
		{"number int", TypeText{Name: schema.Integer}, true},
		{"Number Int", TypeText{Name: schema.Integer}, true},
		{"number float", TypeText{Name: schema.Number}, true},
		{"boolean", TypeText{Name: schema.Boolean}, true},
		{"bool", TypeText{Name: schema.Boolean}, true},
		{"any", TypeText{Name: schema.Any}, true},
		{"string[]", TypeText{Name: schema.String, Array: true}, true},
		{"`string[]`", TypeText{Name: schema.String, Array: true}, true},
		{"CustomDataParam[]", TypeText{Name: "CustomDataParam", Array: true}, true},
		{"GenericModels.BanItem", TypeText{Name: "GenericModels.BanItem"}, true},
		{"GNHashtable", TypeText{Name: schema.Hashtable}, true},
		{"GNArray", TypeText{Name: schema.Any, Array: true}, true},
		{"string in a | b | c", TypeText{Name: schema.String, Values: []string{"a", "b", "c"}}, true},
		{"string in `ios` | \"android\"", TypeText{Name: schema.String, Values: []string{"ios", "android"}}, true},
		{"Offsets in cents, one per string. (1 - 12 items)", TypeText{}, false},
		{"Weight in kilograms", TypeText{}, false},
		{"Tracks in play order | shuffled", TypeText{}, false},
		{"string[] in a | b", TypeText{Name: schema.String, Array: true, Values: []string{"a", "b"}}, true},
		{"The offsets in cents", TypeText{}, false},
		{"number  int", TypeText{Name: schema.Integer}, true},
		{"number\tint", TypeText{Name: schema.Integer}, true},
		{" `Number Int` ", TypeText{Name: schema.Integer}, true},
		{"InfoResponseParametersOfAVeryLongOperationName0001", TypeText{Name: "InfoResponseParametersOfAVeryLongOperationName0001"}, true},
		{"STRİNG", TypeText{Name: schema.String}, true},
		{"int32", TypeText{Name: schema.Integer}, true},
		{"int64", TypeText{Name: schema.Integer}, true},
		{"float", TypeText{Name: schema.Number}, true},
		{"double", TypeText{Name: schema.Number}, true},
		{"map<string, string>", TypeText{Name: schema.Hashtable}, true},
		{"Map<String,Object>", TypeText{Name: schema.Hashtable}, true},
		{"Array<ServerRegion>", TypeText{Name: "ServerRegion", Array: true}, true},
		{"List<GenericModels.Reward>", TypeText{Name: "GenericModels.Reward", Array: true}, true},
		{"array<int64>", TypeText{Name: schema.Integer, Array: true}, true},
		{"enum(Low|Normal|High)", TypeText{Name: schema.String, Values: []string{"Low", "Normal", "High"}}, true},
		{"Enum( a | b )", TypeText{Name: schema.String, Values: []string{"a", "b"}}, true},
		{"Array<userId>", TypeText{}, false},
		{"enum(Low|Normal", TypeText{}, false},
		{"userId", TypeText{}, false},
		{"a string", TypeText{}, false},
		{"TRUE", TypeText{}, false},
		{"FALSE", TypeText{}, false},
		{"Yes", TypeText{}, false},
		{"Y", TypeText{}, false},
		{"", TypeText{}, false},
		{"Integer (HazardClass)", TypeText{Name: "HazardClass", Wire: schema.Integer}, true},
		{"Integer ( HazardClass )", TypeText{Name: "HazardClass", Wire: schema.Integer}, true},
		{"number (DropRarity)", TypeText{Name: "DropRarity", Wire: schema.Number}, true},
		{"Integer, see HazardClass", TypeText{Name: "HazardClass", Wire: schema.Integer}, true},
		{"Integer – HazardClass", TypeText{Name: "HazardClass", Wire: schema.Integer}, true},
		{"Integer - GenericModels.Tier", TypeText{Name: "GenericModels.Tier", Wire: schema.Integer}, true},
		{"HazardClass (Integer)", TypeText{Name: "HazardClass", Wire: schema.Integer}, true},
		{"number int (DropRarity)", TypeText{Name: "DropRarity", Wire: schema.Integer}, true},
		{"String (Enum)", TypeText{}, false},
		{"Integer (Long)", TypeText{}, false},
		{"Integer (ms)", TypeText{}, false},
		{"Integer (TRUE)", TypeText{}, false},
		{"Hazard (Class)", TypeText{}, false},
		{"Amount - Tier", TypeText{}, false},
	} {
		got, ok := ParseType(c.in)
		if ok != c.ok || ok && !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseType(%q) = %+v, %v; want %+v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestRequirement reads the requiredness cells of both protocols' tables:
// booleans, words, check marks, conditions; any other text is none.
func TestRequirement(t *testing.T) {
	for cell, want := range map[string]schema.Requirement{
		"true": schema.Required, "Y": schema.Required, "yes": schema.Required, "Required": schema.Required,
		"mandatory": schema.Required, "O": schema.Required,
		"false": schema.Optional, "n": schema.Optional, "No": schema.Optional, "optional": schema.Optional, "X": schema.Optional,
		"Optional if the player has no email": schema.Conditional, "Required when paying": schema.Conditional,
		"필수": schema.Required, "✓": schema.Required, "✔": schema.Required, "✔\ufe0f": schema.Required, " ✓ ": schema.Required,
		"선택": schema.Optional, "✗": schema.Optional, "-": schema.Optional,
		"": "", "The device ID.": "", "maybe": "", "Req.": "", "✓✓": "",
	} {
		got, ok := Requirement(cell)
		if got != want || ok != (want != "") {
			t.Errorf("Requirement(%q) = %q, %v; want %q", cell, got, ok, want)
		}
	}
}

func TestBlankRequirement(t *testing.T) {
	for _, c := range []struct {
		name  string
		table []string
		page  [][]string
		want  bool
	}{
		{"marks and blanks", []string{"Y", "", "Y"}, nil, true},
		{"a condition beside them", []string{"✓", "", "Required if guest"}, nil, true},
		{"yes, no and a blank", []string{"Y", "N", ""}, nil, false},
		{"blanks alone, nothing else on the page", []string{"", ""}, nil, false},
		{"blanks alone, a page of marks and blanks", []string{"", ""}, [][]string{{"true", ""}, {"Optional", "Required"}}, true},
		{"blanks alone, a page of yes, no and blanks", []string{"", ""}, [][]string{{"true", ""}, {"false", "", "true"}}, false},
		{"blanks alone, a page of marks only", []string{""}, [][]string{{"true", "true"}}, true},
		{"blanks alone, a page of yes and no only", []string{""}, [][]string{{"true", "false"}}, false},
	} {
		if _, got := BlankRequirement(c.table, func() [][]string { return c.page }); got != c.want {
			t.Errorf("%s: BlankRequirement(%q, %q) = %t, want %t", c.name, c.table, c.page, got, c.want)
		}
	}
}

// TestFirstLetter changes a name's first letter, and leaves an empty
// name empty: a name not known yet (an operation whose path is lost)
// must not become U+FFFD in a message or a type's name.
func TestFirstLetter(t *testing.T) {
	for _, c := range []struct{ in, upper, lower string }{
		{"trainMount", "TrainMount", "trainMount"},
		{"ReturnCode", "ReturnCode", "returnCode"},
		{"élan", "Élan", "élan"},
		{"", "", ""},
	} {
		if got := UpperFirst(c.in); got != c.upper {
			t.Errorf("UpperFirst(%q) = %q; want %q", c.in, got, c.upper)
		}
		if got := LowerFirst(c.in); got != c.lower {
			t.Errorf("LowerFirst(%q) = %q; want %q", c.in, got, c.lower)
		}
	}
}
