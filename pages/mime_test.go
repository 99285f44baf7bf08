package pages

import (
	"strconv"
	"strings"
	"testing"
)

// crlf writes the lines of a MIME message with the CRLF line ends MIME
// has.
func crlf(lines ...string) string { return strings.Join(lines, "\r\n") + "\r\n" }

// TestReadMIME reads the page a MIME container holds, each line at its
// page line: an MHTML archive's quoted-printable HTML, whose soft line
// breaks stay as comments holding a newline, set where they cut no tag,
// character reference or character; a mail's base64 HTML part, preferred
// to its text; a mail's quoted-printable text, its soft breaks joined.
func TestReadMIME(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		want       []string // "page line: text"
		warn       string
	}{{
		name: "MHTML, soft breaks in a name, a tag, a character and a reference",
		page: crlf(
			"From: <Saved by Blink>",
			"Subject: =?utf-8?Q?=EB=8F=84=EC=84=9C=EA=B4=80?=",
			"MIME-Version: 1.0",
			"Content-Type: multipart/related;",
			"\ttype=\"text/html\";",
			"\tboundary=\"----B\"",
			"",
			"------B",
			"Content-Type: text/html",
			"Content-Transfer-Encoding: quoted-printable",
			"",
			"<html><body><table><tr><td class=3D\"confluen=", // 12
			"ceTd\"><p>appS=",           // 13
			"ecret</p></td><td>=EB=8F=", // 14
			"=84 &am=",                  // 15
			"p; x</td></tr></table>",    // 16
			"<pre>a",                    // 17
			"b</pre></body></html>",     // 18
			"------B",
			"Content-Type: text/css",
			"Content-Transfer-Encoding: quoted-printable",
			"",
			"p { color: red; }",
			"------B--",
		),
		want: []string{
			`12: <html><body><table><tr><td class="confluenceTd"><!--`,
			`13: --><p>appS<!--`,
			`14: -->ecret</p></td><td>도<!--`,
			`15: --> &amp;<!--`,
			`16: --> x</td></tr></table>`,
			`17: <pre>a`,
			`18: b</pre></body></html>`,
		},
		warn: `12: the page is a MIME message ("도서관"), as a browser saves a page as a single file (MHTML) or a mail client a mail: read its text/html part at lines 12 to 18 (quoted-printable), without the message's headers and boundaries, and its other parts (text/css at lines 23 to 23)`,
	}, {
		name: "mail, a base64 HTML part over its text",
		page: crlf(
			"From: Minh Tran <minh@studio.example>",
			"To: backend@studio.example",
			"Subject: the page",
			"MIME-Version: 1.0",
			"Content-Type: multipart/alternative; boundary=\"alt\"",
			"",
			"--alt",
			"Content-Type: text/plain; charset=utf-8",
			"",
			"Name Type",
			"--alt",
			"Content-Type: text/html; charset=utf-8",
			"Content-Transfer-Encoding: base64",
			"",
			"PGgyPi9sYW50ZXJuL3JlbGVhc2U8L2gyPgo8cD5SZWxlYXNlcyBh", // 15
			"IGxhbnRlcm4uPC9wPgo=",                                 // 16
			"--alt--",
		),
		want: []string{
			"15: <h2>/lantern/release</h2>",
			"15: <p>Releases a lantern.</p>",
			"16: ",
		},
		warn: `15: the page is a MIME message ("the page"), as a browser saves a page as a single file (MHTML) or a mail client a mail: read its text/html part at lines 15 to 16 (base64), without the message's headers and boundaries, and its other parts (text/plain at lines 10 to 10)`,
	}, {
		name: "mail, quoted-printable text in EUC-KR",
		page: crlf(
			"From: a@example.com",
			"Subject: page",
			"MIME-Version: 1.0",
			"Content-Type: text/plain; charset=euc-kr",
			"Content-Transfer-Encoding: quoted-printable",
			"",
			"| playerId | String | Y | =C7=C3=B7=B9=C0=CC=", // 7
			"=BE=EE ID |",                      // 8
			"| count | Integer | N | 1 ~ 10 |", // 9
		),
		want: []string{
			"7: | playerId | String | Y | 플레이어 ID |",
			"9: | count | Integer | N | 1 ~ 10 |",
			"10: ",
		},
		warn: `7: the page is a MIME message ("page"), as a browser saves a page as a single file (MHTML) or a mail client a mail: read its text/plain part at lines 7 to 10 (quoted-printable), without the message's headers and boundaries`,
	}, {
		name: "HTTP headers over a page are no MIME message",
		page: "Content-Type: application/json\n\n| a | b |\n",
		want: []string{"1: Content-Type: application/json", "2: ", "3: | a | b |", "4: "},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			rep := &Reporter{}
			text := ReadText("p.txt", []byte(tc.page), rep)
			var got []string
			for i, l := range text.Lines {
				got = append(got, strings.Join([]string{strconv.Itoa(text.line(i)), l}, ": "))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			var ws []string
			for _, w := range append(warns, errs...) {
				ws = append(ws, strconv.Itoa(w.Pos.Line)+": "+w.Msg)
			}
			if tc.warn == "" && len(ws) > 0 || tc.warn != "" && (len(ws) != 1 || ws[0] != tc.warn) {
				t.Errorf("warnings\n%s\nwant\n%s", strings.Join(ws, "\n"), tc.warn)
			}
		})
	}
}

// TestReadMIMERefused refuses, at its line, a message whose page part is
// not the base64 it says, and a message of no text.
func TestReadMIMERefused(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{crlf("MIME-Version: 1.0", "Content-Type: text/html", "Content-Transfer-Encoding: base64", "", "PGgy*Pi9s"), "5: the text/html part of a MIME message at lines 5 to 6 is not base64"},
		{crlf("MIME-Version: 1.0", "Content-Type: image/png", "Content-Transfer-Encoding: base64", "", "iVBORw0KGgo="), "1: the page is a MIME message that holds no text or HTML part"},
	} {
		rep := &Reporter{}
		ReadText("p.txt", []byte(tc.page), rep)
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		if len(errs) != 1 || !strings.HasPrefix(strconv.Itoa(errs[0].Pos.Line)+": "+errs[0].Msg, tc.want) {
			t.Errorf("errors %v, want one %q", errs, tc.want)
		}
	}
}

// TestReadNestedMIME reads the page of a message that another holds (an
// archive attached to a mail as message/rfc822), each line at the page
// line of the outer message.
func TestReadNestedMIME(t *testing.T) {
	inner := crlf(
		"MIME-Version: 1.0",
		"Content-Type: text/html",
		"Content-Transfer-Encoding: quoted-printable",
		"",
		"<h2>/library=",
		"/shelf</h2>",
	)
	page := crlf(
		"From: a@example.com",
		"Subject: the page",
		"MIME-Version: 1.0",
		"Content-Type: multipart/mixed; boundary=\"m\"",
		"",
		"--m",
		"Content-Type: message/rfc822",
		"",
	) + inner + crlf("--m--")
	rep := &Reporter{}
	text := ReadText("p.txt", []byte(page), rep)
	want := []string{"13: <h2>/library<!--", "14: -->/shelf</h2>"}
	var got []string
	for i, l := range text.Lines {
		got = append(got, strconv.Itoa(text.line(i))+": "+l)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	warns, _ := rep.Sorted([]string{"p.txt"}, false)
	if len(warns) != 2 || warns[1].Pos.Line != 13 || !strings.Contains(warns[1].Msg, "text/html part at lines 13 to 14") {
		t.Errorf("warnings %v, want the outer message's and the inner's at line 13", warns)
	}
}
