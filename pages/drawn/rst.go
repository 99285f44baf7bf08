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

// rstDirectiveRe matches a directive or comment line, with the name of
// a code directive's language.
var (
	rstDirectiveRe = regexp.MustCompile(`^\s*\.\.(?:\s|$)`)
	rstCodeRe      = regexp.MustCompile(`^\s*\.\. (?:code|code-block|sourcecode)::\s*(\S*)\s*$`)
	rstOptionRe    = regexp.MustCompile(`^\s+:[\w-]+:`)
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
			i = fenceBlock(lines, i, "```"+rstCodeRe.FindStringSubmatch(l)[1])
		case rstDirectiveRe.MatchString(l):
			lines[i] = ""
		case strings.HasSuffix(strings.TrimRight(l, " "), "::"):
			t := strings.TrimRight(l, " ")
			lines[i] = strings.TrimSuffix(t, ":")
			if strings.TrimSpace(t) == "::" {
				lines[i] = ""
			}
			i = fenceBlock(lines, i, "```")
		}
	}
	return lines
}

// fenceBlock fences the indented block after line i, opening the fence
// on the blank line under i, and returns the index of its last line.
func fenceBlock(lines []string, i int, open string) int {
	indent := len(lines[i]) - len(strings.TrimLeft(lines[i], " "))
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
		if len(lines[j])-len(strings.TrimLeft(lines[j], " ")) <= indent {
			break
		}
	}
	if j == start+1 {
		return i
	}
	lines[start] = open
	if j < len(lines) && lastBlank > start {
		lines[lastBlank] = "```"
	}
	return j - 1
}

// rstInlineRe matches reStructuredText's inline markup: a literal, a
// link with its target, a role, interpreted text, a reference.
var rstInlineRe = regexp.MustCompile("``(.+?)``|`([^`<]+?)\\s*<[^`>]*>`__?|:[\\w-]+:`([^`]+)`|`([^`]+)`__?|`([^`]+)`")

// rstText is text without reStructuredText's inline markup: a literal's
// text, a link's or a role's text; an escaped space is nothing and an
// escaped rune itself, outside a literal.
func rstText(t string) string {
	if !strings.ContainsAny(t, "`\\") {
		return t
	}
	var b strings.Builder
	last := 0
	for _, m := range rstInlineRe.FindAllStringSubmatchIndex(t, -1) {
		b.WriteString(unescaped(t[last:m[0]]))
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				if g == 2 {
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
