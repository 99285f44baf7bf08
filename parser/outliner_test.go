package parser_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
)

// logseqPage writes a Markdown page as Logseq keeps it in its graph
// after the page was pasted into it (Logseq, a desktop app, does not run
// here; this imitates its file): the page's properties first, then every
// block a list item, "- " before its first line and two spaces before
// the others; a heading is a block, and the blocks under a heading
// nested one TAB deeper than it, a heading of a deeper level one TAB
// deeper than the heading over it; a table, a code block, a paragraph
// and a list item are blocks; no blank line between blocks (a blank line
// in a code block stays, indented); an empty block at the end. Property
// lines stand where Logseq writes them: "collapsed:: true" under every
// other heading, and "id:: …" under the first line of every other table
// (between its header row and its ruler) and of every third paragraph.
// A grid table is one block, without a property.
func logseqPage(title string, lines []string) string {
	out := []string{"title:: " + title, "tags:: api", ""}
	var levels []int // the levels of the headings open, outermost first
	depth := 0       // the depth of the blocks under the last heading
	n := 0           // the blocks written, which choose the properties
	block := func(lines []string, property string) {
		tabs := strings.Repeat("\t", depth)
		for k, l := range lines {
			switch {
			case k == 0:
				out = append(out, tabs+"- "+l)
				if property != "" {
					out = append(out, tabs+"  "+property)
				}
			case l == "":
				out = append(out, tabs+"  ")
			default:
				out = append(out, tabs+"  "+l)
			}
		}
		n++
	}
	id := func() string { return fmt.Sprintf("id:: 674ee1b2-5c1d-4f0e-9a37-%012x", n) }
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
		case atxHeadingRe.MatchString(t) || i+1 < len(lines) && setextLineRe.MatchString(lines[i+1]) && !strings.HasPrefix(t, "|") && !strings.HasPrefix(t, "- "):
			level := len(t) - len(strings.TrimLeft(t, "#"))
			if level == 0 {
				level = 1
				if strings.HasPrefix(strings.TrimSpace(lines[i+1]), "-") {
					level = 2
				}
				t = strings.Repeat("#", level) + " " + t
				i++
			}
			for len(levels) > 0 && levels[len(levels)-1] >= level {
				levels = levels[:len(levels)-1]
			}
			depth = len(levels)
			property := ""
			if n%2 == 0 {
				property = "collapsed:: true"
			}
			block([]string{t}, property)
			levels = append(levels, level)
			depth = len(levels)
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			j := i + 1
			for j < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[j]), t[:3]) {
				j++
			}
			block(lines[i:min(j+1, len(lines))], "")
			i = j
		case strings.HasPrefix(t, "+") && i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "|"):
			// A grid table (pandoc's): its rules and rows one block, as
			// Logseq keeps the lines a paste sets with no blank line
			// between them.
			j := i + 1
			for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
				j++
			}
			block(trimmed(slices.Clone(lines[i:j])), "")
			i = j - 1
		case strings.HasPrefix(t, "|"):
			j := i + 1
			for j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|") {
				j++
			}
			property := ""
			if n%2 == 1 && j > i+1 {
				property = id()
			}
			block(trimmed(slices.Clone(lines[i:j])), property)
			i = j - 1
		default:
			j := i + 1
			for j < len(lines) && strings.TrimSpace(lines[j]) != "" && !startsBlock(lines, j) {
				j++
			}
			property := ""
			if n%3 == 0 {
				property = id()
			}
			paragraph := trimmed(slices.Clone(lines[i:j]))
			paragraph[0] = strings.TrimPrefix(paragraph[0], itemMarkRe.FindString(paragraph[0]))
			block(paragraph, property)
			i = j - 1
		}
	}
	return strings.Join(append(out, "- "), "\n")
}

// startsBlock reports whether line j of a Markdown page begins a block
// of its own: a heading, a table, a fence or a list item.
func startsBlock(lines []string, j int) bool {
	t := strings.TrimSpace(lines[j])
	return atxHeadingRe.MatchString(t) || strings.HasPrefix(t, "|") || strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") || itemMarkRe.MatchString(t) || j+1 < len(lines) && setextLineRe.MatchString(lines[j+1])
}

// setextLineRe matches the line under a Setext heading, and itemMarkRe
// a list item's mark at a line's start.
var (
	setextLineRe = regexp.MustCompile(`^ {0,3}(?:={2,}|-{3,})[ \t]*$`)
	itemMarkRe   = regexp.MustCompile(`^(?:[-*+]|\d{1,9}[.)]) `)
)

