package reader

import (
	"fmt"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
)

// dropOutline drops the table of contents a wiki's macro prints above a
// page's content and a copy keeps as lines of text: a run of lines, with
// nothing between them, each an endpoint's path heading or a section's
// title, one path at least, each of which heads its section again further
// down the page, right before the page's first endpoint heading or one
// line of chrome above it (a breadcrumb, a link to the page). Read as the
// page's, each path of it would open an endpoint of its own with no
// method. A run is dropped with a warning; the chrome line is kept.
//
// A copy that keeps the outline after the content (a sidebar that follows
// the page's main part) has it as such a run after the last endpoint:
// each of its lines headed a section above it, and no path heading
// follows it. It is dropped with a warning too.
func dropOutline(page string, items []pages.Block, rep *pages.Reporter) []pages.Block {
	after := map[int]bool{} // the first lines of the outlines that follow their sections
	outline := func(run, from []pages.Block) int {
		if n := outlineLength(run, from); n > 0 {
			return n
		}
		if trailingOutline(run, items[:len(items)-len(from)], from[len(run):]) {
			after[run[0].Line] = true
			return len(run)
		}
		return 0
	}
	return read.DropOutlines(items, namesSection, outline, func(run []pages.Block) {
		where := fmt.Sprintf("lines %d-%d list", run[0].Line, run[len(run)-1].Line)
		if len(run) == 1 {
			where = fmt.Sprintf("line %d lists", run[0].Line)
		}
		when := "before the page documents them, and each heads its section again below"
		if after[run[0].Line] {
			when = "after the page documents them, and each headed its section above"
		}
		rep.Warn(pages.At(page, run[0].Line), "%s the page's endpoints and sections (%s) %s, as a table of contents does: read as the page's outline, and dropped", where, pages.Clip(strings.Join(pages.Texts(run), ", ")), when)
	})
}

// trailingOutline reports whether a run of lines naming sections is an
// outline kept after the content: it names two paths at least (one path
// and its titles are the page's last section, documented again), each of
// its lines headed a section among the items above it, and no path
// heading and no table is among the items below it.
func trailingOutline(run, above, below []pages.Block) bool {
	paths := 0
	for _, it := range run {
		if pathOf(it.Text) != "" {
			paths++
		}
	}
	if paths < 2 {
		return false
	}
	for _, it := range below {
		if it.Table != nil || pathOf(it.Text) != "" {
			return false
		}
	}
	headed := map[string]bool{}
	for _, it := range above {
		if it.Table == nil {
			headed[sectionKey(it.Text)] = true
		}
	}
	for _, it := range run {
		if !headed[sectionKey(it.Text)] {
			return false
		}
	}
	return true
}

// namesSection reports whether a text line names a section of an
// HTTP-status page: an endpoint's path heading, or a bare section title.
func namesSection(t string) bool {
	if m := pathHeadingOf(t); m != nil && len(m[2]) > 1 {
		return true
	}
	s, rest := titleOf(t)
	return s != secNone && rest == ""
}

// outlineLength is the length of the longest start of a run of lines
// naming sections that is an outline: it names a path at least, each of
// its lines heads a section again below it, and a path heading follows it
// right away, or after one line of chrome that ends the run; 0 when no
// start is one.
func outlineLength(run, items []pages.Block) int {
	for n := len(run); n > 0; n-- {
		if !pathFollows(n, run, items) || !hasPath(run[:n]) {
			continue
		}
		below := map[string]bool{}
		for _, it := range items {
			if it.Table == nil && it.Line > run[n-1].Line {
				below[sectionKey(it.Text)] = true
			}
		}
		all := true
		for _, it := range run[:n] {
			all = all && below[sectionKey(it.Text)]
		}
		if all {
			return n
		}
	}
	return 0
}

// pathFollows reports whether a path heading follows the first n lines
// of a run: the run's next line, or, when the run ends there with a path,
// the line after the one line of text that ends it. (A run that ends with
// a section's title is followed by that section's text, not by chrome.)
func pathFollows(n int, run, items []pages.Block) bool {
	if n < len(run) {
		return pathOf(run[n].Text) != ""
	}
	return pathOf(run[n-1].Text) != "" && n+1 < len(items) && items[n].Table == nil && items[n+1].Table == nil && pathOf(items[n+1].Text) != ""
}

// hasPath reports whether a line among the items is a path heading.
func hasPath(items []pages.Block) bool {
	for _, it := range items {
		if pathOf(it.Text) != "" {
			return true
		}
	}
	return false
}

// pathOf is the path a path heading names, or "".
func pathOf(t string) string {
	if m := pathHeadingOf(t); m != nil && len(m[2]) > 1 {
		return m[2]
	}
	return ""
}

// sectionKey is what a line naming a section is compared by: its path,
// or its title, in either case in small letters.
func sectionKey(t string) string {
	if p := pathOf(t); p != "" {
		return strings.ToLower(p)
	}
	return strings.ToLower(strings.TrimSpace(t))
}
