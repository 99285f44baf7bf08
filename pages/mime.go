package pages

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
)

// A page inside a MIME container: a browser's single-file archive of a
// page (Chrome's "Webpage, Single File", MHTML; Internet Explorer's and
// Word's "Web Archive", .mht), a mail saved with its headers (.eml). The
// message's headers, its parts' boundaries and headers, and the parts
// that are no page (style sheets, images) are no part of the page: the
// page is its HTML part (a text/html part anywhere in the message, else
// its first text part), decoded from its transfer encoding
// (quoted-printable, base64) and its charset, each line at the page line
// where it begins in the file. Quoted-printable cuts long lines at 76
// columns by soft line breaks (a line ending in "="), inside tags, names
// and numbers alike: an HTML part is read whole again, each soft break
// kept as an HTML comment holding a newline, set where a comment changes
// nothing (between tags or in text, not inside a tag, a character
// reference or a character), so that what follows it is at the page line
// it stands at; in a text part, the lines it cut are joined.

// ContainerExtensions are the file extensions of the containers a page
// comes in: a browser's archive and a saved mail (MIME), a Jupyter
// notebook (readNotebook).
var ContainerExtensions = []string{".mhtml", ".mht", ".eml", ".ipynb"}

// mimeMessage is a MIME entity read from a page's lines: its headers, by
// lower-case name, and the lines of its body, from up to to.
type mimeMessage struct {
	header   map[string]string
	from, to int
}

// mimePart is the part of a message that holds the page.
type mimePart struct {
	mimeMessage
	mediaType string
	params    map[string]string
}

// maxMIMEDepth bounds the nesting of multipart entities read.
const maxMIMEDepth = 8

// mimeLines splits a page's bytes at their line ends, without the carriage
// returns.
func mimeLines(data []byte) [][]byte {
	lines := bytes.Split(data, []byte("\n"))
	for i, l := range lines {
		lines[i] = bytes.TrimSuffix(l, []byte("\r"))
	}
	return lines
}

// mimeHeader reads the header block that starts at line from: lines
// "Name: value", each maybe folded over the next lines (which begin with
// a space or a tab), up to an empty line. It returns the headers and the
// line after the empty one; ok is false when a line is no header.
func mimeHeader(lines [][]byte, from int) (map[string]string, int, bool) {
	header := map[string]string{}
	last := ""
	for i := from; i < len(lines); i++ {
		l := lines[i]
		switch {
		case len(l) == 0:
			return header, i + 1, len(header) > 0
		case l[0] == ' ' || l[0] == '\t':
			if last == "" {
				return nil, 0, false
			}
			header[last] += " " + string(bytes.TrimSpace(l))
		default:
			k := bytes.IndexByte(l, ':')
			if k <= 0 || bytes.ContainsAny(l[:k], " \t") || !IsASCII(string(l[:k])) {
				return nil, 0, false
			}
			last = strings.ToLower(string(l[:k]))
			if _, ok := header[last]; !ok {
				header[last] = string(bytes.TrimSpace(l[k+1:]))
			}
		}
	}
	return nil, 0, false
}

// mimeDocument reports whether a page is a MIME message: it begins with
// a header block that names a MIME version, a multipart body, or a text
// body in a transfer encoding.
func mimeDocument(header map[string]string) bool {
	if _, ok := header["mime-version"]; ok {
		return true
	}
	mt, _, err := mime.ParseMediaType(header["content-type"])
	if err != nil {
		return false
	}
	enc := strings.ToLower(header["content-transfer-encoding"])
	return strings.HasPrefix(mt, "multipart/") || strings.HasPrefix(mt, "text/") && (enc == "quoted-printable" || enc == "base64")
}

