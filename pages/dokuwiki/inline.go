package dokuwiki

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// pairs are the marks of DokuWiki's inline markup that wrap text on both
// sides, each with its closing mark; code tells a monospace span (whose
// text may hold markup), and literal a text whose markup is none
// (nowiki).
var pairs = []struct {
	open, close   string
	code, literal bool
}{
	{"%%", "%%", false, true},
	{"<nowiki>", "</nowiki>", false, true},
	{"''", "''", true, false},
	{"<code>", "</code>", true, true},
	{"**", "**", false, false},
	{"//", "//", false, false},
	{"__", "__", false, false},
	{"<del>", "</del>", false, false},
	{"<sup>", "</sup>", false, false},
	{"<sub>", "</sub>", false, false},
	{"[[", "]]", false, false},
	{"{{", "}}", false, false},
	{"~~", "~~", false, true},
}

// rendered is the text a line of markup shows, a line for each part a
// forced line break ("\\" before a space or the end) starts, each
// single-spaced as pages.SpansText writes its monospace spans: the marks
// of emphasis, monospace and nowiki without their text's markup, a link
// as its text (or its target, without one), an image as its title (an
// icon's without one as its mark, pages.IconMark), a macro ({{tag>…}}, ~~NOTOC~~) as nothing.
func rendered(s string) []string {
	var lines [][]pages.Span
	cur := []pages.Span{}
	addText := func(text string, code bool) {
		cur = append(cur, pages.Span{Text: text, Code: code})
	}
	var walk func(s string, code bool)
	walk = func(s string, code bool) {
		start := 0
		flush := func(i int) {
			if i > start {
				addText(s[start:i], code)
			}
		}
		for i := 0; i < len(s); {
			if strings.HasPrefix(s[i:], `\\`) && (i+2 == len(s) || s[i+2] == ' ' || s[i+2] == '\t') {
				flush(i)
				lines, cur = append(lines, cur), []pages.Span{}
				i += 2
				start = i
				continue
			}
			k := markAt(s, i)
			if k < 0 {
				i++
				continue
			}
			p := pairs[k]
			end := strings.Index(s[i+len(p.open):], p.close)
			if end < 0 {
				i += len(p.open)
				continue
			}
			flush(i)
			inner := s[i+len(p.open) : i+len(p.open)+end]
			switch {
			case p.open == "[[":
				if bar := strings.IndexByte(inner, '|'); bar >= 0 {
					walk(inner[bar+1:], code)
				} else {
					addText(linkName(inner), code)
				}
			case p.open == "{{":
				if bar := strings.IndexByte(inner, '|'); bar >= 0 && !strings.Contains(inner[:bar], ">") {
					walk(inner[bar+1:], code)
				} else if mark, ok := pages.IconMark(strings.TrimSpace(inner)); ok {
					addText(mark, code) // an icon's image without a title: "{{:check.png}}"
				}
			case p.open == "~~":
			case p.literal:
				addText(inner, code || p.code)
			default:
				walk(inner, code || p.code)
			}
			i += len(p.open) + end + len(p.close)
			start = i
		}
		flush(len(s))
	}
	walk(s, false)
	lines = append(lines, cur)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = pages.SpansText(l)
	}
	return out
}

// markAt returns the index in pairs of the mark that opens at s[i], or
// -1. Two slashes after a colon are a URL's ("https://"), no emphasis.
func markAt(s string, i int) int {
	for k, p := range pairs {
		if !strings.HasPrefix(s[i:], p.open) {
			continue
		}
		if p.open == "//" && i > 0 && s[i-1] == ':' {
			return -1
		}
		return k
	}
	return -1
}

// cellText is the text a cell's markup shows, its forced line breaks read
// as spaces, but for a list's items on lines of their own, read as
// pages.CellLines reads them.
func cellText(c string) string {
	return pages.SingleSpaced(pages.CellLines(rendered(strings.TrimSpace(c))))
}

// linkName is the text DokuWiki shows for a link without its own: a
// URL as it is, else the target's page or section name, without its
// namespace ("ns:page") or its "#".
func linkName(target string) string {
	if strings.Contains(target, "://") {
		return target
	}
	if k := strings.LastIndexByte(target, ':'); k >= 0 && k+1 < len(target) {
		target = target[k+1:]
	}
	if k := strings.IndexByte(target, '#'); k >= 0 && k+1 < len(target) {
		if k == 0 {
			return target[1:]
		}
		return target[:k]
	}
	return target
}
