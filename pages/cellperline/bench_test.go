package cellperline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// BenchmarkCellItems reads a table of 2000 rows, one in ten of them with
// a description that goes on at the next line.
func BenchmarkCellItems(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Request Body\nName\n\nType\n\nMandatory\n\nDescription\n\n")
	for i := range 2000 {
		desc := "Field number " + fmt.Sprint(i)
		if i%10 == 0 {
			desc += ",\nwhich goes on"
		}
		fmt.Fprintf(&sb, "field%d\n\nString\n\nY\n\n%s\n\n", i, desc)
	}
	benchmarkRows(b, sb.String(), 2000)
}

// BenchmarkDenseItems reads a table of 2000 rows copied without blank
// lines between its cells, one in ten rows with a description that goes
// on at the next line and one in ten without its Mandatory cell.
func BenchmarkDenseItems(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Request Body\nName\nType\nMandatory\nDescription\n")
	for i := range 2000 {
		switch i % 10 {
		case 0:
			fmt.Fprintf(&sb, "field%d\nString\nY\nField number %d (a,\nb)\n", i, i)
		case 5:
			fmt.Fprintf(&sb, "field%d\nString\nField number %d\n", i, i)
		default:
			fmt.Fprintf(&sb, "field%d\nString\nY\nField number %d\n", i, i)
		}
	}
	benchmarkRows(b, sb.String(), 2000)
}

// benchmarkRows reads a page whose second block is a table of n rows.
func benchmarkRows(b *testing.B, page string, n int) {
	lines := pages.Lines([]byte(page))
	b.ReportAllocs()
	for b.Loop() {
		src := pages.Source{Name: "p.txt", Lines: lines, Report: &pages.Reporter{}}
		if got := len(cellItems(src)[1].Table.Rows); got != n {
			b.Fatalf("%d rows, want %d", got, n)
		}
	}
}
