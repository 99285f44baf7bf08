package pages

import (
	"slices"
	"strings"
	"testing"
)

// lostPage is a small page of the form a minified docs site's
// textContent gives: headings each followed by its permalink anchor's
// zero width space, every block and table row glued to the text before.
const lostPage = "giftRose \u200BOverview \u200BGive a rose.Request Body \u200B" +
	"CodeTypeRequiredDescriptionuserIdstringtrueThe player. (10 characters)" +
	"colorColortrueIts color. See ColorstemsGenericModels.Stem[]Its stems. (1 - 3 items)" +
	"WARNINGRoses wilt.Color \u200BNameCodeRed1White2GenericModels.Stem \u200B" +
	"A stem.CodeTypeDescriptionlengthnumber intLength. (from 1 to 9) See ColorColor \u200BExample \u200BhttpPOST /api/rJson/garden/giftRose HTTP/1.1\nHost: x\n"

// TestRecoverLostBreaks splits a page whose line breaks between blocks
// were lost at its headings (after a full stop, a digit, a bracket; a
// section title after a lower-case letter; a name glued to the
// reference to it), its code label, its callout label, its tables'
// header runs and its rows' starts (a field name glued to a type, a
// member glued to its code, after a reference to a heading's name), and
// warns once at the line. Without recoverLostBreaks the page stays one
// line with the next.
func TestRecoverLostBreaks(t *testing.T) {
	rep := &Reporter{}
	text := ReadTitledText("lost.txt", []byte(lostPage), titledBy("Request Body", "Example"), rep)
	want := []string{
		"giftRose ", "Overview ", "Give a rose.", "Request Body ",
		"CodeTypeRequiredDescription",
		"userIdstringtrueThe player. (10 characters)",
		"colorColortrueIts color. See Color",
		"stemsGenericModels.Stem[]Its stems. (1 - 3 items)",
		"WARNING", "Roses wilt.",
		"Color ", "NameCode", "Red1", "White2",
		"GenericModels.Stem ", "A stem.", "CodeTypeDescription",
		"lengthnumber intLength. (from 1 to 9) See Color",
		"Color ", "Example ", "http", "POST /api/rJson/garden/giftRose HTTP/1.1", "Host: x", "",
	}
	if !slices.Equal(text.Lines, want) {
		t.Fatalf("lines:\n%s\nwant:\n%s", strings.Join(text.Lines, "\n"), strings.Join(want, "\n"))
	}
	if text.At[0] != 1 || text.At[len(want)-2] != 2 {
		t.Errorf("page lines %v, want 1 for the recovered lines, 2 for the next", text.At)
	}
	warns, errs := rep.Sorted([]string{"lost.txt"}, false)
	if len(errs) != 0 || len(warns) != 1 || warns[0].Pos.Line != 1 || !strings.Contains(warns[0].Msg, "line breaks") {
		t.Errorf("warnings %v, errors %v; want one warning at line 1", warns, errs)
	}
}

// FuzzRecoverLostBreaks checks that the lines recovered hold the
// page's text, without its anchors, in order, each located at a line of
// the page.
func FuzzRecoverLostBreaks(f *testing.F) {
	f.Add(lostPage)
	f.Add("A \u200BB \u200B")
	f.Fuzz(func(t *testing.T, page string) {
		rep := &Reporter{}
		lines, at := recoverLostBreaks("f.txt", page, nil, rep)
		if lines == nil {
			return
		}
		if len(at) != len(lines) {
			t.Fatalf("%d lines, %d page lines", len(lines), len(at))
		}
		strip := func(s string) string {
			return strings.Map(func(r rune) rune {
				if r == '\n' || r == '\r' || r == ' ' || r == '\u200B' {
					return -1
				}
				return r
			}, s)
		}
		if got, want := strip(strings.Join(lines, "")), strip(Clean(unbroken(page))); got != want {
			t.Fatalf("recovered %q of %q", got, want)
		}
	})
}

