package read

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestNoteFacts reads the fact a note right after a table of fields
// states of the field it names (a callout's label and text, a paragraph
// whose lines a style read one by one) into that field's description,
// with a warning at the note's line; refuses a note that states another
// value than the field's row; and reads for no field, with a warning, a
// note that names several fields or a field by a word of prose. A note
// past a section title or the next table, one that states nothing, or
// what the row states too, is let be. The rows it reads a note into are
// copies.
func TestNoteFacts(t *testing.T) {
	for _, c := range []struct {
		name string
		// after are the text lines after the table, from line 7: a note
		// at line 9.
		after []string
		// row is the row the note is read into, and desc its description
		// then; warn and fail the messages at line 9, if any.
		row              int
		desc, warn, fail string
	}{
		{name: "a callout's label and its text", after: []string{"Nets", "", "When keepNets is omitted the nets are scrapped (default: false)."}, row: 2,
			desc: "Keep the nets. When keepNets is omitted the nets are scrapped (default: false).",
			warn: "a note after the table at line 1, names the table's field keepNets and states what its row at line 4 does not: read as a part of that field's description (default false with it, nothing without it)"},
		{name: "a bound in prose, the name in a code span", after: []string{"", "", "Note that `reason` holds up to 80 characters."}, row: 3,
			desc: "Why. Note that `reason` holds up to 80 characters.", warn: "length ..80 with it, nothing without it"},
		{name: "a paragraph read line by line", after: []string{"Nets", "", "When keepNets is omitted the nets are scrapped", "with the stakes (default: false)."}, row: 2,
			desc: "Keep the nets. When keepNets is omitted the nets are scrapped with the stakes (default: false).", warn: "names the table's field keepNets"},
		{name: "a row that ends in a bound", after: []string{"", "", "When `hours` is omitted the stay is eight hours (default: 8)."}, row: 4,
			desc: "Hours away, 1 ~ 24. When `hours` is omitted the stay is eight hours (default: 8).", warn: "(value 1..24, default 8 with it, value 1..24 without it)"},
		{name: "another value than the row's", after: []string{"", "", "The pageSize is 1 ~ 50 (default: 20)."}, row: -1,
			fail: "states value 1..50, default 20 of the table's field pageSize, whose row at line 3 states value 1..40, default 10: correct the page"},
		{name: "the row's own facts again", after: []string{"", "", "pageSize is 1 ~ 40 (default: 10)."}, row: -1},
		{name: "two fields", after: []string{"", "", "keepNets and pageSize default to false (default: false)."}, row: -1,
			warn: "names the table's fields pageSize, keepNets: read as a fact of none"},
		{name: "a word of prose", after: []string{"", "", "The reason is kept up to 80 characters."}, row: -1,
			warn: `holds the word "reason", which names a field of the table and is a word of prose too: read as a fact of no field`},
		{name: "past a section title", after: []string{"", "Response Body", "When keepNets is omitted the nets are scrapped (default: false)."}, row: -1},
		{name: "no fact", after: []string{"", "", "When keepNets is omitted the nets are scrapped."}, row: -1},
		{name: "an example's line", after: []string{"", "", `"keepNets": false, "pageSize": 10 (default: 10)`}, row: -1},
	} {
		tb := &pages.Table{Line: 1, Header: []string{"Name", "Type", "Mandatory", "Description"}, Rows: []*pages.Row{
			{Line: 2, Cells: []string{"playerId", "String", "Y", "Player ID"}},
			{Line: 3, Cells: []string{"pageSize", "Integer", "N", "Page size, 1 ~ 40 (default: 10)"}},
			{Line: 4, Cells: []string{"keepNets", "Boolean", "N", "Keep the nets"}},
			{Line: 5, Cells: []string{"reason", "String", "N", "Why"}},
			{Line: 6, Cells: []string{"hours", "Integer", "N", "Hours away, 1 ~ 24"}},
		}}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		rows := tb.Rows
		items := []pages.Block{{Line: 1, Table: tb}}
		for k, l := range c.after {
			if l != "" {
				items = append(items, pages.Block{Line: 7 + k, Text: l})
			}
		}
		items = append(items, pages.Block{Line: 20, Table: &pages.Table{Line: 20}})
		rep := &pages.Reporter{}
		NoteFacts("p.txt", items, rep)
		ws, errs := rep.Sorted([]string{"p.txt"}, false)
		check := func(what string, got schema.Diagnostics, want string) {
			if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || !strings.Contains(got.Error(), "p.txt:9: line 9 (") || !strings.Contains(got.Error(), want)) {
				t.Errorf("%s: %s %v, want %q", c.name, what, got, want)
			}
		}
		check("warnings", ws, c.warn)
		check("errors", errs, c.fail)
		for k, r := range tb.Rows {
			switch {
			case k == c.row && r.Cells[3] != c.desc:
				t.Errorf("%s: row %d's description %q, want %q", c.name, k, r.Cells[3], c.desc)
			case k == c.row && r == rows[k]:
				t.Errorf("%s: row %d read in place, want a copy", c.name, k)
			case k != c.row && r != rows[k]:
				t.Errorf("%s: row %d changed", c.name, k)
			}
		}
		if c.row >= 0 && rows[c.row].Cells[3] == c.desc {
			t.Errorf("%s: the style's row changed", c.name)
		}
	}
}

