package pages

import (
	"slices"
	"strings"
)

// A row of a table whose cells run together begins with a name run into
// its type, and under a Required column the type runs into a
// requiredness word ("appSecretStringYApp Secret", "userIdstringtrue"):
// html2markdown writes a table so as one paragraph, a converter without
// tables prints one so on one line. Every reader of such rows tells
// where a name ends by RunRow, the one vocabulary of them: the refusal
// of a table written as one paragraph (OneParagraphTable) and the
// aligned style's reading of a table printed on one line.

// runRowWords are the words the cells of a row run together begin with,
// after its name.
type runRowWords struct {
	// Types are the type names a type cell begins with, capitalised as a
	// name runs into them, longest first (then in byte order): the
	// primitives' spellings of one word (PrimitiveSpellings), sized ones
	// too ("Int64", lest "Int" leave "64" to the description), and the
	// generic and date types pages write.
	Types []string
	// LowerTypes are Types in lower case, as a row written in lower case
	// runs them ("userIdstringtrue"), but those that end names
	// ("playlist", "bitmap", "update") and the sized ones, so that the
	// refusal of a table written as one paragraph finds no row it did not
	// find before ("comboCountint32No" of a flattened page is none);
	// longest first.
	LowerTypes []string
	// Required are the requiredness words a Required cell run into the
	// description after it states (IsBool), as such rows write them:
	// true and false in lower case, yes and no in lower case or
	// capitalised, Y and N in upper case; longest first.
	Required []string
}

// runRowGenerics are the types other than primitives a run-together
// row's type cell begins with: an array's, a list's, a date's.
var runRowGenerics = []string{"Array", "List", "Date", "DateTime"}

// runRowNameEnds are the types of Types in lower case that end names
// ("playlist", "bitmap", "update"): a name in lower case runs into none
// of them as a type.
var runRowNameEnds = []string{"list", "map", "date", "datetime"}

// runRowUnread are the primitives' spellings of one word a run-together
// row's type is not read as: "any", which words of prose begin with
// ("Anything"), and "hashtable", GearN's, whose pages write no table
// run together.
var runRowUnread = []string{"any", "hashtable"}

// RunRow is the vocabulary of a row whose cells run together, for every
// style.
var RunRow = func() runRowWords {
	types := slices.Clone(runRowGenerics)
	for _, p := range PrimitiveSpellings {
		if p != strings.ToLower(p) || strings.Contains(p, " ") || slices.Contains(runRowUnread, p) {
			continue
		}
		types = append(types, strings.ToUpper(p[:1])+p[1:])
	}
	types = longestFirst(types)
	var lower []string
	for _, t := range types {
		if t = strings.ToLower(t); !slices.Contains(runRowNameEnds, t) && !strings.ContainsAny(t, "0123456789") {
			lower = append(lower, t)
		}
	}
	return runRowWords{
		Types:      types,
		LowerTypes: lower,
		Required:   []string{"false", "true", "yes", "Yes", "no", "No", "Y", "N"},
	}
}()

// TypeLen returns the length of the longest of Types that rest begins
// with, or 0.
func (w runRowWords) TypeLen(rest string) int {
	return longestPrefix(w.Types, rest)
}

// LowerTypeLen returns the length of the longest of LowerTypes that rest
// begins with, or 0.
func (w runRowWords) LowerTypeLen(rest string) int {
	return longestPrefix(w.LowerTypes, rest)
}

// RequiredLen returns the length of the longest of Required that rest
// begins with, or 0.
func (w runRowWords) RequiredLen(rest string) int {
	return longestPrefix(w.Required, rest)
}

// longestPrefix returns the length of the first of words, which are
// longest first, that rest begins with, or 0.
func longestPrefix(words []string, rest string) int {
	for _, p := range words {
		if strings.HasPrefix(rest, p) {
			return len(p)
		}
	}
	return 0
}
