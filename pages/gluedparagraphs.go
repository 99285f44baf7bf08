package pages

import (
	"regexp"
	"slices"
	"strings"
)

// gluedParagraphRe matches where a cell's next paragraph, a sentence,
// runs into the one before it that ends with a closing bracket, with
// nothing between: a tag stripper's text of <p>…{ADMIN_KEY}</p><p>The
// admin key …</p> ("KakaoAK {ADMIN_KEY}The admin key of the app"). The
// sentence begins with a capitalised word of letters, a space and a word
// in lower case, as no name, type or value that a bracket ends runs on;
// the bracket's group stands apart from the word before it
// (bracketsApart), as a placeholder or an aside does, not a type's
// argument ("Map(Key)Value pair").
var gluedParagraphRe = regexp.MustCompile(`[)\]}]([A-Z][a-z]+ [a-z])`)

// splitGluedParagraphs sets apart the paragraphs that run together in a
// description cell of the table (gluedParagraphRe), in a cell whose
// style kept no paragraphs of its own: the cell reads them a space
// apart, and the row keeps them (Row.CellParagraphs), so that its
// protocol reads a value from the first ("Authorization: KakaoAK
// {ADMIN_KEY}") without the sentence after it; warned at the row.
func (t *Table) splitGluedParagraphs(src Source) {
	di := -1
	for i, c := range t.Cols {
		if c == ColDescription {
			di = i
		}
	}
	if di < 0 {
		return
	}
	for _, r := range t.Rows {
		if di >= len(r.Cells) || len(r.CellParagraphs[r.Cells[di]]) > 1 {
			continue
		}
		c := r.Cells[di]
		locs := slices.DeleteFunc(gluedParagraphRe.FindAllStringSubmatchIndex(c, -1), func(m []int) bool { return !bracketsApart(c, m[0]) })
		if len(locs) == 0 {
			continue
		}
		var ps []string
		last := 0
		for _, m := range locs {
			ps = append(ps, c[last:m[2]])
			last = m[2]
		}
		ps = append(ps, c[last:])
		text := strings.Join(ps, " ")
		r.Cells[di] = text
		r.KeepParagraphs(text, ps)
		// seam is the word the bracket ends and the sentence's first.
		seam := c[strings.LastIndexByte(c[:locs[0][2]], ' ')+1 : locs[0][3]-2]
		src.Report.Warn(At(src.Name, r.Line), "line %d runs a sentence of its description into the text before it, which a closing bracket ends (%q), as a tag stripper's text runs a cell's paragraphs together: read as paragraphs of their own, %q", r.Line, seam, Clip(strings.Join(ps, " / ")))
	}
}

// bracketsApart reports whether the group that the closing bracket at
// index end of s closes opens at the start of s or after a space: "
// {ADMIN_KEY}", " (default: 0)", not "Map(Key)".
func bracketsApart(s string, end int) bool {
	open := map[byte]byte{')': '(', ']': '[', '}': '{'}[s[end]]
	i := strings.LastIndexByte(s[:end], open)
	return i == 0 || i > 0 && s[i-1] == ' '
}
