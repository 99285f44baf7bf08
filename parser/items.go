package parser

import (
	"regexp"
	"slices"
	"strings"
)

// A page is read in two steps. First its style reads its lines into
// items: lines of text, and tables with their header and rows (style.go
// and a file per style). Then the protocol of the API interprets the
// items (protocol.go).

// Column is what a table column holds.
type Column int

const (
	ColOther Column = iota
	ColName
	ColCode
	ColType
	ColRequired
	ColDescription
)

var ColumnWords = map[string]Column{
	"name":        ColName,
	"code":        ColCode,
	"type":        ColType,
	"required":    ColRequired,
	"mandatory":   ColRequired,
	"description": ColDescription,
}

// Block is a line of text or a table.
type Block struct {
	Line  int
	Text  string // a text line, trimmed; empty for a table
	Table *Table
}

type Table struct {
	Line   int
	Header []string
	Cols   []Column
	Rows   []*Row
	// fieldDocs caches fieldRows.
	fieldDocs []*fieldDoc
}

type Row struct {
	Line  int
	Raw   string
	Cells []string
}

// Has reports whether the table has a column of kind c.
func (t *Table) Has(c Column) bool {
	for _, k := range t.Cols {
		if k == c {
			return true
		}
	}
	return false
}

// Kind tells what a table documents, from its columns.
type Kind int

const (
	KindUnknown Kind = iota
	KindHeaders      // Name | [Type] | Required | Description
	KindFields       // Code | Type | [Required] | Description
	KindEnum         // Name | Code | [Description]
)

func (t *Table) Kind() Kind {
	switch {
	case t.Has(ColCode) && t.Has(ColType):
		return KindFields
	case t.Has(ColName) && t.Has(ColCode):
		return KindEnum
	case t.Has(ColName) && t.Has(ColRequired):
		return KindHeaders
	}
	return KindUnknown
}

func ColumnsOf(cells []string) ([]Column, bool) {
	cols := make([]Column, len(cells))
	known := 0
	for i, c := range cells {
		cols[i] = ColumnWords[strings.ToLower(strings.TrimSpace(c))]
		if cols[i] != ColOther {
			known++
		}
	}
	return cols, known >= 2
}

var (
	mdRuler       = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	flatHeaderRe  = regexp.MustCompile(`^(?:Name|Code|Type|Required|Mandatory|Description){2,}$`)
	flatHeaderTok = regexp.MustCompile(`Name|Code|Type|Required|Mandatory|Description`)
)

// IsRuler reports whether a line is a table ruler, |---|---|, which has
// three dashes at least.
func IsRuler(line string) bool {
	return strings.Contains(line, "---") && mdRuler.MatchString(line)
}

// IsPipeRuler reports whether a line is a ruler with a pipe, as under the
// header of a table with more than one column: |---|---| or ---|---.
func IsPipeRuler(line string) bool {
	return strings.Contains(line, "|") && IsRuler(line)
}

// maxFlatHeaderLen is the length of a header naming every column once.
const maxFlatHeaderLen = len("NameCodeTypeRequiredMandatoryDescription")

// flatHeader reads a run-together table header such as
// "CodeTypeRequiredDescription" into its column words, or returns nil. A
// header names each column once, which also bounds the ways a row under
// it can be split.
func flatHeader(t string) []string {
	if len(t) > maxFlatHeaderLen || !flatHeaderRe.MatchString(t) {
		return nil
	}
	head := flatHeaderTok.FindAllString(t, -1)
	for i, h := range head {
		if slices.Contains(head[:i], h) {
			return nil
		}
	}
	return head
}

