package reader

import (
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
)

// The line shapes a GearN page is made of.
var (
	statusLineRe = regexp.MustCompile(`^([1-5][0-9][0-9])(?:\s+[A-Za-z][A-Za-z ]*)?$`)
	endpointRe   = regexp.MustCompile("^`?(GET|POST|PUT|PATCH|DELETE)`?\\s+`?(?:https?://[^/\\s`]+)?(/[^\\s`]*)`?(?:\\s+HTTP/[0-9.]+)?`?$")
	permissionRe = regexp.MustCompile("^Require(?:s)?\\s+permission\\s+rules?:?\\s+`?([A-Za-z0-9_.]+?)`?(?: ?\\.)?(?:\\s+See(?:\\s.*)?)?$")
	// permissionSentenceRe matches a permission sentence's words,
	// "Require permission rules", anywhere in a text, in any case and
	// with any marks or spaces between them ("**Require permission
	// rules** x.y", "Require  permission  rules"), and the rule they name
	// if any: its group, a dotted name ("x.y.selfEnable", in backticks
	// too), empty where a wrap cut the sentence before it.
	permissionSentenceRe = regexp.MustCompile(`(?i)requires?\W+permission\W+rules?\b(?:\W+([A-Za-z0-9_]+\.[A-Za-z0-9_.]*[A-Za-z0-9_]))?`)
	seeRe                = regexp.MustCompile(`\bSee ([A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)`)
	usedInRe             = regexp.MustCompile(`\b(?:used in|field in)\s+([A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)`)
	usedAsRe             = regexp.MustCompile(`^([A-Z][A-Za-z0-9_]*) (?:used|field) in\b`)
	secretRoleRe         = regexp.MustCompile(`\brole (?:must (?:is|be) )?(?:an? )?([A-Z][A-Za-z]+)\b`)
)

// part is the part of a GearN page that a section title opens. A title
// is read by its words (read.ReadTitle), as the http-status reader reads
// its own: "Request Headers", "HTTP Headers", "Body Parameters",
// "Payload", "2. Request body", "Returns", "Request Body (요청 본문)".
type part int

const (
	partNone part = iota
	// partOverview is the operation's summary: "Overview",
	// "Description".
	partOverview
	// partHTTP heads the endpoint line: "HTTP", "Method", "Request URL".
	partHTTP
	// partRequest is "Request" alone, a label over the request's parts.
	partRequest
	partHeaders
	// partParams are "Parameters": a GET's query, another method's body.
	partParams
	partQuery
	partBody
	partResponse
)

func (p part) String() string {
	switch p {
	case partOverview:
		return "overview"
	case partHTTP:
		return "endpoint line"
	case partRequest:
		return "request"
	case partHeaders:
		return "request headers"
	case partParams:
		return "request parameters"
	case partQuery:
		return "query parameters"
	case partBody:
		return "request body"
	case partResponse:
		return "response body"
	}
	return "page's untitled part"
}

// documentsRequest reports whether a part documents a part of the
// request with a table: its headers or its fields.
func (p part) documentsRequest() bool {
	return p == partHeaders || p == partParams || p == partQuery || p == partBody
}

// partOf is the part that what a title's words say opens; partNone for
// a title of a part GearN pages do not have (an example's, whose titles
// exampleTitleRe reads, the status codes', the response's headers).
func partOf(said read.TitleWords) part {
	said &^= read.TitleNear
	has := said.Has
	only := func(w read.TitleWords) bool { return said&^w == 0 }
	switch {
	case has(read.TitleExample | read.TitleStatus | read.TitleCode | read.TitleError | read.TitlePath):
		return partNone
	case has(read.TitleRequest) && has(read.TitleResponse), has(read.TitleHeaders) && has(read.TitleResponse):
		return partNone
	case has(read.TitleDescription):
		if only(read.TitleDescription | read.TitleNeutral) {
			return partOverview
		}
		return partNone
	case has(read.TitleMethod):
		if only(read.TitleMethod | read.TitleNeutral | read.TitleRequest) {
			return partHTTP
		}
		return partNone
	case has(read.TitleURL) && has(read.TitleParams) && only(read.TitleURL|read.TitleParams|read.TitleRequest|read.TitleQuery):
		return partQuery
	case has(read.TitleURL):
		if only(read.TitleURL | read.TitleNeutral | read.TitleRequest) {
			return partHTTP
		}
		return partNone
	case has(read.TitleHeaders):
		return partHeaders
	case has(read.TitleQuery):
		return partQuery
	case has(read.TitleString):
		return partNone
	case has(read.TitleResponse):
		return partResponse
	case has(read.TitleBody):
		return partBody
	case has(read.TitleParams):
		return partParams
	case has(read.TitleRequest):
		return partRequest
	case only(read.TitleNeutral):
		return partHTTP
	}
	return partNone
}

