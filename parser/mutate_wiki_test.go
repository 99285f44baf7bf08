package parser_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages/wiki"
)

// What pandoc's Jira writer ("pandoc -t jira") and a Jira or Confluence
// editor write in a page of wiki markup that its source would not hold:
// each heading opened by an {anchor} macro and closed by the site's
// permalink, a link to the heading's anchor holding a zero-width space
// or nothing ("h3. {anchor:body}Body [\u200b|#body]"), a panel's closing
// tag glued to it; a code block's closing tag glued to the end of its
// last line, the next line right under it; the escapes pandoc sets before
// each "(" that could open an emoticon, each "-" that could open a
// strike-through and each bracket ("\(from \-5 to 5)", "string\[\]"); a
// line break in a cell (<br>) that breaks its row over two lines, written
// as a new line or as "\\" and a new line; a note spanning a table's
// columns, which wiki markup cannot span, written as a row of a sentence
// and empty cells, of a sentence alone, or as a header cell of it alone. They act on every page the
// parser reads as wiki markup.
func init() {
	defects = append(defects, wikiDefects...)
	for _, d := range wikiDefects {
		everyStyle[d.class] = true
	}
}

// wikiStyle is the name of the style of wiki markup.
var wikiStyle = wiki.Style{}.String()

// wikiTitleRe matches a heading of wiki markup, with its mark and its
// title; wikiCloseRe the closing tag of a code block alone on its line.
var (
	wikiTitleRe = regexp.MustCompile(`^(h[1-6]\.\s+)(\S.*)$`)
	wikiCloseRe = regexp.MustCompile(`^\{(?:code|noformat)\}$`)
)

// wikiLines are the lines of a page read as wiki markup for which match
// holds.
func wikiLines(p *scrapedPage, match func(i int, l string) bool) []int {
	if p.style != wikiStyle {
		return nil
	}
	var out []int
	for i, l := range p.lines {
		if match(i, strings.TrimSpace(l)) {
			out = append(out, i)
		}
	}
	return out
}

// wikiRows are the rows of a page of wiki markup, after a header row of
// double pipes of three cells or more (a field's or a member's table),
// that close with a pipe as their header does, and for which match holds.
func wikiRows(p *scrapedPage, match func(l string) bool) []int {
	width := 0 // the cells of the header of the table the line is in; 0 out of one
	return wikiLines(p, func(i int, l string) bool {
		switch {
		case strings.HasPrefix(l, "||"):
			width = 0
			if strings.HasSuffix(l, "||") {
				width = len(wikiHeaderCells(l))
			}
			return false
		case !strings.HasPrefix(l, "|"):
			width = 0
			return false
		}
		return width >= 3 && strings.HasSuffix(l, "|") && match(l)
	})
}

// wikiHeaderCells are the cells of a header row, "||Name||Type||".
func wikiHeaderCells(l string) []string {
	return slices.DeleteFunc(strings.Split(strings.Trim(l, "|"), "||"), func(c string) bool { return strings.TrimSpace(c) == "" })
}

// wikiRowWidth is the number of cells of the header above row i.
func wikiRowWidth(lines []string, i int) int {
	for ; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); strings.HasPrefix(l, "||") {
			return len(wikiHeaderCells(l))
		}
	}
	return 0
}

// emoticonRe matches the emoticons of wiki markup, which pandoc writes
// unescaped: "(/)", "(x)", "(on)".
var emoticonRe = regexp.MustCompile(`^\((?:/|x|!|\?|i|y|n|\+|-|\*|on|off)\)`)

