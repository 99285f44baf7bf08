package pages

import (
	"regexp"
	"strings"
)

// A word processor has no code block: a page pasted into Google Docs,
// Word or Confluence keeps each of its code blocks (a request line, an
// example's JSON, a URL) as a table of one cell, and its exports write
// that table in their form: Google Docs' Markdown as "| POST /a |" over
// "| :---- |", its lines joined with <br> or a row each; its HTML, and
// Confluence's, as a <td> of paragraphs or of a <pre>. Such a table is a
// code block: its lines are read as a fenced code block's, each at its
// row's line. What decides is what its cells hold, the header's too:
// every line of them is code (IsCode). A table of one column that lists
// names, values, words ("Scopes" over "read", "write") or addresses, or
// whose header names its column ("Endpoint" over request lines), stays a
// table.

var (
	// requestLineRe matches an HTTP request line, its target a path or
	// a URL, with its version or not ("POST /api/a HTTP/1.1"), or its
	// method alone, as a page's Method section shows it in a code block;
	// after the version, the message's headers or body may run on, as a
	// style that reads a cell's line breaks as spaces joins them.
	requestLineRe = regexp.MustCompile(`^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)(?:\s+(?:/|https?://)\S*(?:\s+HTTP/[0-9.]+(?:\s+(?:[A-Za-z0-9-]+:\s|[{\[]).*)?)?)?$`)
	// statusLineRe matches an HTTP status line: "HTTP/1.1 200 OK".
	statusLineRe = regexp.MustCompile(`^HTTP/[0-9.]+\s+[1-5][0-9]{2}(?:\s.*)?$`)
	// addressRe matches a URL or a path alone: "https://a.com/api/x",
	// "/api/rJson/a/b?x=1".
	addressRe = regexp.MustCompile(`^(?:https?://[^\s/]+|/[^\s/])\S*$`)
	// commandRe matches a shell command that calls an API: "curl -X
	// POST …".
	commandRe = regexp.MustCompile(`^(?:\$\s*)?curl\s`)
	// headerLineRe matches a header of an HTTP message: "Content-Type:
	// application/json".
	headerLineRe = regexp.MustCompile("^[A-Za-z0-9!#$%&'*+.^_`~-]+:\\s*\\S")
	// jsonScalarRe matches a line of JSON that is a value alone, as an
	// array's items stand one a line: "3,", "true", "-1.5".
	jsonScalarRe = regexp.MustCompile(`^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null),?$`)
)

// codeLabels are the labels of a code block's language that a copy of a
// docs site's code block takes along, on a line of their own above its
// code (VitePress prints "http" so).
var codeLabels = map[string]bool{
	"http": true, "json": true, "bash": true, "sh": true, "shell": true, "console": true,
	"curl": true, "text": true, "plaintext": true, "javascript": true, "js": true,
}

// IsCode reports whether the lines of the cells of a table of one
// column, in order, are code: the first that is not blank, or the one
// after it where it is the label of a language ("http"), opens code (a
// request line or its method alone, a status line, a URL or a path
// alone, a curl command, or the bracket or brace that opens JSON), and
// every other one goes on with it (another such line; a header after a
// request or status line; a line of JSON after the JSON opened, led by a
// bracket, a brace or a quote, or a value alone; a command's line after
// one that ends with a backslash). Blank lines may stand between them: a
// cell of a word processor holds the blank line between a message's
// headers and its body, or not. Lines that are all URLs or paths alone,
// more than one, are a list of addresses, which a table of one column
// is as likely to hold: not code.
func IsCode(lines []string) bool {
	opened := false
	// addresses counts the lines that are URLs or paths alone, others
	// the other lines of code.
	addresses, others := 0, 0
	// message is set after a request or status line, up to JSON: its
	// headers follow it. json is set once JSON opened; continued when
	// the line before ends with a backslash.
	message, json, continued, labelled := false, false, false, false
	for _, l := range lines {
		l = strings.TrimSpace(CellText(l))
		if l == "" {
			continue
		}
		if !opened && !labelled && codeLabels[strings.ToLower(l)] {
			labelled = true
			continue
		}
		others++
		switch {
		case continued:
		case requestLineRe.MatchString(l) || statusLineRe.MatchString(l):
			message = true
		case addressRe.MatchString(l):
			message = false
			addresses, others = addresses+1, others-1
		case commandRe.MatchString(l):
			message = false
		case opensJSON(l):
			message, json = false, true
		case message && headerLineRe.MatchString(l):
		case json && (strings.IndexByte(`{}[]"`, l[0]) >= 0 || jsonScalarRe.MatchString(l)):
		default:
			return false
		}
		opened = true
		continued = strings.HasSuffix(l, `\`)
	}
	return opened && (addresses <= 1 || others > 0)
}

// opensJSON reports whether a line opens JSON: a brace, or a bracket
// alone or before what an array holds ("[", "[1, 2]", `["a"`, "[{"),
// not a link's text ("[Item](#item)").
func opensJSON(l string) bool {
	switch {
	case l[0] == '{':
		return true
	case l[0] != '[':
		return false
	}
	rest := strings.TrimSpace(l[1:])
	return rest == "" || strings.IndexByte(`{["]-0123456789`, rest[0]) >= 0 || jsonScalarRe.MatchString(strings.TrimRight(rest, "],"))
}

// codeLines are the lines of a cell of a table of one column: its text
// split at the line breaks of HTML a page of text writes in a cell
// (<br>, <p>), trimmed.
func codeLines(cell string) []string {
	if !strings.Contains(cell, "<") || !breakRe.MatchString(cell) {
		return []string{strings.TrimSpace(cell)}
	}
	var out []string
	for _, l := range strings.Split(breakRe.ReplaceAllString(cell, "\n"), "\n") {
		out = append(out, strings.TrimSpace(l))
	}
	return out
}

// codeTables replaces each table of one column whose cells are code
// (IsCode; a cell's lines codeLines) with the code block it stands for:
// a fence, a text block per line at its row's line, and a fence.
func codeTables(blocks []Block) []Block {
	var out []Block
	for i, b := range blocks {
		code := codeBlock(b.Table)
		if code == nil {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append([]Block(nil), blocks[:i]...)
		}
		out = append(out, code...)
	}
	if out == nil {
		return blocks
	}
	return out
}

// codeBlock returns the code block a table of one column stands for,
// or nil when it is no such table or its cells are not code.
func codeBlock(t *Table) []Block {
	if t == nil || len(t.Header) > 1 || len(t.Header) == 0 && len(t.Rows) == 0 {
		return nil
	}
	type line struct {
		at   int
		text string
	}
	var lines []line
	add := func(at int, cell string) {
		for _, l := range codeLines(cell) {
			lines = append(lines, line{at, l})
		}
	}
	if len(t.Header) == 1 {
		add(t.Line, t.Header[0])
	}
	for _, r := range t.Rows {
		if len(r.Cells) != 1 {
			return nil
		}
		add(r.Line, r.Cells[0])
	}
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	if !IsCode(texts) {
		return nil
	}
	out := []Block{{Line: t.Line, Text: "```"}}
	for _, l := range lines {
		if text := CellText(l.text); text != "" {
			out = append(out, Block{Line: l.at, Text: text})
		}
	}
	return append(out, Block{Line: lines[len(lines)-1].at, Text: "```"})
}
