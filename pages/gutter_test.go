package pages

import (
	"slices"
	"testing"
)

// TestStripGutters takes the gutter a terminal renderer draws (lowdown's
// "| ", a quote's "> ", glow's "│ ", rich's "▌ ") off every line of a
// block that holds a request line, each line keeping its indentation, so
// that the request line and the message under it read as written; a
// gutter before prose, a method alone, a line behind another mark or at
// another indentation, or apart from the block, stays.
func TestStripGutters(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"lowdown's code block", []string{"### HTTP", "", "      | POST /api/rJson/harbor/client/underwriteVoyage", "", "### Request Headers"},
			[]string{"### HTTP", "", "      POST /api/rJson/harbor/client/underwriteVoyage", "", "### Request Headers"}},
		{"an example's message", []string{"    > GET /a/b HTTP/1.1", "    > Host: example.com", "    > ", "    > {", `    >   "a": 1`, "    > }", "", "Response"},
			[]string{"    GET /a/b HTTP/1.1", "    Host: example.com", "", "    {", `      "a": 1`, "    }", "", "Response"}},
		{"a comment over the request line", []string{"│ # the client's call", "│ POST/api/rJson/a/client/b"},
			[]string{"# the client's call", "POST/api/rJson/a/client/b"}},
		{"rich's bar", []string{"▌ DELETE /v5/guild/7"}, []string{"DELETE /v5/guild/7"}},
		{"prose behind a gutter", []string{"| Read the guide before the call.", "| It takes a token."},
			[]string{"| Read the guide before the call.", "| It takes a token."}},
		{"a method alone", []string{"| Method", "| GET"}, []string{"| Method", "| GET"}},
		{"another block after a blank line", []string{"| POST /a/b", "", "| Host: h"}, []string{"POST /a/b", "", "| Host: h"}},
		{"another mark", []string{"| POST /a/b", "> Host: h"}, []string{"POST /a/b", "> Host: h"}},
		{"another indentation", []string{"  | POST /a/b", "| Host: h"}, []string{"  POST /a/b", "| Host: h"}},
		{"no space after the mark", []string{"|POST /a/b", ">POST /a/b"}, []string{"|POST /a/b", ">POST /a/b"}},
		{"a method in prose", []string{"> POST it to the guild"}, []string{"> POST it to the guild"}},
		{"a table row", []string{"| POST /a/b | The call. |"}, []string{"| POST /a/b | The call. |"}},
	} {
		text := Text{Lines: slices.Clone(c.lines)}
		text.stripGutters()
		if !slices.Equal(text.Lines, c.want) {
			t.Errorf("%s: read %q, want %q", c.name, text.Lines, c.want)
		}
	}
}
