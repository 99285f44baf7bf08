package parser_test

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// What the textContent of a minified docs page (soup's FullText,
// goquery's Text, get_text()) writes of a GearN page: no line break
// between two blocks or two table rows, each glued to the text before
// it, a heading's text followed by its permalink anchor's " \u200B"
// (VitePress's), a code block's language label glued to its first line,
// and the lines of a code block kept apart. Also the same text from a
// site whose headings have no anchor and whose code blocks no label.
// Applied to each GearN page of the flattened style (cells run together,
// a row a line), in every corpus: the page must read as it did, with a
// warning, or be refused at the line; never other facts silently. A
// minified Confluence page (Kakao's) gives the same text with no anchor
// and its tables' cells glued too: applied to each page of tables
// between pipes whose API's HTTP status carries the outcome.
func init() {
	for _, d := range []defect{
		{"line breaks lost, as a minified page's text, its headings' anchors kept", flatGearnPage, minifiedText(true)},
		{"line breaks lost, as a minified page's text, no anchor", flatGearnPage, minifiedText(false)},
		{"line breaks lost, as a minified Confluence page's text", confluencePage, confluenceText},
	} {
		defects = append(defects, d)
		everyStyle[d.class] = true
	}
}

var (
	// flatSectionRe matches the title of a part of a GearN page that
	// heads no table.
	flatSectionRe = regexp.MustCompile(`^(?:Overview|HTTP|Example Request|Example Response|[1-5][0-9][0-9] [A-Z][A-Za-z]*)$`)
	// flatNameRe matches the name of a type, and flatNoteRe a type's
	// note: a sentence between its name and its table.
	flatNameRe = regexp.MustCompile(`^[A-Z][\w.]*$`)
	flatNoteRe = regexp.MustCompile(`^[A-Z][^.]*\.$`)
	// printChromeRe matches a print's running header or footer line:
	// the page's address, a tab, then its number or the date; or the
	// page's number of the print's pages.
	printChromeRe = regexp.MustCompile(`https?://\S+\t|\bPage \d+ of \d+$`)
	// jsonStartRe matches the first line of a JSON document.
	jsonStartRe = regexp.MustCompile(`^[{\[]\s*$`)
)

// flatGearnPage is the first line of a GearN page of the flattened
// style (readScrapedPage's), one with a table whose header's cells run
// together: the whole page is damaged at once. A print's text (its
// running header or footer lines, printChromeRe) is no site's page.
func flatGearnPage(p *scrapedPage) []int {
	if p.style == "html" || inContainer(p.name) {
		return nil
	}
	if cellPage(p.lines, 1) || cellPage(p.lines, 2) {
		return nil
	}
	header := false
	for _, l := range p.lines {
		t := strings.TrimSpace(l)
		if strings.Contains(t, "|") && rulerRe.MatchString(t) || printChromeRe.MatchString(l) {
			return nil
		}
		header = header || flatHeaderRe.MatchString(t)
	}
	if !header {
		return nil
	}
	return []int{0}
}

// minifiedText joins the lines of a page as a minified page's
// textContent does: a heading (a section's, a type's, a role's, an
// answer's status) followed by its anchor's " \u200B" when anchors (the
// one a page that kept its line breaks holds taken off first), a
// request line or a JSON document a code block (its language label
// glued before it when anchors: VitePress's; a label the page writes on
// a line of its own above it is that label, not another), every line
// glued to the one before it but within a code block, blank lines gone.
func minifiedText(anchors bool) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		var out []string
		cur := ""
		for i := 0; i < len(lines); i++ {
			t := strings.TrimSpace(lines[i])
			switch {
			case t == "":
			case endpointLineRe.MatchString(t) || jsonStartRe.MatchString(t):
				label, end := "http", i
				if jsonStartRe.MatchString(t) {
					label, end = "json", jsonEnd(lines, i)
				}
				if anchors && !strings.HasSuffix(cur, label) {
					cur += label
				}
				if end == i {
					cur += t
					continue
				}
				out = append(append(out, cur+t), lines[i+1:end]...)
				cur, i = lines[end], end
			case flatHeading(lines, i):
				cur += strings.TrimSuffix(t, " \u200B")
				if anchors {
					cur += " \u200B"
				}
			default:
				cur += t
			}
		}
		return append(out, cur), at
	}
}

// flatHeading reports whether line i of a GearN page of the flattened
// style is a heading a docs site writes as one (an h2 or h3, with its
// permalink anchor): a role's, a part's of the page (gearnTitleRe,
// flatSectionRe), or a type's name over its table, a note between them
// or not, a zero width character in it or not. A site's navigation,
// its buttons' labels, a paragraph are none.
func flatHeading(lines []string, i int) bool {
	t := pages.Clean(strings.TrimSpace(lines[i]))
	if isRole(t) || gearnTitleRe.MatchString(t) || flatSectionRe.MatchString(t) {
		return true
	}
	if !flatNameRe.MatchString(t) || flatHeaderRe.MatchString(t) {
		return false
	}
	next := func(j int) int {
		for j++; j < len(lines) && strings.TrimSpace(lines[j]) == ""; j++ {
		}
		return j
	}
	j := next(i)
	if j < len(lines) && flatNoteRe.MatchString(strings.TrimSpace(lines[j])) {
		j = next(j)
	}
	return j < len(lines) && flatHeaderRe.MatchString(strings.TrimSpace(lines[j]))
}

// confluencePage is the first line of a page of tables between pipes
// (readScrapedPage's style, or StyleOf's) whose API's HTTP status carries
// the outcome (a table of status codes): the whole page is damaged at
// once.
func confluencePage(p *scrapedPage) []int {
	if !slices.Contains([]string{"markdown", "pipes", "Markdown", "pipe- or tab-separated text"}, p.style) || inContainer(p.name) || !slices.ContainsFunc(p.lines, func(l string) bool { return strings.Contains(l, "Status Code") }) {
		return nil
	}
	return []int{0}
}

// confluenceText joins the lines of a page of tables between pipes as a
// minified Confluence page's textContent does: a table's rulers gone,
// each row's cells glued, an example's lines (its request line, its
// headers, its JSON document) kept apart as a code block's, every other
// line glued to the one before it, blank lines gone.
func confluenceText(p *scrapedPage, lines []string, at int) ([]string, int) {
	var out []string
	cur := ""
	code := false
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "" || rulerRe.MatchString(t):
			code = false
		case exampleRequestRe.MatchString(t) || code && headerLineRe.MatchString(t):
			out, cur, code = append(out, cur+t), "", true
		case jsonStartRe.MatchString(t):
			end := jsonEnd(lines, i)
			out = append(append(out, cur+t), lines[i+1:end]...)
			cur, i, code = lines[end], end, false
		case strings.Contains(t, "|"):
			cells, _, _ := pipeParts(t)
			for _, c := range cells {
				cur += pages.CellText(pages.Unescaped(strings.TrimSpace(c)))
			}
			code = false
		default:
			cur, code = cur+t, false
		}
	}
	return append(out, cur), at
}
