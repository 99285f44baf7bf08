package read

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// memberFix says how to settle an enum row that does not read.
const memberFix = "write the row on the page as Name | Code | Description, its code an integer (an overrides file corrects fields, not enum members)"

// MemberRow reads an enum row, Name | Code | Description, its code an
// integer, in the order of its table's columns.
func MemberRow(page string, tb *pages.Table, r *pages.Row) (*schema.Member, error) {
	cells := ByColumn(tb, r)
	m := &schema.Member{Name: cells[pages.ColName], Description: cells[pages.ColDescription], At: schema.Pos{Page: page, Line: r.Line}}
	codeText := cells[pages.ColCode]
	if !IsIdentLine(m.Name) || strings.Contains(m.Name, ".") {
		return nil, fmt.Errorf("enum row %q has no member name: %s", pages.Clip(r.Raw), memberFix)
	}
	code, err := strconv.Atoi(codeText)
	if err != nil {
		return nil, fmt.Errorf("enum member %s: code %q is not an integer: %s", m.Name, codeText, memberFix)
	}
	m.Code = code
	return m, nil
}
