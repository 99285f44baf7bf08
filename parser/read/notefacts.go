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

// A page may state a fact of a field in a note right after the table of
// fields instead of in the field's row: a callout's text (Confluence's
// note macro, a VitePress tip) or a paragraph that names the field and
// gives its default, a bound or a length ("When keepNets is omitted the
// nets are kept (default: false).", "reason holds up to 80
// characters."). Every style reads such a note as text after the table,
// which the protocols keep as prose: the fact would be lost with no word.

// maxNoteParagraphs bounds the paragraphs after a table that may be its
// note: a callout's label and its paragraphs.
const maxNoteParagraphs = 4

// NoteFacts reads the facts that the text right after a table of fields
// states of one of its fields (a table with a type column; its names in
// its name column, or in its code column where it has none, as GearN's
// "Code | Type" tables): of the paragraphs after the table up to the
// next table, the next section title or maxNoteParagraphs paragraphs, a
// sentence that names one field of the table and states a default, a
// bound or a length (ReadConstraints) is read as a part of that field's
// description, with a warning at its line; where the field's row states
// another value of the same fact, that is an error at the note's line. A
// note that names several fields of the table, or a field by a plain
// word ("page", "size") that prose uses for other things, unless in
// quotes or a code span, is read for none, with a warning, as is one
// after a table without a description column; but a note that begins
// with such a word, the name of the one field it names, whose row points
// to a note ("See the note below.", "(note 1)"), is read as that
// field's. A field whose description points to a note that was read for
// none of its facts is warned of at its row (unreadNotes). A style that reads the
// text after a table's last row as paragraphs of its last cell (PhpWiki
// as html2wiki writes it) leaves such a note in another row
// (pages.Row.Paragraphs): a paragraph of a row that names one other field
// of the table, and no field of its row, is taken out of the row and
// read so too. It runs before WarnParagraphFacts, which warns of the
// paragraphs left. Rows it changes are copies: a page read again
// (parser.Parse) reads its rows as its style did.
func NoteFacts(page string, items []pages.Block, rep *pages.Reporter) {
	noted := noteLog{read: map[int]bool{}, naming: map[int][]int{}}
	for i, it := range items {
		t, ok := fieldsTableOf(it)
		if !ok {
			continue
		}
		for k := range t.Rows {
			for _, p := range t.Rows[k].Paragraphs {
				n := noteOf(t, p)
				if len(n.named) != 1 || n.named[0] == k || !detach(t.Table, k, p) {
					continue
				}
				n.read(page, t, rep, fmt.Sprintf("a paragraph of its own under the row at line %d of the table at line %d", t.Rows[k].Line, t.Line), noted)
			}
		}
		for _, p := range paragraphsAfter(items[i+1:]) {
			where := fmt.Sprintf("a note after the table at line %d", t.Line)
			n := noteOf(t, p)
			if len(n.named) == 0 && len(n.plain) == 0 && n.facts != "" && n.facts != "nothing" {
				noteOfEarlier(page, items[:i], n, rep, where, noted)
				continue
			}
			n.read(page, t, rep, where, noted)
		}
	}
	unreadNotes(page, items, noted, rep)
}

// noteLog is what NoteFacts made of the notes of a page, by the line of
// a field's row: read, the rows a note was read for; naming, the lines
// of the notes that name the field but were read for none, as they name
// others too or name it by a word of prose.
type noteLog struct {
	read   map[int]bool
	naming map[int][]int
}

// named logs that the note at line names the rows ks of t and was read
// for none.
func (l noteLog) named(t fieldsTable, ks []int, line int) {
	for _, k := range ks {
		l.naming[t.Rows[k].Line] = append(l.naming[t.Rows[k].Line], line)
	}
}

// noteRefRe matches the words of a description that point to a note for
// more of what it says: "see the note below", "See note.", "(note 1)",
// "refer to the notes above", "(see note 2)".
var noteRefRe = regexp.MustCompile(`(?i)\b(?:see|refer to|read)\s+(?:the\s+)?notes?\b(?:\s+(?:below|above|\d+))?|\((?:see\s+)?notes?(?:\s*\d+)?\)|\bnotes?\s+(?:below|above)\b`)

