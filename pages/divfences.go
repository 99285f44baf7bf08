package pages

// blankDivFences blanks each line of a pandoc fenced div (IsDivFence:
// "::: {#app}", "::: table-wrap", ":::"), which pandoc -t markdown
// writes around each <div> of a page: it frames what it holds and is no
// text of it, no title of the table under it, no header of a table, in
// any style. A line in a fenced code block is code, and kept as written.
func (t *Text) blankDivFences() {
	code := false
	for i, l := range t.Lines {
		switch {
		case IsFence(l):
			code = !code
		case !code && IsDivFence(l):
			t.Lines[i] = ""
		}
	}
}
