package pages

import (
	"fmt"
	"strings"
	"testing"
)

// quote quotes each line of a page once as a mail client does: mark
// before a line, the mark without its space on an empty one, and with
// nest, a line quoted already takes the mark without its space (">>").
func quote(page, mark string, nest bool) string {
	lines := strings.Split(page, "\n")
	bare := strings.TrimSpace(mark)
	for i, l := range lines {
		switch {
		case l == "":
			lines[i] = bare
		case nest && strings.HasPrefix(l, bare):
			lines[i] = bare + l
		default:
			lines[i] = mark + l
		}
	}
	return strings.Join(lines, "\n")
}

// quotedPages are a page of each style that has rows or cells on lines.
var quotedPages = map[string]string{
	"pipes":     "Camera (/camera)\nDescription\nSaves a preset.\nRequest Body\nName | Type | Mandatory | Description |\n---|---|---|---|\nplayerId | String | Y | Player ID |\nslot | Integer | Y | Slot, 1 ~ 5 |\n\nResponse Body\nName | Type | Description |\nsavedAt | Long | Time of the save |",
	"markdown":  "## Request Body\n\n| Name | Type | Required | Description |\n|---|---|---|---|\n| userId | string | true | The player. |\n\n> **Note:** the player must exist.\n\n## Response\n\n| Code | Type | Description |\n|---|---|---|\n| ok | bool | Done. |",
	"cells":     "Request Body\nName\nType\nMandatory\nDescription\nplayerId\nString\nY\nPlayer ID\nslot\nInteger\nY\nSlot, 1 ~ 5",
	"flattened": "Overview\nSaves a preset.\nRequest Body\nNameTypeRequiredDescription\nuserIdstringtrueThe player.\nslotnumbertrueThe slot. (from 1 to 5)\nlabelstringfalseThe label.\nmodestringfalseThe mode.\nResponse\nCodeTypeDescription\nokbooleanDone.",
	"adoc":      "= Camera\n\nSaves a preset.\n\n== Request Body\n\nThe body of the request.\n\n[cols=\"1,1,2\",options=\"header\"]\n|===\n| Name | Type | Description\n| userId | string | The player.\n| slot | number | The slot.\n|===",
}

// mailHeader is what a forward writes over the page it quotes, and
// mailFooter under it.
const (
	mailHead = "From: Kim <kim@example.com>\nSent: Tuesday, December 1, 2026 4:12 PM\nTo: Team <team@example.com>\nSubject: FW: the page\n\nHi all, the page below.\n\n-----Original Message-----\nFrom: Support <support@example.com>\nSubject: the page\n"
	mailFoot = "\nThis e-mail and any attachments are confidential."
)

// TestUnquote reads a page a mail quotes, at each depth and with each
// mark, as the page: each line without its marks at its page line, the
// mail's words around it dropped where a forward's headers stand over it.
func TestUnquote(t *testing.T) {
	for style, page := range quotedPages {
		for name, quoted := range map[string]string{
			"> ":          quote(page, "> ", false),
			"| ":          quote(page, "| ", false),
			"> > ":        quote(quote(page, "> ", false), "> ", false),
			">>":          quote(quote(page, "> ", true), "> ", true),
			"forwarded":   mailHead + quote(page, "> ", false) + mailFoot,
			"twice":       mailHead + quote(mailHead+quote(page, "> ", false)+mailFoot, "> ", false) + mailFoot,
			"a mark lost": lostMark(quote(page, "> ", false)),
		} {
			t.Run(style+"/"+name, func(t *testing.T) {
				text, warns := readText(quoted)
				if got := strings.Join(text.Lines, "\n"); got != page {
					t.Errorf("read\n%s\nwant\n%s\nwarnings %q", got, page, warns)
				}
				if !strings.Contains(strings.Join(warns, "\n"), "quoted with") {
					t.Errorf("warnings %q, want one of the quote", warns)
				}
				pageLines := strings.Split(quoted, "\n")
				for i, l := range text.Lines {
					at := i + 1
					if text.At != nil {
						at = text.At[i]
					}
					if !strings.HasSuffix(pageLines[at-1], l) {
						t.Errorf("line %q at page line %d, which is %q", l, at, pageLines[at-1])
					}
				}
			})
		}
	}
}

// lostMark drops the mark of the third line of a quoted page, as a client
// that rewraps a quoted line may leave it.
func lostMark(quoted string) string {
	lines := strings.Split(quoted, "\n")
	lines[2] = strings.TrimPrefix(lines[2], "> ")
	return strings.Join(lines, "\n")
}

// TestQuoteIsContent leaves the marks that are a page's own: a Markdown
// block quote of a note among the page's text, a page of Markdown tables
// whose every line starts with a pipe, a mail quoting a few lines.
func TestQuoteIsContent(t *testing.T) {
	for name, page := range map[string]string{
		"note":          quotedPages["markdown"],
		"tables":        "| Name | Type |\n|---|---|\n| a | string |\n| b | number |\n| c | bool |\n| d | string |\n| e | string |",
		"notes":         "> Note: one.\n\n## Body\n\n| Name | Type |\n|---|---|\n| a | string |\n| b | number |\n\n> Note: two.\n> Note: three.\n\nText.\nMore text.",
		"a few lines":   "Hi,\n\n> | Name | Type |\n> | a | string |\n\nThe rest of the page is mine.\nAnd more.\nAnd more.\nAnd more.",
		"HTML of a tag": "<table\n><tr\n><td>a</td\n></tr\n></table>",
		"wikitext":      wideWikitext(),
	} {
		t.Run(name, func(t *testing.T) {
			text, warns := readText(page)
			if got := strings.Join(text.Lines, "\n"); got != page || len(warns) > 0 {
				t.Errorf("read\n%s\nwith warnings %q; want the page as it is", got, warns)
			}
		})
	}
}

// wideWikitext is a MediaWiki table of twelve columns, its cells one a
// line ("| text"), its rows set apart by "|-".
func wideWikitext() string {
	lines := []string{"{|", "! A !! B !! C !! D !! E !! F !! G !! H !! I !! J !! K !! L"}
	for r := range 3 {
		lines = append(lines, "|-")
		for c := range 12 {
			lines = append(lines, fmt.Sprintf("| cell %d of row %d", c, r))
		}
	}
	return strings.Join(append(lines, "|}"), "\n")
}
