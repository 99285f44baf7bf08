package pages

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// permalinkMarks are the marks a heading's permalink shows at the end of
// its line, after a space: a zero-width space (VitePress' header anchor),
// a pilcrow, a hash, a section sign.
var permalinkMarks = []string{"\u200b", "¶", "#", "§"}

// maxStaleRunes bounds the characters a terminal leaves after a
// permalink's mark.
const maxStaleRunes = 2

// staleMark returns where the characters after a heading's permalink
// mark begin on a line that ends in a space, the mark and one or two
// characters with no space among them ("Overview \u200ba"), with the
// mark; -1 where the line ends otherwise. A hash followed by digits is
// a number ("Step #2"), no mark.
func staleMark(l string) (int, string) {
	l = strings.TrimRight(l, " \t\r")
	for _, mark := range permalinkMarks {
		k := strings.LastIndex(l, " "+mark)
		if k <= 0 {
			continue
		}
		rest := l[k+1+len(mark):]
		n := utf8.RuneCountInString(rest)
		if n == 0 || n > maxStaleRunes || strings.ContainsAny(rest, " \t\u200b") {
			continue
		}
		if mark == "#" && strings.Trim(rest, "0123456789") == "" {
			continue
		}
		if strings.IndexFunc(l[:k], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 || k > maxTitleLen {
			continue
		}
		return k + 1 + len(mark), mark
	}
	return -1, ""
}

// endsInMark reports whether a line ends in a space and a permalink's
// mark: a heading as a text browser prints it with its permalink.
func endsInMark(l, mark string) bool {
	l = strings.TrimRight(l, " \t\r")
	return strings.HasSuffix(l, " "+mark) && strings.TrimSpace(strings.TrimSuffix(l, mark)) != ""
}

// dropStaleMarks reads as a heading's permalink mark, with a warning, a
// line's end that holds the mark and one or two characters after it
// (staleMark), where another line of the page ends in the same mark
// alone (endsInMark): the page prints its headings with their
// permalinks, and the characters after the mark are what a terminal left
// on its screen from before, where it took the mark for no column (a
// zero-width space a text browser counted as one, "Request Body \u200bs"),
// and copying the screen kept them. The characters are dropped. It reads
// the page's text as decoded, before its zero-width spaces are dropped
// (Clean), and returns it.
func dropStaleMarks(name, text string, rep *Reporter) string {
	if !strings.Contains(text, " \u200b") && !strings.Contains(text, " ¶") && !strings.Contains(text, " #") && !strings.Contains(text, " §") {
		return text
	}
	lines := strings.Split(text, "\n")
	clean := map[string]int{}
	for _, mark := range permalinkMarks {
		for i, l := range lines {
			if endsInMark(l, mark) {
				clean[mark] = i + 1
				break
			}
		}
	}
	if len(clean) == 0 {
		return text
	}
	changed := false
	for i, l := range lines {
		k, mark := staleMark(l)
		if k < 0 || clean[mark] == 0 {
			continue
		}
		rest := strings.TrimRight(l[k:], " \t\r")
		rep.Warn(At(name, i+1), "line %d ends in a heading's permalink mark (%+q) and %q after it, as the page's headings end in the mark alone (line %d): read as the mark, %q being what a terminal left on its screen where it took the mark for no column, dropped", i+1, mark, rest, clean[mark], rest)
		lines[i] = l[:k]
		changed = true
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}
