package read

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// The row readers every protocol reads its tables with: type cells,
// requiredness, identifiers.

// TypeText is a type as a cell spells it.
type TypeText struct {
	Name   string // primitive schema name, or a type name as spelled
	Array  bool
	Values []string // "string in a | b | c"
	// Wire is the primitive a cell states beside the type Name it names
	// ("Integer (HazardClass)": Name HazardClass, Wire integer): the
	// value's type on the wire, for the reader to check against the
	// type once it knows the page's types (SettleWire).
	Wire string
}

// Named reports whether the type is a type name, not a primitive.
func (t TypeText) Named() bool { return !schema.IsPrimitive(t.Name) }

// The generic spellings of other docs' types: an array of T
// (Array<T>, List<T>, Set<T>), a map of any keys and values (a
// hashtable), and a string of listed values (enum(A|B|C)).
var (
	listTypeRe = regexp.MustCompile(`^(?i:list|array|set)\s*<\s*(.+?)\s*>$`)
	mapTypeRe  = regexp.MustCompile(`^(?i:map|dictionary)\s*<.*>$`)
	enumTypeRe = regexp.MustCompile(`^(?i:enum)\s*\((.*)\)$`)
	// valueListRe matches the values of "string in a | b": two or more,
	// each a word (in quotes or backticks or none), between bars. Prose
	// that says "in" ("Offsets in cents, one per string") lists none: a
	// description in a type's column is no type, its first capitalised
	// word no type name.
	valueListRe = regexp.MustCompile("^\\s*[`\"]?[^\\s|`\"]+[`\"]?(\\s*\\|\\s*[`\"]?[^\\s|`\"]+[`\"]?)+\\s*$")
	// screenReaderNoteRe matches the note a link to a type's page holds
	// for a screen reader, hidden from the eye (pages.HiddenClasses), at
	// the end of a type cell: " (opens in a new tab)", which a tool that
	// converts the page (pandoc) keeps as text.
	screenReaderNoteRe = regexp.MustCompile(`(?i)\s*\((?:(?:opens )?in (?:a )?)?new (?:tab|window)\)$|\s*\(external link\)$`)
	// wireNamedRe matches a primitive followed by the type it names:
	// "Integer (HazardClass)", "Integer, see HazardClass", "Integer –
	// HazardClass"; namedWireRe the type followed by its primitive,
	// "HazardClass (Integer)".
	wireNamedRe = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9]*(?: [A-Za-z]+)?)\s*(?:\(\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\)|(?:[,;]\s*(?i:see)|(?i:see)|[-–—:])\s+([A-Za-z_][A-Za-z0-9_.]*))$`)
	namedWireRe = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_.]*)\s*\(\s*([A-Za-z][A-Za-z0-9]*(?: [A-Za-z]+)?)\s*\)$`)
)

// ParseType reads a type cell: a primitive, a type name, either with []
// or as Array<T>, List<T> or Set<T> for an array, a Map<K, V> (a
// hashtable), or a string of listed values, "string in a | b" or
// "enum(a|b)". A boolean in capitals (TRUE, as a spreadsheet writes a
// Required cell's true; Y, Yes) is no type name. The note a link around
// the type holds for a screen reader ("GenericModels.Recipe[] (opens in
// a new tab)", screenReaderNoteRe) is no part of it. A primitive
// beside a type name ("Integer (HazardClass)", "Integer, see
// HazardClass", "HazardClass (Integer)") is the type name, with the
// primitive its Wire.
func ParseType(s string) (TypeText, bool) {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		s = screenReaderNoteRe.ReplaceAllString(s, "")
	}
	s = pages.SingleSpaced(strings.Trim(strings.TrimSpace(s), "`"))
	if t, ok := wireNamed(s); ok {
		return t, true
	}
	var t TypeText
	vals, listed := "", false
	// The patterns end with ")" and ">": a cell that does not is matched
	// by none, without running them (a type cell is read for every row).
	if m := matchEnding(enumTypeRe, s, ')'); m != nil {
		s, vals, listed = "string", m[1], true
	} else if base, v, ok := strings.Cut(s, " in "); ok && valueListRe.MatchString(v) {
		s, vals, listed = strings.TrimSpace(base), v, true
	}
	if listed {
		for _, v := range strings.Split(vals, "|") {
			if v = strings.Trim(strings.TrimSpace(v), "`\""); v != "" {
				t.Values = append(t.Values, v)
			}
		}
	}
	if strings.HasSuffix(s, "[]") {
		t.Array, s = true, strings.TrimSpace(strings.TrimSuffix(s, "[]"))
	} else if m := matchEnding(listTypeRe, s, '>'); m != nil {
		t.Array, s = true, m[1]
	}
	if strings.HasSuffix(s, ">") && mapTypeRe.MatchString(s) {
		s = "map"
	}
	if s == "GNArray" {
		t.Name, t.Array = schema.Any, true
		return t, true
	}
	if p, ok := primitiveOf(s); ok {
		t.Name = p
		return t, true
	}
	if IsIdentLine(s) && !unicode.IsLower(rune(s[0])) && !pages.IsBool(s) {
		t.Name = s
		return t, true
	}
	return t, false
}

