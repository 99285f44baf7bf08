package parser

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The line shapes a GearN page is made of.
var (
	statusLineRe    = regexp.MustCompile(`^([1-5][0-9][0-9])(?:\s+[A-Za-z][A-Za-z ]*)?$`)
	endpointRe      = regexp.MustCompile("^`?(GET|POST|PUT|PATCH|DELETE)`?\\s+`?(?:https?://[^/\\s`]+)?(/[^\\s`]*)`?(?:\\s+HTTP/[0-9.]+)?`?$")
	dataStructureRe = regexp.MustCompile(`^Data structure:\s*([A-Za-z_][A-Za-z0-9_.]*?)\.?$`)
	permissionRe    = regexp.MustCompile("^Require(?:s)? permission rules?:?\\s+`?([A-Za-z0-9_.]+?)`?\\.?(?:\\s+See\\s.*)?$")
	seeRe           = regexp.MustCompile(`\bSee ([A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)`)
	usedInRe        = regexp.MustCompile(`\b(?:used in|field in)\s+([A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)`)
	usedAsRe        = regexp.MustCompile(`^([A-Z][A-Za-z0-9_]*) (?:used|field) in\b`)
	conditionRe     = regexp.MustCompile(`^(?i:optional|required|mandatory|conditional)\b.*\s`)
	secretRoleRe    = regexp.MustCompile(`\brole (?:must (?:is|be) )?(?:an? )?([A-Z][A-Za-z]+)\b`)
)

// sectionTitles are the fixed titles of a page's parts.
var sectionTitles = map[string]bool{
	"overview": true, "http": true, "request headers": true, "request body": true,
	"response body": true, "response": true, "request": true, "headers": true,
	"parameters": true, "description": true, "method": true,
}

// roles are the GearN roles that head an endpoint's section.
var roles = map[string]string{"client": "client", "server": "server", "admin": "admin"}

// primitiveSpellings maps the ways pages write a primitive type to the
// schema's name for it.
var primitiveSpellings = sortedLongestFirst([]string{
	"number int", "integer", "int", "long", "number", "float", "double",
	"string", "boolean", "bool", "any", "object", "GNHashtable", "GNArray",
})

// primitiveStarts marks the bytes a primitive spelling begins with, in
// either case.
var primitiveStarts = func() (starts [256]bool) {
	for _, p := range primitiveSpellings {
		starts[p[0]] = true
		starts[strings.ToUpper(p[:1])[0]] = true
	}
	return starts
}()

var primitiveOf = map[string]string{
	"number int": "integer", "integer": "integer", "int": "integer", "long": "integer",
	"number": "number", "float": "number", "double": "number",
	"string": "string", "boolean": "boolean", "bool": "boolean", "any": "any",
	"object": "hashtable", "gnhashtable": "hashtable", "map": "hashtable",
}

func sortedLongestFirst(s []string) []string {
	sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	return s
}

// nameSet holds the type names a set of pages defines or references.
type nameSet struct {
	known map[string]bool
	// lengths lists, for each head, the lengths of the known names that
	// start with it, longest first. A name's head is its first headLen
	// bytes, or the whole of a shorter name.
	lengths map[string][]int
}

// headLen is the length of a name's head: few names share one, so a
// lookup of rest's prefixes tries few lengths.
const headLen = 4

func newNameSet() *nameSet {
	return &nameSet{known: map[string]bool{}, lengths: map[string][]int{}}
}

// add records a name; a name longer than any word is none.
func (ns *nameSet) add(name string) {
	if name == "" || len(name) > maxWordLen || ns.known[name] {
		return
	}
	ns.known[name] = true
	head := name[:min(len(name), headLen)]
	ls := ns.lengths[head]
	if i, found := slices.BinarySearchFunc(ls, len(name), func(a, b int) int { return b - a }); !found {
		ns.lengths[head] = slices.Insert(ls, i, len(name))
	}
}

