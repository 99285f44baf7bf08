package cellperline

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A column too narrow for a name breaks it at its hyphen, as a browser
// breaks a line only where the text lets it: printed one cell a line,
// "Auth-Token" under Name stands as "Auth-" over "Token", or, where the
// next cell shares the rest's baseline, "Secret-" over "Key true". Read
// so, "Auth-" is a name of its own and "Token" a cell that fits no
// column. The two lines are one name where the evidence tells: the page
// writes the name joined elsewhere (an example's "Auth-Token:" line, a
// description's "headers Secret-Key"), or the second line is the name's
// rest alone, no space in it ("Content-" over "Type"). The hyphen is the
// name's, kept, where the page writes the name with it and not without,
// or where each part is a capitalised word (a header's name, "Game-Id",
// "Secret-Key", which the page may write without it in prose); the
// break's, dropped, where the page writes the name without it and not
// with it, or where the page tells a typesetter's break hyphen from its
// own (pages.Hyphenated) and prints the break's there. Any other name
// ("invalidRequest-" over "Parameters", which the page writes neither
// way or both ways) reads either way: refused at its line.

// cutName is a name a column cut at its hyphen over two lines of a page
// (cutNameAt).
type cutName struct {
	text string // the name joined, with the rest of the second line after it
	name string // the name joined
	// why says what tells the reading of the hyphen, for the warning;
	// empty where nothing tells it, and the name is refused.
	why string
	// other is the name read with the hyphen the other way, for the
	// refusal.
	other string
}

// cutNameAt reads the lines at page lines a and a+1 (counted from 0),
// whose texts are first and second, as one name a column cut at its
// hyphen (cutName); ok is false where they are not.
func cutNameAt(src pages.Source, a int, first, second string) (cutName, bool) {
	if !hyphenCut(first, second) || strings.ContainsAny(first, " \t") {
		return cutName{}, false
	}
	rest, after, _ := strings.Cut(second, " ")
	kept, dropped := first+rest, strings.TrimSuffix(first, "-")+rest
	if !pages.IsNameCell(kept) || !pages.IsNameCell(dropped) {
		return cutName{}, false
	}
	keptOn, droppedOn := pages.OnPage(src.Lines, kept), pages.OnPage(src.Lines, dropped)
	if after != "" && !keptOn && !droppedOn {
		return cutName{}, false // a name's line over a cell of words, which may begin with a word
	}
	c := cutName{name: kept, other: dropped}
	switch {
	case strings.HasSuffix(src.Marked(a), string(pages.BreakHyphen)):
		c.name, c.other, c.why = dropped, kept, "the page prints a typesetter's break hyphen there"
	case keptOn && !droppedOn:
		c.why = "as the page writes it elsewhere"
	case droppedOn && !keptOn:
		c.name, c.other, c.why = dropped, kept, "without the hyphen, as the page writes it elsewhere"
	case capitalisedWords(kept) && keptOn:
		c.why = "its parts capitalised words, as a header's name is written, and as the page writes it elsewhere (and without the hyphen too)"
	case capitalisedWords(kept):
		c.why = "its parts capitalised words, as a header's name is written, and a column breaks a name only at a hyphen it holds"
	}
	c.text = c.name
	if after != "" {
		c.text += " " + after
	}
	return c, true
}

// capitalisedWords reports whether a name is capitalised words joined
// by hyphens ("Content-Type", "X-Trace-Id").
func capitalisedWords(name string) bool {
	for part := range strings.SplitSeq(name, "-") {
		if part == "" || !pages.IsASCIILetter(part[0]) || part[0] >= 'a' {
			return false
		}
	}
	return true
}

// joinCutNames returns lines and their texts ts, a run of a page's lines
// read one cell a line, with each name a column cut at its hyphen over
// two lines (cutNameAt) one text at the first line, with a warning at
// it; a name that reads with the hyphen and without it alike is refused
// there, and left as the page writes it. ts is returned itself where no
// name was cut.
func joinCutNames(src pages.Source, lines []int, ts []string) ([]int, []string) {
	var outLines []int
	var outTs []string
	for k := 0; k < len(ts); k++ {
		var c cutName
		ok := k+1 < len(ts) && lines[k+1] == lines[k]+1
		if ok {
			c, ok = cutNameAt(src, lines[k], ts[k], ts[k+1])
		}
		at := lines[k] + 1
		if ok && c.why == "" {
			src.Report.Fail(pages.At(src.Name, at), "lines %d, %d (%q, %q) are one name its column cut at its hyphen, and the page writes it neither as %q nor as %q: which it is is not told; write the name on one line", at, at+1, ts[k], ts[k+1], c.name, c.other)
			ok = false
		}
		if ok && outTs == nil {
			outLines, outTs = append([]int(nil), lines[:k]...), append([]string(nil), ts[:k]...)
		}
		if !ok {
			if outTs != nil {
				outLines, outTs = append(outLines, lines[k]), append(outTs, ts[k])
			}
			continue
		}
		src.Report.Warn(pages.At(src.Name, at), "lines %d, %d (%q, %q) are one name its column cut at its hyphen: read as %q, %s", at, at+1, ts[k], ts[k+1], c.name, c.why)
		outLines, outTs = append(outLines, lines[k]), append(outTs, c.text)
		k++
	}
	if outTs == nil {
		return lines, ts
	}
	return outLines, outTs
}
