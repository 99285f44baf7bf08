package native

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// anchors are the ids the AST's elements bear: the first string of each
// attr ("( \"overview\" , [ \"section\" ] , [] )") of a heading, a div, a
// span, a table, a code block.
func anchors(v *value, ids map[string]bool) map[string]bool {
	if v.kind == tuple && len(v.args) == 3 && v.args[0].kind == str && v.args[1].kind == list && v.args[2].kind == list && v.args[0].text != "" {
		ids[v.args[0].text] = true
	}
	for _, a := range v.args {
		anchors(a, ids)
	}
	return ids
}

// outline reports whether a list's items are an outline of the document
// (the "On this page" side bar a site shows beside its content, or a
// table of contents, which the conversion kept as a list): two links or
// more, each item wholly links to anchors of the document (or to the
// page itself, "#"), maybe with a list of such items under it. The
// titles of the links are returned.
func (r *reader) outline(items *value, ids map[string]bool) ([]string, bool) {
	var titles []string
	var entries func(items *value) bool
	// wholly reports whether a block of an item holds nothing but inward
	// links, spaces and lists of such items.
	wholly := func(b *value) bool {
		switch {
		case b.is("BulletList"):
			return entries(b.arg(0, list))
		case b.is("OrderedList"):
			return entries(b.arg(1, list))
		case !b.is("Plain") && !b.is("Para"):
			return false
		}
		links := 0
		for _, in := range argsOf(b.arg(0, list)) {
			switch {
			case in.is("Space") || in.is("SoftBreak"):
			case in.is("Str") && in.arg(0, str) != nil && strings.TrimSpace(in.args[0].text) == "":
			case in.is("Link"):
				anchor, ok := strings.CutPrefix(target(in), "#")
				if !ok || anchor != "" && !ids[anchor] {
					return false
				}
				t, _ := r.inline(argsOf(in.arg(1, list)), "", false)
				titles = append(titles, t)
				links++
			default:
				return false
			}
		}
		return links > 0
	}
	entries = func(items *value) bool {
		if items == nil || len(items.args) == 0 {
			return false
		}
		for _, it := range items.args {
			if it.kind != list || len(it.args) == 0 {
				return false
			}
			for _, b := range it.args {
				if b.kind != constructor || !wholly(b) {
					return false
				}
			}
		}
		return true
	}
	return titles, entries(items) && len(titles) >= 2
}

// skipOutline leaves out a list (b, its items l) that is an outline of
// the document, with a warning, and reports whether it did.
func (r *reader) skipOutline(b, l *value) bool {
	titles, ok := r.outline(l, r.ids)
	if !ok {
		return false
	}
	r.src.Report.Warn(pages.At(r.src.Name, b.line), "left out lines %d to %d (%s): each is wholly a link to a section of this page, an outline of it (the \"On this page\" side bar a site shows beside the content, or a table of contents), not a title of its own", b.line, lastLine(b), pages.Clip(strings.Join(titles, " · ")))
	return true
}

// lastLine is the line of the last token of a value.
func lastLine(v *value) int {
	line := v.line
	for _, a := range v.args {
		line = max(line, lastLine(a))
	}
	return line
}
