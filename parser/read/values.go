package read

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
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
	// valuesOneOfRe finds "one of" and up to three words ending the text
	// before a parenthesized list, words that state the list is the
	// values: "a reward of one of these rarities (common, rare)".
	valuesOneOfRe = regexp.MustCompile(`(?i)\bone of(?:\s+[\pL\pN_'-]+){0,3}\s*$`)
	// valuesExampleRe finds words that say a parenthesized list after
	// them gives examples: "e.g. (gold, gem)", "such as (gold, gem)".
	valuesExampleRe = regexp.MustCompile(`(?i)(?:\be\.g\.?|\bsuch as|\bfor (?:example|instance)|\blike|\bincluding)[\s,:]*$`)
	valueRe         = regexp.MustCompile(`^[A-Za-z0-9_.:+-]+$`)
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
	if vals, _ := lastParenList(desc); vals != nil {
		return vals
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

// StringValues reads the values of a string member (or an array of
// strings) whose type is no enum: those ListedValues reads, else a
// parenthesized list of plain words (as EnumValues reads one) after "one
// of" and up to three words, which state it is the values: "a reward of
// one of these rarities (common, rare, epic, legendary)". A
// parenthesized list without them ("State of the appeal (open,
// reviewing, accepted, rejected)") may be the values or examples, and the
// page does not tell: it comes back as unread, for WarnUnreadValues,
// unless words say it gives examples ("e.g. (a, b)", "such as (a, b)",
// "(a, b, etc.)", "(a, b...)"). A list of one word, a bound, a default or a unit
// ("(1 ~ 10)", "(default: x)", "(epoch milliseconds)") is no list.
func StringValues(desc string) (vals, unread []string) {
	if vals = ListedValues(desc); vals != nil {
		return vals, nil
	}
	list, before := lastParenList(desc)
	switch {
	case list == nil:
		return nil, nil
	case valuesOneOfRe.MatchString(before):
		return list, nil
	case valuesExampleRe.MatchString(before), openList(list):
		return nil, nil
	}
	return nil, list
}

// lastParenList reads the last parenthesized list of at least two plain
// words of desc, set apart by commas, pipes, slashes or "or", and the
// text before it; nil when desc holds none.
func lastParenList(desc string) (list []string, before string) {
	if !strings.Contains(desc, "(") {
		return nil, ""
	}
	lists := valuesParenRe.FindAllStringSubmatchIndex(desc, -1)
	for k := len(lists) - 1; k >= 0; k-- {
		l := lists[k]
		if list := valueList(strings.ReplaceAll(desc[l[2]:l[3]], " or ", ","), false); list != nil {
			return list, desc[:l[0]]
		}
	}
	return nil, ""
}

// openList reports whether a list ends saying more may follow: "(a, b,
// etc.)", "(a, b...)", "(a, b, ...)", which gives examples.
func openList(list []string) bool {
	last := strings.ToLower(list[len(list)-1])
	return strings.HasSuffix(last, "..") || strings.TrimSuffix(last, ".") == "etc"
}

// WarnUnreadValues warns, at the row (at) of a string member or header
// (kind), that its description lists values StringValues leaves unread (list): the member
// takes any string, and the warning names the list and the ways to make
// it the values: the overrides entry that sets them, where target names
// the member's owner for an override ("object: Foo", "operation: bar";
// "" where no override reaches it), and the type cell enumType, the
// protocol's form of an enum of the list ("String (Enum)").
func WarnUnreadValues(rep *pages.Reporter, at schema.Pos, kind, name string, list []string, target, enumType string) {
	ways := fmt.Sprintf("write its type %q on the page", enumType)
	if target != "" {
		ways = fmt.Sprintf("add the fix {%s, field: %s, values: [%s]} to the overrides, or %s", target, name, strings.Join(list, ", "), ways)
	}
	rep.Warn(at, "%s %s is a string whose description lists (%s), which may be its only values or examples: the parser reads no values, and it takes any string; if they are its values, %s", kind, name, strings.Join(list, ", "), ways)
}

// gluedListRe finds words that say a member's values follow, a colon,
// and right after it, with no space, one run of letters and digits that
// ends the description: the items of a list run together with nothing
// between them, as a tag stripper leaves
// <ul><li>gold</li><li>gem</li></ul> ("One of:goldgemticketmedal").
var gluedListRe = regexp.MustCompile(`(?i)(?:\bone of|\b(?:possible|allowed|valid|accepted|supported) values):([\pL\pN_]+)\.?$`)

// RefuseGluedValues refuses, at the row at, a member whose description
// lists its values after words that say so with nothing between them
// (gluedListRe): which values the run holds cannot be told, and reading
// none would take any string without a word. It reports whether it
// refused. kind names the member ("field", "member", "header"); target
// is the fix's target in the overrides, "" for none.
func RefuseGluedValues(rep *pages.Reporter, at schema.Pos, kind, name, desc, target string) bool {
	m := gluedListRe.FindStringSubmatch(strings.TrimSpace(desc))
	if m == nil {
		return false
	}
	fix := "write the page's list with its items apart"
	if target != "" {
		fix = fmt.Sprintf("add the fix {%s, field: %s, values: [VALUE, ...]} to the overrides, or %s", target, name, fix)
	}
	rep.Fail(at, "%s %s lists its values with nothing between them (%q), as a tag stripper leaves the items of a list: which values they are cannot be told; %s", kind, name, m[1], fix)
	return true
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
