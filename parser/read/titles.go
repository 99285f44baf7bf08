package read

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// Section titles are read by their words, for every protocol: a title is
// a short line made of title words only, in one language or in two
// ("요청 파라미터 (Request Parameters)"), in any case, after its number
// ("2. Request body") and before a colon ("Request Body:"). What its words
// say (the side of the call, the part of it) is the protocol's to turn
// into one of its sections.

// TitleWords is what the words of a title say, a set of meanings.
type TitleWords uint32

// The meanings of title words.
const (
	TitleRequest TitleWords = 1 << iota
	TitleResponse
	TitleBody
	TitleParams
	TitleHeaders
	TitleStatus
	TitleCode
	TitleExample
	TitleQuery
	TitleString
	TitleDescription
	TitleMethod
	TitleError
	TitleNeutral
	TitlePath
	// TitleURL is the URL's: with parameters, its query ("URL
	// Parameters"); alone, the request line ("Request URL").
	TitleURL
	// TitleNear marks a title that has a word of nearWords.
	TitleNear
)

// Has reports whether the title says any of w.
func (s TitleWords) Has(w TitleWords) bool { return s&w != 0 }

// titleWords are the words section titles are made of, in English and in
// Korean, each with what it says.
var titleWords = map[string]TitleWords{
	"request": TitleRequest, "요청": TitleRequest,
	"response": TitleResponse, "응답": TitleResponse,
	"body": TitleBody, "본문": TitleBody, "바디": TitleBody, "데이터": TitleBody, "content": TitleBody, "contents": TitleBody, "payload": TitleBody,
	"parameters": TitleParams, "parameter": TitleParams, "params": TitleParams, "param": TitleParams, "파라미터": TitleParams, "인자": TitleParams, "변수": TitleParams, "fields": TitleParams, "필드": TitleParams,
	"headers": TitleHeaders, "header": TitleHeaders, "헤더": TitleHeaders,
	"status": TitleStatus, "상태": TitleStatus,
	"code": TitleCode, "codes": TitleCode, "코드": TitleCode,
	"example": TitleExample, "examples": TitleExample, "sample": TitleExample, "samples": TitleExample, "예시": TitleExample, "예제": TitleExample, "샘플": TitleExample,
	"query": TitleQuery, "쿼리": TitleQuery, "string": TitleString, "path": TitlePath, "경로": TitlePath, "url": TitleURL,
	"description": TitleDescription, "overview": TitleDescription, "summary": TitleDescription, "설명": TitleDescription, "개요": TitleDescription,
	"method": TitleMethod, "메서드": TitleMethod, "메소드": TitleMethod, "방식": TitleMethod,
	"http": TitleNeutral, "error": TitleError, "errors": TitleError, "에러": TitleError, "오류": TitleError,
	"detail": TitleError, "details": TitleError, "detailed": TitleError, "상세": TitleError,
}

// nearWords are words of titles the wikis' own titles do not use, each
// with the title word nearest in meaning, which it is read as: "Result
// Fields" is read as "Response Fields", with a warning that names the
// section it is read as. A word names the side of the call it documents
// (the request's input, the response's result or output), what a table
// lists (its members, properties, arguments).
var nearWords = map[string]string{
	"result": "response", "results": "response", "결과": "응답", "output": "response", "outputs": "response", "출력": "응답",
	"return": "response", "returns": "response", "returned": "response", "반환": "응답",
	"input": "request", "inputs": "request", "입력": "요청",
	"members": "fields", "member": "fields", "properties": "fields", "property": "fields", "attributes": "fields", "속성": "필드",
	"arguments": "parameters", "argument": "parameters", "args": "parameters", "variables": "parameters", "variable": "parameters",
	"data": "body", "schema": "body",
}

