package parser

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestOrgReadsAsMarkdown writes each Markdown page of the corpus that
// parses without a warning in Org mode's markup, as pandoc writes a page
// (pandoc -t org: "*" headings each with its property drawer, tables
// padded to their columns with a "|---+---|" rule under the header,
// =verbatim= code, [[target][text]] links, \vert{} for a pipe in a cell,
// #+begin_src blocks, paragraphs wrapped at 72 columns), and requires the
// same schema of both but for the positions: the Org style reads what
// the Markdown style reads, of both protocols.
func TestOrgReadsAsMarkdown(t *testing.T) {
	n, protocols := readsAsMarkdown(t, "Org markup", orgOf)
	if n < 10 || protocols[schema.ProtocolGearN] == 0 || protocols[schema.ProtocolHTTPStatus] == 0 {
		t.Errorf("only %d Markdown pages compared, of the protocols %v", n, protocols)
	}
	t.Logf("%d Markdown pages read the same in Org markup, of the protocols %v", n, protocols)
}

// orgWidth is the column pandoc wraps a paragraph's lines at.
const orgWidth = 72

// orgOf writes a Markdown page in Org mode's markup, each line of text
// a paragraph of its own, as pandoc writes the elements of a page; it
// returns "" for a page with a code span holding a pipe in a table's
// cell, which Org has no form for (a pipe parts a table's cells, and
// verbatim text holds no entity).
func orgOf(md string) string {
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	var out []string
	code := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case pages.IsFence(t) && code:
			out, code = append(out, "#+end_src"), false
		case pages.IsFence(t):
			lang := strings.Fields(strings.Trim(t, "`~ ") + " text")[0]
			out, code = append(out, "#+begin_src "+lang), true
		case code:
			if strings.HasPrefix(t, "*") || strings.HasPrefix(t, "#+") {
				l = "," + t
			}
			out = append(out, l)
		case strings.HasPrefix(t, "|"):
			var rows []string
			for ; i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "|"); i++ {
				var row string
				row, i = mdRowRest(lines, i, strings.TrimSpace(lines[i]))
				if len(rows) > 0 && i+1 < len(lines) && pages.IsPipeRuler(lines[i+1]) {
					out, rows = append(append(out, orgTable(rows)...), ""), nil
				}
				rows = append(rows, row)
			}
			i--
			table := orgTable(rows)
			if table == nil {
				return ""
			}
			out = append(append(out, table...), "")
		case mdHeadingRe.MatchString(t):
			m := mdHeadingRe.FindStringSubmatch(t)
			title := orgInline(m[2], false)
			out = append(out, strings.Repeat("*", len(m[1]))+" "+title, ":PROPERTIES:", ":CUSTOM_ID: "+orgID(title), ":END:")
		case mdItemRe.MatchString(t):
			out = append(out, orgWrapped("- "+orgInline(t[len(mdItemRe.FindString(t)):], false), "  ")...)
		case t == "":
		default:
			out = append(append(out, orgWrapped(orgInline(t, false), "")...), "")
		}
	}
	return strings.Join(out, "\n")
}

// orgTable writes the rows of a Markdown table as an Org table, its
// cells padded to their columns and its ruler drawn with "+" where the
// columns meet; nil when a cell holds verbatim text with a pipe.
func orgTable(rows []string) []string {
	var cells [][]string
	var widths []int
	ruler := -1
	for k, r := range rows {
		if pages.IsPipeRuler(r) {
			ruler = k
			cells = append(cells, nil)
			continue
		}
		var row []string
		for c, cell := range mdCells(r) {
			cell = orgInline(cell, true)
			row = append(row, cell)
			if c == len(widths) {
				widths = append(widths, 0)
			}
			widths[c] = max(widths[c], utf8.RuneCountInString(cell))
		}
		cells = append(cells, row)
	}
	var out []string
	for k, row := range cells {
		for _, c := range row {
			if orgPipeCodeRe.MatchString(c) {
				return nil
			}
		}
		if k == ruler {
			var dashes []string
			for _, w := range widths {
				dashes = append(dashes, strings.Repeat("-", w+2))
			}
			out = append(out, "|"+strings.Join(dashes, "+")+"|")
			continue
		}
		line := "|"
		for c, cell := range row {
			line += " " + cell + strings.Repeat(" ", widths[c]-utf8.RuneCountInString(cell)) + " |"
		}
		out = append(out, line)
	}
	return out
}

// orgPipeCodeRe matches verbatim text holding a pipe.
var orgPipeCodeRe = regexp.MustCompile(`[=~][^=~]*\|[^=~]*[=~]`)

// orgIDRe matches what a custom id holds none of.
var orgIDRe = regexp.MustCompile(`[^a-z0-9]+`)

// orgID is the custom id pandoc makes of a heading's title.
func orgID(title string) string {
	return strings.Trim(orgIDRe.ReplaceAllString(strings.ToLower(title), "-"), "-")
}

// orgWrapped is a paragraph's line wrapped at orgWidth columns, its lines
// after the first indented by indent; no line starts with what Org reads
// as the mark of a line (a list item's, a heading's, a table's, a
// keyword's, a fixed-width line's).
func orgWrapped(l, indent string) []string {
	words := strings.Split(l, " ")
	var out []string
	cur := ""
	for _, w := range words {
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) > orgWidth && !orgLineMarkRe.MatchString(w):
			out = append(out, cur)
			cur = indent + w
		default:
			cur += " " + w
		}
	}
	return append(out, cur)
}

// orgLineMarkRe matches a word that would mark a line it started.
var orgLineMarkRe = regexp.MustCompile(`^(?:[-+*|#:]|\d+[.)]$)`)

// orgInline writes Markdown's markup inside a line in Org's: code spans
// as verbatim (~code~ where the text holds an "="), strong emphasis as
// bold, links,
// line breaks as spaces; Markdown's escapes decoded, and a pipe in a
// cell written \vert{}, as pandoc writes it.
func orgInline(s string, cell bool) string {
	pipe := "|"
	if cell {
		pipe = `\vert{}`
	}
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
			text := strings.ReplaceAll(s[i+1:i+1+end], `\|`, "|")
			mark := "="
			if strings.Contains(text, "=") {
				mark = "~"
			}
			b.WriteString(mark + text + mark)
			i += end + 1
		case c == '\\' && i+1 < len(s):
			if s[i+1] == '|' {
				b.WriteString(pipe)
			} else {
				b.WriteByte(s[i+1])
			}
			i++
		case strings.HasPrefix(s[i:], "**"):
			b.WriteByte('*')
			i++
		case c == '<':
			if m := mdBreakRe.FindStringIndex(s[i:]); m != nil && m[0] == 0 {
				b.WriteByte(' ')
				i += m[1] - 1
				continue
			}
			b.WriteByte(c)
		case c == '[':
			if m := mdLinkRe.FindStringSubmatchIndex(s[i:]); m != nil && m[0] == 0 {
				b.WriteString("[[" + s[i+m[4]:i+m[5]] + "][" + s[i+m[2]:i+m[3]] + "]]")
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
