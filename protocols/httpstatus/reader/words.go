package reader

import (
	"strconv"
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
	return named || pathHeadingOf(t) != nil || isMethodLine(t)
}

// SectionTitle reports whether t is a section title of an HTTP-status
// page alone ("Request Body", "Description"), with nothing after it.
func (statusWords) SectionTitle(t string) bool {
	s, rest := titleOf(strings.TrimSpace(t))
	return s != secNone && rest == ""
}

// CodeLabels are the header rows of the tables of codes of HTTP-status
// pages (statusHeader, detailHeader), by which such a header whose
// cells run together splits.
func (statusWords) CodeLabels() [][]string {
	return [][]string{statusHeader, detailHeader, codeHeader}
}

// The header rows of an HTTP-status page's tables, which a converter may
// drop (pages.SectionColumns): a request's fields, with their
// requiredness; a response's or a type's, without it or with it; an
// enum's, its members coded by whole numbers; its status codes; its
// detail codes.
var (
	requestHead  = []string{"Name", "Type", "Mandatory", "Description"}
	responseHead = []string{"Name", "Type", "Description"}
	enumHead     = []string{"Code", "Name", "Description"}
)

// ColumnsUnder returns the header rows a table under a title of an
// HTTP-status page carries: a request section's (Request Headers,
// Request Parameters, Request Body) Name | Type | Mandatory |
// Description; a response body's Name | Type | Description, or with
// Mandatory; the status codes' and the detail codes' header rows
// (statusHeader, detailHeader). A section's title is strict, and so
// are the lines of the page's structure whose sections hold no table (a
// path heading, a method): a type's heading ("TrophyHolder") is not, and
// carries a response body's, or an enum's Code | Name | Description of
// whole-number codes ("0 | Rough | Evens out the top coat").
func (w statusWords) ColumnsUnder(title string) ([]pages.Head, bool) {
	t := strings.TrimSpace(title)
	fields := pages.Head{Cells: responseHead, Fits: func(c []string) bool { return pages.IsNameCell(c[0]) && w.typeWord(c[1]) }}
	required := pages.Head{Cells: requestHead, Fits: func(c []string) bool {
		_, req := pages.Requiredness(c[2])
		return pages.IsNameCell(c[0]) && w.typeWord(c[1]) && req
	}}
	if s, rest := titleOf(t); s != secNone && rest == "" {
		switch s {
		case secHeaders, secParams, secQuery, secBody:
			return []pages.Head{required}, true
		case secResponse:
			return []pages.Head{fields, required}, true
		case secStatuses:
			return []pages.Head{{Cells: statusHeader, Fits: func(c []string) bool { return isStatusCell(c[0]) && c[1] != "" }}}, true
		case secCodes:
			return []pages.Head{{Cells: detailHeader, Fits: func(c []string) bool { return isStatusCell(c[0]) && pages.IsDetailCode(strings.TrimSpace(c[1])) }}}, true
		}
		return nil, true
	}
	if pathHeadingOf(t) != nil || isMethodLine(t) {
		return nil, true
	}
	if name, ok := typeHeading(t); ok && !w.primitive(name) {
		members := pages.Head{Cells: enumHead, Fits: func(c []string) bool {
			_, err := strconv.Atoi(strings.TrimSpace(c[0]))
			return err == nil && pages.IsNameCell(strings.TrimSpace(c[1]))
		}}
		return []pages.Head{fields, required, members}, false
	}
	return nil, false
}

// typeWord reports whether a cell is a type word: a primitive, or a
// type the pages name (their lexicon), maybe an array or a list of one,
// a note in parentheses after it or not ("String (Enum)").
func (w statusWords) typeWord(c string) bool {
	c = strings.TrimSpace(c)
	if open := strings.LastIndexByte(c, '('); open > 0 && strings.HasSuffix(c, ")") {
		c = strings.TrimSpace(c[:open])
	}
	t, ok := read.ParseType(c)
	return ok && (!t.Named() || w.Has(t.Name))
}

// primitive reports whether a word is a primitive type, no type's name.
func (statusWords) primitive(word string) bool {
	t, ok := read.ParseType(word)
	return ok && !t.Named()
}

// isStatusCell reports whether a cell is an HTTP status code or a range
// of them ("4xx"), a note in parentheses after it or not ("468 (custom
// status)"), and no more.
func isStatusCell(c string) bool {
	code, text, ok := pages.SplitCode(strings.TrimSpace(c))
	return ok && text == "" && len(code) >= 3 && code[0] >= '1' && code[0] <= '5' && (len(code) == 3 || strings.IndexByte(" (", code[3]) >= 0)
}
