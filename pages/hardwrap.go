package pages

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The hard wraps of an editor, or of a mail client without format=flowed,
// leave no mark at the end of the line they break: a wrapped line and
// the next are one only where the text tells. It does where a line ends
// in a cross reference's "See" and the next line is a name alone: "See"
// ends no sentence and no cell, and a name alone is no row of any style
// (a row has two cells), so the name is the rest of the reference the
// wrap cut ("The outcome. See" ⏎ "ReturnCode"). The line it is on ends
// no table, and names none. A wrap starts the rest at the margin: a name
// indented under the text before it is a cell's wrapped in its column
// (a print's), which its style reads.

var (
	// cutSeeRe matches a line that ends in a cross reference's "See".
	cutSeeRe = regexp.MustCompile(`(?:^|\s)See$`)
	// cutReferenceRe matches a line that is a type's name alone, as a
	// cross reference names it: "ReturnCode", "GenericModels.Item",
	// "Tier[]", with a full stop.
	cutReferenceRe = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?:\[\])?\.?$`)
	// rowCountRe matches the footer a database console prints under a
	// table: "(2 rows)".
	rowCountRe = regexp.MustCompile(`^\(\d+ rows?\)$`)
	// numberedItemRe matches the start of a numbered list's item: "1. ",
	// "2) ".
	numberedItemRe = regexp.MustCompile(`^\d+[.)]\s`)
	// rangeRestRe matches the start of a line that goes on with a range
	// that a wrap cut before its mark, the mark then the second bound
	// ("~ 3 entries", "– 300"): a tilde, a wave dash or an en dash;
	// hyphenRestRe a hyphen so, which only after a line that ends in a
	// number is no list item's ("(0" ⏎ "- 25 elements)").
	rangeRestRe  = regexp.MustCompile(`^[~～〜–]\s*[-+]?\d`)
	hyphenRestRe = regexp.MustCompile(`^-\s+[-+]?\d`)
	// rangeCutRe matches the end of a line that a wrap cut in a range
	// after its mark ("0 ~" ⏎ "3 entries"), and endsNumberRe one that it
	// cut before ("0" ⏎ "~ 3 entries").
	rangeCutRe   = regexp.MustCompile(`\d\s*[~～〜–]$|\d\s+-$`)
	endsNumberRe = regexp.MustCompile(`\d$`)
	// numberStartRe matches a line that starts with a number.
	numberStartRe = regexp.MustCompile(`^[-+]?\d`)
)

// joinCutReferences joins each line that ends in "See" with the next
// when that is a name alone at the page's margin (pageMargin), with a
// warning at the line. The name may bear the number in brackets of its link
// ("[11]GenericModels.Item": lynx -dump, HTML::FormatText::WithLinks),
// which the style reads out of the page (Unnumbered).
func (t *Text) joinCutReferences(name string, rep *Reporter) {
	margin := pageMargin(t.Lines)
	for i := len(t.Lines) - 2; i >= 0; i-- {
		l := strings.TrimRight(t.Lines[i], " \t")
		next := strings.TrimRight(t.Lines[i+1], " \t")
		ref := strings.TrimLeft(next, " \t")
		if !EndsInSee(l) || indent(next) != margin || !cutReferenceRe.MatchString(Unnumbered(ref)) {
			continue
		}
		rep.Warn(At(name, t.line(i)), "line %d ends in \"See\" and line %d is the name %q alone, as a line an editor or a mail client wrapped leaves a cross reference: read as one line", t.line(i), t.line(i+1), ref)
		t.Lines[i] = l + " " + ref
		t.drop(i+1, i+2)
	}
}

// pageMargin is the indent of a page's least indented line that is not
// blank: the left margin its text starts at (0, or the three spaces of
// HTML::FormatText's), where a wrap starts the rest of a line.
func pageMargin(lines []string) int {
	margin := -1
	for _, l := range lines {
		if strings.TrimSpace(l) != "" && (margin < 0 || indent(l) < margin) {
			margin = indent(l)
		}
	}
	return max(margin, 0)
}

// indent is the number of spaces and tabs a line starts with.
func indent(l string) int { return len(l) - len(strings.TrimLeft(l, " \t")) }

// EndsInSee reports whether a text ends in a cross reference's "See",
// which ends no sentence and no cell: the name it refers to follows.
func EndsInSee(text string) bool {
	return cutSeeRe.MatchString(text)
}

// StartsMidSentence reports whether a line begins as the rest of a cell
// that a line break or a hard wrap cut does, and as no sentence, title,
// row or text after a table: with a bound or a default in parentheses
// ("(Default: true)", "(up to 64 characters)"; not a database console's
// count of the rows of the table above, "(2 rows)"), a word in lower case
// or a number that is no list item's ("0 when it never does"); not a
// heading written with its tag's name, "h4: Pen" (TaggedHeading); or
// with a range's mark and its second bound, which no list item or title
// begins with ("~ 3 entries": a wrap cut "0 ~ 3 entries" before the
// mark).
func StartsMidSentence(l string) bool {
	t := strings.TrimSpace(l)
	r, _ := utf8.DecodeRuneInString(t)
	return r == '(' && !rowCountRe.MatchString(t) || unicode.IsLower(r) && !TaggedHeading(t) || unicode.IsDigit(r) && !numberedItemRe.MatchString(t) || rangeRestRe.MatchString(t)
}

// CutRange reports whether a wrap cut a range of numbers between a text
// and the line after it, rest: the text ends with the first bound and the
// rest begins with the mark and the second ("0" ⏎ "~ 3 entries", "(0" ⏎
// "- 25 elements)"), or the text ends with the mark and the rest begins
// with the second bound ("1 ~" ⏎ "4 entries"). The rest is the text's,
// whatever follows it: its range has no bound on a line of its own.
func CutRange(text, rest string) bool {
	t, r := strings.TrimSpace(text), strings.TrimSpace(rest)
	return endsNumberRe.MatchString(t) && (rangeRestRe.MatchString(r) || hyphenRestRe.MatchString(r)) || rangeCutRe.MatchString(t) && numberStartRe.MatchString(r)
}

// Rest is what makes a line read as the rest of a table's cell that a
// hard wrap or a line break cut (WrapRest), which a reader may tell in
// its warning; NoRest where nothing does.
type Rest int

const (
	// NoRest: the line may begin a title, a sentence or a row of its
	// own, and stays text.
	NoRest Rest = iota
	// RestOfRange: the line goes on with a range of numbers that the
	// cell's end cuts (CutRange: "0" ⏎ "~ 3 entries").
	RestOfRange
	// RestDefault: the line states a default or a bound (StatesDefault:
	// "Defaults to false.").
	RestDefault
	// RestClosing: the line begins as the rest of a sentence does and
	// closes the parenthesis that the cell leaves open ("(0 – 25" ⏎
	// "elements) See X").
	RestClosing
	// RestParenthesis: the line begins with a bound or a default in
	// parentheses ("(default: 10)").
	RestParenthesis
	// RestOfSentence: the line begins in lower case or with a number, as
	// the rest of a sentence does, under a cell of words (a wrap cuts a
	// cell at a space in it: a cell of one word, "true", is whole) that
	// ends no sentence.
	RestOfSentence
)

// WrapRest tells whether a line right under a table's row reads as the
// rest of that row's cell whose text is cell, which a hard wrap (or a
// line break of the cell) cut, in any style: a range's cut rest, a
// stated default or bound, the close of the cell's open parenthesis, a
// bound or default in parentheses, or a line in lower case or starting
// with a number under a cell of words that ends no sentence. A title
// (TitleLine, by the page's lexicon words, nil where the style reads
// none) ends the row, whatever it holds; a line that may be a title or
// begin a sentence stays text (BeginsAsRest): one in upper case, an
// HTTP status, a number alone, a list item. What a style adds (a
// separator, an indentation, a column, the lines after it) its reader
// checks.
func WrapRest(words Lexicon, cell, line string) Rest {
	c, l := strings.TrimSpace(cell), strings.TrimSpace(line)
	switch {
	case TitleLine(words, l):
		return NoRest
	case CutRange(c, l):
		return RestOfRange
	case StatesDefault(l):
		return RestDefault
	case !BeginsAsRest(l):
		return NoRest
	case strings.Count(c, "(") > strings.Count(c, ")") && closesParen(l):
		return RestClosing
	case strings.HasPrefix(l, "("):
		return RestParenthesis
	case strings.ContainsRune(c, ' ') && !EndsSentence(c):
		return RestOfSentence
	}
	return NoRest
}

// TitleLine reports whether a line is a title, no cell's rest, whatever
// cell stands above it: a heading (Markdown's "#" marks, a level written
// with its tag's name: "h3: Request Headers") or, by the page's lexicon
// words where there is one, a section title (EndsTable: "Response
// Body"). A converter that writes no blank line after a table's last row
// sets the title of what follows right under it.
func TitleLine(words Lexicon, l string) bool {
	t := strings.TrimSpace(l)
	return atxHeadingRe.MatchString(t) || TaggedHeading(t) || words != nil && words.EndsTable(StripHeading(t))
}

// ParagraphsRest reads the paragraphs under a row short of its last
// cell, from the blank line at j, as that cell, where a row of the same
// table follows them: a converter that writes each <p> of a cell as a
// block of its own, blank lines around it (go-readability's RenderText,
// a browser's innerText; html2markdown and godown under a row of pipes
// that does not close), sets the row's other cells on its line and the
// cell's paragraphs under it, the next row right after them. It returns
// the index of that row's line and the paragraphs, each one's lines
// joined with a space; j and nil where the lines are no such cell: they
// come to no row of the table (row: not its header, nor a row of
// another), or a line ends the reading (stop: a row of another table, a
// header), or one may be a title (a heading, a type's name alone: the
// title of a table after it), a fence, a ruler or a page's mark. The
// row short of its last cell and the table going on after them are what
// tell a cell's paragraphs from text between two tables; the reader
// checks the first, and warns of the cell it reads so. gatherParagraphs
// gathers the paragraphs, MaxRestLines lines each at most.
func ParagraphsRest(lines []string, j int, row, stop func(k int) bool) (int, []string) {
	return gatherParagraphs(lines, j, MaxRestLines, func(k int, t string) (string, bool, bool) {
		if row(k) {
			return "", true, true
		}
		return t, false, !stop(k) && paragraphLine(t)
	})
}

// ParagraphAfter returns the line of the paragraph that follows the blank
// line at j, past maxCellBlanks blank lines at most, where one follows
// that may be a cell's, as ParagraphsRest reads one: no heading, type's
// name alone, fence, ruler or page's mark; -1 where none does. row tells
// whether a line is a row, which is no paragraph.
func ParagraphAfter(lines []string, j int, row func(k int) bool) int {
	for k := j; k < len(lines) && k <= j+maxCellBlanks; k++ {
		if t := strings.TrimSpace(lines[k]); t != "" {
			if row(k) || !paragraphLine(t) {
				return -1
			}
			return k
		}
	}
	return -1
}

// paragraphLine reports whether a line may be a line of a cell's
// paragraph: it is no heading (Markdown's, one written with its tag's
// name), no type's name alone (the title of a table after it), no fence,
// ruler or page's mark.
func paragraphLine(t string) bool {
	return !IsFence(t) && !IsRuler(t) && !IsPageMark(t) && !markdownHeadingRe.MatchString(t) && !TaggedHeading(t) && !cutReferenceRe.MatchString(t)
}

// BeginsAsRest reports whether a line, whatever stands above it, reads
// as the rest of a cell and as no title, text or code of its own: it
// states a default or a bound (StatesDefault), or it begins as the rest
// of a cell does (StartsMidSentence: a bound or a default in
// parentheses, a word in lower case, a number) and is no HTTP status
// ("200 Ok", a title over a status's response body) nor a number alone
// (a code block's line number, a page's).
func BeginsAsRest(l string) bool {
	l = strings.TrimSpace(l)
	if StatesDefault(l) {
		return true
	}
	return StartsMidSentence(l) && !statusTitleRe.MatchString(l) && strings.TrimFunc(l, unicode.IsDigit) != ""
}

// statusTitleRe matches a line that is an HTTP status, alone or with its
// reason ("200 Ok").
var statusTitleRe = regexp.MustCompile(`^[1-5][0-9][0-9](\s+\p{Lu}.*)?$`)

// closesParen reports whether a line closes a parenthesis before it opens
// one.
func closesParen(l string) bool {
	c := strings.IndexByte(l, ')')
	o := strings.IndexByte(l, '(')
	return c >= 0 && (o < 0 || c < o)
}

// EndsSentence reports whether a text ends a sentence: with a full stop,
// a question or an exclamation mark.
func EndsSentence(t string) bool {
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
}

// statedDefaultRe matches a sentence that states a default or a bound of
// the field a cell documents, as no title or text after a table starts
// ("Defaults to false.", "At most 10 items").
var statedDefaultRe = regexp.MustCompile(`^(Defaults? (to|is|value)\b|Default:|(At most|At least|Up to) [0-9])`)

// StatesDefault reports whether a line is a sentence that states a
// default or a bound ("Defaults to false."): a cell's second paragraph,
// or a note between two rows that reads as a fact of the row above.
func StatesDefault(l string) bool {
	return statedDefaultRe.MatchString(strings.TrimSpace(l))
}

// A mail client without format=flowed, or an editor, wraps every line of
// a page longer than its width at a fixed column (72, 76, 78, 80): at the
// last space within the width, the space dropped (a word wrap), or at the
// column itself, inside a word or a number, as fold -w and some clients
// cut a line (a fold). The page as a whole shows it: no line is longer
// than the width but one word that no wrap could break, and many lines
// end where the next line's first word would not have fitted within it;
// in a fold, as many of them are as wide as the width as are a little
// narrower. A fold is undone where the page shows it: each line as wide
// as the width is joined to the next without a space, as the fold cut
// it, so that a name or a bound cut in two (`60.0 ~ 110.` ⏎ `0`) is whole
// again. A line one column narrower may be one whose cut fell on a space
// the client trimmed, or a line that ends there: it is not joined. A
// word wrap leaves no mark that tells a wrapped line from the end of a
// line, and its width and the lines it may have broken tell a style
// where a row that is not closed may go on (Source.WrapBroke).

// Wrap is what a page's lines tell of a hard wrap at a fixed column: the
// width, and the lines that may be broken lines of it.
type Wrap struct {
	// Width is the column the page's lines were wrapped at; 0 when its
	// lines tell no wrap.
	Width int
	// broken are the lines (by page line) that end where the next line's
	// first word would not have fitted within the width.
	broken map[int]bool
}

// WrapBroke reports whether line i of the source may be a line its page's
// hard wrap broke (Source.Wrap): the next line's first word would not
// have fitted on it.
func (s Source) WrapBroke(i int) bool {
	if s.At != nil && i < len(s.At) {
		return s.Wrap.broken[s.At[i]]
	}
	return s.Wrap.broken[i+1]
}

// minWrapBreaks is the least number of lines that end where the next
// word would not have fitted of a page wrapped at a column. A word wrap
// breaks lines up to foldSlack columns short of its width, a word's
// length, as often as at the width itself; a fold breaks them at the
// width, and a line a little shorter is one that ends there.
const (
	minWrapBreaks = 3
	foldSlack     = 8
)

// firstWord is a line's first word.
func firstWord(l string) string {
	l = strings.TrimLeft(l, " \t")
	if k := strings.IndexAny(l, " \t"); k >= 0 {
		return l[:k]
	}
	return l
}

// hardWrap returns what a text's lines tell of a hard wrap, and whether
// the wrap is a fold.
func (t *Text) hardWrap() (Wrap, bool) {
	lines := t.Lines
	width := 0
	for _, l := range lines {
		w := columns(l)
		if w > maxFlowedWidth {
			if breakable(l, maxFlowedWidth, columns) {
				return Wrap{}, false
			}
			continue
		}
		width = max(width, w)
	}
	if width < minFlowedWidth {
		return Wrap{}, false
	}
	broken := map[int]bool{}
	// wide counts the lines near the width, exact the broken ones as
	// wide as it (each text once: a table's header printed again is one
	// line of the page's), and near the broken ones a little narrower.
	wide, near := 0, 0
	exact := map[string]bool{}
	for i := 0; i+1 < len(lines); i++ {
		w := columns(lines[i])
		// A line padded with spaces (a text browser's table) is no
		// wrap's; a word wider than the width stands on a line of its
		// own, which the wrap broke.
		if w > width && !strings.ContainsAny(strings.TrimSpace(lines[i]), " \t") && strings.TrimSpace(lines[i+1]) != "" {
			broken[t.line(i)] = true
		}
		if w > width || strings.TrimSpace(lines[i+1]) == "" || strings.TrimSpace(lines[i]) == "" || strings.HasSuffix(lines[i], " ") {
			continue
		}
		if w > width-10 {
			wide++
		}
		if w+1+columns(firstWord(lines[i+1])) > width {
			broken[t.line(i)] = true
			switch {
			case isBorderedLine(lines[i]):
			case w == width:
				exact[lines[i]] = true
			case w >= width-foldSlack:
				near++
			}
		}
	}
	if len(broken) < minWrapBreaks || 2*len(broken) < wide {
		return Wrap{}, false
	}
	return Wrap{Width: width, broken: broken}, len(exact) >= minWrapBreaks && len(exact) >= near
}

// borderRunes are the runes a drawn table's line starts and ends with:
// its walls, and its rules' junctions.
const borderRunes = "|+│║┃┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬"

// isBorderedLine reports whether a line is a drawn table's whole line,
// a row's or a rule's: it starts and ends with a wall or a junction, or
// it holds a wall or a junction of box drawing (drawnBoxLine). A grid
// that pandoc draws to the page's width is as wide as a fold's lines,
// but a fold that cut such a line would leave it without its end: its
// width tells no fold, and it is joined to no line.
func isBorderedLine(l string) bool {
	t := strings.TrimSpace(l)
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	return utf8.RuneCountInString(t) > 1 && strings.ContainsRune(borderRunes, first) && strings.ContainsRune(borderRunes, last) || drawnBoxLine(l)
}

// boxInnerRunes are the walls and the inner junctions of a table drawn
// with box-drawing characters.
const boxInnerRunes = "│║┃┬┴┼╦╩╬╤╧╪╥╨╫┳┻╋┯┷┿"

// drawnBoxLine reports whether a line is a line of a table drawn with
// box-drawing characters, which no text writes: it holds one of its
// walls or inner junctions. A grid without an outer border (Rust's
// html2text) starts and ends its lines with text or a rule's fill, its
// cells padded with spaces to the grid's width; its lines are neither a
// fold's nor a mail client's.
func drawnBoxLine(l string) bool {
	return strings.ContainsAny(l, boxInnerRunes)
}

// unfold joins each line of a fold as wide as its width to the next, as
// the fold cut it, without a space; with a warning.
func (t *Text) unfold(name string, rep *Reporter, w Wrap) {
	var joins []int
	for i := 0; i+1 < len(t.Lines); i++ {
		if w.broken[t.line(i)] && columns(t.Lines[i]) == w.Width && !isBorderedLine(t.Lines[i]) {
			joins = append(joins, i)
		}
	}
	rep.Warn(At(name, t.line(joins[0])), "the page is cut at %d columns, inside words and numbers, as fold -w and some mail clients cut a line: read each of its %d lines that are as wide (the first at line %d) as one with the line after it", w.Width, len(joins), t.line(joins[0]))
	for k := len(joins) - 1; k >= 0; k-- {
		i := joins[k]
		t.Lines[i] += t.Lines[i+1]
		t.drop(i+1, i+2)
	}
}

var (
	// cutMethodRe matches a line that is an HTTP method alone, and
	// cutTargetRe the line of a request's target a wrap put under it: a
	// path, with its version or without.
	cutMethodRe = regexp.MustCompile(`^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$`)
	cutTargetRe = regexp.MustCompile(`^/\S*(?: HTTP/\d(?:\.\d)?)?$`)
	// cutRequestRe matches a request line without its version, and
	// cutVersionRe the version alone a wrap put under it.
	cutRequestRe = regexp.MustCompile(`^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /\S*$`)
	cutVersionRe = regexp.MustCompile(`^HTTP/\d(?:\.\d)?$`)
)

// joinCutRequestLines joins the parts of an example's request line that
// a hard wrap put on lines of their own (Text.Wrap): a path longer than
// the width stands alone, between its method and its version ("GET" ⏎
// "/service/v4/codex/entries?…" ⏎ "HTTP/1.1"), each part on a line the
// wrap broke; with a warning at each.
func (t *Text) joinCutRequestLines(name string, rep *Reporter) {
	for i := 0; i+1 < len(t.Lines); i++ {
		l := strings.TrimSpace(t.Lines[i])
		next := strings.TrimSpace(t.Lines[i+1])
		// The line the method stands on is broken where the target
		// would not fit; the target's, where the version would not.
		if !t.Wrap.broken[t.line(i)] && !t.Wrap.broken[t.line(i+1)-1] || !(cutMethodRe.MatchString(l) && cutTargetRe.MatchString(next) || cutRequestRe.MatchString(l) && cutVersionRe.MatchString(next)) {
			continue
		}
		rep.Warn(At(name, t.line(i)), "line %d ends where %q, on line %d, would not fit in the page's wrap at %d columns: read as one request line, which a hard wrap cut", t.line(i), Clip(next), t.line(i+1), t.Wrap.Width)
		t.Lines[i] = l + " " + next
		t.drop(i+1, i+2)
		i-- // the version may follow the target
	}
}

// cutNumberRe matches the end of a line that a cut at the column may
// have left inside a number ("110.", "1 ~ 5"), and cutNumberRestRe the
// start of the next line that goes on with its digits ("0 (default").
var (
	cutNumberRe     = regexp.MustCompile(`\d\.?$`)
	cutNumberRestRe = regexp.MustCompile(`^\d`)
)

// joinCutNumbers joins each line as wide as a word wrap's width that ends
// inside a number to the next, which goes on with digits, without a
// space: a word wrap would have put the whole number on the next line,
// so the column cut it (60.0 ~ 110. ⏎ 0), and the number is whole again,
// with a warning, rather than read as two that no bound of the page is.
func (t *Text) joinCutNumbers(name string, rep *Reporter) {
	for i := len(t.Lines) - 2; i >= 0; i-- {
		l, next := t.Lines[i], t.Lines[i+1]
		if !t.Wrap.broken[t.line(i)] || columns(l) != t.Wrap.Width || !cutNumberRe.MatchString(l) || !cutNumberRestRe.MatchString(next) {
			continue
		}
		number := cutNumberRe.FindString(l) + firstWord(next)
		rep.Warn(At(name, t.line(i)), "line %d ends at the page's wrap of %d columns inside a number, which line %d goes on with (%q): read as one number, as a cut at the column leaves it; if the page means two, write them on one line", t.line(i), t.Wrap.Width, t.line(i+1), Clip(number))
		t.Lines[i] = l + next
		t.drop(i+1, i+2)
	}
}

// A rule of dashes that pandoc draws under a table's header (or over a
// table without one), or the ruler of pipes under a Markdown table's
// header, wider than the width a hard wrap breaks lines at, is cut at a
// space between two of its runs: its rest, a line of dashes and spaces
// (of pipes, colons and dashes), goes on at the margin, and the runs on
// the rule no longer stand over their columns, which a dashed table's
// rows are split at; a ruler of fewer cells than its header is none. A
// line of the rule's marks right under it, at its margin or left of it,
// whose first word would not have fitted on the rule within any width a
// wrap breaks at (minFlowedWidth), is the rule's rest: for a rule of
// dashes, where the rule alone stops short of the table's text (the
// header over it, else the line under its rest), or where the rule and
// its rest are, joined, the table's closing rule; for a ruler, while it
// has fewer cells than its header, up to as many and its closing pipe.
// The rest is joined with a space, the one the wrap dropped, with a
// warning. A run of dashes wider than the width has no space to be cut
// at: the wrap cuts it at the width itself (fold -s), and its rest, a
// line of dashes alone at the margin, goes on under the piece the width
// filled; that rest is joined without a space (cutInRun), so that the
// run stays one column over its cells.

// dashMarks and rulerMarks are the marks a rule is drawn with: dashes,
// and for a ruler of pipes, pipes and colons too.
const (
	dashMarks  = "- "
	rulerMarks = "-:| "
)

// ruleLine reports whether a line is a rule, or the rest of one, drawn
// with marks (dashMarks, rulerMarks), and returns its indent. A rule of
// dashes holds a run of two dashes; a ruler's rest may be its closing
// pipe alone.
func ruleLine(l, marks string) (indent int, ok bool) {
	t := strings.TrimRight(AsDashes(l), " ")
	if t == "" || strings.Trim(t, marks) != "" || marks == dashMarks && !strings.Contains(t, "--") {
		return 0, false
	}
	return len(t) - len(strings.TrimLeft(t, " ")), true
}

// joinCutRules joins each rule a hard wrap cut with its rest, with a
// warning at the rule.
func (t *Text) joinCutRules(name string, rep *Reporter) {
	for i := 0; i+1 < len(t.Lines); i++ {
		marks := dashMarks
		if strings.HasPrefix(strings.TrimSpace(t.Lines[i]), "|") {
			marks = rulerMarks
		}
		indent, ok := ruleLine(t.Lines[i], marks)
		if !ok || !strings.Contains(AsDashes(t.Lines[i]), "--") || marks == rulerMarks && t.rulerCells(i, t.Lines[i]) >= 0 {
			continue
		}
		rule := strings.TrimRight(t.Lines[i], " ")
		// whole: the rule reaches its table's text, and only the rest
		// of a run cut at the width goes on.
		n, inRun, whole := 0, 0, false
		for j := i + 1; j < len(t.Lines); j++ {
			rest := strings.TrimRight(t.Lines[j], " ")
			if marks == dashMarks && t.cutInRun(rule, j) {
				rule, n, inRun = rule+rest, n+1, inRun+1
				continue
			}
			at, ok := ruleLine(rest, marks)
			if whole || !ok || at > indent || columns(rule)+1+columns(firstWord(rest)) <= minFlowedWidth {
				break
			}
			joined := rule + " " + rest
			if marks == rulerMarks {
				// A ruler is cut while it has fewer cells than its
				// header, and whole with as many and its closing pipe.
				if t.rulerCells(i, joined) > 0 {
					break
				}
				rule, n = joined, n+1
				if t.rulerCells(i, rule) == 0 && strings.HasSuffix(rule, "|") {
					break
				}
				continue
			}
			if !t.stopsShort(i, j, rule) && !t.closedBy(j, joined) {
				break
			}
			rule, n = joined, n+1
			whole = t.closedBy(j, rule) || !t.stopsShort(i, j, rule)
		}
		if n > 0 {
			t.joinRule(name, rep, i, n, inRun, rule)
		}
		t.indentCutTop(name, rep, i)
	}
}

// joinRule joins the rule at line i with the n lines of its rest, inRun
// of them the rest of a run the width cut.
func (t *Text) joinRule(name string, rep *Reporter, i, n, inRun int, rule string) {
	if inRun > 0 {
		rep.Warn(At(name, t.line(i)), "the rule at line %d goes on at line %d, as a rule a hard wrap cut between two of its runs and inside its last run, which is wider than the wrap's %d columns: read as one rule, each run over its column; if they are not, join the lines on the page", t.line(i), t.line(i+n), t.Wrap.Width)
	} else {
		rep.Warn(At(name, t.line(i)), "the rule at line %d goes on at line %d, as a rule a hard wrap cut between two of its runs: read as one rule, each run over its column; if they are not, join the lines on the page", t.line(i), t.line(i+n))
	}
	t.Lines[i] = rule
	t.drop(i+1, i+1+n)
}

// indentCutTop gives back its indent to the rule of one run at line i, a
// multiline table's top rule, that a hard wrap cut in its indent (fold
// -s breaks a line at its last blank within the width, and finds none
// in the run): the run stands at the margin, under the blank line the
// indent's spaces left, and as wide as the rule of runs under the
// table's header (joinedRule) from that rule's first column to its end,
// as pandoc draws a top rule, a rule wider than the width. The blank line is dropped, with a
// warning.
func (t *Text) indentCutTop(name string, rep *Reporter, i int) {
	top := t.Lines[i]
	if i == 0 || strings.TrimSpace(t.Lines[i-1]) != "" || !dashesAlone(top) || indent(top) > 0 || t.Wrap.Width == 0 {
		return
	}
	for k := i + 1; k < len(t.Lines) && k <= i+maxCutRests+1 && strings.TrimSpace(t.Lines[k]) != ""; k++ {
		rule, _ := t.joinedRule(k)
		starts := ruleStarts(rule)
		if starts == nil {
			continue
		}
		if starts[0] == 0 || starts[0]+columns(top) != columns(rule) || columns(rule) <= t.Wrap.Width {
			return
		}
		rep.Warn(At(name, t.line(i)), "the rule at line %d stands at the margin, under a blank line, and is as wide as the table's rule of runs at line %d from its first column on: read as the table's top rule at that column, which a hard wrap cut in its indent (fold -s)", t.line(i), t.line(k))
		t.Lines[i] = strings.Repeat(" ", starts[0]) + top
		t.drop(i-1, i)
		return
	}
}

// cutInRun reports whether line j is the rest of rule, a rule of dashes,
// that a hard wrap at the page's width (Text.Wrap) cut inside its last
// run: line j is dashes alone at the page's margin, and the page line
// over it, which the wrap broke, is the run's last piece, as wide as the
// width (the run, which starts a page line, is a whole number of
// widths).
func (t *Text) cutInRun(rule string, j int) bool {
	width := t.Wrap.Width
	if width == 0 || !dashesAlone(t.Lines[j]) || !t.Wrap.broken[t.line(j)-1] {
		return false
	}
	run := columns(rule[strings.LastIndexByte(rule, ' ')+1:])
	return run >= width && run%width == 0
}

// dashesAlone reports whether a line is dashes alone at the margin, one
// dash at least: the rest of a run of a rule that a wrap cut at its width.
func dashesAlone(l string) bool {
	rest := strings.TrimRight(AsDashes(l), " ")
	return rest != "" && strings.Trim(rest, "-") == ""
}

// stopsShort reports whether rule, a rule at line i whose rest would
// end at line j, stops short of the table's text: the header right over
// it, else the first line under line j that is no rule's rest (a rule's
// line, or dashes alone: the rest of a run that the width cut, as
// cutInRun joins it).
func (t *Text) stopsShort(i, j int, rule string) bool {
	text := ""
	if i > 0 && strings.TrimSpace(t.Lines[i-1]) != "" {
		text = t.Lines[i-1]
	} else {
		for k := j + 1; k < len(t.Lines); k++ {
			if _, ok := ruleLine(t.Lines[k], dashMarks); !ok && !dashesAlone(t.Lines[k]) {
				text = t.Lines[k]
				break
			}
		}
	}
	return columns(strings.TrimRight(text, " ")) > columns(rule)
}

// rulerCells compares the cells of ruler, at line i, with those of the
// header row over it: negative where it has fewer, as a ruler a wrap
// cut does, 0 where as many, positive where more or no header stands
// over it.
func (t *Text) rulerCells(i int, ruler string) int {
	if i == 0 {
		return 1
	}
	return len(SplitPipes(strings.TrimSpace(ruler))) - len(SplitPipes(strings.TrimSpace(t.Lines[i-1])))
}

// closedBy reports whether a line after line j, before two blank lines
// in a row, is rule: the closing rule of the table the rule opens.
func (t *Text) closedBy(j int, rule string) bool {
	for k := j + 1; k < len(t.Lines); k++ {
		l := strings.TrimRight(t.Lines[k], " ")
		if l == rule {
			return true
		}
		if l == "" && k+1 < len(t.Lines) && strings.TrimSpace(t.Lines[k+1]) == "" {
			return false
		}
	}
	return false
}

// WrappedRowRest returns the text a hard wrap put under the row at line
// i of a table whose rows are a line each and close with no pipe (XWiki's,
// Emacs Muse's), and the last line of it: the lines right under the row
// with no pipe that begin as the rest of a cell does (LostPipeRest), up
// to MaxWrap, as no row and no line of text of its own does. It warns at
// the row when there is such a rest, which the row's last cell takes; it
// returns "" and i when there is none.
func WrappedRowRest(src Source, i int) (string, int) {
	k := LostPipeRest(src, i)
	if k == i {
		return "", i
	}
	var rest []string
	for j := i + 1; j <= k; j++ {
		rest = append(rest, strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(src.Lines[j]), "|")))
	}
	text := strings.Join(rest, " ")
	src.Report.Warn(At(src.Name, i+2), "the row at line %d goes on at the line under it, with no pipe, beginning as the rest of a cell does (%q), as no row and no line of text of its own does: read as the rest of that row's last cell, which a hard wrap cut", i+1, Clip(text))
	return text, k
}

// A row of a table drawn with rules of dashes (pandoc's, -t plain or
// -t markdown) wider than a hard wrap's width is cut at its last space
// within the width, and its rest goes on at the margin, left of the
// table's first column, where no line of the table starts. A wrap that
// keeps no space at the end of the cut line (an editor's, fold -s with
// its trailing spaces trimmed) leaves no mark there (unflow joins a line
// that keeps one), but the width and the columns tell the cut: the line
// the wrap broke (Text.Wrap: the rest's first word would not have fitted
// on it) is a line of the table, a rule of runs over it or under it
// with no two blank lines between; the rest starts left of the rule's
// first column, is no rule, and holds one cell's text (no run of two
// spaces); and the table goes on under it (a line in its columns, or a
// rule), or the rest begins as the rest of a cell does (StartsMidSentence)
// where the table ends there. The rest is the text of the last column
// where the cut line's text ends in it (joined with a space), or where
// the cut line's text ends in the column before it and the rest, joined
// with a space, would run over the last column's start, which no cell's
// text does (set at the last column's start); else which column it goes
// on, nothing tells, and it stays where it is, for the style to report.
// A rest that the wrap cut again goes on likewise, each line broken.

// maxCutRowScan bounds the lines between a cut row and its table's rule
// of runs.
const maxCutRowScan = 200

// ruleStarts returns the display columns where the runs of a rule of
// dashes start, when it is a rule of runs (two at least, each of two
// dashes or more): a dashed table's columns.
func ruleStarts(l string) []int {
	l = AsDashes(l)
	if !strings.HasPrefix(strings.TrimLeft(l, " "), "--") {
		return nil
	}
	var starts []int
	col := 0
	for _, f := range strings.SplitAfter(strings.TrimRight(l, " "), " ") {
		run := strings.TrimRight(f, " ")
		switch {
		case run == "":
		case len(run) < 2 || strings.Trim(run, "-") != "":
			return nil
		default:
			starts = append(starts, col)
		}
		col += len(f)
	}
	if len(starts) < 2 {
		return nil
	}
	return starts
}

// cutRowColumns returns the columns of the dashed table that line i is
// a line of, as its rule of runs gives them (joinedRule): a rule under
// it, across its header's lines, or over it, across its rows and the
// blank lines that set them apart (not two in a row, nor a rule of one
// run, a multiline table's top or closing rule), its lines all right of
// the margin the rest at line i+1 starts at; nil where none is.
func (t *Text) cutRowColumns(i int) []int {
	margin := indent(t.Lines[i+1])
	for k := i + 2; k < len(t.Lines) && k <= i+maxCutRowScan && strings.TrimSpace(t.Lines[k]) != ""; k++ {
		if rule, _ := t.joinedRule(k); rule != "" {
			return ruleStarts(rule)
		}
		if indent(t.Lines[k]) <= margin {
			break
		}
	}
	for k := i; k >= 0 && k > i-maxCutRowScan; k-- {
		l := t.Lines[k]
		if strings.TrimSpace(l) == "" {
			if k > 0 && strings.TrimSpace(t.Lines[k-1]) == "" {
				return nil
			}
			continue
		}
		if _, ok := ruleLine(l, dashMarks); ok && indent(l) <= margin || dashesAlone(l) {
			continue // a rule's rest, under its rule
		}
		if rule, end := t.joinedRule(k); rule != "" {
			if end < len(t.Lines) && strings.TrimSpace(t.Lines[end]) == "" {
				return nil // a closing rule: the table ends over line i
			}
			return ruleStarts(rule)
		}
		if _, ok := ruleLine(l, dashMarks); ok || indent(l) <= margin {
			return nil
		}
	}
	return nil
}

// joinedRule returns the rule of runs at line k with its rest that a
// hard wrap put on the lines under it, at the margin left of it, joined
// as joinCutRules joins them (a run cut at the width goes on without a
// space, the next run one space after the last), and the index of the
// line after the rule's last line; "" where line k is no rule of runs.
func (t *Text) joinedRule(k int) (string, int) {
	rule := strings.TrimRight(t.Lines[k], " ")
	first := ruleStarts(rule)
	if first == nil {
		return "", k
	}
	piece := columns(rule)
	for k++; k < len(t.Lines); k++ {
		rest := strings.TrimRight(t.Lines[k], " ")
		at, ok := ruleLine(rest, dashMarks)
		switch {
		case dashesAlone(rest) && at == 0 && piece == t.Wrap.Width:
			rule += rest
		case (ok || dashesAlone(rest)) && at < first[0]:
			rule += " " + strings.TrimLeft(rest, " ")
		default:
			return rule, k
		}
		piece = columns(rest)
	}
	return rule, k
}

// foldBlank is the column a wrap that breaks lines at their blanks
// keeps for the blank after a word (fold -s): it puts a word on the next
// line where the word and the blank after it would not fit within the
// width, so that a line it broke may end a column shorter than where the
// next word would not have fitted.
const foldBlank = 1

// joinCutRows joins each rest of a dashed table's line that a hard wrap
// put at the margin to the line it cut, with a warning at the line, and
// reports whether it joined one.
func (t *Text) joinCutRows(name string, rep *Reporter) bool {
	joined := false
	for i := 0; i+1 < len(t.Lines); i++ {
		for piece := columns(strings.TrimRight(t.Lines[i], " ")); i+1 < len(t.Lines); {
			line, ok := t.cutRow(i, piece)
			if !ok {
				break
			}
			piece = columns(strings.TrimRight(t.Lines[i+1], " "))
			rep.Warn(At(name, t.line(i)), "line %d of the table drawn with dashes goes on at line %d, at the margin, left of the table's first column, and ends where %q would not fit in the page's wrap at %d columns: read as one line, which a hard wrap cut", t.line(i), t.line(i+1), Clip(firstWord(t.Lines[i+1])), t.Wrap.Width)
			t.Lines[i] = line
			t.drop(i+1, i+2)
			joined = true
		}
	}
	return joined
}

// cutRow returns line i of a dashed table with its rest at line i+1
// joined to it, if line i+1 is the rest that a hard wrap cut: piece is
// the width of the page line the rest was cut from (line i's, or that of
// the last rest joined to it), which ends where the rest's first word
// and a blank would not have fitted within the page's wrap, placed where
// the rest goes on (after a space in the last column, or at its start).
func (t *Text) cutRow(i, piece int) (string, bool) {
	rest := strings.TrimSpace(t.Lines[i+1])
	if rest == "" || indent(t.Lines[i+1]) >= indent(t.Lines[i]) || strings.Contains(rest, "  ") || isBorderedLine(rest) {
		return "", false
	}
	if _, ok := ruleLine(t.Lines[i+1], dashMarks); ok {
		return "", false
	}
	starts := t.cutRowColumns(i)
	// blank: line i is the spaces of an indent, which fold -s cuts a
	// line in where its first word would not fit (a line the wrap left
	// empty tells nothing of them: no cut is read there).
	blank := strings.TrimSpace(t.Lines[i]) == ""
	if starts == nil || indent(t.Lines[i+1]) >= starts[0] || !blank && indent(t.Lines[i]) < starts[0] || blank && (t.Lines[i] == "" || i == 0 || strings.TrimSpace(t.Lines[i-1]) == "") {
		return "", false
	}
	if !t.tableGoesOn(i+2, starts) && !StartsMidSentence(rest) {
		return "", false
	}
	line := strings.TrimRight(t.Lines[i], " ")
	last, end, at, word := starts[len(starts)-1], columns(line), lastCellStart(line), columns(firstWord(rest))
	if blank {
		// The wrap cut a line of the table in its indent: the rest's
		// first word, at the start of a column, would not have fitted
		// within the width, and at one column's start alone.
		if rest != firstWord(rest) {
			word += foldBlank
		}
		at := -1
		for _, s := range starts {
			if s <= t.Wrap.Width && s+word > t.Wrap.Width {
				if at >= 0 {
					return "", false
				}
				at = s
			}
		}
		if at < 0 {
			return "", false
		}
		return strings.Repeat(" ", at) + rest, true
	}
	switch {
	case at >= last && piece+1+word+foldBlank > t.Wrap.Width:
		return line + " " + rest, true
	case at >= starts[len(starts)-2] && at < last && end+1 < last && end+1+word > last && last+word+foldBlank > t.Wrap.Width:
		return line + strings.Repeat(" ", last-end) + rest, true
	}
	return "", false
}

// lastCellStart is the display column where the text of a table's line
// after its last run of two spaces or more starts: its last cell's.
func lastCellStart(line string) int {
	k := strings.LastIndex(line, "  ")
	if k < 0 {
		return indent(line)
	}
	return columns(line[:k]) + len(line[k:]) - len(strings.TrimLeft(line[k:], " "))
}

// maxCutRests bounds the lines a hard wrap put at the margin, and the
// blank lines among them, between two lines of a dashed table.
const maxCutRests = 4

// tableGoesOn reports whether the dashed table of the columns starts goes
// on at line j: a line of it (tableLine) there, or under rests a wrap put
// at the margin (the spaces of an indent the wrap cut in among them), up
// to maxCutRests lines, or right under a blank line after them, which
// sets two rows apart.
func (t *Text) tableGoesOn(j int, starts []int) bool {
	for k := j; k < len(t.Lines) && k < j+maxCutRests; k++ {
		switch {
		case t.Lines[k] == "":
			return k+1 < len(t.Lines) && t.tableLine(k+1, starts)
		case t.tableLine(k, starts):
			return true
		}
	}
	return false
}

// tableLine reports whether line j is a line of the dashed table of the
// columns starts: a rule, or a line whose text starts in its columns.
func (t *Text) tableLine(j int, starts []int) bool {
	if strings.TrimSpace(t.Lines[j]) == "" {
		return false
	}
	_, rule := ruleLine(t.Lines[j], dashMarks)
	return rule || indent(t.Lines[j]) >= starts[0]
}
