package pages

import (
	"bytes"
	"slices"
	"strings"
)

// runWord is a column word as a run-together header writes it: its
// letters in lower case, without spaces ("addedin"), and the header cell
// it names ("Added in").
type runWord struct {
	low  []byte
	cell string
}

// runWords are the words a run-together header is made of, longest
// first: the English words of the columns every style knows, those of a
// field's facts (ColumnWords) and the other docs' columns the
// readers know besides (OtherColumnWords: Since, Default,
// Example…).
var runWords = func() []runWord {
	var ws []runWord
	add := func(w string) {
		if !IsASCII(w) {
			return
		}
		ws = append(ws, runWord{[]byte(strings.ReplaceAll(w, " ", "")), strings.ToUpper(w[:1]) + w[1:]})
	}
	for w := range ColumnWords {
		add(w)
	}
	for w := range OtherColumnWords {
		add(w)
	}
	slices.SortFunc(ws, func(a, b runWord) int {
		if len(a.low) != len(b.low) {
			return len(b.low) - len(a.low)
		}
		return bytes.Compare(a.low, b.low)
	})
	return ws
}()

// runLetters holds the letters of runWords, and runFirsts their first
// letters, in lower case: a line with another byte, or that starts with
// another, is no header, and is not tokenised.
var runLetters, runFirsts = func() (letters, firsts [256]bool) {
	for _, w := range runWords {
		firsts[w.low[0]] = true
		for _, c := range w.low {
			letters[c] = true
		}
	}
	return letters, firsts
}()

// runWordsAt holds the index in runWords of each word, by its first
// letter, in their order: the words a line may begin with, which
// splitRun tries, none of the others being a prefix of it.
var runWordsAt = func() (at [256][]int) {
	for k, w := range runWords {
		at[w.low[0]] = append(at[w.low[0]], k)
	}
	return at
}()

// maxRunLen is the length of a header naming every column once.
var maxRunLen = func() int {
	n := 0
	for _, w := range runWords {
		n += len(w.low)
	}
	return n
}()

// maxRunWords bounds the words of a run-together header.
const maxRunWords = 16

// splitRun splits lower, a line in lower case, into runWords, each
// once, appending the index of each to used; ok is false when it does
// not split so, or into fewer than two words or more than maxRunWords.
func splitRun(lower []byte, used []int) ([]int, bool) {
	if len(lower) == 0 {
		return used, len(used) >= 2
	}
	if len(used) == maxRunWords {
		return used, false
	}
	for _, k := range runWordsAt[lower[0]] {
		w := runWords[k]
		if !bytes.HasPrefix(lower, w.low) || slices.ContainsFunc(used, func(u int) bool { return runWords[u].cell == w.cell }) {
			continue
		}
		if out, ok := splitRun(lower[len(w.low):], append(used, k)); ok {
			return out, true
		}
	}
	return used, false
}

// RunTogetherHeader reads a run-together table header such as
// "CodeTypeRequiredDescription" or "CodeTypeRequiredSinceDescription",
// in any case, into its column words (runWords), in any order, or
// returns nil. A header names each column once, which also bounds the
// ways a row under it can be split, and names two columns of a field's
// facts at least, which make a table a reader knows (Kind): a
// type's name made of column words ("FieldType") is no header. It runs
// for every line of a page: a line that begins with no column word's
// first letter, or has a byte that is no letter of a column word, is
// not tokenised. A page of any style may write a table so (the
// flattened style's, html2markdown's text of a table it could not write
// as pipes).
func RunTogetherHeader(t string) []string {
	var buf [256]byte
	if len(t) < 2 || len(t) > min(maxRunLen, len(buf)) || !runFirsts[t[0]|0x20] {
		return nil
	}
	lower := buf[:len(t)]
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		if !runLetters[c] {
			return nil
		}
		lower[i] = c
	}
	var buf2 [maxRunWords]int
	used, ok := splitRun(lower, buf2[:0])
	if !ok {
		return nil
	}
	// The columns are those ColumnsOf gives the header's cells, in a
	// buffer on the stack: the header is made only once it is one.
	var buf3 [maxRunWords]Column
	cols, known := buf3[:len(used)], 0
	for i, k := range used {
		if cols[i] = ColumnOf(runWords[k].cell); cols[i] != ColOther {
			known++
		}
	}
	if known < 2 || RunKind(cols) == KindUnknown || (&Table{Cols: cols}).Kind() == KindUnknown && len(used) < 3 {
		return nil
	}
	head := make([]string, len(used))
	for i, k := range used {
		head[i] = runWords[k].cell
	}
	return head
}

