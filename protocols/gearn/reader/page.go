package reader

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// pageDoc is what one page documents, before the pages are merged: its
// endpoints, its response envelope, and the tables that define types and
// enums, some of them without a heading.
type pageDoc struct {
	name        string
	style       pages.Style
	summary     string
	summaryLine int
	endpoints   []*endpointDoc
	envelope    *pages.Table
	// envelopeEnd is the last table read as the rest of envelope, cut
	// in two or more; envelope when it is whole.
	envelopeEnd *pages.Table
	// unheaded is set when no status line such as "200 Ok" preceded the
	// envelope, which was told by its members.
	unheaded bool
	// plain names the response type when the page documents its answer
	// as a plain object, a table with no envelope member, not wrapped in
	// the envelope.
	plain string
	// noRule is the line of the sentence that says the operation takes
	// no permission rule ("No require permission rules."), 0 for none;
	// noRuleUnder the text line right above it, its section's heading.
	noRule      int
	noRuleUnder pages.Block
	defs        []*defDoc
	// examples are the request lines of the page's example messages, in
	// page order: evidence of the endpoints they name, never endpoints.
	examples []*requestLine
	// refs are the type names the page's tables refer to, in the order of
	// their first reference.
	refs []ref
	// tables are the page's tables, in page order.
	tables []*pages.Table
	// rows caches fieldRows, marks requiredMarks.
	rows  map[*pages.Table][]*fieldDoc
	marks map[*pages.Table][]string
	// envelopeRead is the envelope's table read, for the builder to
	// merge (builder.readTables).
	envelopeRead *tableRead
	// placed are the header lines of the tables an overrides entry
	// placed in a section.
	placed []int
	// title is the page's first line of text, at titleLine: its title,
	// where the page keeps it (the operation's name on GearN's pages).
	title     string
	titleLine int
	// given are the lines of the sections whose lost endpoint line an
	// overrides entry gave.
	given []int
	// lost are the headings of the types the page's tables refer to
	// whose section holds nothing, no table and no text, up to the next
	// heading or title (read.SectionLost), each its line and the name.
	lost []pages.Block
}

type endpointDoc struct {
	role, method, path, permission string
	// permissionLine is the line of the permission rule's sentence.
	permissionLine int
	// query is the query string the endpoint line writes after its path
	// ("tableId={tableId}"), without its "?": evidence of the query
	// parameters, no part of the path.
	query string
	// line is the endpoint line's, roleLine the role heading's.
	line, roleLine int
	headers, body  *pages.Table
	// headersEnd is the last table read as the rest of headers, cut in
	// two or more; headers when it is whole.
	headersEnd *pages.Table
	// bodyTitle is the part the section title right above body opens
	// (its request body, query parameters or parameters); partNone when
	// no title heads it.
	bodyTitle part
	// unread are the titles of the sections of its request that hold no
	// table, only text: nothing they document is read.
	unread []pages.Block
	// empty are the titles of the sections of its request that hold
	// nothing, no table and no text, up to the next title.
	empty []pages.Block
	// saysNoFields is set where a section of its request's fields (its
	// body, or its parameters) says it holds none ("None", "No body"):
	// the page's word that it takes no body, and no table of it lost.
	saysNoFields bool
	// typed is set where a type's heading stood right under the title
	// of a part of its request, that part's table lost: the headings
	// after it are types' too.
	typed bool
}

// requestPart says what an endpoint's field table documents, from the
// title above it: "query" for its query parameters, "body" for its body,
// or "" when a GET's table has no title to tell the two apart. Parameters
// ("Parameters", "Request Parameters") are a GET's query and another
// method's body.
func (ep *endpointDoc) requestPart() string {
	return requestPartOf(ep.method, ep.bodyTitle)
}

// requestPartOf is what a field table under a title of part title
// documents in a request of method, as requestPart says.
func requestPartOf(method string, title part) string {
	switch {
	case title == partQuery:
		return "query"
	case method != "GET":
		return "body"
	case title == partParams:
		return "query"
	case title == partBody:
		return "body"
	}
	return ""
}

// defDoc is a table that defines a type or an enum.
type defDoc struct {
	name string // empty until the heading is known
	// how says where the name came from, for the recovery report.
	how       string
	recovered bool
	// headingLine is the line of the heading that names the type, when
	// one does.
	headingLine int
	// recased is set when the heading lost its case and name is the
	// case the page's references write it in (recaseHeadings).
	recased bool
	intro   []string // prose between the previous table and this one
	table   *pages.Table
	// key and sig group the table under its heading, keyName, with the
	// same elsewhere: see headedKey.
	key, keyName string
	sig          memberSet
	// read is the table read, its fields or its members, for the
	// builder to merge (builder.readTables).
	read *tableRead
}

// cut reports whether the table is the rest of a table cut in two
// (pages.Table.CutInTwo), or one without a header row of its own, with
// rows of the width of the table a few lines of text before it: those
// lines cut it (a note, a panel, an advert), as no table's first row
// comes without a header. A list of terms has no header row ever, and
// tells nothing so.
func (d *defDoc) cut() bool {
	return d.table.CutInTwo() || d.table.NoHeader && !d.table.Terms && d.table.Resumes != nil
}

