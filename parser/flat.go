package parser

import (
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/schema"
)

// Flattened pages lose the cell boundaries: "androidDeviceIdstringtrueThe
// device ID …". A row is split by its structure, never by a list of known
// field names: the code is an identifier, the type is a primitive or a type
// name the pages define or reference, the requiredness is true or false,
// an enum code is a signed integer, and the description is the rest.

// flattenedItems reads a flattened page.
func flattenedItems(page string, lines []string, names nameSet, diags *schema.Diagnostics) []item {
	var items []item
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if !flatHeaderRe.MatchString(t) {
			items = append(items, item{line: i + 1, text: stripHeading(t)})
			continue
		}
		head := flatHeaderTok.FindAllString(t, -1)
		cols, _ := columnsOf(head)
		tb := &table{line: i + 1, header: head, cols: cols}
		kind := tb.kind()
		j := i + 1
	rows:
		for ; j < len(lines); j++ {
			r := strings.TrimSpace(lines[j])
			switch {
			case r == "":
				if k := nextNonBlank(lines, j); k < 0 || splitFlat(strings.TrimSpace(lines[k]), kind, cols, names) == nil {
					break rows
				}
				continue
			case flatHeaderRe.MatchString(r), isSectionLine(r):
				break rows
			}
			if cells := splitFlat(r, kind, cols, names); cells != nil {
				tb.rows = append(tb.rows, &row{line: j + 1, raw: r, cells: cells})
				continue
			}
			if startsWithWord(r) {
				if len(tb.rows) == 0 {
					break rows
				}
				last := tb.rows[len(tb.rows)-1]
				last.cells[len(last.cells)-1] = joinText(last.cells[len(last.cells)-1], r)
				last.raw += "\n" + r
				continue
			}
			diags.Add(schema.Pos{Page: page, Line: j + 1}, "cannot split %q into the columns %s", clip(r), strings.Join(head, " | "))
		}
		items = append(items, item{line: i + 1, table: tb})
		i = j - 1
	}
	return items
}

func nextNonBlank(lines []string, j int) int {
	for k := j + 1; k < len(lines); k++ {
		if strings.TrimSpace(lines[k]) != "" {
			return k
		}
	}
	return -1
}

func joinText(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// startsWithWord reports whether s begins like prose, with a plain word
// and a space, rather than like a run-together row.
func startsWithWord(s string) bool {
	tok, _, ok := strings.Cut(s, " ")
	if !ok {
		return false
	}
	tok = strings.TrimRight(tok, ",.;:!?)")
	tok = strings.Trim(tok, "`\"'(")
	if tok == "" {
		return true
	}
	for i, r := range tok {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
		if i > 0 && unicode.IsUpper(r) && !isAllUpper(tok) {
			return false
		}
	}
	return true
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// splitFlat splits a run-together row into one cell per column, or returns
// nil when the row cannot be split.
func splitFlat(s string, kind tableKind, cols []column, names nameSet) []string {
	best, bestScore := []string(nil), -1<<30
	var walk func(rest string, ci int, cells []string, score int)
	walk = func(rest string, ci int, cells []string, score int) {
		if ci == len(cols) {
			if rest == "" && score > bestScore {
				best, bestScore = append([]string(nil), cells...), score
			}
			return
		}
		for _, c := range cellCandidates(rest, kind, cols, ci, names) {
			walk(rest[len(c.text):], ci+1, append(cells, strings.TrimSpace(c.text)), score+c.score)
		}
	}
	walk(s, 0, nil, 0)
	return best
}

type candidate struct {
	text  string
	score int
}

// cellCandidates lists the ways the next cell may start rest, each with a
// score; the split with the highest total wins.
func cellCandidates(rest string, kind tableKind, cols []column, ci int, names nameSet) []candidate {
	last := ci == len(cols)-1
	switch col := cols[ci]; {
	case last:
		return []candidate{{rest, startWeight * startScore(rest)}}
	case col == colName && kind == kindHeaders:
		var cs []candidate
		for _, c := range prefixCandidates(rest, isHeaderNameByte) {
			if !strings.HasSuffix(c.text, "-") {
				cs = append(cs, c)
			}
		}
		return cs
	case col == colName && kind == kindEnum:
		// The code follows the name: cut where a signed integer starts,
		// at the first such place (names rarely end in digits).
		var cs []candidate
		for i := 1; i < len(rest) && isIdentByte(rest[i-1]); i++ {
			if c := rest[i]; c == '-' || c >= '0' && c <= '9' {
				cs = append(cs, candidate{rest[:i], -len(cs)})
			}
		}
		return cs
	case col == colCode && kind == kindFields:
		return prefixCandidates(rest, isIdentByte)
	case col == colCode && kind == kindEnum:
		n := 0
		if strings.HasPrefix(rest, "-") {
			n = 1
		}
		d := n
		for d < len(rest) && rest[d] >= '0' && rest[d] <= '9' {
			d++
		}
		if d == n {
			return nil
		}
		return []candidate{{rest[:d], 0}}
	case col == colType:
		return typeCandidates(rest, names)
	case col == colRequired:
		var cs []candidate
		for _, w := range []string{"true", "false", "True", "False", "Y", "N"} {
			if strings.HasPrefix(rest, w) {
				sc := 2 * startWeight
				if after := rest[len(w):]; after == "" || !unicode.IsLower(rune(after[0])) {
					sc = 3 * startWeight
				}
				cs = append(cs, candidate{w, sc})
			}
		}
		if kind == kindHeaders && conditionRe.MatchString(rest) {
			// The requiredness is a condition; the description cell is empty.
			cs = append(cs, candidate{rest, 2 * startWeight})
		}
		return append(cs, candidate{"", 0})
	}
	return nil
}

// startScore rates how well rest begins a description cell. A first word
// with a type glued inside ("IdstringiOSDeviceId") means the split is off.
func startScore(rest string) int {
	if rest == "" {
		return 1
	}
	if first, _, _ := strings.Cut(rest, " "); hasGluedType(first) {
		return -3
	}
	r := rune(rest[0])
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r), r == '(' || r == '`' || r == '"' || r == '\'' || r >= 0x80:
		return 2
	case unicode.IsLower(r):
		return 0
	}
	return -2
}

