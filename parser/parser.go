// Package parser reads scraped API documentation pages into a
// schema.API. It detects each page's style (HTML, a spreadsheet's rows,
// AsciiDoc, MediaWiki wikitext, Textile, ReadMe's legacy Markdown, Confluence wiki markup, DokuWiki
// markup, Org mode, Markdown, pipe-separated text, one cell per line,
// flattened text or columns aligned with spaces) among the styles of
// pages/, reads the page into blocks, and hands the blocks to the reader
// of the page's protocol (GearN's envelope, or HTTP status codes as Kakao
// Games' pages document them) among those of protocols/: the protocol
// whose marks, the parts of its vendor's page structure a page bears,
// outweigh the others' (or the one Options.Protocol gives). The readers recover
// what a messy scrape lost where the page or its sibling pages tell it,
// report every recovery as a warning, and refuse what they cannot recover
// with an error located at the page and line.
//
// One thing is asked of a protocol before the pages' protocol is known: a
// flattened page's cells run together, and its style splits its rows with
// the vocabulary of the pages (the type names they mention, the lines that
// end a table), so the lexicon is gathered from every page's text before
// such a page is read into blocks. That order is inherent: the protocol is
// told by a page's blocks, and a flattened page has none until its rows
// are split. The lexicon comes from the protocol
// whose marks the page's lines bear, weighed as lines of text, when it
// has one (read.Vocabulary: GearN's, HTTP status codes'), else from
// GearN's, and only when a page needs it.
package parser

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/aria"
	"github.com/docs2go/docs2go/pages/bbcode"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/pages/firefox"
	"github.com/docs2go/docs2go/pages/flattened"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/html2text"
	"github.com/docs2go/docs2go/pages/indented"
	"github.com/docs2go/docs2go/pages/latex"
	"github.com/docs2go/docs2go/pages/makeinfo"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/moin"
	"github.com/docs2go/docs2go/pages/muse"
	"github.com/docs2go/docs2go/pages/native"
	"github.com/docs2go/docs2go/pages/oddmuse"
	"github.com/docs2go/docs2go/pages/org"
	"github.com/docs2go/docs2go/pages/phpwiki"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/pmwiki"
	"github.com/docs2go/docs2go/pages/readme"
	"github.com/docs2go/docs2go/pages/sheet"
	"github.com/docs2go/docs2go/pages/snipsnap"
	"github.com/docs2go/docs2go/pages/source"
	"github.com/docs2go/docs2go/pages/textile"
	"github.com/docs2go/docs2go/pages/typst"
	"github.com/docs2go/docs2go/pages/vimdoc"
	"github.com/docs2go/docs2go/pages/wiki"
	"github.com/docs2go/docs2go/pages/xmldoc"
	"github.com/docs2go/docs2go/pages/xwiki"
	"github.com/docs2go/docs2go/pages/zim"
	"github.com/docs2go/docs2go/parser/read"
	gearn "github.com/docs2go/docs2go/protocols/gearn/reader"
	httpstatus "github.com/docs2go/docs2go/protocols/httpstatus/reader"
	"github.com/docs2go/docs2go/schema"
)

// Page is one scraped documentation page.
type Page struct {
	// Name identifies the page in positions and errors; use the file's base
	// name, never an absolute path.
	Name string
	Data []byte
}

// Options tune a parse.
type Options struct {
	// Name is the API's short name written into the schema.
	Name string
	// Strict turns every recovery into an error.
	Strict bool
	// Protocol is the protocol of the pages ("gearn", "http-status"),
	// for pages whose marks do not tell it; empty: each page's marks
	// tell it.
	Protocol schema.Protocol
	// BasePath is the base path ("/service/v5") of the paths of the pages
	// that show no example request, for an API whose pages leave it out.
	BasePath string
	// Tables assign tables without a heading to the types they document,
	// as the tables: entries of an overrides file say.
	Tables []read.TableType
	// Endpoints give sections whose endpoint line the pages lost the
	// line an overrides file writes for them (its endpoints: entries).
	Endpoints []read.EndpointLine
	// Release lets each page's Data go once the parse has decoded it (it
	// sets Data to nil), for a caller that read the pages for this parse
	// alone: the bytes of a large API's pages are then not all held to
	// its end.
	Release bool
}

