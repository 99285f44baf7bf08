// Package textile reads pages in Textile, as a Redmine wiki keeps them
// and its editor copies them: h1.–h6. headings, tables whose header
// cells start with "_." and whose cells and rows carry modifiers
// (alignment "=.", spans "\2." and "/3.", a style or a class), code in
// <pre> blocks (maybe holding a <code class="json">) and bc. blocks,
// paragraphs with their block signatures (p., bq., notextile.), lists,
// Redmine's macros ({{toc}}) and the markup inside a line (==no
// textile==, @code@, *strong*, _emphasis_, "text":url links, images).
package textile

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// attrs is what the attributes of a block signature, a row or a cell may
// be: a class or id "(cls#id)", a style "{color:red}", a language
// "[en]", an alignment "<", ">", "=", "<>", a padding "(" or ")". A
// class or id may hold pairs of parentheses, not nested further: pandoc
// writes a heading's id as the page gives it, and Confluence makes it of
// the page's title and the heading's ("(#id-Apiary(/apiary)-Method)").
const attrs = `(?:\((?:[^()]|\([^()]*\))*\)|\{[^{}]*\}|\[[^\[\]]*\]|[<>=()])*`

// signatureRe matches the signature that starts a block: its name, its
// attributes, and a second dot for an extended block that goes on past
// blank lines ("bc.. "); listRe the marks of a list item, "* ", "## ",
// "#* "; preRe the start tag of a <pre> block and of the <code> element
// right in it; macroRe a line of one of Redmine's macros, "{{toc}}",
// "{{>toc}}", "{{collapse(Details)".
var (
	signatureRe = regexp.MustCompile(`^(h[1-6]|p|bq|bc|pre|notextile|fn\d{1,3}|###|table)` + attrs + `\.(\.?)(?:[ \t]+|$)`)
	listRe      = regexp.MustCompile(`^[*#]+[ \t]+`)
	preRe       = regexp.MustCompile(`(?i)^<pre(?:\s[^<>]*)?>(?:\s*<code(?:\s[^<>]*)?>)?`)
	macroRe     = regexp.MustCompile(`^\{\{([<>=]?)(\w+)(?:\((.*?)\))?(\}\})?$`)
)

// silentMacros are Redmine's macros that show no text of the page: a
// table of contents, a list of the wiki's pages.
var silentMacros = map[string]bool{"toc": true, "child_pages": true, "recent_pages": true, "macro_list": true}

// fence marks where the lines of a block read word for word start and
// end, as a Markdown page's fence does: pages.Read knows the markup in
// them (an HTML table in an example) for code, and drops the fences.
const fence = "```"

// reader is the state of reading a page.
type reader struct {
	src pages.Source
	out []pages.Block
	// collapsed counts the collapse macros open ("{{collapse(x)" not
	// closed yet): a line "}}" closes one.
	collapsed int
	// nextClose and nextOpen hold, for each line's index, that of the
	// first line from it on that holds a </pre> tag, and that opens a
	// <pre> block; -1 for none (preEnd).
	nextClose, nextOpen []int
	// htmlTable tells that the line read is inside an HTML table, from
	// the line that opens it to the one that closes it (</table>): its
	// lines are cells' text, no title.
	htmlTable bool
}

// read reads a page of Textile into blocks. A line that starts with a
// pipe, or with a row's modifiers and a pipe, starts a table (table); a
// heading is a text line marked as one (pages.Title), without its
// signature; the lines of a <pre> block, a bc. or pre. block, and of a
// notextile. block are text lines as they are written, those of code
// between fences; every other line is text, its markup rendered
// (inline): Textile breaks a paragraph's lines where they are written.
// A p., bq. or fn1. signature is no text, nor a list item's mark, which
// is written as Markdown's "- "; a table's own signature ("table{…}."),
// a comment (###.), a horizontal rule ("----"), the line of a macro
// that shows no text of the page ({{toc}}) and a line that is a
// container's tag alone (pages.IsContainerTag: pandoc's <div
// class="table-wrap"> and </div> around an HTML table) are no text
// either. A <pre> block that no tag closes
// ends at the next heading, with a warning.
func read(src pages.Source) []pages.Block {
	r := &reader{src: src}
	lines := src.Lines
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "" || isRule(t):
		case isRow(t) || isCaption(lines, i):
			var blocks []pages.Block
			blocks, i = readTable(src, i)
			r.out = append(r.out, blocks...)
			i--
		case t[0] == '<' && preRe.MatchString(t):
			i = r.pre(i, t)
		case t[0] == '<' && pages.IsContainerTag(t):
		case t[0] == '{' && macroRe.MatchString(t):
			r.macro(i, t)
		case t == "}}" && r.collapsed > 0:
			r.collapsed--
		default:
			if m := signatureRe.FindStringSubmatch(t); m != nil {
				i = r.block(i, t, m)
				continue
			}
			r.line(i, t)
		}
	}
	return r.out
}

