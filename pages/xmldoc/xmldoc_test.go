package xmldoc

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/source"
)

// TestBlocks reads pages written as DocBook, JATS and TEI documents, as
// pandoc writes them, into text lines and tables, each at the line where
// its text begins.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "DocBook 5: info title left out, nested sections, a table without thead, entities",
			page: `<?xml version="1.0" encoding="utf-8" ?>
<article xmlns="http://docbook.org/ns/docbook" version="5.0">
  <info>
    <title>Stamina - Confluence</title>
  </info>
  <section xml:id="body">
    <title>Request Body</title>
    <informaltable>
      <tgroup cols="2">
        <colspec align="left" />
        <tbody>
          <row>
            <entry>
              Name
            </entry>
            <entry>
              Type
            </entry>
          </row>
          <row>
            <entry>
              adReceipts
            </entry>
            <entry>
              List&lt;String&gt;, 1 ~ 3
              items
            </entry>
          </row>
        </tbody>
      </tgroup>
    </informaltable>
  </section>
</article>`,
			want: []string{"07 Request Body", "14 [Name|Type]", "22 |adReceipts|List<String>, 1 ~ 3 items|"},
		},
		{
			name: "DocBook 4: a permalink in a title, a thead, a literal in a cell, a code block",
			page: `<sect1 id="request-headers">
  <title><link linkend="request-headers" role="anchor">#</link>Request
  Headers</title>
  <informaltable>
    <tgroup cols="2">
      <thead>
        <row>
          <entry>Name</entry>
          <entry>Required</entry>
        </row>
      </thead>
      <tbody>
        <row>
          <entry><literal>Auth-Token</literal></entry>
          <entry>true</entry>
        </row>
      </tbody>
    </tgroup>
  </informaltable>
  <programlisting>
POST /api/a HTTP/1.1
{&quot;a&quot;: 1}
</programlisting>
  <para>See <link linkend="request-headers">the headers</link>.</para>
</sect1>`,
			want: []string{"02 Request Headers", "08 [Name|Required]", "14 |Auth-Token|true|", "21 POST /api/a HTTP/1.1", "22 {\"a\": 1}", "24 See the headers."},
		},
		{
			name: "JATS: front matter left out, a table of th and td, a preformat, a list",
			page: `<article>
<front><article-meta><title-group><article-title>X</article-title></title-group></article-meta></front>
<body>
<sec id="codes">
  <title><xref alt="#" rid="codes">#</xref>Codes</title>
  <table-wrap>
    <table>
      <thead>
        <tr><th>Code</th><th>Description</th></tr>
      </thead>
      <tbody>
        <tr><td>471</td><td><p>Full</p>
        <list list-type="bullet"><list-item><p>a</p></list-item><list-item><p>b</p></list-item></list></td></tr>
      </tbody>
    </table>
  </table-wrap>
  <preformat>HTTP/1.1 200 OK</preformat>
  <list list-type="bullet"><list-item><p>one</p></list-item></list>
</sec>
</body>
</article>`,
			want: []string{"05 Codes", "09 [Code|Description]", "12 |471|Full: a, b|", "17 HTTP/1.1 200 OK", "18 - one"},
		},
		{
			name: "TEI: teiHeader left out, a label row, a code ab, an icon",
			page: `<?xml version="1.0" encoding="utf-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>X</title></titleStmt></fileDesc></teiHeader>
<text><body>
<div type="level1" xml:id="req">
  <head><ref target="#req">#</ref>Request</head>
  <table>
    <row role="label"><cell><p>Name</p></cell><cell><p>Required</p></cell></row>
    <row><cell><p>id</p></cell><cell><p><figure><graphic url="/icons/check.svg" /></figure></p></cell></row>
  </table>
  <ab type='codeblock '>
GET /a
</ab>
</div>
</body></text>
</TEI>`,
			want: []string{"06 Request", "08 [Name|Required]", "09 |id|✓|", "12 GET /a"},
		},
		{
			name: "an outline of the page left out, a cell spanning rows, prose after a list in a cell",
			page: `<article>
<itemizedlist>
  <listitem><para><link linkend="codes">Codes</link></para>
    <itemizedlist><listitem><para><link linkend="body">Body</link></para></listitem></itemizedlist>
  </listitem>
</itemizedlist>
<section xml:id="codes"><title>Codes</title>
<informaltable><tgroup cols="3"><tbody>
<row><entry>Http response code</entry><entry>detail_code</entry><entry>msg</entry></row>
<row><entry morerows="1">471</entry><entry>-1</entry><entry>Full</entry></row>
<row><entry>-2</entry><entry>Limit</entry></row>
</tbody></tgroup></informaltable></section>
<section xml:id="body"><title>Body</title>
<informaltable><tgroup cols="2"><tbody>
<row><entry>Name</entry><entry>Description</entry></row>
<row><entry>sort</entry><entry>Order of the posts
<itemizedlist><listitem><para>recent</para></listitem><listitem><para>likes</para></listitem></itemizedlist>
<para>Default: recent</para></entry></row>
</tbody></tgroup></informaltable></section>
</article>`,
			want:  []string{"07 Codes", "09 [Http response code|detail_code|msg]", "10 |471|-1|Full|", "11 |471|-2|Limit|", "13 Body", "15 [Name|Description]", "16 |sort|Order of the posts: recent, likes. Default: recent|"},
			warns: []string{"p.txt:2: left out lines 2 to 6 (Codes · Body): each is wholly a link to a section of this page, an outline of it (the \"On this page\" side bar a site shows beside the content, or a table of contents), not a title of its own"},
		},
		{
			name: "FictionBook 2 as pandoc and xmllint --format write it: the book title no text, titles of <p>s, a bold paragraph, cells of several <p>s, code lines",
			page: `<?xml version="1.0" encoding="UTF-8"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">
  <description>
    <title-info>
      <book-title>Coach - Confluence</book-title>
    </title-info>
  </description>
  <body>
    <title>
      <p>Coach - Confluence</p>
    </title>
    <section id="q">
      <title>
        <p><a l:href="#q">#</a>Query</p>
        <p>Parameters</p>
      </title>
      <p>Use <code>size</code> to page.</p>
      <table>
        <tr>
          <td align="left">Name</td>
          <td align="left">Description</td>
        </tr>
        <tr>
          <td align="left">minComfort</td>
          <td align="left">
            <p>Lowest, 0.5 ~ 5.0</p>
            <p>(default: 0.5)</p>
          </td>
        </tr>
      </table>
      <p>
        <emphasis/>
      </p>
      <p>
        <strong>CoachSeat</strong>
      </p>
      <empty-line/>
      <p>
        <code>HTTP/1.1 200 OK</code>
      </p>
      <p>
        <code/>
      </p>
      <p>
        <code>{}</code>
      </p>
      <empty-line/>
      <empty-line/>
      <p>
        <code>GET /a</code>
      </p>
      <empty-line/>
    </section>
  </body>
  <binary id="i.png" content-type="image/png">iVBORw0KGgo=</binary>
</FictionBook>`,
			want: []string{"14 Query Parameters", "17 Use `size` to page.", "20 [Name|Description]", "24 |minComfort|Lowest, 0.5 ~ 5.0 (default: 0.5)|", "35 CoachSeat", "39 HTTP/1.1 200 OK", "45 {}", "50 GET /a"},
		},
		{
			name:  "a document that breaks off",
			page:  "<article>\n<para>\nText\n</para>\n<para a=\"\n",
			want:  []string{"03 Text"},
			warns: []string{"p.txt:5: the XML document breaks off at line 5 (XML syntax error on line 6: unexpected EOF): read up to there"},
		},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, warns, c.warns)
		}
	}
}

