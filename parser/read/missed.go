package read

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// The one place that decides which texts of a description state a bound
// the grammar did not read, warned of in one list (Unread), each at its
// row: a text the grammar left that looks like a constraint in no form
// it reads (leftUnread), quoted whole, or, where a lost parenthesis cut
// its group, quoted as what is left of it with the override that sets
// it; then, where the grammar read no bound and warned of none, a
// number in a bound's phrase (missedBounds: a bound's word next to it,
// "between one and 100", a hedge on a range or in parentheses, "(1 - 100
// or so)", a range in square brackets, "[1-100]"), quoting the phrase
// and naming the override that sets it. No phrasing the grammar has yet
// to learn drops a bound in silence.

// An Unread is a text of a description that states a bound the grammar
// did not read: Text, the text that looks like a constraint, or the
// phrase that holds a bound's word next to a number (phraseAround); Set,
// for the latter, the part of an override that sets it ("maxLength:
// 20"), which Apply fills in for the field's type.
type Unread struct {
	Text, Set string
	// net is set for a bound's word next to a number (missedBounds):
	// number is the number; end the end the bound's words give
	// (atLeast, atMost), exactly where they give none; unit the unit
	// they give, unitNone where none.
	net    bool
	number string
	end    boundKind
	unit   int
}

// Message is the warning of u, at the row of field (noun: "field",
// "member") that an override names by target; forms, what a text that
// looks like a constraint is told after it gets no bound from it (the
// forms its reader reads), if anything.
func (u Unread) Message(noun, field, target, forms string) string {
	fix := ""
	if target != "" && u.Set != "" {
		fix = fmt.Sprintf("write it in overrides as {%s, field: %s, %s}", target, field, u.Set)
	}
	if !u.net {
		if fix != "" {
			fix = "; " + fix
		}
		return fmt.Sprintf("%s %s: %q looks like a constraint, but states it in no form the parser reads; the %s gets no bound from it%s%s", noun, field, pages.Clip(u.Text), noun, forms, fix)
	}
	if fix == "" {
		fix = "correct the page"
	}
	return fmt.Sprintf("%s %s: a bound the grammar did not read: %q; %s", noun, field, u.Text, fix)
}

// A boundWord is a word that makes a number next to it a bound, with the
// end and the unit it gives.
type boundWord struct {
	end  boundKind
	unit int
}

// boundWords are the words that make a number next to them a bound: a
// number's range ("range", "min", "max", "limit", "size"), a length
// ("length", "characters"), a number of elements ("items", "entries"),
// in English and in Korean ("최대", "이상"). "min" after a number is
// minutes ("5 min"), and no bound there.
var boundWords = map[string]boundWord{
	"length": {exactly, unitLength}, "characters": {exactly, unitLength}, "character": {exactly, unitLength}, "chars": {exactly, unitLength},
	"range": {exactly, unitNone}, "size": {exactly, unitNone}, "limit": {atMost, unitNone},
	"min": {atLeast, unitNone}, "minimum": {atLeast, unitNone}, "max": {atMost, unitNone}, "maximum": {atMost, unitNone},
	"items": {exactly, unitItems}, "elements": {exactly, unitItems}, "entries": {exactly, unitItems},
	"이상": {atLeast, unitNone}, "이하": {atMost, unitNone}, "최소": {atLeast, unitNone}, "최대": {atMost, unitNone},
	"길이": {exactly, unitLength}, "범위": {exactly, unitNone},
}

// linkWords are the words that may stand between a bound's word and its
// number, two at most: "length is 20", "maximum of 20", "limit is about
// 100", "size must be within 10".
var linkWords = map[string]bool{
	"is": true, "of": true, "be": true, "are": true, "was": true, "must": true, "should": true, "to": true, "than": true,
	"about": true, "around": true, "roughly": true, "approximately": true, "nearly": true, "almost": true, "within": true, "exactly": true, "only": true,
}

