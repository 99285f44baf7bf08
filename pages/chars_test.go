package pages

import (
	"reflect"
	"strings"
	"testing"
)

// TestAppendASCIIWords checks AppendASCIIWords and IsLowerOf against
// Words.
func TestAppendASCIIWords(t *testing.T) {
	for _, s := range []string{"", "Code", "Status Code", "HTTP Status", "detail_code", "Error Codes", "HTTPServerIDs", "Http response code", "MESSAGES", "x9Y", "a-b_c d", "statusCode", "Stat"} {
		for i := range len(s) + 1 {
			text := s[:i]
			want := Words(text)
			got := AppendASCIIWords(nil, text)
			if len(got) != len(want) {
				t.Errorf("AppendASCIIWords(%q) = %q, want the words %q", text, got, want)
				continue
			}
			for k, w := range got {
				if !IsLowerOf(w, want[k]) {
					t.Errorf("AppendASCIIWords(%q) = %q, want the words %q", text, got, want)
				}
			}
		}
	}
}

// TestSharedWords checks SharedWords against counting the words Words
// returns of text that are among those it returns of other, on the texts
// a row's cuts give and on every cut of them.
func TestSharedWords(t *testing.T) {
	texts := []string{
		"", "InfoRequestParam0001trueFlags", "GenericModels.BanItemBan status", "customDatasCustomDataParam[]true",
		"iOSDeviceIdstringiOS", "IDs", "HTTPServerIDs", "Datas", "Idss", "a-b_c d", "PlayerÉtatData", "ÀlaCarte", "x9Y", "ABCdef", "aBC",
	}
	for _, other := range []string{"infoRequestParams", "playerBan", "customDatas", "iOSDeviceId", "idData", "httpServers", "étatData", ""} {
		set := map[string]bool{}
		for _, w := range Words(other) {
			set[w] = true
		}
		for _, s := range texts {
			for i := range len(s) + 1 {
				text := s[:i]
				want := 0
				for _, w := range Words(text) {
					if set[w] {
						want++
					}
				}
				if got := SharedWords(text, other); got != want {
					t.Errorf("SharedWords(%q, %q) = %d, want %d (words %q and %q)", text, other, got, want, Words(text), Words(other))
				}
			}
		}
	}
}

// TestLinesClean reads the characters scrapes leave: CRLF, non-breaking
// and other spaces, zero-width spaces and a byte order mark, full-width
// forms, dashes, and the curly quotes of an editor.
func TestLinesClean(t *testing.T) {
	got := Lines([]byte("\uFEFF# Title\u200b\r\n| a | b |\r\r\nKey. (6\u00a0-\u00a064\u202fcharacters)\rsoft\u00adhyphen"))
	want := []string{"# Title", "| a | b |", "Key. (6 - 64 characters)", "softhyphen"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Lines\n got %q\nwant %q", got, want)
	}
	got = Lines([]byte("limit | Integer | N | Max (1\uff5e200, default\uff1a50) \uff5c\nlevel (1\u301c99), (1\u2013999), (\u22125\u20125), (1\u2053\uff19)\nA \u2014 clause\nAccept | N | \u201capplication/json\u201d, the player\u2019s \u2018code\u2019 \u201e\u201f"))
	want = []string{"limit | Integer | N | Max (1~200, default:50) |", "level (1~99), (1-999), (-5-5), (1~9)", "A \u2014 clause", `Accept | N | "application/json", the player's 'code' ""`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Lines\n got %q\nwant %q", got, want)
	}
}

// TestLinesUnligated reads the ligatures a PDF's text extraction writes
// (PyMuPDF's get_text of a Chromium print: "identi\ufb01er", "\ufb02oor",
// "di\ufb00er", "\ufb01le:///") as their letters, through Lines and where
// a line also holds a typesetter's break hyphen (Hyphenated).
func TestLinesUnligated(t *testing.T) {
	got := Lines([]byte("The unique identi\ufb01er\ncoiled on the \ufb02oor\nThe strands di\ufb00er, e\ufb03cient, ba\ufb04e\n\ufb01le:///x/y.html"))
	want := []string{"The unique identifier", "coiled on the floor", "The strands differ, efficient, baffle", "file:///x/y.html"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Lines\n got %q\nwant %q", got, want)
	}
	raw := []string{"Secret-Key", "the \ufb01eld\u2010", "level"}
	h := hyphenated(raw)
	if m := h[2]; Clean(m) != Clean(raw[1]) || strings.ContainsRune(m, '\ufb01') {
		t.Errorf("hyphenated line 2 = %q, want it unligated and Clean to give %q", m, Clean(raw[1]))
	}
}

