package pages

import (
	"regexp"
	"strings"
)

// IsWikiRule reports whether a trimmed line is a wiki's horizontal rule,
// four dashes or more, as Confluence, MediaWiki, DokuWiki and MoinMoin
// write one.
func IsWikiRule(t string) bool {
	return len(t) >= 4 && strings.Trim(t, "-") == ""
}

// ProtectedEnd returns the index after the protected run that opens at
// t[i], or 0: a run between one of the markup's pairs of marks (a link's
// "[[" and "]]", a monospace span's backticks), whose separators are
// its text, not the row's.
func ProtectedEnd(t string, i int, pairs [][2]string) int {
	for _, p := range pairs {
		if strings.HasPrefix(t[i:], p[0]) {
			if k := strings.Index(t[i+len(p[0]):], p[1]); k >= 0 {
				return i + len(p[0]) + k + len(p[1])
			}
		}
	}
	return 0
}

// CellsNameColumns reports whether a wiki row's cells name the columns of
// a table, as a header row does: two at least (ColumnsOf), and no cell
// but empty ones that names none (ColumnOf).
func CellsNameColumns(cells []string) bool {
	for _, c := range cells {
		if c != "" && ColumnOf(c) == ColOther {
			return false
		}
	}
	_, ok := ColumnsOf(cells)
	return ok
}

// TextBlocks are the blocks of a wiki's text line at index i, rendered
// into the lines its line breaks make: each line that holds text, the
// first after item, the Markdown mark ("- ") of a list item where the
// line is one.
func TextBlocks(i int, item string, rendered []string) []Block {
	var out []Block
	for k, s := range rendered {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if k == 0 {
			s = item + s
		}
		out = append(out, Block{Line: i + 1, Text: Title(s, false)})
	}
	return out
}

// keptTagRe matches a tag of the inline HTML elements that a wiki's
// markup allows as they are, and that Perl's HTML::WikiConverter
// (html2wiki) writes as it reads them, with or without attributes:
// "<code>", "</tt>", "<kbd>". Superscripts and subscripts are not among
// them: "10<sup>3</sup>" read as "103" would state another number.
var keptTagRe = regexp.MustCompile(`(?i)</?(?:code|tt|kbd|samp|var|cite|dfn|abbr|acronym|big|small)(?:\s[^<>]*)?>`)

// WithoutKeptTags is a wiki's line without the inline HTML tags its
// markup keeps as written (keptTagRe): "<code>lagoonId</code>" reads
// "lagoonId", as the page shows it.
func WithoutKeptTags(t string) string {
	if !strings.Contains(t, "<") {
		return t
	}
	return keptTagRe.ReplaceAllString(t, "")
}

// RenderedCell is the text of a wiki table's cell whose markup renders
// into lines (a line break in it: MoinMoin's "[[BR]]", SnipSnap's
// "\\"): its lines that hold text, trimmed, joined by spaces.
func RenderedCell(rendered []string) string {
	var parts []string
	for _, l := range rendered {
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}
