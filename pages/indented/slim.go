package indented

import (
	"fmt"
	"strings"
)

// slim is the vocabulary of Slim (html2slim's): "tag#id.class" then its
// attributes, in a wrapper ("[a="x" b="y"]", "(…)", "{…}") or bare
// ("a="x" b='y'"), then the element's text; "| text" and "' text" (a
// space after it) with its text going on over deeper lines, "doctype
// html", "/ …" a comment of the template and "/! …" one of HTML, "tag:
// tag" an element that holds the one after the colon, "= …" Ruby's
// output, "<…" a line of HTML; "- …" (Ruby code) is refused.
type slim struct{}

func (slim) name() string { return "Slim" }

func (slim) line(t string) (node, error) {
	switch {
	case strings.HasPrefix(t, "doctype"):
		return node{open: "<!DOCTYPE " + strings.TrimSpace(strings.TrimPrefix(t, "doctype")) + ">", leaf: true}, nil
	case strings.HasPrefix(t, "/"):
		return node{body: dropped}, nil
	case t == "|" || t == "'" || strings.HasPrefix(t, "| ") || strings.HasPrefix(t, "' "):
		v, err := interpolated(strings.TrimPrefix(t[1:], " "), false)
		if t[0] == '\'' {
			v += " "
		}
		return node{open: v, body: text}, err
	case strings.HasPrefix(t, "<"):
		return node{open: t, leaf: true}, nil
	case strings.HasPrefix(t, "="):
		v, err := expression(strings.TrimLeft(t, "=<>'"))
		return node{open: v, leaf: true}, err
	case strings.HasPrefix(t, "-"):
		return node{}, fmt.Errorf("it is Ruby code (%s), which only running the template shows", clip(t))
	case isNameByte(t[0]) || len(t) > 1 && (t[0] == '.' || t[0] == '#') && isNameByte(t[1]):
		return slimElement(t)
	}
	return node{}, fmt.Errorf("%s is no element, no text (\"| text\") and no comment", clip(t))
}

// slimWrappers are the brackets that may wrap an element's attributes,
// each with the one that closes it.
var slimWrappers = map[byte]byte{'[': ']', '(': ')', '{': '}'}

// slimElement reads an element's line: its selector, its attributes,
// "/" of a void element, then ": " and the element it holds, "= …"
// (after a space or not) or its text.
func slimElement(t string) (node, error) {
	tag, attrs, rest := selector(t, false)
	if _, ok := slimWrappers[firstByte(rest)]; ok {
		end := closing(rest, 0)
		if end < 0 {
			return node{}, errUnclosed
		}
		if err := htmlAttributes(attrs, rest[1:end], false); err != nil {
			return node{}, err
		}
		rest = rest[end+1:]
	} else {
		var err error
		if rest, err = bareAttributes(attrs, rest); err != nil {
			return node{}, err
		}
	}
	void := strings.HasPrefix(rest, "/")
	if void {
		rest = rest[1:]
	}
	rest = strings.TrimLeft(rest, "<>")
	switch {
	case strings.HasPrefix(rest, ": "):
		inner, err := slim{}.line(strings.TrimSpace(rest[2:]))
		if err != nil {
			return node{}, err
		}
		n := element(tag, attrs.String(), inner.open+inner.close, void)
		n.leaf = true
		return n, nil
	case strings.HasPrefix(strings.TrimLeft(rest, " "), "="):
		v, err := expression(strings.TrimLeft(rest, " =<>'"))
		n := element(tag, attrs.String(), v, void)
		n.leaf = true
		return n, err
	case strings.HasPrefix(rest, " "):
		v, err := interpolated(strings.TrimLeft(rest, " "), false)
		n := element(tag, attrs.String(), v, void)
		n.leaf = n.leaf || strings.TrimSpace(v) != ""
		return n, err
	case rest != "":
		return node{}, fmt.Errorf("%s after the element's name is no attribute and no text", clip(rest))
	}
	return element(tag, attrs.String(), "", void), nil
}

// firstByte is the first byte of s, 0 for none.
func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

// bareAttributes writes the attributes written without a wrapper after
// an element's name (" a="x" b='y'"), each a name, "=" and a value
// attributeValue reads, and returns the rest of the line after them.
func bareAttributes(b *strings.Builder, rest string) (string, error) {
	for {
		t := strings.TrimLeft(rest, " ")
		j := 0
		for j < len(t) && isNameByte(t[j]) {
			j++
		}
		if j == 0 || len(t) == len(rest) || !strings.HasPrefix(t[j:], "=") {
			return rest, nil
		}
		value, set, after, err := attributeValue(t[j+1:], true)
		if err != nil {
			return "", err
		}
		if set != nil {
			attribute(b, t[:j], value, *set)
		}
		rest = after
	}
}
