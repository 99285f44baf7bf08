package pages_test

import (
	"slices"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/org"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/textile"
)

// TestHighlightedCode reads a code block whose lines a converter left
// with a syntax highlighter's markup, in each style a code block is
// written in, as its text; a code block of an HTML or XML example keeps
// its tags.
func TestHighlightedCode(t *testing.T) {
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
	}{
		{"Shiki in a fence, as breakdance writes it", markdown.Style{}, "http\n\n```\n<span class=\"line\"><span>POST /api/rJson/mews/client/trainFalconHunt</span></span>\n```\n",
			[]string{"01 http", "04 POST /api/rJson/mews/client/trainFalconHunt"}},
		{"Shiki's coloured runs and a blank line", markdown.Style{}, "```http\n<span class=\"line\"><span style=\"color:#D73A49\">POST</span><span style=\"color:#24292E\"> /api/x HTTP/1.1</span></span>\n<span class=\"line\"></span>\n<span class=\"line\"><span>{ &quot;a&quot;: &lt;1&gt; }</span></span>\n```\n",
			[]string{"02 POST /api/x HTTP/1.1", "04 { \"a\": <1> }"}},
		{"Prism's tokens in a tilde fence", markdown.Style{}, "~~~\n<span class=\"token keyword\">POST</span> /api/x\n<span class=\"token punctuation\">{</span><span class=\"token property\">\"id\"</span>: 1<span class=\"token punctuation\">}</span>\n~~~\n",
			[]string{"02 POST /api/x", "03 {\"id\": 1}"}},
		{"highlight.js's spans", markdown.Style{}, "```\n<span class=\"hljs-keyword\">GET</span> /api/y\n<span class=\"hljs-attr\">Auth-Token</span>: <span class=\"hljs-string\">abc</span>\n```\n",
			[]string{"02 GET /api/y", "03 Auth-Token: abc"}},
		{"an XML example keeps its tags", markdown.Style{}, "```xml\n<item><b>bold</b><span class=\"x\">s</span></item>\n```\n",
			[]string{"02 <item><b>bold</b><span class=\"x\">s</span></item>"}},
		{"an HTML example's inline style tells no highlighter", markdown.Style{}, "```html\n<p><span style=\"color:#D73A49\">Hi</span></p>\n```\n",
			[]string{"02 <p><span style=\"color:#D73A49\">Hi</span></p>"}},
		{"a highlighted block keeps tags of no phrasing element", markdown.Style{}, "```\n<span class=\"token tag\"><user></span>\n<span class=\"line\"><span>{\"a\": [1]}</span></span>\n```\n",
			[]string{"02 <user>", "03 {\"a\": [1]}"}},
		{"an indented code block", markdown.Style{}, "Request:\n\n    <span class=\"hljs-keyword\">POST</span> /api/z\n",
			[]string{"01 Request:", "03 POST /api/z"}},
		{"an HTML <pre>", html.Style{}, "<pre><code><span class=\"line\"><span>POST /api/h</span></span></code></pre>",
			[]string{"01 POST /api/h"}},
		{"an Org source block", org.Style{}, "#+begin_src http\n<span class=\"line\"><span>POST /api/o</span></span>\n#+end_src\n",
			[]string{"02 POST /api/o"}},
		{"an AsciiDoc listing block", adoc.Style{}, "----\n<span class=\"token keyword\">POST</span> /api/a\n----\n",
			[]string{"02 POST /api/a"}},
		{"a Textile block code", textile.Style{}, "bc. <span class=\"hljs-keyword\">POST</span> /api/t\n",
			[]string{"01 POST /api/t"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks, warns := pagestest.ReadText(c.style, c.page)
			got := pagestest.Describe(blocks)
			if !slices.Equal(got, c.want) || len(warns) != 0 {
				t.Errorf("read\n%q\nwith %q, want\n%q", got, warns, c.want)
			}
		})
	}
}