// compoundWords are the words of titleWords and nearWords that are not
// ASCII, longest first: a Korean title may write them run together
// ("응답상태코드" is 응답 상태 코드), an English one never.
var compoundWords = func() []string {
	var out []string
	for w := range titleWords {
		if !pages.IsASCII(w) {
			out = append(out, w)
		}
	}
	for w := range nearWords {
		if !pages.IsASCII(w) {
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}()

// maxCompoundWords bounds the words a Korean compound is split into.
const maxCompoundWords = 4

// MaxTitleLen bounds the lines read as a title: a title is a few words,
// in two languages at most.
const MaxTitleLen = 96

// TitleShaped reports whether a text line reads as a section title by
// its shape, whatever its words: a short line of a few words (in two
// languages at most) that is no sentence (no full stop, comma,
// semicolon, exclamation or question mark at its end), begins with a
// letter or a digit, and is no callout's label (pages.IsCalloutLabel).
func TitleShaped(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > MaxTitleLen || strings.ContainsAny(t[len(t)-1:], ".,;!?") || pages.IsCalloutLabel(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && len(strings.Fields(t)) <= maxTitleWords
}

// maxTitleWords bounds the words of a line read as a title by its shape,
// in two languages.
const maxTitleWords = 8

// A Title is a line read as a section title.
type Title struct {
	// Said is what the words of its title say, and Alt what those of
	// the title in parentheses after it say (its other language), when
	// HasAlt.
	Said, Alt TitleWords
	HasAlt    bool
	// Near lists how its words of nearWords are read: `"Result" as
	// "response"`.
	Near []string
}

// ReadTitle reads a line as a section title: ok is false when a word of
// it is no title word.
func ReadTitle(line string) (Title, bool) {
	t := strings.TrimSpace(line)
	if t == "" || len(t) > MaxTitleLen {
		return Title{}, false
	}
	t = strings.TrimSpace(strings.TrimRight(t, ":："))
	t = strings.TrimSpace(strings.TrimPrefix(t, numberOf(t)))
	main, alt := t, ""
	if open := strings.IndexByte(t, '('); open > 0 && strings.HasSuffix(t, ")") {
		main, alt = strings.TrimSpace(t[:open]), t[open+1:len(t)-1]
	}
	said, ok := titleSaid(main)
	if !ok {
		return Title{}, false
	}
	title := Title{Said: said}
	if alt != "" {
		if title.Alt, ok = titleSaid(alt); !ok {
			return Title{}, false
		}
		title.HasAlt = true
	}
	if (title.Said | title.Alt).Has(TitleNear) {
		title.Near = nearReading(t)
	}
	return title, true
}

// IsTitle reports whether line reads as a section title (ReadTitle): the
// protocols' words that tell pages.RestoreSpaces a cell a print spaced
// with a word is one to restore.
func IsTitle(line string) bool {
	_, ok := ReadTitle(line)
	return ok
}

// numberOf is the number a title starts with, as a numbered heading
// writes it: "2. ", "2) ", "2.1 ", "3.2.1. "; empty when it has none.
func numberOf(t string) string {
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || i > 0 && t[i] == '.') {
		i++
	}
	if i == 0 {
		return ""
	}
	if i < len(t) && t[i] == ')' {
		i++
	}
	if i < len(t) && t[i] == ' ' {
		return t[:i]
	}
	return ""
}

// titleSaid gathers what the words of one language's title say; ok is
// false when a word is none of titleWords or nearWords. A word may be a
// compound of title words, as Korean writes them. The words are those
// between spaces and the marks of titleSeparator. It runs on every short
// line of a flattened table: the words are cut byte by byte, an ASCII
// byte told by asciiTitleSeparators and a rune decoded only past ASCII,
// and an ASCII word is looked up lower-cased without allocating
// (pages.LookupLower).
func titleSaid(t string) (TitleWords, bool) {
	var said TitleWords
	words := 0
	for i := 0; i < len(t); {
		if sep, n := titleSeparatorAt(t, i); sep {
			i += n
			continue
		}
		start, ascii := i, true
		for i < len(t) {
			if t[i] < utf8.RuneSelf {
				if asciiTitleSeparators[t[i]] {
					break
				}
				i++
				continue
			}
			sep, n := titleSeparatorAt(t, i)
			if sep {
				break
			}
			ascii = false
			i += n
		}
		w := t[start:i]
		words++
		var what TitleWords
		var ok bool
		if ascii {
			what, ok = asciiWordSays(w)
		} else {
			what, ok = compoundSays(strings.ToLower(w))
		}
		if !ok {
			return 0, false
		}
		said |= what
	}
	return said, words > 0
}

// titleSeparatorAt reports whether the rune at byte i of t parts the
// words of a title (titleSeparator), and returns its length.
func titleSeparatorAt(t string, i int) (bool, int) {
	if t[i] < utf8.RuneSelf {
		return asciiTitleSeparators[t[i]], 1
	}
	r, n := utf8.DecodeRuneInString(t[i:])
	return titleSeparator(r), n
}

// titleSeparator reports whether r parts the words of a title: a space,
// or a slash, hyphen, underscore, ampersand or comma.
func titleSeparator(r rune) bool {
	return unicode.IsSpace(r) || r == '/' || r == '-' || r == '_' || r == '&' || r == ','
}

// asciiTitleSeparators tells the ASCII bytes that are titleSeparator.
var asciiTitleSeparators = func() (seps [utf8.RuneSelf]bool) {
	for c := range seps {
		seps[c] = titleSeparator(rune(c))
	}
	return seps
}()

// asciiWordSays is what an ASCII word of a title says, in any case ("and"
// and "of" say nothing); ok is false for a word that is none.
func asciiWordSays(w string) (TitleWords, bool) {
	if len(w) > maxASCIITitleWord {
		return 0, false
	}
	if what, ok := pages.LookupLower(titleWords, w); ok {
		return what, true
	}
	if known, ok := pages.LookupLower(nearWords, w); ok {
		return titleWords[known] | TitleNear, true
	}
	_, ok := pages.LookupLower(fillerWords, w)
	return 0, ok
}

// maxASCIITitleWord is the length of the longest ASCII word of
// titleWords, nearWords and fillerWords: a longer word, as the start of
// a row that runs together, is none of them, and is looked up in none.
var maxASCIITitleWord = func() int {
	n := 0
	for _, words := range [][]string{slices.Collect(maps.Keys(titleWords)), slices.Collect(maps.Keys(nearWords)), slices.Collect(maps.Keys(fillerWords))} {
		for _, w := range words {
			if pages.IsASCII(w) {
				n = max(n, len(w))
			}
		}
	}
	return n
}()

// fillerWords are the words of a title that say nothing of its section.
var fillerWords = map[string]bool{"and": true, "of": true}

// compoundSays is what a word that is not ASCII says, whole or as a
// compound of title words.
func compoundSays(w string) (TitleWords, bool) {
	if what, ok := wordSays(w); ok {
		return what, true
	}
	var said TitleWords
	rest := w
	for n := 0; rest != "" && n < maxCompoundWords; n++ {
		found := false
		for _, word := range compoundWords {
			if strings.HasPrefix(rest, word) {
				what, _ := wordSays(word)
				said |= what
				rest, found = rest[len(word):], true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return said, rest == ""
}

// wordSays is what a whole word of a title, in lower case, says.
func wordSays(w string) (TitleWords, bool) {
	if what, ok := titleWords[w]; ok {
		return what, true
	}
	if known, ok := nearWords[w]; ok {
		return titleWords[known] | TitleNear, true
	}
	return 0, false
}

// nearReading lists how a title's words of nearWords are read.
func nearReading(t string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) {
		l := strings.ToLower(w)
		for _, word := range append([]string{l}, compoundWords...) {
			if known, ok := nearWords[word]; ok && (word == l || strings.HasPrefix(l, word)) {
				out = append(out, fmt.Sprintf("%q as %q", w, known))
				break
			}
		}
	}
	return out
}
