// Package read holds what every protocol's reader shares: the Protocol
// and Reading interfaces the parser drives, and the one set of row readers
// (type cells, requiredness, identifiers).
package read

import (
	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// A Protocol is a kind of API, told by how its pages document the outcome
// of a call. It reads the blocks of its pages into a schema: a reading
// holds the pages of one protocol only, in the protocol's own types.
type Protocol interface {
	// Documents reports whether the blocks of a page bear the protocol's
	// marks.
	Documents(blocks []pages.Block) bool
	// String names the kind of API, for the message refusing pages of two
	// protocols.
	String() string
	// Start starts the reading of n pages.
	Start(n int) Reading
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

// A TableType assigns a table that has no heading to the type it
// documents, as an overrides file says: the table at Table (its page and
// line) documents Type; Fix locates the entry in the overrides file.
type TableType struct {
	Table schema.Pos
	Type  string
	Fix   schema.Pos
}

// An Assigning is a reading that names tables without a heading by
// evidence, and takes the types an overrides file assigns them. An
// assignment that names no such table is a stale override, an error at
// its entry.
type Assigning interface {
	AssignTables(ts []TableType)
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
