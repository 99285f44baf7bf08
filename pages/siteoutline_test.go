package pages

import (
	"reflect"
	"testing"
)

// TestSiteOutlines finds the site's outline under its label where its
// entries name titles the page writes elsewhere in their order, in any
// markup of a title (a heading's marks, a list item's link), and no
// outline where the lines under the label are the page's own titles
// (written once), or a table's header cells, or where no label stands.
func TestSiteOutlines(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []siteOutline
	}{
		{"plain, in a table's middle", []string{"Overview", "Squad", "CodeTypeRequiredDescription", "idstringtrueThe id.", "On this page", "Overview", "Squad", "Formation", "powernumberThe power.", "Formation"},
			[]siteOutline{{from: 4, to: 8, entries: []string{"Overview", "Squad", "Formation"}}}},
		{"Markdown links, blank lines between", []string{"## On this page:", "", "- [Overview](#overview)", "", "- [Server](#server)", "## Overview", "Text.", "## Server", "Text."},
			[]siteOutline{{from: 0, to: 5, entries: []string{"Overview", "Server"}}}},
		{"the content under the label", []string{"On this page", "Overview", "Get the quest.", "Client", "No rules."}, nil},
		{"the outline runs into the content", []string{"On this page", "Overview", "Client", "Overview", "Get the quest.", "Client", "No rules."},
			[]siteOutline{{from: 0, to: 3, entries: []string{"Overview", "Client"}}}},
		{"a header's cells", []string{"Squad", "Code", "Type", "On this page", "Code", "Type", "Description"}, nil},
		{"no label", []string{"Overview", "Server", "Overview", "Server"}, nil},
	} {
		if got := siteOutlines(c.lines); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}
