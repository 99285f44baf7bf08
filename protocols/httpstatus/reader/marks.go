package reader

import (
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
)

// The marks of a page of an API whose HTTP status codes carry the outcome
// (Kakao Games'): the parts of its structure that tell it from another
// vendor's, each with its weight (read.Mark). Such a page lists its
// status codes in a table, and its detail codes in a code table; heads an
// operation with its bare path, and states its method under a title of
// its own, or between the runs of dashes that frame a heading a script
// writes ("-- POST --", which pages.Title strips); heads its
// requiredness column Mandatory (or 필수), with Y and N; titles its
// sections in Korean or in two languages. Its examples' status lines
// ("HTTP/1.1 200 OK") weigh least: another vendor's page may show an
// example answer too.
var (
	markStatusTable = read.Mark{What: "a status code table", Weight: 3}
	markCodeTable   = read.Mark{What: "a detail code table", Weight: 3}
	markPath        = read.Mark{What: "a bare path heading", Weight: 2}
	markMethod      = read.Mark{What: "a method on a line of its own", Weight: 2}
	markMandatory   = read.Mark{What: "a Mandatory column, or one of Y and N", Weight: 2}
	markKorean      = read.Mark{What: "a section title in Korean", Weight: 2}
	markStatusLine  = read.Mark{What: "an example answer's status line", Weight: 1}
)

// Marks returns the marks of an HTTP-status page's structure its blocks
// bear, each kind once, at its first line.
func (Protocol) Marks(items []pages.Block) []read.Mark {
	var marks read.MarkSet
	for _, it := range items {
		if it.Table == nil {
			t := it.Text
			switch m := pathHeadingOf(t); {
			case m != nil && m[1] == "" && len(m[2]) > 1 && !strings.HasPrefix(m[2], "/api/"):
				marks.Add(markPath, it.Line)
			case isMethodLine(t) || strings.HasPrefix(t, "--") && isMethodLine(pages.Title(t, false)):
				marks.Add(markMethod, it.Line)
			case strings.HasPrefix(t, "HTTP/") && httpStatusLineRe.MatchString(t):
				marks.Add(markStatusLine, it.Line)
			}
			if hasHangul(t) {
				if s, _ := titleOf(t); s != secNone {
					marks.Add(markKorean, it.Line)
				}
			}
			continue
		}
		tb := it.Table
		switch {
		case isStatusTable(tb):
			marks.Add(markStatusTable, tb.Line)
		case isCodeTable(tb):
			marks.Add(markCodeTable, tb.Line)
		case mandatoryColumn(tb):
			marks.Add(markMandatory, tb.Line)
		}
	}
	return marks
}

// mandatoryColumn reports whether a table's requiredness column is headed
// Mandatory or 필수, or states requiredness with Y and N.
func mandatoryColumn(tb *pages.Table) bool {
	for i, k := range tb.Cols {
		if k != pages.ColRequired || i >= len(tb.Header) {
			continue
		}
		if headsMandatory(tb.Header[i]) {
			return true
		}
		for _, r := range tb.Rows {
			if i < len(r.Cells) && isYesNoLetter(strings.TrimSpace(r.Cells[i])) {
				return true
			}
		}
	}
	return false
}

// headsMandatory reports whether a header cell says Mandatory, in any
// case, or 필수; an ASCII cell, as most are, is searched without
// lower-casing it into a new string.
func headsMandatory(h string) bool {
	if pages.IsASCII(h) {
		return read.ContainsLower(h, "mandatory")
	}
	h = strings.ToLower(h)
	return strings.Contains(h, "mandatory") || strings.Contains(h, "필수")
}

// isYesNoLetter reports whether a cell is Y or N in either case: the
// cells strings.ToUpper makes "Y" or "N", without upper-casing each.
func isYesNoLetter(c string) bool {
	return c == "Y" || c == "y" || c == "N" || c == "n"
}

// hasHangul reports whether a line holds a Hangul letter.
func hasHangul(t string) bool {
	return !pages.IsASCII(t) && strings.IndexFunc(t, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) >= 0
}
