package org

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in Org mode's markup.
type Style struct{}

func (Style) String() string                      { return "Org mode" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".org", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// Detect is certain of a page with a mark no other style writes: a
// table rule whose columns meet at a plus inside pipes ("|----+----|"),
// a block's delimiter ("#+begin_src"), a keyword line ("#+title:"), a
// drawer closed by ":END:" (":PROPERTIES:" under a heading) or a heading
// of a level below the first ("** Title"); on a page without a table
// row, of one with such a mark and an Org heading ("* Title", which a
// Markdown list's item writes too). A border of pluses and dashes
// ("+----+----+", a grid table's, or a console's around a table whose
// header rule is Org's) makes the page another style's.
func (Style) Detect(lines []string) int {
	rows, marks, headings := 0, 0, 0
	drawer := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case t[0] == '+' && strings.Trim(t, "+-=") == "":
			return 0
		case pages.IsOrgRule(t):
			rows++
			if strings.Contains(t, "+") {
				marks++
			}
		case t[0] == '|':
			rows++
		case t[0] == '#' && keywordRe.MatchString(t):
			marks++
		case t[0] == ':' && strings.EqualFold(t, drawerEnd):
			if drawer {
				marks++
			}
			drawer = false
		case t[0] == ':' && drawerRe.MatchString(t):
			drawer = true
		case l[0] == '*' && headingRe.MatchString(l) && !framed(l):
			headings++
			if strings.HasPrefix(l, "**") {
				marks++
			}
		}
	}
	if marks == 0 || rows == 0 && headings == 0 {
		return 0
	}
	return pages.Certain
}

// keywordRe matches a keyword line, "#+title: x", "#+TBLFM: $2=…", and
// a block's delimiter, "#+begin_src http", "#+END_EXAMPLE".
var keywordRe = regexp.MustCompile(`^#\+(?:\w[\w-]*:(?:\s|$)|(?i:begin|end)_\w+(?:\s|$))`)

// framed reports whether a line starting with stars is a heading Debian's
// html2text frames with as many stars after its title
// (pages.FramedTitle), no Org heading.
func framed(l string) bool {
	_, ok := pages.FramedTitle(l)
	return ok
}

// HeadingAt reports whether page line n is a heading, "** Title"
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && headingLevel(page[n-1]) > 0
}
