package reader

import (
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestTitleSentenceUnderHeading reads a type's table under its heading,
// a qualified name, with a sentence between them naming the type by the
// name's last part ("Data structure: PartialTarget."), as the heading's:
// the sentence repeats it. A sentence naming another type titles the
// table, as before. Without the qualified name's last part read as the
// heading's, the table was PartialTarget's.
func TestTitleSentenceUnderHeading(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"Data structure: PartialTarget.", "GenericModels.PartialTarget"},
		{"Data structure: GenericModels.PartialTarget.", "GenericModels.PartialTarget"},
		{"Data structure: BellNote.", "BellNote"},
	} {
		blocks := []pages.Block{
			{Line: 1, Text: "Server"},
			{Line: 2, Text: "POST /api/rJson/belfry/server/tuneCarillon"},
			{Line: 3, Text: "Request Body"},
			{Line: 4, Table: fieldTable(4, "partials|GenericModels.PartialTarget[]|true|The partials. See GenericModels.PartialTarget")},
			{Line: 6, Text: "GenericModels.PartialTarget"},
			{Line: 7, Text: c.sentence},
			{Line: 8, Table: fieldTable(8, "cents|number|true|Allowed deviation.")},
		}
		pd := interpret("p.txt", nil, pages.PDFText{}, blocks, &pages.Reporter{}, nil)
		if len(pd.defs) != 1 || pd.defs[0].name != c.want {
			t.Errorf("%q: defs %+v; want one, named %q", c.sentence, pd.defs, c.want)
		}
	}
}
