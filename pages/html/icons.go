package html

import (
	"cmp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/docs2go/docs2go/pages"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A table cell states a fact with a picture as often as with a word: a
// Confluence page marks a mandatory member with its tick emoticon, an
// image whose alternative text is "(tick)" (a cross, "(error)", marks
// an optional one), a Markdown site with an emoji image (alt "✅" or
// ":white_check_mark:"), and a docs theme with an icon font, an empty
// element whose class names the icon (Font Awesome's <i class="fa
// fa-check">, a Material icon's ligature "check"). In a cell, an image
// reads as its alternative text, as a screen reader speaks it, and an
// icon with none as the mark it shows: ✓ for a check, ✗ for a cross, -
// for a minus. What the marks state is the business of the requiredness
// words (pages.Requiredness), which know the emoticons' and the emojis'
// texts too, in every style.

// iconPrefixes are the prefixes of the class that names an icon in the
// icon sets docs sites use: Font Awesome, Confluence's emoticons and
// Atlassian's icon font, Bootstrap's glyphicons and icons, GitHub's
// octicons, Material Design Icons, and a theme's own "icon-".
var iconPrefixes = []string{"fa-", "emoticon-", "aui-iconfont-", "glyphicon-", "bi-", "octicon-", "mdi-", "icon-"}

// ligatureClasses are the classes of an element whose text is the name
// of the icon a font draws in its place (Google's Material Icons and
// Symbols).
var ligatureClasses = []string{"material-icons", "material-icons-outlined", "material-icons-round", "material-symbols-outlined", "material-symbols-rounded"}

// unseenMatcher finds an element out of sight (hidden, or styled so):
// an icon there shows nothing. An icon hidden from a screen reader
// alone (aria-hidden, as icon fonts mark theirs) is what the eye sees.
var unseenMatcher = goquery.Single(`[hidden], [style#=(?i)(?:display\s*:\s*none|visibility\s*:\s*hidden)]`)

// iconText returns the text an image or an icon in a cell reads as: an
// emoji's character as Confluence Cloud keeps it (data-emoji-text), an
// image's alternative text, or the mark of an icon (an image without
// one, or an element with no text of its own but a Material ligature,
// whose class or Confluence emoticon name names a known icon); ok is
// false for any other element.
func iconText(n *html.Node) (text string, ok bool) {
	if n.Type != html.ElementNode || unseenMatcher.Match(n) {
		return "", false
	}
	if e := strings.TrimSpace(cmp.Or(attr(n, "data-emoji-text"), attr(n, "data-emoji-short-name"))); e != "" {
		return e, true // Confluence Cloud's emoji, drawn from a sprite
	}
	if n.DataAtom == atom.Img {
		if alt := strings.TrimSpace(attr(n, "alt")); alt != "" {
			return alt, true
		}
		return iconMark(n)
	}
	if ligature(n) {
		return pages.IconMark(textOf(n))
	}
	if hasText(n) || n.FirstChild != nil && n.FirstChild.Type == html.ElementNode {
		return "", false
	}
	return iconMark(n)
}

// iconMark returns the mark of the icon an element's Confluence emoticon
// name (data-emoticon-name) or class names, or an image's file.
func iconMark(n *html.Node) (string, bool) {
	if mark, ok := pages.IconMark(attr(n, "data-emoticon-name")); ok {
		return mark, true
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		for _, p := range iconPrefixes {
			if name, found := strings.CutPrefix(c, p); found {
				if mark, ok := pages.IconMark(name); ok {
					return mark, true
				}
			}
		}
	}
	if n.DataAtom == atom.Img {
		return pages.IconMark(attr(n, "src"))
	}
	return "", false
}

// ligature reports whether an element is a Material icon, whose text
// names it.
func ligature(n *html.Node) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		for _, l := range ligatureClasses {
			if c == l {
				return true
			}
		}
	}
	return false
}

// textOf is the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range descendants(n) {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}
