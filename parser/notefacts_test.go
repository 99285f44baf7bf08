package parser

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestNoteStatesFieldFact moves a default out of a field's row into a
// note right after the table that names the field, on a page of each
// vendor (GearN's Markdown page of createGroup, a Kakao page whose
// request body is followed by an info callout), in each form a page
// comes in: the default is the field's, as the row gave it, with a
// warning at the note's line, and the fields the note does not name
// keep their facts.
func TestNoteStatesFieldFact(t *testing.T) {
	forms := []struct {
		name    string
		rewrite func(string) string
	}{
		{"Markdown", func(md string) string { return md }},
		{"DokuWiki", dokuOf}, {"MediaWiki", mediaWikiOf}, {"Org", orgOf}, {"Textile", textileOf},
		{"reStructuredText", rstOf}, {"AsciiDoc", adocOf}, {"Creole", wikiOf}, {"Jira", jiraOf},
	}
	for _, c := range []struct {
		path, field, row, note string
		// after is the line of the page the note is written after.
		after string
	}{
		{"../testdata/pages/136_createGroup.md", "maxMembers", " (Default: 50) |", "When `maxMembers` is omitted the group admits fifty members (Default: 50).", "| joinPolicy | JoinPolicy | true | Who may join the group. See JoinPolicy |"},
		{"../testdata/facts/ac05_dispatch/mercenary.md", "durationHours", " (default: 8) |", "A longer dispatch raises the rewards; when durationHours is omitted the mercenaries stay away eight hours (default: 8).", ":::info"},
	} {
		data, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		clean := string(data)
		lines := strings.Split(clean, "\n")
		row := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "| "+c.field+" ") })
		at := slices.Index(lines, c.after)
		if row < 0 || at < row || !strings.HasSuffix(lines[row], c.row) {
			t.Fatalf("%s: no row of %s ending %q, or no line %q after it", c.path, c.field, c.row, c.after)
		}
		lines[row] = strings.TrimSuffix(lines[row], c.row) + " |"
		noted := strings.Join(slices.Insert(lines, at+1, "", c.note), "\n")
		for _, f := range forms {
			what := fmt.Sprintf("%s in %s", c.path, f.name)
			want, err := Parse([]Page{{Name: "p.txt", Data: []byte(f.rewrite(clean))}}, Options{Name: "api"})
			if err != nil {
				t.Fatalf("%s: the clean page: %v", what, err)
			}
			page := f.rewrite(noted)
			got, err := Parse([]Page{{Name: "p.txt", Data: []byte(page)}}, Options{Name: "api"})
			if err != nil {
				t.Errorf("%s: %v", what, err)
				continue
			}
			noteLine := slices.IndexFunc(strings.Split(page, "\n"), func(l string) bool { return strings.Contains(l, "is omitted") }) + 1
			if !slices.ContainsFunc(got.Warnings, func(d schema.Diagnostic) bool {
				return d.Pos.Line == noteLine && strings.Contains(d.Msg, "names the table's field "+c.field)
			}) {
				t.Errorf("%s: no warning at the note, line %d, that it states a fact of %s: %v", what, noteLine, c.field, got.Warnings)
			}
			if a, b := fieldFacts(want.API, c.field), fieldFacts(got.API, c.field); a == "" || a != b {
				t.Errorf("%s: %s is %s, want %s as the row states it", what, c.field, b, a)
			}
			if a, b := defaults(want.API), defaults(got.API); a != b {
				t.Errorf("%s: the defaults are %s, want %s", what, b, a)
			}
		}
	}
}

// fieldFacts are the default and the bounds of the first field named
// name of the request bodies and query parameters of api.
func fieldFacts(api *schema.API, name string) string {
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			for _, f := range slices.Concat(ep.Body, ep.Query) {
				if f.Name == name {
					return fmt.Sprintf("default %v, minimum %v, maximum %v", deref(f.Default), derefF(f.Minimum), derefF(f.Maximum))
				}
			}
		}
	}
	return ""
}

// defaults lists the defaults of every field of api's requests.
func defaults(api *schema.API) string {
	var out []string
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			for _, f := range slices.Concat(ep.Body, ep.Query) {
				out = append(out, fmt.Sprintf("%s=%v", f.Name, deref(f.Default)))
			}
		}
	}
	return strings.Join(out, " ")
}

// deref is what v points to, or nothing.
func deref(v any) any {
	if v == nil {
		return "none"
	}
	return v
}

// derefF is the number f points to, or nothing.
func derefF(f *float64) any {
	if f == nil {
		return "none"
	}
	return *f
}

// TestReferredValuesOnPages gives a string member whose description
// refers to another type's field for its values ("Use the values of
// Vessel.vesselType", "Same values as GenericModels.ServerPort.protocol")
// the values of that field, on a page of each vendor (a Kakao page as
// goquery's Text() writes it, GearN's Markdown page), with a warning at
// the member's row; one that refers to a field the pages do not
// document takes none, with a warning at its row that gives the fix.
func TestReferredValuesOnPages(t *testing.T) {
	for _, c := range []struct {
		path, from, to, owner, field string
		line                         int
		want                         []string
	}{
		{"../testdata/facts/br03_lockages/page.txt", "", "", "", "vesselTypes", 74, []string{"narrowboat", "widebeam", "cruiser", "barge"}},
		{"../testdata/facts/br03_lockages/page.txt", "Vessel.vesselType", "Vessel.hullType", "", "vesselTypes", 74, nil},
		{"../testdata/facts/i03_requestServerAllocation/requestServerAllocation.md", "The server's host name, when the fleet gives it one. (up to 253 characters)", "The transport. Same values as GenericModels.ServerPort.protocol", "GenericModels.AllocatedServer", "fqdn", 135, []string{"UDP", "TCP"}},
	} {
		data, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		page := string(data)
		if c.from != "" {
			if !strings.Contains(page, c.from) {
				t.Fatalf("%s holds no %q", c.path, c.from)
			}
			page = strings.Replace(page, c.from, c.to, 1)
		}
		got, err := Parse([]Page{{Name: "p.txt", Data: []byte(page)}}, Options{Name: "api"})
		if err != nil {
			t.Errorf("%s: %v", c.path, err)
			continue
		}
		var f *schema.Field
		for _, ty := range got.API.Types {
			if ty.Name == c.owner {
				f = fieldNamed(ty.Fields, c.field)
			}
		}
		for _, op := range got.API.Operations {
			for _, ep := range op.Endpoints {
				if c.owner == "" && f == nil {
					f = fieldNamed(ep.Query, c.field)
				}
			}
		}
		if f == nil || !slices.Equal(f.Values, c.want) {
			t.Errorf("%s: %s's values %v, want %v", c.path, c.field, f, c.want)
		}
		warned := "read as its values"
		if c.want == nil {
			warned = "which the pages document nowhere: the parser reads no values"
		}
		if !slices.ContainsFunc(got.Warnings, func(d schema.Diagnostic) bool {
			return d.Pos.Line == c.line && strings.Contains(d.Msg, c.field+": its description refers to the values of") && strings.Contains(d.Msg, warned)
		}) {
			t.Errorf("%s: no warning at line %d that %s's values are %s: %v", c.path, c.line, c.field, warned, got.Warnings)
		}
	}
}

// fieldNamed is the field of fs named name, or nil.
func fieldNamed(fs []*schema.Field, name string) *schema.Field {
	for _, f := range fs {
		if f.Name == name {
			return f
		}
	}
	return nil
}
