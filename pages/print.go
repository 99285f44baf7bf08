package pages

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// What a print leaves in a page's text: a browser printing a page (to
// PDF, then copied, or turned back into text by pdftotext) writes on each
// printed page a running header and footer, the page's title with the
// site's name ("savePlayerPreferences | GearN Docs"), its URL, the date,
// and the page's mark ("Page 2 of 4", "https://… 2/4", or the count
// alone on a line of its own, "2/4", where the PDF's text extraction set
// it apart from the URL). At a page break they stand in the middle of the
// text, of a table too, where a style would read them as a row. The
// page's mark is left to the styles, which read across it (IsPageMark);
// dropPrintChrome drops the lines around it.

// printDateRe matches the date and time a print stamps at the start of a
// running header or footer: "3/9/26, 8:12 AM", "2026-03-09 08:12",
// "2026. 3. 9. 오전 8:12".
var printDateRe = regexp.MustCompile(`^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?,?|\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.)(?:\s+(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?))?)?(?:\s+|$)`)

// printURLRe matches a URL a print writes as a running header or footer
// line, alone or with the page's count after it: "https://docs.gearn.io/api/… 2/4".
var printURLRe = regexp.MustCompile(`^` + printScheme + `://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?$`)

// printCountRe matches the page's count that ends a running line: "2/4".
var printCountRe = regexp.MustCompile(`\s+\d{1,4}\s*/\s*\d{1,4}$`)

// printAloneCountRe matches the page's count on a line of its own, as a
// PDF's text extraction (MuPDF's "mutool draw -F txt") sets apart the
// right part of a print's footer from its URL: "2/6", "2 of 6".
var printAloneCountRe = regexp.MustCompile(`^(\d{1,4})\s*(?:/|(?i:of))\s*(\d{1,4})$`)

// printStampRe matches the date and time a print stamps on a running
// line, the time told: "12/5/26, 9:13 PM", "2026. 3. 9. 오후 8:12".
var printStampRe = regexp.MustCompile(`^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?,?|\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.)\s+(?:오전|오후)?\s*\d{1,2}:\d{2}`)

// printStampInRe matches the date and time a print stamps, anywhere in
// a line: where a PDF's text extraction (pypdf of Chromium's print) sets
// the running header on the page's last line, glued to its text
// ("… no mews12/7/26, 10:38 PM Falconry - Wiki").
var printStampInRe = regexp.MustCompile(`(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?,?|\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.)\s+(?:오전|오후)?\s*\d{1,2}:\d{2}`)

// titleSeps are what a site sets between a page's title and its own name
// in the title a print runs: "savePlayerPreferences | GearN Docs".
var titleSeps = regexp.MustCompile(`\s+[|·•—–:-]+\s+`)

// maxTitleLines bounds the lines at the top of a page that may hold its
// title or its site's name: a top bar, a breadcrumb, the title.
const maxTitleLines = 10

