package pages_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/textile"
	"github.com/docs2go/docs2go/pages/wiki"
	"github.com/docs2go/docs2go/pages/xwiki"
	"github.com/docs2go/docs2go/pages/zim"
)

// pipeStyle writes a table of a style whose cells a pipe parts: its
// header, then its rows, each given as the text between its pipes.
type pipeStyle struct {
	name  string
	style pages.Style
	page  func(header string, rows ...string) string
}

// pipeStyles are the styles whose rows' cells a pipe parts.
var pipeStyles = []pipeStyle{
	{"Markdown", markdown.Style{}, func(h string, rows ...string) string {
		s := "# T\n\n| " + h + " |\n|" + strings.Repeat("---|", strings.Count(h, "|")+1) + "\n"
		for _, r := range rows {
			s += "| " + r + " |\n"
		}
		return s
	}},
	{"pipe-separated text", pipes.Style{}, func(h string, rows ...string) string {
		s := "T\n\n" + h + "\n"
		for _, r := range rows {
			s += r + "\n"
		}
		return s
	}},
	{"Textile", textile.Style{}, func(h string, rows ...string) string {
		s := "h1. T\n\n|_. " + strings.ReplaceAll(h, " | ", " |_. ") + " |\n"
		for _, r := range rows {
			s += "| " + r + " |\n"
		}
		return s
	}},
	{"DokuWiki", dokuwiki.Style{}, func(h string, rows ...string) string {
		s := "====== T ======\n\n^ " + strings.ReplaceAll(h, " | ", " ^ ") + " ^\n"
		for _, r := range rows {
			s += "| " + r + " |\n"
		}
		return s
	}},
	{"XWiki", xwiki.Style{}, func(h string, rows ...string) string {
		s := "= T =\n\n|=" + strings.ReplaceAll(h, " | ", "|=") + "\n"
		for _, r := range rows {
			s += "|" + r + "\n"
		}
		return s
	}},
	{"Zim", zim.Style{}, func(h string, rows ...string) string {
		s := "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n\n====== T ======\n\n|" + h + "|\n|" + strings.Repeat("----|", strings.Count(h, "|")+1) + "\n"
		for _, r := range rows {
			s += "|" + r + "|\n"
		}
		return s
	}},
	{"Confluence wiki", wiki.Style{}, func(h string, rows ...string) string {
		s := "h1. T\n\n||" + strings.ReplaceAll(h, " | ", "||") + "||\n"
		for _, r := range rows {
			s += "|" + r + "|\n"
		}
		return s
	}},
}

// TestRowPastHeader reads, in every style whose cells a pipe parts, a
// row with more cells than its header: where the header's last column is
// the description, the cells from it on words and those before fitting
// their columns, as one description joined with the pipe, with a warning
// at the row; where the cell too many falls in a typed column (a type
// parted by a pipe shifts a cell into Required, or a word into the
// description's place), or the last column is no description, it is
// refused at the row's line with how the style writes a pipe in a cell,
// and a row written so reads as one cell.
func TestRowPastHeader(t *testing.T) {
	const head = "Name | Type | Required | Description"
	for _, st := range pipeStyles {
		pipe := st.style.(pages.PipeRows).CellPipe()
		for _, c := range []struct {
			name   string
			header string
			row    string
			want   []string // the row's cells; nil where it is refused
			msg    string
		}{
			{"a pipe in the description", head, "a | string | Y | The a or | the b.", []string{"a", "string", "Y", "The a or | the b."}, "p.txt:%d: the row at line %d has 5 cells, more than the 4 columns of the header at line %d: the cells from its Description column on are words"},
			{"a pipe in the type, under Required", head, "a | string | null | Y | The a.", nil, "p.txt:%d: the row at line %d has 5 cells, more than the 4 columns of the header at line %d (Name | Type | Required | Description), and where its cell too many belongs cannot be told: the cell \"null\" stands in the Required column"},
			{"a pipe in the type, under Description", "Name | Type | Description", "a | string | null | The a.", nil, "p.txt:%d: the row at line %d has 4 cells, more than the 3 columns of the header at line %d (Name | Type | Description), and where its cell too many belongs cannot be told: the cell under Description, \"null\", is no sentence"},
			{"no description column", "Name | Code", "Ok | 1 | 2", nil, "p.txt:%d: the row at line %d has 3 cells, more than the 2 columns of the header at line %d (Name | Code), and where its cell too many belongs cannot be told: the header's last column is no description"},
			{"the pipe written as the style writes one in a cell", head, "a | string | Y | The a or " + pipe + " the b.", []string{"a", "string", "Y", "The a or | the b."}, ""},
		} {
			other := strings.NewReplacer("Name", "c", "Type", "int", "Required", "N", "Description", "The c.", "Code", "2").Replace(c.header)
			page := st.page(c.header, c.row, other)
			lines := strings.Split(page, "\n")
			at := slices.IndexFunc(lines, func(l string) bool {
				return strings.Contains(l, strings.Fields(c.row)[0]+" ") || strings.HasPrefix(strings.TrimLeft(l, "| "), strings.Fields(c.row)[0])
			}) + 1
			headAt := at - 1
			if st.name == "Markdown" || st.name == "Zim" {
				headAt = at - 2
			}
			blocks, warns := pagestest.Read(st.style, page, true)
			var tb *pages.Table
			for _, b := range blocks {
				if b.Table != nil {
					tb = b.Table
				}
			}
			if tb == nil {
				t.Errorf("%s, %s: no table read: %q", st.name, c.name, pagestest.Describe(blocks))
				continue
			}
			var got []string
			for _, r := range tb.Rows {
				if r.Line == at {
					got = r.Cells
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s, %s: row %q, want %q (rows %q, warnings %q)", st.name, c.name, got, c.want, pagestest.Describe(blocks), warns)
			}
			if c.msg == "" {
				if len(warns) > 0 {
					t.Errorf("%s, %s: warnings %q, want none", st.name, c.name, warns)
				}
				continue
			}
			msg := fmt.Sprintf(c.msg, at, at, headAt)
			if !slices.ContainsFunc(warns, func(w string) bool { return strings.HasPrefix(w, msg) && strings.Contains(w, pipe) }) {
				t.Errorf("%s, %s: warnings %q, want %q… naming %s", st.name, c.name, warns, msg, pipe)
			}
		}
	}
}