// wireNamed reads a cell that states a primitive and names a type
// beside it, in either order (wireNamedRe, namedWireRe; wireAndName):
// "String (Enum)" is no type name but a string of listed values.
func wireNamed(s string) (TypeText, bool) {
	if !strings.ContainsAny(s, " (") {
		return TypeText{}, false
	}
	if m := wireNamedRe.FindStringSubmatch(s); m != nil {
		if t, ok := wireAndName(m[1], m[2]+m[3]); ok {
			return t, true
		}
	}
	if m := namedWireRe.FindStringSubmatch(s); m != nil {
		return wireAndName(m[2], m[1])
	}
	return TypeText{}, false
}

// wireAndName is the type name with its primitive wire, when wire is a
// primitive and name a capitalised identifier that is no primitive, no
// boolean and not the word Enum.
func wireAndName(wire, name string) (TypeText, bool) {
	p, ok := primitiveOf(wire)
	if !ok || unicode.IsLower(rune(name[0])) || strings.EqualFold(name, "enum") || pages.IsBool(name) {
		return TypeText{}, false
	}
	if _, prim := primitiveOf(name); prim {
		return TypeText{}, false
	}
	return TypeText{Name: name, Wire: p}, true
}

// matchEnding is re.FindStringSubmatch(s) for a pattern that matches
// only text ending with last.
func matchEnding(re *regexp.Regexp, s string, last byte) []string {
	if s == "" || s[len(s)-1] != last {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// primitiveOf looks s up in PrimitiveOf in any case. An ASCII s longer
// than every spelling is none, and is not lower-cased.
func primitiveOf(s string) (string, bool) {
	if len(s) > maxPrimitiveLen && pages.IsASCII(s) {
		return "", false
	}
	return pages.LookupLower(PrimitiveOf, s)
}

var maxPrimitiveLen = func() int {
	n := 0
	for k := range PrimitiveOf {
		n = max(n, len(k))
	}
	return n
}()

// PrimitiveOf maps the ways pages write a primitive type, in lower case,
// to the schema's name for it: pages.PrimitiveTypes, the one list.
var PrimitiveOf = func() map[string]string {
	m := make(map[string]string, len(pages.PrimitiveTypes))
	for p, name := range pages.PrimitiveTypes {
		m[strings.ToLower(p)] = name
	}
	return m
}()

// HeadingName is the identifier a heading line names, and whether it names
// one: the line itself when it is an identifier (IsIdentLine), or the
// identifier before a gloss in parentheses that ends the line, as pages
// translate a type's heading ("Term (약관)", "TermVersion (약관 버전)"
// name Term and TermVersion), or after an em or en dash, as a caption
// glosses its table's type. The gloss is no part of the name.
func HeadingName(s string) (string, bool) {
	// The name holds no space (IsIdentLine): the gloss, where there is
	// one, begins at the heading's first space, and a heading whose first
	// word is no name is none, read no further.
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		if !IsIdentLine(s) {
			return "", false
		}
		return s, true
	}
	name, rest := s[:i], s[i:]
	if !IsIdentLine(name) {
		return "", false
	}
	for _, dash := range glossDashes {
		if gloss, ok := strings.CutPrefix(rest, dash); ok && strings.TrimSpace(gloss) != "" {
			return name, true
		}
	}
	gloss, ok := strings.CutPrefix(rest, " (")
	if !ok || !strings.HasSuffix(gloss, ")") {
		return "", false
	}
	gloss = strings.TrimSpace(strings.TrimSuffix(gloss, ")"))
	if gloss == "" || strings.ContainsAny(gloss, "()") {
		return "", false
	}
	return name, true
}

// glossDashes set a heading's gloss apart after a dash, as a table's
// caption writes it ("GenericModels.EmblemLayer — one layer of an
// emblem").
var glossDashes = []string{" — ", " – "}

// NameCell is the member name a name cell holds, and whether the cell
// marks the member deprecated: the cell itself, or the identifier beside
// a "Deprecated" badge ("legacySku Deprecated", "(deprecated) legacySku";
// the code span, emphasis or strike-through around a word left out).
// Deprecation is no fact of the schema: a reader keeps it in the member's
// description. Any other cell is returned as it is.
func NameCell(c string) (string, bool) {
	// The words are gathered in an array, not a slice made for each
	// cell: every name cell is asked, most of them one word.
	var words [2]string
	n := 0
	for w := range strings.FieldsSeq(c) {
		if n == len(words) {
			return c, false
		}
		words[n] = strings.Trim(w, "`*~")
		n++
	}
	if n != len(words) {
		return c, false
	}
	switch {
	case IsIdentLine(words[0]) && pages.IsDeprecatedMark(words[1]):
		return words[0], true
	case IsIdentLine(words[1]) && pages.IsDeprecatedMark(words[0]):
		return words[1], true
	}
	return c, false
}

// LostCharName reads a member's name cell that holds a "?": no name
// holds one. A tool that writes a page in a legacy 8-bit encoding
// (unrtf --text, w3m -O US-ASCII, a Windows program's "Save as text" in
// ANSI) writes it for a character the encoding lacks, as the zero-width
// space a docs site sets in a long name ("auto\u200bCraft" becomes
// "auto?Craft"), or it is a mark of the page's own ("cursor?"). Both
// readings give the name without it when what is left is an identifier:
// that name, and lost true for the caller to warn; else err says what to
// write. A cell without a "?" is name as it is.
func LostCharName(name string) (clean string, lost bool, err error) {
	return lostChar(name, IsIdentLine)
}

// LostCharHeader reads a header's name cell that holds a "?" as
// LostCharName reads a member's: the name without it where what is left
// is a header name (pages.IsHeaderName).
func LostCharHeader(name string) (clean string, lost bool, err error) {
	return lostChar(name, pages.IsHeaderName)
}

// lostChar is the rule of LostCharName and LostCharHeader: a cell with a
// "?" is the name without it where isName holds of what is left, with
// lost true, else err says what to write.
func lostChar(name string, isName func(string) bool) (clean string, lost bool, err error) {
	if !strings.Contains(name, "?") {
		return name, false, nil
	}
	if clean = strings.ReplaceAll(name, "?", ""); isName(clean) {
		return clean, true, nil
	}
	return name, false, fmt.Errorf("name cell %q holds a \"?\", which no name does: the tool that wrote the page may have put it for a character its encoding lacks (a zero-width space a docs site sets in a long name), or it marks the member; write the name without it on the page (convert the page to UTF-8 text to keep every character)", name)
}

// LostCharWarning is the warning at a row whose name cell held a "?" the
// name was read without (LostCharName): cell is the cell as the page
// writes it, member what the row documents ("field matchId of Match"),
// name the name read.
func LostCharWarning(cell, member, name string) string {
	return fmt.Sprintf("read the name cell %q as %s: a \"?\" is in no name; the tool that wrote the page put it for a character its encoding lacks (a zero-width space in a long name) or the page marks the member with it, and either way the name is %s; if it stands for a letter of the name, write the name in full on the page", cell, member, name)
}

// DeprecatedNote is what a reader puts before the description of a member
// whose name cell marks it deprecated.
const DeprecatedNote = "Deprecated."

// IsIdentLine reports whether s is an identifier or a dotted one, such as
// "GenericModels.BanItem": segments of ASCII letters, digits and _, none
// beginning with a digit.
func IsIdentLine(s string) bool {
	segStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case segStart && (c == '_' || pages.IsASCIILetter(c)):
			segStart = false
		case !segStart && (c == '_' || pages.IsASCIILetter(c) || c >= '0' && c <= '9'):
		case !segStart && c == '.':
			segStart = true
		default:
			return false
		}
	}
	return !segStart
}