// isRule reports whether a trimmed line is a horizontal rule: three
// dashes, stars or underscores or more.
func isRule(t string) bool {
	return len(t) >= 3 && (strings.Trim(t, "-") == "" || strings.Trim(t, "*") == "" || strings.Trim(t, "_") == "")
}

// text adds a text line at index i, when it holds any.
func (r *reader) text(i int, t string) {
	if t = strings.TrimSpace(t); t != "" {
		r.out = append(r.out, pages.Block{Line: i + 1, Text: t})
	}
}

// inline renders the markup of a line at index i (inline), warning of
// each text struck out: it is read as text, though the page may mean it
// deleted.
func (r *reader) inline(i int, t string) string {
	text, struck := inline(t)
	warnStruck(r.src, i, struck)
	return text
}

// warnStruck warns of each text struck out at line i.
func warnStruck(src pages.Source, i int, struck []string) {
	for _, s := range struck {
		src.Report.Warn(pages.At(src.Name, i+1), "the text %q at line %d is struck out (-…-): read as text, though the page may mean it deleted; correct the page, or the schema with an override", pages.Clip(s), i+1)
	}
}

// line reads a line of text at index i (t, trimmed): a list item's mark
// written as Markdown's "- ", a line all in strong emphasis marked as a
// title, as a page writes a heading so. A line of an HTML table, from
// its <table> tag to its </table>, is its text, never a numbered title
// ("0.0 ~ 1.0</td>", a cell's second line, is no section 0.0).
func (r *reader) line(i int, t string) {
	if m := listRe.FindString(t); m != "" {
		if text := r.inline(i, t[len(m):]); text != "" {
			r.text(i, "- "+text)
		}
		return
	}
	if pages.StartsHTMLTable(t) {
		r.htmlTable = true
	}
	if r.htmlTable {
		r.htmlTable = !strings.Contains(strings.ToLower(t), "</table>")
		r.text(i, r.inline(i, t))
		return
	}
	_, n, mark := phraseAt(t, 0)
	r.text(i, pages.Title(r.inline(i, t), n == len(t) && mark == "*"))
}

// block reads the block whose signature m starts line i (t, trimmed),
// and returns the index of its last line. A block goes on up to a blank
// line; an extended one ("bc.. ") past blank lines, up to the next line
// that starts another block's signature after a blank line. A heading,
// a paragraph, a quote and a footnote read as their text, the lines
// after the first as lines of the page; a code block (bc., pre.) reads
// its lines as they are written, between fences, and a notextile. block
// as they are written; a comment (###.) and a table's signature are no
// text.
func (r *reader) block(i int, t string, m []string) int {
	name, rest := m[1], t[len(m[0]):]
	switch {
	case name == "table":
		return i
	case name[0] == 'h':
		r.text(i, pages.Title(r.inline(i, rest), true))
		return i
	case name == "p" || name == "bq" || name[0] == 'f':
		r.line(i, rest)
		return i
	}
	end, table := r.blockEnd(i, m[2] == ".")
	if table >= 0 {
		r.src.Report.Warn(pages.At(r.src.Name, i+1), "the extended block %q at line %d runs past blank lines over the table whose header row is at line %d, which Textile would read as the block's lines: read as the page's table, the block ended at line %d; if the table is the block's, write it in a <pre> block", name+"..", i+1, table+1, end+1)
	}
	if name == "###" {
		return end
	}
	code := name == "bc" || name == "pre"
	if code {
		r.out = append(r.out, pages.Block{Line: i + 1, Text: fence})
	}
	r.text(i, rest)
	for j := i + 1; j <= end; j++ {
		r.text(j, r.src.Lines[j])
	}
	if code {
		r.out = append(r.out, pages.Block{Line: end + 1, Text: fence})
	}
	return end
}

// blockEnd is the index of the last line of the block that starts at
// line i: the last before a blank line, or for an extended block the
// last before a line that starts a block's signature after a blank line
// (its blank lines at its end left out). An extended block ends too
// before a table's row of header cells after a blank line, which no
// code nor quote of a reference page holds and a page whose signature
// was lost before it (its heading written otherwise, "-- Errors --")
// does: table is the index of that row, or -1.
func (r *reader) blockEnd(i int, extended bool) (end, table int) {
	lines := r.src.Lines
	end = i
	for j := i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		switch {
		case t == "" && !extended:
			return end, -1
		case t == "":
		case extended && strings.TrimSpace(lines[j-1]) == "" && signatureRe.MatchString(t):
			return end, -1
		case extended && strings.TrimSpace(lines[j-1]) == "" && headerRow(t):
			return end, j
		default:
			end = j
		}
	}
	return end, -1
}

