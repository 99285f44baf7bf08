package diff

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	for _, tc := range []struct {
		name     string
		old, new string
		want     string
	}{
		{name: "equal", old: "a\nb\n", new: "a\nb\n", want: ""},
		{name: "both empty", old: "", new: "", want: ""},
		{
			name: "from nothing", old: "", new: "a\nb\n",
			want: "@@ -0,0 +1,2 @@\n+a\n+b\n",
		},
		{
			name: "to nothing", old: "a\n", new: "",
			want: "@@ -1 +0,0 @@\n-a\n",
		},
		{
			// diff -u o.txt n.txt, GNU diffutils 3.8.
			name: "two hunks and a last line without newline",
			old:  "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n",
			new:  "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl",
			want: "@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -9,3 +9,4 @@\n i\n j\n k\n+l\n\\ No newline at end of file\n",
		},
		{
			name: "newline added at the end",
			old:  "a\nb", new: "a\nb\n",
			want: "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n",
		},
		{
			// Changes six lines apart share one hunk: their contexts touch.
			name: "contexts that touch join",
			old:  "1\n2\n3\n4\n5\n6\n7\n8\n",
			new:  "1\nX\n3\n4\n5\n6\n7\nY\n",
			want: "@@ -1,8 +1,8 @@\n 1\n-2\n+X\n 3\n 4\n 5\n 6\n 7\n-8\n+Y\n",
		},
		{
			name: "removals before additions",
			old:  "x\na\nb\ny\n", new: "x\nc\nd\ny\n",
			want: "@@ -1,4 +1,4 @@\n x\n-a\n-b\n+c\n+d\n y\n",
		},
		{
			name: "a moved line",
			old:  "a\nb\nc\nd\n", new: "b\nc\nd\na\n",
			want: "@@ -1,4 +1,4 @@\n-a\n b\n c\n d\n+a\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Unified("old", "new", []byte(tc.old), []byte(tc.new))
			want := tc.want
			if want != "" {
				want = "--- old\n+++ new\n" + want
			}
			if got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestUnifiedIsShortestAndApplies diffs random texts: applying each diff
// to the old text gives the new one, the hunk headers count their lines
// right, and the diff removes and adds no more lines than a shortest
// edit script does.
func TestUnifiedIsShortestAndApplies(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		old, new := randomText(r), randomText(r)
		if i%3 == 0 {
			new = mutate(r, old)
		}
		d := Unified("old", "new", []byte(old), []byte(new))
		if (d == "") != (old == new) {
			t.Fatalf("diff of %q and %q is %q", old, new, d)
		}
		if d == "" {
			continue
		}
		got, edits, err := apply(old, d)
		if err != nil {
			t.Fatalf("%v\nold %q\nnew %q\ndiff:\n%s", err, old, new, d)
		}
		if got != new {
			t.Fatalf("applying the diff gives %q, want %q\ndiff:\n%s", got, new, d)
		}
		a, b := splitLines(old), splitLines(new)
		if shortest := len(a) + len(b) - 2*lcs(a, b); edits != shortest {
			t.Fatalf("the diff has %d edits, a shortest script %d\nold %q\nnew %q\ndiff:\n%s", edits, shortest, old, new, d)
		}
	}
}

func randomText(r *rand.Rand) string {
	var b strings.Builder
	for range r.IntN(30) {
		b.WriteString(string(rune('a' + r.IntN(4))))
		b.WriteByte('\n')
	}
	if r.IntN(4) == 0 {
		b.WriteString("z")
	}
	return b.String()
}

// mutate changes a few lines of s, so that the texts share long runs.
func mutate(r *rand.Rand, s string) string {
	lines := splitLines(s)
	for range r.IntN(4) + 1 {
		i := r.IntN(len(lines) + 1)
		switch r.IntN(3) {
		case 0:
			lines = append(lines[:i], append([]string{"new\n"}, lines[i:]...)...)
		case 1:
			if i < len(lines) {
				lines = append(lines[:i], lines[i+1:]...)
			}
		case 2:
			if i < len(lines) {
				lines[i] = "changed\n"
			}
		}
	}
	return strings.Join(lines, "")
}

// lcs is the length of a longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			default:
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// apply applies the unified diff d to old, checking each hunk's header
// and context, and returns the result and the number of lines removed
// and added.
func apply(old, d string) (string, int, error) {
	src := splitLines(old)
	lines := strings.Split(strings.TrimSuffix(d, "\n"), "\n")
	if len(lines) < 2 || lines[0] != "--- old" || lines[1] != "+++ new" {
		return "", 0, fmt.Errorf("bad header")
	}
	var out []string
	next, edits := 0, 0 // next: index in src of the first line not yet copied
	for i := 2; i < len(lines); {
		var oldStart, oldCount, newStart, newCount int
		if err := parseHeader(lines[i], &oldStart, &oldCount, &newStart, &newCount); err != nil {
			return "", 0, err
		}
		i++
		from := oldStart - 1
		if oldCount == 0 {
			from = oldStart
		}
		if from < next {
			return "", 0, fmt.Errorf("hunk %q overlaps the previous one", lines[i-1])
		}
		out = append(out, src[next:from]...)
		if newStart-1 != len(out) && !(newCount == 0 && newStart == len(out)) {
			return "", 0, fmt.Errorf("hunk %q: new start %d, but %d lines precede it", lines[i-1], newStart, len(out))
		}
		next = from
		var seenOld, seenNew int
		for i < len(lines) && !strings.HasPrefix(lines[i], "@@") {
			kind, l := lines[i][0], lines[i][1:]+"\n"
			if i+1 < len(lines) && lines[i+1] == `\ No newline at end of file` {
				l = lines[i][1:]
				i++
			}
			switch kind {
			case ' ':
				if next >= len(src) || src[next] != l {
					return "", 0, fmt.Errorf("context line %q does not match", l)
				}
				out = append(out, l)
				next++
				seenOld++
				seenNew++
			case '-':
				if next >= len(src) || src[next] != l {
					return "", 0, fmt.Errorf("removed line %q does not match", l)
				}
				next++
				seenOld++
				edits++
			case '+':
				out = append(out, l)
				seenNew++
				edits++
			default:
				return "", 0, fmt.Errorf("bad line %q", lines[i])
			}
			i++
		}
		if seenOld != oldCount || seenNew != newCount {
			return "", 0, fmt.Errorf("hunk counts -%d +%d, header says -%d +%d", seenOld, seenNew, oldCount, newCount)
		}
	}
	out = append(out, src[next:]...)
	return strings.Join(out, ""), edits, nil
}

// parseHeader reads "@@ -l[,s] +l[,s] @@".
func parseHeader(h string, oldStart, oldCount, newStart, newCount *int) error {
	f := strings.Fields(h)
	if len(f) != 4 || f[0] != "@@" || f[3] != "@@" || f[1][0] != '-' || f[2][0] != '+' {
		return fmt.Errorf("bad hunk header %q", h)
	}
	parse := func(s string, start, count *int) error {
		l, c, found := strings.Cut(s, ",")
		*count = 1
		var err error
		if found {
			if *count, err = strconv.Atoi(c); err != nil {
				return err
			}
		}
		*start, err = strconv.Atoi(l)
		return err
	}
	if err := parse(f[1][1:], oldStart, oldCount); err != nil {
		return fmt.Errorf("bad hunk header %q: %v", h, err)
	}
	if err := parse(f[2][1:], newStart, newCount); err != nil {
		return fmt.Errorf("bad hunk header %q: %v", h, err)
	}
	return nil
}
