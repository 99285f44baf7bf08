// Package typst reads pages in Typst's markup, as pandoc writes them
// (pandoc -t typst, from a saved HTML page) or a hand does: headings of
// equal signs ("= Title", "== Section", a sign more for each level),
// without the permalink a site writes in them ("#link(<id>)[…]" showing
// no word) and the label lines under them ("<id>"); tables as calls
// ("#table(columns: 3, table.header([Name], …), [cell], …)", inside a
// "#figure(align(center)[…])" as pandoc writes them), their cells
// content blocks over as many lines as they wrap on, counted into rows
// by the table's columns; raw blocks ("```lang" … "```") read word for
// word; the content blocks of wrappers ("#block[" … "]") read as the
// page's own lines; lists ("- x", "+ x", "/ term: x"); comments; and the
// markup inside a line, rendered as the text it shows (walk, call).
package typst

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// headingRe matches a heading, its line trimmed: one to six equal
// signs, a space and the title; labelRe a label line, "<id>";
// wrapperRe a line that opens a content block of a function's call
// whose markup goes on over the lines after it ("#block[",
// "#align(center)["); listRe the mark of a list's item.
var (
	headingRe = regexp.MustCompile(`^(={1,6})[ \t]+(.*)$`)
	labelRe   = regexp.MustCompile(`^<[\w\-.:]+>$`)
	wrapperRe = regexp.MustCompile(`^#[A-Za-z_][\w\-.]*(?:\([^()\[\]]*\))?\[$`)
	listRe    = regexp.MustCompile(`^(?:[-+]|\d{1,9}\.|/[^:]*:)[ \t]`)
)

// fence marks where the lines of a block read word for word start and
// end, as a Markdown page's fence does.
const fence = "```"

// read reads a page of Typst markup into blocks. A heading is a text
// line marked as one (pages.Title); a label line and the lines that open
// and close a wrapper's content block are no text; an expression that
// holds a table (a "#figure(…)" or "#table(…)" call) is read as its
// tables (tables); the lines of a raw block are text lines as written,
// between fences; every other line is text, its markup rendered, the
// lines of a paragraph joined into one text line, a line break starting
// another.
func read(src pages.Source) []pages.Block {
	p := newPage(src)
	var out []pages.Block
	lines := strings.Split(p.s, "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case t == "" || labelRe.MatchString(t) || strings.Trim(t, "]") == "" || wrapperRe.MatchString(t):
		case t[0] == '=' && headingRe.MatchString(t):
			m := headingRe.FindStringSubmatchIndex(t)
			from := p.starts[i] + strings.IndexByte(l, '=')
			shows, _ := p.render(from+m[4], from+m[5], true)
			if title := pages.Title(strings.Join(shows, " "), true); title != "" {
				out = append(out, pages.Block{Line: i + 1, Text: title})
			}
		case strings.HasPrefix(t, fence):
			var code []pages.Block
			code, i = p.raw(i, lines)
			out = append(out, code...)
		case strings.HasPrefix(t, "#") && tableAt(p.s, p.starts[i]+strings.IndexByte(l, '#')):
			from := p.starts[i] + strings.IndexByte(l, '#')
			end := exprEnd(p.s, from+1)
			out = append(out, p.tables(from, end)...)
			i = p.line(max(end-1, from))
		default:
			var blocks []pages.Block
			blocks, i = p.paragraph(i, lines)
			out = append(out, blocks...)
		}
	}
	return out
}

// raw reads the raw block whose fence opens line i: its lines up to the
// fence of as many backticks that closes it, as written, between fences;
// to the page's end, with a warning, where none closes it. It returns
// the blocks and the index of the block's last line.
func (p *page) raw(i int, lines []string) ([]pages.Block, int) {
	t := strings.TrimSpace(lines[i])
	n := len(t) - len(strings.TrimLeft(t, "`"))
	if strings.Contains(t[n:], strings.Repeat("`", n)) {
		return p.paragraphAt(i, i), i
	}
	end := len(lines)
	for j := i + 1; j < len(lines); j++ {
		if strings.Contains(lines[j], strings.Repeat("`", n)) {
			end = j
			break
		}
	}
	if end == len(lines) {
		p.src.Report.Warn(pages.At(p.src.Name, i+1), "the raw block at line %d is never closed (no %s): read lines %d-%d as its lines", i+1, strings.Repeat("`", n), i+2, len(lines))
	}
	out := []pages.Block{{Line: i + 1, Text: fence}}
	for j := i + 1; j < end; j++ {
		if l := strings.TrimRight(p.src.Lines[j], " \t"); strings.TrimSpace(l) != "" {
			out = append(out, pages.Block{Line: j + 1, Text: l})
		}
	}
	out = append(out, pages.Block{Line: min(end, len(lines)-1) + 1, Text: fence})
	return out, min(end, len(lines)-1)
}

// paragraph reads the paragraph that begins at line i: its lines up to
// a blank one or one that starts another element, and past them to the
// end of an expression or raw text that goes on over them. A list's
// item is a paragraph of its own, "- item". It returns the blocks and
// the index of the paragraph's last line.
func (p *page) paragraph(i int, lines []string) ([]pages.Block, int) {
	j := i
	for j+1 < len(lines) && continues(lines[j+1]) {
		j++
	}
	for {
		end := p.markupReach(p.starts[i], p.starts[j]+len(lines[j]))
		if k := p.line(max(end-1, 0)); k > j {
			j = k
			for j+1 < len(lines) && continues(lines[j+1]) {
				j++
			}
			continue
		}
		break
	}
	return p.paragraphAt(i, j), j
}

// paragraphAt renders lines i to j as a paragraph's text blocks, each
// part a line break begins at its own line.
func (p *page) paragraphAt(i, j int) []pages.Block {
	from := p.starts[i]
	t := strings.TrimSpace(p.src.Lines[i])
	item := ""
	if m := listRe.FindString(t); m != "" {
		item = "- "
		from += strings.Index(p.src.Lines[i], m) + len(m)
		if strings.HasPrefix(m, "/") {
			from -= len(m) - 1
		}
	}
	shows, at := p.render(from, p.starts[j]+len(p.src.Lines[j]), false)
	var out []pages.Block
	for k, s := range shows {
		if k > 0 {
			item = ""
		}
		out = append(out, pages.Block{Line: p.line(at[k]) + 1, Text: item + s})
	}
	return out
}

// markupReach returns the offset where the markup from offset i reaches,
// at least end: past an expression or raw text that begins before end.
func (p *page) markupReach(i, end int) int {
	s := p.s
	for i < end {
		switch c := s[i]; {
		case c == '\\':
			i += 2
		case c == '`':
			i = rawEnd(s, i)
		case c == '#' && i+1 < len(s) && exprStart(s[i+1]):
			i = exprEnd(s, i+1)
		default:
			i++
		}
	}
	return max(i, end)
}

// continues reports whether line next goes on with the paragraph before
// it: a line that is not blank and starts no other element (a heading,
// a label, a raw block, a wrapper's content block or its end, a table,
// a list's item).
func continues(next string) bool {
	t := strings.TrimSpace(next)
	switch {
	case t == "" || labelRe.MatchString(t) || strings.Trim(t, "]") == "" || wrapperRe.MatchString(t):
		return false
	case t[0] == '=' && headingRe.MatchString(t):
		return false
	case strings.HasPrefix(t, fence) || listRe.MatchString(t):
		return false
	}
	return !(strings.HasPrefix(t, "#") && strings.Contains(t, "table("))
}
