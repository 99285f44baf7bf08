package read

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestRecaseHeadings reads a heading that lost its case as the one name
// the page's references (else the protocol's names) write in another
// case, with one warning for the page at the first heading so read; two
// references that differ only in case are rivals, and a heading that
// matches nothing, or that a reference writes as it is, stays.
func TestRecaseHeadings(t *testing.T) {
	for _, c := range []struct {
		name   string
		heads  []string
		refs   map[string]int
		known  []string
		want   []string
		rivals [][]string
		warnAt int
	}{
		{"upper-cased", []string{"GENERICMODELS.TREATYINFO", "TREATYSTANCE"}, map[string]int{"GenericModels.TreatyInfo": 5, "TreatyStance": 6}, nil, []string{"GenericModels.TreatyInfo", "TreatyStance"}, nil, 10},
		{"title-cased", []string{"Treatyinfo"}, map[string]int{"TreatyInfo": 5}, nil, []string{"TreatyInfo"}, nil, 10},
		{"known name", []string{"RESPONSEDATA"}, nil, []string{"ResponseData"}, []string{"ResponseData"}, nil, 10},
		{"written as referred", []string{"HIGHSCORE", "Score"}, map[string]int{"HIGHSCORE": 5, "Score": 6}, nil, []string{"HIGHSCORE", "Score"}, nil, 0},
		{"matches nothing", []string{"WARNING"}, map[string]int{"TreatyInfo": 5}, nil, []string{"WARNING"}, nil, 0},
		{"two references", []string{"TREATYINFO"}, map[string]int{"TreatyInfo": 5, "Treatyinfo": 6}, nil, []string{"TREATYINFO"}, [][]string{{"TreatyInfo", "Treatyinfo"}}, 0},
		{"references before known", []string{"ERRORCODE"}, map[string]int{"Errorcode": 5}, []string{"ErrorCode"}, []string{"Errorcode"}, nil, 10},
	} {
		rep := &pages.Reporter{}
		var heads []TypeHeading
		for i, h := range c.heads {
			heads = append(heads, TypeHeading{Name: h, Line: 10 + 10*i, Table: 12 + 10*i})
		}
		got := RecaseHeadings(rep, "p.txt", heads, c.refs, c.known)
		var names []string
		var rivals [][]string
		for _, g := range got {
			names = append(names, g.Name)
			if g.Rivals != nil {
				rivals = append(rivals, g.Rivals)
			}
		}
		if strings.Join(names, " ") != strings.Join(c.want, " ") || len(rivals) != len(c.rivals) || len(rivals) == 1 && strings.Join(rivals[0], " ") != strings.Join(c.rivals[0], " ") {
			t.Errorf("%s: names %v, rivals %v; want %v, %v", c.name, names, rivals, c.want, c.rivals)
		}
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		switch {
		case c.warnAt == 0 && len(ws) > 0, c.warnAt > 0 && (len(ws) != 1 || ws[0].Pos.Line != c.warnAt):
			t.Errorf("%s: warnings %v, want one at line %d", c.name, ws, c.warnAt)
		}
	}
}
