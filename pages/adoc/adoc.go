// Package adoc reads pages in AsciiDoc, as an Antora or Asciidoctor
// handbook keeps them (the .adoc source, saved as it is or as .txt):
// "= Title" and "== Section" headings, block titles (".Request Body"),
// tables between "|===" delimiters with their [cols=…,options="header"]
// attributes, tables of comma- or colon-separated values (",===",
// format=csv), listing and literal blocks ("----", "....") read word
// for word as examples, admonitions, attribute entries and the markup
// inside a line (cross references, links, passthroughs, attribute
// references, role spans); and what pandoc's AsciiDoc writer makes of a
// site's HTML page: permalinks at the ends of titles, nests of role
// spans, links whose text holds a type's "[]", rows wrapped at 72
// columns, cells of blocks ("a|" alone on its line).
package adoc

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// headingRe matches a section title, "== Client" (or "## Client"), with
// its optional closing marks; blockTitleRe a block title, ".Request
// Body"; attrEntryRe an attribute entry, ":toc: left"; blockAttrRe a
// line of block attributes or an anchor, "[cols=…]", "[[client]]",
// "[source,json]", "[NOTE]"; listRe the mark of a list item, "* ",
// "** ", "- ", ". ", "1. ".
var (
	headingRe    = regexp.MustCompile(`^(?:={1,6}|#{1,6})\s+(.*?)(?:\s+=+)?$`)
	blockTitleRe = regexp.MustCompile(`^\.([^\s.].*)$`)
	attrEntryRe  = regexp.MustCompile(`^:(!?[\w][\w-]*!?):(?:\s+(.*))?$`)
	blockAttrRe  = regexp.MustCompile(`^\[.*\]$`)
	listRe       = regexp.MustCompile(`^(?:\*+|-|\.+|\d+\.)\s+`)
	// conditionalRe matches a preprocessor conditional, "ifdef::env[]",
	// "endif::[]".
	conditionalRe = regexp.MustCompile(`^(?:ifdef|ifndef|ifeval|endif)::[^\[]*\[.*\]$`)
)

// delimited is what a block delimiter line opens: verbatim lines
// (listing, literal, passthrough), lines read as nothing (a comment), or
// lines read as the page's (an example, a sidebar, a quote, an open
// block, which wrap an admonition's paragraphs).
type delimited int

const (
	notDelimiter delimited = iota
	verbatim
	comment
	compound
)

// delimiterOf tells what a line opens when it is a block delimiter: four
// or more of "-", ".", "+", "/", "=", "*", "_", or the open block's "--".
func delimiterOf(t string) delimited {
	if t == "--" {
		return compound
	}
	if len(t) < 4 || strings.Trim(t, t[:1]) != "" {
		return notDelimiter
	}
	switch t[0] {
	case '-', '.', '+':
		return verbatim
	case '/':
		return comment
	case '=', '*', '_':
		return compound
	}
	return notDelimiter
}

// reader is the state of reading a page: its attributes, which the
// references in its text name, and the block attributes that the next
// block has.
type reader struct {
	src   pages.Source
	attrs map[string]string
	out   []pages.Block
	// titles are the titles of the page's sections and titled blocks
	// by their ids, which a cross reference without a text shows.
	titles map[string]string
	// pending is the last line of block attributes ("[cols=…]") since
	// the last block.
	pending string
}

