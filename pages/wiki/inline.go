package wiki

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// The markup inside a line of wiki markup, in text and in cells alike:
// the text it shows. Each kind of markup is read as Confluence's renderer
// reads it, or left as text where a scrape cannot tell it from text; the
// code blocks ({code}, {noformat}) are literal and never come here.

// maxSpan bounds the bytes between the marks of a link, a monospace span,
// an emphasis or a macro's tag: marks farther apart are text. It keeps
// the reading of a line of unpaired marks linear.
const maxSpan = 512

// renderer renders markup into lines of spans: a forced line break
// ("\\") and a panel's title start a line.
type renderer struct {
	lines  [][]pages.Span
	cur    []pages.Span
	code   int      // the depth of monospace spans at the place rendered
	struck []string // the texts struck out (-deleted-)
}

// rendered is the text a line of wiki markup shows, as lines: a forced
// line break ("\\") ends a line, and a panel macro's title ({info:title=
// Note}) is a line of its own. It reads a backslash escape ("\{", "\[",
// "\|") as its character; a monospace span ({{string}}) as its text,
// kept as a code span ("`name`") amid prose as the other styles keep it,
// plain when it is the whole line or part of a word; a link as its text
// ([text|target]; [target] and [#anchor] when the target starts with a
// letter, an anchor's # or an address, and the bracket is no part of a
// word, as in "List[String]"); an emphasis (*strong*, _emphasis_,
// -deleted-, +inserted+, ??citation??) as its text, where its marks stand
// as Confluence requires (not inside a word, not on the inner side of a
// space), and **strong** as a writer used to Markdown writes it; an
// image by its alt text ("!check.png|alt=Required!"); the tags of the
// macros it knows ({color:red}, {anchor:x}, {info}) as nothing, a status
// lozenge as its title; an address (https://…) as it is written. A
// brace, bracket or mark that opens nothing is text. Struck-out text is
// text too, which struck lists: the page may mean it deleted.
func rendered(s string) (lines, struck []string) {
	if !strings.ContainsAny(s, markBytes) {
		if t := pages.SingleSpaced(strings.TrimSpace(s)); t != "" {
			lines = []string{t}
		}
		return lines, nil
	}
	r := &renderer{}
	r.markup(s)
	r.lineBreak()
	for _, l := range r.lines {
		if t := pages.SpansText(l); t != "" {
			lines = append(lines, t)
		}
	}
	return lines, r.struck
}

// write adds text at the place rendered.
func (r *renderer) write(s string) {
	if s == "" {
		return
	}
	code := r.code > 0
	if n := len(r.cur); n > 0 && r.cur[n-1].Code == code {
		r.cur[n-1].Text += s
		return
	}
	r.cur = append(r.cur, pages.Span{Text: s, Code: code})
}

// lineBreak ends the line rendered.
func (r *renderer) lineBreak() {
	r.lines = append(r.lines, r.cur)
	r.cur = nil
}

// markup renders s at the place rendered.
func (r *renderer) markup(s string) {
	start := 0 // the text from start on is not written yet
	// took writes the text before the markup at i, which is n bytes long.
	took := func(i, n int) {
		r.write(s[start:i])
		start = i + n
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && s[i+1] == '\\':
			took(i, 2)
			r.lineBreak()
			i += 2
			continue
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			took(i, 2)
			r.write(s[i+1 : i+2])
			i += 2
			continue
		case c == '{' && strings.HasPrefix(s[i:], "{{"):
			if end := closing(s, i+2, "}}"); end >= 0 {
				took(i, end+2-i)
				r.code++
				r.markup(s[i+2 : end])
				r.code--
				i = end + 2
				continue
			}
		case c == '{':
			if m, n := tagAt(s, i); n > 0 {
				took(i, n)
				r.macro(m)
				i += n
				continue
			}
		case c == '[':
			if text, n := linkAt(s, i); n > 0 {
				took(i, n)
				r.markup(text)
				i += n
				continue
			}
		case c == '!':
			if alt, n := imageAt(s, i); n > 0 {
				took(i, n)
				r.write(alt)
				i += n
				continue
			}
		case c == 'h' || c == 'm':
			if n := addressAt(s, i); n > 0 {
				i += n // as written: its dashes and underscores are no marks
				continue
			}
		}
		if inner, n := emphasisAt(s, i); n > 0 {
			took(i, n)
			if c == '-' {
				r.struck = append(r.struck, inner)
			}
			r.markup(inner)
			i += n
			continue
		}
		i++
	}
	r.write(s[start:])
}

