package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestDisagreements lists each way an example contradicts the table of
// its type, nested types and arrays included, and nothing for one that
// agrees.
func TestDisagreements(t *testing.T) {
	ip := func(n int) *int { return &n }
	fp := func(x float64) *float64 { return &x }
	body := documentedType("IssueRequest", "campaignId integer", "count integer", "codeLength integer", "store string", "tags string[]", "owner Owner", "meta any")
	body.Fields[2].Minimum, body.Fields[2].Maximum = fp(8), fp(16)
	body.Fields[3].Values = []string{"google", "apple"}
	body.Fields[4].MaxItems, body.Fields[4].MaxLength = ip(2), ip(3)
	owner := documentedType("Owner", "id string")
	owner.Fields[0].MinLength = ip(2)
	ts := &typeSet{}
	ts.add(body)
	ts.add(owner)
	in := &inference{types: ts}
	for text, want := range map[string]string{
		`{"campaignId": 20231101, "count": 5, "codeLength": 12, "store": "apple", "tags": ["a"], "owner": {"id": "ab"}, "meta": [1], "other": "x"}`: "",
		`{"campaignId": null, "tags": null}`:                            "",
		`{"campaignId": "summer-2023", "count": "5", "codeLength": 20}`: `campaignId: "summer-2023" where the table documents integer; count: "5" where the table documents integer; codeLength: 20 where the table documents 8 to 16`,
		`{"count": 1.5, "store": "onestore"}`:                           `count: 1.5 where the table documents integer; store: "onestore", which is not among google, apple`,
		`{"tags": "a", "owner": [{"id": "ab"}]}`:                        `tags: "a" where the table documents an array of string; owner: an array where the table documents Owner`,
		`{"tags": ["a", "b", "long"], "owner": {"id": "a"}}`:            `tags: 3 elements where the table documents at most 2; tags[2]: "long" of 4 characters where the table documents at most 3; owner.id: "a" of 1 characters where the table documents at least 2`,
	} {
		v, _, err := readJSON(text, 1)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(in.disagreements(body, v), "; "); got != want {
			t.Errorf("%s:\n got %s\nwant %s", text, got, want)
		}
	}
	query := in.disagreeQuery([]*schema.Field{{Name: "limit", Type: schema.Integer, Maximum: fp(50)}, {Name: "all", Type: schema.Boolean}}, map[string][]string{"limit": {"ten", "80", "5"}, "all": {"true"}})
	if got, want := strings.Join(query, "; "), `limit: "ten" where the table documents integer; limit: 80 where the table documents at most 50`; got != want {
		t.Errorf("query:\n got %s\nwant %s", got, want)
	}
}

// TestEnumCodes admits in a member of a documented enum its members'
// codes only.
func TestEnumCodes(t *testing.T) {
	ts := &typeSet{}
	body := documentedType("Draw", "rarity Rarity")
	ts.add(body)
	in := &inference{types: ts, enums: map[string]*schema.Enum{"Rarity": {Name: "Rarity", Members: []*schema.Member{{Name: "Common", Code: 1}, {Name: "Rare", Code: 2}}}}}
	for text, want := range map[string]string{
		`{"rarity": 2}`:        "",
		`{"rarity": 9}`:        "rarity: 9 where the table documents a code of Rarity",
		`{"rarity": "Common"}`: `rarity: "Common" where the table documents a code of Rarity`,
		`{"rarity": 1.5}`:      "rarity: 1.5 where the table documents a code of Rarity",
	} {
		v, _, err := readJSON(text, 1)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(in.disagreements(body, v), "; "); got != want {
			t.Errorf("%s:\n got %s\nwant %s", text, got, want)
		}
	}
}

// TestEnumCodesInQuery admits in a query parameter of a documented enum
// its members' codes, which a query writes as text.
func TestEnumCodesInQuery(t *testing.T) {
	in := &inference{types: &typeSet{}, enums: map[string]*schema.Enum{"Rarity": {Name: "Rarity", Members: []*schema.Member{{Name: "Common", Code: 1}, {Name: "Rare", Code: 2}}}}}
	params := []*schema.Field{{Name: "rarity", Type: "Rarity"}}
	for raw, want := range map[string]string{
		"2":      "",
		"9":      "rarity: 9 where the table documents a code of Rarity",
		"Common": `rarity: "Common" where the table documents a code of Rarity`,
	} {
		if got := strings.Join(in.disagreeQuery(params, map[string][]string{"rarity": {raw}}), "; "); got != want {
			t.Errorf("rarity=%s:\n got %s\nwant %s", raw, got, want)
		}
	}
}
