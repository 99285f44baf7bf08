package drawn

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestHaddock reads pages pandoc writes in Haddock markup: headings
// without their permalink and anchor line, code spans and links as their
// text, bird tracks as a fenced block under their label, and a grid's
// link that its narrow cell cut as the name it links; each block at its
// page line.
func TestHaddock(t *testing.T) {
	const heads = "= trimGlider <#trimglider \u200b>\n#trimglider#\n\n== Client <#client \u200b>\n#client#\n\n"
	for _, c := range []struct {
		name, page string
		want       []string
	}{{
		name: "headings, a code span, a link, escapes",
		page: heads + "Trim the player\\'s glider.\n\nRequire permission rules @hangar.trim.selfEnable@. See\n</guide/permission-rules PermissionRules>\n",
		want: []string{"1: trimGlider", "4: Client", "7: Trim the player's glider.", "9: Require permission rules hangar.trim.selfEnable. See", "10: PermissionRules"},
	}, {
		name: "bird tracks under a label, and after a blank line",
		page: heads + "http\n> POST /api/rJson/hangar/client/trimGlider\n\nText.\n\n> {\"a\": 1}\n>\n> {}\n",
		want: []string{"1: trimGlider", "4: Client", "7: ```http", "8: POST /api/rJson/hangar/client/trimGlider", "9: ```", "10: Text.", "11: ```", "12: {\"a\": 1}", "14: {}", "15: ```"},
	}, {
		name: "grid of code spans, a link cut by its cell, an application\\/json",
		page: heads + "+------------+--------------------+\n| Code       | Type               |\n+============+====================+\n| @preset@   | <#trim             |\n|            | preset TrimPreset> |\n+------------+--------------------+\n| @parts@    | <#genericmodel     |\n|            | s-wingpart Generic |\n|            | Models.WingPart[]> |\n+------------+--------------------+\n| @members@  | <#invalidmember    |\n|            | InvalidMember[]>   |\n+------------+--------------------+\n| @kind@     | application\\/json  |\n+------------+--------------------+\n| @ratio@    | @number int@       |\n+------------+--------------------+\n| @ids@      | List\\<String\\>     |\n+------------+--------------------+\n",
		want: []string{"1: trimGlider", "4: Client", "8: Code | Type", "10: preset | TrimPreset", "13: parts | GenericModels.WingPart[]", "17: members | InvalidMember[]", "20: kind | application/json", "22: ratio | number int", "24: ids | List<String>"},
	}} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			var got []string
			for _, b := range drawnItems(pages.Source{Name: "p.haddock", Lines: pages.Lines([]byte(c.page)), Report: rep}) {
				if b.Table == nil {
					got = append(got, fmt.Sprintf("%d: %s", b.Line, b.Text))
					continue
				}
				got = append(got, fmt.Sprintf("%d: %s", b.Table.Line, strings.Join(b.Table.Header, " | ")))
				for _, r := range b.Table.Rows {
					got = append(got, fmt.Sprintf("%d: %s", r.Line, strings.Join(r.Cells, " | ")))
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("blocks\n%q\nwant\n%q", got, c.want)
			}
			if _, errs := rep.Sorted([]string{"p.haddock"}, false); len(errs) > 0 {
				t.Errorf("errors %q", errs)
			}
		})
	}
}

// TestHaddockShape tells a page of Haddock by two headings each followed
// by its anchor line, and no other page so.
func TestHaddockShape(t *testing.T) {
	for page, want := range map[string]bool{
		"= A <#a \u200b>\n#a#\n\n== B <#b \u200b>\n#b#\n": true,
		"== A\n#a#\n":                  false,
		"= A\n\n== B\n\n#b# text\n":    false,
		"Title\n=====\n\n#a#\n\n#b#\n": false,
	} {
		if got := isHaddock(pages.Lines([]byte(page))); got != want {
			t.Errorf("isHaddock(%q) = %v, want %v", page, got, want)
		}
	}
}

// TestLinkText reads a link's text, a cut link to an anchor as the name
// it links.
func TestLinkText(t *testing.T) {
	for _, c := range []struct{ target, text, want string }{
		{"#trim", "preset TrimPreset", "TrimPreset"},
		{"#invalidmemberInvalidMember[]", "", "InvalidMember[]"},
		{"#genericmodel", "s-wingpart Generic Models.WingPart[]", "GenericModels.WingPart[]"},
		{"#see-also", "the other page", "the other page"},
		{"/guide/permission-rules", "PermissionRules", "PermissionRules"},
		{"https://example.com/a", "", "https://example.com/a"},
	} {
		if got := linkText(c.target, c.text); got != c.want {
			t.Errorf("linkText(%q, %q) = %q, want %q", c.target, c.text, got, c.want)
		}
	}
}
