// Package wiki reads pages in Confluence's wiki markup, as the "View wiki
// markup" of a Confluence page, a Jira field or a wiki's source copies
// them: h1.–h6. headings, tables of ||header|| and |cell| rows, code
// blocks in {code} and {noformat} macros, panels, lists, and the markup
// inside a line (links, monospace, emphasis, escapes, forced line
// breaks).
package wiki

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// headingRe matches the mark of a heading, "h3. ", and quoteRe that of a
// quoted paragraph, "bq. "; listRe the marks of a list item, "* ", "## ",
// "#* ", "- ", or a word processor's bullet, "·" and the non-breaking
// spaces of its indent (pandoc keeps Word's symbol-font bullets so).
var (
	headingRe = regexp.MustCompile(`^h[1-6]\.(?:\s+|$)`)
	quoteRe   = regexp.MustCompile(`^bq\.(?:\s+|$)`)
	listRe    = regexp.MustCompile(`^(?:(?:[*#]+|-)\s+|·[\s\x{a0}]+)`)
)

// wikiItems reads a page of wiki markup into blocks. A line that starts
// with a pipe starts a table (readTable); a code macro's body is text
// lines, each as it is written; every other line is text, its markup
// rendered (rendered): without the marks of a heading or a quote, a list
// item's written as Markdown's "- ", without the number of a heading's
// section (pages.Title), a forced line break starting a line of its own.
// A horizontal rule ("----") and the lines of macros alone ({toc},
// {anchor:x}) are no text. On a page that doubles its line breaks, a
// blank line between rows parts no table, with a warning.
func wikiItems(src pages.Source) []pages.Block {
	lines := src.Lines
	var out []pages.Block
	doubled := doubleSpaced(lines)
	if doubled {
		src.Report.Warn(pages.At(src.Name, 1), "every line of the page is followed by a blank line, as a copy that doubles its line breaks leaves it: read the rows that a blank line parts as the rows of one table")
	}
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "" || pages.IsWikiRule(t):
		case strings.HasPrefix(t, "|"):
			tb, notes, end := readTable(src, i, doubled)
			out = append(append(out, pages.Block{Line: i + 1, Table: tb}), notes...)
			i = end - 1
		default:
			k, m, n := tagIn(t, func(m tag) bool { return codeMacros[m.name] })
			if k < 0 {
				out = append(out, textBlocks(src, i, t)...)
				continue
			}
			out = append(out, textBlocks(src, i, t[:k])...)
			var code []pages.Block
			code, i = codeBlock(src, i, t[k+n:], m.name)
			out = append(out, code...)
		}
	}
	return out
}

// doubleSpaced reports whether a page doubles its line breaks: it has
// table rows, two at least, and no line that is not blank follows
// another.
func doubleSpaced(lines []string) bool {
	rows := 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			return false
		}
		if strings.HasPrefix(t, "|") {
			rows++
		}
	}
	return rows >= 2
}

// textBlocks are the text lines a line of markup at index i renders. A
// list item's starts with "- ", as Markdown writes it: an item of a list
// (a page's contents, "* Client") is no title.
func textBlocks(src pages.Source, i int, t string) []pages.Block {
	t, marked, item := unmarked(strings.TrimSpace(t))
	var out []pages.Block
	lines, struck := rendered(t)
	warnStruck(src, i, struck)
	for k, l := range lines {
		if k == 0 && item {
			l = "- " + l
		}
		out = append(out, pages.Block{Line: i + 1, Text: pages.Title(l, marked)})
	}
	return out
}

// warnStruck warns of each text struck out at line i: it is read as
// text, but the page may mean it deleted (an old bound, a field no longer
// sent).
func warnStruck(src pages.Source, i int, struck []string) {
	for _, s := range struck {
		src.Report.Warn(pages.At(src.Name, i+1), "the text %q at line %d is struck out (-…-): read as text, though the page may mean it deleted; correct the page, or the schema with an override", pages.Clip(s), i+1)
	}
}

// unmarked is a line of text without the marks that start it: the
// anchors before a heading ({anchor:x}), a heading's mark and its
// permalinks (withoutPermalinks), a quote's mark, a list item's; marked
// tells a heading, or a line all in strong emphasis, which a page writes
// as a heading, and item a list item.
func unmarked(t string) (text string, marked, item bool) {
	for {
		m, n := tagAt(t, 0)
		if n == 0 || m.name != "anchor" {
			break
		}
		t = strings.TrimSpace(t[n:])
	}
	if h := headingRe.FindString(t); h != "" {
		return withoutPermalinks(t[len(h):]), true, false
	}
	if q := quoteRe.FindString(t); q != "" {
		return t[len(q):], false, false
	}
	if l := listRe.FindString(t); l != "" {
		return t[len(l):], false, true
	}
	inner, n := emphasisAt(t, 0)
	return t, n > 0 && n == len(t) && t[0] == '*' && inner != "", false
}

// startsBlock reports whether a line starts a block of its own, which no
// row's text goes on at: a heading, a quote, a macro's tag, a rule.
func startsBlock(t string) bool {
	if _, n := tagAt(t, 0); n > 0 {
		return true
	}
	return headingRe.MatchString(t) || quoteRe.MatchString(t) || pages.IsWikiRule(t)
}

// codeBlock reads the body of the code macro name, whose tag at line i
// the text rest follows: each of its lines up to the closing tag
// ("{code}") is a text line as it is written, and the text after the
// closing tag is markup again. It returns the blocks and the index of
// the body's last line. A body that no tag closes runs up to a heading
// or a table's header row, which code does not hold, or to the page's
// end, with a warning.
func codeBlock(src pages.Source, i int, rest, name string) ([]pages.Block, int) {
	lines := src.Lines
	closer := "{" + name + "}"
	var out []pages.Block
	add := func(j int, l string) {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, pages.Block{Line: j + 1, Text: l})
		}
	}
	for j := i; j < len(lines); j++ {
		l := lines[j]
		if j == i {
			l = rest
		} else if t := strings.TrimSpace(l); headingRe.MatchString(t) || strings.HasPrefix(t, "||") {
			src.Report.Warn(pages.At(src.Name, i+1), "the {%s} macro at line %d is never closed: read lines %d-%d as its code, up to the %s at line %d", name, i+1, i+1, j, blockName(t), j+1)
			return out, j - 1
		}
		if k := strings.Index(l, closer); k >= 0 {
			add(j, l[:k])
			return append(out, textBlocks(src, j, l[k+len(closer):])...), j
		}
		add(j, l)
	}
	src.Report.Warn(pages.At(src.Name, i+1), "the {%s} macro at line %d is never closed: read the lines to the page's end as its code", name, i+1)
	return out, len(lines) - 1
}

// blockName names what a line that ends an unclosed code block starts.
func blockName(t string) string {
	if headingRe.MatchString(t) {
		return "heading"
	}
	return "table"
}
