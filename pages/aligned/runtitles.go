package aligned

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A converter without headings nor tables (html2wiki's TikiWiki
// dialect, a DOM's innerText) prints a section's title, its table and
// the next section's title on one line with nothing between them:
// "…kgAppIdStringYKG App IDQuery ParametersNameTypeMandatoryDescription
// playerId…", "…0 ~ 5Example RequestGET /service/…", "/saltern/basins
// Description". A title run so into the text before it is told by the
// protocol's section titles (pages.SectionTitler) and by what follows
// it: a whole table run together (its header's column words or its
// protocol's labels), an example's request or status line, or the end
// of the line. A title of one word at a line's end is told only after
// text of no space that no name is (a path: "/saltern/basinsDescription"),
// as a type's name may end with a title's word ("ErrorCode"); the
// brackets that text begins with close the code block before it
// ("}/saltern/skimDescription"), a line of their own.

// exampleStartRe matches an example message's first line: a request
// line's method and path, or a status line's version.
var exampleStartRe = regexp.MustCompile(`^(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /|HTTP/[0-9])`)

// runTitleSpans returns where each section title that t runs into the
// text before it begins and ends, in order; nil where it runs none.
func runTitleSpans(t string, titles pages.SectionTitler, isRun func(string) bool) [][2]int {
	var spans [][2]int
	from := 0
	for q := 2; q <= len(t); q++ {
		if q < len(t) && !(isGluedCapital(t, q) && (isRun(t[q:]) || exampleStartRe.MatchString(t[q:]))) {
			continue
		}
		for p := max(from+1, q-maxRunTitle); p < q; p++ {
			if !isGluedCapital(t, p) || !titles.SectionTitle(t[p:q]) {
				continue
			}
			if q == len(t) && !strings.Contains(t[p:q], " ") && (strings.Contains(t[:p], " ") || isIdent(t[:p])) {
				continue
			}
			spans = append(spans, [2]int{p, q})
			from = q
			break
		}
	}
	return spans
}

// isGluedCapital reports whether a capital at t[i] follows a byte that
// is no space: a word run into the text before it.
func isGluedCapital(t string, i int) bool {
	return i > 0 && i < len(t) && 'A' <= t[i] && t[i] <= 'Z' && t[i-1] != ' '
}

// isIdent reports whether t is a name: letters, digits and "_" alone.
func isIdent(t string) bool {
	for i := 0; i < len(t); i++ {
		if !pages.IsIdentByte(t[i]) {
			return false
		}
	}
	return t != ""
}

// splitRunTitles returns blocks with each text block outside a code
// block that runs section titles into the text before them
// (runTitleSpans) cut there, each title and each text between a block
// of its own at the block's line, with a warning.
func splitRunTitles(src pages.Source, titles pages.SectionTitler, blocks []pages.Block, isRun func(string) bool) []pages.Block {
	var out []pages.Block
	code := false
	for k, b := range blocks {
		if b.Table == nil && pages.IsFence(b.Text) {
			code = !code
		}
		var spans [][2]int
		if b.Table == nil && !code {
			spans = runTitleSpans(b.Text, titles, isRun)
		}
		if spans == nil {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append(make([]pages.Block, 0, len(blocks)+2*len(spans)), blocks[:k]...)
		}
		var named []string
		at := 0
		for _, s := range spans {
			before := strings.TrimSpace(b.Text[at:s[0]])
			if s[1] == len(b.Text) && !strings.Contains(before, " ") {
				// A heading run into the line that closes a code block
				// ("}/saltern/skimDescription"): the brackets are the
				// code's, the rest the heading.
				if n := len(before) - len(strings.TrimLeft(before, "}])")); n > 0 && n < len(before) {
					out = append(out, pages.Block{Line: b.Line, Text: before[:n]})
					before = before[n:]
				}
			}
			if before != "" {
				out = append(out, pages.Block{Line: b.Line, Text: before})
			}
			out = append(out, pages.Block{Line: b.Line, Text: b.Text[s[0]:s[1]]})
			named = append(named, fmt.Sprintf("%q", b.Text[s[0]:s[1]]))
			at = s[1]
		}
		if t := strings.TrimSpace(b.Text[at:]); t != "" {
			out = append(out, pages.Block{Line: b.Line, Text: t})
		}
		src.Report.Warn(pages.At(src.Name, b.Line), "line %d runs the section title %s into the text before it with nothing between them, as a converter without headings prints a page's blocks, a table, an example or the end of the line after it: read each title as a line of its own, the text around it apart", b.Line, strings.Join(named, ", "))
	}
	if out == nil {
		return blocks
	}
	return out
}
