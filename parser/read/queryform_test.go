package read

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestCommaStatement finds the words of a description that say its items
// are joined with commas, as pages write them, and none where it names a
// comma otherwise or not at all.
func TestCommaStatement(t *testing.T) {
	for desc, want := range map[string]string{
		"Vessel types to include, comma separated (0 ~ 4). Use\u200b the values of Vessel.vesselType": "comma separated",
		"A comma-separated list of region codes":                                                      "comma-separated",
		"Region codes, comma\u2011separated":                                                          "comma\u2011separated",
		"Comma delimited IDs (e.g. PH-1,PH-2)":                                                        "Comma delimited",
		"IDs of the photos, separated by commas":                                                      "separated by commas",
		"Tags separated by a comma.":                                                                  "separated by a comma",
		"Hours, delimited with ','":                                                                   "delimited with ','",
		"Species joined with commas":                                                                  "joined with commas",
		"Tags to match, at most 5, one value each":                                                    "",
		"Seats to free, at most 4 items; every seat of the player when omitted":                       "",
		"A comma in the name is kept":                                                                 "",
		"Repeat the parameter for each tag (tags=a&tags=b)":                                           "",
	} {
		if got := CommaStatement(desc); got != want {
			t.Errorf("CommaStatement(%q) = %q, want %q", desc, got, want)
		}
	}
}

// TestStatedForms gives an array query parameter whose description says
// "comma separated" the comma form, and lets be one that says nothing
// (the parameter repeated, the default) and one that is no array.
func TestStatedForms(t *testing.T) {
	stated := &schema.Field{Name: "vesselTypes", Type: schema.String, Array: true, Description: "Vessel types to include, comma separated (0 ~ 4)"}
	silent := &schema.Field{Name: "kind", Type: schema.Integer, Array: true, Description: "Kinds to list"}
	single := &schema.Field{Name: "tag", Type: schema.String, Description: "A tag; comma separated values are one string"}
	StatedForms([]*schema.Field{stated, silent, single})
	if stated.Form != schema.FormComma || silent.Form != "" || single.Form != "" {
		t.Errorf("forms %q, %q, %q; want comma, none, none", stated.Form, silent.Form, single.Form)
	}
}

// TestExampleForms weighs the form of an array query parameter against an
// example request: the example's comma-joined value is read where the row
// says nothing, with a warning at the row that gives the fix; a row that
// says "comma separated" keeps its form where the example repeats the
// parameter, with a warning at the row; an example that agrees, or shows
// nothing (one item, or the parameter repeated where the row says
// nothing), says nothing.
func TestExampleForms(t *testing.T) {
	for _, c := range []struct {
		name, desc string
		array      bool
		values     []string
		want       schema.Form
		warn       string
	}{
		{name: "the example joins, the row says nothing", array: true, values: []string{"3,4"}, want: schema.FormComma,
			warn: `p.txt:5: query parameter m: read its items as one value joined with commas, as the example request at p.txt:40 sends them (m=3,4), where its row says nothing of the form; if the server takes the parameter repeated (m=a&m=b), add the fix {operation: op, in: query, field: m, form: null} to the overrides`},
		{name: "the row says comma, the example repeats", desc: "Seats, comma separated", array: true, values: []string{"3", "4"}, want: schema.FormComma,
			warn: `p.txt:5: query parameter m: its description says its items are joined with commas ("comma separated"), and the example request at p.txt:40 repeats it (m=3&m=4): read as joined with commas, as the row decides; if the server takes the parameter repeated, add the fix {operation: op, in: query, field: m, form: null} to the overrides`},
		{name: "both say comma", desc: "Seats, comma separated", array: true, values: []string{"3,4"}, want: schema.FormComma},
		{name: "both say repeated", array: true, values: []string{"3", "4"}},
		{name: "one item", array: true, values: []string{"3"}},
		{name: "the row says comma, one item", desc: "Seats, comma separated", array: true, values: []string{"3"}, want: schema.FormComma},
		{name: "no array", values: []string{"3,4"}},
		{name: "not in the example", desc: "Seats, comma separated", array: true, want: schema.FormComma},
	} {
		f := &schema.Field{Name: "m", Type: schema.String, Array: c.array, Description: c.desc, At: pages.At("p.txt", 5)}
		StatedForms([]*schema.Field{f})
		rep := &pages.Reporter{}
		values := map[string][]string{"other": {"a,b"}}
		if c.values != nil {
			values["m"] = c.values
		}
		ExampleForms(rep, "operation: op, in: query", []*schema.Field{f}, values, "p.txt", 40)
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		if f.Form != c.want {
			t.Errorf("%s: form %q, want %q", c.name, f.Form, c.want)
		}
		if c.warn == "" && len(ws) > 0 || c.warn != "" && (len(ws) != 1 || !strings.Contains(ws.Error(), c.warn)) {
			t.Errorf("%s: warnings %v, want %q", c.name, ws, c.warn)
		}
	}
}

// TestQueryItems splits the values of an array joined with commas at
// them, an empty value into none, and keeps those of any other parameter.
func TestQueryItems(t *testing.T) {
	comma := &schema.Field{Name: "t", Array: true, Form: schema.FormComma}
	repeated := &schema.Field{Name: "t", Array: true}
	for _, c := range []struct {
		f      *schema.Field
		values []string
		want   string
	}{
		{comma, []string{"a,b"}, "a|b"},
		{comma, []string{"a,,b", "c"}, "a||b|c"},
		{comma, []string{""}, ""},
		{repeated, []string{"a,b", "c"}, "a,b|c"},
		{&schema.Field{Name: "t"}, []string{"a,b"}, "a,b"},
	} {
		if got := strings.Join(QueryItems(c.f, c.values), "|"); got != c.want {
			t.Errorf("QueryItems(%+v, %q) = %q, want %q", c.f, c.values, got, c.want)
		}
	}
}
