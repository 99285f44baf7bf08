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
	case !slices.ContainsFunc(items, func(s string) bool { return strings.ContainsAny(s, " \t") }):
		return strings.TrimSpace(strings.TrimSuffix(text, ":") + ": " + strings.Join(items, ", "))
	}
	return strings.TrimSpace(text + " " + strings.Join(items, "; "))
}