// UpperFirst changes the first letter to upper case.
func UpperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// LowerFirst changes the first letter to lower case.
func LowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// TypeName is a field's type as a message spells it: "string[]".
func TypeName(f *schema.Field) string {
	if f.Array {
		return f.Type + "[]"
	}
	return f.Type
}

// Requirement reads a Required or Mandatory cell: what
// pages.Requiredness reads (a boolean, a word in English or Korean, a
// check mark) or a condition ("Optional if …"). ok is false for a cell
// that states none of them. It decides requiredness for every protocol.
func Requirement(cell string) (schema.Requirement, bool) {
	if required, ok := pages.Requiredness(cell); ok {
		if required {
			return schema.Required, true
		}
		return schema.Optional, true
	}
	if pages.IsCondition(cell) {
		return schema.Conditional, true
	}
	return "", false
}

// RequiredLost reports whether a row lost its Required cell, which its
// style tells from an empty one (pages.Row.Lost): nothing on the row
// tells whether its field is required.
func RequiredLost(r *pages.Row) bool {
	return slices.Contains(r.Lost, pages.ColRequired)
}

// RequiredHole makes whether f is required a hole (schema.FactRequired)
// at its row, raw, which lost its Required cell (RequiredLost), where no
// other table of its pages states it: an override's required: fills it,
// and never a guess of optional.
func RequiredHole(rep *pages.Reporter, f *schema.Field, raw string) {
	f.Required, f.RequiredOpen = false, true
	rep.Hole(f.At, f, schema.FactRequired, "field %s has lost its Required cell (row %q), which the table's other rows fill, and no other table of its page says whether %s is required", f.Name, pages.Clip(raw), f.Name)
}

