package parser

import (
	"regexp"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestDokuWikiReadsAsMarkdown writes each Markdown page of the corpus
// that parses without a warning in DokuWiki's markup, as a DokuWiki
// page's source writes it (framed "==== Title ====" headings, "^ Name ^"
// header rows, cells padded with spaces, ”monospace”, [[target|text]]
// links, %%nowiki%% around text that would read as markup, <code>
// blocks), and requires the same schema of both but for the positions:
// the DokuWiki style reads what the Markdown style reads, of both
// protocols.
func TestDokuWikiReadsAsMarkdown(t *testing.T) {
	n, protocols := readsAsMarkdown(t, "DokuWiki markup", dokuOf)
	if n < 10 || protocols[schema.ProtocolGearN] == 0 || protocols[schema.ProtocolHTTPStatus] == 0 {
		t.Errorf("only %d Markdown pages compared, of the protocols %v", n, protocols)
	}
	t.Logf("%d Markdown pages read the same in DokuWiki markup, of the protocols %v", n, protocols)
}

// mdItemRe matches the mark of a Markdown list item.
var mdItemRe = regexp.MustCompile(`^[-*+][ \t]+`)

// dokuOf writes a Markdown page in DokuWiki's markup.
func dokuOf(md string) string {
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	var out []string
	code := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if !code {
			t, i = mdRowRest(lines, i, t)
		}
		switch {
		case pages.IsFence(t) && code:
			out, code = append(out, "</code>"), false
		case pages.IsFence(t):
			tag := "<code>"
			if lang := strings.Trim(t, "`~ "); lang != "" {
				tag = "<code " + lang + ">"
			}
			out, code = append(out, tag), true
		case code:
			out = append(out, l)
		case pages.IsPipeRuler(t):
		case strings.HasPrefix(t, "|"):
			sep := "|"
			if i+1 < len(lines) && pages.IsPipeRuler(lines[i+1]) {
				sep = "^"
			}
			row := sep
			for _, c := range mdCells(t) {
				row += "  " + dokuInline(c) + "  " + sep
			}
			out = append(out, row)
		case mdHeadingRe.MatchString(t):
			m := mdHeadingRe.FindStringSubmatch(t)
			mark := strings.Repeat("=", 7-len(m[1]))
			out = append(out, mark+" "+dokuInline(m[2])+" "+mark)
		case mdItemRe.MatchString(t):
			out = append(out, "  * "+dokuInline(t[len(mdItemRe.FindString(t)):]))
		default:
			out = append(out, dokuInline(l))
		}
	}
	return strings.Join(out, "\n")
}

// mdBreakRe matches an HTML line break in a Markdown cell.
var mdBreakRe = regexp.MustCompile(`(?i)<br\s*/?>`)

// dokuInline writes Markdown's markup inside a line in DokuWiki's: code
// spans as monospace, strong emphasis as it is, links, line breaks;
// Markdown's escapes decoded, and a text that DokuWiki would read as
// markup in %%nowiki%%.
func dokuInline(s string) string {
	var b, text strings.Builder
	flush := func() {
		b.WriteString(dokuEscaped(text.String()))
		text.Reset()
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '`':
			end := strings.IndexByte(s[i+1:], '`')
			if end < 0 {
				text.WriteByte(c)
				continue
			}
			flush()
			b.WriteString("''%%" + strings.ReplaceAll(s[i+1:i+1+end], `\|`, "|") + "%%''")
			i += end + 1
		case c == '\\' && i+1 < len(s):
			text.WriteByte(s[i+1])
			i++
		case strings.HasPrefix(s[i:], "**"):
			flush()
			b.WriteString("**")
			i++
		case c == '<':
			if m := mdBreakRe.FindStringIndex(s[i:]); m != nil && m[0] == 0 {
				flush()
				b.WriteString(`\\ `)
				i += m[1] - 1
				continue
			}
			text.WriteByte(c)
		case c == '[':
			if m := mdLinkRe.FindStringSubmatchIndex(s[i:]); m != nil && m[0] == 0 {
				flush()
				b.WriteString("[[" + s[i+m[4]:i+m[5]] + "|" + dokuEscaped(s[i+m[2]:i+m[3]]) + "]]")
				i += m[1] - 1
				continue
			}
			text.WriteByte(c)
		default:
			text.WriteByte(c)
		}
	}
	flush()
	return b.String()
}

// dokuMarkupRe matches what DokuWiki reads as markup in text.
var dokuMarkupRe = regexp.MustCompile(`//|\*\*|__|''|\[\[|\]\]|\{\{|\}\}|~~|\\\\|[|^<]`)

// dokuEscaped is a text as DokuWiki shows it: in %%nowiki%% when it
// holds markup.
func dokuEscaped(s string) string {
	if !dokuMarkupRe.MatchString(s) {
		return s
	}
	return "%%" + s + "%%"
}
