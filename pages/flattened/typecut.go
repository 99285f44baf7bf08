package flattened

import (
	"slices"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// namedByType reports whether a table's columns make it a table of
// fields by its Name and Type columns alone (Name | Type | Description,
// as Kakao's response bodies are; pages.RunKind): no Required or Code
// column tells where its name ends, and its rows split by typeCut.
func namedByType(cols []pages.Column) bool {
	return (&pages.Table{Cols: cols}).Kind() == pages.KindUnknown && pages.RunKind(cols) == pages.KindFields
}

// typeCut splits a row of a table namedByType, a name, a type and a
// description run together ("expireAtLongTime the code expires"): the
// name ends where a type the vocabulary knows starts (a primitive's
// spelling, a name the pages define, a generic of one word with its
// arguments, "List<RevokedCode>", as typeCandidates reads one), at the first such place after which
// the description begins as one does (a capital, a digit, a bracket) or
// the row ends. A name goes on past a type whose description would not
// ("idLongitudeDouble…" is idLongitude, of type Double), and never past
// one whose would ("achievementIdStringAchievement ID" is
// achievementId, of type String, not achievementIdString of type
// Achievement). A row no such place cuts, and one place only where a
// type starts and a whole word in lower case after it begins its
// description ("hasMoreBooleantrue when…"), is cut there, which the
// reader warns of (lowerDesc). A capitalised word the vocabulary knows not is no type,
// and no cut: a row that splits at none is nil. Where two types start
// at the cut and both leave a description ("StringMap", "String" then
// "Map…"), the longer is read, and rival is the other reading. A cut at
// a primitive's spelling inside the name ("glassT", "int" of
// "glassTintGlassTintTint of…") leaves a description that begins with
// a known type run into more of a name (gluedWord): a later cut whose
// description begins with none is read.
func (v *vocabulary) typeCut(s string) (cells, rival []string) {
	v.lowerDesc = false
	var lower [][]string
	// glued is the first cut whose description begins with a word that
	// holds a known type run into more of a name (gluedWord), with its
	// rival: read where no later cut leaves a description that begins
	// with none.
	var glued, gluedRival []string
	for k := 1; k < len(s) && k <= pages.MaxWordLen && pages.IsIdentByte(s[k-1]); k++ {
		var fit [][]string
		for n, t := range v.typesAt(s[k:]) {
			desc := strings.TrimLeft(s[k+len(t):], " \t")
			switch {
			case desc == "" || startScore(desc) == 2:
				fit = append(fit, []string{s[:k], t, desc})
			case n == 0 && lowerWordAt(desc):
				// The longest type at the place only: a shorter one
				// ("Bool" of "Booleantrue") leaves the rest of its name.
				lower = append(lower, []string{s[:k], t, desc})
			}
		}
		if len(fit) == 0 {
			continue
		}
		var other []string
		if len(fit) > 1 {
			other = fit[1]
		}
		if !v.gluedWord(fit[0][2]) {
			return fit[0], other
		}
		if glued == nil {
			glued, gluedRival = fit[0], other
		}
	}
	if glued != nil {
		return glued, gluedRival
	}
	if len(lower) == 1 && unicode.IsLower(rune(s[0])) {
		v.lowerDesc = true
		return lower[0], nil
	}
	return nil, nil
}

// gluedWord reports whether a description begins with a word that holds
// a type the vocabulary knows, at a capital, and goes on past it with
// another ("GlassTintTint", "CountIntThe", "IdStringThe"): the rest of a
// row cut at a primitive's spelling inside its name ("glassT", "int" of
// "glassTintGlassTintTint of…"; "po", "int" of "pointCountIntThe
// count."), as a description's first word, a word of prose or a type's
// name alone, is not.
func (v *vocabulary) gluedWord(desc string) bool {
	w := desc[:identLen(desc)]
	for i := 0; i < len(w); i++ {
		if !unicode.IsUpper(rune(w[i])) {
			continue
		}
		for _, t := range v.typesAt(w[i:]) {
			if n := i + len(t); n < len(w) && unicode.IsUpper(rune(w[n])) {
				return true
			}
		}
	}
	return false
}

// lowerWordAt reports whether s begins with a whole word in lower case,
// a space or a comma after it ("true when…", "free, occupied"), as a
// description in lower case does and the rest of a name cut inside it
// ("itudeDouble…") does not.
func lowerWordAt(s string) bool {
	n := 0
	for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
		n++
	}
	return n > 0 && n < len(s) && (s[n] == ' ' || s[n] == ',')
}

// typesAt returns the types the vocabulary knows that rest begins with,
// longest first, each with its arguments or note ("<String>", " (Enum)")
// and its array brackets when rest writes them.
func (v *vocabulary) typesAt(rest string) []string {
	if rest == "" {
		return nil
	}
	var heads []string
	for _, p := range v.primitives.At(rest[0]) {
		if strings.HasPrefix(rest, p) {
			heads = append(heads, p)
		}
	}
	if unicode.IsUpper(rune(rest[0])) {
		for _, p := range v.primitives.All() {
			if len(rest) >= len(p) && p[0] != rest[0] && strings.EqualFold(rest[:len(p)], p) && rest[1:len(p)] == p[1:] {
				heads = append(heads, rest[:len(p)])
			}
		}
		heads = append(heads, v.PrefixesOf(rest)...)
		if w := identLen(rest); w > 0 && oneWord(rest[:w]) && typeSuffixLen(rest[w:]) > 0 && !slices.Contains(heads, rest[:w]) {
			heads = append(heads, rest[:w])
		}
	}
	var types []string
	for _, h := range heads {
		t := h
		if n := typeSuffixLen(rest[len(t):]); n > 0 {
			t = rest[:len(t)+n]
		}
		if strings.HasPrefix(rest[len(t):], "[]") {
			t += "[]"
		}
		if !slices.Contains(types, t) {
			types = append(types, t)
		}
	}
	slices.SortStableFunc(types, func(a, b string) int { return len(b) - len(a) })
	return types
}

// oneWord reports whether an identifier is one word: no capital after
// its first letter ("List", not "CodesList").
func oneWord(w string) bool {
	return !strings.ContainsFunc(w[1:], unicode.IsUpper)
}

// identLen is the length of the identifier rest begins with.
func identLen(rest string) int {
	n := 0
	for n < len(rest) && n < pages.MaxWordLen && pages.IsIdentByte(rest[n]) {
		n++
	}
	return n
}
