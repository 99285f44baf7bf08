package parser

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/schema"
)

// TestCodeTablesInEveryStyle reads, in each style that has tables, a
// page that holds code blocks a word processor made tables of one cell:
// a request line, and JSON a row a line or a cell of several lines.
// Each is read as a code block, its lines text at their rows' lines (a
// style that reads a cell's line breaks as spaces gives a line a cell:
// a message on one line, which a reader splits, JSON on one line); a
// table of one column that lists names (its header names no code) stays
// a table.
func TestCodeTablesInEveryStyle(t *testing.T) {
	for _, c := range []struct {
		name, style, page string
		want              []string
	}{
		{"p.md", "Markdown",
			"## Request\n\n| Name | Type |\n| :---- | :---- |\n| a | string |\n\n| POST /api/rJson/a/client/b |\n| :---- |\n\n| {<br>  \"a\": 1,<br>  \"b\\_c\": \\[1\\]<br>} |\n| :---- |\n\n| { |\n| :---- |\n| \"a\": 1 |\n| } |\n\n| Scopes |\n| :---- |\n| read |\n| write |\n",
			[]string{"01 Request", "03 [Name|Type]", "05 |a|string|", "07 POST /api/rJson/a/client/b", "10 {", "10 \"a\": 1,", "10 \"b_c\": [1]", "10 }", "13 {", "15 \"a\": 1", "16 }", "18 [Scopes]", "20 |read|", "21 |write|"}},
		{"p.html", "HTML",
			"<html><body><main><h2>Request</h2>\n<table><tr><th>Name</th><th>Type</th></tr><tr><td>a</td><td>string</td></tr></table>\n<table><tr><td><p><span>POST /api/rJson/a/client/b</span></p></td></tr></table>\n<table><tbody><tr><td class=\"confluenceTd\"><pre>POST /api/a HTTP/1.1\nContent-Type: application/json\n\n{\n  \"a\": 1\n}</pre></td></tr></tbody></table>\n<table><tr><td><p>{</p><p>\"a\": 1</p><p>}</p></td></tr></table>\n<table><tr><th>Scopes</th></tr><tr><td>read</td></tr><tr><td>write</td></tr></table>\n</main></body></html>\n",
			[]string{"01 Request", "02 [Name|Type]", "02 |a|string|", "03 POST /api/rJson/a/client/b", "04 POST /api/a HTTP/1.1", "05 Content-Type: application/json", "07 {", "08 \"a\": 1", "09 }", "10 {", "10 \"a\": 1", "10 }", "11 [Scopes]", "11 |read|", "11 |write|"}},
		{"p.org", "Org mode",
			"* Request\n\n| Name | Type |\n|------+------|\n| a | string |\n\n| POST /api/rJson/a/client/b |\n\n| {         |\n| \"a\": 1,  |\n| \"b\": [1] |\n| }         |\n\n| Scopes |\n|--------|\n| read |\n| write |\n",
			[]string{"01 Request", "03 [Name|Type]", "05 |a|string|", "07 POST /api/rJson/a/client/b", "09 {", "10 \"a\": 1,", "11 \"b\": [1]", "12 }", "14 [Scopes]", "16 |read|", "17 |write|"}},
		{"p.txt", "DokuWiki markup",
			"====== Request ======\n\n^ Name ^ Type ^\n| a | string |\n\n| POST /api/rJson/a/client/b |\n\n^ { ^\n| \"a\": 1, |\n| } |\n\n^ Scopes ^\n| read |\n| write |\n",
			[]string{"01 Request", "03 [Name|Type]", "04 |a|string|", "06 POST /api/rJson/a/client/b", "08 {", "09 \"a\": 1,", "10 }", "12 [Scopes]", "13 |read|", "14 |write|"}},
		{"p.txt", "Confluence wiki markup",
			"h2. Request\n\n||Name||Type||\n|a|string|\n\n|POST /api/rJson/a/client/b|\n\n||{||\n|\"a\": 1,|\n|}|\n\n||Scopes||\n|read|\n|write|\n",
			[]string{"01 Request", "03 [Name|Type]", "04 |a|string|", "06 POST /api/rJson/a/client/b", "08 {", "09 \"a\": 1,", "10 }", "12 [Scopes]", "13 |read|", "14 |write|"}},
		{"p.wiki", "MediaWiki wikitext",
			"== Request ==\n\n{|\n! Name !! Type\n|-\n| a || string\n|}\n\n{|\n| POST /api/rJson/a/client/b\n|}\n\n{|\n| {\n|-\n| \"a\": 1,\n|-\n| }\n|}\n\n{|\n! Scopes\n|-\n| read\n|-\n| write\n|}\n",
			[]string{"01 Request", "04 [Name|Type]", "06 |a|string|", "10 POST /api/rJson/a/client/b", "14 {", "16 \"a\": 1,", "18 }", "22 [Scopes]", "24 |read|", "26 |write|"}},
		{"p.adoc", "AsciiDoc",
			"= Page\n\n== Request\n\n|===\n|Name |Type\n\n|a |string\n|===\n\n|===\n|POST /api/rJson/a/client/b\n|===\n\n|===\n|{\n|\"a\": 1,\n|}\n|===\n\n[cols=\"1\"]\n|===\n|Scopes\n\n|read\n|write\n|===\n",
			[]string{"01 Page", "03 Request", "06 [Name|Type]", "08 |a|string|", "12 POST /api/rJson/a/client/b", "16 {", "17 \"a\": 1,", "18 }", "23 [Scopes]", "25 |read|", "26 |write|"}},
		{"p.txt", "Textile",
			"h2. Request\n\n|_. Name |_. Type |\n| a | string |\n\n| POST /api/rJson/a/client/b |\n\n|_. { |\n| \"a\": 1, |\n| } |\n\n|_. Scopes |\n| read |\n| write |\n",
			[]string{"01 Request", "03 [Name|Type]", "04 |a|string|", "06 POST /api/rJson/a/client/b", "08 {", "09 \"a\": 1,", "10 }", "12 [Scopes]", "13 |read|", "14 |write|"}},
		{"p.txt", "DokuWiki markup",
			"====== Request ======\n\n^ Name ^ Type ^\n| a | string |\n\n| POST /api/a HTTP/1.1\\\\ Content-Type: application/json\\\\ {\"a\": 1} |\n",
			[]string{"01 Request", "03 [Name|Type]", "04 |a|string|", "06 POST /api/a HTTP/1.1 Content-Type: application/json {\"a\": 1}"}},
		{"p.txt", "tables drawn with characters",
			"Request\n=======\n\n+------+--------+\n| Name | Type   |\n+======+========+\n| a    | string |\n+------+--------+\n\n+-----------------------------+\n| POST /api/rJson/a/client/b  |\n+-----------------------------+\n\n+----------+\n| {        |\n|   \"a\": 1 |\n| }        |\n+----------+\n",
			[]string{"01 Request", "05 [Name|Type]", "07 |a|string|", "11 POST /api/rJson/a/client/b", "15 { \"a\": 1 }"}},
	} {
		if st := pages.Detect(styles, pages.Lines([]byte(c.page))); st == nil || st.String() != c.style {
			t.Errorf("%s: read as %v, want %s", c.style, st, c.style)
			continue
		}
		blocks, rep := blocksOf(t, c.name, []byte(c.page))
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.style, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if warns, errs := rep.Sorted([]string{c.name}, false); len(warns)+len(errs) > 0 {
			t.Errorf("%s: %v %v", c.style, warns, errs)
		}
	}
}

