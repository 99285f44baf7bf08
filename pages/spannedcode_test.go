package pages

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestReadSpannedCode reads a code span that spans lines, a backtick
// glued to its first line and to its last, as the code block it stands
// for where its text reads as an HTTP message or JSON (github.com/
// lunny/html2md writes each <pre> so): its backticks are dropped, with a
// warning at its first line. Inline code within a line, a span of
// words, a span that another backtick breaks, one closed by no line and
// a line of a fenced code block stay as they are.
func TestReadSpannedCode(t *testing.T) {
	for _, tc := range []struct {
		name  string
		page  []string
		want  []string // the lines read, "" for the page's own
		warns []int    // the page lines warned of
	}{{
		name: "a request, its headers after it",
		page: []string{"### Example Request", "", "`GET /service/v5/kilns/loads?playerId=8&amp;page=1 HTTP/1.1", "Host: a.b:10443", "kgAppId: 909428`", "", "### Example Response"},
		want: []string{"### Example Request", "", "GET /service/v5/kilns/loads?playerId=8&amp;page=1 HTTP/1.1", "Host: a.b:10443", "kgAppId: 909428", "", "### Example Response"},
		// the references are Unescape's to decode, with its own warning
		warns: []int{3},
	}, {
		name:  "answers with blank lines, bodies and a comment, indented",
		page:  []string{"  `HTTP/1.1 200 OK", "Content-Type: application/json", "", "{", "  &quot;phase&quot;: &quot;heating&quot;", "}", "", "// -75101, Kiln busy", "HTTP/1.1 465", "", "{ &quot;desc&quot;: &quot;busy&quot; }`  ", "", "Text after."},
		want:  []string{"  HTTP/1.1 200 OK", "Content-Type: application/json", "", "{", "  &quot;phase&quot;: &quot;heating&quot;", "}", "", "// -75101, Kiln busy", "HTTP/1.1 465", "", "{ &quot;desc&quot;: &quot;busy&quot; }", "", "Text after."},
		warns: []int{1},
	}, {
		name:  "JSON alone, a comment before it, in a run of two backticks",
		page:  []string{"Body:", "``// the answer", "{", "\"a\": [1, 2]", "}``"},
		want:  []string{"Body:", "// the answer", "{", "\"a\": [1, 2]", "}"},
		warns: []int{2},
	}, {
		name: "two blocks, one after the other",
		page: []string{"`POST /a HTTP/1.1", "{\"a\": 1}`", "", "`HTTP/1.1 200 OK`", "", "`HTTP/1.1 200 OK", "{}`"},
		want: []string{"POST /a HTTP/1.1", "{\"a\": 1}", "", "`HTTP/1.1 200 OK`", "", "HTTP/1.1 200 OK", "{}"},
		// the status line within one line is inline code
		warns: []int{1, 6},
	}, {
		name: "inline code within a line, and at a line's start",
		page: []string{"`appSecret` is the app's secret.", "Base URL: `https://{host}/service/v5`", "`kgAppId`"},
	}, {
		name: "a span of words over two lines",
		page: []string{"`the request", "goes here`"},
	}, {
		name: "a span that another backtick breaks",
		page: []string{"`GET /a HTTP/1.1", "Host: `b`", "x: y`"},
	}, {
		name: "a span closed by no line",
		page: []string{"`GET /a HTTP/1.1", "Host: b", "", "## Response"},
	}, {
		name: "a closing run of another length",
		page: []string{"`{", "\"a\": 1", "}``"},
	}, {
		name: "a span closed mid-line",
		page: []string{"`{", "\"a\": 1", "}` is the body"},
	}, {
		name: "a span in a fenced code block",
		page: []string{"```", "`GET /a HTTP/1.1", "Host: b`", "```"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			rep := &Reporter{}
			text := ReadText("p.md", []byte(strings.Join(tc.page, "\n")), rep)
			want := tc.want
			if want == nil {
				want = tc.page
			}
			if !slices.Equal(text.Lines, want) {
				t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(text.Lines, "\n"), strings.Join(want, "\n"))
			}
			var warns []int
			for _, d := range rep.warns {
				warns = append(warns, d.Pos.Line)
			}
			if !slices.Equal(warns, tc.warns) || len(rep.errs) > 0 {
				t.Errorf("warned at %v, want %v; refused %v:\n%v", warns, tc.warns, rep.errs, rep.warns)
			}
		})
	}
}

// TestReadSpannedCodeWarning says what it read, where, and why.
func TestReadSpannedCodeWarning(t *testing.T) {
	rep := &Reporter{}
	ReadText("p.md", []byte("x\n`POST /a HTTP/1.1\n\n{\"a\": 1}`\n"), rep)
	want := "p.md:2: lines 2 to 4 (\"`POST /a HTTP/1.1\" to \"{\\\"a\\\": 1}`\") are a code block that the converter wrote as inline code spanning lines, a backtick glued to its first line and to its last, as github.com/lunny/html2md writes a <pre>: their text reads as an HTTP request, not as words of a paragraph; read as a code block, without the backticks"
	if len(rep.warns) != 1 || fmt.Sprintf("%s: %s", rep.warns[0].Pos, rep.warns[0].Msg) != want {
		t.Errorf("warnings %v, want\n%s", rep.warns, want)
	}
}
