package golang

import (
	"strconv"
	"strings"
)

// fieldTag is the struct tag of a member's field, the one place that
// writes what a runtime reads of a member: json:"name", with omitempty for
// an optional member (a member without it is required), then the facts
// its page documents that the runtime checks or applies, each in a tag of
// its own, in this order:
//
//   - minLength and maxLength, the characters of a string, or of each
//     string of an array;
//   - minItems and maxItems, the items of an array;
//   - minimum and maximum, a number, or each number of an array;
//   - values, the strings a string, or each string of an array, may be,
//     separated by commas, each comma and backslash of a value escaped
//     with a backslash; of an enum member, its enum's codes, which the
//     runtime checks without calling the enum's Valid;
//   - default, the value an absent optional member takes: a string's as
//     it is, any other's as JSON, an enum member's as its code.
//
// A runtime reads the tags once per struct type into the table that its
// decoder, its encoder, Validate and ApplyDefaults go through: the
// constraints are data in the type, and no type has code of its own to
// check them.
func fieldTag(mem *Member) string {
	name := mem.Field.Name
	if !mem.Field.Required {
		name += ",omitempty"
	}
	tags := []string{"json:" + strconv.Quote(name)}
	add := func(key, value string) {
		tags = append(tags, key+":"+strconv.Quote(value))
	}
	f := mem.Field
	for _, b := range []struct {
		key string
		n   *int
	}{{"minLength", f.MinLength}, {"maxLength", f.MaxLength}, {"minItems", f.MinItems}, {"maxItems", f.MaxItems}} {
		if b.n != nil {
			add(b.key, strconv.Itoa(*b.n))
		}
	}
	for _, b := range []struct {
		key string
		x   *float64
	}{{"minimum", f.Minimum}, {"maximum", f.Maximum}} {
		if b.x != nil {
			add(b.key, strconv.FormatFloat(*b.x, 'g', -1, 64))
		}
	}
	switch {
	case len(f.Values) > 0:
		add("values", ValuesTag(f.Values))
	case mem.Kind == KindEnum:
		codes := make([]string, len(mem.Enum.Enum.Members))
		for i, em := range mem.Enum.Enum.Members {
			codes[i] = strconv.Itoa(em.Code)
		}
		add("values", strings.Join(codes, ","))
	}
	if mem.HasDefault() {
		add("default", defaultText(mem))
	}
	return tagLiteral(strings.Join(tags, " "))
}

// ValuesTag is the values tag of a member or a header, which the
// runtimes' splitValues reads: values separated by commas, each comma and
// backslash of a value escaped with a backslash.
func ValuesTag(values []string) string {
	escaped := make([]string, len(values))
	for i, v := range values {
		escaped[i] = strings.NewReplacer(`\`, `\\`, `,`, `\,`).Replace(v)
	}
	return strings.Join(escaped, ",")
}

// tagLiteral is tag as a Go string literal, as jennifer writes a tag: a raw
// string where it can be one.
func tagLiteral(tag string) string {
	if strconv.CanBackquote(tag) {
		return "`" + tag + "`"
	}
	return strconv.Quote(tag)
}

// defaultText is the default of a member as its default tag holds it: a
// string as it is, any other value as JSON. checkDefault has made sure
// that it fits the member's type.
func defaultText(mem *Member) string {
	if mem.Kind == KindAny {
		return rawDefault(mem)
	}
	switch v := defaultValue(mem).(type) {
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return ""
}