// TestDetect is certain of a document or a fragment of the vocabularies,
// and leaves XHTML and an HTML fragment to the HTML style.
func TestDetect(t *testing.T) {
	for _, c := range []struct {
		page string
		want bool
	}{
		{"<?xml version=\"1.0\"?>\n<!DOCTYPE article>\n<article>\n<para>x</para>\n</article>", true},
		{"<anchor xml:id=\"a\" />\n<section xml:id=\"b\">\n<title>B</title>\n<para>x</para>\n</section>", true},
		{"<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/></TEI>", true},
		{"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><article><p>x</p></article></body></html>", false},
		{"<article>\n<p>x</p>\n<table><tr><td>a</td></tr></table>\n</article>", false},
		{"# Title\n\n<para>x</para>", false},
		{"<?xml version=\"1.0\"?>\n<FictionBook xmlns=\"http://www.gribuser.ru/xml/fictionbook/2.0\">\n<body><section><p>x</p></section></body></FictionBook>", true},
	} {
		if got := (Style{}).Detect(strings.Split(c.page, "\n")) > 0; got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}

// TestCodeLines reads paragraphs each wholly one line of <code> as one
// code block between fences, each line at its line, a paragraph of an
// empty <code/> a blank line in it, an <empty-line/> its end; a <code>
// amid a paragraph's text is a code span, in FictionBook as in DocBook.
func TestCodeLines(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{
			name: "FictionBook: two code blocks, apart by <empty-line/>s",
			page: "<FictionBook><body><section>\n<empty-line/>\n<p>\n<code>HTTP/1.1 200 OK</code>\n</p>\n<p><code/></p>\n<p><code>{}</code></p>\n<empty-line/>\n<empty-line/>\n<p><code>GET /a</code></p>\n<empty-line/>\n<p>After <code>x</code>.</p>\n</section></body></FictionBook>",
			want: []string{"03 ```", "04 HTTP/1.1 200 OK", "07 {}", "07 ```", "10 ```", "10 GET /a", "10 ```", "12 After `x`."},
		},
		{
			name: "DocBook: a code span amid a paragraph, a programlisting",
			page: "<article>\n<para>Use <code>size</code> here</para>\n<programlisting>\nGET /a\n</programlisting>\n</article>",
			want: []string{"02 Use `size` here", "03 ```", "04 GET /a", "04 ```"},
		},
	} {
		rep := &pages.Reporter{}
		blocks := read(source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep))
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