// TestLostBreaksCopyLabel splits off the label of a code block's copy
// button glued after a request line's path where the path's last
// segment without it is a word the page writes elsewhere (its
// permission rule) and with it one it writes nowhere else, and refuses
// at the line where nothing tells the path's end. Without
// cutCopyLabels the path reads "/api/guild/donateToGuildCopy".
func TestLostBreaksCopyLabel(t *testing.T) {
	titled := titledBy("Request Headers", "Client")
	for _, c := range []struct {
		page, want, refused string
	}{
		{"Overview \u200BDonate.Client \u200BRequire permission rules guild.donateToGuild.selfEnable for a player.HTTP \u200BhttpPOST /api/guild/donateToGuildCopyRequest Headers \u200BNameRequiredDescriptionAuth-TokentrueA token.", "POST /api/guild/donateToGuild", ""},
		{"Overview \u200BDonate.Client \u200BRequire permission rules guild.give.selfEnable for a player.HTTP \u200BhttpPOST /api/guild/donateToGuildCopyRequest Headers \u200BNameRequiredDescriptionAuth-TokentrueA token.", "", `"/api/guild/donateToGuild" or "/api/guild/donateToGuildCopy"`},
	} {
		rep := &Reporter{}
		text := ReadTitledText("lost.txt", []byte(c.page), titled, rep)
		_, errs := rep.Sorted([]string{"lost.txt"}, false)
		if c.refused != "" {
			if len(errs) != 1 || errs[0].Pos.Line != 1 || !strings.Contains(errs[0].Msg, c.refused) {
				t.Errorf("errors %v, want one at line 1 naming %s", errs, c.refused)
			}
			continue
		}
		if len(errs) != 0 {
			t.Fatalf("errors %v", errs)
		}
		k := slices.Index(text.Lines, c.want)
		if k < 0 || k+1 >= len(text.Lines) || text.Lines[k+1] != "Copy" {
			t.Errorf("lines:\n%s\nwant %q then \"Copy\"", strings.Join(text.Lines, "\n"), c.want)
		}
	}
}

// TestLostBreaksParagraphAfterRow splits a paragraph glued to a table's
// last row, after a closing bracket, where its opening is that of a
// paragraph the page writes after a heading ("Require permission"), and
// refuses a sentence glued to a table's last row right before another
// table's header, which may end the row's description or head the next
// table. Without paragraphAfterRow the paragraph stays in the row's
// description, and the next table is read as the first's.
func TestLostBreaksParagraphAfterRow(t *testing.T) {
	titled := titledBy("Request Body", "Client", "Response")
	rep := &Reporter{}
	page := "Overview \u200BLink an id.Client \u200BRequire permission rules for the client role.Request Body \u200BCodeTypeRequiredDescriptionforceLinkbooleanWhether to link. (Default: false)Require permission rules for the server role.Response \u200BDone."
	text := ReadTitledText("lost.txt", []byte(page), titled, rep)
	k := slices.Index(text.Lines, "forceLinkbooleanWhether to link. (Default: false)")
	if k < 0 || k+1 >= len(text.Lines) || text.Lines[k+1] != "Require permission rules for the server role." {
		t.Errorf("lines:\n%s\nwant the row, then the paragraph", strings.Join(text.Lines, "\n"))
	}
	rep = &Reporter{}
	page = "Overview \u200BLink an id.Response \u200BCodeTypeRequiredDescriptionuserIdstringtrueThe user.Data structure: Info.CodeTypeRequiredDescriptionavatarbooleanThe avatar.End \u200B"
	ReadTitledText("lost.txt", []byte(page), titled, rep)
	_, errs := rep.Sorted([]string{"lost.txt"}, false)
	if len(errs) != 1 || errs[0].Pos.Line != 1 || !strings.Contains(errs[0].Msg, `"Data structure: Info."`) {
		t.Errorf("errors %v, want one at line 1 naming the sentence", errs)
	}
}