// SplitPipes splits a Markdown or pipe-separated row into cells. Leading
// and trailing pipes are dropped; `\|` is a literal pipe.
func SplitPipes(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	var cells []string
	start, escaped := 0, false
	cell := func(end int) {
		c := s[start:end]
		if escaped {
			c = strings.ReplaceAll(c, `\|`, "|")
		}
		cells = append(cells, strings.TrimSpace(c))
	}
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '|':
			escaped = true
			i++
		case s[i] == '|':
			cell(i)
			start, escaped = i+1, false
		}
	}
	cell(len(s))
	return cells
}

// valuesTypeRe matches a type cell listing allowed values, "string in a";
// loneValueRe matches a cell holding one more value, "b".
var (
	valuesTypeRe = regexp.MustCompile(`^[A-Za-z]+(?: int)? in \S`)
	loneValueRe  = regexp.MustCompile("^[A-Za-z0-9_.+/:\"'`-]+$")
)

// joinValues undoes what the pipes of "string in a | b | c" do to a
// Markdown row of a table with columns columns. A code span does not end
// at a pipe: cells are joined until their backticks pair up. Then the
// cells after a type cell that hold a lone value are values of the type,
// up to a requiredness or the row's last cell, which is its description
// unless the row has more cells than the table has columns. Last, cells
// that are one code span are unwrapped.
func joinValues(cells []string, columns int) []string {
	for i := 0; i < len(cells); i++ {
		for strings.Count(cells[i], "`")%2 == 1 && i+1 < len(cells) && strings.Contains(strings.Join(cells[i+1:], ""), "`") {
			cells[i] += " | " + cells[i+1]
			cells = append(cells[:i+1], cells[i+2:]...)
		}
	}
	for i, c := range cells {
		if len(c) > 2 && strings.Count(c, "`") == 2 && c[0] == '`' && c[len(c)-1] == '`' {
			cells[i] = c[1 : len(c)-1]
		}
	}
	for i := 0; i < len(cells); i++ {
		if !strings.Contains(cells[i], " in ") || !valuesTypeRe.MatchString(cells[i]) {
			continue
		}
		excess := len(cells) - columns
		j := i + 1
		for ; j < len(cells) && loneValueRe.MatchString(cells[j]) && !isBool(cells[j]) && (excess > 0 || hasTextAfter(cells, j)); j++ {
			cells[i] += " | " + cells[j]
			excess--
		}
		return append(cells[:i+1], cells[j:]...)
	}
	return cells
}

func hasTextAfter(cells []string, j int) bool {
	for _, c := range cells[j+1:] {
		if c != "" {
			return true
		}
	}
	return false
}

// markdownItems reads a Markdown page: a row followed by a ruler is a
// table header, and the |-lines after it are its rows.
func markdownItems(lines []string) []Block {
	var items []Block
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "|") && i+1 < len(lines) && IsRuler(lines[i+1]) {
			head := SplitPipes(t)
			cols, _ := ColumnsOf(head)
			tb := &Table{Line: i + 1, Header: head, Cols: cols}
			j := i + 2
			for ; j < len(lines); j++ {
				r := strings.TrimSpace(lines[j])
				if !strings.HasPrefix(r, "|") || IsRuler(r) {
					break
				}
				if j+1 < len(lines) && IsRuler(lines[j+1]) {
					break // the header of the next table
				}
				tb.Rows = append(tb.Rows, &Row{Line: j + 1, Raw: r, Cells: joinValues(SplitPipes(r), len(head))})
			}
			items = append(items, Block{Line: i + 1, Table: tb})
			i = j - 1
			continue
		}
		items = append(items, Block{Line: i + 1, Text: StripHeading(t)})
	}
	return items
}

// StripHeading removes Markdown heading marks and emphasis around a line.
func StripHeading(t string) string {
	t = strings.TrimSpace(strings.TrimLeft(t, "#"))
	for _, m := range []string{"**", "__"} {
		if strings.HasPrefix(t, m) && strings.HasSuffix(t, m) && len(t) > 2*len(m) {
			t = t[len(m) : len(t)-len(m)]
		}
	}
	return strings.TrimSpace(t)
}