// pagePart finds the part of a message that holds the page: its first
// text/html part, else its first text part but a style sheet; the other
// parts it reads go to skipped.
func pagePart(lines [][]byte, m mimeMessage, depth int, skipped *[]mimePart) (html, text *mimePart) {
	mt, params, err := mime.ParseMediaType(m.header["content-type"])
	if err != nil {
		mt, params = "text/plain", map[string]string{}
	}
	part := &mimePart{mimeMessage: m, mediaType: mt, params: params}
	switch {
	case strings.HasPrefix(mt, "multipart/") && params["boundary"] != "" && depth < maxMIMEDepth:
		for _, p := range bodyParts(lines, m, params["boundary"]) {
			h, t := pagePart(lines, p, depth+1, skipped)
			if html == nil {
				html = h
			} else if h != nil {
				*skipped = append(*skipped, *h)
			}
			if text == nil {
				text = t
			} else if t != nil {
				*skipped = append(*skipped, *t)
			}
		}
		return html, text
	case mt == "text/html" || mt == "application/xhtml+xml":
		return part, nil
	case strings.HasPrefix(mt, "text/") && mt != "text/css", mt == "message/rfc822":
		return nil, part
	}
	*skipped = append(*skipped, *part)
	return nil, nil
}

// bodyParts splits a multipart body at the lines of its boundary
// ("--boundary", the last "--boundary--") into its parts.
func bodyParts(lines [][]byte, m mimeMessage, boundary string) []mimeMessage {
	delim := []byte("--" + boundary)
	var parts []mimeMessage
	start := -1
	end := func(i int) {
		if start < 0 {
			return
		}
		if header, body, ok := mimeHeader(lines, start); ok && body <= i {
			parts = append(parts, mimeMessage{header: header, from: body, to: i})
		}
	}
	for i := m.from; i < m.to; i++ {
		l := bytes.TrimRight(lines[i], " \t")
		if !bytes.HasPrefix(l, delim) {
			continue
		}
		rest := l[len(delim):]
		if len(rest) != 0 && !bytes.Equal(rest, []byte("--")) {
			continue
		}
		end(i)
		start = i + 1
		if len(rest) != 0 {
			return parts
		}
	}
	end(m.to)
	return parts
}

// A bodyLine is a line of a part's body decoded: its bytes, its page
// line, and whether a soft line break ends it (quoted-printable).
type bodyLine struct {
	data []byte
	at   int
	soft bool
}

// decodeBody decodes the lines of a part from their transfer encoding:
// quoted-printable line by line, base64 as a whole, each line of the text
// it holds at the page line of its first byte; it fails on base64 that
// is none.
func decodeBody(lines [][]byte, p *mimePart) ([]bodyLine, error) {
	body := lines[p.from:p.to]
	switch strings.ToLower(p.header["content-transfer-encoding"]) {
	case "quoted-printable":
		out := make([]bodyLine, len(body))
		for i, l := range body {
			d, soft := unquotePrintable(l)
			out[i] = bodyLine{data: d, at: p.from + i + 1, soft: soft}
		}
		return out, nil
	case "base64":
		var enc []byte
		var starts []int // the offset of each line's first byte in the decoded bytes
		for _, l := range body {
			starts = append(starts, len(enc)/4*3+len(enc)%4*6/8)
			enc = append(enc, bytes.TrimRight(bytes.TrimSpace(l), "=")...)
		}
		data, err := base64.RawStdEncoding.DecodeString(string(enc))
		if err != nil {
			return nil, err
		}
		var out []bodyLine
		k := 0
		for start := 0; start <= len(data); {
			for k+1 < len(starts) && starts[k+1] <= start {
				k++
			}
			end := bytes.IndexByte(data[start:], '\n')
			if end < 0 {
				end = len(data) - start
			}
			out = append(out, bodyLine{data: bytes.TrimSuffix(data[start:start+end], []byte("\r")), at: p.from + k + 1})
			start += end + 1
		}
		return out, nil
	}
	out := make([]bodyLine, len(body))
	for i, l := range body {
		out[i] = bodyLine{data: l, at: p.from + i + 1}
	}
	return out, nil
}

// unquotePrintable decodes a line of quoted-printable: "=XX" is the byte
// XX, a line ending in "=" goes on at the next (soft), the spaces that
// end a line are none; an "=" before no hexadecimal byte is itself.
func unquotePrintable(l []byte) ([]byte, bool) {
	l = bytes.TrimRight(l, " \t")
	soft := bytes.HasSuffix(l, []byte("="))
	if soft {
		l = l[:len(l)-1]
	}
	if bytes.IndexByte(l, '=') < 0 {
		return l, soft
	}
	out := make([]byte, 0, len(l))
	for i := 0; i < len(l); i++ {
		if l[i] == '=' && i+2 < len(l) && isHex(l[i+1]) && isHex(l[i+2]) {
			out = append(out, unhex(l[i+1])<<4|unhex(l[i+2]))
			i += 2
			continue
		}
		out = append(out, l[i])
	}
	return out, soft
}