// titlePart reads a line as the title of a part of a GearN page, in one
// language or two (the two must agree), and lists how it read its words
// of the shared near words ("Returns" as "response"), which the reader
// warns of.
func titlePart(t string) (part, []string) {
	title, ok := read.ReadTitle(t)
	if !ok {
		return partNone, nil
	}
	p := partOf(title.Said)
	if title.HasAlt && partOf(title.Alt) != p {
		return partNone, nil
	}
	return p, title.Near
}

// isPlainTitle reports whether a line is the title of a part of a GearN
// page in the wiki's own words: a heading of a word read as the title
// word nearest in meaning ("Result") may as well name a type.
func isPlainTitle(t string) bool {
	p, near := titlePart(t)
	return p != partNone && len(near) == 0
}

// isTitle reports whether a line is the title of a part of a GearN page.
func isTitle(t string) bool {
	p, _ := titlePart(t)
	return p != partNone
}

// noneRe matches the text of a part that documents nothing: "None".
var noneRe = regexp.MustCompile(`^(?i:none|n/a|-|empty|no (?:request )?(?:body|parameters|headers))\.?$`)

// roles are the GearN roles that head an endpoint's section.
var roles = map[string]string{"client": "client", "server": "server", "admin": "admin"}

// isRole reports whether a line is a role's name, in any case.
func isRole(t string) bool {
	return roleOf(t) != ""
}

// roleOf returns the role a line names in any case, as
// roles[strings.ToLower(t)] does, or "". A line longer than three times
// the longest role (lower-casing makes text a third as long at the
// most, as pages.Requiredness weighs it) names none, and is not
// lower-cased: every line of a page is asked.
func roleOf(t string) string {
	if len(t) > 3*len("client") {
		return ""
	}
	r, _ := pages.LookupLower(roles, t)
	return r
}

// gearnPrimitives are the ways pages write a primitive type
// (pages.PrimitiveSpellings) and GNArray, an array of any values, longest
// first.
var gearnPrimitives = func() *pages.Spellings {
	s := append(slices.Clone(pages.PrimitiveSpellings), "GNArray")
	sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	return pages.NewSpellings(s)
}()

// isSectionLine reports whether a line of a GearN page ends a table:
// a heading, a section title, an example's title, a status line or an
// endpoint line. It runs
// for every line of a flattened table, so it tries the patterns, which
// cost a pass over the line each, only on a line that begins as one of
// them can, and the titles only on a line short enough to be one.
func isSectionLine(s string) bool {
	switch {
	case read.IsIdentLine(s):
		return true
	case startsSection(s) &&
		(statusLineRe.MatchString(s) || endpointRe.MatchString(s) || isTitleSentence(s) || permissionRe.MatchString(s)):
		return true
	case len(s) > read.MaxTitleLen:
		return false
	}
	return isTitle(s) || mayBeExampleTitle(s) && exampleTitleRe.MatchString(s) || isRoleBadge(s)
}

// sectionLineStarts are the bytes the patterns of isSectionLine, all
// anchored at the start, can match first: a status code's first digit,
// the backquote or the method of an endpoint line, "Data structure:" and
// "Require".
const sectionLineStarts = "12345`GPDR"

// startsSection reports whether a line begins as a status line, an
// endpoint line, "Data structure:" or a permission sentence can
// (sectionLineStarts): a line that begins otherwise matches none of their
// patterns, and is not tried against them.
func startsSection(s string) bool {
	return s != "" && strings.IndexByte(sectionLineStarts, s[0]) >= 0
}

