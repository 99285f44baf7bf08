package pipes

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages of cells separated by pipes, cell | cell rows with or
// without outer pipes and a ruler, or by tabs.
type Style struct{}

func (Style) String() string       { return "pipe- or tab-separated text" }
func (Style) NeedsLexicon() bool   { return false }
func (Style) Extensions() []string { return []string{".txt"} }

// Read reads a page, an outliner's blocks nested in list items and its
// property lines read first (pages.ReadOutlined), each line at its page line.
func (Style) Read(src pages.Source) []pages.Block {
	return pages.ReadOutlined(src, pipeItems)
}

// Markers: its rows are cut by pipes or tabs, and a ruler without a
// pipe is a console's, "-+-".
func (Style) Markers() string { return "|\t+" }

// Detect counts the rulers without a leading pipe, ---|---, and the
// header rows without a ruler, which Markdown does not read, two of
// whose cells at least name columns of a kind (pages.ColumnsOf: a
// flattened page's line of "Status | Message" is no evidence); Markdown
// wins a tie.
func (Style) Detect(lines []string) int {
	n := pages.Rulers(lines, false)
	headers := 0
	for i, l := range lines {
		if !strings.ContainsAny(l, "|\t") {
			continue
		}
		if _, ok := headerAt(lines, i); ok && !(i+1 < len(lines) && pages.IsPipeRuler(lines[i+1])) && namesKinds(lines[i]) {
			headers++
		}
	}
	switch {
	case headers == 0:
		return n
	case n == 0:
		return 2 + headers
	}
	return n + headers
}

// namesKinds reports whether two cells of a row at least name columns of
// a kind (pages.ColumnsOf).
func namesKinds(l string) bool {
	_, cells, _ := splitRow(l)
	_, ok := pages.ColumnsOf(cells)
	return ok
}

// CellPipe is how a pipe is written in a cell's text, which parts no
// cell (pages.PipeRows).
func (Style) CellPipe() string { return `\|` }
