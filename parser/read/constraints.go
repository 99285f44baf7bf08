package read

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docs2go/docs2go/schema"
)

// The constraint grammar both protocols read descriptions with: lengths,
// element counts, value ranges and defaults, in the forms real docs write
// them.

// A Bound is a range a description states: Min or Max is empty where the
// description states none. Text is the description's own words, for
// messages.
type Bound struct {
	Min, Max string
	Text     string
}

// Constraints are what a description states of a field's values. Unread
// lists the texts that look like constraints but match no form of the
// grammar: a reader warns at each, so that no bound is dropped silently.
type Constraints struct {
	Length, Items, Value *Bound
	Default              string
	DefaultText          string
	HasDefault           bool
	Unread               []string
}

var (
	parenRe = regexp.MustCompile(`\(([^()]*)\)`)
	// unitRe is the unit that makes a bound a length or an element count.
	unitRe = regexp.MustCompile(`(?i)(?:\b(characters?|chars?|letters?|bytes?)\b|(자)|\b(elements?|items?|entries|entry|values?)\b)`)
	// lengthWordRe is the wording around a unit that adds nothing: "in
	// length", "long", "length:".
	lengthWordRe = regexp.MustCompile(`(?i)\b(?:in length|length|long|size|count)\b:?`)
	value        = "(\"[^\"]*\"|`[^`]*`|[^\\s,;]*[^\\s,;.])"
	defaultRe    = regexp.MustCompile(`(?i)^defaults?\s*[:=]\s*(.+)$|^defaults?\s+(?:to|is)\s+` + value + `$|^default\s+` + value + `$`)
	num          = `(-?\d+(?:\.\d+)?)`
	exactRe      = regexp.MustCompile(`^` + num + `$`)
	betweenRe    = regexp.MustCompile(`(?i)^(?:from\s+|between\s+)?` + num + `\s*(?:[-–~]|\.\.|to|and)\s*` + num + `$`)
	atLeastRe    = regexp.MustCompile(`(?i)^(?:from|min(?:imum)?\.?:?|at least|≥|>=|no less than|최소)\s*` + num + `$`)
	atLeastAfter = regexp.MustCompile(`(?i)^` + num + `\s*(?:or more|minimum|min\.?|at least|\+|이상)$`)
	atMostRe     = regexp.MustCompile(`(?i)^(?:up to|to|max(?:imum)?\.?:?|at most|≤|<=|no more than|less than or equal to|최대)\s*` + num + `$`)
	atMostAfter  = regexp.MustCompile(`(?i)^` + num + `\s*(?:or (?:less|fewer)|maximum|max\.?|at most|이하|이내)$`)
	// looksBoundRe is text that states a constraint in some form: a word
	// of the grammar next to a number, a unit after a number, a default.
	looksBoundRe = regexp.MustCompile(`(?i)(?:\b(?:up to|at most|at least|max(?:imum)?|min(?:imum)?|from|between|no (?:more|less) than|or (?:more|less|fewer))\b|[≤≥~]|<=|>=).*\d|\d.*\b(?:characters?|chars?|elements?|items?|entries|or (?:more|less|fewer))\b|\bdefaults?\b\s*(?:to\b|is\b|[:=])`)
	// looksBoundOutsideRe is such text outside parentheses, where prose
	// states numbers for other reasons: a unit after a number, a default.
	looksBoundOutsideRe = regexp.MustCompile(`(?i)\d\s*(?:characters?|chars|elements?|items?)\b|\bdefaults?\s*(?:to\b|[:=])`)
	// defaultSentenceRe is a default stated in the prose: "Defaults to
	// false.", "default: 10".
	defaultSentenceRe = regexp.MustCompile(`(?i)\bdefaults?\s*(?:to|is|[:=])\s*` + value + `\s*(?:[.,;]|$)`)
	// bareRangeRe is a range outside parentheses, as the http-status
	// pages write it: "Items per page, 1 ~ 100".
	bareRangeRe = regexp.MustCompile(`(?:^|[\s,;:])` + num + `\s*~\s*` + num + `(?:\s*(characters?|chars?|자|elements?|items?))?(?:$|[\s,;.)])`)
)

