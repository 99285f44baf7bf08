package html_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/flattened"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/source"
)

// styles are parser's styles: an HTML page is read as HTML among them.
var styles = []pages.Style{html.Style{}, markdown.Style{}, pipes.Style{}, cellperline.Style{}, flattened.Style{}}

// TestHTMLItems reads small pages into items, written "line: text" and
// "line: | cell | cell |" for a table's header and rows.
func TestHTMLItems(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"site chrome is skipped", `<!DOCTYPE html>
<html><head><title>T</title><style>p{}</style></head>
<body><header><a href="/">Docs</a></header>
<nav><ul><li>loginByAccount</li></ul></nav>
<aside>Other pages</aside>
<div role="navigation">Prev / Next</div>
<h2>Client</h2>
<p hidden>Draft</p><button>Copy</button>
<footer>&copy; GearN</footer>
<script>document.write("<p>x</p>")</script>
</body></html>`, []string{"7: Client"}},
		{"a page in a <form>, as some sites serve every page, is read", `<!DOCTYPE html>
<html><body><form method="post" action="./linkAccount.aspx">
<input type="hidden" name="__VIEWSTATE" value="x">
<h2>Server</h2>
<p>Search: <input type="text" name="q"> <button>Go</button></p>
</form></body></html>`, []string{"4: Server", "5: Search:"}},
		{"only <main> when the page marks it", `<html><body>
<div class="sidebar"><p>linkAccount</p></div>
<main>
<h2>Overview</h2>
<article><header><h1>refreshAuthToken</h1></header>
<p>Refresh the token.</p></article>
</main>
<div>Was this page helpful?</div>
</body></html>`, []string{"4: Overview", "5: refreshAuthToken", "6: Refresh the token."}},
		{"role=main, its first element; hidden by aria; headers of sections kept", `<html><body>
<div role="banner">GearN docs</div>
<div role="main">
<section><header><h2>Client</h2></header>
<p aria-hidden="true">Copied!</p><p aria-hidden="false">POST /a</p>
<div role="search">Search</div><div role="note">Note</div></section>
</div>
<main><p>Second main</p></main>
</body></html>`, []string{"4: Client", "5: POST /a", "6: Note"}},
		{"headings without their permalinks", `<!doctype html>
<h2 id="client"><a class="anchor" href="#client">#</a>Client</h2>
<h3 id="rc">ReturnCode<a class="headerlink" href="#rc">&para;</a></h3>
<h3>See <a href="#rc">ReturnCode</a></h3>`, []string{"2: Client", "3: ReturnCode", "4: See ReturnCode"}},
		{"text hidden from sight or from a screen reader is no text of a cell or a line", `<!doctype html>
<table>
<thead><tr><th>Code</th><th>Type</th><th>Required</th><th>Description</th></tr></thead>
<tbody>
<tr><td><code>recipes</code></td><td><a href="/r" target="_blank"><code>Recipe[]</code><span class="sr-only"> (opens in a new tab)</span></a></td><td>true</td><td>Recipes.<span class="visually-hidden"> External link</span></td></tr>
<tr><td><code>outcome</code></td><td><span class="th-mobile" aria-hidden="true">Type</span><code>MatchOutcome</code></td><td><span class="screen-reader-text">Required: </span>true</td><td>How it ended.<span style="display: none">Draft</span><span hidden>Old</span></td></tr>
</tbody></table>
<p>See <a href="/g">the guide<span class="visuallyhidden"> (opens in a new tab)</span></a>.<span style="visibility:hidden">x</span></p>`,
			[]string{"3: | Code | Type | Required | Description |", "5: | recipes | Recipe[] | true | Recipes. |", "6: | outcome | MatchOutcome | true | How it ended. |", "8: See the guide."}},
		{"code in prose, alone and in a word", `<!doctype html>
<p>Inspect <code>invalidMembers</code>, then <code>retry</code>.</p>
<p><code>POST</code> <code>/api/rJson/a/client/b</code></p>
<p>A list of <a href="#m"><code>InvalidMember</code></a>[] items.</p>`,
			[]string{"2: Inspect `invalidMembers`, then `retry`.", "3: POST /api/rJson/a/client/b", "4: A list of InvalidMember[] items."}},
		{"pre lines, the first newline dropped", `<!doctype html>
<pre>
POST /api/rJson/a/client/b
  Host: example.com

</pre>
<pre><code>GET /x</code></pre>`, []string{"3: POST /api/rJson/a/client/b", "4: Host: example.com", "7: GET /x"}},
		{"a pre whose first line shares the line with its markup, as the wiki saves it", `<!doctype html>
<h3>Example Request</h3>
<div class="code panel"><div class="codeContent"><pre class="syntaxhighlighter-pre">POST /service/v5/coupon/use HTTP/1.1
Host: example.com

{
"a": 1
}</pre></div></div>`, []string{"2: Example Request", "3: POST /service/v5/coupon/use HTTP/1.1", "4: Host: example.com", "6: {", "7: \"a\": 1", "8: }"}},
		{"blocks, line breaks and entities", `<!doctype html>
<p>One &amp; two<br>three</p><ul><li>four</li>
<li>five&nbsp;six&#8203;</li></ul>
<p>
  seven
  eight</p>`, []string{"2: One & two", "2: three", "2: four", "3: five six", "5: seven eight"}},
		{"a table with <thead>, code and links in cells", `<!doctype html>
<table>
<thead><tr><th>Code</th><th>Type</th><th>Required</th><th>Description</th></tr></thead>
<tbody>
<tr>
<td><code>errors</code></td><td><a href="#m"><code>InvalidMember</code></a>[]</td><td></td>
<td>Why it failed.<br>See <a href="#m">InvalidMember</a>; use <code>code</code>.</td>
</tr>
</tbody></table>`, []string{"3: | Code | Type | Required | Description |", "5: | errors | InvalidMember[] |  | Why it failed. See InvalidMember; use `code`. |"}},
		{"a table of <th> rows in <tbody>, and one without <th>", `<table><tr><th>Name</th><th>Code</th></tr>
<tr><td>Ok</td><td>1</td></tr></table>
<table>
<tr><td>Name</td><td>Required</td><td>Description</td></tr>
<tr><td>Secret-Key</td><td>true</td></tr>
<tr></tr>
</table>`, []string{"1: | Name | Code |", "2: | Ok | 1 |", "4: | Name | Required | Description |", "5: | Secret-Key | true |"}},
		{"the header is the last <thead> row or leading <th> row, never a <th> row among the others; a row of one spanning cell is a title above the header, a label or a note below it, read as text (TestSpanningCellRows)", `<table>
<tr><th colspan="2">Request Body</th></tr>
<tr><th>Code</th><th>Type</th></tr>
<tr><td>a</td><td>string</td></tr>
<tr><th colspan="2">Advanced</th></tr>
<tr><td>b</td><td>number</td></tr>
</table>
<table><thead><tr><th>Name</th><th>Code</th></tr></thead>
<tbody><tr><th>Ok</th><td>1</td></tr><tr><th colspan="2">Errors</th></tr></tbody></table>`,
			[]string{"2: Request Body", "3: | Code | Type |", "4: | a | string |", "6: | b | number |", "5: Advanced", "8: | Name | Code |", "9: | Ok | 1 |", "9: Errors"}},
		{"rows of <th> below the row that names the columns, naming none, are the body's, as pandoc writes the rows above a header repeated in a table (which is dropped)", `<table><tbody>
<tr><th>Name</th><th>Type</th><th>Mandatory</th></tr>
<tr><th>lang</th><th>String</th><th>N</th></tr>
<tr><th>Name</th><th>Type</th><th>Mandatory</th></tr>
<tr><th>count</th><th>Integer</th><th>N</th></tr>
</tbody></table>
<table><tr><th colspan="2">Request</th></tr><tr><th>Name</th><th>Type</th></tr><tr><td>id</td><td>string</td></tr></table>`,
			[]string{"2: | Name | Type | Mandatory |", "3: | lang | String | N |", "5: | count | Integer | N |", "7: Request", "7: | Name | Type |", "7: | id | string |"}},
		{"a table without a header after one with its width continues it; alone, its first row is its header", `<table><thead><tr><th>Code</th><th>Type</th></tr></thead>
<tbody><tr><td>a</td><td>string</td></tr></tbody></table>
<table><tbody><tr><td>b</td><td>number</td></tr></tbody></table>
<p>Apart</p>
<table><tr><td>Key</td><td>Value</td><td>Note</td></tr><tr><td>c</td><td>d</td><td>e</td></tr></table>`,
			[]string{"1: | Code | Type |", "2: | a | string |", "3: continues the table at line 1", "3: | Code | Type |", "3: | b | number |", "4: Apart", "5: | Key | Value | Note |", "5: | c | d | e |"}},
		{"a table without a header after an advert, with the width of the table before it, resumes it", `<table><thead><tr><th>Code</th><th>Type</th></tr></thead>
<tbody><tr><td>a</td><td>string</td></tr></tbody></table>
<div class="ad-slot">Sponsored · Try GearN Cloud</div>
<table><tbody><tr><td>b</td><td>number</td></tr></tbody></table>`,
			[]string{"1: | Code | Type |", "2: | a | string |", "3: Sponsored · Try GearN Cloud", "4: resumes the table at line 1", "4: | Code | Type |", "4: | b | number |"}},
		{"a responsive table's label of its column at the start of each cell is no text of the cell", `<table><thead><tr><th>Code</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td><span class="label">Code</span><code>title</code></td><td><span class="cell-label">type</span> <code>string</code></td><td><b>Description</b>The title.</td></tr>
<tr><td><span>Type</span>x</td><td><code>Type</code></td><td>Description of <i>Code</i></td></tr>
<tr><td><span class="label">Code</span>y</td><td><span class="label">Type</span></td><td><span class="label">Description</span></td></tr></tbody></table>
<table><thead><tr><th>Code</th><th>Required</th></tr></thead><tbody><tr><td>z</td><td><b>Required</b></td></tr></tbody></table>`,
			[]string{"1: | Code | Type | Description |", "2: | title | string | The title. |", "3: | Typex | Type | Description of Code |", "4: | y |  |  |", "5: | Code | Required |", "5: | z | Required |"}},
		{"a member named as its column, in a code span, with text after it, is no label of the column", `<table><thead><tr><th>Code</th><th>Type</th></tr></thead>
<tbody><tr><td><code>code</code> <span class="status-macro aui-lozenge">New</span></td><td><code>string</code></td></tr></tbody></table>`,
			[]string{"1: | Code | Type |", "2: | code NEW | string |"}},
		{"a cell spanning rows (rowspan) is each of their cells, at its column", `<table><thead><tr><th>Http response code</th><th>detail_code</th><th>msg</th></tr></thead>
<tbody><tr><td rowspan="2">462</td><td>-41002</td><td>Already answered</td></tr>
<tr><td>-41003</td><td>Count</td></tr>
<tr><td>463</td><td rowspan="3">-1</td><td>a</td></tr>
<tr><td>464</td><td>b</td></tr></tbody></table>`,
			[]string{"1: | Http response code | detail_code | msg |", "2: | 462 | -41002 | Already answered |", "3: | 462 | -41003 | Count |", "4: | 463 | -1 | a |", "5: | 464 | -1 | b |"}},
		{"a VitePress code block: its copy button and language label are no code", `<!doctype html>
<main><div class="vp-doc"><h3 id="http" tabindex="-1">HTTP <a class="header-anchor" href="#http" aria-label="Permalink to &quot;HTTP&quot;">&#8203;</a></h3>
<div class="language-http vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">http</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;">POST</span><span style="--shiki-light:#032F62;"> /api/rJson/a/client/b</span></span>
<span class="line"><span>Host: example.com</span></span></code></pre></div>
<p>See <span class="lang">the guide</span>.</p></div></main>`, []string{"2: HTTP", "3: POST /api/rJson/a/client/b", "4: Host: example.com", "5: See the guide."}},
		{"a Confluence page: only its #main-content, without the page tree, breadcrumbs, title bar, likes and labels", `<!DOCTYPE html>
<html><body><div id="page"><div class="ia-splitter"><div class="ia-splitter-left"><div class="acs-side-bar"><ul class="plugin_pagetree_children_list"><li><a href="/mailbox">Mailbox (/mailbox)</a></li></ul></div></div>
<div id="main" class=" aui-page-panel"><div id="breadcrumb-section"><ol id="breadcrumbs"><li><a href="/">Server API</a></li></ol></div>
<h1 id="title-heading"><span id="title-text">Mailbox (/mailbox)</span></h1>
<div id="main-content" class="wiki-content">
<h2 id="Mailbox-/mailbox/list">/mailbox/list</h2>
</div>
<div id="likes-and-labels-container"><span>Like</span><ul class="label-list"><li>No labels</li></ul></div>
</div></div></div></body></html>`, []string{"6: /mailbox/list"}},
		{"a heading without the number of its section; a paragraph's list number stays", `<!DOCTYPE html>
<html><body><h2>5 Types</h2><h3 id="rc">5.1 ReturnCode</h3>
<h3>5. <code>ErrorCode</code></h3>
<p>2) Request</p>
<p>1. Android</p>
<ol><li>1.5 seconds pass before the request to the server times out.</li></ol>
<pre>1) code</pre>
</body></html>`, []string{"2: 5 Types", "2: ReturnCode", "3: ErrorCode", "4: Request", "5: 1. Android", "6: 1.5 seconds pass before the request to the server times out.", "7: 1) code"}},
		{"a newline made by a reference stays on the page", "<!doctype html>\n<pre>a&#10;&#10;&#10;&#10;b</pre>",
			[]string{"2: a", "2: b"}},
		{"headers in a definition list: a badge states the requiredness, a definition its condition", `<!DOCTYPE html>
<html><body><main>
<p><strong>Request Headers</strong></p>
<dl class="param-list">
<dt><code>Secret-Key</code> <span class="badge">required</span></dt>
<dd>The SecretKey in SecretInfo with role must is Server.</dd>
<dt><code>Game-Id</code></dt>
<dd>Optional if the gameId is assigned.</dd>
<dt><code>X-Trace</code></dt>
<dd>A trace <code>id</code>.</dd>
</dl>
</main></body></html>`, []string{"3: Request Headers", "5: | Name | Required | Description |",
			"5: | Secret-Key | required | The SecretKey in SecretInfo with role must is Server. |",
			"7: | Game-Id | Optional if the gameId is assigned. |  |",
			"9: | X-Trace |  | A trace `id`. |"}},
		{"fields in a definition list: type and requiredness beside the name, in parentheses, or labelled in the definition", `<!DOCTYPE html>
<html><body>
<dl>
<div><dt><code>limit</code> <em>integer</em> <span class="badge">optional</span></dt>
<dd><p>How many to read.</p><p>(from 1 to 100)</p></dd></div>
<dt>userId (string, required)</dt>
<dd>The player.</dd>
<dt><code>tags</code></dt>
<dd><p>Type: string[]</p><p>Required: no</p><p>Labels.</p></dd>
<dt>role String (Enum) required</dt><dd>Role (all, officers)</dd>
<dt><code>level</code> <em>(integer)</em></dt><dd>Level.</dd>
<dt><del><code>rank</code></del> <span class="badge">Deprecated</span> <em>integer</em></dt><dd>Rank.</dd>
<dt><code>giftMessage <span class="status-macro aui-lozenge">New</span></code> <em>string</em></dt><dd>Gift.</dd>
<dt><code>seat</code> <span class="status-macro aui-lozenge">Beta</span> <em>string</em> <span class="status-macro aui-lozenge">Required</span></dt><dd>Seat.</dd>
</dl>
</body></html>`, []string{"4: | Name | Type | Required | Description |",
			"4: | limit | integer | optional | How many to read. (from 1 to 100) |",
			"6: | userId | string | required | The player. |",
			"8: | tags | string[] | no | Labels. |",
			"10: | role | String (Enum) | required | Role (all, officers) |",
			"11: | level | integer |  | Level. |",
			"12: | rank Deprecated | integer |  | Rank. |",
			"13: | giftMessage NEW | string |  | Gift. |",
			"14: | seat BETA | string | REQUIRED | Seat. |"}},
		{"a glossary stays text", `<!DOCTYPE html>
<html><body>
<dl><dt>Segment</dt><dd>A set of players.</dd>
<dt>Rule</dt><dd>What a player matches.</dd></dl>
<dl><dt>Rate limits apply</dt><dd>Ten a second.</dd></dl>
</body></html>`, []string{"3: Segment", "3: A set of players.", "4: Rule", "4: What a player matches.", "5: Rate limits apply", "5: Ten a second."}},
		{"a Pygments table of numbered lines is a code block", `<!DOCTYPE html>
<html><body>
<div class="highlight"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre><span class="normal">1</span>
<span class="normal">2</span></pre></div></td><td class="code"><div><pre><span></span><code><span class="p">{</span>
<span class="p">}</span>
</code></pre></div></td></tr></table></div>
</body></html>`, []string{"4: {", "5: }"}},
		{"a SyntaxHighlighter table is a code block of a line per div", `<!DOCTYPE html>
<html><body>
<div class="syntaxhighlighter nogutter"><div class="toolbar"><a href="#">?</a></div><table><tbody><tr><td class="gutter"><div class="line number1">1</div><div class="line number2">2</div></td><td class="code"><div class="container"><div class="line number1"><code>POST /a HTTP/1.1</code></div><div class="line number2"><code>&nbsp;&nbsp;"k": 1</code></div></div></td></tr></tbody></table></div>
</body></html>`, []string{"3: POST /a HTTP/1.1", "3: \"k\": 1"}},
		{"a highlight.js table of a row per line is a code block", `<!DOCTYPE html>
<html><body>
<pre><code><table class="hljs-ln"><tbody><tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="1"><div class="hljs-ln-n" data-line-number="1"></div></td><td class="hljs-ln-line hljs-ln-code">GET /a</td></tr>
<tr><td class="hljs-ln-line hljs-ln-numbers"><div class="hljs-ln-n">2</div></td><td class="hljs-ln-line hljs-ln-code">Host: x</td></tr></tbody></table></code></pre>
</body></html>`, []string{"3: GET /a", "4: Host: x"}},
		{"a table of a numbered gutter and a <pre> is a code block, of any generator", `<!DOCTYPE html>
<html><body>
<table class="code-lines"><tr><td>1
2</td><td><pre>POST /a
{}</pre></td></tr></table>
<table><tr><td>1</td><td>Level</td></tr></table>
</body></html>`, []string{"4: POST /a", "5: {}", "6: | 1 | Level |"}},
		{"MkDocs content tabs title their panels", `<!DOCTYPE html>
<html><body>
<div class="tabbed-set" data-tabs="1:2"><input checked id="t1" type="radio"><input id="t2" type="radio"><div class="tabbed-labels"><label for="t1">Client</label><label for="t2">Server</label></div>
<div class="tabbed-content">
<div class="tabbed-block">
<p>POST /client/a</p>
</div>
<div class="tabbed-block">
<p>POST /server/a</p>
</div></div></div>
</body></html>`, []string{"5: Client", "6: POST /client/a", "8: Server", "9: POST /server/a"}},
		{"a paragraph wholly in bold is a title, as a heading is; bold within text is text", `<!DOCTYPE html>
<html><body>
<p><strong>5. ErrorCode</strong></p>
<div> <b>5.1 Item</b> </div>
<p><span><strong>6. Gain</strong></span></p>
<p><strong>5. Note</strong> the rows below.</p>
<p>See <b>ErrorCode</b>.</p>
</body></html>`, []string{"3: ErrorCode", "4: Item", "5: Gain", "6: 5. Note the rows below.", "7: See ErrorCode."}},
		{"ARIA tabs title their panels", `<!DOCTYPE html>
<html><body>
<div class="tabs-container"><ul role="tablist"><li role="tab">Client</li><li role="tab">Server</li></ul>
<div><div role="tabpanel"><p>A</p></div>
<div role="tabpanel" hidden><p>B</p></div></div></div>
</body></html>`, []string{"4: Client", "4: A", "5: Server", "5: B"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := pages.Lines([]byte(c.page))
			if st := pages.Detect(styles, lines); st != pages.Style(html.Style{}) {
				t.Fatalf("read as %s", st)
			}
			var got []string
			for _, it := range pages.Read(html.Style{}, source.Of("p.html", pages.Text{Lines: lines}, &pages.Reporter{})) {
				if it.Table == nil {
					got = append(got, fmt.Sprintf("%d: %s", it.Line, it.Text))
					continue
				}
				if c := it.Table.Continues; c != nil {
					got = append(got, fmt.Sprintf("%d: continues the table at line %d", it.Table.Line, c.Line))
				}
				if c := it.Table.Resumes; c != nil {
					got = append(got, fmt.Sprintf("%d: resumes the table at line %d", it.Table.Line, c.Line))
				}
				got = append(got, fmt.Sprintf("%d: | %s |", it.Table.Line, strings.Join(it.Table.Header, " | ")))
				for _, r := range it.Table.Rows {
					got = append(got, fmt.Sprintf("%d: %s", r.Line, r.Raw))
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestEmphasisInCells reads the cells whose text is set in <strong>,
// <b>, <em> or <code>, as a page writes a name, a type or a requiredness,
// as their plain text; the same does for Markdown marks left in a cell.
func TestEmphasisInCells(t *testing.T) {
	page := `<!DOCTYPE html><html><body>
<table>
<thead><tr><th><strong>Code</strong></th><th>Type</th><th><b>Required</b></th><th>Description</th></tr></thead>
<tbody>
<tr><td><strong>userId</strong></td><td><code>string</code></td><td><em>true</em></td><td>The <code>userId</code> of the player.</td></tr>
<tr><td><b><code>level</code></b></td><td><strong>number int</strong></td><td></td><td><strong>Level.</strong></td></tr>
<tr><td>**score**</td><td>` + "`number`" + `</td><td>__true__</td><td>Score.</td></tr>
</tbody></table>
</body></html>`
	blocks := pages.Read(html.Style{}, source.Of("p.html", pages.Text{Lines: pages.Lines([]byte(page))}, &pages.Reporter{}))
	if len(blocks) != 1 || blocks[0].Table == nil {
		t.Fatalf("want one table, got %d blocks", len(blocks))
	}
	tb := blocks[0].Table
	if tb.Kind() != pages.KindFields {
		t.Errorf("header %q is not a field table's", tb.Header)
	}
	var got [][]string
	for _, r := range tb.Rows {
		got = append(got, r.Cells)
	}
	want := [][]string{
		{"userId", "string", "true", "The `userId` of the player."},
		{"level", "number int", "", "Level."},
		{"score", "number", "true", "Score."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows\n got %q\nwant %q", got, want)
	}
}

// TestFragment reads the lines of a page of another style that are
// HTML at the page's lines, and what a whole page's site would hold (an
// <aside>, a <nav>) as text: a fragment has no site around it.
func TestFragment(t *testing.T) {
	lines := pages.Lines([]byte("# Title\n\nText\n<aside>\n💡 A callout.\n</aside>\n<table>\n<tr><th>Code</th><th>Type</th></tr>\n<tr><td>a</td><td>List&lt;X&gt;</td></tr>\n</table>\n<p hidden>Draft</p>\nAfter"))
	var got []string
	for _, b := range html.Fragment(pages.Source{Name: "p.md", Lines: lines, Report: &pages.Reporter{}}, 3, 11) {
		if b.Table == nil {
			got = append(got, fmt.Sprintf("%d: %s", b.Line, b.Text))
			continue
		}
		got = append(got, fmt.Sprintf("%d: | %s |", b.Table.Line, strings.Join(b.Table.Header, " | ")))
		for _, r := range b.Table.Rows {
			got = append(got, fmt.Sprintf("%d: %s", r.Line, r.Raw))
		}
	}
	want := []string{"5: 💡 A callout.", "8: | Code | Type |", "9: | a | List<X> |"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestUnreadTables warns of a table of an API's columns that is not
// read, in the site's chrome or hidden, and of no other.
func TestUnreadTables(t *testing.T) {
	page := `<!DOCTYPE html><html><body>
<nav><table><tr><td>Home</td><td>API</td></tr></table></nav>
<main><h2>Request Body</h2>
<div style="display:none"><table>
<tr><th>Code</th><th>Type</th><th>Description</th></tr>
<tr><td>a</td><td>string</td><td>A.</td></tr></table></div>
</main>
<aside><table><tr><th>Name</th><th>Required</th></tr></table></aside>
</body></html>`
	rep := &pages.Reporter{}
	pages.Read(html.Style{}, source.Of("p.html", pages.Text{Lines: pages.Lines([]byte(page))}, rep))
	warns, _ := rep.Sorted([]string{"p.html"}, false)
	var got []string
	for _, w := range warns {
		got = append(got, w.Error())
	}
	want := []string{
		"p.html:4: the table at line 4 (Code | Type | Description) is not read: it is in the site's navigation, side bar or footer, outside the page's main content, or hidden from sight",
		"p.html:8: the table at line 8 (Name | Required) is not read: it is in the site's navigation, side bar or footer, outside the page's main content, or hidden from sight",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestUnclosedTables reads what a page writes after the rows of a table
// it never closes (no </table>), which HTML's parsing moves above the
// table, where the page writes it: after the table, with a warning at
// its first line. A note between two rows stays where parsing sets it.
func TestUnclosedTables(t *testing.T) {
	page := `<!DOCTYPE html><html><body>
<h3>ResponseData</h3>
<table>
<thead><tr><th>Code</th><th>Type</th></tr></thead>
<tbody>
<tr><td>session</td><td>Session</td></tr>
<p><strong>Session</strong></p>
<p>One run.</p>
<table>
<thead><tr><th>Code</th><th>Type</th></tr></thead>
<tbody>
<tr><td>gain</td><td>Gain</td></tr>
<h3>Gain</h3>
<table>
<tr><th>Code</th><th>Type</th></tr>
<tr><td>stat</td><td>number</td></tr>
<p>A note among the rows.</p>
<tr><td>amount</td><td>number</td></tr>
</table>
<p>After.</p>
</body></html>`
	rep := &pages.Reporter{}
	var got []string
	for _, b := range pages.Read(html.Style{}, source.Of("p.html", pages.Text{Lines: pages.Lines([]byte(page))}, rep)) {
		if b.Table == nil {
			got = append(got, fmt.Sprintf("%d: %s", b.Line, b.Text))
			continue
		}
		got = append(got, fmt.Sprintf("%d: | %s |", b.Table.Line, strings.Join(b.Table.Header, " | ")))
		for _, r := range b.Table.Rows {
			got = append(got, fmt.Sprintf("%d: %s", r.Line, r.Raw))
		}
	}
	want := []string{
		"2: ResponseData", "4: | Code | Type |", "6: | session | Session |",
		"7: Session", "8: One run.", "10: | Code | Type |", "12: | gain | Gain |",
		"13: Gain", "17: A note among the rows.", "15: | Code | Type |", "16: | stat | number |", "18: | amount | number |",
		"20: After.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	warns, _ := rep.Sorted([]string{"p.html"}, false)
	var ws []string
	for _, w := range warns {
		ws = append(ws, w.Error())
	}
	wantWarns := []string{
		"p.html:7: the table at line 3 is not closed (no </table>) before line 7: what the page writes after its rows, outside its cells, is read after the table, where the page writes it (a browser shows it above the table); close the table with </table> before line 7",
		"p.html:13: the table at line 9 is not closed (no </table>) before line 13: what the page writes after its rows, outside its cells, is read after the table, where the page writes it (a browser shows it above the table); close the table with </table> before line 13",
	}
	if !reflect.DeepEqual(ws, wantWarns) {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(ws, "\n"), strings.Join(wantWarns, "\n"))
	}
}

// TestMarkdownWithHTMLIsMarkdown detects a Markdown page that begins
// with an HTML block and holds HTML tables among its Markdown ones as
// Markdown, and a page of HTML alone as HTML.
func TestMarkdownWithHTMLIsMarkdown(t *testing.T) {
	for page, want := range map[string]pages.Style{
		"<p align=\"center\"><img src=\"logo.png\"></p>\n\n| Name | Required |\n|---|---|\n| a | true |\n\n<table>\n<tr><td>Code</td></tr>\n</table>": markdown.Style{},
		"<div>\n<table>\n<tr><td>Code</td><td>Type</td></tr>\n</table>\n</div>":                                                                       html.Style{},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(page))); got != want {
			t.Errorf("%q: read as %v, want %v", page, got, want)
		}
	}
}

// TestStrippedTagsIsNoHTML reads a page whose tags a tag stripper took
// out (grokify/html-strip-tags-go), leaving its doctype on its first
// line and its text on the source's indented lines, as no HTML: its
// tables are rows whose cells run together, which an HTML reading would
// run into one paragraph. A doctype over a page that holds an element's
// tag is HTML still.
func TestStrippedTagsIsNoHTML(t *testing.T) {
	stripped := "<!DOCTYPE html>\n  \n    tideChart | GearN\n                        Query Parameters &#8203;\n                          \n                            CodeTypeRequiredDescription\n                            harborIdstringtrueThe harbor&#39;s id.\n"
	if got := (html.Style{}).Detect(pages.Lines([]byte(stripped))); got != 0 {
		t.Errorf("stripped page: rated %d as HTML, want 0", got)
	}
	if got := pages.Detect(styles, pages.Lines([]byte(stripped))); got == (html.Style{}) {
		t.Errorf("stripped page: read as HTML")
	}
	tagged := "<!DOCTYPE html>\n<p>Query Parameters</p>\nCodeTypeRequiredDescription\n"
	if got := (html.Style{}).Detect(pages.Lines([]byte(tagged))); got != pages.Certain {
		t.Errorf("page with a tag: rated %d as HTML, want Certain", got)
	}
}

// TestNestedDefinition warns of a list of terms inside a definition,
// whose members are read as the text of the description only.
func TestNestedDefinition(t *testing.T) {
	page := `<!DOCTYPE html><html><body>
<dl>
<dt><code>rules</code> <em>SegmentRule[]</em></dt>
<dd>The rules.
<dl><dt><code>field</code> <em>string</em></dt><dd>The field.</dd></dl>
</dd>
</dl>
</body></html>`
	rep := &pages.Reporter{}
	blocks := pages.Read(html.Style{}, source.Of("p.html", pages.Text{Lines: pages.Lines([]byte(page))}, rep))
	if len(blocks) != 1 || blocks[0].Table == nil || len(blocks[0].Table.Rows) != 1 {
		t.Fatalf("want one table of one row, got %d blocks", len(blocks))
	}
	if got, want := blocks[0].Table.Rows[0].Cells, []string{"rules", "SegmentRule[]", "", "The rules. `field` string The field."}; !reflect.DeepEqual(got, want) {
		t.Errorf("cells %q, want %q", got, want)
	}
	warns, _ := rep.Sorted([]string{"p.html"}, false)
	if len(warns) != 1 || !strings.HasPrefix(warns[0].Error(), "p.html:5: the definition of rules (line 3) holds a <dl> of its own at line 5") {
		t.Errorf("warnings %v", warns)
	}
}

// TestListInCell writes a list of single words in a cell, the values of
// a field, set apart by commas, after a colon where the words before it
// introduce it without one, and ended by a period where a line follows
// it; a list of sentences by spaces.
func TestListInCell(t *testing.T) {
	page := `<!DOCTYPE html><html><body><table>
<tr><th>Name</th><th>Type</th><th>Mandatory</th><th>Description</th></tr>
<tr><td>market</td><td>String (Enum)</td><td>Y</td><td><p>Store:</p><ul><li>google</li><li><code>apple</code></li>
<li>onestore</li></ul></td></tr>
<tr><td>note</td><td>String</td><td>N</td><td><ol><li>Kept a year.</li><li>Shown to admins.</li></ol>(up to 80 characters)</td></tr>
<tr><td>board</td><td>String (Enum)</td><td>Y</td><td>Board to read<ul><li>free</li><li>guide</li></ul></td></tr>
<tr><td>sort</td><td>String (Enum)</td><td>N</td><td>Order of the posts<ul><li>recent</li><li>likes</li></ul><p>Default: recent</p></td></tr>
</table></body></html>`
	blocks := pages.Read(html.Style{}, source.Of("p.html", pages.Text{Lines: pages.Lines([]byte(page))}, &pages.Reporter{}))
	if len(blocks) != 1 || blocks[0].Table == nil {
		t.Fatalf("want one table, got %d blocks", len(blocks))
	}
	var got []string
	for _, r := range blocks[0].Table.Rows {
		got = append(got, r.Cells[3])
	}
	if want := []string{"Store: google, `apple`, onestore", "Kept a year. Shown to admins. (up to 80 characters)", "Board to read: free, guide", "Order of the posts: recent, likes. Default: recent"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBulletParagraphsInCell reads the paragraphs of a cell led by a
// bullet, as a word processor saves its bulleted list, as the items of a
// <ul>: in a symbol font, in Word's list label, or typed; a paragraph
// that starts with a dash and no space is no item.
func TestBulletParagraphsInCell(t *testing.T) {
	word := func(glyph, font string, items ...string) string {
		var b strings.Builder
		for _, it := range items {
			fmt.Fprintf(&b, "<p class=MsoListParagraphCxSpMiddle style='margin-left:18.0pt;text-indent:-18.0pt'><span\nstyle='font-family:%s'>%s<span style='font:7.0pt \"Times New\nRoman\"'>&nbsp;&nbsp;&nbsp;&nbsp;\n</span></span>%s</p>\n", font, glyph, it)
		}
		return b.String()
	}
	for _, c := range []struct{ name, cell, want string }{
		{"Symbol's middle dot, single words", "<p class=MsoNormal>Category of the request:</p>\n" + word("·", "Symbol", "account", "payment", "bug"), "Category of the request: account, payment, bug"},
		{"Wingdings' square, sentences", "<p>Notes:</p>" + word("§", "Wingdings", "Kept a year.", "Shown to admins."), "Notes: Kept a year. Shown to admins."},
		{"Courier New's o", word("o", "\"Courier New\"", "web", "pc"), "web, pc"},
		{"introduced without a colon, a line after", "<p>Client kind</p>" + word("·", "Symbol", "web", "pc") + "<p>Default: web</p>", "Client kind: web, pc. Default: web"},
		{"Word's list label", "<p>Kind:</p><p class=MsoListParagraph><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span>gold</p><p class=MsoListParagraph><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp;</span></span>silver</p>", "Kind: gold, silver"},
		{"typed bullets", "<p>Store:</p><p>• google</p>\n<p>•&nbsp;apple</p><div>- onestore</div>", "Store: google, apple, onestore"},
		{"a dash without a space, a bullet alone", "<p>-1 means no limit</p><p>•</p>", "-1 means no limit •"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><body><table>\n<tr><th>Name</th><th>Type</th><th>Description</th></tr>\n<tr><td>kind</td><td>String</td><td>" + c.cell + "</td></tr>\n</table></body></html>"
			blocks := pages.Read(html.Style{}, source.Of("p.html", pages.Text{Lines: pages.Lines([]byte(page))}, &pages.Reporter{}))
			if len(blocks) != 1 || blocks[0].Table == nil || len(blocks[0].Table.Rows) != 1 {
				t.Fatalf("want one table of one row, got %d blocks", len(blocks))
			}
			if got := blocks[0].Table.Rows[0].Cells[2]; got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestIconsInCells(t *testing.T) {
	for _, c := range []struct{ name, cell, want string }{
		{"Confluence's tick emoticon", `<img class="emoticon emoticon-tick" data-emoticon-name="tick" src="/s/check.svg" alt="(tick)">`, "(tick)"},
		{"Confluence's cross emoticon", `<img class="emoticon emoticon-cross" data-emoticon-name="cross" src="/s/error.svg" alt="(error)">`, "(error)"},
		{"an emoticon without alt", `<img class="emoticon emoticon-tick" data-emoticon-name="tick" src="/s/check.svg">`, "✓"},
		{"an emoji image", `<img class="emoji" alt=":white_check_mark:" src="/e/2705.png">`, ":white_check_mark:"},
		{"Confluence Cloud's emoji", `<span data-emoji-id="2705" data-emoji-short-name=":white_check_mark:" data-emoji-text="✅"><span class="emoji-sprite"></span></span>`, "✅"},
		{"an image in text", `Level <img alt="star" src="s.png"> 3`, "Level star 3"},
		{"an image of no known icon, no alt", `<img src="chart.png">`, ""},
		{"Font Awesome, aria-hidden", `<i class="fa fa-check" aria-hidden="true"></i>`, "✓"},
		{"Font Awesome 6 cross", `<i class="fa-solid fa-xmark"></i>`, "✗"},
		{"an icon beside its screen reader's text", `<span class="glyphicon glyphicon-remove" aria-hidden="true"></span><span class="sr-only">No</span>`, "✗"},
		{"a Material ligature", `<span class="material-icons">check_circle</span>`, "✓"},
		{"a Material icon of no mark: its name", `<span class="material-icons">info</span>`, "info"},
		{"an icon out of sight", `<i class="fa fa-check" style="display:none"></i>Y`, "Y"},
		{"an element of an icon class with text", `<span class="icon-check">Required</span>`, "Required"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><body><table>\n<tr><th>Name</th><th>Type</th><th>Mandatory</th></tr>\n<tr><td>kind</td><td>String</td><td>" + c.cell + "</td></tr>\n</table></body></html>"
			blocks := pages.Read(html.Style{}, source.Of("p.html", pages.Text{Lines: pages.Lines([]byte(page))}, &pages.Reporter{}))
			if len(blocks) != 1 || blocks[0].Table == nil || len(blocks[0].Table.Rows) != 1 {
				t.Fatalf("want one table of one row, got %d blocks", len(blocks))
			}
			if got := blocks[0].Table.Rows[0].Cells[2]; got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestIconsOutsideCells(t *testing.T) {
	page := `<!DOCTYPE html><html><body><h2><img alt="logo" src="l.png"> Request Body</h2><p><i class="fa fa-check"></i> Done</p></body></html>`
	blocks := pages.Read(html.Style{}, source.Of("p.html", pages.Text{Lines: pages.Lines([]byte(page))}, &pages.Reporter{}))
	var got []string
	for _, b := range blocks {
		got = append(got, b.Text)
	}
	if want := []string{"Request Body", "Done"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSpanningCellRows reads a row of one cell that spans a table's
// columns (colspan), never dropped without a word: above the header, a
// title over the table, text before it; amid the rows, a label over the
// rows below it or a note, text after the table (pages.TakeNotes); each
// with a warning at its line. One with no text says nothing, and a table
// of such rows alone is its text.
func TestSpanningCellRows(t *testing.T) {
	page := `<table>
<tr><th colspan="4">Request Body</th></tr>
<tr><th>Code</th><th>Type</th><th>Required</th><th>Description</th></tr>
<tr><td>a</td><td>string</td><td>true</td><td>The a.</td></tr>
<tr><td colspan="4"><b>Advanced</b></td></tr>
<tr><td>b</td><td>int</td><td></td><td>The b.</td></tr>
<tr><td colspan="4"></td></tr>
<tr><td colspan="4">Note: b is sent once.</td></tr>
</table>
<table><tr><td colspan="2">See the <code>Limits</code> page.</td></tr></table>`
	blocks, warns := pagestest.Read(html.Style{}, page, true)
	want := []string{"02 Request Body", "03 [Code|Type|Required|Description]", "04 |a|string|true|The a.|", "06 |b|int||The b.|", "05 Advanced", "08 Note: b is sent once.", "10 See the `Limits` page."}
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	wantWarns := []string{
		"p.txt:2: line 2 holds one cell that spans the columns of the table under it (colspan), above its header: a title over the table, no row; read as text before it (\"Request Body\")",
		"p.txt:5: line 5 of the table at line 3 holds one cell that spans its columns (colspan), a label or a note over the rows below it (\"Advanced\"): a note over its rows, no field; read as text after the table",
		"p.txt:8: line 8 of the table at line 3 holds one cell that spans its columns (colspan), a label or a note over the rows below it (\"Note: b is sent once.\"): a note over its rows, no field; read as text after the table",
		"p.txt:10: line 10 holds one cell that spans the columns of a table of no other row (colspan): a box around text, no table; read as text (\"See the `Limits` page.\")",
	}
	if !reflect.DeepEqual(warns, wantWarns) {
		t.Errorf("warnings\n%q\nwant\n%q", warns, wantWarns)
	}
}

// TestSpanningCellBesideOthers refuses a row of several cells one of
// which spans columns (colspan), with an error at its line, never reading
// it as cells shifted left (the Required of a field read as its
// Description); with a cell spanning rows repeated over it counted among
// the rows it spans.
func TestSpanningCellBesideOthers(t *testing.T) {
	page := `<table>
<tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr>
<tr><td>a</td><td colspan="2">string, required</td><td>The a.</td></tr>
<tr><td rowspan="2">b</td><td>int</td><td>no</td><td>The b.</td></tr>
<tr><td colspan="2">long</td><td>The b, later.</td></tr>
<tr><td>c</td><td>bool</td><td>yes</td><td>The c.</td></tr>
</table>`
	blocks, diags := pagestest.Read(html.Style{}, page, true)
	want := []string{"02 [Name|Type|Required|Description]", "04 |b|int|no|The b.|", "06 |c|bool|yes|The c.|"}
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	wantDiags := []string{
		"p.txt:3: line 3 of the table at line 1 holds a cell that spans 2 columns (colspan, \"string, required\") beside 2 other cells: which of the columns it covers holds which value cannot be told; write the row with one cell a column, or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides",
		"p.txt:5: line 5 of the table at line 1 holds a cell that spans 2 columns (colspan, \"long\") beside 1 other cells: which of the columns it covers holds which value cannot be told; write the row with one cell a column, or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides",
	}
	if !reflect.DeepEqual(diags, wantDiags) {
		t.Errorf("diagnostics\n%q\nwant\n%q", diags, wantDiags)
	}
	// An empty cell spanning columns beside others is that many empty
	// cells, each at its column, its row spanning down at each.
	blocks, diags = pagestest.Read(html.Style{}, "<table>\n<tr><th>Name</th><th>Type</th><th>Required</th></tr>\n<tr><td>d</td><td colspan=\"2\" rowspan=\"2\"></td></tr>\n<tr><td>e</td></tr>\n<tr><td>f</td><td>int</td><td>yes</td></tr>\n</table>", true)
	want = []string{"02 [Name|Type|Required]", "03 |d|||", "04 |e|||", "05 |f|int|yes|"}
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("empty spanning cell: got\n%q\nwant\n%q", got, want)
	}
	wantDiags = []string{"p.txt:3: line 3 of the table at line 1 holds an empty cell that spans 2 columns (colspan) beside 1 other cells: read as 2 empty cells"}
	if !reflect.DeepEqual(diags, wantDiags) {
		t.Errorf("empty spanning cell: diagnostics\n%q\nwant\n%q", diags, wantDiags)
	}
	// A header of a cell spanning columns beside others names fewer
	// columns than its rows hold: refused as well, never laid over them.
	_, diags = pagestest.Read(html.Style{}, "<table>\n<tr><th>Name</th><th colspan=\"2\">Type</th></tr>\n<tr><td>d</td><td>int</td><td>yes</td></tr>\n</table>", true)
	if want := "p.txt:2: line 2 of the table at line 1 holds a cell that spans 2 columns (colspan, \"Type\") beside 1 other cells"; len(diags) == 0 || !strings.HasPrefix(diags[0], want) {
		t.Errorf("header spanning columns: diagnostics %q, want one beginning %q", diags, want)
	}
}
