package pages

import "strings"

// A converter that writes the <wbr> a page sets after a dot of a long
// type name as a space, or that wraps a table's cell there
// ("GenericModels.<wbr>DigFind[]": "GenericModels. DigFind[]",
// jaytaylor/html2text), parts the name in two words. The page settles
// it where it writes the same name elsewhere whole ("See
// GenericModels.DigFind", the type's heading): the space is the
// converter's, read as no space, with a warning. A name the page never
// writes whole stays as it is.

// dottedNames calls f with each name of words joined by dots in t
// ("GenericModels.DigFind", "a.b.c"), left to right: a word of ASCII
// letters, digits and "_" that begins with a letter or "_", at a word's
// start, and one or more such words each after a dot, up to a word's
// end. It reads t in one pass, where the regexp
// \b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\b that says the same took a pass
// for each of a long text's names.
func dottedNames(t string, f func(name string)) {
	for s := 0; s < len(t); {
		if !startsName(t, s) {
			s++
			continue
		}
		e, dot := nameChain(t, s)
		if dot >= 0 {
			f(t[s:e])
		}
		s = e
	}
}

// spacedDot returns the first dotted name in t parted after a dot by
// spaces or tabs ("GenericModels. DigFind"): its start, the dot before
// the spaces, the word after them and its end, so that t[start:dot] and
// t[word:end] are the name's two parts; ok is false where t has none.
// The name before the dot is one a dotted name is (dottedNames), the
// word after the spaces one word of it. It reads t in one pass, finding
// what the regexp
// \b([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.[ \t]+([A-Za-z_]\w*)\b finds.
func spacedDot(t string) (start, dot, word, end int, ok bool) {
	for s := 0; s < len(t); {
		if !startsName(t, s) {
			s++
			continue
		}
		e, _ := nameChain(t, s)
		if e == len(t) || t[e] != '.' {
			s = e + 1
			continue
		}
		w := e + 1
		for w < len(t) && (t[w] == ' ' || t[w] == '\t') {
			w++
		}
		if w > e+1 && w < len(t) && startsNameWord(t[w]) {
			end := w + 1
			for end < len(t) && isASCIIWordByte(t[end]) {
				end++
			}
			return s, e, w, end, true
		}
		s = w
	}
	return 0, 0, 0, 0, false
}

// startsName reports whether a name's first word begins at t[s]: a
// letter or "_" where no letter, digit or "_" comes right before it.
func startsName(t string, s int) bool {
	return startsNameWord(t[s]) && (s == 0 || !isASCIIWordByte(t[s-1]))
}

// startsNameWord reports whether c may begin a word of a dotted name: an
// ASCII letter or "_".
func startsNameWord(c byte) bool { return IsASCIILetter(c) || c == '_' }

// nameChain returns the end of the words joined by dots that begin at
// t[s], a letter or "_", and the index of the last dot joining two of
// them, -1 where the first word is alone.
func nameChain(t string, s int) (end, dot int) {
	dot = -1
	e := s + 1
	for {
		for e < len(t) && isASCIIWordByte(t[e]) {
			e++
		}
		if e+1 < len(t) && t[e] == '.' && startsNameWord(t[e+1]) {
			dot, e = e, e+2
			continue
		}
		return e, dot
	}
}

// joinDottedNames reads each dotted name parted by a space after a dot
// (spacedDot), in the text blocks and the cells of a page, as the
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
			dottedNames(t, func(n string) { whole[n] = true })
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
// (spacedDot) that whole holds read whole, and the first it read so,
// as t writes it and whole. A match whose name whole
// does not hold is tried again from its word after the dot, which may
// begin one: "Done. GenericModels. DigFind".
func joinedDots(t string, whole map[string]bool) (string, string, string) {
	var b strings.Builder
	var parted, first string
	var name []byte
	from := 0
	for i := 0; i < len(t); {
		start, dot, word, end, ok := spacedDot(t[i:])
		if !ok {
			break
		}
		name = append(append(append(name[:0], t[i+start:i+dot]...), '.'), t[i+word:i+end]...)
		if !whole[string(name)] {
			i += word
			continue
		}
		if first == "" {
			parted, first = t[i+start:i+end], string(name)
		}
		b.WriteString(t[from : i+start])
		b.Write(name)
		from, i = i+end, i+end
	}
	if first == "" {
		return t, "", ""
	}
	b.WriteString(t[from:])
	return b.String(), parted, first
}

// joinsByDot reports whether t has a dot with a letter or "_" right
// after it, as a dotted name has (dottedNames): prose has few.
func joinsByDot(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		if t[i] == '.' && (IsASCIILetter(t[i+1]) || t[i+1] == '_') {
			return true
		}
	}
	return false
}
