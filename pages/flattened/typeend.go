package flattened

import (
	"slices"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// A primitive's spelling in lower case may end a type name the pages
// document: "int" ends GlassTint, "map" Heatmap, "date" Candidate. A row
// whose name runs into such a type ("glassTintGlassTinttrueTint of…")
// then splits as a field glassTintGlassT of type int as well as a field
// glassTint of type GlassTint, and the primitive's weight picks the
// first. The evidence decides between the two: the name the page writes
// elsewhere (its example JSON, a table whose cells stand apart, its
// prose; a plain word in lower case quoted only: writtenOn), and, where
// it writes neither, the form of the names, the known type's reading
// winning where its name is camelCase and the primitive's ends in a
// stray capital, with a warning. Where the evidence does not decide, the
// row is read with the primitive and the reader names both readings in
// an error.

// A typeEnd is the other reading of a row split with a primitive type
// cell whose name cell ends with the start of a type the pages document
// that the primitive ends.
type typeEnd struct {
	// cells is the reading not read: the known type's, or the
	// primitive's where the evidence reads the known type.
	cells []string
	// by tells what decided between the readings.
	by endEvidence
}

// endEvidence is what settled a typeEnd.
type endEvidence int

const (
	// endUndecided: nothing settles it; the row keeps the primitive.
	endUndecided endEvidence = iota
	// endWritten: the page writes the one reading's name elsewhere and
	// not the other's.
	endWritten
	// endForm: the page writes neither name elsewhere; the known
	// type's name is camelCase, the primitive's ends in a stray
	// capital.
	endForm
)

// typeAtEnd looks, in a row s split into cells under cols whose type cell
// is a primitive in lower case (a spelling of it, "[]" after it or not),
// for a type the pages document that ends with it and starts inside the
// name cell ("glassTintGlassT" and "int" of GlassTint), the longest. It
// returns the cells the evidence reads (the known type's where it
// decides for them) and, where such a type starts there, the other
// reading with what decided, or nil.
func (v *vocabulary) typeAtEnd(s string, cells []string, cols []pages.Column) ([]string, *typeEnd) {
	ti := slices.Index(cols, pages.ColType)
	if ti < 1 || cells[ti] == "" || cells[ti-1] == "" {
		return cells, nil
	}
	prim, arr := strings.CutSuffix(cells[ti], "[]")
	if prim == "" || !slices.Contains(v.primitives.At(prim[0]), prim) || prim != strings.ToLower(prim) {
		return cells, nil
	}
	name := cells[ti-1]
	// joined is the name with the primitive after it, each of its ends
	// from a capital on tried as a type name: cut from the row s where
	// it writes the two run together, as most do, else made once.
	joined := ""
	if i := strings.Index(s, name); i >= 0 && strings.HasPrefix(s[i+len(name):], prim) {
		joined = s[i : i+len(name)+len(prim)]
	}
	k := 1
	for ; k < len(name); k++ {
		if !unicode.IsUpper(rune(name[k])) {
			continue
		}
		if joined == "" {
			joined = name + prim
		}
		if pages.KnowsName(v.Lexicon, joined[k:]) {
			break
		}
	}
	if k == len(name) {
		return cells, nil
	}
	known := slices.Clone(cells)
	known[ti-1], known[ti] = name[:k], joined[k:]
	if arr {
		known[ti] += "[]"
	}
	short, long := writtenOn(v.lines, name[:k]), writtenOn(v.lines, name)
	switch {
	case short && !long:
		return known, &typeEnd{cells: cells, by: endWritten}
	case long && !short:
		return cells, &typeEnd{cells: known, by: endWritten}
	case !short && !long && pages.CamelName(name[:k]) && strayCapital(name):
		return known, &typeEnd{cells: cells, by: endForm}
	}
	return cells, &typeEnd{cells: known, by: endUndecided}
}

// writtenOn reports whether a page's lines write a member's name, not
// inside a longer word: anywhere where it holds a capital, a digit or
// another mark of a name ("glassTint" in the example JSON, a table whose
// cells stand apart, prose); where it is a plain word in lower case,
// which prose writes as a word of its own ("A caveat for the keeper"),
// in quotes or a code span only ("\"caveat\": 1").
func writtenOn(lines []string, name string) bool {
	if strings.Trim(name, "abcdefghijklmnopqrstuvwxyz") != "" {
		return pages.OnPage(lines, name)
	}
	return pages.OnPage(lines, `"`+name+`"`) || pages.OnPage(lines, "`"+name+"`") || pages.OnPage(lines, "'"+name+"'")
}

// strayCapital reports whether a name ends in a capital alone, after a
// letter in lower case or a digit ("glassTintGlassT"), as the start of
// a word cut off does.
func strayCapital(name string) bool {
	n := len(name)
	return n > 1 && unicode.IsUpper(rune(name[n-1])) && !unicode.IsUpper(rune(name[n-2])) && pages.IsIdentByte(name[n-2])
}

// endOf reports the row at index j, read as cells, that splits too as
// end's cells: with a warning where the form of the names decided, as
// an error naming both readings and what settles it where nothing did.
// A decision by a name the page writes elsewhere is the page's word,
// which needs none.
func endOf(src pages.Source, j int, cols []pages.Column, cells []string, end *typeEnd) {
	ti := slices.Index(cols, pages.ColType)
	name, typ, otherName, otherType := cells[ti-1], cells[ti], end.cells[ti-1], end.cells[ti]
	switch end.by {
	case endForm:
		src.Report.Warn(pages.At(src.Name, j+1), "line %d splits as a field %s of type %s, or as a field %s of type %s, the primitive that ends the name of the type the pages document: read as %s of type %s, as the page writes neither name elsewhere and %s ends in a capital alone, as the start of a word cut off does; if it is %s, add the fix {object: TYPE or operation: OPERATION, field: %s, rename: %s, type: %s} to the overrides", j+1, name, typ, otherName, otherType, name, typ, otherName, otherName, name, otherName, schemaType(otherType))
	case endUndecided:
		src.Report.FailKnowing(schema.KnowsFix, pages.At(src.Name, j+1), "line %d splits as a field %s of type %s, or as a field %s of type %s, a type the pages document whose name the primitive %s ends, and %s: which it is cannot be told; write the row on the page with its cells set apart (a tab or pipes between them), or, if it is %s of type %s, add the fix {object: TYPE or operation: OPERATION, field: %s, rename: %s, type: %s} to the overrides", j+1, name, typ, otherName, otherType, typ, undecidedWhy(src.Lines, name), otherName, otherType, name, otherName, otherType)
	}
}

// undecidedWhy says why nothing settles a row's two readings, the one
// of the name name with a primitive, the other's a name it begins with:
// the page writes both names elsewhere, or neither, and the forms of
// the names do not tell.
func undecidedWhy(lines []string, name string) string {
	if writtenOn(lines, name) {
		return "the page writes both names elsewhere"
	}
	return "the page writes neither name elsewhere, nor does the form of the names tell (a camelCase name against one that ends in a capital alone)"
}

// schemaType is the schema's name of a type cell that spells a
// primitive, "[]" after it or not ("int[]" is integer[]), or the cell.
func schemaType(cell string) string {
	p, arr := strings.CutSuffix(cell, "[]")
	t, ok := pages.PrimitiveTypes[p]
	if !ok {
		return cell
	}
	if arr {
		t += "[]"
	}
	return t
}
