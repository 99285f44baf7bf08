package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestMethodInAnyBlock reads the method a Method section states, and the
// "None" a Request Body section states, where the page sets it as a list
// item, a quote or bold, with a warning at its line; never as a note.
func TestMethodInAnyBlock(t *testing.T) {
	for _, c := range []struct {
		sec        pageSection
		line, form string
	}{
		{secMethod, "- POST", "a list item"},
		{secMethod, "> **POST**", "a quote, bold"},
		{secBody, "* None", "a list item"},
	} {
		rep := &pages.Reporter{}
		r := &statusReader{sp: &statusPage{}, page: "p.md", rep: rep, sec: c.sec, pending: []pages.Block{{Line: 7, Text: c.line}}}
		r.endSection()
		op := r.op
		if op == nil || c.sec == secMethod && op.method != "POST" || c.sec == secBody && !op.noBody || len(op.notes) != 0 {
			t.Errorf("%q: operation %+v; want its sentence read, no note", c.line, op)
		}
		w, _ := rep.Sorted([]string{"p.md"}, false)
		if len(w) != 1 || w[0].Pos.Line != 7 || !strings.Contains(w[0].Msg, "sets it as "+c.form+",") {
			t.Errorf("%q: warnings %v; want one at line 7 naming %s", c.line, w, c.form)
		}
	}
}
