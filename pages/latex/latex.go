// Package latex reads pages in LaTeX, as pandoc writes them (pandoc -t
// latex, a body fragment or, with -s, a document whose preamble is no
// text) or a hand does: headings of the sectioning commands (\section to
// \subparagraph, starred or not), each under the anchor pandoc writes
// from the HTML's id (\hypertarget{id}{%) and with its label and the
// permalink a site writes in them; tables of the tabular environments
// (tabular, tabularx, longtable and their kin), whose rows a "\\" ends
// and whose cells an "&" parts, a row going on over as many lines as
// pandoc wraps it on (72 columns), its rules (\toprule, \midrule,
// \hline) and heads (\endhead) telling its header row, and a
// \multicolumn cell spanning the row a note over it; code blocks of the
// verbatim environments (verbatim, lstlisting, minted) read word for
// word, and pandoc's highlighted ones (Shaded, a line of \NormalTok{…}
// tokens each) as the text they show; lists (\item) and the markup
// inside a line, rendered as the text it shows (inline). It reads pages
// in ConTeXt too, TeX markup of another vocabulary (readConTeXt), that a
// page's first lines tell apart (isConTeXt).
package latex

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// sectionRe matches a heading's command at a line's start, after the
// anchor pandoc writes around it ("\hypertarget{id}{%"): its argument
// begins after the match.
var sectionRe = regexp.MustCompile(`^(?:\\hypertarget\{[^{}]*\}\{%?\s*)?\\(?:part|chapter|section|subsection|subsubsection|paragraph|subparagraph)\*?\s*(?:\[[^\]]*\])?\s*\{`)

// anchorOpenRe matches the line pandoc writes over a heading, the start
// of the anchor whose text the heading is ("\hypertarget{id}{%"): no text.
var anchorOpenRe = regexp.MustCompile(`^\\hypertarget\{[^{}]*\}\{%?$`)

// beginRe matches an environment's begin at a line's start, with its
// name; endRe its end.
var (
	beginRe = regexp.MustCompile(`^\\begin\{([A-Za-z]+\*?)\}`)
	endRe   = regexp.MustCompile(`^\\end\{([A-Za-z]+\*?)\}`)
)

// tableArgs are the tabular environments, each with the number of
// braced arguments before its rows (tabularx's width and columns).
var tableArgs = map[string]int{
	"tabular": 1, "tabular*": 2, "tabularx": 2, "tabulary": 2, "longtable": 1, "longtable*": 1,
	"supertabular": 1, "xtabular": 1, "longtabu": 1, "tabu": 1, "array": 1,
}

// verbatims are the environments whose lines are code as written; Shaded
// is pandoc's highlighted code, a line of tokens each.
var verbatims = map[string]bool{
	"verbatim": true, "verbatim*": true, "Verbatim": true, "BVerbatim": true, "LVerbatim": true,
	"lstlisting": true, "minted": true, "alltt": true, "Shaded": true, "Highlighting": true,
}

// highlighted are the environments of pandoc's highlighted code, whose
// lines are tokens (\NormalTok{…}) and the environments' begins and ends.
var highlighted = map[string]bool{"Shaded": true, "Highlighting": true}

// fence marks where the lines of a block read word for word start and
// end, as a Markdown page's fence does.
const fence = "```"

// uncommented is line l without its comment, from the first "%" that no
// backslash escapes.
func uncommented(l string) string {
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '\\':
			i++
		case '%':
			return l[:i]
		}
	}
	return l
}

// body returns the indexes of the lines of a page that are its text:
// those between \begin{document} and \end{document} where the page is a
// whole document, every line else.
func body(lines []string) (int, int) {
	from, to := 0, len(lines)
	for i, l := range lines {
		switch strings.TrimSpace(l) {
		case `\begin{document}`:
			from = i + 1
		case `\end{document}`:
			if i >= from {
				to = i
			}
		}
	}
	return from, to
}

