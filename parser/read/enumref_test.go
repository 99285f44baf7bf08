package read

import (
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestReferredEnum gives a member of integer or number codes the one enum
// of the pages its description refers to by name (a "see", a "refer
// to", a link's text, the name before "code"), and leaves its type alone
// where the description refers to no enum of the pages, to two, or only
// mentions one, and where the type cell is no number or lists values.
func TestReferredEnum(t *testing.T) {
	enums := map[string]bool{"Terrain": true, "TentGrade": true, "RuneMode": true}
	isEnum := func(n string) bool { return enums[n] }
	for _, c := range []struct {
		typ, desc string
		values    []string
		want      string
	}{
		{schema.Integer, "Terrain of the camp site (see Terrain)", nil, "Terrain"},
		{schema.Integer, "Grade of the tent (see TentGrade) (default: 0)", nil, "TentGrade"},
		{schema.Integer, "Terrain code (see Terrain above)", nil, "Terrain"},
		{schema.Integer, "Grade of the tent. See TentGrade.", nil, "TentGrade"},
		{schema.Integer, "Grade of the tent; refer to the TentGrade table", nil, "TentGrade"},
		{schema.Integer, "One of the TentGrade codes", nil, "TentGrade"},
		{schema.Number, "How runes combine. See GenericModels.RuneMode", nil, "RuneMode"},
		{schema.Integer, "Terrain, see Terrain; the grade, see TentGrade", nil, schema.Integer},
		{schema.Integer, "Weather the birds fly in (see WeatherCode)", nil, schema.Integer},
		{schema.Integer, "Terrain of the camp site", nil, schema.Integer},
		{schema.Integer, "Station of the member on deck", nil, schema.Integer},
		{schema.String, "Terrain of the camp site (see Terrain)", nil, schema.String},
		{schema.Integer, "Terrain (see Terrain)", []string{"1", "2"}, schema.Integer},
		{"Tent", "The tent (see TentGrade)", nil, "Tent"},
	} {
		f := &schema.Field{Name: "m", Type: c.typ, Values: c.values, Description: c.desc}
		took := ReferredEnum(f, isEnum)
		if f.Type != c.want || took != (c.want != c.typ) {
			t.Errorf("%s %q: type %s (took %t), want %s", c.typ, c.desc, f.Type, took, c.want)
		}
	}
}
