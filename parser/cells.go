package parser

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/schema"
)

// fieldDoc is a field row with its cells sorted into columns. A cell the
// scrape dropped is empty; the recovery pass fills it from elsewhere.
type fieldDoc struct {
	code, typ, req, desc string
	line                 int
	page                 string // set where rows of several pages meet
	raw                  string
	// shifted is set when a cell sat in another column than its own.
	shifted bool
}

// fieldRows sorts the rows of a field table into fieldDocs. Flattened rows
// were split by column already; Markdown rows are read by what each cell
// holds, so that dropped and shifted cells land in the right column.
func fieldRows(tb *table) []*fieldDoc {
	var out []*fieldDoc
	for _, r := range tb.rows {
		out = append(out, fieldRow(tb, r))
	}
	return out
}

func fieldRow(tb *table, r *row) *fieldDoc {
	fd := &fieldDoc{line: r.line, raw: r.raw}
	type cell struct {
		col  int
		text string
	}
	var cells []cell
	for i, c := range r.cells {
		if c != "" {
			cells = append(cells, cell{i, c})
		}
	}
	k := 0
	next := func() (cell, bool) {
		if k < len(cells) {
			return cells[k], true
		}
		return cell{}, false
	}
	if c, ok := next(); ok && identLineRe.MatchString(c.text) && !strings.Contains(c.text, ".") {
		_, isType := primitiveOf[strings.ToLower(c.text)]
		following, more := cell{}, k+1 < len(cells)
		if more {
			following = cells[k+1]
		}
		_, nextIsType := parseType(following.text)
		if !isType || (more && nextIsType) {
			fd.code = c.text
			k++
		}
	}
	if c, ok := next(); ok {
		if _, isType := parseType(c.text); isType && !isBool(c.text) {
			fd.typ = c.text
			k++
		}
	}
	if tb.has(colRequired) {
		if c, ok := next(); ok && isBool(c.text) {
			fd.req = c.text
			k++
		}
	}
	descCol := -1
	for i, c := range tb.cols {
		if c == colDescription {
			descCol = i
		}
	}
	var desc []string
	for ; k < len(cells); k++ {
		desc = append(desc, cells[k].text)
		if cells[k].col != descCol {
			fd.shifted = true
		}
	}
	fd.desc = strings.Join(desc, " ")
	return fd
}

func isBool(s string) bool {
	switch strings.ToLower(s) {
	case "true", "false", "y", "n", "yes", "no":
		return true
	}
	return false
}

func isTrue(s string) bool {
	switch strings.ToLower(s) {
	case "true", "y", "yes":
		return true
	}
	return false
}

// headerRow reads a request header row.
func headerRow(page string, tb *table, r *row) (*schema.Header, error) {
	h := &schema.Header{At: schema.Pos{Page: page, Line: r.line}}
	var rest []string
	for i, c := range r.cells {
		if i >= len(tb.cols) {
			rest = append(rest, c)
			continue
		}
		switch tb.cols[i] {
		case colName:
			h.Name = c
		case colType:
			if t, ok := parseType(c); ok && !t.named() {
				h.Type = t.name
			} else {
				h.Type = c
			}
		case colRequired:
			switch {
			case isBool(c) && isTrue(c):
				h.Required = schema.Required
			case isBool(c) || c == "":
				h.Required = schema.Optional
			default:
				h.Required, h.Condition = schema.Conditional, c
			}
		default:
			rest = append(rest, c)
		}
	}
	h.Description = strings.TrimSpace(strings.Join(rest, " "))
	if !isHeaderName(h.Name) {
		return nil, fmt.Errorf("header row %q has no header name in its first cell", clip(r.raw))
	}
	return h, nil
}

func isHeaderName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isHeaderNameByte(s[i]) {
			return false
		}
	}
	return true
}

// memberRow reads an enum row: Name | Code | Description.
func memberRow(page string, tb *table, r *row) (*schema.Member, error) {
	m := &schema.Member{At: schema.Pos{Page: page, Line: r.line}}
	var codeText string
	var rest []string
	for i, c := range r.cells {
		col := colDescription
		if i < len(tb.cols) {
			col = tb.cols[i]
		}
		switch col {
		case colName:
			m.Name = c
		case colCode:
			codeText = c
		default:
			rest = append(rest, c)
		}
	}
	m.Description = strings.TrimSpace(strings.Join(rest, " "))
	if !identLineRe.MatchString(m.Name) || strings.Contains(m.Name, ".") {
		return nil, fmt.Errorf("enum row %q has no member name", clip(r.raw))
	}
	code, err := strconv.Atoi(codeText)
	if err != nil {
		return nil, fmt.Errorf("enum member %s: code %q is not an integer", m.Name, codeText)
	}
	m.Code = code
	return m, nil
}

