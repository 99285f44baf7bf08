package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// payloadPage documents trainMount, whose answer's parameters are of the
// type payload names, documented under a heading of that name at line 8; the envelope's row
// that names it is at line 6.
func payloadPage(payload string) []pages.Block {
	return []pages.Block{
		{Line: 1, Text: "Client"},
		{Line: 2, Text: "POST /api/rJson/stable/trainMount"},
		{Line: 3, Text: "Response Body"},
		{Line: 4, Table: fieldTable(4, "returnCode|ReturnCode|true|The status.", "parameters|"+payload+"||The data. See "+payload)},
		{Line: 8, Text: payload},
		{Line: 9, Table: fieldTable(9, "staminaLeft|number int|true|The stamina.")},
	}
}

// TestScopedPayload names a page's payload type after its operation: the
// ResponseData every page shares is scoped to it, a name that begins with
// the operation's is kept as the page writes it, and another name is
// scoped with a warning at the envelope's row that names it.
func TestScopedPayload(t *testing.T) {
	for _, c := range []struct {
		payload, want, warning string
	}{
		{"ResponseData", "TrainMountResponseData", ""},
		{"TrainMountResponseData", "TrainMountResponseData", ""},
		{"GenericModels.TrainMountResult", "GenericModels.TrainMountResult", ""},
		{"MountResult", "TrainMountMountResult", "p.txt:6: recovered: named the payload type MountResult of operation trainMount TrainMountMountResult"},
	} {
		rep := &pages.Reporter{}
		pd := interpret("p.txt", nil, pages.PDFText{}, payloadPage(c.payload), rep, nil)
		pd.scopePayload(rep)
		if got := pd.scopedPayload(); got != c.want {
			t.Errorf("%s: scoped as %q; want %q", c.payload, got, c.want)
		}
		var named []string
		for _, d := range pd.defs {
			named = append(named, d.name)
		}
		if !strings.Contains(strings.Join(named, " "), c.want) {
			t.Errorf("%s: types %q; want %q among them", c.payload, named, c.want)
		}
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		var got []string
		for _, w := range warns {
			got = append(got, w.Error())
		}
		switch {
		case c.warning == "" && len(got) > 0:
			t.Errorf("%s: warned %q; want no warning", c.payload, got)
		case c.warning != "" && (len(got) != 1 || !strings.HasPrefix(got[0], c.warning)):
			t.Errorf("%s: warned %q; want %q", c.payload, got, c.warning)
		}
	}
}

// TestPayloadOfNoOperation leaves the payload type of a page whose
// endpoint line is lost as the page names it, and names no operation in
// a warning: the operation has no name yet, and no name is composed of
// an empty one.
func TestPayloadOfNoOperation(t *testing.T) {
	page := payloadPage("CommissionSiegeEngineResponseData")
	page = append(page[:1], page[2:]...)
	rep := &pages.Reporter{}
	pd := interpret("p.txt", nil, pages.PDFText{}, page, rep, nil)
	pd.scopePayload(rep)
	if got := pd.scopedPayload(); got != "" {
		t.Errorf("scoped as %q; want no name, with no operation", got)
	}
	warns, _ := rep.Sorted([]string{"p.txt"}, false)
	for _, w := range warns {
		if strings.Contains(w.Error(), "of operation ") || strings.ContainsRune(w.Error(), '\uFFFD') {
			t.Errorf("warned %q; want no operation named", w.Error())
		}
	}
}

// TestTablelessSection refuses a section of an endpoint that holds no
// table and whose text is what its table would be (the names of its
// columns a cell a line, as a PDF's text sets them; a row, its cells one
// space apart) at the first such line, only warns of one whose text is
// a sentence that documents nothing, and says nothing of "None".
func TestTablelessSection(t *testing.T) {
	for _, c := range []struct {
		name string
		text []string
		err  int
		warn bool
	}{
		{"a header row a cell a line", []string{"Code", "Type", "Required", "Description", "mountId", "string"}, 4, false},
		{"a row one space apart", []string{"The body:", "mountId string true The mount."}, 5, false},
		{"none", []string{"None"}, 0, false},
		{"a sentence", []string{"This API has no parameters"}, 0, true},
	} {
		items := []pages.Block{{Line: 1, Text: "Client"}, {Line: 2, Text: "POST /api/rJson/stable/trainMount"}, {Line: 3, Text: "Request Body"}}
		for i, tx := range c.text {
			items = append(items, pages.Block{Line: 4 + i, Text: tx})
		}
		items = append(items, pages.Block{Line: 20, Text: "Response Body"}, pages.Block{Line: 21, Table: fieldTable(21, "returnCode|ReturnCode|true|The status.")})
		rep := &pages.Reporter{}
		interpret("p.txt", nil, pages.PDFText{}, items, rep, nil)
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var got int
		if len(errs) > 0 {
			got = errs[0].Pos.Line
		}
		warned := false
		for _, w := range warns {
			warned = warned || strings.Contains(w.Msg, "holds no table, only text")
		}
		if got != c.err || len(errs) > 1 || warned != c.warn {
			t.Errorf("%s: errors %v, want one at line %d; warned %v, want %v", c.name, errs, c.err, warned, c.warn)
		}
	}
}
