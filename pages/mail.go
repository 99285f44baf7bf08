package pages

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a page's way to the user leaves in its text: a page forwarded in a
// mail comes wrapped by the mail client, under the mail's headers; a page
// exported from an office suite's document holds the anchors of the
// document's comments, and their list at its end. ReadText takes them out
// before a style reads the page, the same for every style, and reports
// each with a warning. The lines it joins or drops leave the others at
// their lines of the page: a Text keeps the page line of each line.

// Text is a page's lines as its style reads them.
type Text struct {
	Lines []string
	// At is the page line (from 1) of each of Lines, when lines were
	// joined or dropped; nil when Lines are the page's lines.
	At []int
	// Wrap is the hard wrap the lines tell of, at a fixed column.
	Wrap Wrap
	// Hyphenated are the page's lines whose words a typesetter broke,
	// with the hyphens it set there (Hyphenated).
	Hyphenated Hyphenated
}

// ReadText reads a page's bytes into the lines its style reads: the text
// a notebook's cells hold taken out of it (readNotebook), the HTML a
// pdfmake document definition's nodes tell (readPDFMake: read as it is,
// without the passes below), the page a MIME
// container holds taken out of it (readMIME: an HTML part is read as it
// is, without the passes below), decoded (Decode), split at their ends and made clean (Lines), a
// terminal's escapes read as nothing, warned of, and a line with one that
// moves text refused (terminalEscapes), the chrome of a
// terminal's screens copied one after another, and the lines each screen
// repeats from the one before, dropped (dropScreens), what a terminal
// left after a heading's permalink mark dropped (dropStaleMarks), the quote marks
// of a mail that quotes the page taken out and the mail's words around it
// dropped (unquote), the gutter a renderer draws before a code block's
// lines taken off where the block holds a request line (stripGutters), the
// numbers a tool printed before a code block's lines taken off and the
// code lines it wrapped joined (stripLineNumbers), the
// lines of pandoc's fenced divs, which frame a page's blocks, blank
// (blankDivFences), the rules a page draws with any line character, as a
// heading's underline, a table's frame or a code box, read as rules
// (readRules), the
// lines of tildes a renderer drew as rules, which fence no code, dropped
// (dropTildeRules), the lines a fold cut at a fixed column joined
// (unfold), else the hard wrap the lines tell of kept (Text.Wrap) and
// the numbers it cut at its column joined (joinCutNumbers), the entries
// of the lists of links a formatter writes inside a table's cells
// dropped (dropCellLinkNotes), the
// instructions of a word processor's fields dropped, their text kept
// (dropFieldCodes), the rows of a table printed a paragraph a row read
// a line a row (joinParagraphRows), the code spans a converter wrote a
// code block as, spanning its lines, read as that block (readSpannedCode), the
// soft line breaks of a mail client's wrapping undone (unflow), the
// headers, the signature and the placeholders of inline images of the
// mail the page came in dropped (dropMailHeaders, dropSignature,
// dropPlaceholders), the comments of a document export dropped with
// their anchors (dropComments), the running header and footer lines a
// print leaves at its page breaks dropped (dropPrintChrome), the links
// of a site's pager run into their titles dropped (dropPagers), and the
// cross references, the request lines and the rules of dashes a hard
// wrap cut joined (joinCutReferences, joinCutRequestLines,
// joinCutRules); each with a warning on rep. A request line cut inside
// its version, or broken at its spaces on a page wrapped nowhere, Read
// joins, in every style (joinRequestLines).
func ReadText(name string, data []byte, rep *Reporter) Text {
	return ReadTitledText(name, data, nil, rep)
}