// read reads a page of AsciiDoc into blocks: a section title (of one
// line, or two: underlinedTitle) or a block title is a text line marked
// as a heading (pages.Title); a table
// between "|===" delimiters is a table (readTable); the lines of a
// listing, literal or passthrough block are text lines as they are
// written; attribute entries, block attributes and anchors, comments,
// page and thematic breaks, a list continuation ("+") are no text; an
// include directive is no text, with a warning: what it includes is not
// in the page; so is a conditional directive (ifdef::x[]), whose lines
// are read as the page's.
func read(src pages.Source) []pages.Block {
	r := &reader{src: src, attrs: map[string]string{}, titles: titlesOf(src.Lines)}
	lines := src.Lines
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
		case underlines(lines, i) && r.underlined(i):
			r.text(i, pages.Title(r.title(t), true))
			i++
		case isTableDelim(t):
			i = r.readTable(i)
			r.pending = ""
		case strings.HasPrefix(t, "//") && delimiterOf(t) == notDelimiter:
		case strings.HasPrefix(t, "include::"):
			src.Report.Warn(pages.At(src.Name, i+1), "the include directive at line %d is not read: what it includes is not in the page; save the page with its includes resolved (asciidoctor -a allow-uri-read, or Antora's rendered page)", i+1)
		case conditionalRe.MatchString(t):
			src.Report.Warn(pages.At(src.Name, i+1), "the conditional directive at line %d is not evaluated: the lines it includes or leaves out are read as the page's", i+1)
		case attrEntryRe.MatchString(t):
			m := attrEntryRe.FindStringSubmatch(t)
			r.attrs[strings.Trim(m[1], "!")] = r.inline(strings.TrimSuffix(strings.TrimSpace(m[2]), " +"))
		case blockAttrRe.MatchString(t):
			r.pending = t
		case t == "'''" || t == "<<<" || t == "+":
		case delimiterOf(t) == verbatim:
			i = r.verbatim(i, t)
			r.pending = ""
		case delimiterOf(t) == comment:
			i = closing(lines, i, t)
		case delimiterOf(t) == compound:
		case headingRe.MatchString(t):
			title, at := headingRe.FindStringSubmatch(t)[1], i
			for strings.HasSuffix(title, " +") && continues(lines, i) {
				i++
				title = strings.TrimSuffix(title, " +") + " " + strings.TrimSpace(lines[i])
			}
			r.text(at, pages.Title(r.title(strings.TrimSuffix(title, " +")), true))
		case blockTitleRe.MatchString(t):
			r.text(i, pages.Title(r.title(blockTitleRe.FindStringSubmatch(t)[1]), true))
		default:
			t = strings.TrimSuffix(t, " +")
			if l := listRe.FindString(t); l != "" {
				t = "- " + t[len(l):]
			}
			if inner, ok := emphasized(t); ok {
				r.text(i, pages.Title(r.inline(inner), true))
				continue
			}
			r.text(i, r.inline(t))
		}
	}
	return r.out
}

// continues reports whether the line after index i goes on with the
// section title at i, which ends in a hard line break (" +", as pandoc
// writes a <br> in a heading, "요청 헤더 +" over "Request Headers"): a
// line of text, no markup that starts a block.
func continues(lines []string, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	t := strings.TrimSpace(lines[i+1])
	return t != "" && !isTableDelim(t) && delimiterOf(t) == notDelimiter && !blockAttrRe.MatchString(t) &&
		!headingRe.MatchString(t) && !blockTitleRe.MatchString(t) && !attrEntryRe.MatchString(t) && !strings.HasPrefix(t, "//")
}

// underlineChars are the characters whose line underlines a two-line
// section title: "=" the document's title, "-" a section, "~", "^" and
// "+" the deeper ones.
const underlineChars = "=-~^+"

// underlinedTitle reports whether the line at index i is the first of a
// two-line section title ("Request Body" over "------------", as
// AsciiDoc Python writes every title and Asciidoctor still reads it): an
// underlined line (underlines) whose underline closes no block, or is
// exactly as long as it. Where a later same line that underlines no title
// would close the block the underline opens, and the lengths differ, it
// is a delimiter: a delimiter stands alone, and a title's underline is as
// long as it.
func underlinedTitle(lines []string, i int) bool {
	if !underlines(lines, i) {
		return false
	}
	return closerOf(lines, i) < 0 || lengthOff(strings.TrimSpace(lines[i]), len(strings.TrimSpace(lines[i+1]))) == 0
}

