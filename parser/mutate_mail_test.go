package parser_test

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
)

// The defects of a page's way to the user, as mail and office suites
// leave its text: each applies once to the whole page.
func init() {
	defects = append(defects, mailDefects...)
}

var (
	// quotedRe matches a literal in straight quotes within a row.
	quotedRe = regexp.MustCompile(`"([^"\s][^"]*)"`)
	// dashBoundRe matches a range whose dash an editor makes an en dash.
	dashBoundRe = regexp.MustCompile(`\b(\d+) - (-?\d+)\b`)
	// commentedRe matches a bound a reviewer comments on: GearN's in
	// parentheses, or a range of Kakao's.
	commentedRe = regexp.MustCompile(constraintRe.String() + `|\b\d+ ~ \d+\b`)
)

var mailDefects = []defect{
	{"saved in a legacy encoding", func(p *scrapedPage) []int {
		if _, ok := legacy(p.lines); !ok {
			return nil
		}
		return []int{0}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		data, _ := legacy(lines)
		return strings.Split(data, "\n"), at
	}},
	{"wrapped by a mail client", func(p *scrapedPage) []int {
		for _, l := range p.lines {
			if len(l) > 80 && strings.Contains(strings.TrimSpace(l), " ") {
				return []int{0}
			}
		}
		return nil
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		width := []int{72, 76, 78}[len(lines)%3]
		var out []string
		for _, l := range lines {
			out = append(out, flowLine(l, width)...)
		}
		return out, at
	}},
	{"forwarded in a mail", func(p *scrapedPage) []int { return []int{0} }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		head := []string{
			"From: Minh Tran <minh.tran@studio.example>",
			"Sent: Tuesday, March 3, 2026 10:14 AM",
			"To: Backend Team <backend@studio.example>",
			"Subject: FW: the reference page",
			"",
			"Hi all, here is the reference page, as the docs site shows it.",
			"",
			"[cid:image001.png@01DC8B2E.5A7F3C10]",
			"",
		}
		tail := []string{"", "Thanks,", "Minh", "-- ", "Minh Tran | Backend Lead | Studio Example", "This e-mail is confidential."}
		return append(append(head, lines...), tail...), at
	}},
	{"comments of a document export", func(p *scrapedPage) []int {
		if p.style == "html" || len(linesMatching(p, commentedRe)) == 0 {
			return nil
		}
		return []int{0}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		var notes []string
		for _, i := range linesMatching(p, commentedRe) {
			if len(notes) == 3 {
				break
			}
			label := string(rune('a' + len(notes)))
			loc := commentedRe.FindStringIndex(lines[i])
			lines[i] = lines[i][:loc[1]] + "[" + label + "]" + lines[i][loc[1]:]
			notes = append(notes, "["+label+"]Minji Kim: is this bound right? \u201cYes\u201d - Jaeho Lee")
		}
		return append(append(lines, ""), notes...), at
	}},
	{"curly quotes around a literal", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		var out []int
		for i, l := range p.lines {
			// A line of text, not of an example's JSON.
			if t := strings.TrimSpace(l); quotedRe.MatchString(t) && !strings.ContainsAny(t[:1], "{[\"") && !strings.Contains(t, "\":") {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string{}, lines...)
		lines[at] = quotedRe.ReplaceAllString(lines[at], "\u201c$1\u201d")
		return lines, at
	}},
}

// typographic is the lines as an editor's autoformat leaves them: the
// dash of each range an en dash, each apostrophe a curly one.
func typographic(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		l = dashBoundRe.ReplaceAllString(l, "$1 \u2013 $2")
		out[i] = strings.ReplaceAll(l, "'s ", "\u2019s ")
	}
	return out
}

// legacy encodes a page as Windows or Korean Windows saves it as "ANSI":
// Windows-1252, with the typographic characters an editor types, or
// EUC-KR for a Korean page; false when neither holds it.
func legacy(lines []string) (string, bool) {
	if s, err := charmap.Windows1252.NewEncoder().String(strings.Join(typographic(lines), "\n")); err == nil {
		return s, true
	}
	if s, err := korean.EUCKR.NewEncoder().String(strings.Join(lines, "\n")); err == nil {
		return s, true
	}
	return "", false
}

// flowLine wraps a line as a mail client does with format=flowed: broken
// at its last space within the width, in the columns of a fixed-width
// font (a Hangul syllable takes two), the space kept at the end of the
// broken line; a word longer than the width stands on a line of its own.
func flowLine(l string, width int) []string {
	var out []string
	for columnsOf(l) > width {
		start := len(l) - len(strings.TrimLeft(l, " "))
		cut := -1
		for i, r := range l {
			if r == ' ' && i > start && columnsOf(l[:i]) < width {
				cut = i
			}
		}
		if cut < 0 {
			k := strings.IndexByte(l[start:], ' ')
			if k < 0 {
				break
			}
			cut = start + k
		}
		out = append(out, l[:cut+1])
		l = l[cut+1:]
	}
	return append(out, l)
}

