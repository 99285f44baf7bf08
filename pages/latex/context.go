package latex

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// ConTeXt is TeX markup of another vocabulary, read here as one more of
// this style's: a page of it (pandoc -t context, with -s a document
// whose preamble of \setup… lines is no text, its text between
// \starttext and \stoptext) has headings of the sectioning commands
// (\section[title={…},reference={…}], the older \section[ref]{…}, the
// environments \startsection[title={…}] and pandoc 3's
// \startsectionlevel), tables of extreme tables (\startxtable, rows and
// cells each between a start and a stop, its rows parted in a head, a
// body and a foot), of natural tables (\bTABLE, \bTR, \bTD) and of
// tabulations (\starttabulate and the older \starttable, cells parted by
// \NC and rows ended by \NR), code blocks \starttyping … \stoptyping,
// lists (\item) and the markup inside a line (\type{…}, ~, \crlf, the
// \letter… escapes, \goto, \useURL … \from), rendered as the text it
// shows (inline).

// contextStartRe matches a line that only a ConTeXt page starts with:
// its text's start, a table's, a placed float's, a typing's, a list's.
var contextStartRe = regexp.MustCompile(`^\\(?:starttext|stoptext|startxtable|bTABLE|starttabulate|starttable\[|startplacetable|startplacefigure|starttyping|startitemize|setupxtable|setuphead)(?:[^A-Za-z]|$)`)

// isConTeXt reports whether the lines of a page are ConTeXt's: a line
// only ConTeXt starts with comes before any LaTeX's environment or
// preamble starts (\begin{…}, \documentclass), so that a LaTeX page that
// shows ConTeXt in a verbatim block, or a ConTeXt page that types LaTeX,
// is read in its own vocabulary.
func isConTeXt(lines []string) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case contextStartRe.MatchString(t):
			return true
		case strings.HasPrefix(t, `\begin{`) || strings.HasPrefix(t, `\documentclass`):
			return false
		}
	}
	return false
}

// contextSectionRe matches a heading's command at a line's start, with
// its arguments after it: a sectioning command or the start of a
// sectioning environment.
var contextSectionRe = regexp.MustCompile(`^\\(?:start)?(?:part|chapter|section|subsection|subsubsection|subsubsubsection|subsubsubsubsection|sectionlevel|title|subject|subsubject|subsubsubject|subsubsubsubject)\s*[\[{]`)

// contextTableRe matches a table's start at a line's start, with the
// name of the command that ends it.
var contextTableRe = regexp.MustCompile(`^\\(startxtable|bTABLE|starttabulate|starttable)(?:[^A-Za-z]|$)`)

// contextTableEnds are the commands that end each table's start.
var contextTableEnds = map[string]string{
	"startxtable": "stopxtable", "bTABLE": "eTABLE", "starttabulate": "stoptabulate", "starttable": "stoptable",
}

// contextTypingRe matches the start of a code block read word for word,
// \starttyping or a typing of a language (\startXML, \startLUA), with
// its name.
var contextTypingRe = regexp.MustCompile(`^\\start([A-Za-z]*typing|XML|LUA|TEX|MP|PARSEDXML)(?:[^A-Za-z]|$)`)

// contextStructureRe matches a line that shows nothing: the start or
// stop of an environment of no text of its own (\startitemize,
// \stopplacetable, \stopsection), a setting.
var contextStructureRe = regexp.MustCompile(`^\\(?:start|stop)[A-Za-z]+\s*(?:\[[^\]]*\]\s*)*$|^\\setup[A-Za-z]*(?:\[[^\]]*\])*\s*$`)

// contextBody returns the indexes of the lines of a page that are its
// text: those between \starttext and \stoptext, every line when it has
// no \starttext.
func contextBody(lines []string) (int, int) {
	from, to := 0, len(lines)
	for i, l := range lines {
		switch strings.TrimSpace(uncommented(l)) {
		case `\starttext`:
			from = i + 1
		case `\stoptext`:
			if i >= from {
				to = i
			}
		}
	}
	return from, to
}

