package pages

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// flow wraps text as a mail client does with format=flowed: each line
// longer than width is broken at its last space within the width, the
// space kept at the end of the broken line; a word longer than the width
// stands on a line of its own.
func flow(text string, width int) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		for len([]rune(l)) > width {
			rs := []rune(l)
			cut := strings.LastIndex(string(rs[:width]), " ")
			if cut <= 0 {
				k := strings.IndexByte(l, ' ')
				if k < 0 {
					break
				}
				cut = k
			}
			out = append(out, l[:cut+1])
			l = l[cut+1:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// readText is ReadText of a page, with its warnings as "line: message".
func readText(page string) (Text, []string) {
	rep := &Reporter{}
	text := ReadText("p.txt", []byte(page), rep)
	warns, _ := rep.Sorted([]string{"p.txt"}, false)
	var ws []string
	for _, w := range warns {
		ws = append(ws, fmt.Sprintf("%d: %s", w.Pos.Line, w.Msg))
	}
	return text, ws
}

// pipePage is a page of pipe rows whose rows are longer than a mail
// client's width, its bounds and its closing pipes where the client
// breaks them.
const pipePage = `/maintenance/whitelist
Request Body
Name | Type | Mandatory | Description |
---|---|---|---|
maintenanceId | String | Y | Maintenance ID the players are let in during (12 characters) |
playerIds | List<String> | Y | Players let in during the maintenance, 1 ~ 50 players |
expireMinutes | Integer | N | Minutes the players stay on the whitelist (10 ~ 1440, default: 60) |
memo | String | N | Operator memo shown in the admin console, at most 200 characters long |
Example Request
POST /service/v4/maintenance/whitelist HTTP/1.1
{"maintenanceId": "MNT-20261203", "playerIds": ["123456789123456", "223456789123456"], "memo": "December update"}`

// TestUnflow joins the lines a mail client broke, in a page wrapped at
// each width clients wrap at, and leaves every line at its page line.
func TestUnflow(t *testing.T) {
	for _, width := range []int{72, 76, 78} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			wrapped := flow(pipePage, width)
			if wrapped == pipePage {
				t.Fatal("the page is not wrapped")
			}
			text, warns := readText(wrapped)
			if got := strings.Join(text.Lines, "\n"); got != pipePage {
				t.Errorf("read\n%s\nwant\n%s", got, pipePage)
			}
			if len(warns) != 1 || !strings.Contains(warns[0], fmt.Sprintf("wrapped at %d columns", width)) {
				t.Errorf("warnings %q, want one of the wrap at %d columns", warns, width)
			}
			pageLines := strings.Split(wrapped, "\n")
			for i, l := range text.Lines {
				if at := text.At[i]; !strings.HasPrefix(l, pageLines[at-1]) {
					t.Errorf("line %q is at page line %d, %q", l, at, pageLines[at-1])
				}
			}
		})
	}
}

// TestUnflowKorean joins the lines of Korean text that a client wrapped
// counting a Hangul syllable as two columns.
func TestUnflowKorean(t *testing.T) {
	page := "이름 | 타입 | 필수 | 설명 |\n---|---|---|---|\n" +
		"limit | Integer | N | 한 번에 조회할 점검의 개수이며 최신 점검부터 차례로 돌려 줍니다 |\n" +
		"state | String | N | 이 상태의 점검만 조회하며 값이 없으면 모든 상태의 점검을 조회합니다 |\n" +
		"platform | String | N | 점검이 닫는 플랫폼이며 값이 없으면 모든 플랫폼의 점검을 조회합니다 |"
	var wrapped []string
	for _, l := range strings.Split(page, "\n") {
		for columns(l) > 72 {
			cut := 0
			for i, r := range l {
				if r == ' ' && columns(l[:i+1]) <= 72 {
					cut = i
				}
			}
			wrapped = append(wrapped, l[:cut+1])
			l = l[cut+1:]
		}
		wrapped = append(wrapped, l)
	}
	text, warns := readText(strings.Join(wrapped, "\n"))
	if got := strings.Join(text.Lines, "\n"); got != page {
		t.Errorf("read\n%s\nwant\n%s\n(warnings %q)", got, page, warns)
	}
}

