package pages

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// A converter that writes a table it cannot write as rows as text runs
// the table's cells together and its rows into one paragraph:
// html2markdown without its table plugin writes a <table> as
// "NameTypeMandatoryDescription appSecretStringYApp Secret
// AuthorizationStringYAuthorization: ...", each cell's text right after
// the one before and a space between two rows. A description holds
// spaces too, so nothing tells where a row ends: such a paragraph is a
// table lost to the converter, never text.

// rowRun finds a name run together with its type, as a row of a table
// so written begins: "appSecretString", "Content-TypeStringY",
// "userIdstringtrue", "`userId“string`true", "gradeIntegerY" (the
// pattern rowRunRe of TestRowRun, matched a byte at a time). rowStartRe
// matches one that begins a word and is followed by what a row's next
// cell begins with (a requiredness, a description's capital, an icon, a
// type's parameter): "playerIdString![(tick)]", "seatsList&lt;Seat&gt;",
// "modeString (Enum)N", never "toString()". The types are RunRow's.
var rowStartRe = regexp.MustCompile(`(?:^|\s)[a-z][A-Za-z0-9_-]*[a-z0-9](?:` + strings.Join(RunRow.Types, "|") + `)(?: ?\(Enum\))?(?:[A-Z]|true|false|!\[|&lt;|<)`)

// OneParagraphTable tells whether a line of text holds a table written as
// one paragraph: a run-together header (RunTogetherHeader, camelHeader) with text after it on
// the line, which runs a name together with its type as a row does, or
// two rows at least, each a name run together with its type at the
// start of a word (the header's cells, a paragraph each, above it).
func OneParagraphTable(t string) bool {
	// Both readings need a name run together with its type where rowRun
	// finds one (every match of rowStartRe is one of rowRun's, and the
	// words after a header are the line's own, spaces aside): a line
	// without one is none, whatever its words.
	runs := false
	for w := range strings.FieldsSeq(t) {
		if runs = rowRun(w); runs {
			break
		}
	}
	if !runs {
		return false
	}
	words := strings.Fields(t)
	for k, w := range words[:max(len(words)-1, 0)] {
		w = strings.Trim(w, "*_`")
		if (RunTogetherHeader(w) != nil || camelHeader(w)) && slices.ContainsFunc(words[k+1:], rowRun) {
			return true
		}
	}
	return len(rowStartRe.FindAllStringIndex(t, 2)) == 2
}

// rowRun reports whether a word holds a name run together with its type
// (RunRow): capitalised after a lower-case letter, a digit, '_', ']',
// ')' or '`', and in lower case after the same but ']' and ')',
// followed by a backtick or none and by true, false or a capital. A
// match holds no space, so text holds one where one of its words does.
// It looks only at the few words that may hold a match at a first look
// (mayRunRow).
func rowRun(w string) bool {
	if !mayRunRow(w) {
		return false
	}
	for i := 0; i+1 < len(w); i++ {
		b := w[i]
		lower := 'a' <= b && b <= 'z' || '0' <= b && b <= '9' || b == '_' || b == '`'
		if !lower && b != ']' && b != ')' {
			continue
		}
		rest := w[i+1:]
		if RunRow.TypeLen(rest) > 0 {
			return true
		}
		n := RunRow.LowerTypeLen(rest)
		if !lower || n == 0 {
			continue
		}
		after := strings.TrimPrefix(rest[n:], "`")
		if strings.HasPrefix(after, "true") || strings.HasPrefix(after, "false") || after != "" && 'A' <= after[0] && after[0] <= 'Z' {
			return true
		}
	}
	return false
}

// mayRunRow reports whether w may hold a match of rowRun: every match
// holds a capital right after a lower-case letter, a digit, '_', ']', ')'
// or '`' (the type's capital, or the next cell's after a type in lower
// case), or "true" or "false". A word of prose holds neither most of the
// time.
func mayRunRow(w string) bool {
	for i := 1; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			switch b := w[i-1]; {
			case 'a' <= b && b <= 'z', '0' <= b && b <= '9', b == '_', b == ']', b == ')', b == '`':
				return true
			}
		}
	}
	return strings.Contains(w, "true") || strings.Contains(w, "false")
}

