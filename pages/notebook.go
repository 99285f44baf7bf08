package pages

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// A page inside a Jupyter notebook (.ipynb): a QA engineer keeps an API's
// pages beside the cells that call it, or converts a page into one
// (pandoc -t ipynb). The notebook is JSON: a list of cells, each with
// its cell_type and its "source", a JSON string or a list of them that
// join into its text (nbformat 4; nbformat 3 keeps the cells in
// "worksheets", a code cell's text in "input", and has heading cells).
// The page is the text the cells hold, in their order, a blank line
// between two: a markdown cell's text as it is, a code cell's as a
// fenced code block in the notebook's language, a raw cell's as it is
// when its format is one a Markdown text holds (none, HTML, Markdown);
// the outputs of code cells (what running them printed) and raw cells of
// other formats (LaTeX, reStructuredText) are no part of it and are
// dropped, with a warning that tells what was read and what was dropped
// (the cells' text alone is read without one: nothing is lost, nothing
// guessed). Each line is at
// the line of the file where the JSON string that holds its first
// character stands, so that every error and "at:" points into the
// notebook; the fences of a code block are at its cell's first and last
// lines. The text's style then detects itself as any page's does.

// notebookMaxDepth bounds the nesting of the JSON values a notebook is
// read into: its cells lie at depth 3 (4 in nbformat 3), and only an
// output's or a metadata's data nests deeper.
const notebookMaxDepth = 64

// jsonValue is a JSON value of a notebook or of a pdfmake definition
// (readPDFMake), with the offset in the file of its end (for a string,
// its closing quote; for an object or an array, its opening bracket);
// truth is a boolean's value.
type jsonValue struct {
	str     *string
	num     *json.Number
	members []jsonMember
	items   []*jsonValue
	array   bool
	truth   bool
	at      int64
}

// jsonMember is a member of a JSON object.
type jsonMember struct {
	name  string
	value *jsonValue
}

// get is the value of an object's member name, or nil.
func (v *jsonValue) get(name string) *jsonValue {
	if v == nil {
		return nil
	}
	for _, m := range v.members {
		if m.name == name {
			return m.value
		}
	}
	return nil
}

// list is an array value's items, or none.
func (v *jsonValue) list() []*jsonValue {
	if v == nil {
		return nil
	}
	return v.items
}

// text is a string value's text, or "".
func (v *jsonValue) text() string {
	if v == nil || v.str == nil {
		return ""
	}
	return *v.str
}

// errNotebookDepth is the error of a notebook whose JSON nests deeper than
// notebookMaxDepth.
var errNotebookDepth = errors.New("its values nest too deep")

