package adoc

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/source"
)

// readPage reads a page of AsciiDoc, and returns its blocks and what it
// reported.
func readPage(t *testing.T, page string) ([]pages.Block, string) {
	t.Helper()
	rep := &pages.Reporter{}
	blocks := pages.Read(Style{}, source.Of("p.adoc", pages.Text{Lines: pages.Lines([]byte(page))}, rep))
	warns, errs := rep.Sorted([]string{"p.adoc"}, false)
	return blocks, warns.Error() + errs.Error()
}

// shown writes blocks one a line: a text line as it is, a table as its
// header and rows of cells between "|".
func shown(blocks []pages.Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		if bl.Table == nil {
			b.WriteString(bl.Text + "\n")
			continue
		}
		b.WriteString("H|" + strings.Join(bl.Table.Header, "|") + "\n")
		for _, r := range bl.Table.Rows {
			b.WriteString("R|" + strings.Join(r.Cells, "|") + "\n")
		}
	}
	return b.String()
}

// TestRead reads the forms of an AsciiDoc page: headings and block
// titles as titles, tables in each layout, listing blocks word for word,
// and what is no text.
func TestRead(t *testing.T) {
	for _, c := range []struct{ name, page, want, report string }{
		{"headings and block titles", "= getLevel\n:toc: left\n\n[[client]]\n== Client\n\n.Request Body\n", "getLevel\nClient\nRequest Body\n", ""},
		{"one row a line", "[cols=\"1,1,1\",options=\"header\"]\n|===\n|Code |Type |Description\n|`a` |`string` |An a.\n|b | |A b.\n|===\n", "H|Code|Type|Description\nR|a|string|An a.\nR|b||A b.\n", ""},
		{"one cell a line", "[cols=\"2,3,1,6\",options=\"header\"]\n|===\n|Code |Type |Required |Description\n\n|`x`\n|<<loc,GenericModels.Location>>[]\n|\n|Where. +\n(at most 6 items)\n|===\n", "H|Code|Type|Required|Description\nR|x|GenericModels.Location[]||Where. (at most 6 items)\n", ""},
		{"implicit header", "|===\n|Name |Code\n\n|Ok |1\n|===\n", "H|Name|Code\nR|Ok|1\n", ""},
		{"no header option", "[%noheader,cols=2]\n|===\n|Ok |1\n|===\n", "H|Ok|1\n", ""},
		{"cell specifiers", "[cols=\"3*\",options=\"header\"]\n|===\n|Code |Type |Description\na|`a` m|string s|An `a`, one of x\\|y.\n2*|b |B.\n|===\n", "H|Code|Type|Description\nR|a|string|An `a`, one of x|y.\nR|b|b|B.\n", ""},
		{"a pipe escaped in a code span", "[options=\"header\"]\n|===\n|Name |Description\n|recipeKey |Recipe as `category\\|recipeId`\n|===\n", "H|Name|Description\nR|recipeKey|Recipe as `category|recipeId`\n", ""},
		{"column span", "[cols=\"1,1,1\",options=\"header\"]\n|===\n|Code |Type |Description\n|a 2+|spans\n|===\n", "H|Code|Type|Description\nR|a|spans|\n", "p.adoc:4: the cell at line 4 spans 2 columns"},
		{"row span", "[cols=\"1,1\",options=\"header\"]\n|===\n|Code |Type\n.2+|a |string\n|int\n|===\n", "H|Code|Type\nR|a|string\n", "p.adoc:4: the cell at line 4 spans 2 rows"},
		{"missing cell", "[cols=\"1,1,1\",options=\"header\"]\n|===\n|Code |Type |Description\n|a |string\n|===\n", "H|Code|Type|Description\n", "p.adoc:4: the last row of the table at line 2, at line 4, holds 2 cells"},
		{"row a line, a cell lost", "[cols=\"1,1,1\",options=\"header\"]\n|===\n|Code |Type |Description\n|a |A.\n|b |string |B.\n|===\n", "H|Code|Type|Description\nR|a|A.|\nR|b|string|B.\n", "p.adoc:5: line 5 of the table at line 2 starts a cell in the middle of a row, as cell 3 of 3: the row at line 4 holds 2 cells"},
		{"cell a line, a cell lost", "[cols=\"1,1,1\",options=\"header\"]\n|===\n|Code |Type |Description\n\n|a\n|A.\n\n|b\n|string\n|B.\n|===\n", "H|Code|Type|Description\nR|a|A.|\nR|b|string|B.\n", "p.adoc:8: line 8 of the table at line 2 starts a cell in the middle of a row"},
		{"cell a line, no cols", "[options=\"header\"]\n|===\n|Code\n|Type\n\n|a\n|string\n\n|b\n|int\n|===\n", "H|Code|Type\nR|a|string\nR|b|int\n", "p.adoc:2: the table at line 2 names no columns (cols=…) and its first line holds one cell"},
		{"row over two lines", "[cols=\"1,1,1,1\",options=\"header\"]\n|===\n|Code |Type\n|Required |Description\n|a\n|string |true\n|A.\n|===\n", "H|Code|Type|Required|Description\nR|a|string|true|A.\n", ""},
		{"comma-separated values", "[options=\"header\"]\n,===\nCode,Type,Description\n`a`,string,\"An a, or b.\"\nb,,B.\n,===\n", "H|Code|Type|Description\nR|a|string|An a, or b.\nR|b||B.\n", ""},
		{"format and separator", "[format=dsv,separator=;,options=\"header\"]\n|===\nName;Code\nOk;1\nFail\n|===\n", "H|Name|Code\nR|Ok|1\n", "p.adoc:5: the row at line 5 of the table at line 2 holds 1 cells of the table's 2 columns"},
		{"listing block", "[source,json]\n----\n{\n  \"a\": \"<<b>>\"\n}\n----\n", "{\n\"a\": \"<<b>>\"\n}\n", ""},
		{"admonition and comments", "NOTE: Call it again.\n\n[NOTE]\n====\nOnly the server.\n====\n// a comment\n////\n|===\n////\n'''\n", "NOTE: Call it again.\nOnly the server.\n", ""},
		{"include", "include::partial$headers.adoc[]\n", "", "p.adoc:1: the include directive at line 1 is not read"},
		{"unclosed table", "|===\n|Name |Code\n\n|Ok |1\n", "H|Name|Code\nR|Ok|1\n", "p.adoc:1: the table opened at line 1 is never closed"},
		{"list items", "* one\n+\n** two\n. three\n", "- one\n- two\n- three\n", ""},
		{"a paragraph all in strong emphasis is a title", "*Request Headers*\n\n[options=\"header\"]\n|===\n|Name |Type\n|===\n\n**Response Body**\n|===\n|Name |Type\n|===\n\n*5.1 ReturnCode*\n", "Request Headers\nH|Name|Type\nResponse Body\nH|Name|Type\nReturnCode\n", ""},
		{"strong emphasis that is no paragraph of its own stays", "*Note* the server\ncalls it.\n\n*a* or *b*\n\n* item*\n", "*Note* the server\ncalls it.\n*a* or *b*\n- item*\n", ""},
		{"titles in emphasis", "*Request Headers*\n\n__Response Body__\n\n*true* or *false*\n\n* item*\n", "Request Headers\nResponse Body\n*true* or *false*\n- item*\n", ""},
		{"two-line titles", "claimQuestReward\n================\n:toc: left\n\nClient\n------\n\n[[body]]\nRequest Body\n~~~~~~~~~~~~~\n[options=\"header\"]\n|===\n|Name |Type\n|===\n\nSee <<_client>> and <<body>>.\n", "claimQuestReward\nClient\nRequest Body\nH|Name|Type\nSee Client and Request Body.\n", ""},
		{"an underline two characters off", "Response Data\n---------------\n\nErrors\n^^^^\n", "Response Data\nErrors\n", ""},
		{"Korean titles underlined to their characters or their columns", "요청 본문 (Request Body)\n------------------------\n\n응답 본문 (Response Body)\n~~~~~~~~~~~~~~~~~~~~~\n", "요청 본문 (Request Body)\n응답 본문 (Response Body)\n", ""},
		{"an underline three characters off is a delimiter", "Response\n-----------\nGET /x\n-----------\n", "Response\nGET /x\n", ""},
		{"a delimiter alone opens a listing block", "Body:\n\n----\n{}\n----\n\nTitle\n-----\n", "Body:\n{}\nTitle\n", ""},
		{"a title's underline as long as it, closed further down", "Body\n----\n{}\n----\n", "Body\n{}\n", "p.adoc:2: line 2 underlines \"Body\" as a section title, as long as it, but the same \"----\" at line 4 would close the block it opens"},
		{"a delimiter under text of about its length, closed further down", "JSON:\n----\n{}\n----\n", "JSON:\n{}\n", "p.adoc:2: line 2 may underline \"JSON:\" as a section title, but it is not as long as the title"},
		{"two titles of one length", "Request\n-------\n\nText.\n\nAnswers\n-------\n", "Request\nText.\nAnswers\n", ""},
		{"a line inside a paragraph is no title", "Some text\nRequest Body\n------------\nx\n", "Some text\nRequest Body\nx\n", "p.adoc:3: the block opened by \"------------\" at line 3 is never closed"},
		{"an underlined line inside a listing block", "----\nTitle\n=====\n----\n", "Title\n=====\n", ""},
		{"conditional", "ifdef::server[]\nServer only.\nendif::[]\n", "Server only.\n", "p.adoc:1: the conditional directive at line 1 is not evaluated"},
	} {
		blocks, report := readPage(t, c.page)
		if got := shown(blocks); got != c.want {
			t.Errorf("%s: read\n%s\nwant\n%s", c.name, got, c.want)
		}
		if c.report == "" && report != "" || !strings.Contains(report, c.report) {
			t.Errorf("%s: reported %q, want %q", c.name, report, c.report)
		}
	}
}

