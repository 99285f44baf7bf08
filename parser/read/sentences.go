package read

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// titleSentenceRes match a sentence that names the type its table
// documents where a page gives the table no title of its own, in any
// style and for any protocol: "Data structure: GenericModels.Buoy.",
// "Type GenericModels.Buoy", "Type: Buoy", "The Buoy object", "The
// `Buoy` structure:". Its group is the type's name: an identifier with
// a capital, "Data structure:" naming any identifier, as GearN's pages
// write it.
var titleSentenceRes = []*regexp.Regexp{
	regexp.MustCompile(`^Data structure:\s*` + "`?" + `([A-Za-z_][A-Za-z0-9_.]*?)` + "`?" + `\.?$`),
	regexp.MustCompile(`^(?:The\s+)?[Tt]ype:?\s+` + "`?" + `([A-Z][A-Za-z0-9_.]*?)` + "`?" + `[.:]?$`),
	regexp.MustCompile(`^The\s+` + "`?" + `([A-Z][A-Za-z0-9_.]*?)` + "`?" + `\s+(?:object|structure|type|model)[.:]?$`),
}

// TitleSentence is the type a line names as a sentence in place of its
// table's title (titleSentenceRes), and whether it names one.
func TitleSentence(t string) (string, bool) {
	if !strings.HasPrefix(t, "Data structure:") && !strings.HasPrefix(t, "Type") && !strings.HasPrefix(t, "type") && !strings.HasPrefix(t, "The ") {
		return "", false
	}
	for k, re := range titleSentenceRes {
		if !mayBeTitleSentence(k, t) {
			continue
		}
		if k == 0 {
			if name, ok := dataStructureName(t); ok && IsIdentLine(name) {
				return name, true
			}
			continue
		}
		if m := re.FindStringSubmatch(t); m != nil && IsIdentLine(m[1]) {
			return m[1], true
		}
	}
	return "", false
}

// dataStructureName is the group of titleSentenceRes[0] in t, as the
// expression finds it, and whether it matches; read without the
// expression, whose lazy name and optional marks after it cost a
// backtracking match of the whole line, on every "Data structure:" line
// of GearN's pages, several times a page. The name is the shortest that
// leaves a backtick, a period, both or nothing after it.
func dataStructureName(t string) (string, bool) {
	s, ok := strings.CutPrefix(t, "Data structure:")
	if !ok {
		return "", false
	}
	s = strings.TrimLeft(s, " \t\n\f\r")
	s = strings.TrimPrefix(s, "`")
	for _, after := range [...]string{"`.", "`", ".", ""} {
		if name, ok := strings.CutSuffix(s, after); ok && isStructureName(name) {
			return name, true
		}
	}
	return "", false
}

// isStructureName reports whether s is a name of titleSentenceRes[0]:
// a letter or an underscore, then letters, digits, underscores and dots.
func isStructureName(s string) bool {
	if s == "" || !pages.IsASCIILetter(s[0]) && s[0] != '_' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !pages.IsASCIILetter(c) && (c < '0' || c > '9') && c != '_' && c != '.' {
			return false
		}
	}
	return true
}

// mayBeTitleSentence reports whether the pattern k of titleSentenceRes
// may match t, at a first look that rules out most lines that begin with
// "The ", the descriptions of many rows: the first pattern's line begins
// with "Data structure:", the second's with "Type" or "type" after "The"
// or not, and the third's ends with the word it names the type by.
func mayBeTitleSentence(k int, t string) bool {
	switch k {
	case 0:
		return strings.HasPrefix(t, "Data structure:")
	case 1:
		if rest, ok := strings.CutPrefix(t, "The"); ok {
			t = strings.TrimLeftFunc(rest, unicode.IsSpace)
		}
		return strings.HasPrefix(t, "Type") || strings.HasPrefix(t, "type")
	}
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") {
		t = t[:len(t)-1]
	}
	for _, w := range []string{"object", "structure", "type", "model"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// WarnTitleSentence warns that the line at pos, a sentence that names
// the type name, titles the table at line table, as every protocol reads
// it.
func WarnTitleSentence(rep *pages.Reporter, pos schema.Pos, sentence, name string, table int) {
	rep.Warn(pos, "line %d names the type %s in a sentence, %q, not as a title: read as the title of the table at line %d; write %s on a line of its own above the table to say so", pos.Line, name, pages.Clip(sentence), table, name)
}
