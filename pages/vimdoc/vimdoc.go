// Package vimdoc reads Vim help files, as pandoc's vimdoc writer (pandoc
// 3.8 on) writes them from a saved HTML page, panvimdoc does, or a hand
// does: headings as a rule of "=" (a first level) or "-" (a second) the
// page's text width long, then the title with its tag ("*overview*") set
// at the rule's right end, a third level's title upper-cased and with no
// rule (its real case read back from the page's links to its anchor and
// type cells: headcase), a docs site's permalink after the title ("\u200b
// #overview") that shows nothing; tables as columns aligned with spaces,
// indented, their header row ending in the column-heading mark " ~" (read
// by package aligned once the mark is off); code blocks as a line ending
// in ">" (">lang") and the code indented under it up to a line that
// begins with "<"; a headline "Title ~" at the margin; and a modeline
// ("vim:tw=72:…:ft=help:…") that shows nothing.
package vimdoc

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
)

// taggedRe matches a line that ends in one tag or more after its text:
// the text, the gap before the tags and the tags, each "*tag*" holding
// no blank, star or bar; permalinkRe the permalink a docs site prints
// after a heading's title, a zero-width space and the anchor it links
// to ("\u200b #overview", the zero-width space dropped where reading
// the page drops it, two spaces at least then left); codeOpenRe the line that opens a code block
// on its own, ">" or ">lang"; modelineRe a modeline that sets the help
// filetype.
var (
	taggedRe    = regexp.MustCompile(`^(\S.*?)( +)(\*[^*\s|]+\*(?: +\*[^*\s|]+\*)*)$`)
	permalinkRe = regexp.MustCompile(`^(.*?\S)(?:\s*\x{200B}\s*|\s{2,})#([\w\-.:]+)$`)
	codeOpenRe  = regexp.MustCompile(`^>[\w+\-.]*$`)
	modelineRe  = regexp.MustCompile(`(?:^|\s)vim?:.*\b(?:ft|filetype)=help\b`)
)

// minRule is the length of a rule of "=" or "-" that sets a heading
// apart at least; dropped is the characters fewer than the text width
// a heading's line may count, the zero-width ones of its permalink that
// reading the page drops; concealed is the characters more it may
// count, the tag's stars, which Vim conceals and pandoc sets past the
// width; fallbackWidths are the text widths Vim help is
// written to (pandoc's 72, Vim's own 78, 80) where no rule tells it.
const (
	minRule   = 20
	dropped   = 2
	concealed = 2
)

var fallbackWidths = []int{72, 78, 80}

// A heading is a heading of the page: its line (from 0), its title
// as written, and the anchor its tag or permalink names.
type heading struct {
	line        int
	title, slug string
	block       int // the index of its block among the blocks read
}

// read reads a Vim help page: rules and modelines are no text; a tagged
// heading, or a headline at the margin, is a text block of its title; a
// code block is its lines between fences; a column heading loses its
// mark; the rest, every heading and code block blank, is read as a page
// of columns aligned with spaces (aligned.Style), and the headings whose
// case the writer lost get it back (restoreCase).
func read(src pages.Source) []pages.Block {
	lines := slices.Clone(src.Lines)
	tw := textWidth(lines)
	var out []pages.Block
	var heads []heading
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t")
		switch {
		case isRule(l) || modelineRe.MatchString(l):
			lines[i] = ""
		case i > 0 && isRule(src.Lines[i-1]) && l != "" && l[0] != ' ' || taggedAt(l, tw):
			title, slug := titleOf(l)
			lines[i] = ""
			if title == "" {
				continue
			}
			heads = append(heads, heading{line: i, title: title, slug: slug})
			out = append(out, pages.Block{Line: i + 1, Text: title})
		case codeOpenRe.MatchString(strings.TrimSpace(l)) || strings.HasSuffix(l, " >"):
			var code []pages.Block
			code, i = codeBlock(src, lines, i)
			out = append(out, code...)
		case strings.HasSuffix(l, "~") && !strings.HasSuffix(l, "~~"):
			t := strings.TrimRight(strings.TrimSuffix(l, "~"), " ")
			if columnHeading(l) || l[0] == ' ' {
				lines[i] = t
				continue
			}
			lines[i] = ""
			if t != "" {
				out = append(out, pages.Block{Line: i + 1, Text: t})
			}
		}
	}
	src.Lines = lines
	out = append(out, aligned.Style{}.Read(src)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	at := map[int]int{}
	for b := range out {
		if out[b].Table == nil {
			if _, ok := at[out[b].Line]; !ok {
				at[out[b].Line] = b
			}
		}
	}
	for k := range heads {
		heads[k].block = at[heads[k].line+1]
	}
	restoreCase(src, out, heads)
	return out
}