// Result is a parse's outcome.
type Result struct {
	// API is the schema read; it is nil when a page could not be read,
	// and incomplete, not valid, while Holes remain open.
	API *schema.API
	// Warnings reports every recovery, one per fact recovered.
	Warnings schema.Diagnostics
	// Holes are the facts of single fields the pages lost and no page
	// recovers, each a field of API without that fact, located at its
	// row and at its place in the schema, for an overrides file to fill
	// (see overrides.File.Apply).
	Holes schema.Holes
}

// styles are the page styles, in the order that breaks a tie of
// detection.
var styles = []pages.Style{readme.Style{}, bbcode.Style{}, xmldoc.Style{}, aria.Style{}, aria.AXTree{}, html.Style{}, phpwiki.Style{}, indented.Style{}, sheet.Style{}, latex.Style{}, typst.Style{}, vimdoc.Style{}, adoc.Style{}, mediawiki.Style{}, textile.Style{}, moin.Wikka{}, moin.Style{}, oddmuse.Style{}, snipsnap.Style{}, native.Style{}, pmwiki.Style{}, wiki.Style{}, xwiki.Style{}, dokuwiki.Style{}, zim.Style{}, muse.Style{}, org.Style{}, markdown.Style{}, firefox.Style{}, pipes.Style{}, cellperline.Style{}, cellperline.Headless{}, flattened.Style{}, drawn.Style{}, makeinfo.Style{}, html2text.Style{}, aligned.Style{}}

// protocols are the protocols, in the order that breaks a tie of the
// weights of their marks on a page (protocolOf) and names them in
// messages; the last one's reading builds the API of no page.
var protocols = []read.Protocol{httpstatus.Protocol{}, gearn.Protocol{}}

// minMarks is the weight of marks a page must bear to be told a
// protocol's, and dominance how many times the weight of another
// protocol's marks it bears that weight must be: below, the page's
// evidence is weak or mixed, and the page is refused.
const (
	minMarks  = 3
	dominance = 2
)

// protocolOf returns the protocol of a page's items: the one given, else
// the one whose marks weigh most on the page, when they weigh minMarks at
// least and dominance times those of every other protocol. It returns
// nil and refuses the page at its first line, naming the setting that
// gives the protocol, when the marks do not tell.
func protocolOf(page string, items []pages.Block, given read.Protocol, rep *pages.Reporter) read.Protocol {
	if given != nil {
		return given
	}
	marks, weights, best, mixed, told := weighMarks(items)
	if told {
		return protocols[best]
	}
	if weights[best] == 0 {
		rep.Fail(pages.At(page, 1), "not an API documentation page: it bears none of the marks of a protocol's pages; if it is one, give the protocol of the pages: %s", protocolSetting(protocols[len(protocols)-1].Name()))
		return nil
	}
	var found []string
	for i, p := range protocols {
		what := "none"
		if len(marks[i]) > 0 {
			var ms []string
			for _, m := range marks[i] {
				ms = append(ms, fmt.Sprintf("%s at line %d", m.What, m.Line))
			}
			what = fmt.Sprintf("weight %d: %s", weights[i], strings.Join(ms, ", "))
		}
		found = append(found, fmt.Sprintf("%s (%s)", p.Name(), what))
	}
	why := "too few marks of one protocol to tell"
	if mixed {
		why = "the marks of more than one protocol"
	}
	rep.Fail(pages.At(page, 1), "cannot tell which protocol the page documents: it bears %s: %s; give the protocol of the pages: %s", why, strings.Join(found, "; "), protocolSetting(protocols[best].Name()))
	return nil
}

// weighMarks weighs the marks of each protocol on a page's items: the
// marks and their weight by protocol, the protocol whose weigh most (the
// first on a tie), whether another's weigh more than a dominance-th of
// them (mixed), and whether they tell the page's protocol, weighing
// minMarks at least and not mixed.
func weighMarks(items []pages.Block) (marks [][]read.Mark, weights []int, best int, mixed, told bool) {
	weights = make([]int, len(protocols))
	marks = make([][]read.Mark, len(protocols))
	for i, p := range protocols {
		marks[i] = p.Marks(items)
		for _, m := range marks[i] {
			weights[i] += m.Weight
		}
		if weights[i] > weights[best] {
			best = i
		}
	}
	for i, w := range weights {
		mixed = mixed || i != best && w > 0 && weights[best] < dominance*w
	}
	return marks, weights, best, mixed, weights[best] >= minMarks && !mixed
}

