// Package mediawiki reads pages in MediaWiki's wikitext, as a wiki's
// raw source (index.php?action=raw) or its editor copies them: headings
// framed by equal signs ("== Title ==", more signs for a deeper level),
// tables between "{|" and "|}" (a caption "|+", rows set apart by "|-",
// header cells "!" and cells "|", several on a line between "!!" or
// "||" or one a line as the VisualEditor saves them, a cell's
// attributes before its text, colspan and rowspan), code in
// <syntaxhighlight>, <source> and <pre> blocks and in lines that start
// with a space (preformatted text), lists, and the markup
// inside a line (”'bold”', ”italic”, links, templates, HTML tags,
// <nowiki>, comments).
package mediawiki

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// headingRe matches a heading: one to six equal signs on both sides of
// its title; listRe the marks of a list item or an indented line
// ("* ", "# ", ": ", "; "); codeRe the start tag of a code block; switchRe
// a behaviour switch ("__TOC__").
var (
	headingRe = regexp.MustCompile(`^(={1,6})(.*?[^=].*?)(={1,6})\s*$`)
	listRe    = regexp.MustCompile(`^[*#:;]+\s*`)
	codeRe    = regexp.MustCompile(`(?i)^<(syntaxhighlight|source|pre)(?:\s[^<>]*)?>`)
	switchRe  = regexp.MustCompile(`__[A-Z]+__`)
)

// headingLevel is the level of a heading line, 1 for one equal sign on
// each side; 0 for no heading. Where the sides have more signs than
// each other, MediaWiki reads the fewer, and the rest is title.
func headingLevel(t string) (int, string) {
	m := headingRe.FindStringSubmatch(t)
	if m == nil {
		return 0, ""
	}
	n := min(len(m[1]), len(m[3]))
	title := strings.Repeat("=", len(m[1])-n) + m[2] + strings.Repeat("=", len(m[3])-n)
	if strings.TrimSpace(title) == "" {
		return 0, ""
	}
	return n, strings.TrimSpace(title)
}

// items reads a page of wikitext into blocks. A line that starts with
// "{|" starts a table (readTable); a code block's lines are text lines,
// each as it is written, between fences (which pages.Read drops, and
// which keep its lines from being taken for markup), and so are those of
// preformatted text, their markup rendered (preformatted); every other line
// is text, its markup rendered: a heading without its equal signs and
// its section's number (pages.Title), a list item's mark written as
// Markdown's "- ", a line break starting a line of its own. Comments, a
// horizontal rule ("----"), behaviour switches (__TOC__) and category
// links are no text; a template that spans several lines (an infobox) is
// read as one.
func items(src pages.Source) []pages.Block {
	lines := uncommented(src.Lines)
	var out []pages.Block
	linkOpen := false // a link's label goes on past a line above (openLinkRe)
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if strings.Contains(t, "__") {
			t = strings.TrimSpace(switchRe.ReplaceAllString(t, ""))
		}
		r := renderer{src: src, line: i}
		switch {
		case t == "" || pages.IsWikiRule(t):
		case strings.HasPrefix(strings.TrimLeft(t, ":"), "{|"):
			var table []pages.Block
			table, i = readTable(src, lines, i)
			out = append(out, table...)
		case codeRe.MatchString(t):
			var code []pages.Block
			code, i = codeBlock(src, lines, i, t)
			out = append(out, code...)
		case lines[i][0] == ' ':
			var code []pages.Block
			code, i = preformatted(r, lines, i)
			out = append(out, code...)
		default:
			if n, title := headingLevel(t); n > 0 {
				if text := r.text(title); text != "" {
					out = append(out, pages.Block{Line: i + 1, Text: pages.Title(text, true)})
				}
				linkOpen = false
				continue
			}
			if linkOpen && strings.HasPrefix(t, "]") {
				t, linkOpen = t[1:], false
			}
			if m := openLinkRe.FindStringIndex(t); m != nil {
				t, linkOpen = t[:m[0]], true
			}
			if end := templateEnd(lines, i); end > i {
				t = strings.TrimSpace(strings.Join(lines[i:end+1], "\n"))
				i = end
			}
			item := ""
			if m := listRe.FindString(t); m != "" {
				if strings.ContainsAny(m, "*#") {
					item = "- "
				}
				t = t[len(m):]
			}
			out = append(out, pages.TextBlocks(r.line, item, r.rendered(t))...)
		}
	}
	return out
}

// openLinkRe matches the start of a link at a line's end, its target
// and no label: html2wiki writes a link around a block so (a sidebar's
// entry, a card), "[/api/x" at a line's end, the block's lines, and
// "]" opening a later line. The label's lines are text, the marks none.
var openLinkRe = regexp.MustCompile(`\[(?:(?i:https?://|ftps?://|mailto:|//)|#|\.{0,2}/)[^\s\[\]]*\s*$`)

// maxTemplateLines bounds the lines a template spans (an infobox, a
// parameter a line): a line whose braces no line closes within them is
// read alone.
const maxTemplateLines = 100

// templateEnd returns the index of the line that closes the template
// line i opens and does not close, or i when it opens none or none
// closes it within maxTemplateLines.
func templateEnd(lines []string, i int) int {
	depth := 0
	for j := i; j < len(lines) && j < i+maxTemplateLines; j++ {
		depth += strings.Count(lines[j], "{{") - strings.Count(lines[j], "}}")
		if depth <= 0 {
			return j
		}
		if j > i && strings.HasPrefix(strings.TrimSpace(lines[j]), "{|") {
			break
		}
	}
	return i
}

