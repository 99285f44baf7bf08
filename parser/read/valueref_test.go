package read

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestValuesReference finds the type and the field a description refers
// to for its values, the type as written, qualified or not, and none where
// it names a type alone ("See GenericModels.Vessel") or no field.
func TestValuesReference(t *testing.T) {
	for desc, want := range map[string][2]string{
		"Vessel types to include (0 ~ 4). Use\u200b the values of Vessel.vesselType": {"Vessel", "vesselType"},
		"Same values as Vessel.vesselType.":                                          {"Vessel", "vesselType"},
		"One of GenericModels.Vessel.vesselType":                                     {"GenericModels.Vessel", "vesselType"},
		"Kind of boat; see `Vessel.vesselType`":                                      {"Vessel", "vesselType"},
		"Values from Lockage.fillBy":                                                 {"Lockage", "fillBy"},
		"The vessels. See GenericModels.Vessel":                                      {"", ""},
		"Kind of boat, as in the Vessel table":                                       {"", ""},
		"Kind of boat (narrowboat, widebeam)":                                        {"", ""},
		"Written to vessel.log":                                                      {"", ""},
		"Direction the cap faces. Same values as windDirection":                      {"", "windDirection"},
		"One of `wind_direction`.":                                                   {"", "wind_direction"},
		"Same as above. See the codes below":                                         {"", ""},
		"Set by the miller; see windDirection.north for the cap":                     {"", ""},
	} {
		typ, field, _ := ValuesReference(desc)
		if typ != want[0] || field != want[1] {
			t.Errorf("ValuesReference(%q) = %s.%s, want %s.%s", desc, typ, field, want[0], want[1])
		}
	}
}

// TestReferredValues gives a string member (or an array of strings)
// whose description refers to another type's field for its values the
// values of that field (of a type named so but for a qualifier too),
// with a warning at its row naming the field's line; where the pages document no such field, or one without values,
// it reads none, with a warning that gives the fix; a member that lists
// values of its own is let be. A member of another type takes none, with a
// warning that names the field and gives the fix that applies (a
// string's values, a number's range), unless it is of the field's own
// enum.
func TestReferredValues(t *testing.T) {
	vessel := &schema.Type{Name: "Vessel", Aliases: []string{"Boat"}, Fields: []*schema.Field{
		{Name: "vesselType", Type: schema.String, Values: []string{"narrowboat", "barge"}, At: pages.At("p.txt", 30)},
		{Name: "vesselName", Type: schema.String, At: pages.At("p.txt", 31)},
		{Name: "keel", Type: "Keel", At: pages.At("p.txt", 32)},
	}}
	for _, c := range []struct {
		name, typ, desc string
		array           bool
		values          []string
		want            []string
		warn            string
	}{
		{name: "an array of strings", typ: schema.String, array: true, desc: "Types to include. Use the values of Vessel.vesselType", want: []string{"narrowboat", "barge"},
			warn: `p.txt:5: member m: its description refers to the values of Vessel.vesselType ("values of Vessel.vesselType"), which the pages document at p.txt:30: read as its values (narrowboat, barge); if it takes others, add the fix {operation: op, in: query, field: m, values: [...]} to the overrides`},
		{name: "qualified", typ: schema.String, desc: "One of GenericModels.Vessel.vesselType", want: []string{"narrowboat", "barge"}, warn: "refers to the values of GenericModels.Vessel.vesselType"},
		{name: "by an alias", typ: schema.String, desc: "Same values as Boat.vesselType", want: []string{"narrowboat", "barge"}, warn: "p.txt:30: read as its values"},
		{name: "a field without values", typ: schema.String, desc: "See Vessel.vesselName", warn: `p.txt:5: member m: its description refers to the values of Vessel.vesselName ("See Vessel.vesselName"), which the pages document at p.txt:31 with no values listed: the parser reads no values, and it takes any string; if it takes only some, add the fix {operation: op, in: query, field: m, values: [...]} to the overrides`},
		{name: "no such field", typ: schema.String, desc: "One of Vessel.hull", warn: "which the pages document nowhere: the parser reads no values"},
		{name: "no such type", typ: schema.String, desc: "One of Barge.hull", warn: "refers to the values of Barge.hull"},
		{name: "values of its own", typ: schema.String, desc: "(narrowboat) see Vessel.vesselType", values: []string{"narrowboat"}, want: []string{"narrowboat"}},
		{name: "an integer, of a string's values", typ: schema.Integer, desc: "Use the values of Vessel.vesselType",
			warn: `p.txt:5: member m: its description refers to the values of Vessel.vesselType ("values of Vessel.vesselType"), which the pages document at p.txt:30 with the values narrowboat, barge, but it is of type integer, and the schema keeps values for a string alone: the parser takes none of them; if it is a string of those values, add the fix {operation: op, in: query, field: m, type: string, values: [narrowboat, barge]} to the overrides`},
		{name: "an array of integers", typ: schema.Integer, array: true, desc: "Use the values of Vessel.vesselType", warn: "of type integer[], and the schema keeps values for a string alone: the parser takes none of them; if it is a string of those values, add the fix {operation: op, in: query, field: m, type: string[], values: [narrowboat, barge]}"},
		{name: "a number, of a field documented nowhere", typ: schema.Number, desc: "One of Vessel.draft",
			warn: `p.txt:5: member m: its description refers to the values of Vessel.draft ("One of Vessel.draft"), which the pages document nowhere, but it is of type number, and the schema keeps values for a string alone: the parser takes none of them; if it takes only some, add the fix {operation: op, in: query, field: m, minimum: ..., maximum: ...} to the overrides`},
		{name: "a boolean", typ: schema.Boolean, desc: "See Vessel.vesselName", warn: "which the pages document at p.txt:31, but it is of type boolean, and the schema keeps values for a string alone: the parser takes none of them; and no override gives values to a boolean"},
		{name: "an enum, of a field of that enum", typ: "Keel", desc: "Same values as Vessel.keel"},
		{name: "an enum, of a string's values", typ: "Keel", desc: "Same values as Vessel.vesselType", warn: "but it is of type Keel, and the schema keeps values for a string alone"},
		{name: "no reference", typ: schema.String, desc: "Kind of boat"},
	} {
		f := &schema.Field{Name: "m", Type: c.typ, Array: c.array, Values: c.values, Description: c.desc, At: pages.At("p.txt", 5)}
		rep := &pages.Reporter{}
		ReferredValues(rep, "member", "operation: op, in: query", []*schema.Field{f}, []*schema.Type{vessel}, vessel.Fields)
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		if !slices.Equal(f.Values, c.want) {
			t.Errorf("%s: values %v, want %v", c.name, f.Values, c.want)
		}
		if c.warn == "" && len(ws) > 0 || c.warn != "" && (len(ws) != 1 || !strings.Contains(ws.Error(), c.warn)) {
			t.Errorf("%s: warnings %v, want %q", c.name, ws, c.warn)
		}
	}
	if vessel.Fields[0].Values[0] != "narrowboat" {
		t.Errorf("the referred field's values changed: %v", vessel.Fields[0].Values)
	}
}

