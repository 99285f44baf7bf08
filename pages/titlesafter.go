package pages

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page may write each table's title after its rows: an HTML <caption>
// set below its table (caption-side: bottom) as a browser renders it and
// a copy keeps it, or a converter that writes a table's caption after
// the rows (html2markdown, keeping tables). Read as written, every title
// would head the table after it. The ends of the page tell the form: the
// first table has no title line right before it, and the last one is
// followed by a title line that no table follows, a name the page's
// tables refer to ("InvalidMemberType", of a row's type or "See …"),
// where a page with its titles before its tables titles its first table
// and leaves no name dangling after its last. A heading of the next
// section after the last table ("Example Request") is no name a table
// refers to: it tells nothing.

// titlesAfter reads the titles of a page's tables that stand after them
// (blocks, as Read gives them) as the titles of the tables they follow:
// when the first table has no title line before it, and a title line
// follows every table, the last one's a name the tables refer to with
// no table after it, each such
// line is moved before its table, with one warning that names the form.
// When the ends tell that form and most tables have a title line after
// them, but one has none, whether its title stands before or after it
// cannot be told: refused at that table. A page whose ends do not both
// tell the form, or most of whose tables have no title line after them
// (the line after the last is the heading of what follows), is left as
// it is, its titles before its tables.
func titlesAfter(src Source, blocks []Block) []Block {
	var tables []int
	for i, b := range blocks {
		if b.Table != nil && !b.Table.CutInTwo() {
			tables = append(tables, i)
		}
	}
	if len(tables) < minTitledAfter {
		return blocks
	}
	titleAfter := func(i int) bool {
		return i+1 < len(blocks) && blocks[i+1].Table == nil && isTableTitle(blocks[i+1].Text)
	}
	first, last := tables[0], tables[len(tables)-1]
	untitledFirst := first == 0 || blocks[first-1].Table != nil || !isTableTitle(blocks[first-1].Text)
	dangling := titleAfter(last) && (last+2 >= len(blocks) || blocks[last+2].Table == nil) && referred(blocks, blocks[last+1].Text)
	if !untitledFirst || !dangling {
		return blocks
	}
	var untitled []int
	for _, i := range tables {
		if !titleAfter(i) {
			untitled = append(untitled, i)
		}
	}
	if 2*len(untitled) >= len(tables) {
		// Most tables have no title line after them: the line after
		// the last is the heading of what follows.
		return blocks
	}
	if len(untitled) > 0 {
		i := untitled[0]
		src.Report.Fail(At(src.Name, blocks[i].Table.Line), "the tables of the page have their titles after them, as a caption set below its table is written (the first table, at line %d, has no title line before it, and %q at line %d follows the last, at line %d, with no table after it), but the table at line %d has no title line right after it: whether its title stands before or after it cannot be told; move each title above its table", blocks[first].Table.Line, Clip(blocks[last+1].Text), blocks[last+1].Line, blocks[last].Table.Line, blocks[i].Table.Line)
		return blocks
	}
	src.Report.Warn(At(src.Name, blocks[first].Table.Line), "the tables of the page have their titles after them, as a caption set below its table is written: the first table, at line %d, has no title line before it, and %q at line %d follows the last, at line %d, with no table after it; each title is read as the title of the table before it (%q at line %d of the table at line %d)", blocks[first].Table.Line, Clip(blocks[last+1].Text), blocks[last+1].Line, blocks[last].Table.Line, Clip(blocks[first+1].Text), blocks[first+1].Line, blocks[first].Table.Line)
	out := make([]Block, 0, len(blocks))
	for i := 0; i < len(blocks); i++ {
		if blocks[i].Table != nil && titleAfter(i) && !blocks[i].Table.CutInTwo() {
			out = append(out, blocks[i+1], blocks[i])
			i++
			continue
		}
		out = append(out, blocks[i])
	}
	return out
}

// minTitledAfter is the fewest tables whose titles tell that they stand
// after them: with one, its title and the heading of what follows read
// alike.
const minTitledAfter = 2

// isTableTitle reports whether a text line reads as a table's title: a
// few words, a letter or a digit first ("200 Ok", "ReturnCode"), no
// sentence's punctuation, no cell bar or tab of a row, no request's
// method ("POST", alone or before its path), no path or link, no
// column's name alone, and no page mark.
func isTableTitle(t string) bool {
	t = strings.TrimSpace(t)
	r, _ := utf8.DecodeRuneInString(t)
	if t == "" || len(t) > maxTableTitleLen || !unicode.IsLetter(r) && !unicode.IsDigit(r) || strings.ContainsAny(t, "|\t?") {
		return false
	}
	words := 0
	for w := range strings.FieldsSeq(t) {
		if words == 0 && slices.Contains(requestMethods, w) {
			return false // a request's method, alone or before its path
		}
		if words++; words > maxTitleWords || strings.HasPrefix(w, "/") || strings.Contains(w, "://") {
			return false
		}
	}
	if sentence(t) || IsPageMark(t) || strings.Contains(t, "](") {
		return false
	}
	return ColumnOf(t) == ColOther
}

// TitleShape is what a title line shows of its form (ShapeOfTitle): its
// words, and whether one of them is a name in code ("ReturnCode",
// "GenericModels.LureLine") rather than a word of text ("Request Body").
type TitleShape struct {
	Words int
	Code  bool
}

// ShapeOfTitle returns the shape of a line that reads as a table's title
// (isTableTitle), each of its words beginning with a capital letter or a
// digit ("Response Body", "200 Ok", "ReturnCode"), and reports false for
// any other line: one with a word in lower case, a sentence, a column's
// name alone. A line of the shape of a page's titles, right under a
// table's last cell with no blank line between, is a title as they are,
// and no rest of that cell.
func ShapeOfTitle(l string) (TitleShape, bool) {
	t := strings.TrimSpace(l)
	if !isTableTitle(t) {
		return TitleShape{}, false
	}
	var s TitleShape
	for w := range strings.FieldsSeq(t) {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return TitleShape{}, false
		}
		s.Words++
		s.Code = s.Code || strings.ContainsAny(w, "._[]") || strings.IndexFunc(w[size:], unicode.IsUpper) >= 0
	}
	return s, true
}

// maxTableTitleLen bounds the length of a line read as a table's title, in
// bytes: a few words, in two languages at most.
const maxTableTitleLen = 96

// referred reports whether a title is a name (one word: letters,
// digits, dots, underscores) that a cell of a table among blocks holds
// as a whole word: a type's or an enum's name that a row refers to.
func referred(blocks []Block, title string) bool {
	name := strings.TrimSpace(title)
	if name == "" || strings.ContainsFunc(name, func(r rune) bool { return !isNameRune(r) }) {
		return false
	}
	for _, b := range blocks {
		if b.Table == nil {
			continue
		}
		for _, r := range b.Table.Rows {
			for _, c := range r.Cells {
				if holdsWord(c, name) {
					return true
				}
			}
		}
	}
	return false
}

// isNameRune reports whether r may stand in a type's name.
func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_'
}

// holdsWord reports whether s holds word with no character of a name
// right before or after it.
func holdsWord(s, word string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], word)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(word):])
		if (i == 0 || !isNameRune(before)) && (i+len(word) == len(s) || !isNameRune(after)) {
			return true
		}
		from = i + len(word)
	}
}
