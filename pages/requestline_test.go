package pages

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestJoinRequestLines joins, in any style, a request line that a word
// processor or a converter broke at its spaces over two or three text
// blocks, lines or paragraphs, and one that a text browser's wrap cut
// inside its version ("HTTP/" over "1.1"), into its first block, with a
// warning at its line; parts that make no whole request line (no
// version, a method over a path heading, prose, a blank line or a table
// between them) stay as they are.
func TestJoinRequestLines(t *testing.T) {
	text := func(line int, s string) Block { return Block{Line: line, Text: s} }
	lines := func(ls ...string) blockStyle {
		var bs blockStyle
		for i, l := range ls {
			bs = append(bs, text(i+1, l))
		}
		return bs
	}
	table := Block{Line: 3, Table: &Table{Line: 3, Header: []string{"Name", "Type"}, Rows: []*Row{{Line: 4, Cells: []string{"id", "string"}}}}}
	for _, c := range []struct {
		name   string
		blocks blockStyle
		want   []string
		warns  []string
	}{
		{"three lines", lines("GET", "/service/v5/stamprally/progress?playerId=1&region=busan", "HTTP/1.1", "Host: x"),
			[]string{"01 GET /service/v5/stamprally/progress?playerId=1&region=busan HTTP/1.1", "04 Host: x"},
			[]string{`p.txt:1: read the request line from 3 lines, 1 to 3, as "GET /service/v5/stamprally/progress?playerId=1&region=busan HTTP/1.1": a word processor or a converter broke it; write it on one line in a code block`}},
		{"three paragraphs", blockStyle{text(1, "Example Request"), text(3, "GET"), text(5, "/v5/a?id=1&region=busan"), text(6, "HTTP/1.1"), text(8, "Host: h")},
			[]string{"01 Example Request", "03 GET /v5/a?id=1&region=busan HTTP/1.1", "08 Host: h"},
			[]string{`p.txt:3: read the request line from 3 lines, 3 to 6, as "GET /v5/a?id=1&region=busan HTTP/1.1"`}},
		{"version on its own line", lines("POST /api/rJson/guild/join", "HTTP/1.1"),
			[]string{"01 POST /api/rJson/guild/join HTTP/1.1"},
			[]string{`p.txt:1: read the request line from 2 lines, 1 to 2, as "POST /api/rJson/guild/join HTTP/1.1"`}},
		{"method on its own line", lines("DELETE", "/member/7 HTTP/1.0"),
			[]string{"01 DELETE /member/7 HTTP/1.0"},
			[]string{`p.txt:1: read the request line from 2 lines, 1 to 2, as "DELETE /member/7 HTTP/1.0"`}},
		{"cut after the slash of its version", lines("Example Request", "?", "GET /service/v3/kite/contests?playerId=1&limit=2 HTTP/", "1.1", "Host: example.com"),
			[]string{"01 Example Request", "02 ?", "03 GET /service/v3/kite/contests?playerId=1&limit=2 HTTP/1.1", "05 Host: example.com"},
			[]string{`p.txt:3: line 3 ends inside the HTTP version of its request line, and line 4 holds its rest ("1.1"): read as one request line, which a wrap cut`}},
		{"cut inside the version's number", lines("DELETE /kite/entry HTTP/1.", "1", "Host: example.com"),
			[]string{"01 DELETE /kite/entry HTTP/1.1", "03 Host: example.com"},
			[]string{`p.txt:1: line 1 ends inside the HTTP version of its request line, and line 2 holds its rest ("1")`}},
		{"broken at a space and cut inside its version", lines("GET", "/kite HTTP/", "1.1"),
			[]string{"01 GET /kite HTTP/1.1"},
			[]string{`p.txt:1: read the request line from 3 lines, 1 to 3, as "GET /kite HTTP/1.1"`}},
		{"whole on one line", lines("GET /a HTTP/1.1", "HTTP/1.1"), []string{"01 GET /a HTTP/1.1", "02 HTTP/1.1"}, nil},
		{"the space before the path lost", lines("HTTP", "GET/api/rJson/time/client/getServerTime", "POST/v5/a?id=1 HTTP/1.1"),
			[]string{"01 HTTP", "02 GET /api/rJson/time/client/getServerTime", "03 POST /v5/a?id=1 HTTP/1.1"},
			[]string{`p.txt:2: line 2 writes its request line without a space between the method and the path: read as "GET /api/rJson/time/client/getServerTime", as a tool that drops a non-breaking space (unrtf) writes it`, `p.txt:3: line 3 writes its request line without a space between the method and the path: read as "POST /v5/a?id=1 HTTP/1.1"`}},
		{"a method glued to other words", lines("GET/SET pairs", "GET/SET", "POSTS/2"), []string{"01 GET/SET pairs", "02 GET/SET", "03 POSTS/2"}, nil},
		{"whole, a version after it", lines("GET /kite HTTP/1.1", "1.1"), []string{"01 GET /kite HTTP/1.1", "02 1.1"}, nil},
		{"no version's rest", lines("GET /kite HTTP/", "Host: example.com"), []string{"01 GET /kite HTTP/", "02 Host: example.com"}, nil},
		{"no version", lines("GET", "/guild/join", "Host: x"), []string{"01 GET", "02 /guild/join", "03 Host: x"}, nil},
		{"a method over the next operation's heading", lines("Example Request", "GET", "/v5/b", "Description"),
			[]string{"01 Example Request", "02 GET", "03 /v5/b", "04 Description"}, nil},
		{"a method and a path heading", lines("GET", "/guild/join"), []string{"01 GET", "02 /guild/join"}, nil},
		{"prose", lines("Call it with", "/guild/join HTTP/1.1"), []string{"01 Call it with", "02 /guild/join HTTP/1.1"}, nil},
		{"an empty line between", lines("GET", "", "/a HTTP/1.1"), []string{"01 GET", "02 ", "03 /a HTTP/1.1"}, nil},
		{"a table between", blockStyle{text(1, "GET"), text(2, "/a"), table, text(5, "HTTP/1.1")},
			[]string{"01 GET", "02 /a", "03 [Name|Type]", "04 |id|string|", "05 HTTP/1.1"}, nil},
		{"one line", lines("GET"), []string{"01 GET"}, nil},
		{"lowercase method", lines("get", "/a", "HTTP/1.1"), []string{"01 get", "02 /a", "03 HTTP/1.1"}, nil},
	} {
		rep := &Reporter{}
		var got []string
		for _, b := range Read(c.blocks, Source{Name: "p.txt", Report: rep}) {
			if b.Table == nil {
				got = append(got, describeLine(b.Line, b.Text))
				continue
			}
			got = append(got, describeLine(b.Table.Line, "["+strings.Join(b.Table.Header, "|")+"]"))
			for _, r := range b.Table.Rows {
				got = append(got, describeLine(r.Line, "|"+strings.Join(r.Cells, "|")+"|"))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: read %q, want %q", c.name, got, c.want)
		}
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		if len(warns) != len(c.warns) {
			t.Errorf("%s: warnings %v, want %q", c.name, warns, c.warns)
			continue
		}
		for i, w := range warns {
			if !strings.HasPrefix(w.Error(), c.warns[i]) {
				t.Errorf("%s: warning %q, want %q", c.name, w.Error(), c.warns[i])
			}
		}
	}
}

// describeLine writes a block's text at its line as a test compares it.
func describeLine(line int, text string) string {
	return fmt.Sprintf("%02d %s", line, text)
}

// FuzzBrokenRequestLine checks that a join is a whole request line of two
// or three of the texts, and that no join has none.
func FuzzBrokenRequestLine(f *testing.F) {
	f.Add("GET", "/service/v5/stamprally/progress?playerId=1", "HTTP/1.1")
	f.Add("POST /a", "HTTP/1.1", "")
	f.Add("PUT", "/a HTTP/2", "Host: x")
	f.Add("GET /kite/contests?playerId=1 HTTP/", "1.1", "Host: x")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		texts := []string{a, b, c}
		got, n, _ := brokenRequestLine(texts)
		if n == 0 {
			if got != "" {
				t.Fatalf("joined %q of no text", got)
			}
			return
		}
		if n < 2 || n > 3 || !wholeRequestRe.MatchString(got) {
			t.Fatalf("brokenRequestLine(%q) = %q, %d", texts, got, n)
		}
	})
}