// readConTeXt reads a page of ConTeXt into blocks as read reads a page
// of LaTeX: a heading is a text line marked as one (pages.Title), a
// table a table (contextTable), the lines of a typing text lines
// between fences as written, an "\item" a list item, and the lines of a
// paragraph one text line.
func readConTeXt(src pages.Source) []pages.Block {
	var out []pages.Block
	lines := src.Lines
	from, to := contextBody(lines)
	for i := from; i < to; i++ {
		t := strings.TrimSpace(uncommented(lines[i]))
		switch {
		case t == "":
		case contextSectionRe.MatchString(t):
			title, end := contextHeading(lines, i, to)
			if shown := pages.Title(contextInline(title, true), true); shown != "" {
				out = append(out, pages.Block{Line: i + 1, Text: shown})
			}
			i = end
		case contextTableRe.MatchString(t):
			name := contextTableRe.FindStringSubmatch(t)[1]
			tb, before, after, end := contextTable(src, i, to, name)
			out = append(out, before...)
			if tb != nil {
				out = append(out, pages.Block{Line: tb.Line, Table: tb})
			}
			out = append(out, after...)
			i = end
		case contextTypingRe.MatchString(t):
			stop := `\stop` + contextTypingRe.FindStringSubmatch(t)[1]
			end := contextClosing(src, i, to, stop)
			out = append(out, pages.Block{Line: i + 1, Text: fence})
			for j := i + 1; j < end; j++ {
				if strings.TrimSpace(lines[j]) != "" {
					out = append(out, pages.Block{Line: j + 1, Text: strings.TrimRight(lines[j], " \t")})
				}
			}
			out = append(out, pages.Block{Line: min(end, len(lines)-1) + 1, Text: fence})
			i = end
		case contextStructureRe.MatchString(t):
		default:
			at, para := i, []string{t}
			for ; i+1 < to && contextContinues(lines[i+1]); i++ {
				para = append(para, strings.TrimSpace(uncommented(lines[i+1])))
			}
			item := ""
			if isItem(para[0]) {
				item = "- "
			}
			if shown := contextInline(strings.Join(para, "\n"), false); shown != "" {
				out = append(out, pages.Block{Line: at + 1, Text: item + shown})
			}
		}
	}
	return out
}

// contextContinues reports whether line next goes on with the paragraph
// before it: a line that is not blank and starts no other element.
func contextContinues(next string) bool {
	t := strings.TrimSpace(uncommented(next))
	switch {
	case t == "" || contextSectionRe.MatchString(t) || contextTableRe.MatchString(t) || contextTypingRe.MatchString(t):
		return false
	case contextStructureRe.MatchString(t):
		return false
	}
	return !isItem(t)
}

// contextHeading returns the title of the heading whose command starts
// line i, which may go on over the lines after it (pandoc wraps a long
// title inside its braces) up to a blank line, and the index of its
// last line: the title key of its settings ([title={…}]) or, with none,
// its braced argument (\section[ref]{Title}).
func contextHeading(lines []string, i, to int) (string, int) {
	end, parts := i, []string{strings.TrimSpace(uncommented(lines[i]))}
	for depth := openAfter(parts[0], 0); depth > 0 && end+1 < to && strings.TrimSpace(lines[end+1]) != ""; {
		end++
		parts = append(parts, strings.TrimSpace(uncommented(lines[end])))
		depth = openAfter(parts[len(parts)-1], depth)
	}
	s := strings.Join(parts, "\n")
	j := nameEnd(s, 1)
	title := ""
	for j = skipBlank(s, j); j < len(s) && (s[j] == '[' || s[j] == '{'); j = skipBlank(s, j) {
		k := matching(s, j)
		inner := s[j+1 : min(k, len(s))]
		if s[j] == '{' {
			return inner, end
		}
		if v, ok := setting(inner, "title"); ok {
			title = v
		}
		j = k + 1
	}
	return title, end
}

// openAfter returns the braces and brackets left open after line l,
// that begins with depth of them open, an escaped one (\{) aside.
func openAfter(l string, depth int) int {
	for j := 0; j < len(l); j++ {
		switch l[j] {
		case '\\':
			j++
		case '{', '[':
			depth++
		case '}', ']':
			depth = max(depth-1, 0)
		}
	}
	return depth
}

// matching returns the index of the brace or bracket that closes the
// one at s[j], braces and brackets nested inside it aside, or len(s)
// when nothing closes it; j itself when s[j] opens nothing.
func matching(s string, j int) int {
	if j >= len(s) || s[j] != '{' && s[j] != '[' {
		return j
	}
	return groupsOf(s[j:], true)[0] + j
}

// setting returns the value of key in settings s ("title={A, b},
// reference=x"), without the braces around it.
func setting(s, key string) (string, bool) {
	for from, j, depth := 0, 0, 0; j <= len(s); j++ {
		if j < len(s) {
			switch s[j] {
			case '\\':
				j++
				continue
			case '{', '[':
				depth++
				continue
			case '}', ']':
				depth--
				continue
			case ',':
				if depth > 0 {
					continue
				}
			default:
				continue
			}
		}
		k, v, ok := strings.Cut(s[from:min(j, len(s))], "=")
		if ok && strings.TrimSpace(k) == key {
			v = strings.TrimSpace(v)
			if strings.HasPrefix(v, "{") && matching(v, 0) == len(v)-1 {
				v = v[1 : len(v)-1]
			}
			return v, true
		}
		from = j + 1
	}
	return "", false
}

// contextClosing returns the index of the line that ends an environment
// beginning at index i with command stop, or of the line before to with
// a warning when none does.
func contextClosing(src pages.Source, i, to int, stop string) int {
	for j := i + 1; j < to; j++ {
		if t := strings.TrimSpace(src.Lines[j]); strings.HasPrefix(t, stop) && (len(t) == len(stop) || !pages.IsASCIILetter(t[len(stop)])) {
			return j
		}
	}
	src.Report.Warn(pages.At(src.Name, i+1), "the environment at line %d is never ended (no %s): read lines %d-%d as its lines", i+1, stop, i+2, to)
	return to
}
