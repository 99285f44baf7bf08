package parser_test

import (
	"regexp"
	"slices"
	"strings"
)

// The damage done to an HTTP-status page's headings: the wiki's table of
// contents macro, copied as the path headings it links, a line each,
// above the page's first endpoint; the first endpoint's path heading
// dropped, as a reader-view extractor (Postlight Parser, Mercury) drops
// the first heading of a page's content; and a tool that writes every heading
// in capitals (html-to-text): the path headings, the section titles and
// the type names over their tables, which the page writes in their case
// only in its example requests and its type cells.
func init() {
	defects = append(defects, headingDefects...)
}

// bareAPIPathRe is an endpoint's path heading, a bare path on a line.
var bareAPIPathRe = regexp.MustCompile(`^/[A-Za-z0-9_{}/.-]+$`)

var headingDefects = []defect{
	{"table of contents of the paths above the first endpoint", func(p *scrapedPage) []int {
		if paths := linesMatching(p, bareAPIPathRe); len(paths) > 0 {
			return paths[:1]
		}
		return nil
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		var toc []string
		for _, i := range linesMatching(p, bareAPIPathRe) {
			toc = append(toc, p.lines[i])
		}
		return insertLines(lines, at, toc...), at
	}},
	{"first path heading lost, on a page of several endpoints", func(p *scrapedPage) []int {
		if paths := linesMatching(p, bareAPIPathRe); len(paths) > 1 {
			return paths[:1]
		}
		return nil
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return slices.Delete(slices.Clone(lines), at, at+1), at
	}},
	{"headings in capitals", func(p *scrapedPage) []int {
		if p.style == "html" || len(linesMatching(p, bareAPIPathRe)) == 0 {
			return nil
		}
		return []int{0}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		for i, l := range lines {
			if bareAPIPathRe.MatchString(l) || sectionTitleRe.MatchString(l) {
				lines[i] = strings.ToUpper(l)
			}
		}
		for _, tb := range p.tables {
			if tb.heading >= 0 && typeHeadingRe.MatchString(lines[tb.heading]) {
				lines[tb.heading] = strings.ToUpper(lines[tb.heading])
			}
		}
		return lines, at
	}},
	{"type headings in capitals", typeHeadings, recasedTypeHeadings(strings.ToUpper)},
	{"type headings in small letters", typeHeadings, recasedTypeHeadings(strings.ToLower)},
}

// recasedTypeHeadings writes the type names that head the page's tables
// in another case, recase's (strings.ToUpper: a converter that
// upper-cases headings, as html-to-text does, or a style sheet's
// text-transform kept in a copy), in every style, HTML's within its
// heading's tag: the page
// writes their case only in its type cells and "See" texts.
func recasedTypeHeadings(recase func(string) string) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		for _, tb := range p.tables {
			if tb.heading < 0 {
				continue
			}
			l, re := lines[tb.heading], dottedTypeHeadingRe
			if p.style == "html" {
				re = htmlTypeHeadingRe
			}
			if m := re.FindStringSubmatchIndex(l); m != nil {
				lines[tb.heading] = l[:m[2]] + recase(l[m[2]:m[3]]) + l[m[3]:]
			}
		}
		return lines, at
	}
}

// typeHeadings are the pages with a table under a type's name.
func typeHeadings(p *scrapedPage) []int {
	for _, tb := range p.tables {
		if tb.heading >= 0 && (p.style == "html" && htmlTypeHeadingRe.MatchString(p.lines[tb.heading]) || p.style != "html" && dottedTypeHeadingRe.MatchString(p.lines[tb.heading])) {
			return []int{tb.heading}
		}
	}
	return nil
}

var (
	// dottedTypeHeadingRe is a type's name, qualified or not, written as
	// the heading of its table (the name is its first group).
	dottedTypeHeadingRe = regexp.MustCompile(`^\s*(?:#{1,6} )?([A-Z][A-Za-z0-9.]*[a-z][A-Za-z0-9.]*)\s*$`)
	// htmlTypeHeadingRe is the same name as an HTML heading's text.
	htmlTypeHeadingRe = regexp.MustCompile(`<h[1-6][^>]*>([A-Z][A-Za-z0-9.]*[a-z][A-Za-z0-9.]*)<`)
)

// typeHeadingRe is a type's name written as the heading of its table.
var typeHeadingRe = regexp.MustCompile(`^(#{1,6} )?[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$`)
