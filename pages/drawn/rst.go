package drawn

import (
	"regexp"
	"strings"
)

// A page written in reStructuredText (as pandoc or Sphinx writes one)
// marks its headings with a line of punctuation under them (and over
// them), its code blocks with a directive (".. code:: http") or a
// paragraph ending with "::" and an indented block, and its inline text
// with markup: ``literal``, `text <target>`_ links, :role:`text`, and
// backslash escapes ("\ []" is "[]").

// rstDirectiveRe matches an explicit markup line (a directive, a
// target, a comment); rstCodeRe a code directive, with its language;
// rstOptionRe a directive's option (":name: id"); rstTitledRe a
// directive whose argument is a title the page shows (a rubric, which
// pandoc writes for a heading inside a div; a table's caption; an
// admonition's or a topic's title), with it; rstNoteRe an admonition
// of a kind, whose title is its kind, with the text that follows it on
// its line; rstNamedRe any other
// directive, with its name; rstFieldRe a field of a field list
// (":Method: GET"), with its name and body.
var (
	rstDirectiveRe = regexp.MustCompile(`^\s*\.\.(?:\s|$)`)
	rstCodeRe      = regexp.MustCompile(`^\s*\.\. (?:code|code-block|sourcecode|parsed-literal)::\s*(\S*)\s*$`)
	rstOptionRe    = regexp.MustCompile(`^\s+:[\w-]+:`)
	rstTitledRe    = regexp.MustCompile(`^(\s*)\.\. (?:rubric|table|admonition|topic|sidebar)::\s*(.*?)\s*$`)
	rstNoteRe      = regexp.MustCompile(`^(\s*)\.\. (note|warning|tip|hint|important|caution|attention|danger|error|seealso|deprecated|versionadded|versionchanged)::\s*(.*?)\s*$`)
	rstNamedRe     = regexp.MustCompile(`^\s*\.\. (?:\|[^|]+\|\s+)?([\w:+-]+)::(?:\s|$)`)
	rstFieldRe     = regexp.MustCompile(`^(\s*):([^:\s][^:]*):(?:\s+(.*))?$`)
)

// isRST reports whether a page is written in reStructuredText: it holds
// a simple table, a grid with a header rule, a directive, or a literal.
func isRST(lines []string) bool {
	for _, l := range lines {
		if _, ok := simpleRule(l); ok || rstDirectiveRe.MatchString(l) || strings.Contains(l, "``") {
			return true
		}
		if r, ok := gridRule(l); ok && r.heavy && strings.HasPrefix(strings.TrimSpace(l), "+") {
			return true
		}
	}
	return false
}

// rstMarks counts the lines of a page that only reStructuredText writes:
// explicit markup (a directive, a target, a comment: ".. code:: http",
// ".. _overview:"), and a title's underline of other punctuation than
// Markdown's Setext "=" and "-" ("~~~~", "^^^^"), as long as the title.
func rstMarks(lines []string) int {
	n := 0
	for i, l := range lines {
		switch {
		case rstDirectiveRe.MatchString(l) && strings.TrimSpace(l) != "..":
			n++
		case underlines(lines, i) && !strings.ContainsAny(l[:1], "=-"):
			n++
		}
	}
	return n
}

// underlines reports whether line i underlines the title above it: an
// adornment as long as the title, under a line of text.
func underlines(lines []string, i int) bool {
	if i == 0 || !isAdornment(lines[i]) {
		return false
	}
	title := strings.TrimSpace(lines[i-1])
	return title != "" && !isAdornment(title) && displayWidth(strings.TrimRight(lines[i], " ")) >= displayWidth(title)
}

// isAdornment reports whether a line underlines (or overlines) a
// heading: one punctuation rune repeated, three times at least.
func isAdornment(l string) bool {
	t := strings.TrimRight(l, " ")
	if len(t) < 3 || !strings.ContainsRune("=-~^\"'*+#:._`", rune(t[0])) {
		return false
	}
	return strings.Count(t, t[:1]) == len(t)
}