// NoHeaderName is the error of a header row, raw, whose first cell holds
// no header name (pages.IsHeaderName): every protocol's reader refuses
// such a row so.
func NoHeaderName(raw string) error {
	return fmt.Errorf("header row %q has no header name in its first cell: write the header's name in the row's first cell on the page", pages.Clip(raw))
}

// HeaderRequiredLost is the error of a header row, raw, that lost its
// Required cell (RequiredLost): no override sets a header's requiredness.
func HeaderRequiredLost(raw string) error {
	return fmt.Errorf("header row %q has lost its Required cell, which the table's other rows fill, and nothing tells whether the header is required: write the cell back on the page", pages.Clip(raw))
}

// BlankRequirement is what the empty Required cells of a table mean, by
// the Required cells of its rows (table) or, where they state nothing, by
// those of the page's other tables (what page returns, a table each,
// asked then only) that leave cells empty too, or, where none does, of
// all of them: Optional where they show the column's convention, a mark
// for each required member and none for an optional one: one at least
// says required, and none states another requiredness than required or a
// condition; ok is false where nothing tells (they state optional too, or
// nothing), and the requiredness is open.
func BlankRequirement(table []string, page func() [][]string) (req schema.Requirement, ok bool) {
	if stated(table) {
		return blankConvention(table)
	}
	others := page()
	blanks := false
	for _, t := range others {
		if !stated(t) || !slices.ContainsFunc(t, blankCell) {
			continue
		}
		if _, shown := blankConvention(t); !shown {
			return "", false
		}
		blanks = true
	}
	if blanks {
		return schema.Optional, true
	}
	return blankConvention(slices.Concat(others...))
}

