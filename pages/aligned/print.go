package aligned

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// A page printed and turned back into text (pdftotext -layout of a
// browser's "Save as PDF") is cut into printed pages: a form feed starts
// each, and the browser prints on each a running header (the date and the
// page's title) and footer (its URL and "1/4"). Those lines are no part of
// the page; a table goes on across a break.

// sheets are the lines of a page without what a print adds: the form
// feeds, and the running header and footer line of each printed page,
// made blank; broken[i] reports a page break among the lines before line
// i, since the last line that is not blank.
type sheets struct {
	lines  []string
	broken []bool
}

// unprinted reads a page's lines into sheets.
func unprinted(lines []string) sheets {
	s := sheets{lines: make([]string, len(lines)), broken: make([]bool, len(lines)+1)}
	starts := []int{0} // the first line of each printed page
	for i, l := range lines {
		if !strings.ContainsRune(l, '\f') {
			s.lines[i] = l
			continue
		}
		s.lines[i] = strings.ReplaceAll(l, "\f", "")
		switch t := strings.Trim(l, " "); {
		case strings.HasPrefix(t, "\f"):
			starts = append(starts, i)
		case strings.HasSuffix(t, "\f"):
			starts = append(starts, i+1)
		}
	}
	starts = append(starts, len(lines))
	type edge struct{ first, last int }
	var edges []edge // the first and the last line that is not blank, of each printed page with text
	for p := 0; p+1 < len(starts); p++ {
		e := edge{-1, -1}
		for i := starts[p]; i < starts[p+1]; i++ {
			if strings.TrimSpace(s.lines[i]) != "" {
				if e.first < 0 {
					e.first = i
				}
				e.last = i
			}
		}
		if e.first >= 0 {
			edges = append(edges, e)
		}
	}
	blank := func(i int) bool { return i < 0 || i >= len(lines) || strings.TrimSpace(s.lines[i]) == "" }
	// running reports whether line i, an edge of printed page number page
	// (its first line when step is 1, its last when -1), is a running
	// header or footer: it counts the page, or it repeats at that edge of
	// another page but for its numbers, set apart from the page's text by
	// a blank line, and names no table's columns.
	running := func(i, page, step int) bool {
		if n, ok := pageNumber(s.lines[i]); ok && n == page {
			return true
		}
		if n, ok := farPageNumber(s.lines[i]); ok && n == page && step < 0 && blank(i-1) {
			return true
		}
		if !blank(i+step) || isHeaderLine(s.lines[i]) {
			return false
		}
		norm := unnumbered(s.lines[i])
		for _, o := range edges {
			j := o.first
			if step < 0 {
				j = o.last
			}
			if j != i && unnumbered(s.lines[j]) == norm {
				return true
			}
		}
		return false
	}
	var drop []int
	heads, feet := map[string]bool{}, map[string]bool{}
	for k, e := range edges {
		if running(e.first, k+1, 1) {
			drop = append(drop, e.first)
			heads[unnumbered(s.lines[e.first])] = true
		}
		if e.last != e.first && running(e.last, k+1, -1) {
			drop = append(drop, e.last)
			feet[unnumbered(s.lines[e.last])] = true
		}
	}
	// A line at an edge that repeats a running line of that edge is one,
	// though the page's text follows it without a blank line (a code
	// block that goes on across the break).
	for _, e := range edges {
		if i := e.first; !slices.Contains(drop, i) && heads[unnumbered(s.lines[i])] {
			drop = append(drop, i)
		}
		if i := e.last; i != e.first && !slices.Contains(drop, i) && feet[unnumbered(s.lines[i])] {
			drop = append(drop, i)
		}
	}
	for _, i := range drop {
		s.lines[i] = ""
	}
	for _, b := range starts[1 : len(starts)-1] {
		s.broken[b] = true
	}
	// A break stands before the next line that is not blank.
	for i := 0; i < len(lines); i++ {
		if s.broken[i] && strings.TrimSpace(s.lines[i]) == "" {
			s.broken[i+1] = true
		}
	}
	return s
}

// countRes match a page's number where a print writes it, at an end of
// its running header or footer: "1/4", "1 of 4", "Page 1 of 4" (the
// number, then the count), "Page 1", "- 1 -" or the number alone.
var countRes = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|\s)(?i:page\s*)?(\d{1,4})\s*(?:/|(?i:of))\s*(\d{1,4})$`),
	regexp.MustCompile(`^(?i:page\s*)?(\d{1,4})\s*(?:/|(?i:of))\s*(\d{1,4})(?:\s|$)`),
	regexp.MustCompile(`(?:^|\s)(?i:page)\s*(\d{1,4})()$`),
	regexp.MustCompile(`^-?\s*(\d{1,4})\s*-?()$`),
}

// farRe matches a line that ends in a number far right of its text, a
// wide gap of spaces before it: HTMLDOC's footer, the current heading at
// the left and the page's number at the right margin ("Request Body
// ...   2").
var farRe = regexp.MustCompile(`^\S.*\S {8,}(\d{1,4})$`)

// farPageNumber returns the number a line ends in far right of its text
// (farRe): a printed page's number where its footer is set apart from
// the page's text by a blank line above it, which running checks.
func farPageNumber(line string) (int, bool) {
	m := farRe.FindStringSubmatch(strings.TrimRight(line, " "))
	if m == nil {
		return 0, false
	}
	n, _ := strconv.Atoi(m[1])
	return n, true
}

// pageNumber returns the number of the printed page a line counts, at
// its start or its end, when it holds one (not above the count it gives).
func pageNumber(line string) (int, bool) {
	t := strings.TrimSpace(line)
	for _, re := range countRes {
		m := re.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if m[2] != "" {
			if count, _ := strconv.Atoi(m[2]); count < n {
				return 0, false
			}
		}
		return n, true
	}
	return 0, false
}

// unnumbered is a line with its runs of spaces made one and its runs of
// digits a mark, so that the running lines of two printed pages, which
// differ in their page's number, compare equal.
func unnumbered(line string) string {
	var b strings.Builder
	digit, space := false, false
	for _, r := range strings.TrimSpace(line) {
		switch {
		case unicode.IsDigit(r):
			if !digit {
				b.WriteByte('#')
			}
			digit, space = true, false
			continue
		case r == ' ':
			if !space {
				b.WriteByte(' ')
			}
			digit, space = false, true
			continue
		}
		digit, space = false, false
		b.WriteRune(r)
	}
	return b.String()
}
