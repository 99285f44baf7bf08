package read

import (
	"slices"

	"github.com/docs2go/docs2go/pages"
)

// A NameSet holds the type names a set of pages defines or references,
// which a protocol's lexicon gives a style whose cells run together
// (pages.Lexicon.PrefixesOf).
type NameSet struct {
	known map[string]bool
	// lengths lists, for each head, the lengths of the known names that
	// start with it, longest first. A name's head is its first headLen
	// bytes, or the whole of a shorter name.
	lengths map[string][]int
}

// headLen is the length of a name's head: few names share one, so a
// lookup of rest's prefixes tries few lengths.
const headLen = 4

// newNameSet returns an empty set, with room for n names: the pages of
// a large API name tens of thousands.
func newNameSet(n int) *NameSet {
	return &NameSet{known: make(map[string]bool, n), lengths: map[string][]int{}}
}

// NameSetOf is the set of the names of the pages' mentions, a list a
// page.
func NameSetOf(mentions [][]string) *NameSet {
	n := 0
	for _, m := range mentions {
		n += len(m)
	}
	names := newNameSet(n)
	for _, m := range mentions {
		for _, name := range m {
			names.Add(name)
		}
	}
	return names
}

// Add records a name; a name longer than any word is none.
func (ns *NameSet) Add(name string) {
	if name == "" || len(name) > pages.MaxWordLen || ns.known[name] {
		return
	}
	ns.known[name] = true
	head := name[:min(len(name), headLen)]
	ls := ns.lengths[head]
	if i, found := slices.BinarySearchFunc(ls, len(name), func(a, b int) int { return b - a }); !found {
		ns.lengths[head] = slices.Insert(ls, i, len(name))
	}
}

// Has reports whether the set holds the name.
func (ns *NameSet) Has(name string) bool { return ns.known[name] }

// PrefixesOf returns the known names rest starts with, longest first.
func (ns *NameSet) PrefixesOf(rest string) []string {
	return ns.AppendPrefixesOf(nil, rest)
}

// AppendPrefixesOf appends to out the known names rest starts with,
// longest first (pages.PrefixAppender).
func (ns *NameSet) AppendPrefixesOf(out []string, rest string) []string {
	for k := min(len(rest), headLen); k > 0; k-- {
		for _, n := range ns.lengths[rest[:k]] {
			if n <= len(rest) && ns.known[rest[:n]] {
				out = append(out, rest[:n])
			}
		}
	}
	return out
}