// isHex reports whether c is a hexadecimal digit.
func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// unhex is the value of the hexadecimal digit c.
func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// readMIME reads a page that is a MIME message into the text of the part
// that holds the page; ok is false when the page is no MIME message.
// html tells that the part is HTML, whose lines no pass of ReadText that
// mends a text's lines should touch.
func readMIME(name string, data []byte, rep *Reporter) (t Text, html, ok bool) {
	return readMIMEIn(name, data, rep, 0)
}

// readMIMEIn reads a MIME message that depth others hold: a page a
// message holds may be a message of its own (a forwarded mail, an
// archive attached to a mail).
func readMIMEIn(name string, data []byte, rep *Reporter, depth int) (t Text, html, ok bool) {
	// A message begins with a header: the lines of a page are split
	// only when its first line is one.
	first, _, _ := bytes.Cut(data, []byte("\n"))
	if k := bytes.IndexByte(first, ':'); k <= 0 || bytes.ContainsAny(first[:k], " \t<") {
		return Text{}, false, false
	}
	lines := mimeLines(data)
	header, body, ok := mimeHeader(lines, 0)
	if !ok || !mimeDocument(header) {
		return Text{}, false, false
	}
	var skipped []mimePart
	h, txt := pagePart(lines, mimeMessage{header: header, from: body, to: len(lines)}, 0, &skipped)
	part := h
	if part == nil {
		part = txt
	} else if txt != nil {
		skipped = append(skipped, *txt)
	}
	what := "a MIME message"
	if subject := header["subject"]; subject != "" {
		if s, err := new(mime.WordDecoder).DecodeHeader(subject); err == nil {
			subject = s
		}
		what += fmt.Sprintf(" (%q)", Clip(subject))
	}
	if part == nil {
		rep.Fail(At(name, 1), "the page is %s that holds no text or HTML part: save the page itself (as HTML or text)", what)
		return Text{Lines: []string{""}}, false, true
	}
	decoded, err := decodeBody(lines, part)
	if err != nil {
		rep.Fail(At(name, part.from+1), "the %s part of %s at lines %d to %d is not base64 (%v): save the page itself (as HTML or text)", part.mediaType, what, part.from+1, part.to, err)
		return Text{Lines: []string{""}}, false, true
	}
	var others []string
	for _, s := range skipped {
		others = append(others, fmt.Sprintf("%s at lines %d to %d", s.mediaType, s.from+1, s.to))
	}
	dropped := ""
	if len(others) > 0 {
		dropped = fmt.Sprintf(", and its other parts (%s)", strings.Join(others, ", "))
	}
	enc := strings.ToLower(part.header["content-transfer-encoding"])
	if enc == "" {
		enc = "7bit"
	}
	rep.Warn(At(name, part.from+1), "the page is %s, as a browser saves a page as a single file (MHTML) or a mail client a mail: read its %s part at lines %d to %d (%s), without the message's headers and boundaries%s", what, part.mediaType, part.from+1, part.to, enc, dropped)
	if len(decoded) == 0 {
		decoded = []bodyLine{{at: part.from + 1}}
	}
	html = part == h
	if html {
		decoded = softBreaksAsComments(decoded)
	} else {
		decoded = joinSoftBreaks(decoded)
	}
	t = decodeCharset(name, decoded, part.params["charset"], rep)
	if !html && depth < maxMIMEDepth {
		inner := &Reporter{}
		if in, inHTML, ok := readMIMEIn(name, []byte(strings.Join(t.Lines, "\n")), inner, depth+1); ok {
			t, html = nested(in, t, inner, rep), inHTML
		}
	}
	return t, html, true
}