type ref struct {
	name string
	line int
}

// interpret walks a page's items and sorts them into endpoints, the
// envelope and type definitions. entries are the sections an overrides
// file places tables of the page in, by their header line: taken by a
// table that neither a title nor a heading places, which the page would
// leave to type definitions. pdf tells that the page is a PDF's text
// (pages.PDFTextOf), for the refusal of a section that holds no table.
func interpret(page string, st pages.Style, pdf pages.PDFText, items []pages.Block, rep *pages.Reporter, entries map[int]string) *pageDoc {
	pd := &pageDoc{name: page, style: st}
	items = joinEndpointLines(page, joinPermissions(page, pages.Unmark(page, read.UnglueTitles(page, pages.DropOutlines(page, readRoleBadges(page, items, rep), sectionWords{}, rep), rep), statesPermission, rep), rep), rep)
	read.StrayRows(page, items, rep)
	read.NoteFacts(page, items, rep)
	read.WarnParagraphFacts(page, items, rep)
	var ep *endpointDoc
	inResponse, wantSummary := false, false
	var heading, how string
	// headingLine is the line of heading, when a line names the type.
	var headingLine int
	// sentence is the line that names the heading's type as a sentence
	// ("Data structure: X."), when a sentence names it.
	var sentence pages.Block
	var intro []string
	// title is the part the last title opened, at titleLine, since the
	// last table.
	var title part
	var titleLine pages.Block
	referenced, tableRefs := referencedNames(items)
	at := func(line int) schema.Pos { return schema.Pos{Page: page, Line: line} }
	// section is the title of the request's part being read, and text
	// the lines under it, until a table.
	var section pages.Block
	var text []pages.Block
	endSection := func() {
		if section.Text != "" && len(text) == 0 && ep != nil {
			ep.empty = append(ep.empty, section)
		}
		if p, _ := titlePart(section.Text); ep != nil && len(text) > 0 && noneRe.MatchString(text[0].Text) && (p == partBody || p == partParams) {
			ep.saysNoFields = true
		}
		if section.Text != "" && len(text) > 0 && !noneRe.MatchString(text[0].Text) {
			tableless := read.TablelessSection{Title: section.Text + " section", Line: section.Line, Columns: sectionColumns(section.Text), Text: text, PDFText: pdf}
			if tableless.Refuse(page, rep) {
				section, text = pages.Block{}, nil
				return
			}
			rep.Warn(at(section.Line), "the %s section at line %d holds no table, only text (%q at line %d): nothing it documents is read; write what it lists as a table (%s)", section.Text, section.Line, pages.Clip(text[0].Text), text[0].Line, sectionColumns(section.Text))
			for _, l := range text {
				rep.Warn(at(l.Line), "left out of the schema what line %d documents (%q): it stands in the %s section at line %d, which holds no table", l.Line, pages.Clip(l.Text), section.Text, section.Line)
			}
			if ep != nil {
				ep.unread = append(ep.unread, section)
			}
		}
		section, text = pages.Block{}, nil
	}
	// example is set under the title of an example ("Example Request"),
	// up to the next table or part of an endpoint.
	example := false
	// lostHeading keeps the heading that names a type the page's tables
	// refer to as one whose section holds nothing, where no table and no
	// text stood under it since: another heading, a title or the page's
	// end follows it. The heading is then no longer the next table's.
	lostHeading := func() {
		if heading != "" && headingLine > 0 && len(intro) == 0 && referenced[heading] {
			pd.lost = append(pd.lost, pages.Block{Line: headingLine, Text: heading})
		}
		heading, how, headingLine = "", "", 0
	}
	// headerless are the tables whose header row a converter dropped
	// (lostEnumHeader), read with the enum's columns: a rest of one,
	// cut from it with no header row of its own, has those columns.
	headerless := map[*pages.Table]bool{}
	for i, it := range items {
		if it.Table == nil && pd.titleLine == 0 {
			pd.title, pd.titleLine = it.Text, it.Line
		}
		if it.Table == nil {
			t := it.Text
			if isCallout(t, referenced) {
				// A callout's label is text: no title of a part, and no
				// type's heading.
				if section.Text != "" {
					text = append(text, it)
				}
				intro = append(intro, t)
				continue
			}
			role := roleOf(t)
			exampleTitle := isExampleTitle(t)
			// What each pattern says of the line, matched once.
			var permission, endpoint, status bool
			if startsSection(t) {
				permission, endpoint, status = permissionRe.MatchString(t), endpointRe.MatchString(t), statusLineRe.MatchString(t)
			}
			if !permission && noRuleRe.MatchString(t) {
				pd.noRule = it.Line
				if i > 0 && items[i-1].Table == nil {
					pd.noRuleUnder = items[i-1]
				}
			}
			p, near := titlePart(t)
			if p != partNone && isHeadingName(t) && referenced[headingName(t)] {
				// A type's name that is a title's word too ("Result"),
				// which a table of the page refers to: its heading.
				p, near = partNone, nil
			}
			if p != partNone && section.Text != "" && read.HeaderCellTitle(text, it) {
				// The last cell of the section's table's header row,
				// written a cell a line ("Description"): no title, and
				// the rows under it are the section's.
				text, intro = append(text, it), append(intro, t)
				continue
			}
			if p != partNone || role != "" || permission || endpoint || status || exampleTitle {
				// The prose above a title is the section's before it
				// (a note under its table), no intro of the table
				// after the title.
				endSection()
				if !exampleTitle {
					lostHeading()
				}
				intro = nil
				if p.documentsRequest() {
					section = it
				}
			} else if section.Text != "" {
				text = append(text, it)
			}
			// tab is a role's name that labels its example call.
			tab := example && role != "" && roleTab(items[i+1:])
			switch {
			case exampleTitle:
				example = true
			case tab:
			case role != "", permission, p != partNone && !isExampleLabel(t):
				example = false
			}
			if example && !exampleTitle && !tab && !endpoint {
				// An example's header, body or label: no part of the
				// page's sections, no type's heading nor description;
				// a request line its headers and body run into on one
				// line is the example's.
				if m := flatRequestRe.FindStringSubmatch(t); m != nil {
					rep.Warn(at(it.Line), "read the example request at line %d from its request line %q, which its headers or body run into on the same line (a code block's lines joined): the request line is the example's evidence", it.Line, m[1])
					pd.examples = append(pd.examples, requestLineOf(m[1], it.Line))
				}
				continue
			}
			switch {
			case exampleTitle, tab:
				// A title, and no type's heading ("Example") nor a
				// role's section.
			case endpoint && (example || startsMessage(items[i+1:])):
				pd.examples = append(pd.examples, requestLineOf(t, it.Line))
			case p == partOverview:
				wantSummary = true
			case role != "":
				ep = &endpointDoc{role: role, line: it.Line, roleLine: it.Line}
				pd.endpoints = append(pd.endpoints, ep)
				inResponse, title = false, partNone
			case permission:
				if ep == nil || ep.permission != "" {
					ep = &endpointDoc{line: it.Line}
					pd.endpoints = append(pd.endpoints, ep)
				}
				ep.permission, ep.permissionLine = permissionRe.FindStringSubmatch(t)[1], it.Line
			case endpoint:
				rl := requestLineOf(t, it.Line)
				if ep == nil || ep.path != "" {
					ep = &endpointDoc{line: it.Line}
					pd.endpoints = append(pd.endpoints, ep)
				}
				ep.method, ep.path, ep.query, ep.line = rl.method, rl.path, rl.query, it.Line
				inResponse, title = false, partNone
			case status, p == partResponse:
				inResponse = true
				if p == partResponse {
					title, titleLine = p, it
					warnNear(page, it, p, near, rep)
				}
			case p != partNone:
				title, titleLine = p, it
				warnNear(page, it, p, near, rep)
			case wantSummary:
				pd.summary, pd.summaryLine, wantSummary = t, it.Line, false
			case isTitleSentence(t):
				// A sentence under its type's heading repeats it, by
				// its name or by its qualified name's last part
				// ("GenericModels.Buoy" ⏎ "Data structure: Buoy.").
				if name, _ := read.TitleSentence(t); name != heading && !strings.HasSuffix(heading, "."+name) {
					heading, how, sentence, headingLine = name, fmt.Sprintf("the sentence %q", t), it, 0
				}
				intro = append(intro, t)
			case isHeadingName(t) && (inResponse || ep != nil && (ep.body != nil || ep.typed)):
				if headingName(t) != heading {
					lostHeading()
				}
				heading, how, intro, sentence, headingLine = headingName(t), "", nil, pages.Block{}, it.Line
			case ep != nil && ep.body == nil && section.Text != "" && len(text) == 1 && isHeadingName(t) && (referenced[headingName(t)] || strings.Contains(headingName(t), ".")):
				// A request part's title, then right under it the
				// heading of a type a table of the page refers to, or
				// a qualified name ("GenericModels.Item"): the table
				// under the heading is the type's, and the part's own
				// table is lost (read.SectionLost at its title).
				ep.empty, ep.typed = append(ep.empty, section), true
				section, text = pages.Block{}, nil
				heading, how, intro, sentence, headingLine = headingName(t), "", nil, pages.Block{}, it.Line
			default:
				intro = append(intro, t)
			}
			continue
		}
		// unknown is the line right above the table where it reads as a
		// section title of words this reader does not know.
		var unknown pages.Block
		if title == partNone && !example && i > 0 && items[i-1].Table == nil && looksLikeTitle(items[i-1].Text) {
			unknown = items[i-1]
		}
		tb := it.Table
		foreign := false
		if last := len(text) - 1; title == partHeaders && ep != nil && ep.headers == nil && last >= 0 && text[last].Line == items[i-1].Line &&
			!strings.HasSuffix(text[last].Text, ":") && looksLikeTitle(text[last].Text) && read.HeaderRows(tb) == 0 {
			// A table under a title this reader does not know, in the
			// request headers' section, none of whose rows names a
			// header: the section's own table is not on the page (a
			// converter or a scrape cut it whole, its title kept), and
			// the table is the unknown title's, never the headers' for
			// want of another; the section holds nothing.
			ep.empty = append(ep.empty, section)
			unknown, title, foreign = text[last], partNone, true
		}
		section, text, example = pages.Block{}, nil, false
		kind := tb.Kind()
		pd.tables = append(pd.tables, tb)
		pd.collectRefs(tableRefs.of(i))
		// placed warns of a table its columns and place put in a part
		// that no title above it names: its title is unknown, or names
		// another part.
		placed := func(as part) {
			cols := strings.Join(tb.Header, " | ")
			switch {
			case unknown.Text != "":
				rep.Warn(at(tb.Line), "placed the table at line %d (%s) in the %s by its columns and place: the line above it, %q at line %d, reads as a section title, but not one this reader knows; if it heads another part, title it as that part (\"Request Headers\", \"Request Body\", \"Query Parameters\", \"Response Body\")", tb.Line, cols, as, pages.Clip(unknown.Text), unknown.Line)
			case title == partHeaders && as != partHeaders, title.documentsRequest() && title != partHeaders && as == partHeaders:
				rep.Warn(at(tb.Line), "placed the table at line %d (%s) in the %s by its columns: its title %q at line %d names the %s, whose tables have other columns; if the title is right, give the table the columns of its part", tb.Line, cols, as, pages.Clip(titleLine.Text), titleLine.Line, title)
			}
		}
		if from := cutFrom(tb); from != nil && headerless[from] {
			// Its header is that table's first row, lent, not a row.
			tb.Header, tb.Cols = from.Header, from.Cols
			headerless[tb] = true
			kind = tb.Kind()
		} else if heading != "" && !tb.NoHeader && lostEnumHeader(tb) {
			rep.Warn(at(tb.Line), "the table at line %d, under the heading %s at line %d, has no header row: its first row (%s) is a name and a whole number, as every row after it is and no header's cells are, as an enum's rows are (a converter dropped the table's header row, and maybe rows after it, as catdoc does): read as the columns %s; if they are other columns, write the table's header row", tb.Line, heading, headingLine, pages.Clip(strings.Join(tb.Header, " | ")), strings.Join(enumColumns[:len(tb.Header)], " | "))
			tb.Rows = append([]*pages.Row{{Line: tb.Line, Raw: strings.Join(tb.Header, " | "), Cells: tb.Header}}, tb.Rows...)
			tb.Header = enumColumns[:len(tb.Header)]
			tb.Cols, _ = pages.ColumnsOf(tb.Header)
			headerless[tb] = true
			kind = tb.Kind()
		}
		if namedFields(tb, kind) && (foreign || inResponse || heading != "" || title.documentsRequest() && title != partHeaders && ep != nil && ep.headers != nil) &&
			(ep == nil || ep.headersEnd == nil || tb.Continues != ep.headersEnd && tb.Resumes != ep.headersEnd) {
			what := "a part of the response"
			switch {
			case heading != "":
				what = "the type " + heading
			case foreign:
				what = fmt.Sprintf("the section of its title %q at line %d, under the request headers' title at line %d, none of its rows naming a header", pages.Clip(unknown.Text), unknown.Line, ep.empty[len(ep.empty)-1].Line)
			case !inResponse:
				what = "the " + title.String()
			}
			rep.Warn(at(tb.Line), "the table at line %d (%s) heads the column of its members' names %q, as GearN heads a header table's, not Code as it heads a type's; it stands in %s, whose tables document fields, not headers: read as a table of fields, its %q column their names; if it documents headers, title it Request Headers", tb.Line, strings.Join(tb.Header, " | "), tb.Header[slices.Index(tb.Cols, pages.ColName)], what, tb.Header[slices.Index(tb.Cols, pages.ColName)])
			tb.Cols = slices.Clone(tb.Cols)
			tb.Cols[slices.Index(tb.Cols, pages.ColName)] = pages.ColCode
			kind = tb.Kind()
		}
		switch {
		case !gearnColumns(tb):
			rep.Fail(at(tb.Line), "table with columns %s is not a header, field or enum table: GearN's have the columns Name | [Type] | Required | Description, Code | Type | [Required] | Description, or Name | Code | [Description]; give the table such a header row on the page", strings.Join(tb.Header, " | "))
		case pd.envelope == nil && kind == pages.KindFields && pd.isEnvelope(tb):
			pd.envelope, pd.envelopeEnd, pd.unheaded = tb, tb, !inResponse
			inResponse = true
			placed(partResponse)
		case pd.envelope != nil && kind == pages.KindFields && heading == "" && (tb.Continues == pd.envelopeEnd || tb.Resumes == pd.envelopeEnd) && len(pd.envelopeMembers(tb)) > 0:
			// The envelope's members are its own: a table after it, with
			// its columns and no heading between them, that names one is
			// its rest, unless it names one the envelope names already.
			if name, line, first := pd.repeatedMember(pd.envelope, tb); name != "" {
				rep.Fail(at(tb.Line), "the table at line %d has the columns of the response table at line %d before it and members of the response envelope, but its row at line %d names %s, which that table names at line %d: a table names a member once, so it is no rest of that table. Correct the page: delete the row at line %d or %d that is wrong", tb.Line, pd.envelope.Line, line, name, first, first, line)
				break
			}
			rep.Warn(at(tb.Line), "the table at line %d has the columns of the response table at line %d before it, and members of the response envelope (%s): read as the rest of that table, cut in two", tb.Line, pd.envelope.Line, strings.Join(pd.envelopeMembers(tb), ", "))
			pd.appendRows(rep, pd.envelope, tb)
			pd.envelopeEnd = tb
		case !inResponse && ep != nil && title == partHeaders && tb.Has(pages.ColName) && ep.headers == nil:
			// A table of names under the headers' title documents them,
			// with their types or not (a definition list read as a table:
			// Name | Type | Required | Description).
			ep.headers, ep.headersEnd = tb, tb
		case !inResponse && ep != nil && kind == pages.KindHeaders && ep.headers == nil:
			ep.headers, ep.headersEnd = tb, tb
			placed(partHeaders)
		case ep != nil && kind == pages.KindHeaders && ep.headersEnd != nil && (tb.Continues == ep.headersEnd || tb.Resumes == ep.headersEnd):
			// A header table documents no type: one after the endpoint's
			// (or the last part of it), with its columns and nothing or a
			// few lines of text between them, is the rest of it, unless
			// it names a header that one names: then it is none.
			where := "right before it"
			if tb.Continues == nil {
				where = fmt.Sprintf("before it, with only %q between them", pages.Clip(strings.Join(intro, " ")))
			}
			after := fmt.Sprintf("the columns of the header table at line %d %s", ep.headers.Line, where)
			if ep.headersEnd != ep.headers {
				after = fmt.Sprintf("the columns of the table at line %d %s, the rest of the header table at line %d", ep.headersEnd.Line, where, ep.headers.Line)
			}
			if name, line, first := pd.repeatedMember(ep.headers, tb); name != "" {
				rep.Fail(at(tb.Line), "the table at line %d has %s, but its row at line %d names the header %s, which that table names at line %d: a table names a header once, so it is no rest of that table, and a header table documents no type. Correct the page: delete the row at line %d or %d that is no header", tb.Line, after, line, name, first, first, line)
				break
			}
			rep.Warn(at(tb.Line), "the table at line %d has %s: read as the rest of that table, cut in two", tb.Line, after)
			pd.appendRows(rep, ep.headers, tb)
			ep.headersEnd = tb
		case !inResponse && ep != nil && kind == pages.KindFields && ep.body == nil && headingLine == 0:
			ep.body = tb
			if title.documentsRequest() && title != partHeaders {
				ep.bodyTitle = title
			}
			if sec := entries[tb.Line]; ep.requestPart() == "" && (sec == "query parameters" || sec == "request body") {
				ep.bodyTitle = partBody
				if sec == "query parameters" {
					ep.bodyTitle = partQuery
				}
				pd.placed = append(pd.placed, tb.Line)
			}
			if ep.method == "GET" {
				placed(partParams)
			} else {
				placed(partBody)
			}
		case inResponse && pd.envelope == nil && pd.plain == "" && kind == pages.KindFields && (heading == "" || strings.EqualFold(heading, pd.plainName())) && pd.opName() != "" && !pd.enveloped(tb):
			pd.plain = pd.plainName()
			pd.defs = append(pd.defs, &defDoc{name: pd.plain, how: "the plain response", intro: intro, table: tb})
			placed(partResponse)
		case inResponse && pd.envelope == nil && pd.plain == "" && kind == pages.KindFields:
			pd.envelope = tb
			placed(partResponse)
		case tb.Narrowed && heading != "" && !referenced[heading]:
			// The rows of a table cut in two that lost a column are its
			// rest: the line above them that reads as a heading names
			// no type the page refers to, a callout's label ("TIP").
			pd.defs = append(pd.defs, &defDoc{intro: append([]string{heading}, intro...), table: tb})
		default:
			if sec, ok := entries[tb.Line]; ok && heading == "" {
				pd.place(ep, tb, sec, rep)
				break
			}
			if sentence.Text != "" {
				read.WarnTitleSentence(rep, at(sentence.Line), sentence.Text, heading, tb.Line)
			}
			pd.defs = append(pd.defs, &defDoc{name: heading, how: how, headingLine: headingLine, intro: intro, table: tb})
		}
		heading, how, title, intro, sentence, headingLine = "", "", partNone, nil, pages.Block{}, 0
	}
	endSection()
	lostHeading()
	refuseUnreadPermissions(page, items, pd, rep)
	return pd
}

