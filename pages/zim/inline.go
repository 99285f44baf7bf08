package zim

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// verbatimRe matches a verbatim span (x between two pairs of single
// quotes); linkRe a link,
// [[target|label]] or [[target]]; imageRe an image, {{path}};
// emphasisRe bold, italic, highlight, strike-through, superscript and
// subscript; placeholderRe a verbatim span's place while the line's
// markup is rendered.
var (
	verbatimRe    = regexp.MustCompile(`''(.+?)''`)
	linkRe        = regexp.MustCompile(`\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]`)
	imageRe       = regexp.MustCompile(`\{\{[^{}]*\}\}`)
	emphasisRe    = regexp.MustCompile(`\*\*(.+?)\*\*|(^|[^:])//(.+?)//|__(.+?)__|~~(.+?)~~|\^\{(.*?)\}|_\{(.*?)\}`)
	placeholderRe = regexp.MustCompile("\uE000(\\d+)\uE001")
)

// permalinks are the labels of a heading's permalink, which a site puts
// before or after its title: no text of the title.
var permalinks = map[string]bool{"#": true, "¶": true, "§": true, "🔗": true, "\u200b": true}

// inline is the text a line of Zim's markup shows, single-spaced as
// pages.SpansText writes its monospace spans: a verbatim span as a
// monospace one, emphasis as its text, a link as its label, or its
// target when it has none, in a heading (title) a permalink
// ("[[#id|#]]", "[[#id|]]": pages.Permalink) as nothing, an image as nothing, and a "\n" (the line
// break pandoc writes so) as a space.
func inline(s string, title bool) string {
	var codes []string
	s = verbatimRe.ReplaceAllStringFunc(s, func(m string) string {
		codes = append(codes, verbatimRe.FindStringSubmatch(m)[1])
		return "\uE000" + strconv.Itoa(len(codes)-1) + "\uE001"
	})
	s = linkRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := linkRe.FindStringSubmatch(m)
		if title && (permalinks[strings.TrimSpace(sub[2])] || strings.Contains(m, "|") && pages.Permalink(sub[2], sub[1])) {
			return ""
		}
		if sub[2] == "" {
			return sub[1]
		}
		return sub[2]
	})
	s = imageRe.ReplaceAllString(s, "")
	s = emphasisRe.ReplaceAllString(s, "$1$2$3$4$5$6$7")
	s = strings.ReplaceAll(s, `\n`, " ")
	var spans []pages.Span
	for {
		loc := placeholderRe.FindStringSubmatchIndex(s)
		if loc == nil {
			break
		}
		k, _ := strconv.Atoi(s[loc[2]:loc[3]])
		spans = append(spans, pages.Span{Text: s[:loc[0]]}, pages.Span{Text: codes[k], Code: true})
		s = s[loc[1]:]
	}
	spans = append(spans, pages.Span{Text: s})
	var kept []pages.Span
	for _, sp := range spans {
		if sp.Text != "" {
			kept = append(kept, sp)
		}
	}
	if len(kept) == 0 {
		return ""
	}
	return strings.TrimSpace(pages.SpansText(kept))
}
