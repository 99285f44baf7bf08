package parser_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestOpenBounds reads a bound without a unit by the field's type, on a
// GearN page and on a Kakao page alike: an object array's number of
// elements; on an array of numbers (its count or each element's range)
// and on a string (its length, which words state in characters), a
// warning at the row, the bound not applied.
func TestOpenBounds(t *testing.T) {
	read := func(path string) string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	gearn := strings.Replace(read("../testdata/parse/broken-enum-code/page.md"), "thirty", "2", 1)
	gearnRow := "| userId | string | true | The unique identifier of the player. (10 characters) |\n"
	kakao := read("../testdata/facts/k01_getPlayer/getPlayer.txt")
	kakaoRow := "regTime | Long | Registration time (epoch milliseconds) |\n"
	for _, c := range []struct {
		name, page, file string
	}{
		{"GearN", strings.Replace(gearn, gearnRow, gearnRow+"| nick | string | | The nickname. (up to 64) |\n| scores | number int[] | | The scores. (from 0) |\n| friends | Friend[] | | The friends, at most 30 |\n\nFriend\n| Code | Type | Required | Description |\n|---|---|---|---|\n| id | string | true | The friend. |\n\n", 1), "p.md"},
		{"Kakao", strings.Replace(kakao, kakaoRow, kakaoRow+"nick | String | The nickname (up to 64) |\nscores | List<Integer> | The scores (from 0) |\nfriends | List<PlayerInfo> | The friends, at most 30 |\n", 1), "p.txt"},
	} {
		res, err := parser.Parse([]parser.Page{{Name: c.file, Data: []byte(c.page)}}, parser.Options{Name: "x"})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		fields := map[string]*schema.Field{}
		collect := func(fs []*schema.Field) {
			for _, f := range fs {
				fields[f.Name] = f
			}
		}
		for _, ty := range res.API.Types {
			collect(ty.Fields)
		}
		for _, op := range res.API.Operations {
			for _, ep := range op.Endpoints {
				collect(ep.Body)
			}
		}
		nick, scores, friends := fields["nick"], fields["scores"], fields["friends"]
		if nick == nil || scores == nil || friends == nil {
			t.Errorf("%s: fields nick, scores or friends not read", c.name)
			continue
		}
		if friends.MaxItems == nil || *friends.MaxItems != 30 || friends.MinItems != nil {
			t.Errorf("%s: friends: %s, want maxItems 30", c.name, schemaBounds(friends))
		}
		for _, f := range []*schema.Field{nick, scores} {
			if b := schemaBounds(f); b != "" {
				t.Errorf("%s: %s: %s, want no bound", c.name, f.Name, b)
			}
			warned := false
			for _, w := range res.Warnings {
				warned = warned || w.Pos == f.At && strings.Contains(w.Msg, "a bound without a unit") && strings.HasSuffix(w.Msg, "not applied")
			}
			if !warned {
				t.Errorf("%s: %s: no warning at %s that its bound is not applied", c.name, f.Name, f.At)
			}
		}
	}
}

// schemaBounds lists the bounds a field has, or "" for none.
func schemaBounds(f *schema.Field) string {
	var out []string
	for name, v := range map[string]*int{"minLength": f.MinLength, "maxLength": f.MaxLength, "minItems": f.MinItems, "maxItems": f.MaxItems} {
		if v != nil {
			out = append(out, name)
		}
	}
	if f.Minimum != nil || f.Maximum != nil {
		out = append(out, "range")
	}
	slices.Sort(out)
	return strings.Join(out, ", ")
}
