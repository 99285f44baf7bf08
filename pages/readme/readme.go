// Package readme reads pages in ReadMe's legacy Markdown, as readme.io's
// legacy editor keeps a page and its API v1 returns its body: Markdown
// with blocks of JSON between a "[block:NAME]" line and a "[/block]"
// line. An api-header block is a heading (its title, and the request
// line of the method and path it may carry), a parameters block a table
// (its cells "h-0".."h-N" the header, "R-C" the cell of row R and column
// C, in any order, within its "cols" and "rows"; a cell's Markdown read
// as a pipe table's, its line breaks as a cell's), a code block a code
// block of each of its "codes" (its language the fence's, its name a
// title over it where it has several), a callout its title and its body
// as text, a textarea its text; image, html and embed blocks show no
// text of an API's documentation and are left out. The lines outside
// the blocks are read as Markdown. Each block's content is at the line
// of its JSON member: a heading at its "title", a cell at its own
// member, a row at the line of its first cell. A block's malformed JSON
// is refused at its line; one whose "[/block]" was lost is read up to
// its JSON's end, with a warning.
//
// The pages of ReadMe's MDX export, its newer editor's, are Markdown
// with components: the tags of its callouts, images and embeds are no
// text, and a code block's title on its fence is a line over the block;
// its tables, Markdown tables or <Table> components of HTML rows, are
// read as Markdown reads them.
package readme

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// openingRe matches a line that opens a block, "[block:parameters]", and
// what follows on it; closingRe the line that closes one.
var (
	openingRe = regexp.MustCompile(`^\s*\[block:([A-Za-z][\w-]*)\](.*)$`)
	closingRe = regexp.MustCompile(`^(.*)\[/block\]\s*$`)
)

// opening is the name of the block a line opens, and whether it opens
// one.
func opening(line string) (string, bool) {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "[block:") {
		return "", false
	}
	m := openingRe.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// closing is the index of the line that closes the block line i opens:
// line i itself when the block is written on one line, else the next
// line that holds "[/block]" at its end, before any line that opens
// another block; -1 for none.
func closing(lines []string, i int) int {
	if closingRe.MatchString(strings.TrimPrefix(strings.TrimSpace(lines[i]), "[block:")) {
		return i
	}
	for j := i + 1; j < len(lines); j++ {
		if _, ok := opening(lines[j]); ok {
			return -1
		}
		if strings.Contains(lines[j], "[/block]") && closingRe.MatchString(lines[j]) {
			return j
		}
	}
	return -1
}

// startsJSON reports whether the block line i opens begins its JSON: a
// "{" after the opening mark on its line, or on the first line under it
// that is not blank.
func startsJSON(lines []string, i int) bool {
	m := openingRe.FindStringSubmatch(strings.TrimSpace(lines[i]))
	if rest := strings.TrimSpace(m[2]); rest != "" {
		return rest[0] == '{'
	}
	for j := i + 1; j < len(lines); j++ {
		if t := strings.TrimSpace(lines[j]); t != "" {
			return t[0] == '{'
		}
	}
	return false
}

// componentRe matches a line of ReadMe's MDX export that is a tag of
// one of its components and no text: a callout's start or end tag, whose
// content is the page's text, an image or an embed closed by "/>".
var componentRe = regexp.MustCompile(`^\s*(?:</?Callout(?:\s[^<>]*)?>|<(?:Image|Embed)(?:\s[^<>]*)?/>)\s*$`)

// titledFenceRe matches the fence that opens a code block of ReadMe's
// MDX export, its language then its title ("```json 200 OK", a tab's
// name), with the fence and its language, and the title.
var titledFenceRe = regexp.MustCompile("^\\s*(```+[\\w+#.-]+)[ \\t]+(\\S.*?)\\s*$")

// titledFence is the submatches of titledFenceRe in a line that begins
// with a fence, else nil.
func titledFence(line string) []string {
	if !strings.HasPrefix(strings.TrimLeft(line, " \t"), "```") {
		return nil
	}
	return titledFenceRe.FindStringSubmatch(line)
}

// isComponent reports whether a line is a tag of one of ReadMe's MDX
// components (componentRe), trying the pattern only on a line that
// begins with the start of one: it runs on every line of every page,
// an HTML page's too, as this style is detected first.
func isComponent(line string) bool {
	t := strings.TrimLeft(line, " \t")
	if len(t) < 3 || t[0] != '<' {
		return false
	}
	switch t[1] {
	case 'C', 'I', 'E':
		return componentRe.MatchString(t)
	case '/':
		return t[2] == 'C' && componentRe.MatchString(t)
	}
	return false
}

// read reads a page: each block into its blocks (readBlock), every line
// outside them as Markdown, but for the tags of ReadMe's MDX components
// outside a code block, which are no text, and the title of a code
// block on its opening fence, a line of its own over the block.
func read(src pages.Source) []pages.Block {
	lines := src.Lines
	outside := slices.Clone(lines)
	var out []pages.Block
	code := false // the line is inside a fenced code block
	for i := 0; i < len(lines); i++ {
		if m := titledFence(lines[i]); m != nil && !code {
			outside[i] = m[1]
			out = append(out, pages.Block{Line: i + 1, Text: inline(m[2])})
			code = true
			continue
		}
		if pages.IsFence(lines[i]) {
			code = !code
		}
		if !code && isComponent(lines[i]) {
			outside[i] = ""
		}
		name, ok := opening(lines[i])
		if !ok || code {
			continue
		}
		var blocks []pages.Block
		end := closing(lines, i)
		if end >= 0 {
			blocks = readBlock(src, name, i, end)
		} else {
			blocks, end = unclosed(src, name, i)
		}
		out = append(out, blocks...)
		for j := i; j <= end; j++ {
			outside[j] = ""
		}
		i = end
	}
	md := src
	md.Lines = outside
	return merged(markdownStyle.Read(md), out)
}

