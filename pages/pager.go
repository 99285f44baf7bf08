package pages

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// pagerLabels are the labels a docs site's pager sets over the titles of
// the pages before and after (VitePress's).
var pagerLabels = []string{"previous page", "next page"}

// IsPagerLink reports whether a line is a link of a docs site's pager,
// its label and the title of the page it links on one line: run together,
// as a PDF's text or a copy of the page joins them ("Previous
// pagesalvageRelic", "Next pageGetting Started"), or set apart by a space
// where the title is one name ("Next page upgradeRelic"). The title
// holds a capital letter in its first word, as a page's name or title
// does: a word run onto the label that holds none is text ("Next pages
// load lazily").
func IsPagerLink(line string) bool {
	l := strings.TrimSpace(line)
	for _, label := range pagerLabels {
		if len(l) <= len(label) || !strings.EqualFold(l[:len(label)], label) {
			continue
		}
		title := l[len(label):]
		spaced := title[0] == ' '
		title = strings.TrimSpace(title)
		words := strings.Fields(title)
		if len(words) == 0 || spaced && len(words) > 1 {
			return false
		}
		return strings.IndexFunc(words[0], unicode.IsUpper) >= 0
	}
	return false
}

// dropPagers drops, with a warning, each link of the site's pager that
// holds its label and the title it links on one line (IsPagerLink): the
// site's chrome after the page's content, no text of it, which a style
// would split at its space into cells, as it does two narrow cells a
// print set on one line, and read as a row of the table before it. A
// label alone on its line ("Next page") is left to the styles, which
// tell it with the title on the line after it.
func (t *Text) dropPagers(name string, rep *Reporter) {
	for i := len(t.Lines) - 1; i >= 0; i-- {
		if IsPagerLink(t.Lines[i]) {
			rep.Warn(At(name, t.line(i)), "line %d (%q) is a link of the site's pager, its label and the title of the page it links on one line: read as the site's chrome, and dropped", t.line(i), Clip(strings.TrimSpace(t.Lines[i])))
			t.drop(i, i+1)
		}
	}
}

// docFooterRe matches a line of a docs site's doc footer, which it sets
// right under a page's content, before its pager: the link to edit the
// page ("Edit this page", "Edit this page on GitHub", "Edit on GitLab",
// with the address a text browser or a man page prints after it in
// parentheses, cut where it wraps) or the date of the page's last change
// ("Last updated: 2/11/2027, 4:18 PM", "Last updated on Jan 3, 2026",
// "Last updated 2026-11-28", or the label and its colon alone where a
// script fills the date in).
var docFooterRe = regexp.MustCompile(`(?i)^(?:edit this page(?: on [a-z]+)?|edit on [a-z]+)(?: \(\S*\)?)?$|^last updated(?::.*| on .*\d.*| \S*\d.*)$`)

// IsDocFooter reports whether a line is one of a docs site's doc footer
// (docFooterRe: the link to edit the page, the date of its last change),
// its links' numbers taken out (Unnumbered).
func IsDocFooter(line string) bool {
	t := strings.TrimSpace(Unnumbered(line))
	return startsDocFooter(t) && docFooterRe.MatchString(t)
}

// startsDocFooter reports whether a line begins as every line
// docFooterRe matches does: with "edit " or "last updated", in any case,
// the s of "last" a long s (ſ) too, which Unicode folds to s as the
// pattern's (?i) does; none of their other letters folds to a letter
// outside ASCII. A line that begins otherwise, as every line of a table
// does ("lastLogin…", "errorCode…"), is told before the pattern runs,
// which every reader asks of most lines of a page.
func startsDocFooter(t string) bool {
	return hasPrefixFold(t, "edit ") || hasPrefixFold(t, "last updated") || hasPrefixFold(t, "laſt updated")
}

