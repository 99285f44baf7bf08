package muse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// verbatimRe matches a verbatim span, whose text is read as written;
// linkRe a link with no link inside it, [[target][text]] or [[target]];
// tagRe a tag of Muse's inline markup or of HTML that pandoc leaves
// (<class name="x">, </class>, <br>, <em>, <code>); codeRe a monospace
// span, =x=; emphasisRe an emphasis, *x*, **x**, ***x***; placeholderRe a
// verbatim span's place while the line's markup is rendered.
var (
	verbatimRe    = regexp.MustCompile(`<verbatim>(.*?)</verbatim>`)
	linkRe        = regexp.MustCompile(`\[\[([^\[\]]*)\](?:\[([^\[\]]*)\])?\]`)
	tagRe         = regexp.MustCompile(`</?(?:class|em|strong|sup|sub|del|ins|u|br|code)\b[^>]*>`)
	codeRe        = regexp.MustCompile(`(^|[^\w=])=([^\s=](?:[^=]*[^\s=])?)=($|[^\w=])`)
	emphasisRe    = regexp.MustCompile(`(^|[\s(\[>"'])\*{1,3}([^\s*](?:[^*]*[^\s*])?)\*{1,3}($|[\s.,;:!?)\]<"'])`)
	placeholderRe = regexp.MustCompile("\uE000(\\d+)\uE001")
)

// permalinks are the texts of a heading's permalink, which a site puts
// before or after its title: no text of the title.
var permalinks = map[string]bool{"#": true, "¶": true, "§": true, "🔗": true}

// inline is the text a line of Muse's markup shows, single-spaced as
// pages.SpansText writes its monospace spans: a verbatim span as its text
// as written, a monospace span (=x=, <code>x</code>) as one, emphasis as
// its text, a link as its text ([[target][text]]) or its target
// ([[target]]), in a heading (title) a permalink ("#", "¶", or a link
// to an anchor that shows no word: pages.Permalink) as nothing,
// other tags as nothing, "~~" (a no-break space) as a space.
func inline(s string, title bool) string {
	var verbatims []string
	s = verbatimRe.ReplaceAllStringFunc(s, func(m string) string {
		verbatims = append(verbatims, verbatimRe.FindStringSubmatch(m)[1])
		return "\uE000" + strconv.Itoa(len(verbatims)-1) + "\uE001"
	})
	restored := func(t string) string {
		return placeholderRe.ReplaceAllStringFunc(t, func(m string) string {
			k, _ := strconv.Atoi(placeholderRe.FindStringSubmatch(m)[1])
			return verbatims[k]
		})
	}
	for {
		next := linkRe.ReplaceAllStringFunc(s, func(m string) string {
			sub := linkRe.FindStringSubmatch(m)
			text := sub[2]
			if title && strings.Contains(m, "][") && pages.Permalink(restored(text), sub[1]) {
				return ""
			}
			if text == "" {
				text = sub[1]
			}
			if title && permalinks[strings.TrimSpace(restored(text))] {
				return ""
			}
			return text
		})
		if next == s {
			break
		}
		s = next
	}
	s = strings.ReplaceAll(s, "<code>", "=")
	s = strings.ReplaceAll(s, "</code>", "=")
	s = tagRe.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, "~~", " ")
	s = emphasisRe.ReplaceAllString(s, "$1$2$3")
	var spans []pages.Span
	for {
		loc := codeRe.FindStringSubmatchIndex(s)
		if loc == nil {
			break
		}
		spans = append(spans, pages.Span{Text: restored(s[:loc[3]])}, pages.Span{Text: restored(s[loc[4]:loc[5]]), Code: true})
		s = s[loc[6]:]
	}
	spans = append(spans, pages.Span{Text: restored(s)})
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
