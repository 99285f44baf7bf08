package read

import (
	"fmt"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// WarnParagraphFacts warns, at its line, of each line of text a style
// joined to a row's description as a paragraph of its own
// (pages.Row.Paragraphs) that changes what the description states: a
// range, a length, a count or a default read with it and not without it,
// or the other way. Such a line is a cell's second paragraph or a note
// that cut the table, which the form does not tell apart, and the fact
// it changes would be read from a note with no word.
func WarnParagraphFacts(page string, items []pages.Block, rep *pages.Reporter) {
	for _, it := range items {
		t := it.Table
		if t == nil {
			continue
		}
		di := slices.Index(t.Cols, pages.ColDescription)
		for _, r := range t.Rows {
			if len(r.Paragraphs) == 0 || len(r.Cells) == 0 {
				continue
			}
			k := di
			if k < 0 || k >= len(r.Cells) {
				k = len(r.Cells) - 1
			}
			desc := r.Cells[k]
			with := statedFacts(ReadConstraints(desc))
			for _, p := range r.Paragraphs {
				without := statedFacts(ReadConstraints(strings.Replace(desc, p.Text, "", 1)))
				if with == without {
					continue
				}
				rep.Warn(pages.At(page, p.Line), "line %d (%q), a sentence of its own under the row at line %d of the table at line %d, is read as the text of that row, and it changes what the row's description states (%s with it, %s without it): a cell's second paragraph, or a note that cut the table, which the page does not tell apart; if it is a note, move it off the table", p.Line, pages.Clip(p.Text), r.Line, t.Line, with, without)
			}
		}
	}
}

// statedFacts names the facts c holds, its bounds and its default, for
// comparing two readings of a description: "nothing" where it holds
// none.
func statedFacts(c Constraints) string {
	var out []string
	bound := func(name string, b *Bound) {
		if b != nil {
			out = append(out, fmt.Sprintf("%s %s", name, b.Ends()))
		}
	}
	bound("length", c.Length)
	bound("items", c.Items)
	bound("value", c.Value)
	bound("count", c.Counted)
	if c.HasDefault {
		out = append(out, "default "+c.Default)
	}
	if len(out) == 0 {
		return "nothing"
	}
	return strings.Join(out, ", ")
}

// CellSentences is the text of a row's cell with each paragraph its
// style kept apart (pages.Row.CellParagraphs) a sentence of its own, for
// ReadConstraints: a paragraph that ends with no stop ends one at its
// break, as the break ends it on the page ("Passes of the flight, 1 ~ 5"
// over "The falcon flies them in the listed order" states the count 1 ~
// 5). It is the cell's text where the cell has one paragraph.
func CellSentences(r *pages.Row, cell string) string {
	ps := r.CellParagraphs[cell]
	if len(ps) < 2 {
		return cell
	}
	var b strings.Builder
	for k, p := range ps {
		p = strings.TrimSpace(p)
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
		if k < len(ps)-1 && p != "" && !strings.ContainsRune(".!?:;,", rune(p[len(p)-1])) {
			b.WriteByte('.')
		}
	}
	return b.String()
}
