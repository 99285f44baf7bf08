package aligned

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// maxHeaderBytes bounds the length of a header's line.
const maxHeaderBytes = 400

// Style reads pages whose tables are columns aligned with spaces.
type Style struct{}

func (Style) String() string                      { return "columns aligned with spaces" }
func (Style) NeedsLexicon() bool                  { return true }
func (Style) Extensions() []string                { return []string{".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return alignedItems(src) }

// Detect counts the header rows that a row of their columns follows, the
// headers of a table whose every cell is right-aligned (rightHeader), and
// the headers of column words one space apart that a line of their indent
// follows (spacedHeader), and the headers whose cells are each followed
// by a gap (gappedHeader), above a flattened page's rate; a page of pipes
// or tabs has none.
func (Style) Detect(lines []string) int {
	n := 0
	for i := 0; i < len(lines); i++ {
		if oneLineTable(lines[i]) {
			n++ // a whole table on one line, its cells one space apart
			continue
		}
		if h, _ := pages.LeadingRunTogetherHeader(strings.TrimSpace(lines[i])); h != nil {
			n++ // a whole table on one line, its cells one space apart
			continue
		}
		if !mayHead(lines[i]) {
			continue
		}
		if _, _, end, _, _, ok := rightHeader(lines, i); ok {
			n++ // a table whose every cell is right-aligned
			i = end - 1
			continue
		}
		if _, _, first, ok := gappedHeader(lines, i); ok {
			n++ // a table whose cells are each followed by a gap
			i = first
			continue
		}
		h, ok := headerAt(lines, i)
		if !ok {
			h, _, _, ok = shiftedHeaderAt(lines, i, nil)
		}
		if ok {
			n++
			i = h.end - 1
			continue
		}
		if spacedHeader(lines[i]) != nil && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && indentOf(lines[i+1]) == indentOf(lines[i]) {
			n++ // a text browser's table, its cells one space apart
		}
	}
	if n == 0 {
		return 0
	}
	return 2 + n
}

// mayHead reports cheaply, without allocating, whether a line may be a
// header's first (headerLine): it runs on every line of every page.
// Its words hold no digit, and two of them, and half of them at least,
// name columns (prose names some too); the line holds no pipe or tab.
// The words are counted first, and asked whether they name columns only
// until the answer is certain: a line of prose is told after a few.
func mayHead(l string) bool {
	if len(l) > maxHeaderBytes {
		return false
	}
	// One pass tells a digit, a pipe or a tab, and counts the words.
	words := 0
	for i := 0; i < len(l); i++ {
		if c := l[i]; c >= '0' && c <= '9' || c == '|' || c == '\t' {
			return false
		}
		if l[i] != ' ' && (i == 0 || l[i-1] == ' ') {
			words++
		}
	}
	if words < 2 {
		return false
	}
	need := max(2, (words+1)/2) // the column words that make a header
	named, seen := 0, 0
	for i := 0; i < len(l); {
		for i < len(l) && l[i] == ' ' {
			i++
		}
		j := i
		for j < len(l) && l[j] != ' ' {
			j++
		}
		if j > i {
			seen++
			if pages.IsHeaderCell(l[i:j]) {
				named++
			}
			switch {
			case named >= need:
				return true
			case named+words-seen < need:
				return false
			}
		}
		i = j
	}
	return false
}

// oneLineTable reports cheaply whether a line may be a whole table on one
// line (LineTables): a header of column words (lineHeader), then three
// words at least, a name and a cell its columns accept and a
// description.
func oneLineTable(l string) bool {
	if len(l) <= maxHeaderBytes/4 || !pages.IsHeaderCell(firstWordOf(l)) {
		return false
	}
	head, rest := lineHeader(l)
	return head != nil && len(strings.Fields(rest)) >= 3
}
