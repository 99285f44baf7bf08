package html

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Docs themes list the headers, fields or parameters of a request in a
// definition list rather than a table: each <dt> a name, in <code> or
// not, with badges beside it that state its type or its requiredness
// (<span class="badge">required</span>, <em>string</em>, "(integer,
// optional)"), and its <dd> the description, which may state them too on
// lines of their own ("Type: integer", "Required: yes"). Such a list is
// read as the table it stands for, Name | [Type] | Required |
// Description, a row per term (its Required cell empty where the list
// states no requiredness), so that every protocol reads it as it
// reads a table, by its section title. A list whose terms are no names (a
// glossary) stays text.

// termTable is a definition list read: its rows, whether any states a
// type, and whether a term has a badge beside its name.
type termTable struct {
	rows          []termRow
	typed, badged bool
	// nested are the lists and tables inside definitions, warned of
	// once the list reads as a table.
	nested []nested
}

// nested is a list or a table inside the definition of a term.
type nested struct {
	term termRow
	tag  string
	line int
}

// termRow is an entry of a definition list: its term's line, and its
// cells.
type termRow struct {
	line                  int
	name, typ, req, descr string
	code                  bool // the name is a code element's text
}

// terms reads a definition list that documents names as a table, and
// reports whether it did; it reads nothing of a list that does not.
func (r *htmlReader) terms(dl *html.Node) bool {
	line, text := r.line, r.text
	tt, ok := r.termTable(dl)
	r.text, r.cell = lineText{}, false
	if !ok || !tt.fieldList() {
		r.line, r.text = line, text
		return false
	}
	header := []string{"Name"}
	if tt.typed {
		header = append(header, "Type")
	}
	header = append(header, "Required", "Description")
	cols, _ := pages.ColumnsOf(header)
	tb := &pages.Table{Line: tt.rows[0].line, Header: header, Cols: cols, Terms: true}
	for _, tr := range tt.rows {
		cells := []string{tr.name}
		if tt.typed {
			cells = append(cells, tr.typ)
		}
		cells = append(cells, tr.req, tr.descr)
		tb.Rows = append(tb.Rows, &pages.Row{Line: tr.line, Raw: rawRow(cells), Cells: cells})
	}
	r.items = append(r.items, pages.Block{Line: tb.Line, Table: tb})
	for _, n := range tt.nested {
		if r.report != nil {
			r.report.Warn(pages.At(r.page, n.line), "the definition of %s (line %d) holds a <%s> of its own at line %d, read as the text of its description: members it documents are not read; write them as a table of their own type on the page", n.term.name, n.term.line, n.tag, n.line)
		}
	}
	return true
}

// fieldList reports whether a definition list read documents fields,
// headers or parameters rather than words: a term has a badge, or every
// term is code, or none is a word as prose writes it ("Overview").
func (tt *termTable) fieldList() bool {
	if tt.badged {
		return true
	}
	code, words := true, false
	for _, tr := range tt.rows {
		code = code && tr.code
		words = words || proseWordRe.MatchString(tr.name)
	}
	return code || !words
}

// proseWordRe matches a word as prose writes it, capitalized or not,
// which a glossary's term is: no identifier of camel case, snake case or
// with dashes.
var proseWordRe = regexp.MustCompile(`^[A-Z]?[a-z]+$`)

// termTable reads the entries of a definition list, <dt> then <dd>,
// grouped in <div>s or not; ok is false when one is no entry whose term
// starts with a name, or the list has none.
func (r *htmlReader) termTable(dl *html.Node) (tt termTable, ok bool) {
	var cur *termRow
	var descr []string
	end := func() {
		if cur != nil {
			cur.descr = strings.Join(descr, " ")
			if cur.req == "" && pages.IsCondition(cur.descr) {
				// The definition states the requiredness, with its
				// condition: "Optional if …".
				cur.req, cur.descr = cur.descr, ""
			}
			tt.rows = append(tt.rows, *cur)
		}
		cur, descr = nil, nil
	}
	var entries func(n *html.Node) bool
	entries = func(n *html.Node) bool {
		for c := range n.ChildNodes() {
			switch {
			case c.Type == html.CommentNode:
				r.advance(strings.Count(c.Data, "\n"))
			case c.Type == html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					return false
				}
				r.advance(strings.Count(c.Data, "\n"))
			case c.Type != html.ElementNode || r.chrome(c):
				r.quietly(c)
			case c.DataAtom == atom.Div:
				r.at(c)
				if !entries(c) {
					return false
				}
			case c.DataAtom == atom.Dt:
				end()
				tr, ok := r.term(c)
				if !ok {
					return false
				}
				cur = &tr
				tt.typed = tt.typed || tr.typ != ""
				tt.badged = tt.badged || tr.typ != "" || tr.req != ""
			case c.DataAtom == atom.Dd:
				if cur == nil {
					return false
				}
				if n, ok := r.nestedIn(c); ok {
					n.term = *cur
					tt.nested = append(tt.nested, n)
				}
				d := r.definition(c, cur)
				tt.typed = tt.typed || cur.typ != ""
				if d != "" {
					descr = append(descr, d)
				}
			default:
				return false
			}
		}
		return true
	}
	if !entries(dl) {
		return tt, false
	}
	end()
	return tt, len(tt.rows) > 0
}