// macro renders a macro's tag: a panel's title as a line of its own, a
// status lozenge's title as text, any other tag as nothing.
func (r *renderer) macro(m tag) {
	switch {
	case panels[m.name] && m.param("title") != "":
		r.lineBreak()
		r.write(m.param("title"))
		r.lineBreak()
	case m.name == "status":
		r.write(m.param("title"))
	}
}

// closing returns where mark closes a span opened before from, within
// maxSpan bytes and past the backslash escapes, or -1.
func closing(s string, from int, mark string) int {
	for j := from; j < len(s) && j-from <= maxSpan; j++ {
		switch {
		case s[j] == '\\':
			j++
		case strings.HasPrefix(s[j:], mark):
			return j
		}
	}
	return -1
}

// linkAt reads the link at s[i], which is "[": its text and its length,
// or 0 when none starts there. A link is "[text|target]" (its text, or
// its target when the text is empty), or "[target]" where the target
// starts with a letter, an anchor's "#", an attachment's "^", a user's
// "~" or an address, and the bracket is not glued to a word before it
// ("List[String]" is a type).
func linkAt(s string, i int) (string, int) {
	end := linkEnd(s, i)
	if end < 0 {
		return "", 0
	}
	body := s[i+1 : end]
	if k := topPipe(body); k >= 0 {
		text := body[:k]
		if strings.TrimSpace(text) == "" {
			target, _, _ := strings.Cut(body[k+1:], "|")
			text = strings.TrimLeft(strings.TrimSpace(target), "#^~")
		}
		return text, end + 1 - i
	}
	t := strings.TrimSpace(body)
	if t == "" || i > 0 && pages.IsIdentByte(s[i-1]) || !isTarget(t) {
		return "", 0
	}
	return strings.TrimLeft(t, "#^~"), end + 1 - i
}

// withoutPermalinks is a heading's markup without its permalinks
// (pages.Permalink), as pandoc's Jira writer keeps one: "h2. Client
// [\u200b|#client]" (its zero-width space dropped when the page was
// read), "[|#client]", "[¶|#client]". A link to an anchor that shows
// words is text: "See [Item|#item]".
func withoutPermalinks(s string) string {
	var b strings.Builder
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			end := linkEnd(s, i)
			if end < 0 {
				continue
			}
			body := s[i+1 : end]
			k := topPipe(body)
			if k < 0 || !pages.Permalink(body[:k], body[k+1:]) {
				continue
			}
			b.WriteString(s[start:i])
			start = end + 1
			i = end
		}
	}
	if start == 0 {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

// linkEnd returns where the link that s[i] opens, "[", closes: the
// first "]" after it, within maxSpan bytes and past the backslash
// escapes; -1 when another "[" comes first, or none closes it.
func linkEnd(s string, i int) int {
	for j := i + 1; j < len(s) && j-i <= maxSpan; j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			return -1
		case ']':
			return j
		}
	}
	return -1
}

// topPipe returns where the first pipe of a link's body stands, past
// the backslash escapes, or -1.
func topPipe(body string) int {
	for j := 0; j < len(body); j++ {
		switch body[j] {
		case '\\':
			j++
		case '|':
			return j
		}
	}
	return -1
}

// isTarget reports whether the body of a link without a pipe is a link
// target: a page's title, an anchor, an attachment, a user, an address.
func isTarget(t string) bool {
	c := t[0]
	return pages.IsASCIILetter(c) || c >= 0x80 || strings.IndexByte("#^~", c) >= 0
}

// imageExts are the extensions of the images a page shows.
var imageExts = []string{".png", ".gif", ".jpg", ".jpeg", ".svg", ".webp", ".bmp"}

