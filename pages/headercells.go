package pages

import (
	"strings"
	"unicode"
)

// A header cell is told by its words in every style whose tables carry
// no markup that says which row is the header: one cell per line, and
// columns aligned with spaces.

// columnWords are the words a header cell is made of, in the languages
// the pages use.
var columnWords = []string{
	"name", "type", "mandatory", "required", "description", "code", "status",
	"parameter", "field", "value", "default", "remark", "note", "message", "msg",
	"이름", "타입", "유형", "필수", "설명", "코드", "상태", "파라미터", "필드", "값", "비고",
}

// MaxHeaderCell bounds the length of a header cell in bytes.
const MaxHeaderCell = 40

// HasColumnWord reports whether a cell is short and holds a column word.
func HasColumnWord(c string) bool {
	if len(c) > MaxHeaderCell {
		return false
	}
	if !IsASCII(c) {
		lower := strings.ToLower(c)
		for _, w := range columnWords {
			if strings.Contains(lower, w) {
				return true
			}
		}
		return false
	}
	// An ASCII cell is lowered in a buffer, not a new string: this runs
	// on the cells of every line a style rates as a header.
	var buf [MaxHeaderCell]byte
	lower := buf[:len(c)]
	for i := range len(c) {
		lower[i] = lowerASCII(c[i])
	}
	for _, w := range columnWords {
		for i := 0; i+len(w) <= len(lower); i++ {
			if lower[i] == w[0] && string(lower[i:i+len(w)]) == w {
				return true
			}
		}
	}
	return false
}

// columnWordSet holds columnWords, for a look-up.
var columnWordSet = func() map[string]bool {
	set := map[string]bool{}
	for _, w := range columnWords {
		set[w] = true
	}
	return set
}()

// IsColumnWord reports whether a cell is one of the column words, in any
// case. It runs on every cell a table's rows are read from: it looks the
// cell up lowered in a buffer, without allocating.
func IsColumnWord(c string) bool {
	if len(c) > MaxHeaderCell {
		return false
	}
	var buf [MaxHeaderCell]byte
	b := buf[:len(c)]
	for i := range len(c) {
		b[i] = lowerASCII(c[i])
	}
	return columnWordSet[string(b)]
}

// HeaderColumn is the column a header cell names: a column word, or a
// short cell whose last word, after a space or an underscore, is one
// ("Status Code Description", "상세 설명", "detail_code"); ColOther for
// any other cell.
func HeaderColumn(c string) Column {
	if len(c) > MaxHeaderCell || strings.ContainsFunc(c, unicode.IsDigit) {
		return ColOther
	}
	if k := ColumnOf(c); k != ColOther {
		return k
	}
	last := strings.LastIndexAny(c, " _")
	if last < 0 || strings.Count(c, " ")+strings.Count(c, "_") > 3 || strings.ContainsAny(c[last+1:], "()/") {
		return ColOther
	}
	return ColumnOf(c[last+1:])
}

// IsHeaderCell reports whether a cell names a column, as HeaderColumn
// reads it, as a column word of no kind the readers tell ("msg",
// "Default"), or as another docs' column the readers know
// (OtherColumnWords: "Since", "Example value").
//
// A cell of plain bytes alone (plainCell), as most words of prose are,
// is looked up at once among headerWords: it runs on every word of every
// line a style asks whether it may head a table.
func IsHeaderCell(c string) bool {
	if c != "" && len(c) <= MaxHeaderCell && plainCell(c) {
		var buf [MaxHeaderCell]byte
		b := buf[:len(c)]
		for i := range len(c) {
			b[i] = lowerASCII(c[i])
		}
		return headerWords[string(b)]
	}
	return namesColumn(c)
}

// namesColumn is IsHeaderCell the long way, for any cell.
func namesColumn(c string) bool {
	return HeaderColumn(c) != ColOther || IsColumnWord(c) || len(c) <= MaxHeaderCell && OtherColumnOf(c) != OtherUnknown
}

// headerWords are the words that name a column in a cell of plain bytes
// alone (plainCell), as IsHeaderCell reads one the long way: such a cell
// has no markup, space, underscore, parenthesis or slash, so HeaderColumn
// and ColumnOf look it up among ColumnWords, IsColumnWord among
// columnWords and OtherColumnOf among OtherColumnWords, each lowered; a
// digit, which makes HeaderColumn's answer ColOther, is in no word of
// those.
var headerWords = func() map[string]bool {
	set := map[string]bool{}
	for w := range ColumnWords {
		set[w] = true
	}
	for _, w := range columnWords {
		set[w] = true
	}
	for w := range OtherColumnWords {
		set[w] = true
	}
	return set
}()

// plainBytes are the bytes of a plain cell: the printable ASCII ones but
// for CellText's markup (hasMarkup) and the parentheses and slash that
// part a header cell (AnyPart).
var plainBytes = func() (set [256]bool) {
	for b := byte('!'); b <= '~'; b++ {
		set[b] = !strings.ContainsRune("<]*_`()/", rune(b))
	}
	return set
}()

// plainCell reports whether s is made of plainBytes alone, as a word of
// prose with its punctuation is ("ID.", "rules,", "authToken"): its text
// is itself, one part, with no space or underscore before a last word.
func plainCell(s string) bool {
	for i := 0; i < len(s); i++ {
		if !plainBytes[s[i]] {
			return false
		}
	}
	return true
}

// isLetters reports whether s is made of ASCII letters alone.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// EndsHeaderCell reports whether a header's word ends every header cell
// it is in: a column word that no other word follows in a cell's name
// (Name, Type, Required, Mandatory, Description), unlike those that
// name a column with the word after them ("Status Code", "Field Type").
func EndsHeaderCell(w string) bool {
	switch ColumnOf(w) {
	case ColType, ColRequired, ColDescription:
		return true
	}
	return strings.EqualFold(w, "name")
}