// lengthOff is how far the length of an underline, n, is from that of
// the title t: its characters (as Asciidoctor counts them), or the
// columns it shows in (a Korean or Chinese character two, as an editor
// lines the underline up), whichever is nearer.
func lengthOff(t string, n int) int {
	cols := 0
	for _, c := range t {
		cols += pages.RuneWidth(c)
	}
	return min(abs(utf8.RuneCountInString(t)-n), abs(cols-n))
}

// abs is the absolute value of n.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// underlines reports whether the line at index i+1 underlines the line at
// index i: a line of one of underlineChars as long as it (lengthOff), give or take
// two characters, under a line of text that starts a block (the page's
// first line, or one after a blank line, block attributes, an anchor, an
// attribute entry or a comment), holds a letter or a digit, and is no
// other markup. Asciidoctor looks for a section title before it looks for
// a delimited block.
func underlines(lines []string, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	l, u := strings.TrimRight(lines[i], " \t"), strings.TrimRight(lines[i+1], " \t")
	if len(u) < 2 || !strings.ContainsRune(underlineChars, rune(u[0])) || strings.Trim(u, u[:1]) != "" {
		return false
	}
	if lengthOff(l, len(u)) > 2 {
		return false
	}
	if l == "" || l[0] == ' ' || l[0] == '\t' || l[0] == '.' || !strings.ContainsFunc(l, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) {
		return false
	}
	if isTableDelim(l) || delimiterOf(l) != notDelimiter || strings.HasPrefix(l, "//") || strings.HasPrefix(l, "include::") ||
		conditionalRe.MatchString(l) || attrEntryRe.MatchString(l) || blockAttrRe.MatchString(l) || headingRe.MatchString(l) {
		return false
	}
	if i == 0 {
		return true
	}
	p := strings.TrimSpace(lines[i-1])
	return p == "" || blockAttrRe.MatchString(p) || attrEntryRe.MatchString(p) || strings.HasPrefix(p, "//") && delimiterOf(p) == notDelimiter
}

// closerOf returns the index of the line that would close the block that
// the underline at index i+1 opens, read as a delimiter: the next same
// line, where it underlines no title; or -1 where the underline is no
// delimiter, or no such line follows.
func closerOf(lines []string, i int) int {
	u := strings.TrimSpace(lines[i+1])
	if delimiterOf(u) == notDelimiter {
		return -1
	}
	for j := i + 2; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) == u {
			if underlines(lines, j-1) {
				return -1
			}
			return j
		}
	}
	return -1
}

// underlined reports whether the underlined line at index i is a
// two-line section title (underlinedTitle), and warns where its underline
// could also open a block that a later line closes (closerOf), with the
// reading chosen.
func (r *reader) underlined(i int) bool {
	lines := r.src.Lines
	j := closerOf(lines, i)
	if j < 0 {
		return true
	}
	t, u := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
	if underlinedTitle(lines, i) {
		r.src.Report.Warn(pages.At(r.src.Name, i+2), "line %d underlines %q as a section title, as long as it, but the same %q at line %d would close the block it opens: read as a title; if it opens a block, put a blank line above line %d", i+2, t, u, j+1, i+2)
		return true
	}
	r.src.Report.Warn(pages.At(r.src.Name, i+2), "line %d may underline %q as a section title, but it is not as long as the title and the same %q at line %d closes it: read as a block delimiter; if it is a title, write it \"== %s\"", i+2, t, u, j+1, t)
	return false
}

// emphasisMarks are AsciiDoc's marks of strong and plain emphasis,
// unconstrained first.
var emphasisMarks = []string{"**", "__", "*", "_"}

// emphasized returns the text of a line wholly in strong or plain
// emphasis ("*Request Body*", "__Response__"): a paragraph a wiki's
// export or a writer made a title with, as Markdown's "**Request
// Body**" is.
func emphasized(t string) (string, bool) {
	for _, m := range emphasisMarks {
		if len(t) <= 2*len(m) || !strings.HasPrefix(t, m) || !strings.HasSuffix(t, m) {
			continue
		}
		inner := t[len(m) : len(t)-len(m)]
		if inner == strings.TrimSpace(inner) && !strings.Contains(inner, m) {
			return inner, true
		}
	}
	return "", false
}

