package indented

import (
	"fmt"
	"strings"
)

// pug is the vocabulary of Pug (html2pug's): "tag#id.class(attrs)" then
// the element's text, "| text", "doctype html", "// …" a comment (and
// "//-" one of the template), "tag." an element whose deeper lines are
// its text, "tag: tag" an element that holds the one after the colon,
// "= …" JavaScript's output, "<…" a line of HTML; the keywords of the
// template's code (if, each, include, mixin calls "+name") are refused.
type pug struct{}

func (pug) name() string { return "Pug" }

// pugKeywords are the words that start a line of the template's code,
// not an element.
var pugKeywords = map[string]bool{"if": true, "else": true, "unless": true, "each": true, "for": true, "while": true, "case": true, "when": true, "default": true, "include": true, "extends": true, "block": true, "append": true, "prepend": true, "mixin": true, "yield": true}

func (pug) line(t string) (node, error) {
	switch {
	case strings.HasPrefix(t, "doctype"):
		return node{open: "<!DOCTYPE " + strings.TrimSpace(strings.TrimPrefix(t, "doctype")) + ">", leaf: true}, nil
	case strings.HasPrefix(t, "//"):
		return node{body: dropped}, nil
	case t == "|" || strings.HasPrefix(t, "| "):
		v, err := interpolated(strings.TrimPrefix(strings.TrimPrefix(t, "|"), " "), true)
		return node{open: v, leaf: true}, err
	case strings.HasPrefix(t, "<"):
		return node{open: t, leaf: true}, nil
	case strings.HasPrefix(t, "="), strings.HasPrefix(t, "!="):
		v, err := expression(strings.TrimLeft(t, "!="))
		return node{open: v, leaf: true}, err
	case strings.HasPrefix(t, "-"), strings.HasPrefix(t, "+"), strings.HasPrefix(t, ":"):
		return node{}, fmt.Errorf("it is the template's code (%s), which only running the template shows", clip(t))
	case isNameByte(t[0]) || len(t) > 1 && (t[0] == '.' || t[0] == '#') && isNameByte(t[1]):
		return pugElement(t)
	}
	return node{}, fmt.Errorf("%s is no element, no text (\"| text\") and no comment", clip(t))
}

// pugElement reads an element's line: its selector, its attributes,
// "/" of a void element, then "." (its text on deeper lines), ": " and
// the element it holds, "= …" or its text.
func pugElement(t string) (node, error) {
	tag, attrs, rest := selector(t, false)
	if pugKeywords[tag] && (rest == "" || rest[0] == ' ' || rest[0] == '(') {
		return node{}, fmt.Errorf("it is the template's code (%s), which only running the template shows", clip(t))
	}
	for strings.HasPrefix(rest, "(") {
		end := closing(rest, 0)
		if end < 0 {
			return node{}, errUnclosed
		}
		if err := htmlAttributes(attrs, rest[1:end], true); err != nil {
			return node{}, err
		}
		rest = rest[end+1:]
	}
	if strings.HasPrefix(rest, "&attributes") {
		return node{}, fmt.Errorf("the attributes %s are code, whose value only running the template tells", clip(rest))
	}
	void := strings.HasPrefix(rest, "/")
	if void {
		rest = rest[1:]
	}
	switch {
	case rest == ".":
		n := element(tag, attrs.String(), "", void)
		n.body = text
		return n, nil
	case strings.HasPrefix(rest, ": "):
		inner, err := pug{}.line(strings.TrimSpace(rest[2:]))
		if err != nil {
			return node{}, err
		}
		n := element(tag, attrs.String(), inner.open+inner.close, void)
		n.leaf = true
		return n, nil
	case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!="):
		v, err := expression(strings.TrimLeft(rest, "!="))
		n := element(tag, attrs.String(), v, void)
		return n, err
	case strings.HasPrefix(rest, " "):
		v, err := interpolated(rest[1:], true)
		return element(tag, attrs.String(), v, void), err
	case rest != "":
		return node{}, fmt.Errorf("%s after the element's name is no attribute and no text", clip(rest))
	}
	return element(tag, attrs.String(), "", void), nil
}
