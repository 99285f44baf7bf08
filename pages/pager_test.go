package pages

import (
	"reflect"
	"strings"
	"testing"
)

// TestIsPagerLink tells a pager's link, its label and the title it links
// on one line, from a label alone and from text that begins as one.
func TestIsPagerLink(t *testing.T) {
	for line, want := range map[string]bool{
		"Previous pagesalvageRelic": true, "Next pageupgradeRelic": true, "Next pageGetting Started": true,
		"Previous page getVenues": true, "  next pageGetInventory": true,
		"Next page": false, "Previous page": false, "Next pages load lazily.": false, "Next page loads lazily.": false,
		"Previous page getVenues then more": false, "Next page upgrade": false, "The next pageToken": false,
	} {
		if got := IsPagerLink(line); got != want {
			t.Errorf("IsPagerLink(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestPagersDropped drops a pager's links run into their titles, in any
// style's text, with a warning each, and keeps a label on its own line.
func TestPagersDropped(t *testing.T) {
	text, warns := readText("Name\nCode\nDescription\nGNArrayMaxLength\n15\nA GNArray member contains more items.\n\nPrevious pagesalvageRelic\nNext pageupgradeRelic\n\nNext page\ncraftRelic")
	want := []string{"Name", "Code", "Description", "GNArrayMaxLength", "15", "A GNArray member contains more items.", "", "", "Next page", "craftRelic"}
	if !reflect.DeepEqual(text.Lines, want) {
		t.Errorf("read\n%q\nwant\n%q", text.Lines, want)
	}
	wantWarns := []string{
		`8: line 8 ("Previous pagesalvageRelic") is a link of the site's pager, its label and the title of the page it links on one line: read as the site's chrome, and dropped`,
		`9: line 9 ("Next pageupgradeRelic") is a link of the site's pager, its label and the title of the page it links on one line: read as the site's chrome, and dropped`,
	}
	if !reflect.DeepEqual(warns, wantWarns) {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(warns, "\n"), strings.Join(wantWarns, "\n"))
	}
}

// TestChromeBeforeRest drops the site's chrome after a page's content
// that a PDF's text extraction wrote before the rest of it, in a printed
// page, and keeps it where it ends the page.
func TestChromeBeforeRest(t *testing.T) {
	const chrome = "Edit this page on GitHub\nLast updated: 3/11/25, 8:14 AM\nPager\nPrevious pagebisqueGreenware\nNext pageunloadKiln\nReleased under the MIT License.\nCopyright © 2024-present GearN\n"
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{
		{"before the rest of a table, after a page's mark", "Name\tCode\tDescription\nNull\t4\tNull.\nfile:///tmp/p.html \t9/10\n\n" + chrome + "Name\tCode\tDescription\nGNArrayNull\t13\tThe array is null.",
			[]string{"Name\tCode\tDescription", "Null\t4\tNull.", "file:///tmp/p.html \t9/10", "", "Name\tCode\tDescription", "GNArrayNull\t13\tThe array is null."},
			[]string{
				`5: lines 5 to 11 ("Edit this page on GitHub" …) are the site's chrome after a page's content, its doc footer, pager and footer, but the page's content goes on after them at line 12: a PDF's text extraction wrote them out of their place; dropped`,
				`8: line 8 ("Previous pagebisqueGreenware") is a link of the site's pager, its label and the title of the page it links on one line: read as the site's chrome, and dropped`,
				`9: line 9 ("Next pageunloadKiln") is a link of the site's pager, its label and the title of the page it links on one line: read as the site's chrome, and dropped`,
			}},
		{"at the page's end, before its last mark", "Name\tCode\tDescription\nNull\t4\tNull.\n" + chrome + "file:///tmp/p.html \t10/10",
			[]string{"Name\tCode\tDescription", "Null\t4\tNull.", "Edit this page on GitHub", "Last updated: 3/11/25, 8:14 AM", "Pager", "Released under the MIT License.", "Copyright © 2024-present GearN", "file:///tmp/p.html \t10/10"},
			[]string{
				`6: line 6 ("Previous pagebisqueGreenware") is a link of the site's pager, its label and the title of the page it links on one line: read as the site's chrome, and dropped`,
				`7: line 7 ("Next pageunloadKiln") is a link of the site's pager, its label and the title of the page it links on one line: read as the site's chrome, and dropped`,
			}},
		{"in a page with no mark", "Name\tCode\tDescription\nNull\t4\tNull.\n" + chrome + "Name\tCode\tDescription\nGNArrayNull\t13\tThe array is null.",
			[]string{"Name\tCode\tDescription", "Null\t4\tNull.", "Edit this page on GitHub", "Last updated: 3/11/25, 8:14 AM", "Pager", "Released under the MIT License.", "Copyright © 2024-present GearN", "Name\tCode\tDescription", "GNArrayNull\t13\tThe array is null."},
			[]string{
				`6: line 6 ("Previous pagebisqueGreenware") is a link of the site's pager, its label and the title of the page it links on one line: read as the site's chrome, and dropped`,
				`7: line 7 ("Next pageunloadKiln") is a link of the site's pager, its label and the title of the page it links on one line: read as the site's chrome, and dropped`,
			}},
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

// TestEndsContent tells the site's doc footer and pager and a text
// browser's list of links, which end a page's content, from a label or a
// title alone and from text that begins as a footer's line.
func TestEndsContent(t *testing.T) {
	for page, want := range map[string]bool{
		"[38]Previous page\n\n[39]getForecast":     true,
		"Next page\nGetting Started":               true,
		"Next pageclearStorm":                      true,
		"References\n\n   1. https://example.com/": true,
		"Visible links:\n[1] https://example.com/": true,
		"Next page\nloads lazily.":                 false,
		"Next page":                                false,
		"References\n\nSee the guide.":             false,
		"References":                               false,
		"Edit this page on GitHub":                 true,
		"   Edit this page":                        true,
		"Edit this page on GitHub (https://github.com/gearn-\n io/docs/edit/main/x.md)": true,
		"[12]Edit on GitLab":                  true,
		"Last updated: 2/11/2027, 4:18 PM":    true,
		"Last updated:":                       true,
		"Last updated on Jan 3, 2026 by Park": true,
		"Edit this page to add a row.":        false,
		"Edit the request before sending it.": false,
		"Last updated by the backend.":        false,
		"Last updated":                        false,
		"Last updated time of the record.":    false,
	} {
		if got := EndsContent(strings.Split(page, "\n"), 0); got != want {
			t.Errorf("EndsContent(%q) = %v, want %v", page, got, want)
		}
	}
}

// TestChromeEnd passes the site's doc footer and pager, each label with
// the title under it, and stops at the first line that is neither.
func TestChromeEnd(t *testing.T) {
	for page, want := range map[string]int{
		"Last updated: 11/18/26, 9:12 AM\nPrevious page\ngetQuestList\nNext page\nclaimQuestReward":                      5,
		"Edit this page on GitHub\n\nLast updated: 2/11/2027, 4:18 PM\nPager\nPrevious pagegetStarMap\n\nReleased under": 6,
		"Edit this page on GitHub\nFailed 2 Not done.":                                                                   1,
		"Next page\nloads lazily.": 0,
	} {
		if got := ChromeEnd(strings.Split(page, "\n"), 0); got != want {
			t.Errorf("ChromeEnd(%q) = %d, want %d", page, got, want)
		}
	}
}

// TestStartsDocFooter holds startsDocFooter to docFooterRe: every line
// the pattern matches, in any case and with a long s, begins as
// startsDocFooter tells, and IsDocFooter reads each as the pattern does.
func TestStartsDocFooter(t *testing.T) {
	for line, want := range map[string]bool{
		"Edit this page": true, "EDIT THIS PAGE ON GITHUB": true, "edit on gitlab (https://gitlab.com/x/edit/main/": true,
		"Edit on GitHub (https://github.com/x)": true, "Last updated: 2/11/2027, 4:18 PM": true, "LAST UPDATED:": true,
		"Laſt updated on Jan 3, 2026": true, "laſt updated 2026-11-28": true, "Last Updated 2026-11-28": true,
		"Edit": false, "Editthis page": false, "Last updated": false, "lastLoginstringThe last login.": false,
		"editorIdstringThe editor.": false, "Last updates: 3": false, "ſ": false, "": false,
	} {
		if got := docFooterRe.MatchString(line); got != want {
			t.Errorf("docFooterRe.MatchString(%q) = %v, want %v", line, got, want)
		}
		if want && !startsDocFooter(line) {
			t.Errorf("startsDocFooter(%q) = false for a line docFooterRe matches", line)
		}
		if got := IsDocFooter(line); got != want {
			t.Errorf("IsDocFooter(%q) = %v, want %v", line, got, want)
		}
	}
}
