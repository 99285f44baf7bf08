package parser_test

import (
	"slices"
	"strings"
)

// A copy that loses the line break after a label runs the label into the
// line after it: a code block's language label into the block's first
// line ("httpPOST /api/…", "json{ …"), a callout's label into its text
// ("TIPAn admin …"). Applied at each line of a page, in every style, that
// is such a label alone with a line right after it: the code must be
// read as it was (pages sets the label apart, with a warning), and the
// callout's text stays text; never a fact changed without a word.
func init() {
	d := defect{"label run into the line after it, at a code block or a callout", func(p *scrapedPage) []int {
		if inContainer(p.name) {
			return nil
		}
		var out []int
		for i := 0; i+1 < len(p.lines); i++ {
			if slices.Contains(runInLabels, strings.TrimSpace(p.lines[i])) && strings.TrimSpace(p.lines[i+1]) != "" {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		out := append([]string{}, lines[:at]...)
		out = append(out, strings.TrimRight(lines[at], " \t\r")+strings.TrimLeft(lines[at+1], " \t"))
		return append(out, lines[at+2:]...), at
	}}
	defects = append(defects, d)
	everyStyle[d.class] = true
}

// runInLabels are the labels a site prints on a line of their own above
// a code block (its language, in small letters) and a callout (its kind,
// in capitals), as a copy keeps them.
var runInLabels = []string{"http", "json", "bash", "sh", "shell", "console", "text", "javascript", "js",
	"TIP", "NOTE", "INFO", "WARNING", "DANGER", "CAUTION", "IMPORTANT", "DETAILS"}
