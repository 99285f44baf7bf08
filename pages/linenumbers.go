package pages

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A tool that prints a code block may number its lines in a gutter of
// its own before them: cli-html right-aligns the numbers after a space
// (" 1 POST /api/…", "  6 {", " 25 }"), bat and an editor's copy with
// numbers put a bar after them ("   1 │ POST"), cat -n and nl a tab
// ("     1\tPOST"), a highlighter's line-numbers plugin copied as text a
// space or two. A code line too long for the width goes on, at the
// tool's wrap, on a line of its own behind a continuation mark instead
// of a number ("  ↳ \"strokes\": 4 }],", a "…" or "⏎"). The numbers are
// no part of the code: a request line behind one is the request line
// still, and the message lines under it are the message's, as an example
// shows them. ReadText takes such a gutter off (stripLineNumbers), with
// a warning at the block: it is told only by its numbers counting up by
// one, from 1 or from the block's first number, on two consecutive lines
// or more, in one column, what they stand before being code (IsCode); a
// numbered list of prose ("1. Create …") is none, nor is a table whose
// first column counts its rows. A block of one line numbered 1 is read
// so only where the page's other numbered blocks prove the tool's gutter
// in the same form (the same margin, separator and gap).

// continuationMarks are the marks a tool writes before the rest of a code
// line it wrapped, in the place of the line's number.
var continuationMarks = []string{"↳", "↪", "…", "⏎"}

// gutterBars are the marks a tool draws between a line's number and its
// code.
var gutterBars = []string{"│", "┃", "|"}

// numberedLine is a line behind a gutter of line numbers.
type numberedLine struct {
	n     int    // its number
	lead  int    // the spaces before the number
	end   int    // the byte after the number
	sep   string // what stands after the number: " ", "\t", a bar; "" on a blank line
	start int    // the byte the code starts at; len of the line for a blank one
}

// lineNumberOf reads the number a line starts with, behind spaces, and
// what follows it: spaces, a tab or a bar (gutterBars) before the code,
// or nothing (a blank line of the block).
func lineNumberOf(l string) (numberedLine, bool) {
	lead := len(l) - len(strings.TrimLeft(l, " "))
	end := lead
	for end < len(l) && end-lead < 6 && l[end] >= '0' && l[end] <= '9' {
		end++
	}
	if end == lead || end < len(l) && l[end] >= '0' && l[end] <= '9' {
		return numberedLine{}, false
	}
	n, _ := strconv.Atoi(l[lead:end])
	g := numberedLine{n: n, lead: lead, end: end, start: len(l)}
	rest := l[end:]
	switch {
	case strings.TrimSpace(rest) == "":
		return g, true
	case rest[0] == '\t':
		g.sep, g.start = "\t", end+1
		return g, true
	case rest[0] != ' ':
		return numberedLine{}, false
	}
	text := strings.TrimLeft(rest, " ")
	at := len(l) - len(text)
	for _, b := range gutterBars {
		if after, ok := strings.CutPrefix(text, b); ok && (after == "" || after[0] == ' ') {
			g.sep, g.start = b, at+len(b)+min(1, len(after))
			return g, true
		}
	}
	g.sep, g.start = " ", at
	return g, true
}

// continuationOf returns the rest of a wrapped code line that a line
// holds behind a continuation mark (continuationMarks), spaces alone
// before it.
func continuationOf(l string) (string, bool) {
	t := strings.TrimLeft(l, " ")
	for _, m := range continuationMarks {
		if after, ok := strings.CutPrefix(t, m); ok && strings.TrimSpace(after) != "" {
			return strings.TrimSpace(after), true
		}
	}
	return "", false
}

// gutterForm is how a tool lays out its gutter: the spaces before the
// widest number, what stands after the numbers, and the columns from the
// widest number's end to the code.
type gutterForm struct {
	margin int
	sep    string
	gap    int
}

// numberedRun is a run of lines behind a gutter of line numbers, from
// the line from to the line to (excluded).
type numberedRun struct {
	from, to int
	numbers  int        // its numbered lines
	width    int        // the byte the code starts at on each numbered line
	form     gutterForm // its layout
	code     []string   // its code, a continuation joined to its line
	joined   []int      // the continuation lines, as indexes of the text
}

