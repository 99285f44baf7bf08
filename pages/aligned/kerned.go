package aligned

import (
	"slices"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// A PDF's text extraction (pypdf, of a browser's print) writes a space
// where the font's kerning pulls two letters apart: "minW eight" for
// minWeight, "Content-T ype" for Content-Type. In a table whose cells
// are one space apart, the name's rest then stands where its type
// should, and the row splits into nothing. The page may write the name
// whole elsewhere, in an example's body, a request's header or another
// table: that is the evidence to join it by; without it the row stays
// refused.

// kernedName is a row's first two words joined where the line splits
// into no row and the line with them joined does: the name a kerning
// split.
type kernedName struct {
	split, whole string
	at           int // the page line that writes whole the name, 0 where none does
}

// joinKernedNames reads the lines from to end of a table whose cells are
// one space apart, split by split, for a name that a kerning split
// (kernedName): where the page writes the joined name whole on another
// line, the line is read with it joined, with a warning at its line
// naming that line; the lines it returns are lines so mended (lines
// itself where none is). The names no line writes whole are returned
// by their line, for the refusal of their row to tell.
func joinKernedNames(src pages.Source, lines []string, split cellSplitter, head []string, i, from, end int) ([]string, map[int]kernedName) {
	var unproven map[int]kernedName
	var words map[string]int
	var out []string // lines mended, once a line is
	for j := from; j < end; j++ {
		k, ok := kernedAt(split, lines[j])
		if !ok {
			continue
		}
		if words == nil {
			words = pageWords(src.Lines)
		}
		at, seen := words[k.whole]
		if !seen {
			if unproven == nil {
				unproven = map[int]kernedName{}
			}
			unproven[j] = k
			continue
		}
		if out == nil {
			out = slices.Clone(lines)
		}
		k.at = at + 1
		out[j] = strings.Replace(lines[j], k.split, k.whole, 1)
		src.Report.Warn(pages.At(src.Name, j+1), "line %d (%q), under the header at line %d whose cells are one space apart, splits into no row of the columns %s, but its first two words joined, %q, split as a row, and line %d writes that name whole: the name a PDF's text extraction broke at a kerning (a space where the font pulled two letters apart), read as %q", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, strings.Join(head, " | "), k.whole, k.at, k.whole)
	}
	if out == nil {
		return lines, unproven
	}
	return out, unproven
}

// kernedAt is the name a kerning split at the start of line l
// (kernedName), where the line splits into no row and the line with its
// first two words joined, a name, splits as a whole row.
func kernedAt(split cellSplitter, l string) (kernedName, bool) {
	if cells, _, _ := split.cells(l); cells != nil {
		return kernedName{}, false
	}
	f := strings.Fields(l)
	if len(f) < 3 || !isName(f[0]+f[1]) {
		return kernedName{}, false
	}
	whole := f[0] + f[1]
	joined := strings.Replace(l, f[0]+" "+f[1], whole, 1)
	if cells, strong, _ := split.cells(joined); cells == nil || !strong {
		return kernedName{}, false
	}
	return kernedName{split: f[0] + " " + f[1], whole: whole}, true
}

// pageWords are the words of a page's lines, each by the index of the
// first line that holds it: runs of letters, digits, hyphens and
// underscores, as a name stands in an example's body ("minWeight":), a
// query string (minWeight=) or a header line (Content-Type:).
func pageWords(lines []string) map[string]int {
	words := map[string]int{}
	for k, l := range lines {
		for _, w := range strings.FieldsFunc(l, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_'
		}) {
			if _, ok := words[w]; !ok {
				words[w] = k
			}
		}
	}
	return words
}
