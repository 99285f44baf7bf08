package latex

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
)

// TestInline reads the markup inside a line as the text it shows.
func TestInline(t *testing.T) {
	for _, c := range []struct {
		in    string
		title bool
		want  string
	}{
		{`\texttt{string{[}{]}}`, false, "string[]"},
		{`\protect\hyperlink{soulslot}{\texttt{SoulSlot}}`, false, "SoulSlot"},
		{`answered with \texttt{BindingFailed}.`, false, "answered with `BindingFailed`."},
		{`See \href{/guide/permission-rules}{PermissionRules} or \url{https://x.io/a\#b}`, false, "See PermissionRules or https://x.io/a#b"},
		{`\textbf{Note:} \emph{required} and \textit{x}`, false, "Note: required and x"},
		{`a\_b \& c 5\% \$1 \{x\} Auth{-}Token`, false, "a_b & c 5% $1 {x} Auth-Token"},
		{`1~100, \textasciitilde{}, List\textless Reward\textgreater{}`, false, "1 100, ~, List<Reward>"},
		{"``quoted'' text", false, `"quoted" text`},
		{`\href{/api/character/awakenCharacter}{}`, false, ""},
		{"\\texorpdfstring{bindSoulstone\n\\protect\\hyperlink{bindsoulstone}{\\hspace{0pt}}}{bindSoulstone \\hspace{0pt}}", true, "bindSoulstone"},
		{`ErrorCode \protect\hyperlink{errorcode}{\#}`, true, "ErrorCode"},
		{`See \protect\hyperlink{errorcode}{\#}`, false, "See #"},
		{`\verb|a&b| c`, false, "`a&b` c"},
		{`a\\ b\newline c`, false, "a b c"},
		{`\begin{minipage}[b]{\linewidth}\raggedright Name \end{minipage}`, false, "Name"},
		{`\ldots{} and \textbar{}`, false, "... and |"},
	} {
		if got := inline(c.in, c.title); got != c.want {
			t.Errorf("inline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCodeLine reads a line of pandoc's highlighted code as its tokens
// show it, its spaces as written.
func TestCodeLine(t *testing.T) {
	for in, want := range map[string]string{
		`\NormalTok{Auth{-}Token: 2e90b4c1aa}`:                          "Auth-Token: 2e90b4c1aa",
		`\NormalTok{\{ "id": "ch\_0007" \}}`:                            `{ "id": "ch_0007" }`,
		`  \FunctionTok{"a"}\KeywordTok{:}  \DecValTok{1}\NormalTok{,}`: `  "a":  1,`,
		`\StringTok{"\textasciitilde{}x\textquotesingle{}"}`:            `"~x'"`,
		`\NormalTok{POST /api/x HTTP/1.1} \CommentTok{\% a comment}`:    "POST /api/x HTTP/1.1 % a comment",
		`\NormalTok{a {-}{-}flag}`:                                      "a --flag",
		"\\NormalTok{\"}\\StringTok{it's ``q''}\\NormalTok{\"}":         "\"it's ``q''\"",
	} {
		if got := codeLine(in); got != want {
			t.Errorf("codeLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBlocks reads pages of LaTeX into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "pandoc's heading under its anchor, with its permalink; a longtable whose rows wrap, a link type cell on the next line",
			page: "\\hypertarget{request-body}{%\n\\subsubsection{\\texorpdfstring{Request Body\n\\protect\\hyperlink{request-body}{\\hspace{0pt}}}{Request Body \\hspace{0pt}}}\\label{request-body}}\n\n\\begin{longtable}[]{@{}llll@{}}\n\\toprule\nCode & Type & Required & Description \\\\\n\\midrule\n\\endhead\n\\texttt{slot} &\n\\protect\\hyperlink{soulslot}{\\texttt{SoulSlot}} & true & Socket of\nthe soul. \\\\\n\\texttt{ids} & \\texttt{string{[}{]}} & & Lesser stones. \\\\\n\\bottomrule\n\\end{longtable}",
			want: []string{"02 Request Body", "07 [Code|Type|Required|Description]", "10 |slot|SoulSlot|true|Socket of the soul.|", "13 |ids|string[]||Lesser stones.|"},
		},
		{
			name:  "a tabular with \\hline rules, a \\multicolumn note spanning the row, a caption",
			page:  "\\section{Body}\n\\begin{table}[h]\n\\caption{The body}\n\\begin{tabular}{|l|l|l|}\n\\hline\nName & Type & Description \\\\ \\hline\na & int & The a. \\\\\n\\multicolumn{3}{l}{\\textit{Note:} a is sent once.} \\\\\nb & string & The b. \\\\ \\hline\n\\end{tabular}\n\\end{table}",
			want:  []string{"01 Body", "03 The body", "06 [Name|Type|Description]", "07 |a|int|The a.|", "09 |b|string|The b.|", "08 Note: a is sent once."},
			warns: []string{"p.txt:8: line 8 of the table at line 6 holds one cell that spans its columns (\\multicolumn), a label or a note over the rows below it (\"Note: a is sent once.\"): a note over its rows, no field; read as text after the table"},
		},
		{
			name:  "a \\multicolumn title over the header, a \\multirow status over its rows' empty cells, a language's text, indented code",
			page:  "\\begin{longtable}[]{@{}lll@{}}\n\\multicolumn{3}{l}{Response Code} \\\\\nStatus & Code & Message \\\\\n\\midrule\n\\multirow{2}{*}{473} & -62002 & \\foreignlanguage{american}{Sanctioned} \\\\\n & -62003 & Retired \\\\\n480 & -1 & Other \\\\\n\\end{longtable}\n\\begin{verbatim}\n{\n  \"a\": 1\n}\n\\end{verbatim}",
			want:  []string{"02 Response Code", "03 [Status|Code|Message]", "05 |473|-62002|Sanctioned|", "06 |473|-62003|Retired|", "07 |480|-1|Other|", "10 {", "11   \"a\": 1", "12 }"},
			warns: []string{"p.txt:2: line 2 holds one cell that spans the columns of the table under it (\\multicolumn), above its header: a title over the table, no row; read as text before it (\"Response Code\")"},
		},
		{
			name: "pandoc's header of minipages, its column widths over several lines; a longtable's first head repeated as its head",
			page: "\\begin{longtable}[]{@{}\n  >{\\raggedright\\arraybackslash}p{(\\columnwidth - 2\\tabcolsep) * \\real{0.5}}\n  >{\\raggedright\\arraybackslash}p{(\\columnwidth - 2\\tabcolsep) * \\real{0.5}}@{}}\n\\toprule\n\\begin{minipage}[b]{\\linewidth}\\raggedright\nName\n\\end{minipage} & \\begin{minipage}[b]{\\linewidth}\\raggedright\nCode \\& kind\n\\end{minipage} \\\\\n\\midrule\n\\endfirsthead\n\\toprule\nName & Code \\& kind \\\\\n\\midrule\n\\endhead\nOk & 1 \\\\\n\\bottomrule\n\\end{longtable}",
			want: []string{"05 [Name|Code & kind]", "16 |Ok|1|"},
		},
		{
			name: "a whole document: the preamble is no text; verbatim and highlighted code, a language label, a list",
			page: "\\documentclass{article}\n\\title{Kennel}\n\\begin{document}\n\\maketitle\n{http}\n\n\\begin{verbatim}\nGET /kennel/{id} HTTP/1.1\n\\end{verbatim}\n\n\\begin{itemize}\n\\tightlist\n\\item\n  \\texttt{dogs}: the dogs,\n  wrapped\n\\item[cats] none\n\\end{itemize}\n\\begin{Shaded}\n\\begin{Highlighting}[]\n\\NormalTok{\\{\"a\\_b\": 1\\}}\n\\end{Highlighting}\n\\end{Shaded}\n\\end{document}\nafter",
			want: []string{"05 http", "08 GET /kennel/{id} HTTP/1.1", "13 - `dogs`: the dogs, wrapped", "16 - cats none", "20 {\"a_b\": 1}"},
		},
		{
			name: "a LaTeX page that shows ConTeXt in a verbatim block",
			page: "\\begin{verbatim}\n\\startxtable\n\\end{verbatim}\n\\begin{tabular}{ll}\nName & Code \\\\\n\\hline\nOk & 1 \\\\\n\\end{tabular}",
			want: []string{"02 \\startxtable", "05 [Name|Code]", "07 |Ok|1|"},
		},
		{
			name:  "a table never ended",
			page:  "\\begin{tabular}{ll}\nName & Code \\\\\n\\hline\nOk & 1 \\\\",
			want:  []string{"02 [Name|Code]", "04 |Ok|1|"},
			warns: []string{"p.txt:1: the tabular environment at line 1 is never ended (no \\end{tabular}): read lines 2-4 as its lines"},
		},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestDetect is certain of a page with a tabular environment and a row
// it ends, and leaves the pages of the other styles to them, a Markdown
// page that shows LaTeX in a code block among them.
func TestDetect(t *testing.T) {
	styles := []pages.Style{Style{}, markdown.Style{}, pipes.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"\\section{Body}\n\\begin{longtable}[]{@{}ll@{}}\n\\toprule\nName & Type \\\\\n\\midrule\na & int \\\\\n\\end{longtable}", Style{}},
		{"\\begin{tabular}{ll}\nName & Type \\tabularnewline\n\\end{tabular}", Style{}},
		{"# Body\n\n```latex\n\\begin{tabular}{ll}\nName & Type \\\\\n\\end{tabular}\n```\n\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"Name | Type\n-----|-----\na | int", pipes.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