// columnsOf is the width of s in columns: two for a Hangul syllable.
func columnsOf(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0xAC00 && r <= 0xD7A3 {
			n++
		}
	}
	return n
}

// The page pasted into a plain-text mail and forwarded or answered: each
// line quoted by the mail client, at one depth or two (a second forward
// quotes the first's note once and the page twice), as clients write the
// mark ("> ", ">>", "| "), under the mail's headers and its sender's
// note, over its footer; and a client that wraps the quoted lines at 72
// columns, the continuation quoted too, or cuts them at the column
// itself, inside words (of a text page: HTML's lines are no text a wrap
// cuts, as "hard-wrapped page" has it).
func init() {
	defects = append(defects, quotedDefects...)
	for _, d := range quotedDefects {
		everyStyle[d.class] = true
	}
}

// mailHead are the lines a forward writes over the page it quotes, and
// mailFoot those under it.
var (
	mailHead = []string{
		"From: Minh Tran <minh.tran@studio.example>",
		"Sent: Tuesday, March 3, 2026 10:14 AM",
		"To: Backend Team <backend@studio.example>",
		"Subject: FW: the reference page",
		"",
		"Hi all, the docs site is down; here is the page support pasted.",
		"",
		"-----Original Message-----",
		"From: Partner Support <support@vendor.example>",
		"Subject: the reference page",
		"",
	}
	mailFoot = []string{"", "This e-mail and any attachments are confidential and intended solely for the addressee."}
)

// quoteLines quotes lines once as a mail client does with mark: "> "
// before a line, a bare ">" for an empty one; with nest, a line quoted
// already takes the mark without its space (">> ").
func quoteLines(lines []string, mark string, nest bool) []string {
	out := make([]string, len(lines))
	bare := strings.TrimSpace(mark)
	for i, l := range lines {
		switch {
		case l == "":
			out[i] = bare
		case nest && strings.HasPrefix(l, bare):
			out[i] = bare + l
		default:
			out[i] = mark + l
		}
	}
	return out
}

// forward quotes lines in a mail with its head and foot.
func forward(lines []string) []string {
	return slices.Concat(mailHead, lines, mailFoot)
}

var quotedDefects = []defect{
	{"quoted in a mail", func(p *scrapedPage) []int { return []int{0} }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return forward(quoteLines(lines, "> ", false)), len(mailHead)
	}},
	{"quoted with pipes in a mail", func(p *scrapedPage) []int { return []int{0} }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return forward(quoteLines(lines, "| ", false)), len(mailHead)
	}},
	{"quoted twice in a mail, > > ", func(p *scrapedPage) []int { return []int{0} }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return forward(quoteLines(forward(quoteLines(lines, "> ", false)), "> ", false)), 2 * len(mailHead)
	}},
	{"quoted twice in a mail, >>", func(p *scrapedPage) []int { return []int{0} }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return quoteLines(quoteLines(lines, "> ", true), "> ", true), 0
	}},
	{"quoted in a mail, wrapped at 72 columns", func(p *scrapedPage) []int {
		if p.style == "html" || len(wrappedLines(p.lines, 0, len(p.lines))) == 0 {
			return nil
		}
		return []int{0}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		var wrapped []string
		for _, l := range lines {
			wrapped = append(wrapped, hardWrapLine(l, hardWrapWidth-2)...)
		}
		return forward(quoteLines(wrapped, "> ", false)), len(mailHead) + wrappedLines(lines, 0, len(lines))[0]
	}},
	{"quoted in a mail, folded at 72 columns", func(p *scrapedPage) []int {
		if p.style == "html" || len(wrappedLines(p.lines, 0, len(p.lines))) == 0 {
			return nil
		}
		return []int{0}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		var folded []string
		for _, l := range lines {
			folded = append(folded, foldLine(l, hardWrapWidth-2)...)
		}
		return forward(quoteLines(folded, "> ", false)), len(mailHead) + wrappedLines(lines, 0, len(lines))[0]
	}},
}

// foldLine cuts a line as fold -w and some mail clients do: at the
// column itself, inside a word or a number, each piece as wide as the
// width but the last, without the spaces a piece ends in (a client trims
// them).
func foldLine(l string, width int) []string {
	var out []string
	rs := []rune(l)
	for len(rs) > width {
		out = append(out, strings.TrimRight(string(rs[:width]), " "))
		rs = rs[width:]
	}
	return append(out, string(rs))
}