// titledBy returns a protocol's section titles of titles (nil for
// none), as ReadTitledText asks them.
func titledBy(titles ...string) func(string) bool {
	if len(titles) == 0 {
		return nil
	}
	return func(s string) bool { return slices.Contains(titles, s) }
}

// TestRecoverLostBreaksSplits splits the lines of pages whose line
// breaks between blocks were lost, each at its seams.
func TestRecoverLostBreaksSplits(t *testing.T) {
	for _, c := range []struct {
		name, page string
		titles     []string // the protocol's section titles
		want       []string
	}{
		{
			// A header's name, its words joined by hyphens, glued to its
			// type; a field's type that lists its values (" in steam |
			// epic"); a field whose type cell is empty, its name glued to
			// its requiredness.
			"rows of a table with a type column",
			"Overview \u200BLink a service.Request Headers \u200BNameTypeRequiredDescription" +
				"Secret-KeystringtrueThe key.Game-IdstringThe game.Request Body \u200B" +
				"CodeTypeRequiredDescriptionuserIdstringtrueThe player. (10 characters)" +
				"serviceNamestring in steam | epictrueThe service.joinPolicytrueWho may join.\n",
			[]string{"Request Headers", "Request Body"},
			[]string{
				"Overview ", "Link a service.", "Request Headers ", "NameTypeRequiredDescription",
				"Secret-KeystringtrueThe key.", "Game-IdstringThe game.",
				"Request Body ", "CodeTypeRequiredDescription",
				"userIdstringtrueThe player. (10 characters)",
				"serviceNamestring in steam | epictrueThe service.",
				"joinPolicytrueWho may join.", "",
			},
		},
		{
			// A dotted name after "See" is a reference, not a sentence's
			// end: the heading glued after it begins where the
			// reference's name repeats.
			"a heading glued to a reference to it",
			"Overview \u200BGet it. See GenericModels.DropTableGenericModels.DropTable \u200BA table.\n",
			nil,
			[]string{"Overview ", "Get it. See GenericModels.DropTable", "GenericModels.DropTable ", "A table.", ""},
		},
		{
			// A field name holding a zero width character, which Clean
			// drops.
			"a row's name holding a hidden character",
			"Overview \u200BRead mail.Mail \u200BCodeTypeRequiredDescription" +
				"mailIdstringtrueThe mail id. (10 characters)sub\u200BjectstringtrueThe subject. (1 - 128 characters)\n",
			nil,
			[]string{
				"Overview ", "Read mail.", "Mail ", "CodeTypeRequiredDescription",
				"mailIdstringtrueThe mail id. (10 characters)",
				"subjectstringtrueThe subject. (1 - 128 characters)", "",
			},
		},
		{
			// A row whose type and requiredness cells are both empty, its
			// name glued to its description's first word, and the rows a
			// callout between a table's rows leaves after it.
			"empty cells, a callout between rows",
			"Overview \u200BList notes.Request Body \u200BCodeTypeRequiredDescription" +
				"platformstringOne platform. (Default: all)langThe language. (2 - 8 characters)" +
				"TIPA server may brew warmer.temperaturenumberThe heat. (from 4.0 to 30.0)\n",
			[]string{"Request Body"},
			[]string{
				"Overview ", "List notes.", "Request Body ", "CodeTypeRequiredDescription",
				"platformstringOne platform. (Default: all)",
				"langThe language. (2 - 8 characters)",
				"TIP", "A server may brew warmer.",
				"temperaturenumberThe heat. (from 4.0 to 30.0)", "",
			},
		},
		{
			// A code block's language label (codeLabels, as
			// RunInCodeLabel reads it) glued to the code's first line.
			"a code label",
			"Overview \u200BGet it.Example \u200Bjson{\"id\": 1}\n",
			nil,
			[]string{"Overview ", "Get it.", "Example ", "json", `{"id": 1}`, ""},
		},
		{
			// A code label glued to a request line whose own line break
			// after it was lost too.
			"a code label before a request line run on",
			"Overview \u200BGet it.Example \u200BhttpPOST /api/a/b HTTP/1.1Host: x\n",
			nil,
			[]string{"Overview ", "Get it.", "Example ", "http", "POST /api/a/b HTTP/1.1Host: x", ""},
		},
		{
			// A word of no language glued to a brace is no label.
			"a word of no language glued to a brace",
			"Overview \u200BGet it.Example \u200Bdata{\"id\": 1}\n",
			nil,
			[]string{"Overview ", "Get it.", "Example ", `data{"id": 1}`, ""},
		},
	} {
		rep := &Reporter{}
		text := ReadTitledText("lost.txt", []byte(c.page), titledBy(c.titles...), rep)
		if !slices.Equal(text.Lines, c.want) {
			t.Errorf("%s: lines:\n%s\nwant:\n%s", c.name, strings.Join(text.Lines, "\n"), strings.Join(c.want, "\n"))
		}
		if _, errs := rep.Sorted([]string{"lost.txt"}, false); len(errs) != 0 {
			t.Errorf("%s: errors %v", c.name, errs)
		}
	}
}