// dropPrintChrome drops, with a warning, the lines that stand around a
// page's mark, up to MaxBreakLines on each side and only such lines,
// nearest first: its title as a print runs it (a part of the line, set
// apart by a separator, is a line of the top of the page, its title or
// its site's name; with a date before it or a count after it), its URL,
// a date. A line that stands at the same place at another break, but for
// its numbers, is such a line too, unless it names a table's columns (a
// header printed again) or holds only numbers (a cell: the status code
// that opens a table's rest after two breaks). A line with a form feed is left to the style
// that reads printed pages by them. It reports whether the text has a
// page's mark.
func (t *Text) dropPrintChrome(name string, rep *Reporter) bool {
	t.markAloneCounts()
	t.markCentredNumbers()
	var marks []int
	for i, l := range t.Lines {
		if IsPageMark(l) {
			marks = append(marks, i)
		}
	}
	if len(marks) == 0 {
		return false
	}
	titles := t.titleLines(marks[0])
	// near lists the lines that are not blank on each side of each mark,
	// nearest first; at counts, by its place and its text but for its
	// numbers, each line of them.
	type place struct {
		step, n int
		text    string
	}
	near := make([][2][]int, len(marks))
	at := map[place]int{}
	for m, mark := range marks {
		for side, step := range [2]int{-1, 1} {
			for k, n := mark+step, 0; k >= 0 && k < len(t.Lines) && n < MaxBreakLines; k += step {
				if strings.TrimSpace(t.Lines[k]) == "" {
					continue
				}
				if IsPageMark(t.Lines[k]) {
					break
				}
				near[m][side] = append(near[m][side], k)
				at[place{step, n, digitless(t.Lines[k])}]++
				n++
			}
		}
	}
	drop := map[int]bool{}
	cut := map[int]int{}
	for m := range marks {
		for side, step := range [2]int{-1, 1} {
			for n, k := range near[m][side] {
				l := t.Lines[k]
				if p := gluedChromeAt(l, titles); p > 0 {
					cut[k] = p
					break
				}
				d := digitless(l)
				repeated := at[place{step, n, d}] >= 2 && d != "" && !namesColumns(l) && !IsHeaderCell(strings.TrimSpace(l))
				if strings.ContainsRune(l, '\f') || !repeated && !isPrintChrome(l, titles) {
					break
				}
				drop[k] = true
			}
		}
	}
	for k, p := range cut {
		rep.Warn(At(name, t.line(k)), "line %d (%q) ends with what a print writes at a page break, its running header (the date and time, the page's title) glued to the page's last line by the PDF's text extraction: cut off, the text before it kept", t.line(k), Clip(strings.TrimSpace(t.Lines[k])))
		t.Lines[k] = strings.TrimRight(t.Lines[k][:p], " \t")
	}
	// Each run of dropped lines, with only blank lines between, is
	// warned of once; the lines go from the last.
	for i := len(t.Lines) - 1; i >= 0; i-- {
		if !drop[i] {
			continue
		}
		j := i
		for k := i - 1; k >= 0 && (drop[k] || strings.TrimSpace(t.Lines[k]) == ""); k-- {
			if drop[k] {
				j = k
			}
		}
		from, to := t.line(j), t.line(i)
		what := Clip(strings.TrimSpace(t.Lines[j]))
		if from == to {
			rep.Warn(At(name, from), "line %d (%q) is what a print writes at a page break, the page's running header or footer: dropped", from, what)
		} else {
			rep.Warn(At(name, from), "lines %d to %d (%q …) are what a print writes at a page break, the page's running header and footer: dropped", from, to, what)
		}
		for k := i; k >= j; k-- {
			if drop[k] {
				t.drop(k, k+1)
			}
		}
		i = j
	}
	return true
}

// markAloneCounts writes as the page's mark ("Page 2 of 6") each line
// that holds a page's count alone ("2/6", the page's number not past
// their count), where a line that only a print writes, its URL or its
// date with the time, stands among the lines around it, up to
// MaxBreakLines on each side that are not blank: the print's footer that
// a PDF's text extraction cut in two, its URL on one line and its count
// on the next, in whatever order the lines of the header and the footer
// come. A count whose number, slash and count the extraction set on three
// lines of their own ("2" / "/" / "6", Go's ledongthuc/pdf GetPlainText
// of Chromium's print, which writes each text run on a line) is one mark,
// at its number's line. A count alone elsewhere is a cell or text, and
// stays.
func (t *Text) markAloneCounts() {
	for i := len(t.Lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(t.Lines[i])
		if !countEnds(l) {
			continue // the match below is costly, and most lines are no count
		}
		lines := 1
		if i+2 < len(t.Lines) && strings.TrimSpace(t.Lines[i+1]) == "/" {
			l, lines = l+"/"+strings.TrimSpace(t.Lines[i+2]), 3
		}
		m := printAloneCountRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		of, _ := strconv.Atoi(m[2])
		if n < 1 || n > of || !t.nearPrintLine(i) {
			continue
		}
		t.Lines[i] = fmt.Sprintf("Page %d of %d", n, of)
		if lines > 1 {
			t.drop(i+1, i+lines)
		}
	}
}

// countEnds reports whether a line begins and ends with a digit, as a
// page's count that printAloneCountRe matches does.
func countEnds(l string) bool {
	return l != "" && '0' <= l[0] && l[0] <= '9' && '0' <= l[len(l)-1] && l[len(l)-1] <= '9'
}

// centredNumberRe matches a page's number alone on its line, centred,
// as groff (nroff, man, a -ms document typeset for a terminal) writes it
// at the head of each printed page: "2", indented.
var centredNumberRe = regexp.MustCompile(`^ {8,}(\d{1,4})\s*$`)

