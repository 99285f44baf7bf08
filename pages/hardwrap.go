package pages

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The hard wraps of an editor, or of a mail client without format=flowed,
// leave no mark at the end of the line they break: a wrapped line and
// the next are one only where the text tells. It does where a line ends
// in a cross reference's "See" and the next line is a name alone: "See"
// ends no sentence and no cell, and a name alone is no row of any style
// (a row has two cells), so the name is the rest of the reference the
// wrap cut ("The outcome. See" ⏎ "ReturnCode"). The line it is on ends
// no table, and names none. A wrap starts the rest at the margin: a name
// indented under the text before it is a cell's wrapped in its column
// (a print's), which its style reads.

var (
	// cutSeeRe matches a line that ends in a cross reference's "See".
	cutSeeRe = regexp.MustCompile(`(?:^|\s)See$`)
	// cutReferenceRe matches a line that is a type's name alone, as a
	// cross reference names it: "ReturnCode", "GenericModels.Item",
	// "Tier[]", with a full stop.
	cutReferenceRe = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?:\[\])?\.?$`)
	// rowCountRe matches the footer a database console prints under a
	// table: "(2 rows)".
	rowCountRe = regexp.MustCompile(`^\(\d+ rows?\)$`)
	// numberedItemRe matches the start of a numbered list's item: "1. ",
	// "2) ".
	numberedItemRe = regexp.MustCompile(`^\d+[.)]\s`)
)

// joinCutReferences joins each line that ends in "See" with the next
// when that is a name alone, with a warning at the line.
func (t *Text) joinCutReferences(name string, rep *Reporter) {
	for i := len(t.Lines) - 2; i >= 0; i-- {
		l := strings.TrimRight(t.Lines[i], " \t")
		next := strings.TrimRight(t.Lines[i+1], " \t")
		if !cutSeeRe.MatchString(l) || !cutReferenceRe.MatchString(next) {
			continue
		}
		rep.Warn(At(name, t.line(i)), "line %d ends in \"See\" and line %d is the name %q alone, as a line an editor or a mail client wrapped leaves a cross reference: read as one line", t.line(i), t.line(i+1), next)
		t.Lines[i] = l + " " + next
		t.drop(i+1, i+2)
	}
}

// StartsMidSentence reports whether a line begins as the rest of a cell
// that a line break or a hard wrap cut does, and as no sentence, title,
// row or text after a table: with a bound or a default in parentheses
// ("(Default: true)", "(up to 64 characters)"; not a database console's
// count of the rows of the table above, "(2 rows)"), a word in lower case
// or a number that is no list item's ("0 when it never does").
func StartsMidSentence(l string) bool {
	t := strings.TrimSpace(l)
	r, _ := utf8.DecodeRuneInString(t)
	return r == '(' && !rowCountRe.MatchString(t) || unicode.IsLower(r) || unicode.IsDigit(r) && !numberedItemRe.MatchString(t)
}
