package read

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// The constraint grammar both protocols read descriptions with: lengths,
// element counts, value ranges and defaults, in the forms real docs write
// them, in parentheses or in the prose.

// A Bound is a range a description states: Min or Max is empty where the
// description states none. MinOpen and MaxOpen are set where the range
// leaves out that end ("greater than 0", "less than 100", "10자 미만").
// Text is the description's own words, for messages. InProse is set
// where a clause of the prose ends with it ("Blast needs a claim of level
// 3 or more"), which may bound another thing the clause names, not where
// it stands in parentheses, the form a page states its fields' bounds in.
type Bound struct {
	Min, Max         string
	MinOpen, MaxOpen bool
	Text             string
	InProse          bool
}

// Ends writes the ends of b, for comparing two readings: "1..10", "0<..",
// "..<100".
func (b *Bound) Ends() string {
	lo, hi := b.Min, b.Max
	if b.MinOpen {
		lo += "<"
	}
	if b.MaxOpen {
		hi = "<" + hi
	}
	return lo + ".." + hi
}

// Constraints are what a description states of a field's values. Unread
// lists the texts that state a bound the grammar did not read: a reader
// warns at each, so that no bound is dropped silently.
type Constraints struct {
	Length, Items, Value *Bound
	// Counted is a bound the prose states of things it names ("1 ~ 100
	// players"): an array's number of elements, or a number's range.
	Counted     *Bound
	Default     string
	DefaultText string
	HasDefault  bool
	Unread      []Unread
}

// Empty reports whether c holds nothing: its description states no
// constraint, read or not.
func (c Constraints) Empty() bool {
	return c.Length == nil && c.Items == nil && c.Value == nil && c.Counted == nil && !c.HasDefault && len(c.Unread) == 0
}

// A boundKind is which ends of a range a phrasing states.
type boundKind int

const (
	exactly boundKind = iota // both ends, one number: "(10 characters)"
	between                  // both ends: "8 - 16", "between 8 and 16"
	atLeast                  // the least: "at least 3", "3 or more"
	atMost                   // the greatest: "up to 10", "≤ 500"
	above                    // the least, left out: "greater than 0", "> 0"
	below                    // the greatest, left out: "less than 100", "< 100"
	chained                  // both ends, each held or left out, around a name: "1 <= x <= 100", "0 < n ≤ 10"
)

// A phrasing is one way a description words a bound; N stands for each
// of its numbers. In parentheses, a part of a group is the phrasing
// whole; in the prose, a clause ends with it, where it reads as wordy:
// a phrasing that is not ("8 - 16", "10") says too little to be told from
// prose that states numbers for other reasons, and is a bound there only
// as a clause of its own or followed by a unit ("Characters per code, 8 -
// 16", "a code of 10 characters"); one that is only in parentheses
// ("to 100") is no bound in the prose at all; "from 1" ending a clause
// of the prose may be a least value ("Version of the terms, from 1") or
// say where counting starts ("Rank, from 1"), and is unread there: warned
// of, never a bound. A chain writes its operators and the name it bounds
// as groups of their own, between its numbers. A label may come before
// any phrasing (labelBody): it gives the bound its unit or its end.
type phrasing struct {
	kind    boundKind
	pattern string
	reads   where
}

// where is where a phrasing reads as a bound.
type where int

const (
	wordy         where = iota // in parentheses and ending any clause
	plain                      // in parentheses, and as a clause or before a unit
	parenthesized              // in parentheses only
	unsure                     // in parentheses; ending a clause, unread
)

var phrasings = []phrasing{
	{chained, `N (<=|≤|<) ([\pL_][\pL\d_]*) (<=|≤|<) N`, wordy},
	{between, `(?:from|between) N (?:[-–~]|\.\.|to|and) N`, wordy},
	{between, `\[ N \.\. N \]`, wordy},
	{between, `N ~ N`, wordy},
	{between, `N (?:[-–]|\.\.|to) N`, plain},
	{between, `N 이상 N 이하`, wordy},
	{between, `최소 N,? 최대 N`, wordy},
	{atLeast, `(?:min(?:imum)?\.?:?|minimum of|at least|no less than|not less than|no fewer than|greater than or equal to|≥|>=|최소) N`, wordy},
	{atLeast, `N (?:or more|or greater|or above|minimum|min\.?|at least|\+|이상)`, wordy},
	{atLeast, `(?:no|not|never|cannot|\S*n't)(?: be)? (?:less|fewer|shorter|lower|smaller) than N`, wordy},
	{atLeast, `from N`, unsure},
	{atMost, `(?:up to|max(?:imum)?\.?:?|maximum of|at most|no more than|not more than|no longer than|not exceeding|limited to|restricted to|capped at|less than or equal to|≤|<=|최대) N`, wordy},
	{atMost, `N (?:or (?:less|fewer|below)|maximum|max\.?|at most|이하|이내|까지)`, wordy},
	{atMost, `(?:(?:no|not|never|cannot|\S*n't)(?: be)? (?:greater|more|longer|larger|higher|bigger) than|(?:no|not|never|cannot|\S*n't)(?: to)? exceed|up to and including) N`, wordy},
	{above, `(?:(?:strictly )?(?:greater|more|longer) than|>) N`, wordy},
	{above, `N 초과`, wordy},
	{above, `(?:above|over) N`, parenthesized},
	{below, `(?:(?:strictly )?(?:less|fewer|shorter) than|<) N`, wordy},
	{below, `N 미만`, wordy},
	{below, `(?:below|under) N`, parenthesized},
	{atMost, `to N`, parenthesized},
	{exactly, `exactly N`, wordy},
	{exactly, `N`, plain},
}

// compiledPhrasing is a phrasing as the grammar matches it: whole, and at
// the end of a clause.
type compiledPhrasing struct {
	phrasing
	whole, tail *regexp.Regexp
}

var compiled = func() []compiledPhrasing {
	const num = `(-?\d+(?:\.\d+)?)`
	out := make([]compiledPhrasing, len(phrasings))
	for i, p := range phrasings {
		body := strings.ReplaceAll(strings.ReplaceAll(p.pattern, " ", `\s*`), "N", num)
		out[i] = compiledPhrasing{p, regexp.MustCompile(`(?i)^` + body + `$`), regexp.MustCompile(`(?i)(?:^|\s)` + body + `$`)}
	}
	return out
}()

// A defaultPhrasing is one way a description words a default; V stands
// for the value. inProse is set for the forms read outside parentheses
// too, where they end a sentence or a clause.
type defaultPhrasing struct {
	pattern string
	inProse bool
}

var defaultPhrasings = []defaultPhrasing{
	{`defaults?(?: value)?\s*[:=]\s*(.+)`, false},
	{`defaults?(?: value)?\s*(?:to|is|[:=])\s*V(?:\s+` + omitted + `)?`, true},
	{`default\s+V`, false},
	{`V\s+by default`, false},
}

// omitted is how a default says when it applies: "when omitted".
const omitted = `(?:when|if|unless)\s+(?:omitted|absent|missing|empty|unset|not\s+(?:set|given|sent|specified|provided))`

