package pages

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/korean"
	xunicode "golang.org/x/text/encoding/unicode"
)

// The bytes of a page: the encodings editors, office suites and mail
// clients save text in. A page is read as UTF-8 when its bytes are
// UTF-8, with a warning where it declares another encoding (an HTML
// <meta charset>, an XML declaration's encoding) and holds a character
// above ASCII, which a converter wrote in UTF-8 under the declaration
// it was given (Html2Wml's iso-8859-1); as UTF-16 when a byte order
// mark says so (Notepad's "Unicode", a spreadsheet's "Unicode Text"); in
// the encoding an HTML page declares (<meta charset>, an XML
// declaration) when its bytes are not UTF-8; and otherwise in the
// legacy encoding its bytes are evidence of, with a warning: EUC-KR
// (CP949, Korean Windows' "ANSI") when they are pairs of Korean
// characters, else Windows-1252 (Western Windows' "ANSI": smart quotes,
// dashes, the non-breaking space), byte by byte for the bytes that are
// not UTF-8, so that a page pasted together from both keeps its UTF-8.
// The tables are those of golang.org/x/text, the WHATWG's. ELinks 0.13
// (elinks -dump) writes a zero-width character (a zero-width space, a
// word joiner, a byte order mark) as six bytes that are no UTF-8, over
// the character before it (elinksZeroWidth): they are read as the
// zero-width character, with a warning, before the page is told UTF-8
// or not.

// A Decoding says how a page's bytes were read when they were not UTF-8:
// what a warning needs.
type Decoding struct {
	// Encoding names the encoding read; empty for UTF-8 (with or without
	// a byte order mark) and UTF-16 told by its byte order mark, which
	// are read as they are, without a warning.
	Encoding string
	// Declared is set when the page declares the encoding (an HTML <meta
	// charset>): it is read as declared, without a warning.
	Declared bool
	// Line is the line of the first byte that is not UTF-8, and Bytes the
	// number of such bytes (those of a legacy encoding's characters, not
	// those of ZeroWidth).
	Line, Bytes int
	// Sample shows the first such bytes and what they read as:
	// "0x92 (’)".
	Sample string
	// Contradicted is the encoding the page declares (an HTML <meta
	// charset>, an XML declaration's encoding) when its bytes, some
	// above ASCII, are UTF-8 all the same, as a converter writes UTF-8
	// under the declaration it was given: the page is read as UTF-8,
	// with a warning. Line and Sample tell its first character above
	// ASCII.
	Contradicted string
	// ZeroWidth is the number of zero-width characters ELinks wrote as
	// six bytes that are no UTF-8 (elinksZeroWidth), and Restored those
	// of them that stood where a link number's closing bracket was.
	ZeroWidth, Restored int
}

// Warning is the message that reports the decoding, or "" when the page
// was read as it says.
func (d Decoding) Warning() string {
	var zw string
	if d.ZeroWidth > 0 {
		zw = fmt.Sprintf("the page holds %d runs of six bytes that are no UTF-8 (0xFD 0xBF 0xBF 0xBD ...): read each as the zero-width character ELinks 0.13 (elinks -dump) writes so, over the character before it; %d of them stood where a link number's closing bracket was, restored; dump the page again with a newer ELinks, or with lynx or w3m, if a character is missing before one", d.ZeroWidth, d.Restored)
	}
	if d.Contradicted != "" {
		return fmt.Sprintf("the page declares the encoding %s, but its bytes are UTF-8 (first %s at line %d), as a converter writes them under the declaration it was given; read as %s, each such character would be two or more others: read as UTF-8; declare the encoding UTF-8 if the page is", d.Contradicted, d.Sample, d.Line, d.Contradicted)
	}
	if d.Encoding == "" || d.Declared {
		return zw
	}
	if zw != "" {
		zw += "; "
	}
	what := "Windows-1252, the encoding Western Windows saves text in as \"ANSI\""
	if d.Encoding != "Windows-1252" {
		what = d.Encoding + ", the encoding Korean Windows saves text in as \"ANSI\""
	}
	return zw + fmt.Sprintf("the page is not UTF-8: read its %d bytes that are not (first %s) as %s; save the page as UTF-8 if it is in another encoding", d.Bytes, d.Sample, what)
}

