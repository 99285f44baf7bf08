package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// pastedFixes is the overrides file a user makes of parse's errors: the
// indented lines of stderr, the entries to paste, under fixes:, each
// placeholder replaced by the next of values.
func pastedFixes(t *testing.T, stderr string, values ...string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("fixes:\n")
	for _, line := range strings.Split(stderr, "\n") {
		if !strings.HasPrefix(line, " ") {
			continue
		}
		for _, ph := range []string{"<name>", "<type>"} {
			if strings.Contains(line, ph) {
				if len(values) == 0 {
					t.Fatalf("more placeholders than values in:\n%s", stderr)
				}
				line, values = strings.Replace(line, ph, values[0], 1), values[1:]
			}
		}
		b.WriteString(line + "\n")
	}
	if len(values) > 0 {
		t.Fatalf("%d values left: stderr has fewer placeholders:\n%s", len(values), stderr)
	}
	return b.String()
}

// TestParseHolesPasted parses pages whose rows lost a name or a type that
// no page recovers: parse fails, printing for each row the overrides
// entry that fills it; those entries pasted into an overrides file, their
// placeholders filled, make the parse succeed with the fields right. The
// same file against the pages once they state those facts is stale.
func TestParseHolesPasted(t *testing.T) {
	for _, tc := range []struct {
		name   string
		page   string
		values []string
		schema [][]string // the fields the schema holds once filled, line by line
		fixed  [][2]string
	}{
		{
			name:   "gearn-lost-types",
			page:   "../../testdata/parse/hole-lost-type/page.md",
			values: []string{"integer", "string[]"},
			schema: [][]string{
				{"- name: limit", "type: integer", "required: true", "minimum: 1", "maximum: 100", "description: How many names to read at most. (from 1 to 100)"},
				{"- name: names", "type: string", "array: true", "required: true", "minItems: 0", "maxItems: 100"},
			},
			fixed: [][2]string{{"| limit | |", "| limit | integer |"}, {"| names | |", "| names | string[] |"}},
		},
		{
			name:   "gearn-lost-name",
			page:   "../../testdata/parse/broken-dropped-name/page.md",
			values: []string{"displayName"},
			schema: [][]string{{"- name: displayName", "type: string", "description: The player's display name.", "at: page.md:28"}},
			fixed:  [][2]string{{"| string | | The player's", "| displayName | string | | The player's"}},
		},
		{
			name:   "status-lost-name-and-type",
			page:   "../../testdata/parse/hole-status-rows/page.md",
			values: []string{"string", "count", "string"},
			schema: [][]string{{"- name: playerId", "type: string", "required: true", "at: page.md:3"}, {"- name: count", "type: integer", "description: How many to give", "at: page.md:18"}, {"- name: note", "type: string", "description: A note for the player"}},
			fixed:  [][2]string{{"|  | Integer |", "| count | Integer |"}, {"| Text or Emoji |", "| String |"}, {"## Request Body\n", "## Path Parameters\n| Name | Type | Required | Description |\n|---|---|---|---|\n| playerId | String | Y | The player |\n\n## Request Body\n"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := os.ReadFile(tc.page)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			page := filepath.Join(dir, "page.md")
			if err := os.WriteFile(page, data, 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := run("parse", page)
			if code != ExitInput || stdout != "" || !strings.Contains(stderr, "To settle it, add to the overrides file") {
				t.Fatalf("exit %d, stdout %d bytes, stderr:\n%s\nwant exit %d and the entries to paste", code, len(stdout), stderr, ExitInput)
			}
			fixes := filepath.Join(dir, "fixes.yaml")
			if err := os.WriteFile(fixes, []byte(pastedFixes(t, stderr, tc.values...)), 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr = run("parse", "--overrides", fixes, page)
			if code != ExitOK {
				t.Fatalf("with the pasted entries: exit %d: %s", code, stderr)
			}
			if n := strings.Count(stderr, "the hole at page.md:"); n != len(tc.values) {
				t.Errorf("stderr notes %d holes filled, want %d:\n%s", n, len(tc.values), stderr)
			}
			for _, lines := range tc.schema {
				for i := range lines {
					lines[i] = regexp.QuoteMeta(lines[i])
				}
				if !regexp.MustCompile(strings.Join(lines, `\n\s+`) + "\n").MatchString(stdout) {
					t.Errorf("the schema does not hold %v; schema:\n%s", lines, stdout)
				}
			}

			text := string(data)
			for _, r := range tc.fixed {
				text = strings.Replace(text, r[0], r[1], 1)
			}
			if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, stderr = run("parse", page)
			if code != ExitOK {
				t.Fatalf("the page stating the facts: exit %d: %s", code, stderr)
			}
			code, _, stderr = run("parse", "--overrides", fixes, page)
			if code != ExitInput || strings.Count(stderr, "stale override") != len(tc.values) {
				t.Errorf("the pasted entries against the page stating their facts: exit %d, stderr:\n%s\nwant exit %d and %d stale overrides", code, stderr, ExitInput, len(tc.values))
			}
		})
	}
}

// TestParseHoleLeftOpen: an overrides file that fills one hole of two
// applies, and the hole it leaves open is the error, with its entry.
func TestParseHoleLeftOpen(t *testing.T) {
	dir := t.TempDir()
	fixes := filepath.Join(dir, "fixes.yaml")
	if err := os.WriteFile(fixes, []byte("fixes:\n  - operation: getMemberNames\n    field: limit\n    type: integer\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run("parse", "--overrides", fixes, "../../testdata/parse/hole-lost-type/page.md")
	want := "docs2go: page.md:25: field names has lost its type cell (row \"| names | | true | The display names of the members. (0 -...\"), and no other table documents a field names of GetMemberNamesResponseData, nor does its description name a type (\"See X\"). To settle it, add to the overrides file (under fixes:), with <type> replaced:\n" +
		"  - object: GetMemberNamesResponseData\n    field: names\n    type: <type>\n"
	if code != ExitInput || stdout != "" || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stdout %d bytes, stderr:\n%s\nwant exit %d and\n%s", code, len(stdout), stderr, ExitInput, want)
	}
	if !strings.Contains(stderr, "override: "+fixes+":2: fixed field limit of getMemberNames's client body: type none → integer, which fills the hole at page.md:13") {
		t.Errorf("stderr does not note the hole filled:\n%s", stderr)
	}
	if strings.Contains(stderr, "page.md:13: row") {
		t.Errorf("the filled hole is still an error:\n%s", stderr)
	}
}

// TestGenerateCheckHoles runs generate and check from a config whose
// pages have holes: generate fails with the entries until the overrides
// file fills them, then check passes; once the page states the facts,
// check reports the overrides stale.
func TestGenerateCheckHoles(t *testing.T) {
	f := newRepo(t, "name: groups\npages:\n  - pages/*.md\noverrides: specs/fixes.yaml\nschema: specs/groups.yaml\noutput: out/groups\npackage: groups\n")
	samples, _ := filepath.Glob("pages/*.txt")
	for _, p := range samples {
		os.Remove(p)
	}
	f.write("pages/page.md", f.read(filepath.Join(f.testdata, "parse/hole-lost-type/page.md")))
	f.write("specs/fixes.yaml", []byte("fixes:\n"))
	code, _, stderr := run("generate")
	if code != ExitInput || strings.Count(stderr, "type: <type>") != 2 {
		t.Fatalf("generate with holes: exit %d, stderr:\n%s\nwant exit %d and two entries", code, stderr, ExitInput)
	}
	f.write("specs/fixes.yaml", []byte(pastedFixes(t, stderr, "integer", "string[]")))
	if code, _, stderr := run("generate"); code != ExitOK {
		t.Fatalf("generate with the holes filled: exit %d: %s", code, stderr)
	}
	if code, stdout, stderr := run("check"); code != ExitOK {
		t.Fatalf("check: exit %d: %s%s", code, stdout, stderr)
	}
	f.edit("pages/page.md", "| limit | |", "| limit | integer |")
	code, _, stderr = run("check")
	if code != ExitInput || !strings.Contains(stderr, "specs/fixes.yaml:2: stale override: field limit of getMemberNames's client body already has what the fix sets") {
		t.Errorf("check once the page states the type: exit %d, stderr:\n%s", code, stderr)
	}
}

// TestParseTablesPasted parses a page whose headingless tables the
// evidence leaves two readings of: parse fails, printing for each table
// the tables entry that settles it; those entries pasted under tables:,
// their placeholders filled, make the parse succeed, noting each.
func TestParseTablesPasted(t *testing.T) {
	page := "../../testdata/parse/broken-headingless-ambiguous-md/getTrade.md"
	code, _, stderr := run("parse", page)
	if code != ExitInput || !strings.Contains(stderr, "under tables:") {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	entries := strings.Replace(pastedFixes(t, stderr, "Offer", "Counter", "ErrorCode"), "fixes:", "tables:", 1)
	fixes := filepath.Join(t.TempDir(), "fixes.yaml")
	if err := os.WriteFile(fixes, []byte(entries), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run("parse", "--overrides", fixes, page)
	if code != 0 || !strings.Contains(stdout, "- name: Counter") || !strings.Contains(stderr, "override: "+fixes+":2: assigned the table at getTrade.md:29, which has no heading, to Offer") {
		t.Errorf("with the entries pasted: exit %d, stderr:\n%s", code, stderr)
	}
}
