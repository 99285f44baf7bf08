package read

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// RequestHeaders are the headers HTTP defines that a request carries and
// a page documents among its request headers, as the page writes them;
// no parameter or member of a body is named so.
var RequestHeaders = []string{"Authorization", "Proxy-Authorization", "Content-Type", "Accept-Language", "Accept-Encoding", "User-Agent"}

// IsRequestHeader reports whether name is one of RequestHeaders, in any
// case.
func IsRequestHeader(name string) bool {
	return slices.ContainsFunc(RequestHeaders, func(h string) bool { return strings.EqualFold(h, name) })
}

// headerNameRe matches a name written as HTTP's headers are: capitalised
// words joined by hyphens ("X-Request-Id", "Auth-Token").
var headerNameRe = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)+$`)

// HeaderRows counts the rows of a table whose names (its Name column's,
// else its Code column's, else its first) read as an HTTP header's: one
// of RequestHeaders, or capitalised words joined by hyphens, as no
// member of a JSON body is named.
func HeaderRows(tb *pages.Table) int {
	col := slices.Index(tb.Cols, pages.ColName)
	if col < 0 {
		col = max(slices.Index(tb.Cols, pages.ColCode), 0)
	}
	n := 0
	for _, row := range tb.Rows {
		if col >= len(row.Cells) {
			continue
		}
		if name := strings.TrimSpace(row.Cells[col]); headerNameRe.MatchString(name) || IsRequestHeader(name) {
			n++
		}
	}
	return n
}
