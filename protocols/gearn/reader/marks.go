package reader

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
)

// The marks of a GearN page: the parts of its structure that tell it from
// another vendor's, each with its weight (read.Mark). A GearN page heads
// each endpoint with its role (Client, Server, Admin) and its permission
// rule, names its endpoints /api/<request type>/<role>/<operation>,
// heads the name column of its field tables Code, calls its shared types
// GenericModels.X, and wraps every answer in the envelope whose
// returnCode carries the outcome.
var (
	markRole       = read.Mark{What: "a role heading (Client, Server or Admin)", Weight: 2}
	markPermission = read.Mark{What: "a permission rule line", Weight: 3}
	markAPIPath    = read.Mark{What: "an endpoint under /api/", Weight: 3}
	markCodeColumn = read.Mark{What: "a field table whose name column is headed Code", Weight: 2}
	markGeneric    = read.Mark{What: "a GenericModels type", Weight: 2}
	markEnvelope   = read.Mark{What: "a response table with returnCode", Weight: 3}
)

// anyPermissionRe matches a permission rule line, one that names a rule
// or says there is none ("No require permission rules."): it begins
// with an n or an r, in either case, and a line that does not is not
// tried against it.
var anyPermissionRe = regexp.MustCompile(`(?i)^(?:no\s+)?require(?:s|d)?\s+permission\s+rules?\b`)

// noRuleRe matches the sentence that says an operation takes no
// permission rule, GearN's "No require permission rules.".
var noRuleRe = regexp.MustCompile(`(?i)^no\s+require(?:s|d)?\s+permission\s+rules?\b`)

// apiPathRe matches a path under /api/ with two segments at least.
var apiPathRe = regexp.MustCompile(`^/api/[A-Za-z0-9_]+/[A-Za-z0-9_/]+`)

// isAPIEndpoint reports whether a line is an endpoint (endpointRe) whose
// path is under /api/ (apiPathRe). The pattern is tried once, only on a
// line that may start a section and holds the slash its path begins
// with: it runs on every text line of every page.
func isAPIEndpoint(t string) bool {
	if !startsSection(t) || strings.IndexByte(t, '/') < 0 {
		return false
	}
	m := endpointRe.FindStringSubmatch(t)
	return m != nil && apiPathRe.MatchString(m[2])
}

// Marks returns the marks of GearN's structure a page's blocks bear,
// each kind once, at its first line.
func (Protocol) Marks(items []pages.Block) []read.Mark {
	var marks read.MarkSet
	for _, it := range items {
		if it.Table == nil {
			t := it.Text
			switch {
			case isRole(t):
				marks.Add(markRole, it.Line)
			case t != "" && strings.IndexByte("nNrR", t[0]) >= 0 && anyPermissionRe.MatchString(t):
				marks.Add(markPermission, it.Line)
			case isAPIEndpoint(t):
				marks.Add(markAPIPath, it.Line)
			}
			if strings.Contains(t, "GenericModels.") {
				marks.Add(markGeneric, it.Line)
			}
			continue
		}
		tb := it.Table
		if tb.Kind() == pages.KindFields && codeHeaded(tb) {
			marks.Add(markCodeColumn, tb.Line)
		}
		for _, r := range tb.Rows {
			for i, c := range r.Cells {
				if strings.Contains(c, "GenericModels.") {
					marks.Add(markGeneric, r.Line)
				}
				if i < len(tb.Cols) && tb.Cols[i] == pages.ColCode && pages.CellText(strings.TrimSpace(c)) == gearnStatus {
					marks.Add(markEnvelope, r.Line)
				}
			}
		}
	}
	return marks
}

// codeHeaded reports whether a table's name column is headed Code, as
// GearN's field tables head it, and it has no other name column.
func codeHeaded(tb *pages.Table) bool {
	code := false
	for i, k := range tb.Cols {
		switch {
		case k == pages.ColName:
			return false
		case k == pages.ColCode && i < len(tb.Header) && strings.EqualFold(pages.CellText(strings.TrimSpace(tb.Header[i])), "code"):
			code = true
		}
	}
	return code
}