var (
	defaultWhole, defaultProse = func() (whole, prose []*regexp.Regexp) {
		const value = "(\"[^\"]*\"|`[^`]*`|[^\\s,;]*[^\\s,;.])"
		for _, d := range defaultPhrasings {
			body := strings.ReplaceAll(d.pattern, "V", value)
			whole = append(whole, regexp.MustCompile(`(?i)^`+body+`$`))
			if d.inProse {
				prose = append(prose, regexp.MustCompile(`(?i)\b`+body+`\s*(?:[.,;]|$)`))
			}
		}
		return whole, prose
	}()
	parenRe = regexp.MustCompile(`\(([^()]*)\)`)
	// unitRe is the unit that makes a bound a length or an element count,
	// a word of its own or set against the number it follows, as a tool
	// that drops a non-breaking space writes it ("(12characters)": unrtf).
	// eachRe finds the word that gives a length in characters of an array
	// of strings to each element ("IDs, each up to 32 characters").
	eachRe = regexp.MustCompile(`(?i)\b(?:each|every|per (?:element|item|entry))\b|(?:각각|각)\s`)
	// A Korean count of things, "개", is a unit after a number alone: it
	// opens the word for a count, "개수", and "개월" counts months.
	unitRe = regexp.MustCompile(`(?i)(?:(?:\b|\d)(characters?|chars?|letters?|bytes?)\b|(자)|(?:\b|\d)(elements?|items?|entries|entry|values?)\b|\d\s*(개)(?:[^월]|$))`)
	// tailUnitRe is a unit that ends a clause of the prose, with the
	// wording around it that adds nothing: "at most 10 items", "up to 64
	// characters long".
	tailUnitRe = regexp.MustCompile(`(?i)[\d\s](characters?|chars?|letters?|bytes?|자|elements?|items?|entries|개)(?:\s+(?:long|in length|in size))?$`)
	// midUnitRe is a unit between the number and the words that end a
	// clause of the prose with a bound: "20 characters or fewer", "12자
	// 이하", "5 items at most".
	midUnitRe = regexp.MustCompile(`(?i)\d\s*(characters?|chars?|letters?|bytes?|자|elements?|items?|entries|개)\s*(or (?:more|less|fewer|greater|above|below)|maximum|minimum|max\.?|min\.?|at most|at least|이하|이상|이내|초과|미만|까지)$`)
	// nounRe is a word after a number, or after the words that end a
	// bound, that ends a clause of the prose: what a bound counts, "1 ~
	// 100 players", "1 or more players".
	nounRe = regexp.MustCompile(`(?i)(?:\d|\b(?:or (?:more|fewer|less|greater|above|below)))\s+([A-Za-z]{2,})$`)
	// lengthWordRe is the wording around a unit that adds nothing: "in
	// length", "long", "length:".
	lengthWordRe = regexp.MustCompile(`(?i)\b(?:in length|length|long|size|count)\b:?`)
	// looksBoundRe is text that states a constraint in some form: a word
	// of the grammar next to a number, a unit after a number, a default.
	looksBoundRe = regexp.MustCompile(`(?i)(?:\b(?:up to|at most|at least|max(?:imum)?|min(?:imum)?|from|between|no (?:more|less) than|or (?:more|less|fewer))\b|[≤≥~<>]).*\d|\d\s*자?\s*(?:이상|이하|이내|초과|미만)|\d.*\b(?:characters?|chars?|elements?|items?|entries|or (?:more|less|fewer))\b|\bdefaults?\b\s*(?:to\b|is\b|[:=])`)
	// looksBoundOutsideRe is such text outside parentheses, where prose
	// states numbers for other reasons: a wordy bound next to a number, a
	// range with a tilde (or its tilde and second number alone, its first
	// lost), a unit after a number, a default.
	looksBoundOutsideRe = regexp.MustCompile(`(?i)(?:^|[^\d-])-?\d+(?:\.\d+)?\s*~\s*-?\d+(?:\.\d+)?(?:$|[^\d-])|(?:^|[^\d\s.-])\s*~\s*-?\d|(?:\b(?:up to|at most|at least|max(?:imum)?|min(?:imum)?|no (?:more|less|fewer|longer) than|not (?:more|less) than|(?:greater|more|less|fewer|longer|shorter) than|between)\b|[≤≥<>]|<=|>=)\s*:?\s*-?\d|\d\s*자?\s*(?:이상|이하|이내|초과|미만)|\d\s*(?:or (?:more|less|fewer|greater|above|below)\b|characters?\b|chars\b|elements?\b|items?\b|entries\b)|\bdefaults?\s*(?:to\b|[:=])`)
	// clauseEndRe ends a clause of the prose: a comma, a semicolon, a full
	// stop (not a decimal point), and the "e.g." or "i.e." that begins an
	// example or a gloss with no comma before it, as a cell's line break
	// read as a space leaves it ("1 ~ 4 items<br>e.g. #FF0000").
	clauseEndRe = regexp.MustCompile(`(?i)[,;]|\.(?:\s|$)|\s(?:e\.g|i\.e)\.`)
	// unitThenSentenceRe is a bound's unit word that a word in capitals
	// follows with no stop between them: a sentence that a cell's line
	// break ended, read as a space ("1 ~ 8 items<br>A slot can be listed
	// once", Word's cell of two lines).
	unitThenSentenceRe = regexp.MustCompile(`\b((?i:characters?|chars|elements?|items?|entries))\s+(\p{Lu}[\p{Ll}\s])`)
)

// ReadConstraints reads what a description states of a field's values,
// in the phrasings of the grammar (phrasings, defaultPhrasings): "(10
// characters)", "(6 - 64 characters)", "(up to 256 characters)", "(1 - 32
// elements)", "(from 1 to 100)", "(≤ 500)", "(default 24)"; in the prose,
// a clause that ends with a bound ("Characters per code, between 8 and
// 16", "at most 10 items", "1 ~ 100") and a sentence that states a
// default ("Defaults to en-US when omitted."). A parenthesized group may
// hold several, separated by commas or semicolons. A text that looks
// like a constraint in no form it reads is Unread, and so, after it, is
// a bound's word next to a number that nothing read nor warned of
// (missedBounds): one list, in which no text is warned of twice.
func ReadConstraints(desc string) Constraints {
	var c Constraints
	if mayBeGlued(desc) {
		var unsure []string
		desc, unsure = boundsUnglued(openersSpaced(desc))
		c.unread(unsure...)
	}
	if !mayState(desc) {
		return c
	}
	desc, unsure := rangeWordsRead(pages.Clean(desc))
	c.unread(unsure...)
	desc = ungrouped(desc)
	c.read(desc)
	c.Unread = append(c.Unread, missedBounds(desc, &c)...)
	return c
}

// mayBeGlued reports whether desc holds an ASCII digit or "up to", as
// every text openersSpaced or boundsUnglued changes does (they space or
// unglue a number, or the "up to" of a greatest): most descriptions hold
// neither, and are not scanned byte by byte for a word glued to one.
func mayBeGlued(desc string) bool {
	for i := 0; i < len(desc); i++ {
		if isDigit(desc[i]) {
			return true
		}
	}
	return strings.Contains(desc, "up to")
}

// unread lists texts that look like constraints in no form the grammar
// reads.
func (c *Constraints) unread(texts ...string) {
	for _, t := range texts {
		c.Unread = append(c.Unread, Unread{Text: t})
	}
}

// read reads desc, a description made ready for the grammar, into c.
func (c *Constraints) read(desc string) {
	outside := desc
	if strings.IndexByte(desc, '(') >= 0 {
		var prose strings.Builder
		last := 0
		for _, loc := range parenRe.FindAllStringSubmatchIndex(desc, -1) {
			stated := c.readGroup(desc[loc[0]:loc[1]], strings.TrimSpace(desc[loc[2]:loc[3]]))
			prose.WriteString(desc[last:loc[0]])
			if endsGroupSentence(desc[loc[1]:], stated) {
				prose.WriteString(". ")
			} else {
				prose.WriteByte(' ')
			}
			last = loc[1]
		}
		prose.WriteString(desc[last:])
		outside = prose.String()
	}
	if !mayState(outside) {
		return
	}
	if mayBeUnsure(outside) {
		for _, loc := range unsureNumberRe.FindAllStringIndex(outside, -1) {
			c.unread(sentenceAt(outside, loc[0]))
		}
		outside = unsureNumberRe.ReplaceAllString(outside, " ")
	}
	for _, re := range defaultProse {
		if !saysDefault(outside) {
			break
		}
		m := re.FindStringSubmatch(outside)
		if m == nil {
			continue
		}
		v, text := strings.Trim(m[1], "\"`"), strings.TrimSpace(m[0])
		switch {
		case !c.HasDefault:
			c.Default, c.DefaultText, c.HasDefault = v, text, true
		case !strings.EqualFold(v, c.Default):
			c.unread(text)
		}
		outside = strings.Replace(outside, m[0], " ", 1)
	}
	outside = unglued(unitThenSentenceRe.ReplaceAllString(outside, "$1. $2"))
	for _, clause := range clauses(outside) {
		if clause = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(clause), ".")); !mayState(clause) {
			continue
		}
		if !c.readClause(clause) {
			c.leftUnread(clause, outside, false)
		}
	}
}

// readGroup reads the constraints a parenthesized group states, text
// being the group as the description writes it, and reports whether it
// states them all: read whole ("(default: 10)") or each part of it
// ("(1 ~ 100, default: 10)"). A group that looks like a constraint in
// no form the grammar reads is unread.
func (c *Constraints) readGroup(text, group string) bool {
	if mayBeUnsure(group) && unsureNumberRe.MatchString(group) {
		c.unread(text)
		return false
	}
	if !mayState(group) {
		return false
	}
	if c.readPart(group, text) {
		return true
	}
	stated := true
	for _, p := range strings.FieldsFunc(group, func(r rune) bool { return r == ',' || r == ';' }) {
		if p = strings.TrimSpace(p); !c.readPart(p, p) {
			stated = false
			if c.leftUnread(p, text, true) {
				break
			}
		}
	}
	return stated
}

