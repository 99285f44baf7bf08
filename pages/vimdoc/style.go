package vimdoc

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads Vim help files.
type Style struct{}

func (Style) String() string                      { return "Vim help" }
func (Style) NeedsLexicon() bool                  { return true }
func (Style) Extensions() []string                { return []string{".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// Markers are the bytes one of which a Vim help page holds: the stars of
// a heading's tag, or the tilde that marks a column heading.
func (Style) Markers() string { return "*~" }

// Detect is certain of a page whose modeline sets the help filetype
// ("vim:tw=72:…:ft=help:…") and that holds a star or a tilde (Markers),
// or that holds a heading tagged as Vim help
// writes one (a title after a rule of "=" or "-", its "*tag*" set at the
// rule's right end) and a column heading ("Name  Type ~") or a code block
// (">lang", its lines indented, "<"): marks no other style writes
// together.
func (Style) Detect(lines []string) int {
	tw := textWidth(lines)
	heads, marks, modeline, marked := 0, 0, false, false
	for i, l := range lines {
		marked = marked || strings.ContainsAny(l, "*~")
		switch {
		case strings.Contains(l, "help") && modelineRe.MatchString(l):
			modeline = true
		case tw > 0 && i > 0 && isRule(lines[i-1]) && taggedAt(l, tw):
			heads++
		case columnHeading(l):
			marks++
		case codeOpenRe.MatchString(strings.TrimRight(l, " ")) && codeCloses(lines, i):
			marks++
		}
		if heads > 0 && marks > 0 || modeline && marked {
			return pages.Certain
		}
	}
	return 0
}
