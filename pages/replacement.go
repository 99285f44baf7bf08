package pages

import "strings"

// ReplacementChar is U+FFFD REPLACEMENT CHARACTER, which a tool that
// decodes a page in an encoding not its own writes for each character it
// cannot read: html2wiki reads a page's Windows-1252 bytes as UTF-8, and
// a curly quote around a value, a range's tilde or a bullet is lost so.
const ReplacementChar = "\ufffd"

// replacedChars warns, at its line, of each cell, header cell and line
// of text that holds a ReplacementChar, naming it: a character of what
// it states was lost there. A name or a type cell that holds one cannot
// be trusted, and is read as lost, empty: the protocol's reader
// recovers its name or its type from the page's other tables, with a
// warning, or leaves it a hole, whose error prints the override that
// fills it.
func replacedChars(src Source, blocks []Block) {
	for _, b := range blocks {
		t := b.Table
		if t == nil {
			if strings.Contains(b.Text, ReplacementChar) {
				src.Report.Warn(At(src.Name, b.Line), "line %d, %q, holds U+FFFD, which a tool that decoded the page in another encoding than its own writes where it lost a character: what the line states may lack a character there", b.Line, Clip(b.Text))
			}
			continue
		}
		for _, h := range t.Header {
			if strings.Contains(h, ReplacementChar) {
				src.Report.Warn(At(src.Name, t.Line), "the header cell %q of the table at line %d holds U+FFFD, which a tool that decoded the page in another encoding than its own writes where it lost a character", Clip(h), t.Line)
			}
		}
		for _, r := range t.Rows {
			for i, c := range r.Cells {
				if !strings.Contains(c, ReplacementChar) {
					continue
				}
				col := ColOther
				if i < len(t.Cols) {
					col = t.Cols[i]
				}
				switch col {
				case ColName, ColCode, ColType:
					what := "name"
					if col == ColType {
						what = "type"
					}
					src.Report.Warn(At(src.Name, r.Line), "the %s cell %q of the row at line %d holds U+FFFD, which a tool that decoded the page in another encoding than its own writes where it lost a character: the %s cannot be trusted, and is read as lost; write it back on the page, or write the override that the error of its row prints", what, Clip(c), r.Line, what)
					r.Cells[i] = ""
				default:
					src.Report.Warn(At(src.Name, r.Line), "the cell %q of the row at line %d holds U+FFFD, which a tool that decoded the page in another encoding than its own writes where it lost a character: what the cell states may lack a character there (a quote around a value, a range's tilde)", Clip(c), r.Line)
				}
			}
		}
	}
}
