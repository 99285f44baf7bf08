package reader

import (
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
	// unheaded is set when no status line such as "200 Ok" preceded the
	// envelope, which was told by its members.
	unheaded bool
	// plain names the response type when the page documents its answer
	// as a plain object, a table with no envelope member, not wrapped in
	// the envelope.
	plain string
	defs  []*defDoc
	// refs are the type names the page's tables refer to, in the order of
	// their first reference.
	refs []ref
	// tables are the page's tables, in page order.
	tables []*pages.Table
	// rows caches fieldRows.
	rows map[*pages.Table][]*fieldDoc
}

type endpointDoc struct {
	role, method, path, permission string
	// line is the endpoint line's, roleLine the role heading's.
	line, roleLine int
	headers, body  *pages.Table
	// bodyTitle is the section title right above body, such as "request
	// body", "query parameters" or "request parameters", lowercased;
	// empty when none heads it.
	bodyTitle string
}

// requestPart says what an endpoint's field table documents, from the
// title above it: "query" for its query parameters, "body" for its body,
// or "" when a GET's table has no title to tell the two apart. Parameters
// ("Parameters", "Request Parameters") are a GET's query and another
// method's body.
func (ep *endpointDoc) requestPart() string {
	switch {
	case ep.bodyTitle == "query parameters":
		return "query"
	case ep.method != "GET":
		return "body"
	case ep.bodyTitle == "parameters", ep.bodyTitle == "request parameters":
		return "query"
	case ep.bodyTitle == "request body":
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
	intro     []string // prose between the previous table and this one
	table     *pages.Table
	// key and sig group the table under its heading, keyName, with the
	// same elsewhere: see headedKey.
	key, keyName string
	sig          map[string]bool
}

type ref struct {
	name string
	line int
}

// interpret walks a page's items and sorts them into endpoints, the
// envelope and type definitions.
func interpret(page string, st pages.Style, items []pages.Block, rep *pages.Reporter) *pageDoc {
	pd := &pageDoc{name: page, style: st}
	var ep *endpointDoc
	inResponse, wantSummary := false, false
	var heading, how, title string
	var intro []string
	at := func(line int) schema.Pos { return schema.Pos{Page: page, Line: line} }
	for _, it := range items {
		if it.Table == nil {
			t := it.Text
			lower := strings.ToLower(t)
			switch {
			case lower == "overview":
				wantSummary = true
			case roles[lower] != "":
				ep = &endpointDoc{role: roles[lower], line: it.Line, roleLine: it.Line}
				pd.endpoints = append(pd.endpoints, ep)
				inResponse, title = false, ""
			case permissionRe.MatchString(t):
				if ep == nil || ep.permission != "" {
					ep = &endpointDoc{line: it.Line}
					pd.endpoints = append(pd.endpoints, ep)
				}
				ep.permission = permissionRe.FindStringSubmatch(t)[1]
			case endpointRe.MatchString(t):
				m := endpointRe.FindStringSubmatch(t)
				if ep == nil || ep.path != "" {
					ep = &endpointDoc{line: it.Line}
					pd.endpoints = append(pd.endpoints, ep)
				}
				ep.method, ep.path, ep.line = m[1], m[2], it.Line
				inResponse, title = false, ""
			case statusLineRe.MatchString(t), lower == "response body":
				inResponse = true
			case fixedTitles[lower]:
				title = lower
			case wantSummary:
				pd.summary, pd.summaryLine, wantSummary = t, it.Line, false
			case dataStructureRe.MatchString(t):
				heading, how = dataStructureRe.FindStringSubmatch(t)[1], "the line \"Data structure: …\""
				intro = append(intro, t)
			case read.IsIdentLine(t) && inResponse:
				heading, how, intro = t, "", nil
			default:
				intro = append(intro, t)
			}
			continue
		}
		tb := it.Table
		kind := tb.Kind()
		pd.tables = append(pd.tables, tb)
		pd.collectRefs(tb)
		switch {
		case !gearnColumns(tb):
			rep.Fail(at(tb.Line), "table with columns %s is not a header, field or enum table: GearN's have the columns Name | [Type] | Required | Description, Code | Type | [Required] | Description, or Name | Code | [Description]; give the table such a header row on the page", strings.Join(tb.Header, " | "))
		case pd.envelope == nil && kind == pages.KindFields && pd.isEnvelope(tb):
			pd.envelope, pd.unheaded = tb, !inResponse
			inResponse = true
		case !inResponse && ep != nil && kind == pages.KindHeaders && ep.headers == nil:
			ep.headers = tb
		case ep != nil && kind == pages.KindHeaders && tb.Continues != nil && tb.Continues == ep.headers:
			// A header table documents no type: one right after the
			// endpoint's, with its columns, is the rest of it.
			rep.Warn(at(tb.Line), "the table at line %d has the columns of the header table at line %d right before it: read as the rest of that table, cut in two", tb.Line, ep.headers.Line)
			pd.appendRows(ep.headers, tb)
		case !inResponse && ep != nil && kind == pages.KindFields && ep.body == nil:
			ep.body, ep.bodyTitle = tb, title
		case inResponse && pd.envelope == nil && pd.plain == "" && kind == pages.KindFields && (heading == "" || heading == pd.plainName()) && pd.opName() != "" && !pd.enveloped(tb):
			pd.plain = pd.plainName()
			pd.defs = append(pd.defs, &defDoc{name: pd.plain, how: "the plain response", intro: intro, table: tb})
		case inResponse && pd.envelope == nil && pd.plain == "" && kind == pages.KindFields:
			pd.envelope = tb
		default:
			pd.defs = append(pd.defs, &defDoc{name: heading, how: how, intro: intro, table: tb})
		}
		heading, how, title, intro = "", "", "", nil
	}
	return pd
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
		case gearnStatus, gearnPayload, gearnInvalid, gearnErrorCode, "debugMessage":
			return true
		}
	}
	return false
}

// collectRefs records the type names a table's rows refer to.
func (pd *pageDoc) collectRefs(tb *pages.Table) {
	refersTo(tb, pd.addRef)
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
