package parser

import (
	"regexp"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestAsciiDocReadsAsMarkdown writes each Markdown page of the corpus
// that parses without a warning (the samples, the golden cases' pages,
// and the facts' pages the score reads right) in AsciiDoc, as a
// converter writes it (kramdoc, pandoc -t asciidoc: "==" headings, tables
// between "|===" with their header option, [source] listing blocks,
// links as macros and cross references), and requires the same schema of
// both but for the positions: the AsciiDoc style reads what the Markdown
// style reads, of both protocols.
func TestAsciiDocReadsAsMarkdown(t *testing.T) {
	n, protocols := readsAsMarkdown(t, "AsciiDoc", adocOf)
	if n < 10 || protocols[schema.ProtocolGearN] == 0 || protocols[schema.ProtocolHTTPStatus] == 0 {
		t.Errorf("only %d Markdown pages compared, of the protocols %v", n, protocols)
	}
	t.Logf("%d Markdown pages read the same in AsciiDoc, of the protocols %v", n, protocols)
}

// setextRe matches the underline of a Markdown Setext heading, which a
// converter writes as an AsciiDoc title ("=" a level 1, "-" a level 2).
var setextRe = regexp.MustCompile(`^ {0,3}(=+|-+)\s*$`)

// adocOf writes a Markdown page in AsciiDoc.
func adocOf(md string) string {
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	out := []string{":toc: left", ""}
	code, table := false, false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if !code {
			t, i = mdRowRest(lines, i, t)
		}
		if table && (code || !strings.HasPrefix(t, "|")) {
			out, table = append(out, "|==="), false
		}
		switch {
		case pages.IsFence(t) && code:
			out, code = append(out, "----"), false
		case pages.IsFence(t):
			lang := strings.Trim(t, "`~ ")
			if lang == "" {
				lang = "text"
			}
			out, code = append(out, "[source,"+lang+"]", "----"), true
		case code:
			out = append(out, l)
		case pages.IsPipeRuler(t):
		case strings.HasPrefix(t, "|"):
			var cells []string
			for _, c := range mdCells(t) {
				cells = append(cells, adocInline(c))
			}
			header := i+1 < len(lines) && pages.IsPipeRuler(lines[i+1])
			if table && header {
				out = append(out, "|===")
			}
			if !table || header {
				if header {
					out = append(out, `[options="header"]`)
				}
				out, table = append(out, "|==="), true
			}
			out = append(out, "|"+strings.Join(cells, " |"))
		case !table && t != "" && i+1 < len(lines) && setextRe.MatchString(lines[i+1]):
			level := 2
			if strings.HasPrefix(strings.TrimSpace(lines[i+1]), "=") {
				level = 1
			}
			i++
			out = append(out, "", "[["+strings.ToLower(strings.Fields(t + " x")[0])+"]]", strings.Repeat("=", level+1)+" "+adocInline(t))
		case mdHeadingRe.MatchString(t):
			m := mdHeadingRe.FindStringSubmatch(t)
			out = append(out, "", "[["+strings.ToLower(strings.Fields(m[2] + " x")[0])+"]]", strings.Repeat("=", len(m[1])+1)+" "+adocInline(m[2]))
		default:
			out = append(out, adocInline(l))
		}
	}
	if table {
		out = append(out, "|===")
	}
	return strings.Join(out, "\n")
}

// adocInline writes Markdown's markup inside a line in AsciiDoc: code
// spans as they are, strong emphasis, links (to a section as a cross
// reference); Markdown's escapes decoded, and the pipes of a cell
// escaped.
func adocInline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '`':
			end := strings.IndexByte(s[i+1:], '`')
			if end < 0 {
				b.WriteByte(c)
				continue
			}
			// A pipe escaped in a code span of a table's cell is a pipe
			// (GFM), as the Markdown reader reads it.
			b.WriteString(strings.ReplaceAll(strings.ReplaceAll(s[i:i+end+2], `\|`, "|"), "|", `\|`))
			i += end + 1
		case c == '\\' && i+1 < len(s):
			b.WriteString(strings.ReplaceAll(s[i+1:i+2], "|", `\|`))
			i++
		case strings.HasPrefix(s[i:], "**"):
			b.WriteByte('*')
			i++
		case c == '[':
			if m := mdLinkRe.FindStringSubmatchIndex(s[i:]); m != nil && m[0] == 0 {
				text, target := s[i+m[2]:i+m[3]], s[i+m[4]:i+m[5]]
				if id, ok := strings.CutPrefix(target, "#"); ok {
					b.WriteString("<<" + id + "," + strings.TrimSuffix(text, "[]") + ">>")
					if strings.HasSuffix(text, "[]") {
						b.WriteString("[]")
					}
				} else {
					b.WriteString("link:" + target + "[" + text + "]")
				}
				i += m[1] - 1
				continue
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
