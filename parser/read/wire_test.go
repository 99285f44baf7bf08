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
// contradicts the type, or where they document no such type, sent as an
// integer, but its page left enum tables out for want of a title.
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
	untitled := func(page string) []*pages.Table {
		if page == "q.html" {
			return []*pages.Table{
				{Line: 637, Header: []string{"Code", "Name", "Description"}},
				{Line: 672, Header: []string{"Code", "Name", "Description"}},
			}
		}
		return nil
	}
	for _, c := range []struct {
		name       string
		f          schema.Field
		page       string
		want       string
		warn, hole string
	}{
		{"enum as integer", schema.Field{Name: "hazard", Type: "HazardClass", Wire: schema.Integer}, "", "HazardClass", "", ""},
		{"enum as number", schema.Field{Name: "hazard", Type: "HazardClass", Wire: schema.Number}, "", "HazardClass", "", ""},
		{"object as object", schema.Field{Name: "crate", Type: "Crate", Wire: schema.Hashtable}, "", "Crate", "", ""},
		{"no wire", schema.Field{Name: "crate", Type: "Crate"}, "", "Crate", "", ""},
		{"unknown name, titles lost", schema.Field{Name: "route", Type: "RouteCode", Wire: schema.Integer}, "q.html", "", "",
			"member route: its type cell names RouteCode beside integer, but no page documents a type RouteCode, and the tables at line 637 (Code | Name | Description) and line 672 (Code | Name | Description), left out for want of a title, may: its title may be lost; put the title RouteCode on a line of its own above the table that documents it, or give the type with an override"},
		{"unknown name as string, titles lost", schema.Field{Name: "at", Type: "UTC", Wire: schema.String}, "q.html", schema.String,
			"q.html:7: member at: its type cell names UTC beside string, but no page documents a type UTC: taking string; if the page means another type, add the fix {object: Crate, field: at, type: <type>} to the overrides", ""},
		{"unknown name", schema.Field{Name: "at", Type: "UTC", Wire: schema.String}, "", schema.String,
			"p.html:7: member at: its type cell names UTC beside string, but no page documents a type UTC: taking string; if the page means another type, add the fix {object: Crate, field: at, type: <type>} to the overrides", ""},
		{"enum as string", schema.Field{Name: "hazard", Type: "HazardClass", Wire: schema.String}, "", "", "",
			"member hazard: its type cell states string, but names HazardClass, which is an enum of integer codes at p.html:664, not sent as string; write on the page the type it is, or give it with an override"},
		{"object as integer", schema.Field{Name: "crate", Type: "Crate", Wire: schema.Integer}, "", "", "",
			"member crate: its type cell states integer, but names Crate, which is an object type at p.html:588, not sent as integer; write on the page the type it is, or give it with an override"},
	} {
		rep := &pages.Reporter{}
		f := c.f
		f.At = schema.Pos{Page: "p.html", Line: 7}
		if c.page != "" {
			f.At.Page = c.page
		}
		SettleWire(rep, &f, "member", "object: Crate", documents, untitled)
		WireHole(rep, &f, "member", documents, untitled)
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
