package pages

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
	xunicode "golang.org/x/text/encoding/unicode"
)

// TestDecode reads pages in the encodings editors, office suites and mail
// clients save them in: each as its text, and a warning for those read by
// the evidence of their bytes alone.
func TestDecode(t *testing.T) {
	must := func(b []byte, err error) []byte {
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	latin := "Name\nreason\tstring\tThe player\u2019s \u201creason\u201d (1\u00a0\u2013\u00a010 elements)\u2026"
	hangul := "요청 파라미터\n이름 | 타입 | 필수 | 설명\nlimit | Integer | N | 조회할 개수 (1 ~ 50)"
	for _, c := range []struct {
		name     string
		data     []byte
		want     string
		encoding string // of the warning; "" for none
		line     int
	}{
		{"UTF-8", []byte(latin), latin, "", 0},
		{"UTF-8 with a byte order mark", append([]byte{0xEF, 0xBB, 0xBF}, latin...), latin, "", 0},
		{"Windows-1252, as Notepad saves ANSI", must(charmap.Windows1252.NewEncoder().Bytes([]byte(latin))), latin, "Windows-1252", 2},
		{"Windows-1252 bytes in a UTF-8 page keep its UTF-8",
			[]byte("caf\u00e9 \u2192 ok\nit\x92s (1 \x96 10)"), "caf\u00e9 \u2192 ok\nit\u2019s (1 \u2013 10)", "Windows-1252", 2},
		{"EUC-KR, as Korean Windows saves ANSI", must(korean.EUCKR.NewEncoder().Bytes([]byte(hangul))), hangul, "EUC-KR (CP949)", 1},
		{"UTF-16 with its byte order mark, as a spreadsheet's Unicode Text",
			must(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(hangul))), hangul, "", 0},
		{"UTF-16 big-endian", must(xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(latin))), latin, "", 0},
		{"an HTML page that declares its encoding",
			append([]byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>`+"\n<p>"), must(charmap.Windows1252.NewEncoder().Bytes([]byte("it\u2019s caf\u00e9")))...),
			"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>\n<p>it\u2019s caf\u00e9", "", 0},
		{"an HTML page that declares EUC-KR",
			append([]byte(`<meta charset="euc-kr">`+"\n"), must(korean.EUCKR.NewEncoder().Bytes([]byte("설명")))...), "<meta charset=\"euc-kr\">\n설명", "", 0},
		{"an HTML page that declares UTF-8 but is not",
			[]byte("<meta charset=\"utf-8\">\n<p>it\x92s</p>"), "<meta charset=\"utf-8\">\n<p>it\u2019s</p>", "Windows-1252", 2},
		{"an XML page (WML) that declares its encoding",
			append([]byte(`<?xml version="1.0" encoding="iso-8859-1"?>`+"\n<wml><p>"), must(charmap.Windows1252.NewEncoder().Bytes([]byte("Copyright \u00a9 caf\u00e9")))...),
			"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<wml><p>Copyright \u00a9 caf\u00e9", "", 0},
		{"an XML page that declares iso-8859-1 but is UTF-8, as Html2Wml writes one",
			[]byte("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<wml><p>Copyright \u00a9 2024</p></wml>"),
			"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<wml><p>Copyright \u00a9 2024</p></wml>", "UTF-8", 2},
		{"an HTML page that declares windows-1252 but is UTF-8",
			[]byte("<meta charset=\"windows-1252\">\n<p>a</p>\n<p>it\u2019s</p>"), "<meta charset=\"windows-1252\">\n<p>a</p>\n<p>it\u2019s</p>", "UTF-8", 3},
		{"a page of ASCII that declares iso-8859-1 holds no contradiction",
			[]byte("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<wml><p>ok</p></wml>"), "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<wml><p>ok</p></wml>", "", 0},
		{"a few accented letters in a row are no Korean", []byte("\xe9\xe9 caf\xe9 na\xefve \xab\xbb"), "\u00e9\u00e9 caf\u00e9 na\u00efve \u00ab\u00bb", "Windows-1252", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, d := Decode(c.data)
			if got != c.want {
				t.Errorf("Decode = %q, want %q", got, c.want)
			}
			w := d.Warning()
			switch {
			case c.encoding == "" && w != "":
				t.Errorf("warning %q, want none", w)
			case c.encoding != "" && !strings.Contains(w, "as "+c.encoding):
				t.Errorf("warning %q, want one that reads the page as %s", w, c.encoding)
			case c.encoding != "" && d.Line != c.line:
				t.Errorf("warning at line %d, want %d", d.Line, c.line)
			}
		})
	}
}

// TestReadTextWarnsOfTheEncoding locates the warning of a page read as
// Windows-1252 at the line of its first byte that is not UTF-8.
func TestReadTextWarnsOfTheEncoding(t *testing.T) {
	rep := &Reporter{}
	text := ReadText("p.txt", []byte("Title\r\nName\r\nreason\tstring\tup to\xa0128 characters\x85\r\n"), rep)
	if got, want := strings.Join(text.Lines, "\n"), "Title\nName\nreason\tstring\tup to 128 characters\u2026\n"; got != want {
		t.Errorf("lines %q, want %q", got, want)
	}
	warns, _ := rep.Sorted([]string{"p.txt"}, false)
	if len(warns) != 1 || warns[0].Pos.Line != 3 || !strings.Contains(warns[0].Msg, "2 bytes that are not (first 0xA0") {
		t.Errorf("warnings %v, want one at line 3 of the 2 bytes", warns)
	}
}

// TestElinksZeroWidth reads the six bytes ELinks 0.13 writes for a
// zero-width character over the character before it (elinks -dump of
// real pages): a ZERO WIDTH SPACE, after a link number the closing
// bracket it was written over, with a warning at the first's line.
func TestElinksZeroWidth(t *testing.T) {
	for _, c := range []struct {
		name, data, want string
		restored, line   int
		encoding         string // read besides; "" for none
	}{
		{"a permalink after a heading", "intro\nClient [20\xfd\xbf\xbf\xbd\xa3\xac\n\nOther [21\xfd\xbf\xbf\xbd\xa3\xac\n",
			"intro\nClient [20]\u200b\n\nOther [21]\u200b\n", 2, 2, ""},
		{"inside a word, over the letter before", "   a\xfd\xbf\xbf\xbd\xa3\xadcd e\xfd\xbf\xbf\xbd\xa3\xae\n",
			"   a\u200bcd e\u200b\n", 0, 1, ""},
		{"with a Windows-1252 byte besides", "it\x92s\nOverview [9\xfd\xbf\xbf\xbd\xa3\xac\n",
			"it\u2019s\nOverview [9]\u200b\n", 1, 1, "Windows-1252"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, d := Decode([]byte(c.data))
			if got != c.want {
				t.Errorf("Decode = %q, want %q", got, c.want)
			}
			w := d.Warning()
			if d.Restored != c.restored || d.Line != c.line || !strings.Contains(w, "ELinks") {
				t.Errorf("restored %d at line %d, warning %q; want %d at line %d", d.Restored, d.Line, w, c.restored, c.line)
			}
			if c.encoding != "" && !strings.Contains(w, "as "+c.encoding) {
				t.Errorf("warning %q, want one that reads the page as %s", w, c.encoding)
			}
		})
	}
}