// TestInline reads the markup inside a line as the text it shows, and
// leaves as text what opens no markup.
func TestInline(t *testing.T) {
	r := &reader{attrs: map[string]string{"product": "GearN"}, titles: map[string]string{"responsedata": "ResponseData"}}
	for _, c := range []struct{ in, want string }{
		{"<<presencestatus,PresenceStatus>>", "PresenceStatus"},
		{"<<invalidmember,InvalidMember>>[]", "InvalidMember[]"},
		{"See <<ReturnCode>>", "See ReturnCode"},
		{"See <<responsedata>>", "See ResponseData"},
		{"See xref:gearn:permission-rules.adoc[PermissionRules]", "See PermissionRules"},
		{"link:https://x.io/a[the docs,window=_blank] and https://x.io[]", "the docs and https://x.io"},
		{"+literal+ and ++{x}++, 1 + 2, C++ and a+b", "literal and {x}, 1 + 2, C++ and a+b"},
		{"{product} at /users/{userId}{nbsp}now", "GearN at /users/{userId} now"},
		{"`string[]` and *true*", "`string[]` and *true*"},
		{"icon:check[] image:cross.png[] image:yes.png[Yes] icon:info[]", "✓ ✗ Yes info"},
		{"a <<unclosed and [x]", "a <<unclosed and [x]"},
		{"link:#genericmodels-shell[`GenericModels.Shell[]`]", "`GenericModels.Shell[]`"},
		{"link:#genericmodels-shell[`GenericModels.Shell`][]", "GenericModels.Shell[]"},
		{"link:#matchmode[`MatchMode`]`[]`", "`MatchMode[]`"},
		{"`List<`link:#mark[`Mark`]`>` and link:#a[`A`] `[]`", "`List<Mark>` and `A` `[]`"},
		{"link:/api/models/Recipe[`Recipe[]`[.sr-only]# (opens in a new tab)#]", "`Recipe[]`"},
		{"[.lang]#http#", "http"},
		{"[.check]#[.icon]#[.vpi-sun .sun]##[.vpi-moon .moon]####", ""},
		{"[.inline-comment-marker]##skin##Tone and [.x]#a# [.sr-only]##hid##den", "skinTone and a den"},
		{"link:/api/getShows[[.desc]#Previous page#[.title]#getShows#]", "Previous pagegetShows"},
		{"[#main-nav-aria-label .visually-hidden]#Main", "Main"},
		{"#FF8800 and [x]#", "#FF8800 and [x]#"},
	} {
		if got := r.inline(c.in); got != c.want {
			t.Errorf("inline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestReadPandoc reads what pandoc's AsciiDoc writer makes of a docs
// site's HTML page, each block at its line: permalinks around a heading's
// title, a heading's hard line break, role spans, rows wrapped between
// their cells, cells of blocks.
func TestReadPandoc(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"permalinks at a title's ends", "== launchFirework link:#launchfirework[\u200b]\n\n=== Overview link:#overview[¶]\n\n==== link:#genericmodelsitem[#]GenericModels.Item\n\n==== ReturnCodelink:#returncode[#]\n\n=== ErrorCode link:#errorcode[\u200b]link:#errorcode[¶]\n\n.Body xref:#body[]\n",
			[]string{"1:launchFirework", "3:Overview", "5:GenericModels.Item", "7:ReturnCode", "9:ErrorCode", "11:Body"}},
		{"a link to an anchor in the text stays", "See link:#errorcode[] and link:#x[ErrorCode].\n", []string{"1:See #errorcode and ErrorCode."}},
		{"a title's hard line break", "==== 요청 헤더 +\nRequest Headers\n\nText +\nmore\n\n== Title +\n|===\n|a\n|===\n", []string{"1:요청 헤더 Request Headers", "4:Text", "5:more", "7:Title", "9:H|a"}},
		{"a language label over a listing block", "[.lang]#http#\n\n[source,shiki,shiki-themes,github-light,github-dark,vp-code]\n----\nPOST /x\n----\n", []string{"1:http", "5:POST /x"}},
		{"chrome of role spans and anchors", "[[app]]\nlink:#VPContent[Skip to content]\n\n[.DocSearch-Button-Container]#[.vp-icon]##[.DocSearch-Button-Placeholder]#Search##\n\n[.vpi-align-left .menu-icon]##[.menu-text]#Menu#\n", []string{"2:Skip to content", "4:Search", "6:Menu"}},
		{"a row wrapped between its cells", "[cols=\",,,\",options=\"header\",]\n|===\n|Code |Type |Required |Description\n|`shells`\n|link:#genericmodels-shell[`GenericModels.Shell[]`]\n|true |The shells. +\n(1 - 8 items) See\nlink:#genericmodels-shell[GenericModels.Shell]\n\n|`invalid` |link:#invalidmember[`InvalidMember[]`] |\n|Just had data.\n|===\n",
			[]string{"3:H|Code|Type|Required|Description", "4:R|shells|GenericModels.Shell[]|true|The shells. (1 - 8 items) See GenericModels.Shell", "10:R|invalid|InvalidMember[]||Just had data."}},
		{"a range wrapped before its dash", "[cols=\",,,\",options=\"header\",]\n|===\n|Code |Type |Required |Description\n|`buffId` |`string` |true |The buff. (1\n- 32 characters)\n|===\n",
			[]string{"3:H|Code|Type|Required|Description", "4:R|buffId|string|true|The buff. (1 - 32 characters)"}},
		{"cells of blocks", "[width=\"100%\",cols=\"50%,50%\",options=\"header\",]\n|===\na|\nName\n\na|\nType\n\n|playerId |String\n\na|\nitems\n\na|\n* one\n* two\n|===\n",
			[]string{"3:H|Name|Type", "9:R|playerId|String", "11:R|items|one; two"}},
	} {
		blocks, report := readPage(t, c.page)
		var got []string
		for _, b := range blocks {
			if b.Table == nil {
				got = append(got, fmt.Sprintf("%d:%s", b.Line, b.Text))
				continue
			}
			got = append(got, fmt.Sprintf("%d:H|%s", b.Table.Line, strings.Join(b.Table.Header, "|")))
			for _, r := range b.Table.Rows {
				got = append(got, fmt.Sprintf("%d:R|%s", r.Line, strings.Join(r.Cells, "|")))
			}
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: read\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if report != "" {
			t.Errorf("%s: reported %q", c.name, report)
		}
	}
}

// TestDetect is certain of a page with a delimited table only.
func TestDetect(t *testing.T) {
	for _, c := range []struct {
		page string
		want bool
	}{
		{"= a\n|===\n|a |b\n|===\n", true},
		{"== a\nno table\n", false},
		{"| a | b |\n|---|---|\n| 1 | 2 |\n", false},
		{"||a||b||\n|x|y|\n", false},
	} {
		if got := (Style{}).Detect(pages.Lines([]byte(c.page))) > 0; got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
