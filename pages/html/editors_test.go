package html_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestEditorPages reads what word processors and editors write when
// they save a page as HTML (TextEdit's Cocoa HTML Writer, Word's "Save
// as Web Page", LibreOffice Writer, Google Docs): an outline of links to
// the page's headings kept as paragraphs, left out with a warning;
// headings as bold paragraphs; code blocks as paragraphs set in a
// monospace font, by class, style, <font face> or <tt>, a line each as
// written; header rows of bold <td>s; a code table's paragraph whose
// source the editor wrapped, one line. Each item with its line.
func TestEditorPages(t *testing.T) {
	textEdit := `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">
<html><head><meta name="Generator" content="Cocoa HTML Writer">
<style type="text/css">
p.p1 {margin: 0.0px; font: 14.0px Inter}
p.p4 {margin: 0.0px; font: 14.0px Menlo; background-color: #f6f6f7}
p.p5 {margin: 32.0px 0.0px 0.0px 0.0px; font: bold 20.0px Inter}
span.s3 {font: 13.0px Menlo}
</style></head>
<body>
`
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{"TextEdit: the outline of links to the page's own headings is left out, the site's other links kept",
			textEdit + `<p class="p1"><a href="https://docs.gearn.io/api/weather/clearStorm"><span class="s2">clearStorm</span></a></p>
<p class="p1"><span class="s1">On this page</span></p>
<p class="p1"><a href="https://docs.gearn.io/api/weather/triggerStorm#server"><span class="s2">Server</span></a></p>
<p class="p1"><a href="https://docs.gearn.io/api/weather/triggerStorm#admin"><span class="s2">Admin</span></a></p>
<h2><span class="s1"><b>Server </b></span><a href="https://docs.gearn.io/api/weather/triggerStorm#server"><span class="s2"><b>&#8203;</b></span></a></h2>
<p class="p1"><a href="https://docs.gearn.io/api/weather/triggerStorm#server">Server</a></p>
<h2><span class="s1"><b>Admin </b></span><a href="https://docs.gearn.io/api/weather/triggerStorm#admin"><span class="s2"><b>&#8203;</b></span></a></h2>`,
			[]string{"10 clearStorm", "11 On this page", "14 Server", "15 Server", "16 Admin"},
			[]string{`p.txt:12: left out lines 12 to 13 (Server · Admin): each is wholly a link to a heading of this page, an outline of it (the "On this page" side bar a site shows beside the content, or a table of contents), not a title of its own`}},
		{"Word's table of contents, to its headings' names, and Google Docs', to their ids; links to other pages' anchors kept",
			`<html><body>
<p class=MsoToc1><a href="#_Toc101">Client</a></p>
<p class=MsoToc1><a href="#_Toc102"><span>Response Body</span></a><span style='mso-tab-count:1 dotted'>. . . </span>3</p>
<ul><li><a href="#h.k2">Client</a></li><li><a href="#h.k3">Server</a></li></ul>
<p><a href="/api/other#_Toc101">Client</a></p>
<p><a href="/api/other#_Toc102">Response Body</a></p>
<p><a href="#_Toc101">Client</a> and more</p>
<h2><a name="_Toc101"></a>Client</h2>
<h2 id="h.k2">Client</h2><h2 id="h.k3">Server</h2>
<h2><a name="_Toc102"></a>Response Body</h2>
</body></html>`,
			[]string{"05 Client", "06 Response Body", "07 Client and more", "08 Client", "09 Client", "09 Server", "10 Response Body"},
			[]string{
				`p.txt:2: left out lines 2 to 4 (Client · Response Body. . . 3 · Client · Server): each is wholly a link to a heading of this page, an outline of it (the "On this page" side bar a site shows beside the content, or a table of contents), not a title of its own`,
			}},
		{"an outline whose headings kept no id nor permalink: its fragments are their slugs; one to another fragment is text",
			`<html><body>
<p><a href="https://docs.gearn.io/api/x#response-body">Response Body</a></p>
<p><a href="https://docs.gearn.io/api/x#genericmodels-stormstate">GenericModels.StormState</a></p>
<p><a href="https://docs.gearn.io/api/x#server-role">Server</a></p>
<p><a href="https://docs.gearn.io/api/x#top">Client</a></p>
<h2>Response Body</h2><h3>GenericModels.StormState &#8203;</h3><h2>Server</h2><h2>Client</h2>
</body></html>`,
			[]string{"04 Server", "05 Client", "06 Response Body", "06 GenericModels.StormState", "06 Server", "06 Client"},
			[]string{`p.txt:2: left out lines 2 to 3 (Response Body · GenericModels.StormState): each is wholly a link to a heading of this page, an outline of it (the "On this page" side bar a site shows beside the content, or a table of contents), not a title of its own`}},
		{"a link to a heading alone is text", `<html><body>
<p>Returns:</p>
<p><a href="#rc">ReturnCode</a></p>
<p>Then.</p>
<h3 id="rc">ReturnCode</h3>
</body></html>`, []string{"02 Returns:", "03 ReturnCode", "04 Then.", "05 ReturnCode"}, nil},
		{"TextEdit: a heading as a bold paragraph, by its class or its <b>; code as Menlo paragraphs, a line each as written",
			textEdit + `<p class="p5"><span class="s1">2. Request Body</span></p>
<p class="p1"><span class="s1"><b>3. Response Body </b></span><a href="https://x/y#response-body"><span class="s2"><b>&#8203;</b></span></a></p>
<p class="p1"><span class="s1">5.1 Retry</span></p>
<p class="p4"><span class="s1">5.1 Retry</span></p>
<p class="p4"><span class="s1">{</span></p>
<p class="p4"><span class="s1">&nbsp; "regionId": "frostpeak",</span></p>
<p class="p4"><br></p>
<p class="p4"><span class="s1">&nbsp; &nbsp; "a": <code>1</code></span></p>
<p class="p1"><span class="s1">See </span><span class="s3">Storm</span></p>`,
			[]string{"10 Request Body", "11 Response Body", "12 Retry", "13 5.1 Retry", "14 {", `15 "regionId": "frostpeak",`, `17 "a": 1`, "18 See Storm"}, nil},
		{"titles set apart by a larger font alone: TextEdit's class, Google Docs' span; a numbered line of the text's size is no title",
			`<html><head><style type="text/css">
p.p1 {margin: 0.0px; font: 14.0px Inter}
p.p6 {margin: 48.0px 0.0px 16.0px 0.0px; font: 24.0px Inter}
.c1{font-size:11pt;font-family:"Arial"}
.c9{font-size:16pt}
</style></head><body>
<p class="p6"><span class="s1">3. Response Body</span></p>
<p class="p1"><span class="s1">4. Send the request, then read the answer of the server.</span></p>
<p class="c2"><span class="c9">5. Client</span></p>
<p class="c2"><span class="c1">6. Send</span></p>
<p class="p1"><span class="s1">The text of the page, set in its font, is the most of it.</span></p>
</body></html>`,
			[]string{"07 Response Body", "08 4. Send the request, then read the answer of the server.", "09 Client", "10 6. Send", "11 The text of the page, set in its font, is the most of it."}, nil},
		{"Word, Writer and Google Docs: code paragraphs by style, <font face>, <tt> and class; a paragraph with other text is none",
			`<html><head><style>
.c5{font-family:"Courier New";color:#000}
.c7{font-weight:400}
</style></head><body>
<p class=MsoNormal><span style='font-family:"Courier New"'>1) POST /api/a</span></p>
<p class="western"><font face="Courier New, monospace">2) Host: x</font></p>
<p><tt>3) {}</tt></p>
<p class="c7"><span class="c5">4) Send</span></p>
<p>5) Send <tt>it</tt></p>
</body></html>`,
			[]string{"05 1) POST /api/a", "06 2) Host: x", "07 3) {}", "08 4) Send", "09 Send `it`"}, nil},
		{"header rows of bold cells, by <b> or by a class, though their words name no column; a table whose rows are all bold has no such header (here the rest of the table before)",
			`<html><head><style>.c3{font-weight:700}</style></head><body>
<table>
<tr><td><p><b>Alpha</b></p></td><td><p><b>Beta</b></p></td></tr>
<tr><td><p>a</p></td><td><p><b>b</b></p></td></tr>
</table>
<table>
<tr><td><p><span class="c3">Gamma</span></p></td><td><p class="c3">Delta</p></td></tr>
<tr><td><p>c</p></td><td><p>d</p></td></tr>
</table>
<table>
<tr><td><b>e</b></td><td><b>f</b></td></tr>
<tr><td><b>g</b></td><td><b>h</b></td></tr>
</table>
</body></html>`,
			[]string{"03 [Alpha|Beta]", "04 |a|b|", "07 [Gamma|Delta]", "08 |c|d|", "11 [Gamma|Delta]", "11 |e|f|", "12 |g|h|"}, nil},
		{"a responsive table's column labels under a header row of bold cells",
			`<html><body>
<table>
<tr><td><p><b>Code</b></p></td><td><p><b>Type</b></p></td></tr>
<tr><td><span class="label">Code</span>title</td><td><span class="label">Type</span>string</td></tr>
</table>
</body></html>`,
			[]string{"03 [Code|Type]", "04 |title|string|"}, nil},
		{"a code table's paragraph whose source the editor wrapped is one line",
			`<html><body>
<h3>Example Request</h3>
<table><tr><td><p><code>POST
	/service/v4/postcard/send HTTP/1.1</code></p>
	<p><code>Host: x</code></p>
	<p><code>&nbsp;</code></p>
	<p><code>{&quot;a&quot;:
	1}</code></p>
</td></tr></table>
</body></html>`,
			[]string{"02 Example Request", "03 POST /service/v4/postcard/send HTTP/1.1", "05 Host: x", `07 {"a": 1}`}, nil},
		{"a request line a word processor broke into paragraphs is one line",
			`<html><body>
<h3>Example Request</h3>
<p>GET</p>
<p>/service/v5/stamprally/progress?playerId=1</p>
<p>HTTP/1.1</p>
<p>Host: x</p>
</body></html>`,
			[]string{"02 Example Request", "03 GET /service/v5/stamprally/progress?playerId=1 HTTP/1.1", "06 Host: x"},
			[]string{`p.txt:3: read the request line from 3 lines, 3 to 5, as "GET /service/v5/stamprally/progress?playerId=1 HTTP/1.1": a word processor or a converter broke it; write it on one line in a code block`}},
		{"a request line cut inside its version in a code block is one line",
			`<html><body>
<pre>DELETE /kite/entry HTTP/
1.1
Host: x</pre>
</body></html>`,
			[]string{"02 DELETE /kite/entry HTTP/1.1", "04 Host: x"},
			[]string{`p.txt:2: line 2 ends inside the HTTP version of its request line, and line 3 holds its rest ("1.1"): read as one request line, which a wrap cut`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks, warns := pagestest.Read(html.Style{}, c.page, true)
			if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			if !reflect.DeepEqual(warns, c.warns) {
				t.Errorf("warnings\n%s\nwant\n%s", strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
			}
		})
	}
}
