package read

import (
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestSettleWire gives a member whose type cell states a primitive beside
// a type name the named type where the pages document it and the
// primitive fits it, the primitive with a warning where they document
// no such type, and, with WireHole, a hole where the primitive
// contradicts the type.
func TestSettleWire(t *testing.T) {
	documents := func(name string) (enum, object bool, at schema.Pos) {
		switch name {
		case "HazardClass":
			return true, false, schema.Pos{Page: "p.html", Line: 664}
		case "Crate":
			return false, true, schema.Pos{Page: "p.html", Line: 588}
		}
		return false, false, schema.Pos{}
	}
	for _, c := range []struct {
		name       string
		f          schema.Field
		want       string
		warn, hole string
	}{
		{"enum as integer", schema.Field{Name: "hazard", Type: "HazardClass", Wire: schema.Integer}, "HazardClass", "", ""},
		{"enum as number", schema.Field{Name: "hazard", Type: "HazardClass", Wire: schema.Number}, "HazardClass", "", ""},
		{"object as object", schema.Field{Name: "crate", Type: "Crate", Wire: schema.Hashtable}, "Crate", "", ""},
		{"no wire", schema.Field{Name: "crate", Type: "Crate"}, "Crate", "", ""},
		{"unknown name", schema.Field{Name: "at", Type: "UTC", Wire: schema.String}, schema.String,
			"p.html:7: member at: its type cell names UTC beside string, but no page documents a type UTC: taking string; if the page means another type, add the fix {object: Crate, field: at, type: <type>} to the overrides", ""},
		{"enum as string", schema.Field{Name: "hazard", Type: "HazardClass", Wire: schema.String}, "", "",
			"member hazard: its type cell states string, but names HazardClass, which is an enum of integer codes at p.html:664, not sent as string; write on the page the type it is, or give it with an override"},
		{"object as integer", schema.Field{Name: "crate", Type: "Crate", Wire: schema.Integer}, "", "",
			"member crate: its type cell states integer, but names Crate, which is an object type at p.html:588, not sent as integer; write on the page the type it is, or give it with an override"},
	} {
		rep := &pages.Reporter{}
		f := c.f
		f.At = schema.Pos{Page: "p.html", Line: 7}
		SettleWire(rep, &f, "member", "object: Crate", documents)
		WireHole(rep, &f, "member", documents)
		warns, errs := rep.Sorted([]string{"p.html"}, false)
		var warn, hole string
		if len(warns) > 0 {
			warn = warns[0].Pos.String() + ": " + warns[0].Msg
		}
		if hs := rep.Holes(); len(hs) > 0 {
			hole = hs[0].Msg
			if hs[0].Fact != schema.FactType || hs[0].Field != &f {
				t.Errorf("%s: hole %+v, want the type of the member", c.name, hs[0])
			}
		}
		if f.Type != c.want || f.Wire != "" || warn != c.warn || hole != c.hole || len(errs) > 0 || len(warns) > 1 || len(rep.Holes()) > 1 {
			t.Errorf("%s: type %q wire %q, warnings %q, holes %v, errors %v\nwant type %q, warning %q, hole %q", c.name, f.Type, f.Wire, warns, rep.Holes(), errs, c.want, c.warn, c.hole)
		}
	}
}
