package pages

import (
	"regexp"
	"strings"
)

// A word processor's document holds each link, cross reference and
// table of contents as a field: an instruction, then the text the field
// shows. A converter that prints a .doc as text (catdoc, some versions of
// antiword) prints both, the instruction in the text's place before the
// link's text ("See  HYPERLINK  \l "rationkind" RationKind ", "Client
// HYPERLINK  \l "client" \u200b " for a heading's permalink, "  PAGEREF
// _Toc1 \h 4"), and its wrap at a fixed column breaks the instruction, or
// puts the text after it, on the next line. As the numbers a text browser
// prints before its links (Unnumbered), the instructions are no text of
// the page: dropFieldCodes takes them out of its lines, the text each
// field shows kept.

// fieldCodeRe matches a field's instruction as a converter prints it, the
// spaces around it: its keyword, then its switches, each with its
// argument where it takes one (quoted, or a frame's name "_blank"), and
// its target, quoted, or a bookmark's name after REF, PAGEREF or
// NOTEREF. An instruction needs a target or a switch: the keyword alone
// is a word of the page.
var fieldCodeRe = regexp.MustCompile(`[ ]*\b(?:HYPERLINK|(?:PAGE|NOTE)?REF[ \t]+[A-Za-z_][A-Za-z0-9_]*|TOC)(?:[ \t]+(?:\\[a-z*](?:[ \t]+(?:"[^"\n]*"|_[a-z]+))?|"[^"\n]*"))+[ ]*`)

// fieldCodeCutRe matches the start of an instruction that a wrap cut at
// the line's end, whose argument or target the next line holds: its
// keyword alone ("HYPERLINK", "REF"), or after its switches a switch
// that takes an argument ("HYPERLINK  \l") or a quote not closed.
var fieldCodeCutRe = regexp.MustCompile(`(?:^|[ \t])(?:(?:HYPERLINK|(?:PAGE|NOTE)?REF)[ \t]*|(?:HYPERLINK|(?:PAGE|NOTE)?REF[ \t]+[A-Za-z_][A-Za-z0-9_]*|TOC)(?:[ \t]+(?:\\[a-z*](?:[ \t]+"[^"\n]*")?|"[^"\n]*"))*[ \t]+(?:\\[lot][ \t]*|"[^"\n]*))$`)

// minFieldCodes is the number of instructions that tell a page printed
// with its fields' instructions: one is a word of a page that documents
// them.
const minFieldCodes = 2

// dropFieldCodes takes the instructions of a word processor's fields out
// of the page's lines (fieldCodeRe), on a page that holds minFieldCodes
// or more of them, with one warning. An instruction that ends a line
// (its target, or the text it shows, on the next) is read as one line
// with the next, when the next is not blank; a line that shows nothing
// but a heading's permalink (a zero-width space) ends at its text.
func (t *Text) dropFieldCodes(name string, rep *Reporter) {
	n, first := 0, -1
	for _, l := range t.Lines {
		if !strings.Contains(l, "REF") && !strings.Contains(l, "HYPERLINK") && !strings.Contains(l, "TOC") {
			continue
		}
		n += len(fieldCodeRe.FindAllStringIndex(l, -1))
		if n >= minFieldCodes {
			break
		}
	}
	if n < minFieldCodes {
		return
	}
	n = 0
	for i := 0; i < len(t.Lines); i++ {
		for i+1 < len(t.Lines) && strings.TrimSpace(t.Lines[i+1]) != "" && endsInFieldCode(t.Lines[i]) {
			t.Lines[i] = strings.TrimRight(t.Lines[i], " ") + " " + t.Lines[i+1]
			t.drop(i+1, i+2)
		}
		ms := fieldCodeRe.FindAllStringIndex(t.Lines[i], -1)
		if ms == nil {
			continue
		}
		if first < 0 {
			first = i
		}
		n += len(ms)
		t.Lines[i] = withoutFieldCodes(t.Lines[i], ms)
	}
	rep.Warn(At(name, t.line(first)), "the page holds %d instructions of a word processor's fields (HYPERLINK, REF, PAGEREF, TOC), as catdoc prints a .doc, the first at line %d: dropped, the text each field shows kept; save the document as HTML or text from the word processor to read it without them", n, t.line(first))
}

// endsInFieldCode reports whether a line ends in a field's instruction
// whose text is on the next line: the whole instruction (fieldCodeRe)
// right at the line's end, the space after it taken by the wrap (an
// instruction whose text is on its line has a space after it, a
// permalink's text a zero-width space), or its start, cut
// (fieldCodeCutRe).
func endsInFieldCode(l string) bool {
	if fieldCodeCutRe.MatchString(l) {
		return true
	}
	ms := fieldCodeRe.FindAllStringIndex(l, -1)
	return ms != nil && ms[len(ms)-1][1] == len(l) && !strings.HasSuffix(l, " ")
}

// withoutFieldCodes is line l without the instructions at ms: each with
// the spaces around it is one space between the text before it and the
// text it shows, none at the line's start or its end, or next to a tab.
func withoutFieldCodes(l string, ms [][]int) string {
	var b strings.Builder
	last := 0
	for _, m := range ms {
		b.WriteString(l[last:m[0]])
		before := b.String()
		if before != "" && !strings.HasSuffix(before, "\t") && strings.TrimFunc(l[m[1]:], isBlankRune) != "" && l[m[1]] != '\t' {
			b.WriteByte(' ')
		}
		last = m[1]
	}
	b.WriteString(l[last:])
	out := strings.TrimRightFunc(b.String(), isBlankRune)
	return strings.ReplaceAll(strings.ReplaceAll(out, " \t", "\t"), "\t ", "\t")
}
