package pages

import (
	"fmt"
	"strings"
)

// droppedTable is what pandoc's writers without a form for tables write
// in a table's place: its Markdown writer with no table extension (plain
// or markdown with them turned off, a wiki's Markdown) and the writers
// that write their text through it (opml, which sets it in a note).
const droppedTable = "[TABLE]"

// omittedTable is what pandoc's BBCode writers for forums without tables
// (bbcode_phpbb, bbcode_fluxbb) write in a table's place: a line of its
// own, under the table's caption when it has one.
const omittedTable = "(TABLE)"

// RefuseDroppedTables refuses, at its line, each line of a page that
// holds the placeholder a converter writes where it dropped a table
// (droppedTable, omittedTable) as a paragraph of its own: on a line by
// itself, or in an attribute of an XML outline, between its quote and a
// character reference of a line break (OPML's note,
// "Text.&#10;&#10;[TABLE]"). The table is lost, and no reader can tell
// what it documented. It reports to rep, and tells whether it refused
// one: such a page is not one without a table.
func RefuseDroppedTables(src Source, rep *Reporter) bool {
	refused := false
	for i, l := range src.Lines {
		line := i + 1
		if src.At != nil && i < len(src.At) {
			line = src.At[i]
		}
		if strings.TrimSpace(l) == omittedTable {
			rep.Fail(At(src.Name, line), "line %d is \"(TABLE)\", which pandoc's BBCode writers for forums without tables (bbcode_phpbb, bbcode_fluxbb) write where they drop one: the converter dropped the table, and what it documented is lost. Convert the page again with a writer that writes tables (pandoc -t bbcode or -t bbcode_xenforo, or pandoc -t gfm)", line)
			refused = true
			continue
		}
		if !strings.Contains(l, droppedTable) {
			continue
		}
		n := placeholders(l)
		if n == 0 {
			continue
		}
		what := "holds \"[TABLE]\""
		if n > 1 {
			what = fmt.Sprintf("holds \"[TABLE]\" %d times", n)
		}
		rep.Fail(At(src.Name, line), "line %d %s, which pandoc's writers that have no form for a table (opml, plain or markdown without their table extensions) write where they drop one: the converter dropped the table, and what it documented is lost. Convert the page again with a writer that writes tables (pandoc -t gfm, or -t html)", line, what)
		refused = true
	}
	return refused
}

// placeholders counts the placeholders of a line that stand as a
// paragraph of their own: the line's whole text, or a part of an XML
// attribute that a quote or an encoded line break bounds on each side.
func placeholders(l string) int {
	if strings.TrimSpace(l) == droppedTable {
		return 1
	}
	n := 0
	for rest := l; ; {
		k := strings.Index(rest, droppedTable)
		if k < 0 {
			return n
		}
		before, after := rest[:k], rest[k+len(droppedTable):]
		if (strings.HasSuffix(before, `"`) || strings.HasSuffix(before, "&#10;")) && (strings.HasPrefix(after, `"`) || strings.HasPrefix(after, "&#10;")) {
			n++
		}
		rest = after
	}
}