// rstLines are a page's lines, as many, with its markup of blocks made
// what the reading of lines knows: a heading's adornments blank, a code
// block fenced (its directive, or the "::" that ends the paragraph
// before it, opening the fence on the blank line after it, the fence
// closed on the last blank line in it), other directives blank.
func rstLines(src []string) []string {
	lines := append([]string(nil), src...)
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case isAdornment(l) && i > 0 && strings.TrimSpace(lines[i-1]) != "" && !isAdornment(lines[i-1]):
			lines[i] = ""
		case isAdornment(l) && i+2 < len(lines) && strings.TrimRight(lines[i+2], " ") == strings.TrimRight(l, " "):
			lines[i] = ""
		case rstCodeRe.MatchString(l):
			lines[i] = ""
			i = fenceBlock(lines, i, indentOf(l), "```"+rstCodeRe.FindStringSubmatch(l)[1])
		case rstTitledRe.MatchString(l):
			m := rstTitledRe.FindStringSubmatch(l)
			rest, last := argumentRest(lines, i)
			lines[i] = m[1] + m[2] + rest
			blankOptions(lines, last)
		case rstNoteRe.MatchString(l):
			m := rstNoteRe.FindStringSubmatch(l)
			lines[i] = m[1] + strings.ToUpper(m[2][:1]) + m[2][1:]
			if m[3] != "" {
				lines[i] += ": " + m[3]
			}
			blankOptions(lines, i)
		case rstNamedRe.MatchString(l):
			lines[i] = ""
			blankOptions(lines, i)
		case rstDirectiveRe.MatchString(l):
			i = blankComment(lines, i)
		case rstFieldRe.MatchString(l) && !strings.HasSuffix(strings.TrimRight(l, " "), "::"):
			m := rstFieldRe.FindStringSubmatch(l)
			lines[i] = strings.TrimRight(m[1]+m[2]+": "+m[3], " ")
		case strings.HasSuffix(strings.TrimRight(l, " "), "::"):
			t := strings.TrimRight(l, " ")
			lines[i] = strings.TrimSuffix(t, ":")
			if strings.TrimSpace(t) == "::" {
				lines[i] = ""
			}
			i = fenceBlock(lines, i, indentOf(l), "```")
		}
	}
	return lines
}

// argumentRest is the rest of the argument of the directive at line i
// on the lines indented under it, before its options or a blank line
// (pandoc writes a rubric's title of two lines, "요청 헤더" over
// "Request Headers", so), each after a space, with the index of its
// last line (i when it has none); it blanks them.
func argumentRest(lines []string, i int) (string, int) {
	rest, last := "", i
	for j := i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || indentOf(lines[j]) <= indentOf(lines[i]) || rstOptionRe.MatchString(lines[j]) {
			break
		}
		rest += " " + t
		lines[j], last = "", j
	}
	return rest, last
}

// blankOptions blanks the options of a directive whose markup ends at
// line i, the field list indented under it (":name: overview", ":class:
// western"), which the page does not show.
func blankOptions(lines []string, i int) {
	for j := i + 1; j < len(lines) && rstOptionRe.MatchString(lines[j]); j++ {
		lines[j] = ""
	}
}

// blankComment blanks the explicit markup at line i that is no
// directive (a comment, a target, a footnote), which the page does not
// show, with the block indented under a comment, and returns the index
// of its last line. A target's or a footnote's block is no comment.
func blankComment(lines []string, i int) int {
	indent := indentOf(lines[i])
	t := strings.TrimSpace(lines[i])
	lines[i] = ""
	if strings.HasPrefix(t, ".. _") || strings.HasPrefix(t, ".. [") {
		return i
	}
	last := i
	for j := i + 1; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) == "" {
			continue
		}
		if indentOf(lines[j]) <= indent {
			break
		}
		last = j
	}
	for j := i + 1; j <= last; j++ {
		lines[j] = ""
	}
	return last
}