// TestNoteFactsTakesParagraphs takes a paragraph that a style joined to
// the last row of a table (PhpWiki's text after a table, up to a
// heading) out of that row where it names another field of the table,
// and reads it as that field's, so that WarnParagraphFacts does not read
// it as the last row's; a paragraph that names its own row stays.
func TestNoteFactsTakesParagraphs(t *testing.T) {
	note := "When keepNets is omitted the nets are scrapped (default: false)."
	own := "A reason holds at most 80 characters (reason)."
	tb := &pages.Table{Line: 1, Header: []string{"Name", "Type", "Description"}, Rows: []*pages.Row{
		{Line: 2, Cells: []string{"keepNets", "Boolean", "Keep the nets"}},
		{Line: 3, Cells: []string{"reason", "String", "Why " + note + " " + own}, Paragraphs: []pages.Block{{Line: 5, Text: note}, {Line: 7, Text: own}}},
	}}
	tb.Cols, _ = pages.ColumnsOf(tb.Header)
	rep := &pages.Reporter{}
	NoteFacts("p.txt", []pages.Block{{Line: 1, Table: tb}}, rep)
	WarnParagraphFacts("p.txt", []pages.Block{{Line: 1, Table: tb}}, rep)
	ws, errs := rep.Sorted([]string{"p.txt"}, false)
	if errs != nil || len(ws) != 2 || !strings.Contains(ws[0].Error(), "p.txt:5: line 5 (") || !strings.Contains(ws[0].Error(), "a paragraph of its own under the row at line 3 of the table at line 1, names the table's field keepNets") || !strings.Contains(ws[1].Error(), "p.txt:7:") {
		t.Errorf("warnings %v, errors %v; want the paragraph at line 5 read as keepNets', the one at line 7 warned as reason's", ws, errs)
	}
	if got, want := tb.Rows[0].Cells[2], "Keep the nets. "+note; got != want {
		t.Errorf("keepNets' description %q, want %q", got, want)
	}
	if got, want := tb.Rows[1].Cells[2], "Why "+own; got != want || len(tb.Rows[1].Paragraphs) != 1 {
		t.Errorf("reason's description %q with paragraphs %v, want %q with the one at line 7", got, tb.Rows[1].Paragraphs, want)
	}
}