// prefixCandidates lists the non-empty prefixes of rest made of ok bytes,
// shortest first: among equally good splits the first wins, and a code
// rarely ends with a type name ("customDeviceIdstringCustomDeviceId …" is
// customDeviceId, not customDeviceIdstringCustom of type Device).
func prefixCandidates(rest string, ok func(byte) bool) []candidate {
	n := 0
	for n < len(rest) && ok(rest[n]) {
		n++
	}
	cs := make([]candidate, 0, n)
	for i := 1; i <= n; i++ {
		sc := 0
		if hasGluedType(rest[:i]) {
			sc = -3 * startWeight
		}
		cs = append(cs, candidate{rest[:i], sc})
	}
	return cs
}

// hasGluedType reports whether a word has a primitive type glued inside
// it, as in "IdstringiOS": a sign that a split missed a cell boundary.
func hasGluedType(word string) bool {
	for _, p := range []string{"string", "boolean", "number", "integer"} {
		if i := strings.Index(word, p); i > 0 && unicode.IsLetter(rune(word[i-1])) {
			return true
		}
	}
	return false
}

func isIdentByte(b byte) bool {
	return b == '_' || b == '$' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func isHeaderNameByte(b byte) bool { return isIdentByte(b) || b == '-' }

// typeCandidates lists the type names rest may begin with: primitives,
// names the pages know, and unknown dotted names cut where the description
// starts. Among splits whose cells start equally well, a primitive type
// beats a type name ("customDeviceIdstringCustomDeviceId …" is
// customDeviceId string, not custom Device), and a longer type name beats a
// shorter one ("GooglePlayGameService" over "Google").
func typeCandidates(rest string, names nameSet) []candidate {
	var cs []candidate
	add := func(n string, sc int) {
		if strings.HasPrefix(rest[len(n):], "[]") {
			cs = append(cs, candidate{n + "[]", sc + 1})
		}
		cs = append(cs, candidate{n, sc})
	}
	for _, p := range primitiveSpellings {
		if strings.HasPrefix(rest, p) {
			add(p, primitiveBonus)
		}
	}
	if len(rest) == 0 || !unicode.IsUpper(rune(rest[0])) {
		return cs
	}
	for _, n := range names.prefixesOf(rest) {
		add(n, len(n))
	}
	if len(cs) == 0 {
		cs = append(cs, dottedCandidates(rest)...)
	}
	return cs
}

// Cell scores: how a cell starts outweighs which type was chosen, which
// outweighs how long a type name is.
const (
	startWeight    = 1000
	primitiveBonus = 500
)

// dottedCandidates cuts an unknown Namespace.Name where the next word
// starts the description: "Generic.BanItemBan status" → "Generic.BanItem".
func dottedCandidates(rest string) []candidate {
	n := 0
	for n < len(rest) && (isIdentByte(rest[n]) || rest[n] == '.') {
		n++
	}
	word := rest[:n]
	dot := strings.LastIndexByte(word, '.')
	if dot <= 0 || dot == len(word)-1 {
		return nil
	}
	var cs []candidate
	for i := dot + 2; i <= n; i++ {
		if i < n && !unicode.IsUpper(rune(rest[i])) {
			continue
		}
		after := strings.TrimPrefix(rest[i:], "[]")
		if after == "" || startsWithWord(after) || strings.HasPrefix(after, "true") || strings.HasPrefix(after, "false") {
			cs = append(cs, candidate{rest[:i], 0})
		}
	}
	return cs
}

// isSectionLine reports whether a line of a flattened page ends a table:
// a heading, a section title, a status line or an endpoint line.
func isSectionLine(s string) bool {
	switch {
	case identLineRe.MatchString(s), statusLineRe.MatchString(s), endpointRe.MatchString(s),
		dataStructureRe.MatchString(s), permissionRe.MatchString(s):
		return true
	}
	_, ok := sectionTitles[strings.ToLower(s)]
	return ok
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}