// refuseUnreadPermissions refuses at its line a text line that names a
// permission rule no endpoint of the page was read with: a permission
// sentence in a form no reading takes ("**Require permission rules …"
// whose bold a copy left open, the sentence run into other words), whose
// rule would else be lost without a word.
func refuseUnreadPermissions(page string, items []pages.Block, pd *pageDoc, rep *pages.Reporter) {
	read := map[string]bool{}
	for _, ep := range pd.endpoints {
		read[ep.permission] = true
	}
	for _, it := range items {
		if it.Table != nil || !mentionsPermission(it.Text) {
			continue
		}
		if rule := namedRule(it.Text); rule != "" && !read[rule] {
			rep.Fail(pages.At(page, it.Line), "line %d names the permission rule %s (%q), but no endpoint was read with it: write the sentence on a line of its own, as `Require permission rules %s. See PermissionRules`", it.Line, rule, pages.Clip(it.Text), rule)
		}
	}
}

// mentionsPermission reports whether a text line holds the word
// permission in any case; an ASCII line, as most are, is searched
// without lower-casing it into a new string.
func mentionsPermission(t string) bool {
	if pages.IsASCII(t) {
		return read.ContainsLower(t, "permission")
	}
	return strings.Contains(strings.ToLower(t), "permission")
}

