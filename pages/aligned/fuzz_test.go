package aligned_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzAligned parses pages of any content seeded with the pages whose
// tables are columns aligned with spaces, or cells one space apart as a
// text browser prints a table too wide for it, of fields or of codes,
// a page pasted into a chat (code spans as cells, *bold* headings), a
// page Emacs's eww saved, its cells each followed by two spaces, and a
// page whose tables are each on one line (string-strip-html), a
// page w3m printed in less, a status cell spanning its detail rows, and a
// browser's print to PDF as pypdf extracts it (page breaks with no blank
// line, the running header glued to a page's last line), and a page
// lynx printed in less, its tables' cells one space apart, a status cell
// spanning its detail rows.
func FuzzAligned(f *testing.F) {
	parsetest.Fuzz(f, aligned.Style{}, "../../testdata/facts/h08_*/*.txt", "../../testdata/facts/h16_*/*.txt", "../../testdata/facts/j07_*/*.txt", "../../testdata/facts/q11_*/*.txt", "../../testdata/facts/u12_*/*.txt", "../../testdata/facts/x05_*/*.txt", "../../testdata/facts/y05_*/*.txt", "../../testdata/sweep/eww/n11_*/*.txt", "../../testdata/facts/as02_*/*.txt", "../../testdata/facts/bx04_*/*.txt", "../../testdata/facts/bx02_*/*.txt", "../../testdata/facts/bw05_*/*.txt")
}