// hasPrefixFold reports whether s begins with prefix, Unicode's case
// folding aside, in prefix's bytes.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// EndsContent reports whether line i of a page starts the site's or the
// text browser's chrome after a page's content, which ends any table
// before it: a line of the site's doc footer (IsDocFooter), a link of
// the site's pager, its label and the title of the page it links on one
// line (IsPagerLink), or its label alone on the line with that title on
// the next line that is not blank ("Previous page" ⏎ "getForecast", as
// lynx -dump prints it, its links' numbers taken out: Unnumbered), or
// the title of a text browser's list of its links followed by its first
// entry ("References" ⏎ "1. https://…").
func EndsContent(lines []string, i int) bool {
	l := strings.TrimSpace(Unnumbered(lines[i]))
	if IsPagerLink(l) || IsDocFooter(l) {
		return true
	}
	j := nextFilled(lines, i+1)
	if j == len(lines) {
		return false
	}
	switch {
	case equalFoldAny(l, linkListTitles):
		return linkEntryRe.MatchString(lines[j])
	case equalFoldAny(l, pagerLabels):
		return IsPagerLink(l + strings.TrimSpace(Unnumbered(lines[j])))
	}
	return false
}

// linkListTitles are the titles a text browser prints over the list of
// a page's links (EndsContent).
var linkListTitles = []string{"references", "references:", "visible links", "visible links:"}

// equalFoldAny reports whether s is one of words in any case, without
// lowering s: EndsContent asks it of every line of a table.
func equalFoldAny(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.EqualFold(s, w) })
}

// ChromeEnd is the index of the first line past the site's chrome after
// a page's content that starts at line i (EndsContent): past the lines
// of its doc footer (IsDocFooter), its pager's heading ("Pager",
// VitePress's, which only a text dump shows), its links (each label alone
// on its line with the title under it) and the blank lines among them;
// i where line i is none of them. A row of the table that stands there
// is the table's, not the chrome's.
func ChromeEnd(lines []string, i int) int {
	for i < len(lines) {
		l := strings.TrimSpace(Unnumbered(lines[i]))
		switch {
		case l == "" || strings.EqualFold(l, "pager") || IsDocFooter(l) || IsPagerLink(l):
			i++
		case equalFoldAny(l, pagerLabels) && EndsContent(lines, i):
			i = nextFilled(lines, i+1) + 1
		default:
			return i
		}
	}
	return i
}

// siteFooterRe matches a line of a docs site's footer under its pager:
// the license its message states ("Released under the MIT License.",
// VitePress's default) or its copyright ("Copyright © 2024-present
// GearN", "© 2026 Example, Inc.").
var siteFooterRe = regexp.MustCompile(`^(?:Released under the [\w .-]{1,40} License\.?|(?:Copyright\s+)?(?:©|\([cC]\)|Copyright)\s*\d{4}\b.*)$`)

// isSiteFooter reports whether a line is one of a docs site's footer
// (siteFooterRe); a line that begins otherwise is told before the
// pattern runs.
func isSiteFooter(l string) bool {
	return (hasPrefixFold(l, "released ") || hasPrefixFold(l, "copyright") || strings.HasPrefix(l, "©") || strings.HasPrefix(l, "(c)") || strings.HasPrefix(l, "(C)")) && siteFooterRe.MatchString(l)
}

// dropChromeBeforeRest drops, with a warning, the site's chrome after a
// page's content (EndsContent: its doc footer, its pager, then its
// footer, ChromeEnd and isSiteFooter) where content that is no print's
// page mark follows it, in a printed page (one with page marks): a PDF's
// text extraction (pdf-parse of a browser's print) wrote the last
// printed page's footer before the rest of its content, the rest of a
// table among it, which the chrome would else cut from its table and
// title.
func (t *Text) dropChromeBeforeRest(name string, rep *Reporter) {
	for i := 0; i < len(t.Lines); i++ {
		if !EndsContent(t.Lines, i) {
			continue
		}
		end := i
		for k := end; k < len(t.Lines); {
			k = ChromeEnd(t.Lines, k)
			if k < len(t.Lines) && isSiteFooter(strings.TrimSpace(t.Lines[k])) {
				k++
				continue
			}
			end = k
			break
		}
		next := nextFilled(t.Lines, end)
		if next == len(t.Lines) || IsPageMark(t.Lines[next]) {
			i = end
			continue
		}
		last := end - 1
		for strings.TrimSpace(t.Lines[last]) == "" {
			last--
		}
		rep.Warn(At(name, t.line(i)), "lines %d to %d (%q …) are the site's chrome after a page's content, its doc footer, pager and footer, but the page's content goes on after them at line %d: a PDF's text extraction wrote them out of their place; dropped", t.line(i), t.line(last), Clip(strings.TrimSpace(t.Lines[i])), t.line(next))
		t.drop(i, end)
		i--
	}
}
