package xwiki

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// codeRe matches a code macro inside a line, {{code}}x{{/code}}, or a
// monospace span, ##x##; verbatimRe a verbatim span, {{{x}}}; escapeRe a
// character escaped by "~"; linkRe a link with no link inside it,
// [[label>>target]] or [[target]]; macroRe another macro, {{toc/}};
// emphasisRe bold, italic, underline, strike-through, superscript and
// subscript; placeholderRe a span's place while the line's markup is
// rendered.
var (
	codeRe        = regexp.MustCompile(`\{\{code\b[^}]*\}\}(.*?)\{\{/code\}\}|##(.+?)##`)
	verbatimRe    = regexp.MustCompile(`\{\{\{(.*?)\}\}\}`)
	escapeRe      = regexp.MustCompile(`~(.)`)
	linkRe        = regexp.MustCompile(`\[\[((?:[^\[\]]|\[[^\[\]]*\])*?)(?:>>([^\[\]]*))?\]\]`)
	macroRe       = regexp.MustCompile(`\{\{[^{}]*/\}\}|\{\{/?html\b[^}]*\}\}`)
	emphasisRe    = regexp.MustCompile(`\*\*(.+?)\*\*|(^|[^:])//(.+?)//|__(.+?)__|\^\^(.+?)\^\^|,,(.+?),,`)
	placeholderRe = regexp.MustCompile("\uE000(\\d+)\uE001")
)

// permalinks are the labels of a heading's permalink, which a site puts
// before or after its title: no text of the title.
var permalinks = map[string]bool{"#": true, "¶": true, "§": true, "🔗": true, "\u200b": true, "": true}

// inline is the text a line of XWiki's markup shows, single-spaced as
// pages.SpansText writes its monospace spans: a code macro or a
// monospace span as one, a verbatim span and an escaped character ("~~"
// is a tilde) as written, emphasis as its text, a link as its label, or
// its target when it has none, an image as nothing, in a heading (title)
// a permalink ("[[#>>#id]]", "[[**\u200b**>>https://…#id]]":
// pages.Permalink) as nothing, a line break ("\\") as a space,
// other macros as nothing.
func inline(s string, title bool) string {
	type held struct {
		text string
		code bool
	}
	var spans []held
	hold := func(text string, code bool) string {
		spans = append(spans, held{text, code})
		return "\uE000" + strconv.Itoa(len(spans)-1) + "\uE001"
	}
	s = idRe.ReplaceAllString(s, "")
	s = codeRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := codeRe.FindStringSubmatch(m)
		return hold(sub[1]+sub[2], true)
	})
	s = verbatimRe.ReplaceAllStringFunc(s, func(m string) string { return hold(verbatimRe.FindStringSubmatch(m)[1], false) })
	s = escapeRe.ReplaceAllStringFunc(s, func(m string) string { return hold(m[1:], false) })
	s = macroRe.ReplaceAllString(s, "")
	for {
		next := linkRe.ReplaceAllStringFunc(s, func(m string) string {
			sub := linkRe.FindStringSubmatch(m)
			label, target := sub[1], sub[2]
			if strings.Contains(m, ">>") && title && (permalinks[strings.TrimSpace(label)] || pages.Permalink(label, target)) {
				return ""
			}
			if strings.HasPrefix(label, "image:") {
				return ""
			}
			if !strings.Contains(m, ">>") {
				return label
			}
			if label == "" {
				return target
			}
			return label
		})
		if next == s {
			break
		}
		s = next
	}
	s = emphasisRe.ReplaceAllString(s, "$1$2$3$4$5$6")
	s = strings.ReplaceAll(s, `\\`, " ")
	var out []pages.Span
	for {
		loc := placeholderRe.FindStringSubmatchIndex(s)
		if loc == nil {
			break
		}
		k, _ := strconv.Atoi(s[loc[2]:loc[3]])
		h := spans[k]
		if h.code {
			out = append(out, pages.Span{Text: s[:loc[0]]}, pages.Span{Text: h.text, Code: true})
			s = s[loc[1]:]
			continue
		}
		s = s[:loc[0]] + "\uE002" + strconv.Itoa(k) + "\uE003" + s[loc[1]:]
	}
	out = append(out, pages.Span{Text: s})
	var kept []pages.Span
	for _, sp := range out {
		sp.Text = literal(sp.Text, func(k int) string { return spans[k].text })
		if sp.Text != "" {
			kept = append(kept, sp)
		}
	}
	if len(kept) == 0 {
		return ""
	}
	return strings.TrimSpace(pages.SpansText(kept))
}

// literalRe matches the place of a span read as written.
var literalRe = regexp.MustCompile("\uE002(\\d+)\uE003")

// literal puts back the spans read as written in a text, by their index.
func literal(s string, text func(int) string) string {
	return literalRe.ReplaceAllStringFunc(s, func(m string) string {
		k, _ := strconv.Atoi(literalRe.FindStringSubmatch(m)[1])
		return text(k)
	})
}
