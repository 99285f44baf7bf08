package oddmuse

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// targetRe matches the target of a link in single brackets, as
// html2wiki writes an HTML link to another site or a path: a URL with
// its scheme ("https://x.io/a", "mailto:a@x.io"), a path ("/wiki/x",
// "./x") or an anchor ("#top").
var targetRe = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z0-9+.-]*:\S+|\.{0,2}/\S*|#\S*)$`)

// rendered is the text a line of markup shows, as lines (Oddmuse writes
// no line break inside a line: html2wiki drops a <br>). A link shows its
// label: "[url label]" (a target targetRe matches, then a space), or
// "[[Page|label]]"; a page link without one its page ("[[Page]]").
// Brackets that hold no such link ("[3, 7]", "[url]", which Oddmuse
// shows as a number) are text as written, and so are the marks of
// emphasis ("*bold*", "/italic/"), which a path or a wildcard writes
// too.
func rendered(t string) []string {
	var b strings.Builder
	for i := 0; i < len(t); {
		switch {
		case strings.HasPrefix(t[i:], "[["):
			end := strings.Index(t[i+2:], "]]")
			if end < 0 {
				b.WriteString("[[")
				i += 2
				continue
			}
			inner := t[i+2 : i+2+end]
			if page, label, ok := strings.Cut(inner, "|"); ok {
				b.WriteString(pages.ShownLabel(label))
			} else {
				b.WriteString(strings.TrimSpace(page))
			}
			i += 2 + end + 2
		case t[i] == '[':
			end := strings.IndexByte(t[i+1:], ']')
			target, label, ok := "", "", end >= 0
			if ok {
				target, label, ok = strings.Cut(t[i+1:i+1+end], " ")
			}
			if !ok || !targetRe.MatchString(target) {
				b.WriteByte('[')
				i++
				continue
			}
			b.WriteString(pages.ShownLabel(label))
			i += 1 + end + 1
		default:
			b.WriteByte(t[i])
			i++
		}
	}
	return []string{b.String()}
}
