package pages

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// dropTildeRules reads each line of tildes that would open a fenced code
// block ("~~~~~~~~", IsFence) where no code follows it, as the rule a
// renderer drew: lowdown -Tterm draws a Markdown page's thematic break and
// the "---" of its front matter so. CommonMark lets a fence that no line
// closes run to the end of the page, and one closed by a later rule fence
// the section between; every style would then read the page's tables
// and titles there as code, and lose them without a word.
//
// A fence of tildes opens a code block only where a line of the same
// character, at least as long and with no info string, closes it, and
// what lies between reads as code (notCode). A line of tildes alone
// that does not, standing apart (a blank line or the page's start above
// it: one right under a line of text underlines a title, as
// reStructuredText and AsciiDoc write it, and is the style's to read),
// is a rule: it is dropped, with a warning. One with an info string
// ("~~~ http") is a fence the page left open or closed too late: it is
// refused at its line. A pair of rules around one line of words frames a
// title, as reStructuredText's overline and underline do, and is the
// style's to read too. A fence of backticks is never a rule: its block
// is passed over.
func (t *Text) dropTildeRules(name string, rep *Reporter) {
	for i := 0; i < len(t.Lines); i++ {
		l := strings.TrimSpace(t.Lines[i])
		if !IsFence(l) {
			continue
		}
		c, n := l[0], len(l)-len(strings.TrimLeft(l, l[:1]))
		end := fenceCloser(t.Lines, i, c, n)
		if c == '`' {
			if end < 0 {
				return
			}
			i = end
			continue
		}
		bare := strings.Trim(l, "~") == ""
		if bare && i > 0 && strings.TrimSpace(t.Lines[i-1]) != "" {
			continue
		}
		bad := -1
		if end >= 0 {
			if bad = notCode(t.Lines[i+1 : end]); bad < 0 || bare && end == i+2 {
				i = end
				continue
			}
			bad += i + 1
		}
		why := "no line of at least as many tildes closes it"
		if bad >= 0 {
			why = fmt.Sprintf("the lines up to line %d, whose line of tildes would close it, hold line %d (%q), a table's row, a heading or a title, which no code block holds", t.line(end), t.line(bad), Clip(strings.TrimSpace(t.Lines[bad])))
		}
		if !bare {
			rep.Fail(At(name, t.line(i)), "line %d, %q, opens a code block of tildes, but %s: its code block is not closed where its code ends, and the page's tables and titles after it would be read as code and lost. Write a line of %s right after the code", t.line(i), Clip(l), why, strings.Repeat("~", n))
			continue
		}
		rep.Warn(At(name, t.line(i)), "line %d, %q, a line of tildes alone, is read as a rule a renderer drew (lowdown -Tterm draws a thematic break or front matter's --- so) and dropped, not as the fence of a code block: %s; if it fences code, close the block with a line of at least as many tildes right after the code", t.line(i), Clip(l), why)
		t.drop(i, i+1)
		i--
	}
}

// fenceCloser is the index of the line that closes the fenced code block
// line i opens with n of the character c: a line of c alone, at least n
// long; -1 when no line does.
func fenceCloser(lines []string, i int, c byte, n int) int {
	for j := i + 1; j < len(lines); j++ {
		l := strings.TrimSpace(lines[j])
		if len(l) >= n && strings.Trim(l, string(c)) == "" {
			return j
		}
	}
	return -1
}

// atxTitleRe matches an ATX heading with a title.
var atxTitleRe = regexp.MustCompile(`^#{1,6}[ \t]+\S`)

// notCode is the index of the first of the lines between two fences that
// no code block of an API's page holds, -1 for none: a table's row (a
// ruler, HTML table markup, a row between pipes, a grid's rule), an ATX
// heading standing apart (a blank line or the block's end under it; a
// code's comment, "# install", has its code under it), or a line of
// words alone that begins with a capital: a title ("Request Body"), a
// cell of a table printed one cell per line ("Player ID"). Code's lines
// hold its punctuation: braces, quotes, a colon, a slash.
func notCode(lines []string) int {
	for k, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case IsRuler(t) || IsPipeRuler(t) || TableMarkup(t) != "":
			return k
		case strings.Count(t, "|") >= 2 && (t[0] == '|' || t[len(t)-1] == '|'):
			return k
		case strings.HasPrefix(t, "+-") && strings.HasSuffix(t, "+"):
			return k
		case atxTitleRe.MatchString(t) && (k+1 == len(lines) || strings.TrimSpace(lines[k+1]) == ""):
			return k
		case wordsAlone(t):
			return k
		}
	}
	return -1
}

// wordsAlone reports whether a line is words alone, the first capital:
// letters, digits, spaces, hyphens and underscores.
func wordsAlone(t string) bool {
	for i, r := range t {
		if i == 0 && !unicode.IsUpper(r) {
			return false
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != '-' && r != '_' {
			return false
		}
	}
	return true
}