// numberedRunAt reads the run of lines behind a gutter of line numbers
// that starts at the line i: numbered lines counting up by one from the
// number of the first, with the same separator, and continuation lines
// after a numbered one. It reports false for no numbered line at i.
func (t *Text) numberedRunAt(i int) (numberedRun, bool) {
	first, ok := lineNumberOf(t.Lines[i])
	if !ok || first.sep == "" {
		return numberedRun{}, false
	}
	r := numberedRun{from: i, width: -1}
	var lines []numberedLine
	// code tells whether the line before holds code a continuation may
	// go on with: a numbered line's, not blank, or a continuation.
	j, code := i, false
	for ; j < len(t.Lines); j++ {
		if _, ok := continuationOf(t.Lines[j]); ok && code {
			r.joined = append(r.joined, j)
			continue
		}
		g, ok := lineNumberOf(t.Lines[j])
		if !ok || g.n != first.n+len(lines) || g.sep != "" && g.sep != first.sep {
			break
		}
		lines, code = append(lines, g), g.sep != ""
		if g.sep != "" && (r.width < 0 || g.start < r.width) {
			r.width = g.start
		}
	}
	r.to, r.numbers = j, len(lines)
	widest := lines[0]
	for _, g := range lines {
		if g.sep != "" && g.end > r.width {
			return numberedRun{}, false
		}
		if g.end-g.lead > widest.end-widest.lead {
			widest = g
		}
	}
	r.form = gutterForm{margin: widest.lead, sep: first.sep, gap: r.width - widest.end}
	for k := i; k < r.to; k++ {
		l := t.Lines[k]
		if rest, ok := continuationOf(l); ok && slices.Contains(r.joined, k) {
			r.code[len(r.code)-1] += " " + rest
			continue
		}
		if len(l) > r.width {
			r.code = append(r.code, strings.TrimRight(l[r.width:], " \t"))
		} else {
			r.code = append(r.code, "")
		}
	}
	return r, true
}

// stripLineNumbers takes the gutter of line numbers off each code block
// a tool printed with one (see above), joining each continuation line
// onto the line it goes on, with a warning at the block's first line.
func (t *Text) stripLineNumbers(name string, rep *Reporter) {
	var runs []numberedRun
	proven := map[gutterForm]int{}
	for i := 0; i < len(t.Lines); i++ {
		r, ok := t.numberedRunAt(i)
		if !ok {
			continue
		}
		if r.numbers >= 2 && IsCode(r.code) {
			runs = append(runs, r)
			if _, ok := proven[r.form]; !ok {
				proven[r.form] = r.from
			}
		} else if r.numbers == 1 && len(r.joined) == 0 {
			runs = append(runs, r)
		}
		i = r.to - 1
	}
	for k := len(runs) - 1; k >= 0; k-- {
		r := runs[k]
		at := t.line(r.from)
		if r.numbers == 1 {
			by, ok := proven[r.form]
			first, _ := lineNumberOf(t.Lines[r.from])
			if !ok || first.n != 1 || !IsCode(r.code) {
				continue
			}
			rep.Warn(At(name, at), "line %d (%q) stands behind the number 1, as the lines of the page's code blocks numbered in the same gutter do (from line %d): read as code without it; if the page means the number, write the line without a gutter before the page's code", at, Clip(t.Lines[r.from]), t.line(by))
		} else {
			rep.Warn(At(name, at), "lines %d to %d start with numbers counting up by one from %s, a gutter a tool printed before a code block's lines%s: read as the code without them; if the numbers are the page's, write the block without a gutter", at, t.line(r.to-1), firstNumber(t.Lines[r.from]), joinedNote(t, r))
		}
		code := r.code
		for m := r.from; m < r.to; m++ {
			if slices.Contains(r.joined, m) {
				continue
			}
			t.Lines[m], code = code[0], code[1:]
		}
		for j := len(r.joined) - 1; j >= 0; j-- {
			t.drop(r.joined[j], r.joined[j]+1)
		}
	}
}

// firstNumber is the number a numbered line starts with.
func firstNumber(l string) string {
	g, _ := lineNumberOf(l)
	return strconv.Itoa(g.n)
}

// joinedNote tells the continuation lines of a run joined onto the line
// they go on, for a warning; nothing for none.
func joinedNote(t *Text, r numberedRun) string {
	if len(r.joined) == 0 {
		return ""
	}
	var at []string
	for _, j := range r.joined {
		at = append(at, strconv.Itoa(t.line(j)))
	}
	mark, _, _ := strings.Cut(strings.TrimLeft(t.Lines[r.joined[0]], " "), " ")
	lines := "line "
	if len(at) > 1 {
		lines = "lines "
	}
	return fmt.Sprintf(", and the rest of a code line too long for the width behind %q on %s%s, each joined onto the line before it with a space", mark, lines, strings.Join(at, ", "))
}
