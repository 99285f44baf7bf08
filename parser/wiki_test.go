package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/internal/golden"
	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/schema"
)

// TestWikiReadsAsMarkdown writes each Markdown page of the corpus that
// parses without a warning (the samples, the golden cases' pages, and the
// facts' pages the score reads right) in Confluence's wiki markup,
// as Confluence's converter writes a page (h3. headings, ||header|| rows,
// {{monospace}}, [text|target] links, escaped brackets and braces, {code}
// blocks), and requires the same schema of both but for the positions:
// the wiki style reads what the Markdown style reads.
func TestWikiReadsAsMarkdown(t *testing.T) {
	n, _ := readsAsMarkdown(t, "wiki markup", wikiOf)
	if n < 10 {
		t.Errorf("only %d Markdown pages compared", n)
	}
	t.Logf("%d Markdown pages read the same in wiki markup", n)
}

// readsAsMarkdown writes each Markdown page of the corpus that parses
// without a warning in another form (rewrite; what the form has no form
// for, otherFormRe, is left out) and requires the same schema of both
// but for the positions; a page that rewrite returns empty, the form
// cannot write. Each of lost, given, takes out of both schemas what the
// form loses of the page. It returns how many pages it compared, and of
// which protocols.
func readsAsMarkdown(t *testing.T, form string, rewrite func(string) string, lost ...func(*schema.API)) (int, map[schema.Protocol]int) {
	t.Helper()
	paths, err := filepath.Glob("../testdata/pages/*")
	if err != nil {
		t.Fatal(err)
	}
	facts, err := readRight("../testdata/facts")
	if err != nil {
		t.Fatal(err)
	}
	cases, err := filepath.Glob("../testdata/parse/*/*")
	if err != nil {
		t.Fatal(err)
	}
	n, protocols := 0, map[schema.Protocol]int{}
	for _, p := range slices.Concat(paths, facts, cases) {
		if filepath.Ext(p) != ".md" && filepath.Ext(p) != ".txt" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if pages.Detect(styles, pages.Lines(data)) != (markdown.Style{}) {
			continue
		}
		name := filepath.Base(p)
		want, err := Parse([]Page{{Name: name, Data: data}}, Options{Name: "api"})
		if err != nil || len(want.Warnings) > 0 {
			continue // a page whose defects the test of its own case judges
		}
		if otherFormRe.Match(data) {
			continue // what the form has no form for, which rewrite leaves as it is
		}
		other := rewrite(string(data))
		if other == "" {
			continue // a page the form has no form for
		}
		got, err := Parse([]Page{{Name: name, Data: []byte(other)}}, Options{Name: "api"})
		if err != nil {
			t.Errorf("%s in %s: %v\n%s", p, form, err, other)
			continue
		}
		n++
		protocols[want.API.Protocol]++
		for _, f := range lost {
			f(want.API)
			f(got.API)
		}
		if a, b := unplaced(t, want.API), unplaced(t, got.API); a != b {
			t.Errorf("%s: the %s's schema differs from the Markdown's:\n%s", p, form, golden.FirstDiff(b, a))
		}
	}
	return n, protocols
}

