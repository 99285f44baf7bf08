package pages

import (
	"slices"
	"strings"
	"testing"
)

func TestJoinParagraphRows(t *testing.T) {
	for _, c := range []struct {
		name       string
		in         []string
		want       []string
		at         []int
		warns, err int
	}{
		{"wrapped rows, empty last cell, a rest with a row after it",
			[]string{"Title", "", "Code\tType\tRequired\tDescription", "", "a\tstring\ttrue\tThe first", "cell wrapped.", "", "b\tstring", "", "Rest of b.", "", "c\tint\ttrue\tC.", "", "End"},
			[]string{"Title", "", "Code\tType\tRequired\tDescription", "a\tstring\ttrue\tThe first cell wrapped.", "b\tstring\t\tRest of b.", "c\tint\ttrue\tC.", "", "End"},
			[]int{1, 2, 3, 5, 8, 12, 13, 14}, 2, 0},
		{"an empty last cell's tab at the next row's start",
			[]string{"Name\tRequired\tDescription", "", "Game-Id\tOptional if set.", "", "\tContent-Type\ttrue\tapplication/json", "", "Next"},
			[]string{"Name\tRequired\tDescription", "Game-Id\tOptional if set.\t", "Content-Type\ttrue\tapplication/json", "", "Next"},
			[]int{1, 3, 5, 6, 7}, 1, 0},
		{"a cell's line break with a row after it",
			[]string{"Code\tType\tRequired\tDescription", "", "r\tKind\ttrue\tWhat.", "", "More of it.", "", "s\tint\ttrue\tS."},
			[]string{"Code\tType\tRequired\tDescription", "r\tKind\ttrue\tWhat. More of it.", "s\tint\ttrue\tS."},
			[]int{1, 3, 7}, 2, 0},
		{"text after a full last row ends the table",
			[]string{"Name\tCode\tDescription", "", "Ok\t1\tDone.", "", "A note after the table."},
			[]string{"Name\tCode\tDescription", "Ok\t1\tDone.", "", "A note after the table."},
			[]int{1, 3, 4, 5}, 1, 0},
		{"a short last row's paragraph, no rest shown elsewhere",
			[]string{"Code\tType\tRequired\tDescription", "", "a\tstring\ttrue\tA.", "", "b\tstring", "", "Rest of b, or text.", "", "Next"},
			[]string{"Code\tType\tRequired\tDescription", "a\tstring\ttrue\tA.", "b\tstring", "", "Rest of b, or text.", "", "Next"},
			[]int{1, 3, 5, 6, 7, 8, 9}, 1, 1},
		{"a row cut from its table by a note, no blank line between",
			[]string{"\tA\t1", "", "\tB\t2", "", "Defaults to 5 when omitted.", "\tC\t3", "", "End"},
			[]string{"A\t1", "B\t2", "", "Defaults to 5 when omitted.", "C\t3", "", "End"},
			[]int{1, 3, 4, 5, 6, 7, 8}, 2, 0},
		{"two rows cut from their table by a title and a blank line",
			[]string{"\tA\t1", "", "\tB\t2", "", "Other fields", "", "\tC\t3", "", "\tD\t4", "", "End"},
			[]string{"A\t1", "B\t2", "", "Other fields", "", "C\t3", "D\t4", "", "End"},
			[]int{1, 3, 4, 5, 6, 7, 9, 10, 11}, 2, 0},
		{"a row after more text than a page break leaves",
			[]string{"\tA\t1", "", "\tB\t2", "", "One.", "Two.", "Three.", "Four.", "\tC\t3"},
			[]string{"A\t1", "B\t2", "", "One.", "Two.", "Three.", "Four.", "\tC\t3"},
			[]int{1, 3, 4, 5, 6, 7, 8, 9}, 1, 0},
		{"a row wider than the table before it",
			[]string{"\tA\t1", "", "\tB\t2", "", "A note.", "\tC\t3\tMore."},
			[]string{"A\t1", "B\t2", "", "A note.", "\tC\t3\tMore."},
			[]int{1, 3, 4, 5, 6}, 1, 0},
	} {
		tx := &Text{Lines: slices.Clone(c.in)}
		rep := &Reporter{}
		tx.joinParagraphRows("p.txt", rep)
		if !slices.Equal(tx.Lines, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, tx.Lines, c.want)
		}
		if tx.At != nil && !slices.Equal(tx.At, c.at) {
			t.Errorf("%s: lines at %v, want %v", c.name, tx.At, c.at)
		}
		if len(rep.warns) != c.warns || len(rep.errs) != c.err {
			t.Errorf("%s: %d warnings and %d errors, want %d and %d: %v %v", c.name, len(rep.warns), len(rep.errs), c.warns, c.err, rep.warns, rep.errs)
		}
	}
}

// TestParagraphRowsNeedBlankLines: rows one a line are no paragraphs.
func TestParagraphRowsNeedBlankLines(t *testing.T) {
	in := strings.Split("Name\tCode\tDescription\nOk\t1\tDone.\nBad\t2\tNot.", "\n")
	tx := &Text{Lines: slices.Clone(in)}
	tx.joinParagraphRows("p.txt", &Reporter{})
	if !slices.Equal(tx.Lines, in) {
		t.Errorf("got %q", tx.Lines)
	}
}

// TestParagraphRowsNotAligned: tabs in runs, or beside spaces, align a
// manual page's columns: its rows are no paragraphs of cells.
func TestParagraphRowsNotAligned(t *testing.T) {
	in := []string{"\t      Name\t\t     Type\t     Mandatory\t\tDescription", "", "\t      appSecret\t\t     String\t     Y\t\t\tApp Secret", "", "\t      kgAppId\t\t     String\t     Y\t\t\tKG App ID"}
	tx := &Text{Lines: slices.Clone(in)}
	tx.joinParagraphRows("p.txt", &Reporter{})
	if !slices.Equal(tx.Lines, in) {
		t.Errorf("got %q", tx.Lines)
	}
}

// TestParagraphRowsNotControl: a binary file's bytes hold tabs between
// blank lines too, but a control character is no text of a cell.
func TestParagraphRowsNotControl(t *testing.T) {
	in := []string{"\x01\x02\x03\t\x0e\x0f", "", "\x10\x11\t\x12\x13", "", "\x14\t\x15"}
	tx := &Text{Lines: slices.Clone(in)}
	tx.joinParagraphRows("p.txt", &Reporter{})
	if !slices.Equal(tx.Lines, in) {
		t.Errorf("got %q", tx.Lines)
	}
}

// TestParagraphRowsNotHeadingAttributes: a heading whose attribute list
// a tab sets apart (html2wiki's "## Method\t{#id-Method}", kramdown's
// "{: #m}") is a heading and its markup, no row of cells, though
// headings stand between blank lines as paragraphs of rows do.
func TestParagraphRowsNotHeadingAttributes(t *testing.T) {
	in := []string{"# /tea/tins\t{#id-TeaHouse(/tea)-/tea/tins}", "", "## Description\t{#id-TeaHouse(/tea)-Description}", "", "Returns the tins.", "", "## Method\t{: #method .api}", "", "GET"}
	tx := &Text{Lines: slices.Clone(in)}
	rep := &Reporter{}
	tx.joinParagraphRows("p.md", rep)
	if !slices.Equal(tx.Lines, in) || len(rep.warns) != 0 {
		t.Errorf("got %q, warnings %v", tx.Lines, rep.warns)
	}
}
