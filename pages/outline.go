package pages

import (
	"regexp"
	"strings"
)

// An outliner (Logseq, Roam's export, Obsidian's outliner, Workflowy,
// Dynalist, Athens) writes a page as Markdown in which every block is a
// list item: a heading is an item ("- ## Server"), a table or a fenced
// code block begins on its item's line ("- | Name | Type |", "- ```http")
// and goes on at lines indented past the dash, nested items indented
// with TABs. Between a block's lines it writes the block's properties,
// one a line ("collapsed:: true", "id:: 65a…"), and the page's
// properties open the file ("title:: …", "tags:: …"): what the outliner
// keeps of a block, which it never shows.
//
// Read by CommonMark's rule of a list item's content, a table, a fence or
// a heading that begins on an item's line is a block of the page: the
// item's mark is taken off that line (itemContent). On a page whose
// every block is a list item (isOutline), the items are the outliner's
// blocks, not a list the page writes: every item's mark is taken off,
// and its paragraph reads as the page's ("- Require permission rules …"
// as "Require permission rules …"), and the TABs that nest the blocks
// are taken off every line (a style of TAB-separated cells would read
// them as empty cells). A property line is
// the outliner's chrome, no text of the page: dropped, each other line at
// its page line; where one stands amid a table's lines (between the
// header and its ruler, or between rows) the table is read whole, with a
// warning at the property line (ReadOutlined). Markdown reads its pages so,
// and so does the style of tables without a leading pipe (GFM's
// "Name | Type" over "---|---"), which an outliner keeps as it keeps
// those of pipes.

// propertyRe matches an outliner's property line: "key:: value", the key
// a word of letters, digits, "_" and "-", after the line's indent and,
// on an item of properties alone, its mark ("- title:: …").
var propertyRe = regexp.MustCompile(`^[ \t]*(?:[-*+][ \t]+)?[A-Za-z][\w-]*::(?:[ \t].*)?$`)

// itemBlockRe matches a bulleted list item whose content begins with a block
// that is no paragraph: a table's row, an ATX heading or a code fence;
// its first group is the item's indent and mark.
var itemBlockRe = regexp.MustCompile("^([ \t]*[-*+][ \t]+)(?:\\||#{1,6}(?:[ \t]|$)|```|~~~)")

// itemRe matches a bulleted list item's indent and mark ("- ", "\t- "),
// or a mark alone (an outliner's empty block): an outliner numbers no
// block with a mark, and a number that begins a line may be the rest of
// a row a hard wrap cut ("1000000) |").
var itemRe = regexp.MustCompile(`^[ \t]*[-*+](?:[ \t]+|$)`)

// minOutlineItems is how many list items a page whose every block is
// one holds at least to be an outliner's, and maxStrayShare how many
// parts in a hundred of its lines other than items may be (isOutline).
const (
	minOutlineItems = 3
	maxStrayShare   = 10
)

// isOutline reports whether a page is an outliner's: outside its code
// blocks, the lines that are not blank are list items, property lines,
// ATX headings, lines indented under an item or right under an item's
// line (its content goes on, indented or, as a hard wrap leaves it,
// lazily), minOutlineItems at least list items, and no more than
// maxStrayShare parts in a hundred of the items and the other lines
// are other lines (what a copy or a scrape set among the blocks: a
// note, a line of text).
func isOutline(lines []string) bool {
	items, stray := 0, 0
	code := false
	item := false // the line before is an item's, not blank
	for _, l := range lines {
		c := itemContent(l, false)
		if IsFence(c) {
			code = !code
			continue
		}
		t := strings.TrimSpace(l)
		switch {
		case code || isProperty(l):
		case t == "":
			item = false
		case itemRe.MatchString(l):
			items++
			item = true
		case l[0] == ' ' || l[0] == '\t' || item:
		case atxHeadingRe.MatchString(l):
		default:
			stray++
		}
	}
	return items >= minOutlineItems && 100*stray <= maxStrayShare*(items+stray)
}

