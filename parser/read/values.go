package read

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// The values an enum's description lists, in the forms pages write them.

var (
	// valuesParenRe finds parenthesized lists: "Access Platform (web,
	// launcher, mobile, pc)".
	valuesParenRe = regexp.MustCompile(`\(([^()]*)\)`)
	// valuesWordRe finds a list that words introduce, to the end of the
	// description: "one of: a, b", "Values: a | b", "allowed a or b"; an
	// HTML cell's "one of:<br>a<br>b" reads "one of: a b".
	valuesWordRe = regexp.MustCompile(`(?i)(?:\bone of|\b(?:possible|allowed|valid|accepted|supported)(?: values)?|\bvalues?|\beither)\s*(:?)\s+(.+?)\.?$`)
	// valuesColonRe finds a list after a colon that ends the description,
	// set apart by commas, pipes, slashes or "or": "Store of the payments:
	// google, apple, onestore".
	valuesColonRe = regexp.MustCompile(`:\s+(.+?)\.?$`)
	// valuesListedRe finds a list that words introduce as the values a
	// member takes, to the end of the description: "One of: gold, gem",
	// "Allowed values: asc | desc".
	valuesListedRe = regexp.MustCompile(`(?i)(?:\bone of|\b(?:possible|allowed|valid|accepted|supported) values)\s*(:?)\s+(.+?)\.?$`)
	valueRe        = regexp.MustCompile(`^[A-Za-z0-9_.:+-]+$`)
	// valueSepRe sets values apart: commas, pipes, slashes, "or", and
	// semicolons, which set apart the items of a list in a cell as the
	// styles of text read it ("One of: gold; gem").
	valueSepRe = regexp.MustCompile(`[,|/;]|\bor\b`)
)

// EnumValues reads the values an enum's description lists: the last
// parenthesized list of at least two plain words separated by commas,
// pipes or slashes; else a list of at least two that ends the
// description after "one of", "values", "allowed" (also set apart by
// spaces alone, as an HTML cell's line breaks leave them) or after a
// colon (set apart by commas, pipes, slashes or "or"), to the end of the
// description or of a sentence. nil when it lists none.
func EnumValues(desc string) []string {
	lists := valuesParenRe.FindAllStringSubmatch(desc, -1)
	for k := len(lists) - 1; k >= 0; k-- {
		if vals := valueList(strings.ReplaceAll(lists[k][1], " or ", ","), false); vals != nil {
			return vals
		}
	}
	desc = strings.TrimSpace(strings.ReplaceAll(desc, "\u00a0", " "))
	if m := valuesWordRe.FindStringSubmatch(desc); m != nil {
		if vals := valueList(m[2], m[1] == ":"); vals != nil {
			return vals
		}
	}
	if m := valuesColonRe.FindStringSubmatch(desc); m != nil {
		if vals := valueList(m[1], false); vals != nil {
			return vals
		}
	}
	// A list after a colon ends its sentence, and another follows:
	// "Order: recent, likes. Default: recent".
	for i := strings.Index(desc, ". "); i >= 0; {
		if m := valuesColonRe.FindStringSubmatch(desc[:i]); m != nil {
			if vals := valueList(m[1], false); vals != nil {
				return vals
			}
		}
		next := strings.Index(desc[i+2:], ". ")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return nil
}

// ListedValues reads the values the description of a member whose type
// is no enum lists after words that say they are its values: "One of:
// gold, gem, ticket, medal" (as an HTML cell's list of single words
// after "One of:" reads too), "Allowed values: asc | desc", ending the
// description or a sentence of it. A list without such words, in
// parentheses or after a colon, may be examples or anything else: it
// takes an enum's type to read it (EnumValues). nil when it lists none.
func ListedValues(desc string) []string {
	if !mayListValues(desc) {
		return nil
	}
	desc = strings.TrimSpace(strings.ReplaceAll(desc, "\u00a0", " "))
	for end := len(desc); end > 0; {
		if m := valuesListedRe.FindStringSubmatch(desc[:end]); m != nil {
			if vals := valueList(m[2], m[1] == ":"); vals != nil {
				return vals
			}
		}
		end = strings.LastIndex(desc[:end], ". ")
	}
	return nil
}

// mayListValues reports whether desc may hold the words valuesListedRe
// begins with: it holds "one of" or "values" in some case, or it is not
// ASCII (a letter such as ſ folds to an ASCII one). Most descriptions hold
// neither, and are not searched sentence by sentence.
func mayListValues(desc string) bool {
	if !pages.IsASCII(desc) {
		return true
	}
	return ContainsLower(desc, "one of") || ContainsLower(desc, "values")
}

// ContainsLower reports whether s holds word, ASCII in lower case, in
// any ASCII case: "Example" holds "ampl".
func ContainsLower(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) && lowerASCII(s[i+j]) == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// valueList splits a list into plain values, set apart by commas, pipes,
// slashes, semicolons or "or", or, where spaced is set and none of them stands, by
// spaces: nil unless there are at least two and each is one plain word.
func valueList(list string, spaced bool) []string {
	var items []string
	switch {
	case valueSepRe.MatchString(list):
		items = valueSepRe.Split(list, -1)
	case spaced:
		items = strings.Fields(list)
	}
	var vals []string
	for _, v := range items {
		if v = strings.Trim(strings.TrimSpace(v), "\"'`"); v == "" {
			continue
		}
		if !valueRe.MatchString(v) {
			return nil
		}
		vals = append(vals, v)
	}
	if len(vals) < 2 {
		return nil
	}
	return vals
}
