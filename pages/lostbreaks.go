package pages

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page whose line breaks between blocks were lost (the textContent of a
// minified docs site: soup's FullText, goquery's Text, get_text()) holds
// its headings, paragraphs and table rows on one line, each glued to the
// text before it: "Overview \u200BTune the bells…endpoint.Server
// \u200BRequire…Request Body \u200BCodeTypeRequiredDescriptionuserIdstring
// trueThe unique…(10 characters)belfryIdstringtrue…". The lines are
// recovered where the text marks a seam, and handed to the styles as a
// page of one row a line (the flattened style's).

// anchorMark is what a heading's permalink anchor leaves after its text
// in such a page: a space and the anchor's zero width space.
const anchorMark = " \u200B"

var (
	// headingFormRe matches a heading's text: one name, dotted or not
	// ("GenericModels.BellTuning"), or up to four words, the first a
	// capital or a number ("Request Body", "200 Ok").
	headingFormRe = regexp.MustCompile(`^(?:[A-Za-z_][A-Za-z0-9_.]*|[A-Z0-9][A-Za-z0-9]*(?: [A-Za-z0-9]+){0,3})$`)
	// fieldRowRe matches the start of a row of a table with a type
	// column: a field's name, a letter then letters and digits, the type
	// glued after it (typeAt tells where it begins).
	fieldRowRe = regexp.MustCompile(`^[a-z_][A-Za-z0-9_]*`)
	// headerNameRe matches the start of a row of a table of headers with
	// a type column: a header's name, its words joined by hyphens, the
	// type glued after its last word (typeAt tells where it begins).
	headerNameRe = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)+`)
	// labelledRequestRe matches a request line of a code block, the
	// label of its copy button glued after its path: the line without
	// the label (1), the path's last segment (2), the label (3).
	labelledRequestRe = regexp.MustCompile(`^((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /(?:\S*/)?([A-Za-z0-9_]+))(Copy to clipboard|Copy code|Copied!|Copy)$`)
	// requestStartRe matches the start of a request line: its method,
	// a space and its path's first slash.
	requestStartRe = regexp.MustCompile(`^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /`)
	// wordRe matches a word of a page: letters, digits and underscores.
	wordRe = regexp.MustCompile(`[A-Za-z0-9_]+`)
	// paragraphOpeningRe matches a paragraph's first two words, the
	// first a capital and lower-case letters ("Require permission").
	paragraphOpeningRe = regexp.MustCompile(`^([A-Z][a-z]+ [a-z]+)\b`)
	// descriptionWordRe matches a description's first word.
	descriptionWordRe = regexp.MustCompile(`^[A-Z][a-z]+ `)
	// memberRowRe matches the start of a row of a table of codes: a
	// member's name glued to its code, then its description, the next
	// row or nothing.
	memberRowRe = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*?-?[0-9]+(?:[A-Z]|$)`)
	// headerRowRe matches the start of a row of a table of headers: a
	// header's name, its words joined by hyphens, glued to its
	// requiredness or its description.
	headerRowRe = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)+(?:true|false|[A-Z])`)
)

// recoverLostBreaks returns the lines of a page's text whose line
// breaks between blocks were lost, told by two headings at least on one
// line each followed by its permalink anchor's zero width space
// (anchorMark) and the next block's text glued on (gluedMarks), split at each heading (headingStart), and in the text
// between two headings at a code block's language label, a callout's
// label, a table's header run together (RunTogetherHeader) and the start
// of each row under it (splitBlocks), made clean (Clean), and the page
// line of each; nil for any other text. It warns once at the first such
// line; where two seams fit, it refuses the line naming both. titled
// tells the protocol's section titles (nil for none).
func recoverLostBreaks(page, text string, titled func(string) bool, rep *Reporter) ([]string, []int) {
	if strings.Count(text, anchorMark) < 2 {
		return nil, nil
	}
	raw := strings.Split(unbroken(text), "\n")
	first := slices.IndexFunc(raw, func(l string) bool { return gluedMarks(l) >= 2 })
	if first < 0 {
		return nil, nil
	}
	// The names the page heads its sections with, those of every line:
	// a reference to one ("See ReturnCode") glued to the next row or
	// heading ends where the name does.
	// Those a seam the heading cannot hold tells first, then those
	// told by the evidence of the first (headingStart).
	known := map[string]bool{}
	for _, strong := range []bool{true, false} {
		for _, l := range raw {
			parts := headingParts(l)
			for _, p := range parts[:len(parts)-1] {
				if k, ok := strongHeadingStart(p); ok {
					known[p[k:]] = true
				} else if k, amb := headingStart(p, known, titled); !strong && amb == "" {
					known[p[k:]] = true
				}
			}
		}
	}
	openings := paragraphOpenings(raw)
	var lines []string
	var at []int
	count := 0
	for i, l := range raw {
		if !strings.Contains(l, anchorMark) {
			lines, at = append(lines, Clean(l)), append(at, i+1)
			continue
		}
		out, amb := splitLostLine(l, known, openings, titled)
		if amb != "" {
			rep.Fail(At(page, i+1), "line %d: its line breaks between headings, paragraphs and table rows were lost, and %s; write the line breaks back into the page there", i+1, amb)
			return nil, nil
		}
		count += len(out) - 1
		for _, o := range out {
			lines, at = append(lines, Clean(o)), append(at, i+1)
		}
	}
	lines, at, labels, amb, ambAt := cutCopyLabels(lines, at)
	if amb != "" {
		rep.Fail(At(page, ambAt), "line %d: its line breaks between headings, paragraphs and table rows were lost, and %s; write the line breaks back into the page there", ambAt, amb)
		return nil, nil
	}
	count += labels
	rep.Warn(At(page, first+1), "line %d: the page's line breaks between headings, paragraphs and table rows were lost (its headings end with a permalink anchor's zero width space, the text after them glued on): recovered %d line breaks at the headings, code labels, copy buttons' labels, callout labels, tables' header runs and rows' starts", first+1, count)
	return lines, at
}

// cutCopyLabels splits off the label of a code block's copy button
// glued after a request line's path, the code block's last line, in
// the recovered lines of a page whose line breaks were lost ("POST
// /api/guild/donateToGuildCopy"). The label is the button's where the
// path's last segment without it is a word the page writes elsewhere
// and the segment with it one it writes nowhere but in such request
// lines; the path's where the segment with it is written elsewhere and
// without it nowhere. It returns the lines, their page lines and the
// number of labels cut; where the path with and without the label
// both fit or neither does, amb names both and ambAt is the request
// line's page line.
func cutCopyLabels(lines []string, at []int) (out []string, outAt []int, cut int, amb string, ambAt int) {
	words := map[string]int{}
	glued := map[string]int{}
	for _, l := range lines {
		for _, w := range wordRe.FindAllString(l, -1) {
			words[w]++
		}
		if m := labelledRequestRe.FindStringSubmatch(l); m != nil {
			glued[wordRe.FindString(m[2]+m[3])]++
		}
	}
	for i, l := range lines {
		m := labelledRequestRe.FindStringSubmatch(l)
		if m == nil {
			out, outAt = append(out, l), append(outAt, at[i])
			continue
		}
		full := wordRe.FindString(m[2] + m[3])
		switch stated, elsewhere := words[m[2]] > 0, words[full] > glued[full]; {
		case stated && !elsewhere:
			out, outAt = append(out, m[1], m[3]), append(outAt, at[i], at[i])
			cut++
		case elsewhere && !stated:
			out, outAt = append(out, l), append(outAt, at[i])
		default:
			return nil, nil, 0, "the request line " + quoteClip(l) + " ends with a copy button's label, " + quoteClip(m[3]) + ", glued to its path or the path's own: its path may be " + quoteClip(m[1][strings.IndexByte(m[1], '/'):]) + " or " + quoteClip(l[strings.IndexByte(l, '/'):]), at[i]
		}
	}
	return out, outAt, cut, "", 0
}

// gluedMarks counts the anchor marks of a line that the next block's
// text is glued after, a letter or a digit: a line that only repeats a
// heading with its anchor (a man page's header line, an XML attribute
// and the text it labels) holds none.
func gluedMarks(l string) int {
	n := 0
	for rest := l; ; {
		k := strings.Index(rest, anchorMark)
		if k < 0 {
			return n
		}
		rest = rest[k+len(anchorMark):]
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
}

// headingParts are the parts of a line of a page whose line breaks were
// lost between its headings' anchors (anchorMark), each made clean
// (Clean): a zero width character inside a name ("sub\u200Bject") hides
// no row's start.
func headingParts(l string) []string {
	parts := strings.Split(l, anchorMark)
	for i, p := range parts {
		parts[i] = Clean(p)
	}
	return parts
}

// paragraphOpenings are the openings of the paragraphs a page whose
// line breaks were lost writes right after a heading's anchor, each its
// first two words in lower case ("require permission"): a paragraph of
// that kind glued to a table's last row is told by its opening
// (paragraphAfterRow).
func paragraphOpenings(raw []string) map[string]bool {
	openings := map[string]bool{}
	for _, l := range raw {
		for _, p := range headingParts(l)[1:] {
			if m := paragraphOpeningRe.FindStringSubmatch(p); m != nil {
				openings[strings.ToLower(m[1])] = true
			}
		}
	}
	return openings
}

// splitLostLine splits a line of a page whose line breaks were lost
// into its headings, each with its anchor, and the lines of the blocks
// between them (splitBlocks); amb tells a seam that two readings fit.
// openings are the page's paragraphs' openings (paragraphOpenings).
func splitLostLine(l string, known, openings map[string]bool, titled func(string) bool) (out []string, amb string) {
	parts := headingParts(l)
	for i, p := range parts {
		if i == len(parts)-1 {
			if p != "" {
				blocks, a := splitBlocks(p, known, openings)
				if a != "" {
					return nil, a
				}
				out = append(out, blocks...)
			}
			break
		}
		k, a := headingStart(p, known, titled)
		if a != "" {
			return nil, a
		}
		if k > 0 {
			blocks, a := splitBlocks(p[:k], known, openings)
			if a != "" {
				return nil, a
			}
			out = append(out, blocks...)
		}
		out = append(out, p[k:]+anchorMark)
	}
	return out, ""
}

// strongHeadingStart returns where the heading that ends text begins
// when a seam the heading cannot hold tells it: the text's start, or the
// rightmost capital or digit glued after a closing bracket, a digit, or
// a full stop ending a word of prose (one after a space), the text from
// it in a heading's form (headingFormRe).
func strongHeadingStart(text string) (int, bool) {
	for k := len(text) - 1; k > 0; k-- {
		r, c := runeAt(text, k), runeBefore(text, k)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) || unicode.IsDigit(r) && unicode.IsDigit(c) || !headingFormRe.MatchString(text[k:]) {
			continue
		}
		switch {
		case c == ')' || c == '}' || c == ']' || unicode.IsDigit(c):
			return k, true
		case c == '.' && proseWordBefore(text, k-1):
			return k, true
		}
	}
	return 0, headingFormRe.MatchString(text) && (!strings.Contains(text, " ") || !camelGlued(text))
}

// camelGlued reports whether text holds a capital glued after a
// lower-case letter: a heading of words holding one may begin there.
func camelGlued(text string) bool {
	before := utf8.RuneError
	for _, r := range text {
		if unicode.IsUpper(r) && unicode.IsLower(before) {
			return true
		}
		before = r
	}
	return false
}

// headingStart returns where the heading that ends text begins: where a
// strong seam tells it (strongHeadingStart), else at the lower-case
// letter's glued capital whose evidence weighs most (seamWeight); amb
// names the two starts where two weigh the same, or tells that none has
// any evidence.
func headingStart(text string, known map[string]bool, titled func(string) bool) (int, string) {
	if k, ok := strongHeadingStart(text); ok {
		return k, ""
	}
	best, bestW, tie := -1, 0, -1
	for k := 1; k < len(text); k++ {
		if !unicode.IsUpper(runeAt(text, k)) || !unicode.IsLower(runeBefore(text, k)) || !headingFormRe.MatchString(text[k:]) {
			continue
		}
		switch w := seamWeight(text, k, known, titled); {
		case w > bestW:
			best, bestW, tie = k, w, -1
		case w == bestW && w > 0:
			tie = k
		}
	}
	switch {
	case best < 0:
		return 0, "nothing tells where the heading ending " + quoteClip(text) + " begins"
	case tie >= 0:
		return 0, "the heading ending " + quoteClip(text) + " may be " + quoteClip(text[best:]) + " or " + quoteClip(text[tie:])
	}
	return best, ""
}

// seamWeight weighs the evidence that the heading ending text begins at
// k, glued to the name before it, dotted or its last part: the name run
// into it is one the page heads a section with (2), or the heading
// itself (3: a reference to the section it runs into); the heading is
// one the page heads another section with (2) or a section title of the
// protocol (1).
func seamWeight(text string, k int, known map[string]bool, titled func(string) bool) int {
	heading := text[k:]
	last := text[strings.LastIndexAny(text[:k], " .()")+1 : k]
	dotted := text[strings.LastIndexAny(text[:k], " ()")+1 : k]
	w := 0
	switch {
	case last == heading || dotted == heading:
		w += 3
	case known[last] || known[dotted]:
		w += 2
	}
	switch {
	case known[heading]:
		w += 2
	case titled != nil && titled(heading):
		w++
	}
	return w
}

// splitBlocks splits the text between two headings into its blocks'
// lines: a code block's language label glued to its first line
// (codeLabelAt), a
// callout's label glued to its text, a table's header run together and
// the rows under it, each glued to the text before it, and a paragraph
// glued to a table's last row (paragraphAfterRow); a callout between a
// table's rows leaves the rows after it the table's. amb tells a
// table's last row that a sentence glued to it may end or not.
func splitBlocks(text string, known, openings map[string]bool) (lines []string, amb string) {
	var cuts []int
	if n := codeLabelAt(text); n > 0 {
		cuts = append(cuts, n)
	}
	var head []string // the header of the table the text is in
	row := -1         // where the row the text is at begins, or -1
	// lastRow cuts the paragraph glued to the row that ends at end, the
	// table's last, where there is one.
	lastRow := func(end int, nextTable bool) string {
		if row < 0 {
			return ""
		}
		k, a := paragraphAfterRow(text[row:end], openings, nextTable)
		if k > 0 {
			cuts = append(cuts, row+k)
		}
		return a
	}
	for q := 0; q < len(text); q++ {
		if q > 0 && !seamAt(text, q, known) {
			continue
		}
		if n := calloutLabelAt(text[q:]); n > 0 {
			cuts, row = append(cuts, q, q+n), -1
			q += n - 1
			continue
		}
		if h, n := headerRunAt(text[q:]); h != nil {
			if a := lastRow(q, true); a != "" {
				return nil, a
			}
			cuts, head, row = append(cuts, q, q+n), h, q+n
			q += n - 1
			continue
		}
		if head != nil && q > 0 && rowStartsAt(text[q:], head, known) {
			cuts, row = append(cuts, q), q
		}
	}
	if a := lastRow(len(text), false); a != "" {
		return nil, a
	}
	slices.Sort(cuts)
	from := 0
	for _, c := range cuts {
		if c > from {
			lines = append(lines, text[from:c])
			from = c
		}
	}
	return append(lines, text[from:]), ""
}

// codeLabelAt returns the length of the code block's language label
// that text begins with, glued to the block's first line: a label
// RunInCodeLabel reads so, or one of codeLabels, as a site prints it
// (printedCodeLabel), before a request line's method and path whose own
// line break after it was lost too ("httpPOST /api/a/bNameRequired…");
// 0 for none.
func codeLabelAt(text string) int {
	if label, _, ok := RunInCodeLabel(text); ok {
		return len(label)
	}
	for _, l := range codeLabelsLongestFirst {
		if printedCodeLabel(text, l) && requestStartRe.MatchString(text[len(l):]) {
			return len(l)
		}
	}
	return 0
}

// paragraphAfterRow returns where a paragraph glued to a table's last
// row (row) begins: a sentence's first word glued after a full stop or
// a closing bracket, as a line break inside the row's description
// leaves it too ("…(Default: false)Require permission rules …"). Its
// opening, one of the page's paragraphs' after a heading (openings),
// tells a paragraph; none does before the next table's header
// (nextTable), where the row's description or that table's title both
// fit: amb names the row and both.
func paragraphAfterRow(row string, openings map[string]bool, nextTable bool) (int, string) {
	first := -1
	for k := 1; k < len(row); k++ {
		if c := runeBefore(row, k); c != '.' && c != ')' || !unicode.IsUpper(runeAt(row, k)) {
			continue
		}
		m := paragraphOpeningRe.FindStringSubmatch(row[k:])
		if m == nil {
			continue
		}
		if openings[strings.ToLower(m[1])] {
			return k, ""
		}
		if first < 0 {
			first = k
		}
	}
	if first < 0 || !nextTable {
		return 0, ""
	}
	return 0, "the sentence " + quoteClip(row[first:]) + " glued to the last row of a table, right before another table's header, may end that row's description or be a paragraph over the next table"
}

// seamAt reports whether q is where a block or a row may begin, glued to
// the text before it: after a full stop, a closing bracket or a digit,
// or after a reference to a name the page heads a section with ("See
// GenericModels.BellTuning").
func seamAt(text string, q int, known map[string]bool) bool {
	if c := runeBefore(text, q); c == '.' || c == ')' || unicode.IsDigit(c) {
		return text[q] != ' '
	}
	s := strings.LastIndex(text[:q], "See ")
	return s >= 0 && known[text[s+4:q]]
}

// calloutLabelAt returns the length of the callout label, in capitals
// (calloutWords: "WARNING", "TIP"), that text begins with glued to the
// callout's text, or 0.
func calloutLabelAt(text string) int {
	n := 0
	for r, size := utf8.DecodeRuneInString(text); unicode.IsUpper(r); r, size = utf8.DecodeRuneInString(text[n:]) {
		n += size
	}
	for k := n; k >= 2; k-- {
		if k < len(text) && unicode.IsUpper(runeAt(text, k)) && calloutWords[strings.ToLower(text[:k])] {
			return k
		}
	}
	return 0
}

// headerRunAt returns the header run together (RunTogetherHeader), the
// longest, that text begins with, and its length.
func headerRunAt(text string) ([]string, int) {
	for n := min(len(text), maxRunLen); n >= 2; n-- {
		if h := RunTogetherHeader(text[:n]); h != nil {
			return h, n
		}
	}
	return nil, 0
}

// rowStartsAt reports whether text begins with a row of the table whose
// header is head: a field's name or a header's (headerNameRe) glued to
// its type (a primitive or a name the page heads a section with), or to
// its requiredness or its description where the type cell is empty
// (emptyTypeAt), where the table has a type column,
// a member's name glued to its code where it has a code column, else a
// header's name glued to its requiredness or its description.
func rowStartsAt(text string, head []string, known map[string]bool) bool {
	switch {
	case hasColumn(head, ColType):
		from, n := 1, len(fieldRowRe.FindString(text))
		if h := headerNameRe.FindString(text); h != "" {
			from, n = strings.LastIndexByte(h, '-')+2, len(h)
		}
		for j := from; j < n; j++ {
			if typeAt(text[j:], known) || emptyTypeAt(text[j:]) {
				return true
			}
		}
		return false
	case hasColumn(head, ColCode):
		return memberRowRe.MatchString(text)
	}
	return headerRowRe.MatchString(text)
}

// hasColumn reports whether the header's cells name the column c.
func hasColumn(head []string, c Column) bool {
	for _, h := range head {
		if ColumnOf(h) == c {
			return true
		}
	}
	return false
}

// typeAt reports whether text begins with a type: a primitive's
// spelling (PrimitiveSpellings) followed by a letter, "[]" or the values
// it lists (" in steam | epic"), or a name the page heads a section
// with followed by a capital, "[]" or the requiredness.
func typeAt(text string, known map[string]bool) bool {
	for _, p := range PrimitiveSpellings {
		if rest := text[min(len(p), len(text)):]; strings.HasPrefix(text, p) && rest != "" && (unicode.IsLetter(runeAt(rest, 0)) || rest[0] == '[' || strings.HasPrefix(rest, " in ")) {
			return true
		}
	}
	for name := range known {
		if strings.HasPrefix(text, name) && len(text) > len(name) && (unicode.IsUpper(runeAt(text, len(name))) || text[len(name)] == '[' || strings.HasPrefix(text[len(name):], "true")) {
			return true
		}
	}
	return false
}

// emptyTypeAt reports whether text begins with what follows a field's
// name in a row whose type cell is empty: its requiredness, "true" or
// "false", glued to the description's first capital, or, the
// requiredness cell empty too, the description's first word, a capital
// and lower-case letters then a space (descriptionWordRe).
func emptyTypeAt(text string) bool {
	for _, r := range []string{"true", "false"} {
		if strings.HasPrefix(text, r) && len(text) > len(r) && unicode.IsUpper(runeAt(text, len(r))) {
			return true
		}
	}
	return descriptionWordRe.MatchString(text)
}

// quoteClip quotes text clipped to its last 40 bytes, at a rune's start.
func quoteClip(text string) string {
	if len(text) > 40 {
		k := len(text) - 40
		for k < len(text) && !utf8.RuneStart(text[k]) {
			k++
		}
		text = "…" + text[k:]
	}
	return `"` + text + `"`
}

// runeAt returns the rune that begins at byte k of text:
// utf8.RuneError inside a rune or at text's end.
func runeAt(text string, k int) rune {
	r, _ := utf8.DecodeRuneInString(text[k:])
	return r
}

// runeBefore returns the rune that ends text before byte k:
// utf8.RuneError where k is inside a rune or text's start.
func runeBefore(text string, k int) rune {
	r, _ := utf8.DecodeLastRuneInString(text[:k])
	return r
}

// proseWordBefore reports whether the word before the full stop at dot
// is one of prose: one after a space, but for a reference's name ("See
// GenericModels.BanItem"), which a full stop may go on.
func proseWordBefore(text string, dot int) bool {
	s := strings.LastIndexAny(text[:dot], " .()")
	return s >= 0 && text[s] == ' ' && !strings.HasSuffix(text[:s+1], "See ")
}
