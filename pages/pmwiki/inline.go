package pmwiki

import (
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// lineBreak is PmWiki's line break inside a line, which html2wiki
// writes for a <br> in a table's cell; hardBreak the one that ends a
// line, which it writes for a <br> elsewhere.
const (
	lineBreak = "[[<<]]"
	hardBreak = `\\`
)

// styleMarks are the pairs of marks of PmWiki's character styles that
// show nothing of themselves: big, small, superscript, subscript,
// inserted and deleted text. A mark is dropped only where its pair
// closes it on the line: "'-1'" is text.
var styleMarks = [][2]string{{"'+", "+'"}, {"'-", "-'"}, {"'^", "^'"}, {"'_", "_'"}, {"{+", "+}"}, {"{-", "-}"}}

// rendered is the text a line of markup shows, as lines: a line break
// ("[[<<]]") starts a new one, and the one that ends a line (" \\") is
// dropped. A link shows its label ("[[target | label]]", "[[label ->
// target]]"), or its target when it has none ("[[Page]]"); a link whose
// label shows nothing, a heading's permalink ("[[#id | \u200b]]"), and
// an anchor ("[[#id]]") show nothing. A monospace span ("@@x@@") and
// escaped text ("[@x@]") show their text as written; the marks of
// emphasis (two apostrophes or more) and of the other character styles
// (styleMarks) nothing; a directive ("(:toc:)") nothing. A link whose
// label goes on past the line, as html2wiki writes one around a block
// ("[[/api/x |" at a line's end, its label on the lines after and "]]"
// opening the line after them), shows the label's lines, and its marks
// nothing.
func rendered(t string) []string {
	var lines []string
	var b strings.Builder
	t = strings.TrimPrefix(t, "]]")
	t = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(t, " \t"), hardBreak), " \t")
	closes := closings(t)
	open := make([]int, len(styleMarks))
	for i := 0; i < len(t); {
		switch {
		case strings.HasPrefix(t[i:], lineBreak):
			lines = append(lines, b.String())
			b.Reset()
			i += len(lineBreak)
		case strings.HasPrefix(t[i:], "[["):
			end := closes.after(t, i+2, "]]")
			if end < 0 {
				if k := strings.IndexByte(t[i+2:], '|'); k >= 0 {
					i += 2 + k + 1 // a label that goes on past the line
					continue
				}
				b.WriteString("[[")
				i += 2
				continue
			}
			b.WriteString(linkText(t[i+2 : end]))
			i = end + 2
		case strings.HasPrefix(t[i:], "@@") || strings.HasPrefix(t[i:], "[@") || strings.HasPrefix(t[i:], "(:") && i+2 < len(t) && unicode.IsLetter(rune(t[i+2])):
			closing := map[string]string{"@@": "@@", "[@": "@]", "(:": ":)"}[t[i:i+2]]
			end := closes.after(t, i+2, closing)
			if end < 0 {
				b.WriteString(t[i : i+2])
				i += 2
				continue
			}
			if t[i] != '(' {
				b.WriteString(t[i+2 : end])
			}
			i = end + 2
		case strings.HasPrefix(t[i:], "''"):
			for i < len(t) && t[i] == '\'' {
				i++
			}
		default:
			if n := styleMark(t, i, closes, open); n > 0 {
				i += n
				continue
			}
			b.WriteByte(t[i])
			i++
		}
	}
	return append(lines, b.String())
}

// lastMarks is where each closing mark of a line last stands (-1 for
// nowhere), so that a mark that nothing closes is told in one look,
// and a line of many such marks reads in linear time.
type lastMarks map[string]int

// closings are the last places of the closing marks of line t: a
// link's, a monospace span's, escaped text's, a directive's and the
// character styles'.
func closings(t string) lastMarks {
	last := lastMarks{}
	for _, m := range []string{"]]", "@@", "@]", ":)"} {
		last[m] = strings.LastIndex(t, m)
	}
	for _, p := range styleMarks {
		last[p[1]] = strings.LastIndex(t, p[1])
	}
	return last
}

// after is the index of the first closing mark in t at or after from,
// or -1 when none closes there.
func (last lastMarks) after(t string, from int, mark string) int {
	if last[mark] < from {
		return -1
	}
	return from + strings.Index(t[from:], mark)
}

// styleMark is the length of the mark of a character style (styleMarks)
// at t[i] that shows nothing, an opening one that its closing follows on
// the line or a closing one after such an opening (open counts the
// openings of each style not yet closed); 0 for none.
func styleMark(t string, i int, closes lastMarks, open []int) int {
	for k, p := range styleMarks {
		switch {
		case open[k] > 0 && strings.HasPrefix(t[i:], p[1]):
			open[k]--
			return 2
		case strings.HasPrefix(t[i:], p[0]) && closes[p[1]] >= i+2:
			open[k]++
			return 2
		}
	}
	return 0
}

// linkText is the text a link shows, inner being what its double
// brackets hold: its label, the text after its target's pipe ("target
// | label") or before its arrow ("label -> target"), without the
// characters that show nothing; its target when it has no label;
// nothing for an anchor ("#id").
func linkText(inner string) string {
	_, label, labelled := strings.Cut(inner, "|")
	if !labelled {
		label, _, labelled = strings.Cut(inner, "->")
	}
	if !labelled {
		if strings.HasPrefix(strings.TrimSpace(inner), "#") {
			return ""
		}
		return strings.TrimSpace(inner)
	}
	return pages.ShownLabel(label)
}
