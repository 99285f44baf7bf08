package firefox

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// addressRe is a link's address as the serializer writes it after the
// link's text: " <https://docs.gearn.io/api/#x>"; a line that is an
// address alone is one too.
var addressRe = regexp.MustCompile(`(?:^|\s*)<(?:https?|mailto|ftp):[^<>\s]*>`)

// codeRe is <code> as the serializer writes it, between vertical bars:
// "|gemId|", "|GenericModels.GemFacet[]|".
var codeRe = regexp.MustCompile(`\|([^|\t]+)\|`)

// codeCellRe is a cell of <code> between bars before its TAB.
var codeCellRe = regexp.MustCompile(`(?:^|\t)\|[^|\t]+\| \t`)

// openAddress returns the index of the "<" of an address that the line
// leaves open, cut by the wrap, or -1.
func openAddress(l string) int {
	for _, scheme := range []string{"<https://", "<http://"} {
		if k := strings.LastIndex(l, scheme); k >= 0 && !strings.Contains(l[k:], ">") {
			return k
		}
	}
	return -1
}

// unserialized returns a page's lines as they were before the serializer
// wrote them, with the page line of each (at, from the lines' own at,
// nil for the page's lines one for one): an address the wrap cut joined
// (the wrap cuts one at a slash or a hyphen, and the next line goes on
// with it, indented under a heading's), a row's text the wrap carried to
// the lines after it joined to the row (up to a blank line, the next row,
// or a line whose first word would have fit on the line before it:
// wrapped; a line with a TAB goes on with a row short of the cells of its
// table's first row, as the TAB of a last cell left empty ends the text
// the wrap carried over), a line the wrap cut after a hyphen
// joined without a space; then the addresses dropped (a link is its text),
// the zero-width space of a heading's permalink and its indentation
// dropped, and <code>'s bars taken off (a block of code opens its first
// line with a bar and closes its last with one).
func unserialized(lines []string) ([]string, []int) {
	var out []string
	var outAt []int
	width := 0 // the cells of the rows of the table the line is in
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		start := i
		for openAddress(l) >= 0 && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			i++
			l += strings.TrimSpace(lines[i])
		}
		if !strings.Contains(l, "\t") {
			width = 0
		} else {
			if width == 0 {
				width = strings.Count(l, "\t") + 1
			}
			for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && (!strings.Contains(lines[i+1], "\t") && wrapped(lines[i], lines[i+1]) && !noteAmongRows(l, lines, i+1) || strings.Count(l, "\t")+1 < width) {
				i++
				next := strings.Trim(lines[i], " ")
				for openAddress(next) >= 0 && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
					i++
					next += strings.TrimSpace(lines[i])
				}
				l = wrapJoined(l, next)
			}
		}
		out = append(out, l)
		outAt = append(outAt, start+1)
	}
	code := false
	for k, l := range out {
		out[k], code = plain(l, code)
	}
	return out, outAt
}

// noteAmongRows reports whether line j, after the row l, is a note
// between two rows of its table rather than the rest of the row's last
// cell: a sentence of its own that states a default or a bound
// (pages.StatesDefault), after a row whose text ends a sentence, right
// above the table's next row. The wrap leaves no mark that tells the two
// apart, and read as the cell's rest it would give the row above a
// default with no word: read as text, the table is cut there, which
// pages.Read reads as the rest of the table, with a warning at the line.
func noteAmongRows(l string, lines []string, j int) bool {
	end := strings.TrimSpace(l)
	return (strings.HasSuffix(end, ".") || strings.HasSuffix(end, ")")) && pages.StatesDefault(lines[j]) && strings.HasSuffix(strings.TrimSpace(lines[j]), ".") &&
		j+1 < len(lines) && strings.Contains(lines[j+1], "\t")
}

// wrapColumn is the column at which the serializer wraps its lines.
const wrapColumn = 80

// wrapped reports whether the wrap cut line before next: next's first
// word would not have fit on it within wrapColumn columns (a TAB up to
// its next stop of eight, a wide character two columns), after a space,
// or right after a hyphen. A line of text a row is followed by that would
// have fit is no rest of the row: the pipe-separated style reads it.
func wrapped(line, next string) bool {
	word, _, _ := strings.Cut(strings.TrimLeft(next, " "), " ")
	gap := 1
	if strings.HasSuffix(line, "-") {
		gap = 0
	}
	return columns(line)+gap+columns(word) > wrapColumn
}

// columns is how many columns a text takes: a TAB up to its next stop of
// eight, an East Asian wide character two.
func columns(t string) int {
	n := 0
	for _, r := range t {
		switch {
		case r == '\t':
			n += 8 - n%8
		case unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana):
			n += 2
		default:
			n++
		}
	}
	return n
}

// wrapJoined joins a line the wrap cut to the text it carried over: with
// a space, but after a hyphen that ends a word ("non-" and "integer").
func wrapJoined(l, next string) string {
	t := strings.TrimRight(l, " ")
	if strings.HasSuffix(t, "-") && len(t) > 1 {
		if r, _ := utf8.DecodeLastRuneInString(t[:len(t)-1]); r != ' ' && r != '(' {
			return t + next
		}
	}
	return t + " " + next
}

// plain is a line without the serializer's marks (unserialized), and
// whether a block of code is open after it (code: open before it).
func plain(l string, code bool) (string, bool) {
	l = addressRe.ReplaceAllString(l, "")
	if k := strings.Index(l, "\u200b"); k >= 0 && strings.TrimSpace(l[k+len("\u200b"):]) == "" {
		l = strings.TrimSpace(l[:k])
	}
	if strings.Contains(l, "\t") {
		cells := strings.Split(l, "\t")
		for k, c := range cells {
			c = strings.TrimSpace(c)
			if m := codeRe.FindStringSubmatch(c); m != nil && m[0] == c {
				c = m[1]
			}
			cells[k] = codeRe.ReplaceAllString(c, "$1")
		}
		return strings.Join(cells, "\t"), code
	}
	t := strings.TrimSpace(l)
	switch {
	case code && strings.HasSuffix(t, "|"):
		return strings.TrimSuffix(t, "|"), false
	case code:
		return l, true
	case strings.HasPrefix(t, "|") && !strings.Contains(t[1:], "|"):
		return t[1:], true
	}
	return codeRe.ReplaceAllString(t, "$1"), false
}