// TestNoteOfEarlierTable reads a note that names no field of the table
// it follows but one of a table above it (a row that says "see the note
// below", the note after the next table, the object's): into that
// field's row, with a warning at the note; a note that names a field of
// two tables above it is read for none, with a warning, and so are the
// rows that point to it.
func TestNoteOfEarlierTable(t *testing.T) {
	table := func(line int, rows ...[]string) *pages.Table {
		tb := &pages.Table{Line: line, Header: []string{"Name", "Type", "Mandatory", "Description"}}
		for k, r := range rows {
			tb.Rows = append(tb.Rows, &pages.Row{Line: line + 1 + k, Cells: r})
		}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		return tb
	}
	body := func() *pages.Table {
		return table(1, []string{"lockId", "String", "Y", "Lock ID"}, []string{"pilotNote", "String", "N", "Note to the keeper (see the note below)"})
	}
	cargo := table(5, []string{"commodity", "String", "Y", "Commodity"}, []string{"tonnes", "Double", "N", "Weight"})
	note := pages.Block{Line: 9, Text: "pilotNote is limited to 60 characters. A longer note is refused."}

	one := body()
	rep := &pages.Reporter{}
	NoteFacts("p.txt", []pages.Block{{Line: 1, Table: one}, {Line: 5, Table: cargo}, note}, rep)
	ws, errs := rep.Sorted([]string{"p.txt"}, false)
	if len(errs) > 0 || len(ws) != 1 || !strings.Contains(ws.Error(), "p.txt:9: line 9 (") || !strings.Contains(ws.Error(), "which names no field of that table but one of the table at line 1 above it, names the table's field pilotNote") {
		t.Errorf("one table above: warnings %v, errors %v", ws, errs)
	}
	if got, want := one.Rows[1].Cells[3], "Note to the keeper (see the note below). pilotNote is limited to 60 characters. A longer note is refused."; got != want {
		t.Errorf("one table above: pilotNote's description %q, want %q", got, want)
	}

	first, second := body(), table(20, []string{"pilotNote", "String", "N", "Note to the keeper (see the note below)"})
	rep = &pages.Reporter{}
	NoteFacts("p.txt", []pages.Block{{Line: 1, Table: first}, {Line: 20, Table: second}, {Line: 25, Table: cargo}, note}, rep)
	ws, errs = rep.Sorted([]string{"p.txt"}, false)
	if len(errs) > 0 || len(ws) != 3 || !strings.Contains(ws[1].Error(), "p.txt:9: ") || !strings.Contains(ws[1].Error(), "names fields of the tables above it, pilotNote (line 3), pilotNote (line 21): read as a fact of none") {
		t.Errorf("two tables above: warnings %v, errors %v", ws, errs)
	}
	for k, line := range []string{"p.txt:3: ", "p.txt:21: "} {
		if w := ws[2*k].Error(); !strings.HasPrefix(w, line) || !strings.Contains(w, `its description points to a note ("see the note below"), which was not read for its facts: the note at line 9 names it`) {
			t.Errorf("two tables above: warning %q, want one at %s that the row's note at line 9 was not read", w, line)
		}
	}
	for _, r := range []*pages.Row{first.Rows[1], second.Rows[0]} {
		if got := r.Cells[3]; got != "Note to the keeper (see the note below)" {
			t.Errorf("two tables above: pilotNote's description became %q", got)
		}
	}
}

