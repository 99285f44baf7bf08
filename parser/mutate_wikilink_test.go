package parser_test

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/dokuwiki"
)

// A cell's link written with the wiki's pipe: pandoc's Jira writer, and
// a wiki's editor, write a type's name as a link to the type's page
// ("[{{InvalidMemberType}}|/api/models/InvalidMemberType]" in Confluence's
// wiki markup, "[[/api/models/ReturnCode|ReturnCode]]" in DokuWiki's),
// a tip after the target at times ("[text|target|tip]"), and a "See X"
// at the end of a description as a link too: the pipe of the link is no
// separator of the row's cells. Pandoc's Jira writer sets a field's name
// in a monospace span, and a name "code" there ("{{code}}") is the word,
// and opens no code block. They act on
// every row of three cells or more whose second holds a word (a field's
// type, a header's requiredness), in every page the parser reads as wiki
// markup or DokuWiki markup.
func init() {
	defects = append(defects, wikiLinkDefect)
	everyStyle[wikiLinkDefect.class] = true
}

// dokuwikiStyle is the name of the style of DokuWiki markup.
var dokuwikiStyle = dokuwiki.Style{}.String()

// seeRe matches a "See X" at the end of a cell, X a type's name written
// plain.
var seeRe = regexp.MustCompile(`\bSee ([A-Z][A-Za-z0-9_.]*)\s*$`)

// wikiCells splits a row of wiki or DokuWiki markup at the pipes outside
// its links ([…], [[…]]) and monospace spans ({{…}}): its cells, the
// text before its first pipe and after its last aside; nil where a
// backslash, an image or a macro's tag makes it more than that.
func wikiCells(l string) []string {
	if strings.ContainsAny(l, `\!^`) || strings.Contains(l, "{status") || strings.Contains(l, "{color") || !strings.HasPrefix(l, "|") || !strings.HasSuffix(l, "|") {
		return nil
	}
	var cells []string
	depth, start := 0, 1
	for i := 1; i < len(l); i++ {
		switch {
		case l[i] == '[' || strings.HasPrefix(l[i:], "{{"):
			depth++
		case l[i] == ']' || strings.HasPrefix(l[i:], "}}"):
			depth--
		case l[i] == '|' && depth == 0:
			cells = append(cells, l[start:i])
			start = i + 1
		}
		if strings.HasPrefix(l[i:], "{{") || strings.HasPrefix(l[i:], "}}") {
			i++
		}
		if depth < 0 {
			return nil
		}
	}
	if depth != 0 {
		return nil
	}
	return cells
}

// wikiLinked is a cell's text written as a link to target with the
// style's pipe, with a tip after it when tip is set.
func wikiLinked(style, text, target string, tip bool) string {
	if style == dokuwikiStyle {
		return "[[" + target + "|" + text + "]]"
	}
	if tip {
		return "[" + text + "|" + target + "|" + strings.Trim(text, "{} ") + "]"
	}
	return "[" + text + "|" + target + "]"
}

var wikiLinkDefect = defect{"wiki cell's link written with the wiki's pipe", func(p *scrapedPage) []int {
	if p.style != wikiStyle && p.style != dokuwikiStyle {
		return nil
	}
	var out []int
	for i, l := range p.lines {
		cells := wikiCells(strings.TrimSpace(l))
		if len(cells) < 3 || strings.HasPrefix(strings.TrimSpace(l), "||") {
			continue
		}
		if slug := strings.Trim(cells[1], "{}' "); slug != "" && pages.IsASCIILetter(slug[0]) && !strings.ContainsAny(cells[1], "[]") {
			out = append(out, i)
		}
	}
	return out
}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
	cells := wikiCells(strings.TrimSpace(lines[at]))
	typ := strings.TrimSpace(cells[1])
	slug := strings.Trim(typ, "{}' ")
	cells[1] = " " + wikiLinked(p.style, typ, "/api/models/"+slug, at%2 == 1) + " "
	last := len(cells) - 1
	if m := seeRe.FindStringSubmatchIndex(cells[last]); m != nil && !strings.ContainsAny(cells[last], "[]") {
		name := cells[last][m[2]:m[3]]
		cells[last] = cells[last][:m[2]] + wikiLinked(p.style, name, "/api/models/"+name, at%2 == 0) + cells[last][m[3]:]
	}
	if p.style == wikiStyle {
		if name := strings.TrimSpace(cells[0]); name != "" && !strings.ContainsAny(name, "{}[] ") {
			cells[0] = " {{" + name + "}} "
		}
	}
	lines = slices.Clone(lines)
	lines[at] = "|" + strings.Join(cells, "|") + "|"
	return lines, at
}}
