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

// Members reads the enum rows of tb (memberRow), in their order: it
// fails at each row that does not read, and warns at each whose name cell
// held a "?" the name was read without (LostCharName).
func Members(rep *pages.Reporter, page string, tb *pages.Table) []*schema.Member {
	return Rows(rep, page, tb, func(page string, tb *pages.Table, r *pages.Row) (*schema.Member, error) {
		m, lostChar, err := memberRow(page, tb, r)
		if err == nil && lostChar != "" {
			rep.Warn(m.At, "%s", LostCharWarning(lostChar, "enum member "+m.Name, m.Name))
		}
		return m, err
	})
}

// memberRow reads an enum row, Name | Code | Description, its code an
// integer, in the order of its table's columns; lostChar is its name cell
// where it held a "?" the name is read without (LostCharName).
func memberRow(page string, tb *pages.Table, r *pages.Row) (m *schema.Member, lostChar string, err error) {
	cells := ByColumn(tb, r)
	m = &schema.Member{Name: cells[pages.ColName], Description: cells[pages.ColDescription], At: schema.Pos{Page: page, Line: r.Line}}
	codeText := cells[pages.ColCode]
	name, lost, err := LostCharName(m.Name)
	if err != nil {
		return nil, "", fmt.Errorf("enum row %q: %w", pages.Clip(r.Raw), err)
	}
	if lost {
		lostChar, m.Name = m.Name, name
	}
	if !IsIdentLine(m.Name) || strings.Contains(m.Name, ".") {
		return nil, "", fmt.Errorf("enum row %q has no member name: %s", pages.Clip(r.Raw), memberFix)
	}
	code, err := strconv.Atoi(codeText)
	if err != nil {
		return nil, "", fmt.Errorf("enum member %s: code %q is not an integer: %s", m.Name, codeText, memberFix)
	}
	m.Code = code
	return m, lostChar, nil
}