// readRight are the pages of the fact cases under dir whose every fact
// the score reads right or with a warning (score.txt): a page the
// Markdown style reads wrong is no measure of the wiki style.
func readRight(dir string) ([]string, error) {
	score, err := os.ReadFile(filepath.Join(dir, "score.txt"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(score), "\n") {
		f := strings.Fields(l)
		if len(f) != 6 || f[4] != "0" || f[5] != "0" || f[0] == "case" {
			continue
		}
		paths, err := filepath.Glob(filepath.Join(dir, f[0], "*"))
		if err != nil {
			return nil, err
		}
		out = append(out, paths...)
	}
	return out, nil
}

// unplaced is a schema saved without its positions, and without the
// emphasis marks that Markdown keeps amid a description's prose and wiki
// markup renders ("*0.0*").
func unplaced(t *testing.T, api *schema.API) string {
	t.Helper()
	out, err := schema.Save(api)
	if err != nil {
		t.Fatal(err)
	}
	at := regexp.MustCompile(`(?m)^\s*at: .*\n|, at: [^,}]*|at: [^,}]*, `)
	description := regexp.MustCompile(`(?m)^(\s*description: ).*$`)
	return description.ReplaceAllStringFunc(at.ReplaceAllString(string(out), ""), func(l string) string {
		return strings.ReplaceAll(l, "*", "")
	})
}

// otherFormRe matches what a Markdown page may hold that wiki markup
// has no form for: an HTML block (a line that begins with a tag), a
// fenced div of pandoc's Markdown (`::: {.table-wrap}`), and a table
// indented under a list item, its title.
var otherFormRe = regexp.MustCompile(`(?m)^[ \t]*</?[A-Za-z][A-Za-z0-9]*[ \t/>]|^:::|^[ \t]*(?:[-*+]|\d+\.)[ \t].*\n(?:[ \t]*\n)*[ \t]{2,}\|`)

// mdHeadingRe matches a Markdown heading; mdLinkRe an inline link.
var (
	mdHeadingRe = regexp.MustCompile(`^(#{1,6})\s+(.*)$`)
	mdLinkRe    = regexp.MustCompile(`\[([^\[\]]*(?:\[\])?)\]\(([^()\s]*)\)`)
)

// mdRowRest returns the Markdown table row t at line i with its text
// that goes on at the next lines, up to its closing pipe, and the index
// of its last line: each rewrite of a Markdown page writes a row whole.
func mdRowRest(lines []string, i int, t string) (string, int) {
	for strings.HasPrefix(t, "|") && !strings.HasSuffix(t, "|") && i+1 < len(lines) {
		next := strings.TrimSpace(lines[i+1])
		if next == "" || strings.HasPrefix(next, "|") && next != "|" {
			break
		}
		i++
		t += " " + next
	}
	return t, i
}

// wikiOf writes a Markdown page in wiki markup.
func wikiOf(md string) string {
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
			out, code = append(out, "{code}"), false
		case pages.IsFence(t):
			lang := strings.Trim(t, "`~ ")
			tag := "{code}"
			if lang != "" {
				tag = "{code:language=" + lang + "}"
			}
			out, code = append(out, tag), true
		case code:
			out = append(out, l)
		case pages.IsPipeRuler(t):
		case strings.HasPrefix(t, "|"):
			header := i+1 < len(lines) && pages.IsPipeRuler(lines[i+1])
			var cells []string
			for _, c := range mdCells(t) {
				c = wikiInline(c)
				if c == "" && !header {
					c = " "
				}
				cells = append(cells, c)
			}
			if header {
				out = append(out, "||"+strings.Join(cells, "||")+"||")
			} else {
				out = append(out, "|"+strings.Join(cells, "|")+"|")
			}
		case mdHeadingRe.MatchString(t):
			m := mdHeadingRe.FindStringSubmatch(t)
			out = append(out, "h"+string(rune('0'+len(m[1])))+". "+wikiInline(m[2]))
		default:
			out = append(out, wikiInline(l))
		}
	}
	return strings.Join(out, "\n")
}

// mdCells splits a Markdown row into its cells as written; a code span
// holds its pipes.
func mdCells(row string) []string {
	row = strings.TrimSuffix(strings.TrimPrefix(row, "|"), "|")
	var cells []string
	start, code := 0, false
	for i := 0; i < len(row); i++ {
		switch {
		case row[i] == '\\':
			i++
		case row[i] == '`':
			code = !code
		case row[i] == '|' && !code:
			cells = append(cells, strings.TrimSpace(row[start:i]))
			start = i + 1
		}
	}
	return append(cells, strings.TrimSpace(row[start:]))
}

// wikiInline writes Markdown's markup inside a line in wiki markup: code
// spans as monospace, strong emphasis, links; Markdown's escapes decoded
// and the characters wiki markup reads as markup escaped.
func wikiInline(s string) string {
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
			b.WriteString("{{" + wikiEscaped(strings.ReplaceAll(s[i+1:i+1+end], `\|`, "|")) + "}}")
			i += end + 1
		case c == '\\' && i+1 < len(s):
			b.WriteString(wikiEscaped(s[i+1 : i+2]))
			i++
		case strings.HasPrefix(s[i:], "**"):
			b.WriteByte('*')
			i++
		case c == '[':
			if m := mdLinkRe.FindStringSubmatchIndex(s[i:]); m != nil && m[0] == 0 {
				b.WriteString("[" + wikiEscaped(s[i+m[2]:i+m[3]]) + "|" + s[i+m[4]:i+m[5]] + "]")
				i += m[1] - 1
				continue
			}
			b.WriteString(`\[`)
		default:
			b.WriteString(wikiEscaped(s[i : i+1]))
		}
	}
	return b.String()
}