var (
	lengthExactRe = regexp.MustCompile(`\((\d+) characters?\)`)
	lengthRangeRe = regexp.MustCompile(`\((\d+)\s*[-–~]\s*(\d+) characters?\)`)
	itemsExactRe  = regexp.MustCompile(`\((\d+) (?:elements?|items?)\)`)
	itemsRangeRe  = regexp.MustCompile(`\((\d+)\s*[-–~]\s*(\d+) (?:elements?|items?)\)`)
	valueRangeRe  = regexp.MustCompile(`\(from (-?\d+(?:\.\d+)?) to (-?\d+(?:\.\d+)?)\)`)
	valueMinRe    = regexp.MustCompile(`\(from (-?\d+(?:\.\d+)?)\)`)
	valueMaxRe    = regexp.MustCompile(`\((?:up )?to (-?\d+(?:\.\d+)?)\)`)
	defaultRe     = regexp.MustCompile(`\(Default:\s*([^)]*)\)`)
)

// constrain reads the constraints a description states, such as
// "(6 - 64 characters)" or "(Default: false)", into f.
func constrain(f *schema.Field) error {
	d := f.Description
	atoi := func(s string) *int { n, _ := strconv.Atoi(s); return &n }
	atof := func(s string) *float64 { x, _ := strconv.ParseFloat(s, 64); return &x }
	if m := lengthRangeRe.FindStringSubmatch(d); m != nil {
		f.MinLength, f.MaxLength = atoi(m[1]), atoi(m[2])
	} else if m := lengthExactRe.FindStringSubmatch(d); m != nil {
		f.MinLength, f.MaxLength = atoi(m[1]), atoi(m[1])
	}
	if m := itemsRangeRe.FindStringSubmatch(d); m != nil {
		f.MinItems, f.MaxItems = atoi(m[1]), atoi(m[2])
	} else if m := itemsExactRe.FindStringSubmatch(d); m != nil {
		f.MinItems, f.MaxItems = atoi(m[1]), atoi(m[1])
	}
	if m := valueRangeRe.FindStringSubmatch(d); m != nil {
		f.Minimum, f.Maximum = atof(m[1]), atof(m[2])
	} else {
		if m := valueMinRe.FindStringSubmatch(d); m != nil {
			f.Minimum = atof(m[1])
		}
		if m := valueMaxRe.FindStringSubmatch(d); m != nil {
			f.Maximum = atof(m[1])
		}
	}
	if (f.MinLength != nil) && f.Type != schema.String {
		return fmt.Errorf("field %s: a length in characters is stated for a %s", f.Name, typeName(f))
	}
	if (f.MinItems != nil) && !f.Array {
		return fmt.Errorf("field %s: a number of elements is stated for a %s", f.Name, typeName(f))
	}
	if (f.Minimum != nil || f.Maximum != nil) && f.Type != schema.Number && f.Type != schema.Integer {
		return fmt.Errorf("field %s: a value range is stated for a %s", f.Name, typeName(f))
	}
	if m := defaultRe.FindStringSubmatch(d); m != nil {
		v, err := defaultValue(f, strings.TrimSpace(m[1]))
		if err != nil {
			return err
		}
		f.Default = v
	}
	return nil
}

func typeName(f *schema.Field) string {
	if f.Array {
		return f.Type + "[]"
	}
	return f.Type
}

func defaultValue(f *schema.Field, s string) (any, error) {
	switch {
	case f.Array:
	case f.Type == schema.Boolean:
		if b, err := strconv.ParseBool(strings.ToLower(s)); err == nil {
			return b, nil
		}
	case f.Type == schema.Integer || f.Type == schema.Number:
		if n, err := strconv.Atoi(s); err == nil {
			return n, nil
		}
		if x, err := strconv.ParseFloat(s, 64); err == nil && f.Type == schema.Number {
			return x, nil
		}
	case f.Type == schema.String:
		return strings.Trim(s, `"'`), nil
	}
	return nil, fmt.Errorf("field %s: default %q does not fit type %s", f.Name, s, typeName(f))
}
