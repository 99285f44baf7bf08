package aligned

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
)

// readSpaced reads page in the style of columns aligned with spaces and
// in Markdown, with a lexicon that knows the types given, and returns
// per style the tables, the warnings and the errors.
func readSpaced(t *testing.T, page string, types ...string) (tables [][][][]string, warns, errs [][]string) {
	t.Helper()
	for _, st := range []pages.Style{Style{}, markdown.Style{}} {
		rep := &pages.Reporter{}
		src := pages.Source{Name: "p.md", Lines: pages.Lines([]byte(page)), Report: rep, Words: spacedLexicon(types), LineTables: LineTables}
		tb, _, w, e := gather(pages.Read(st, src), rep)
		tables, warns, errs = append(tables, tb), append(warns, w), append(errs, e)
	}
	return tables, warns, errs
}

// TestSpacedRunTables reads whole tables printed on one line as
// k3a/html2text prints them, the cells of a row run together and the
// rows a space apart (the header a space from the first row too): a row
// at each name after a space run into a type, in lower case too
// ("userIdstringtrue"), an array's brackets and a type of two words
// ("number int") part of it, an empty Required cell the converter
// dropped left empty; a table of headers, Name | Required | Description,
// its rows a name run into a requiredness word, "Optional" and its
// condition a cell; the line under the table that a cell's line break
// began, its text before the next row that cell's rest and its rows the
// table's, at their own line; with warnings. A name that runs into its
// cells at two places is refused at its line, naming both readings.
func TestSpacedRunTables(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][][]string
		warn, err  string
	}{{
		name: "fields",
		page: "## Body\n\nNameTypeRequiredDescription userIdstringtrueThe player. (10 characters) gathersGenericModels.Gather[]trueThe gathers. See #genericmodels-gather culletGramsnumber intBroken glass, in grams. soakRationumberSoak ratio. (Default: 0.7)\n",
		want: [][][]string{{
			{"Name", "Type", "Required", "Description"},
			{"userId", "string", "true", "The player. (10 characters)"},
			{"gathers", "GenericModels.Gather[]", "true", "The gathers. See #genericmodels-gather"},
			{"culletGrams", "number int", "", "Broken glass, in grams."},
			{"soakRatio", "number", "", "Soak ratio. (Default: 0.7)"},
		}},
		warn: "p.md:3: line 3 holds a whole table on one line (Name | Type | Required | Description), its cells run together with nothing between them and its rows a space apart",
	}, {
		name: "headers",
		page: "## Request Headers\n\nNameRequiredDescription Secret-KeytrueThe secret key. Game-IdOptional if the key names a game, the game this request is for. Content-Typetrueapplication/json\n",
		want: [][][]string{{
			{"Name", "Required", "Description"},
			{"Secret-Key", "true", "The secret key."},
			{"Game-Id", "Optional if the key names a game, the game this request is for.", ""},
			{"Content-Type", "true", "application/json"},
		}},
		warn: "run into a requiredness word",
	}, {
		name: "a cell's line break",
		page: "## Body\n\nNameTypeRequiredDescription userIdstringtrueThe player. lehrCycleLehrCycletrueThe cycle.\nA Slow cycle needs a seal. See #lehrcycle gatherIdsstring[]trueThe gathers. (2 - 12 items)\n",
		want: [][][]string{{
			{"Name", "Type", "Required", "Description"},
			{"userId", "string", "true", "The player."},
			{"lehrCycle", "LehrCycle", "true", "The cycle. A Slow cycle needs a seal. See #lehrcycle"},
			{"gatherIds", "string[]", "true", "The gathers. (2 - 12 items)"},
		}},
		warn: "p.md:4: line 4, right under the table run together on line 3, begins with \"A Slow cycle needs a seal. See #lehrcycle\" and goes on with rows of it",
	}, {
		name: "two readings",
		page: "## Body\n\nNameTypeDescription userIdstringThe player. lehrCyclestringThe cycle.\n",
		err:  `p.md:3: line 3 holds a whole table on one line (Name | Type | Description), its cells and rows run together with nothing between them, as a converter without tables prints it, but the row that begins "lehrCyclestringThe cycle." reads as "lehr" run into "Cyclestring" or "lehrCycle" run into "string" alike`,
	}} {
		tables, warns, errs := readSpaced(t, c.page, "LehrCycle", "GenericModels.Gather", "Cyclestring")
		for s := range tables {
			if c.err != "" {
				if len(errs[s]) != 1 || !strings.Contains(errs[s][0], c.err) {
					t.Errorf("%s (style %d): errors %q, want one with %q", c.name, s, errs[s], c.err)
				}
				continue
			}
			if len(errs[s]) > 0 || !reflect.DeepEqual(tables[s], c.want) {
				t.Errorf("%s (style %d): tables %q, errors %q", c.name, s, tables[s], errs[s])
			}
			if !strings.Contains(strings.Join(warns[s], "\n"), c.warn) {
				t.Errorf("%s (style %d): warnings %q, want one with %q", c.name, s, warns[s], c.warn)
			}
		}
	}
}

