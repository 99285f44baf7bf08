package flattened

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestRunTogetherMarks reads the one-letter Required marks of a table
// whose cells run together, as a DOM's textContent writes a wiki table
// ("guildIdStringYGuild ID"): the letter is the mark where every row
// states one, warned; it stays the description's where the table states
// requiredness in words; and a table whose other rows state none is
// refused at the row, with both readings.
func TestRunTogetherMarks(t *testing.T) {
	for _, c := range []struct {
		name        string
		page, want  []string
		warns, errs []string
	}{
		{
			name:  "every row a letter",
			page:  []string{"NameTypeMandatoryDescription", "guildIdStringYGuild ID", "rankInteger\tN\tRank, 1 ~ 5", "noteStringNOptional note"},
			want:  []string{"guildId | String | Y | Guild ID", "rank | Integer | N | Rank, 1 ~ 5", "note | String | N | Optional note"},
			warns: []string{"p.txt:2: the Mandatory cells of the rows at lines 2, 4 of the table at line 1 run into their descriptions"},
		},
		{
			name: "words",
			page: []string{"NameTypeRequiredDescription", "tokenStringtrueThe token.", "schemeStringOAuth scheme of the token."},
			want: []string{"token | String | true | The token.", "scheme | String |  | OAuth scheme of the token."},
		},
		{
			name: "no mark on another row",
			page: []string{"NameTypeMandatoryDescription", "tokenStringThe token.", "schemeStringOAuth scheme."},
			errs: []string{"p.txt:3: line 3 is a row of the table at line 1, its cells run together", `"scheme | String | O | Auth scheme."`},
		},
	} {
		rep := &pages.Reporter{}
		got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: c.page, Words: testLexicon{}, Report: rep}))
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		if c.errs == nil && !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if len(warns) != len(c.warns) || len(errs) != min(len(c.errs), 1) {
			t.Errorf("%s: warnings %v, errors %v; want %q and %q", c.name, warns, errs, c.warns, c.errs)
			continue
		}
		for k, w := range c.warns {
			if !strings.HasPrefix(warns[k].Error(), w) {
				t.Errorf("%s: warning %q, want it to begin %q", c.name, warns[k], w)
			}
		}
		for _, e := range c.errs {
			if !strings.Contains(errs[0].Error(), e) {
				t.Errorf("%s: error %q does not hold %q", c.name, errs[0], e)
			}
		}
	}
}