// TestOverstruck checks that nroff's bold and underline overstrikes go,
// and a line's count stays.
func TestOverstruck(t *testing.T) {
	for in, want := range map[string]string{
		"N\bNa\bam\bme\be  Type": "Name  Type",
		"_\bs_\bt_\br":           "str",
		"\u2010\b\u2010x":        "\u2010x",
		"a\n\bb":                 "a\nb",
		"\bplain":                "plain",
		"no backspace\n":         "no backspace\n",
	} {
		if got := Overstruck(in); got != want {
			t.Errorf("Overstruck(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Lines([]byte("c\bco\bod\bde\be  x\ny")); strings.Join(got, "|") != "code  x|y" {
		t.Errorf("Lines = %q", got)
	}
}

// TestHyperlinks checks that the escapes of a terminal's hyperlinks (OSC
// 8), ended by BEL or by ESC \\, go with the URI they hold, the link's
// text staying (glamour's "See PermissionRules" and its URL printed again
// as a second link, ls --hyperlink's file names), through Lines too; an
// escape not ended on its line, or with no URI field, stays.
func TestHyperlinks(t *testing.T) {
	for in, want := range map[string]string{
		"See \x1b]8;id=2002330314;/guide/rules\aRules\x1b]8;;\a \x1b]8;id=2002330314;/guide/rules\a/guide/rules\x1b]8;;\a": "See Rules /guide/rules",
		"\x1b]8;;file:///tmp/a.txt\x1b\\a.txt\x1b]8;;\x1b\\  b.txt":                                                        "a.txt  b.txt",
		"cut \x1b]8;;https://x.test/a\nrest":                                                                               "cut \x1b]8;;https://x.test/a\nrest",
		"\x1b]8;x\a text":                                                                                                  " text",
		"plain text\n":                                                                                                     "plain text\n",
	} {
		if got := TerminalText(in); got != want {
			t.Errorf("TerminalText(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Lines([]byte("  Name\x1b]8;;#n\x1b\\Id\x1b]8;;\x1b\\  x\ny")); strings.Join(got, "|") != "  NameId  x|y" {
		t.Errorf("Lines = %q", got)
	}
}

// TestRenditions checks that the escapes of a terminal's colours and
// styles (SGR), as pandoc's ansi writer sets them around a heading, a
// link and a code line, go with their parameters, the text staying,
// through Lines too, beside a hyperlink's; another control sequence (a
// cursor's move) and an escape not ended stay.
func TestRenditions(t *testing.T) {
	for in, want := range map[string]string{
		"\x1b[1m\x1b[23m\x1b[39m\x1b[49m\x1b[24m\x1b[29m/saltpan/status\x1b[0m": "/saltpan/status",
		"    \x1b[22m\x1b[23m\x1b[31m\x1b[49m\x1b[24m\x1b[29m{\x1b[0m":          "    {",
		"\x1b[38;2;255:0:0mred\x1b[m and plain":                                 "red and plain",
		"up\x1b[2A two":                                                         "up\x1b[2A two",
		"cut \x1b[1":                                                            "cut \x1b[1",
		"plain text\n":                                                          "plain text\n",
	} {
		if got := TerminalText(in); got != want {
			t.Errorf("TerminalText(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Lines([]byte("\x1b[22m\x1b[23m\x1b[36m\x1b[4m\x1b]8;;/display/x\x1b\\Pages\x1b[0m\x1b]8;;\x1b\\  x\ny")); strings.Join(got, "|") != "Pages  x|y" {
		t.Errorf("Lines = %q", got)
	}
}

// TestIsHeaderName checks the header name rule against RFC 9110's tokens.
func TestIsHeaderName(t *testing.T) {
	for s, want := range map[string]bool{
		"Secret-Key": true, "Content-Type": true, "X-Api.Version_2": true, "kgAppId": true, "a|b~c": true, "!#$%&'*+^`": true,
		"": false, "Secret Key": false, "Key:": false, "Auth(ADMIN)": false, "\"quoted\"": false, "a/b": false, "é": false,
	} {
		if got := IsHeaderName(s); got != want {
			t.Errorf("IsHeaderName(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSingleSpaced checks SingleSpaced against strings.Fields joined.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "a\u2003 b", "number int", "é b", "a b c", "a\r"} {
		if got, want := SingleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("SingleSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}

type markupStyle struct{ lineStyle }

func (markupStyle) DecodesReferences() {}

// TestUnescape decodes the references a scrape of a page's source leaves
// in a text page, once, and leaves an "&" that begins no known reference,
// and every reference of a page whose style decodes its own.
func TestUnescape(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"| rewards | List&lt;Reward&gt; | Rewards |", "| rewards | List<Reward> | Rewards |"},
		{"| Content-Type | String | Y | &quot;application/json&quot; |", `| Content-Type | String | Y | "application/json" |`},
		{"it&#39;s &apos;a&apos; &amp; b", "it's 'a' & b"},
		{"(6&nbsp;-&nbsp;64&#160;characters)", "(6 - 64 characters)"},
		{"LeaderboardItem&#8203;", "LeaderboardItem"},
		{"LeaderboardItem&#x200B;&#X200b;", "LeaderboardItem"},
		{"&#65;&#x42;c", "ABc"},
		{"&amp;lt; is how a page writes &lt;", "&lt; is how a page writes <"},
		{"R&D, AT&T, a && b, &; &#; &#x; &#xZZ;", "R&D, AT&T, a && b, &; &#; &#x; &#xZZ;"},
		{"&unknown; &lt without its semicolon", "&unknown; &lt without its semicolon"},
		{"no reference at all", "no reference at all"},
	} {
		in := []string{"first", c.in}
		got := Unescape(lineStyle{}, in, "p.txt", nil, &Reporter{})
		if got[0] != "first" || got[1] != c.want {
			t.Errorf("Unescape(%q) = %q, want %q", c.in, got[1], c.want)
		}
		if in[1] != c.in {
			t.Errorf("Unescape(%q) changed its input", c.in)
		}
		if got := Unescape(markupStyle{}, in, "p.txt", nil, &Reporter{}); got[1] != c.in {
			t.Errorf("Unescape(%q) of a markup style = %q, want it as it is", c.in, got[1])
		}
	}
}

// TestUnescapeLeavesHTMLTables leaves the references of an HTML table on
// lines of their own, on one line or on several, for the HTML reading to
// decode, and decodes those of the lines after it; a table no line
// closes is no HTML table.
func TestUnescapeLeavesHTMLTables(t *testing.T) {
	in := []string{"a &amp; b", "<table><tr><td>List&lt;String&gt;</td></tr></table>", "<TABLE>", "<tr><td>x &amp; y</td></tr>", "</table>", "c &amp; d", "<table><tr><td>&lt;</td></tr>"}
	want := []string{"a & b", in[1], in[2], in[3], in[4], "c & d", "<table><tr><td><</td></tr>"}
	if got := Unescape(lineStyle{}, in, "p.txt", nil, &Reporter{}); !reflect.DeepEqual(got, want) {
		t.Errorf("Unescape =\n%q\nwant\n%q", got, want)
	}
}

// TestUnescapeWarnsOnce warns once a page, at the first line whose
// references it decodes (its page line, where the page's lines are not
// one for one), counting the lines; not on a page that holds none, nor
// on one whose style decodes its own.
func TestUnescapeWarnsOnce(t *testing.T) {
	in := []string{"h3: Response Body", "pens | List&lt;Pen&gt; | Pens", "{ &quot;pens&quot;: [] }", "size | Integer | (default:&nbsp;10)"}
	rep := &Reporter{}
	got := Unescape(lineStyle{}, in, "p.txt", nil, rep)
	if want := []string{in[0], "pens | List<Pen> | Pens", `{ "pens": [] }`, "size | Integer | (default: 10)"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Unescape = %q, want %q", got, want)
	}
	if len(rep.warns) != 1 || rep.warns[0].Pos != At("p.txt", 2) || !strings.Contains(rep.warns[0].Msg, "of the 3 lines") {
		t.Errorf("warnings %v, want one at p.txt:2 counting 3 lines", rep.warns)
	}
	rep = &Reporter{}
	if Unescape(lineStyle{}, in[1:], "p.txt", []int{7, 8, 9}, rep); len(rep.warns) != 1 || rep.warns[0].Pos != At("p.txt", 7) {
		t.Errorf("warnings %v, want one at the page line p.txt:7", rep.warns)
	}
	rep = &Reporter{}
	if Unescape(lineStyle{}, []string{"R&D", "a && b"}, "p.txt", nil, rep); len(rep.warns) != 0 {
		t.Errorf("warnings %v on a page without references, want none", rep.warns)
	}
	rep = &Reporter{}
	if Unescape(markupStyle{}, in, "p.txt", nil, rep); len(rep.warns) != 0 {
		t.Errorf("warnings %v on a page whose style decodes its references, want none", rep.warns)
	}
}

// TestIsPageMark tells the marks a page break leaves, alone or in a
// header or footer line, from text that holds a page number.
func TestIsPageMark(t *testing.T) {
	for line, want := range map[string]bool{
		"Page 2 of 3": true, "- 2 -": true, "-- 2 of 10 --": true, "-- 2 of the 3 --": false, "GearN Docs · API Reference · Page 3 of 4": true,
		"Page 2 / 5 | docs.example.com": true, "docs — page 1 of 2": true,
		"file:///home/minh/Downloads/guildpoint.html   2/5": true, "ûle:///home/minh/Downloads/guildpoint.html   2/5": true,
		"<!-- PAGE_BREAK -->": true, "<!--page break-->": true, "<!-- PAGE_BREAK --> text": false, "<!-- page 2 -->": false,
		"see ûle 2/5": false, "See page 2 of the guide.": false, "The page size. (from 1 to 100)": false, "pageSizenumbertrueThe page size. (1 - 100)": false,
	} {
		if got := IsPageMark(line); got != want {
			t.Errorf("IsPageMark(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestIsASCII checks IsASCII, which tests eight bytes at a time, against
// a byte at a time: a byte past ASCII at every place of texts longer and
// shorter than eight bytes.
func TestIsASCII(t *testing.T) {
	for n := range 20 {
		s := strings.Repeat("a", n)
		if !IsASCII(s) {
			t.Errorf("IsASCII(%q) = false", s)
		}
		for i := range n {
			for _, c := range []byte{0x80, 0xc2, 0xff} {
				b := []byte(s)
				b[i] = c
				if IsASCII(string(b)) {
					t.Errorf("IsASCII(%q) = true", b)
				}
			}
		}
	}
}
