package moin

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// breakRe matches MoinMoin's line break macro, in its old form and its
// new: "[[BR]]", "<<BR>>"; macroRe the name of a macro and its
// arguments, "Anchor(id)", "TableOfContents".
var (
	breakRe = regexp.MustCompile(`(?i)\[\[BR\]\]|<<BR>>`)
	macroRe = regexp.MustCompile(`^[A-Za-z][\w.]*(?:\(.*\))?$`)
)

// oldMacros are the macros that MoinMoin's old form writes in double
// brackets, as it writes a link ("[[Anchor(id)]]"), that show no text:
// an anchor, the table of contents, a navigation bar.
var oldMacros = map[string]bool{"anchor": true, "tableofcontents": true, "navigation": true, "attachlist": true}

// rendered is the text a line of markup shows, as lines: a line break
// macro ("[[BR]]", "<<BR>>") starts a new one. A link shows its label
// ("[[target|label]]"), or its target when it has none ("[[Page]]"); a
// link whose label shows nothing, a heading's permalink
// ("[[#id|\u200b]]"), shows nothing. Another macro ("<<Anchor(id)>>",
// "[[TableOfContents]]") shows nothing. A monospace span ("`x`",
// "{{{x}}}") shows its text as written, and the marks of emphasis (two
// apostrophes or more) nothing. A link whose label goes on past the
// line, as html2wiki writes one around a block ("[[/api/x|" at a line's
// end, its label on the lines after and "]]" opening the line after
// them), shows the label's lines, and its marks nothing.
func rendered(t string) []string {
	var lines []string
	var b strings.Builder
	t = strings.TrimPrefix(t, "]]")
	for i := 0; i < len(t); {
		switch {
		case strings.HasPrefix(t[i:], "[["):
			end := strings.Index(t[i+2:], "]]")
			if end < 0 {
				if k := strings.IndexByte(t[i+2:], '|'); k >= 0 {
					i += 2 + k + 1 // a label that goes on past the line
					continue
				}
				b.WriteString("[[")
				i += 2
				continue
			}
			inner := t[i+2 : i+2+end]
			i += 2 + end + 2
			if strings.EqualFold(inner, "BR") {
				lines = append(lines, b.String())
				b.Reset()
				continue
			}
			b.WriteString(linkText(inner))
		case strings.HasPrefix(t[i:], "<<"):
			end := strings.Index(t[i+2:], ">>")
			if end < 0 || !macroRe.MatchString(t[i+2:i+2+end]) {
				b.WriteString("<<")
				i += 2
				continue
			}
			if strings.EqualFold(t[i+2:i+2+end], "BR") {
				lines = append(lines, b.String())
				b.Reset()
			}
			i += 2 + end + 2
		case strings.HasPrefix(t[i:], "{{{"):
			end := strings.Index(t[i+3:], "}}}")
			if end < 0 {
				b.WriteString("{{{")
				i += 3
				continue
			}
			b.WriteString(t[i+3 : i+3+end])
			i += 3 + end + 3
		case t[i] == '`':
			end := strings.IndexByte(t[i+1:], '`')
			if end < 0 {
				b.WriteByte('`')
				i++
				continue
			}
			b.WriteString(t[i+1 : i+1+end])
			i += 1 + end + 1
		case strings.HasPrefix(t[i:], "''"):
			for i < len(t) && t[i] == '\'' {
				i++
			}
		default:
			b.WriteByte(t[i])
			i++
		}
	}
	return append(lines, b.String())
}

// linkText is the text a link shows, inner being what its double
// brackets hold: its label, the text after its target's pipe up to the
// link's parameters, without the characters that show nothing; its
// target when it has no label; nothing for a macro of the old form that
// shows none ("Anchor(id)").
func linkText(inner string) string {
	target, label, labelled := strings.Cut(inner, "|")
	if !labelled {
		name, _, _ := strings.Cut(target, "(")
		if macroRe.MatchString(target) && oldMacros[strings.ToLower(name)] {
			return ""
		}
		return strings.TrimSpace(target)
	}
	label, _, _ = strings.Cut(label, "|")
	return pages.ShownLabel(label)
}
