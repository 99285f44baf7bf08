package pages

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// screensOf copies a document a screen at a time, as a pager shows it:
// height lines a screen, the last the status line status(screen), each
// screen scrolled by scroll lines from the one before, the last stopped
// at the document's end.
func screensOf(doc []string, height, scroll int, status func(int) string) []string {
	var page []string
	rows := height - 1
	for s, top := 0, 0; ; s++ {
		if top+rows > len(doc) {
			top = max(len(doc)-rows, 0)
		}
		page = append(page, doc[top:min(top+rows, len(doc))]...)
		page = append(page, status(s))
		if top+rows >= len(doc) {
			return page
		}
		top += scroll
	}
}

// lessEnd ends a copy's last status line as less -M does at the end of
// its file.
func lessEnd(page []string) []string {
	page[len(page)-1] += " (END)"
	return page
}

// screenDoc is a document of n lines, each its own, some blank.
func screenDoc(n int) []string {
	var doc []string
	for k := range n {
		if k%5 == 4 {
			doc = append(doc, "")
		} else {
			doc = append(doc, fmt.Sprintf("line %d of the page", k+1))
		}
	}
	return doc
}

// TestDropScreens reads a page copied from a terminal a screen at a
// time: the status line that stands at the same line of every screen is
// dropped, and the lines each screen repeats from the end of the one
// before, compared at that boundary only; a page that repeats a template
// at a fixed period is no screens.
func TestDropScreens(t *testing.T) {
	w3m := func(int) string { return "≪ ↑ ↓ Viewing <sewSignatures | GearN>" }
	less := func(s int) string { return fmt.Sprintf("page.txt lines %d-%d/60 %d%%", 8*s+1, 8*s+9, 15*(s+1)) }
	twice := screenDoc(40)
	twice[7], twice[8], twice[9] = "}", "}", "}"
	repeated := screenDoc(40)
	repeated[20] = repeated[2]
	prompt := func(int) string { return ":" }
	// lessDefault ends a copy's last prompt as less does at the end of
	// its file when its prompt is the default, a bare ":".
	lessDefault := func(page []string) []string {
		page[len(page)-1] = "(END)"
		return page
	}
	braces := screenDoc(36)
	braces[8], braces[9] = "}", "}"
	var short []string
	for k := 0; k < 30; k += 9 {
		short = append(short, screenDoc(31)[k:min(k+9, 31)]...)
		if k+9 < 31 {
			short = append(short, ":")
		}
	}
	unended := screensOf(screenDoc(36), 10, 9, prompt)
	var template []string
	for _, role := range []string{"client", "server", "admin", "player"} {
		template = append(template, "Role "+role, "", "HTTP", "", "POST /api/"+role, "", "Request Body", "Name Type", "id   string", "")
	}
	wiki := []string{"{|"}
	for r := range 4 {
		wiki = append(wiki, "|-")
		for c := range 11 {
			wiki = append(wiki, fmt.Sprintf("| cell %d of row %d", c, r))
		}
	}
	wiki = append(wiki, "|}")
	for _, tc := range []struct {
		name  string
		page  []string
		want  []string
		warns []int
	}{{
		name:  "w3m, each screen repeating the last line of the one before",
		page:  screensOf(screenDoc(40), 10, 8, w3m),
		want:  screenDoc(40),
		warns: []int{1},
	}, {
		name:  "less, its status line counting the lines, no line repeated",
		page:  screensOf(screenDoc(36), 10, 9, less),
		want:  screenDoc(36),
		warns: []int{1},
	}, {
		name:  "less -M, its last status line ending in (END), the file in a line break",
		page:  append(lessEnd(screensOf(screenDoc(36), 10, 9, less)), ""),
		want:  append(screenDoc(36), ""),
		warns: []int{1},
	}, {
		name:  "less's default prompt, a bare colon, its last (END), the last screen repeating",
		page:  lessDefault(screensOf(screenDoc(40), 10, 9, prompt)),
		want:  screenDoc(40),
		warns: []int{1},
	}, {
		name:  "less's default prompt, the copy ending in a screen shorter than the others",
		page:  short,
		want:  screenDoc(31),
		warns: []int{1},
	}, {
		name: "less's default prompt, alike lines at a boundary kept as less scrolls a whole screen",
		page: lessDefault(screensOf(braces, 10, 9, prompt)),
		want: braces,
		// the second screen begins at line 11 with a "}" as the first ended
		warns: []int{1, 11},
	}, {
		name: "colons at a period, the last screen full and ending in none, are no screens",
		page: unended,
		want: unended,
	}, {
		name:  "a line of the page that stands again elsewhere stays",
		page:  screensOf(repeated, 10, 8, w3m),
		want:  repeated,
		warns: []int{1},
	}, {
		name: "lines alike at a boundary: the screens' scroll is read",
		page: screensOf(twice, 10, 8, w3m),
		want: twice,
		// the second screen begins at line 11, repeating one "}" or two
		warns: []int{1, 11},
	}, {
		name: "a wiki table whose rows are as tall as each other is no screens",
		page: wiki,
		want: wiki,
	}, {
		name: "a page that repeats a template is no screens",
		page: template,
		want: template,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			rep := &Reporter{}
			text := ReadText("p.txt", []byte(strings.Join(tc.page, "\n")), rep)
			if !slices.Equal(text.Lines, tc.want) {
				t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(text.Lines, "\n"), strings.Join(tc.want, "\n"))
			}
			var warns []int
			for _, d := range rep.warns {
				warns = append(warns, d.Pos.Line)
			}
			if !slices.Equal(warns, tc.warns) || len(rep.errs) > 0 {
				t.Errorf("warned at %v, want %v:\n%v\n%v", warns, tc.warns, rep.warns, rep.errs)
			}
		})
	}
}

// FuzzDropScreens checks that reading a page's screens only drops
// lines: the lines read are the page's, in order, each at its line.
func FuzzDropScreens(f *testing.F) {
	f.Add(strings.Join(screensOf(screenDoc(40), 10, 8, func(int) string { return "-- status --" }), "\n"))
	f.Add(strings.Join(screensOf(screenDoc(30), 8, 8, func(s int) string { return fmt.Sprintf("(%d)", s) }), "\n"))
	f.Add(strings.TrimSuffix(strings.Join(screensOf(screenDoc(40), 10, 9, func(int) string { return ":" }), "\n"), ":") + "(END)")
	f.Add("a\n\n\n\n\n\n\nS\na\n\n\n\n\n\n\nS\na\n\n\n\n\n\n\nS\na\n\n\n\n\n\n\nS")
	f.Fuzz(func(t *testing.T, page string) {
		if !IsASCII(page) || strings.ContainsAny(page, "\r\x1b\b") {
			return
		}
		text := &Text{Lines: strings.Split(page, "\n")}
		lines := slices.Clone(text.Lines)
		text.dropScreens("f.txt", &Reporter{})
		for i, l := range text.Lines {
			at := text.line(i)
			if at < 1 || at > len(lines) || lines[at-1] != l || i > 0 && text.line(i-1) >= at {
				t.Fatalf("line %d %q read at page line %d", i, l, at)
			}
		}
	})
}
