package pages

import (
	"regexp"
	"strings"
)

// A page pasted into a mail and forwarded or answered reaches the user
// quoted: a mail client marks each line of the text it quotes with "> "
// (an empty line with a bare ">"), some clients with "| ", and a second
// forward or answer quotes the quoted lines again ("> > ", ">>"). Where
// nearly every line of a stretch of the page bears one mark (every line,
// for the pipe), and that stretch is most of the page or a forward's
// headers stand over it, the stretch is the page the mail quotes:
// its lines are read without their mark, each at its page line, before
// the page's style is told, and a level at a time, down to the page (a
// mail forwarded twice quotes the first forward's note once and the page
// twice). A mark on a few lines of a page is the page's own (a Markdown
// block quote of a note), and stays. The lines around the quoted page,
// where the mail's headers or a line that introduces what it quotes
// ("-----Original Message-----", "On … wrote:") stand before it, are the
// mail's own words (its headers, its sender's note, its sign-off and
// confidentiality footer), and dropped; without such a line, they stay
// as the page's text.

// quoteMarks are the marks a mail client quotes a line with.
var quoteMarks = []byte{'>', '|'}

// The quoted stretch is the page's when it holds minQuotedLines quoted
// lines at least, and at least quotedShare parts in a hundred of the
// page's lines that are not blank, or a line over it introduces it
// (introducesQuote); of its own lines that are not blank,
// no more than unquotedShare parts in a hundred lack the mark (a line
// whose mark a client lost; none for the pipe), and minQuotedText at
// least hold text: with no other pipe, for the pipe, whose lines are
// else a table's rows.
const (
	minQuotedLines = 6
	quotedShare    = 60
	unquotedShare  = 10
	minQuotedText  = 3
	maxQuoteDepth  = 8
)

// attributionRe matches the line a mail client writes over what it quotes:
// "On Tue, Dec 1, 2026 at 4:12 PM Kim <kim@example.com> wrote:", "2026년
// 12월 1일 (화) 오후 4:12, Kim 님이 작성:".
var attributionRe = regexp.MustCompile(`(?i)^(?:on\b.*\bwrote|.*님이 작성):\s*$`)

// quotedLine returns the text of a line quoted with mark, without the
// mark and the space after it, and whether the line is quoted so. A line
// quoted with a pipe is "| text" or a bare "|".
func quotedLine(l string, mark byte) (string, bool) {
	if l == "" || l[0] != mark {
		return l, false
	}
	rest := l[1:]
	if mark == '|' && rest != "" && rest[0] != ' ' {
		return l, false
	}
	return strings.TrimPrefix(rest, " "), true
}

// quotedStretch returns the stretch of lines from i to j (excluded)
// quoted with mark that is the page a mail quotes, or ok false when the
// page has none.
func quotedStretch(lines []string, mark byte) (i, j int, ok bool) {
	i, j = -1, -1
	total := 0
	for k, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		total++
		if _, q := quotedLine(l, mark); q {
			if i < 0 {
				i = k
			}
			j = k + 1
		}
	}
	if i < 0 {
		return 0, 0, false
	}
	quoted, unquoted, text := 0, 0, 0
	for _, l := range lines[i:j] {
		rest, q := quotedLine(l, mark)
		switch {
		case q:
			quoted++
			if t := strings.TrimSpace(rest); t != "" && (mark != '|' || strings.IndexByte(t, mark) < 0) {
				text++
			}
		case strings.TrimSpace(l) != "":
			unquoted++
		}
	}
	// A line of a stretch of pipes that lacks the mark is wikitext's
	// ("|-", "!"), whose cells one a line are "| text" too.
	lost := 100*unquoted <= unquotedShare*(quoted+unquoted) && (mark != '|' || unquoted == 0)
	return i, j, quoted >= minQuotedLines && (100*quoted >= quotedShare*total || introducesQuote(lines[:i])) && lost && text >= minQuotedText
}

// introducesQuote reports whether the lines before a quoted page hold
// what a mail client writes over a text it quotes or forwards: a block of
// the mail's headers (a From and a Subject), a line that says the mail is
// forwarded, or an attribution.
func introducesQuote(lines []string) bool {
	from, subject := false, false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if forwardedRe.MatchString(t) || attributionRe.MatchString(t) {
			return true
		}
		switch mailHeader(t) {
		case "from", "보낸 사람":
			from = true
		case "subject", "제목":
			subject = true
		}
	}
	return from && subject
}

// unquote reads the page a mail quotes without its quote marks, a level
// at a time, and drops the mail's own words around it where a line
// introduces the quote; with a warning at each.
func (t *Text) unquote(name string, rep *Reporter) {
	for range maxQuoteDepth {
		var mark byte
		i, j, ok := 0, 0, false
		for _, m := range quoteMarks {
			if i, j, ok = quotedStretch(t.Lines, m); ok {
				mark = m
				break
			}
		}
		if !ok {
			return
		}
		first, last := t.line(i), t.line(j-1)
		rep.Warn(At(name, first), "lines %d to %d are quoted with %q, as a mail quotes the text it forwards or answers: read without the mark", first, last, string(mark))
		for k := i; k < j; k++ {
			if rest, q := quotedLine(t.Lines[k], mark); q {
				t.Lines[k] = rest
			} else if strings.TrimSpace(t.Lines[k]) != "" {
				rep.Warn(At(name, t.line(k)), "line %d, amid the lines quoted with %q, is not quoted: read as it is", t.line(k), string(mark))
			}
		}
		if !introducesQuote(t.Lines[:i]) {
			continue
		}
		end := len(t.Lines)
		for end > j && strings.TrimSpace(t.Lines[end-1]) == "" {
			end--
		}
		if end > j {
			rep.Warn(At(name, t.line(j)), "lines %d to %d, after the page the mail quotes, are the mail's own words: dropped", t.line(j), t.line(end-1))
			t.drop(j, len(t.Lines))
		}
		if i > 0 {
			rep.Warn(At(name, t.line(0)), "lines %d to %d, before the page the mail quotes, are the mail's own words (its headers, its sender's note): dropped", t.line(0), t.line(i-1))
			t.drop(0, i)
		}
	}
}
