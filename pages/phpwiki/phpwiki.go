// Package phpwiki reads pages in PhpWiki's wiki markup as Perl's
// HTML::WikiConverter writes it ("html2wiki --dialect PhpWiki"):
// headings of exclamation marks, three for an h1 or an h2 ("!!! Title"),
// two for an h3, one below; tables in PhpWiki's old style, a cell a line,
// each next cell of a row indented two spaces more and each but the
// row's last ending in " |" (no header row of its own: the first row
// names the columns); code blocks in HTML's <pre>, and the inline HTML
// tags PhpWiki allows (<code>, <tt>) as written; lists ("* ", "# "),
// links ("[label|target]") and line breaks ("%%%") inside a line.
package phpwiki

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// headingRe matches a heading: one to three exclamation marks, a space
// and the title; listRe the mark of a list item, bullets or numbers as
// deep as the list ("* ", "## ").
var (
	headingRe = regexp.MustCompile(`^(!{1,3})\s+(\S.*)$`)
	listRe    = regexp.MustCompile(`^(?:\*+|#+)\s+`)
)

// headingLevel is the level of a heading line, 1 for "!!!" (PhpWiki's
// largest), 3 for "!"; 0 for no heading.
func headingLevel(l string) int {
	m := headingRe.FindStringSubmatch(l)
	if m == nil {
		return 0
	}
	return 4 - len(m[1])
}

// items reads a page of PhpWiki markup into blocks. A row's first cell
// starts a table (readTable); a "<pre>" starts a code block (codeBlock),
// the text before it on its line (a language's label, "http") being
// text, and the markup after its "</pre>" text or, where it opens a
// table, the table's first cell; every other line is text, its markup rendered: a heading without
// its exclamation marks, its permalink ("[\u200b|#id]") and its
// section's number (pages.Title), a list item's mark written as
// Markdown's "- ", a line break ("%%%") starting a line of its own. A
// horizontal rule ("----") is no text.
func items(src pages.Source) []pages.Block {
	lines := src.Lines
	cloned := false // whether lines are a copy of the page's, for a table's first cell after a "</pre>"
	var out []pages.Block
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case t == "" || pages.IsWikiRule(t):
		case strings.Contains(l, "<pre>"):
			k := strings.Index(l, "<pre>")
			out = append(out, pages.TextBlocks(i, "", rendered(l[:k]))...)
			code, end, rest := codeBlock(src, i, k+len("<pre>"))
			out = append(out, code...)
			i = end
			if rest != "" && end+1 < len(lines) && tableStart([]string{rest, lines[end+1]}, 0) {
				if !cloned {
					lines, cloned = slices.Clone(lines), true
				}
				lines[end], src.Lines = rest, lines
				i--
				continue
			}
			out = append(out, pages.TextBlocks(end, "", rendered(rest))...)
		case tableStart(lines, i):
			blocks, end := readTable(src, i)
			out = append(out, blocks...)
			i = end
		case headingLevel(l) > 0:
			text := strings.TrimSpace(strings.Join(rendered(headingRe.FindStringSubmatch(l)[2]), " "))
			if text != "" {
				out = append(out, pages.Block{Line: i + 1, Text: pages.Title(text, true)})
			}
		default:
			item := ""
			if m := listRe.FindString(t); m != "" {
				item, t = "- ", t[len(m):]
			}
			out = append(out, pages.TextBlocks(i, item, rendered(t))...)
		}
	}
	return out
}

// codeBlock reads the code block whose "<pre>" line i opens, its code
// starting at byte from of the line: each of its lines up to the one
// that closes it ("</pre>") is a text line as it is written, without the
// inline tags PhpWiki keeps ("<code>"). It returns the blocks, the index
// of the block's last line and the markup after its closing on that
// line, which html2wiki runs on into what follows the block (a table's
// first cell, the page's footer). A block that nothing closes runs up to a heading, which code
// does not hold, or to the page's end, with a warning.
func codeBlock(src pages.Source, i, from int) ([]pages.Block, int, string) {
	lines := src.Lines
	var out []pages.Block
	add := func(j int, l string) {
		if l = strings.TrimSpace(pages.WithoutKeptTags(l)); l != "" {
			out = append(out, pages.Block{Line: j + 1, Text: l})
		}
	}
	for j := i; j < len(lines); j++ {
		l := lines[j]
		if j == i {
			l = l[from:]
		} else if headingLevel(l) > 0 {
			src.Report.Warn(pages.At(src.Name, i+1), "the code block at line %d is never closed (\"</pre>\"): read lines %d-%d as its code, up to the heading at line %d", i+1, i+1, j, j+1)
			return out, j - 1, ""
		}
		if k := strings.Index(l, "</pre>"); k >= 0 {
			add(j, l[:k])
			return out, j, l[k+len("</pre>"):]
		}
		add(j, l)
	}
	src.Report.Warn(pages.At(src.Name, i+1), "the code block at line %d is never closed (\"</pre>\"): read the lines to the page's end as its code", i+1)
	return out, len(lines) - 1, ""
}
