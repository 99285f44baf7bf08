package parser

import (
	"regexp"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestTextileReadsAsMarkdown writes each Markdown page of the corpus that
// parses without a warning in Textile, as a Redmine wiki's writer writes
// a page ({{toc}}, "h2." headings, tables with "_." header cells, every
// other table's Required cells centred "=. true", array types in
// ==no-textile== marks, @code@, "text":url links, <pre><code> and bc..
// blocks), and requires the same schema of both but for the positions:
// the Textile style reads what the Markdown style reads, of both
// protocols.
func TestTextileReadsAsMarkdown(t *testing.T) {
	n, protocols := readsAsMarkdown(t, "Textile", textileOf)
	if n < 10 || protocols[schema.ProtocolGearN] == 0 || protocols[schema.ProtocolHTTPStatus] == 0 {
		t.Errorf("only %d Markdown pages compared, of the protocols %v", n, protocols)
	}
	t.Logf("%d Markdown pages read the same in Textile, of the protocols %v", n, protocols)
}

// textileOf writes a Markdown page in Textile, each block set apart by a
// blank line as Textile's blocks are; it returns "" for a page with a
// pipe escaped in a table's cell, which Textile has no form for (a pipe
// parts a table's cells).
func textileOf(md string) string {
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	out := []string{"{{toc}}", ""}
	code, blocks, tables := "", 0, 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case pages.IsFence(t) && code != "":
			if code == "pre" {
				out = append(out, "</code></pre>")
			}
			out, code = append(out, ""), ""
		case pages.IsFence(t):
			lang := strings.Fields(strings.Trim(t, "`~ ") + " text")[0]
			if blocks++; blocks%2 == 0 && headingAfter(lines, i) {
				out, code = append(out, "", "bc.. "), "bc"
			} else {
				out, code = append(out, "", `<pre><code class="`+lang+`">`), "pre"
			}
		case code == "bc" && out[len(out)-1] == "bc.. ":
			out[len(out)-1] += l
		case code != "":
			out = append(out, l)
		case strings.HasPrefix(t, "|"):
			var rows []string
			for ; i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "|"); i++ {
				var row string
				row, i = mdRowRest(lines, i, strings.TrimSpace(lines[i]))
				rows = append(rows, row)
			}
			i--
			tables++
			table := textileTable(rows, tables%2 == 0)
			if table == nil {
				return ""
			}
			out = append(append(append(out, ""), table...), "")
		case mdHeadingRe.MatchString(t):
			m := mdHeadingRe.FindStringSubmatch(t)
			out = append(out, "", "h"+string(rune('0'+len(m[1])))+". "+textileInline(m[2]), "")
		case mdItemRe.MatchString(t):
			out = append(out, "* "+textileInline(t[len(mdItemRe.FindString(t)):]))
		default:
			out = append(out, textileInline(t))
		}
	}
	return strings.TrimSpace(blankRunRe.ReplaceAllString(strings.Join(out, "\n"), "\n\n"))
}

// blankRunRe matches the line ends around blank lines.
var blankRunRe = regexp.MustCompile(`\n(?:[ \t]*\n)+`)

// textileTable writes the rows of a Markdown table in Textile: the row
// over its ruler as header cells ("|_. Name |"), an empty cell as one
// space, an array type in no-textile marks; where centred, each
// requiredness centred ("|=. true |"). It returns nil when a cell holds
// an escaped pipe.
func textileTable(rows []string, centred bool) []string {
	var out []string
	for k, r := range rows {
		if pages.IsPipeRuler(r) {
			continue
		}
		header := k+1 < len(rows) && pages.IsPipeRuler(rows[k+1])
		line := ""
		for _, c := range mdCells(r) {
			if strings.Contains(c, `\|`) {
				return nil
			}
			c = textileInline(c)
			switch {
			case header:
				c = "_. " + c
			case c == "":
			case strings.HasSuffix(c, "[]") && !strings.ContainsAny(c, " @"):
				c = "==" + c + "=="
			case centred && (c == "true" || c == "false" || c == "Y" || c == "N"):
				c = "=. " + c
			}
			if !header && !strings.HasPrefix(c, "=. ") {
				c = " " + c
			}
			line += "|" + c + " "
		}
		out = append(out, line+"|")
	}
	return out
}

// textileInline writes Markdown's markup inside a line in Textile: code
// spans as @code@ (<code> where the text holds an "@"), strong emphasis
// as *strong*, links as "text":url; Markdown's escapes decoded.
func textileInline(s string) string {
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
			text := s[i+1 : i+1+end]
			if strings.Contains(text, "@") {
				b.WriteString("<code>" + text + "</code>")
			} else {
				b.WriteString("@" + text + "@")
			}
			i += end + 1
		case c == '\\' && i+1 < len(s):
			b.WriteByte(s[i+1])
			i++
		case strings.HasPrefix(s[i:], "**"):
			b.WriteByte('*')
			i++
		case c == '[':
			if m := mdLinkRe.FindStringSubmatchIndex(s[i:]); m != nil && m[0] == 0 && s[i+m[4]:i+m[5]] != "" {
				b.WriteString(`"` + s[i+m[2]:i+m[3]] + `":` + s[i+m[4]:i+m[5]])
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

// headingAfter reports whether the first line that is not blank after
// the code block whose fence opens line i is a heading: a bc.. block
// goes on past blank lines up to the next block's signature.
func headingAfter(lines []string, i int) bool {
	j := i + 1
	for j < len(lines) && !pages.IsFence(strings.TrimSpace(lines[j])) {
		j++
	}
	for j++; j < len(lines) && strings.TrimSpace(lines[j]) == ""; j++ {
	}
	return j < len(lines) && mdHeadingRe.MatchString(strings.TrimSpace(lines[j]))
}