// warnNear warns of a title read by the words nearest in meaning to its
// own ("Returns" as "response").
func warnNear(page string, it pages.Block, p part, near []string, rep *pages.Reporter) {
	if len(near) == 0 {
		return
	}
	rep.Warn(pages.At(page, it.Line), "read the title %q at line %d as the title of the %s, by the words nearest in meaning to its own (%s): no title of GearN's is written so; if it heads another part, title it as that part", pages.Clip(it.Text), it.Line, p, strings.Join(near, ", "))
}

// looksLikeTitle reports whether a text line right above a table reads
// as a section title: a short line of a few words that is no sentence
// (no full stop, comma or semicolon at its end) and none of the lines a
// GearN page's parts begin with (a type's name, a role, a status line, a
// known title).
func looksLikeTitle(t string) bool {
	return read.TitleShaped(t) && !isSectionLine(strings.TrimSpace(t))
}

// isCallout reports whether a text line is a callout's label
// (pages.IsCalloutLabel) that no table of the page refers to as a type:
// the label of a box that sets a note apart ("WARNING", "[!TIP]"), which
// would read as a type's heading over the table after the note.
func isCallout(t string, referenced map[string]bool) bool {
	return pages.IsCalloutLabel(t) && !referenced[headingName(t)]
}

// referencedNames are the type names the tables of a page's blocks refer
// to: a heading that names one is the type's, whatever title its words
// would make. refs holds each table's references in the order refersTo
// finds them, for collectRefs: interpret reaches each table before it
// changes one, and reading its rows again would find the same.
func referencedNames(items []pages.Block) (names map[string]bool, refs itemRefs) {
	names, refs.ends = map[string]bool{}, make([]int, len(items))
	for i, it := range items {
		if it.Table != nil {
			refersTo(it.Table, func(name string, line int) {
				names[name] = true
				refs.all = append(refs.all, ref{name, line})
			})
		}
		refs.ends[i] = len(refs.all)
	}
	return names, refs
}

