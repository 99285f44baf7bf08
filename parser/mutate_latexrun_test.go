package parser_test

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// What gnuhtml2latex, which knows no tables, writes of a Kakao page: a
// LaTeX article whose headings are \subsubsection*, whose paragraphs
// start with \par, whose code blocks are verbatim environments, whose
// tables are gone, each framed by blank lines and each row a line of its
// cells run together, the header too ("NameTypeMandatoryDescription",
// "472-47201No free berth…"), a status cell that spanned the detail-code
// rows under it written once (a rowspan: "-47202Hazard berth…"), a
// no-break space a tie around the page's own tilde ("1~~~100"), and _ { }
// % & # $ escaped. Applied to a Kakao page of Markdown or pipes whole: the page
// must read as it did, with warnings, or be refused where a row's cells
// cannot be told.
func init() {
	const class = "Kakao page through gnuhtml2latex, rows run together"
	everyStyle[class] = true
	defects = append(defects, defect{class, firstKakaoHeader, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		out := []string{`\documentclass{article}`, `\begin{document}`}
		code, inTable, status := false, false, ""
		for _, l := range slices.Clone(lines) {
			t := strings.TrimSpace(l)
			cells := pages.SplitPipes(t)
			row := !code && strings.Contains(t, "|") && len(cells) > 1
			if row != inTable {
				out, inTable, status = append(out, "", "", ""), row, ""
			}
			switch {
			case pages.IsFence(t):
				code = !code
				out = append(out, map[bool]string{true: `\begin{verbatim}`, false: `\end{verbatim}`}[code])
			case code:
				out = append(out, l)
			case row && rulerRe.MatchString(t):
			case row:
				if len(cells) > 1 && detailCodeRe.MatchString(strings.TrimSpace(cells[1])) {
					if c := strings.TrimSpace(cells[0]); c == status {
						cells = cells[1:]
					} else {
						status = c
					}
				}
				var run strings.Builder
				for _, c := range cells {
					run.WriteString(latexEscapes.Replace(strings.ReplaceAll(strings.ReplaceAll(strings.TrimSpace(c), "`", ""), " ~ ", "~~~")))
				}
				out = append(out, run.String())
			case atxHeadingRe.MatchString(t):
				out = append(out, `\subsubsection*{`+latexEscapes.Replace(strings.TrimSpace(strings.TrimLeft(t, "#")))+"}")
			case t != "":
				out = append(out, `\par `+latexEscapes.Replace(strings.ReplaceAll(t, "`", "")))
			default:
				out = append(out, "")
			}
		}
		return append(out, `\end{document}`), at + 2
	}})
}

// detailCodeRe matches a Kakao detail code cell: a signed number.
var detailCodeRe = regexp.MustCompile(`^[-+][0-9]+$`)

// latexEscapes are the characters gnuhtml2latex escapes with a
// backslash.
var latexEscapes = strings.NewReplacer("_", `\_`, "{", `\{`, "}", `\}`, "%", `\%`, "&", `\&`, "#", `\#`, "$", `\$`)
