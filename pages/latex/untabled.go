package latex

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A converter that knows no tables (gnuhtml2latex) writes a LaTeX
// document whose tables are gone: each row of a table is a line of its
// own, its cells run together with nothing between them, as a page's
// text (a DOM's textContent) writes them; and it glues a code block's
// first and last lines to the verbatim environment's begin and end
// ("\begin{verbatim}GET /x HTTP/1.1", "}\end{verbatim}"). Read as
// LaTeX, a paragraph's lines join, and the rows with them; such a
// document is read as the text it shows instead, a line for each of its
// lines (Untabled), which the styles of a page's text read as any other.

// documentClassRe matches the line that opens a LaTeX document.
var documentClassRe = regexp.MustCompile(`^\\documentclass(?:\[[^\]]*\])?\{`)

// anyBeginRe matches an environment's begin anywhere in a line, with its
// name.
var anyBeginRe = regexp.MustCompile(`\\begin\{([A-Za-z]+\*?)\}`)

// gluedEndRe matches a verbatim environment's end glued after a code
// line's text.
var gluedEndRe = regexp.MustCompile(`\\end\{([A-Za-z]+\*?)\}\s*$`)

// Untabled returns the text a LaTeX document without a table
// environment shows, a line for each of its lines (At: the page line of
// each), and true; a page that is no such document is returned as it
// is, with false. A heading is its title; a verbatim environment's
// lines are code between fences, text glued to its begin or end a line
// of code of its own; a list's item is "- item"; every other line is
// its markup rendered (inline), blank where it shows nothing.
func Untabled(text pages.Text) (pages.Text, bool) {
	lines := text.Lines
	if !isUntabled(lines) {
		return text, false
	}
	out := pages.Text{Wrap: text.Wrap, Hyphenated: text.Hyphenated}
	add := func(i int, l string) {
		at := i + 1
		if text.At != nil {
			at = text.At[i]
		}
		out.Lines, out.At = append(out.Lines, l), append(out.At, at)
	}
	from, to := body(lines)
	for i := from; i < to; i++ {
		t := strings.TrimSpace(uncommented(lines[i]))
		env := ""
		if m := beginRe.FindStringSubmatch(t); m != nil {
			env = m[1]
		}
		switch {
		case t == "":
			add(i, "")
		case sectionRe.MatchString(t):
			title, end := heading(lines, i, to)
			add(i, pages.Title(inline(title, true), true))
			i = end
		case verbatims[env]:
			i = untabledCode(lines, i, to, env, add)
		default:
			item := ""
			if isItem(t) {
				item = "- "
			}
			shown := inline(t, false)
			if shown != "" {
				shown = item + shown
			}
			add(i, shown)
		}
	}
	return out, true
}

// isUntabled reports whether lines are a LaTeX document (a
// \documentclass line) that holds no table environment, of LaTeX or of
// ConTeXt. A line without a backslash holds neither, and is not
// searched.
func isUntabled(lines []string) bool {
	document := false
	for _, l := range lines {
		if strings.IndexByte(l, '\\') < 0 {
			continue
		}
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, `\documentclass`) && documentClassRe.MatchString(t) {
			document = true
		}
		if !strings.Contains(t, `\begin{`) {
			continue
		}
		for _, m := range anyBeginRe.FindAllStringSubmatch(t, -1) {
			if tableArgs[m[1]] > 0 {
				return false
			}
		}
	}
	return document && !isConTeXt(lines)
}

// untabledCode adds the lines of the verbatim environment env that line
// i begins as code between fences, the text glued to its begin or to
// its end a line of its own, and returns the index of the line that
// ends it (to-1 where none does: the rest of the page is its code).
func untabledCode(lines []string, i, to int, env string, add func(int, string)) int {
	add(i, fence)
	first := strings.TrimSpace(lines[i])
	first = first[len(beginRe.FindString(first)):]
	for j := i; j < to; j++ {
		l := strings.TrimRight(lines[j], " \t")
		if j == i {
			l = first
		}
		if m := gluedEndRe.FindStringSubmatchIndex(l); m != nil && l[m[2]:m[3]] == env {
			if code := l[:m[0]]; strings.TrimSpace(code) != "" {
				add(j, code)
			}
			add(j, fence)
			return j
		}
		if strings.TrimSpace(l) != "" {
			add(j, l)
		}
	}
	add(to-1, fence)
	return to - 1
}