// outlinerRefused are the cases whose pages, in Logseq's form, are
// refused, with the error's words: a clear refusal, where the form
// loses what the page's own form tells.
var outlinerRefused = map[string]string{
	// html2markdown's table written as text, a paragraph a row: as an
	// outliner's blocks its paragraphs stand with no blank line
	// between, and its rows read as one paragraph.
	"v13_tuneCarillon": "its description states \"(0 - 5 elements)\"",
	// html-to-markdown v2 skips a table with a line break in a cell and
	// writes it a paragraph a row: the same as v13's.
	"by02_randBasket": "its description states \"(3 - 24 items)\"",
	// xsltproc's rough Markdown writes pipe rows with no ruler line: as
	// an outliner's blocks each row is a list item of its own, and no
	// line tells a table.
	"ai03_getArenaRotation": "found no table",
	// Postlight parser's Markdown writes a table a cell a paragraph: as
	// an outliner's blocks each cell is a list item, no line tells a
	// table, and the page keeps too few marks of its protocol to tell it.
	"bp02_requeen": "cannot tell which protocol the page documents",
	// lunny/html2md's Markdown writes a table a cell a paragraph too,
	// and its code blocks as inline code over lines: the same.
	"bu02_glazeFire": "cannot tell which protocol the page documents",
	// pandoc's Markdown of a Word file draws its tables as grids: nested
	// in a list item, a grid is not read as one, and its rows, split at
	// their pipes, stand under no header row.
	"bv04_boilSap": "but no header row stands over it",
}

// htmlStartRe matches a line that begins an HTML block: Logseq turns
// the HTML a page pastes into Markdown, and keeps no such block.
var htmlStartRe = regexp.MustCompile(`^</?[A-Za-z][A-Za-z0-9]*[\s>/]`)

// TestOutlinerForm meets every Markdown page of the facts corpus as
// Logseq keeps it in a graph (logseqPage): each case whose pages are all
// Markdown, without HTML blocks, and which parses, gives its facts
// again, lines aside, or is refused as outlinerRefused lists.
func TestOutlinerForm(t *testing.T) {
	dirs, err := filepath.Glob("../testdata/facts/*")
	if err != nil {
		t.Fatal(err)
	}
	cases, right, refused := 0, 0, 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		ps := parser.CasePages(t, dir)
		if len(ps) == 0 || slices.ContainsFunc(ps, func(p parser.Page) bool { return filepath.Ext(p.Name) != ".md" }) {
			continue
		}
		own, err := parser.Parse(ps, parser.Options{Name: "x"})
		if err != nil {
			continue
		}
		outlined := slices.Clone(ps)
		htmlBlock := false
		for k, p := range outlined {
			lines := strings.Split(string(p.Data), "\n")
			htmlBlock = htmlBlock || slices.ContainsFunc(lines, func(l string) bool { return htmlStartRe.MatchString(strings.TrimSpace(l)) })
			if strings.Contains(string(p.Data), "::") {
				continue // a page with property lines: an outliner's already
			}
			outlined[k].Data = []byte(logseqPage(strings.TrimSuffix(p.Name, ".md"), lines))
		}
		if htmlBlock {
			continue
		}
		cases++
		res, err := parser.Parse(outlined, parser.Options{Name: "x"})
		name := filepath.Base(dir)
		why, known := outlinerRefused[name]
		switch {
		case err != nil && known && strings.Contains(err.Error(), why):
			refused++
		case err != nil:
			t.Errorf("%s in Logseq's form: refused: %v", name, firstLine(err.Error()))
		case known:
			t.Errorf("%s in Logseq's form: reads, listed in outlinerRefused: remove it", name)
		case !slices.Equal(factLines(own.API), factLines(res.API)):
			t.Errorf("%s in Logseq's form: other facts:\n%s", name, factDiff(factLines(own.API), factLines(res.API)))
		default:
			right++
		}
	}
	t.Logf("%d Markdown cases: %d read the same in Logseq's form, %d refused as listed", cases, right, refused)
}

// firstLine is the first line of a text.
func firstLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	return first
}

// factDiff lists the facts only one of want and got holds.
func factDiff(want, got []string) string {
	var b strings.Builder
	for _, w := range want {
		if !slices.Contains(got, w) {
			fmt.Fprintf(&b, "\t- %s\n", w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			fmt.Fprintf(&b, "\t+ %s\n", g)
		}
	}
	return b.String()
}