// endsGroupSentence reports whether a parenthesized group that after
// follows ends a sentence of the prose, so that a bound before it ends
// its clause: a word in capitals runs into the group with no space, as a
// tool that joins a cell's paragraphs or lines with nothing writes it
// ("0.05 ~ 0.40 (default: 0.15)Higher is stronger", html5lib's
// itertext() of two <p>s), or, after a group that states constraints,
// follows it after a space, as a cell's line break read as a space
// leaves it ("0.1 ~ 1.0 (default: 0.6)<br>Too strong a breath …").
func endsGroupSentence(after string, stated bool) bool {
	if stated {
		after = strings.TrimLeft(after, " ")
	}
	r, n := utf8.DecodeRuneInString(after)
	next, _ := utf8.DecodeRuneInString(after[n:])
	return unicode.IsUpper(r) && unicode.IsLower(next)
}

// openerRe matches, at the end of a text, the words a phrasing of the
// grammar opens with before its first number ("Maximum", "up to", "no
// more than", "at least", "between", "to"), taken from phrasings, after
// no letter or digit.
var openerRe = func() *regexp.Regexp {
	var alts []string
	for _, p := range phrasings {
		if before, _, _ := strings.Cut(p.pattern, "N"); strings.TrimSpace(before) != "" {
			alts = append(alts, strings.ReplaceAll(strings.TrimSpace(before), " ", `\s*`))
		}
	}
	return regexp.MustCompile(`(?i)(?:^|[^\pL\d_])(?:` + strings.Join(alts, "|") + `)$`)
}()

// openerWindow is how many bytes before a number openersSpaced matches
// openerRe in: more than the longest opener ("greater than or equal to").
const openerWindow = 48

// openerEnds are the words, in small letters, that the openers of
// openerRe written in ASCII letters end with: a word run into a number
// that is none of them opens no phrasing, and openersSpaced does not
// match openerRe there, which costs far more than the look-up where
// names run into numbers (Item0042). TestOpenerEnds keeps the two
// alike.
var openerEnds = map[string]bool{
	"from": true, "between": true, "to": true, "min": true, "minimum": true, "max": true, "maximum": true,
	"of": true, "least": true, "most": true, "than": true, "exceeding": true, "exceed": true, "at": true,
	"including": true, "exactly": true, "above": true, "over": true, "below": true, "under": true,
}

// openerEndMax is the most bytes a word of openerEnds holds: a longer
// word ends no opener. TestOpenerEnds keeps it so.
const openerEndMax = 16

// endsWithOpener reports whether the run of ASCII letters that s ends
// with is, in small letters, a word of openerEnds: written in small
// letters in a buffer and looked up from there, not in a new string,
// as the names run into numbers (Item0042) are many.
func endsWithOpener(s string) bool {
	k := len(s)
	for k > 0 && pages.IsASCIILetter(s[k-1]) {
		k--
	}
	w := s[k:]
	if len(w) > openerEndMax {
		return false
	}
	var buf [openerEndMax]byte
	for i := range len(w) {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return openerEnds[string(buf[:len(w)])]
}

// openersSpaced is desc with a space between the words that open a
// phrasing of the grammar (openerRe) and the number run into them, as a
// tool that drops a non-breaking space or joins a cell's lines with
// nothing writes them ("(Maximum200 characters)", "max200", "up
// to200", "at least2 characters"): the bound reads as its words say, as
// it does with the space, and is never taken for a count or a range
// that begins a paragraph of its own (boundsUnglued: "Maximum, 200
// characters", exactly 200). A name's digits ("Param0001", "sha256")
// follow no opener and are left as they are.
func openersSpaced(desc string) string {
	var b strings.Builder
	last := 0
	for j := 1; j < len(desc); j++ {
		if !isDigit(desc[j]) || !pages.IsASCIILetter(desc[j-1]) || !endsWithOpener(desc[:j]) || !openerRe.MatchString(desc[max(0, j-openerWindow):j]) {
			continue
		}
		b.WriteString(desc[last:j])
		b.WriteByte(' ')
		last = j
	}
	if last == 0 {
		return desc
	}
	b.WriteString(desc[last:])
	return b.String()
}

// gluedBound is a word's letters run into the number that begins a
// count or a range of the grammar, as a tool that joins a cell's
// paragraphs or lines with nothing writes them (Mojo::DOM's all_text of
// two <p>s: "Filters used1 ~ 4 items", "in degrees2 items", "returned-2.5
// ~ 12.0"): what follows the letters and makes the number a bound — a
// range's connector and its second number, a unit, or the words of a
// least or a greatest. A minus sign goes with the number only before a
// tilde, the one connector no hyphenated word is written with. The "up
// to" of a greatest count or length, with its number and unit, is glued
// so too ("at the boothup to 2 items", "sold inup to 4 items").
const gluedBound = `\d+(?:\.\d+)?\s*(?:[~–]|\.\.|-|to\s)\s*-?\d|-\d+(?:\.\d+)?\s*~\s*-?\d|\d+\s*` + boundUnits + `|\d+\s+or\s+(?:more|less|fewer|greater|above|below)\b|up to\s+\d+(?:\.\d+)?\s*` + boundUnits

// boundUnits are the units of a count or a length gluedBound reads
// after a number.
const boundUnits = `(?:characters?|chars?|letters?|bytes?|elements?|items?|entries|entry|values?)\b`

// gluedBoundRe matches gluedBound at the start of a text: where a word's
// letters end (boundsUnglued).
var gluedBoundRe = regexp.MustCompile(`^(?:` + gluedBound + `)`)

// numberedNames are the words that a number completes into a name, an
// encoding's, a digest's, a type's or a protocol's ("utf8", "Base64",
// "sha256", "int64", "IPv6"): a number after one of them is part of the
// name, never a bound glued to it.
var numberedNames = []string{"base", "big", "cp", "crc", "euc", "float", "gb", "http", "int", "ipv", "iso", "latin", "md", "oauth", "rfc", "sha", "ucs", "uint", "utf", "win"}

// boundsUnglued is desc with a comma and a space between a word and the
// number of a count or a range, or the "up to" of a greatest, glued to
// it (gluedBound), the clause of
// its own the number began as a paragraph's first, where the word is a word
// of prose: two letters or more, small but for the first, and no word
// of numberedNames; never inside a name ("v2", "Base64", "utf8"). Where
// the word is in capitals or mixed case ("ID32 characters", "Param0001
// items"), the number may be glued or the name's own: desc keeps it, and
// unsure lists the texts, to be warned of. The word is a whole run of
// ASCII letters, and each match is read from where the last ended, as a
// regexp finds them all, left to right and none overlapping; the pattern
// is run only where a run of letters ends and mayBeginGluedBound holds.
func boundsUnglued(desc string) (out string, unsure []string) {
	var b strings.Builder
	last, from := 0, 0
	for j := 1; j < len(desc); j++ {
		if !pages.IsASCIILetter(desc[j-1]) || !mayBeginGluedBound(desc[j:]) {
			continue
		}
		m := gluedBoundRe.FindStringIndex(desc[j:])
		if m == nil {
			continue
		}
		start := j - 1
		for start > from && pages.IsASCIILetter(desc[start-1]) {
			start--
		}
		switch word := desc[start:j]; {
		case len(word) < 2 || slices.Contains(numberedNames, strings.ToLower(word)):
		case strings.ToLower(word[1:]) != word[1:]:
			unsure = append(unsure, sentenceAt(desc, start))
		default:
			b.WriteString(desc[last:j])
			b.WriteString(", ")
			last = j
		}
		from = j + m[1]
		j = from
	}
	if last == 0 {
		return desc, unsure
	}
	b.WriteString(desc[last:])
	return b.String(), unsure
}

// mayBeginGluedBound reports whether s, what follows a word's letters,
// can begin gluedBound: a minus sign and a digit, or digits and then a
// decimal point and a digit, or, after any spaces, the first character
// of a connector ("~", "–", "-", "to"), of a unit word or of "or", or
// the two dots of ".."; or "up to". A full stop after a name's digits
// ("See Item0042.") begins none. It is necessary, so that the pattern
// runs only where it may match.
func mayBeginGluedBound(s string) bool {
	if len(s) < 2 {
		return false
	}
	if s[0] == 'u' {
		return strings.HasPrefix(s, "up to")
	}
	if s[0] == '-' {
		return isDigit(s[1])
	}
	k := 0
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == 0 {
		return false
	}
	for k < len(s) && pages.IsRegexpSpace(s[k]) {
		k++
	}
	if k < len(s) && s[k] == '.' {
		return k+1 < len(s) && (isDigit(s[k+1]) || s[k+1] == '.')
	}
	return k < len(s) && (strings.IndexByte("~-tclbeivo", s[k]) >= 0 || strings.HasPrefix(s[k:], "–"))
}

// stopThenSentenceRe is a full stop that a word in capitals follows
// with no space: where it ends a sentence, a tool that joins a cell's
// paragraphs or lines with nothing ran the next into it ("The element
// the focus is tuned to.Void needs …", html5lib's itertext()).
var stopThenSentenceRe = regexp.MustCompile(`\.\p{Lu}\p{Ll}`)

// unglued is the prose s with a space after each full stop of
// stopThenSentenceRe that ends a sentence (endsSentence: "0.40.Higher",
// "to.Void"), never after a name's or a version's dot ("Generic.Item",
// "com.kakao.Item", "v2.Item"), so that a bound before it ends its
// clause.
func unglued(s string) string {
	var b strings.Builder
	last := 0
	for _, loc := range stopThenSentenceRe.FindAllStringIndex(s, -1) {
		if endsSentence(s[:loc[0]]) {
			b.WriteString(s[last : loc[0]+1])
			b.WriteByte(' ')
			last = loc[0] + 1
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// endsSentence reports whether a full stop after s may end a sentence
// rather than join the parts of a name or a version: s ends, past the
// closing parentheses and quotes after it, with a number that goes on no
// name ("0.40", not "v2" nor "1.2.3") or with a word of small letters
// alone ("essence", not "Generic" nor "com.kakao").
func endsSentence(s string) bool {
	s = strings.TrimRight(s, ")\"'")
	if s == "" {
		return false
	}
	if isDigit(s[len(s)-1]) {
		i, point := len(s)-1, false
		for ; i >= 0 && (isDigit(s[i]) || s[i] == '.' && !point); i-- {
			point = point || s[i] == '.'
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i+1])
		return i < 0 || before != '.' && before != '_' && !unicode.IsLetter(before)
	}
	word := s[strings.LastIndexAny(s, " (\"'")+1:]
	return word != "" && strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLower(r) }) < 0
}

// groupedRes are whole numbers whose digits are grouped by thousands,
// between text that goes on no number (no digit, point or comma before
// it): with commas ("1,000", "10,000,000", "1,000원"), before anything
// but more digits; with spaces ("1 000": a non-breaking or thin space is
// a space once read), before the end, a space, a closing parenthesis, a
// semicolon or colon, or a comma or full stop that ends a clause, as a
// space between two numbers of prose ("3 100m") does not.
var groupedRes = []*regexp.Regexp{
	regexp.MustCompile(`(^|[^\d.,])(\d{1,3}(?:,\d{3})+)($|[^\d.,]|[.,](?:\D|$))`),
	regexp.MustCompile(`(^|[^\d.,])(\d{1,3}(?: \d{3})+)($|[\s);:]|[,.](?:\s|$))`),
}

// unsureNumberRe is number-shaped text the grammar cannot read with
// certainty, once groupedRes' numbers are read: digits that a comma
// joins to more digits other than as thousands ("1,00", "1,0000", "2,5",
// "1,2,3"), and thousands grouped by points ("1.000.000"). Such text is
// unread: warned of, never a bound.
var unsureNumberRe = regexp.MustCompile(`\d+(?:,\d+)+|\d{1,3}(?:\.\d{3}){2,}`)

// mayBeUnsure reports whether s has a digit that a comma or a point joins
// to another digit, as unsureNumberRe's texts have.
func mayBeUnsure(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if (s[i] == ',' || s[i] == '.') && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
	}
	return false
}

