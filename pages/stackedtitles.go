package pages

import (
	"fmt"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/schema"
)

// A scraper that prints each section's text before its tables (a user's
// script on tabletojson, jq printing a section's text lines, then its
// tables) stacks the bold titles of the section's nested types and enums
// on lines of their own above the section's first table, apart from the
// tables they title: "SaltPan", "PanStage", then the section's own table,
// SaltPan's and PanStage's, one after another. Read as written, the last
// title would head the first table and the others title nothing. The
// evidence pairs them in order: the titles are names the tables refer to
// (a type cell, "List<SaltPan>", "See PanStage"), the tables after them
// are as many as the titles (or one more, the section's own, first), and
// each is a table a type or an enum is documented by (Name | Type …,
// Code | Name …) that refers to no title paired with it.

// stackedTitles moves a run of title lines stacked before a run of
// tables (blocks, as Read gives them) before the tables they title, in
// order, with one located warning naming the pairs, where the evidence
// agrees: as many tables as titles, or one more whose first is the
// section's own and refers to a title, each table a field or a code
// table, each title a name a table other than its own refers to. Where
// two titles or more stand so and the count or the kinds do not agree,
// the page is refused at the first title, naming the titles and the
// tables, and left as it is. Blocks with no run moved are returned as
// they are, not copied.
func stackedTitles(src Source, blocks []Block) []Block {
	var out []Block
	kept := 0 // blocks[:kept] are in out, moved where a run was
	for i := 0; i < len(blocks); {
		titles := stackedRun(blocks, i)
		if titles == 0 {
			i++
			continue
		}
		tables := blocks[i+titles : tableRunEnd(blocks, i+titles)]
		pairs, why := pairTitles(blocks, blocks[i:i+titles], tables)
		given := false
		if pairs == nil && titles > 1 {
			pairs = src.Titled.pairs(blocks[i:i+titles], tables)
			given = pairs != nil
		}
		switch {
		case pairs == nil && titles > 1:
			refuseStacked(src, blocks[i:i+titles], tables, why)
		case pairs != nil:
			how := "each is read as the title of a table, in order, each table one a type or an enum is documented by and each title a name another table refers to"
			if given {
				how = "each is read as the title of the table the overrides file's tables: entries give it"
			}
			warnStacked(src, blocks[i:i+titles], tables, pairs, how)
			out = append(append(out, blocks[kept:i]...), titledRun(blocks[i:i+titles], tables, pairs)...)
			i += titles + len(tables)
			kept = i
			continue
		}
		i += titles
	}
	if kept == 0 && len(blocks) > 0 {
		return blocks
	}
	return append(out, blocks[kept:]...) // nil for no block, as ever
}

// stackedRun is how many title lines naming a type (one word a table of
// the page refers to) stand in a row from blocks[i], right before a
// table; 0 when none does, when a name stands twice among them (a title
// written twice, a wrapped "See" and the title after it, is no stack of
// titles), or when a table stands right before them: the first may be
// the caption of that table, written after it, where a stack follows
// its section's heading.
func stackedRun(blocks []Block, i int) int {
	if i > 0 && blocks[i-1].Table != nil {
		return 0
	}
	n, seen := 0, map[string]bool{}
	for i+n < len(blocks) && blocks[i+n].Table == nil && isTableTitle(blocks[i+n].Text) && referred(blocks, blocks[i+n].Text) {
		name := strings.TrimSpace(blocks[i+n].Text)
		if seen[name] {
			return 0
		}
		seen[name] = true
		n++
	}
	if i+n == len(blocks) || blocks[i+n].Table == nil {
		return 0
	}
	return n
}

// tableRunEnd is the index after the tables that follow one another from
// blocks[i], with no text between them.
func tableRunEnd(blocks []Block, i int) int {
	for i < len(blocks) && blocks[i].Table != nil {
		i++
	}
	return i
}

// pairTitles pairs stacked titles with the tables after them, in order:
// pairs[k] is the index in tables of the table titles[k] titles. The
// tables that are the rest of a table cut in two stay with that table,
// untitled. It returns nil and why when the evidence does not agree: one
// title, whose own table may be the first, is paired only when that
// table refers to it.
func pairTitles(blocks, titles, tables []Block) ([]int, string) {
	var own []int
	for j, t := range tables {
		if !t.Table.CutInTwo() {
			own = append(own, j)
		}
	}
	switch len(own) - len(titles) {
	case 0:
		if len(titles) == 1 {
			return nil, "" // a title over its table
		}
	case 1:
		first := tables[own[0]].Table
		if !refersToAny(first, titles) {
			return nil, fmt.Sprintf("the table at line %d, the section's own, refers to none of them", first.Line)
		}
		own = own[1:]
	default:
		return nil, fmt.Sprintf("%d tables follow %d titles", len(own), len(titles))
	}
	for k, j := range own {
		t, name := tables[j].Table, strings.TrimSpace(titles[k].Text)
		if !t.Has(ColCode) && !(t.Has(ColName) && t.Has(ColType)) {
			return nil, fmt.Sprintf("the table at line %d, which %q would title, documents no type nor enum (%s)", t.Line, name, strings.Join(t.Header, " | "))
		}
		if !referredBesides(blocks, name, t) {
			return nil, fmt.Sprintf("no table but the one at line %d, which %q would title, refers to %s", t.Line, name, name)
		}
	}
	return own, ""
}