// noteRef returns the words of desc that point to a note (noteRefRe), ""
// where it points to none.
func noteRef(desc string) string {
	if !ContainsLower(desc, "note") {
		return ""
	}
	return noteRefRe.FindString(desc)
}

// pointsToNote returns the words of the description of the row k of t
// that point to a note (noteRef), "" where it points to none.
func (t fieldsTable) pointsToNote(k int) string {
	if !t.Has(pages.ColDescription) {
		return ""
	}
	return noteRef(ByColumn(t.Table, t.Rows[k])[pages.ColDescription])
}

// unreadNotes warns, at its row, of each field of the tables of fields
// in items whose description points to a note (pointsToNote) that no
// note was read for (noted.read): what the note states of it is lost
// unless the overrides give it. The warning names the lines of the notes
// that name the field and were read for none (noted.naming), else those
// of the text the note may be, after the table (or before it, for a
// note "above").
func unreadNotes(page string, items []pages.Block, noted noteLog, rep *pages.Reporter) {
	for i, it := range items {
		t, ok := fieldsTableOf(it)
		if !ok {
			continue
		}
		for k, r := range t.Rows {
			words := t.pointsToNote(k)
			if words == "" || noted.read[r.Line] {
				continue
			}
			if ls := noted.naming[r.Line]; len(ls) > 0 {
				rep.Warn(pages.At(page, r.Line), "field %s: its description points to a note (%q), which was not read for its facts: the note at line %s names it, but others too or as a word of prose, and was read for none (see the warning there); if the note states a fact of it, add the fix {operation: OPERATION or object: TYPE, field: %s, ...} to the overrides", t.name(k), words, pages.LineRanges(ls), t.name(k))
				continue
			}
			near := paragraphsAfter(items[i+1:])
			side := "after"
			if ContainsLower(words, "above") {
				near, side = paragraphsBefore(items[:i]), "before"
			}
			var lines []string
			for _, p := range near {
				lines = append(lines, fmt.Sprintf("line %d (%q)", p.Line, pages.Clip(p.Text)))
			}
			seen := fmt.Sprintf("no text stands %s the table", side)
			if len(lines) > 0 {
				seen = fmt.Sprintf("the text %s the table, %s, gave it no default, bound or length", side, strings.Join(lines, ", "))
			}
			rep.Warn(pages.At(page, r.Line), "field %s: its description points to a note (%q), which was not read for its facts: %s; if the note states a fact of it, add the fix {operation: OPERATION or object: TYPE, field: %s, ...} to the overrides", t.name(k), words, seen, t.name(k))
		}
	}
}

// paragraphsBefore are the paragraphs of the text blocks that end items,
// back to a table, a section title or maxNoteParagraphs paragraphs, in
// page order.
func paragraphsBefore(items []pages.Block) []pages.Block {
	var out []pages.Block
	for k := len(items) - 1; k >= 0 && len(out) < maxNoteParagraphs; k-- {
		b := items[k]
		if b.Table != nil || IsTitle(b.Text) {
			break
		}
		out = append(out, b)
	}
	slices.Reverse(out)
	return out
}

// A fieldsTable is a table of fields, one with a type column, with the
// column that holds its fields' names, ni: its name column, or its code
// column where it has none, as GearN's "Code | Type" tables.
type fieldsTable struct {
	*pages.Table
	ni int
}

// fieldsTableOf is the table of b as a table of fields; false where b is
// no table, or one without a type column or a column of names.
func fieldsTableOf(b pages.Block) (fieldsTable, bool) {
	t := b.Table
	if t == nil || !t.Has(pages.ColType) {
		return fieldsTable{}, false
	}
	ni := slices.Index(t.Cols, pages.ColName)
	if ni < 0 {
		ni = slices.Index(t.Cols, pages.ColCode)
	}
	return fieldsTable{t, ni}, ni >= 0
}