// wikiEscaped escapes what wiki markup reads as markup in text.
func wikiEscaped(s string) string {
	return strings.NewReplacer("[", `\[`, "]", `\]`, "{", `\{`, "}", `\}`, "|", `\|`).Replace(s)
}

// TestJiraReadsAsMarkdown is TestWikiReadsAsMarkdown with each page
// written as pandoc's Jira writer writes it (jiraOf): the wiki style
// reads pandoc's and Jira's variants of the markup as it reads
// Confluence's.
func TestJiraReadsAsMarkdown(t *testing.T) {
	n, _ := readsAsMarkdown(t, "Jira markup", jiraOf)
	if n < 10 {
		t.Errorf("only %d Markdown pages compared", n)
	}
	t.Logf("%d Markdown pages read the same in Jira markup", n)
}

// jiraHeadingRe matches a heading of wiki markup, its mark and its
// title; jiraParenRe a parenthesis that opens no emoticon ("(/)"), which
// pandoc escapes, jiraMinusRe a minus sign that could open a
// strike-through, jiraBreakRe the place before the constraint that ends
// a row, where a line break in the cell breaks the row.
var (
	jiraHeadingRe = regexp.MustCompile(`^(h[1-6]\.\s+)(.+)$`)
	jiraParenRe   = regexp.MustCompile(`\([^()]{4,}\)`)
	jiraMinusRe   = regexp.MustCompile(` -(\d)`)
	jiraBreakRe   = regexp.MustCompile(`\s+(\([^()|]*\)\s*\|)$`)
)

// jiraOf writes a Markdown page in wiki markup (wikiOf) as pandoc's Jira
// writer writes it: each heading opened by an {anchor} macro and closed
// by its permalink, a link to its anchor holding a zero-width space; a
// code block's closing tag glued to its last line, the next line right
// under it; in a row, an escape before each parenthesis that opens no
// emoticon and each minus sign before a digit, and its closing
// constraint on a line of its own, as a line break in its cell leaves it.
func jiraOf(md string) string {
	lines := strings.Split(wikiOf(md), "\n")
	var out []string
	code := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case code && l == "{code}":
			code = false
			if len(out) > 0 && !strings.HasPrefix(out[len(out)-1], "{code") {
				out[len(out)-1] += l
				if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) == "" {
					i++
				}
				continue
			}
		case code:
		case strings.HasPrefix(l, "{code"):
			code = true
		case jiraHeadingRe.MatchString(l):
			m := jiraHeadingRe.FindStringSubmatch(l)
			slug := fmt.Sprintf("s%d", i)
			l = m[1] + "{anchor:" + slug + "}" + m[2] + " [\u200b|#" + slug + "]"
		case strings.HasPrefix(l, "|") && !strings.HasPrefix(l, "||"):
			l = jiraParenRe.ReplaceAllStringFunc(l, func(p string) string { return `\` + p })
			l = jiraMinusRe.ReplaceAllString(l, ` \-$1`)
			if loc := jiraBreakRe.FindStringSubmatchIndex(l); loc != nil {
				out = append(out, l[:loc[0]])
				l = l[loc[2]:loc[3]]
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// TestNoteBeforeSectionTitle reads a note that follows a table (a wiki
// table's note row, r03 line 52, read as text after the table) as no
// description of the table of the next section: the prose above a
// section's title ("Response Body") is the previous section's.
func TestNoteBeforeSectionTitle(t *testing.T) {
	res, err := Parse(casePages(t, "../testdata/facts/r03_getTideTable"), Options{Name: "x"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ty := range res.API.Types {
		if ty.Name == "GetTideTableResponse" && ty.Description != "" {
			t.Errorf("GetTideTableResponse's description is %q, want none: the note of the query table above its section's title", ty.Description)
		}
	}
}
