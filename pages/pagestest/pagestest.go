// Package pagestest holds what the tests of the style packages share: a
// page read by a style into blocks with its diagnostics, blocks written
// as the lines a test compares, and the bytes a reading allocates, which
// a test bounds.
package pagestest

import (
	"fmt"
	"math"
	"runtime"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/source"
)

// Read reads page, named p.txt, with style into blocks from the Source
// a parse reads it from (source.Of: with the readers the styles lend
// every other), with its warnings and, where errors is set, its errors after them, each as
// "p.txt:N: message".
func Read(style pages.Style, page string, errors bool) ([]pages.Block, []string) {
	rep := &pages.Reporter{}
	blocks := pages.Read(style, source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(page))}, rep))
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if errors {
		warns = append(warns, errs...)
	}
	var ws []string
	for _, w := range warns {
		ws = append(ws, w.Error())
	}
	return blocks, ws
}

// ReadText is Read of a page's bytes as a parse reads them first
// (source.Read: a mail's quote marks, a hard wrap, the spaces a print's
// font wrote a word for in a column's name), with every warning.
func ReadText(style pages.Style, page string) ([]pages.Block, []string) {
	rep := &pages.Reporter{}
	blocks := pages.Read(style, source.Read("p.txt", []byte(page), nil, rep))
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	var ws []string
	for _, w := range append(warns, errs...) {
		ws = append(ws, w.Error())
	}
	return blocks, ws
}

// Describe renders blocks as lines: a text line as it is, a table as its
// header and rows with their cells between pipes, each with its line.
func Describe(blocks []pages.Block) []string {
	var out []string
	for _, b := range blocks {
		if b.Table == nil {
			out = append(out, fmt.Sprintf("%02d %s", b.Line, b.Text))
			continue
		}
		out = append(out, fmt.Sprintf("%02d [%s]", b.Table.Line, strings.Join(b.Table.Header, "|")))
		for _, r := range b.Table.Rows {
			out = append(out, fmt.Sprintf("%02d |%s|", r.Line, strings.Join(r.Cells, "|")))
		}
	}
	return out
}

// AllocatedGrowth is how many times more bytes style allocates reading
// page(2n) than reading page(n): about 2 when reading is linear in the
// page, about 4 or more when it is quadratic. It counts work (bytes
// allocated, which the machine's load does not change), so a test may
// bound it where a timed test would flake.
func AllocatedGrowth(style pages.Style, page func(n int) string, n int) float64 {
	return float64(readAllocated(style, page(2*n))) / float64(readAllocated(style, page(n)))
}

// readAllocated is the bytes that reading page with style allocates:
// the least of three readings, as Allocated counts the whole process's
// and another goroutine (the runtime's, a test's left running) may
// allocate meanwhile.
func readAllocated(style pages.Style, page string) uint64 {
	text := pages.Text{Lines: pages.Lines([]byte(page))}
	least := uint64(math.MaxUint64)
	for range 3 {
		least = min(least, Allocated(func() {
			pages.Read(style, source.Of("p.txt", text, &pages.Reporter{}))
		}))
	}
	return least
}

// Allocated is the bytes the process allocates while work runs: the
// work's own, when nothing else runs meanwhile (a test that is not
// parallel). Like AllocatedGrowth it counts work, not time.
func Allocated(work func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	work()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Source is the Source a parse reads a page's text from (source.Of),
// named name, with the lexicon words of the pages (nil for none), as a
// parse sets it for a style that needs it, reporting on rep.
func Source(name string, text pages.Text, words pages.Lexicon, rep *pages.Reporter) pages.Source {
	src := source.Of(name, text, rep)
	src.Words = words
	return src
}
