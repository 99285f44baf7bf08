package read

import (
	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// RequestTableLost reports a hole at at, the line of endpoint (its method
// and path), of the request whose fields target names ("operation:
// login, role: client"): its page writes no table of its request's
// fields, where its protocol's pages write one under every such
// endpoint, its header row alone where it takes none. The table, one
// with no title of its own (right after the header table, as GearN's),
// is lost; add: fixes give its fields, or the page its table back.
func RequestTableLost(rep *pages.Reporter, at schema.Pos, endpoint, target string) {
	t, _ := fixTarget(target)
	rep.TablelessHole(at, t, "%s documents no request body, where its protocol's pages write the table of its request under every POST endpoint, its header row alone where it takes none: a table under its line, or right after its header table (one with no title of its own), is lost, as where a scrape or a page break cut it", endpoint)
}
