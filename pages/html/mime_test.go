package html_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestMHTML reads the HTML part of a page Chrome saved as a single file
// (MHTML): quoted-printable, its DOM on one line cut into lines of 76
// columns by soft line breaks inside tags, names, numbers and headings.
// Each heading, row and line of code is at the page line where its text
// begins; the CSS part is no text.
func TestMHTML(t *testing.T) {
	page := strings.Join([]string{
		"From: <Saved by Blink>",
		"Subject: Library",
		"MIME-Version: 1.0",
		"Content-Type: multipart/related; type=\"text/html\"; boundary=\"----B\"",
		"",
		"------B",
		"Content-Type: text/html",
		"Content-Transfer-Encoding: quoted-printable",
		"",
		"<!DOCTYPE html><html><head><title>Library</title></head><body><main><h2 id=", // 10
		"=3D\"library-shelf\">/library=",                                              // 11
		"/shelf</h2><table><tbody><tr><th>Name</th><th>Type</th><th>Mandatory</th>",   // 12
		"</tr><tr><td class=3D\"confluenceTd\"><p>appS=",                              // 13
		"ecret</p></td><td>String</td><td>Y</td></tr><tr><td>size</td><td>Integer<=",  // 14
		"/td><td>N</td></tr></tbody></table><pre><code>{\"code\": 4=",                 // 15
		"83}",                                // 16
		"</code></pre></main></body></html>", // 17
		"------B",
		"Content-Type: text/css",
		"Content-Transfer-Encoding: quoted-printable",
		"",
		"h2 { color: red; }",
		"------B--",
	}, "\r\n")
	blocks, warns := pagestest.ReadText(html.Style{}, page)
	got := pagestest.Describe(blocks)
	want := []string{
		"11 /library/shelf",
		"12 [Name|Type|Mandatory]",
		"13 |appSecret|String|Y|",
		"14 |size|Integer|N|",
		`15 {"code": 483}`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "p.txt:10: the page is a MIME message") {
		t.Errorf("warnings %q, want one of the MIME message at line 10", warns)
	}
}
