package pages

import "testing"

func TestProtectedEnd(t *testing.T) {
	pairs := [][2]string{{"[[", "]]"}, {"`", "`"}}
	for _, c := range []struct {
		text string
		i    int
		want int
	}{
		{"a [[x|y]] b", 2, 9},
		{"`a||b` c", 0, 6},
		{"[[open", 0, 0},
		{"plain", 0, 0},
	} {
		if got := ProtectedEnd(c.text, c.i, pairs); got != c.want {
			t.Errorf("ProtectedEnd(%q, %d) = %d, want %d", c.text, c.i, got, c.want)
		}
	}
}

func TestIsWikiRule(t *testing.T) {
	for t1, want := range map[string]bool{"----": true, "--------": true, "---": false, "-- --": false, "": false} {
		if got := IsWikiRule(t1); got != want {
			t.Errorf("IsWikiRule(%q) = %v, want %v", t1, got, want)
		}
	}
}

func TestCellsNameColumns(t *testing.T) {
	if !CellsNameColumns([]string{"Name", "Type", "", "Description"}) {
		t.Error("a header row with an empty cell names no columns")
	}
	if CellsNameColumns([]string{"playerId", "String", "Y", "The player"}) {
		t.Error("a row of fields names columns")
	}
}

// TestWithoutKeptTags drops the inline tags a wiki keeps as written, and
// leaves other tags and angle brackets as text.
func TestWithoutKeptTags(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<code>Auth-Token</code> |", "Auth-Token |"},
		{"<TT>a</TT> <kbd>Ctrl</kbd> <code class=\"x\">b</code>", "a Ctrl b"},
		{"List<String> and 10<sup>3</sup> and <codex>", "List<String> and 10<sup>3</sup> and <codex>"},
	} {
		if got := WithoutKeptTags(c.in); got != c.want {
			t.Errorf("WithoutKeptTags(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestRenderedCell(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{" How. ", "", "Net needs level 5. "}, "How. Net needs level 5."},
		{[]string{"  "}, ""},
		{nil, ""},
	} {
		if got := RenderedCell(c.in); got != c.want {
			t.Errorf("RenderedCell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