// readJSONValue reads the next JSON value of a decoder, depth values deep.
func readJSONValue(dec *json.Decoder, depth int) (*jsonValue, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	v := &jsonValue{at: dec.InputOffset()}
	switch t := tok.(type) {
	case string:
		v.str = &t
	case json.Number:
		v.num = &t
	case bool:
		v.truth = t
	case json.Delim:
		if depth >= notebookMaxDepth {
			return nil, errNotebookDepth
		}
		switch t {
		case '{':
			for dec.More() {
				name, err := dec.Token()
				if err != nil {
					return nil, err
				}
				val, err := readJSONValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				v.members = append(v.members, jsonMember{name: name.(string), value: val})
			}
		case '[':
			v.array = true
			for dec.More() {
				val, err := readJSONValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				v.items = append(v.items, val)
			}
		}
		if _, err := dec.Token(); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// notebookMarks tells whether a page's bytes look like a notebook: a JSON
// object (after a byte order mark and spaces) that names "nbformat".
func notebookMarks(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n")
	return len(data) > 0 && data[0] == '{' && bytes.Contains(data, []byte(`"nbformat"`))
}

// lineOf is the line (from 1) of the file that holds the byte at offset.
type lineOf []int

// newLineOf indexes the line starts of data.
func newLineOf(data []byte) lineOf {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// at is the line of the byte before offset (a token ends at offset).
func (l lineOf) at(offset int64) int {
	k, found := slices.BinarySearch(l, int(offset-1))
	if found {
		return k + 1
	}
	return max(k, 1)
}

// readJSONWhole reads data, a file of one JSON value (of a BOM dropped),
// into that value with the lines of the file. On a value that breaks,
// err tells how and line where: the line where its syntax breaks, or its
// last line where it ends inside the value or goes on after it (what
// names the value in err: "the notebook's object").
func readJSONWhole(data []byte, what string) (v *jsonValue, lines lineOf, line int, err error) {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	lines = newLineOf(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err = readJSONValue(dec, 0)
	if err == nil {
		if _, e := dec.Token(); !errors.Is(e, io.EOF) {
			err = errors.New("it goes on after " + what)
		}
	}
	if err == nil {
		return v, lines, 0, nil
	}
	line = lines.at(dec.InputOffset())
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		line = lines.at(syn.Offset)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		err = errors.New("it ends inside " + what)
		line = lines.at(int64(len(bytes.TrimRight(data, " \t\r\n"))))
	}
	return v, lines, line, err
}

// notebookText is the text a notebook's cells hold, as it is built.
type notebookText struct {
	Text
	lines lineOf
}

// add adds a line at its file line.
func (t *notebookText) add(line string, at int) {
	t.Lines = append(t.Lines, Clean(line))
	t.At = append(t.At, at)
}

// addSource adds the lines of a cell's source, a string or a list of
// strings that join into its text, each line at the line of the string
// that holds its first character; it returns the number of lines added,
// and false when the source is neither.
func (t *notebookText) addSource(src *jsonValue) (int, bool) {
	var parts []*jsonValue
	switch {
	case src == nil:
		return 0, true
	case src.str != nil:
		parts = []*jsonValue{src}
	case src.array:
		parts = src.items
	default:
		return 0, false
	}
	n := 0
	var cur strings.Builder
	curAt, open, cr := 0, false, false
	for _, p := range parts {
		if p.str == nil {
			return n, false
		}
		s := *p.str
		if cr {
			// A CRLF whose two bytes two strings hold is one line end.
			s = strings.TrimPrefix(s, "\n")
		}
		if s != "" {
			cr = strings.HasSuffix(s, "\r")
		}
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
		at := t.lines.at(p.at)
		for s != "" {
			if !open {
				curAt, open = at, true
			}
			line, rest, cut := strings.Cut(s, "\n")
			cur.WriteString(line)
			s = rest
			if cut {
				t.add(cur.String(), curAt)
				cur.Reset()
				open = false
				n++
			}
		}
	}
	if open {
		t.add(cur.String(), curAt)
		n++
	}
	return n, true
}

// notebookLanguage is the language a notebook's code cells are in, from
// its metadata (language_info, the kernel's), or "".
func notebookLanguage(nb *jsonValue) string {
	meta := nb.get("metadata")
	if l := meta.get("language_info").get("name").text(); l != "" {
		return l
	}
	if l := meta.get("kernelspec").get("language").text(); l != "" {
		return l
	}
	return meta.get("language").text()
}

// fence is a code fence longer than any run of backticks in lines.
func fence(lines []string) string {
	n := 3
	for _, l := range lines {
		run := 0
		for _, c := range l {
			if c == '`' {
				run++
				n = max(n, run+1)
			} else {
				run = 0
			}
		}
	}
	return strings.Repeat("`", n)
}

// readNotebook reads a page that is a Jupyter notebook into the text its
// cells hold, each line at its line of the file; ok is false when the
// page is no notebook.
func readNotebook(name string, data []byte, rep *Reporter) (t Text, ok bool) {
	if !notebookMarks(data) {
		return Text{}, false
	}
	nb, lines, line, err := readJSONWhole(data, "the notebook's object")
	if err != nil {
		rep.Fail(At(name, line), "the page is a Jupyter notebook (a JSON object that names nbformat), but its JSON breaks at line %d (%v): save the notebook again whole, or export its text (jupyter nbconvert --to markdown)", line, err)
		return Text{Lines: []string{""}}, true
	}
	if nb.get("nbformat") == nil {
		return Text{}, false
	}
	version := "?"
	if n := nb.get("nbformat"); n != nil && n.num != nil {
		version = n.num.String()
	}
	cells := nb.get("cells")
	if cells == nil {
		for _, ws := range nb.get("worksheets").list() {
			if c := ws.get("cells"); c != nil {
				if cells == nil {
					cells = &jsonValue{array: true, at: c.at}
				}
				cells.items = append(cells.items, c.list()...)
			}
		}
	}
	if cells == nil || len(cells.items) == 0 {
		rep.Fail(At(name, 1), "the page is a Jupyter notebook (nbformat %s) that holds no cell: save the notebook that holds the page's text, or export its text (jupyter nbconvert --to markdown)", version)
		return Text{Lines: []string{""}}, true
	}
	lang := notebookLanguage(nb)
	nt := &notebookText{lines: lines}
	count := map[string]int{}
	var dropped []string
	for _, c := range cells.items {
		kind := c.get("cell_type").text()
		first := lines.at(c.at)
		src := c.get("source")
		if kind == "code" && src == nil {
			src = c.get("input")
		}
		if n := len(c.get("outputs").list()); n > 0 {
			dropped = append(dropped, fmt.Sprintf("the %d outputs of the code cell at line %d (what running it printed)", n, first))
		}
		format := c.get("metadata").get("format").text()
		if format == "" {
			format = c.get("metadata").get("raw_mimetype").text()
		}
		if kind == "raw" && format != "" && format != "text/html" && format != "text/markdown" && format != "text/x-markdown" {
			dropped = append(dropped, fmt.Sprintf("the raw cell at line %d (%s, a format a Markdown text does not hold)", first, format))
			continue
		}
		mark := len(nt.Lines)
		if mark > 0 {
			nt.add("", first)
		}
		var n int
		var ok bool
		switch kind {
		case "code":
			body := &notebookText{lines: lines}
			n, ok = body.addSource(src)
			if n > 0 {
				f := fence(body.Lines)
				nt.add(f+lang, first)
				nt.Lines = append(nt.Lines, body.Lines...)
				nt.At = append(nt.At, body.At...)
				nt.add(f, body.At[len(body.At)-1])
			}
		case "heading":
			level := 1
			if l := c.get("level"); l != nil && l.num != nil {
				if k, err := l.num.Int64(); err == nil && k >= 1 && k <= 6 {
					level = int(k)
				}
			}
			start := len(nt.Lines)
			n, ok = nt.addSource(src)
			if n > 0 {
				nt.Lines[start] = strings.Repeat("#", level) + " " + nt.Lines[start]
			}
		case "markdown", "raw":
			n, ok = nt.addSource(src)
		default:
			rep.Fail(At(name, first), "the cell at line %d of the notebook is of no type a notebook has (cell_type %q, not markdown, code or raw): save the notebook again, or export its text (jupyter nbconvert --to markdown)", first, kind)
			ok = true
		}
		if !ok {
			rep.Fail(At(name, first), "the source of the %s cell at line %d of the notebook is neither a string nor a list of strings: save the notebook again, or export its text (jupyter nbconvert --to markdown)", kind, first)
		}
		if n == 0 {
			nt.Lines, nt.At = nt.Lines[:mark], nt.At[:mark]
			continue
		}
		count[kind]++
	}
	var read []string
	for _, k := range []string{"markdown", "heading", "code", "raw"} {
		if count[k] > 0 {
			what := fmt.Sprintf("%d %s", count[k], k)
			if k == "code" {
				what += " as code blocks"
			}
			read = append(read, what)
		}
	}
	if len(read) == 0 {
		read = []string{"none: every cell is empty"}
	}
	if len(dropped) > 0 {
		rep.Warn(At(name, lines.at(cells.at)), "the page is a Jupyter notebook (nbformat %s): read the text its cells hold (%s), each line at the line of the JSON string that holds it, and dropped what is no text of the page: %s", version, strings.Join(read, ", "), strings.Join(dropped, ", "))
	}
	if len(nt.Lines) == 0 {
		nt.add("", 1)
	}
	return nt.Text, true
}