// at moves the walk to the line marked in n's start tag.
func (r *htmlReader) at(n *html.Node) {
	if l, ok := r.startLine(n); ok {
		r.line = l
	}
}

// quietly walks n counting its lines only.
func (r *htmlReader) quietly(n *html.Node) {
	quiet := r.quiet
	r.quiet = true
	r.walk(n)
	r.quiet = quiet
}

// cellText walks n as the text of a cell, and returns it.
func (r *htmlReader) cellText(n *html.Node) lineText {
	r.cell, r.text = true, lineText{}
	r.walk(n)
	t := r.text
	r.cell, r.text = false, lineText{}
	return t
}

// term reads a <dt>: a name, then the badges beside it, each an element
// of its own or a part of the text between separators ("(string,
// required)"), that state a requiredness (pages.Requiredness) or else a
// type; a badge after the first that states neither goes to the
// description, but a Deprecated badge and a status lozenge that states no
// requiredness ("NEW", lozengeText), which stay with the name
// (pages.IsDeprecatedMark), for a protocol's reader to tell from it. ok
// is false when the term starts with no name.
func (r *htmlReader) term(dt *html.Node) (tr termRow, ok bool) {
	r.at(dt)
	tr.line = r.line
	n := dt
	for {
		only := onlyElement(n)
		if only == nil || only.DataAtom == atom.Code {
			break
		}
		r.at(only)
		n = only
	}
	var parts []string
	for c := range n.ChildNodes() {
		if c.Type == html.ElementNode && r.chrome(c) {
			r.quietly(c)
			continue
		}
		t := r.cellText(c)
		if len(parts) == 0 && c.Type == html.ElementNode && isCodeElement(c.DataAtom) {
			tr.code = true
		}
		text := t.plain()
		if c.Type == html.TextNode || len(parts) == 0 {
			parts = append(parts, splitBadges(text)...)
		} else if b := trimBadge(text); b != "" {
			parts = append(parts, b)
		}
	}
	if n.DataAtom == atom.Code {
		tr.code = true
	}
	if len(parts) == 0 {
		return tr, false
	}
	// A name run together with its badges in one text: "userId string",
	// "role String (Enum) required". A word of prose before other words
	// that end in no requiredness is a phrase ("Rate limits apply").
	if name, rest, found := strings.Cut(parts[0], " "); found {
		rest = strings.TrimSpace(rest)
		more := []string{rest}
		i := strings.LastIndexByte(rest, ' ')
		_, isReq := pages.Requiredness(rest[i+1:])
		switch {
		case isReq && i > 0:
			more = []string{rest[:i], rest[i+1:]}
		case !isReq && proseWordRe.MatchString(name):
			return tr, false
		}
		parts = append(append([]string{name}, more...), parts[1:]...)
	}
	tr.name = strings.TrimSuffix(parts[0], ":")
	if !pages.IsNameCell(tr.name) && !pages.IsHeaderName(tr.name) || !strings.ContainsFunc(tr.name, unicode.IsLetter) {
		return tr, false
	}
	lozenges := map[string]bool{}
	for d := range descendants(dt) {
		if t, ok := lozengeText(d); ok {
			lozenges[t] = true
		}
	}
	var extra []string
	for _, p := range parts[1:] {
		if pages.IsDeprecatedMark(p) {
			tr.name += " " + p
			continue
		}
		if _, isReq := pages.Requiredness(p); isReq && tr.req == "" {
			tr.req = p
			continue
		}
		if lozenges[p] {
			tr.name += " " + p
			continue
		}
		if tr.typ == "" && !strings.ContainsAny(p, ":") {
			tr.typ = p
			continue
		}
		extra = append(extra, p)
	}
	if len(extra) > 0 {
		tr.descr = strings.Join(extra, " ")
	}
	return tr, true
}

