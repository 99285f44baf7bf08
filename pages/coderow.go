package pages

import "regexp"

// codeRowRe matches a line that reads as a row of a table of status
// codes or of codes: a code (a status code or a range of them, "200",
// "4xx", or a signed integer, "-89001"), a range's note or not ("4xx
// (custom status)"), both group 1, then text (group 2), or nothing: a
// cell on a line of its own, as a text browser prints each cell of a
// table whose header row is of <th>s.
var codeRowRe = regexp.MustCompile(`^((?:[1-5][0-9xX]{2}|[-+]?\d+)(?:\s*\([^()]*\))?)(?:\s+(\S.*))?$`)

// SplitCode splits a line without spaces around it that begins as a row
// of a table of status or detail codes does into its code, with the
// note in parentheses after it ("4xx (custom status)"), and the text
// after them ("" for a code alone); ok is false where the line does not
// begin so. It is the one rule a style reading such a table and a
// protocol's reader telling such a row in text both tell it by.
func SplitCode(line string) (code, text string, ok bool) {
	m := codeRowRe.FindStringSubmatch(line)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}
