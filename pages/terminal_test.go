package pages

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// terminalWarn is terminalEscapes' warning, its line, its first escape
// and its count to fill in.
const terminalWarn = "line %d holds a terminal's escapes (%q), as a tool printing for a terminal (a colour's, a hyperlink's, an overstrike's) writes them to a file: read the page's %d escapes as nothing, the text they mark as it stands, their colours and styles as no evidence of anything; print the page again without them (NO_COLOR=1, or through col -b) to be rid of this warning"

// TestTerminalEscapes reads a page a tool printing for a terminal wrote
// to a file: cli-table3's grey borders and red header cells, a
// hyperlink, an overstruck bold, an erase to the line's end, a hidden
// cursor, a window's title and tput's ASCII character set are read as
// nothing, with one warning at the first line that holds one; a
// cursor's move, an erase of the line before it and an ESC that starts
// no sequence are refused at their lines, one error a line.
func TestTerminalEscapes(t *testing.T) {
	for _, c := range []struct {
		name, page   string
		want         []string
		warns, fails []string
	}{{
		name:  "cli-table3 under marked-terminal: colours on borders and header cells",
		page:  "# Codes\n\n\x1b[90m┌──────┬──────┐\x1b[39m\n\x1b[90m│\x1b[39m\x1b[31m Code \x1b[39m\x1b[90m│\x1b[39m\x1b[31m Text \x1b[39m\x1b[90m│\x1b[39m\n",
		want:  []string{"# Codes", "", "┌──────┬──────┐", "│ Code │ Text │", ""},
		warns: []string{"3: " + fmt.Sprintf(terminalWarn, 3, "\x1b[90m", 12)},
	}, {
		name:  "a hyperlink, an overstrike, an erase to the end after a carriage return (a CRLF), modes, a title, the ASCII set",
		page:  "\x1b]0;man page\aNAME\n\x1b[?25l\x1b=N\bNa\bam\bme\be \x1b]8;;https://x.test\x1b\\link\x1b]8;;\x1b\\\r\x1b[K\n\x1b(B\x1b[mend\x1b[?1h",
		want:  []string{"NAME", "Name link", "end"},
		warns: []string{"1: " + fmt.Sprintf(terminalWarn, 1, "\x1b]0;man page\a", 13)},
	}, {
		name: "a cursor's move, an erase of the line's start, an ESC alone: refused, one a line",
		page: "Name  Type\n\x1b[2Aid\x1b[3C  Long\n\x1b[1Kx\n\x1bQ plain\n",
		want: []string{"Name  Type", "\x1b[2Aid\x1b[3C  Long", "\x1b[1Kx", "\x1bQ plain", ""},
		fails: []string{
			"2: line 2 holds a terminal escape that writes no text and is no colour, style or hyperlink (\"\\x1b[2A\"): a cursor's move, an erase or a sequence no terminal knows, which moves or hides what the file writes, so what a terminal showed there cannot be read from the file; print the page again without escapes (NO_COLOR=1, TERM=dumb) or write the line as the terminal shows it",
			"3: line 3 holds a terminal escape that writes no text and is no colour, style or hyperlink (\"\\x1b[1K\"): a cursor's move, an erase or a sequence no terminal knows, which moves or hides what the file writes, so what a terminal showed there cannot be read from the file; print the page again without escapes (NO_COLOR=1, TERM=dumb) or write the line as the terminal shows it",
			"4: line 4 holds a terminal escape that writes no text and is no colour, style or hyperlink (\"\\x1bQ p\"): a cursor's move, an erase or a sequence no terminal knows, which moves or hides what the file writes, so what a terminal showed there cannot be read from the file; print the page again without escapes (NO_COLOR=1, TERM=dumb) or write the line as the terminal shows it",
		},
	}} {
		t.Run(c.name, func(t *testing.T) {
			rep := &Reporter{}
			text := ReadText("p.txt", []byte(c.page), rep)
			if !reflect.DeepEqual(text.Lines, c.want) {
				t.Errorf("read\n%q\nwant\n%q", text.Lines, c.want)
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			var ws, es []string
			for _, w := range warns {
				ws = append(ws, fmt.Sprintf("%d: %s", w.Pos.Line, w.Msg))
			}
			for _, e := range errs {
				es = append(es, fmt.Sprintf("%d: %s", e.Pos.Line, e.Msg))
			}
			if !reflect.DeepEqual(ws, c.warns) || !reflect.DeepEqual(es, c.fails) {
				t.Errorf("warnings\n%s\nwant\n%s\nerrors\n%s\nwant\n%s", strings.Join(ws, "\n"), strings.Join(c.warns, "\n"), strings.Join(es, "\n"), strings.Join(c.fails, "\n"))
			}
		})
	}
}

// TestOverstrikeNextToControl checks that a backspace is an overstrike
// only between two printable characters, for the count terminalEscapes
// warns of and for what Overstruck takes out alike: one after a control
// byte (a BEL in binary junk), before one, or at a line's start strikes
// nothing over, and the byte before it stays.
func TestOverstrikeNextToControl(t *testing.T) {
	for _, c := range []struct {
		text, want string
		count      int
	}{
		{"N\bNa\bame", "Name", 2},
		{"_\b\u2010x", "\u2010x", 1},
		{"id\a\bx", "id\ax", 0},
		{"id\b\ax", "id\ax", 0},
		{"id\n\bx", "id\nx", 0},
	} {
		if got := Overstruck(c.text); got != c.want {
			t.Errorf("Overstruck(%q) = %q, want %q", c.text, got, c.want)
		}
		if got := scanEscapes(c.text).n; got != c.count {
			t.Errorf("scanEscapes(%q) counts %d, want %d", c.text, got, c.count)
		}
	}
}