// ReadConstraints reads what a description states of a field's values:
// "(10 characters)", "(6 - 64 characters)", "(up to 256 characters)",
// "(max 256 characters)", "(≤ 256 characters)", "(1 - 32 elements)",
// "(from 1 to 100)", "(from 0)", "(up to 100)", "(between 0.5 and 2.5)",
// "1 ~ 100", "(Default: 10)", "(default: weekly)". A parenthesized group
// may hold several, separated by commas or semicolons.
func ReadConstraints(desc string) Constraints {
	var c Constraints
	if !mayState(desc) {
		return c
	}
	desc = strings.ReplaceAll(desc, "\u00a0", " ")
	outside := desc
	if strings.IndexByte(desc, '(') >= 0 {
		for _, m := range parenRe.FindAllStringSubmatch(desc, -1) {
			group := strings.TrimSpace(m[1])
			if !mayState(group) || c.readPart(group, m[0]) {
				continue
			}
			parts := strings.FieldsFunc(group, func(r rune) bool { return r == ',' || r == ';' })
			for _, p := range parts {
				if p = strings.TrimSpace(p); !c.readPart(p, p) && looksBoundRe.MatchString(p) {
					c.Unread = append(c.Unread, m[0])
					break
				}
			}
		}
		outside = parenRe.ReplaceAllString(desc, " ")
	}
	if !mayState(outside) {
		return c
	}
	if m := bareRangeRe.FindStringSubmatch(outside); m != nil {
		b := &Bound{Min: m[1], Max: m[2], Text: strings.Trim(m[0], " ,;:.")}
		c.set(unitOf(m[3]), b)
		outside = strings.Replace(outside, m[0], " ", 1)
	}
	if m := defaultSentenceRe.FindStringSubmatch(outside); m != nil {
		v, text := strings.Trim(m[1], "\"`"), strings.TrimSpace(m[0])
		switch {
		case !c.HasDefault:
			c.Default, c.DefaultText, c.HasDefault = v, text, true
		case !strings.EqualFold(v, c.Default):
			c.Unread = append(c.Unread, text)
		}
		outside = strings.Replace(outside, m[0], " ", 1)
	}
	if loc := looksBoundOutsideRe.FindStringIndex(outside); loc != nil {
		c.Unread = append(c.Unread, sentenceAt(outside, loc[0]))
	}
	return c
}

// mayState reports whether s can state a constraint: every form has a
// number or the word default.
func mayState(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	i := strings.Index(s, "efault")
	return i > 0 && (s[i-1] == 'd' || s[i-1] == 'D')
}

// The kinds of bound a unit makes.
const (
	unitNone = iota
	unitLength
	unitItems
)

func unitOf(word string) int {
	m := unitRe.FindStringSubmatch(word)
	switch {
	case m == nil:
		return unitNone
	case m[1] != "" || m[2] != "":
		return unitLength
	}
	return unitItems
}

// set sets the bound of a unit. A lower and an upper bound stated apart
// ("최소 1, 최대 100", "at least 2, up to 12 characters") make one bound.
func (c *Constraints) set(unit int, b *Bound) {
	at := &c.Value
	switch unit {
	case unitLength:
		at = &c.Length
	case unitItems:
		at = &c.Items
	}
	if old := *at; old != nil && (old.Max == "" && b.Min == "" || old.Min == "" && b.Max == "") {
		b = &Bound{Min: old.Min + b.Min, Max: old.Max + b.Max, Text: old.Text + ", " + b.Text}
	}
	*at = b
}

// readPart reads one constraint, text being how messages quote it.
func (c *Constraints) readPart(s, text string) bool {
	if m := defaultRe.FindStringSubmatch(s); m != nil {
		c.Default, c.DefaultText, c.HasDefault = strings.Trim(strings.TrimSpace(m[1]+m[2]+m[3]), "`"), text, true
		return true
	}
	unit := unitNone
	if loc := unitRe.FindStringIndex(s); loc != nil {
		unit = unitOf(s[loc[0]:loc[1]])
		s = s[:loc[0]] + " " + s[loc[1]:]
		s = lengthWordRe.ReplaceAllString(s, " ")
	}
	s = strings.Join(strings.Fields(s), " ")
	b := &Bound{Text: text}
	switch m := matchAny(s, exactRe, betweenRe, atLeastRe, atLeastAfter, atMostRe, atMostAfter); {
	case m.re == exactRe && unit != unitNone:
		b.Min, b.Max = m.sub[1], m.sub[1]
	case m.re == betweenRe:
		b.Min, b.Max = m.sub[1], m.sub[2]
	case m.re == atLeastRe || m.re == atLeastAfter:
		b.Min = m.sub[1]
	case m.re == atMostRe || m.re == atMostAfter:
		b.Max = m.sub[1]
	default:
		return false
	}
	c.set(unit, b)
	return true
}

