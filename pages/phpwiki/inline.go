package phpwiki

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// linkRe matches a link: a label, which may hold a type's empty
// brackets ("[<code>Item[]</code>|#item]") but no other bracket, a pipe,
// and a target without a space in it, in brackets.
var linkRe = regexp.MustCompile(`\[(?:[^\[\]]|\[\])*\|[^\s\[\]|]*\]`)

// invisible are the characters of a link's label that show nothing: the
// zero-width space and the byte order mark, which a site's permalink
// ("[\u200b|#id]") holds.
const invisible = "\u200b\ufeff"

// rendered is the text a line of markup shows, as lines: a line break
// ("%%%") starts a new one. The inline tags PhpWiki keeps ("<code>")
// show nothing (pages.WithoutKeptTags). A link shows its label, the text
// before its last pipe ("[PermissionRules|/api/x]"); one whose label
// shows nothing, a heading's permalink ("[\u200b|#id]"), shows nothing.
// A link's label holds no bracket but a type's empty ones: "[a [b|/x]"
// shows "[a b". Brackets without a pipe and a target in them are text
// ("string[]", "[0, 1]", "[a | b]"). A link whose label goes on past the line, as html2wiki writes one around a
// block ("[" at a line's end, its label on the lines after and
// "|/api/x]" opening the line after them), shows the label's lines, and
// its marks nothing. Emphasis around a whole line shows its text
// (unemphasized).
func rendered(t string) []string {
	t = pages.WithoutKeptTags(t)
	if strings.HasPrefix(t, "|") {
		if k := strings.IndexByte(t, ']'); k > 0 && !strings.ContainsAny(t[:k], " \t[") {
			t = t[k+1:] // the end of a label that began lines before
		}
	}
	if s := strings.TrimRight(t, " \t"); strings.HasSuffix(s, "[") {
		t = s[:len(s)-1] // a label that goes on past the line
	}
	var lines []string
	for _, part := range strings.Split(t, "%%%") {
		part = linkRe.ReplaceAllStringFunc(part, func(link string) string {
			return shown(link[1:strings.LastIndexByte(link, '|')])
		})
		lines = append(lines, unemphasized(shown(part)))
	}
	return lines
}

// shown is t without the spaces and the characters that show nothing
// (invisible) around it: a heading's permalink that html2wiki writes as
// its zero-width space alone, "Response Body \u200b".
func shown(t string) string {
	return strings.TrimFunc(t, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(invisible, r) })
}

// unemphasized is a line without PhpWiki's strong or plain emphasis
// around the whole of it, "*ErrorCode*", "_Note_": a title set in bold.
// Asterisks and underscores inside it are text ("user_id", "a * b").
func unemphasized(t string) string {
	for _, mark := range []string{"*", "_"} {
		if len(t) > 2 && strings.HasPrefix(t, mark) && strings.HasSuffix(t, mark) && !strings.Contains(t[1:len(t)-1], mark) {
			return strings.TrimSpace(t[1 : len(t)-1])
		}
	}
	return t
}

// cellText is the text a cell's markup shows (rendered), its lines (a
// line break in it, "%%%") joined by spaces.
func cellText(c string) string {
	var parts []string
	for _, l := range rendered(strings.TrimSpace(c)) {
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}