// protocolSetting says how a user gives the protocol of the pages, name
// or another.
func protocolSetting(name schema.Protocol) string {
	var names []string
	for _, p := range protocols {
		names = append(names, string(p.Name()))
	}
	return fmt.Sprintf("protocol: %s in docs2go.yaml, or parse --protocol %s (one of %s)", name, name, strings.Join(names, ", "))
}

// protocolNamed returns the protocol of a name, or nil.
func protocolNamed(name schema.Protocol) read.Protocol {
	for _, p := range protocols {
		if p.Name() == name {
			return p
		}
	}
	return nil
}

// sameProtocol refuses pages of two protocols in one parse: the first
// page's protocol is the schema's, and a page of another is an error
// naming both, in the order of the protocols.
func sameProtocol(scraped []Page, of []read.Protocol) error {
	for i := range scraped {
		if of[i] == of[0] {
			continue
		}
		a, b := scraped[0].Name, scraped[i].Name
		pa, pb := of[0], of[i]
		if protocolIndex(pb) < protocolIndex(pa) {
			a, b, pa, pb = b, a, pb, pa
		}
		return schema.Diagnostics{{Pos: pages.At(scraped[i].Name, 1),
			Msg: fmt.Sprintf("%s documents %s, but %s documents %s; parse the two APIs separately", a, pa, b, pb)}}
	}
	return nil
}

func protocolIndex(p read.Protocol) int {
	for i, q := range protocols {
		if q == p {
			return i
		}
	}
	return -1
}

// Extensions are the file extensions of the pages of every style, and
// of the containers a page comes in (pages.ContainerExtensions), sorted:
// the files of a directory of pages that are pages.
func Extensions() []string {
	exts := slices.Clone(pages.ContainerExtensions)
	for _, st := range styles {
		for _, e := range st.Extensions() {
			if !slices.Contains(exts, e) {
				exts = append(exts, e)
			}
		}
	}
	slices.Sort(exts)
	return exts
}

// Parse reads the pages into one schema. Pages are read concurrently;
// facts missing on one page are recovered from the others. The error, when
// not nil, is a schema.Diagnostics of located messages, those of every
// page (a page that cannot be read does not stop the others from being
// interpreted). When the only errors are holes, each a fact of one field
// that an override can give, the error lists them, each with the
// overrides entry that fills it, and the Result holds the API with its
// Holes; otherwise the Result holds no API, and the warnings of what was
// recovered, those of the pages that could not be read included.
func Parse(scraped []Page, opts Options) (*Result, error) {
	return parse(scraped, opts, schema.Validate)
}

// check is what a parse checks the schema its pages' protocol read with:
// schema.Validate. A reader must return a schema that passes it; a test
// of that checks with schema.Validate too, and sees every such schema.
type check func(api *schema.API, file string) schema.Diagnostics