// refersToAny reports whether a cell of t holds one of the titles.
func refersToAny(t *Table, titles []Block) bool {
	for _, b := range titles {
		if tableHolds(t, strings.TrimSpace(b.Text)) {
			return true
		}
	}
	return false
}

// referredBesides reports whether a table of blocks other than t holds
// name in a cell.
func referredBesides(blocks []Block, name string, t *Table) bool {
	for _, b := range blocks {
		if b.Table != nil && b.Table != t && tableHolds(b.Table, name) {
			return true
		}
	}
	return false
}

// tableHolds reports whether a cell of t holds name as a whole word.
func tableHolds(t *Table, name string) bool {
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			if holdsWord(c, name) {
				return true
			}
		}
	}
	return false
}

// titledRun is the tables with each stacked title right before the table
// it titles; the tables titled are tables of their own, no rest of the
// one before.
func titledRun(titles, tables []Block, pairs []int) []Block {
	at := map[int]Block{}
	for k, j := range pairs {
		at[j] = titles[k]
	}
	out := make([]Block, 0, len(titles)+len(tables))
	for j, t := range tables {
		if title, ok := at[j]; ok {
			out = append(out, title)
			t.Table.Continues, t.Table.Resumes = nil, nil
		}
		out = append(out, t)
	}
	return out
}

// warnStacked warns, at the first title, of the titles read as the
// titles of the tables after them, saying how they were paired and
// naming each pair.
func warnStacked(src Source, titles, tables []Block, pairs []int, how string) {
	var named []string
	for k, j := range pairs {
		named = append(named, fmt.Sprintf("%q at line %d titles the table at line %d", Clip(titles[k].Text), titles[k].Line, tables[j].Table.Line))
	}
	src.Report.Warn(At(src.Name, titles[0].Line), "%d titles stand stacked above the tables after them, as a scraper that prints a section's text before its tables writes them: %s: %s", len(titles), how, strings.Join(named, "; "))
}

// refuseStacked refuses, at the first title, a run of stacked titles the
// tables after them do not agree with, printing the overrides entries
// that pair them (Titled), one a title.
func refuseStacked(src Source, titles, tables []Block, why string) {
	var names, lines, own, entries []string
	for _, t := range titles {
		names = append(names, fmt.Sprintf("%q at line %d", Clip(t.Text), t.Line))
		entries = append(entries, fmt.Sprintf("  - table: %s:<line>\n    type: %s", src.Name, strings.TrimSpace(t.Text)))
	}
	for _, t := range tables {
		lines = append(lines, fmt.Sprintf("%d (%s)", t.Table.Line, strings.Join(t.Table.Header, " | ")))
		if !t.Table.CutInTwo() {
			own = append(own, fmt.Sprint(t.Table.Line))
		}
	}
	src.Report.FailKnowing(schema.KnowsFix, At(src.Name, titles[0].Line), "the titles %s stand stacked above the tables at lines %s, as a scraper that prints a section's text before its tables writes them, but which title titles which table cannot be told: %s. To settle it, move each title on a line of its own right above the table it titles, or add to the overrides file (under tables:) an entry for each title, with <line> replaced by the line of the header of the table it titles (%s):\n%s", strings.Join(names, ", "), strings.Join(lines, ", "), why, strings.Join(own, ", "), strings.Join(entries, "\n"))
}

// Titled are the types an overrides file's tables: entries give tables
// of a page, by the line of the table's header, and those a run of
// stacked titles took.
type Titled struct {
	Of    map[int]string
	Taken map[int]bool
}

// pairs pairs each of a run of stacked titles with the table after it
// that an entry gives the title's name to, and marks those entries
// taken; nil, taking none, where a title has no such table, or the
// table of another title, or tt is nil.
func (tt *Titled) pairs(titles, tables []Block) []int {
	if tt == nil {
		return nil
	}
	pairs := make([]int, len(titles))
	for k, b := range titles {
		pairs[k] = slices.IndexFunc(tables, func(t Block) bool {
			return !t.Table.CutInTwo() && tt.Of[t.Table.Line] == strings.TrimSpace(b.Text)
		})
		if pairs[k] < 0 || slices.Contains(pairs[:k], pairs[k]) {
			return nil
		}
	}
	for _, j := range pairs {
		tt.Taken[tables[j].Table.Line] = true
	}
	return pairs
}