// RunKind is the kind of a table whose cells run together, by which its
// rows split: its Kind, or that of fields for a table of names and
// types (Name | Type | Description, as Kakao's response bodies are),
// which no column word tells from a table of headers and a protocol
// reads by its section: its rows split as fields' do, a name, a type,
// the rest. A header of such a table run together names three columns
// at least: a type's name made of two column words ("NameType") is no
// header.
func RunKind(cols []Column) Kind {
	t := &Table{Cols: cols}
	if k := t.Kind(); k != KindUnknown || !t.Has(ColName) || !t.Has(ColType) {
		return k
	}
	return KindFields
}

// RunTogetherCell reads a header cell of one word that runs the words of
// two columns or more together, each starting with a capital ("TypeRequired",
// as a print that set two header cells too close writes them), into
// the cells it names, each a column of a field's facts and none twice, or
// returns nil: a cell that names a column itself ("DataType") is none.
// Whether the header the cells make is one is the reader's to tell, by
// its other cells.
func RunTogetherCell(w string) []string {
	if w == "" || IsHeaderCell(w) || strings.ContainsRune(w, ' ') || len(w) > maxRunLen || !runFirsts[w[0]|0x20] {
		return nil
	}
	lower := []byte(strings.ToLower(w))
	for _, c := range lower {
		if !runLetters[c] {
			return nil
		}
	}
	used, ok := splitRun(lower, nil)
	if !ok {
		return nil
	}
	cells, at := make([]string, len(used)), 0
	for i, k := range used {
		if c := w[at]; c < 'A' || c > 'Z' || ColumnOf(runWords[k].cell) == ColOther {
			return nil
		}
		cells[i] = w[at : at+len(runWords[k].low)]
		at += len(runWords[k].low)
	}
	return cells
}

// isRunTogetherCell reports whether RunTogetherCell(w) reads w, a word
// of ASCII letters no longer than maxRunLen, into cells, lower being w
// in lower case: its checks, the costliest (IsHeaderCell) last, with no
// copy of w and no cells made.
func isRunTogetherCell(w string, lower []byte) bool {
	if !runFirsts[lower[0]] {
		return false
	}
	for _, c := range lower {
		if !runLetters[c] {
			return false
		}
	}
	var buf [maxRunWords]int
	used, ok := splitRun(lower, buf[:0])
	if !ok {
		return false
	}
	at := 0
	for _, k := range used {
		if c := w[at]; c < 'A' || c > 'Z' || ColumnOf(runWords[k].cell) == ColOther {
			return false
		}
		at += len(runWords[k].low)
	}
	return !IsHeaderCell(w)
}

// LeadingRunTogetherHeader cuts a line that begins with a table's
// header, its column words run together each with its capital
// (RunTogetherCell, RunTogetherHeader), and goes on after it, as a
// converter without tables prints a whole table on one line
// ("NameTypeMandatoryDescriptionappSecretStringY…"), into the header's
// column words and the rest; nil where it begins with none, or nothing
// follows it. The header is the longest such start: a row's name
// begins in lower case, or after a column word.
func LeadingRunTogetherHeader(t string) (head []string, rest string) {
	if t == "" || t[0] < 'A' || t[0] > 'Z' {
		return nil, ""
	}
	n, capitals := 0, 0
	for n < len(t) && n < maxRunLen && ('a' <= t[n] && t[n] <= 'z' || 'A' <= t[n] && t[n] <= 'Z') {
		if t[n] <= 'Z' {
			capitals++
		}
		n++
	}
	if n == len(t) || capitals < 2 {
		return nil, ""
	}
	// t[:n] is ASCII letters: its prefixes are put in lower case once,
	// in a buffer on the stack, and tried as RunTogetherCell tries a
	// word (isRunTogetherCell), with no copy of each.
	var buf [256]byte
	lower := buf[:0]
	if n > len(buf) {
		lower = make([]byte, 0, n)
	}
	for i := 0; i < n; i++ {
		lower = append(lower, t[i]|0x20)
	}
	for ; n >= 2; n-- {
		if !isRunTogetherCell(t[:n], lower[:n]) {
			continue
		}
		if head = RunTogetherHeader(t[:n]); head != nil {
			return head, strings.TrimSpace(t[n:])
		}
	}
	return nil, ""
}

// HoldsRunTogetherTable reports whether a line of lines holds a whole
// table on its line, its header's column words run together and text
// after them (LeadingRunTogetherHeader).
func HoldsRunTogetherTable(lines []string) bool {
	for _, l := range lines {
		if head, _ := LeadingRunTogetherHeader(strings.TrimSpace(l)); head != nil {
			return true
		}
	}
	return false
}