// blankConvention reports whether the Required cells of a table show
// that it marks its required members and leaves the optional ones
// empty, and then that an empty one is Optional.
func blankConvention(cells []string) (req schema.Requirement, ok bool) {
	for _, c := range cells {
		switch r, stated := Requirement(c); {
		case !stated:
		case r == schema.Optional:
			return "", false
		case r == schema.Required:
			ok = true
		}
	}
	if !ok {
		return "", false
	}
	return schema.Optional, true
}

// stated reports whether any of cells is not empty.
func stated(cells []string) bool {
	return slices.ContainsFunc(cells, func(c string) bool { return !blankCell(c) })
}

// blankCell reports whether a cell is empty.
func blankCell(c string) bool { return strings.TrimSpace(c) == "" }

// BlankOptional gathers the members read as optional because their
// empty Required cells follow the convention of their page's tables
// (BlankRequirement), so that each page reports them once, at the
// first of them: a page whose tables write only "true" for a required
// member leaves most of its Required cells empty.
type BlankOptional struct {
	pages   []string
	members map[string][]blankMember
}

// blankMember is a member read as optional: its line and its name.
type blankMember struct {
	line int
	name string
}

// Add notes the member name at line of page, read as optional.
func (bo *BlankOptional) Add(page string, line int, name string) {
	if bo.members == nil {
		bo.members = map[string][]blankMember{}
	}
	if _, ok := bo.members[page]; !ok {
		bo.pages = append(bo.pages, page)
	}
	bo.members[page] = append(bo.members[page], blankMember{line, name})
}

// Report warns of the members gathered, once a page, at the first, by
// their lines; and by their names where a line holds several, as a page
// whose tables are all on a line or two does (a minified HTML page).
func (bo *BlankOptional) Report(rep *pages.Reporter) {
	for _, p := range bo.pages {
		ms := bo.members[p]
		slices.SortStableFunc(ms, func(a, b blankMember) int { return a.line - b.line })
		ls := make([]int, len(ms))
		for i, m := range ms {
			ls[i] = m.line
		}
		slices.Sort(ls)
		ls = slices.Compact(ls)
		where := "lines"
		if len(ls) == 1 {
			where = "line"
		}
		where += " " + pages.LineRanges(ls)
		if len(ls) < len(ms) {
			names := make([]string, len(ms))
			for i, m := range ms {
				names[i] = m.name
			}
			where = strings.Join(names, ", ") + " at " + where
		}
		rep.Warn(pages.At(p, ls[0]), "read %d members as optional whose Required cells are empty (%s), as the page's tables leave empty those of the members they do not mark required; if the page marks one required, add the fix {operation: OPERATION or object: TYPE, field: NAME, required: true} to the overrides", len(ms), where)
	}
}

// StatedMarks says what the Required cells of a table's other rows
// state, for a message: their distinct marks, or that they state none.
func StatedMarks(marks []string) string {
	var seen []string
	for _, m := range marks {
		if m = strings.TrimSpace(m); m != "" && !slices.Contains(seen, m) {
			seen = append(seen, m)
		}
	}
	if len(seen) == 0 {
		return "they are empty too"
	}
	return "they say " + strings.Join(seen, ", ")
}

// OtherCell is what a cell of a column of no field fact's kind (header,
// pages.ColOther) adds to its row's description, and whether it adds
// anything: a Default column's cell as "(Default: X)", which the
// constraints read, none for "-" or an empty cell; nothing for a column
// of no fact (Since, Example, Deprecated); any other cell as it is.
func OtherCell(header, cell string) (string, bool) {
	cell = strings.TrimSpace(cell)
	switch other := pages.OtherColumnOf(header); {
	case cell == "":
		return "", false
	case other == pages.OtherDefault:
		if strings.Trim(cell, "-–—") == "" {
			return "", false
		}
		return "(Default: " + strings.Trim(cell, "`") + ")", true
	case other != pages.OtherUnknown:
		// The version a member came in, an example, a deprecation
		// mark state no fact of the schema, and are no part of the
		// description either: "5.2" after "0 ~ 999" would spoil the
		// range.
		return "", false
	}
	return cell, true
}

