package latex

import (
	"slices"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestUntabled reads a LaTeX document a converter without tables wrote
// as the text it shows, a line for each line, at its page line: a
// heading its title, a row's line as it runs, code glued to the
// verbatim's begin and end between fences, a bare tilde between ties
// the page's own; a document with a tabular is left to the style.
func TestUntabled(t *testing.T) {
	lines := []string{
		`\documentclass{article}`,
		`\begin{document}`,
		`\subsubsection*{Query Parameters}`,
		``,
		`NameTypeMandatoryDescription`,
		`limitIntegerNBerths per page, 1~~~100 (default: 30)`,
		`offsetIntegerNStart, 0 ~ 1000, \{ADMIN\_KEY\}`,
		`\begin{verbatim}GET /x HTTP/1.1`,
		`Host: a}\end{verbatim}`,
		`\end{document}`,
	}
	got, ok := Untabled(pages.Text{Lines: lines})
	want := []string{"Query Parameters", "", "NameTypeMandatoryDescription", "limitIntegerNBerths per page, 1 ~ 100 (default: 30)", "offsetIntegerNStart, 0 ~ 1000, {ADMIN_KEY}", "```", "GET /x HTTP/1.1", "Host: a}", "```"}
	if !ok || !slices.Equal(got.Lines, want) {
		t.Errorf("got %q; want %q", got.Lines, want)
	}
	if at := []int{3, 4, 5, 6, 7, 8, 8, 9, 9}; !slices.Equal(got.At, at) {
		t.Errorf("at %v; want %v", got.At, at)
	}
	if _, ok := Untabled(pages.Text{Lines: []string{`\documentclass{article}`, `\begin{tabular}{ll}`, `a & b \\`, `\end{tabular}`}}); ok {
		t.Error("a document with a tabular read as untabled")
	}
	if _, ok := Untabled(pages.Text{Lines: []string{`\documentclass{article}`, `\begin{center}\begin{tabular}{ll}`, `a & b \\`, `\end{tabular}\end{center}`}}); ok {
		t.Error("a document with a tabular inside a center read as untabled")
	}
	if s := inline(`a~b 1~~~2 3 ~ 4`, false); s != "a b 1 ~ 2 3 ~ 4" {
		t.Errorf("tildes read as %q", s)
	}
}
