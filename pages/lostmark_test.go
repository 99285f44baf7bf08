package pages

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestLostMarks reads the "?" closing a page's titles as the character a
// legacy encoding's writer lost, where the page shows the substitution
// (its bytes 8-bit, or three titles so ended), and keeps every "?" that
// may be text: a question, a sentence, a table's row, a "?" inside a line.
func TestLostMarks(t *testing.T) {
	const warn8 = `read the "?" that closes lines %s as a character the page's encoding lacks, which the tool that wrote the page (unrtf --text, a Windows program's "Save as text" in ANSI) replaced with "?", as the page's bytes are 8-bit: the zero-width space a docs site sets at a heading's end, dropped; convert the page to UTF-8 text instead to keep every character`
	const warnMany = `read the "?" that closes lines %s as a character the page's encoding lacks, which the tool that wrote the page (unrtf --text, a Windows program's "Save as text" in ANSI) replaced with "?", as so many of its titles end so: the zero-width space a docs site sets at a heading's end, dropped; convert the page to UTF-8 text instead to keep every character`
	const latin1 = `the page is not UTF-8: read its 1 bytes that are not (first 0xA9 (©)) as Windows-1252, the encoding Western Windows saves text in as "ANSI"; save the page as UTF-8 if it is in another encoding`
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{
		{
			"unrtf: a lone ? after each heading, the page 8-bit",
			"lockItems ?\nRequest Body ?\n\tCode\tType\n\tnote\tstring\tShown?  Always.\nGenericModels.LockedItem ?\nCopyright \xa9 GearN",
			[]string{"lockItems", "Request Body", "\tCode\tType", "\tnote\tstring\tShown?  Always.", "GenericModels.LockedItem", "Copyright © GearN"},
			[]string{"1: " + strings.Replace(warn8, "%s", "1-2, 5", 1), "6: " + latin1},
		},
		{
			"one heading so ended on an 8-bit page",
			"## ReturnCode ?\n| Name | Code |\nCopyright \xa9 GearN",
			[]string{"## ReturnCode", "| Name | Code |", "Copyright © GearN"},
			[]string{"1: " + strings.Replace(warn8, "%s", "1", 1), "3: " + latin1},
		},
		{
			"ASCII: the ? set against each heading, three of them",
			"Overview?\nLock items.\nRequest Headers?\nName\tRequired\nReturnCode?",
			[]string{"Overview", "Lock items.", "Request Headers", "Name\tRequired", "ReturnCode"},
			[]string{"1: " + strings.Replace(warnMany, "%s", "1, 3, 5", 1)},
		},
		{
			"ASCII: two titles so ended are no evidence",
			"Overview?\nRequest Headers?\nName\tRequired",
			[]string{"Overview?", "Request Headers?", "Name\tRequired"},
			nil,
		},
		{
			"questions, sentences and rows stay, even on an 8-bit page",
			"How do I lock an item?\nIs it free ?\nLocked, or not?\nIt locks. Really?\n\tlock\tboolean\tLocked?\nname | Locked?\nWhat? Why?\nCopyright \xa9 GearN",
			[]string{"How do I lock an item?", "Is it free ?", "Locked, or not?", "It locks. Really?", "\tlock\tboolean\tLocked?", "name | Locked?", "What? Why?", "Copyright © GearN"},
			[]string{"8: " + latin1},
		},
	} {
		text, warns := readText(c.page)
		if !reflect.DeepEqual(text.Lines, c.want) {
			t.Errorf("%s: read\n%q\nwant\n%q", c.name, text.Lines, c.want)
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestLowPunctuation reads the control characters unrtf --text writes for
// the dashes and quotes of General Punctuation, the low byte of each, as
// those characters (which Clean makes ASCII), with a warning at the
// first; a page that holds other control characters (a binary file, an
// Info file's node separator) keeps them all.
func TestLowPunctuation(t *testing.T) {
	const warn = `read the page's %s control characters (first 0x%s) as the dashes and quotes of General Punctuation whose low byte each is (U+2010 to U+201E), as unrtf --text writes them; convert the page to UTF-8 text to keep every character`
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{
		{"unrtf: quotes and a dash",
			"Title\n\tContent-Type\tString\tY\t\x1capplication/json\x1d\nThe player\x19s message \x13 short.",
			[]string{"Title", "\tContent-Type\tString\tY\t\"application/json\"", "The player's message - short."},
			[]string{"2: " + strings.NewReplacer("%s", "4").Replace(strings.Replace(warn, "0x%s", "0x1C, as '“'", 1))}},
		{"an Info file's node separator and a binary's bytes stay",
			"\x1f\nFile: a.info\n\x1cx\x1d",
			[]string{"\x1f", "File: a.info", "\x1cx\x1d"}, nil},
		{"ESC is no punctuation: a terminal's colours go (TerminalText), a cursor's move stays",
			"\x1b[1mName\x1b[0m\n\x1b[2Aup",
			[]string{"Name", "\x1b[2Aup"}, []string{"1: " + fmt.Sprintf(terminalWarn, 1, "\x1b[1m", 2)}},
	} {
		text, warns := readText(c.page)
		if !reflect.DeepEqual(text.Lines, c.want) {
			t.Errorf("%s: read\n%q\nwant\n%q", c.name, text.Lines, c.want)
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestIndexLowPunctuation checks indexLowPunctuation, which reads byte by
// byte, against strings.IndexFunc, which reads rune by rune: in texts of
// runes of several bytes and bytes that are no UTF-8.
func TestIndexLowPunctuation(t *testing.T) {
	for _, text := range []string{
		"", "plain text\n\tand a tab", "the player\x19s", "\x1capplication/json\x1d", "ESC \x1b[0m only",
		"—–“” punctuation written whole", "요청\x14바디", "\xe2\x80\x14", "\xff\x10", "\x1f\x1e", "\x0f\x16\x17\x1b",
	} {
		if got, want := indexLowPunctuation(text), strings.IndexFunc(text, isLowPunctuation); got != want {
			t.Errorf("indexLowPunctuation(%q) = %d, want %d", text, got, want)
		}
	}
}