// ungrouped is s with the numbers whose digits are grouped by thousands
// (groupedRes) written without the separators, as the grammar reads
// numbers.
func ungrouped(s string) string {
	if !mayGroup(s) {
		return s
	}
	for _, re := range groupedRes {
		for t := ""; t != s; {
			t = s
			s = re.ReplaceAllString(s, "${1}\x00${2}\x00${3}")
			s = ungroupMarked(s)
		}
	}
	return s
}

// ungroupMarked drops the separators between the marks ungrouped puts
// around each grouped number, and the marks.
func ungroupMarked(s string) string {
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == 0:
			in = !in
		case in && (c == ',' || c == ' '):
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// mayGroup reports whether s has a digit that a comma or a space joins
// to three more, as a number grouped by thousands does.
func mayGroup(s string) bool {
	for i := 1; i+3 < len(s); i++ {
		if (s[i] == ',' || s[i] == ' ') && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

// clauses splits the prose s at each end of a clause (clauseEndRe) but
// the full stop of "min." or "max." before a number ("Name, min. 2
// characters"), which opens a bound, and ends no clause.
func clauses(s string) []string {
	var out []string
	last := 0
	for _, loc := range clauseEndRe.FindAllStringIndex(s, -1) {
		if s[loc[0]] == '.' && abbreviatedOpenerRe.MatchString(s[last:loc[0]]) && loc[1] < len(s) && isDigit(s[loc[1]]) {
			continue
		}
		out = append(out, s[last:loc[0]])
		last = loc[1]
	}
	return append(out, s[last:])
}

// abbreviatedOpenerRe is "min" or "max" ending a text, the words of a
// bound that a full stop abbreviates.
var abbreviatedOpenerRe = regexp.MustCompile(`(?i)(?:^|[^\pL\d_])(?:min|max)$`)

var (
	// rangeWordsRe finds the words that say whether a range holds its
	// ends, and a range written as an interval with a square bracket.
	rangeWordsRe = regexp.MustCompile(`(?i)clusive|cluding|[\[\]]`)
	// inclusiveRe is a number and the word after it that says the range
	// holds its ends, which the grammar reads so: "1 to 10 inclusive",
	// "0 (inclusive)", "1 - 10, both inclusive".
	inclusiveRe = regexp.MustCompile(`(?i)(\d)(?:\s*\((?:both\s+)?inclusive\)|\s*,?\s*(?:both\s+)?inclusive(?:ly)?\b)`)
	// exclusiveRe is a word that says a range leaves out an end, or
	// which, after a number or before one: "between 0 and 1, exclusive",
	// "1.0 (exclusive)", "exclusive of 1", "up to but not including 10";
	// not "mutually exclusive with", "excluding spaces".
	exclusiveRe = regexp.MustCompile(`(?i)\d\s*\)?\s*,?\s*\(?\s*(?:both\s+)?(?:exclusive(?:ly)?|non-?inclusive|not\s+inclusive)\b|\b(?:exclusive(?:ly)?\s+(?:of|max(?:imum)?|min(?:imum)?|upper bound|lower bound)|excluding|not\s+including)\s*:?\s*-?\d`)
	// intervalRe is a range in the notation of intervals, "[0, 1)", "(0,
	// 100]", "[1, 10]".
	intervalRe = regexp.MustCompile(`[\[(]\s*-?\d+(?:\.\d+)?\s*[,;]\s*-?\d+(?:\.\d+)?\s*[\])]`)
)

// rangeWordsRead is desc with the sentences that say a range leaves out
// an end (exclusiveRe) taken out and returned as unsure, then the words
// that say a range holds its ends (inclusiveRe) dropped, as the grammar
// reads a range so, and the ranges in the notation of intervals with a
// square bracket (intervalRe) taken out and returned as unsure: the
// grammar reads no end left out of a range but by its own words
// ("greater than 0"), and a range so stated is warned of, never read as
// one that holds its ends.
func rangeWordsRead(desc string) (string, []string) {
	if !mayHoldRangeWords(desc) || !rangeWordsRe.MatchString(desc) {
		return desc, nil
	}
	var unsure []string
	for from := 0; ; {
		loc := exclusiveRe.FindStringIndex(desc[from:])
		if loc == nil {
			break
		}
		i := from + loc[0]
		start := strings.LastIndex(desc[:i], ". ") + 1
		end := len(desc)
		if e := strings.Index(desc[i:], ". "); e >= 0 {
			end = i + e
		}
		if !mayState(desc[start:end]) {
			from += loc[1]
			continue
		}
		unsure = append(unsure, strings.TrimSpace(desc[start:end]))
		desc = desc[:start] + " " + desc[end:]
		from = start + 1
	}
	desc = inclusiveRe.ReplaceAllString(desc, "$1")
	desc = intervalRe.ReplaceAllStringFunc(desc, func(m string) string {
		if m[0] != '[' && m[len(m)-1] != ']' {
			return m
		}
		unsure = append(unsure, m)
		return " "
	})
	return desc, unsure
}

// mayHoldRangeWords reports whether rangeWordsRe may match desc: it
// holds a bracket or "clu" in any case, as each of its words does, no
// other letter folding to c, l or u. The expression, with no literal to
// look for first, is tried at every byte of every description that
// states a number; this finds the few it may match in one pass.
func mayHoldRangeWords(desc string) bool {
	for i := 0; i < len(desc); i++ {
		switch desc[i] {
		case '[', ']':
			return true
		case 'c', 'C':
			if i+2 < len(desc) && desc[i+1]|0x20 == 'l' && desc[i+2]|0x20 == 'u' {
				return true
			}
		}
	}
	return false
}

// readClause reads a clause of the prose that ends with a bound; another
// bound before it in the clause ("at least 1 and at most 32 items") is
// unread, as is a clause that ends with an unsure phrasing.
func (c *Constraints) readClause(clause string) bool {
	if c.readSign(clause, clause, true) {
		return true
	}
	s, unit := clause, unitNone
	if loc := tailUnitRe.FindStringSubmatchIndex(s); loc != nil {
		unit = unitOf(s[loc[2]:loc[3]])
		s = strings.TrimSpace(s[:loc[2]])
	} else if loc := midUnitRe.FindStringSubmatchIndex(s); loc != nil {
		unit = unitOf(s[loc[2]:loc[3]])
		s = s[:loc[2]] + " " + s[loc[4]:]
	} else if loc := nounRe.FindStringSubmatchIndex(s); loc != nil && !slices.Contains(boundEnds, strings.ToLower(s[loc[2]:loc[3]])) {
		unit = unitCounted
		s = strings.TrimSpace(s[:loc[2]])
	}
	if !endsLikeBound(s) {
		return false
	}
	for _, p := range compiled {
		loc := p.tail.FindStringSubmatchIndex(s)
		if loc == nil || p.reads == parenthesized {
			continue
		}
		// A label before the bound ("Range: 1-100", "max length: 20")
		// gives it a unit, or an end, as a unit word after it does.
		start, lab := loc[0], labelEnding(s[:loc[0]])
		if lab.ok {
			start = lab.start
		}
		if p.reads == plain && unit == unitNone && !lab.ok && strings.TrimSpace(s[loc[0]:]) != s {
			continue
		}
		if p.reads == unsure {
			if unit == unitCounted {
				// "copied from 3 servers" counts no values.
				continue
			}
			c.unread(clause)
			return true
		}
		kind, u, fits := lab.reads(p.kind, p.unit(s, loc, unit))
		if kind == exactly && (u == unitNone || u == unitCounted) {
			continue
		}
		if !fits || lostFirstEnd(s[:loc[0]]) || kind == exactly && notExactRe.MatchString(s[:loc[0]]) {
			// "Max length: 1 - 20": a label that gives one end of a
			// range; "~ 4 items": a range whose first number is lost;
			// "under 18 characters", "within 20 characters": a bound
			// the prose does not read, no count of its own.
			c.unread(clause)
			return true
		}
		b := &Bound{Text: strings.TrimSpace(clause[start:]), InProse: true}
		p.read(b, kind, s, loc)
		c.set(u, b)
		if looksBoundOutsideRe.MatchString(s[:start]) {
			c.unread(clause)
		}
		return true
	}
	return false
}

// notExactRe is the word before a count that makes it no exact count,
// ending the text before a number: one that opens a bound the grammar
// reads in parentheses alone ("above", "over", "below", "under"), or one
// that hedges it ("within 20 characters", "about 10 items").
var notExactRe = regexp.MustCompile(`(?i)(?:^|\s)(?:above|over|below|under|within|about|around|approximately|approx\.|roughly|nearly|almost)\s*$`)

// unit is the unit of p's match loc in s, unit being the one a unit word
// gives: where there is none, the one the name a chain bounds gives as a
// label ("1 <= length <= 20").
func (p compiledPhrasing) unit(s string, loc []int, unit int) int {
	if p.kind != chained || unit != unitNone {
		return unit
	}
	return labelNouns[strings.ToLower(s[loc[6]:loc[7]])]
}

// labelNouns are the nouns of a label, the words before a bound that name
// what its numbers bound, with the unit each gives: a length, a number of
// elements, a count of either kind (an array's elements or a number's
// value, unitCounted), or a range of values.
var labelNouns = map[string]int{
	"length": unitLength, "characters": unitLength, "character": unitLength, "chars": unitLength, "char": unitLength,
	"letters": unitLength, "bytes": unitLength, "길이": unitLength, "글자": unitLength, "글자수": unitLength,
	"items": unitItems, "item": unitItems, "elements": unitItems, "element": unitItems, "entries": unitItems,
	"size": unitCounted, "count": unitCounted, "number": unitCounted, "개수": unitCounted, "크기": unitCounted,
	"range": unitNone, "value": unitNone, "values": unitNone, "범위": unitNone, "값": unitNone,
}

// labelBody is a label: the words before a bound that name what its
// numbers bound (labelNouns), which end they give, or both, with the
// words that lead to the numbers: "Length:", "Max length:", "Min:",
// "Valid range", "Allowed values:", "Character limit:", "length must
// be", "최대 길이", "범위:". Its groups are the end (min, max) and the
// noun, and a limit, which gives the greatest.
var labelBody = func() string {
	nouns := slices.Collect(maps.Keys(labelNouns))
	slices.SortFunc(nouns, func(a, b string) int { return len(b) - len(a) })
	return `(?:(?:valid|allowed|accepted|permitted|supported)\s+)?(?:(min(?:imum)?|max(?:imum)?|최소|최대)\.?\s*)?(?:(` + strings.Join(nouns, "|") + `)\s*)?(limit)?(?:\s*(?:is|must be|should be|of)\b)?\s*[:=]?\s*`
}()

var (
	// labelStartRe is a label that begins a part of a parenthesized
	// group, the bound after it.
	labelStartRe = regexp.MustCompile(`(?i)^` + labelBody)
	// labelEndRe is a label that ends the text of a clause before its
	// bound.
	labelEndRe = regexp.MustCompile(`(?i)(?:^|\s)` + labelBody + `$`)
)

// A label is what a label (labelBody) says of the bound after it: ok
// where there is one, the unit its noun gives, and the end its words give
// (atLeast, atMost; exactly where they give none). start is where it
// begins in the text it ends.
type label struct {
	ok    bool
	unit  int
	end   boundKind
	start int
}

// labelOf reads the match loc of labelStartRe or labelEndRe in s.
func labelOf(s string, loc []int) label {
	if loc == nil || loc[2] < 0 && loc[4] < 0 && loc[6] < 0 {
		return label{}
	}
	lab := label{ok: true, end: exactly, start: loc[0]}
	if loc[4] >= 0 {
		lab.unit = labelNouns[strings.ToLower(s[loc[4]:loc[5]])]
	}
	switch {
	case loc[2] >= 0 && (strings.HasPrefix(strings.ToLower(s[loc[2]:loc[3]]), "min") || s[loc[2]:loc[3]] == "최소"):
		lab.end = atLeast
	case loc[2] >= 0, loc[6] >= 0:
		lab.end = atMost
	}
	return lab
}

// labelStarting is the label s begins with, a part of a parenthesized
// group, and the rest of s after it. A label whose word runs on is none
// ("limited to 10").
func labelStarting(s string) (label, string) {
	loc := labelStartRe.FindStringSubmatchIndex(s)
	lab := labelOf(s, loc)
	if !lab.ok || loc[1] < len(s) && loc[1] > 0 && pages.IsASCIILetter(s[loc[1]]) && pages.IsASCIILetter(s[loc[1]-1]) {
		return label{}, s
	}
	return lab, s[loc[1]:]
}

// labelWindow is how many bytes at the end of the text before a bound
// labelEnding looks for a label in: more than the longest label ("accepted
// maximum characters limit should be:").
const labelWindow = 64

// labelEnding is the label the text of a clause before its bound ends
// with. It looks in the last words of before only, from the first space
// in its last labelWindow bytes on, which hold any label whole.
func labelEnding(before string) label {
	from := 0
	if len(before) > labelWindow {
		from = len(before) - labelWindow
		if k := strings.IndexByte(before[from:], ' '); k >= 0 {
			from += k
		} else {
			return label{}
		}
	}
	lab := labelOf(before[from:], labelEndRe.FindStringSubmatchIndex(before[from:]))
	lab.start += from
	return lab
}

// reads is the kind and the unit of a bound of kind k and unit u (a unit
// word's) that lab labels, and whether lab fits it: the label's noun
// gives the unit where no unit word does, and its end makes a number
// alone that end ("Max length: 20"), or must be the end the bound's own
// words give ("최소 2자 이상").
func (lab label) reads(k boundKind, u int) (boundKind, int, bool) {
	if !lab.ok {
		return k, u, true
	}
	if u == unitNone {
		u = lab.unit
	}
	switch {
	case lab.end == exactly:
	case k == exactly:
		k = lab.end
	case k != lab.end:
		return k, u, false
	}
	return k, u, true
}

// lostFirstEnd reports whether before, the text of a clause before a
// bound, ends with a range's connector (a tilde, a dash, two points):
// the bound is a range's second number, its first lost ("Filters used ~ 4
// items", a first number that went with the word before it), and no
// bound of its own.
func lostFirstEnd(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, "~") || strings.HasSuffix(before, "-") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, "..")
}

// read sets the ends of b that the phrasing states, read as a bound of
// kind (the phrasing's, or the end its label gives), from the match loc
// of it in s.
func (p compiledPhrasing) read(b *Bound, kind boundKind, s string, loc []int) {
	first := s[loc[2]:loc[3]]
	switch kind {
	case chained:
		b.Min, b.MinOpen = first, s[loc[4]:loc[5]] == "<"
		b.Max, b.MaxOpen = s[loc[10]:loc[11]], s[loc[8]:loc[9]] == "<"
	case exactly:
		b.Min, b.Max = first, first
	case between:
		b.Min, b.Max = first, s[loc[4]:loc[5]]
	case atLeast:
		b.Min = first
	case atMost:
		b.Max = first
	case above:
		b.Min, b.MinOpen = first, true
	case below:
		b.Max, b.MaxOpen = first, true
	}
}

// sentenceOf returns the sentence of s that holds clause, for messages.
func sentenceOf(s, clause string) string {
	return sentenceAt(s, strings.Index(s, clause))
}

// mayState reports whether s can state a constraint: every form has a
// number (a digit that does not go on an identifier, as in
// "InfoRequestParam0001") or the word default.
func mayState(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) && (i == 0 || !pages.IsASCIILetter(s[i-1]) && !isDigit(s[i-1]) && s[i-1] != '_') {
			return true
		}
	}
	return saysDefault(s) || saysSign(s)
}