// anchorRe matches a block anchor, "[[id]]", "[[id,label]]" or "[#id]".
var anchorRe = regexp.MustCompile(`^\[(?:\[([\w:.-]+)(?:,[^\]]*)?\]|#([\w:.-]+)[^\]]*)\]$`)

// titlesOf maps the ids of a page's sections and titled blocks to their
// titles: the id of the anchor right before a title (among block
// attribute lines), and the id Asciidoctor makes of a section's title,
// "_response_data" of "Response Data".
func titlesOf(lines []string) map[string]string {
	titles := map[string]string{}
	var ids []string
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		var title string
		switch {
		case underlinedTitle(lines, i):
			title = t
			ids = append(ids, autoID(title))
			i++
		case anchorRe.MatchString(t):
			m := anchorRe.FindStringSubmatch(t)
			ids = append(ids, m[1]+m[2])
			continue
		case blockAttrRe.MatchString(t):
			continue
		case headingRe.MatchString(t) && delimiterOf(t) == notDelimiter:
			title = headingRe.FindStringSubmatch(t)[1]
			ids = append(ids, autoID(title))
		case blockTitleRe.MatchString(t) && delimiterOf(t) == notDelimiter:
			title = blockTitleRe.FindStringSubmatch(t)[1]
		}
		for _, id := range ids {
			if _, ok := titles[id]; !ok && title != "" {
				titles[id] = title
			}
		}
		ids = ids[:0]
	}
	return titles
}

// autoID is the id Asciidoctor gives a section by its title: "_" and
// the title in lower case, each run of other characters than letters
// and digits an "_".
func autoID(title string) string {
	var b strings.Builder
	b.WriteByte('_')
	under := true
	for _, c := range strings.ToLower(title) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c > 127 {
			b.WriteRune(c)
			under = false
		} else if !under {
			b.WriteByte('_')
			under = true
		}
	}
	return strings.TrimSuffix(b.String(), "_")
}

// text adds a text line at index i, when it holds any.
func (r *reader) text(i int, t string) {
	if t = strings.TrimSpace(t); t != "" {
		r.out = append(r.out, pages.Block{Line: i + 1, Text: t})
	}
}

// closing returns the index of the line that closes the block the
// delimiter d at index i opens, or the page's last line.
func closing(lines []string, i int, d string) int {
	for j := i + 1; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) == d {
			return j
		}
	}
	return len(lines) - 1
}

// verbatim reads the lines of the listing, literal or passthrough block
// whose delimiter d is at index i as text lines, each as it is written
// (with the attributes it references replaced when its block attributes
// say so: subs="attributes+"), a listing's or a literal's between fences,
// and returns the index of its closing delimiter. A block that no
// delimiter closes runs to the page's end, with a warning.
func (r *reader) verbatim(i int, d string) int {
	lines := r.src.Lines
	end := closing(lines, i, d)
	if end == len(lines)-1 && strings.TrimSpace(lines[end]) != d || end == i {
		r.src.Report.Warn(pages.At(r.src.Name, i+1), "the block opened by %q at line %d is never closed: read the lines to the page's end as its text, word for word", d, i+1)
		end = len(lines)
	}
	subs := strings.Contains(r.pending, "subs=") && strings.Contains(r.pending, "attributes")
	code := d[0] != '+' // a passthrough block's lines are the page's HTML
	if code {
		r.out = append(r.out, pages.Block{Line: i + 1, Text: fence})
	}
	for j := i + 1; j < end; j++ {
		if subs {
			r.text(j, r.attributes(lines[j]))
		} else {
			r.text(j, lines[j])
		}
	}
	if code {
		r.out = append(r.out, pages.Block{Line: min(end+1, len(lines)), Text: fence})
	}
	return end
}

// fence marks where the lines of a block read word for word start and
// end, as a Markdown page's fence does: pages.Read knows them for code
// (a highlighter's markup in them, an HTML table in an example), and
// drops the fences.
const fence = "```"