// parse is Parse, checking the schema read with valid.
func parse(scraped []Page, opts Options, valid check) (*Result, error) {
	srcs := make([]pages.Source, len(scraped))
	sts := make([]pages.Style, len(scraped))
	items := make([][]pages.Block, len(scraped))
	perPage := make([]pages.Reporter, len(scraped))
	of := make([]read.Protocol, len(scraped))
	// told marks the pages whose protocol was asked: of[i] is nil for
	// such a page when its marks do not tell it.
	told := make([]bool, len(scraped))
	// lexical marks the pages read with the lexicon of every page
	// (pages.NeedsLexicon): they are read once the others are.
	lexical := make([]bool, len(scraped))
	// dropped marks the pages refused where a converter dropped a table
	// (pages.RefuseDroppedTables): such a page is not one without a table.
	dropped := make([]bool, len(scraped))
	var given read.Protocol
	if opts.Protocol != "" {
		if given = protocolNamed(opts.Protocol); given == nil {
			return &Result{}, schema.Diagnostics{{Msg: fmt.Sprintf("protocol %q is none docs2go reads: %s", opts.Protocol, protocolSetting(protocols[len(protocols)-1].Name()))}}
		}
	}
	// readPage reads page i in its style, and tells its protocol; it lets
	// the page's lines go once read when the protocol reads blocks only:
	// the pages of a large API would hold them all.
	readPage := func(i int) {
		items[i] = pages.Read(sts[i], srcs[i])
		srcs[i].PDFText = pages.PDFTextOf(sts[i], srcs[i])
		of[i], told[i] = protocolOf(scraped[i].Name, items[i], given, &perPage[i]), true
		if _, ok := of[i].(read.BlocksOnly); ok {
			srcs[i].Lines, srcs[i].Hyphenated = nil, nil
		}
	}
	titled := titledOf(scraped, opts.Tables)
	read.EachPage(len(scraped), func(i int) {
		srcs[i] = untabled(source.Read(scraped[i].Name, scraped[i].Data, read.IsTitle, &perPage[i]))
		srcs[i].Titled = titled[i]
		dropped[i] = pages.RefuseDroppedTables(srcs[i], &perPage[i])
		if opts.Release {
			scraped[i].Data = nil
		}
		sts[i] = pages.Detect(styles, srcs[i].Lines)
		if sts[i] != nil {
			srcs[i].Lines = pages.Relink(sts[i], pages.Unescape(sts[i], srcs[i].Lines, scraped[i].Name, srcs[i].At, &perPage[i]), scraped[i].Name, srcs[i].At, &perPage[i])
		}
		lexical[i] = sts[i] != nil && pages.NeedsLexicon(sts[i], srcs[i].Lines)
		if sts[i] != nil && !lexical[i] {
			readPage(i)
		}
	})
	if words := lexiconsOf(srcs, sts, lexical, items, given); words != nil {
		read.EachPage(len(scraped), func(i int) {
			if lexical[i] {
				srcs[i].Words = words[i]
				readPage(i)
			}
		})
	}
	for i := range scraped {
		switch {
		case sts[i] == nil && dropped[i]:
		case sts[i] == nil && pages.RefuseUnstyled(srcs[i]):
		case sts[i] == nil:
			perPage[i].Fail(pages.At(scraped[i].Name, 1), "not an API documentation page: found no table (no Markdown ruler such as |---|, no wiki header row such as ||Name||Type||, no header of one cell per line such as Name, Type, Mandatory, no run-together header such as CodeTypeRequiredDescription, no header of columns aligned with spaces such as Name  Type  Description)")
		case !told[i]:
			of[i] = protocolOf(scraped[i].Name, items[i], given, &perPage[i])
		}
	}
	opts.Tables = untitled(scraped, opts.Tables, titled)
	// The protocols report what they read of each page apart from what
	// its style read (perPage), so that a page read again on its own
	// (below) starts from its style's reports alone.
	interpreted := make([]pages.Reporter, len(scraped))
	for i := range srcs {
		srcs[i].Report = &interpreted[i]
	}
	// A protocol joins the rows of a table cut in two into the table
	// before it: a page read again reads its tables' rows as its style
	// read them, not joined twice.
	styleRows := rowsOf(items)
	readings := readAll(of, srcs, sts, items, opts)
	rep := &pages.Reporter{}
	failed := make([]bool, len(scraped))
	var good []int // the pages read without errors
	for i := range perPage {
		rep.Merge(&perPage[i])
		rep.Merge(&interpreted[i])
		if failed[i] = perPage[i].Failed() || interpreted[i].Failed(); !failed[i] {
			good = append(good, i)
		}
	}
	if !rep.Failed() {
		return build(scraped, of, readings, rep, opts, valid)
	}
	// So that one page's errors do not hide the others', the pages read
	// without errors are read again on their own and built, and the errors
	// of that are reported too. The warnings are every page's: those of a
	// page that failed, which whoever mends it needs beside its errors,
	// and those of the build of the others.
	all := &pages.Reporter{}
	for i := range scraped {
		if failed[i] {
			all.Merge(&perPage[i])
			all.Merge(&interpreted[i])
		}
	}
	if len(good) > 0 {
		sub := make([]Page, len(good))
		subOf := make([]read.Protocol, len(good))
		subSrcs := make([]pages.Source, len(good))
		subSts := make([]pages.Style, len(good))
		subItems := make([][]pages.Block, len(good))
		fresh := make([]pages.Reporter, len(good))
		for j, i := range good {
			sub[j], subOf[j], subSts[j], subItems[j] = scraped[i], of[i], sts[i], items[i]
			fresh[j].Merge(&perPage[i])
			subSrcs[j] = srcs[i]
			subSrcs[j].Report = &fresh[j]
		}
		subRep := &pages.Reporter{}
		for t, rows := range styleRows {
			t.Rows = rows
		}
		subReadings := readAll(subOf, subSrcs, subSts, subItems, opts)
		for j := range fresh {
			subRep.Merge(&fresh[j])
		}
		res, err := build(sub, subOf, subReadings, subRep, opts, valid)
		for _, w := range res.Warnings {
			all.Warn(w.Pos, "%s", w.Msg)
		}
		ds, _ := err.(schema.Diagnostics)
		all.AddErrors(ds...)
	}
	warns, errs := all.Sorted(pageNames(scraped), opts.Strict)
	return &Result{Warnings: warns}, errs
}

