package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A converter that writes each <pre> as inline code (github.com/lunny/
// html2md) writes a code block as a code span that spans lines: a
// backtick glued to its first line and to its last, no fence, and the
// quotes of its JSON left as character references ("&quot;"). A code
// block of a request or of JSON so written must be read as the code
// block it stands for, with a warning at its first line; never a request
// line read with its backtick, or lost. It acts on every page of text
// with a fenced code block of code.
func init() {
	defects = append(defects, defect{"code block as inline code spanning lines, its quotes as references", spannedCodeBlocks, spannedCodeBlock})
	everyStyle["code block as inline code spanning lines, its quotes as references"] = true
}

// spannedCodeBlocks are the lines of a page of text that open a fenced
// code block of code (pages.IsCode: a request, an answer, JSON) of two
// lines or more, its first and last not blank, that holds no backtick,
// which a span of backticks would not bound: a block of one line so
// written is inline code within its line, which every style reads.
func spannedCodeBlocks(p *scrapedPage) []int {
	if p.style == "html" {
		return nil
	}
	return fencedBlocks(p.lines, func(code []string) bool {
		return len(code) > 1 && pages.IsCode(code) && !strings.Contains(strings.Join(code, "\n"), "`") && strings.TrimSpace(code[0]) != "" && strings.TrimSpace(code[len(code)-1]) != ""
	})
}

// spannedCodeBlock writes the fenced code block at a line as html2md
// writes a <pre>: its fences blank lines, a backtick glued to its first
// line and to its last, its quotes written "&quot;". The lines stay
// where they were.
func spannedCodeBlock(p *scrapedPage, lines []string, at int) ([]string, int) {
	end := codeBlockEnd(lines, at)
	lines = append([]string{}, lines...)
	for i := at + 1; i < end; i++ {
		lines[i] = strings.ReplaceAll(lines[i], `"`, "&quot;")
	}
	lines[at], lines[end] = "", ""
	lines[at+1] = "`" + lines[at+1]
	lines[end-1] += "`"
	return lines, at + 1
}