// TestSpacedRunTableRows places each row of a table html2text printed
// on its own line: a row on the line under the table that a cell's line
// break began is at that line.
func TestSpacedRunTableRows(t *testing.T) {
	rep := &pages.Reporter{}
	page := "## Body\n\nNameTypeRequiredDescription lehrCycleLehrCycletrueThe cycle.\nA Slow cycle needs a seal. gatherIdsstring[]trueThe gathers.\n"
	src := pages.Source{Name: "p.md", Lines: pages.Lines([]byte(page)), Report: rep, Words: spacedLexicon{"LehrCycle"}, LineTables: LineTables}
	var lines []int
	for _, b := range pages.Read(markdown.Style{}, src) {
		if b.Table != nil {
			for _, r := range b.Table.Rows {
				lines = append(lines, r.Line)
			}
		}
	}
	if !reflect.DeepEqual(lines, []int{3, 4}) {
		t.Errorf("rows at lines %v, want [3 4]", lines)
	}
}

// TestSpacedCodeTables reads whole tables of codes printed on one line
// as k3a/html2text prints them (Name | Code | Description), a row at each
// name after a space run into its code run into its description, a
// negative code too; a description begins with a capital or with a
// number, never with a dot or a number run into a word, so "Fine20.1 -
// 0.8 mm." is code 2 and "Null10The" code 10; a code of two readings
// is told by the codes beside it counting up by one, with a warning,
// and refused where they tell neither, naming its readings.
func TestSpacedCodeTables(t *testing.T) {
	for _, c := range []struct {
		name, line string
		codes      []string
		warn, err  string
	}{{
		name:  "sizes",
		line:  "NameCodeDescription Powder1Finer than 0.1 mm. Fine20.1 - 0.8 mm. Medium30.8 - 2 mm. Coarse42 - 4 mm.",
		codes: []string{"Powder 1 Finer than 0.1 mm.", "Fine 2 0.1 - 0.8 mm.", "Medium 3 0.8 - 2 mm.", "Coarse 4 2 - 4 mm."},
		warn:  "p.md:3: line 3 holds a whole table of codes on one line (Name | Code | Description)",
	}, {
		name:  "negative codes",
		line:  "NameCodeDescription SecretInvalid-10Secret token is invalid. UnknownError0An unknown error. GNHashtableNull10The table is null.",
		codes: []string{"SecretInvalid -10 Secret token is invalid.", "UnknownError 0 An unknown error.", "GNHashtableNull 10 The table is null."},
		warn:  "run into a code run into its description",
	}, {
		name:  "told by the codes beside",
		line:  "NameCodeDescription Tiny1Less. Size205 mm. Huge3More.",
		codes: []string{"Tiny 1 Less.", "Size 2 05 mm.", "Huge 3 More."},
		warn:  "the code told by the rows beside it: Size 2",
	}, {
		name: "told by none",
		line: "NameCodeDescription Tiny7Less. Size205 mm. Huge9More.",
		err:  `the row "Size" reads as code 2 and description "05 mm. Huge9More." or code 20 and description "5 mm. Huge9More." alike`,
	}} {
		tables, warns, errs := readSpaced(t, "## Codes\n\n"+c.line+"\n")
		for s := range tables {
			if c.err != "" {
				if len(errs[s]) != 1 || !strings.Contains(errs[s][0], c.err) || !strings.Contains(errs[s][0], "p.md:3: ") {
					t.Errorf("%s (style %d): errors %q, want one with %q", c.name, s, errs[s], c.err)
				}
				continue
			}
			var got []string
			if len(tables[s]) == 1 {
				for _, r := range tables[s][0][1:] {
					got = append(got, strings.Join(r, " "))
				}
			}
			if len(errs[s]) > 0 || !reflect.DeepEqual(got, c.codes) {
				t.Errorf("%s (style %d): rows %q, errors %q", c.name, s, got, errs[s])
			}
			if !strings.Contains(strings.Join(warns[s], "\n"), c.warn) {
				t.Errorf("%s (style %d): warnings %q, want one with %q", c.name, s, warns[s], c.warn)
			}
		}
	}
}