// refuseParagraphs refuses, at its line, each text block outside a code
// block that holds a table written as one paragraph (OneParagraphTable),
// or that begins with a table's header and text goes on after it
// (headedText): its rows would be lost without a word, but for a block
// at a line of told, refused already. It tells whether it refused one.
func refuseParagraphs(src Source, blocks []Block, told []int) bool {
	code, refused := false, false
	for k, b := range blocks {
		switch {
		case b.Table != nil, slices.Contains(told, b.Line):
		case IsFence(b.Text):
			code = !code
		case code:
		case OneParagraphTable(b.Text):
			refused = true
			src.Report.Fail(At(src.Name, b.Line), "line %d holds a table written as one paragraph (%q%s), its cells run together and its rows set apart by a space: nothing tells where a cell or a row ends, and its rows would be lost. Convert the page again with a converter or an option that keeps its tables as rows (html2markdown: --plugin-table --opt-table-newline-behavior=preserve; pandoc -t gfm; a browser's Save Page As, HTML), or write the table as rows of pipes (| cell | cell |)", b.Line, Clip(b.Text), namedParagraphTables(b.Text))
		case headedText(blocks, k):
			refused = true
			src.Report.Fail(At(src.Name, b.Line), "line %d begins with a table's header (%q) and text goes on after it, but no table was read there: the table reads as text, and its rows would be lost. Write the table so that its style reads it (a ruler or a rule under its header row, its cells set apart by two spaces or more, a row a line), or set the header apart from the text around it", b.Line, Clip(strings.Join(strings.Fields(b.Text), " ")))
		}
	}
	return refused
}

// maxNamedTables is the most tables the refusal of a table written as
// one paragraph names (namedParagraphTables); it counts the others.
const maxNamedTables = 6

// namedParagraphTables names, for the refusal of a table written as one
// paragraph, the tables that its run-together headers begin
// (RunTogetherHeader: "NameTypeMandatoryDescription"), each with its
// header's columns and its title where the paragraph sets one apart by a
// run of spaces before the header ("   Request Parameters
// NameTypeMandatoryDescription"), as a page whose blocks a converter ran
// together into one line writes them: "; tables: "Request Parameters":
// Name, Type, Mandatory, Description; …". It returns "" where the
// paragraph holds no such header, and names what it found, never where
// a cell or a row ends. A segment between runs of spaces that begins
// with the header of a table of codes, its labels of many words run
// together, and a code ("Status CodeStatus Code Description…
// 200Normal…") is named by its labels (LeadingCodeHeader).
func namedParagraphTables(t string) string {
	var named []string
	title := ""
	for _, seg := range spaceGapRe.Split(strings.TrimSpace(t), -1) {
		words := strings.Fields(seg)
		headed := false
		for k, w := range words {
			head := RunTogetherHeader(strings.Trim(w, "*_`"))
			if head == nil {
				continue
			}
			name := strings.Join(head, ", ")
			if before := strings.Join(words[:k], " "); !headed && k > 0 && k <= maxTitleWords {
				title = before
			} else if headed || k > 0 {
				title = ""
			}
			if title != "" {
				name = fmt.Sprintf("%q: %s", title, name)
			}
			named = append(named, name)
			headed, title = true, ""
		}
		if labels, _, _ := LeadingCodeHeader(caseCutRe.ReplaceAllString(seg, "$1 $2")); !headed && labels != nil {
			name := strings.Join(labels, ", ")
			if title != "" {
				name = fmt.Sprintf("%q: %s", title, name)
			}
			named = append(named, name)
			headed = true
		}
		if !headed && len(words) <= maxTitleWords {
			title = seg
		} else {
			title = ""
		}
	}
	switch {
	case len(named) == 0:
		return ""
	case len(named) > maxNamedTables:
		named = append(named[:maxNamedTables], fmt.Sprintf("and %d more", len(named)-maxNamedTables))
	}
	return "; tables: " + strings.Join(named, "; ")
}

