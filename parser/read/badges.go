package read

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// badgeWords are the words a docs site's status badge prints beside a
// member's name or a section's title, in lower case: Confluence's status
// macro and lozenges ("NEW", "BETA", "DEPRECATED"), VitePress',
// Docusaurus' and MkDocs' labels ("beta", "experimental"), and the Korean
// and Japanese sites' own. A badge is a label, no part of the name or the
// title it stands beside. They are the one vocabulary of badges both
// protocols' readers tell a badge by.
var badgeWords = []string{
	"new", "beta", "alpha", "deprecated", "updated", "changed", "experimental", "preview", "legacy", "internal", "stable", "removed", "obsolete",
	"admin only", "server only",
	"베타", "신규", "실험", "실험적", "지원 종료",
	"ベータ", "新規", "実験的", "非推奨",
}

// BadgePattern is the badges (badgeWords) as the alternation of a
// regular expression, the longer of two that begin alike first, for a
// reader that matches a badge in a title; it matches in lower case.
var BadgePattern = func() string {
	words := slices.Clone(badgeWords)
	slices.SortFunc(words, func(a, b string) int { return len(b) - len(a) })
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(words, "|")
}()

// IsBadge reports whether a word is a status badge's (badgeWords), in
// any case.
func IsBadge(w string) bool {
	return slices.Contains(badgeWords, strings.ToLower(w))
}

// BadgedName is the member name a name cell holds beside a status badge
// a wiki prints after it (Confluence's status macro: "giftMessage NEW",
// "lootTable BETA"), and the badge: an identifier, then a badge (IsBadge)
// in capitals (the code span, emphasis or strike-through around a word
// left out). The badge is a label, not a part of the name; a reader drops
// it with a warning. A name cell of an identifier and another word of
// capitals after it that is neither a badge nor a requiredness nor a
// primitive type ("userId UUID") is an error, as it may be a part of the
// name, the row's type or a label: it is refused, not guessed. Any other
// cell is returned as it is, with no badge.
func BadgedName(c string) (name, badge string, err error) {
	if strings.IndexFunc(strings.TrimSpace(c), unicode.IsSpace) < 0 {
		return c, "", nil // one word, as most name cells are: no badge
	}
	words := strings.Fields(c)
	if len(words) != 2 {
		return c, "", nil
	}
	for i, w := range words {
		words[i] = strings.Trim(w, "`*~")
	}
	if !IsIdentLine(words[0]) || !capitalWord(words[1]) {
		return c, "", nil
	}
	if IsBadge(words[1]) {
		return words[0], words[1], nil
	}
	return c, "", fmt.Errorf("the name cell %q holds the name %s and %q after it, which is no status badge (%s) and states no requiredness and no type: whether it is a part of the name, a type or a label cannot be told; write the name alone in its cell, and the rest in the cell of its column", c, words[0], words[1], strings.ToUpper(strings.Join(badgeWords[:8], ", ")))
}

// capitalWord reports whether a word beside a name is one a badge may be:
// three capitals or more, and neither a requiredness ("REQUIRED") nor a
// type ("LONG").
func capitalWord(w string) bool {
	if len(w) < 3 || strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return false
	}
	if _, ok := Requirement(w); ok {
		return false
	}
	_, primitive := primitiveOf(w)
	return !primitive
}
