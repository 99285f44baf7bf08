package parser

import (
	"regexp"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestMediaWikiReadsAsMarkdown writes each Markdown page of the corpus
// that parses without a warning in MediaWiki's wikitext, as a wiki's
// source writes it ("== Title ==" headings, tables between "{|" and
// "|}" with "! a !! b" header rows and "|-" between rows, every other
// row written one cell a line as the VisualEditor saves it, every third
// table as pandoc writes one (a "|-" before its header, a cell a line)
// and every third with no spaces around its separators, <code>
// spans, ”'strong”' text, [[#anchor|text]] and [url text] links,
// <nowiki> around text that would read as markup, <syntaxhighlight>
// blocks), and requires the same schema of both but for the positions:
// the MediaWiki style reads what the Markdown style reads, of both
// protocols.
func TestMediaWikiReadsAsMarkdown(t *testing.T) {
	n, protocols := readsAsMarkdown(t, "MediaWiki wikitext", mediaWikiOf)
	if n < 10 || protocols[schema.ProtocolGearN] == 0 || protocols[schema.ProtocolHTTPStatus] == 0 {
		t.Errorf("only %d Markdown pages compared, of the protocols %v", n, protocols)
	}
	t.Logf("%d Markdown pages read the same in MediaWiki wikitext, of the protocols %v", n, protocols)
}

// mediaWikiOf writes a Markdown page in MediaWiki's wikitext.
func mediaWikiOf(md string) string {
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	var out []string
	code, table, rows, tables := false, false, 0, 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if !code {
			t, i = mdRowRest(lines, i, t)
		}
		row := !code && strings.HasPrefix(t, "|") && !pages.IsPipeRuler(t)
		if table && !row && !pages.IsPipeRuler(t) {
			out, table = append(out, "|}"), false
		}
		switch {
		case pages.IsFence(t) && code:
			out, code = append(out, "</syntaxhighlight>"), false
		case pages.IsFence(t):
			tag := "<syntaxhighlight>"
			if lang := strings.Trim(t, "`~ "); lang != "" {
				tag = `<syntaxhighlight lang="` + lang + `">`
			}
			out, code = append(out, tag), true
		case code:
			out = append(out, l)
		case pages.IsPipeRuler(t):
		case row:
			if !table {
				out, table, rows = append(out, `{| class="wikitable"`), true, 0
				tables++
			}
			cells := mdCells(t)
			for k, c := range cells {
				cells[k] = mediaWikiInline(c)
			}
			header := i+1 < len(lines) && pages.IsPipeRuler(lines[i+1])
			switch form := tables % 3; {
			case header && form == 1:
				// As pandoc writes a table: a separator before the
				// header, a cell a line.
				out = append(out, "|-")
				for _, c := range cells {
					out = append(out, "! "+c)
				}
			case header && form == 2 && rows == 0:
				out = append(out, "!"+strings.Join(cells, "!!"))
			case header && rows == 0:
				out = append(out, "! "+strings.Join(cells, " !! "))
			case header:
				out = append(out, "|-", "! "+strings.Join(cells, " !! "))
			case form == 1 || rows%2 == 1:
				out = append(out, "|-")
				for _, c := range cells {
					out = append(out, "| "+c)
				}
			case form == 2 && !strings.HasPrefix(cells[0], "-") && !strings.HasPrefix(cells[0], "}") && !strings.HasPrefix(cells[0], "+"):
				out = append(out, "|-", "|"+strings.Join(cells, "||"))
			default:
				out = append(out, "|-", "| "+strings.Join(cells, " || "))
			}
			rows++
		case i+1 < len(lines) && t != "" && mdUnderlineRe.MatchString(strings.TrimSpace(lines[i+1])):
			mark := "=="
			if strings.HasPrefix(strings.TrimSpace(lines[i+1]), "=") {
				mark = "="
			}
			out = append(out, mark+" "+mediaWikiInline(t)+" "+mark)
			i++
		case mdBreakLineRe.MatchString(t):
			out = append(out, "----")
		case mdHeadingRe.MatchString(t):
			m := mdHeadingRe.FindStringSubmatch(t)
			mark := strings.Repeat("=", len(m[1]))
			out = append(out, mark+" "+mediaWikiInline(m[2])+" "+mark)
		case mdItemRe.MatchString(t):
			out = append(out, "* "+mediaWikiInline(t[len(mdItemRe.FindString(t)):]))
		default:
			out = append(out, mediaWikiInline(t))
		}
	}
	if table {
		out = append(out, "|}")
	}
	return strings.Join(out, "\n")
}

// mediaWikiInline writes Markdown's markup inside a line in wikitext:
// code spans as <code>, strong emphasis as ”'strong”', links, line
// breaks; Markdown's escapes decoded, and a text that wikitext would
// read as markup in <nowiki>.
func mediaWikiInline(s string) string {
	var b, text strings.Builder
	flush := func() {
		b.WriteString(mediaWikiEscaped(text.String()))
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
			b.WriteString("<code>" + mediaWikiEscaped(strings.ReplaceAll(s[i+1:i+1+end], `\|`, "|")) + "</code>")
			i += end + 1
		case c == '\\' && i+1 < len(s):
			text.WriteByte(s[i+1])
			i++
		case strings.HasPrefix(s[i:], "**"):
			flush()
			b.WriteString("'''")
			i++
		case c == '<':
			if m := mdBreakRe.FindStringIndex(s[i:]); m != nil && m[0] == 0 {
				flush()
				b.WriteString("<br />")
				i += m[1] - 1
				continue
			}
			text.WriteByte(c)
		case c == '[':
			if m := mdLinkRe.FindStringSubmatchIndex(s[i:]); m != nil && m[0] == 0 {
				flush()
				label, target := mediaWikiEscaped(s[i+m[2]:i+m[3]]), s[i+m[4]:i+m[5]]
				if strings.Contains(target, "://") {
					b.WriteString("[" + target + " " + label + "]")
				} else {
					b.WriteString("[[" + target + "|" + label + "]]")
				}
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

// mdUnderlineRe matches the underline of a Setext heading; mdBreakLineRe a
// thematic break.
var (
	mdUnderlineRe = regexp.MustCompile(`^(?:=+|-+)$`)
	mdBreakLineRe = regexp.MustCompile(`^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$`)
)

// mediaWikiMarkupRe matches what wikitext reads as markup in text, or
// in a cell (a pipe sets its attributes apart).
var mediaWikiMarkupRe = regexp.MustCompile(`''|\[|\]|\{\{|\}\}|<|\||!!|__|^[*#:;=!-]|=$|~~~`)

// mediaWikiEscaped is a text as wikitext shows it: in <nowiki> when it
// holds markup.
func mediaWikiEscaped(s string) string {
	if !mediaWikiMarkupRe.MatchString(s) {
		return s
	}
	return "<nowiki>" + s + "</nowiki>"
}
