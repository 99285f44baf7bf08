package pages

import (
	"strings"
	"unicode"
)

// invisibleInLabel are the characters of a link's label that show
// nothing: the zero-width space and the byte order mark, which a site's
// heading permalink holds as its label (MoinMoin's "[[#id|\u200b]]",
// PmWiki's "[[#id | \u200b]]").
const invisibleInLabel = "\u200b\ufeff"

// ShownLabel is the text a wiki link's label shows: the label without
// the spaces and the characters that show nothing (invisibleInLabel)
// around it; empty for a permalink's label. The wiki readers of
// html2wiki's dialects (MoinMoin, PmWiki) read a link as it.
func ShownLabel(label string) string {
	return strings.TrimFunc(label, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(invisibleInLabel, r) })
}