// titledOf is, for each page, the types the tables: entries give its
// tables (pages.Titled), for its reading to pair stacked titles by; nil
// for a page no entry names.
func titledOf(scraped []Page, ts []read.TableType) []*pages.Titled {
	byPage := map[string]*pages.Titled{}
	for _, t := range ts {
		if t.Type == "" {
			continue
		}
		if byPage[t.Table.Page] == nil {
			byPage[t.Table.Page] = &pages.Titled{Of: map[int]string{}, Taken: map[int]bool{}}
		}
		byPage[t.Table.Page].Of[t.Table.Line] = t.Type
	}
	if len(byPage) == 0 {
		return make([]*pages.Titled, len(scraped))
	}
	titled := make([]*pages.Titled, len(scraped))
	for i, p := range scraped {
		titled[i] = byPage[p.Name]
	}
	return titled
}

// untitled is the tables: entries ts but those a page's reading took to
// pair its stacked titles (titledOf), which the protocol takes no more.
func untitled(scraped []Page, ts []read.TableType, titled []*pages.Titled) []read.TableType {
	taken := map[schema.Pos]bool{}
	for i, tt := range titled {
		if tt != nil {
			for line := range tt.Taken {
				taken[schema.Pos{Page: scraped[i].Name, Line: line}] = true
			}
		}
	}
	if len(taken) == 0 {
		return ts
	}
	var out []read.TableType
	for _, t := range ts {
		if t.Type == "" || !taken[t.Table] {
			out = append(out, t)
		}
	}
	return out
}

// rowsOf returns the rows of each table of the pages' blocks.
func rowsOf(items [][]pages.Block) map[*pages.Table][]*pages.Row {
	rows := map[*pages.Table][]*pages.Row{}
	for _, bs := range items {
		for _, b := range bs {
			if b.Table != nil {
				rows[b.Table] = b.Table.Rows
			}
		}
	}
	return rows
}

// readAll reads the blocks of each page of a protocol (of[i]; nil for a
// page without a style) as that protocol documents them, concurrently,
// each page's diagnostics into its source's reporter. A reading that
// takes an overrides file's tables: or endpoints: entries (opts) is
// given them first.
func readAll(of []read.Protocol, srcs []pages.Source, sts []pages.Style, items [][]pages.Block, opts Options) map[read.Protocol]read.Reading {
	readings := map[read.Protocol]read.Reading{}
	for _, p := range of {
		if p != nil && readings[p] == nil {
			readings[p] = p.Start(len(of))
			assign(readings[p], opts)
		}
	}
	read.EachPage(len(of), func(i int) {
		if of[i] != nil {
			readings[of[i]].Page(i, srcs[i], sts[i], items[i])
		}
	})
	return readings
}

// assign gives a reading the overrides file's entries it takes: its
// tables: entries, its endpoints: entries.
func assign(r read.Reading, opts Options) {
	if as, ok := r.(read.Assigning); ok && len(opts.Tables) > 0 {
		as.AssignTables(opts.Tables)
	}
	if as, ok := r.(read.EndpointAssigning); ok && len(opts.Endpoints) > 0 {
		as.AssignEndpoints(opts.Endpoints)
	}
}

