package pages

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A copy that loses the line break after a label runs the label into the
// line after it, in every form a page is copied in: a scraper's or a
// browser's copy of a code block takes the language label beside its
// copy button along with its code ("httpPOST /api/a", "json{ "a": 1 }"),
// and of a callout its title with its text ("TIPAn admin claim …"). The
// words decide the seam: a code block's label (codeLabels) before what
// opens code and begins with no letter of a word the label could go on
// with (opensCode), a callout's label written in capitals (calloutWords)
// before a capital that starts a word of small letters. Read sets each
// apart, with a warning at its line; a line that begins so otherwise
// stays as it is.

// RunInCodeLabel returns the language label a line begins with and the
// code after it, when the line is a code block's label run into the
// block's first line (a style that splits a line into cells by its
// words reads no row from it): a label of codeLabels, as a site prints it (in
// small letters or in capitals), right before what opens code
// (opensCode), or a space before a request line with its path
// (spacedRequestLine), as a tool that strips a page's tags sets the label
// apart ("http POST /api/a"). ok is false otherwise.
func RunInCodeLabel(t string) (label, code string, ok bool) {
	for _, l := range codeLabelsLongestFirst {
		if !printedCodeLabel(t, l) {
			continue
		}
		if w := t[:len(l)]; opensCode(t[len(l):]) {
			return w, t[len(l):], true
		}
		if w, code := t[:len(l)], t[len(l)+1:]; t[len(l)] == ' ' && spacedRequestLine(code) {
			return w, code, true
		}
	}
	return "", "", false
}

// printedCodeLabel reports whether t begins with the label l of
// codeLabels as a site prints it, in small letters or in capitals, and
// goes on after it.
func printedCodeLabel(t, l string) bool {
	return len(t) > len(l) && (t[:len(l)] == l || t[:len(l)] == upperCodeLabels[l])
}

// upperCodeLabels holds each label of codeLabels in capitals, as a site
// may print it: printedCodeLabel, asked for every label at every line,
// spells none anew.
var upperCodeLabels = func() map[string]string {
	m := make(map[string]string, len(codeLabels))
	for l := range codeLabels {
		m[l] = strings.ToUpper(l)
	}
	return m
}()

// spacedRequestLine reports whether t is a request line with its path
// ("POST /api/a", "GET https://a.b/c HTTP/1.1"): no prose after a code
// block's label reads so.
func spacedRequestLine(t string) bool {
	method, rest, ok := strings.Cut(t, " ")
	return ok && startsWithMethod(method) && (strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "http")) && requestLineRe.MatchString(t)
}

// codeLabelsLongestFirst holds codeLabels, the longest first: the first
// that a line begins with is the longest ("javascript" over "js" would
// be, were one the other's start).
var codeLabelsLongestFirst = longestFirst(slices.Collect(maps.Keys(codeLabels)))

// longestFirst sorts words the longest first, in their order of bytes
// among words as long, and returns them.
func longestFirst(words []string) []string {
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(len(b)-len(a), strings.Compare(a, b))
	})
	return words
}

// opensCode reports whether a line opens a code block of an API's page
// as IsCode tells it: a request line (or its method before a path with
// the space between them lost), a status line, a curl command, or the
// brace or bracket that opens JSON.
func opensCode(t string) bool {
	switch {
	case t == "":
		return false
	case startsWithMethod(t):
		return opensRequest(t)
	case strings.HasPrefix(t, "HTTP/"):
		return statusLineRe.MatchString(t)
	}
	return commandRe.MatchString(t) || opensJSON(t)
}

// RunInCallout returns the label a line begins with and the text after
// it, when the line is a callout's label run into its text (a style that
// splits a line into cells by its words reads it as it reads a label
// alone, IsCalloutLabel): a label of
// calloutWords written in capitals, as VitePress and GitHub print it
// ("TIP", "WARNING"), right before a capital and a small letter, or the
// word "A" or "I", that begins a sentence of more words ("TIPAn admin
// claim …", "TIPA server may …"). The
// longest such label is taken ("NOTES" over "NOTE"). ok is false
// otherwise.
func RunInCallout(t string) (label, text string, ok bool) {
	if len(t) < 4 || !isASCIIUpper(t[0]) || !isASCIIUpper(t[1]) || !strings.Contains(t, " ") {
		return "", "", false
	}
	for _, l := range calloutCapitals() {
		if len(t) < len(l)+2 || t[:len(l)] != l {
			continue
		}
		first, size := utf8.DecodeRuneInString(t[len(l):])
		second, _ := utf8.DecodeRuneInString(t[len(l)+size:])
		if unicode.IsUpper(first) && (unicode.IsLower(second) || second == ' ' && (first == 'A' || first == 'I')) {
			return l, t[len(l):], true
		}
	}
	return "", "", false
}

// calloutCapitals returns the words of calloutWords in ASCII, in
// capitals, the longest first: a line that begins with two capitals of
// ASCII begins with no other word's capitals, and the first that it
// begins with is the longest. It is made once, when first asked, as
// calloutWords is filled by the package's init.
var calloutCapitals = sync.OnceValue(func() []string {
	var words []string
	for w := range calloutWords {
		if IsASCII(w) {
			words = append(words, strings.ToUpper(w))
		}
	}
	return longestFirst(words)
})

// isASCIIUpper reports whether b is a capital of ASCII.
func isASCIIUpper(b byte) bool { return 'A' <= b && b <= 'Z' }

// splitRunInLabels sets apart each code block's label run into the
// block's first line (RunInCodeLabel), which it drops, as a label on a
// line of its own is no code, and each callout's label run into its text
// (RunInCallout), which it keeps as a line of its own before the text at
// the same line, as a copy that keeps the break writes it: each with a
// warning at its line.
func splitRunInLabels(src Source, blocks []Block) []Block {
	var out []Block
	for i, b := range blocks {
		t := strings.TrimSpace(b.Text)
		var split []Block
		if b.Table == nil && t != "" {
			if label, code, ok := RunInCodeLabel(t); ok {
				src.Report.Warn(At(src.Name, b.Line), "line %d runs a code block's language label %q into the block's first line, as a copy that loses the line break after the label writes it: read the code as %q", b.Line, label, Clip(code))
				split = []Block{{Line: b.Line, Text: code}}
			} else if label, text, ok := RunInCallout(t); ok {
				src.Report.Warn(At(src.Name, b.Line), "line %d runs a callout's label %q into its text, as a copy that loses the line break after the label writes it: read the label apart from its text %q", b.Line, label, Clip(text))
				split = []Block{{Line: b.Line, Text: label}, {Line: b.Line, Text: text}}
			}
		}
		if split == nil {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append(make([]Block, 0, len(blocks)+1), blocks[:i]...)
		}
		out = append(out, split...)
	}
	if out == nil {
		return blocks
	}
	return out
}