// ReadTitledText is ReadText knowing the protocol's section titles
// (titled, nil for none): a page whose line breaks between blocks were
// lost has them recovered (recoverLostBreaks), its headings told apart
// from the text glued before them by the titles among other evidence.
func ReadTitledText(name string, data []byte, titled func(string) bool, rep *Reporter) Text {
	t := &Text{}
	if cells, ok := readNotebook(name, data, rep); ok {
		t = &cells
	} else if doc, ok := readPDFMake(name, data, rep); ok {
		return doc
	} else if part, html, ok := readMIME(name, data, rep); html {
		return part
	} else if ok {
		t = &part
	} else {
		text, dec := Decode(data)
		if w := dec.Warning(); w != "" {
			rep.Warn(At(name, dec.Line), "%s", w)
		}
		terminalEscapes(name, text, rep)
		text = dropStaleMarks(name, text, rep)
		var low int
		var first byte
		var line int
		if text, low, first, line = lowPunctuation(text); low > 0 {
			rep.Warn(At(name, line), "read the page's %d control characters (first 0x%02X, as %q) as the dashes and quotes of General Punctuation whose low byte each is (U+2010 to U+201E), as unrtf --text writes them; convert the page to UTF-8 text to keep every character", low, first, rune(0x2000+int(first)))
		}
		if t.Lines, t.At = recoverLostBreaks(name, text, titled, rep); t.Lines == nil {
			t.Lines = split(text)
		}
		if strings.ContainsRune(text, BreakHyphen) {
			t.Hyphenated = hyphenated(strings.Split(unbroken(text), "\n"))
		}
		if strings.Contains(text, "?") {
			t.dropLostMarks(name, rep, dec.Encoding != "")
		}
	}
	t.dropScreens(name, rep)
	for _, l := range t.Lines {
		if l != "" && (l[0] == '>' || l[0] == '|') {
			t.unquote(name, rep)
			break
		}
	}
	t.stripGutters()
	t.stripLineNumbers(name, rep)
	if slices.ContainsFunc(t.Lines, func(l string) bool { return strings.Contains(l, ":::") }) {
		t.blankDivFences()
	}
	if slices.ContainsFunc(t.Lines, mayBeRule) {
		t.readRules()
	}
	if slices.ContainsFunc(t.Lines, func(l string) bool { return strings.Contains(l, "~~~") }) {
		t.dropTildeRules(name, rep)
	}
	// A hard wrap is told by the lines as the page has them, before a
	// pass joins any.
	w, fold := t.hardWrap()
	t.Wrap = w
	if fold {
		t.unfold(name, rep, w)
	} else if w.Width > 0 {
		t.joinCutNumbers(name, rep)
	}
	t.dropFieldCodes(name, rep)
	t.joinParagraphRows(name, rep)
	t.readSpannedCode(name, rep)
	// Each pass runs only on a page whose lines hold its mark: it runs
	// for every page.
	var soft, header, signature, placeholder, note, see, dashes, pager, cellNote bool
	for _, l := range t.Lines {
		if l == "" {
			continue
		}
		cellNote = cellNote || mayHoldCellNote(l)
		soft = soft || l[len(l)-1] == ' '
		header = header || mailHeader(l) != ""
		signature = signature || l == "-- "
		see = see || strings.HasSuffix(strings.TrimRight(l, " \t"), "See")
		dashes = dashes || l[0] == '-' || l[0] == '|' || l[0] == ':' || l[0] >= utf8.RuneSelf && boxFirst(l)
		pager = pager || strings.Contains(l, " page")
		if k := strings.IndexByte(l, '['); k >= 0 {
			note = note || k == 0
			placeholder = placeholder || strings.Contains(l[k:], "[cid:") || strings.Contains(l[k:], "[image: ")
		}
	}
	if cellNote {
		t.dropCellLinkNotes()
	}
	if soft {
		t.unflow(name, rep)
	}
	if header {
		t.dropMailHeaders(name, rep)
	}
	if signature {
		t.dropSignature(name, rep)
	}
	if placeholder {
		t.dropPlaceholders(name, rep)
	}
	if note {
		t.dropComments(name, rep)
	}
	printed := t.dropPrintChrome(name, rep)
	if pager {
		t.dropPagers(name, rep)
		if printed {
			t.dropChromeBeforeRest(name, rep)
		}
	}
	if see {
		t.joinCutReferences(name, rep)
	}
	if t.Wrap.Width > 0 {
		t.joinCutRequestLines(name, rep)
	}
	if dashes {
		t.joinCutRules(name, rep)
		// A header's rest keeps its rule from telling its cut
		// (stopsShort) until it is joined.
		if t.Wrap.Width > 0 && t.joinCutRows(name, rep) {
			t.joinCutRules(name, rep)
		}
	}
	return *t
}

// line is the page line of line i of the text.
func (t *Text) line(i int) int {
	if t.At == nil {
		return i + 1
	}
	return t.At[i]
}

