package reader

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
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
	// norm is desc normalized, once asked for.
	norm string
}

// normDesc returns the row's description normalized.
func (fd *fieldDoc) normDesc() string {
	if fd.norm == "" && fd.desc != "" {
		fd.norm = normalize(fd.desc)
	}
	return fd.norm
}

// fieldRows sorts the rows of a field table into fieldDocs. Flattened rows
// were split by column already; Markdown rows are read by what each cell
// holds, so that dropped and shifted cells land in the right column. The
// rows are sorted once, when the table is read whole.
func (pd *pageDoc) fieldRows(tb *pages.Table) []*fieldDoc {
	fds, ok := pd.rows[tb]
	if !ok {
		for _, r := range tb.Rows {
			fds = append(fds, fieldRow(tb, r))
		}
		if pd.rows == nil {
			pd.rows = map[*pages.Table][]*fieldDoc{}
		}
		pd.rows[tb] = fds
	}
	return fds
}

// sortFieldRows sorts the rows of the page's field tables, normalizes
// their descriptions, and works out what groups each table under a
// heading with the same elsewhere, while the pages are read concurrently,
// before the builder merges them one by one.
func (pd *pageDoc) sortFieldRows() {
	prepare := func(tb *pages.Table) {
		for _, fd := range pd.fieldRows(tb) {
			fd.normDesc()
		}
	}
	for _, d := range pd.defs {
		if d.table.Kind() == pages.KindFields {
			prepare(d.table)
		}
		if d.name != "" {
			pd.headedKey(d)
		}
	}
	for _, ep := range pd.endpoints {
		if ep.body != nil {
			prepare(ep.body)
		}
	}
	if pd.envelope != nil {
		prepare(pd.envelope)
	}
}

