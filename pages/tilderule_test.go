package pages

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestDropTildeRules reads a line of tildes as the rule a renderer drew
// where it fences no code: no line closes it, or the lines up to the one
// that would hold a table or a title; a fence of tildes around code, a
// title's underline or overline and a line of tildes in a code block of
// backticks stay as they are.
func TestDropTildeRules(t *testing.T) {
	for _, tc := range []struct {
		name  string
		page  []string
		want  []string // "page line: text" of the lines read
		warns []int    // the page lines warned of
		fails []int    // the page lines refused
	}{{
		name:  "a rule at the top, closed by no line",
		page:  []string{"~~~~~~~~", "", "Request Body", "Name | Type |", "---|---|", "id | String |"},
		want:  []string{"2: ", "3: Request Body", "4: Name | Type |", "5: ---|---|", "6: id | String |"},
		warns: []int{1},
	}, {
		name:  "rules at the top and between sections, a table between them",
		page:  []string{"~~~~~~~~", "", "## Request Body", "", "| Name | Type |", "|---|---|", "", "~~~~~~~~", "", "## Response Body"},
		want:  []string{"2: ", "3: ## Request Body", "4: ", "5: | Name | Type |", "6: |---|---|", "7: ", "9: ", "10: ## Response Body"},
		warns: []int{1, 8},
	}, {
		name:  "rules around a section of one cell per line",
		page:  []string{"~~~~~~~~", "", "Request Body", "", "Name", "", "Type", "", "~~~~~~~~", ""},
		want:  []string{"2: ", "3: Request Body", "4: ", "5: Name", "6: ", "7: Type", "8: ", "10: "},
		warns: []int{1, 9},
	}, {
		name: "a fence with its language around a request",
		page: []string{"Example", "", "~~~ http", "POST /vote HTTP/1.1", "Content-Type: application/json", "", "{\"a\": 1}", "~~~", "", "~~~~~~~~", "", "Response"},
		want: []string{"1: Example", "2: ", "3: ~~~ http", "4: POST /vote HTTP/1.1", "5: Content-Type: application/json", "6: ", "7: {\"a\": 1}", "8: ~~~", "9: ", "11: ", "12: Response"},
		// the rule after the block is closed by no line
		warns: []int{10},
	}, {
		name: "lines of tildes alone around an endpoint, and a code comment",
		page: []string{"HTTP", "", "~~~~~~~~", "# the endpoint", "POST /api/cast", "~~~~~~~~", ""},
		want: []string{"1: HTTP", "2: ", "3: ~~~~~~~~", "4: # the endpoint", "5: POST /api/cast", "6: ~~~~~~~~", "7: "},
	}, {
		name: "a title underlined and one framed, as reStructuredText writes them",
		page: []string{"Request Body", "~~~~~~~~~~~~", "", "~~~~~~~~", "Response", "~~~~~~~~", ""},
		want: []string{"1: Request Body", "2: ~~~~~~~~~~~~", "3: ", "4: ~~~~~~~~", "5: Response", "6: ~~~~~~~~", "7: "},
	}, {
		name: "a line of tildes in a code block of backticks",
		page: []string{"```", "~~~~~~~~", "", "Name", "```", ""},
		want: []string{"1: ```", "2: ~~~~~~~~", "3: ", "4: Name", "5: ```", "6: "},
	}, {
		name:  "a fence with its language closed by no line",
		page:  []string{"", "~~~ json", "{\"a\": 1}", "", "Response Body", "Name | Type |"},
		want:  []string{"1: ", "2: ~~~ json", "3: {\"a\": 1}", "4: ", "5: Response Body", "6: Name | Type |"},
		fails: []int{2},
	}, {
		name:  "a fence with its language closed after a table",
		page:  []string{"~~~ json", "{\"a\": 1}", "", "| Name | Type |", "|---|---|", "~~~"},
		want:  []string{"1: ~~~ json", "2: {\"a\": 1}", "3: ", "4: | Name | Type |", "5: |---|---|", "6: ~~~"},
		fails: []int{1},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			rep := &Reporter{}
			text := ReadText("p.txt", []byte(strings.Join(tc.page, "\n")), rep)
			var got []string
			for i, l := range text.Lines {
				got = append(got, fmt.Sprintf("%d: %s", text.line(i), l))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			var warns, fails []int
			for _, d := range rep.warns {
				warns = append(warns, d.Pos.Line)
			}
			for _, d := range rep.errs {
				fails = append(fails, d.Pos.Line)
			}
			if !slices.Equal(warns, tc.warns) || !slices.Equal(fails, tc.fails) {
				t.Errorf("warned at %v, refused at %v; want %v, %v:\n%v\n%v", warns, fails, tc.warns, tc.fails, rep.warns, rep.errs)
			}
		})
	}
}