// PageLines are the lines of the page, each at its index (its page line
// less one), as the style reads them: a line that other lines were joined
// to holds them, and a line joined to another or dropped is empty.
func (s Source) PageLines() []string {
	if s.At == nil {
		return s.Lines
	}
	n := 0
	if len(s.At) > 0 {
		n = s.At[len(s.At)-1]
	}
	out := make([]string, n)
	for i, l := range s.Lines {
		out[s.At[i]-1] = l
	}
	return out
}

// drop removes the lines i to j (excluded).
func (t *Text) drop(i, j int) {
	if t.At == nil {
		t.At = make([]int, len(t.Lines))
		for k := range t.At {
			t.At[k] = k + 1
		}
	}
	t.Lines = slices.Delete(t.Lines, i, j)
	t.At = slices.Delete(t.At, i, j)
}

// The soft line breaks of a mail client (format=flowed, RFC 3676): the
// client wraps each line longer than its width (72 to 80 columns) at its
// last space before the width, and keeps the space (or the run of spaces)
// at the end of the broken line; a word longer than the width stands on a
// line of its own. Where a page's lines bear that mark, the broken line
// and the next are one line of the page: a row, a cell, a bound ("(up to
// 64 ⏎ characters)"), a header row, a closing pipe, a string of an
// example's JSON.
//
// The evidence is the page's, as a whole and line by line. No line longer
// than maxFlowedWidth could have been broken within the width; a line
// ending in a space is a break of the client's only where the next line's
// first word would not have fitted within the width, and not when the
// line next to it ends in a space too at the same width (a text browser
// pads the lines of a table so). The width is the
// widest of those lines when at least minSoftBreaks of them, and half of
// the lines ending in a space, bear the mark: the page is wrapped, and
// one warning says so. Else, on a page whose lines all fit within a
// client's width (a short page, where the client broke a line or two: a
// header row of three long cells), it is the page's widest line, and
// each line that bears the mark, and ends in one space (a Markdown
// writer's line break is two), is warned of at its line.

// The widths a mail client wraps at are at most maxFlowedWidth columns
// and at least minFlowedWidth.
const (
	minFlowedWidth = 60
	maxFlowedWidth = 80
	minSoftBreaks  = 3
)

// measures are the ways a mail client counts a line's width: characters,
// columns (an East Asian wide character takes two), or bytes of UTF-8.
var measures = []func(string) int{
	utf8.RuneCountInString,
	columns,
	func(s string) int { return len(s) },
}

// columns is the width of s in the columns of a fixed-width font.
func columns(s string) int {
	n := 0
	for _, r := range s {
		n++
		if wide(r) {
			n++
		}
	}
	return n
}

// wide reports whether r takes two columns: Hangul, CJK ideographs and
// kana, and the full-width forms.
func wide(r rune) bool {
	return r >= 0x1100 && (r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7A3 || r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFF60 || r >= 0xFFE0 && r <= 0xFFE6)
}

// flowed is what a page's lines tell of a mail client's wrap: the lines
// it broke, the width it wrapped at, and whether the page as a whole
// bears the mark.
type flowed struct {
	breaks []int
	width  int
	whole  bool
	// hard is set when the page's lines broke at the width end in no
	// space as often as in one (hardBreaks): no mail client wrapped it,
	// and its lines that end in a space broke in a run of spaces.
	hard bool
}

// better reports whether f tells more than o.
func (f flowed) better(o flowed) bool {
	if f.whole != o.whole {
		return f.whole
	}
	return len(f.breaks) > len(o.breaks)
}

// softBreaks returns what the page's lines tell of a client's wrap, in
// the measure that tells most. A line of a table drawn with box-drawing
// characters (drawnBoxLine), its cells padded with spaces, is no
// client's.
func softBreaks(lines []string) flowed {
	var cands []int
	for i := 0; i+1 < len(lines); i++ {
		l := lines[i]
		if l != "-- " && strings.HasSuffix(l, " ") && strings.TrimRight(l, " ") != "" && !strings.HasSuffix(strings.TrimRight(l, " "), "\t") && strings.TrimSpace(lines[i+1]) != "" && !drawnBoxLine(l) {
			cands = append(cands, i)
		}
	}
	var best flowed
	if len(cands) == 0 {
		return best
	}
	for _, measure := range measures {
		if f := softBreaksBy(lines, cands, measure); f.better(best) {
			best = f
		}
	}
	return best
}