// TestNoteFactsPointedTo reads a note for the field whose row points to
// it ("See the note below.") where the note begins with the field's name,
// a word of prose ("tag may be at most 32 characters long."), and names
// no other field; and warns, at its row, of a field whose description
// points to a note that was read for none of its facts, naming the lines
// of the note or of the text it may be.
func TestNoteFactsPointedTo(t *testing.T) {
	for _, c := range []struct {
		name string
		// tagDesc is the description of tag, the row at line 3;
		// before and after are text blocks before the table (line 1)
		// and after it (from line 9).
		tagDesc       string
		before, after []string
		// desc is tag's description after; warns the warnings, each a
		// line's prefix and what it holds.
		desc  string
		warns [][2]string
	}{
		{name: "the note begins with the name", tagDesc: "Client tag. See the note below.", after: []string{"tag may be at most 32 characters long; a longer tag is refused."},
			desc:  "Client tag. See the note below. tag may be at most 32 characters long; a longer tag is refused.",
			warns: [][2]string{{"p.txt:9: ", `names the table's field tag, whose row points to a note ("See the note below"), and states what its row at line 3 does not: read as a part of that field's description (length ..32 with it, nothing without it)`}}},
		{name: "after \"The\"", tagDesc: "Client tag (see note 1)", after: []string{"The tag may be at most 32 characters long."},
			desc:  "Client tag (see note 1). The tag may be at most 32 characters long.",
			warns: [][2]string{{"p.txt:9: ", "names the table's field tag"}}},
		{name: "the name inside the note", tagDesc: "Client tag. See the note below.", after: []string{"A longer tag is refused: a tag may be at most 32 characters long."},
			desc: "Client tag. See the note below.",
			warns: [][2]string{{"p.txt:3: ", `field tag: its description points to a note ("See the note below"), which was not read for its facts: the note at line 9 names it, but others too or as a word of prose, and was read for none`},
				{"p.txt:9: ", `holds the word "tag", which names a field of the table and is a word of prose too`}}},
		{name: "two fields", tagDesc: "Client tag. See the note below.", after: []string{"tag and page are kept up to 32 characters."},
			desc: "Client tag. See the note below.",
			warns: [][2]string{{"p.txt:3: ", "the note at line 9 names it"},
				{"p.txt:9: ", `holds the word "tag", "page"`}}},
		{name: "a note of no fact", tagDesc: "Client tag. See the note below.", after: []string{"tag is written to the lock log."},
			desc:  "Client tag. See the note below.",
			warns: [][2]string{{"p.txt:3: ", `which was not read for its facts: the text after the table, line 9 ("tag is written to the lock log."), gave it no default, bound or length; if the note states a fact of it, add the fix {operation: OPERATION or object: TYPE, field: tag, ...} to the overrides`}}},
		{name: "no note", tagDesc: "Client tag (note 2)",
			desc:  "Client tag (note 2)",
			warns: [][2]string{{"p.txt:3: ", `its description points to a note ("(note 2)"), which was not read for its facts: no text stands after the table`}}},
		{name: "a note above", tagDesc: "Client tag; see the note above.", before: []string{"Tags are kept for a year."},
			desc:  "Client tag; see the note above.",
			warns: [][2]string{{"p.txt:3: ", `the text before the table, line 0 ("Tags are kept for a year."), gave it no default`}}},
		{name: "no pointer", tagDesc: "Client tag", after: []string{"tag may be at most 32 characters long."},
			desc:  "Client tag",
			warns: [][2]string{{"p.txt:9: ", `holds the word "tag"`}}},
	} {
		tb := &pages.Table{Line: 1, Header: []string{"Name", "Type", "Mandatory", "Description"}, Rows: []*pages.Row{
			{Line: 2, Cells: []string{"playerId", "String", "Y", "Player ID"}},
			{Line: 3, Cells: []string{"tag", "String", "N", c.tagDesc}},
			{Line: 4, Cells: []string{"page", "Integer", "N", "Page number"}},
		}}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		var items []pages.Block
		for _, l := range c.before {
			items = append(items, pages.Block{Line: 0, Text: l})
		}
		items = append(items, pages.Block{Line: 1, Table: tb})
		for k, l := range c.after {
			items = append(items, pages.Block{Line: 9 + 2*k, Text: l})
		}
		rep := &pages.Reporter{}
		NoteFacts("p.txt", items, rep)
		ws, errs := rep.Sorted([]string{"p.txt"}, false)
		if len(errs) > 0 || len(ws) != len(c.warns) {
			t.Errorf("%s: warnings %v, errors %v; want %d warnings", c.name, ws, errs, len(c.warns))
			continue
		}
		for k, w := range c.warns {
			if got := ws[k].Error(); !strings.HasPrefix(got, w[0]) || !strings.Contains(got, w[1]) {
				t.Errorf("%s: warning %q, want one at %s holding %q", c.name, got, w[0], w[1])
			}
		}
		if got := tb.Rows[1].Cells[3]; got != c.desc {
			t.Errorf("%s: tag's description %q, want %q", c.name, got, c.desc)
		}
	}
}

// TestNoteRef finds the words of a description that point to a note,
// and none in one that speaks of notes otherwise.
func TestNoteRef(t *testing.T) {
	for desc, want := range map[string]string{
		"Client tag. See the note below.":        "See the note below",
		"Any other reason; see note.":            "see note",
		"Client tag (note 1)":                    "(note 1)",
		"Client tag (see note 2)":                "(see note 2)",
		"Refer to the notes above for its bound": "Refer to the notes above",
		"Length: see the note below the table":   "see the note below",
		"The note below gives its bound":         "note below",
		"Note to the lock keeper":                "",
		"A note on the keeper's log":             "",
		"Notes written by the player":            "",
		"Footnote number":                        "",
	} {
		if got := noteRef(desc); got != want {
			t.Errorf("noteRef(%q) = %q, want %q", desc, got, want)
		}
	}
}
