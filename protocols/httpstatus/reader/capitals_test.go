package reader

import (
	"testing"

	"github.com/docs2go/docs2go/pages"
)

func TestPathCase(t *testing.T) {
	for _, c := range []struct{ example, documented, want string }{
		{"/service/v3/bowling/highscores", "/BOWLING/HIGHSCORES", "/bowling/highscores"},
		{"/service/v3/bowling/laneScores", "/BOWLING/LANESCORES/", "/bowling/laneScores"},
		{"/v1/lanes/7/play", "/LANES/{LANEID}/PLAY", "/lanes/{LANEID}/play"},
		{"/v1/bowling/play", "/BOWLING/THROW", "-"},
		{"/play", "/BOWLING/PLAY", "-"},
	} {
		got, ok := pathCase(c.example, c.documented)
		if !ok {
			got = "-"
		}
		if got != c.want {
			t.Errorf("pathCase(%q, %q) = %q, want %q", c.example, c.documented, got, c.want)
		}
	}
}

// TestRecase gives the headings in capitals the case the page writes
// them in elsewhere, when exactly one writing matches, with a warning at
// the heading's line; two writings that differ only in case are an error
// at the table's line.
func TestRecase(t *testing.T) {
	cells := func(line int, cs ...string) *pages.Table {
		return &pages.Table{Line: line, Header: []string{"Name", "Type", "Description"}, Rows: []*pages.Row{{Line: line + 1, Cells: cs}}}
	}
	for _, c := range []struct {
		name     string
		path     string
		example  string
		types    []string
		cells    []string
		wantPath string
		wantType []string
		warns    []int
		errs     []int
	}{
		{"a path and a type", "/BOWLING/PLAY", "/v3/bowling/play?x=1", []string{"HIGHSCORE"}, []string{"scores", "List<HighScore>", "High scores"}, "/bowling/play", []string{"HighScore"}, []int{1, 19}, nil},
		{"no example", "/BOWLING/PLAY", "", []string{"Throw"}, []string{"throws", "List<Throw>", "Throws"}, "/BOWLING/PLAY", []string{"Throw"}, []int{1}, nil},
		{"two writings", "/a/b", "/a/b", []string{"HIGHSCORE"}, []string{"scores", "List<HighScore>", "Highscore of the lane"}, "/a/b", []string{"HIGHSCORE"}, nil, []int{20}},
		{"no writing", "/a/b", "/a/b", []string{"URL"}, []string{"link", "URL", "a url"}, "/a/b", []string{"URL"}, nil, nil},
	} {
		rep := &pages.Reporter{}
		op := &statusOp{line: 1, path: c.path, body: cells(10, c.cells...)}
		if c.example != "" {
			op.request = &exampleMsg{method: "GET", path: c.example, line: 30}
		}
		sp := &statusPage{name: "p.txt", ops: []*statusOp{op}}
		for _, n := range c.types {
			sp.types = append(sp.types, &typeTable{name: n, line: 19, table: cells(20, "x", "String", "")})
		}
		(&statusReader{sp: sp, page: "p.txt", rep: rep}).recase()
		if op.path != c.wantPath {
			t.Errorf("%s: path %q, want %q", c.name, op.path, c.wantPath)
		}
		for i, tt := range sp.types {
			if tt.name != c.wantType[i] {
				t.Errorf("%s: type %q, want %q", c.name, tt.name, c.wantType[i])
			}
		}
		ws, es := rep.Sorted([]string{"p.txt"}, false)
		if len(es) != len(c.errs) || len(es) == 1 && es[0].Pos.Line != c.errs[0] {
			t.Errorf("%s: errors %v, want at lines %v", c.name, es, c.errs)
		}
		if len(ws) != len(c.warns) {
			t.Errorf("%s: warnings %v, want at lines %v", c.name, ws, c.warns)
			continue
		}
		for i, w := range ws {
			if w.Pos.Line != c.warns[i] {
				t.Errorf("%s: warning %v, want at line %d", c.name, w, c.warns[i])
			}
		}
	}
}