// prefixesOf returns the known names rest starts with, longest first.
func (ns *nameSet) prefixesOf(rest string) []string {
	var out []string
	for k := min(len(rest), headLen); k > 0; k-- {
		for _, n := range ns.lengths[rest[:k]] {
			if n <= len(rest) && ns.known[rest[:n]] {
				out = append(out, rest[:n])
			}
		}
	}
	return out
}

// collectNames gathers the type names a page mentions: headings that are
// identifiers, "See X" references and "Data structure: X." lines.
func collectNames(lines []string, ns *nameSet) {
	for _, l := range lines {
		t := stripHeading(strings.TrimSpace(l))
		if isIdentLine(t) && !sectionTitles[strings.ToLower(t)] && roles[strings.ToLower(t)] == "" && unicode.IsUpper(rune(t[0])) {
			ns.add(t)
		}
		if !strings.Contains(t, "See ") && !strings.HasPrefix(t, "Data structure:") {
			continue
		}
		if m := dataStructureRe.FindStringSubmatch(t); m != nil {
			ns.add(m[1])
		}
		for _, name := range seeNames(t) {
			ns.add(name)
		}
	}
}

// seeNames returns the type names a text refers to with "See X". The
// search starts at the first "See ", the byte before it included for the
// word boundary.
func seeNames(s string) []string {
	i := strings.Index(s, "See ")
	if i < 0 {
		return nil
	}
	var names []string
	for _, m := range seeRe.FindAllStringSubmatch(s[max(i-1, 0):], -1) {
		names = append(names, m[1])
	}
	return names
}

// isIdentLine reports whether s is an identifier or a dotted one, such as
// "GenericModels.BanItem": segments of ASCII letters, digits and _, none
// beginning with a digit.
func isIdentLine(s string) bool {
	segStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case segStart && (c == '_' || isASCIILetter(c)):
			segStart = false
		case !segStart && (c == '_' || isASCIILetter(c) || c >= '0' && c <= '9'):
		case !segStart && c == '.':
			segStart = true
		default:
			return false
		}
	}
	return !segStart
}

// lastSegment drops a namespace: "GenericModels.BanItem" → "BanItem".
func lastSegment(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// upperFirst and lowerFirst change the case of the first letter.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// countWords returns how many of the words of text, as words splits them,
// set holds. It reads ASCII text without allocating: it runs for every cut
// of a row's unknown type names.
func countWords(text string, set map[string]bool) int {
	n := 0
	if len(text) > maxWordLen || !isASCII(text) {
		for _, w := range words(text) {
			if set[w] {
				n++
			}
		}
		return n
	}
	var buf [maxWordLen]byte
	count := func(from, to int) {
		if from < 0 {
			return
		}
		w := buf[:0]
		for _, c := range []byte(text[from:to]) {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			w = append(w, c)
		}
		if len(w) > 3 && w[len(w)-1] == 's' {
			w = w[:len(w)-1]
		}
		if set[string(w)] {
			n++
		}
	}
	cur := -1 // where the current word starts
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case !isASCIILetter(c) && (c < '0' || c > '9'):
			count(cur, i)
			cur = -1
		case c >= 'A' && c <= 'Z' && cur >= 0 && (isASCIILower(text[i-1]) || i+1 < len(text) && isASCIILower(text[i+1])):
			count(cur, i)
			cur = i
		case cur < 0:
			cur = i
		}
	}
	count(cur, len(text))
	return n
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }

// words splits text into lower-case words, breaking camel case and
// dropping a plural s, for comparing a type name with prose.
func words(text string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			w := strings.ToLower(string(cur))
			if len(w) > 3 {
				w = strings.TrimSuffix(w, "s")
			}
			out = append(out, w)
			cur = cur[:0]
		}
	}
	rs := []rune(text)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && len(cur) > 0 && (unicode.IsLower(cur[len(cur)-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return out
}