// ColumnCells are a row's cells by column (ByColumn), indexed by
// pages.Column: a row read has one, and holds it on the stack.
type ColumnCells [pages.ColDescription + 1]string

// ByColumn sorts a row's cells by the table's columns: the first cell of
// each column, and the other cells, those of no known column (as
// OtherCell reads them) and those beyond the table's columns, joined into
// the description.
func ByColumn(tb *pages.Table, r *pages.Row) ColumnCells {
	var byCol ColumnCells
	var taken [len(byCol)]bool
	// rest holds the cells the description joins, on the stack but for
	// a row of many such cells.
	var held [4]string
	rest := held[:0]
	for i, c := range r.Cells {
		col := pages.ColOther
		if i < len(tb.Cols) {
			col = tb.Cols[i]
		}
		if col == pages.ColOther && i < len(tb.Header) {
			if text, ok := OtherCell(tb.Header[i], c); ok {
				rest = append(rest, text)
			}
			continue
		}
		if col == pages.ColOther || col == pages.ColDescription || taken[col] {
			if c != "" {
				rest = append(rest, c)
			}
			continue
		}
		byCol[col], taken[col] = c, true
	}
	byCol[pages.ColDescription] = strings.Join(rest, " ")
	return byCol
}

// Rows reads the rows of tb with row, in their order, and fails at each
// row that does not read, with row's error.
func Rows[T any](rep *pages.Reporter, page string, tb *pages.Table, row func(page string, tb *pages.Table, r *pages.Row) (T, error)) []T {
	var out []T
	for _, r := range tb.Rows {
		v, err := row(page, tb, r)
		if err != nil {
			rep.Fail(pages.At(page, r.Line), "%v", err)
			continue
		}
		out = append(out, v)
	}
	return out
}

// RowsLost reports whether tb, which what names ("the header table of
// getPlayer", "the table at line 8, the rest of the table at line 6,"),
// has a header row and no rows, and then fails at its header line: a
// header alone documents nothing, so the rows a scrape or a page break
// cut from it are lost, and reading it as a list of none would be a
// schema silently wrong. A table cut in two has its rest's rows by the
// time its rows are read (its reader joins them), so no rest is left to
// give them back. It is for the tables no override reaches (an
// envelope's fields); a table of fields or of headers one does is
// FieldsLost's.
func RowsLost(rep *pages.Reporter, page, what string, tb *pages.Table) bool {
	if len(tb.Rows) > 0 {
		return false
	}
	rep.Fail(pages.At(page, tb.Line), "%s has a header (%s) and no rows: its rows are lost, as where a scrape or a page break cut them from it. Write its rows back on the page under its header (no override adds what it documents)", what, pages.Clip(strings.Join(tb.Header, " | ")))
	return true
}

// FieldsLost reports whether tb, a table of fields which what names
// ("the table of Player at line 42"), has a header row and no rows, as
// RowsLost does, and then makes its fields a hole (schema.FactFields) at
// its header line: the type or request it documents, which target names
// as an overrides fix does ("object: Player", "operation: login, role:
// client, in: query"; "in: headers" for a table of headers), stands
// without them until add: fixes give them.
// Where target is "" (no fix reaches the table), it fails as RowsLost.
func FieldsLost(rep *pages.Reporter, page, what, target string, tb *pages.Table) bool {
	if len(tb.Rows) > 0 {
		return false
	}
	t, ok := fixTarget(target)
	if !ok {
		return RowsLost(rep, page, what, tb)
	}
	rep.FieldsHole(pages.At(page, tb.Line), t, "%s has a header (%s) and no rows: its fields are lost, as where a scrape or a page break cut its rows from it", what, pages.Clip(strings.Join(tb.Header, " | ")))
	return true
}

