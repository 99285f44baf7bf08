package pages

import (
	"regexp"
	"strings"
)

// toggleTexts are the texts the toggle of a collapsible shows, lower
// case: Confluence's expand macro ("Click here to expand...", its own
// title when the page gives none) and its code block's ("Expand source",
// "Collapse source"), and the words a <details> element's <summary>
// gives when it names nothing ("Click to expand", "Show more").
var toggleTexts = map[string]bool{
	"click here to expand...": true, "click here to collapse...": true,
	"click here to expand": true, "click here to collapse": true,
	"click to expand": true, "click to collapse": true,
	"expand source": true, "collapse source": true,
	"expand": true, "collapse": true, "expand all": true, "collapse all": true,
	"show more": true, "show less": true, "show details": true, "hide details": true,
}

// IsToggle reports whether a text line is the toggle of a collapsible,
// which stands between a title and what it titles (a type's name and its
// table), and is no text of the page's: a Confluence expand's toggle
// text, led or not by the no-break space its copy keeps, or a <details>
// element's summary that names nothing (its raw <summary> tags, as a
// text copy keeps them, or its text, as Markdown and HTML read it). A
// summary that names something ("<summary>Invitation</summary>") is the
// title of what it folds.
func IsToggle(text string) bool {
	t := strings.TrimSpace(strings.ReplaceAll(text, "…", "..."))
	if !strings.HasPrefix(t, "<") {
		// No markup, which summaryRe matches: a text block of the page,
		// looked up lower-cased without allocating.
		toggle, _ := LookupLower(toggleTexts, t)
		return toggle || countsMoreRows(t)
	}
	t = strings.ToLower(t)
	if m := summaryRe.FindStringSubmatch(t); m != nil {
		t = strings.TrimSpace(m[1])
	}
	return toggleTexts[t] || countsMoreRows(t)
}

// foldsRows reports whether a toggle's text counts the rows it folds of
// a long table ("Show 10 more members"): the rows come right after it.
func foldsRows(text string) bool {
	return countsMoreRows(strings.TrimSpace(text))
}

// countsMoreRows reports whether a text, trimmed, is a toggle that
// counts the rows it folds (moreRowsRe), trying the pattern only on a
// text that begins as every one it matches does, with "show " in any
// case, its s a long s (ſ) too, which Unicode folds to s as the
// pattern's (?i) does (h, o and w fold to no letter outside ASCII): it
// runs on every text block of every page.
func countsMoreRows(t string) bool {
	return (hasPrefixFold(t, "show ") || hasPrefixFold(t, "ſhow ")) && moreRowsRe.MatchString(t)
}

// moreRowsRe matches the toggle of a collapsible that folds the rest of
// a long table, counting what it hides: "Show 10 more members", "Show 3
// more rows", "Show all 12 fields".
var moreRowsRe = regexp.MustCompile(`^(?i:show (?:[0-9]+ more|all [0-9]+)(?: \pL+)?)$`)

// summaryRe matches a line that is a <details> element's <summary> as a
// text copy keeps its markup, its <details> start tag before it or not.
var summaryRe = regexp.MustCompile(`^(?:<details(?:\s[^<>]*)?>\s*)?<summary(?:\s[^<>]*)?>(.*)</summary>$`)

// SkipToggle warns that the text of a collapsible's toggle at line of
// page name is skipped: a reader drops it, and what it stands between
// reads as one.
func SkipToggle(rep *Reporter, name string, line int, text string) {
	rep.Warn(At(name, line), "skipped line %d, %q: the toggle of a collapsible (an expand macro's, or a <details> element's summary that names nothing), no text of the page; what it stands between, a title and its table, is read as one", line, Clip(strings.TrimSpace(text)))
}