// pre reads the <pre> block whose start tag opens line i (t, trimmed):
// each of its lines up to the end tag is a text line as it is written,
// between fences, without the <code> element Redmine writes around a
// language's code (<pre><code class="json">); the text after the end
// tag is the page's again. It returns the index of the block's last
// line. A block that no tag closes before another <pre> block opens
// runs up to a heading, which code does not hold, or to the page's end,
// with a warning; in a block that one closes, a heading is code.
func (r *reader) pre(i int, t string) int {
	lines := r.src.Lines
	open := preRe.FindString(t)
	end := r.preEnd(i, t[len(open):])
	r.out = append(r.out, pages.Block{Line: i + 1, Text: fence})
	for j := i; j < len(lines); j++ {
		l := lines[j]
		if j == i {
			l = t[len(open):]
		} else if s := strings.TrimSpace(l); end < 0 && headingAt(s) {
			r.src.Report.Warn(pages.At(r.src.Name, i+1), "the <pre> block at line %d is never closed: read lines %d-%d as its code, up to the heading at line %d", i+1, i+1, j, j+1)
			r.out = append(r.out, pages.Block{Line: j, Text: fence})
			return j - 1
		}
		k := -1
		if j == end {
			k = strings.Index(strings.ToLower(l), "</pre>")
		}
		if k < 0 {
			if !strings.EqualFold(strings.TrimSpace(l), "</code>") {
				r.text(j, l)
			}
			continue
		}
		code := strings.TrimSpace(l[:k])
		if c := strings.ToLower(code); strings.HasSuffix(c, "</code>") {
			code = code[:len(code)-len("</code>")]
		}
		r.text(j, code)
		r.out = append(r.out, pages.Block{Line: j + 1, Text: fence})
		if after := strings.TrimSpace(l[k+len("</pre>"):]); after != "" {
			r.line(j, after)
		}
		return j
	}
	r.src.Report.Warn(pages.At(r.src.Name, i+1), "the <pre> block at line %d is never closed: read the lines to the page's end as its code", i+1)
	r.out = append(r.out, pages.Block{Line: len(lines), Text: fence})
	return len(lines) - 1
}

// preEnd returns the index of the line that closes the <pre> block line i
// opens, whose rest after its start tag is rest; -1 when none does
// before a line that opens another <pre> block, whose end tag it is. The
// page's lines are searched once for the lines that hold an end tag and
// those that open a block.
func (r *reader) preEnd(i int, rest string) int {
	if strings.Contains(strings.ToLower(rest), "</pre>") {
		return i
	}
	lines := r.src.Lines
	if r.nextClose == nil {
		r.nextClose, r.nextOpen = make([]int, len(lines)+1), make([]int, len(lines)+1)
		r.nextClose[len(lines)], r.nextOpen[len(lines)] = -1, -1
		for j := len(lines) - 1; j >= 0; j-- {
			r.nextClose[j], r.nextOpen[j] = r.nextClose[j+1], r.nextOpen[j+1]
			if strings.Contains(strings.ToLower(lines[j]), "</pre>") {
				r.nextClose[j] = j
			}
			if t := strings.TrimSpace(lines[j]); t != "" && t[0] == '<' && preRe.MatchString(t) {
				r.nextOpen[j] = j
			}
		}
	}
	end, open := r.nextClose[i+1], r.nextOpen[i+1]
	if open >= 0 && open <= end {
		return -1
	}
	return end
}

// headingAt reports whether a trimmed line is a heading, "h2. Title".
func headingAt(t string) bool {
	m := signatureRe.FindStringSubmatch(t)
	return m != nil && m[1][0] == 'h'
}

// macro reads the line at index i that is one of Redmine's macros (t):
// a table of contents or a list of pages shows no text of the page; a
// collapsed block ("{{collapse(Details)") shows its title, and its lines
// up to the "}}" that closes it are the page's; an include shows
// another page, which is not in this one: it is no text, with a
// warning; any other macro is kept as it is written, with a warning, as
// what it shows is not in the page.
func (r *reader) macro(i int, t string) {
	m := macroRe.FindStringSubmatch(t)
	name := strings.ToLower(m[2])
	switch {
	case name == "collapse" && m[4] == "":
		r.collapsed++
		r.line(i, m[3])
	case m[4] == "":
		r.line(i, t)
	case silentMacros[name]:
	case name == "include":
		r.src.Report.Warn(pages.At(r.src.Name, i+1), "line %d includes the wiki page %q ({{include}}), which is not in this page: it is not read; save the page as Redmine shows it (HTML), or give the included page too", i+1, m[3])
	default:
		r.src.Report.Warn(pages.At(r.src.Name, i+1), "line %d holds the macro %s, which is none docs2go knows (it reads {{toc}}, {{child_pages}}, {{collapse}} and {{include}}): what it shows is not in the page, so it is kept as it is written; write what it shows in the page, or the fact it states with an override", i+1, t)
		r.text(i, t)
	}
}
