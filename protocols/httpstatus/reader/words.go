package reader

import (
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
)

// Mentions returns the type names an HTTP-status page defines or
// refers to, in the order it names them: the headings of its types'
// tables ("RevokedCode", typeHeading) and the sentences in their place
// ("The Player object"), a section's title ("Description") and a table's
// header run together ("NameTypeDescription") none.
func (Protocol) Mentions(text []string) []string {
	var names []string
	for _, l := range text {
		t := pages.StripHeading(strings.TrimSpace(l))
		if t == "" || !unicode.IsUpper(rune(t[0])) {
			continue
		}
		if s, _ := titleOf(t); s != secNone || pages.RunTogetherHeader(t) != nil {
			continue
		}
		if name, ok := typeHeading(t); ok {
			names = append(names, name)
		} else if name, ok := read.TitleSentence(t); ok && unicode.IsUpper(rune(name[0])) {
			names = append(names, name)
		}
	}
	return names
}

// Lexicon is the type names HTTP-status pages mention, for a style whose
// cells run together ("expireAtLongTime the code expires"): its rows
// split by them, the primitive types and the lines that end a table.
func (Protocol) Lexicon(mentions [][]string) pages.Lexicon {
	return statusWords{read.NameSetOf(mentions)}
}

// statusWords is the lexicon of HTTP-status pages: the type names they
// define, the primitive types (String, Integer, Long, Boolean, Double,
// Object…, pages.PrimitiveSpellings, GearN's GNArray none of them), and
// the lines that end a table.
type statusWords struct{ *read.NameSet }

// statusPrimitives are the spellings of the primitive types an
// HTTP-status page writes.
var statusPrimitives = pages.NewSpellings(pages.PrimitiveSpellings)

// Primitives are the spellings of the primitive types.
func (statusWords) Primitives() *pages.Spellings { return statusPrimitives }

// EndsTable reports whether a line of an HTTP-status page ends a table:
// a section's title, a type's heading, a bare path heading or a method
// on a line of its own.
func (statusWords) EndsTable(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" {
		return false
	}
	if s, _ := titleOf(t); s != secNone {
		return true
	}
	_, named := typeHeading(t)
	return named || pathHeadingOf(t) != nil || methodRe.MatchString(t)
}

// CodeLabels are the header rows of the tables of codes of HTTP-status
// pages (statusHeader, detailHeader), by which such a header whose
// cells run together splits.
func (statusWords) CodeLabels() [][]string {
	return [][]string{statusHeader, detailHeader}
}