// saysSign reports whether s holds the word positive or negative, which
// every phrasing of signRe has.
func saysSign(s string) bool {
	return strings.Contains(s, "ositive") || strings.Contains(s, "egative")
}

// signRe is the sign a number must have, stated by a part of a group or
// a clause of the prose whole, with no number: "a positive integer",
// "must be positive", "(non-negative)". "Positive" alone is left out, as
// is "negative": "earned (positive) or spent (negative)" tells what
// each sign means, and "may be negative" allows one; they bound nothing.
var signRe = regexp.MustCompile(`(?i)^(?:(?:(?:must|should) be |always )(?:an? )?(positive|non-?negative)(?: (?:integer|number|value|whole number|amount)s?)?|(?:an? )?(positive|non-?negative) (?:integer|number|value|whole number|amount)s?|(non-?negative))$`)

// readSign reads a sign signRe states as the least value it leaves, 0,
// which "positive" leaves out; text is how messages quote it.
func (c *Constraints) readSign(s, text string, inProse bool) bool {
	m := signRe.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	c.set(unitNone, &Bound{Min: "0", MinOpen: strings.EqualFold(m[1]+m[2], "positive"), Text: text, InProse: inProse})
	return true
}

// saysDefault reports whether s holds the word default, which every
// phrasing of a default has.
func saysDefault(s string) bool {
	i := strings.Index(s, "efault")
	return i > 0 && (s[i-1] == 'd' || s[i-1] == 'D')
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// boundEnds are the words a phrasing of a bound may end with, after its
// last number: a clause that ends with none of them, nor with a digit,
// ends with no bound.
var boundEnds = []string{"more", "greater", "above", "minimum", "min", "min.", "least", "+", "이상", "초과", "less", "fewer", "below", "maximum", "max", "max.", "most", "이하", "이내", "미만", "까지", "]"}

// endsLikeBound reports whether s may end with a phrasing of a bound: a
// number (not the digits an identifier ends with, "Param0001") or a
// word of boundEnds.
func endsLikeBound(s string) bool {
	if s == "" {
		return false
	}
	if c := s[len(s)-1]; c >= '0' && c <= '9' {
		j := len(s) - 1
		for j >= 0 && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
			j--
		}
		return j < 0 || !pages.IsASCIILetter(s[j]) && s[j] != '_'
	}
	for _, w := range boundEnds {
		if len(s) >= len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
			return true
		}
	}
	return false
}