// pandocEscaped is a row as pandoc's Jira writer escapes it: each "("
// that opens no emoticon, each "-" before a digit after a space, as
// text; the brackets of an array type in a monospace span
// ("{{string\[\]}}"). What the row escapes already stays.
func pandocEscaped(l string) string {
	var b strings.Builder
	code := false // inside a monospace span
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case c == '\\' && i+1 < len(l), strings.HasPrefix(l[i:], "{{") || strings.HasPrefix(l[i:], "}}"):
			code = code && c == '\\' || c == '{'
			b.WriteString(l[i : i+2])
			i++
			continue
		case code && strings.HasPrefix(l[i:], "[]"), code && c == ']' && l[i-1] == '[',
			!code && c == '(' && !emoticonRe.MatchString(l[i:]),
			!code && c == '-' && i > 0 && l[i-1] == ' ' && i+1 < len(l) && l[i+1] >= '0' && l[i+1] <= '9':
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// constraintCutRe matches the place in a row's last cell where a line
// break stands before its constraint: " (1 - 5 items) |".
var constraintCutRe = regexp.MustCompile(`\s+(\([^()|]*\)\s*\|)$`)

var wikiDefects = []defect{
	{"wiki heading with an anchor and a permalink", func(p *scrapedPage) []int {
		return wikiLines(p, func(_ int, l string) bool { return wikiTitleRe.MatchString(l) })
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		m := wikiTitleRe.FindStringSubmatch(strings.TrimSpace(lines[at]))
		slug := fmt.Sprintf("h%d", at)
		lines = slices.Clone(lines)
		switch at % 3 {
		case 0:
			lines[at] = m[1] + "{anchor:" + slug + "}" + m[2] + " [\u200b|#" + slug + "]"
		case 1:
			lines[at] = m[1] + "{anchor:" + slug + "}" + m[2] + " [|#" + slug + "]{panel}"
		default:
			lines[at] = m[1] + m[2] + " [¶|#" + slug + "]"
		}
		return lines, at
	}},
	{"wiki code block closed at the end of its last line", func(p *scrapedPage) []int {
		open := false
		return wikiLines(p, func(i int, l string) bool {
			switch {
			case !wikiCloseRe.MatchString(l) && (strings.HasPrefix(l, "{code") || strings.HasPrefix(l, "{noformat")):
				open = !strings.HasSuffix(l, "{code}") && !strings.HasSuffix(l, "{noformat}")
			case wikiCloseRe.MatchString(l) && open:
				open = false
				prev := strings.TrimSpace(p.lines[i-1])
				return prev != "" && !strings.HasPrefix(prev, "{")
			case wikiCloseRe.MatchString(l):
				open = true
			}
			return false
		})
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		out := slices.Clone(lines[:at])
		out[at-1] = strings.TrimRight(out[at-1], " ") + strings.TrimSpace(lines[at])
		rest := lines[at+1:]
		if len(rest) > 0 && strings.TrimSpace(rest[0]) == "" {
			rest = rest[1:] // the next line right under it
		}
		return append(out, rest...), at - 1
	}},
	{"wiki cells escaped as pandoc writes them", func(p *scrapedPage) []int {
		return wikiRows(p, func(l string) bool { return strings.ContainsAny(l, "([") || strings.Contains(l, " -") })
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		lines[at] = pandocEscaped(lines[at])
		return lines, at
	}},
	{"wiki row broken over two lines by a line break", func(p *scrapedPage) []int {
		return wikiRows(p, constraintCutRe.MatchString)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		l := strings.TrimRight(lines[at], " ")
		loc := constraintCutRe.FindStringSubmatchIndex(l)
		head := l[:loc[0]]
		if at%2 == 1 {
			head += `\\` // a forced line break, as an editor writes it
		}
		lines = slices.Clone(lines)
		lines[at] = head
		return insertLines(lines, at+1, l[loc[2]:loc[3]]), at
	}},
	{"wiki note row", func(p *scrapedPage) []int {
		return wikiRows(p, func(string) bool { return true })
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		note := "| _Note:_ the rows below apply from version 2.4 on. |"
		switch at % 3 {
		case 0:
			note += strings.Repeat("  |", wikiRowWidth(lines, at)-1)
		case 1:
			note = "|| Note: the rows below apply from version 2.4 on. ||"
		}
		return insertLines(lines, at+1, note), at + 1
	}},
}