// TestReferredValuesByName gives a string member whose description
// refers to a field by its name alone ("Same values as windDirection")
// the values of the member so named, of a type or an operation's body,
// with a warning naming its line, where every member so named lists the
// same values or none; where they list others, it reads none, with a
// warning naming each and giving the fix; where none is so named, none,
// with the warning of a field the pages document nowhere.
func TestReferredValuesByName(t *testing.T) {
	wind := &schema.Field{Name: "windDirection", Type: schema.String, Values: []string{"north", "east"}, At: pages.At("p.txt", 25)}
	again := &schema.Field{Name: "windDirection", Type: schema.String, Values: []string{"north", "east"}, At: pages.At("p.txt", 60)}
	bare := &schema.Field{Name: "windDirection", Type: schema.String, At: pages.At("p.txt", 61)}
	other := &schema.Field{Name: "windDirection", Type: schema.String, Values: []string{"up", "down"}, At: pages.At("p.txt", 70)}
	for _, c := range []struct {
		name    string
		members []*schema.Field
		want    []string
		warn    string
	}{
		{name: "one so named", members: []*schema.Field{bare, wind}, want: []string{"north", "east"},
			warn: `p.txt:5: member m: its description refers to the values of windDirection ("Same values as windDirection"), which the pages document at p.txt:25: read as its values (north, east); if it takes others, add the fix {object: T, field: m, values: [...]} to the overrides`},
		{name: "several with the same values", members: []*schema.Field{wind, again}, want: []string{"north", "east"}, warn: "which the pages document at p.txt:25: read as its values"},
		{name: "several with other values", members: []*schema.Field{wind, other, again},
			warn: `p.txt:5: member m: its description refers to the values of windDirection ("Same values as windDirection"), a name alone, which the pages document with other values at p.txt:25 (north, east) and p.txt:70 (up, down): which one it means is not told, the parser reads no values, and it takes any string; if it takes only some, add the fix {object: T, field: m, values: [...]} to the overrides`},
		{name: "none so named", members: nil, warn: "refers to the values of windDirection (\"Same values as windDirection\"), which the pages document nowhere"},
	} {
		f := &schema.Field{Name: "m", Type: schema.String, Description: "Direction the cap faces. Same values as windDirection", At: pages.At("p.txt", 5)}
		rep := &pages.Reporter{}
		ReferredValues(rep, "member", "object: T", []*schema.Field{f}, nil, append(c.members, f))
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		if !slices.Equal(f.Values, c.want) {
			t.Errorf("%s: values %v, want %v", c.name, f.Values, c.want)
		}
		if len(ws) != 1 || !strings.Contains(ws.Error(), c.warn) {
			t.Errorf("%s: warnings %v, want %q", c.name, ws, c.warn)
		}
	}
}