// Decode returns the text of a page's bytes, in UTF-8, and how they were
// read.
func Decode(data []byte) (string, Decoding) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if err == nil {
			return string(text), Decoding{}
		}
	}
	if utf8.Valid(data) {
		return string(data), contradicted(data)
	}
	data, zw := elinksZeroWidth(data)
	d := decode(data)
	d.ZeroWidth, d.Restored = zw.n, zw.restored
	if zw.n > 0 && (d.Line == 0 || zw.line < d.Line) {
		d.Line = zw.line
	}
	return d.text, d.Decoding
}

// decoded is a page's text and how its bytes were read.
type decoded struct {
	text string
	Decoding
}

// decode reads the bytes of a page that are not all UTF-8 as the HTML
// page declares, else as EUC-KR or Windows-1252 (Decode).
func decode(data []byte) decoded {
	if utf8.Valid(data) {
		return decoded{text: string(data)}
	}
	line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
	if enc, name := declared(data); enc != nil {
		if text, err := enc.NewDecoder().Bytes(data); err == nil {
			return decoded{string(text), Decoding{Encoding: name, Declared: true, Line: line}}
		}
	}
	if text, d, ok := eucKR(data); ok {
		d.Line = line
		return decoded{text, d}
	}
	text, d := windows1252(data, line)
	return decoded{text, d}
}

// elinksZeroWidthMark is how ELinks 0.13 writes a zero-width character:
// these four bytes and two continuation bytes (0x80-0xBF) that count the
// characters it wrote so, a six-byte form UTF-8 has no longer had. It
// writes them over the character before (elinks -dump of "ab\u200bcd"
// is "a", the six bytes, "cd"): after a permalink's number, "[20", the
// link's closing bracket.
var elinksZeroWidthMark = []byte{0xFD, 0xBF, 0xBF, 0xBD}

// zeroWidths counts what elinksZeroWidth read: the runs, those after a
// link number that the closing bracket is restored to, and the line of
// the first.
type zeroWidths struct{ n, restored, line int }

// elinksZeroWidth replaces each run of six bytes ELinks wrote for a
// zero-width character (elinksZeroWidthMark) with a ZERO WIDTH SPACE,
// preceded by the closing bracket it was written over where it follows
// a link number's opening bracket and digits ("[20"), and counts them.
func elinksZeroWidth(data []byte) ([]byte, zeroWidths) {
	var zw zeroWidths
	if !bytes.Contains(data, elinksZeroWidthMark) {
		return data, zw
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		if !bytes.HasPrefix(data[i:], elinksZeroWidthMark) || i+6 > len(data) || !continuation(data[i+4]) || !continuation(data[i+5]) {
			out = append(out, data[i])
			i++
			continue
		}
		if zw.n == 0 {
			zw.line = 1 + bytes.Count(data[:i], []byte("\n"))
		}
		zw.n++
		if afterLinkNumber(out) {
			out = append(out, ']')
			zw.restored++
		}
		out = append(out, "\u200b"...)
		i += 6
	}
	return out, zw
}

// continuation reports whether b continues a UTF-8 character.
func continuation(b byte) bool { return b&0xC0 == 0x80 }

// afterLinkNumber reports whether text ends in a link number's opening
// bracket and digits: "Client [20".
func afterLinkNumber(text []byte) bool {
	i := len(text)
	for i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
		i--
	}
	return i < len(text) && i > 0 && text[i-1] == '['
}

// firstInvalid is the offset of the first byte of data that is not part
// of a UTF-8 character.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// contradicted tells how a page whose bytes are UTF-8 was read when it
// declares another encoding and holds a character above ASCII, which
// the bytes of that encoding would read as two or more others (Decoding.
// Contradicted); else it is the zero Decoding.
func contradicted(data []byte) Decoding {
	i := firstAboveASCII(data)
	if i < 0 {
		return Decoding{}
	}
	if enc, _ := declared(data); enc == nil {
		return Decoding{}
	}
	r, _ := utf8.DecodeRune(data[i:])
	return Decoding{Contradicted: declaredLabel(data), Line: 1 + bytes.Count(data[:i], []byte("\n")), Sample: fmt.Sprintf("%q", r)}
}

