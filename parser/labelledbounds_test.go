package parser_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestLabelledBounds reads the bounds a label names ("Length: 2-12",
// "Range: 1-100", "Max items: 5") on a GearN page and in a Kakao
// Description cell alike, and warns at its row of a bound the grammar
// reads in no form, quoting its phrase and giving the override.
func TestLabelledBounds(t *testing.T) {
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
		{"GearN", strings.Replace(gearn, gearnRow, gearnRow+"| nick | string | | The nickname. (Length: 2-12) |\n| level | number int | | The level. Range: 1-100 |\n| tags | string[] | | The tags. Max items: 5 |\n| seats | number int | | The seats. The limit is 100 per room. |\n", 1), "p.md"},
		{"Kakao", strings.Replace(kakao, kakaoRow, kakaoRow+"nick | String | The nickname (Length: 2-12) |\nlevel | Integer | The level. Range: 1-100 |\ntags | List<String> | The tags. Max items: 5 |\nseats | Integer | The seats. The limit is 100 per room. |\n", 1), "p.txt"},
	} {
		res, err := parser.Parse([]parser.Page{{Name: c.file, Data: []byte(c.page)}}, parser.Options{Name: "x"})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		fields := map[string]*schema.Field{}
		for _, ty := range res.API.Types {
			for _, f := range ty.Fields {
				fields[f.Name] = f
			}
		}
		for _, op := range res.API.Operations {
			for _, ep := range op.Endpoints {
				for _, f := range ep.Body {
					fields[f.Name] = f
				}
			}
		}
		for name, want := range map[string]string{"nick": "length 2-12", "level": "range 1-100", "tags": "items -5", "seats": ""} {
			f := fields[name]
			if f == nil {
				t.Errorf("%s: field %s not read", c.name, name)
				continue
			}
			if got := bounds(f); got != want {
				t.Errorf("%s: %s: %q, want %q", c.name, name, got, want)
			}
		}
		seats := fields["seats"]
		if seats == nil {
			continue
		}
		warned := false
		for _, w := range res.Warnings {
			warned = warned || w.Pos == seats.At && strings.Contains(w.Msg, `seats: a bound the grammar did not read: "The limit is 100 per room"; write it in overrides as {`) && strings.HasSuffix(w.Msg, "field: seats, maximum: 100}")
		}
		if !warned {
			t.Errorf("%s: no warning at %s of the bound of seats the grammar did not read; warnings %v", c.name, seats.At, res.Warnings)
		}
	}
}

// bounds writes the bounds of f: "length 2-12", "items -5", "range 1-100".
func bounds(f *schema.Field) string {
	var out []string
	end := func(v *int) string {
		if v == nil {
			return ""
		}
		return fmt.Sprint(*v)
	}
	fend := func(v *float64) string {
		if v == nil {
			return ""
		}
		return fmt.Sprint(*v)
	}
	if f.MinLength != nil || f.MaxLength != nil {
		out = append(out, "length "+end(f.MinLength)+"-"+end(f.MaxLength))
	}
	if f.MinItems != nil || f.MaxItems != nil {
		out = append(out, "items "+end(f.MinItems)+"-"+end(f.MaxItems))
	}
	if f.Minimum != nil || f.Maximum != nil {
		out = append(out, "range "+fend(f.Minimum)+"-"+fend(f.Maximum))
	}
	return strings.Join(out, ", ")
}
