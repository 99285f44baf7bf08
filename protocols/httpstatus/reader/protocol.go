// Package reader reads the pages of an API whose HTTP status codes carry
// the outcome, such as Kakao Games' (titled sections, status code tables,
// example messages), into a schema.
package reader

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// Protocol is that of an API whose HTTP status codes carry the
// outcome, such as Kakao Games'.
type Protocol struct{}

func (Protocol) String() string {
	return "an API whose HTTP status codes carry the outcome"
}
func (Protocol) Name() schema.Protocol { return schema.ProtocolHTTPStatus }
func (Protocol) Start(n int) read.Reading {
	return &reading{pages: make([]*statusPage, n)}
}

type reading struct {
	pages []*statusPage
	base  string
	// sections are the tables: entries of an overrides file that place a
	// table in a section; an entry that assigns a type is GearN's, and
	// stale here.
	tables []read.TableType
}

// AssignTables takes the tables: entries of an overrides file: those
// that place a table whose title this reader does not know in a section.
func (r *reading) AssignTables(ts []read.TableType) { r.tables = ts }

// SetBasePath gives the base path of the paths of the pages that show no
// example request.
func (r *reading) SetBasePath(base string) { r.base = base }

func (r *reading) Page(i int, src pages.Source, _ pages.Style, items []pages.Block) {
	placed := map[int]pageSection{}
	for _, t := range r.tables {
		if s, ok := entrySection(t.Section); ok && t.Table.Page == src.Name {
			placed[t.Table.Line] = s
		}
	}
	items = read.UnglueTitles(src.Name, pages.DropOutlines(src.Name, items, sectionWords{}, src.Report), src.Report)
	read.StrayRows(src.Name, items, src.Report)
	read.WarnParagraphFacts(src.Name, items, src.Report)
	r.pages[i] = readStatusPage(src.Name, src.PDFText, src.PageLines(), items, src.Report, placed)
}

func (r *reading) Build(name string, rep *pages.Reporter) *schema.API {
	api := (&statusBuilder{pages: r.pages, name: name, base: r.base, rep: rep}).build()
	taken := map[schema.Pos]bool{}
	for _, sp := range r.pages {
		if sp != nil {
			for _, line := range sp.placed {
				taken[schema.Pos{Page: sp.name, Line: line}] = true
			}
		}
	}
	for _, t := range r.tables {
		_, known := entrySection(t.Section)
		switch {
		case t.Section == "":
			rep.Fail(t.Fix, "stale override: the pages document an API whose HTTP status codes carry the outcome, whose tables are placed in sections, never assigned a type: give the entry a section (%s) instead of a type, or delete it", strings.Join(sectionNames(slotSections), ", "))
		case !known:
			rep.Fail(t.Fix, "section: %q is no section of an operation of these pages: write one of %s", t.Section, strings.Join(sectionNames(slotSections), ", "))
		case !taken[t.Table]:
			rep.Fail(t.Fix, "stale override: %s is no table of fields whose section the page leaves untold (a title places it, or the line is no table's header): delete the entry, or give the line of the table's header", t.Table)
		}
	}
	return api
}