// TestCodeTablesReadAsCodeBlocks writes the code blocks of each Markdown
// page of the corpus that parses without a warning as Google Docs'
// Markdown export writes a code block pasted into a document: a table of
// one cell, its ruler "| :---- |", its text backslash-escaped, its lines
// a row each or joined with <br>; and requires the same schema of both
// but for the positions and the indentation of the examples' bodies,
// which a table's cell does not keep.
func TestCodeTablesReadAsCodeBlocks(t *testing.T) {
	for _, form := range []struct {
		name string
		rows bool
	}{{"a row a line", true}, {"lines joined with <br>", false}} {
		n, protocols := readsAsMarkdown(t, "code blocks as tables of one cell, "+form.name, func(md string) string {
			return codeBlocksAsTables(md, form.rows)
		}, unindentedBodies)
		if n < 10 || protocols[schema.ProtocolGearN] == 0 || protocols[schema.ProtocolHTTPStatus] == 0 {
			t.Errorf("%s: only %d Markdown pages compared, of the protocols %v", form.name, n, protocols)
		}
		t.Logf("%s: %d Markdown pages read the same, of the protocols %v", form.name, n, protocols)
	}
}

// codeBlocksAsTables writes each fenced code block of a Markdown page
// whose lines are code (pages.IsCode: a request, JSON; not a block of
// other code or of a language's label) as a table of one cell (rows: a
// row a line, else its lines joined with <br>), its text escaped as
// Google Docs escapes Markdown's marks; "" for a page without such a
// block.
func codeBlocksAsTables(md string, rows bool) string {
	lines := strings.Split(md, "\n")
	var out []string
	changed := false
	for i := 0; i < len(lines); i++ {
		if !pages.IsFence(lines[i]) {
			out = append(out, lines[i])
			continue
		}
		end := i + 1
		for end < len(lines) && !pages.IsFence(lines[end]) {
			end++
		}
		if end == len(lines) || !pages.IsCode(lines[i+1:end]) {
			out = append(out, lines[i:min(end+1, len(lines))]...)
			i = end
			continue
		}
		out = append(append(append(out, ""), codeTable(lines[i+1:end], rows)...), "")
		changed, i = true, end
	}
	if !changed {
		return ""
	}
	return strings.Join(out, "\n")
}

