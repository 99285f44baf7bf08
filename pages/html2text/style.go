// Package html2text reads the text Debian's html2text writes of a page
// (Martin Bayer's C++ html2text 1.3.2, the "html2text" package, not the
// Python tool of the same name): a heading framed by asterisks, six for
// an h1 down to one for an h6 ("***** Client *****"), the words of a link
// joined by underscores, no blank line between blocks, and each table
// laid out as columns aligned with spaces, one space apart, sized to
// their text, a cell shorter than its row set on the row's middle line.
// Such a page is read as one of columns aligned with spaces (package
// aligned) whose headings are blank lines, as they set its tables apart,
// and its headings as text at their lines.
package html2text

import (
	"slices"
	"sort"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
)

// Style reads the text Debian's html2text writes of a page.
type Style struct{}

func (Style) String() string       { return "Debian html2text's text" }
func (Style) NeedsLexicon() bool   { return true }
func (Style) Extensions() []string { return []string{".txt"} }

// minHeadings is the headings framed by asterisks that tell a page of the
// style.
const minHeadings = 2

// Detect counts the headings framed by asterisks, where there are
// minHeadings at least and the page, its headings blank, has tables of
// aligned columns: above that rate of the page as aligned columns.
func (Style) Detect(lines []string) int {
	blanked, heads := unframed(lines)
	if len(heads) < minHeadings {
		return 0
	}
	r := aligned.Style{}.Detect(blanked)
	if r == 0 {
		return 0
	}
	return r + len(heads)
}

// Read reads the page, its headings blank, as one of aligned columns
// whose every table sets a cell shorter than its row on the row's middle
// line (aligned.ReadMiddle), and each heading as a text block at its
// line. A table that ends with no blank line after it (tableEnds) ends
// there as at a blank line: the line after it is read as text, apart; a
// line of text that cuts a table is read so too, with a warning.
func (Style) Read(src pages.Source) []pages.Block {
	blanked, items := unframed(src.Lines)
	stops := tableEnds(blanked)
	if len(stops) > 0 && len(items) == 0 {
		blanked = slices.Clone(blanked)
	}
	for _, s := range stops {
		if s.rest >= 0 {
			src.Report.Warn(pages.At(src.Name, s.line+1), "line %d starts at the margin, out of the columns of the table at line %d, right under its last line, and begins as the rest of a cell does: read as the rest of that line's last cell, which a hard wrap cut (an editor or a mail client that wraps at a column)", s.line+1, s.header+1)
			blanked[s.line] = strings.Repeat(" ", s.rest) + strings.TrimSpace(blanked[s.line])
			continue
		}
		if s.cut {
			src.Report.Warn(pages.At(src.Name, s.line+1), "line %d cuts the table at line %d, whose rows go on after it: read as text, and the rows around it as the table's", s.line+1, s.header+1)
		} else if s.phrase {
			src.Report.Warn(pages.At(src.Name, s.line+1), "line %d (%q), right under the table at line %d, holds words within its first column alone, where html2text sets one name to a row: read as text after the table, which html2text writes with no blank line after it", s.line+1, pages.Clip(strings.TrimSpace(blanked[s.line])), s.header+1)
		} else if rowApart(blanked, s) {
			src.Report.Fail(pages.At(src.Name, s.line+1), "line %d (%q), right under the table at line %d, begins as a row of it does (a name, then a code or a type, as its rows begin) but out of its columns: html2text sets a table's rest that the page writes as a table of its own (without a header row, or its cells wrapped at another width) in columns of its own, and which lines are whose rows cannot be told; write the table's rows as one table", s.line+1, pages.Clip(strings.TrimSpace(blanked[s.line])), s.header+1)
		}
		items = append(items, pages.Block{Line: s.line + 1, Text: pages.StripHeading(strings.TrimSpace(blanked[s.line]))})
		blanked[s.line] = ""
	}
	src.Lines = blanked
	items = append(items, aligned.ReadMiddle(src)...)
	sort.SliceStable(items, func(i, j int) bool { return items[i].Line < items[j].Line })
	return items
}

// unframed returns the lines with each heading blank, and the headings
// as text blocks at their lines.
func unframed(lines []string) ([]string, []pages.Block) {
	var out []string
	var heads []pages.Block
	for i, l := range lines {
		t, ok := pages.FramedTitle(l)
		if !ok {
			continue
		}
		if out == nil {
			out = slices.Clone(lines)
		}
		out[i] = ""
		heads = append(heads, pages.Block{Line: i + 1, Text: pages.StripHeading(t)})
	}
	if out == nil {
		return lines, nil
	}
	return out, heads
}
