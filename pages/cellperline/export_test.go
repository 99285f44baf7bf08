package cellperline

import (
	"fmt"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Render writes blocks as "line: text" and "line: | cell | cell |" for a
// table's header and each row.
func Render(blocks []pages.Block) []string {
	var out []string
	for _, b := range blocks {
		if b.Table == nil {
			out = append(out, fmt.Sprintf("%d: %s", b.Line, b.Text))
			continue
		}
		out = append(out, fmt.Sprintf("%d: | %s |", b.Table.Line, strings.Join(b.Table.Header, " | ")))
		for _, r := range b.Table.Rows {
			out = append(out, fmt.Sprintf("%d: | %s |", r.Line, strings.Join(r.Cells, " | ")))
		}
	}
	return out
}
