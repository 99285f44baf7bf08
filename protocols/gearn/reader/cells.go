package reader

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

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
	// shifted is set when a cell sat in another column than its own,
	// lost when the row has fewer cells than the table has columns.
	shifted, lost bool
	// reqLost is set when the row lost its Required cell
	// (read.RequiredLost).
	reqLost bool
	// odd holds what few rows have, or nil (oddities).
	odd *rowOddities
	// norm is desc normalized, once asked for.
	norm string
	// cons are the constraints desc states, once asked for.
	cons *read.Constraints
}

// rowOddities are what a field row holds that few rows do, apart from
// the fieldDoc each row has: a page of hundreds of rows keeps them small.
type rowOddities struct {
	// unreadReq is the text of a Required cell that states no
	// requiredness the parser reads ("Req."), in a row whose description
	// stands in its own column.
	unreadReq string
	// badge is the status badge the name cell held after the name
	// (read.BadgedName), dropped from it; unbadged is why a word of
	// capitals after the name is no badge, which refuses the row.
	badge    string
	unbadged error
	// lostChar is the name cell that held a "?" the code was read
	// without (read.LostCharName), for a warning at the row; unnamed is
	// why a name cell with a "?" that leaves no identifier is no name,
	// which refuses the row.
	lostChar string
	unnamed  error
	// past are the texts of the cells past the table's columns, which
	// the description takes in.
	past []string
	// sentences is the description with each paragraph of a cell its
	// style kept apart a sentence of its own (read.CellSentences), whose
	// constraints are read; empty where it is the description.
	sentences string
}

// oddities returns what the row holds that few rows do, nothing for most.
func (fd *fieldDoc) oddities() rowOddities {
	if fd.odd == nil {
		return rowOddities{}
	}
	return *fd.odd
}

// constraints returns the constraints the row's description states,
// read with each paragraph of a cell a sentence (rowOddities.sentences).
func (fd *fieldDoc) constraints() read.Constraints {
	if fd.cons == nil {
		fd.cons = &unconstrained
		desc := fd.desc
		if s := fd.oddities().sentences; s != "" {
			desc = s
		}
		// Only a description that states a constraint keeps a copy on
		// the heap: most state none.
		if c := read.ReadConstraints(desc); !c.Empty() {
			stated := c
			fd.cons = &stated
		}
	}
	return *fd.cons
}

// unconstrained is what most rows' descriptions state: no constraint,
// held once for them all.
var unconstrained read.Constraints

// normDesc returns the row's description normalized.
func (fd *fieldDoc) normDesc() string {
	if fd.norm == "" && fd.desc != "" {
		fd.norm = normalize(fd.desc)
	}
	return fd.norm
}

// normDescs normalizes the descriptions of rows not normalized yet, as
// normDesc does, into one string that each row's norm is a part of: one
// allocation for a table's rows, not one a row.
func normDescs(fds []*fieldDoc) {
	n := 0
	for _, fd := range fds {
		if fd.norm == "" {
			n += len(fd.desc)
		}
	}
	var b strings.Builder
	b.Grow(n)
	var held [64]int // where each row's text ends, on the stack but for a long table
	ends := held[:0]
	for _, fd := range fds {
		if fd.norm == "" {
			appendNormal(&b, fd.desc)
		}
		ends = append(ends, b.Len())
	}
	all, start := b.String(), 0
	for i, fd := range fds {
		if fd.norm == "" {
			fd.norm = all[start:ends[i]]
		}
		start = ends[i]
	}
}

// fieldRows sorts the rows of a field table into fieldDocs. Flattened rows
// were split by column already; Markdown rows are read by what each cell
// holds, so that dropped and shifted cells land in the right column. The
// rows are sorted once, when the table is read whole.
func (pd *pageDoc) fieldRows(tb *pages.Table) []*fieldDoc {
	fds, ok := pd.rows[tb]
	if !ok {
		// The table's rows are read into one block, not a row each.
		docs := make([]fieldDoc, len(tb.Rows))
		fds = make([]*fieldDoc, len(tb.Rows))
		for i, r := range tb.Rows {
			fieldByContent(&docs[i], tb, r)
			fds[i] = &docs[i]
		}
		if pd.rows == nil {
			pd.rows = map[*pages.Table][]*fieldDoc{}
		}
		pd.rows[tb] = fds
	}
	return fds
}