// The kinds of bound a unit makes.
const (
	unitNone = iota
	unitLength
	unitItems
	// unitCounted is a word of the prose that names what a bound counts
	// ("1 ~ 100 players", "5 - 60 seconds"): an array's elements, or a
	// number's value.
	unitCounted
)

func unitOf(word string) int {
	m := unitRe.FindStringSubmatch(word)
	switch {
	case word == "개":
		return unitItems
	case m == nil:
		return unitNone
	case m[1] != "" || m[2] != "":
		return unitLength
	}
	return unitItems
}

// set sets the bound of a unit. A lower and an upper bound stated apart
// ("최소 1, 최대 100", "at least 2, up to 12 characters") make one bound.
func (c *Constraints) set(unit int, b *Bound) {
	at := &c.Value
	switch unit {
	case unitLength:
		at = &c.Length
	case unitItems:
		at = &c.Items
	case unitCounted:
		at = &c.Counted
	}
	if old := *at; old != nil && (old.Max == "" && b.Min == "" || old.Min == "" && b.Max == "") {
		b = &Bound{Min: old.Min + b.Min, Max: old.Max + b.Max, MinOpen: old.MinOpen || b.MinOpen, MaxOpen: old.MaxOpen || b.MaxOpen, Text: old.Text + ", " + b.Text, InProse: old.InProse && b.InProse}
	}
	*at = b
}

// readPart reads one constraint, a part of a parenthesized group, text
// being how messages quote it.
func (c *Constraints) readPart(s, text string) bool {
	for _, re := range defaultWhole {
		if m := re.FindStringSubmatch(s); m != nil {
			c.Default, c.DefaultText, c.HasDefault = strings.Trim(strings.TrimSpace(m[1]), "`"), text, true
			return true
		}
	}
	if c.readSign(s, text, false) {
		return true
	}
	if lab, rest := labelStarting(s); lab.ok && c.readBound(rest, text, lab) {
		return true
	}
	return c.readBound(s, text, label{})
}

// readBound reads a bound, a part of a parenthesized group after its
// label lab, if any, text being how messages quote the part.
func (c *Constraints) readBound(s, text string, lab label) bool {
	unit := unitNone
	if loc := unitRe.FindStringSubmatchIndex(s); loc != nil {
		from, to := loc[0], loc[1]
		for g := 2; g < len(loc); g += 2 {
			if loc[g] >= 0 {
				from, to = loc[g], loc[g+1]
			}
		}
		unit = unitOf(s[from:to])
		s = s[:from] + " " + s[to:]
		s = lengthWordRe.ReplaceAllString(s, " ")
	}
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range compiled {
		loc := p.whole.FindStringSubmatchIndex(s)
		if loc == nil {
			continue
		}
		kind, u, ok := lab.reads(p.kind, p.unit(s, loc, unit))
		if !ok {
			return false
		}
		if kind == exactly && (u == unitNone || u == unitCounted) {
			continue
		}
		b := &Bound{Text: text}
		p.read(b, kind, s, loc)
		c.set(u, b)
		return true
	}
	return false
}