// name is the name of the field of the row k, "" where the row has no
// cell in the column of names.
func (t fieldsTable) name(k int) string {
	r := t.Rows[k]
	if t.ni >= len(r.Cells) {
		return ""
	}
	return pages.CellText(r.Cells[t.ni])
}

// noteOfEarlier reads a note that names no field of the table it
// follows, n, as a note of a field of a table above that one (a row that
// says "see the note below" and a note after the next table, the
// object's): where it names, marked (nameMarked), one field of the
// tables of fields in items and no other, it is read as a note of that
// field's table, with the warning read gives; where it names several,
// it is read for none, with a warning at its line.
func noteOfEarlier(page string, items []pages.Block, n note, rep *pages.Reporter, where string, noted noteLog) {
	type candidate struct {
		t    fieldsTable
		note note
	}
	var found []candidate
	var names []string
	for _, it := range items {
		t, ok := fieldsTableOf(it)
		if !ok {
			continue
		}
		m := noteOf(t, n.Block)
		for _, k := range m.named {
			names = append(names, fmt.Sprintf("%s (line %d)", t.name(k), t.Rows[k].Line))
		}
		if len(m.named) > 0 {
			found = append(found, candidate{t, m})
		}
	}
	switch {
	case len(found) == 0:
		return
	case len(names) > 1:
		for _, c := range found {
			noted.named(c.t, c.note.named, n.Line)
		}
		rep.Warn(pages.At(page, n.Line), "line %d (%q), %s, states %s and names fields of the tables above it, %s: read as a fact of none, as it does not tell which; add the fix of the field it is to the overrides", n.Line, pages.Clip(n.Text), where, n.facts, strings.Join(names, ", "))
		return
	}
	c := found[0]
	c.note.read(page, c.t, rep, fmt.Sprintf("%s, which names no field of that table but one of the table at line %d above it", where, c.t.Line), noted)
}

// paragraphsAfter are the paragraphs of the text blocks that begin
// items, up to a table, a section title or maxNoteParagraphs paragraphs:
// each a block, with the blocks of the lines right under it joined to
// it where it ends no sentence, as a style that reads a paragraph line
// by line leaves its wrapped lines. A paragraph is at its first line.
func paragraphsAfter(items []pages.Block) []pages.Block {
	var out []pages.Block
	last := 0 // the line of the last block read
	for _, b := range items {
		if b.Table != nil {
			break
		}
		if n := len(out); n > 0 && b.Line == last+1 && !endsStop(out[n-1].Text) {
			out[n-1].Text += " " + b.Text
			last = b.Line
			continue
		}
		if len(out) == maxNoteParagraphs || IsTitle(b.Text) {
			break
		}
		out, last = append(out, b), b.Line
	}
	return out
}

// detach takes the paragraph p out of the row k of t, out of the cell
// its style joined it to, and reports whether it found it there. The
// row is a copy.
func detach(t *pages.Table, k int, p pages.Block) bool {
	r := t.Rows[k]
	for c := len(r.Cells) - 1; c >= 0; c-- {
		if !strings.Contains(r.Cells[c], p.Text) {
			continue
		}
		cut := *r
		cut.Cells = slices.Clone(r.Cells)
		cut.Cells[c] = strings.Join(strings.Fields(strings.Replace(r.Cells[c], p.Text, "", 1)), " ")
		cut.Paragraphs = slices.DeleteFunc(slices.Clone(r.Paragraphs), func(q pages.Block) bool { return q == p })
		t.Rows = slices.Clone(t.Rows)
		t.Rows[k] = &cut
		return true
	}
	return false
}

// A note is a paragraph near a table read for the facts it states of the
// table's fields.
type note struct {
	pages.Block
	stated Constraints
	facts  string // what it states, statedFacts'
	// named are the rows of the fields it names (nameMarked), plain
	// those of the fields it holds as a word of prose (namePlain).
	named, plain []int
}