// read reads a page of LaTeX into blocks. A heading is a text line
// marked as one (pages.Title), its title rendered without its anchor,
// label and permalink; a tabular environment is a table (table); the
// lines of a code environment are text lines between fences, as written
// or, in pandoc's highlighted code, as their tokens show them; an
// "\item" is a list item, "- item"; every other line is text, its markup
// rendered (inline), and the lines of a paragraph, which pandoc wraps at
// 72 columns, joined into one text line. A line that shows nothing (an
// anchor, a label, an environment's begin) is no text.
func read(src pages.Source) []pages.Block {
	if isConTeXt(src.Lines) {
		return readConTeXt(src)
	}
	var out []pages.Block
	text := func(i int, t string) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, pages.Block{Line: i + 1, Text: t})
		}
	}
	code := func(i int, t string) {
		if strings.TrimSpace(t) != "" {
			out = append(out, pages.Block{Line: i + 1, Text: strings.TrimRight(t, " \t")})
		}
	}
	lines := src.Lines
	from, to := body(lines)
	for i := from; i < to; i++ {
		t := strings.TrimSpace(uncommented(lines[i]))
		env := ""
		if m := beginRe.FindStringSubmatch(t); m != nil {
			env = m[1]
		}
		switch {
		case t == "" || anchorOpenRe.MatchString(t):
		case sectionRe.MatchString(t):
			title, end := heading(lines, i, to)
			text(i, pages.Title(inline(title, true), true))
			i = end
		case tableArgs[env] > 0:
			tb, before, after, end := table(src, i, to, env)
			out = append(out, before...)
			if tb != nil {
				out = append(out, pages.Block{Line: tb.Line, Table: tb})
			}
			out = append(out, after...)
			i = end
		case verbatims[env]:
			end := closing(src, i, to, env)
			out = append(out, pages.Block{Line: i + 1, Text: fence})
			for j := i + 1; j < end; j++ {
				l := lines[j]
				switch {
				case !highlighted[env]:
					code(j, l)
				case beginRe.MatchString(strings.TrimSpace(l)) || endRe.MatchString(strings.TrimSpace(l)):
				default:
					code(j, codeLine(l))
				}
			}
			out = append(out, pages.Block{Line: min(end, len(lines)-1) + 1, Text: fence})
			i = end
		default:
			at, para := i, []string{t}
			for ; i+1 < to && continues(lines[i+1]); i++ {
				para = append(para, strings.TrimSpace(uncommented(lines[i+1])))
			}
			item := ""
			if isItem(para[0]) {
				item = "- "
			}
			for item == "" && len(para) > 1 && inline(para[0], false) == "" && depthAfter(para[0], 0) == 0 {
				at, para = at+1, para[1:]
			}
			if shown := inline(strings.Join(para, "\n"), false); shown != "" {
				text(at, item+shown)
			}
		}
	}
	return out
}

// heading returns the argument of the heading whose command starts line
// i, which may go on over the lines after it (pandoc writes the title
// and its permalink on two) up to a blank line, and the index of its
// last line. A title \texorpdfstring{a}{b} writes twice is inline's to
// render once.
func heading(lines []string, i, to int) (string, int) {
	first := strings.TrimSpace(uncommented(lines[i]))
	start := len(sectionRe.FindString(first))
	end, parts := i, []string{first}
	depth := depthAfter(first[start:], 1)
	for depth > 0 && end+1 < to && strings.TrimSpace(lines[end+1]) != "" {
		end++
		next := strings.TrimSpace(uncommented(lines[end]))
		parts = append(parts, next)
		depth = depthAfter(next, depth)
	}
	s := strings.Join(parts, "\n")
	g := groupsOf(s, false)
	return s[start:min(g.closing(start-1), len(s))], end
}

// depthAfter returns the depth of groups after line l, that begins at
// depth: 0 as soon as a brace closes the group it began in, an escaped
// brace (\{) aside.
func depthAfter(l string, depth int) int {
	for j := 0; j < len(l); j++ {
		switch l[j] {
		case '\\':
			j++
		case '{':
			depth++
		case '}':
			if depth--; depth <= 0 {
				return 0
			}
		}
	}
	return depth
}

// closing returns the index of the line that ends the environment env
// beginning at index i, or of the line before to with a warning when
// none does.
func closing(src pages.Source, i, to int, env string) int {
	for j := i + 1; j < to; j++ {
		if m := endRe.FindStringSubmatch(strings.TrimSpace(src.Lines[j])); m != nil && m[1] == env {
			return j
		}
	}
	src.Report.Warn(pages.At(src.Name, i+1), "the %s environment at line %d is never ended (no \\end{%s}): read lines %d-%d as its lines", env, i+1, env, i+2, to)
	return to
}

// continues reports whether line next goes on with the paragraph before
// it: a line that is not blank and starts no other element (a heading,
// its anchor, an environment's begin or end, a list's item).
func continues(next string) bool {
	t := strings.TrimSpace(uncommented(next))
	switch {
	case t == "" || anchorOpenRe.MatchString(t) || sectionRe.MatchString(t):
		return false
	case beginRe.MatchString(t) || endRe.MatchString(t):
		return false
	}
	return !isItem(t)
}

// isItem reports whether line t, trimmed, starts a list's item.
func isItem(t string) bool {
	return strings.HasPrefix(t, `\item`) && (len(t) == 5 || !pages.IsASCIILetter(t[5]))
}