// markCentredNumbers writes as the page's mark ("- 2 -") each line that
// holds a number alone, centred (centredNumberRe), after two blank lines
// at least and before one, where such lines count the printed pages in
// turn, two of them at least (2, 3, 4 …): what a typesetter that pads
// each printed page with blank lines to its length writes between them.
// A number alone elsewhere is a cell or text, and stays.
func (t *Text) markCentredNumbers() {
	type number struct{ line, n int }
	var found []number
	for i, l := range t.Lines {
		if len(l) < 9 || l[0] != ' ' || !countEnds(strings.TrimSpace(l)) {
			continue
		}
		m := centredNumberRe.FindStringSubmatch(l)
		if m == nil || i < 2 || strings.TrimSpace(t.Lines[i-1]) != "" || strings.TrimSpace(t.Lines[i-2]) != "" || i+1 < len(t.Lines) && strings.TrimSpace(t.Lines[i+1]) != "" {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		found = append(found, number{i, n})
	}
	for k, f := range found {
		inTurn := k > 0 && found[k-1].n+1 == f.n || k+1 < len(found) && found[k+1].n == f.n+1
		if inTurn {
			t.Lines[f.line] = fmt.Sprintf("- %d -", f.n)
		}
	}
}

// nearPrintLine reports whether a line that only a print writes, its URL
// or its date with the time, stands among the lines around line i, up to
// MaxBreakLines on each side that are not blank.
func (t *Text) nearPrintLine(i int) bool {
	for _, step := range [2]int{-1, 1} {
		for k, n := i+step, 0; k >= 0 && k < len(t.Lines) && n < MaxBreakLines; k += step {
			l := strings.TrimSpace(t.Lines[k])
			if l == "" {
				continue
			}
			if printURLRe.MatchString(l) || printStampRe.MatchString(l) {
				return true
			}
			n++
		}
	}
	return false
}

// digitless is a line trimmed, without its digits, so that the running
// lines of two printed pages, which differ in their page's number,
// compare equal.
func digitless(l string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, strings.TrimSpace(l))
}

// titleLines are the lines at the top of the page, before its first
// mark and its first table (a line that names a column or holds a cell
// separator), that may be its title or its site's name: short lines,
// trimmed of a heading's markup, in lower case.
func (t *Text) titleLines(end int) map[string]bool {
	titles := map[string]bool{}
	n := 0
	for _, l := range t.Lines[:end] {
		l = StripHeading(strings.TrimSpace(l))
		switch {
		case l == "":
			continue
		case n >= maxTitleLines, strings.ContainsAny(l, "|\t"), IsHeaderCell(l), namesColumns(l):
			return titles
		}
		n++
		if len(l) <= maxTitleLen {
			titles[strings.ToLower(l)] = true
		}
	}
	return titles
}

// maxTitleLen bounds the length of a page's title in bytes.
const maxTitleLen = 80

// isPrintChrome reports whether a line is one a print runs at each page
// break: a URL, a date, or the page's title (titles holds the lines at
// the top of the page, in lower case), the last two with a date before
// and a count after.
func isPrintChrome(l string, titles map[string]bool) bool {
	l = strings.TrimSpace(l)
	if printURLRe.MatchString(l) {
		return true
	}
	dated := false
	if m := printDateRe.FindString(l); m != "" {
		l, dated = strings.TrimSpace(l[len(m):]), true
	}
	l = printCountRe.ReplaceAllString(l, "")
	if l == "" {
		return dated
	}
	parts := titleSeps.Split(l, -1)
	if len(parts) == 1 && !dated {
		return titles[strings.ToLower(l)]
	}
	for _, p := range parts {
		if titles[strings.ToLower(p)] {
			return true
		}
	}
	return false
}

// gluedChromeAt is where a print's running header begins in a line that
// holds text before it, the date and time stamped (printStampInRe) and
// the rest a print's running line (isPrintChrome): "… no mews12/7/26,
// 10:38 PM Falconry (/mews) - Server API - Kakao Games Wiki". It is 0
// where the line holds no such header after its text.
func gluedChromeAt(l string, titles map[string]bool) int {
	if !strings.Contains(l, ":") {
		return 0 // the match below is costly, and a stamp tells its time with a colon
	}
	for _, m := range printStampInRe.FindAllStringIndex(l, -1) {
		if strings.TrimSpace(l[:m[0]]) != "" && isPrintChrome(l[m[0]:], titles) {
			return m[0]
		}
	}
	return 0
}

// namesColumns reports whether a line holds the words of two columns or
// more, as a header row does, in any style ("NameRequiredDescription",
// "| Name | Type |").
func namesColumns(l string) bool {
	lower := strings.ToLower(l)
	n := 0
	for _, w := range columnWords {
		if strings.Contains(lower, w) {
			n++
		}
	}
	return n >= 2
}