// itemRefs are the references of the tables of a page's items, in one
// slice: those of item i end at ends[i], and start where those of the
// item before end.
type itemRefs struct {
	all  []ref
	ends []int
}

// of returns the references of item i's table.
func (r itemRefs) of(i int) []ref {
	start := 0
	if i > 0 {
		start = r.ends[i-1]
	}
	return r.all[start:r.ends[i]]
}

// entrySections are the sections an overrides entry may place a table
// in: the endpoint's headers, body or query, the page's response.
var entrySections = []string{"request headers", "request body", "query parameters", "response body"}

// place files a table in the section an overrides entry names, or fails
// at the table when that section has its table already.
func (pd *pageDoc) place(ep *endpointDoc, tb *pages.Table, sec string, rep *pages.Reporter) {
	pd.placed = append(pd.placed, tb.Line)
	had := func(other *pages.Table) {
		rep.Fail(schema.Pos{Page: pd.name, Line: tb.Line}, "the overrides file places the table at line %d in the %s, which has its table at line %d already: give the entry the section the table documents", tb.Line, sec, other.Line)
	}
	switch {
	case ep == nil && sec != "response body":
		rep.Fail(schema.Pos{Page: pd.name, Line: tb.Line}, "the overrides file places the table at line %d in the %s, but no endpoint line stands above it", tb.Line, sec)
	case sec == "request headers" && ep.headers != nil:
		had(ep.headers)
	case sec == "request headers":
		ep.headers, ep.headersEnd = tb, tb
	case sec != "response body" && ep.body != nil:
		had(ep.body)
	case sec != "response body":
		ep.body, ep.bodyTitle = tb, partBody
		if sec == "query parameters" {
			ep.bodyTitle = partQuery
		}
	case pd.envelope != nil:
		had(pd.envelope)
	case pd.plain != "":
		rep.Fail(schema.Pos{Page: pd.name, Line: tb.Line}, "the overrides file places the table at line %d in the response body, which the page documents already as its plain answer %s", tb.Line, pd.plain)
	case pd.enveloped(tb) || pd.opName() == "":
		pd.envelope, pd.envelopeEnd = tb, tb
	default:
		pd.plain = pd.plainName()
		pd.defs = append(pd.defs, &defDoc{name: pd.plain, how: "the plain response", table: tb})
	}
}

