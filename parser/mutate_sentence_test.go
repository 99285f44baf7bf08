package parser_test

import "slices"

// A type's title written as a sentence that names it, by a writer who
// titles the table in prose ("Data structure: GenericModels.Buoy.",
// "Type Buoy", "The Buoy object"), a paragraph of the page's style in
// place of the heading: read as the table's title, with a warning, in
// every style a type's title is a heading in; never a table read as
// another type's (noShift).
func init() {
	d := defect{"type title as a sentence that names it", typeTitles, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		title, _ := typeTitle(p, lines[at])
		sentence := []string{"Data structure: " + title + ".", "Type " + title, "The " + title + " object"}[at%3]
		if p.style == "html" {
			sentence = "<p>" + sentence + "</p>"
		}
		lines = slices.Clone(lines)
		lines[at] = sentence
		return lines, at
	}}
	defects = append(defects, d)
	everyStyle[d.class] = true
	noShift[d.class] = true
}
