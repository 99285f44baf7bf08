package html

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page selected whole in a browser and saved by a word processor or
// an editor (TextEdit's "Web Page", Word's "Save as Web Page", LibreOffice
// Writer's HTML, Google Docs' HTML download) keeps what the site showed
// beside the content as paragraphs of it: the "On this page" outline,
// which the site set in a side bar (<aside>, <nav>) that the walk skips,
// becomes lines of text, each a link to a heading of the page
// ("Overview", "Server", "Admin", "Response Body"). Read as text, each
// entry is the title of a section with nothing under it: a role's
// section without its endpoint, a role documented twice. A word
// processor's own table of contents (Word's MsoToc paragraphs, Writer's
// and Google Docs' lists of links to their headings) is the same. A run
// of two lines or more, one after the other, each wholly the text of a
// link to an anchor of the page itself (but for the leaders and the page
// number a table of contents sets beside it: no words), is such an
// outline: no text of the page, left out with a warning.

// anchors are the places of a page that a link can reach within it.
type anchors struct {
	// fragments are the anchors' names: the id and name attributes of
	// the page's elements, and the fragments its permalinks link to
	// (a heading's link to itself, which an editor keeps when it drops
	// the heading's id).
	fragments map[string]bool
	// addresses are the page's own addresses, as its permalinks write
	// them before the fragment ("https://docs.gearn.io/api/x" of
	// "https://docs.gearn.io/api/x#server"); "" for a fragment alone.
	addresses map[string]bool
	// titles are the slugs of the page's headings (slug).
	titles map[string]bool
}

// add records what an element of the page tells of its anchors.
func (a *anchors) add(n *html.Node) {
	if a.fragments == nil {
		a.fragments, a.addresses, a.titles = map[string]bool{}, map[string]bool{"": true}, map[string]bool{}
	}
	if isHeading(n.DataAtom) {
		a.titles[slug(textOf(n))] = true
	}
	if id := attr(n, "id"); id != "" {
		a.fragments[fragmentKey(id)] = true
	}
	if n.DataAtom != atom.A {
		return
	}
	if name := attr(n, "name"); name != "" {
		a.fragments[fragmentKey(name)] = true
	}
	address, fragment, ok := strings.Cut(attr(n, "href"), "#")
	if !ok || fragment == "" || !selfLink(n) {
		return
	}
	a.fragments[fragmentKey(fragment)] = true
	a.addresses[address] = true
}

// selfLink reports whether a link is a heading's link to itself: in a
// heading, or with no letter or digit of its own (the "#", "¶" or zero
// width space a docs site sets beside a heading).
func selfLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if isHeading(p.DataAtom) {
			return true
		}
	}
	for d := range descendants(n) {
		if d.Type == html.TextNode && strings.IndexFunc(d.Data, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return false
		}
	}
	return true
}

// within reports whether a link leads to an anchor of the page itself:
// its fragment names one at one of the page's addresses, or, where the
// editor kept neither the ids nor the permalinks, the link's text is a
// heading's of the page and its fragment that heading's slug, the id a
// docs site gives it ("#response-body" of "Response Body").
func (a *anchors) within(n *html.Node) bool {
	address, fragment, ok := strings.Cut(attr(n, "href"), "#")
	if !ok || fragment == "" {
		return false
	}
	if a.addresses[address] && a.fragments[fragmentKey(fragment)] {
		return true
	}
	title := slug(textOf(n))
	return title != "" && a.titles[title] && strings.EqualFold(fragmentKey(fragment), title)
}

// slug is a title as a docs site makes it an id: in lower case, its
// runs of letters and digits joined by hyphens.
func slug(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(words, "-")
}

// fragmentKey is a fragment as a link and its anchor both write it, with
// its percent escapes decoded ("#Page-Request%20Body").
func fragmentKey(f string) string {
	if u, err := url.PathUnescape(f); err == nil {
		return u
	}
	return f
}

// minOutline is the fewest entries of an outline.
const minOutline = 2

// dropOutlines leaves out of the items read the runs of outline entries
// (entries, the indices of the lines wholly a link within the page, in
// order), with a warning at each run's first line.
func (r *htmlReader) dropOutlines() {
	if len(r.entries) < minOutline {
		return
	}
	drop := map[int]bool{}
	for i := 0; i < len(r.entries); {
		j := i + 1
		for j < len(r.entries) && r.entries[j] == r.entries[j-1]+1 {
			j++
		}
		if j-i >= minOutline {
			first, last := r.items[r.entries[i]], r.items[r.entries[j-1]]
			titles := make([]string, 0, j-i)
			for _, k := range r.entries[i:j] {
				drop[k] = true
				titles = append(titles, r.items[k].Text)
			}
			r.report.Warn(pages.At(r.page, first.Line), "left out lines %d to %d (%s): each is wholly a link to a heading of this page, an outline of it (the \"On this page\" side bar a site shows beside the content, or a table of contents), not a title of its own", first.Line, last.Line, pages.Clip(strings.Join(titles, " · ")))
		}
		i = j
	}
	if len(drop) == 0 {
		return
	}
	kept := r.items[:0]
	for i, it := range r.items {
		if !drop[i] {
			kept = append(kept, it)
		}
	}
	r.items = kept
}