// caseCutRe matches where a cell of a table written as one paragraph
// may run into the next: a capital after a lower-case letter or a digit
// ("Status CodeStatus Code Description", "200Normal").
var caseCutRe = regexp.MustCompile(`([a-z0-9])([A-Z])`)

// spaceGapRe matches a run of two spaces or more, or a tab, that a
// converter which ran a page's blocks into one line sets between two of
// them.
var spaceGapRe = regexp.MustCompile(`[ \t]{2,}|\t`)

// headedText tells whether text block k begins with a table's header
// (leadingHeader) and text goes on after it: on its line, or on the next
// line, a text block; or begins with the header of a table of codes, its
// labels of many words, and a code after it (LeadingCodeHeader). A style that reads the table reads its header in
// it, a header alone over a table (its title) is followed by the
// table, and a header over its rule with no row under it (an empty
// table a style does not read) by no words.
func headedText(blocks []Block, k int) bool {
	b := blocks[k]
	if labels, _, _ := LeadingCodeHeader(b.Text); labels != nil {
		return true
	}
	n := leadingHeader(b.Text)
	if n == 0 {
		return false
	}
	if len(strings.Fields(b.Text)) > n {
		return true
	}
	return k+1 < len(blocks) && blocks[k+1].Table == nil && blocks[k+1].Line == b.Line+1 && holdsWords(blocks[k+1].Text)
}

// holdsWords tells whether a text line holds a letter or a digit: a
// rule under a header (of dashes, "=" or box-drawing characters, a
// fence) holds none, whatever style failed to read the table.
func holdsWords(t string) bool {
	return strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// RefuseUnstyled refuses, at its line, each line of a page whose style
// none tells that holds a table written as one paragraph
// (OneParagraphTable), as Read does for a page in a style. It tells
// whether it refused one: such a page is no page without a table.
func RefuseUnstyled(src Source) bool {
	blocks := make([]Block, len(src.Lines))
	for i, l := range src.Lines {
		blocks[i] = Block{Line: i + 1, Text: strings.TrimSpace(l)}
	}
	return refuseParagraphs(src, blocks, nil)
}

// camelHeader tells whether a word is the column names of a table's
// header run together, each capitalised, every one a column word
// ("NameTypeDescription"): a name's or a code's column, and a type's or
// a requiredness's.
func camelHeader(w string) bool {
	var head []string
	start := 0
	for i := 1; i <= len(w); i++ {
		if i < len(w) && (w[i] < 'A' || w[i] > 'Z') {
			if (w[i] < 'a' || w[i] > 'z') && (w[i] < '0' || w[i] > '9') {
				return false
			}
			continue
		}
		head = append(head, w[start:i])
		start = i
	}
	if len(head) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return fieldHeader(head)
}

// fieldHeader tells whether cells name a table of fields by their words
// alone: each a column word (ColumnsOf), a name's or a code's among them
// and a type's or a requiredness's.
func fieldHeader(cells []string) bool {
	cols, ok := ColumnsOf(cells)
	return ok && !slices.Contains(cols, ColOther) && (slices.Contains(cols, ColName) || slices.Contains(cols, ColCode)) && (slices.Contains(cols, ColType) || slices.Contains(cols, ColRequired))
}

// minHeaderWords is the least column words that tell a table's header
// in a line of text (HeaderCells): two ("Name Type") begin prose too.
const minHeaderWords = 3

// HeaderCells tells whether cells are a table's header by their words
// alone, as no line of prose begins: minHeaderWords cells or more, each
// a column word, a name's or a code's among them and a type's or a
// requiredness's ("Code Type Required Description").
func HeaderCells(cells []string) bool {
	return len(cells) >= minHeaderWords && fieldHeader(cells)
}

// leadingHeader returns how many of a text line's first words are a
// table's header (HeaderCells), the most that are column words; 0 when
// they are none. It splits off the line's words only up to the first
// that is no column word: most lines begin with one.
func leadingHeader(t string) int {
	var held [8]string
	words := held[:0]
	for w := range strings.FieldsSeq(t) {
		if ColumnOf(w) == ColOther {
			break
		}
		words = append(words, w)
	}
	if !HeaderCells(words) {
		return 0
	}
	return len(words)
}
