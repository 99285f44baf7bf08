package zim

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// headingAt is a heading of a page that a link can name: its title and
// its line.
type headingAt struct {
	title string
	line  int
}

// anchors are the headings of a page by the names a link gives them, in
// lower case: the anchor of each heading's permalink ("[[#potionbase|]]"
// names PotionBase's), its title, and its title's slug, the anchor a
// docs site gives it ("genericmodels-ridequeueboard" for
// GenericModels.RideQueueBoard).
type anchors map[string]headingAt

// headingAnchors are the anchors of the headings of lines.
func headingAnchors(lines []string) anchors {
	out := anchors{}
	for i, l := range lines {
		raw, ok := heading(strings.TrimSpace(l))
		if !ok {
			continue
		}
		h := headingAt{title: pages.Title(inline(raw, true), true), line: i + 1}
		if h.title == "" {
			continue
		}
		for _, sub := range linkRe.FindAllStringSubmatch(raw, -1) {
			if pages.Permalink(sub[2], sub[1]) {
				out[strings.ToLower(strings.TrimPrefix(strings.TrimSpace(sub[1]), "#"))] = h
			}
		}
		out[strings.ToLower(h.title)] = h
		out[slug(h.title)] = h
	}
	return out
}

// slug is a title as a docs site makes it an anchor: in lower case, each
// run of other characters than letters and digits a hyphen, none at its
// ends.
func slug(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(words, "-")
}

// labelled is a row of a table with the label of each link pandoc's Zim
// writer dropped (it writes no label in a table: "[[#potionbase]]" for
// the link PotionBase) given back where the link's target names a
// heading of the page: its anchor ("#potionbase") or, for a link to
// another page ("api/models/ReturnCode"), the last part of its path is
// that heading's anchor or title. It reports the targets so read at the
// row's line: the label may have said more than the title (an array's
// "PotionBase[]"), which nothing on the page tells. A target that names
// no heading stays as written.
func (a anchors) labelled(src pages.Source, row string, line int) string {
	if !strings.Contains(row, "[[") {
		return row
	}
	told := map[string]bool{}
	var read []string
	out := linkRe.ReplaceAllStringFunc(row, func(m string) string {
		sub := linkRe.FindStringSubmatch(m)
		if strings.Contains(m, "|") {
			return m
		}
		target := strings.TrimSpace(sub[1])
		name := target
		if k := strings.LastIndexByte(name, '#'); k >= 0 {
			name = name[k+1:]
		} else if k := strings.LastIndexAny(name, "/:"); k >= 0 {
			name = name[k+1:]
		}
		h, ok := a[strings.ToLower(name)]
		if !ok || name == "" {
			return m
		}
		if !told[target] {
			told[target] = true
			read = append(read, fmt.Sprintf("[[%s]] as %s (the heading at line %d)", target, h.title, h.line))
		}
		return "[[" + sub[1] + "|" + h.title + "]]"
	})
	if len(read) > 0 {
		src.Report.Warn(pages.At(src.Name, line), "read the links of the row at line %d whose label pandoc's Zim writer dropped, as it does in a table, by the headings their targets name: %s; if a label said more (an array's \"Name[]\"), correct the cell", line, strings.Join(read, ", "))
	}
	return out
}