// build merges the pages read into the API's schema, with the warnings of
// what it recovered, or returns the errors.
func build(scraped []Page, of []read.Protocol, readings map[read.Protocol]read.Reading, rep *pages.Reporter, opts Options, valid check) (*Result, error) {
	if err := sameProtocol(scraped, of); err != nil {
		return &Result{}, err
	}
	proto := protocols[len(protocols)-1]
	if len(scraped) > 0 {
		proto = of[0]
	}
	if readings[proto] == nil {
		readings[proto] = proto.Start(len(scraped))
		assign(readings[proto], opts)
	}
	if opts.BasePath != "" {
		rb, ok := readings[proto].(read.Rebasing)
		if !ok {
			return &Result{}, schema.Diagnostics{{Msg: fmt.Sprintf("basePath %s is given, but the pages document %s, whose paths are whole: remove basePath", opts.BasePath, proto)}}
		}
		rb.SetBasePath(opts.BasePath)
	}
	if _, ok := readings[proto].(read.Assigning); !ok && len(opts.Tables) > 0 {
		return &Result{}, schema.Diagnostics{{Pos: opts.Tables[0].Fix, Msg: fmt.Sprintf("the pages document %s, whose tables are not assigned by an overrides file: remove the tables: entries", proto)}}
	}
	if _, ok := readings[proto].(read.EndpointAssigning); !ok && len(opts.Endpoints) > 0 {
		return &Result{}, schema.Diagnostics{{Pos: opts.Endpoints[0].Fix, Msg: fmt.Sprintf("the pages document %s, whose endpoint lines an overrides file does not give: remove the endpoints: entries", proto)}}
	}
	name := opts.Name
	if name == "" {
		name = "api"
	}
	api := readings[proto].Build(name, rep)
	var requestLine func(*schema.Endpoint) (schema.Pos, bool)
	if rp, ok := readings[proto].(read.RequestPlacing); ok {
		requestLine = rp.RequestLine
	}
	var documented func(*schema.Endpoint) (string, bool)
	var required func(*schema.Endpoint) string
	if hd, ok := readings[proto].(read.HeaderDocumenting); ok {
		documented, required = hd.HeadersDocumented, hd.RequiredHeader
	}
	read.UntitledHeadersLost(api, rep, requestLine, documented)
	read.HeaderRestLost(api, rep, required)
	placeFields(api, rep)
	warns, fails := rep.Sorted(pageNames(scraped), opts.Strict)
	holes, unreachable := locate(api, rep.Holes())
	if len(fails)+len(unreachable) > 0 {
		// Every error shows, the holes' with their entries, in page order.
		all := &pages.Reporter{}
		all.AddErrors(slices.Concat(fails, unreachable, holes.Open())...)
		_, errs := all.Sorted(pageNames(scraped), false)
		return &Result{Warnings: warns}, errs
	}
	for _, p := range scraped {
		api.Pages = append(api.Pages, p.Name)
	}
	if open := holes.Open(); len(open) > 0 {
		return &Result{API: api, Warnings: warns, Holes: holes}, open
	}
	if d := valid(api, "schema"); len(d) > 0 {
		return &Result{Warnings: warns}, d
	}
	return &Result{API: api, Warnings: warns}, nil
}

// placeFields sets the Fields of each hole of fields (schema.FactFields),
// the list of api its Target names (its Headers, for a table of headers
// or a header that lost its type),
// and warns of a hole that list fills already: another table of the same
// type (another page's) gave its fields, which are read as the table's.
func placeFields(api *schema.API, rep *pages.Reporter) {
	hs := rep.Holes()
	for i := range hs {
		if hs[i].Fact != schema.FactFields && hs[i].Header == nil {
			continue
		}
		if hs[i].Target.In == "headers" {
			hs[i].Headers = headerList(api, hs[i].Target)
			continue
		}
		hs[i].Fields = fieldList(api, hs[i].Target)
		if !hs[i].Filled() {
			continue
		}
		var names []string
		for _, f := range *hs[i].Fields {
			names = append(names, f.Name)
		}
		rep.Warn(hs[i].At, "%s; read as the fields another table documents of it ({%s}); if its lost rows documented others, write them back on the page under its header", hs[i].Msg, strings.Join(names, ", "))
	}
}

