package drawn

import (
	"regexp"
	"strings"
	"unicode"
)

// A page written in Haddock markup (as pandoc writes one, "-t haddock")
// draws its tables as reStructuredText's grids, and marks the rest so: a
// heading is a line of "=" (one a level) before its title, ending in the
// permalink pandoc kept (<#anchor ​>, a zero width space its text), and
// followed by a line of the anchor alone (#anchor#); code is @code@; a
// link is <url text>; a code block is a run of bird tracks ("> POST …"),
// under the language label the page's copy widget left as a paragraph
// ("http"); and ' / " are escaped with a backslash.

// haddockHeadingRe matches a Haddock heading, with its level's marks and
// its title, without the permalink; haddockAnchorRe a line of an anchor
// alone; haddockCodeRe a code span, with its text; haddockLinkRe a link,
// with its target and its text, after the backslash that escapes its "<"
// where one does.
var (
	haddockHeadingRe = regexp.MustCompile(`^(=+)\s+(.*?)(?:\s*<#\S*\s*\x{200B}?>)?\s*$`)
	haddockAnchorRe  = regexp.MustCompile(`^#[\w.-]+#$`)
	haddockCodeRe    = regexp.MustCompile(`@([^@\s](?:[^@]*[^@\s])?)@`)
	haddockLinkRe    = regexp.MustCompile(`(\\?)<([^<>\s]+)(?:\s+([^<>]*))?>`)
)

// isHaddock reports whether a page is written in Haddock markup: two
// headings of it at least, each followed by the line of its anchor.
func isHaddock(lines []string) bool {
	n := 0
	for i := 0; i+1 < len(lines); i++ {
		if haddockHeadingRe.MatchString(lines[i]) && haddockAnchorRe.MatchString(strings.TrimSpace(lines[i+1])) {
			n++
		}
	}
	return n >= 2
}

// haddockLines are a page's lines, as many, with Haddock's markup of
// blocks made what the reading of lines knows: a heading marked with "#"
// as Markdown's, without its permalink; an anchor's line blank; a run of
// bird tracks fenced, the fence opened on the language label over it (or
// the blank line before it) and closed on the blank line after it; a run
// with neither over it is its lines as text.
func haddockLines(src []string) []string {
	lines := append([]string(nil), src...)
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case haddockAnchorRe.MatchString(strings.TrimSpace(l)):
			lines[i] = ""
		case strings.HasPrefix(l, "=") && haddockHeadingRe.MatchString(l):
			m := haddockHeadingRe.FindStringSubmatch(l)
			lines[i] = strings.Repeat("#", len(m[1])) + " " + m[2]
		case isBirdTrack(l):
			end := i
			for end < len(lines) && isBirdTrack(lines[end]) {
				lines[end] = strings.TrimPrefix(strings.TrimPrefix(lines[end], ">"), " ")
				end++
			}
			opened := i > 0 && (isLabel(lines[i-1]) || strings.TrimSpace(lines[i-1]) == "")
			if opened {
				lines[i-1] = "```" + strings.TrimSpace(lines[i-1])
			}
			if opened && end < len(lines) && strings.TrimSpace(lines[end]) == "" {
				lines[end] = "```"
			}
			i = end
		}
	}
	return lines
}

// isBirdTrack reports whether a line is one of a code block's: ">" alone
// or before a space.
func isBirdTrack(l string) bool {
	return l == ">" || strings.HasPrefix(l, "> ")
}

// isLabel reports whether a line is a code block's language label: one
// lowercase word.
func isLabel(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" || len(t) > 12 {
		return false
	}
	for _, r := range t {
		if !unicode.IsLower(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// haddockText is text without Haddock's inline markup: a code span's
// text, a link's text (its target where it has none), the escaped runes
// themselves.
func haddockText(t string) string {
	if !strings.ContainsAny(t, "@<\\") {
		return t
	}
	t = haddockLinkRe.ReplaceAllStringFunc(t, func(m string) string {
		g := haddockLinkRe.FindStringSubmatch(m)
		if g[1] != "" {
			return m // an escaped "<" (List\<String\>) opens no link
		}
		return linkText(g[2], g[3])
	})
	t = haddockCodeRe.ReplaceAllString(t, "$1")
	return unescaped(t)
}

// linkText is the text of a link, its target where it has none. A link
// to an anchor of the page whose target and text a table's narrow cell
// cut, joined with a space ("<#trim" ⏎ "preset TrimPreset>") or, a piece
// as wide as the cell, without ("<#invalidmember" ⏎ "InvalidMember[]>"),
// reads as the name it links: where the anchor and the name after it,
// without the spaces, spell the same letters (the anchor is the name's
// slug), the name, without the spaces.
func linkText(target, text string) string {
	if !strings.HasPrefix(target, "#") {
		if text == "" {
			return target
		}
		return text
	}
	whole := strings.ReplaceAll(target[1:]+text, " ", "")
	for k := 1; k < len(whole); k++ {
		if unicode.IsUpper(rune(whole[k])) && slugLetters(whole[:k]) == slugLetters(whole[k:]) {
			return whole[k:]
		}
	}
	if text == "" {
		return target
	}
	return text
}

// slugLetters are the letters and digits of a name, lowercase: what its
// slug keeps.
func slugLetters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
