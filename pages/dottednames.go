package pages

import (
	"regexp"
	"strings"
)

// A converter that writes the <wbr> a page sets after a dot of a long
// type name as a space, or that wraps a table's cell there
// ("GenericModels.<wbr>DigFind[]": "GenericModels. DigFind[]",
// jaytaylor/html2text), parts the name in two words. The page settles
// it where it writes the same name elsewhere whole ("See
// GenericModels.DigFind", the type's heading): the space is the
// converter's, read as no space, with a warning. A name the page never
// writes whole stays as it is.

// dottedNameRe matches a name of words joined by dots
// ("GenericModels.DigFind", "a.b.c").
var dottedNameRe = regexp.MustCompile(`\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\b`)

// spacedDotRe matches a name, a dot, spaces and the word after them
// ("GenericModels. DigFind"): a dotted name parted after a dot, where
// the page writes the two joined (dottedNameRe).
var spacedDotRe = regexp.MustCompile(`\b([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.[ \t]+([A-Za-z_]\w*)\b`)

// joinDottedNames reads each dotted name parted by a space after a dot
// (spacedDotRe), in the text blocks and the cells of a page, as the
// name whole where the page writes it whole elsewhere, and warns once,
// at the first line, of the lines it read so.
func joinDottedNames(src Source, blocks []Block) {
	whole := map[string]bool{}
	each := func(f func(line int, t string) string) {
		for k, b := range blocks {
			if b.Table == nil {
				blocks[k].Text = f(b.Line, b.Text)
				continue
			}
			for _, r := range b.Table.Rows {
				for i, c := range r.Cells {
					if t := f(r.Line, c); t != c {
						r.Cells[i], r.Raw = t, strings.Replace(r.Raw, c, t, 1)
					}
				}
			}
		}
	}
	each(func(_ int, t string) string {
		if joinsByDot(t) {
			for _, n := range dottedNameRe.FindAllString(t, -1) {
				whole[n] = true
			}
		}
		return t
	})
	if len(whole) == 0 {
		return
	}
	var lines []int
	var first, read string
	each(func(line int, t string) string {
		if !strings.Contains(t, ". ") && !strings.Contains(t, ".\t") {
			return t
		}
		r, parted, name := joinedDots(t, whole)
		if r != t && len(lines) == 0 {
			first, read = parted, name
		}
		if r != t && (len(lines) == 0 || lines[len(lines)-1] != line) {
			lines = append(lines, line)
		}
		return r
	})
	if len(lines) > 0 {
		src.Report.Warn(At(src.Name, lines[0]), "line %d writes a dotted name with a space after a dot, %q, as a converter writes the <wbr> a page breaks a long name at, and the page writes %q whole elsewhere: read each name so parted whole where the page writes it whole, at lines %s", lines[0], first, read, LineRanges(lines))
	}
}

// joinedDots returns t with each dotted name parted after a dot
// (spacedDotRe) that whole holds read whole, and the first it read so,
// as t writes it and whole. A match whose name whole
// does not hold is tried again from its word after the dot, which may
// begin one: "Done. GenericModels. DigFind".
func joinedDots(t string, whole map[string]bool) (string, string, string) {
	var b strings.Builder
	var parted, first string
	from := 0
	for i := 0; i < len(t); {
		m := spacedDotRe.FindStringSubmatchIndex(t[i:])
		if m == nil {
			break
		}
		name := t[i+m[2]:i+m[3]] + "." + t[i+m[4]:i+m[5]]
		if !whole[name] {
			i += m[4]
			continue
		}
		if first == "" {
			parted, first = t[i+m[0]:i+m[1]], name
		}
		b.WriteString(t[from : i+m[0]])
		b.WriteString(name)
		from, i = i+m[1], i+m[1]
	}
	if first == "" {
		return t, "", ""
	}
	b.WriteString(t[from:])
	return b.String(), parted, first
}

// joinsByDot reports whether t has a dot with a letter or "_" right
// after it, as a dotted name has (dottedNameRe): prose has few.
func joinsByDot(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		if t[i] == '.' && (IsASCIILetter(t[i+1]) || t[i+1] == '_') {
			return true
		}
	}
	return false
}
