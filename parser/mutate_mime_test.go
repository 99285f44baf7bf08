package parser_test

import (
	"bytes"
	"encoding/base64"
	"html"
	"mime/quotedprintable"
	"regexp"
	"strings"
)

// The containers a page reaches the user in: a browser's single-file
// archive (MHTML), a mail saved with its headers (.eml). Each applies once
// to the whole page, which becomes a part of a MIME message. And the
// forms a page is taken in from its wiki.
func init() {
	defects = append(defects, mimeDefects...)
	everyStyle["saved as a mail file, base64"] = true
}

var mimeDefects = []defect{
	{"saved as a single-file web archive (MHTML)", func(p *scrapedPage) []int {
		if p.style != "html" {
			return nil
		}
		return []int{0}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// Chrome writes the DOM on one line: the soft breaks of
		// quoted-printable cut it at 76 columns, inside tags, names and
		// numbers.
		var b bytes.Buffer
		w := quotedprintable.NewWriter(&b)
		w.Write([]byte(strings.Join(lines, "")))
		w.Close()
		head := []string{
			"From: <Saved by Blink>",
			"Subject: =?utf-8?Q?=EB=8F=84=EC=84=9C=EA=B4=80=20the=20reference=20page?=",
			"MIME-Version: 1.0",
			"Content-Type: multipart/related;",
			"\ttype=\"text/html\";",
			"\tboundary=\"----MultipartBoundary--x----\"",
			"",
			"------MultipartBoundary--x----",
			"Content-Type: text/html",
			"Content-Transfer-Encoding: quoted-printable",
			"",
		}
		tail := []string{
			"------MultipartBoundary--x----",
			"Content-Type: text/css",
			"Content-Transfer-Encoding: quoted-printable",
			"",
			"table { border-collapse: collapse; }",
			"------MultipartBoundary--x------",
		}
		return mimeLines(head, strings.Split(b.String(), "\r\n"), tail), len(head)
	}},
	{"saved as a mail file, base64", func(p *scrapedPage) []int { return []int{0} }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		kind := "text/plain"
		if p.style == "html" {
			kind = "text/html"
		}
		head := []string{
			"From: Minh Tran <minh.tran@studio.example>",
			"To: Backend Team <backend@studio.example>",
			"Subject: the reference page",
			"MIME-Version: 1.0",
			"Content-Type: multipart/mixed; boundary=\"mixed\"",
			"",
			"--mixed",
			"Content-Type: " + kind + "; charset=utf-8",
			"Content-Transfer-Encoding: base64",
			"",
		}
		enc := base64.StdEncoding.EncodeToString([]byte(strings.Join(lines, "\n")))
		var body []string
		for len(enc) > 76 {
			body, enc = append(body, enc[:76]), enc[76:]
		}
		body = append(body, enc)
		tail := []string{"--mixed", "Content-Type: image/png; name=\"logo.png\"", "Content-Transfer-Encoding: base64", "", "iVBORw0KGgo=", "--mixed--"}
		return mimeLines(head, body, tail), len(head)
	}},
}

// mimeLines are the lines of a MIME message, each ended with the CR of its
// CRLF.
func mimeLines(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		for _, l := range p {
			out = append(out, l+"\r")
		}
	}
	return out
}

// The form a Confluence page is taken in from its "View Storage Format"
// or its REST API: its headings hold an anchor macro that repeats their
// title, its Y/N and true/false cells are status lozenges, its code
// blocks are code macros whose text is a CDATA section, a table of
// contents macro stands over it.
func init() {
	defects = append(defects, defect{"taken in Confluence's storage format", func(p *scrapedPage) []int {
		if p.style != "html" {
			return nil
		}
		return []int{0}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		s := strings.Join(lines, "\n")
		s = storageHeadingRe.ReplaceAllStringFunc(s, func(h string) string {
			m := storageHeadingRe.FindStringSubmatch(h)
			return m[1] + `<ac:structured-macro ac:name="anchor" ac:schema-version="1"><ac:parameter ac:name="">` + m[2] + `</ac:parameter></ac:structured-macro>` + m[2] + m[3]
		})
		s = storageMarkRe.ReplaceAllString(s, `$1<ac:structured-macro ac:name="status" ac:schema-version="1">
<ac:parameter ac:name="colour">Green</ac:parameter>
<ac:parameter ac:name="title">$2</ac:parameter>
</ac:structured-macro>$3`)
		s = storageCodeRe.ReplaceAllStringFunc(s, func(pre string) string {
			code := html.UnescapeString(storageTagRe.ReplaceAllString(storageCodeRe.FindStringSubmatch(pre)[1], ""))
			return `<ac:structured-macro ac:name="code" ac:schema-version="1"><ac:parameter ac:name="language">json</ac:parameter><ac:plain-text-body><![CDATA[` + code + `]]></ac:plain-text-body></ac:structured-macro>`
		})
		toc := `<ac:structured-macro ac:name="toc" ac:schema-version="1"><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>`
		return append([]string{toc}, strings.Split(s, "\n")...), 0
	}})
}

var (
	// storageHeadingRe matches a heading whose title is text alone;
	// storageMarkRe a cell of a requiredness mark alone; storageCodeRe a
	// code block, and storageTagRe a tag in it.
	storageHeadingRe = regexp.MustCompile(`(<h[1-6][^>]*>)([^<>\n]+)(</h[1-6]>)`)
	storageMarkRe    = regexp.MustCompile(`(<td[^>]*>)(Y|N|true|false)(</td>)`)
	storageCodeRe    = regexp.MustCompile(`(?s)<pre[^>]*>(.*?)</pre>`)
	storageTagRe     = regexp.MustCompile(`<[^>]*>`)
)