// codeBlock reads the code block that line i opens: the text before its
// ">" a text block of its own, then the lines up to one that begins with
// "<" or a line of text at the margin, their common indent off, between
// fences; the page's end closes a block no line closes. The lines are
// blanked for the table reader. It returns the blocks and the index of
// the block's last line.
func codeBlock(src pages.Source, lines []string, i int) ([]pages.Block, int) {
	var out []pages.Block
	if t := strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(lines[i], " \t"), ">")); t != "" && !codeOpenRe.MatchString(strings.TrimSpace(lines[i])) {
		out = append(out, pages.Block{Line: i + 1, Text: t})
	}
	lines[i] = ""
	end := len(lines)
	for j := i + 1; j < len(lines); j++ {
		l := lines[j]
		if strings.HasPrefix(l, "<") || l != "" && l[0] != ' ' && l[0] != '\t' {
			end = j
			break
		}
	}
	indent := -1
	for j := i + 1; j < end; j++ {
		if t := strings.TrimLeft(lines[j], " \t"); t != "" {
			if n := len(lines[j]) - len(t); indent < 0 || n < indent {
				indent = n
			}
		}
	}
	out = append(out, pages.Block{Line: i + 1, Text: "```"})
	for j := i + 1; j < end; j++ {
		if l := strings.TrimRight(lines[j], " \t"); l != "" {
			out = append(out, pages.Block{Line: j + 1, Text: l[indent:]})
		}
		lines[j] = ""
	}
	last := min(end, len(lines)-1)
	out = append(out, pages.Block{Line: last + 1, Text: "```"})
	if end < len(lines) && strings.HasPrefix(lines[end], "<") {
		rest := strings.TrimSpace(lines[end][1:])
		lines[end] = rest
		return out, end - boolInt(rest != "")
	}
	return out, end - 1
}

// boolInt is 1 where b is set, else 0.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// titleOf is the title of a heading's line, without its tags and the
// permalink after it, and the anchor the permalink names, else its first
// tag's.
func titleOf(l string) (title, slug string) {
	title = strings.TrimSpace(l)
	if m := taggedRe.FindStringSubmatch(title); m != nil {
		title = m[1]
		slug = strings.Trim(strings.Fields(m[3])[0], "*")
	}
	if m := permalinkRe.FindStringSubmatch(title); m != nil {
		title, slug = m[1], m[2]
	}
	return strings.TrimSpace(strings.ReplaceAll(title, "\u200b", "")), slug
}

// textWidth is the page's text width: the length of its first rule, 0
// where it has none.
func textWidth(lines []string) int {
	for _, l := range lines {
		if isRule(l) {
			return len(strings.TrimRight(l, " "))
		}
	}
	return 0
}

// isRule reports whether a line is a rule of "=" or "-" at the margin,
// minRule long at least.
func isRule(l string) bool {
	l = strings.TrimRight(l, " ")
	if len(l) < minRule || l[0] != '=' && l[0] != '-' {
		return false
	}
	return strings.Trim(l, l[:1]) == ""
}

// taggedAt reports whether a line is a heading's, its text at the margin
// and its tags after it set to end at the text width tw (or at one of
// fallbackWidths where tw is 0), or one space after a text too long for
// them to, up to dropped characters shorter or concealed longer.
func taggedAt(l string, tw int) bool {
	l = strings.TrimRight(l, " ")
	if l == "" || l[0] == ' ' || l[len(l)-1] != '*' {
		return false
	}
	m := taggedRe.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	n := utf8.RuneCountInString(l)
	widths := []int{tw}
	if tw == 0 {
		widths = fallbackWidths
	}
	for _, w := range widths {
		if n >= w-dropped && n <= w+concealed && len(m[2]) > 1 || n > w-dropped && len(m[2]) == 1 {
			return true
		}
	}
	return false
}

// columnHeading reports whether a line is a table's header row as Vim
// help marks it: indented, its cells two spaces apart at least, and the
// column-heading mark "~" at its end.
func columnHeading(l string) bool {
	l = strings.TrimRight(l, " ")
	if !strings.HasSuffix(l, "~") || strings.HasSuffix(l, "~~") || l == "" || l[0] != ' ' {
		return false
	}
	return strings.Contains(strings.TrimSpace(strings.TrimSuffix(l, "~")), "  ")
}

// codeCloses reports whether the code block line i opens is closed: a
// line that begins with "<" comes after its indented lines.
func codeCloses(lines []string, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		switch l := lines[j]; {
		case strings.HasPrefix(l, "<"):
			return true
		case l != "" && l[0] != ' ' && l[0] != '\t':
			return false
		}
	}
	return false
}
