package read

import "github.com/docs2go/docs2go/pages"

// DropOutlines drops from items each outline a page keeps of its own
// sections (a site's "On this page", a wiki's table of contents): a run
// of text blocks, with nothing between them, each of which names a
// section (names), whose first n blocks outline says are an outline.
// outline gets the run and the items from the run's first on, and
// returns n, 0 when the run is no outline; dropped gets each outline
// dropped, to warn of it.
func DropOutlines(items []pages.Block, names func(string) bool, outline func(run, from []pages.Block) int, dropped func(outline []pages.Block)) []pages.Block {
	out := make([]pages.Block, 0, len(items))
	for i := 0; i < len(items); {
		end := i
		for end < len(items) && items[end].Table == nil && names(items[end].Text) {
			end++
		}
		if n := outline(items[i:end], items[i:]); n > 0 {
			dropped(items[i : i+n])
			i += n
			continue
		}
		if end == i {
			end++
		}
		out = append(out, items[i:end]...)
		i = end
	}
	return out
}
