package reader

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// TestIsSectionLine lists lines that end a table and lines that do not,
// among them rows and descriptions that begin as a section line does.
func TestIsSectionLine(t *testing.T) {
	for s, want := range map[string]bool{
		"ResponseData": true, "Overview": true, "REQUEST BODY": true, "Request Headers": true,
		"200 Ok": true, "404": true, "POST /api/rJson/authenticate/client/loginByAccount": true,
		"`GET` `/v1/users`": true, "DELETE https://api.example.com/x HTTP/1.1": true,
		"Data structure: GenericModels.BanItem.": true, "Require permission rules authenticate.login.selfEnable. See PermissionRules": true,
		"": false, "200 Ok, the request completed": false, "POSTing a form": false, "Data structures": false,
		"Required fields are marked": false, "returnCodeReturnCodetrueAdditional metadata": false,
		"Description of the request body, which the server validates": false, "Request bodies": false,
		"Body Parameters": true, "2. Request body": true, "HTTP Headers": true, "Returns": true, "Request Body (요청 본문)": true,
		"Query String": true, "The body below is sent as JSON": false, "Body of the request": false,
	} {
		if got := isSectionLine(s); got != want {
			t.Errorf("isSectionLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzNormalize checks normalize, which reads ASCII a byte at a time,
// against lower-casing and collapsing the spaces of every rune.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", " A  b\tC\n", "Ünïcode  ÀB", "a\u00a0\u0085b ", "\xffX Y", "MIXED ascii Then é  Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		space := false
		for _, r := range s {
			if unicode.IsSpace(r) {
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(unicode.ToLower(r))
		}
		if got := normalize(s); got != b.String() {
			t.Errorf("normalize(%q) = %q, want %q", s, got, b.String())
		}
	})
}

// FuzzSeeNames checks seeNames against the matches of seeRe.
func FuzzSeeNames(f *testing.F) {
	for _, s := range []string{"", "See X", "See Foo.Bar.baz_1 and See Other", "xSee Foo", "$See Foo", "See foo", "See Foo. Then", "See Foo._x.", "SeeSee Foo", "See See Foo", "(See A.B)See C", "See Ä", "See A..B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []string
		for _, m := range seeRe.FindAllStringSubmatch(s, -1) {
			want = append(want, m[1])
		}
		if got := seeNames(s); !slices.Equal(got, want) {
			t.Errorf("seeNames(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestJoinPermissions joins a permission sentence that a hard wrap cut
// with its rest on the next line, and refuses one that names no rule.
func TestJoinPermissions(t *testing.T) {
	for _, c := range []struct {
		name         string
		lines        []string
		want         string
		warns, fails int
	}{
		{"cut after See", []string{"Require permission rules a.b.selfEnable. See", "PermissionRules"}, "a.b.selfEnable", 1, 0},
		{"cut before the rule", []string{"Require permission rules", "a.b.selfEnable. See PermissionRules"}, "a.b.selfEnable", 1, 0},
		{"whole", []string{"Require permission rules a.b.selfEnable. See PermissionRules", "HTTP"}, "a.b.selfEnable", 0, 0},
		{"a space before the full stop, where a PDF's text of an inline code span left its padding", []string{"Require permission rules a.b.selfEnable . See PermissionRules", "HTTP"}, "a.b.selfEnable", 0, 0},
		{"justified, its words a run of spaces apart", []string{"Require  permission  rules  a.b.selfEnable.  See PermissionRules", "HTTP"}, "a.b.selfEnable", 0, 0},
		{"no rule", []string{"Require permission rules", "", "HTTP"}, "", 0, 1},
		{"a rule in a form no reading takes, left to refuseUnreadPermissions", []string{"require permission rules a.b.selfEnable", "", "HTTP"}, "", 0, 0},
	} {
		var items []pages.Block
		for i, l := range c.lines {
			if l != "" {
				items = append(items, pages.Block{Line: i + 1, Text: l})
			}
		}
		rep := &pages.Reporter{}
		out := joinPermissions("p.txt", items, rep)
		ws, es := rep.Sorted([]string{"p.txt"}, false)
		got := ""
		if m := permissionRe.FindStringSubmatch(out[0].Text); m != nil {
			got = m[1]
		}
		if got != c.want || len(ws) != c.warns || len(es) != c.fails {
			t.Errorf("%s: rule %q, %d warnings, %d errors; want %q, %d, %d (%v %v)", c.name, got, len(ws), len(es), c.want, c.warns, c.fails, ws, es)
		}
	}
}