// uncommented are the page's lines without their comments ("<!-- … -->",
// which may span lines: the lines inside are left empty), outside code
// blocks, whose comments are code. A comment that is never closed runs
// to the page's end, as MediaWiki reads it.
func uncommented(lines []string) []string {
	var out []string
	inComment, code := false, ""
	for i, l := range lines {
		rest, kept := l, ""
		for rest != "" {
			if code != "" {
				k := strings.Index(lowerASCII(rest), "</"+code)
				if k < 0 {
					kept, rest = kept+rest, ""
					break
				}
				kept, rest, code = kept+rest[:k], rest[k:], ""
				continue
			}
			if inComment {
				k := strings.Index(rest, "-->")
				if k < 0 {
					rest = ""
					break
				}
				rest, inComment = rest[k+3:], false
				continue
			}
			open := strings.Index(rest, "<!--")
			if m := codeRe.FindStringSubmatchIndex(strings.TrimSpace(rest)); m != nil && (open < 0 || strings.Index(rest, "<") < open) {
				k := strings.Index(rest, "<") + m[1]
				kept, rest, code = kept+rest[:k], rest[k:], strings.ToLower(strings.TrimSpace(rest)[m[2]:m[3]])
				continue
			}
			if open < 0 {
				kept, rest = kept+rest, ""
				break
			}
			kept, rest, inComment = kept+rest[:open], rest[open+4:], true
		}
		if kept != l {
			if out == nil {
				out = append([]string(nil), lines...)
			}
			out[i] = kept
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// codeBlock reads the code block whose start tag opens line i (t, the
// line trimmed): each of its lines up to the end tag is a text line as
// it is written (a <pre> block's character references decoded, as
// MediaWiki shows them; a <syntaxhighlight> block's as they are), between
// fences, and the text after the end tag is markup again. It returns the
// blocks and the index of the block's last line. A block that no tag
// closes runs up to a heading or a table, which code does not hold, or
// to the page's end, with a warning.
func codeBlock(src pages.Source, lines []string, i int, t string) ([]pages.Block, int) {
	m := codeRe.FindStringSubmatch(t)
	name := strings.ToLower(m[1])
	closer := "</" + name
	out := []pages.Block{{Line: i + 1, Text: "```"}}
	add := func(j int, l string) {
		if name == "pre" {
			l = pages.DecodeReferences(l)
		}
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, pages.Block{Line: j + 1, Text: l})
		}
	}
	for j := i; j < len(lines); j++ {
		l := lines[j]
		if j == i {
			l = t[len(m[0]):]
		} else if s := strings.TrimSpace(l); j > i && (strings.HasPrefix(s, "{|") || isHeading(s)) {
			src.Report.Warn(pages.At(src.Name, i+1), "the <%s> block at line %d is never closed: read lines %d-%d as its code, up to the heading or table at line %d", name, i+1, i+1, j, j+1)
			return append(out, pages.Block{Line: j, Text: "```"}), j - 1
		}
		if k := strings.Index(lowerASCII(l), closer); k >= 0 {
			add(j, l[:k])
			out = append(out, pages.Block{Line: j + 1, Text: "```"})
			rest := l[k:]
			if e := strings.IndexByte(rest, '>'); e >= 0 {
				for _, s := range (renderer{src: src, line: j}).rendered(rest[e+1:]) {
					if s = strings.TrimSpace(s); s != "" {
						out = append(out, pages.Block{Line: j + 1, Text: s})
					}
				}
			}
			return out, j
		}
		add(j, l)
	}
	src.Report.Warn(pages.At(src.Name, i+1), "the <%s> block at line %d is never closed: read the lines to the page's end as its code", name, i+1)
	return append(out, pages.Block{Line: len(lines), Text: "```"}), len(lines) - 1
}

// preformatted reads the preformatted text whose first line is line i,
// a line that starts with a space, as MediaWiki does: it and the lines
// after it that start with one are a code block, their markup rendered
// (html2wiki writes a <pre> so, " <code><span class=\"line\">POST
// /api/x</span></code>", a tag open over several of its lines). It
// returns the block's lines between fences, each at its line, and the
// index of its last line.
func preformatted(r renderer, lines []string, i int) ([]pages.Block, int) {
	end := i
	for end+1 < len(lines) && strings.HasPrefix(lines[end+1], " ") && strings.TrimSpace(lines[end+1]) != "" {
		end++
	}
	var b spanLines
	r.walk(strings.Join(lines[i:end+1], "\n"), true, &b)
	b.brk()
	out := []pages.Block{{Line: i + 1, Text: "```"}}
	at := i
	for _, l := range b.done {
		var text strings.Builder
		for _, s := range l {
			text.WriteString(s.Text)
		}
		for n, part := range strings.Split(text.String(), "\n") {
			if n > 0 {
				at = min(at+1, end)
			}
			if part = strings.TrimSpace(pages.DecodeReferences(part)); part != "" {
				out = append(out, pages.Block{Line: at + 1, Text: part})
			}
		}
	}
	return append(out, pages.Block{Line: end + 1, Text: "```"}), end
}

// isHeading reports whether a line is a heading.
func isHeading(t string) bool {
	n, _ := headingLevel(t)
	return n > 0
}