// firstAboveASCII is the index of the first byte of data above ASCII,
// or -1: in UTF-8, where the first character above ASCII begins, found
// by a loop over the bytes, not a call for every character of the page
// (bytes.IndexFunc).
func firstAboveASCII(data []byte) int {
	for i, b := range data {
		if b >= utf8.RuneSelf {
			return i
		}
	}
	return -1
}

// metaCharsetRe matches the encoding an HTML page declares in its first
// bytes: <meta charset="…">, or <meta http-equiv="Content-Type"
// content="text/html; charset=…">.
var metaCharsetRe = regexp.MustCompile(`(?i)<meta\s[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)`)

// xmlEncodingRe matches the encoding an XML page (XHTML, WML) declares
// in its XML declaration: <?xml version="1.0" encoding="…"?>.
var xmlEncodingRe = regexp.MustCompile(`^\x{FEFF}?\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']`)

// declared returns the encoding an HTML page declares (its XML
// declaration's, else its <meta charset>), when it is one of the
// WHATWG's labels and no UTF-8, and its name.
func declared(data []byte) (encoding.Encoding, string) {
	label := declaredLabel(data)
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, _ := htmlindex.Name(enc)
	if name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		return nil, ""
	}
	return enc, name
}

// declaredLabel returns the label of the encoding an HTML page declares
// in its first bytes, as written ("iso-8859-1"): its XML declaration's,
// else its <meta charset>; "" for none.
func declaredLabel(data []byte) string {
	head := data[:min(len(data), 1024)]
	m := xmlEncodingRe.FindSubmatch(head)
	if m == nil {
		m = metaCharsetRe.FindSubmatch(head)
	}
	if m == nil {
		return ""
	}
	return string(m[1])
}

// eucKR reads data as EUC-KR when its bytes above ASCII are, nearly all,
// pairs of the Korean standard's characters (both bytes 0xA1-0xFE), at
// least minKoreanPairs of them, and read as Korean text: mostly Hangul.
// Windows-1252 text holds such a pair rarely (two accented letters in a
// row), and UTF-8 text too rarely for nearly all its bytes.
func eucKR(data []byte) (string, Decoding, bool) {
	high, paired, pairs, first := 0, 0, 0, -1
	for i := 0; i < len(data); i++ {
		b := data[i]
		if b < utf8.RuneSelf {
			continue
		}
		high++
		if i+1 < len(data) && b >= 0xA1 && b <= 0xFE && data[i+1] >= 0xA1 && data[i+1] <= 0xFE {
			if first < 0 {
				first = i
			}
			high++
			paired += 2
			pairs++
			i++
		}
	}
	if pairs < minKoreanPairs || paired*10 < high*9 {
		return "", Decoding{}, false
	}
	text, err := korean.EUCKR.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(text, utf8.RuneError) {
		return "", Decoding{}, false
	}
	hangul, other := 0, 0
	for _, r := range string(text) {
		switch {
		case r < utf8.RuneSelf:
		case unicode.Is(unicode.Hangul, r):
			hangul++
		default:
			other++
		}
	}
	if hangul <= other {
		return "", Decoding{}, false
	}
	char, _ := korean.EUCKR.NewDecoder().Bytes(data[first : first+2])
	return string(text), Decoding{Encoding: "EUC-KR (CP949)", Bytes: high, Sample: fmt.Sprintf("0x%02X 0x%02X (%s)", data[first], data[first+1], char)}, true
}

// minKoreanPairs is the fewest Korean characters that tell a page is
// EUC-KR: a few words.
const minKoreanPairs = 4

// windows1252 reads each byte of data that is not part of a UTF-8
// character as Windows-1252 does.
func windows1252(data []byte, line int) (string, Decoding) {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	d := Decoding{Encoding: "Windows-1252", Line: line}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			r = charmap.Windows1252.DecodeByte(data[i])
			if d.Bytes == 0 {
				d.Sample = fmt.Sprintf("0x%02X (%c)", data[i], r)
			}
			d.Bytes++
		}
		b.WriteRune(r)
		i += n
	}
	return b.String(), d
}