// leftUnread decides whether part, a clause of the prose in (inGroup
// false) or a part of the parenthesized group in (true) that the grammar
// did not read, states a bound, and lists it as unread where it does: a
// group that a lost parenthesis cut (cutGroup), as what is left of it,
// with the override; a text that looks like a constraint in no form the
// grammar reads (looksBoundRe in a group, looksBoundOutsideRe in the
// prose), as the group or the sentence that holds it.
func (c *Constraints) leftUnread(part, in string, inGroup bool) bool {
	if inGroup {
		if looksBoundRe.MatchString(part) {
			c.unread(in)
			return true
		}
		return false
	}
	if cut, ok := cutGroup(part); ok {
		c.Unread = append(c.Unread, Unread{Text: cut, net: true, end: exactly, unit: unitOf(cut)})
		return true
	}
	if looksBoundOutsideRe.MatchString(part) {
		c.unread(sentenceOf(in, part))
		return true
	}
	return false
}

// cutGroup is what is left of a parenthesized group in a clause whose
// other parenthesis a tool lost, where the text left states a
// constraint in some form (looksBoundRe): a print that clipped its
// column at the page's edge cuts the end ("(from 1100.0 to 132" of
// "(from 1100.0 to 1320.0)"), a column cut at its left edge, or a
// cell's rest read apart from its first line, the beginning ("40
// items)" of "(0 - 40 items)"). Its bounds cannot be told: the numbers
// left may be any of them, or none.
func cutGroup(clause string) (string, bool) {
	if k := strings.LastIndexByte(clause, '('); k >= 0 {
		if strings.IndexByte(clause[k:], ')') < 0 && looksBoundRe.MatchString(clause[k+1:]) {
			return strings.TrimSpace(clause[k:]), true
		}
		return "", false
	}
	k := strings.IndexByte(clause, ')')
	if k < 0 {
		return "", false
	}
	loc := looksBoundRe.FindStringIndex(clause[:k])
	if loc == nil {
		return "", false
	}
	start := loc[0]
	for start > 0 && strings.IndexByte(" -–~", clause[start-1]) >= 0 {
		start--
	}
	return strings.TrimSpace(clause[start : k+1]), true
}

// missedBounds is the net's look at the numbers: each clause of s, a
// description made ready for the grammar, in which a bound's word
// (boundWords) stands next to a number (before it, or a link word
// between them; after it; or, in Korean, "자" or "개" set against it,
// "20자", "10개") that no bound c read states, nor a text c lists as
// unread. It is one pass over s, which looks at the words around each
// number only.
func missedBounds(s string, c *Constraints) []Unread {
	var out []Unread
	var stated map[string]bool
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i
		for j < len(s) && (isDigit(s[j]) || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1])) {
			j++
		}
		if i > 0 && (pages.IsASCIILetter(s[i-1]) || s[i-1] == '_' || s[i-1] == '.') || j < len(s) && (pages.IsASCIILetter(s[j]) || s[j] == '_') {
			// A name's or a version's digits ("Param0001", "v1.2",
			// "3rd", "sha256"), no number of a bound.
			i = j
			continue
		}
		w, ok := wordAround(s, i, j)
		if !ok {
			ok = vagueAround(s, i, j) || bracketed(s, i, j)
		}
		if ok && stated == nil {
			stated = c.numbers()
		}
		if ok && !stated[s[i:j]] {
			if text := phraseAround(s, i, j); len(out) == 0 || out[len(out)-1].Text != text {
				out = append(out, Unread{Text: text, net: true, number: s[i:j], end: w.end, unit: w.unit})
			}
		}
		i = j
	}
	return out
}

// wordAround is the bound's word next to the number s[i:j], with the end
// and the unit the words on both sides give, and whether there is one;
// "between" or "from" with a word and "and" or "to" between it and the
// number is one, the words of a range whose other end is a word
// ("between one and 100", "from zero to 10").
func wordAround(s string, i, j int) (boundWord, bool) {
	before, k := wordBefore(s, i)
	if before == "and" || before == "to" {
		if _, m := wordBefore(s, k); m < k {
			if w, _ := wordBefore(s, m); w == "between" || w == "from" {
				return boundWord{exactly, unitOf(wordAfter(s, j))}, true
			}
		}
	}
	for n := 0; n < 2 && linkWords[before]; n++ {
		before, k = wordBefore(s, k)
	}
	after := wordAfter(s, j)
	var w boundWord
	found := false
	for _, side := range []struct {
		word  string
		after bool
	}{{before, false}, {after, true}} {
		b, ok := boundWords[side.word]
		switch {
		case side.after && side.word == "min":
			ok = false
		case side.after && strings.HasPrefix(side.word, "자"):
			b, ok = boundWord{exactly, unitLength}, true
		case side.after && strings.HasPrefix(side.word, "개") && !strings.HasPrefix(side.word, "개월"):
			b, ok = boundWord{exactly, unitItems}, true
		}
		if !ok {
			continue
		}
		found = true
		if b.end != exactly {
			w.end = b.end
		}
		if b.unit != unitNone {
			w.unit = b.unit
		}
	}
	return w, found
}