// softBreaksBy returns what the candidate lines tell of a client's wrap
// in a measure.
func softBreaksBy(lines []string, cands []int, measure func(string) int) flowed {
	// Lines padded with spaces to one width, as a text browser prints a
	// table (links -dump), are no client's breaks: a client breaks each
	// line at a word of its own.
	padded := func(i, j int) bool {
		return j >= 0 && j < len(lines) && strings.HasSuffix(lines[j], " ") && measure(lines[j]) == measure(lines[i])
	}
	cands = slices.DeleteFunc(slices.Clone(cands), func(i int) bool { return padded(i, i-1) || padded(i, i+1) })
	// width is the widest candidate, page the widest line, of those a
	// client could have broken.
	width, page := 0, 0
	for _, l := range lines {
		if w := measure(l); w <= maxFlowedWidth && strings.Contains(strings.TrimSpace(l), " ") {
			page = max(page, w)
		}
	}
	for _, i := range cands {
		if w := measure(lines[i]); w <= maxFlowedWidth && strings.Contains(strings.TrimSpace(lines[i]), " ") {
			width = max(width, w)
		}
	}
	for _, l := range lines {
		if measure(l) > maxFlowedWidth && breakable(l, page, measure) {
			return flowed{}
		}
	}
	breaksAt := func(width int) []int {
		var breaks []int
		for _, i := range cands {
			if brokenAt(lines, i, width, measure) {
				breaks = append(breaks, i)
			}
		}
		return breaks
	}
	if width >= minFlowedWidth {
		if breaks := breaksAt(width); len(breaks) >= minSoftBreaks && 2*len(breaks) >= len(cands) {
			return flowed{breaks: breaks, width: width, whole: true, hard: hardBreaks(lines, width, measure) >= len(breaks)}
		}
	}
	if page < minFlowedWidth {
		return flowed{}
	}
	// A line a Markdown writer breaks ends in two spaces.
	return flowed{breaks: slices.DeleteFunc(breaksAt(page), func(i int) bool { return strings.HasSuffix(lines[i], "  ") }), width: page}
}

// brokenAt reports whether a wrap at the width broke line i: the next
// line's first word would not have fitted on it (the client counts the
// space after the word, or not), or it is a word longer than the width.
func brokenAt(lines []string, i, width int, measure func(string) int) bool {
	next := strings.TrimLeft(lines[i+1], " \t")
	word := next
	if k := strings.IndexAny(next, " \t"); k >= 0 {
		word = next[:k]
	}
	w := measure(lines[i])
	return w <= width && w+measure(word)+1 > width || w > width && !strings.Contains(strings.TrimSpace(lines[i]), " ")
}

// hardBreaks counts the lines a wrap at the width broke (brokenAt) that
// end in no space: a mail client keeps the space at each of its breaks,
// so a page whose lines broke at the width end so as often as in a space
// is wrapped by a tool that drops it (catdoc, fmt), and its lines that
// end in a space broke in a run of spaces.
func hardBreaks(lines []string, width int, measure func(string) int) int {
	n := 0
	for i := 0; i+1 < len(lines); i++ {
		l := lines[i]
		if l != "" && l[len(l)-1] != ' ' && strings.TrimSpace(lines[i+1]) != "" && strings.Contains(strings.TrimSpace(l), " ") && brokenAt(lines, i, width, measure) {
			n++
		}
	}
	return n
}

// breakable reports whether a line has a space within the width, after
// its first word: a client that wraps at the width would have broken it
// there.
func breakable(l string, width int, measure func(string) int) bool {
	start := len(l) - len(strings.TrimLeft(l, " \t"))
	k := strings.IndexByte(l[start:], ' ')
	return k > 0 && measure(l[:start+k]) <= width
}

// unflow joins each line a mail client broke with the next, with a
// warning at the first when the page as a whole is wrapped, else at
// each.
func (t *Text) unflow(name string, rep *Reporter) {
	f := softBreaks(t.Lines)
	if len(f.breaks) == 0 {
		return
	}
	switch {
	case f.hard:
		rep.Warn(At(name, t.line(f.breaks[0])), "the page is wrapped at %d columns by a tool that drops the space at each break (catdoc, fmt), not by a mail client: as many of its lines broken at the width end in no space as in one, or more; its %d lines that end in a space where the next word would not fit broke in a run of spaces (the first at line %d): read each as one with the line after it", f.width, len(f.breaks), t.line(f.breaks[0]))
	case f.whole:
		rep.Warn(At(name, t.line(f.breaks[0])), "the page is mail text wrapped at %d columns (format=flowed): read each of its %d lines that end in a space where the next word would not fit (the first at line %d) as one with the line after it", f.width, len(f.breaks), t.line(f.breaks[0]))
	}
	for k := len(f.breaks) - 1; k >= 0; k-- {
		i := f.breaks[k]
		if !f.whole {
			rep.Warn(At(name, t.line(i)), "line %d ends in a space where the next word would not fit within the %d columns of the page's widest line, as a mail client leaves a line it wrapped (format=flowed): read as one line with line %d", t.line(i), f.width, t.line(i+1))
		}
		t.Lines[i] += t.Lines[i+1]
		t.drop(i+1, i+2)
	}
}

