package parser

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestIsIdentLine checks isIdentLine against the pattern it stands for.
func TestIsIdentLine(t *testing.T) {
	pattern := regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$`)
	for _, s := range []string{
		"", "a", "_", "Z9", "9a", "a9_b", "GenericModels.BanItem", "a.b.c", "a.", ".a", "a..b",
		"a.9", "a._", "a-b", "a b", "ReturnCode ", "é", "aé", "a$", "Data structure: Device.",
	} {
		if got, want := isIdentLine(s), pattern.MatchString(s); got != want {
			t.Errorf("isIdentLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCountWords checks countWords against counting the words words
// returns, on the texts a row's cuts give and on every cut of them.
func TestCountWords(t *testing.T) {
	set := map[string]bool{"info": true, "request": true, "param": true, "player": true, "ban": true, "id": true, "data": true, "custom": true, "ios": true}
	for _, s := range []string{
		"", "InfoRequestParam0001trueFlags", "GenericModels.BanItemBan status", "customDatasCustomDataParam[]true",
		"iOSDeviceIdstringiOS", "IDs", "HTTPServerIDs", "Datas", "Idss", "a-b_c d", "PlayerÉtatData", "ÀlaCarte", "x9Y", "ABCdef", "aBC",
	} {
		for i := range len(s) + 1 {
			text := s[:i]
			want := 0
			for _, w := range words(text) {
				if set[w] {
					want++
				}
			}
			if got := countWords(text, set); got != want {
				t.Errorf("countWords(%q) = %d, want %d (words %q)", text, got, want, words(text))
			}
		}
	}
}

// TestGluedTypeEnd checks gluedTypeEnd against hasGluedType on every
// prefix.
func TestGluedTypeEnd(t *testing.T) {
	for _, s := range []string{
		"", "string", "stringIdstring", "customDeviceIdstringCustomDeviceId", "IdstringiOS", "1string",
		"xnumberyboolean", "a_integerbstring", "stringnumberXnumber", "éstring",
	} {
		end := gluedTypeEnd(s)
		for i := range len(s) + 1 {
			if got, want := i >= end, hasGluedType(s[:i]); got != want {
				t.Errorf("%q: prefix %q: gluedTypeEnd says %v, hasGluedType %v", s, s[:i], got, want)
			}
		}
	}
}

// TestPrefixesOf checks nameSet.prefixesOf against trying every known name.
func TestPrefixesOf(t *testing.T) {
	ns := newNameSet()
	known := []string{"A", "Ab", "Abc", "Abcd", "Abcde", "AbcdeF", "Info", "InfoRequestParam", "InfoResponseParameters", "Generic.BanItem", "Gen", "B"}
	for _, n := range known {
		ns.add(n)
	}
	for _, rest := range []string{"", "A", "Abcdefg", "AbcdeFtrue", "InfoRequestParamtrue", "InfoResponseParametersX", "Generic.BanItemBan", "Ge", "Bx", "x"} {
		var want []string
		for _, n := range known {
			if strings.HasPrefix(rest, n) {
				want = append(want, n)
			}
		}
		sort.SliceStable(want, func(i, j int) bool { return len(want[i]) > len(want[j]) })
		if got := ns.prefixesOf(rest); !slices.Equal(got, want) {
			t.Errorf("prefixesOf(%q) = %q, want %q", rest, got, want)
		}
	}
}
