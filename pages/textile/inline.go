package textile

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// The markup inside a line of Textile, in text and in cells alike: the
// text it shows, as Redmine's renderer shows it. The code blocks (<pre>,
// bc.) are literal and never come here.

// maxSpan bounds the bytes between the marks of a phrase, a link or an
// image: marks farther apart are text. It keeps the reading of a line of
// unpaired marks linear.
const maxSpan = 512

// markBytes are the bytes that start markup: a line without them is its
// own text.
const markBytes = "=@<\"[!*_-+^~%?"

// phraseMarks are the marks of the phrases read, longest first: strong
// (*, **), emphasis (_, __), citation (??), deleted (-), inserted (+),
// superscript (^), subscript (~) and span (%).
var phraseMarks = []string{"**", "__", "??", "*", "_", "-", "+", "^", "~", "%"}

// phraseAttrsRe matches the attributes a phrase may carry after its
// opening mark: a class or id "(cls#id)", a style "{color:red}", a
// language "[en]".
var phraseAttrsRe = regexp.MustCompile(`^(?:\([\w\s#-]*\)|\{[^{}]*\}|\[[A-Za-z-]{2,}\])+`)

// renderer renders markup into spans.
type renderer struct {
	spans []pages.Span
	// cur is the text of the span written last, not in spans yet, and
	// curCode whether it is code: a span's text is built once, however
	// many writes it takes.
	cur     strings.Builder
	curCode bool
	code    int      // the depth of code spans at the place rendered
	struck  []string // the texts struck out (-deleted-)
}

// inline is the text a line of Textile shows, single-spaced: ==text== and
// <notextile> as their text, unread; @code@ and <code> as a code span
// ("`name`" amid prose, as the other styles keep one, plain when it is
// the whole line or part of a word); a link "text":url as its text, and
// a wiki link [[Page|text]] or [[Page]] as its text or its page; an
// image !file.png(alt)! by its alt text, or the mark of an icon's image
// without one (pages.IconMark); a phrase (*strong*, _emphasis_,
// -deleted-, +inserted+, ^sup^, ~sub~, ??citation??, %span%, **b**,
// __i__) as its text without its attributes, where its marks stand as
// Textile requires (not inside a word, not on the inner side of a
// space); an address (https://…) as it is written. A mark that opens
// nothing is text. Struck-out text is text too, which struck lists: the
// page may mean it deleted.
func inline(s string) (text string, struck []string) {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, markBytes) {
		return pages.SingleSpaced(s), nil
	}
	r := &renderer{}
	r.markup(s)
	r.flush()
	return pages.SpansText(r.spans), r.struck
}

// write adds text at the place rendered.
func (r *renderer) write(s string) {
	if s == "" {
		return
	}
	if code := r.code > 0; code != r.curCode {
		r.flush()
		r.curCode = code
	}
	r.cur.WriteString(s)
}

// flush ends the span written last.
func (r *renderer) flush() {
	if r.cur.Len() > 0 {
		r.spans = append(r.spans, pages.Span{Text: r.cur.String(), Code: r.curCode})
		r.cur.Reset()
	}
}

// literal adds text that no markup is read in, as a code span or not.
func (r *renderer) literal(s string, code bool) {
	if code {
		r.code++
		r.write(s)
		r.code--
		return
	}
	r.write(s)
}

