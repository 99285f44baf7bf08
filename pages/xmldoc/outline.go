package xmldoc

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// anchors are the ids the elements of a document bear.
func anchors(n *node, ids map[string]bool) map[string]bool {
	if id := idOf(n); id != "" {
		ids[id] = true
	}
	for _, k := range n.kids {
		if k.name != "" {
			anchors(k, ids)
		}
	}
	return ids
}

// inward reports whether a link leads to an anchor of the document
// (ids), or to the page itself (an empty target, "#").
func inward(n *node, ids map[string]bool) bool {
	if _, ok := n.attrs["linkend"]; ok && n.attr("linkend") == "" {
		return true
	}
	t := linkTarget(n)
	if n.attr("linkend") == "" && n.attr("rid") == "" {
		if !strings.HasPrefix(t, "#") {
			return false
		}
		t = t[1:]
	}
	return t == "" || ids[t]
}

// outline reports whether a list is an outline of the document (the
// "On this page" side bar a site shows beside its content, or a table
// of contents, which the conversion of the page kept as a list): two
// items or more, each wholly a link to an anchor of the document (or to
// the page), maybe with a list of such items under it. The titles of the
// links are returned.
func outline(list *node, ids map[string]bool) ([]string, bool) {
	var titles []string
	var items func(list *node) bool
	// wholly reports whether a node of an item holds nothing but inward
	// links, lists of such items and blank text.
	var wholly func(n *node, links *int) bool
	wholly = func(n *node, links *int) bool {
		switch {
		case n.name == "":
			return strings.TrimSpace(strings.ReplaceAll(n.text, "\u200b", "")) == ""
		case isList(n):
			return items(n)
		case kindOf(n) == link:
			if !inward(n, ids) {
				return false
			}
			*links++
			titles = append(titles, strings.TrimSpace(strings.ReplaceAll(strings.Join(strings.Fields(text(n)), " "), "\u200b", "")))
			return true
		case kindOf(n) == paragraph:
			for _, k := range n.kids {
				if !wholly(k, links) {
					return false
				}
			}
			return true
		}
		return false
	}
	items = func(list *node) bool {
		for _, it := range list.kids {
			if it.name == "" {
				if strings.TrimSpace(it.text) != "" {
					return false
				}
				continue
			}
			if kindOf(it) != item {
				return false
			}
			links := 0
			for _, k := range it.kids {
				if !wholly(k, &links) {
					return false
				}
			}
			if links == 0 {
				return false
			}
		}
		return true
	}
	return titles, items(list) && len(titles) >= 2
}

// skipOutline leaves out a list that is an outline of the document, with
// a warning, and reports whether it did.
func (r *reader) skipOutline(list *node) bool {
	titles, ok := outline(list, r.ids)
	if !ok {
		return false
	}
	first, last := list.line, lastLine(list)
	r.src.Report.Warn(pages.At(r.src.Name, first), "left out lines %d to %d (%s): each is wholly a link to a section of this page, an outline of it (the \"On this page\" side bar a site shows beside the content, or a table of contents), not a title of its own", first, last, pages.Clip(strings.Join(titles, " · ")))
	return true
}

// lastLine is the line of n's end tag, else of the last text or
// element in it.
func lastLine(n *node) int {
	if n.end != 0 {
		return n.end
	}
	for i := len(n.kids) - 1; i >= 0; i-- {
		k := n.kids[i]
		if k.name == "" && strings.TrimSpace(k.text) == "" {
			continue
		}
		return max(k.line, lastLine(k))
	}
	return n.line
}