// SectionLost makes the fields of target a hole (schema.FactFields) at
// the line of title, the title of a section that promises a table of
// them (what names the section: "the section \"Request Body\" of POST
// /api/…") and holds nothing up to the next title, no table and no text:
// a converter wrote nothing for its table (cmark-gfm's plain text drops
// a table pandoc wrote as raw HTML) or a scrape cut it, and reading the
// section as a list of none would be a schema silently wrong. A page
// that documents none says so under the title ("None") or gives the
// table's header with no rows. Where target is "" (no fix reaches the
// section), it fails.
func SectionLost(rep *pages.Reporter, page, what, target string, title pages.Block) {
	msg := fmt.Sprintf("%s, at line %d, holds nothing up to the next title, no table and no text: its table is lost, as where a converter wrote nothing for it (a Markdown-to-text renderer drops a table written as raw HTML) or a scrape cut it; a page says \"None\" under the title, or gives the table's header with no rows, where there is nothing to list", what, title.Line)
	t, ok := fixTarget(target)
	if !ok {
		rep.Fail(pages.At(page, title.Line), "%s. Write its table back on the page under its title (no override adds what it documents)", msg)
		return
	}
	rep.TablelessHole(pages.At(page, title.Line), t, "%s", msg)
}

// SectionFound warns, at the title of a section that holds nothing up
// to the next title (the heading of a type or an enum, what names it:
// "the type Choice"), that what it documents is read from the table at
// from, another page's or another role's: the cross-page recovery that
// fills what would be SectionLost's hole.
func SectionFound(rep *pages.Reporter, page, what string, title pages.Block, from schema.Pos) {
	rep.Warn(pages.At(page, title.Line), "the section of %s, at line %d, holds nothing up to the next title: its table is lost; read it from its table at %s", what, title.Line, from)
}

// fixTarget reads the target of an overrides fix as the readers write it
// ("object: Player", "operation: login, role: client, in: query"); ok is
// false for "" and anything else.
func fixTarget(target string) (t schema.Target, ok bool) {
	for _, kv := range strings.Split(target, ", ") {
		k, v, found := strings.Cut(kv, ": ")
		if !found || v == "" {
			return schema.Target{}, false
		}
		switch k {
		case "object":
			t.Object = v
		case "operation":
			t.Operation = v
		case "role":
			t.Role = v
		case "in":
			t.In = v
		default:
			return schema.Target{}, false
		}
	}
	return t, (t.Object == "") != (t.Operation == "") && (t.Object == "" || t.Role+t.In == "")
}

// RowsUnderBareHeader warns, where the rows of rest go under tb as the
// rest of it, cut in two, and tb has a header and no rows of its own,
// that they are read as its rows: a page break may have fallen right
// under its header, or a scrape or a page break lost the rows between
// them, which nothing tells apart (RowsLost, where no rest comes).
func RowsUnderBareHeader(rep *pages.Reporter, page string, tb, rest *pages.Table) {
	if len(tb.Rows) > 0 || len(rest.Rows) == 0 {
		return
	}
	rep.Warn(pages.At(page, tb.Line), "the table at line %d has a header (%s) and no rows, and the table at line %d goes on from it: read its rows as the table's, as where a page break fell right under its header; if rows between them were lost, write them back on the page under line %d", tb.Line, pages.Clip(strings.Join(tb.Header, " | ")), rest.Line, tb.Line)
}

// BareRest warns of rest, read as the rest of tb, cut in two, when it
// has a header and no rows: a print repeats the header over a cell a
// page break cut, or a scrape or a page break lost the rows under it,
// which nothing tells apart.
func BareRest(rep *pages.Reporter, page string, tb, rest *pages.Table) {
	if len(rest.Rows) > 0 {
		return
	}
	rep.Warn(pages.At(page, rest.Line), "the table at line %d, read as the rest of the table at line %d, has a header (%s) and no rows: read as the header repeated over a cell a page break cut; if rows under it were lost, write them back on the page", rest.Line, tb.Line, pages.Clip(strings.Join(rest.Header, " | ")))
}