// markup renders s at the place rendered.
func (r *renderer) markup(s string) {
	start := 0 // the text from start on is not written yet
	// took writes the text before the markup at i, which is n bytes long.
	took := func(i, n int) {
		r.write(s[start:i])
		start = i + n
	}
	linkEnd := -1 // the end of the last link
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '=' && strings.HasPrefix(s[i:], "=="):
			if end := closing(s, i+2, "=="); end > i+2 {
				took(i, end+2-i)
				r.literal(s[i+2:end], false)
				i = end + 2
				continue
			}
		case c == '<':
			if text, n, code := tagSpanAt(s, i); n > 0 {
				took(i, n)
				r.literal(text, code)
				i += n
				continue
			}
		case c == '@':
			if inner, n := codeAt(s, i, i == linkEnd); n > 0 {
				took(i, n)
				r.literal(inner, true)
				i += n
				continue
			}
		case c == '"':
			if text, n := linkAt(s, i); n > 0 {
				took(i, n)
				r.markup(text)
				i += n
				linkEnd = i
				continue
			}
		case c == '[' && strings.HasPrefix(s[i:], "[["):
			if text, n := wikiLinkAt(s, i); n > 0 {
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
		if inner, n, m := phraseAt(s, i); n > 0 {
			took(i, n)
			if m == "-" {
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

// closing returns where mark closes a span opened before from, within
// maxSpan bytes, or -1.
func closing(s string, from int, mark string) int {
	limit := min(len(s), from+maxSpan+len(mark))
	if k := strings.Index(s[from:limit], mark); k >= 0 {
		return from + k
	}
	return -1
}

// tagSpans are the HTML elements Textile reads inside a line whose text
// it shows as written: notextile, and code as a code span.
var tagSpans = []struct {
	open, close string
	code        bool
}{{"<notextile>", "</notextile>", false}, {"<code>", "</code>", true}}

// tagSpanAt reads the element at s[i], "<code>x</code>": its text, its
// length and whether it is code; 0 when none starts there.
func tagSpanAt(s string, i int) (string, int, bool) {
	for _, t := range tagSpans {
		if len(s)-i < len(t.open) || !strings.EqualFold(s[i:i+len(t.open)], t.open) {
			continue
		}
		from := i + len(t.open)
		limit := min(len(s), from+maxSpan+len(t.close))
		k := strings.Index(strings.ToLower(s[from:limit]), t.close)
		if k < 0 {
			return "", 0, false
		}
		return s[from : from+k], len(t.open) + k + len(t.close), t.code
	}
	return "", 0, false
}

// codeAt reads the code span at s[i], "@name@": its text and its length,
// or 0 when none starts there. The opening mark does not follow a word
// ("user@example.com"), but where it follows a link's address (afterLink:
// `"@Item@":#item@[]@`, as pandoc writes a linked type's array mark),
// and precedes no space; the closing one follows no space and precedes
// no word.
func codeAt(s string, i int, afterLink bool) (string, int) {
	k := i + 1
	if i > 0 && isWord(s[i-1]) && !afterLink || k >= len(s) || isSpace(s[k]) || s[k] == '@' {
		return "", 0
	}
	for j := k + 1; j < len(s) && j-k <= maxSpan; j++ {
		if s[j] != '@' || isSpace(s[j-1]) {
			continue
		}
		if j+1 == len(s) || !isWord(s[j+1]) {
			return s[k:j], j + 1 - i
		}
	}
	return "", 0
}

// linkRe matches a link, `"text":url` or `"text(title)":url`: its text
// and its address, up to a space; addressRe what an address is: one of a
// scheme ("https:", "mailto:"), a path or an anchor ("/a", "#b", "./c"),
// or a file's or a host's name ("page.html", "www.example.com") — not a
// word or a number, as JSON's members are outside a code block
// (`{"ok":true}`); linkAttrsRe the attributes a link's text opens with,
// glued to it: a class or id "(cls#id)", a style "{color:red}", a
// language "[en]".
var (
	linkRe      = regexp.MustCompile(`^"([^"]{1,512})":([^\s"<>]+)`)
	addressRe   = regexp.MustCompile(`^(?:[A-Za-z][\w+.-]*:|[/#]|\.\.?/|[\w-]+(?:\.[\w-]+)*\.[A-Za-z])`)
	linkAttrsRe = regexp.MustCompile(`^(?:\([\w#-]+\)|\{[^{}]*\}|\[[A-Za-z-]{2,}\])+`)
)

// linkAt reads the link at s[i], `"text":url`: its text (without its
// title, "(title)", and its attributes, linkAttrsRe) and its length, or 0
// when none starts there. A link to an anchor whose text, without its
// attributes, shows no word is a heading's permalink (pages.Permalink),
// pandoc's `"(header-anchor)\u200b":#errorcode` or `"*\u200b*":https://…#server`
// without its zero-width space: it shows nothing. The
// punctuation that ends a sentence after the address is no part of it,
// nor are the brackets of an array's type right after it ("InvalidMember":
// /api/models/InvalidMember[], as pandoc writes a linked type followed by
// "[]", and the code span of them, "@[]@", after a linked code span,
// `"@Item@":#item@[]@`): an address holds no bracket outside a host's IP
// literal (RFC 3986), so they are the text's.
func linkAt(s string, i int) (string, int) {
	m := linkRe.FindStringSubmatchIndex(s[i:])
	if m == nil {
		return "", 0
	}
	text := s[i+m[2] : i+m[3]]
	url := strings.TrimRight(s[i+m[4]:i+m[5]], ".,;:!?)")
	for strings.HasSuffix(url, "[]") {
		url = strings.TrimSuffix(url, "[]")
	}
	if k := strings.Index(url, "@["); k > 0 && strings.HasSuffix(url, "@") {
		url = url[:k] // "@[]@", a code span of the brackets
	}
	if url == "" || !addressRe.MatchString(url) {
		return "", 0
	}
	shown := text
	if attrs := linkAttrsRe.FindString(text); attrs != "" && (len(attrs) == len(text) || text[len(attrs)] != ' ') {
		shown = text[len(attrs):]
	}
	if pages.Permalink(shown, url) {
		return "", m[4] + len(url)
	}
	if shown != "" {
		text = shown
	}
	if strings.HasSuffix(text, ")") {
		if k := strings.LastIndexByte(text, '('); k > 0 {
			text = strings.TrimSpace(text[:k])
		}
	}
	return text, m[4] + len(url)
}

// wikiLinkAt reads Redmine's wiki link at s[i], "[[Page|text]]",
// "[[Page#Section]]": its text, or its page without the section, or the
// section of a link to the page itself; and its length, or 0 when none
// starts there.
func wikiLinkAt(s string, i int) (string, int) {
	end := closing(s, i+2, "]]")
	if end < 0 {
		return "", 0
	}
	body := s[i+2 : end]
	if strings.ContainsAny(body, "[]\n") || strings.TrimSpace(body) == "" {
		return "", 0
	}
	if _, text, ok := strings.Cut(body, "|"); ok && strings.TrimSpace(text) != "" {
		return text, end + 2 - i
	}
	page, _, _ := strings.Cut(body, "|")
	if p, section, ok := strings.Cut(page, "#"); ok {
		if page = p; strings.TrimSpace(p) == "" {
			page = section
		}
	}
	if _, p, ok := strings.Cut(page, ":"); ok {
		page = p // a page of another project, "project:Page"
	}
	return strings.TrimSpace(page), end + 2 - i
}

// imageRe matches an image, "!file.png!", "!>file.png(alt)!",
// "!{width:16px}file.png!", maybe a link ("!file.png!:url"): its source
// and its alt text.
var imageRe = regexp.MustCompile(`^!(?:[<>=]|\([\w\s#-]*\)|\{[^{}]*\})*([^\s!()]+)(?:\(([^()]*)\))?!(?::[^\s"<>]+)?`)

// imageExts are the extensions of the images a page shows.
var imageExts = []string{".png", ".gif", ".jpg", ".jpeg", ".svg", ".webp", ".bmp"}

// imageAt reads the image at s[i]: its alt text, or the mark of an icon's
// image without one (pages.IconMark), and its length; 0 when no image
// starts there or it has no such text, which leaves it as it is written:
// what an image shows without words cannot be read. An image's source
// is a file of an image's extension.
func imageAt(s string, i int) (string, int) {
	m := imageRe.FindStringSubmatch(s[i:min(len(s), i+maxSpan)])
	if m == nil {
		return "", 0
	}
	file := strings.ToLower(m[1])
	if q := strings.IndexAny(file, "?#"); q >= 0 {
		file = file[:q]
	}
	if !slices.ContainsFunc(imageExts, func(e string) bool { return strings.HasSuffix(file, e) }) {
		return "", 0
	}
	if alt := strings.TrimSpace(m[2]); alt != "" {
		return alt, len(m[0])
	}
	if mark, ok := pages.IconMark(m[1]); ok {
		return mark, len(m[0])
	}
	return "", 0
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
			for i+n < len(s) && !strings.ContainsRune(" \t|\"<>", rune(s[i+n])) {
				n++
			}
			return n
		}
	}
	return 0
}

// phraseAt reads the phrase at s[i]: its inner text without its
// attributes, its length and its mark, or 0 when none starts there. As
// Textile has it, the opening mark does not follow a letter or digit and
// precedes no space, the closing one follows no space and precedes no
// letter or digit; a mark of another length ("***") opens nothing.
func phraseAt(s string, i int) (string, int, string) {
	if strings.IndexByte("*_?-+^~%", s[i]) < 0 {
		return "", 0, ""
	}
	m := ""
	for _, p := range phraseMarks {
		if strings.HasPrefix(s[i:], p) {
			m = p
			break
		}
	}
	k := i + len(m)
	if m == "" || i > 0 && (isWord(s[i-1]) || s[i-1] == m[0]) || k >= len(s) || isSpace(s[k]) || s[k] == m[0] {
		return "", 0, ""
	}
	if a := len(phraseAttrsRe.FindString(s[k:min(len(s), k+maxSpan)])); a > 0 {
		if j := phraseEnd(s, k+a, m); j > 0 {
			return s[k+a : j], j + len(m) - i, m
		}
	}
	if j := phraseEnd(s, k, m); j > 0 {
		return s[k:j], j + len(m) - i, m
	}
	return "", 0, ""
}

// phraseEnd returns where the mark m closes a phrase whose text starts at
// s[body], which is no space: after a byte of text at least, following
// no space and preceding no word; -1 when none does within maxSpan bytes.
// An address is no place to close at: its dashes and underscores are
// no marks.
func phraseEnd(s string, body int, m string) int {
	if body >= len(s) || isSpace(s[body]) {
		return -1
	}
	for j := body + 1; j < len(s) && j-body <= maxSpan; j++ {
		if s[j] == 'h' || s[j] == 'm' {
			if n := addressAt(s, j); n > 0 {
				j += n - 1
				continue
			}
		}
		if !strings.HasPrefix(s[j:], m) || isSpace(s[j-1]) {
			continue
		}
		if end := j + len(m); end == len(s) || !isWord(s[end]) && s[end] != m[0] {
			return j
		}
	}
	return -1
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' }

// isWord reports whether b is part of a word: an identifier's byte or a
// byte of a rune beyond ASCII (a Korean word).
func isWord(b byte) bool { return pages.IsIdentByte(b) || b >= 0x80 }