// hedgeWords are the words before a number that say it is not exact:
// "about 100", "roughly 1 - 100".
var hedgeWords = map[string]bool{"about": true, "around": true, "roughly": true, "approximately": true, "approx": true, "nearly": true, "almost": true, "circa": true, "some": true}

// vagueAround reports whether the number s[i:j] is hedged, a hedge word
// before it or "or so" after it ("or thereabouts"), where it stands as
// a bound does: in parentheses, or as an end of a range ("(about 100)",
// "(1 - 100 or so)", "roughly 1 - 100"). A hedged number is no bound
// the grammar may read, and a number hedged in the prose alone ("about
// 5 seconds") is no bound.
func vagueAround(s string, i, j int) bool {
	before, _ := wordBefore(s, i)
	rest := strings.TrimLeft(s[j:], " ")
	if !hedgeWords[before] && !strings.HasPrefix(rest, "or so") && !strings.HasPrefix(rest, "or thereabouts") {
		return false
	}
	return inGroup(s, i, j) || rangeEnd(s, i, j)
}

// inGroup reports whether s[i:j] stands in a parenthesized group of s.
func inGroup(s string, i, j int) bool {
	open := strings.LastIndexByte(s[:i], '(')
	closed := strings.IndexByte(s[j:], ')')
	return open >= 0 && strings.IndexByte(s[open:i], ')') < 0 && closed >= 0 && strings.IndexByte(s[j:j+closed], '(') < 0
}

// rangeEnd reports whether the number s[i:j] is an end of a range: a
// range's mark ("-", "–", "~", "to", "..") sets it against another
// number.
func rangeEnd(s string, i, j int) bool {
	after := strings.TrimLeft(s[j:], " ")
	for _, mark := range []string{"-", "–", "~", "..", "to "} {
		if r := strings.TrimLeft(strings.TrimPrefix(after, mark), " "); len(r) < len(after) && r != "" && isDigit(r[0]) {
			return true
		}
	}
	before := strings.TrimRight(s[:i], " ")
	for _, mark := range []string{"-", "–", "~", "..", " to"} {
		if r := strings.TrimRight(strings.TrimSuffix(before, mark), " "); len(r) < len(before) && r != "" && isDigit(r[len(r)-1]) {
			return true
		}
	}
	return false
}

// bracketed reports whether the number s[i:j] is an end of a range in
// square brackets, "[1-100]", which no phrasing reads: it is written so
// as a range, and as a class of characters ("[0-9]"); one that a
// regular expression's count follows ("[0-9]+", "[0-9]{4}") is a class.
// The brackets are looked for within bracketReach bytes of the number.
func bracketed(s string, i, j int) bool {
	from := max(0, i-bracketReach)
	open := strings.LastIndexByte(s[from:i], '[')
	end := strings.IndexByte(s[j:min(len(s), j+bracketReach)], ']')
	if open < 0 || end < 0 {
		return false
	}
	open, end = from+open, j+end
	if !bracketRangeRe.MatchString(strings.ReplaceAll(s[open+1:end], " ", "")) {
		return false
	}
	return end+1 == len(s) || strings.IndexByte("+*?{", s[end+1]) < 0
}

// bracketReach is how far from a number bracketed looks for the square
// brackets around its range: room for the other end and the mark.
const bracketReach = 24

// bracketRangeRe is what a range in square brackets holds: two numbers
// and the mark between them.
var bracketRangeRe = regexp.MustCompile(`^-?\d+(?:\.\d+)?(?:-|–|~)-?\d+(?:\.\d+)?$`)

// wordBefore is the word of letters, in small letters, before s[i],
// past the spaces, colons, equals signs and opening parenthesis between
// them, and where it begins.
func wordBefore(s string, i int) (string, int) {
	for i > 0 && strings.IndexByte(" :=(", s[i-1]) >= 0 {
		i--
	}
	k := i
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	return strings.ToLower(s[k:i]), k
}

