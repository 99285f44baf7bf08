package indented

import (
	"fmt"
	"strings"
)

// haml is the vocabulary of HAML (html2haml's): "%tag.class#id{attrs}"
// or "(attrs)" then the element's text, "!!!" the document type, "/ …"
// a comment, "-# …" a comment of the template, ":plain" a filter, "= …"
// Ruby's output, "\" text that starts as markup would; any other line
// is text.
type haml struct{}

func (haml) name() string { return "HAML" }

func (haml) line(t string) (node, error) {
	switch {
	case strings.HasPrefix(t, "!!!"):
		return node{open: "<!DOCTYPE html>", leaf: true}, nil
	case strings.HasPrefix(t, "-#"), strings.HasPrefix(t, "/"):
		return node{body: dropped}, nil
	case strings.HasPrefix(t, "-"):
		return node{}, fmt.Errorf("it is Ruby code (%s), which only running the template shows", clip(t))
	case strings.HasPrefix(t, "="), strings.HasPrefix(t, "&="), strings.HasPrefix(t, "!="), strings.HasPrefix(t, "~"):
		v, err := expression(strings.TrimLeft(t, "&!=~"))
		return node{open: v, leaf: true}, err
	case strings.HasPrefix(t, ":"):
		return hamlFilter(t)
	case strings.HasPrefix(t, `\`):
		v, err := interpolated(t[1:], false)
		return node{open: v, leaf: true}, err
	case len(t) > 1 && strings.ContainsRune("%.#", rune(t[0])) && isNameByte(t[1]):
		return hamlElement(t)
	}
	v, err := interpolated(t, false)
	return node{open: v, leaf: true}, err
}

// hamlFilter reads a filter's line: its deeper lines are text (:plain,
// :preserve, :escaped) or show nothing (:javascript, :css, :cdata).
func hamlFilter(t string) (node, error) {
	switch strings.TrimSpace(t[1:]) {
	case "plain", "preserve", "escaped":
		return node{body: text}, nil
	case "javascript", "css", "cdata":
		return node{body: dropped}, nil
	}
	return node{}, fmt.Errorf("the filter %s is not one whose text is known", clip(t))
}

// isNameByte reports whether c may be in a tag's, a class's or an id's
// name.
func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':'
}

// selector reads the tag, classes and id a line starts with
// ("%td.a.b#c", ".a", "td.a#c" for Pug, whose tag has no "%") into the
// tag ("div" when it names none), the attributes they give and the rest
// of the line.
func selector(t string, mark bool) (tag string, attrs *strings.Builder, rest string) {
	attrs = &strings.Builder{}
	var classes []string
	id := ""
	i := 0
	if !mark {
		for i < len(t) && isNameByte(t[i]) && t[i] != ':' {
			i++
		}
		tag = t[:i]
	}
	for i+1 < len(t) && (t[i] == '.' || t[i] == '#' || mark && t[i] == '%') && isNameByte(t[i+1]) {
		j := i + 1
		for j < len(t) && isNameByte(t[j]) && (mark || t[j] != ':') {
			j++
		}
		switch t[i] {
		case '.':
			classes = append(classes, t[i+1:j])
		case '#':
			id = t[i+1 : j]
		default:
			tag = t[i+1 : j]
		}
		i = j
	}
	if tag == "" {
		tag = "div"
	}
	if id != "" {
		attribute(attrs, "id", id, true)
	}
	if classes != nil {
		attribute(attrs, "class", strings.Join(classes, " "), true)
	}
	return tag, attrs, t[i:]
}

// hamlElement reads an element's line: its selector, its attributes
// ("{:a => "x", "b" => 'y', c: 1}" and "(a="x" b=y)", in either order),
// the marks after them ("<", ">", "/" of a void element), then "= …"
// or its text.
func hamlElement(t string) (node, error) {
	tag, attrs, rest := selector(t, true)
	for rest != "" && (rest[0] == '{' || rest[0] == '(') {
		end := closing(rest, 0)
		if end < 0 {
			return node{}, errUnclosed
		}
		var err error
		if rest[0] == '{' {
			err = rubyHash(attrs, rest[1:end])
		} else {
			err = htmlAttributes(attrs, rest[1:end], false)
		}
		if err != nil {
			return node{}, err
		}
		rest = rest[end+1:]
	}
	if strings.HasPrefix(rest, "[") {
		return node{}, fmt.Errorf("the object reference %s names Ruby objects, whose attributes only running the template tells", clip(rest))
	}
	rest = strings.TrimLeft(rest, "<>")
	void := strings.HasPrefix(rest, "/")
	if void {
		rest = rest[1:]
	}
	var txt string
	var err error
	switch {
	case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "&="), strings.HasPrefix(rest, "!="), strings.HasPrefix(rest, "~"):
		txt, err = expression(strings.TrimLeft(rest, "&!=~"))
	case strings.HasPrefix(rest, " "):
		txt, err = interpolated(strings.TrimPrefix(rest, " "), false)
	case strings.TrimSpace(rest) != "":
		return node{}, fmt.Errorf("%s after the element's name is no attribute and no text", clip(rest))
	}
	n := element(tag, attrs.String(), txt, void)
	n.leaf = n.leaf || strings.TrimSpace(txt) != ""
	return n, err
}

// rubyHash writes the attributes of a Ruby hash's entries
// (":a => "x"", ""b" => 'y'", "c: 1", "'d': true"): keys a symbol or a
// string, values a string, a symbol, a number or true (an attribute
// without value); false and nil leave the attribute out. A value of code
// is refused.
func rubyHash(b *strings.Builder, h string) error {
	for rest := strings.TrimSpace(h); rest != ""; {
		var key string
		var err error
		switch {
		case rest[0] == ':':
			j := 1
			for j < len(rest) && isNameByte(rest[j]) && rest[j] != ':' {
				j++
			}
			key, rest = rest[1:j], rest[j:]
		case rest[0] == '"' || rest[0] == '\'':
			if key, rest, err = literal(rest); err != nil {
				return err
			}
		default:
			j := 0
			for j < len(rest) && isNameByte(rest[j]) && rest[j] != ':' {
				j++
			}
			key, rest = rest[:j], rest[j:]
		}
		rest = strings.TrimSpace(rest)
		switch {
		case strings.HasPrefix(rest, "=>"):
			rest = rest[2:]
		case strings.HasPrefix(rest, ":"):
			rest = rest[1:]
		default:
			return fmt.Errorf("the attributes %s are no Ruby hash of names and values", clip(h))
		}
		rest = strings.TrimSpace(rest)
		value, set, after, err := attributeValue(rest, true)
		if err != nil {
			return err
		}
		if key == "" {
			return fmt.Errorf("the attributes %s name an attribute without a name", clip(h))
		}
		if set != nil {
			attribute(b, key, value, *set)
		}
		rest = strings.TrimSpace(after)
		if rest != "" {
			if rest[0] != ',' {
				return fmt.Errorf("the attributes %s are no Ruby hash of names and values", clip(h))
			}
			rest = strings.TrimSpace(rest[1:])
		}
	}
	return nil
}

// attributeValue reads the value s starts with: a string literal, a
// number, a symbol (ruby), true (an attribute without a value), false or
// nil or null (no attribute: set nil); set tells whether the attribute
// has a value. Anything else is code whose value only running the
// template tells.
func attributeValue(s string, ruby bool) (value string, set *bool, rest string, err error) {
	yes, no := true, false
	if s == "" {
		return "", nil, "", fmt.Errorf("an attribute has no value")
	}
	if strings.ContainsRune(`"'`+"`", rune(s[0])) {
		value, rest, err = literal(s)
		return value, &yes, rest, err
	}
	j := 0
	for j < len(s) && s[j] != ',' && s[j] != ' ' && s[j] != ')' {
		j++
	}
	word := s[:j]
	switch {
	case word == "true":
		return "", &no, s[j:], nil
	case word == "false" || word == "nil" || word == "null" || word == "undefined":
		return "", nil, s[j:], nil
	case ruby && strings.HasPrefix(word, ":") && len(word) > 1:
		return word[1:], &yes, s[j:], nil
	case word != "" && strings.Trim(word, "0123456789.-") == "":
		return word, &yes, s[j:], nil
	}
	return "", nil, "", fmt.Errorf("the attribute value %s is code, whose value only running the template tells", clip(s))
}

// htmlAttributes writes attributes written as HTML's ("a="x" b=y c"),
// parted by spaces or, in Pug, by commas; a value is read as
// attributeValue reads it, "!=" (Pug's unescaped value) as "=".
func htmlAttributes(b *strings.Builder, s string, commas bool) error {
	for rest := strings.TrimSpace(s); rest != ""; {
		j := 0
		for j < len(rest) && rest[j] != '=' && rest[j] != ' ' && rest[j] != ',' && rest[j] != '!' {
			j++
		}
		key := rest[:j]
		rest = strings.TrimLeft(rest[j:], " ")
		if key == "" {
			return fmt.Errorf("the attributes %s name an attribute without a name", clip(s))
		}
		rest = strings.TrimPrefix(rest, "!")
		if strings.HasPrefix(rest, "=") {
			value, set, after, err := attributeValue(strings.TrimLeft(rest[1:], " "), false)
			if err != nil {
				return err
			}
			if set != nil {
				attribute(b, key, value, *set)
			}
			rest = after
		} else {
			attribute(b, key, "", false)
		}
		rest = strings.TrimLeft(rest, " ")
		if commas {
			rest = strings.TrimLeft(strings.TrimPrefix(rest, ","), " ")
		}
	}
	return nil
}