// noteOf reads the paragraph b as a note of table t: a note of no field
// where it is no prose or states nothing.
func noteOf(t fieldsTable, b pages.Block) note {
	text, _ := pages.Sentence(b.Text)
	n := note{Block: pages.Block{Line: b.Line, Text: text}}
	if !isProse(text) {
		return n
	}
	n.stated = ReadConstraints(text)
	if n.facts = statedFacts(n.stated); n.facts == "nothing" {
		return n
	}
	for k := range t.Rows {
		switch names(text, t.name(k)) {
		case nameMarked:
			n.named = append(n.named, k)
		case namePlain:
			n.plain = append(n.plain, k)
		}
	}
	// A word of prose is the field's name where the note begins with it
	// and names no other field, and the field's row points to a note
	// ("tag: Client tag. See the note below." over "tag may be at most
	// 32 characters long."): the page tells the note is of that field.
	if len(n.named) == 0 && len(n.plain) == 1 && leads(text, t.name(n.plain[0])) && t.pointsToNote(n.plain[0]) != "" {
		n.named, n.plain = n.plain, nil
	}
	return n
}

// leads reports whether text begins with the word name, after "the" or
// not, in any case: "tag may be …", "The tag may be …".
func leads(text, name string) bool {
	rest := text
	if len(rest) > 4 && strings.EqualFold(rest[:4], "the ") {
		rest = rest[4:]
	}
	return len(rest) >= len(name) && strings.EqualFold(rest[:len(name)], name) && (len(rest) == len(name) || !nameByte(rest[len(name)]))
}

// read reads the note, which stands where where says, as NoteFacts says,
// and marks the line of the row of the field it reads it for in noted.
func (n note) read(page string, t fieldsTable, rep *pages.Reporter, where string, noted noteLog) {
	at := pages.At(page, n.Line)
	switch {
	case len(n.named) == 0 && len(n.plain) == 0:
		return
	case len(n.named) == 0:
		var ns []string
		for _, k := range n.plain {
			ns = append(ns, t.name(k))
		}
		noted.named(t, n.plain, n.Line)
		rep.Warn(at, "line %d (%q), %s, states %s and holds the word %s, which names a field of the table and is a word of prose too: read as a fact of no field; if it is the field's, add the fix {operation: OPERATION or object: TYPE, field: %s, ...} to the overrides", n.Line, pages.Clip(n.Text), where, n.facts, quoteAll(ns), ns[0])
		return
	case len(n.named) > 1:
		noted.named(t, n.named, n.Line)
		var ns []string
		for _, k := range n.named {
			ns = append(ns, t.name(k))
		}
		rep.Warn(at, "line %d (%q), %s, states %s and names the table's fields %s: read as a fact of none, as it does not tell which; add the fix of the field it is to the overrides", n.Line, pages.Clip(n.Text), where, n.facts, strings.Join(ns, ", "))
		return
	}
	k := n.named[0]
	r := t.Rows[k]
	name := t.name(k)
	noted.read[r.Line] = true
	pointed := ""
	if words := t.pointsToNote(k); words != "" {
		pointed = fmt.Sprintf(", whose row points to a note (%q),", words)
	}
	di := slices.Index(t.Cols, pages.ColDescription)
	if di < 0 {
		rep.Warn(at, "line %d (%q), %s, states %s of the table's field %s (row at line %d), but the table has no description column to read it with: read as no fact of it; add the fix {operation: OPERATION or object: TYPE, field: %s, ...} to the overrides", n.Line, pages.Clip(n.Text), where, n.facts, name, r.Line, name)
		return
	}
	desc := ByColumn(t.Table, r)[pages.ColDescription]
	own := ReadConstraints(desc)
	if other := contradicted(own, n.stated); other != "" {
		rep.FailKnowing(schema.KnowsFix, at, "line %d (%q), %s, states %s of the table's field %s, whose row at line %d states %s: correct the page, or give the field's fact with the fix {operation: OPERATION or object: TYPE, field: %s, ...} in the overrides", n.Line, pages.Clip(n.Text), where, n.facts, name, r.Line, other, name)
		return
	}
	with, without := statedFacts(ReadConstraints(sentences(desc, n.Text))), statedFacts(own)
	if with == without {
		return
	}
	read := *r
	read.Cells = slices.Clone(r.Cells)
	for len(read.Cells) <= di {
		read.Cells = append(read.Cells, "")
	}
	read.Cells[di] = sentences(read.Cells[di], n.Text)
	t.Rows = slices.Clone(t.Rows)
	t.Rows[k] = &read
	rep.Warn(at, "line %d (%q), %s, names the table's field %s%s and states what its row at line %d does not: read as a part of that field's description (%s with it, %s without it); if the note is of another thing, move it off the table or give the field's facts in the overrides", n.Line, pages.Clip(n.Text), where, name, pointed, r.Line, with, without)
}

