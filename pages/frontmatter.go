package pages

import (
	"regexp"
	"strings"
)

// The front matter of a docs page's Markdown source (YAML between "---"
// lines: VitePress's outline, prev and next, a title, a sidebar's
// position) is the static site generator's, no part of the page. A
// style that reads Markdown drops it whole (frontMatterEnd); a renderer
// that does not know it writes it as Markdown: lowdown draws the opening
// "---" as a rule, runs the keys together into a paragraph ("outline:
// deep prev: text: getTradeWinds link:"), and makes the last key's line
// a heading, the closing "---" its Setext underline ("## link:
// /api/rJson/harbor/setSail"). Read drops such a run of keys at the top
// of the page too (frontMatterRun), for every style, so that the page's
// first line of text is its title, as the generator shows it.

// siteKeys are the keys of the front matter static site generators
// read (VitePress, VuePress, Docusaurus, Hugo, Jekyll, MkDocs): the run
// of keys at the top of a page is its front matter when it holds
// minSiteKeys of them.
var siteKeys = map[string]bool{
	"title": true, "description": true, "outline": true, "prev": true, "next": true,
	"layout": true, "sidebar": true, "editLink": true, "lastUpdated": true, "aside": true,
	"footer": true, "lang": true, "permalink": true, "tags": true, "categories": true,
	"date": true, "slug": true, "weight": true, "draft": true, "id": true,
	"sidebar_position": true, "sidebar_label": true, "hide_title": true, "keywords": true,
	"nav_order": true, "parent": true, "has_children": true, "toc": true, "pageClass": true,
	"navbar": true, "aliases": true, "summary": true, "link": true, "text": true, "head": true,
}

// minSiteKeys is how many keys of siteKeys a run of keys holds at least
// to be a page's front matter.
const minSiteKeys = 2

// keyWordRe matches a word of a text line that is a YAML key as front
// matter writes it, lower case first, with its colon ("outline:").
var keyWordRe = regexp.MustCompile(`^[a-z_][A-Za-z0-9_-]*:$`)

// frontMatterRun returns how many of the first blocks of a page are its
// front matter as a renderer wrote it: text lines, up to the first
// table, each beginning with a key, or going on the line before on the
// next page line, where that line ends with a key whose value the wrap
// cut or the line holds a key; the first line's key and minSiteKeys of
// the run's are siteKeys. It returns 0 for a page that begins otherwise.
func frontMatterRun(blocks []Block) int {
	if len(blocks) == 0 || blocks[0].Table != nil {
		return 0
	}
	if words := strings.Fields(blocks[0].Text); len(words) == 0 || !keyWordRe.MatchString(words[0]) || !siteKeys[strings.TrimSuffix(words[0], ":")] {
		return 0
	}
	n, site, endsWithKey := 0, 0, false
	for ; n < len(blocks) && blocks[n].Table == nil; n++ {
		words := strings.Fields(blocks[n].Text)
		keys, siteIn := 0, 0
		for _, w := range words {
			if keyWordRe.MatchString(w) {
				keys++
				if siteKeys[strings.TrimSuffix(w, ":")] {
					siteIn++
				}
			}
		}
		goesOn := n > 0 && blocks[n].Line == blocks[n-1].Line+1 && (endsWithKey || keys > 0)
		if len(words) == 0 || !keyWordRe.MatchString(words[0]) && !goesOn {
			break
		}
		site += siteIn
		endsWithKey = keyWordRe.MatchString(words[len(words)-1])
	}
	if site < minSiteKeys || n == len(blocks) {
		return 0
	}
	return n
}
