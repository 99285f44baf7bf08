package pages

import (
	"slices"
	"strings"
)

// ListInCell is the text of a cell that holds a list, its prose before
// and the items of the list without their marks: the items after a colon
// and set apart by commas when they are single words (the values a field
// takes, "Store: google, apple"), else each a clause of its own, as a
// list in a cell reads in every style.
func ListInCell(prose, items []string) string {
	text := strings.Join(prose, " ")
	switch {
	case len(items) == 0:
		return text
	case singleWords(items):
		return strings.TrimSpace(strings.TrimSuffix(text, ":") + ": " + strings.Join(items, ", "))
	}
	return strings.TrimSpace(text + " " + strings.Join(items, "; "))
}

// ListInCellFollowed is ListInCell of a cell whose list more prose
// follows (after): a list of single words ends there with a period, as
// a sentence does ("Order of the posts: recent, likes. Default:
// recent"), so that the prose after it is no value of it.
func ListInCellFollowed(prose, items, after []string) string {
	text := ListInCell(prose, items)
	if len(after) == 0 {
		return text
	}
	if len(items) > 0 && singleWords(items) && !strings.HasSuffix(text, ".") {
		text += "."
	}
	return strings.TrimSpace(text + " " + strings.Join(after, " "))
}

// singleWords reports whether every item of a list is a single word.
func singleWords(items []string) bool {
	return !slices.ContainsFunc(items, func(s string) bool { return strings.ContainsAny(s, " \t") })
}

// CellLines is the text of a cell written on lines (trimmed, the blank
// ones none): its lines joined by spaces, but for a list's items on
// lines of their own, read as ListInCellFollowed reads a list in a cell,
// the lines after the items its prose after. A converter that writes a
// cell's lines apart (a forced line break, a text browser's lines)
// writes a list in it (an HTML <ul> in a <td>) so, each item behind a
// bullet (cellItemRe: "* gold", "• gold"); a dash or a number is none
// here, as a wrap sets one at a line's start ("(1" over "- 6 items)").
func CellLines(lines []string) string {
	var prose, items, after []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		m := cellItemRe.FindString(t)
		if strings.ContainsAny(m[:min(1, len(m))], "-0123456789") {
			m = ""
		}
		switch {
		case t == "":
		case m != "" && len(after) == 0:
			items = append(items, strings.TrimSpace(t[len(m):]))
		case len(items) > 0:
			after = append(after, t)
		default:
			prose = append(prose, t)
		}
	}
	return ListInCellFollowed(prose, items, after)
}
