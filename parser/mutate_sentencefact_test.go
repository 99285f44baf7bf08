package parser_test

// A note between two rows of a table that states a fact of the kind a
// description states ("Defaults to 5 when omitted."), a sentence of its
// own after the row's full stop: a note that cut the table, or a cell's
// second paragraph, which a style that joins a row's lines of text does
// not tell apart. Applied at each row of a table after its first, in
// every style: where the note is read as the row's text, the default it
// gives the row above is warned of at its line, never read with no word.
func init() {
	d := defect{"table cut by a sentence that states a default, in any style", calloutPlaces, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return insertLines(lines, at, "Defaults to 5 when omitted."), at
	}}
	defects = append(defects, d)
	everyStyle[d.class] = true
}