// locate sets the Target of each hole not filled yet, the field list of
// api that holds its field (a table's hole has none: its entry names the
// table), or the operation that lacks its response. A hole whose field no override can reach, a
// member of the envelope, is an error with the hole's message; so is a
// hole of fields whose Target names no list of api, or several
// (placeFields).
func locate(api *schema.API, holes schema.Holes) (schema.Holes, schema.Diagnostics) {
	if len(holes) == 0 {
		return nil, nil
	}
	targets := map[*schema.Field]schema.Target{}
	for _, t := range api.Types {
		for _, f := range t.Fields {
			targets[f] = schema.Target{Object: t.Name}
		}
	}
	ops := map[string]int{}
	for _, op := range api.Operations {
		ops[op.Name]++
	}
	opNames := map[*schema.Operation]string{}
	for _, op := range api.Operations {
		name := op.Name
		if ops[op.Name] > 1 && op.Group != "" {
			name = op.Group + "/" + op.Name
		}
		opNames[op] = name
		for _, ep := range op.Endpoints {
			for _, f := range ep.Body {
				targets[f] = schema.Target{Operation: name, Role: ep.Role}
			}
			for _, f := range ep.Query {
				targets[f] = schema.Target{Operation: name, Role: ep.Role, In: "query"}
			}
			for _, f := range ep.PathParams {
				targets[f] = schema.Target{Operation: name, Role: ep.Role, In: "path"}
			}
		}
	}
	var open schema.Holes
	var errs schema.Diagnostics
	for _, h := range holes {
		if h.Filled() {
			continue
		}
		if h.Fact == schema.FactTable || h.Fact == schema.FactSection {
			open = append(open, h)
			continue
		}
		if h.Fact == schema.FactResponse {
			h.Target = schema.Target{Operation: opNames[h.Operation]}
			open = append(open, h)
			continue
		}
		if h.Header != nil && h.Headers == nil {
			errs.Add(h.At, "%s. Write its type back on the page", h.Msg)
			continue
		}
		if h.Fact == schema.FactFields && h.Fields == nil && h.Headers == nil {
			errs.Add(h.At, "%s. %s", h.Msg, read.UpperFirst(h.WriteBack()))
			continue
		}
		if h.Fact == schema.FactFields || h.Header != nil {
			open = append(open, h)
			continue
		}
		t, ok := targets[h.Field]
		if !ok {
			errs.Add(h.At, "%s", h.Msg)
			continue
		}
		h.Target = t
		open = append(open, h)
	}
	return open, errs
}

// fieldList is the list of fields of api that t names, as an overrides
// fix does: an object type's fields, or the body or query of the one
// endpoint of an operation ("name" or "group/name") of t's role; nil for
// none, or when t names several.
func fieldList(api *schema.API, t schema.Target) *[]*schema.Field {
	if t.Object != "" {
		if ty := api.TypeByName(t.Object); ty != nil {
			return &ty.Fields
		}
		return nil
	}
	ep := targetEndpoint(api, t)
	switch {
	case ep == nil:
		return nil
	case t.In == "query":
		return &ep.Query
	case t.In == "path":
		return &ep.PathParams
	}
	return &ep.Body
}

// headerList is the list of headers of the one endpoint of an operation
// ("name" or "group/name") of t's role, as an overrides fix with in:
// headers names it; nil for none, or when t names several.
func headerList(api *schema.API, t schema.Target) *[]*schema.Header {
	if ep := targetEndpoint(api, t); ep != nil {
		return &ep.Headers
	}
	return nil
}

// targetEndpoint is the one endpoint of an operation ("name" or
// "group/name") of t's role; nil for none, or when t names several.
func targetEndpoint(api *schema.API, t schema.Target) *schema.Endpoint {
	var eps []*schema.Endpoint
	for _, op := range api.Operations {
		if op.Name != t.Operation && op.Group+"/"+op.Name != t.Operation {
			continue
		}
		for _, ep := range op.Endpoints {
			if t.Role == "" || ep.Role == t.Role {
				eps = append(eps, ep)
			}
		}
	}
	if len(eps) != 1 {
		return nil
	}
	return eps[0]
}

