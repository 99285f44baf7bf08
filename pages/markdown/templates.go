package markdown

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Site generators extend Markdown with tags of their templates, on lines
// of their own around the content they frame: GitBook's and Jekyll's
// Liquid ({% tabs %}, {% tab title="Client" %}, {% code title="Example
// request" %}, {% hint style="info" %} … {% endhint %}) and Hugo's
// shortcodes ({{< tab "Server" >}}, {{% notice %}}), and MkDocs'
// content tabs (=== "Client"). The tags of the known blocks, which only
// frame their content, are no text: their content is read as the
// page's, and a tag's title, that of a tab or a code block, is a line
// of text of its own where the tag stands ("Client", "Example
// request"), as a heading would be. A tag of another name (a GitBook
// {% swagger-parameter %}, which states a fact) is left as text, and
// nothing inside a fenced code block is a tag. Pandoc's fenced divs
// (::: {#app}, ::: vp-doc, :::), which frame their content alike, the
// reading of every style's text blanks (pages.ReadText).

// templateTagRe matches a line of one or more template tags, and
// nothing else.
var templateTagRe = regexp.MustCompile(`^\s*(?:(?:\{%-?\s*[^%]*?-?%\}|\{\{[<%]\s*/?[^>%]*?[>%]\}\})\s*)+$`)

// tagRe matches one template tag: its name, and its arguments.
var tagRe = regexp.MustCompile(`(?:\{%-?|\{\{[<%])\s*/?\s*([A-Za-z][\w-]*)([^%>]*?)-?(?:%\}|[>%]\}\})`)

// titleRe matches the argument of a tag that titles its block.
var titleRe = regexp.MustCompile(`\b(?:title|name|label|header)\s*=\s*"([^"]*)"`)

// quotedRe matches a tag's first quoted argument (Hugo's {{< tab "Client" >}}).
var quotedRe = regexp.MustCompile(`^\s*"([^"]*)"`)

// mkdocsTabRe matches an MkDocs content tab's line: === "Client".
var mkdocsTabRe = regexp.MustCompile(`^\s*===\+?\s+"([^"]*)"\s*$`)

// frameTags are the names of the tags that only frame their content,
// each with its closing tag ("end" + name in Liquid, "/" + name in Hugo).
var frameTags = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`tabs tab code hint content-ref embed stepper step
		notice tip note warning info alert callout details expand collapse
		highlight raw codeblock`) {
		frameTags[t] = true
		frameTags["end"+t] = true
	}
}

// templateLines returns the lines with each line of framing template
// tags read as the titles its tags give, or as a blank line; the lines
// in fenced code blocks are as written.
func templateLines(lines []string) []string {
	var out []string
	code := false
	for i, l := range lines {
		if pages.IsFence(l) {
			code = !code
			continue
		}
		if code {
			continue
		}
		title, ok := templateTitle(l)
		if !ok {
			continue
		}
		if out == nil {
			out = append([]string(nil), lines...)
		}
		out[i] = title
	}
	if out == nil {
		return lines
	}
	return out
}

// templateTitle reads a line of template tags: the titles they give, and
// whether the line is one of framing tags only.
func templateTitle(l string) (string, bool) {
	if m := mkdocsTabRe.FindStringSubmatch(l); m != nil {
		return m[1], true
	}
	if !templateTagRe.MatchString(l) {
		return "", false
	}
	var titles []string
	for _, m := range tagRe.FindAllStringSubmatch(l, -1) {
		name, args := strings.ToLower(m[1]), m[2]
		if !frameTags[name] {
			return "", false
		}
		if t := titleRe.FindStringSubmatch(args); t != nil {
			titles = append(titles, t[1])
		} else if t := quotedRe.FindStringSubmatch(args); t != nil && name == "tab" {
			titles = append(titles, t[1])
		}
	}
	return strings.Join(titles, " "), true
}

// liquidRawRe matches Liquid's raw tag and its end: {% raw %}, {%- endraw -%}.
var liquidRawRe = regexp.MustCompile(`\{%-?\s*(end)?raw\s*-?%\}`)

// rawInCode returns the lines with the Liquid raw tags in each fenced
// code block taken out, as the site shows the block: Jekyll reads the
// tags of the whole page, a code block's too, and a block's text between
// {% raw %} and {% endraw %} is shown as written, without them (an
// example body wrapped in them, or holding them where "{{" would be
// read). A line left blank by them is blank. A block whose raw tags do
// not pair, a raw opened and never ended, is left as written. The lines
// they stood on are warned of, once for each block.
func rawInCode(src pages.Source, lines []string) []string {
	var out []string
	start := -1
	for i, l := range lines {
		if !pages.IsFence(l) {
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		if taken := rawTaken(lines[start+1 : i]); taken != nil {
			if out == nil {
				out = slices.Clone(lines)
			}
			var at []string
			for k, t := range taken {
				if t != lines[start+1+k] {
					out[start+1+k] = t
					at = append(at, strconv.Itoa(start+2+k))
				}
			}
			word := "line"
			if len(at) > 1 {
				word = "lines"
			}
			src.Report.Warn(pages.At(src.Name, start+1), "read the code block at line %d without its Liquid tags {%% raw %%} and {%% endraw %%} (at %s %s), which the site does not show", start+1, word, strings.Join(at, ", "))
		}
		start = -1
	}
	if out == nil {
		return lines
	}
	return out
}

// rawTaken returns a code block's lines without their paired raw tags,
// or nil if they hold none, or if a raw tag is never ended.
func rawTaken(code []string) []string {
	if !slices.ContainsFunc(code, func(l string) bool { return strings.Contains(l, "raw") && liquidRawRe.MatchString(l) }) {
		return nil
	}
	out := make([]string, len(code))
	open := false
	for k, l := range code {
		var b strings.Builder
		last := 0
		for _, m := range liquidRawRe.FindAllStringSubmatchIndex(l, -1) {
			end := m[2] >= 0
			if end != open {
				continue // a raw tag inside raw is text, as an end with none open
			}
			b.WriteString(l[last:m[0]])
			last, open = m[1], !open
		}
		b.WriteString(l[last:])
		out[k] = b.String()
		if out[k] != l && strings.TrimSpace(out[k]) == "" {
			out[k] = ""
		}
	}
	if open || slices.Equal(out, code) {
		return nil
	}
	return out
}