// nested locates the text of a message that the text of another holds at
// the page lines of the outer one, and what its reading reported.
func nested(in, outer Text, inner, rep *Reporter) Text {
	line := func(n int) int {
		if n >= 1 && n <= len(outer.Lines) {
			return outer.line(n - 1)
		}
		return n
	}
	at := make([]int, len(in.Lines))
	for i := range in.Lines {
		at[i] = line(in.line(i))
	}
	in.At = at
	for _, d := range inner.warns {
		rep.Warn(At(d.Pos.Page, line(d.Pos.Line)), "%s", relocateMessage(d.Msg, line))
	}
	for _, d := range inner.errs {
		rep.Fail(At(d.Pos.Page, line(d.Pos.Line)), "%s", relocateMessage(d.Msg, line))
	}
	return in
}

// joinSoftBreaks joins each line that ends in a soft line break with the
// next, at the page line of the first.
func joinSoftBreaks(lines []bodyLine) []bodyLine {
	var out []bodyLine
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		for l.soft && i+1 < len(lines) {
			i++
			l.data = append(l.data[:len(l.data):len(l.data)], lines[i].data...)
			l.soft = lines[i].soft
		}
		out = append(out, l)
	}
	return out
}

// decodeCharset reads the decoded lines in the charset the part declares
// when they are not UTF-8 and it is another, else as Decode reads a page (UTF-8, the charset an HTML page declares,
// a legacy encoding its bytes are evidence of), each at its page line.
func decodeCharset(name string, lines []bodyLine, charset string, rep *Reporter) Text {
	var all []byte
	at := make([]int, len(lines))
	for i, l := range lines {
		if i > 0 {
			all = append(all, '\n')
		}
		all = append(all, l.data...)
		at[i] = l.at
	}
	var text string
	if enc, err := htmlindex.Get(charset); err == nil && !utf8.Valid(all) {
		if name, _ := htmlindex.Name(enc); name != "utf-8" {
			if b, err := enc.NewDecoder().Bytes(all); err == nil {
				text = string(b)
			}
		}
	}
	if text == "" {
		var dec Decoding
		text, dec = Decode(all)
		if w := dec.Warning(); w != "" && dec.Line <= len(at) {
			rep.Warn(At(name, at[dec.Line-1]), "%s", w)
		}
	}
	out := split(text)
	if len(out) != len(at) {
		// An encoding whose line ends are not bytes of their own: each
		// line at the part's first.
		at = make([]int, len(out))
		for i := range at {
			at[i] = lines[0].at
		}
	}
	return Text{Lines: out, At: at}
}

// softBreak is what keeps a soft line break of an HTML part: a comment
// holding a newline, which HTML reads as nothing.
const (
	softBreakOpen  = "<!--"
	softBreakClose = "-->"
)

// softBreaksAsComments makes the soft line breaks of an HTML part line
// ends again, each inside a comment (softBreakOpen, softBreakClose), set
// at the first place from the break on where HTML reads a comment as
// nothing and cuts no character: in text or between tags, not inside a
// tag, a comment, the text of a <script>, <style>, <title> or
// <textarea>, a character reference or a character's bytes. The text
// after each line end is at the page line it stands at.
func softBreaksAsComments(lines []bodyLine) []bodyLine {
	var all []byte
	var breaks []int // offsets in all of each soft break
	var hard []int   // offsets in all of each line's first byte
	var at []int     // page line of each line of all
	for i, l := range lines {
		hard = append(hard, len(all))
		at = append(at, l.at)
		all = append(all, l.data...)
		if l.soft {
			breaks = append(breaks, len(all))
		} else if i+1 < len(lines) {
			all = append(all, '\n')
		}
	}
	utf8Text := utf8.Valid(all)
	// A line of out begins at the page line of its first byte (at < 0
	// until the scan reaches it).
	var out []bodyLine
	cur := bodyLine{at: -1}
	line := 0 // the line of all the scan is at
	lex := htmlLexer{}
	pending := 0
	for i := 0; i <= len(all); i++ {
		for line+1 < len(hard) && hard[line+1] <= i {
			line++
		}
		if cur.at < 0 {
			cur.at = at[line]
		}
		for len(breaks) > 0 && breaks[0] <= i {
			pending++
			breaks = breaks[1:]
		}
		// At the end of a part that ends inside a tag, a line end is all
		// that is left to set.
		if comment := lex.text() && charBoundary(all, i, utf8Text); pending > 0 && (comment || i == len(all)) {
			if comment {
				cur.data = append(cur.data, softBreakOpen...)
			}
			for ; pending > 0; pending-- {
				out = append(out, cur)
				cur = bodyLine{at: at[line]}
			}
			if comment {
				cur.data = append(cur.data, softBreakClose...)
			}
		}
		if i == len(all) {
			break
		}
		if c := all[i]; c == '\n' {
			out = append(out, cur)
			cur = bodyLine{at: -1}
		} else {
			cur.data = append(cur.data, c)
		}
		lex.next(all, i)
	}
	return append(out, cur)
}