// gearnWords is the lexicon of GearN pages: the type names they define or
// refer to, and the lines that head their sections.
type gearnWords struct{ *read.NameSet }

func (gearnWords) EndsTable(line string) bool { return isSectionLine(line) }

func (gearnWords) Primitives() *pages.Spellings { return gearnPrimitives }

// collectNames returns the type names a page mentions, in the order it
// mentions them, some more than once: headings that are identifiers,
// "See X" references and sentences that name a table's type ("Data
// structure: X.", read.TitleSentence).
func collectNames(lines []string) []string {
	var names []string
	for _, l := range lines {
		t := pages.StripHeading(strings.TrimSpace(l))
		if name, ok := read.HeadingName(t); ok && unicode.IsUpper(rune(name[0])) && !isRole(name) && !isPlainTitle(name) {
			names = append(names, name)
		}
		if name, ok := read.TitleSentence(t); ok {
			names = append(names, name)
		}
		if !strings.Contains(t, "See ") {
			continue
		}
		names = append(names, seeNames(t)...)
	}
	return names
}

// seeNames returns the type names a text refers to with "See X": the
// matches of seeRe, found by hand, as it runs for every cell of every
// table.
func seeNames(s string) []string {
	var names []string
	for i := 0; ; {
		j := strings.Index(s[i:], "See ")
		if j < 0 {
			return names
		}
		j += i
		start := j + len("See ")
		end := qualifiedNameEnd(s, start)
		if end == start || j > 0 && isNameByte(s[j-1]) {
			i = j + 1
			continue
		}
		names = append(names, s[start:end])
		i = end
	}
}

// qualifiedNameEnd returns where the name at s[i:] ends, one of seeRe's
// [A-Z][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*, or i when none starts
// there.
func qualifiedNameEnd(s string, i int) int {
	if i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
		return i
	}
	for {
		i++
		for i < len(s) && isNameByte(s[i]) {
			i++
		}
		if i+1 >= len(s) || s[i] != '.' || !pages.IsASCIILetter(s[i+1]) && s[i+1] != '_' {
			return i
		}
		i++
	}
}

// isNameByte reports whether b is a word character of a pattern: a
// letter, a digit or '_'.
func isNameByte(b byte) bool { return b == '_' || pages.IsASCIILetter(b) || b >= '0' && b <= '9' }