// sectionColumns names the columns of the table a request part's title
// heads, for the message that finds none under it.
func sectionColumns(title string) string {
	if p, _ := titlePart(title); p == partHeaders {
		return "Name | Required | Description"
	}
	return "Code | Type | Required | Description"
}

// gearnColumns reports whether a table has the columns of one of GearN's
// tables: a header table (Name | [Type] | Required | Description), a field
// table (Code | Type | [Required] | Description) or an enum table (Name |
// Code | [Description]). GearN names its name column Name: one under
// another word that names a member for other vendors ("Parameter",
// "Field", "Key") makes a table none of GearN's.
func gearnColumns(tb *pages.Table) bool {
	if tb.Kind() == pages.KindUnknown {
		return false
	}
	for i, k := range tb.Cols {
		if k == pages.ColName && !strings.EqualFold(pages.CellText(strings.TrimSpace(tb.Header[i])), "name") {
			return false
		}
	}
	return true
}

// namedFields reports whether a table of kind is one of fields whose
// names' column is headed as a header table's (Name | Type | [Required]
// | Description): it has a name and a type column, no code column, and
// no other kind than a header table's or none.
func namedFields(tb *pages.Table, kind pages.Kind) bool {
	return (kind == pages.KindHeaders || kind == pages.KindUnknown) && tb.Has(pages.ColName) && tb.Has(pages.ColType) && !tb.Has(pages.ColCode)
}