// CountBounds reads a length or an element count: whole numbers, none
// negative, the least not above the greatest. An end the bound leaves
// out is the count next to it, counts being whole: "fewer than 10" is
// at most 9.
func CountBounds(b *Bound) (lo, hi *int, err error) {
	count := func(s string) (*int, error) {
		if s == "" {
			return nil, nil
		}
		n, err := strconv.Atoi(s)
		switch {
		case errors.Is(err, strconv.ErrRange):
			return nil, fmt.Errorf("%s is too large", s)
		case err != nil || n < 0:
			return nil, fmt.Errorf("%s is not a count", s)
		}
		return &n, nil
	}
	if lo, err = count(b.Min); err != nil {
		return nil, nil, err
	}
	if hi, err = count(b.Max); err != nil {
		return nil, nil, err
	}
	if lo != nil && b.MinOpen {
		*lo++
	}
	if hi != nil && b.MaxOpen {
		if *hi == 0 {
			return nil, nil, fmt.Errorf("no count is less than 0")
		}
		*hi--
	}
	if lo != nil && hi != nil && *lo > *hi {
		return nil, nil, fmt.Errorf("the least count %d is above the greatest %d", *lo, *hi)
	}
	return lo, hi, nil
}

// ValueBounds reads a range of values, the least not above the greatest.
func ValueBounds(b *Bound) (lo, hi *float64, err error) {
	value := func(s string) *float64 {
		if s == "" {
			return nil
		}
		x, _ := strconv.ParseFloat(s, 64) // the grammar matched a number
		return &x
	}
	lo, hi = value(b.Min), value(b.Max)
	if lo != nil && hi != nil && *lo > *hi {
		return nil, nil, fmt.Errorf("has its lower bound above its upper bound")
	}
	return lo, hi, nil
}

// closedInteger is b, a range of values that leaves out an end, with
// each such end the whole number next to it, where typ is an integer's
// and the end is whole ("greater than 0" is at least 1); nil where it
// is not.
func closedInteger(b *Bound, typ string) *Bound {
	if typ != schema.Integer {
		return nil
	}
	closed := *b
	closed.MinOpen, closed.MaxOpen = false, false
	for _, e := range []struct {
		end  *string
		open bool
		step int
	}{{&closed.Min, b.MinOpen, 1}, {&closed.Max, b.MaxOpen, -1}} {
		if !e.open {
			continue
		}
		n, err := strconv.Atoi(*e.end)
		if err != nil {
			return nil
		}
		*e.end = strconv.Itoa(n + e.step)
	}
	return &closed
}

// sentenceAt returns the sentence of s that holds byte i.
func sentenceAt(s string, i int) string {
	start := strings.LastIndex(s[:i], ". ") + 1
	end := strings.Index(s[i:], ". ")
	if end < 0 {
		end = len(s) - i
	}
	return strings.TrimSpace(s[start : i+end])
}

// Unapplied lists what a description states that Apply did not
// apply: Unread, texts that state a bound the grammar did not read
// (Unread); Misplaced, bounds in parentheses that the field's type cannot
// have, each a message quoting the description; Aside, such bounds that
// end a clause of the prose, which may bound another thing it names
// ("Blast needs a claim of level 3 or more" of an enum), each a message
// quoting the description; Unfit, a default in words that is no value of
// the field's type ("Defaults to now." of an integer), a message to which
// a reader adds the override that gives the default; Unrepresented, bounds
// the field's type has but the schema cannot hold, a number of entries of
// a hashtable ("(0 - 32 entries)"), each a message quoting the
// description; Open, bounds without a unit whose kind the field's type
// leaves open (an array of numbers: its count or each element's range; a
// string: its length, which words state in characters), each a message
// quoting the description and naming the override. A reader reports
// each, as an error or a warning (Open as a warning in both protocols):
// none is dropped in silence. Named is the default stated of a field of
// a named type, which only a member of an enum gives, and which waits for
// the enums the pages document: its reader sets it with SetEnumDefault.
type Unapplied struct {
	Unread                                       []Unread
	Misplaced, Aside, Unfit, Unrepresented, Open []string
	Named                                        *StatedDefault
}

// StatedDefault is a default a description states: Value, its value as
// written ("0", "None"); Text, the words that state it ("(default: 0)").
type StatedDefault struct{ Value, Text string }

// PendingDefault is a default stated of field F of a named type, which
// waits for the enums of every page: At is F's row, Target what an
// override names F's owner by.
type PendingDefault struct {
	At     schema.Pos
	Target string
	F      *schema.Field
	Stated StatedDefault
}

// SetEnumDefaults sets each of pending once enums holds the enums of
// every page (SetEnumDefault), and warns at its row of one that is no
// member, with the fix that gives the field a default.
func SetEnumDefaults(rep *pages.Reporter, pending []PendingDefault, enums map[string]*schema.Enum) {
	for _, d := range pending {
		if u := SetEnumDefault(d.F, enums[d.F.Type], d.Stated); u != "" {
			rep.Warn(d.At, "%s; if the page means a value, %s", u, FieldFix(d.Target, d.F.Name, "default: <value>"))
		}
	}
}

// SetEnumDefault sets f's default to the one d states, f being a field of
// the enum e (nil when f's type is an object, which has no default): a
// member's code, "(default: 0)", or its name in any case, "(Default:
// None)", either read as the member's code, its value on the wire. A
// value that is no member of e is left out: SetEnumDefault returns the
// message of it, of the form of Unapplied.Unfit, and "" when it set the
// default. "null" states no default.
func SetEnumDefault(f *schema.Field, e *schema.Enum, d StatedDefault) (unfit string) {
	if strings.EqualFold(d.Value, "null") {
		return ""
	}
	v := strings.Trim(d.Value, `"'`)
	var why string
	switch m := enumMember(e, v); {
	case e == nil:
		why = "does not fit its type " + TypeName(f)
	case m == nil:
		names := make([]string, len(e.Members))
		for i, em := range e.Members {
			names[i] = fmt.Sprintf("%s %d", em.Name, em.Code)
		}
		why = fmt.Sprintf("is no member of enum %s (%s)", e.Name, strings.Join(names, ", "))
	default:
		f.Default = m.Code
		return ""
	}
	return fmt.Sprintf("field %s: %q states a default that %s; the field gets no default from it", f.Name, d.Text, why)
}

// enumMember is the member of e that v names: its code, its name, or its
// name in another case when no other member's name is so written; nil
// when none is, or e is nil.
func enumMember(e *schema.Enum, v string) *schema.Member {
	if e == nil {
		return nil
	}
	if code, err := strconv.Atoi(v); err == nil {
		return e.MemberByCode(code)
	}
	var folded []*schema.Member
	for _, m := range e.Members {
		if m.Name == v {
			return m
		}
		if strings.EqualFold(m.Name, v) {
			folded = append(folded, m)
		}
	}
	if len(folded) == 1 {
		return folded[0]
	}
	return nil
}