// wordAfter is the word of letters, in small letters, after s[j-1],
// past the spaces between them.
func wordAfter(s string, j int) string {
	for j < len(s) && s[j] == ' ' {
		j++
	}
	k := j
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += n
	}
	return strings.ToLower(s[j:k])
}

// phraseWindow is how many bytes on each side of a number phraseAround
// quotes at most: room for a bound's word and the two link words before
// it ("Maximum is roughly 100").
const phraseWindow = 28

// phraseAround is the phrase of s that holds the number s[i:j], for
// messages: the clause that holds it, from the comma, semicolon,
// parenthesis or full stop before it to the one after it, cut to the
// whole words within phraseWindow bytes of the number.
func phraseAround(s string, i, j int) string {
	start, cut := i, false
	for start > 0 && !endsClauseAt(s, start-1) {
		if cut = i-start >= phraseWindow; cut {
			break
		}
		start--
	}
	if cut {
		start += strings.IndexByte(s[start:i], ' ') + 1
		for start < i && !utf8.RuneStart(s[start]) {
			start++
		}
	}
	end := j
	for end < len(s) && !endsClauseAt(s, end) {
		if cut = end-j >= phraseWindow; cut {
			break
		}
		end++
	}
	if cut {
		if k := strings.LastIndexByte(s[j:end], ' '); k >= 0 {
			end = j + k
		}
		for end > j && end < len(s) && !utf8.RuneStart(s[end]) {
			end--
		}
	}
	return strings.TrimSpace(s[start:end])
}

// endsClauseAt reports whether s[k] ends a clause: a comma, a semicolon,
// a parenthesis, or a full stop before a space or the end.
func endsClauseAt(s string, k int) bool {
	switch s[k] {
	case ',', ';', '(', ')':
		return true
	case '.':
		return k+1 == len(s) || s[k+1] == ' '
	}
	return false
}

// numbers are the numbers that the bounds c read, and the texts it lists
// as unread, state: each whole, as missedBounds reads a number.
func (c *Constraints) numbers() map[string]bool {
	var texts []string
	for _, u := range c.Unread {
		texts = append(texts, u.Text)
	}
	for _, b := range []*Bound{c.Length, c.Items, c.Value, c.Counted} {
		if b != nil {
			texts = append(texts, b.Text)
		}
	}
	if c.HasDefault {
		texts = append(texts, c.DefaultText)
	}
	out := map[string]bool{}
	for _, t := range texts {
		for i := 0; i < len(t); i++ {
			if !isDigit(t[i]) || i > 0 && isDigit(t[i-1]) {
				continue
			}
			j := i
			for j < len(t) && (isDigit(t[j]) || t[j] == '.' && j+1 < len(t) && isDigit(t[j+1])) {
				j++
			}
			out[t[i:j]] = true
			i = j
		}
	}
	return out
}

// unreadSet is the part of an override that sets what the unread text m
// of f's description states: a default where it states one and no
// number, else the bound (missedSet), whose unit, for a text that looks
// like a constraint, is the one the text names where f can have it (a
// length of a string, a count of an array's elements), its ends untold.
func unreadSet(m Unread, f *schema.Field) string {
	if !m.net {
		if saysDefault(m.Text) && !mayState(strings.ReplaceAll(m.Text, "efault", "")) {
			return "default: <value>"
		}
		m.end, m.unit = exactly, unitOf(m.Text)
		if m.unit == unitLength && f.Type != schema.String || m.unit == unitItems && !f.Array {
			m.unit = unitNone
		}
	}
	return missedSet(m, f)
}

// missedSet is the part of an override that sets the bound m of f that
// the net found: the ends its words give, named for the unit they give
// or, where they give none, for the kind of bound f's type has.
func missedSet(m Unread, f *schema.Field) string {
	lo, hi := "minimum", "maximum"
	switch unit := m.unit; {
	case unit == unitLength, unit == unitNone && f.Type == schema.String && !f.Array:
		lo, hi = "minLength", "maxLength"
	case unit == unitItems, unit == unitNone && f.Array:
		lo, hi = "minItems", "maxItems"
	}
	switch m.end {
	case atLeast:
		return lo + ": " + m.number
	case atMost:
		return hi + ": " + m.number
	}
	return lo + ": <least>, " + hi + ": <greatest>"
}
