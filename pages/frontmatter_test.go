package pages

import "testing"

// TestFrontMatterRun drops the front matter a renderer wrote as the first
// lines of a page (lowdown's paragraph of VitePress's keys and the last
// key made a heading; the keys a line each), and nothing of a page that
// begins with one key, with keys no site generator reads, with a mail's
// or a browser's header lines, or with keys only.
func TestFrontMatterRun(t *testing.T) {
	text := func(line int, s string) Block { return Block{Line: line, Text: s} }
	table := Block{Line: 20, Table: &Table{Line: 20, Header: []string{"Name", "Type"}}}
	for _, c := range []struct {
		name   string
		blocks []Block
		want   int
	}{
		{"lowdown's VitePress front matter", []Block{
			text(3, "outline: deep prev: text: getTradeWinds link:"), text(4, "/api/rJson/harbor/getTradeWinds next: text: setSail"),
			text(6, "link: /api/rJson/harbor/setSail"), text(8, "underwriteVoyage"), text(10, "Overview")}, 3},
		{"a key a line", []Block{text(2, "title: Join a guild"), text(3, "sidebar_position: 4"), text(5, "joinGuild"), table}, 2},
		{"a value the wrap cut", []Block{text(1, "title: Harbor"), text(2, "description:"), text(3, "Underwrite a voyage."), text(5, "underwriteVoyage")}, 3},
		{"one key", []Block{text(1, "title: Harbor"), text(3, "underwriteVoyage")}, 0},
		{"a note first", []Block{text(1, "note: the server checks it"), text(2, "title: x"), text(4, "underwriteVoyage")}, 0},
		{"a mail's headers", []Block{text(1, "From: Kim <kim@example.com>"), text(2, "Subject: the page"), text(4, "joinGuild")}, 0},
		{"a browser's link header", []Block{text(1, "Link: [1]preload stylesheet"), text(2, "Link: [2]next"), text(4, "joinGuild")}, 0},
		{"keys only", []Block{text(1, "title: Harbor"), text(2, "outline: deep")}, 0},
		{"a table first", []Block{table, text(21, "title: Harbor"), text(22, "outline: deep")}, 0},
		{"prose after on the next line", []Block{text(1, "title: Harbor"), text(2, "outline: deep"), text(3, "Underwrite the cargo of a voyage.")}, 2},
	} {
		if got := frontMatterRun(c.blocks); got != c.want {
			t.Errorf("%s: %d blocks of front matter, want %d", c.name, got, c.want)
		}
	}
}
