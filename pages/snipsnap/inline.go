package snipsnap

import "strings"

// macros are the marks inside which a pipe is a macro's and no cell's:
// a link's ("{link:text|url}") and any other macro's ("{image:x}").
var macros = [][2]string{{"{", "}"}}

// rendered is the text a line of markup shows, as lines: a line break
// ("\\") starts a new one. A link ("{link:text|url}") shows its text, or
// its target when it has no text; an image ("{image:x}") and an anchor
// ("{anchor:x}") nothing; another brace ("{ADMIN_KEY}", a JSON object)
// is text. The marks of strong emphasis ("__x__") and of emphasis
// ("~~x~~") show nothing, and what they hold as it is written; a mark
// that nothing closes ("__init") is text.
func rendered(t string) []string {
	var lines []string
	var b strings.Builder
	for i := 0; i < len(t); {
		switch {
		case strings.HasPrefix(t[i:], `\\`):
			lines = append(lines, b.String())
			b.Reset()
			i += 2
		case strings.HasPrefix(t[i:], "__"), strings.HasPrefix(t[i:], "~~"):
			end := strings.Index(t[i+2:], t[i:i+2])
			if end < 0 {
				b.WriteString(t[i : i+2])
				i += 2
				continue
			}
			b.WriteString(t[i+2 : i+2+end])
			i += 2 + end + 2
		case t[i] == '{':
			end := strings.IndexByte(t[i+1:], '}')
			if end < 0 {
				b.WriteByte('{')
				i++
				continue
			}
			b.WriteString(macroText(t[i+1 : i+1+end]))
			i += 1 + end + 1
		default:
			b.WriteByte(t[i])
			i++
		}
	}
	return append(lines, b.String())
}

// macroText is the text a brace's inner shows: a link's text (or its
// target), nothing for an image or an anchor, the brace as written for
// what is no macro of those.
func macroText(inner string) string {
	name, arg, ok := strings.Cut(inner, ":")
	switch {
	case ok && name == "link":
		text, target, _ := strings.Cut(arg, "|")
		if strings.TrimSpace(text) == "" {
			return strings.TrimSpace(target)
		}
		return strings.TrimSpace(text)
	case ok && (name == "image" || name == "anchor"):
		return ""
	}
	return "{" + inner + "}"
}
