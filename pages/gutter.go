package pages

import "strings"

// A code block or a block quote that a terminal renderer draws keeps a
// mark down its left side, its gutter, before each of its lines: lowdown
// (-Tterm) writes "| " before each line of a code block and of a quote
// ("      | POST /api/rJson/harbor/client/underwriteVoyage"), glow and
// mdcat a bar ("│ "), rich a block ("▌ "), a plain-text renderer "> ".
// The gutter is no part of the lines it stands before: a request line
// behind it is the request line still, and the lines of the HTTP message
// under it are the message's (a header, the body's JSON), as an example
// shows them. ReadText takes the gutter off the lines of such a block,
// before any style reads them, when one of them is a request line
// (stripGutters); a gutter before lines of prose stays, as a quote's
// mark is no fact.

// gutterMarks are the marks a renderer draws down the left side of a
// code block or a quote.
var gutterMarks = []string{"|", ">", "│", "┃", "║", "▌", "▎", "▏"}

// gutterOf returns the indentation of a line, the mark of the gutter it
// stands behind and its text without them: a mark of gutterMarks alone
// (a blank line of the block), or followed by a space and the text. It
// returns an empty mark for a line behind no gutter.
func gutterOf(l string) (indent, mark, text string) {
	t := strings.TrimLeft(l, " \t")
	if t == "" || strings.IndexByte("|>\xe2", t[0]) < 0 {
		return "", "", l
	}
	indent = l[:len(l)-len(t)]
	for _, m := range gutterMarks {
		if after, ok := strings.CutPrefix(t, m); ok && (strings.TrimSpace(after) == "" || after[0] == ' ') {
			return indent, m, strings.TrimRight(strings.TrimPrefix(after, " "), " \t")
		}
	}
	return "", "", l
}

// stripGutters takes the gutter off the lines of each block drawn behind
// one (gutterOf) that holds a request line (opensRequest, with its
// path: a method alone is a cell's word as well): the block is
// the run of lines in a row behind the same mark at the same
// indentation. Each line keeps its indentation; a blank line of the
// block, its mark alone, is left blank.
func (t *Text) stripGutters() {
	for i := 0; i < len(t.Lines); i++ {
		indent, mark, _ := gutterOf(t.Lines[i])
		if mark == "" {
			continue
		}
		j, request := i, false
		for ; j < len(t.Lines); j++ {
			in, m, text := gutterOf(t.Lines[j])
			if m != mark || in != indent {
				break
			}
			text = strings.TrimSpace(text)
			request = request || opensRequest(text) && strings.Contains(text, "/")
		}
		if request {
			for k := i; k < j; k++ {
				_, _, text := gutterOf(t.Lines[k])
				if text != "" {
					text = indent + text
				}
				t.Lines[k] = text
			}
		}
		i = j - 1
	}
}

// opensRequest reports whether a text line is a request line, or its
// method before a path with the space between them lost.
func opensRequest(t string) bool {
	return startsWithMethod(t) && (requestLineRe.MatchString(t) || gluedRequestRe.MatchString(t))
}
