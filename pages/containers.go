package pages

import (
	"regexp"
	"strings"
)

// ContainerTags are the HTML elements a page's layout wraps its text in
// and that show no text of their own: a converter writes each on a line
// of its own around the blocks it holds (pandoc's <div
// class="table-wrap">, its </div>).
var ContainerTags = map[string]bool{"article": true, "aside": true, "blockquote": true, "details": true, "div": true, "figure": true, "footer": true, "header": true, "main": true, "nav": true, "section": true}

// tagLineRe matches a line that is one start or end tag, with its name.
var tagLineRe = regexp.MustCompile(`^</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>$`)

// IsContainerTag reports whether a trimmed line is one start or end tag
// of a container (ContainerTags), which shows no text.
func IsContainerTag(t string) bool {
	m := tagLineRe.FindStringSubmatch(t)
	return m != nil && ContainerTags[strings.ToLower(m[1])]
}
