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

// StartsMidSentence reports whether a line starts as the rest of a
// sentence does, and no sentence, title or row: with a word in lower
// case, or a clause in parentheses (a bound or a default: "(Default:
// true)", "(up to 64 characters)"), but a database console's count of
// the rows of the table above ("(2 rows)"). A line a hard wrap cut off
// the last row of a table starts so, right after it.
func StartsMidSentence(l string) bool {
	t := strings.TrimSpace(l)
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r) || r == '(' && !rowCountRe.MatchString(t)
}
