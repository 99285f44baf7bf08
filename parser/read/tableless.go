package read

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A section whose title promises a table (the request's headers,
// parameters or body, the response's body, its status codes, its detail
// codes) may hold its table as lines no style reads as one: cells one
// space apart that no reader splits, a table flattened into text. Such a
// section ends with text alone, and what its table documents would leave
// the schema without a word; its protocol refuses it at the first line
// that begins as a row of its table does (RowShaped), and keeps other
// text as the section's note.

// codeRowRe matches the start of a row of a table of codes: a status
// code or a range of them ("200", "4xx") or a signed integer ("-89001"),
// then text.
var codeRowRe = regexp.MustCompile(`^(?:[1-5][0-9xX]{2}|[-+]?\d+)(?: \([^()]*\))? \S`)

// genericWordRe matches a type written as a generic one or an array:
// "List<String>", "Wreck[]".
var genericWordRe = regexp.MustCompile(`^[A-Za-z][\w.]*(?:<[^<>\s]+>|\[\])$`)

// FieldRowShaped reports whether a line of text begins as a row of a
// table of fields does: a member's name, then a type (a primitive in any
// of its spellings, a generic type or an array), then more cells.
func FieldRowShaped(line string) bool {
	words := strings.Fields(pages.Unnumbered(line))
	if len(words) < 3 || !pages.IsNameCell(words[0]) {
		return false
	}
	_, primitive := primitiveOf(words[1])
	return primitive || genericWordRe.MatchString(words[1])
}

// CodeRowShaped reports whether a line of text begins as a row of a
// table of status or detail codes does: a code, then text.
func CodeRowShaped(line string) bool {
	return codeRowRe.MatchString(strings.TrimSpace(pages.Unnumbered(line)))
}
