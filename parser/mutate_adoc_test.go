package parser_test

import (
	"regexp"
	"strings"
	"unicode"
)

// What pandoc's AsciiDoc writer ("pandoc -f html -t asciidoc") makes of a
// docs site's page: each section title followed by the site's permalink,
// a link to the title's anchor around a zero-width space ("== Client
// link:#client[\u200b]"); a type that links to its table written as a
// link whose text holds the array's "[]" unescaped
// ("link:#item[`GenericModels.Item[]`]"), where AsciiDoc would end the
// text at the first "]"; the rows of a table wrapped at 72 columns, at
// any space, between two cells too. They act on every page the parser
// reads as AsciiDoc.
func init() {
	defects = append(defects, adocDefects...)
	for _, d := range adocDefects {
		everyStyle[d.class] = true
	}
}

// adocArrayRefRe matches a cross reference to a type's table followed by
// an array's "[]", "<<item,GenericModels.Item>>[]".
var adocArrayRefRe = regexp.MustCompile(`<<([\w.:-]+),\s*([\w.]+)>>\[\]`)

// adocWrapAt is the column pandoc wraps a table's rows at.
const adocWrapAt = 72

var adocDefects = []defect{
	{"AsciiDoc title's permalink as a link", func(p *scrapedPage) []int {
		if p.style != "AsciiDoc" {
			return nil
		}
		var out []int
		for i, l := range p.lines {
			if adocTitleRe.MatchString(l) {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		m := adocTitleRe.FindStringSubmatch(lines[at])
		lines[at] += " link:#" + slug(m[2]) + "[\u200b]"
		return lines, at
	}},
	{"AsciiDoc array type as a link, its [] in the link's text", func(p *scrapedPage) []int {
		if p.style != "AsciiDoc" {
			return nil
		}
		var out []int
		for i, l := range p.lines {
			if adocArrayRefRe.MatchString(l) {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines[at] = adocArrayRefRe.ReplaceAllString(lines[at], "link:#$1[`$2[]`]")
		return lines, at
	}},
	{"AsciiDoc table row wrapped at 72 columns", func(p *scrapedPage) []int {
		if p.style != "AsciiDoc" {
			return nil
		}
		var out []int
		in, first := false, false
		for i, l := range p.lines {
			t := strings.TrimSpace(l)
			switch {
			case t == "|===":
				in, first = !in, true
			case in && first && t != "":
				first = false // an implicit header is its first line, whole
			case in && strings.HasPrefix(t, "|") && len([]rune(l)) > adocWrapAt && len(adocWrapped(l)) > 1:
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		wrapped := adocWrapped(lines[at])
		lines[at] = wrapped[0]
		return insertLines(lines, at+1, wrapped[1:]...), at
	}},
}

// adocWrapped is a line wrapped at spaces to adocWrapAt columns, as pandoc
// wraps a row: never so that a line ends in " +", a hard line break, nor
// before a word a line of a cell would read as markup at its start (a
// list's mark, a lone "+").
func adocWrapped(l string) []string {
	words := strings.Split(l, " ")
	var out []string
	line := words[0]
	for _, w := range words[1:] {
		if len([]rune(line))+1+len([]rune(w)) <= adocWrapAt || w == "" || w == "+" || strings.HasSuffix(line, " +") || listMarkRe.MatchString(w) {
			line += " " + w
			continue
		}
		out = append(out, line)
		line = w
	}
	return append(out, line)
}

// listMarkRe matches a word that marks a list's item at a line's start.
var listMarkRe = regexp.MustCompile(`^(?:\*+|-|\.+|\d+\.)$`)

// slug is the anchor pandoc gives a heading by its title: in lower case,
// spaces as "-", other characters than letters, digits, "-", "_" and "."
// left out.
func slug(title string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(title) {
		switch {
		case c == ' ':
			b.WriteByte('-')
		case unicode.IsLetter(c) || unicode.IsDigit(c) || c == '-' || c == '_' || c == '.':
			b.WriteRune(c)
		}
	}
	return b.String()
}
