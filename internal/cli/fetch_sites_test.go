package cli

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/internal/fetch"
	"github.com/docs2go/docs2go/internal/fetch/fetchtest"
	"github.com/docs2go/docs2go/internal/golden"
	"github.com/docs2go/docs2go/schema"
	"gopkg.in/yaml.v3"
)

// TestFetchSiteGenerators fetches replicas of the docs sites two site
// generators make, VitePress (GearN's reference pages) and Confluence
// (Kakao Games' server API pages), and parses what fetch saved: the
// schema states what the same pages give as the other fixtures do, and
// the overview page, which documents no endpoint, is not saved.
func TestFetchSiteGenerators(t *testing.T) {
	for _, c := range []struct {
		site, name string
		// same are the fixtures that document the same API.
		same []string
		// more adds to their schema what the site's pages document besides.
		more func(*schema.API)
		// pages are the site's pages, in the order of same.
		pages []string
	}{
		{"vitepress", "gearn", []string{
			"../../testdata/html/121_unlinkCustomId.html",
			"../../testdata/html/122_getPlayerCurrency.html",
			"../../testdata/html/123_updatePlayerStatistics.html",
		}, nil, []string{"unlinkCustomId", "getPlayerCurrency", "updatePlayerStatistics"}},
		{"confluence", "kakao", []string{
			"../../testdata/facts/k13_guildMembers/guildMembers.html",
			"../../testdata/facts/k11_mailbox/mailbox.txt",
		}, answerOf465, []string{"guildMembers", "mailbox"}},
	} {
		t.Run(c.site, func(t *testing.T) {
			site := fetchtest.NewSiteDir(t, filepath.Join("../../testdata/sites", c.site))
			dir := filepath.Join(t.TempDir(), "pages")
			code, _, stderr := fetchSite(site, dir)
			if code != ExitOK {
				t.Fatalf("fetch exited %d:\n%s", code, stderr)
			}
			want := []string{fetch.ManifestName}
			var files []string
			for _, p := range c.pages {
				files = append(files, filepath.Join(dir, "reference_"+p+".html"))
				want = append(want, "reference_"+p+".html")
			}
			slices.Sort(want)
			sameList(t, "saved", saved(t, dir), want)
			mustContain(t, "stderr", stderr, "skipped "+site.URL+fetchtest.Index+": documents no endpoint\n")
			if code, _, stderr := run("parse", "--name", c.name, "-o", filepath.Join(t.TempDir(), "api.yaml"), dir); code != ExitOK {
				t.Fatalf("parse of the fetched pages exited %d:\n%s", code, stderr)
			}

			got := parseFacts(t, c.name, files...)
			wantAPI := parseFacts(t, c.name, c.same...)
			if c.more != nil {
				c.more(wantAPI)
			}
			if !reflect.DeepEqual(got, wantAPI) {
				g, _ := yaml.Marshal(got)
				w, _ := yaml.Marshal(wantAPI)
				t.Errorf("the fetched %s pages parse into another schema than the fixtures give; %s", c.site, golden.FirstDiff(string(g), string(w)))
			}
		})
	}
}

// answerOf465 is what the Confluence mailbox page adds to the text page
// whose facts it has: its example answer of 465 is whole, where the text
// page's is cut off by the end of the page, and gives the status a body.
func answerOf465(api *schema.API) {
	for _, op := range api.Operations {
		for _, s := range op.Statuses {
			if op.Name == "claim" && s.Code == 465 {
				s.Body = "Status465Response"
			}
		}
	}
	api.Types = append(api.Types, &schema.Type{Name: "Status465Response", Inferred: true, Fields: []*schema.Field{
		{Name: "desc", Type: "string"},
		{Name: "mailId", Type: "string"},
	}})
	slices.SortFunc(api.Types, func(a, b *schema.Type) int { return strings.Compare(a.Name, b.Name) })
}

// parseFacts parses the pages and returns the schema's facts: the schema
// without the positions, the page names, the notes and the
// examples, which are where a fact is or what illustrates it, not the
// API.
func parseFacts(t *testing.T, name string, pages ...string) *schema.API {
	t.Helper()
	out := filepath.Join(t.TempDir(), name+".yaml")
	code, _, stderr := run(append([]string{"parse", "--name", name, "-o", out}, pages...)...)
	if code != ExitOK {
		t.Fatalf("parse %s exited %d:\n%s", strings.Join(pages, " "), code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	api, err := schema.Load(out, data)
	if err != nil {
		t.Fatal(err)
	}
	api.Pages = nil
	withoutPlaces(reflect.ValueOf(api))
	return api
}

// withoutPlaces zeroes under v every position in the pages and in the
// schema file, and the notes and examples.
func withoutPlaces(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			withoutPlaces(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			withoutPlaces(v.Index(i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			withoutPlaces(v.MapIndex(k))
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[schema.Pos]() {
			v.SetZero()
			return
		}
		for i := range v.NumField() {
			switch f := v.Type().Field(i); {
			case !f.IsExported():
			case f.Name == "Notes" || f.Name == "Examples" || f.Name == "Example" || f.Name == "Line":
				v.Field(i).SetZero()
			default:
				withoutPlaces(v.Field(i))
			}
		}
	}
}
