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
// UTF-8; as UTF-16 when a byte order mark says so (Notepad's "Unicode",
// a spreadsheet's "Unicode Text"); in the encoding an HTML page declares
// (<meta charset>) when its bytes are not UTF-8; and otherwise in the
// legacy encoding its bytes are evidence of, with a warning: EUC-KR
// (CP949, Korean Windows' "ANSI") when they are pairs of Korean
// characters, else Windows-1252 (Western Windows' "ANSI": smart quotes,
// dashes, the non-breaking space), byte by byte for the bytes that are
// not UTF-8, so that a page pasted together from both keeps its UTF-8.
// The tables are those of golang.org/x/text, the WHATWG's.

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
	// number of such bytes (those of a legacy encoding's characters).
	Line, Bytes int
	// Sample shows the first such bytes and what they read as:
	// "0x92 (’)".
	Sample string
}

// Warning is the message that reports the decoding, or "" when the page
// was read as it says.
func (d Decoding) Warning() string {
	if d.Encoding == "" || d.Declared {
		return ""
	}
	what := "Windows-1252, the encoding Western Windows saves text in as \"ANSI\""
	if d.Encoding != "Windows-1252" {
		what = d.Encoding + ", the encoding Korean Windows saves text in as \"ANSI\""
	}
	return fmt.Sprintf("the page is not UTF-8: read its %d bytes that are not (first %s) as %s; save the page as UTF-8 if it is in another encoding", d.Bytes, d.Sample, what)
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
		return string(data), Decoding{}
	}
	line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
	if enc, name := declared(data); enc != nil {
		if text, err := enc.NewDecoder().Bytes(data); err == nil {
			return string(text), Decoding{Encoding: name, Declared: true, Line: line}
		}
	}
	if text, d, ok := eucKR(data); ok {
		d.Line = line
		return text, d
	}
	return windows1252(data, line)
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

// metaCharsetRe matches the encoding an HTML page declares in its first
// bytes: <meta charset="…">, or <meta http-equiv="Content-Type"
// content="text/html; charset=…">.
var metaCharsetRe = regexp.MustCompile(`(?i)<meta\s[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)`)

// declared returns the encoding an HTML page declares, when it is one of
// the WHATWG's labels and no UTF-8 (which the bytes are not), and its
// name.
func declared(data []byte) (encoding.Encoding, string) {
	m := metaCharsetRe.FindSubmatch(data[:min(len(data), 1024)])
	if m == nil {
		return nil, ""
	}
	enc, err := htmlindex.Get(string(m[1]))
	if err != nil {
		return nil, ""
	}
	name, _ := htmlindex.Name(enc)
	if name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		return nil, ""
	}
	return enc, name
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