// unclosed reads the block that line i opens and no "[/block]" line
// closes, as an edit that lost the line leaves it: its JSON is the value
// that begins under its opening line, up to the line that opens the next
// block or the page's end; the lines after the value are the page's. The
// block is read with a warning at the value's last line, where the lost
// line stood, and returned with the index of that line; a value
// malformed there is refused at its line, with the lines up to the next
// block.
func unclosed(src pages.Source, name string, i int) ([]pages.Block, int) {
	lines := src.Lines
	stop := i + 1
	for ; stop < len(lines); stop++ {
		if _, ok := opening(lines[stop]); ok {
			break
		}
	}
	first := openingRe.FindStringSubmatch(strings.TrimSpace(lines[i]))[2]
	text, from := strings.Join(lines[i+1:stop], "\n"), i+1
	if strings.TrimSpace(first) != "" {
		text, from = first+"\n"+text, i
	}
	v, last, err := decodeJSON(text, from+1, true)
	if err != nil {
		src.Report.Fail(pages.At(src.Name, err.(*syntaxError).line), "the block [block:%s] at line %d is never closed by a line [/block], and its JSON is malformed (%s): close the block after its JSON, and write the JSON as ReadMe's legacy editor does, an object of members \"key\": value", name, i+1, err)
		return nil, stop - 1
	}
	src.Report.Warn(pages.At(src.Name, last), "the block [block:%s] at line %d is never closed by a line [/block], as ReadMe's legacy editor closes each block: read as closed after its JSON, which ends at line %d, and the lines after it as the page's", name, i+1, last)
	return blockOf(src, name, i, v), last - 1
}

// merged are the blocks of the Markdown and of the blocks, in the order
// of their lines, a block's before the Markdown's of its line (a code
// block's title before its fence).
func merged(md, blocks []pages.Block) []pages.Block {
	out := make([]pages.Block, 0, len(md)+len(blocks))
	for len(md) > 0 && len(blocks) > 0 {
		if md[0].Line < blocks[0].Line {
			out, md = append(out, md[0]), md[1:]
		} else {
			out, blocks = append(out, blocks[0]), blocks[1:]
		}
	}
	return append(append(out, md...), blocks...)
}

// jsonOf is the JSON text of the block from line i to line end, with
// the index of the line it begins on: the lines between the block's
// marks, and what follows the opening mark on its line and precedes the
// closing one on its.
func jsonOf(lines []string, i, end int) (string, int) {
	first := openingRe.FindStringSubmatch(strings.TrimSpace(lines[i]))[2]
	if i == end {
		return closingRe.FindStringSubmatch(first)[1], i
	}
	var parts []string
	from := i
	if strings.TrimSpace(first) != "" {
		parts = append(parts, first)
	} else {
		from = i + 1
	}
	parts = append(parts, lines[i+1:end]...)
	parts = append(parts, closingRe.FindStringSubmatch(lines[end])[1])
	return strings.Join(parts, "\n"), from
}

// readBlock reads the block from line i to line end into blocks. Its
// JSON malformed is refused at the line where it is, with the block.
func readBlock(src pages.Source, name string, i, end int) []pages.Block {
	text, from := jsonOf(src.Lines, i, end)
	v, _, err := decodeJSON(text, from+1, false)
	if err != nil {
		line := err.(*syntaxError).line
		src.Report.Fail(pages.At(src.Name, line), "the JSON of the block [block:%s] at line %d is malformed (%s), and the block is not read: write it as ReadMe's legacy editor does, an object of members \"key\": value", name, i+1, err)
		return nil
	}
	return blockOf(src, name, i, v)
}

// blockOf reads the block of a name that line i opens, of JSON v, into
// blocks: a JSON that is no object is refused at its line.
func blockOf(src pages.Source, name string, i int, v *value) []pages.Block {
	if v.kind != '{' {
		src.Report.Fail(pages.At(src.Name, v.line), "the JSON of the block [block:%s] at line %d is no object, and the block is not read: write it as ReadMe's legacy editor does, an object of members \"key\": value", name, i+1)
		return nil
	}
	switch name {
	case "api-header":
		return heading(v)
	case "parameters":
		return table(src, name, i, v)
	case "code":
		return code(v)
	case "callout":
		return callout(v)
	case "textarea":
		return lines(v.get("text"))
	case "html":
		if m := v.get("html"); m != nil && pages.TableMarkup(m.val.str()) != "" {
			src.Report.Fail(pages.At(src.Name, m.line), "the block [block:html] at line %d holds a table (%s), which docs2go does not read in a ReadMe block: write the table as a [block:parameters] block or a Markdown table", i+1, pages.TableMarkup(m.val.str()))
		}
		return nil
	case "image", "embed":
		return nil
	}
	src.Report.Warn(pages.At(src.Name, i+1), "the block [block:%s] is none of those docs2go reads (api-header, parameters, code, callout, textarea), and is left out", name)
	return nil
}
