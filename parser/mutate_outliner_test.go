package parser_test

import (
	"strings"
)

// outlinerProperties are property lines an outliner writes into a
// page's Markdown (Logseq's, Roam's attributes, Obsidian's inline
// fields): a block's, indented under its first line or not, and a
// page's.
var outlinerProperties = []string{"  id:: 674ee1b2-5c1d-4f0e-9a37-0c2b8e61d4a9", "collapsed:: true", "\t  heading:: true", "tags:: api, gearn"}

// An outliner writes a block's properties under the block's first line,
// wherever the block is: between a title and its text, between a
// table's header row and its ruler, between rows. On a page of pipes,
// with a leading pipe or without, outside its code blocks, a property
// line is chrome: dropped, and a table it cuts read whole with a warning.
func init() {
	defects = append(defects, defect{"outliner's property line", func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		var out []int
		code := false
		for i, l := range p.lines {
			t := strings.TrimSpace(l)
			if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
				code = !code
			}
			if i > 0 && !code && t != "" {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return insertLines(lines, at, outlinerProperties[at%len(outlinerProperties)]), at
	}})
}
