// Package diff writes the unified diff of two texts, in the format of
// diff -u: the lines that differ with three lines of context around them,
// grouped in hunks headed "@@ -l,s +l,s @@". The edit script is a shortest
// one, found with Myers' O(ND) algorithm in linear space.
package diff

import (
	"fmt"
	"strings"
)

// Context is how many unchanged lines a hunk shows around its changes.
const Context = 3

// Unified returns the unified diff that turns old into new, headed by
// "--- oldName" and "+++ newName"; it returns "" when they are equal. A
// last line without a newline is marked "\ No newline at end of file".
func Unified(oldName, newName string, old, new []byte) string {
	if string(old) == string(new) {
		return ""
	}
	a, b := splitLines(string(old)), splitLines(string(new))
	edits := script(a, b)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
	for _, h := range hunks(edits) {
		h.write(&out, edits)
	}
	return out.String()
}

// splitLines cuts s after each newline; the last line has none when s
// does not end with one.
func splitLines(s string) []string {
	var lines []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i+1])
		s = s[i+1:]
	}
	return lines
}

// edit is one line of the script: kept (' '), removed ('-') or added ('+').
type edit struct {
	kind byte
	line string
}

// script returns the edits that turn a into b: every line of a, kept or
// removed, and every line of b, kept or added, removals before additions
// within a change.
func script(a, b []string) []edit {
	ids := map[string]int{}
	intern := func(lines []string) []int {
		out := make([]int, len(lines))
		for i, l := range lines {
			id, ok := ids[l]
			if !ok {
				id = len(ids)
				ids[l] = id
			}
			out[i] = id
		}
		return out
	}
	m := &myers{a: intern(a), b: intern(b)}
	m.removed = make([]bool, len(a))
	m.added = make([]bool, len(b))
	n := len(a) + len(b)
	m.vf = make([]int, n+3)
	m.vb = make([]int, n+3)
	m.compare(0, len(a), 0, len(b))
	var edits []edit
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && m.removed[i]:
			edits = append(edits, edit{'-', a[i]})
			i++
		case j < len(b) && m.added[j]:
			edits = append(edits, edit{'+', b[j]})
			j++
		default:
			edits = append(edits, edit{' ', a[i]})
			i++
			j++
		}
	}
	return edits
}

// myers marks the lines of a to remove and the lines of b to add for a
// shortest edit script from a to b.
type myers struct {
	a, b           []int
	removed, added []bool
	// vf and vb are the furthest x reached on each diagonal k by the
	// forward and the reverse search, indexed k + offset.
	vf, vb []int
}

// compare marks the edits that turn a[aLo:aHi] into b[bLo:bHi].
func (m *myers) compare(aLo, aHi, bLo, bHi int) {
	for aLo < aHi && bLo < bHi && m.a[aLo] == m.b[bLo] {
		aLo, bLo = aLo+1, bLo+1
	}
	for aLo < aHi && bLo < bHi && m.a[aHi-1] == m.b[bHi-1] {
		aHi, bHi = aHi-1, bHi-1
	}
	if aLo == aHi || bLo == bHi {
		m.replace(aLo, aHi, bLo, bHi)
		return
	}
	// Both sides are non-empty and differ at both ends, so the shortest
	// script has at least two edits and each half below is smaller than
	// the whole.
	x0, y0, x1, y1, ok := m.middleSnake(aLo, aHi, bLo, bHi)
	if !ok {
		m.replace(aLo, aHi, bLo, bHi)
		return
	}
	m.compare(aLo, x0, bLo, y0)
	m.compare(x1, aHi, y1, bHi)
}

// replace marks a[aLo:aHi] removed and b[bLo:bHi] added.
func (m *myers) replace(aLo, aHi, bLo, bHi int) {
	for i := aLo; i < aHi; i++ {
		m.removed[i] = true
	}
	for j := bLo; j < bHi; j++ {
		m.added[j] = true
	}
}

// middleSnake finds the middle snake of a shortest path from (aLo, bLo) to
// (aHi, bHi) in the edit graph, searching from both ends at once (Myers
// 1986, section 4b). The snake runs from (x0, y0) to (x1, y1), both on
// the path. ok is false only if the search is wrong: a path always exists.
func (m *myers) middleSnake(aLo, aHi, bLo, bHi int) (x0, y0, x1, y1 int, ok bool) {
	n, mm := aHi-aLo, bHi-bLo
	delta := n - mm
	odd := delta%2 != 0
	off := (n+mm+1)/2 + 1
	vf, vb := m.vf, m.vb
	vf[off+1], vb[off+1] = 0, 0
	for d := 0; d <= (n+mm+1)/2; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && vf[off+k-1] < vf[off+k+1]) {
				x = vf[off+k+1]
			} else {
				x = vf[off+k-1] + 1
			}
			y := x - k
			sx, sy := x, y
			for x < n && y < mm && m.a[aLo+x] == m.b[bLo+y] {
				x, y = x+1, y+1
			}
			vf[off+k] = x
			if kr := delta - k; odd && kr >= -(d-1) && kr <= d-1 && x+vb[off+kr] >= n {
				return aLo + sx, bLo + sy, aLo + x, bLo + y, true
			}
		}
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && vb[off+k-1] < vb[off+k+1]) {
				x = vb[off+k+1]
			} else {
				x = vb[off+k-1] + 1
			}
			y := x - k
			sx, sy := x, y
			for x < n && y < mm && m.a[aHi-1-x] == m.b[bHi-1-y] {
				x, y = x+1, y+1
			}
			vb[off+k] = x
			if kf := delta - k; !odd && kf >= -d && kf <= d && x+vf[off+kf] >= n {
				return aHi - x, bHi - y, aHi - sx, bHi - sy, true
			}
		}
	}
	return 0, 0, 0, 0, false
}

// hunk is a run of edits[start:end] shown together.
type hunk struct{ start, end int }

// hunks groups the changes of edits with Context lines around each,
// joining changes whose contexts touch or overlap.
func hunks(edits []edit) []hunk {
	var hs []hunk
	for i, e := range edits {
		if e.kind == ' ' {
			continue
		}
		start, end := max(i-Context, 0), min(i+1+Context, len(edits))
		if n := len(hs); n > 0 && start <= hs[n-1].end {
			hs[n-1].end = end
			continue
		}
		hs = append(hs, hunk{start, end})
	}
	return hs
}

func (h hunk) write(out *strings.Builder, edits []edit) {
	// Line numbers of the hunk's first line in the old and the new text.
	oldLine, newLine := 1, 1
	for _, e := range edits[:h.start] {
		if e.kind != '+' {
			oldLine++
		}
		if e.kind != '-' {
			newLine++
		}
	}
	var oldCount, newCount int
	for _, e := range edits[h.start:h.end] {
		if e.kind != '+' {
			oldCount++
		}
		if e.kind != '-' {
			newCount++
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", span(oldLine, oldCount), span(newLine, newCount))
	for _, e := range edits[h.start:h.end] {
		out.WriteByte(e.kind)
		out.WriteString(e.line)
		if !strings.HasSuffix(e.line, "\n") {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// span writes a hunk's range as diff -u does: "l" for one line, "l,s"
// otherwise, and for no line the line before the change.
func span(line, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", line-1)
	case 1:
		return fmt.Sprint(line)
	}
	return fmt.Sprintf("%d,%d", line, count)
}
