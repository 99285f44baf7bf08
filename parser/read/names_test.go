package read

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestPrefixesOf checks NameSet.PrefixesOf against trying every known name.
func TestPrefixesOf(t *testing.T) {
	ns := newNameSet(0)
	known := []string{"A", "Ab", "Abc", "Abcd", "Abcde", "AbcdeF", "Info", "InfoRequestParam", "InfoResponseParameters", "Generic.BanItem", "Gen", "B"}
	for _, n := range known {
		ns.Add(n)
	}
	for _, rest := range []string{"", "A", "Abcdefg", "AbcdeFtrue", "InfoRequestParamtrue", "InfoResponseParametersX", "Generic.BanItemBan", "Ge", "Bx", "x"} {
		var want []string
		for _, n := range known {
			if strings.HasPrefix(rest, n) {
				want = append(want, n)
			}
		}
		sort.SliceStable(want, func(i, j int) bool { return len(want[i]) > len(want[j]) })
		if got := ns.PrefixesOf(rest); !slices.Equal(got, want) {
			t.Errorf("PrefixesOf(%q) = %q, want %q", rest, got, want)
		}
	}
}
