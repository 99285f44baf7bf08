package overrides

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/internal/golden"
	"github.com/docs2go/docs2go/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/overrides")

// TestGolden applies each case's overrides.yaml under testdata/overrides
// to testdata/overrides/input.yaml (the schema of pages 102 and 103), and
// compares what it reports with report.txt and the corrected schema with
// schema.yaml, which exists only when every fix applied.
func TestGolden(t *testing.T) {
	input, err := os.ReadFile("../testdata/overrides/input.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cases, err := filepath.Glob("../testdata/overrides/*/overrides.yaml")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, path := range cases {
		dir := filepath.Dir(path)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			api, err := schema.Load("input.yaml", input)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var report, out []byte
			f, err := Load("overrides.yaml", data)
			if err == nil {
				var notes schema.Diagnostics
				notes, err = f.Apply(api, nil)
				for _, n := range notes {
					report = append(report, "applied: "+n.Error()+"\n"...)
				}
			}
			if err != nil {
				report = append(report, "error: "+strings.ReplaceAll(err.Error(), "\n", "\nerror: ")+"\n"...)
			} else if out, err = schema.Save(api); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join(dir, "report.txt"), report, *update)
			golden.Check(t, filepath.Join(dir, "schema.yaml"), out, *update)
		})
	}
}

// TestReapply applies the same fixes to a schema they corrected already:
// every fix is then stale, so that a fix the pages have caught up with is
// removed rather than kept.
func TestReapply(t *testing.T) {
	input, err := os.ReadFile("../testdata/overrides/input.yaml")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../testdata/overrides/every-kind/overrides.yaml")
	if err != nil {
		t.Fatal(err)
	}
	api, err := schema.Load("input.yaml", input)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Load("overrides.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Apply(api, nil); err != nil {
		t.Fatal(err)
	}
	notes, err := f.Apply(api, nil)
	ds, _ := err.(schema.Diagnostics)
	if len(notes) != 0 || len(ds) != len(f.Fixes) {
		t.Fatalf("second Apply: %d notes, %d errors; want no notes and one error per fix (%d):\n%v", len(notes), len(ds), len(f.Fixes), err)
	}
	for _, d := range ds {
		if !strings.Contains(d.Msg, "stale override: ") {
			t.Errorf("%v: want a stale override", d)
		}
	}
}

func TestFieldList(t *testing.T) {
	for _, c := range []struct{ op, role, in, want string }{
		{"login", "client", "", "login's client body"},
		{"login", "", "", "login's body"},
		{"info", "", "query", "info's query"},
		{"info", "admin", "query", "info's admin query"},
	} {
		if got := fieldList(c.op, c.role, c.in); got != c.want {
			t.Errorf("%+v: got %q", c, got)
		}
	}
}

// TestEndpointEntries loads the endpoints entries that give sections
// their lost endpoint lines, and refuses one whose line still holds the
// placeholders of the error that printed it, or that names no section.
func TestEndpointEntries(t *testing.T) {
	f, err := Load("o.yaml", []byte("endpoints:\n  - section: page.md:7\n    line: POST /api/rJson/guild/client/commissionSiegeEngine\n    reason: lost\n"))
	if err != nil {
		t.Fatal(err)
	}
	es := f.EndpointLines()
	if len(es) != 1 || es[0].Section != (schema.Pos{Page: "page.md", Line: 7}) || es[0].Method != "POST" || es[0].Path != "/api/rJson/guild/client/commissionSiegeEngine" || es[0].Fix != (schema.Pos{Page: "o.yaml", Line: 2}) {
		t.Errorf("entries %+v; want the section at page.md:7 given POST /api/rJson/guild/client/commissionSiegeEngine, from o.yaml:2", es)
	}
	for _, bad := range []string{
		"endpoints:\n  - section: page.md:7\n    line: POST /api/rJson/<group>/client/<operation>\n",
		"endpoints:\n  - line: POST /api/rJson/guild/client/x\n",
		"endpoints:\n  - section: page.md\n    line: POST /api/rJson/guild/client/x\n",
	} {
		if _, err := Load("o.yaml", []byte(bad)); err == nil {
			t.Errorf("loaded %q; want an error", bad)
		}
	}
}