// The headers of a mail, as a mail client writes them above a forwarded
// or quoted mail, or a user copies them: From, Sent, To, Subject, in
// English or Korean, after a line that says a mail is forwarded or not.
var (
	mailHeaderNames = []string{"from", "sent", "date", "to", "cc", "bcc", "subject", "reply-to", "importance", "보낸 사람", "받는 사람", "보낸 날짜", "날짜", "참조", "숨은 참조", "제목"}
	forwardedRe     = regexp.MustCompile(`^(?:-{2,}\s*(?i:original message|forwarded message|원본 메시지|전달된 메시지)\s*-{2,}|(?i:begin forwarded message):)$`)
)

// maxMailHeaderName bounds the bytes of the name of a mail header
// ("보낸 날짜").
const maxMailHeaderName = 16

// mailHeader returns the name of the mail header a line is, or "".
func mailHeader(l string) string {
	k := strings.IndexByte(l[:min(len(l), maxMailHeaderName+3)], ':')
	if k <= 0 {
		return ""
	}
	name := strings.TrimSpace(l[:k])
	for _, h := range mailHeaderNames {
		if strings.EqualFold(name, h) {
			return h
		}
	}
	return ""
}

// dropMailHeaders drops each block of a mail's headers: two lines or more
// of headers, a From and a Subject among them, with the line above that
// says the mail is forwarded. A block of HTTP headers has no Subject.
func (t *Text) dropMailHeaders(name string, rep *Reporter) {
	for i := 0; i < len(t.Lines); i++ {
		j := i
		from, subject := false, false
		var names []string
		for ; j < len(t.Lines); j++ {
			h := mailHeader(t.Lines[j])
			if h == "" {
				break
			}
			from, subject = from || h == "from" || h == "보낸 사람", subject || h == "subject" || h == "제목"
			names = append(names, strings.TrimSpace(t.Lines[j][:strings.IndexByte(t.Lines[j], ':')])+":")
		}
		if !from || !subject || j-i < 2 {
			continue
		}
		if i > 0 && forwardedRe.MatchString(strings.TrimSpace(t.Lines[i-1])) {
			i--
		}
		rep.Warn(At(name, t.line(i)), "lines %d to %d are the headers of the mail the page came in (%s): dropped", t.line(i), t.line(j-1), strings.Join(names, " "))
		t.drop(i, j)
		i--
	}
}

// maxSignatureLines bounds the lines of a mail's signature.
const maxSignatureLines = 8

// dropSignature drops the signature that ends a mail: the line "-- "
// that sets it apart (RFC 3676), and the few lines after it.
func (t *Text) dropSignature(name string, rep *Reporter) {
	for i := len(t.Lines) - 1; i >= 0 && len(t.Lines)-i <= maxSignatureLines+1; i-- {
		if t.Lines[i] == "-- " {
			end := len(t.Lines) - 1
			for end > i && strings.TrimSpace(t.Lines[end]) == "" {
				end--
			}
			rep.Warn(At(name, t.line(i)), "lines %d to %d are the signature of the mail the page came in, after its \"-- \": dropped", t.line(i), t.line(end))
			t.drop(i, len(t.Lines))
			return
		}
	}
}

// placeholderRe matches what a mail client leaves in a mail's text for an
// image the mail holds inline: "[cid:image001.png@01DC8B2E.5A7F3C10]",
// "[image: logo.png]".
var placeholderRe = regexp.MustCompile(`\[(?:cid:[^\]\s]+|image: [^\]]*)\]`)

