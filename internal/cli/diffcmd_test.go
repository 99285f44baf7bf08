package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestDiff compares the committed GearN schema with a version of it whose
// pages changed: a range tightened and loosened, a field become required,
// an endpoint and an enum member removed, a field added.
func TestDiff(t *testing.T) {
	f := newRepo(t, "")
	f.write("old.yaml", f.spec)
	f.write("new.yaml", f.spec)
	f.edit("new.yaml", "            minLength: 6\n            maxLength: 64\n            description: The device ID of the Android device.", "            minLength: 8\n            maxLength: 64\n            description: The device ID of the Android device.")
	f.edit("new.yaml", "            minLength: 6\n            maxLength: 64\n            description: The iOS device identifier.", "            minLength: 6\n            maxLength: 128\n            description: The iOS device identifier.")
	f.edit("new.yaml", "          - name: userId\n            type: string\n            minLength: 10", "          - name: userId\n            type: string\n            required: true\n            minLength: 10")
	f.edit("new.yaml", "      - name: tagKeys\n        type: string\n        array: true\n", "      - name: tagKeys\n        type: string\n        array: true\n      - name: locale\n        type: string\n")
	admin := "      - role: admin\n        method: POST\n        path: /api/rJson/masterPlayer/admin/linkAccount\n"
	spec := string(f.read("new.yaml"))
	start := strings.Index(spec, admin)
	end := start + strings.Index(spec[start:], "    at: 001_e494774cdac3e3e0.txt:2\n")
	f.write("new.yaml", []byte(spec[:start]+spec[end:]))
	f.write("notes.yaml", []byte("- just\n- a list\n"))
	f.edit("new.yaml", "      - name: GNHashtableMaxLength\n", "      - name: GNHashtableTooLong\n")

	code, stdout, stderr := run("diff", "old.yaml", "new.yaml")
	if code != ExitOK || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f.golden("diff.txt", stdout)

	code, stdout, stderr = run("diff", "--format", "json", "--fail-on-breaking", "old.yaml", "new.yaml")
	if code != ExitInput || stderr != "docs2go: diff: 4 breaking changes\n" {
		t.Errorf("--fail-on-breaking: exit %d, stderr %q", code, stderr)
	}
	var doc struct {
		Breaking, Compatible int
		Changes              []struct{ Kind, Subject, Change, Direction, At string }
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil || doc.Breaking != 4 || len(doc.Changes) != doc.Breaking+doc.Compatible {
		t.Errorf("JSON %+v: %v", doc, err)
	}
	f.golden("diff.json", stdout)

	for _, tc := range []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{[]string{"diff", "old.yaml", "old.yaml", "--fail-on-breaking"}, ExitOK, "no API change\n", ""},
		{[]string{"diff", "new.yaml", "old.yaml"}, ExitOK, "", ""},
		{[]string{"diff", "old.yaml", "new.yaml", "--format", "xml"}, ExitUsage, "", "docs2go: diff: --format \"xml\": want text or json\n"},
		{[]string{"diff", "old.yaml"}, ExitUsage, "", "docs2go: diff: accepts 2 arg(s), received 1 (want the old and the new schema file)\n"},
		{[]string{"diff", "old.yaml", "notes.yaml"}, ExitInput, "", "docs2go: notes.yaml:1: expected a mapping, found a list\n"},
		{[]string{"diff", "old.yaml", "absent.yaml"}, ExitInput, "", "docs2go: open absent.yaml: no such file or directory\n"},
	} {
		code, stdout, stderr := run(tc.args...)
		if code != tc.code || (tc.stdout != "" && stdout != tc.stdout) || stderr != tc.stderr {
			t.Errorf("%v: exit %d, stdout %q, stderr %q\nwant exit %d, stdout %q, stderr %q", tc.args, code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
		}
	}
}