// onlyElement is the one element under n when n holds nothing else but
// spaces and comments, else nil.
func onlyElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := range n.ChildNodes() {
		switch {
		case c.Type == html.CommentNode:
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		case only != nil:
			return nil
		default:
			only = c
		}
	}
	if only == nil || only.Type != html.ElementNode {
		return nil
	}
	return only
}

func isCodeElement(a atom.Atom) bool {
	return a == atom.Code || a == atom.Kbd || a == atom.Samp || a == atom.Tt
}

// badgeSeparators set apart the badges of a term in one text:
// "Secret-Key · required", "userId | string".
const badgeSeparators = "|·•"

// splitBadges splits the text of a term into its trimmed parts: between
// separators, and the badges a parenthesis at its end lists, "userId
// (string, required)"; a parenthesis of one word that states no
// requiredness stays with the text before it ("String (Enum)").
func splitBadges(text string) []string {
	text = strings.TrimSpace(text)
	var listed []string
	if i := strings.LastIndexByte(text, '('); i >= 0 && strings.HasSuffix(text, ")") {
		inner := text[i+1 : len(text)-1]
		if _, isReq := pages.Requiredness(inner); isReq || strings.ContainsAny(inner, ",;") {
			text, listed = text[:i], strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == ';' })
		}
	}
	var parts []string
	for _, p := range append(strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(badgeSeparators, r) }), listed...) {
		if p = trimBadge(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// trimBadge trims the spaces, separators and dashes around a badge's
// text ("— required", "required,"), and the parentheses around the whole
// of it ("(optional)").
func trimBadge(t string) string {
	t = strings.Trim(strings.TrimSpace(t), badgeSeparators+",;—– ")
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1 {
		t = strings.TrimSpace(t[1 : len(t)-1])
	}
	return t
}

// labelRe matches a line of a definition that labels what it states:
// "Type: integer", "Required: yes", "필수 여부: Y".
var labelRe = regexp.MustCompile(`^([^:]{1,24}):\s*(\S.*)$`)

// definition reads a <dd>: its text as a cell's, but for the lines of it
// (its paragraphs) that a column's word labels, a type or a
// requiredness, which give the term that fact when its badges did not.
func (r *htmlReader) definition(dd *html.Node, tr *termRow) string {
	r.at(dd)
	var out []string
	var inline lineText
	flush := func() {
		if t := inline.String(); t != "" {
			out = append(out, t)
		}
		inline = lineText{}
	}
	for c := range dd.ChildNodes() {
		if c.Type == html.ElementNode && r.chrome(c) {
			r.quietly(c)
			continue
		}
		if c.Type != html.ElementNode || !isBlock(c.DataAtom) || c.DataAtom == atom.Ul || c.DataAtom == atom.Ol {
			// Inline text, and a list, which the text before it may
			// introduce as a cell's does.
			r.cell, r.text = true, inline
			r.walk(c)
			inline = r.text
			r.cell, r.text = false, lineText{}
			continue
		}
		flush()
		t := r.cellText(c)
		if m := labelRe.FindStringSubmatch(t.plain()); m != nil {
			switch pages.ColumnOf(m[1]) {
			case pages.ColType:
				if tr.typ == "" {
					tr.typ = m[2]
					continue
				}
			case pages.ColRequired:
				if tr.req == "" {
					tr.req = m[2]
					continue
				}
			}
		}
		if s := t.String(); s != "" {
			out = append(out, s)
		}
	}
	flush()
	return strings.Join(out, " ")
}

// nestedIn finds the first list of terms or table inside a definition,
// which documents members of the term's own (an object's fields) that
// are read as the text of its description only.
func (r *htmlReader) nestedIn(dd *html.Node) (nested, bool) {
	for d := range descendants(dd) {
		if d.Type == html.ElementNode && (d.DataAtom == atom.Dl || d.DataAtom == atom.Table) && !r.chrome(d) {
			line, _ := r.startLine(d)
			return nested{tag: d.Data, line: line}, true
		}
	}
	return nested{}, false
}
