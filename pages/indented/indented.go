// Package indented reads pages saved as indentation markup: an element
// tree written by indentation, not by closing tags, as a template
// language writes an HTML page (html2haml writes HAML, html2pug Pug,
// html2slim Slim). It has one vocabulary per notation (haml.go, pug.go,
// slim.go), each of which reads one line into what it writes; the tree
// of lines is then
// written back as HTML, line for line (line N of the HTML is line N of
// the page), and read by the HTML style, whose rules for cells, spans,
// breaks, character references and a site's chrome are the same for a
// page the template writes.
package indented

import (
	"errors"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// body is what the lines deeper than a line are to it.
type body int

const (
	// children are elements and text inside the line's element.
	children body = iota
	// text is text the element holds word for word (Pug's "p." block,
	// HAML's :plain filter), markup in it as written.
	text
	// dropped are lines that show nothing: a comment's, a script's.
	dropped
)

// node is what one line of indentation markup writes: the HTML that
// opens it and its text on that line, the HTML that closes it after its
// deeper lines, and what those lines are to it.
type node struct {
	// open is the start tag and the text that follows on the line.
	open string
	// close is the end tag written after the lines inside the element,
	// "" for an element that has none (a <br>) or for text.
	close string
	// body is what deeper lines are to the node.
	body body
	// leaf is set for a node that holds nothing on deeper lines: text,
	// a void element, HAML's element with its text on its line.
	leaf bool
}

// errUnclosed is what a vocabulary returns for a line whose attributes
// go on over the next line: the lines are read as one.
var errUnclosed = errors.New("attributes not closed on the line")

// notation is a vocabulary of indentation markup.
type notation interface {
	// name is the notation's name in messages.
	name() string
	// line reads one line without its indentation (never blank) into
	// the node it writes, or an error that says why it cannot.
	line(t string) (node, error)
}

// level is an element open at a depth of indentation.
type level struct {
	indent int
	// inner is the indentation of the lines inside it, 0 before the
	// first.
	inner int
	n     node
	line  int
}

// toHTML writes the lines of a page of notation nt as HTML, line for
// line, reporting at its line each line the notation cannot place or
// read.
func toHTML(src source, nt notation) []string {
	out := make([]string, len(src.Lines))
	var open []level
	// last is the last line written, and tail the end tags written
	// after it, kept apart until the next line is written so that n end
	// tags on one line are written once, not copied n times.
	last := -1
	var tail strings.Builder
	closeTo := func(indent int) {
		for len(open) > 0 && open[len(open)-1].indent >= indent {
			tail.WriteString(open[len(open)-1].n.close)
			open = open[:len(open)-1]
		}
	}
	written := func(i int) {
		if last >= 0 {
			out[last] += tail.String()
		}
		tail.Reset()
		last = i
	}
	for i := 0; i < len(src.Lines); i++ {
		l := src.Lines[i]
		t := strings.TrimLeft(l, " \t")
		if strings.TrimSpace(t) == "" {
			continue
		}
		indent := len(l) - len(t)
		if n := len(open); n > 0 && open[n-1].n.body != children && indent > open[n-1].indent {
			top := &open[n-1]
			if top.inner == 0 {
				top.inner = indent
			}
			if top.n.body == text {
				written(i)
				out[i] = strings.Repeat(" ", max(0, indent-top.inner)) + t
			}
			continue
		}
		if strings.ContainsRune(l[:indent], '\t') && strings.ContainsRune(l[:indent], ' ') {
			src.Report.Fail(pages.At(src.Name, src.lineOf(i)), "line %d of the %s page is indented with both tabs and spaces, which does not tell which element it is inside: indent it with spaces only", src.lineOf(i), nt.name())
			continue
		}
		closeTo(indent)
		if n := len(open); n > 0 {
			top := &open[n-1]
			switch {
			case top.n.leaf:
				src.Report.Fail(pages.At(src.Name, src.lineOf(i)), "line %d of the %s page is indented inside line %d, which holds nothing on deeper lines (text, or an element with its text on its line): the page's indentation is broken there; indent it as the element it belongs to", src.lineOf(i), nt.name(), top.line)
				continue
			case top.inner == 0:
				top.inner = indent
			case top.inner != indent:
				src.Report.Fail(pages.At(src.Name, src.lineOf(i)), "line %d of the %s page is indented %d, inside line %d whose other lines are indented %d: the page's indentation does not tell which element it is inside; indent it as the element it belongs to", src.lineOf(i), nt.name(), indent, top.line, top.inner)
				continue
			}
		}
		from := i
		n, err := nt.line(strings.TrimRight(t, "\r"))
		if errors.Is(err, errUnclosed) {
			var joined strings.Builder
			joined.WriteString(t)
			for errors.Is(err, errUnclosed) && i+1 < len(src.Lines) {
				i++
				next := strings.TrimSpace(src.Lines[i])
				joined.WriteString(" " + next)
				if strings.ContainsAny(next, ")}") || i+1 == len(src.Lines) {
					n, err = nt.line(joined.String())
				}
			}
		}
		if err != nil {
			src.Report.Fail(pages.At(src.Name, src.lineOf(from)), "line %d of the %s page cannot be read: %v; write what it shows as text or markup", src.lineOf(from), nt.name(), err)
			n = node{body: dropped}
		}
		if n.open != "" {
			written(from)
			out[from] = n.open
		}
		open = append(open, level{indent: indent, n: n, line: src.lineOf(from)})
	}
	closeTo(0)
	written(-1)
	return out
}

// source is a page's source, with the page line of each of its lines.
type source struct{ pages.Source }

// lineOf is the page line of line i of the source (from 0).
func (s source) lineOf(i int) int {
	if s.At != nil && i < len(s.At) {
		return s.At[i]
	}
	return i + 1
}

// attribute writes an HTML attribute of a name and a value, or of a
// name alone when set is false.
func attribute(b *strings.Builder, name, value string, set bool) {
	b.WriteByte(' ')
	b.WriteString(name)
	if set {
		b.WriteString(`="`)
		b.WriteString(htmlEscaper.Replace(value))
		b.WriteByte('"')
	}
}

// htmlEscaper escapes an attribute's value for a double-quoted HTML
// attribute.
var htmlEscaper = strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", "\n", "&#10;")

// voids are the HTML elements that hold nothing and have no end tag.
var voids = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// element writes the node of an element: its start tag, with the
// attributes written, and the text on its line.
func element(tag, attrs, txt string, void bool) node {
	void = void || voids[tag]
	n := node{open: "<" + tag + attrs + ">" + txt}
	if !void {
		n.close = "</" + tag + ">"
	}
	n.leaf = void
	return n
}
