package parser_test

import (
	"slices"
	"strings"
)

// The damage of a page that writes each table's title after its rows: an
// HTML <caption> set below its table (caption-side: bottom) as a browser
// renders it and a copy keeps it, or a converter that writes a table's
// caption after the rows (html2markdown keeping tables). On a page whose
// last table documents a type (its title a type's name), every table's
// title is moved right below the table, in any style: the page's ends
// tell the form (its first table without a title before it, a type's
// name dangling after its last), and the reading must pair each title
// with the table before it, giving the clean schema with a warning, or
// refuse, never read each title as the next table's (noShift).
func init() {
	defects = append(defects, captionBelowDefect)
	everyStyle[captionBelowDefect.class] = true
	noShift[captionBelowDefect.class] = true
}

var captionBelowDefect = defect{"each table's title moved below its table", func(p *scrapedPage) []int {
	if spans := titledTables(p.lines); len(spans) >= 2 {
		return []int{spans[0].title}
	}
	return nil
}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
	spans := titledTables(lines)
	out := slices.Clone(lines)
	// From the last table up, so that each move leaves the lines of the
	// tables above it where they are.
	for k := len(spans) - 1; k >= 0; k-- {
		s := spans[k]
		title := out[s.title]
		out = slices.Insert(out, s.end+1, "", title)
		out = slices.Delete(out, s.title, s.title+1)
	}
	return out, at
}}

// titledSpan is a table of a page's lines, by index: the line of its
// title, its first line and its last.
type titledSpan struct{ title, start, end int }

// titledTables are the tables of a page's lines when each has a title
// line right above it (blank lines aside) and the last one's is a type's
// name; none otherwise. A table is an HTML <table> up to its </table>,
// or a run of lines that begin with a table's mark ("|", "^", "!", "{|").
func titledTables(lines []string) []titledSpan {
	var spans []titledSpan
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		end := -1
		switch {
		case strings.HasPrefix(t, "<table"):
			for j := i; j < len(lines); j++ {
				if strings.Contains(lines[j], "</table>") {
					end = j
					break
				}
			}
		case tableLine(t):
			end = i
			for end+1 < len(lines) && tableLine(strings.TrimSpace(lines[end+1])) {
				end++
			}
		}
		if end < 0 {
			continue
		}
		title := i - 1
		for title >= 0 && strings.TrimSpace(lines[title]) == "" {
			title--
		}
		if title < 0 || !captionLine(lines[title]) || len(spans) > 0 && title <= spans[len(spans)-1].end {
			return nil
		}
		spans = append(spans, titledSpan{title, i, end})
		i = end
	}
	if len(spans) == 0 {
		return nil
	}
	last := strings.TrimSpace(strings.Trim(headingText(lines[spans[len(spans)-1].title]), "#*= "))
	if !typeNameRe.MatchString(last) || sectionNames[last] {
		return nil
	}
	return spans
}

// tableLine reports whether a trimmed line is a line of a table in a
// text style: a row or a ruler between pipes, DokuWiki's header row,
// MediaWiki's table marks.
func tableLine(t string) bool {
	return t != "" && strings.IndexByte("|^!", t[0]) >= 0 || strings.HasPrefix(t, "{|")
}

// captionLine reports whether a line titles the table under it: a
// heading or a short line of a few words, no sentence, no code fence.
func captionLine(l string) bool {
	t := strings.TrimSpace(headingText(l))
	return t != "" && len(strings.Fields(t)) <= 4 && !strings.HasSuffix(t, ".") && !strings.HasPrefix(t, "```") && !strings.HasPrefix(t, "<") && !strings.Contains(t, "/")
}

// headingText is a line without the HTML tags of a heading or a bold
// paragraph around its text.
func headingText(l string) string {
	if m := htmlHeadingRe.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
		return m[1] + m[2]
	}
	return l
}