// charBoundary reports whether offset i of a text cuts no character: in
// UTF-8, i is at no continuation byte; in another encoding, i is between
// no two bytes outside ASCII (a lead byte and its trail).
func charBoundary(all []byte, i int, utf8Text bool) bool {
	if i == 0 || i == len(all) {
		return true
	}
	if utf8Text {
		return utf8.RuneStart(all[i])
	}
	return all[i] < utf8.RuneSelf || all[i-1] < utf8.RuneSelf
}

// htmlLexer follows where a scan of HTML is, byte by byte: in text, in a
// character reference, in a tag (and in a quoted attribute value), in a
// comment, in the text of an element HTML reads as raw text.
type htmlLexer struct {
	state lexState
	quote byte
	// raw is the element whose end tag ends raw text; name the start
	// tag's name being read.
	raw, name []byte
	closing   bool
}

type lexState int

const (
	inText lexState = iota
	inReference
	afterLT
	inTagName
	inTag
	inComment
	inDeclaration
	inRawText
)

// text reports whether the scan is in text, where a comment is nothing.
func (x *htmlLexer) text() bool { return x.state == inText }

// rawTextElements are the elements whose content HTML reads as text up
// to their end tag.
var rawTextElements = []string{"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"}

// next moves the scan past byte i of src.
func (x *htmlLexer) next(src []byte, i int) {
	c := src[i]
	switch x.state {
	case inText:
		switch c {
		case '<':
			x.state = afterLT
		case '&':
			x.state = inReference
		}
	case inReference:
		switch {
		case c == ';':
			x.state = inText
		case c == '<':
			x.state = afterLT
		case !IsASCIILetter(c) && !(c >= '0' && c <= '9') && c != '#':
			x.state = inText
		}
	case afterLT:
		switch {
		case c == '!' && bytes.HasPrefix(src[i:], []byte("!--")):
			x.state = inComment
		case c == '!' || c == '?':
			x.state = inDeclaration
		case c == '/':
			x.state, x.closing, x.name = inTagName, true, x.name[:0]
		case IsASCIILetter(c):
			x.state, x.closing, x.name = inTagName, false, append(x.name[:0], c|0x20)
		default:
			x.state = inText
		}
	case inTagName:
		switch {
		case c == '>':
			x.endTag()
		case c == ' ' || c == '\t' || c == '\n' || c == '/':
			x.state = inTag
		default:
			x.name = append(x.name, c|0x20)
		}
	case inTag:
		switch {
		case x.quote != 0:
			if c == x.quote {
				x.quote = 0
			}
		case c == '"' || c == '\'':
			x.quote = c
		case c == '>':
			x.endTag()
		}
	case inComment:
		if c == '>' && i >= 2 && src[i-1] == '-' && src[i-2] == '-' && !bytes.HasSuffix(src[:i], []byte("<!--")) {
			x.state = inText
		}
	case inDeclaration:
		if c == '>' {
			x.state = inText
		}
	case inRawText:
		if c == '>' && closesRaw(src[:i], x.raw) {
			x.state = inText
		}
	}
}

// endTag ends a tag: a start tag of a raw text element begins its text.
func (x *htmlLexer) endTag() {
	x.state = inText
	if x.closing {
		return
	}
	for _, e := range rawTextElements {
		if string(x.name) == e {
			x.state, x.raw = inRawText, append(x.raw[:0], x.name...)
		}
	}
}

// closesRaw reports whether src ends with the end tag of element raw,
// but for its ">".
func closesRaw(src, raw []byte) bool {
	k := bytes.LastIndex(src, []byte("</"))
	return k >= 0 && bytes.EqualFold(bytes.TrimRight(src[k+2:], " \t\n"), raw)
}