// TestUnflowNeedsEvidence leaves the lines of pages that end in a space
// for another reason than a client's wrap as they are.
func TestUnflowNeedsEvidence(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		{"rows a browser copy left trailing spaces on, longer than a mail's lines",
			"Name\nreasonstringThe reason shown in the player's history and in the audit log of the dashboard \nmodeStatisticModeHow the value changes: added to the statistic, or set as its new value \namountnumber intThe amount to add, or the new value. (from -100000 to 100000) \nlast"},
		{"Markdown's line breaks: two spaces",
			"# Title  \nThe first line of a paragraph that goes on and is long enough for a mail  \nbreak and more text after it, which a client would have wrapped there  \nthe next line  \nand the last line of the paragraph, as long as the others are here  \nend"},
		{"a table a text browser printed, its lines padded to one width (links -dump)",
			"  Request Body\n\n   Code   Type     Required Description                                       \n" +
				"   userId string   true     The player's ID. (10 characters)                  \n" +
				"   items  string[] true     The items to grant to the player, in order, each  \n" +
				"                            with its amount and reason. (1 - 20 elements)     \n" +
				"   reason string            Why.                                              \n\n  Response Body"},
		{"short lines ending in a space where the next word fits",
			"Name | Type | \nkey | string | \nvalue | string | \nlimit | Integer | \nThe end"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, warns := readText(c.page)
			if got := strings.Join(text.Lines, "\n"); got != c.page || len(warns) > 0 {
				t.Errorf("read\n%s\nwarnings %q; want the page as it is", got, warns)
			}
		})
	}
}

// TestUnflowALine joins the line or two a client broke on a page whose
// lines all fit within its width, with a warning at each: the widest line
// of the page tells the width.
func TestUnflowALine(t *testing.T) {
	page := "Response Status Code\nStatus Code | Status Code Description | Status Code Detailed \nDescription |\n---|---|---|\n200 | Normal Response | Normal |\n" +
		"400 | Bad Request | Unparsable request data, missing mandatory \nparameters, or parameter type error |\n401 | Unauthenticated | Authentication failed |\n" +
		"Response Body\nName | Type | Description |\n---|---|---|\nuserId | String | The player that the mailbox of the game belongs to |"
	text, warns := readText(page)
	want := strings.ReplaceAll(strings.ReplaceAll(page, "Detailed \n", "Detailed "), "mandatory \n", "mandatory ")
	if got := strings.Join(text.Lines, "\n"); got != want {
		t.Errorf("read\n%s\nwant\n%s", got, want)
	}
	if len(warns) != 2 || !strings.HasPrefix(warns[0], "2: line 2 ends in a space") || !strings.HasPrefix(warns[1], "6: line 6 ends in a space") {
		t.Errorf("warnings %q", warns)
	}
}

// TestUnflowLeavesHardBreaks keeps, in a wrapped page, the line ending in
// a space where the next word would have fitted: a break of the author's.
func TestUnflowLeavesHardBreaks(t *testing.T) {
	page := flow(pipePage, 72) + "\nHTTP/1.1 200 OK \n{}"
	text, _ := readText(page)
	if n := len(text.Lines); text.Lines[n-2] != "HTTP/1.1 200 OK " || text.Lines[n-1] != "{}" {
		t.Errorf("the last lines read %q", text.Lines[n-2:])
	}
}

// TestMailChrome drops what a mail adds around a page forwarded in it:
// the headers, the placeholder of an inline image, the signature.
func TestMailChrome(t *testing.T) {
	page := strings.Join([]string{
		"---------- Forwarded message ---------",
		"From: Minh Tran <minh.tran@studio.example>",
		"Date: Tue, Mar 3, 2026 at 10:14 AM",
		"Subject: FW: getTitleData",
		"To: Backend Team <backend@studio.example>",
		"",
		"Hi all, here it is.[cid:image001.png@01DC8B2E.5A7F3C10]",
		"[image: logo.png]",
		"Request Headers",
		"Name | Type | Mandatory | Description |",
		"Date | String | N | Date: the time of the request |",
		"HTTP/1.1 200 OK",
		"Date: Tue, 03 Mar 2026 10:14:00 GMT",
		"From: ops@example.com",
		"Thanks,",
		"Minh",
		"-- ",
		"Minh Tran | Backend Lead | Studio Example",
		"",
	}, "\n")
	text, warns := readText(page)
	want := []string{"", "Hi all, here it is.", "", "Request Headers", "Name | Type | Mandatory | Description |", "Date | String | N | Date: the time of the request |",
		"HTTP/1.1 200 OK", "Date: Tue, 03 Mar 2026 10:14:00 GMT", "From: ops@example.com", "Thanks,", "Minh"}
	if !reflect.DeepEqual(text.Lines, want) {
		t.Errorf("read %q\nwant %q", text.Lines, want)
	}
	if want := []int{6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}; !reflect.DeepEqual(text.At, want) {
		t.Errorf("at page lines %v, want %v", text.At, want)
	}
	wantWarns := []string{
		"1: lines 1 to 5 are the headers of the mail the page came in (From: Date: Subject: To:): dropped",
		"7: dropped [cid:image001.png@01DC8B2E.5A7F3C10], the placeholder of an image the mail the page came in held",
		"8: dropped [image: logo.png], the placeholder of an image the mail the page came in held",
		"17: lines 17 to 18 are the signature of the mail the page came in, after its \"-- \": dropped",
	}
	if !reflect.DeepEqual(warns, wantWarns) {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(warns, "\n"), strings.Join(wantWarns, "\n"))
	}
}

