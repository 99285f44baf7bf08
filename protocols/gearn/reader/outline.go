package reader

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
)

// dropOutline drops the outline of a page's sections that a docs site
// prints beside its content ("On this page") and a copy of the whole
// page keeps as lines of text: a run of lines, with nothing between
// them, each the name of a section (a role, the title of a part, of an
// example, the overview), two roles at least, each of which heads a
// section again further down the page, or, where the copy keeps the
// outline after the content (a sidebar that follows the page's main part),
// each of which headed a section above it. Read as the page's, each role
// of it would open a section without an endpoint, and the role's own
// section would document it twice. A run is dropped with a warning.
func dropOutline(page string, items []pages.Block, rep *pages.Reporter) []pages.Block {
	after := map[int]bool{} // the first lines of the outlines that follow their sections
	outline := func(run, from []pages.Block) int {
		var named []string // the roles the run names
		for _, it := range run {
			if isRole(it.Text) {
				named = append(named, strings.ToLower(it.Text))
			}
		}
		if len(named) < 2 {
			return 0
		}
		if headedBelow(from[len(run):], named) {
			return len(run)
		}
		if headedBelow(items[:len(items)-len(from)], named) {
			after[run[0].Line] = true
			return len(run)
		}
		return 0
	}
	return read.DropOutlines(items, namesSection, outline, func(run []pages.Block) {
		where := "before the page documents them, and each role of them heads its section again below"
		if after[run[0].Line] {
			where = "after the page documents them, and each role of them headed its section above"
		}
		rep.Warn(pages.At(page, run[0].Line), "lines %d-%d list the page's sections (%s) %s, as a site's outline (\"On this page\") does: read as the site's chrome, and dropped", run[0].Line, run[len(run)-1].Line, pages.Clip(strings.Join(pages.Texts(run), ", ")), where)
	})
}

// namesSection reports whether a line names a section of a GearN page: a
// role, or the title of a part or of an example.
func namesSection(t string) bool {
	return isRole(t) || isTitle(t) || isExampleTitle(t)
}

// headedBelow reports whether each of the roles heads a section among
// the items (those below a run, or those above it).
func headedBelow(items []pages.Block, roles []string) bool {
	left := map[string]bool{}
	for _, r := range roles {
		left[r] = true
	}
	for _, it := range items {
		if it.Table == nil {
			delete(left, strings.ToLower(it.Text))
		}
	}
	return len(left) == 0
}
