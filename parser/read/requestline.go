package read

import (
	"regexp"
	"strings"
)

// A code block that a word processor or a converter turned into
// paragraphs (a .docx read by pandoc, a page pasted into Word) keeps its
// lines, but a request line may come back broken at its spaces: the method
// on a line, the path on the next, the HTTP version on a third ("GET" /
// "/service/v5/stamprally/progress?playerId=1" / "HTTP/1.1").

// brokenRequestRe matches a request line whole: a method, a path and the
// HTTP version, which makes a join unmistakable.
var brokenRequestRe = regexp.MustCompile(`^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/\S*\s+HTTP/[0-9.]+$`)

// BrokenRequestLine returns the request line that the first two or three
// of lines make when joined with spaces, and how many it joins; 0 when
// the first line is a request line on its own or no join makes one. Each
// line must be a part of the request line (a method, a path, a version),
// so that a method's line followed by a path heading is never joined
// without the version that shows them one line.
func BrokenRequestLine(lines []string) (string, int) {
	if len(lines) < 2 || strings.Contains(lines[0], "HTTP/") {
		return "", 0
	}
	parts := []string{strings.TrimSpace(lines[0])}
	for n := 2; n <= 3 && n <= len(lines); n++ {
		next := strings.TrimSpace(lines[n-1])
		if next == "" {
			return "", 0
		}
		parts = append(parts, next)
		if joined := strings.Join(parts, " "); brokenRequestRe.MatchString(joined) {
			return joined, n
		}
	}
	return "", 0
}