// cutFrom is the table a table without a header row of its own was cut
// from, the one it continues or resumes; nil for a table with its own.
func cutFrom(tb *pages.Table) *pages.Table {
	switch {
	case !tb.NoHeader:
		return nil
	case tb.Continues != nil:
		return tb.Continues
	}
	return tb.Resumes
}

// enumColumns are the columns of a GearN enum's table.
var enumColumns = []string{"Name", "Code", "Description"}

// lostEnumHeader reports whether a table whose header is no header of
// GearN's (gearnColumns) lost it: its header row and every row are a
// name and a whole number, and a description or not, as an enum's rows
// are; a header names its columns, and no column is named by a number.
func lostEnumHeader(tb *pages.Table) bool {
	if gearnColumns(tb) || len(tb.Header) < 2 || len(tb.Header) > len(enumColumns) {
		return false
	}
	enumRow := func(cells []string) bool {
		code := strings.TrimPrefix(strings.TrimSpace(cells[1]), "-")
		return len(cells) == len(tb.Header) && pages.IsNameCell(strings.TrimSpace(cells[0])) && code != "" && strings.Trim(code, "0123456789") == ""
	}
	if !enumRow(tb.Header) {
		return false
	}
	for _, r := range tb.Rows {
		if !enumRow(r.Cells) {
			return false
		}
	}
	return true
}

// isEnvelope reports whether a field table has the members of GearN's
// response envelope.
func (pd *pageDoc) isEnvelope(tb *pages.Table) bool {
	var status, payload bool
	for _, fd := range pd.fieldRows(tb) {
		status = status || fd.code == gearnStatus
		payload = payload || fd.code == gearnPayload
	}
	return status && payload
}

// envelopeMembers are the members of GearN's response envelope a field
// table names: its status, payload, invalid members and debug message.
func (pd *pageDoc) envelopeMembers(tb *pages.Table) []string {
	var out []string
	for _, fd := range pd.fieldRows(tb) {
		switch fd.code {
		case gearnStatus, gearnPayload, gearnInvalid, gearnDebug:
			out = append(out, fd.code)
		}
	}
	return out
}

// plainName is the name of the type of the page's plain answer, its
// operation's name and "Response" (GetServerTimeResponse): the response
// table, without the envelope's members, is the plain answer when no
// heading or that name heads it. No other heading names the answer: with
// that heading lost, the answer's name would change without a word.
func (pd *pageDoc) plainName() string {
	return read.UpperFirst(pd.opName()) + "Response"
}

// enveloped reports whether a field table has any member of GearN's
// response envelope, or the errorCode of its payload (an envelope the
// scrape lost): an untitled response table with none documents a plain
// answer.
func (pd *pageDoc) enveloped(tb *pages.Table) bool {
	for _, fd := range pd.fieldRows(tb) {
		switch fd.code {
		case gearnStatus, gearnPayload, gearnInvalid, gearnErrorCode, gearnDebug:
			return true
		}
	}
	return false
}

// collectRefs records the type names a table's rows refer to, found
// (referencedNames) in the order refersTo finds them.
func (pd *pageDoc) collectRefs(found []ref) {
	for _, r := range found {
		pd.addRef(r.name, r.line)
	}
}

