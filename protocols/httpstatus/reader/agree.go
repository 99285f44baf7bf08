package reader

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// Examples are evidence, never authority: an example that contradicts a
// table of its page (a value of another type, outside the documented
// bounds, not among the documented values) is dropped whole, with a
// warning naming each contradiction, and gives the schema nothing. Keeping
// the members that agree would keep a message no server sends, and an
// example is worth keeping only as one the tables allow.

// disagreements lists where the members of an example object contradict
// the fields of the documented type t, each as "member: why"; a member t
// does not document contradicts nothing.
func (in *inference) disagreements(t *schema.Type, v *jsonValue) []string {
	var out []string
	in.disagree(t, v, "", &out)
	return out
}

func (in *inference) disagree(t *schema.Type, v *jsonValue, prefix string, out *[]string) {
	if t.Inferred {
		return
	}
	for _, m := range v.members {
		if f := schema.FieldNamed(t.Fields, m.key); f != nil {
			in.disagreeField(f, m.value, prefix+m.key, out)
		}
	}
}

func (in *inference) disagreeField(f *schema.Field, v *jsonValue, path string, out *[]string) {
	say := func(format string, args ...any) {
		*out = append(*out, path+": "+fmt.Sprintf(format, args...))
	}
	switch {
	case v.kind == jsonNull, f.Type == "", f.Type == schema.Any && !f.Array:
		return
	case f.Array && v.kind != jsonArray:
		say("%s where the table documents %s", shown(v), typeName(f))
		return
	case !f.Array && v.kind == jsonArray:
		say("an array where the table documents %s", typeName(f))
		return
	case f.Array:
		if n := len(v.elems); f.MinItems != nil && n < *f.MinItems || f.MaxItems != nil && n > *f.MaxItems {
			say("%d elements where the table documents %s", n, countRange(f.MinItems, f.MaxItems))
		}
		for i, e := range v.elems {
			in.disagreeOne(f, e, fmt.Sprintf("%s[%d]", path, i), out)
		}
		return
	}
	in.disagreeOne(f, v, path, out)
}

// disagreeOne checks one value of field f, or one element of it.
func (in *inference) disagreeOne(f *schema.Field, v *jsonValue, path string, out *[]string) {
	say := func(format string, args ...any) {
		*out = append(*out, path+": "+fmt.Sprintf(format, args...))
	}
	if v.kind == jsonNull {
		return
	}
	if e := in.enums[f.Type]; e != nil {
		if code, err := strconv.Atoi(v.text); v.kind != jsonNumber || err != nil || !slices.ContainsFunc(e.Members, func(m *schema.Member) bool { return m.Code == code }) {
			say("%s where the table documents a code of %s", shown(v), f.Type)
		}
		return
	}
	if !admitsOne(f.Type, v) {
		say("%s where the table documents %s", shown(v), f.Type)
		return
	}
	switch v.kind {
	case jsonString:
		if len(f.Values) > 0 && !slices.Contains(f.Values, v.text) {
			say("%q, which is not among %s", v.text, strings.Join(f.Values, ", "))
		}
		if n := utf8.RuneCountInString(v.text); f.MinLength != nil && n < *f.MinLength || f.MaxLength != nil && n > *f.MaxLength {
			say("%q of %d characters where the table documents %s", v.text, n, countRange(f.MinLength, f.MaxLength))
		}
	case jsonNumber:
		x, err := strconv.ParseFloat(v.text, 64)
		if err == nil && (f.Minimum != nil && x < *f.Minimum || f.Maximum != nil && x > *f.Maximum) {
			say("%s where the table documents %s", v.text, valueRange(f.Minimum, f.Maximum))
		}
	case jsonObject:
		if t := in.types.get(f.Type); t != nil {
			in.disagree(t, v, path+".", out)
		}
	}
}

// disagreeQuery lists where the query parameters of an example request
// contradict the query parameters a table documents. The items of an
// array are checked each: those of one value joined with commas, where
// its row says it takes that form or the example shows it (one value, as
// read.ExampleForms reads it), apart.
func (in *inference) disagreeQuery(params []*schema.Field, values map[string][]string) []string {
	var out []string
	for _, f := range params {
		vs := values[f.Name]
		if f.Array && (len(vs) == 1 || f.Form == schema.FormComma) {
			comma := *f
			comma.Form = schema.FormComma
			vs = read.QueryItems(&comma, vs)
		}
		for _, raw := range vs {
			v := &jsonValue{kind: jsonString, text: raw}
			switch {
			case in.enums[f.Type] != nil:
				// A query states a member of an enum by its code.
				if _, err := strconv.Atoi(raw); err == nil {
					v.kind = jsonNumber
				}
			case f.Type == schema.Integer, f.Type == schema.Number:
				if _, err := strconv.ParseFloat(raw, 64); err == nil {
					v.kind = jsonNumber
				}
			case f.Type == schema.Boolean:
				if _, err := strconv.ParseBool(raw); err == nil {
					v.kind = jsonBool
				}
			}
			one := *f
			one.Array = false
			in.disagreeOne(&one, v, f.Name, &out)
		}
	}
	return out
}

func shown(v *jsonValue) string {
	if v.kind == jsonString {
		return strconv.Quote(v.text)
	}
	if v.kind == jsonNumber {
		return v.text
	}
	return v.kind.String()
}

func typeName(f *schema.Field) string {
	if f.Array {
		return "an array of " + f.Type
	}
	return f.Type
}

func countRange(lo, hi *int) string {
	switch {
	case lo != nil && hi != nil:
		return fmt.Sprintf("%d to %d", *lo, *hi)
	case lo != nil:
		return fmt.Sprintf("at least %d", *lo)
	}
	return fmt.Sprintf("at most %d", *hi)
}

func valueRange(lo, hi *float64) string {
	g := func(x *float64) string { return strconv.FormatFloat(*x, 'g', -1, 64) }
	switch {
	case lo != nil && hi != nil:
		return g(lo) + " to " + g(hi)
	case lo != nil:
		return "at least " + g(lo)
	}
	return "at most " + g(hi)
}
