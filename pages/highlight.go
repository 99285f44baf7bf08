package pages

import (
	"regexp"
	"strings"
)

// highlighterRe matches the start tag of an element a syntax highlighter
// wraps a code block's text in: a line of Shiki (VitePress) or Chroma
// (<span class="line">), in which Shiki colours runs with inline styles,
// a token of Prism (<span class="token keyword">), a run of highlight.js
// (<span class="hljs-string">, <code class="hljs">). An inline style
// alone tells no highlighter: an HTML example's <span style="color:red">
// is its text.
var highlighterRe = regexp.MustCompile(`(?i)<(?:span|code)\s[^<>]*class=["'](?:[^"'<>]*\s)?(?:line|token|hljs(?:-[\w-]+)?)(?:\s[^"'<>]*)?["']`)

// phrasingTagRe matches a start or end tag of an inline phrasing element
// a highlighter writes around a code block's text, with any attributes.
var phrasingTagRe = regexp.MustCompile(`(?i)</?(?:span|a|b|i|em|strong|code)(?:\s[^<>]*)?>`)

// highlightedCode returns the blocks with each code block (the text
// lines between two fences, IsFence) whose lines carry a syntax
// highlighter's markup (highlighterRe) read as its text: the tags of
// its inline phrasing elements (span, a, b, i, em, strong, code) taken
// out, as a converter keeps a highlighted <pre>'s markup raw in the
// fence it writes (breakdance, from a VitePress page: '<span
// class="line"><span>POST /api/…</span></span>'). A line that held
// nothing but such tags (a blank line of the code) is dropped, as a
// blank line is. The character references of the highlighter's text
// reach here decoded, as those of every code block do (Unescape, or
// the style itself): they are not decoded twice. A code block with no
// highlighter's markup is left as it is: the tags of an HTML or XML
// example are its text.
func highlightedCode(blocks []Block) []Block {
	var read []bool // by block: a line of a highlighted code block
	start := -1
	for i, b := range blocks {
		if b.Table != nil || !IsFence(b.Text) {
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		if highlighted(blocks[start+1 : i]) {
			if read == nil {
				read = make([]bool, len(blocks))
			}
			for k := start + 1; k < i; k++ {
				read[k] = blocks[k].Table == nil
			}
		}
		start = -1
	}
	if read == nil {
		return blocks
	}
	out := make([]Block, 0, len(blocks))
	for i, b := range blocks {
		if read[i] {
			if b.Text = strings.TrimSpace(phrasingTagRe.ReplaceAllString(b.Text, "")); b.Text == "" {
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// highlighted reports whether a code block's lines carry a syntax
// highlighter's markup.
func highlighted(code []Block) bool {
	for _, c := range code {
		if c.Table == nil && strings.Contains(c.Text, "<") && highlighterRe.MatchString(c.Text) {
			return true
		}
	}
	return false
}