func fieldRow(tb *pages.Table, r *pages.Row) *fieldDoc {
	fd := &fieldDoc{line: r.Line, raw: r.Raw}
	type cell struct {
		col  int
		text string
	}
	var cells []cell
	for i, c := range r.Cells {
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
	if c, ok := next(); ok && read.IsIdentLine(c.text) && !strings.Contains(c.text, ".") {
		_, isType := read.PrimitiveOf[strings.ToLower(c.text)]
		following, more := cell{}, k+1 < len(cells)
		if more {
			following = cells[k+1]
		}
		_, nextIsType := read.ParseType(following.text)
		if !isType || (more && nextIsType) {
			fd.code = c.text
			k++
		}
	}
	if c, ok := next(); ok {
		if _, isType := read.ParseType(c.text); isType && !pages.IsBool(c.text) {
			fd.typ = c.text
			k++
		}
	}
	if tb.Has(pages.ColRequired) {
		if c, ok := next(); ok && pages.IsBool(c.text) {
			fd.req = c.text
			k++
		}
	}
	descCol := -1
	for i, c := range tb.Cols {
		if c == pages.ColDescription {
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

// headerRow reads a request header row by what its cells hold, so that a
// dropped cell does not shift the others into the wrong columns: the name,
// a type when the table has a Type column, the requiredness (true, false,
// or a condition such as "Optional if …") and the description. Required is
// left empty when the row states no requiredness.
func headerRow(page string, tb *pages.Table, r *pages.Row) (*schema.Header, error) {
	h := &schema.Header{At: schema.Pos{Page: page, Line: r.Line}}
	var cells []string
	for _, c := range r.Cells {
		if c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) == 0 || !isHeaderName(cells[0]) || pages.IsBool(cells[0]) {
		return nil, fmt.Errorf("header row %q has no header name in its first cell", pages.Clip(r.Raw))
	}
	h.Name, cells = cells[0], cells[1:]
	if t, ok := typeCell(cells); ok && tb.Has(pages.ColType) && !t.Named() {
		h.Type, h.Values, cells = t.Name, t.Values, cells[1:]
	}
	if len(cells) > 0 && tb.Has(pages.ColRequired) {
		if req, ok := read.Requirement(cells[0]); ok {
			h.Required = req
			if req == schema.Conditional {
				h.Condition = cells[0]
			}
			cells = cells[1:]
		}
	}
	h.Description = strings.Join(cells, " ")
	return h, nil
}

// typeCell reads the first of cells as a type, unless it is a requiredness.
func typeCell(cells []string) (read.TypeText, bool) {
	if len(cells) == 0 || pages.IsBool(cells[0]) {
		return read.TypeText{}, false
	}
	return read.ParseType(cells[0])
}

func isHeaderName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !pages.IsHeaderNameByte(s[i]) {
			return false
		}
	}
	return true
}

// memberRow reads an enum row: Name | Code | Description.
func memberRow(page string, tb *pages.Table, r *pages.Row) (*schema.Member, error) {
	cells := read.ByColumn(tb, r)
	m := &schema.Member{Name: cells[pages.ColName], Description: cells[pages.ColDescription], At: schema.Pos{Page: page, Line: r.Line}}
	codeText := cells[pages.ColCode]
	if !read.IsIdentLine(m.Name) || strings.Contains(m.Name, ".") {
		return nil, fmt.Errorf("enum row %q has no member name", pages.Clip(r.Raw))
	}
	code, err := strconv.Atoi(codeText)
	if err != nil {
		return nil, fmt.Errorf("enum member %s: code %q is not an integer", m.Name, codeText)
	}
	m.Code = code
	return m, nil
}

// The constraints a description states, as GearN writes them.
var (
	lengthRe     = regexp.MustCompile(`\((\d+)(?:\s*[-–~]\s*(\d+))? characters?\)`)
	itemsRe      = regexp.MustCompile(`\((\d+)(?:\s*[-–~]\s*(\d+))? (?:elements?|items?)\)`)
	valueRangeRe = regexp.MustCompile(`\(from (-?\d+(?:\.\d+)?) to (-?\d+(?:\.\d+)?)\)`)
	valueMinRe   = regexp.MustCompile(`\(from (-?\d+(?:\.\d+)?)\)`)
	valueMaxRe   = regexp.MustCompile(`\((?:up )?to (-?\d+(?:\.\d+)?)\)`)
	defaultRe    = regexp.MustCompile(`\(Default:\s*([^)]*)\)`)
)

// constrain reads the constraints a description states into f: a length
// "(10 characters)" or "(6 - 64 characters)" for a string, a number of
// elements "(1 - 32 elements)" for an array, a range "(from 1 to 100)",
// "(from 0)" or "(up to 100)" for a number, and a default "(Default: 10)".
// A constraint that does not fit the field's type, an inverted range and a
// default outside the field's type, range or values are errors quoting the
// description's text.
func constrain(f *schema.Field) error {
	d := f.Description
	if m := lengthRe.FindStringSubmatch(d); m != nil {
		if f.Type != schema.String {
			return fmt.Errorf("field %s is %s, but its description states %q, a length in characters, which only a string has", f.Name, read.TypeName(f), m[0])
		}
		lo, hi, err := intBounds(m)
		if err != nil {
			return fmt.Errorf("field %s: %q: %v", f.Name, m[0], err)
		}
		f.MinLength, f.MaxLength = &lo, &hi
	}
	if m := itemsRe.FindStringSubmatch(d); m != nil {
		if !f.Array {
			return fmt.Errorf("field %s is %s, but its description states %q, a number of elements, which only an array has", f.Name, read.TypeName(f), m[0])
		}
		lo, hi, err := intBounds(m)
		if err != nil {
			return fmt.Errorf("field %s: %q: %v", f.Name, m[0], err)
		}
		f.MinItems, f.MaxItems = &lo, &hi
	}
	var rng string
	if m := valueRangeRe.FindStringSubmatch(d); m != nil {
		lo, _ := strconv.ParseFloat(m[1], 64)
		hi, _ := strconv.ParseFloat(m[2], 64)
		if lo > hi {
			return fmt.Errorf("field %s: %q has its lower bound above its upper bound", f.Name, m[0])
		}
		f.Minimum, f.Maximum, rng = &lo, &hi, m[0]
	} else {
		if m := valueMinRe.FindStringSubmatch(d); m != nil {
			lo, _ := strconv.ParseFloat(m[1], 64)
			f.Minimum, rng = &lo, m[0]
		}
		if m := valueMaxRe.FindStringSubmatch(d); m != nil {
			hi, _ := strconv.ParseFloat(m[1], 64)
			f.Maximum, rng = &hi, strings.TrimSpace(rng+" "+m[0])
		}
	}
	if rng != "" && f.Type != schema.Number && f.Type != schema.Integer {
		return fmt.Errorf("field %s is %s, but its description states %q, a range of values, which only a number has", f.Name, read.TypeName(f), rng)
	}
	if m := defaultRe.FindStringSubmatch(d); m != nil {
		v, err := defaultValue(f, strings.TrimSpace(m[1]))
		if err != nil {
			return fmt.Errorf("field %s: %q %v", f.Name, m[0], err)
		}
		if err := fitDefault(f, v, rng); err != nil {
			return fmt.Errorf("field %s: %q %v", f.Name, m[0], err)
		}
		f.Default = v
	}
	return nil
}

// intBounds reads "(6 - 64 …)" or "(10 …)" as a least and greatest count.
func intBounds(m []string) (int, int, error) {
	lo, err := strconv.Atoi(m[1])
	if err != nil {
		return 0, 0, fmt.Errorf("%s is too large", m[1])
	}
	if m[2] == "" {
		return lo, lo, nil
	}
	hi, err := strconv.Atoi(m[2])
	if err != nil {
		return 0, 0, fmt.Errorf("%s is too large", m[2])
	}
	if lo > hi {
		return 0, 0, fmt.Errorf("the least count %d is above the greatest %d", lo, hi)
	}
	return lo, hi, nil
}

// defaultValue reads a default as a value of the field's type. "null" is
// no default.
func defaultValue(f *schema.Field, s string) (any, error) {
	if strings.EqualFold(s, "null") {
		return nil, nil
	}
	isBool := func() (any, bool) {
		switch strings.ToLower(s) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
		return nil, false
	}
	isNumber := func() (any, bool) {
		if n, err := strconv.Atoi(s); err == nil {
			return n, true
		}
		x, err := strconv.ParseFloat(s, 64)
		return x, err == nil
	}
	switch {
	case f.Array:
	case f.Type == schema.Boolean:
		if v, ok := isBool(); ok {
			return v, nil
		}
	case f.Type == schema.Integer:
		if n, err := strconv.Atoi(s); err == nil {
			return n, nil
		}
	case f.Type == schema.Number:
		if v, ok := isNumber(); ok {
			return v, nil
		}
	case f.Type == schema.String:
		return strings.Trim(s, `"'`), nil
	case f.Type == schema.Any:
		if v, ok := isBool(); ok {
			return v, nil
		}
		if v, ok := isNumber(); ok {
			return v, nil
		}
		return strings.Trim(s, `"'`), nil
	}
	return nil, fmt.Errorf("does not fit its type %s", read.TypeName(f))
}

// fitDefault checks a default against the field's range, length and
// allowed values.
func fitDefault(f *schema.Field, v any, rng string) error {
	var x float64
	switch n := v.(type) {
	case int:
		x = float64(n)
	case float64:
		x = n
	case string:
		if len(f.Values) > 0 && !slices.Contains(f.Values, n) {
			return fmt.Errorf("is not one of its values %s", strings.Join(f.Values, " | "))
		}
		l := utf8.RuneCountInString(n)
		if f.MinLength != nil && l < *f.MinLength || f.MaxLength != nil && l > *f.MaxLength {
			return fmt.Errorf("does not have the length its description states")
		}
		return nil
	default:
		return nil
	}
	if f.Minimum != nil && x < *f.Minimum || f.Maximum != nil && x > *f.Maximum {
		return fmt.Errorf("is outside %q", rng)
	}
	return nil
}
