package pages

import (
	"strings"
)

// MaxCodeHeaderWords bounds the words of a header of a table of codes
// whose cells are one space apart (CodeHeader).
const MaxCodeHeaderWords = 12

// CodeHeader reads words, one space apart, as the header of a table of
// codes, and returns its labels and how many of them, at its start, name
// code columns (one or two); nil where the words are none. Its labels
// hold spaces ("Status Code Status Code Description Status Code Detailed
// Description", "Http response code detail_code msg Description"): they
// are cut before each word that is the first again ("Status"), or, where
// the first recurs nowhere, after each word that names a column
// ("code", "detail_code", "msg", "Description") but one before the word
// "Code" ("Status Code"). The first label names a code column and the
// last a description.
func CodeHeader(words []string) ([]string, int) {
	if len(words) < 2 || len(words) > MaxCodeHeaderWords {
		return nil, 0
	}
	var labels []string
	repeat := anyRepeatsFirst(words)
	start := 0
	for k := 1; k <= len(words); k++ {
		if k < len(words) && !(repeat && repeatsFirst(words, k)) && (repeat || !endsLabel(words, k-1)) {
			continue
		}
		if !repeat && !endsLabel(words, k-1) {
			return nil, 0 // words after the last label's end
		}
		labels = append(labels, strings.Join(words[start:k], " "))
		start = k
	}
	codes := CodeColumns(labels)
	if codes == 0 || len(labels) > 5 {
		return nil, 0
	}
	return labels, codes
}

// CodeColumns returns how many of the labels of a header row of a table
// of codes, at its start, name code columns (one or two): the first names
// a code column, the last a description, and one column at least holds
// no code; 0 for any other header.
func CodeColumns(labels []string) int {
	if len(labels) < 2 || HeaderColumn(labels[0]) != ColCode || HeaderColumn(labels[len(labels)-1]) != ColDescription {
		return 0
	}
	codes := 1
	if HeaderColumn(labels[1]) == ColCode {
		codes = 2
	}
	if codes == len(labels) {
		return 0
	}
	return codes
}

// repeatsFirst reports whether word k is the first word again.
func repeatsFirst(words []string, k int) bool {
	return strings.EqualFold(words[k], words[0])
}

// anyRepeatsFirst reports whether the first word recurs.
func anyRepeatsFirst(words []string) bool {
	for k := 1; k < len(words); k++ {
		if repeatsFirst(words, k) {
			return true
		}
	}
	return false
}

// endsLabel reports whether word k ends a header label: it names a
// column, and the next word is not the word "Code" ("Status Code") or
// word k is that word itself ("Status Code Code Message": a label names
// its column once).
func endsLabel(words []string, k int) bool {
	if !IsHeaderCell(words[k]) {
		return false
	}
	return k+1 == len(words) || ColumnOf(words[k+1]) != ColCode || ColumnOf(words[k]) == ColCode
}

// LeadingCodeHeader reads a text line that begins with the header of a
// table of codes (CodeHeader), its labels one space apart, and a code
// after it, as a row of such a table begins ("Status Code Status Code
// Description Status Code Detailed Description 200 Normal Response
// Normal 404 …"): a whole table of codes printed on one line. It returns
// the header's labels, how many of them name code columns and the text
// after them; nil where the line begins with no such header or no code
// follows it. A code column's label ends in a word that names one
// ("Status Code", "detail_code") among the first words a label holds: a
// line without one is none, at a first look.
func LeadingCodeHeader(t string) (labels []string, codes int, rest string) {
	if !leadsWithCodeLabel(t) {
		return nil, 0, ""
	}
	words := strings.Fields(t)
	for n := min(len(words)-1, MaxCodeHeaderWords); n >= 2; n-- {
		if labels, codes := CodeHeader(words[:n]); labels != nil {
			if !beginsWithCode(words[n]) {
				return nil, 0, ""
			}
			return labels, codes, strings.Join(words[n:], " ")
		}
	}
	return nil, 0, ""
}

// leadsWithCodeLabel reports whether one of the first maxLabelWords words
// of t ends in one that names a code column (endsInCode), looking at the
// words in place: most lines hold no such label, and are split into none.
func leadsWithCodeLabel(t string) bool {
	n := 0
	for w := range strings.FieldsSeq(t) {
		if endsInCode(w) {
			return true
		}
		if n++; n == maxLabelWords {
			break
		}
	}
	return false
}

// beginsWithCode reports whether a word begins as a code does: a digit,
// or a minus sign before one ("200", "4xx", "-70001").
func beginsWithCode(w string) bool {
	w = strings.TrimPrefix(w, "-")
	return w != "" && '0' <= w[0] && w[0] <= '9'
}

// maxLabelWords bounds the words of a label of a header (HeaderColumn
// reads four words at most).
const maxLabelWords = 4

// endsInCode reports whether a word ends in one that names a code column
// ("Code", "detail_code", "코드").
func endsInCode(w string) bool {
	if i := strings.LastIndexByte(w, '_'); i >= 0 {
		w = w[i+1:]
	}
	return ColumnOf(w) == ColCode
}
