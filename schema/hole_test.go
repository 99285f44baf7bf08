package schema

import "testing"

// TestHoleEntry renders the fix that fills a hole for each kind of
// target and each fact: the target as a fix names it, the field or the
// field to add with what its row gives, the placeholder for what it lost.
func TestHoleEntry(t *testing.T) {
	for _, tc := range []struct {
		hole Hole
		want string
	}{
		{Hole{Fact: FactType, Field: &Field{Name: "limit", Required: true}, Target: Target{Operation: "getMemberNames", Role: "client"}},
			"  - operation: getMemberNames\n    role: client\n    field: limit\n    type: <type>\n"},
		{Hole{Fact: FactType, Field: &Field{Name: "zone"}, Target: Target{Operation: "system/getServerTime", In: "query"}},
			"  - operation: system/getServerTime\n    in: query\n    field: zone\n    type: <type>\n"},
		{Hole{Fact: FactName, Field: &Field{Type: "GenericModels.ItemParam", Array: true, Required: true}, Target: Target{Object: "GrantItemsData"}},
			"  - object: GrantItemsData\n    add: <name>\n    type: GenericModels.ItemParam[]\n    required: true\n"},
		{Hole{Fact: FactName, Field: &Field{Type: String}, Target: Target{Operation: "gifts"}},
			"  - operation: gifts\n    add: <name>\n    type: string\n    required: false\n"},
		{Hole{Fact: FactRequired, Field: &Field{Name: "double", Type: Boolean, RequiredOpen: true}, Target: Target{Operation: "claimQuestReward", Role: "client"}},
			"  - operation: claimQuestReward\n    role: client\n    field: double\n    required: <true or false>\n"},
		{Hole{Fact: FactRequired, Field: &Field{Name: "count", Type: Integer, RequiredOpen: true}, Target: Target{Object: "SkillUse"}},
			"  - object: SkillUse\n    field: count\n    required: <true or false>\n"},
	} {
		if got := tc.hole.Entry(); got != tc.want {
			t.Errorf("Entry() =\n%s\nwant\n%s", got, tc.want)
		}
		if tc.hole.Filled() {
			t.Errorf("a hole of %+v is filled already", tc.hole.Field)
		}
	}
	h := Hole{At: Pos{Page: "p.md", Line: 3}, Msg: "row lost its type", Fact: FactType, Field: &Field{Name: "n"}, Target: Target{Object: "T"}}
	want := "p.md:3: row lost its type. To settle it, add to the overrides file (under fixes:), with <type> replaced:\n  - object: T\n    field: n\n    type: <type>"
	if got := h.Diagnostic().Error(); got != want {
		t.Errorf("Diagnostic() =\n%s\nwant\n%s", got, want)
	}
	rival := h
	rival.Candidates = []string{"number", "string"}
	want = "p.md:3: row lost its type. To settle it, add to the overrides file (under fixes:) the one of these entries that is right:\n  - object: T\n    field: n\n    type: number\n  - object: T\n    field: n\n    type: string"
	if got := rival.Diagnostic().Error(); got != want {
		t.Errorf("Diagnostic() with candidates =\n%s\nwant\n%s", got, want)
	}
	if Holes([]Hole{h}).Open() == nil {
		t.Error("an open hole is not an error")
	}
	h.Field.Type = Integer
	if !h.Filled() || Holes([]Hole{h}).Open() != nil {
		t.Error("a hole whose field has its type now is still open")
	}
}

// TestTableHole renders the entry of a table's hole, under tables:, with
// the types it could document, and keeps it open: the parse itself takes
// the entry.
func TestTableHole(t *testing.T) {
	h := Hole{At: Pos{Page: "p.md", Line: 29}, Msg: "the table at line 29 has no heading, and it could document any of Offer, Counter", Fact: FactTable, Candidates: []string{"Offer", "Counter"}}
	if got, want := h.Entry(), "  - table: p.md:29\n    type: <type>\n"; got != want {
		t.Errorf("Entry() =\n%s\nwant\n%s", got, want)
	}
	want := "p.md:29: the table at line 29 has no heading, and it could document any of Offer, Counter. To settle it, write the name of the type it documents on a line of its own above the table, or add to the overrides file (under tables:), with <type> one of them:\n  - table: p.md:29\n    type: <type>"
	if got := h.Diagnostic().Error(); got != want {
		t.Errorf("Diagnostic() =\n%s\nwant\n%s", got, want)
	}
	if h.Filled() || Holes([]Hole{h}).Open() == nil {
		t.Error("a table's hole is filled after the parse")
	}
}
