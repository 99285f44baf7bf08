package latex_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/latex"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzLaTeX parses pages of any content seeded with the pages in LaTeX,
// of both protocols, in LaTeX and in ConTeXt.
func FuzzLaTeX(f *testing.F) {
	parsetest.Fuzz(f, latex.Style{}, "../../testdata/facts/ah02_*/*.tex", "../../testdata/facts/ba01_*/*.tex", "testdata/*.tex")
}