// imageAt reads the image at s[i], "!check.png|alt=Required!": the text
// its alt (or title) parameter gives, or the mark of an icon's image
// without one (pages.IconMark), and its length; 0 when no image starts
// there or it has no such text, which leaves it as it is written: what
// an image shows without words cannot be read.
func imageAt(s string, i int) (string, int) {
	n := imageLen(s, i)
	if n == 0 {
		return "", 0
	}
	_, params, _ := strings.Cut(s[i+1:i+n-1], "|")
	m := tag{params: params}
	text := m.param("alt")
	if text == "" {
		text = m.param("title")
	}
	if text == "" {
		file, _, _ := strings.Cut(s[i+1:i+n-1], "|")
		if mark, ok := pages.IconMark(file); ok {
			return mark, n // an icon's image: "!check.png!"
		}
		return "", 0
	}
	return text, n
}

// imageLen returns the length of the image at s[i], "!check.png!" or
// "!check.png|alt=Yes!": a file name of an image's extension, without
// spaces, and its parameters; 0 when none starts there.
func imageLen(s string, i int) int {
	end := strings.IndexByte(s[i+1:min(len(s), i+1+maxSpan)], '!')
	if end < 0 {
		return 0
	}
	target, _, _ := strings.Cut(s[i+1:i+1+end], "|")
	lower := strings.ToLower(target)
	if target == "" || strings.ContainsAny(target, " \t") || !slices.ContainsFunc(imageExts, func(e string) bool { return strings.HasSuffix(lower, e) }) {
		return 0
	}
	return end + 2
}

// addressAt returns the length of the address (http://, https://,
// mailto:) that starts at s[i] outside a word, or 0.
func addressAt(s string, i int) int {
	if i > 0 && isWord(s[i-1]) {
		return 0
	}
	for _, scheme := range []string{"https://", "http://", "mailto:"} {
		if strings.HasPrefix(s[i:], scheme) {
			n := len(scheme)
			for i+n < len(s) && !strings.ContainsRune(" \t|]", rune(s[i+n])) {
				n++
			}
			return n
		}
	}
	return 0
}

// markBytes are the bytes that start markup: a line without them is its
// own text.
const markBytes = "\\{[!?*_-+"

// emphasisMarks are the marks of the emphases read: citation, strong as
// Markdown writes it (a writer's habit), strong, emphasis, deleted,
// inserted.
var emphasisMarks = []string{"??", "**", "*", "_", "-", "+"}

// emphasisAt reads the emphasis at s[i]: its inner text and its length,
// or 0 when none starts there. As Confluence has it, the opening mark
// does not follow a letter or digit and precedes no space, the closing
// one follows no space and precedes no letter or digit; a mark doubled
// ("**", "--") opens nothing.
func emphasisAt(s string, i int) (string, int) {
	if i >= len(s) || strings.IndexByte("?*_-+", s[i]) < 0 {
		return "", 0
	}
	m := ""
	for _, e := range emphasisMarks {
		if strings.HasPrefix(s[i:], e) {
			m = e
			break
		}
	}
	k := i + len(m)
	if m == "" || i > 0 && isWord(s[i-1]) || k >= len(s) || isSpace(s[k]) || s[k] == m[0] {
		return "", 0
	}
	for j := k + 1; j < len(s) && j-k <= maxSpan; j++ {
		if !strings.HasPrefix(s[j:], m) || isSpace(s[j-1]) || s[j-1] == '\\' {
			continue
		}
		if end := j + len(m); end == len(s) || !isWord(s[end]) && s[end] != m[0] {
			return s[k:j], end - i
		}
	}
	return "", 0
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' }

// isWord reports whether b is part of a word: an identifier's byte or a
// byte of a rune beyond ASCII (a Korean word).
func isWord(b byte) bool { return pages.IsIdentByte(b) || b >= 0x80 }

// isASCIIPunct reports whether b is an ASCII punctuation character, as a
// backslash escapes in wiki markup.
func isASCIIPunct(b byte) bool {
	return b >= '!' && b <= '/' || b >= ':' && b <= '@' || b >= '[' && b <= '`' || b >= '{' && b <= '~'
}