// lastSegment drops a namespace: "GenericModels.BanItem" → "BanItem".
func lastSegment(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// isTitleSentence reports whether a line names its table's type as a
// sentence, "Data structure: X." (read.TitleSentence).
func isTitleSentence(t string) bool {
	_, ok := read.TitleSentence(t)
	return ok
}

// isHeadingName reports whether a line names a type as its table's
// heading: an identifier, or one followed by its gloss in parentheses
// ("Term (약관)").
func isHeadingName(t string) bool {
	_, ok := read.HeadingName(t)
	return ok
}

// headingName is the identifier a heading line names, its gloss left out.
func headingName(t string) string {
	name, _ := read.HeadingName(t)
	return name
}

// exampleTitleRe matches the title of an example, in English or Korean:
// "Example", "Example Request", "Sample response", "Request example",
// "요청 예제", "예시 (Example)".
var exampleTitleRe = regexp.MustCompile(`(?i)^(?:(?:(?:http\s+)?(?:request|response|call)\s+)?(?:examples?|samples?)(?:\s+(?:requests?|responses?|calls?|messages?|code))?|(?:요청|응답|호출)?\s*(?:예제|예시|샘플))\s*(?:\([^()]*\))?\s*:?$`)

// isExampleTitle reports whether a line is the title of an example
// (exampleTitleRe), trying the pattern only on a short line.
func isExampleTitle(t string) bool {
	return len(t) <= 64 && mayBeExampleTitle(t) && exampleTitleRe.MatchString(t)
}

// mayBeExampleTitle reports whether a line holds a word that every
// example title holds (exampleTitleRe): example or sample, whose "ampl"
// no other letter folds to, or 예제, 예시 or 샘플. Most lines hold none,
// and are not matched.
func mayBeExampleTitle(t string) bool {
	return read.ContainsLower(t, "ampl") || strings.Contains(t, "예제") || strings.Contains(t, "예시") || strings.Contains(t, "샘플")
}

// exampleLabels are the titles a page may write inside an example, over
// its parts or as the language of its code block ("http", "Request",
// "Response"): they end no example.
var exampleLabels = map[string]bool{"http": true, "request": true, "response": true}

// isExampleLabel reports whether a line is a label of exampleLabels in
// any case.
func isExampleLabel(t string) bool {
	_, ok := pages.LookupLower(exampleLabels, t)
	return ok
}

// messageLineRe matches what follows the request line of an HTTP
// message: a header ("Host: api.gearn.io", "Content-Type: …", a name
// with a hyphen or a request header every client sends), or the start of
// a JSON body.
var messageLineRe = regexp.MustCompile(`^(?:(?:[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|(?i:host|accept|authorization|cookie|connection|origin|referer)):\s*\S|\{|\[\s*[{"\[\]0-9])`)

// startsMessage reports whether the blocks after a request line go on
// an HTTP message, as an example shows one: the next is a text line that
// is a header or the start of a JSON body. An endpoint line is followed
// by a title, a permission rule or a table.
func startsMessage(next []pages.Block) bool {
	return len(next) > 0 && next[0].Table == nil && messageLineRe.MatchString(next[0].Text)
}

// roleTab reports whether the heading of a role inside an example labels
// the role's example call (a tab, "Client" over its request) rather than
// opening the role's section: the lines after it, up to the next role's
// heading, title or table, show a request line that starts an HTTP
// message, and no permission rule, title of a part of the request, or
// endpoint line of a section.
func roleTab(next []pages.Block) bool {
	message := false
	for i, b := range next {
		if b.Table != nil {
			return message
		}
		t := b.Text
		p, _ := titlePart(t)
		switch {
		case permissionRe.MatchString(t), p.documentsRequest():
			return false
		case isRole(t), isExampleTitle(t), p != partNone && !isExampleLabel(t):
			return message
		case endpointRe.MatchString(t):
			if !startsMessage(next[i+1:]) {
				return false
			}
			message = true
		}
	}
	return message
}

// flatRequestRe matches the request line of an example whose headers or
// body follow it on the same line, a space between them or nothing
// ("POST /api/a HTTP/1.1Auth-Token: 0b7e…"): the request line ends at
// its HTTP version; the first group is the request line.
var flatRequestRe = regexp.MustCompile(`^((?:GET|POST|PUT|PATCH|DELETE)\s+/\S*\s+HTTP/[0-9]+(?:\.[0-9]+)?)(?:\s*[A-Za-z][A-Za-z0-9-]*:\s|\s*[{\[])`)

// requestLine is a request line as a page writes it ("GET
// /lootTable/getDropTable?tableId=forest_chest HTTP/1.1"), taken apart.
type requestLine struct {
	method, path string
	// query is the query string after the path, without its "?":
	// evidence of the query parameters, no part of the path.
	query string
	line  int
}

// requestLineOf takes apart a line endpointRe matches, splitting off the
// query string and the fragment of its path.
func requestLineOf(t string, line int) *requestLine {
	m := endpointRe.FindStringSubmatch(t)
	path, query, _ := strings.Cut(m[2], "?")
	path, _, _ = strings.Cut(path, "#")
	query, _, _ = strings.Cut(query, "#")
	return &requestLine{method: m[1], path: path, query: query, line: line}
}

// queryNames returns the names of the parameters a query string passes,
// each once, in the order it first passes them; a name written as an
// array's ("tags[]") is the parameter's name.
func queryNames(query string) []string {
	var names []string
	for part := range strings.SplitSeq(query, "&") {
		name, _, _ := strings.Cut(part, "=")
		if u, err := url.QueryUnescape(name); err == nil {
			name = u
		}
		name = strings.TrimSuffix(name, "[]")
		if name != "" && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	return names
}
