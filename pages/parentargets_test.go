package pages

import "testing"

// TestWithoutParenTargets reads a link written as its text and its
// target in parentheses with spaces inside them as its text, a target
// a cell's wrap parted included; parentheses of prose, and a target
// without the spaces, stay text.
func TestWithoutParenTargets(t *testing.T) {
	for _, c := range []struct {
		in, want string
		n        int
	}{
		{"ReturnCode ( #returncode )", "ReturnCode", 1},
		{"Request Body  ( #request-body )", "Request Body", 1},
		{"See ReturnCode ( #returncode ) for more", "See ReturnCode for more", 1},
		{"Guide ( /guide/ ) API Reference ( https://x.dev/api/ )", "Guide API Reference", 2},
		{"( /api/archaeology/getDigSites )", "", 1},
		{"CatalogueDigFindsResponseData ( #cataloguedigfindsresponsedata )", "CatalogueDigFindsResponseData", 1},
		{"InvalidMember ( #invalidmember\n)", "InvalidMember", 1},
		{"The type. See ( #returncode )", "The type. See [](#returncode)", 1},
		{"See ( /guide/ )", "See", 1},
		{"Count (from 1 to 3)", "Count (from 1 to 3)", 0},
		{"See ( the note )", "See ( the note )", 0},
		{"A link ( #a)", "A link ( #a)", 0},
		{"[ReturnCode](#returncode)", "[ReturnCode](#returncode)", 0},
		{"Issue ( #12 is open )", "Issue ( #12 is open )", 0},
	} {
		got, n := withoutParenTargets(c.in)
		if got != c.want || n != c.n {
			t.Errorf("withoutParenTargets(%q) = %q, %d; want %q, %d", c.in, got, n, c.want, c.n)
		}
	}
}

// TestReadParenTargets reads the targets out of text blocks and cells,
// with one warning at the first line; a page of a Rendering style keeps
// its text.
func TestReadParenTargets(t *testing.T) {
	page := func() []Block {
		return []Block{
			{Line: 3, Text: "ErrorCode  ( #errorcode )"},
			{Line: 5, Table: &Table{Line: 5, Header: []string{"Code", "Type"}, Rows: []*Row{{Line: 7, Raw: "errorCode | ErrorCode ( #errorcode )", Cells: []string{"errorCode", "ErrorCode ( #errorcode )"}}}}},
		}
	}
	var rep Reporter
	blocks := page()
	readParenTargets(nil, Source{Name: "p.txt", Report: &rep}, blocks)
	if blocks[0].Text != "ErrorCode" || blocks[1].Table.Rows[0].Cells[1] != "ErrorCode" || blocks[1].Table.Rows[0].Raw != "errorCode | ErrorCode" {
		t.Errorf("read %q, %q (%q)", blocks[0].Text, blocks[1].Table.Rows[0].Cells, blocks[1].Table.Rows[0].Raw)
	}
	if w := rep.warns; len(w) != 1 || w[0].Pos.Line != 3 {
		t.Errorf("warnings %v, want one at line 3", w)
	}
	rep = Reporter{}
	blocks = page()
	readParenTargets(renderedStyle{}, Source{Name: "p.txt", Report: &rep}, blocks)
	if blocks[0].Text != "ErrorCode  ( #errorcode )" || len(rep.warns) != 0 {
		t.Errorf("a rendering style's page read %q, warnings %v", blocks[0].Text, rep.warns)
	}
}
