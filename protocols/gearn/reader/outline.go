package reader

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
)

// dropOutline drops the outline of a page's sections that a docs site
// prints beside its content ("On this page") and a copy of the whole
// page keeps as lines of text, before the content or after it (a
// sidebar that follows the page's main part): a run of lines, with
// nothing between them, each the name of a section (a role, the title
// of a part, of a status, of an example, the overview), that lists the
// page's headings in order (listsHeadings) further down the page or
// above it, and that no section's own text follows (headsBody). Read
// as the page's, each role of it would open a section without an
// endpoint, and the role's own section would document it twice. A run is dropped with a warning; a run the page's headings
// do not tell from content is kept, and a role it names twice is
// refused where the page is interpreted.
func dropOutline(page string, items []pages.Block, rep *pages.Reporter) []pages.Block {
	after := map[int]bool{} // the first lines of the outlines that follow their sections
	outline := func(run, from []pages.Block) int {
		if len(from) > len(run) && headsBody(from[len(run)]) {
			return 0
		}
		if listsHeadings(run, from[len(run):]) {
			return len(run)
		}
		if listsHeadings(run, items[:len(items)-len(from)]) {
			after[run[0].Line] = true
			return len(run)
		}
		return 0
	}
	return read.DropOutlines(items, namesSection, outline, func(run []pages.Block) {
		where := "before the page documents them, and they head its sections again below, in this order"
		if after[run[0].Line] {
			where = "after the page documents them, and they headed its sections above, in this order"
		}
		rep.Warn(pages.At(page, run[0].Line), "lines %d-%d list the page's sections (%s) %s, as a site's outline (\"On this page\") does: read as the site's chrome, and dropped", run[0].Line, run[len(run)-1].Line, pages.Clip(strings.Join(pages.Texts(run), ", ")), where)
	})
}

// namesSection reports whether a line names a section of a GearN page: a
// role, the title of a part, of a status or of an example.
func namesSection(t string) bool {
	return isRole(t) || isTitle(t) || statusLineRe.MatchString(t) || isExampleTitle(t)
}

// headsBody reports whether a block is the text a role's section opens
// with, under its title or its "HTTP": its permission sentence or its
// endpoint line. A run of names over it is the titles of a section
// ("Client", "HTTP" over "POST /api/…"), never an outline, which the
// page's title, its first section or the site's chrome follows.
func headsBody(b pages.Block) bool {
	return b.Table == nil && (endpointRe.MatchString(b.Text) || statesPermission(b.Text))
}

// listsHeadings reports whether a run of section names lists the
// headings of the items (those below the run, or those above it) in
// their order: each of its roles, one at least, and one other name at
// least head sections of the items in the run's order, and some text
// of a section stands between two of them. Content never names a role
// twice, and where it runs titles together (a role over its "HTTP", a
// "Response Body" over its "200 Ok") an outline lists them together
// too, so a run that only finds its names together again is not told
// from content by them, and is kept.
func listsHeadings(run, items []pages.Block) bool {
	at, found, roles, apart := 0, 0, 0, false
	for _, name := range run {
		k := at
		for k < len(items) && (items[k].Table != nil || !strings.EqualFold(items[k].Text, name.Text)) {
			k++
		}
		role := isRole(name.Text)
		if k == len(items) {
			if role {
				return false
			}
			continue
		}
		if found > 0 && k > at {
			apart = true
		}
		if role {
			roles++
		}
		found++
		at = k + 1
	}
	return roles > 0 && found >= 2 && apart
}
