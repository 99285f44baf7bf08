package read

import (
	"fmt"
	"strings"

	"github.com/docs2go/docs2go/schema"
)

// PageRow is a row of another table of a field's page that names the
// field, as both protocols' readers recover a fact its own row lost
// from it: the type its Type cell gives (read by ParseType, "" where
// none), the requiredness its Required cell states ("" where none), and
// where it is.
type PageRow struct {
	Type, Required string
	At             schema.Pos
}

// PageType recovers the type of a field whose row lost its type cell
// from the other rows of its page that name it (rows): the type they all
// give, where they agree, and the row's own bound in characters, if it
// states one (length), is a string's (or a string array's elements').
// It returns the index in rows of the first that gives it, and how, for
// the warning; -1 where they disagree, the bound contradicts them, or no
// row gives a type.
func PageType(field string, length bool, rows []PageRow) (int, string) {
	first, at := agreeing(rows, func(r PageRow) string { return r.Type })
	if first < 0 {
		return -1, ""
	}
	t, ok := ParseType(rows[first].Type)
	if !ok || length && t.Name != schema.String {
		return -1, ""
	}
	how := pageHow(field, at)
	if length {
		how += ", and its own bound in characters is a string's"
	}
	return first, how
}

// PageRequired recovers whether a field whose row lost its Required
// cell is required from the other rows of its page that name it (rows),
// as PageType recovers a type: what they all state, where they agree;
// how is "" where they disagree or none states it.
func PageRequired(field string, rows []PageRow) (required bool, how string) {
	first, at := agreeing(rows, func(r PageRow) string {
		if req, ok := Requirement(r.Required); ok {
			return string(req)
		}
		return ""
	})
	if first < 0 {
		return false, ""
	}
	req, _ := Requirement(rows[first].Required)
	return req == schema.Required, pageHow(field, at)
}

// agreeing returns the index of the first row whose fact (as fact gives
// it, "" for none) is that of every row that gives one, and where those
// rows are; -1 where they disagree or none gives it.
func agreeing(rows []PageRow, fact func(PageRow) string) (first int, at []string) {
	first = -1
	for i, r := range rows {
		v := fact(r)
		switch {
		case v == "":
			continue
		case first < 0:
			first = i
		case v != fact(rows[first]):
			return -1, nil
		}
		at = append(at, r.At.String())
	}
	return first, at
}

// pageHow says where a recovered fact comes from, for the warning.
func pageHow(field string, at []string) string {
	return fmt.Sprintf("as the other tables of its page document a field %s, at %s", field, strings.Join(at, ", "))
}
