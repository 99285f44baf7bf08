package pages

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Screens of a terminal: a page read in a pager or a text browser (less,
// man, w3m, lynx, links) and copied a screen at a time holds, at the same
// line of every screen, the program's chrome: its status line ("≪ ↑ ↓
// Viewing <title>", "lines 1-23/504 4%", "-- press space for next page
// --"), its help lines, a title bar. The chrome stands in the middle of
// the text, of a table too, where a style would read it as a row or a
// heading. A screen scrolled by less than its height (w3m's space scrolls
// the screen's lines less one or two) repeats at its top the last lines
// of the screen before, and the last screen, stopped at the end of the
// document, repeats as many as the document's end left over.

// The screens a terminal shows hold minScreenLines lines at least and
// maxScreenLines at most; a page is screens where its chrome stands at
// minScreens screens at least, at maxChromeLines lines of each screen at
// most (a page whose lines repeat at more lines of a period is a page
// that repeats a template, each part as long as the next).
const (
	minScreenLines = 8
	maxScreenLines = 120
	minScreens     = 3
	maxChromeLines = 3
)

// endMark is what less shows at the end of its file where its prompt
// stands: a bare prompt (":", less's default) becomes it on the last
// screen.
const endMark = "(END)"

// screenChrome returns the screen's height and the lines of the text
// that are the terminal's chrome. The chrome's first line is a line
// that holds a letter (a status line names its page, its lines, its
// keys) and whose text, but for its digits, stands at the same line of
// every screen and nowhere else: at an edge of the first screen
// (screenEdge), every height's lines after it, up to the last screen
// (the lines after it, but for blank lines at the page's end, are fewer
// than a screen's; the last screen's may add to it, as less's "(END)").
// A bare prompt, a line without a letter (less's default ":"), is read
// by its period alone, which must then be whole: it stands, the same
// to its digits, at the last line of every screen from the first, and
// the page ends in a screen whose prompt is "(END)" or in a screen
// shorter than the others; a line without a letter found anywhere
// else, a code block's brace, a list's lone bullet, stays. Of those,
// the one that stands at the most screens tells the height; the chrome is each line
// that stands at the same line of each of those screens, the same and
// not blank (alike but for its digits, the first line), which the
// height's other lines are not. The chrome's lines run from a screen's
// top or to its bottom, maxChromeLines at most: a page whose lines are
// alike at more lines of the height, or at a line that no run of alike
// lines joins to an edge, is a page that repeats a template (its roles'
// sections, each as long as the next; a wiki table's rows, each as tall
// as the next), no screens. It returns 0 where the text is no screens.
func (t *Text) screenChrome() (int, []int) {
	n := len(t.Lines)
	for n > 0 && strings.TrimSpace(t.Lines[n-1]) == "" {
		n--
	}
	if n < minScreens*minScreenLines {
		return 0, nil
	}
	// A chain's first line stands within its first screen, so among the
	// first maxScreenLines: only those lines are keys, the others are
	// looked up. Lines are keyed by a hash of their digitless text, which
	// spells no line anew; a chain's lines are compared as text below.
	at := map[uint64][]int{}
	for i, l := range t.Lines {
		h, blank := digitlessHash(l)
		if lines, ok := at[h]; ok || i < maxScreenLines && !blank {
			at[h] = append(lines, i)
		}
	}
	// ended: the chain's last line is less's end mark, "(END)", where a
	// bare prompt stood on the other screens.
	type chain struct {
		period, first, n int
		ended            bool
	}
	var best chain
	for _, lines := range at {
		if len(lines) < minScreens || len(lines) < best.n {
			continue
		}
		d := digitless(t.Lines[lines[0]])
		bare := !strings.ContainsFunc(d, unicode.IsLetter)
		if slices.ContainsFunc(lines, func(i int) bool { return digitless(t.Lines[i]) != d || bare && strings.TrimSpace(t.Lines[i]) != d }) {
			continue
		}
		period := lines[1] - lines[0]
		ended := false
		if end := lines[len(lines)-1] + period; end < n && !bare && strings.HasPrefix(digitless(t.Lines[end]), d) {
			lines = append(lines[:len(lines):len(lines)], end)
		} else if end == n-1 && bare && strings.TrimSpace(t.Lines[end]) == endMark {
			lines, ended = append(lines[:len(lines):len(lines)], end), true
		}
		last := lines[len(lines)-1]
		if period < minScreenLines || period > maxScreenLines || lines[0] >= period || !screenEdge(lines[0], period) || n-1-last > period {
			continue
		}
		if bare && (lines[0] != period-1 || !ended && (n-1 == last || n-1-last >= period-1)) {
			continue
		}
		regular := true
		for k := 2; k < len(lines) && regular; k++ {
			regular = lines[k]-lines[k-1] == period
		}
		if regular && (len(lines) > best.n || lines[0] < best.first) {
			best = chain{period, lines[0], len(lines), ended}
		}
	}
	if best.n == 0 {
		return 0, nil
	}
	alike := make([]bool, best.period)
	offsets := 0
	for o := range best.period {
		same := func(l, d string) bool { return strings.TrimSpace(l) == d }
		d := strings.TrimSpace(t.Lines[o])
		if o == best.first {
			same = func(l, d string) bool { return strings.HasPrefix(digitless(l), d) }
			d = digitless(t.Lines[o])
		}
		alike[o] = d != ""
		for k := 1; k < best.n && alike[o]; k++ {
			i := o + k*best.period
			alike[o] = i < n && (same(t.Lines[i], d) || o == best.first && best.ended && k == best.n-1)
		}
		if alike[o] {
			offsets++
		}
	}
	if offsets > maxChromeLines {
		return 0, nil
	}
	var chrome []int
	for o, a := range alike {
		if !a {
			continue
		}
		if !screenEdge(o, best.period) || slices.Contains(alike[:o], false) && slices.Contains(alike[o:], false) {
			return 0, nil
		}
		for k := range best.n {
			chrome = append(chrome, o+k*best.period)
		}
	}
	slices.Sort(chrome)
	return best.period, chrome
}

// screenEdge reports whether line i of a screen of period lines is
// among its first or last maxChromeLines, where a terminal sets its
// chrome: a title bar at the top, a status line and help lines at the
// bottom.
func screenEdge(i, period int) bool {
	return i < maxChromeLines || i >= period-maxChromeLines
}

// dropScreens drops the terminal's chrome from a page copied a screen at
// a time (screenChrome), and at each screen's top the lines that repeat
// the last lines of the screen before, compared at that boundary only: a
// line that repeats elsewhere on the page stays. Where more than one run
// of lines repeats there (a run of equal lines at the boundary), or one
// where the other screens repeat none, the overlap the other screens
// scrolled with is read, else the longest run, with a warning at the
// line that names both readings. One warning at the
// page's first line tells the screens' height.
func (t *Text) dropScreens(name string, rep *Reporter) {
	period, chrome := t.screenChrome()
	if period == 0 {
		return
	}
	isChrome := make([]bool, len(t.Lines))
	for _, i := range chrome {
		isChrome[i] = true
	}
	// A boundary is a run of chrome lines with a screen's text on each
	// side: before holds from, to the run's first and its end.
	// The screen after it runs to next.
	type boundary struct {
		from, to, end, next int
		overlaps            []int
	}
	var bounds []boundary
	from := 0
	for i := 0; i < len(t.Lines); {
		if !isChrome[i] {
			i++
			continue
		}
		j := i
		for j < len(t.Lines) && isChrome[j] {
			j++
		}
		next := j
		for next < len(t.Lines) && !isChrome[next] {
			next++
		}
		if i > from && j < len(t.Lines) {
			bounds = append(bounds, boundary{from: from, to: i, end: j, next: next, overlaps: t.overlaps(from, i, j, next)})
		}
		from, i = j, j
	}
	// The scroll's overlap is the one most boundaries with one overlap,
	// or none, show. Where that is none (less scrolls by a whole screen),
	// a boundary but the last, whose screen stopped at the document's
	// end, may also repeat nothing: its alike lines are the document's.
	counts := map[int]int{}
	for _, b := range bounds {
		switch len(b.overlaps) {
		case 0:
			counts[0]++
		case 1:
			counts[b.overlaps[0]]++
		}
	}
	scroll := 0
	for m, n := range counts {
		if n > counts[scroll] || n == counts[scroll] && m < scroll {
			scroll = m
		}
	}
	drop := make([]bool, len(t.Lines))
	for _, i := range chrome {
		drop[i] = true
	}
	repeated := 0
	var ambiguous []func()
	for _, b := range bounds {
		if len(b.overlaps) == 0 {
			continue
		}
		if scroll == 0 && !t.lastScreen(b.end, b.next, isChrome) {
			b.overlaps = append([]int{0}, b.overlaps...)
		}
		m, why := b.overlaps[len(b.overlaps)-1], "the most"
		if slices.Contains(b.overlaps, scroll) {
			m, why = scroll, "as the other screens scrolled"
		}
		if len(b.overlaps) > 1 {
			var others []string
			for _, o := range b.overlaps {
				if o != m {
					others = append(others, fmt.Sprint(o))
				}
			}
			line, verb := t.line(b.end), "dropped"
			if m == 0 {
				verb = "kept"
			}
			ambiguous = append(ambiguous, func() {
				rep.Warn(At(name, line), "line %d: the screen that begins here repeats the last lines of the screen before, by %d lines or by %s, the lines there being alike: read as repeating %d (%s), %s; if the page holds those lines more times or fewer, the copy of its screens cannot tell it", line, m, strings.Join(others, " or "), m, why, verb)
			})
		}
		for k := b.end; k < b.end+m; k++ {
			drop[k] = true
		}
		repeated += m
	}
	first := chrome[0]
	rep.Warn(At(name, 1), "the page is a terminal's screens copied one after another, %d lines each: line %d (%q) stands at the same line of every screen, a pager's or a text browser's chrome, and is dropped with the %d other lines of it, as are the %d lines the screens repeat at their tops from the end of the screen before", period, t.line(first), Clip(strings.TrimSpace(t.Lines[first])), len(chrome)-1, repeated)
	for _, warn := range ambiguous {
		warn()
	}
	for i := len(t.Lines) - 1; i >= 0; i-- {
		if drop[i] {
			t.drop(i, i+1)
		}
	}
}

// lastScreen reports whether the screen from end to next holds the
// page's last line of text, chrome and blank lines after it aside.
func (t *Text) lastScreen(end, next int, isChrome []bool) bool {
	for i := next; i < len(t.Lines); i++ {
		if !isChrome[i] && strings.TrimSpace(t.Lines[i]) != "" {
			return false
		}
	}
	return next > end
}

// overlaps returns the counts of lines, from the fewest, that the screen
// from end to next repeats at its top from the end of the screen from
// from to to: the lines before to equal the lines from end, but for
// the spaces a terminal pads them with.
func (t *Text) overlaps(from, to, end, next int) []int {
	var ms []int
	for m := 1; m <= to-from && m <= next-end; m++ {
		if slices.EqualFunc(t.Lines[to-m:to], t.Lines[end:end+m], func(a, b string) bool {
			return strings.TrimRight(a, " \t") == strings.TrimRight(b, " \t")
		}) {
			ms = append(ms, m)
		}
	}
	return ms
}

// digitlessHash is a hash (FNV-1a) of digitless(l), and whether that is
// empty, for a line spelled anew by no allocation.
func digitlessHash(l string) (uint64, bool) {
	t := strings.TrimSpace(l)
	h := uint64(14695981039346656037)
	blank := true
	for i := 0; i < len(t); i++ {
		if c := t[i]; c < '0' || c > '9' {
			h = (h ^ uint64(c)) * 1099511628211
			blank = false
		}
	}
	return h, blank
}
