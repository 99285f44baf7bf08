package parser_test

import (
	"bytes"
	"encoding/base64"
	"mime/quotedprintable"
	"strings"
)

// The containers a page reaches the user in: a browser's single-file
// archive (MHTML), a mail saved with its headers (.eml). Each applies once
// to the whole page, which becomes a part of a MIME message.
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