// indentOf is the number of spaces a line starts with.
func indentOf(l string) int {
	return len(l) - len(strings.TrimLeft(l, " "))
}

// fenceBlock fences the block indented deeper than indent after line i
// (the markup that opens it, indented so), opening the fence on the
// blank line under i, its lines without the indent they share, and
// returns the index of its last line.
func fenceBlock(lines []string, i, indent int, open string) int {
	j := i + 1
	for j < len(lines) && rstOptionRe.MatchString(lines[j]) {
		lines[j] = ""
		j++
	}
	if j >= len(lines) || strings.TrimSpace(lines[j]) != "" {
		return i
	}
	start, lastBlank := j, -1
	for j++; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			lastBlank = j
			continue
		}
		if indentOf(lines[j]) <= indent {
			break
		}
	}
	if j == start+1 {
		return i
	}
	dedent(lines[start+1 : j])
	lines[start] = open
	if j < len(lines) && lastBlank > start {
		lines[lastBlank] = "```"
	}
	return j - 1
}

// dedent takes off the lines of a code block the indent they share, the
// block's under its directive: its lines are the code's as written.
func dedent(lines []string) {
	least := -1
	for _, l := range lines {
		if strings.TrimSpace(l) != "" && (least < 0 || indentOf(l) < least) {
			least = indentOf(l)
		}
	}
	for k, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[k] = l[least:]
		}
	}
}

// rstInlineRe matches reStructuredText's inline markup: a permalink (a
// link to an anchor of the page whose text is a mark, "`# <#http>`__",
// or a zero width space: pandoc keeps a site's), a link whose text is a
// literal (its text in double backquotes before its target), a literal,
// a link with its target, a role, interpreted text, a reference, a
// substitution's reference (pandoc's for an image: "|(tick)|", its alt
// text).
var rstInlineRe = regexp.MustCompile("`(?:[#¶§]|\u200b|\\s)*<#[^`>]*>`__?(?:\\\\ )?|```(.+?)``\\s*<[^`>]*>`__?|``(.+?)``|`([^`<]+?)\\s*<[^`>]*>`__?|:[\\w-]+:`([^`]+)`|`([^`]+)`__?|`([^`]+)`|\\|([^|\\s](?:[^|]*[^|\\s])?)\\|(?:__?)?")

// substitution is the index, in a match of rstInlineRe, of the start of
// a substitution's reference.
const substitution = 14

// rstText is text without reStructuredText's inline markup: a literal's
// text, a link's or a role's text; an escaped space is nothing and an
// escaped rune itself, outside a literal.
func rstText(t string) string {
	if !strings.ContainsAny(t, "`\\|") {
		return t
	}
	var b strings.Builder
	last := 0
	for _, m := range rstInlineRe.FindAllStringSubmatchIndex(t, -1) {
		if m[substitution] >= 0 && m[0] > 0 && !strings.ContainsRune(" \t([{<'\"", rune(t[m[0]-1])) {
			// Pipes amid a word ("a|b|c") or escaped ("\|") open no
			// reference: the text goes on.
			continue
		}
		b.WriteString(unescaped(t[last:m[0]]))
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				if g <= 4 {
					b.WriteString(t[m[g]:m[g+1]])
				} else {
					b.WriteString(unescaped(t[m[g]:m[g+1]]))
				}
				break
			}
		}
		last = m[1]
	}
	b.WriteString(unescaped(t[last:]))
	return b.String()
}

// unescaped is text without its backslash escapes: "\ " is nothing,
// "\x" is x.
func unescaped(t string) string {
	if !strings.Contains(t, "\\") {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] == '\\' && i+1 < len(t) {
			i++
			if t[i] != ' ' {
				b.WriteByte(t[i])
			}
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
}