// dropPlaceholders drops each placeholder of an inline image, with a
// warning.
func (t *Text) dropPlaceholders(name string, rep *Reporter) {
	for i, l := range t.Lines {
		if !strings.Contains(l, "[cid:") && !strings.Contains(l, "[image: ") {
			continue
		}
		for _, m := range placeholderRe.FindAllString(l, -1) {
			rep.Warn(At(name, t.line(i)), "dropped %s, the placeholder of an image the mail the page came in held", Clip(m))
		}
		t.Lines[i] = placeholderRe.ReplaceAllString(l, "")
	}
}

// The comments of a document that an office suite exports as text:
// Google Docs ends the text with the list of the comments, each line
// "[a]Who: comment" (b, c, ..., z, aa), and leaves the anchor of each
// ("[a]") glued to the text it comments; footnotes are listed so as
// "[1]…", and Word's comments as "[MK1]…". Where the page ends with such
// a list (a line of a comment's text may follow its first), whose labels
// are those of the anchors of their kind glued to the text before it, in
// their order, the list and those anchors are no part of the page. A
// Markdown link's reference ("[1]: https://…", "[text][1]") is none.
var (
	noteRe   = regexp.MustCompile(`^\[([a-z]{1,3}|[0-9]{1,3}|[A-Z]{1,4}[0-9]{1,3})\][^:\s]`)
	anchorRe = regexp.MustCompile(`\[([a-z]{1,3}|[0-9]{1,3}|[A-Z]{1,4}[0-9]{1,3})\]`)
)

// maxNoteLines bounds the lines of one comment's text in such a list,
// and maxNotes the comments of a list.
const (
	maxNoteLines = 3
	maxNotes     = 100
)

// dropComments drops the list of comments that ends a page, and each
// anchor of them in the text, with a warning at each.
func (t *Text) dropComments(name string, rep *Reporter) {
	end := len(t.Lines)
	for end > 0 && strings.TrimSpace(t.Lines[end-1]) == "" {
		end--
	}
	// The list starts at the earliest line of a comment from which on the
	// list's labels are those of the anchors before it.
	start, since := -1, 0
	var labels []string // of the list from line i on, in its order
	for i := end - 1; i >= 0 && since <= maxNoteLines && len(labels) < maxNotes; i-- {
		m := noteRe.FindStringSubmatch(strings.TrimSpace(t.Lines[i]))
		if m == nil {
			since++
			continue
		}
		labels = append([]string{m[1]}, labels...)
		since = 0
		if slices.Equal(anchorsOf(t.Lines[:i], labels), labels) {
			start = i
		}
	}
	if start < 0 {
		return
	}
	notes := map[string]string{}
	for _, l := range t.Lines[start:end] {
		if m := noteRe.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			notes[m[1]] = strings.TrimSpace(strings.TrimSpace(l)[len(m[1])+2:])
		}
	}
	for i, l := range t.Lines[:start] {
		var b strings.Builder
		last := 0
		for _, m := range anchorRe.FindAllStringSubmatchIndex(l, -1) {
			note, ok := notes[l[m[2]:m[3]]]
			if !ok || !glued(l, m[0]) {
				continue
			}
			b.WriteString(l[last:m[0]])
			last = m[1]
			rep.Warn(At(name, t.line(i)), "dropped %s, the anchor of the comment %q the list at the end of the page gives (line %d)", l[m[0]:m[1]], Clip(note), t.line(start))
		}
		if last > 0 {
			t.Lines[i] = b.String() + l[last:]
		}
	}
	rep.Warn(At(name, t.line(start)), "lines %d to %d list the comments of the document the page was exported from (%d): dropped, with their anchors", t.line(start), t.line(end-1), len(notes))
	t.drop(start, len(t.Lines))
}