// Apply applies constraints c, read from f's description by
// ReadConstraints, to f: a reader reads them while it reads its pages
// concurrently, and applies them as it merges the pages. c is left as it
// is, for another field of the same description.
//
// The grammar: a length "(6 - 64 characters)" or "(up to 256
// characters)" for a string, a number of elements "(1 - 32 elements)" for
// an array, a range "(from 1 to 100)", "(from 0)", "(up to 100)" or "1 ~
// 100" for a number, a bound of things the prose names ("1 ~ 100
// players") for either, and a default "(Default: 10)". An inverted range, a
// count that is not one and a default outside the field's range, length
// or values are errors quoting the description's text; a bound of a kind
// the field's type cannot have is left out, and listed in Misplaced; a
// default that is no value of the field's type is left out, and listed
// in Unfit; one of a field of a named type waits in Named.
func (c Constraints) Apply(f *schema.Field) (u Unapplied, err error) {
	// The texts that look like constraints, a counted bound the field
	// cannot have, then the net's bounds, each with the override that
	// sets it.
	net := slices.IndexFunc(c.Unread, func(r Unread) bool { return r.net })
	if net < 0 {
		net = len(c.Unread)
	}
	u.Unread = slices.Clone(c.Unread[:net])
	// misplace lists bound b, of a kind the field's type cannot have, as
	// Misplaced, or as Aside where the prose states it.
	misplace := func(b *Bound, kind string) {
		if b.InProse {
			u.Aside = append(u.Aside, fmt.Sprintf("field %s is %s, and a sentence of its description states %q, %s: read as a bound of another thing the sentence names", f.Name, TypeName(f), b.Text, kind))
			return
		}
		u.Misplaced = append(u.Misplaced, fmt.Sprintf("field %s is %s, but its description states %q, %s", f.Name, TypeName(f), b.Text, kind))
	}
	if b := c.Counted; b != nil {
		switch {
		case f.Array && c.Items == nil:
			c.Items = b
		case !f.Array && (f.Type == schema.Number || f.Type == schema.Integer) && c.Value == nil:
			c.Value = b
		default:
			u.Unread = append(u.Unread, Unread{Text: b.Text})
		}
	}
	u.Unread = append(u.Unread, c.Unread[net:]...)
	for i := range u.Unread {
		u.Unread[i].Set = unreadSet(u.Unread[i], f)
	}
	if b := c.Value; b != nil && f.Array && c.Items == nil && !isNumeric(f.Type) {
		// An array of other values has no range of values: a bound
		// without a unit counts its elements ("Skills used, at most 30").
		c.Items, c.Value = b, nil
	}
	if b := c.Length; b != nil {
		switch {
		case f.Type == schema.String && f.Array && !eachRe.MatchString(f.Description):
			// "1 – 3 characters" of an array of strings may be each
			// element's length, or the count of the things it lists.
			u.Open = append(u.Open, fmt.Sprintf("field %s is %s, and its description states %q, which may be the length of each element or the number of elements: state it as %q or %q on the page, or set %s or %s with an override", f.Name, TypeName(f), b.Text, "(each … characters)", "(… elements)", boundNames(b, "minLength", "maxLength"), boundNames(b, "minItems", "maxItems")))
		case f.Type != schema.String:
			misplace(b, "a length in characters, which only a string has")
		default:
			if f.MinLength, f.MaxLength, err = CountBounds(b); err != nil {
				return u, fmt.Errorf("field %s: %q: %v", f.Name, b.Text, err)
			}
		}
	}
	if b := c.Items; b != nil {
		switch {
		case !f.Array && f.Type == schema.Hashtable:
			if _, _, err := CountBounds(b); err != nil {
				return u, fmt.Errorf("field %s: %q: %v", f.Name, b.Text, err)
			}
			u.Unrepresented = append(u.Unrepresented, fmt.Sprintf("field %s is a hashtable, and its description states %q, a number of its entries, which the schema has no bound for: the generated code does not check it", f.Name, b.Text))
		case !f.Array:
			misplace(b, "a number of elements, which only an array has")
		default:
			if f.MinItems, f.MaxItems, err = CountBounds(b); err != nil {
				return u, fmt.Errorf("field %s: %q: %v", f.Name, b.Text, err)
			}
		}
	}
	var rng string
	if b := c.Value; b != nil {
		switch {
		case f.Array && isNumeric(f.Type):
			u.Open = append(u.Open, fmt.Sprintf("field %s is %s, and its description states %q, a bound without a unit, which may count its elements or range each of them: state it as %q or %q on the page, or set %s or %s with an override", f.Name, TypeName(f), b.Text, "(… elements)", "(from … to …)", boundNames(b, "minItems", "maxItems"), boundNames(b, "minimum", "maximum")))
		case f.Type == schema.String && !f.Array:
			u.Open = append(u.Open, fmt.Sprintf("field %s is %s, and its description states %q, a bound without a unit, which a string has only of its length in characters: state it as %q on the page, or set %s with an override", f.Name, TypeName(f), b.Text, "(… characters)", boundNames(b, "minLength", "maxLength")))
		case !isNumeric(f.Type):
			misplace(b, "a range of values, which only a number has")
		case (b.MinOpen || b.MaxOpen) && closedInteger(b, f.Type) == nil:
			u.Unrepresented = append(u.Unrepresented, fmt.Sprintf("field %s is %s, and its description states %q, a range that leaves out its end, which the schema has no bound for: not applied; set %s with an override", f.Name, TypeName(f), b.Text, boundNames(b, "minimum", "maximum")))
		default:
			if b.MinOpen || b.MaxOpen {
				b = closedInteger(b, f.Type)
			}
			f.Minimum, f.Maximum, err = ValueBounds(b)
			if err != nil {
				return u, fmt.Errorf("field %s: %q %v", f.Name, b.Text, err)
			}
			rng = b.Text
		}
	}
	if c.HasDefault && !f.Array && f.Type != "" && !schema.IsPrimitive(f.Type) {
		u.Named = &StatedDefault{Value: c.Default, Text: c.DefaultText}
		return u, nil
	}
	if c.HasDefault {
		v, err := defaultValue(f, c.Default)
		if err != nil {
			u.Unfit = append(u.Unfit, fmt.Sprintf("field %s: %q states a default that %v; the field gets no default from it", f.Name, c.DefaultText, err))
			return u, nil
		}
		if err := fitDefault(f, v, rng); err != nil {
			return u, fmt.Errorf("field %s: %q %v", f.Name, c.DefaultText, err)
		}
		f.Default = v
	}
	return u, nil
}

// isNumeric reports whether a type is a number's, which has a range of
// values.
func isNumeric(typ string) bool { return typ == schema.Number || typ == schema.Integer }

// boundNames names the fields of an override that set the ends b states,
// lo and hi: "maxItems", "minItems and maxItems".
func boundNames(b *Bound, lo, hi string) string {
	switch {
	case b.Min == "":
		return hi
	case b.Max == "":
		return lo
	}
	return lo + " and " + hi
}

// defaultValue reads a default as a value of the field's type. "null" is
// no default.
func defaultValue(f *schema.Field, s string) (any, error) {
	if strings.EqualFold(s, "null") {
		return nil, nil
	}
	isBool := func() (any, bool) {
		switch strings.ToLower(s) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
		return nil, false
	}
	isNumber := func() (any, bool) {
		if n, err := strconv.Atoi(s); err == nil {
			return n, true
		}
		x, err := strconv.ParseFloat(s, 64)
		return x, err == nil
	}
	switch {
	case f.Array:
	case f.Type == schema.Boolean:
		if v, ok := isBool(); ok {
			return v, nil
		}
	case f.Type == schema.Integer:
		if n, err := strconv.Atoi(s); err == nil {
			return n, nil
		}
	case f.Type == schema.Number:
		if v, ok := isNumber(); ok {
			return v, nil
		}
	case f.Type == schema.String:
		return strings.Trim(s, `"'`), nil
	case f.Type == schema.Any:
		if v, ok := isBool(); ok {
			return v, nil
		}
		if v, ok := isNumber(); ok {
			return v, nil
		}
		return strings.Trim(s, `"'`), nil
	}
	return nil, fmt.Errorf("does not fit its type %s", TypeName(f))
}

// fitDefault checks a default against the field's range, length and
// allowed values.
func fitDefault(f *schema.Field, v any, rng string) error {
	var x float64
	switch n := v.(type) {
	case int:
		x = float64(n)
	case float64:
		x = n
	case string:
		if len(f.Values) > 0 && !slices.Contains(f.Values, n) {
			return fmt.Errorf("is not one of its values %s", strings.Join(f.Values, " | "))
		}
		l := utf8.RuneCountInString(n)
		if f.MinLength != nil && l < *f.MinLength || f.MaxLength != nil && l > *f.MaxLength {
			return fmt.Errorf("does not have the length its description states")
		}
		return nil
	default:
		return nil
	}
	if f.Minimum != nil && x < *f.Minimum || f.Maximum != nil && x > *f.Maximum {
		return fmt.Errorf("is outside %q", rng)
	}
	return nil
}

// Stated lists what a field's description constrains, for comparing
// one field as several pages document it.
func Stated(f *schema.Field) string {
	var out []string
	num := func(name string, v *int) {
		if v != nil {
			out = append(out, fmt.Sprintf("%s %d", name, *v))
		}
	}
	float := func(name string, v *float64) {
		if v != nil {
			out = append(out, fmt.Sprintf("%s %v", name, *v))
		}
	}
	num("minLength", f.MinLength)
	num("maxLength", f.MaxLength)
	float("minimum", f.Minimum)
	float("maximum", f.Maximum)
	num("minItems", f.MinItems)
	num("maxItems", f.MaxItems)
	if f.Default != nil {
		out = append(out, fmt.Sprintf("default %v", f.Default))
	}
	if len(f.Values) > 0 {
		out = append(out, "values "+strings.Join(f.Values, " | "))
	}
	return strings.Join(out, ", ")
}
