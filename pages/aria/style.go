package aria

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
)

// Style reads pages dumped as an ARIA snapshot.
type Style struct{}

func (Style) String() string     { return "ARIA snapshot (Playwright's ariaSnapshot)" }
func (Style) NeedsLexicon() bool { return false }

// Extensions: Playwright keeps its snapshots as .aria.yml files. A
// directory's .yaml files are not taken for pages: docs2go's own schemas
// and overrides are written so.
func (Style) Extensions() []string { return []string{".yml"} }

// Markers: every node's line begins with a dash.
func (Style) Markers() string { return "-" }

// DecodesReferences tells that the character references of a page are
// decoded by the HTML it is read as: the snapshot's text is the page's
// text, which toHTML escapes.
func (Style) DecodesReferences() {}

// Renders tells that the style's text blocks are the text the page
// shows.
func (Style) Renders() {}

// Read writes the snapshot as HTML, line for line, and reads that as an
// HTML page.
func (Style) Read(src pages.Source) []pages.Block {
	htmlSrc := src
	htmlSrc.Lines = toHTML(source{src})
	return html.Style{}.Read(htmlSrc)
}

// minNodes is how many lines of nodes a page must begin with, one of
// them a heading's or a table's, to be a snapshot.
const minNodes = 3

// Detect is certain of a page whose lines, up to minNodes of them and
// one that is a heading with its level or a table's (a table, a row, a
// cell), are each a node of a known role ("- role", "- role "name"",
// "- role:", a property "- /url:"). It stops at the first line of any
// other form: a page of another style is told at its first line.
func (Style) Detect(lines []string) int {
	nodes, marked := 0, false
	for _, l := range lines {
		t := strings.TrimLeft(l, " ")
		if strings.TrimSpace(t) == "" {
			continue
		}
		role, ok := roleOf(t)
		if !ok {
			return 0
		}
		nodes++
		marked = marked || tableRoles[role] || role == "heading" && strings.Contains(t, " [level=")
		if nodes >= minNodes && marked {
			return pages.Certain
		}
	}
	return 0
}

// roleOf returns the role a node's line begins with after its dash, and
// whether it is a known role or a property, followed by what follows a
// role on a node's line: nothing, its colon, its name in quotes or its
// attributes in brackets.
func roleOf(t string) (string, bool) {
	rest, ok := strings.CutPrefix(t, "- ")
	if !ok {
		return "", false
	}
	rest = strings.TrimPrefix(rest, "'")
	i := 0
	if strings.HasPrefix(rest, "/") {
		i++
	}
	for i < len(rest) && rest[i] >= 'a' && rest[i] <= 'z' {
		i++
	}
	role, after := rest[:i], rest[i:]
	if after != "" && after != ":" && !strings.HasPrefix(after, ": ") && !strings.HasPrefix(after, ` "`) && !strings.HasPrefix(after, " [") {
		return "", false
	}
	return role, roles[role] || strings.HasPrefix(role, "/") && len(role) > 1
}

// tableRoles are the roles of a table's nodes.
var tableRoles = map[string]bool{"table": true, "grid": true, "treegrid": true, "rowgroup": true, "row": true, "cell": true, "gridcell": true, "columnheader": true, "rowheader": true}

// roles are the roles a snapshot names: WAI-ARIA 1.2's, and "text".
var roles = map[string]bool{}

func init() {
	for _, r := range strings.Fields(`text alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox complementary contentinfo definition deletion dialog directory document emphasis feed figure form generic grid gridcell group heading img insertion link list listbox listitem log main mark marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note option paragraph presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton status strong subscript superscript switch tab table tablist tabpanel term textbox time timer toolbar tooltip tree treegrid treeitem`) {
		roles[r] = true
	}
}