// appendRows appends the rows of a table cut off from tb (and the field
// rows read of them, where tb's are read already) to tb's; a rest with
// its header and no rows (read.BareRest), and
// rows that go under a header with none of its own are warned of
// (read.RowsUnderBareHeader).
func (pd *pageDoc) appendRows(rep *pages.Reporter, tb, rest *pages.Table) {
	read.BareRest(rep, pd.name, tb, rest)
	read.RowsUnderBareHeader(rep, pd.name, tb, rest)
	if fds, ok := pd.rows[tb]; ok {
		pd.rows[tb] = append(fds, pd.fieldRows(rest)...)
	}
	delete(pd.rows, rest)
	tb.Rows = append(tb.Rows, rest.Rows...)
}

// sortFieldRows sorts the rows of the page's field tables, normalizes
// their descriptions and reads the constraints they state, and works out
// what groups each table under a heading with the same elsewhere, while
// the pages are read concurrently, before the builder merges them one by
// one.
func (pd *pageDoc) sortFieldRows() {
	prepare := func(tb *pages.Table) {
		fds := pd.fieldRows(tb)
		normDescs(fds)
		for _, fd := range fds {
			fd.constraints()
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

// fieldByContent reads a field row into fd by what its cells hold, not by the
// column they stand in, because GearN's scrapes drop cells and a dropped
// one shifts the rest: the code (an identifier that is no primitive type,
// unless a type follows it), the type, the requiredness when the table
// has a Required column, and the rest as the description, marking the row
// shifted when the description stands outside its column. In a row with
// all its cells, a cell of a column of no field fact's kind (Since,
// Example, Default) is read as read.OtherCell reads it. The
// http-status reader reads its rows by column with read.ByColumn: its
// pages keep every cell but, at times, a Mandatory one; this is the other
// job, reading a row whose cells may be gone.
// A row with all its cells whose table heads Required before Type is read
// with the two in the order the contents take, type first.
func fieldByContent(fd *fieldDoc, tb *pages.Table, r *pages.Row) {
	*fd = fieldDoc{line: r.Line, raw: r.Raw, lost: len(r.Cells) < len(tb.Cols), reqLost: read.RequiredLost(r)}
	type cell struct {
		col  int
		text string
	}
	var held [8]cell // a row's cells, on the stack but for a wide row
	cells := held[:0]
	var other []string
	var odd rowOddities
	for i, c := range r.Cells {
		if !fd.lost && i < len(tb.Cols) && i < len(tb.Header) && tb.Cols[i] == pages.ColOther {
			if text, ok := read.OtherCell(tb.Header[i], c); ok {
				other = append(other, text)
			}
			continue
		}
		if c != "" {
			cells = append(cells, cell{i, c})
			if i >= len(tb.Cols) {
				odd.past = append(odd.past, c)
			}
		}
	}
	if !fd.lost {
		// A table that heads its Required column before its Type column
		// (Code | Required | Type | Description) keeps both cells: read
		// in the order the contents come, type first.
		req, typ := slices.Index(tb.Cols, pages.ColRequired), slices.Index(tb.Cols, pages.ColType)
		ri := slices.IndexFunc(cells, func(c cell) bool { return c.col == req })
		ti := slices.IndexFunc(cells, func(c cell) bool { return c.col == typ })
		if ri >= 0 && ti >= 0 && ri < ti {
			cells[ri], cells[ti] = cells[ti], cells[ri]
		}
	}
	k := 0
	next := func() (cell, bool) {
		if k < len(cells) {
			return cells[k], true
		}
		return cell{}, false
	}
	deprecated := false
	if c, ok := next(); ok {
		cells[k].text, deprecated = read.NameCell(c.text)
		if !deprecated {
			cells[k].text, odd.badge, odd.unbadged = read.BadgedName(cells[k].text)
		}
	}
	// typed memoises whether cells[typedAt] reads as a type (ParseType):
	// the cell after a code is asked whether it is a type as the code is
	// read, then again as the type cell.
	typedAt, typed := -1, false
	isTypeAt := func(i int) bool {
		if i != typedAt {
			_, typed = read.ParseType(cells[i].text)
			typedAt = i
		}
		return typed
	}
	if c, ok := next(); ok {
		name, lost, err := lostCharName(c.text)
		if read.IsIdentLine(name) && !strings.Contains(name, ".") {
			_, isType := pages.LookupLower(read.PrimitiveOf, name)
			more := k+1 < len(cells)
			if !isType || (more && isTypeAt(k+1)) {
				fd.code = name
				if lost {
					odd.lostChar = c.text
				}
				k++
			}
		}
		// Only a cell a type follows stands where a name does: a "?"
		// before a note ("?  Heroes already away are refused") is a
		// mark the encoding lost, of no member.
		if err != nil && k+1 < len(cells) && isTypeAt(k+1) {
			odd.unnamed = err
		}
	}
	if c, ok := next(); ok {
		if isTypeAt(k) && !isRequiredness(c.text) {
			fd.typ = c.text
			k++
		}
	}
	descCol, reqCol := -1, -1
	for i, c := range tb.Cols {
		switch c {
		case pages.ColDescription:
			descCol = i
		case pages.ColRequired:
			reqCol = i
		}
	}
	if reqCol >= 0 {
		c, ok := next()
		switch {
		case ok && isRequiredness(c.text):
			fd.req = c.text
			k++
		case ok && c.col == reqCol && !fd.lost && descCol >= 0 && descCol < len(r.Cells) && r.Cells[descCol] != "":
			odd.unreadReq = c.text
			k++
		}
	}
	// A row with a cell its style kept in paragraphs reads the
	// constraints of its description with each a sentence.
	paragraphed := len(r.CellParagraphs) > 0
	var desc, sentences []string
	for ; k < len(cells); k++ {
		desc = append(desc, cells[k].text)
		if paragraphed {
			sentences = append(sentences, read.CellSentences(r, cells[k].text))
		}
		if cells[k].col != descCol {
			fd.shifted = true
		}
	}
	desc = append(desc, other...)
	if deprecated {
		desc = append([]string{read.DeprecatedNote}, desc...)
	}
	fd.desc = strings.Join(desc, " ")
	if paragraphed {
		sentences = append(sentences, other...)
		if deprecated {
			sentences = append([]string{read.DeprecatedNote}, sentences...)
		}
		if s := strings.Join(sentences, " "); s != fd.desc {
			odd.sentences = s
		}
	}
	if odd.unreadReq != "" || odd.badge != "" || odd.unbadged != nil || odd.lostChar != "" || odd.unnamed != nil || len(odd.past) > 0 || odd.sentences != "" {
		kept := odd
		fd.odd = &kept
	}
}

// lostCharName reads the first cell of a row as a name cell that may
// hold a "?" (read.LostCharName): the name without it, and lost true,
// where what is left is an identifier; err where it is none, but only
// for a cell of one word that is no type: a description or a type the
// row's shifted cells set first is no name cell, and is left as it is.
func lostCharName(c string) (name string, lost bool, err error) {
	name, lost, err = read.LostCharName(c)
	if err == nil {
		return name, lost, nil
	}
	if _, isType := read.ParseType(c); isType || strings.ContainsFunc(strings.TrimSpace(c), unicode.IsSpace) {
		return c, false, nil
	}
	return c, false, err
}

// headerByContent reads a request header row by what its cells hold, as
// fieldByContent reads a field row, so that a dropped cell does not shift
// the others into the wrong columns: the name, a type when the table has
// a Type column, the requiredness (true, false,
// or a condition such as "Optional if …") and the description. Required is
// left empty when the row states no requiredness. A name cell of one word
// with a "?" is read by read.LostCharHeader: lostChar is the cell where
// the name is read without it, for the caller to warn.
func headerByContent(page string, tb *pages.Table, r *pages.Row) (h *schema.Header, lostChar string, err error) {
	if read.RequiredLost(r) {
		return nil, "", read.HeaderRequiredLost(r.Raw)
	}
	h = &schema.Header{At: schema.Pos{Page: page, Line: r.Line}}
	var cells []string
	for _, c := range r.Cells {
		if c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) > 0 && !strings.ContainsFunc(cells[0], unicode.IsSpace) {
		name, lost, err := read.LostCharHeader(cells[0])
		if err != nil {
			return nil, "", fmt.Errorf("header row %q: %w", pages.Clip(r.Raw), err)
		}
		if lost {
			lostChar, cells[0] = cells[0], name
		}
	}
	if len(cells) == 0 || !pages.IsHeaderName(cells[0]) || isRequiredness(cells[0]) {
		return nil, "", read.NoHeaderName(r.Raw)
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
	return h, lostChar, nil
}

// isRequiredness reports whether a cell states a requiredness (true, Y,
// ✓, -), which a type name or a description is not.
func isRequiredness(cell string) bool {
	_, ok := pages.Requiredness(cell)
	return ok
}

// required reads the requiredness of a field row: read.Requirement
// decides, and a row that states none is optional.
func (fd *fieldDoc) required() bool {
	req, _ := read.Requirement(fd.req)
	return req == schema.Required
}

// typeCell reads the first of cells as a type, unless it is a requiredness.
func typeCell(cells []string) (read.TypeText, bool) {
	if len(cells) == 0 || isRequiredness(cells[0]) {
		return read.TypeText{}, false
	}
	return read.ParseType(cells[0])
}