// refersTo calls refer with each type name a table's rows refer to, by
// their type cell or a "See X", and the row's line.
func refersTo(tb *pages.Table, refer func(name string, line int)) {
	ti := -1
	for i, c := range tb.Cols {
		if c == pages.ColType {
			ti = i
		}
	}
	for _, r := range tb.Rows {
		for i, c := range r.Cells {
			if i == ti {
				if t, ok := read.ParseType(c); ok && t.Named() {
					refer(t.Name, r.Line)
				}
			}
			for _, name := range seeNames(c) {
				refer(name, r.Line)
			}
		}
	}
}

func (pd *pageDoc) addRef(name string, line int) {
	for _, r := range pd.refs {
		if r.name == name {
			return
		}
	}
	pd.refs = append(pd.refs, ref{name, line})
}

// methodLineRe matches a line that is a method alone, and pathLineRe one
// that is a path alone, of two segments at least ("/api/rJson/…").
var (
	methodLineRe = regexp.MustCompile(`^(?:GET|POST|PUT|PATCH|DELETE)$`)
	pathLineRe   = regexp.MustCompile(`^/[^\s/]+/\S+$`)
)

// joinEndpointLines joins an endpoint line that a hard wrap broke at its
// space, the method on a line and the path on the next (Word's and
// Outlook's HTML wraps its source at 76 columns, inside a <pre> too:
// "POST" ⏎ "/api/rJson/kitchen/client/plateDish"), with a warning: a line
// that is a method alone never stands so before a path otherwise. The
// path stands on the next page line, or on the same one where a style
// reads the lines of a code block from one line of the page (pandoc's
// native string "POST\n/api/rJson/…").
func joinEndpointLines(page string, items []pages.Block, rep *pages.Reporter) []pages.Block {
	out := make([]pages.Block, 0, len(items))
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.Table == nil && methodLineRe.MatchString(it.Text) && i+1 < len(items) && items[i+1].Table == nil && (items[i+1].Line == it.Line+1 || items[i+1].Line == it.Line) && pathLineRe.MatchString(items[i+1].Text) {
			joined := it.Text + " " + items[i+1].Text
			rep.Warn(schema.Pos{Page: page, Line: it.Line}, "read the endpoint line from %s, as %q: a hard wrap (a word processor's or a mail client's) broke it at its space; write it on one line", pages.LineSpan(it.Line, items[i+1].Line), joined)
			it.Text = joined
			i++
		}
		out = append(out, it)
	}
	return out
}

// statesPermission reports whether a sentence states an endpoint's
// permission rule, whole or cut by a wrap ("Require permission rules
// x.y.selfEnable. See PermissionRules"): it begins with the permission
// sentence's words (permissionSentenceRe). Set in a list item, a quote
// or bold, it is read so still (pages.Unmark).
// It looks for the expression only in a sentence that begins with
// "require" in any case, as a match at its start does (no other letter
// folds to one of those): the search, unanchored, is otherwise tried at
// every byte of every line of a page.
func statesPermission(s string) bool {
	if len(s) < len("require") || !strings.EqualFold(s[:len("require")], "require") {
		return false
	}
	m := permissionSentenceRe.FindStringIndex(s)
	return m != nil && m[0] == 0
}

// namedRule returns the first permission rule a text names in a
// permission sentence anywhere in it, in any markup around it ("**Require
// permission rules x.y.selfEnable", a bold a copy left open); "" for
// none.
func namedRule(s string) string {
	for _, m := range permissionSentenceRe.FindAllStringSubmatch(s, -1) {
		if m[1] != "" {
			return m[1]
		}
	}
	return ""
}

// joinPermissions joins a permission sentence that an editor's or a mail
// client's hard wrap cut ("Require permission rules" ⏎ "x.y.selfEnable.
// See PermissionRules", or "… selfEnable. See" ⏎ "PermissionRules") with
// the text line right after it, with a warning: the sentence reads as one
// only so. A permission sentence that names no rule even so is refused
// at its line; one that names a rule in a form no reading takes (in
// another case, words after the rule) is refused by
// refuseUnreadPermissions.
func joinPermissions(page string, items []pages.Block, rep *pages.Reporter) []pages.Block {
	at := func(line int) schema.Pos { return schema.Pos{Page: page, Line: line} }
	out := make([]pages.Block, 0, len(items))
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.Table != nil || !statesPermission(it.Text) {
			out = append(out, it)
			continue
		}
		cut := !permissionRe.MatchString(it.Text) || strings.HasSuffix(it.Text, " See")
		if cut && i+1 < len(items) && items[i+1].Table == nil && items[i+1].Line == it.Line+1 {
			if joined := it.Text + " " + items[i+1].Text; permissionRe.MatchString(joined) {
				rep.Warn(at(it.Line), "the permission sentence at line %d goes on at line %d, as a line an editor or a mail client wrapped: read as one line (%q)", it.Line, items[i+1].Line, pages.Clip(joined))
				it.Text = joined
				out = append(out, it)
				i++
				continue
			}
		}
		if !permissionRe.MatchString(it.Text) && namedRule(it.Text) == "" {
			rep.Fail(at(it.Line), "line %d begins a permission sentence but names no permission rule (%q): write it on one line as `Require permission rules <rule>. See PermissionRules`", it.Line, pages.Clip(it.Text))
		}
		out = append(out, it)
	}
	return out
}