type match struct {
	re  *regexp.Regexp
	sub []string
}

func matchAny(s string, res ...*regexp.Regexp) match {
	for _, re := range res {
		if m := re.FindStringSubmatch(s); m != nil {
			return match{re, m}
		}
	}
	return match{}
}

// CountBounds reads a length or an element count: whole numbers, none
// negative, the least not above the greatest.
func CountBounds(b *Bound) (lo, hi *int, err error) {
	count := func(s string) (*int, error) {
		if s == "" {
			return nil, nil
		}
		n, err := strconv.Atoi(s)
		switch {
		case errors.Is(err, strconv.ErrRange):
			return nil, fmt.Errorf("%s is too large", s)
		case err != nil || n < 0:
			return nil, fmt.Errorf("%s is not a count", s)
		}
		return &n, nil
	}
	if lo, err = count(b.Min); err != nil {
		return nil, nil, err
	}
	if hi, err = count(b.Max); err != nil {
		return nil, nil, err
	}
	if lo != nil && hi != nil && *lo > *hi {
		return nil, nil, fmt.Errorf("the least count %d is above the greatest %d", *lo, *hi)
	}
	return lo, hi, nil
}

// ValueBounds reads a range of values, the least not above the greatest.
func ValueBounds(b *Bound) (lo, hi *float64, err error) {
	value := func(s string) *float64 {
		if s == "" {
			return nil
		}
		x, _ := strconv.ParseFloat(s, 64) // the grammar matched a number
		return &x
	}
	lo, hi = value(b.Min), value(b.Max)
	if lo != nil && hi != nil && *lo > *hi {
		return nil, nil, fmt.Errorf("has its lower bound above its upper bound")
	}
	return lo, hi, nil
}

// sentenceAt returns the sentence of s that holds byte i.
func sentenceAt(s string, i int) string {
	start := strings.LastIndex(s[:i], ". ") + 1
	end := strings.Index(s[i:], ". ")
	if end < 0 {
		end = len(s) - i
	}
	return strings.TrimSpace(s[start : i+end])
}

// Unapplied lists what a description states that Constrain did not
// apply: Unread, texts that look like constraints in no form the grammar
// reads; Misplaced, bounds the field's type cannot have, each a message
// quoting the description. A reader reports each, as an error or a
// warning: none is dropped in silence.
type Unapplied struct {
	Unread, Misplaced []string
}

// Constrain reads the constraints a description states into f, in the
// grammar of ReadConstraints: a length "(6 - 64 characters)" or "(up to 256
// characters)" for a string, a number of elements "(1 - 32 elements)" for
// an array, a range "(from 1 to 100)", "(from 0)", "(up to 100)" or "1 ~
// 100" for a number, and a default "(Default: 10)". An inverted range, a
// count that is not one and a default outside the field's type, range or
// values are errors quoting the description's text; a bound of a kind
// the field's type cannot have is left out, and listed in Misplaced.
func Constrain(f *schema.Field) (u Unapplied, err error) {
	c := ReadConstraints(f.Description)
	u.Unread = c.Unread
	if b := c.Length; b != nil {
		if f.Type != schema.String {
			u.Misplaced = append(u.Misplaced, fmt.Sprintf("field %s is %s, but its description states %q, a length in characters, which only a string has", f.Name, TypeName(f), b.Text))
		} else if f.MinLength, f.MaxLength, err = CountBounds(b); err != nil {
			return u, fmt.Errorf("field %s: %q: %v", f.Name, b.Text, err)
		}
	}
	if b := c.Items; b != nil {
		if !f.Array {
			u.Misplaced = append(u.Misplaced, fmt.Sprintf("field %s is %s, but its description states %q, a number of elements, which only an array has", f.Name, TypeName(f), b.Text))
		} else if f.MinItems, f.MaxItems, err = CountBounds(b); err != nil {
			return u, fmt.Errorf("field %s: %q: %v", f.Name, b.Text, err)
		}
	}
	var rng string
	if b := c.Value; b != nil {
		if f.Type != schema.Number && f.Type != schema.Integer {
			u.Misplaced = append(u.Misplaced, fmt.Sprintf("field %s is %s, but its description states %q, a range of values, which only a number has", f.Name, TypeName(f), b.Text))
		} else if f.Minimum, f.Maximum, err = ValueBounds(b); err != nil {
			return u, fmt.Errorf("field %s: %q %v", f.Name, b.Text, err)
		} else {
			rng = b.Text
		}
	}
	if c.HasDefault {
		v, err := defaultValue(f, c.Default)
		if err != nil {
			return u, fmt.Errorf("field %s: %q %v", f.Name, c.DefaultText, err)
		}
		if err := fitDefault(f, v, rng); err != nil {
			return u, fmt.Errorf("field %s: %q %v", f.Name, c.DefaultText, err)
		}
		f.Default = v
	}
	return u, nil
}

