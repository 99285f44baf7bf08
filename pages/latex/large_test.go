package latex

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/pagestest"
)

// largePages are pages whose markup grows with n: a heading that no
// brace closes over a paragraph of n lines, groups nested n deep and n
// opened that nothing closes, a paragraph of n no-break spaces and
// escapes, a table of n rows each of a wrapped cell and a rule; and of
// ConTeXt, a heading that no brace closes, n options nothing closes, an
// extreme table of n rows with its foot and a tabulation of n rows.
var largePages = map[string]func(n int) string{
	"an unclosed heading": func(n int) string {
		return `\section{\texorpdfstring{Title` + strings.Repeat("\nword {", n) + "\n"
	},
	"nested and unclosed groups": func(n int) string {
		return strings.Repeat("{", n) + "a" + strings.Repeat("}", n) + "\n" + strings.Repeat(`\textbf{\href{x}{`, n) + "\n"
	},
	"a paragraph of escapes": func(n int) string {
		return strings.Repeat(`a~b\_c{-}\textasciitilde{} `, n) + "\n"
	},
	"a table of wrapped rows": func(n int) string {
		return "\\begin{longtable}[]{@{}ll@{}}\n\\toprule\nName & Code \\\\\n\\midrule\n" + strings.Repeat("\\texttt{a} & 1\nmore \\\\\n\\hline\n", n) + "\\end{longtable}\n"
	},
	"a ConTeXt heading unclosed": func(n int) string {
		return "\\starttext\n\\section[title={Title" + strings.Repeat("\nword [", n) + "\n"
	},
	"ConTeXt options unclosed": func(n int) string {
		return "\\starttext\n" + strings.Repeat(`\goto{a}[\useURL[`, n) + "\n\\startxtable\n\\startxrow\n" + strings.Repeat(`\startxcell[nx=2 a `, n) + "\n"
	},
	"a ConTeXt table of wrapped rows": func(n int) string {
		return "\\startxtable\n\\startxtablehead\n\\startxrow \\startxcell Name \\stopxcell \\startxcell Code \\stopxcell \\stopxrow\n\\stopxtablehead\n\\startxtablefoot\n\\startxrow \\startxcell z \\stopxcell \\stopxrow\n\\stopxtablefoot\n" +
			strings.Repeat("\\startxrow\n\\startxcell[width={0.5\\textwidth}] \\type{a} \\stopxcell\n\\startxcell 1\\crlf\nmore \\stopxcell\n\\stopxrow\n", n) + "\\stopxtable\n\\starttabulate[|l|l|]\n" + strings.Repeat("\\NC a \\NC b \\NC\\NR\n\\HL\n", n) + "\\stoptabulate\n"
	},
}

// TestLargePagesReadInLinearWork reads each of largePages: twice the
// markup allocates about twice the bytes, not four times (a span's text
// copied at every character added to it).
func TestLargePagesReadInLinearWork(t *testing.T) {
	for name, page := range largePages {
		if g := pagestest.AllocatedGrowth(Style{}, page, 2000); g > 3 {
			t.Errorf("%s: reading twice the markup allocates %.1f times the bytes, want about 2", name, g)
		}
	}
}
