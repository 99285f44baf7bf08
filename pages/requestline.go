package pages

import (
	"regexp"
	"strings"
)

// A request line broken over lines, in any style: a code block that a
// word processor or a converter turned into paragraphs (a .docx read by
// pandoc, a page pasted into Word) keeps its lines, but its request line
// may come back broken at its spaces, the method on a line, the path on
// the next, the HTTP version on a third ("GET" ⏎
// "/service/v5/stamprally/progress?playerId=1" ⏎ "HTTP/1.1"); and a text
// browser wraps a request line after the slash of "HTTP/" (w3m at 80
// columns: "GET /kite/contests?… HTTP/" ⏎ "1.1"), where a request line
// never ends. Read joins such a request line into one text block, with a
// warning, so that the protocols read only whole request lines.

var (
	// wholeRequestRe matches a request line whole: a method, a path and
	// the HTTP version, which makes a join unmistakable.
	wholeRequestRe = regexp.MustCompile(`^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/\S*\s+HTTP/\d(?:\.\d)?$`)
	// cutInVersionRe matches the end of a line inside the HTTP version
	// ("… HTTP/", "… HTTP/1."), and cutVersionRestRe the rest of the
	// version on the next line ("1.1").
	cutInVersionRe   = regexp.MustCompile(`(?:^| )HTTP/(?:\d\.?)?$`)
	cutVersionRestRe = regexp.MustCompile(`^(?:\d(?:\.\d)?|\.\d)$`)
	// httpVersionRe matches an HTTP version whole.
	httpVersionRe = regexp.MustCompile(`^HTTP/\d(?:\.\d)?$`)
	// gluedRequestRe matches a request line whose space between the
	// method and the path is lost, as a tool that drops a non-breaking
	// space writes it ("GET/api/rJson/time/client/getServerTime": unrtf),
	// the line being the method and a path alone, or with the version; a
	// path begins in lower case or a digit, as no word that a slash
	// sets against the method does ("GET/SET").
	gluedRequestRe = regexp.MustCompile(`^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)(/[a-z0-9{_.~-]\S*(?:\s+HTTP/\d(?:\.\d)?)?)$`)
)

// brokenRequestLine returns the request line that the first two or three
// of texts make when joined, and how many it joins; 0 when the first is
// a request line on its own or no join makes one. The texts are joined
// with a space, but for the rest of a version that a wrap cut ("HTTP/" ⏎
// "1.1"), which is joined without one (cut is set then). Each text must
// be a part of the request line (a method, a path, a version), so that a
// method's line followed by a path heading is never joined without the
// version that shows them one line.
func brokenRequestLine(texts []string) (joined string, n int, cut bool) {
	if len(texts) < 2 || !startsWithMethod(strings.TrimSpace(texts[0])) || wholeRequestRe.MatchString(strings.TrimSpace(texts[0])) {
		return "", 0, false
	}
	joined = strings.TrimSpace(texts[0])
	for n = 2; n <= 3 && n <= len(texts); n++ {
		next := strings.TrimSpace(texts[n-1])
		if next == "" {
			return "", 0, false
		}
		if version := cutInVersionRe.FindString(joined); version != "" && cutVersionRestRe.MatchString(next) && httpVersionRe.MatchString(strings.TrimSpace(version)+next) {
			joined, cut = joined+next, true
		} else {
			joined += " " + next
		}
		if wholeRequestRe.MatchString(joined) {
			return joined, n, cut
		}
	}
	return "", 0, false
}

// requestMethods are the methods wholeRequestRe matches a request line
// by.
var requestMethods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}

// startsWithMethod reports whether a text begins with a method of
// requestMethods, as every request line does, and so every join of texts
// that makes one: a cheap first look that rules out the texts of most
// pages before a pattern is tried on them and their joins.
func startsWithMethod(t string) bool {
	if t == "" || strings.IndexByte("GPDHO", t[0]) < 0 {
		return false
	}
	for _, m := range requestMethods {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// joinRequestLines joins each request line that two or three text blocks
// in a row make (brokenRequestLine) into the first of them, and sets the
// space back between the method and the path of a request line that lost
// it (gluedRequestRe), each with a warning at its line.
func joinRequestLines(src Source, blocks []Block) []Block {
	out := blocks[:0]
	var held [3]string
	for i := 0; i < len(blocks); i++ {
		if blocks[i].Table != nil || !startsWithMethod(strings.TrimSpace(blocks[i].Text)) {
			out = append(out, blocks[i])
			continue
		}
		if m := gluedRequestRe.FindStringSubmatch(strings.TrimSpace(blocks[i].Text)); m != nil {
			line := m[1] + " " + m[2]
			src.Report.Warn(At(src.Name, blocks[i].Line), "line %d writes its request line without a space between the method and the path: read as %q, as a tool that drops a non-breaking space (unrtf) writes it", blocks[i].Line, line)
			out = append(out, Block{Line: blocks[i].Line, Text: line})
			continue
		}
		texts := held[:0]
		for _, b := range blocks[i:min(i+3, len(blocks))] {
			if b.Table != nil {
				break
			}
			texts = append(texts, b.Text)
		}
		joined, n, cut := brokenRequestLine(texts)
		if n == 0 {
			out = append(out, blocks[i])
			continue
		}
		first, last := blocks[i].Line, blocks[i+n-1].Line
		if cut && n == 2 {
			src.Report.Warn(At(src.Name, first), "line %d ends inside the HTTP version of its request line, and line %d holds its rest (%q): read as one request line, which a wrap cut", first, last, strings.TrimSpace(texts[1]))
		} else {
			src.Report.Warn(At(src.Name, first), "read the request line from %d lines, %d to %d, as %q: a word processor or a converter broke it; write it on one line in a code block", n, first, last, joined)
		}
		out = append(out, Block{Line: first, Text: joined})
		i += n - 1
	}
	return out
}
