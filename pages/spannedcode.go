package pages

import (
	"strings"
)

// A converter that knows <code> but not <pre> as a block (github.com/
// lunny/html2md, which writes each <pre> as inline code) writes a code
// block as a code span that spans lines: a backtick glued to its first
// line ("`GET /service/v5/kilns/loads?… HTTP/1.1", "`HTTP/1.1 200 OK")
// and another to its last ("kgAppId: 909428`", "}`"), its lines, blank
// ones too, kept between them. No style reads a code span across a
// blank line, and the request or status line that opens the example
// would be read with its backtick, no request or status line at all.

// readSpannedCode reads each code span that spans lines and holds an
// HTTP message or JSON as the code block it stands for: its backticks
// are dropped, and its lines read as a code block's, each at its line,
// with a warning at its first. Such a span opens at a run of backticks
// that begins a line (after its indentation) and holds no other
// backtick, and closes at the first line after it that holds a
// backtick, where that line ends with a run of as many backticks and
// holds no other; its text reads as an HTTP message or JSON
// (spannedMessage). A code span within one line ("`appSecret`") is
// inline code, and stays; so does a span whose text reads as neither,
// and a line of a fenced code block, which is code already.
func (t *Text) readSpannedCode(name string, rep *Reporter) {
	for i := 0; i < len(t.Lines); i++ {
		l := t.Lines[i]
		open := strings.TrimLeft(l, " \t")
		n := len(open) - len(strings.TrimLeft(open, "`"))
		if n == 0 {
			continue
		}
		if IsFence(open) {
			if end := fenceCloser(t.Lines, i, '`', n); end >= 0 {
				i = end
				continue
			}
			return
		}
		if strings.Contains(open[n:], "`") {
			continue
		}
		end := spanCloser(t.Lines, i, n)
		if end < 0 {
			continue
		}
		closing := strings.TrimRight(t.Lines[end], " \t")
		lines := append([]string{open[n:]}, t.Lines[i+1:end]...)
		lines = append(lines, closing[:len(closing)-n])
		what := spannedMessage(lines)
		if what == "" {
			i = end
			continue
		}
		rep.Warn(At(name, t.line(i)), "lines %d to %d (%q to %q) are a code block that the converter wrote as inline code spanning lines, %s glued to its first line and to its last, as github.com/lunny/html2md writes a <pre>: their text reads as %s, not as words of a paragraph; read as a code block, without the backticks", t.line(i), t.line(end), Clip(strings.TrimSpace(l)), Clip(strings.TrimSpace(t.Lines[end])), backticks(n), what)
		t.Lines[i] = l[:len(l)-len(open)] + open[n:]
		t.Lines[end] = closing[:len(closing)-n]
		i = end
	}
}

// spanCloser is the index of the line that closes the code span line i
// opens with n backticks: the first line after it that holds a
// backtick, when it ends with n backticks (spaces after them aside) and
// holds no other; -1 when that line does not, or no line does.
func spanCloser(lines []string, i, n int) int {
	for j := i + 1; j < len(lines); j++ {
		l := lines[j]
		k := strings.IndexByte(l, '`')
		if k < 0 {
			continue
		}
		l = strings.TrimRight(l, " \t")
		if k == len(l)-n && strings.Trim(l[k:], "`") == "" {
			return j
		}
		return -1
	}
	return -1
}

// spannedMessage tells what the lines of a code span that spans lines
// read as: "an HTTP request" or "an HTTP response" where the first line
// that is neither blank nor a comment ("// -75101, Kiln busy") is a
// request or a status line, "JSON" where it opens JSON and the last
// line that is not blank closes it, else "".
func spannedMessage(lines []string) string {
	first, last := "", ""
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || first == "" && strings.HasPrefix(l, "//") {
			continue
		}
		if first == "" {
			first = l
		}
		last = l
	}
	switch {
	case first == "":
		return ""
	case requestLineRe.MatchString(first):
		return "an HTTP request"
	case statusLineRe.MatchString(first):
		return "an HTTP response"
	case opensJSON(first) && strings.IndexByte("}]", last[len(last)-1]) >= 0:
		return "JSON"
	}
	return ""
}

// backticks names a run of n backticks.
func backticks(n int) string {
	if n == 1 {
		return "a backtick"
	}
	return "a run of " + strings.Repeat("`", n)
}
