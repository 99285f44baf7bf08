package pages

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A scraper that walks each kind of element over the whole page in turn
// (colly's OnHTML callbacks, one for the headings, one for the
// paragraphs, one for the code blocks, one for the tables; a BeautifulSoup
// script's find_all per tag; a jq or pup query per selector) writes the
// page's blocks grouped by kind, not in document order: every heading
// first, one after another with nothing between them, then every
// paragraph, every code block, and every table after all of them. No
// table stands under its heading, and the headings carry no level: which
// table documents which endpoint, section or type is lost, and pairing
// the n-th table with the n-th heading that may bear one would be a
// guess.

// minGroupedTitles is the fewest heading lines, one after another, that
// tell a page grouped by kind: a page's title and a few section titles
// stacked above their first table are fewer.
const minGroupedTitles = 6

// refuseGroupedKinds refuses a page whose blocks (as Read gives them) are
// grouped by kind, at the first of its run of headings, and tells whether
// it did. The form: a run of minGroupedTitles heading lines at least, with
// nothing between them and no table before them; text (paragraphs, code)
// after them; then every table of the page, two at least and no more than
// the headings, with a heading line between few of them (less than
// half: a text line a reading cut from a table's header may read as
// one); and no heading of the run stands again after it, as the headings of a page under its table of
// contents or a site's outline do.
func refuseGroupedKinds(src Source, blocks []Block) bool {
	start, end := groupedTitleRun(blocks)
	if start < 0 {
		return false
	}
	titles := map[string]bool{}
	for _, b := range blocks[start:end] {
		titles[strings.TrimSpace(b.Text)] = true
	}
	first, last, tables := -1, -1, 0
	for i := end; i < len(blocks); i++ {
		b := blocks[i]
		if b.Table == nil {
			if titles[strings.TrimSpace(b.Text)] {
				return false
			}
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
		if !b.Table.CutInTwo() {
			tables++
		}
	}
	if first <= end || tables < 2 || tables > end-start {
		return false
	}
	// headed counts the gaps between two tables that hold a heading
	// line: a page in document order heads most of its tables, a cut of
	// a row or a header run together heads few.
	headed, gap := 0, false
	for _, b := range blocks[first : last+1] {
		switch {
		case b.Table == nil:
			gap = gap || isGroupedTitle(b.Text)
		case gap:
			headed, gap = headed+1, false
		}
	}
	if 2*headed >= tables {
		return false
	}
	src.Report.Fail(At(src.Name, blocks[start].Line), "lines %d-%d are %d headings one after another with nothing between them, and all %d tables of the page stand together after them and after its text (the first at line %d, the last at line %d), with no heading between most of them: the page's blocks are grouped by kind, not in document order, as a scraper writes them that walks each kind of element over the whole page in turn (one callback or query for the headings, one for the paragraphs, one for the tables). Which table stands under which heading is lost, and pairing them by count would be a guess; scrape the page in document order (one callback over the children of the page's content, writing each element as it comes), or save its HTML", blocks[start].Line, blocks[end-1].Line, end-start, tables, blocks[first].Table.Line, blocks[last].Table.Line)
	return true
}

// groupedTitleRun returns the first run of minGroupedTitles heading lines
// at least (isGroupedTitle) before any table, as blocks[start:end], or
// -1, -1 for none.
func groupedTitleRun(blocks []Block) (int, int) {
	for i := 0; i < len(blocks) && blocks[i].Table == nil; {
		n := 0
		for i+n < len(blocks) && blocks[i+n].Table == nil && isGroupedTitle(blocks[i+n].Text) {
			n++
		}
		if n >= minGroupedTitles {
			return i, i + n
		}
		i += n + 1
	}
	return -1, -1
}

// isGroupedTitle reports whether a text line reads as a heading a scraper
// wrote with no mark of its level: a few words set apart by one space (no
// column gap of a row), a letter, a digit or a path's slash first
// ("/lighthouse/watchbook", "Request Body", "WatchEntry"), no sentence's
// punctuation, no link, no code's brackets or quotes, no cell bar.
func isGroupedTitle(t string) bool {
	t = strings.TrimSpace(t)
	r, _ := utf8.DecodeRuneInString(t)
	if t == "" || len(t) > maxTableTitleLen || !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '/' {
		return false
	}
	if strings.ContainsAny(t, "|\t{}[]=\"<>") || strings.Contains(t, "  ") || strings.Contains(t, "://") || sentence(t) {
		return false
	}
	return len(strings.Fields(t)) <= maxTitleWords
}
