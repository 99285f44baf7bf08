package html

import (
	"slices"
	"strings"
	"testing"
)

// TestChromeNamesItsTags checks that each selector of chrome (those of
// chromeSelector, and <header>) finds only elements with one of
// chromeTags or chromeAttrs: mayBeChrome tells every other element no
// chrome without matching them. A selector whose last part names
// neither (a pseudo-class alone, an id while chromeAttrs has no "id")
// fails it, until chromeTags or chromeAttrs name what it finds.
func TestChromeNamesItsTags(t *testing.T) {
	for _, sel := range topLevel(chromeSelector+", header", ',') {
		parts := topLevel(strings.ReplaceAll(strings.TrimSpace(sel), ">", " "), ' ')
		last := parts[len(parts)-1]
		if !namesChrome(last) {
			t.Errorf("the selector %q finds %q, which has none of chromeTags %v nor of chromeAttrs %v", sel, last, chromeTags, chromeAttrs)
		}
	}
}

// topLevel splits s at each sep outside brackets and parentheses,
// leaving out empty parts.
func topLevel(s string, sep byte) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i <= len(s); i++ {
		switch {
		case i == len(s) || s[i] == sep && depth == 0:
			if p := strings.TrimSpace(s[start:i]); p != "" {
				parts = append(parts, p)
			}
			start = i + 1
		case s[i] == '[' || s[i] == '(':
			depth++
		case s[i] == ']' || s[i] == ')':
			depth--
		}
	}
	return parts
}

// namesChrome reports whether a compound selector ("td.gutter",
// "[role=search]") names a tag of chromeTags or an attribute of
// chromeAttrs (a class is the attribute class).
func namesChrome(compound string) bool {
	tag := compound[:len(compound)-len(strings.TrimLeft(compound, "abcdefghijklmnopqrstuvwxyz0123456789-"))]
	if chromeTags[tag] {
		return true
	}
	for i := len(tag); i < len(compound); i++ {
		var attr string
		switch compound[i] {
		case '.':
			attr = "class"
		case '#':
			attr = "id"
		case '[':
			attr = compound[i+1 : i+1+strings.IndexAny(compound[i+1:], "=~|^$*#!]")]
			i += strings.IndexByte(compound[i:], ']')
		default:
			continue
		}
		if slices.Contains(chromeAttrs, attr) {
			return true
		}
	}
	return false
}