// untabled is the Source of a LaTeX document whose converter knew no
// tables read as the text it shows, a line for each of its lines
// (latex.Untabled), which the styles of a page's text read; any other
// page's is src.
func untabled(src pages.Source) pages.Source {
	text, ok := latex.Untabled(pages.Text{Lines: src.Lines, At: src.At, Wrap: src.Wrap, Hyphenated: src.Hyphenated})
	if !ok {
		return src
	}
	return source.Of(src.Name, text, src.Report)
}

// pageNames are the names of the pages, in the order given.
func pageNames(scraped []Page) []string {
	names := make([]string, len(scraped))
	for i, p := range scraped {
		names[i] = p.Name
	}
	return names
}

// lexiconsOf gathers, for each page read with a lexicon (lexical,
// pages.NeedsLexicon), the lexicon of its protocol (vocabularyOf) from
// every page; it returns nil when no page needs one. The pages read
// already give the text of their blocks, the others their lines,
// without the numbers a text browser prints before its links
// (pages.UnnumberedLines), or, of a style whose pages are rendered
// (HTML), without their tags (html.TextLines). What each page mentions
// is gathered concurrently, then merged.
func lexiconsOf(srcs []pages.Source, sts []pages.Style, lexical []bool, items [][]pages.Block, given read.Protocol) []pages.Lexicon {
	if !slices.Contains(lexical, true) {
		return nil
	}
	of := make([]read.Vocabulary, len(srcs))
	read.EachPage(len(srcs), func(i int) {
		if lexical[i] {
			lines := srcs[i].Lines
			if _, ok := sts[i].(pages.Rendering); ok {
				lines = html.TextLines(lines)
			}
			of[i] = vocabularyOf(lines, given)
		}
	})
	made := map[read.Vocabulary]pages.Lexicon{}
	words := make([]pages.Lexicon, len(srcs))
	for i, v := range of {
		if v == nil {
			continue
		}
		if _, ok := made[v]; !ok {
			mentions := make([][]string, len(srcs))
			read.EachPage(len(srcs), func(k int) {
				text := unreadText(srcs[k].Lines, sts[k])
				if !lexical[k] {
					text = pages.Texts(items[k])
				}
				mentions[k] = v.Mentions(text)
			})
			made[v] = v.Lexicon(mentions)
		}
		words[i] = made[v]
	}
	return words
}

// unreadText is the text of a page's lines not read yet, by its style
// st: a rendered page's (HTML) without its tags, another's without the
// numbers a text browser prints before its links.
func unreadText(lines []string, st pages.Style) []string {
	if _, ok := st.(pages.Rendering); ok {
		return html.TextLines(lines)
	}
	return pages.UnnumberedLines(lines)
}

// defaultVocabulary is the protocol whose lexicon splits a page whose
// lines tell no protocol that has one: GearN's, whose flattened pages
// the style was first made for.
var defaultVocabulary read.Vocabulary = gearn.Protocol{}

// lineBlocks holds the blocks vocabularyOf weighs a page's lines as, a
// buffer for each page weighed at a time: they are garbage once weighed,
// and made anew for each of a large API's pages they were 9 MB of a
// parse of 1,000.
var lineBlocks = sync.Pool{New: func() any { return new([]pages.Block) }}

// vocabularyOf is the protocol whose lexicon splits a page read with
// one: the protocol given, else the one the marks its lines bear tell,
// each line weighed as a line of text (weighMarks: a bare path heading,
// a method on a line of its own, a permission rule; its tables are not
// read yet), when it has a lexicon; else defaultVocabulary.
func vocabularyOf(lines []string, given read.Protocol) read.Vocabulary {
	p := given
	if p == nil {
		text := pages.UnnumberedLines(lines)
		held := lineBlocks.Get().(*[]pages.Block)
		items := (*held)[:0]
		for k, l := range text {
			if t := strings.TrimSpace(l); t != "" {
				items = append(items, pages.Block{Line: k + 1, Text: t})
			}
		}
		if _, _, best, _, told := weighMarks(items); told {
			p = protocols[best]
		}
		clear(items)
		*held = items[:0]
		lineBlocks.Put(held)
	}
	if v, ok := p.(read.Vocabulary); ok {
		return v
	}
	return defaultVocabulary
}