// TestRecoverLostBreaksRefused refuses at its line, naming what two
// readings fit or what nothing tells, and leaves as it is, a line whose
// seam nothing decides: a heading glued after a lower-case letter that
// two starts fit as well (the name before each is no heading of the
// page and each is a section title); a heading glued after a dotted
// name after "See", a reference, whose start nothing tells (never split
// after the dot).
func TestRecoverLostBreaksRefused(t *testing.T) {
	for _, c := range []struct {
		page   string
		titles []string // the protocol's section titles
		naming string
	}{
		{"Overview \u200BSee fooRequestBody \u200BCodeTypeDescriptionidstringAn id.End \u200B", []string{"RequestBody", "Body"}, `"RequestBody" or "Body"`},
		{"Overview \u200BGet it. See GenericModels.BanItemGeneric.BanItem \u200BA ban.", nil, "nothing tells where the heading"},
	} {
		rep := &Reporter{}
		text := ReadTitledText("lost.txt", []byte(c.page), titledBy(c.titles...), rep)
		_, errs := rep.Sorted([]string{"lost.txt"}, false)
		if len(errs) != 1 || errs[0].Pos.Line != 1 || !strings.Contains(errs[0].Msg, c.naming) {
			t.Errorf("%q: errors %v, want one at line 1 naming %s", c.page, errs, c.naming)
		}
		if len(text.Lines) != 1 {
			t.Errorf("%q: lines %q, want the line left as it is", c.page, text.Lines)
		}
	}
}

// TestLostBreaksNotClaimed leaves alone, with no warning and no error,
// a page whose line breaks were kept but a line holds a heading's
// permalink anchor: a man page's header line (the title left and right,
// each anchor followed by a space), a page's HTML source (each anchor
// followed by its "</a>"), an XML element whose attribute and text both
// hold the anchor.
func TestLostBreaksNotClaimed(t *testing.T) {
	for _, page := range []string{
		"charterCaravan \u200B — Studio Handbook documentation()   charterCaravan \u200B — Studio Handbook documentation()\n\ncharterCaravan\n",
		"giftRose \u200B — Handbook()   giftRose \u200B — Handbook()\n\nOverview\n",
		`<h2 id="overview">Overview <a class="header-anchor" href="#overview">` + "\u200B</a></h2><p>Tune.</p><h2 id=\"server\">Server <a class=\"header-anchor\" href=\"#server\">\u200B</a></h2>\n",
		"<article>\n<p><xref alt=\"Server \u200B\" rid=\"server\">Server \u200B</xref></p>\n</article>\n",
	} {
		rep := &Reporter{}
		text := ReadTitledText("p.txt", []byte(page), nil, rep)
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		if len(warns)+len(errs) > 0 || len(text.Lines) != strings.Count(page, "\n")+1 {
			t.Errorf("%q: lines %q, warnings %v, errors %v; want the page's lines as they are, without a word", page, text.Lines, warns, errs)
		}
	}
}