// atxHeadingRe matches an ATX heading's marks: "### Request Body".
var atxHeadingRe = regexp.MustCompile(`^#{1,6}(?:[ \t]|$)`)

// isProperty reports whether a line is an outliner's property line
// (propertyRe), trying the pattern only on a line that holds "::".
func isProperty(l string) bool {
	return strings.Contains(l, "::") && propertyRe.MatchString(l)
}

// itemContent is a line without the mark of the list item it begins,
// where the item's content is a table's row, a heading or a fence
// (itemBlockRe), or of any item on an outliner's page (outline): the
// mark becomes spaces, and the content keeps its column.
func itemContent(l string, outline bool) string {
	t := strings.TrimLeft(l, " \t")
	if t == "" || !(t[0] == '-' || t[0] == '*' || t[0] == '+') {
		return l
	}
	end := -1 // the end of the item's mark and the spaces after it
	if outline {
		if m := itemRe.FindStringIndex(l); m != nil {
			end = m[1]
		}
	} else if m := itemBlockRe.FindStringSubmatchIndex(l); m != nil {
		end = m[3]
	}
	if end < 0 {
		return l
	}
	indent := len(l) - len(t)
	return l[:indent] + strings.Repeat(" ", end-indent) + l[end:]
}

// ReadOutlined reads the source with readSource after reading what an
// outliner writes: the blocks it nests in list items read as the page's
// (itemContent, on an outliner's page of every item) and its property
// lines outside code blocks dropped, a property line amid a table's
// lines warned of; the blocks and what readSource reports are located
// at the source's lines. A page with neither is read as it is.
func ReadOutlined(src Source, readSource func(Source) []Block) []Block {
	var lines []string // the lines kept, nil while every line is kept as it is
	var at []int       // the index in src.Lines of each line kept
	code := false
	outline := isOutline(src.Lines)
	for i, l := range src.Lines {
		c := itemContent(l, outline)
		if outline {
			c = strings.TrimLeft(c, "\t")
		}
		if IsFence(c) {
			code = !code
		}
		drop := !code && isProperty(l)
		if lines == nil && (drop || c != l) {
			lines = make([]string, i, len(src.Lines))
			copy(lines, src.Lines[:i])
			at = make([]int, i, len(src.Lines))
			for k := range at {
				at[k] = k
			}
		}
		if lines == nil || drop {
			continue
		}
		lines = append(lines, c)
		at = append(at, i)
	}
	if lines == nil {
		return readSource(src)
	}
	warnCuts(src, lines, at)
	out := src
	out.Lines = lines
	out.At = make([]int, len(at))
	for k, i := range at {
		out.At[k] = i + 1
		if src.At != nil {
			out.At[k] = src.At[i]
		}
	}
	return readRelocated(out, readSource, src.Report, func(n int) int {
		if n >= 1 && n <= len(at) {
			return at[n-1] + 1
		}
		return n
	})
}

// warnCuts warns of each property line of src that stands between two
// lines of a table among the lines kept (both hold a pipe: rows, or a
// header row and its ruler, with a leading pipe or without), whose
// indexes in src.Lines are at: the table is read whole.
func warnCuts(src Source, kept []string, at []int) {
	k := 0 // the first line kept after the line looked at
	for i, l := range src.Lines {
		for k < len(at) && at[k] <= i {
			k++
		}
		if k == 0 || k == len(at) || at[k-1] == i || !isProperty(l) {
			continue
		}
		if strings.Contains(kept[k-1], "|") && strings.Contains(kept[k], "|") {
			src.Report.Warn(At(src.Name, i+1), "line %d, %q, is an outliner's property line (Logseq writes a block's properties under its first line), between line %d and line %d of a table: dropped, and the table read whole", i+1, Clip(strings.TrimSpace(l)), at[k-1]+1, at[k]+1)
		}
	}
}