// sentences joins a description and a note that goes on it as two
// sentences: a full stop after the description where it ends none, so
// that a bound that ends it ("1 ~ 24") ends a clause still.
func sentences(desc, note string) string {
	switch {
	case strings.TrimSpace(desc) == "":
		return note
	case endsStop(desc):
		return strings.TrimSpace(desc) + " " + note
	}
	return strings.TrimSpace(desc) + ". " + note
}

// endsStop reports whether a line ends with a sentence's stop.
func endsStop(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, " )\"'*_`"))
	return strings.ContainsRune(".!?:;。！？：", r)
}

// isProse reports whether a line of text is a sentence of prose, which
// a note is: it begins with a letter and holds words, minNoteWords at
// least; not an example's line (a request line, a JSON member).
func isProse(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r) && pages.IsNote(t)
}

// How a note holds a field's name.
const (
	nameAbsent = iota
	// namePlain: as a word of prose, which the name is too ("page").
	namePlain
	// nameMarked: as no word of prose is written: an identifier of more
	// than lower-case letters ("keepNets", "page_size", "Content-Type"),
	// or any name in quotes or a code span.
	nameMarked
)

// names tells how text holds name: as a word of its own, bounded by no
// letter, digit, "_" or "-", and marked or plain (nameMarked).
func names(text, name string) int {
	if name == "" || strings.ContainsAny(name, " \t") {
		return nameAbsent
	}
	how := nameAbsent
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return how
		}
		i += from
		end := i + len(name)
		from = end
		if i > 0 && nameByte(text[i-1]) || end < len(text) && nameByte(text[end]) {
			continue
		}
		if distinctive(name) || i > 0 && end < len(text) && strings.IndexByte("`'\"*", text[i-1]) >= 0 && text[end] == text[i-1] {
			return nameMarked
		}
		how = namePlain
	}
}

// nameByte reports whether c may go on a name.
func nameByte(c byte) bool {
	return c == '_' || c == '-' || pages.IsASCIILetter(c) || c >= '0' && c <= '9' || c >= 0x80
}

// distinctive reports whether a name is written as no word of prose is:
// with a capital after its first letter, a digit, "_", "-" or ".".
func distinctive(name string) bool {
	for i := 1; i < len(name); i++ {
		if c := name[i]; c < 'a' || c > 'z' {
			return true
		}
	}
	return false
}

// contradicted names what own states of a fact that stated states
// otherwise (a default, a length, a count, a range), or "" where it
// states no other value.
func contradicted(own, stated Constraints) string {
	var out []string
	bound := func(what string, a, b *Bound) {
		if a != nil && b != nil && (a.Ends() != b.Ends()) {
			out = append(out, fmt.Sprintf("%s %s", what, a.Ends()))
		}
	}
	bound("length", own.Length, stated.Length)
	bound("items", own.Items, stated.Items)
	bound("value", own.Value, stated.Value)
	bound("count", own.Counted, stated.Counted)
	if own.HasDefault && stated.HasDefault && !strings.EqualFold(own.Default, stated.Default) {
		out = append(out, "default "+own.Default)
	}
	return strings.Join(out, ", ")
}

// quoteAll quotes each of ws, joined by commas.
func quoteAll(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = fmt.Sprintf("%q", w)
	}
	return strings.Join(q, ", ")
}
