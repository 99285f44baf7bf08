// Package parser reads scraped API documentation pages (flattened text,
// Markdown tables) into a schema.API. It recovers what a messy scrape lost
// where the page or its sibling pages tell it, reports every recovery as a
// warning, and refuses what it cannot recover with an error located at the
// page and line.
package parser

import (
	"bytes"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

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
}

// Result is a parse's outcome.
type Result struct {
	API *schema.API
	// Warnings reports every recovery, one per fact recovered.
	Warnings schema.Diagnostics
}

// Parse reads the pages into one schema. Pages are read concurrently;
// facts missing on one page are recovered from the others. The error, when
// not nil, is a schema.Diagnostics of located messages, those of every
// page (a page that cannot be read does not stop the others from being
// interpreted); the Result then holds no API, and the warnings of what
// was recovered when every page could be read.
func Parse(pages []Page, opts Options) (*Result, error) {
	texts := make([][]string, len(pages))
	htmls := make([][]item, len(pages)) // the items of the HTML pages
	found := make([]*nameSet, len(pages))
	forEachPage(len(pages), func(i int) {
		texts[i] = splitLines(pages[i].Data)
		found[i] = newNameSet()
		if !htmlPage(texts[i]) {
			collectNames(texts[i], found[i])
			return
		}
		htmls[i] = htmlItems(texts[i])
		collectNames(htmlLines(htmls[i]), found[i])
	})
	names := newNameSet()
	for _, f := range found {
		for n := range f.known {
			names.add(n)
		}
	}
	docs := make([]*pageDoc, len(pages))
	statusDocs := make([]*statusPage, len(pages))
	perPage := make([]schema.Diagnostics, len(pages))
	forEachPage(len(pages), func(i int) {
		docs[i], statusDocs[i] = readPage(pages[i].Name, texts[i], htmls[i], names, &perPage[i])
		if docs[i] != nil {
			docs[i].sortFieldRows()
		}
	})
	var errs schema.Diagnostics
	var read []int // the pages read without errors
	for i, d := range perPage {
		errs = append(errs, d...)
		if len(d) == 0 {
			read = append(read, i)
		}
	}
	if len(errs) == 0 {
		return build(pages, docs, statusDocs, opts)
	}
	// So that one page's errors do not hide the others', the pages read
	// without errors are built, and their errors reported too.
	if len(read) > 0 {
		var rest []Page
		var restDocs []*pageDoc
		var restStatus []*statusPage
		for _, i := range read {
			rest, restDocs, restStatus = append(rest, pages[i]), append(restDocs, docs[i]), append(restStatus, statusDocs[i])
		}
		if _, err := build(rest, restDocs, restStatus, opts); err != nil {
			ds, _ := err.(schema.Diagnostics)
			errs = append(errs, ds...)
		}
		sortDiagnostics(errs, pageOrder(pages))
	}
	return &Result{}, errs
}

// build interprets the pages read: it builds the schema they document,
// with the warnings of what it recovered, or returns the errors.
func build(pages []Page, docs []*pageDoc, statusDocs []*statusPage, opts Options) (*Result, error) {
	if err := sameProtocol(pages, statusDocs); err != nil {
		return &Result{}, err
	}
	var api *schema.API
	var warns, fails schema.Diagnostics
	if len(statusDocs) > 0 && statusDocs[0] != nil {
		b := &statusBuilder{pages: statusDocs, opts: opts}
		api = b.build()
		warns, fails = b.warns, b.errs
	} else {
		b := &builder{docs: docs, opts: opts}
		api = b.build()
		warns, fails = b.warns, b.errs
	}
	if opts.Strict {
		for _, w := range warns {
			fails = append(fails, schema.Diagnostic{Pos: w.Pos, Msg: w.Msg + " (--strict)"})
		}
		warns = nil
	}
	order := pageOrder(pages)
	sortDiagnostics(fails, order)
	sortDiagnostics(warns, order)
	if len(fails) > 0 {
		return &Result{Warnings: warns}, fails
	}
	for _, p := range pages {
		api.Pages = append(api.Pages, p.Name)
	}
	if d := schema.Validate(api, "schema"); len(d) > 0 {
		return &Result{Warnings: warns}, d
	}
	return &Result{API: api, Warnings: warns}, nil
}

// pageOrder maps each page's name to its place among the pages given.
func pageOrder(pages []Page) map[string]int {
	order := map[string]int{}
	for i, p := range pages {
		order[p.Name] = i
	}
	return order
}

// sameProtocol refuses pages of two protocols in one parse: the first
// page's protocol is the schema's, and a page of the other is an error
// naming both.
func sameProtocol(pages []Page, statusDocs []*statusPage) error {
	for i := range pages {
		if (statusDocs[i] != nil) != (statusDocs[0] != nil) {
			status, gearn := pages[i].Name, pages[0].Name
			if statusDocs[0] != nil {
				status, gearn = gearn, status
			}
			return schema.Diagnostics{{Pos: schema.Pos{Page: pages[i].Name, Line: 1},
				Msg: fmt.Sprintf("%s documents an API whose HTTP status codes carry the outcome, but %s documents a GearN API, whose envelope does; parse the two APIs separately", status, gearn)}}
		}
	}
	return nil
}

// forEachPage calls read for each of n pages, concurrently on all cores.
func forEachPage(n int, read func(i int)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			read(i)
		}()
	}
	wg.Wait()
}

// htmlLines are the lines of an HTML page in which collectNames looks for
// type names: its text, a table row a line.
func htmlLines(items []item) []string {
	var out []string
	for _, it := range items {
		if it.table == nil {
			out = append(out, it.text)
			continue
		}
		for _, r := range it.table.rows {
			out = append(out, r.raw)
		}
	}
	return out
}

// sortDiagnostics orders diagnostics by page, in the order the pages were
// given, then by line.
func sortDiagnostics(ds schema.Diagnostics, order map[string]int) {
	sort.SliceStable(ds, func(i, j int) bool {
		pi, pj := order[ds[i].Pos.Page], order[ds[j].Pos.Page]
		if pi != pj {
			return pi < pj
		}
		return ds[i].Pos.Line < ds[j].Pos.Line
	})
}

// splitLines splits a page into lines, accepting CRLF and a missing final
// newline, and replacing invalid UTF-8.
func splitLines(data []byte) []string {
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimPrefix(s, "\uFEFF")
	return strings.Split(s, "\n")
}

// readPage turns a page's lines into a pageDoc, or into a statusPage when
// the page documents an API whose HTTP status codes carry the outcome.
// html holds the items of an HTML page, read already.
func readPage(name string, lines []string, html []item, names *nameSet, diags *schema.Diagnostics) (*pageDoc, *statusPage) {
	st := detectStyle(lines)
	var items []item
	switch st {
	case styleMarkdown:
		items = markdownItems(lines)
	case stylePipes:
		items = pipeItems(lines)
	case styleFlattened:
		items = flattenedItems(name, lines, names, diags)
	case styleHTML:
		items = html
	default:
		diags.Add(schema.Pos{Page: name, Line: 1}, "not an API documentation page: found no table (no Markdown ruler such as |---|, no run-together header such as CodeTypeRequiredDescription)")
		return nil, nil
	}
	if documentsStatusCodes(items) {
		return nil, readStatusPage(name, lines, items, diags)
	}
	pd := interpret(name, st, items, diags)
	if len(pd.endpoints) == 0 {
		diags.Add(schema.Pos{Page: name, Line: 1}, "not an API documentation page: no endpoint line such as \"POST /api/rJson/authenticate/client/loginByAccount\" (%s page)", st)
	}
	return pd, nil
}
