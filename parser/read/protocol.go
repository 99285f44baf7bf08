// Package read holds what every protocol's reader shares: the Protocol
// and Reading interfaces the parser drives, the one set of row readers
// (type cells, requiredness, identifiers), and the reading of section
// titles by their words.
package read

import (
	"runtime"
	"slices"
	"sync"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// A Protocol is a kind of API, told by how its pages document the outcome
// of a call. It reads the blocks of its pages into a schema: a reading
// holds the pages of one protocol only, in the protocol's own types.
type Protocol interface {
	// Marks returns what in the blocks of a page bears the protocol's
	// marks, the parts of a page of its vendor's structure that tell
	// its pages from another protocol's: the parser weighs them against
	// the other protocols' to tell a page's protocol.
	Marks(blocks []pages.Block) []Mark
	// Name is the protocol's name in a schema, and in the setting that
	// gives the protocol of the pages when their marks do not tell it.
	Name() schema.Protocol
	// String names the kind of API, for the message refusing pages of two
	// protocols.
	String() string
	// Start starts the reading of n pages.
	Start(n int) Reading
}

// A Mark is a part of a page that bears a protocol's mark: a kind of
// evidence, at the line of its first block on the page.
type Mark struct {
	Line int
	// What names the kind of evidence ("a permission rule line"); a page
	// counts each kind once.
	What string
	// Weight is how much the kind tells the protocol's pages from
	// another's: 1 for a part other vendors' pages hold at times (an
	// example's status line), 3 for one only the protocol's pages hold
	// (GearN's permission rule, a status code table).
	Weight int
}

// MarkSet is the marks a page bears, as Protocol.Marks returns them:
// each kind once, at the line it is first added at.
type MarkSet []Mark

// Add adds the mark m at line, unless the set holds its kind already.
func (ms *MarkSet) Add(m Mark, line int) {
	if slices.ContainsFunc(*ms, func(o Mark) bool { return o.What == m.What }) {
		return
	}
	m.Line = line
	*ms = append(*ms, m)
}

// A BlocksOnly protocol reads a page from its blocks alone, never from
// the lines of its Source: the parser lets a page's lines go once its
// blocks are read.
type BlocksOnly interface {
	BlocksOnly()
}

// A Reading reads the pages of one protocol, then merges them.
type Reading interface {
	// Page reads the blocks of page i, which the style st read; pages are
	// read concurrently.
	Page(i int, src pages.Source, st pages.Style, blocks []pages.Block)
	// Build merges the pages read into the schema of the API name.
	Build(name string, rep *pages.Reporter) *schema.API
}

// A Rebasing is a reading whose pages may leave the API's base path out
// of their paths ("/auth/validation" of "/service/v5/auth/validation"):
// the user can give it.
type Rebasing interface {
	// SetBasePath gives the base path of the paths that show none.
	SetBasePath(base string)
}

// A TableType settles a table as an overrides file says: the table at
// Table (its page and line), which has no heading, documents Type; or the
// table, whose title does not tell its section, documents Section of its
// operation, as the protocol's reader names its sections ("request
// body"); or the row at Table of a code table that serves several
// operations gives the detail code of Operation. One of Type, Section
// and Operation is set; Fix locates the entry in the overrides file.
type TableType struct {
	Table   schema.Pos
	Type    string
	Section string
	// Operation is the operation whose detail code the row at Table, of
	// a code table that serves several, gives.
	Operation string
	// Status is the status whose detail codes the code table at Table,
	// which has no Status column, lists.
	Status string
	Fix    schema.Pos
}

// An Assigning is a reading that takes the tables an overrides file
// settles: it is given them before it reads the pages. An entry that
// names no table the pages leave unsettled, or a section the protocol
// has not, is an error at the entry (a stale override).
type Assigning interface {
	AssignTables(ts []TableType)
}

// EndpointLine is an overrides file's endpoints: entry: the endpoint
// line, Method and Path, of the section headed at Section, whose own the
// pages lost (a converter that drops code blocks). Fix locates the entry
// in the overrides file.
type EndpointLine struct {
	Section      schema.Pos
	Method, Path string
	Fix          schema.Pos
}

// An EndpointAssigning is a reading that takes the endpoint lines an
// overrides file gives sections whose own the pages lost: it is given
// them before it reads the pages. An entry for a section that has its
// endpoint line, or for no section, is an error at the entry (a stale
// override).
type EndpointAssigning interface {
	AssignEndpoints(es []EndpointLine)
}

// A Vocabulary is a protocol whose words a page style may need to read
// its pages: the type names they use, the lines that end a table.
type Vocabulary interface {
	// Mentions returns the words of the lexicon one page's text holds;
	// it is asked of the pages concurrently.
	Mentions(text []string) []string
	// Lexicon makes the lexicon of the words the pages mention, given
	// each page's Mentions.
	Lexicon(mentions [][]string) pages.Lexicon
}

// EachPage calls read for each of n pages, concurrently on all cores:
// the parser reads its pages so, and a reading may so do the part of its
// merge that reads each page apart from the others.
func EachPage(n int, read func(i int)) {
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
