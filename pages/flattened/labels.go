package flattened

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// unlabelled returns the lines of a page with the rows of the table whose
// header head is, from line from on, written without their cell labels:
// a responsive table prints each cell after its column's name (a
// <span class="cell-label">Code</span> a narrow screen shows), and a tag
// stripper's text runs label and cell together
// ("CoderecipientIdsTypestring[]RequiredtrueDescriptionThe players …").
// The table's rows are labelled where its first row begins with the
// header's first name and holds the others in order, each cell between
// two of them reading as the split of the row written with its cells a
// tab apart (cutLabels); each such row is rewritten so, warned at once at
// the first. A later row of such a table that begins with the first
// label and cuts at its labels in several ways as good is refused at its line;
// one that cuts in none ends the labelled rows. The lines are src.Lines where no row is
// labelled, a copy otherwise.
func unlabelled(src pages.Source, names *vocabulary, head []string, kind pages.Kind, cols []pages.Column, i, from int) []string {
	lines := src.Lines
	first := nextNonBlank(lines, from-1)
	if first < 0 || len(head) < 2 || !strings.HasPrefix(strings.TrimSpace(lines[first]), head[0]) {
		return lines
	}
	cells, ok := cutLabels(strings.TrimSpace(lines[first]), head, kind, cols, names)
	if !ok {
		return lines
	}
	src.Report.Warn(pages.At(src.Name, first+1), "the rows of the table at line %d write each cell after its column's name (%q), as a responsive table's cell labels that a page's text keeps: read without the labels (%s)", i+1, pages.Clip(strings.TrimSpace(lines[first])), pages.Clip(strings.Join(cells, " | ")))
	out := slices.Clone(lines)
	out[first] = strings.Join(cells, "\t")
	for j := first + 1; j < len(out); j++ {
		r := strings.TrimSpace(out[j])
		if !strings.HasPrefix(r, head[0]) {
			if r != "" && pages.RunTogetherHeader(r) != nil {
				break
			}
			continue
		}
		cells, ok := cutLabels(r, head, kind, cols, names)
		switch {
		case ok:
			out[j] = strings.Join(cells, "\t")
		case cells != nil:
			src.Report.Fail(pages.At(src.Name, j+1), "line %d writes its cells after their columns' names, as the rows of the table at line %d do, and cuts at those names in more than one way (%s): write the row with its cells a tab apart", j+1, i+1, pages.Clip(strings.Join(cells, " | ")))
		default:
			return out
		}
	}
	return out
}

// cutLabels cuts a row r whose cells each follow their column's name in
// head at those names: it begins with the first, and each later name
// stands after the one before it. Of the places each name could stand,
// the ways whose cells, written a tab apart, split as the same cells are
// weighed as splitRow weighs a split ("itemTypeIdTypestring" cuts as
// itemTypeId of type string better than as item of a type IdTypestring
// no page names): the best, alone, comes back with ok; several as good,
// the first of them without ok; none, nil.
func cutLabels(r string, head []string, kind pages.Kind, cols []pages.Column, names *vocabulary) (cells []string, ok bool) {
	rest, found := strings.CutPrefix(r, head[0])
	if !found {
		return nil, false
	}
	var best []string
	bestScore, ties := 0, 0
	var walk func(rest string, k int, got []string)
	walk = func(rest string, k int, got []string) {
		if k == len(head) {
			cs := append(slices.Clone(got), strings.TrimSpace(rest))
			split, score, _ := splitRow(strings.Join(cs, "\t"), kind, cols, names)
			switch {
			case !slices.Equal(split, cs):
			case best == nil || score > bestScore:
				best, bestScore, ties = cs, score, 1
			case score == bestScore:
				ties++
			}
			return
		}
		for at := 0; ; {
			n := strings.Index(rest[at:], head[k])
			if n < 0 {
				return
			}
			walk(rest[at+n+len(head[k]):], k+1, append(got, strings.TrimSpace(rest[:at+n])))
			at += n + 1
		}
	}
	walk(rest, 1, nil)
	return best, best != nil && ties == 1
}
