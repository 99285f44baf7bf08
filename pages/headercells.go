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
	lower := strings.ToLower(c)
	for _, w := range columnWords {
		if strings.Contains(lower, w) {
			return true
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
func IsHeaderCell(c string) bool {
	return HeaderColumn(c) != ColOther || IsColumnWord(c) || len(c) <= MaxHeaderCell && OtherColumnOf(c) != OtherUnknown
}
