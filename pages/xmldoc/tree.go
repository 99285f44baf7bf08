package xmldoc

import (
	"encoding/xml"
	"errors"
	"io"
	"sort"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// node is an element of the document, or a run of its text (name "").
type node struct {
	name  string // the local name in lower case; "" for text
	space string // its namespace: the URI the document declares, else the prefix
	attrs map[string]string
	line  int // the page line of its start tag, or of its text's first character
	end   int // the page line of its end tag; 0 for text, or an element never ended
	kids  []*node
	text  string // a text's characters, decoded
}

// attr returns an attribute's value by its local name in lower case.
func (n *node) attr(name string) string { return n.attrs[name] }

// parse reads a page's lines into the tree of its document, each
// element and text at its page line. XML's parsing is lenient, as a
// page scraped or cut may be damaged: an element left open is closed at
// its parent's end, an entity that XML does not define is HTML's (pandoc
// writes &nbsp; in none of its writers, a hand's edit may), and a
// document that breaks off (a tag never ended) is read up to there, with
// a warning at the line where what it never ends begins.
func parse(src pages.Source) *node {
	text := strings.Join(src.Lines, "\n")
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	lineAt := func(off int) int {
		i := sort.Search(len(starts), func(k int) bool { return starts[k] > off }) - 1
		if src.At != nil && i < len(src.At) {
			return src.At[i]
		}
		return i + 1
	}
	d := xml.NewDecoder(strings.NewReader(text))
	d.Strict = false
	d.AutoClose = nil
	d.Entity = xml.HTMLEntity
	// The lines are decoded already, whatever the declaration says.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	root := &node{name: "#document", line: 1}
	stack := []*node{root}
	for {
		off := int(d.InputOffset())
		tok, err := d.Token()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				at := lineAt(off)
				src.Report.Warn(pages.At(src.Name, at), "the XML document breaks off at line %d (%v): read up to there", at, err)
			}
			break
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: strings.ToLower(t.Name.Local), space: t.Name.Space, line: lineAt(off)}
			for _, a := range t.Attr {
				if n.attrs == nil {
					n.attrs = map[string]string{}
				}
				n.attrs[strings.ToLower(a.Name.Local)] = a.Value
			}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			name := strings.ToLower(t.Name.Local)
			for k := len(stack) - 1; k > 0; k-- {
				if stack[k].name == name {
					stack[k].end = lineAt(max(int(d.InputOffset())-1, 0))
					stack = stack[:k]
					break
				}
			}
		case xml.CharData:
			raw := text[off:min(len(text), int(d.InputOffset()))]
			lead := len(raw) - len(strings.TrimLeft(raw, " \t\r\n"))
			top.kids = append(top.kids, &node{text: string(t), line: lineAt(off + lead)})
		}
	}
	return root
}