// TestComments drops the comments a document export lists at the end of
// a page, and their anchors glued to the text, and nothing that only
// looks like them.
func TestComments(t *testing.T) {
	page := "month\r\nInteger\r\nY\r\nMonth of the calendar, 1 ~ 12[a]\r\nitems[1]\r\nEvents running that day[b]\r\nSee [a] and 1 [c]\r\n\r\n[a]Minji Kim: 13 for the lunar leap month?\r\n[b]Jaeho Lee: sorted by startTime\r\nthe reply\r\n"
	text, warns := readText(page)
	want := []string{"month", "Integer", "Y", "Month of the calendar, 1 ~ 12", "items[1]", "Events running that day", "See [a] and 1 [c]", ""}
	if !reflect.DeepEqual(text.Lines, want) {
		t.Errorf("read %q\nwant %q", text.Lines, want)
	}
	if len(warns) != 3 || !strings.HasPrefix(warns[0], "4: dropped [a]") || !strings.HasPrefix(warns[1], "6: dropped [b]") || !strings.HasPrefix(warns[2], "9: lines 9 to 11 list the comments") {
		t.Errorf("warnings %q", warns)
	}
	for _, c := range []struct{ name, page string }{
		{"anchors the list does not give", "a ~ 12[a]\nb[b]\n\n[b]Jaeho Lee: a comment\n"},
		{"a list whose labels are not those of the anchors, in order", "a ~ 12[a]\nb[b]\n\n[b]One\n[a]Two\n"},
		{"a list without anchors", "items\n\n[a]One\n"},
		{"an index glued to a name, and no list", "items[1]\nList<String>[2]\n"},
		{"Markdown links by reference", "| item | [BidItem][1] | See the docs[2] |\n\n[1]: #biditem\n[2]: https://docs.example.com\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, warns := readText(c.page)
			if got := strings.Join(text.Lines, "\n"); got != c.page || len(warns) > 0 {
				t.Errorf("read %q, warnings %q; want the page as it is", got, warns)
			}
		})
	}
}

// reportStyle reads each line as a text block, and warns at its last line
// naming it and the line before.
type reportStyle struct{ lineStyle }

func (reportStyle) Read(src Source) []Block {
	n := len(src.Lines)
	src.Report.Warn(At(src.Name, n), "line %d goes on from lines %d to %d (\"line 1\")", n, n-2, n-1)
	return lineStyle{}.Read(src)
}

// TestReadAtPageLines locates the blocks a style reads from joined lines,
// and what it reports, at the page's lines.
func TestReadAtPageLines(t *testing.T) {
	rep := &Reporter{}
	blocks := Read(reportStyle{}, Source{Name: "p", Lines: []string{"a", "b c", "d", "e"}, At: []int{1, 2, 4, 7}, Report: rep})
	var at []int
	for _, b := range blocks {
		at = append(at, b.Line)
	}
	if want := []int{1, 2, 4, 7}; !reflect.DeepEqual(at, want) {
		t.Errorf("blocks at %v, want %v", at, want)
	}
	warns, _ := rep.Sorted([]string{"p"}, false)
	if len(warns) != 1 || warns[0].Error() != `p:7: line 7 goes on from lines 2 to 4 ("line 1")` {
		t.Errorf("warnings %v", warns)
	}
	tb := &Table{Line: 2, Header: []string{"Code", "Type"}, Rows: []*Row{{Line: 3, Cells: []string{"a", "string"}}}, Wrapped: []*Row{{Line: 4, Cells: []string{"goes on"}}}}
	readAt(blockStyle{{Line: 2, Table: tb}}, Source{Name: "p", At: []int{1, 3, 5, 8}, Report: rep})
	if tb.Line != 3 || tb.Rows[0].Line != 5 || tb.Wrapped[0].Line != 8 {
		t.Errorf("table at %d, its row at %d, its wrapped line at %d; want 3, 5, 8", tb.Line, tb.Rows[0].Line, tb.Wrapped[0].Line)
	}
	if got := (Source{Lines: []string{"a", "b c", "d"}, At: []int{1, 2, 4}}).PageLines(); !reflect.DeepEqual(got, []string{"a", "b c", "", "d"}) {
		t.Errorf("PageLines = %q", got)
	}
}

// TestCatdocIsNoFlowedMail: catdoc wraps at 72 columns and drops the
// space at a break, but keeps the rest of a run of spaces: its lines
// that end in a space broke in a run of spaces, no mail client's soft
// breaks.
func TestCatdocIsNoFlowedMail(t *testing.T) {
	data, err := os.ReadFile("../testdata/facts/an01_allotSiegeRations/allotSiegeRations.txt")
	if err != nil {
		t.Fatal(err)
	}
	if f := softBreaks(strings.Split(string(data), "\n")); f.whole && !f.hard {
		t.Errorf("read as mail wrapped at %d columns, breaks %v", f.width, f.breaks)
	}
}