// defaultValue reads a default as a value of the field's type. "null" is
// no default.
func defaultValue(f *schema.Field, s string) (any, error) {
	if strings.EqualFold(s, "null") {
		return nil, nil
	}
	isBool := func() (any, bool) {
		switch strings.ToLower(s) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
		return nil, false
	}
	isNumber := func() (any, bool) {
		if n, err := strconv.Atoi(s); err == nil {
			return n, true
		}
		x, err := strconv.ParseFloat(s, 64)
		return x, err == nil
	}
	switch {
	case f.Array:
	case f.Type == schema.Boolean:
		if v, ok := isBool(); ok {
			return v, nil
		}
	case f.Type == schema.Integer:
		if n, err := strconv.Atoi(s); err == nil {
			return n, nil
		}
	case f.Type == schema.Number:
		if v, ok := isNumber(); ok {
			return v, nil
		}
	case f.Type == schema.String:
		return strings.Trim(s, `"'`), nil
	case f.Type == schema.Any:
		if v, ok := isBool(); ok {
			return v, nil
		}
		if v, ok := isNumber(); ok {
			return v, nil
		}
		return strings.Trim(s, `"'`), nil
	}
	return nil, fmt.Errorf("does not fit its type %s", TypeName(f))
}

// fitDefault checks a default against the field's range, length and
// allowed values.
func fitDefault(f *schema.Field, v any, rng string) error {
	var x float64
	switch n := v.(type) {
	case int:
		x = float64(n)
	case float64:
		x = n
	case string:
		if len(f.Values) > 0 && !slices.Contains(f.Values, n) {
			return fmt.Errorf("is not one of its values %s", strings.Join(f.Values, " | "))
		}
		l := utf8.RuneCountInString(n)
		if f.MinLength != nil && l < *f.MinLength || f.MaxLength != nil && l > *f.MaxLength {
			return fmt.Errorf("does not have the length its description states")
		}
		return nil
	default:
		return nil
	}
	if f.Minimum != nil && x < *f.Minimum || f.Maximum != nil && x > *f.Maximum {
		return fmt.Errorf("is outside %q", rng)
	}
	return nil
}

// Stated lists what a field's description constrains, for comparing
// one field as several pages document it.
func Stated(f *schema.Field) string {
	var out []string
	num := func(name string, v *int) {
		if v != nil {
			out = append(out, fmt.Sprintf("%s %d", name, *v))
		}
	}
	float := func(name string, v *float64) {
		if v != nil {
			out = append(out, fmt.Sprintf("%s %v", name, *v))
		}
	}
	num("minLength", f.MinLength)
	num("maxLength", f.MaxLength)
	float("minimum", f.Minimum)
	float("maximum", f.Maximum)
	num("minItems", f.MinItems)
	num("maxItems", f.MaxItems)
	if f.Default != nil {
		out = append(out, fmt.Sprintf("default %v", f.Default))
	}
	if len(f.Values) > 0 {
		out = append(out, "values "+strings.Join(f.Values, " | "))
	}
	return strings.Join(out, ", ")
}