// codeTable writes the lines of a code block as Google Docs' Markdown
// export writes the table of one cell it keeps a code block pasted into
// a document as: a row a line (rows), else its lines joined with <br>,
// under the first row a ruler "| :---- |", the text escaped
// (gdocsEscaped).
func codeTable(lines []string, rows bool) []string {
	var cells []string
	for _, l := range lines {
		cells = append(cells, gdocsEscaped(l))
	}
	if !rows {
		return []string{"| " + strings.Join(cells, "<br>") + " |", "| :---- |"}
	}
	table := []string{"| " + cells[0] + " |", "| :---- |"}
	for _, c := range cells[1:] {
		table = append(table, "| "+c+" |")
	}
	return table
}

// gdocsEscaped is a line of text as Google Docs' Markdown export writes
// it in a table's cell: its marks backslash-escaped, its pipes too.
func gdocsEscaped(l string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(l) {
		if strings.ContainsRune(`\*_[]<>~|#`+"`", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unindentedBodies takes the indentation out of the lines of the bodies
// of an API's examples.
func unindentedBodies(api *schema.API) {
	unindent := func(e *schema.Example) {
		if e == nil {
			return
		}
		lines := strings.Split(e.Body, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimSpace(l)
		}
		e.Body = strings.Join(lines, "\n")
	}
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			unindent(ep.Example)
		}
		for _, st := range op.Statuses {
			for _, e := range st.Examples {
				unindent(e)
			}
		}
	}
}

// TestGoogleDocsEscapesReadAsMarkdown escapes, in each Markdown page of
// the corpus that parses without a warning, the characters Google Docs'
// Markdown export escapes in text lines and cells (outside code blocks,
// code spans and links' markup), and requires the same schema: the
// escapes are read as CommonMark reads them wherever a line or a cell is
// read.
func TestGoogleDocsEscapesReadAsMarkdown(t *testing.T) {
	n, _ := readsAsMarkdown(t, "Google Docs' escapes", gdocsEscapedPage)
	if n < 10 {
		t.Errorf("only %d Markdown pages compared", n)
	}
	t.Logf("%d Markdown pages read the same with Google Docs' escapes", n)
}

// gdocsEscapedPage escapes the text of a Markdown page as Google Docs'
// export does (gdocsText), but in code blocks and in a ruler.
func gdocsEscapedPage(md string) string {
	lines := strings.Split(md, "\n")
	code := false
	for i, l := range lines {
		switch {
		case pages.IsFence(l):
			code = !code
		case code || pages.IsRuler(l):
		default:
			lines[i] = gdocsText(l)
		}
	}
	return strings.Join(lines, "\n")
}

// gdocsText escapes Markdown's marks in a line of text or a row of
// pipes (not its pipes), outside its code spans and links' markup, and
// not its leading heading or list mark; what the page escapes already
// stays as it is.
func gdocsText(l string) string {
	lead := len(l) - len(strings.TrimLeft(l, " #>-*+|"))
	var b strings.Builder
	b.WriteString(l[:lead])
	inCode := false
	for i := lead; i < len(l); i++ {
		c := l[i]
		switch {
		case c == '\\' && i+1 < len(l) && strings.IndexByte(`\\*_[]<>~|`+"`", l[i+1]) >= 0 && !inCode:
			b.WriteString(l[i : i+2]) // escaped on the page already
			i++
			continue
		case c == '`':
			inCode = !inCode
		case inCode:
		case c == '[' || c == '!' && i+1 < len(l) && l[i+1] == '[':
			if _, n := linkEnd(l[i:]); n > 0 {
				b.WriteString(l[i : i+n])
				i += n - 1
				continue
			}
			b.WriteByte('\\')
		case strings.IndexByte(`\*_]<>~`, c) >= 0:
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// linkEnd returns the length of the link or image at the start of s,
// "[text](target)" or "![alt](src)", or 0.
func linkEnd(s string) (string, int) {
	m := linkRe.FindString(s)
	return m, len(m)
}

var linkRe = regexp.MustCompile(`^!?\[[^\[\]]*\]\([^()\s]*\)`)