// anchorsOf returns the labels of the anchors glued to the text of lines
// that are labels of the kind of labels[0] (letters, digits, or letters
// and digits), in the order of their first place.
func anchorsOf(lines []string, labels []string) []string {
	kind := labelKind(labels[0])
	var out []string
	for _, l := range lines {
		if strings.IndexByte(l, '[') < 0 {
			continue
		}
		for _, m := range anchorRe.FindAllStringSubmatchIndex(l, -1) {
			if a := l[m[2]:m[3]]; glued(l, m[0]) && labelKind(a) == kind && !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// labelKind tells the labels of comments, footnotes and Word's comments
// apart: 0 for letters, 1 for digits, 2 for letters and digits.
func labelKind(label string) int {
	switch c := label[0]; {
	case c >= '0' && c <= '9':
		return 1
	case c >= 'A' && c <= 'Z':
		return 2
	}
	return 0
}

// glued reports whether the anchor at i of l follows a character of the
// text, as a comment's anchor does, and no link's text ("[text][1]").
func glued(l string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l[:i])
	return !unicode.IsSpace(r) && r != '[' && r != ']'
}

// readAt reads the source in its style, with the blocks and what the
// style reports located at the page's lines when the source's lines are
// not the page's own (Source.At). The blank lines between the rows of a
// double-spaced pipe table (singleSpaced), but in a page printed one cell
// per line, whose cells blank lines set apart, or of a style whose
// tables read their own blank lines (TableDelimiting), and the site's
// outline a copy of a page of text keeps among its lines are dropped
// first (readWithoutOutlines).
func readAt(st Style, src Source) []Block {
	if _, ok := st.(Rendering); ok {
		return ReadLocated(src, st.Read)
	}
	_, cellPerLine := st.(CellPerLine)
	_, delimiting := st.(TableDelimiting)
	if !cellPerLine && !delimiting {
		src = singleSpaced(src)
	}
	return readWithoutOutlines(src, st.Read)
}

// ReadLocated reads the source with readSource, with the blocks and what
// it reports located at the page's lines when the source's lines are
// not the page's own (Source.At): a style that reads its page's lines
// into other lines first reads those with it.
func ReadLocated(src Source, readSource func(Source) []Block) []Block {
	if src.At == nil {
		return readSource(src)
	}
	return readRelocated(src, readSource, src.Report, func(n int) int {
		if n >= 1 && n <= len(src.At) {
			return src.At[n-1]
		}
		return n
	})
}

// readRelocated reads the source with readSource, with the blocks and
// what it reports (on rep) at the lines line gives for the source's
// lines (from 1).
func readRelocated(src Source, readSource func(Source) []Block, rep *Reporter, line func(int) int) []Block {
	read := &Reporter{}
	src.Report = read
	blocks := readSource(src)
	for i := range blocks {
		blocks[i].Line = line(blocks[i].Line)
		if t := blocks[i].Table; t != nil {
			t.Line = line(t.Line)
			for _, r := range slices.Concat(t.Rows, t.Wrapped) {
				r.Line = line(r.Line)
			}
		}
	}
	if rep != nil {
		for _, d := range read.warns {
			rep.Warn(At(d.Pos.Page, line(d.Pos.Line)), "%s", relocateMessage(d.Msg, line))
		}
		for _, d := range read.errs {
			rep.Fail(At(d.Pos.Page, line(d.Pos.Line)), "%s", relocateMessage(d.Msg, line))
		}
		for _, h := range read.holes {
			h.At.Line = line(h.At.Line)
			h.Msg = relocateMessage(h.Msg, line)
			rep.holes = append(rep.holes, h)
		}
	}
	return blocks
}

// lineRefRe matches a line a message refers to: "line 12", "lines 12 to
// 14", "lines 12-14", "lines 12, 15, 16"; numberRe each number of it.
var (
	lineRefRe = regexp.MustCompile(`\bline (\d+)\b|\blines (\d+(?:(?: to |-|, )\d+)*)\b`)
	numberRe  = regexp.MustCompile(`\d+`)
)

// relocateMessage turns the lines a message refers to into page lines,
// but for the text it quotes.
func relocateMessage(msg string, line func(int) int) string {
	var b strings.Builder
	last := 0
	for _, m := range lineRefRe.FindAllStringSubmatchIndex(msg, -1) {
		if quoted(msg, m[0]) {
			continue
		}
		from, to := m[2], m[3]
		if from < 0 {
			from, to = m[4], m[5]
		}
		b.WriteString(msg[last:from])
		ref := msg[from:to]
		b.WriteString(numberRe.ReplaceAllStringFunc(ref, func(d string) string {
			n, _ := strconv.Atoi(d)
			return strconv.Itoa(line(n))
		}))
		last = to
	}
	if last == 0 {
		return msg
	}
	return b.String() + msg[last:]
}

// quoted reports whether offset i of a message is within a text it
// quotes as Go does ("…", with \" inside).
func quoted(msg string, i int) bool {
	in := false
	for k := 0; k < i; k++ {
		switch {
		case msg[k] == '\\' && in:
			k++
		case msg[k] == '"':
			in = !in
		}
	}
	return in
}
