package parser_test

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// lostPathBlock is one block of a GearN page whose code blocks a
// converter dropped: a heading (level > 0), a line of text, or a table
// (rows, the first its header).
type lostPathBlock struct {
	level int
	text  string
	rows  [][]string
}

// lostPathPage is a GearN page of plantHerb whose client section lost its
// endpoint line (its "HTTP" heading heads nothing), its permission
// sentence given by rule.
func lostPathPage(rule string) []lostPathBlock {
	return []lostPathBlock{
		{level: 1, text: "plantHerb"},
		{level: 2, text: "Overview"},
		{text: "Plant an herb in the player's garden plot."},
		{level: 2, text: "Client"},
		{text: rule},
		{level: 3, text: "HTTP"},
		{level: 3, text: "Request Headers"},
		{rows: [][]string{{"Name", "Required", "Description"}, {"Auth-Token", "true", "A token used to authenticate the player."}, {"Secret-Key", "true", "The SecretKey in SecretInfo with role must is Player."}, {"Content-Type", "true", "application/json"}}},
		{level: 3, text: "Request Body"},
		{rows: [][]string{{"Code", "Type", "Required", "Description"}, {"plotId", "string", "true", "The plot to plant in."}, {"herb", "string", "true", "The herb to plant."}}},
		{level: 2, text: "Response Body"},
		{level: 3, text: "200 Ok"},
		{rows: [][]string{{"Code", "Type", "Required", "Description"}, {"returnCode", "ReturnCode", "true", "The status."}, {"parameters", "ResponseData", "false", "The data."}}},
		{level: 3, text: "ReturnCode"},
		{rows: [][]string{{"Name", "Code", "Description"}, {"Ok", "1", "Success."}}},
		{level: 3, text: "ResponseData"},
		{rows: [][]string{{"Code", "Type", "Required", "Description"}, {"growth", "number int", "true", "The herb's growth."}}},
	}
}

// lostPathStyles writes a page's blocks in each style: Markdown, flattened
// text (a table's cells separated by tabs) and HTML; the client section's
// heading is at the line each style's name maps to.
func lostPathStyles(blocks []lostPathBlock) map[string]string {
	var md, txt, h strings.Builder
	h.WriteString("<html><body>\n")
	for _, b := range blocks {
		switch {
		case b.rows != nil:
			for i, r := range b.rows {
				md.WriteString("| " + strings.Join(r, " | ") + " |\n")
				if i == 0 {
					md.WriteString(strings.Repeat("| --- ", len(r)) + "|\n")
				}
				txt.WriteString(strings.Join(r, "\t") + "\n")
			}
			h.WriteString("<table>\n")
			for i, r := range b.rows {
				cell := "td"
				if i == 0 {
					cell = "th"
				}
				h.WriteString("<tr>")
				for _, c := range r {
					h.WriteString("<" + cell + ">" + html.EscapeString(c) + "</" + cell + ">")
				}
				h.WriteString("</tr>\n")
			}
			h.WriteString("</table>\n")
			md.WriteString("\n")
		case b.level > 0:
			md.WriteString(strings.Repeat("#", b.level) + " " + b.text + "\n\n")
			txt.WriteString(b.text + "\n")
			tag := "h" + string(rune('0'+b.level))
			h.WriteString("<" + tag + ">" + html.EscapeString(b.text) + "</" + tag + ">\n")
		default:
			md.WriteString(b.text + "\n\n")
			txt.WriteString(b.text + "\n")
			h.WriteString("<p>" + html.EscapeString(b.text) + "</p>\n")
		}
	}
	h.WriteString("</body></html>\n")
	return map[string]string{"plantHerb.md": md.String(), "plantHerb.txt": txt.String(), "plantHerb.html": h.String()}
}

// TestLostEndpointLine parses, in each style, a GearN page whose client
// section lost its endpoint line: where the section's permission rule
// names the page's operation, the path GearN's convention makes of it is
// recovered with a warning at the section that says where each part came
// from; where the rule names another operation, or the section states no
// rule, the section is refused at its heading, naming the part missing
// and the endpoint line to write.
func TestLostEndpointLine(t *testing.T) {
	for _, c := range []struct {
		rule, path, missing string
	}{
		{"Require permission rules garden.plantHerb.selfEnable. See PermissionRules", "/api/rJson/garden/client/plantHerb", ""},
		{"Require permission rules garden.waterHerb.selfEnable. See PermissionRules", "", "names operation waterHerb, but the page's title is \"plantHerb\""},
		{"No require permission rules.", "", "the section states no permission rule to give the group and the operation"},
	} {
		for name, page := range lostPathStyles(lostPathPage(c.rule)) {
			res, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x"})
			if c.path == "" {
				if err == nil || !strings.Contains(err.Error(), "the client section has no endpoint line") || !strings.Contains(err.Error(), c.missing) || !strings.Contains(err.Error(), "POST /api/rJson/") {
					t.Errorf("%s, %q: error %v; want the client section refused, saying %q and printing the endpoint line to write", name, c.rule, err, c.missing)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s, %q: %v", name, c.rule, err)
				continue
			}
			ops := res.API.Operations
			if len(ops) != 1 || len(ops[0].Endpoints) != 1 || ops[0].Endpoints[0].Path != c.path || ops[0].Endpoints[0].Method != "POST" || ops[0].Endpoints[0].PostType != "rJson" || ops[0].Group != "garden" {
				t.Errorf("%s: operations %+v; want one, POST %s", name, ops, c.path)
				continue
			}
			warned := false
			for _, w := range res.Warnings {
				warned = warned || w.Pos.Page == name && w.Pos.Line == ops[0].Endpoints[0].At.Line && strings.Contains(w.Msg, "recovered the lost endpoint line of the client section: POST "+c.path) && strings.Contains(w.Msg, "permission rule garden.plantHerb.selfEnable")
			}
			if !warned {
				t.Errorf("%s: no warning at the client section that recovers its path; warnings:\n%v", name, res.Warnings)
			}
		}
	}
}

// TestLostEndpointEntry parses, in each style, the page whose client
// section's permission rule names another operation with the overrides
// entry its error prints, the placeholders replaced: the section takes
// the entry's line; an entry for a section that has its endpoint line
// is a stale override at the entry.
func TestLostEndpointEntry(t *testing.T) {
	for name, page := range lostPathStyles(lostPathPage("Require permission rules garden.waterHerb.selfEnable. See PermissionRules")) {
		_, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x"})
		ds, _ := err.(schema.Diagnostics)
		if len(ds) == 0 || !strings.Contains(ds[0].Msg, "(under endpoints:)") {
			t.Fatalf("%s: error %v; want the client section refused with its overrides entry", name, err)
		}
		at := ds[0].Pos
		entry := fmt.Sprintf("endpoints:\n  - section: %s:%d\n    line: POST /api/rJson/garden/client/plantHerb\n", at.Page, at.Line)
		if !strings.Contains(ds[0].Msg, fmt.Sprintf("  - section: %s:%d\n    line: POST /api/rJson/<group>/client/<operation>", at.Page, at.Line)) {
			t.Errorf("%s: error %q; want the entry for the section at line %d", name, ds[0].Msg, at.Line)
		}
		f, lerr := overrides.Load("fixes.yaml", []byte(entry))
		if lerr != nil {
			t.Fatalf("%s: the entry does not load: %v", name, lerr)
		}
		res, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x", Endpoints: f.EndpointLines()})
		if err != nil {
			t.Errorf("%s: with the entry: %v", name, err)
			continue
		}
		if ops := res.API.Operations; len(ops) != 1 || ops[0].Endpoints[0].Path != "/api/rJson/garden/client/plantHerb" {
			t.Errorf("%s: with the entry, operations %+v; want POST /api/rJson/garden/client/plantHerb", name, ops)
		}
		stale := strings.Replace(page, "HTTP\n", "HTTP\n\nPOST /api/rJson/garden/client/plantHerb\n\n", 1)
		if strings.HasSuffix(name, ".html") {
			stale = strings.Replace(page, "<h3>HTTP</h3>", "<h3>HTTP</h3>\n<pre><code>POST /api/rJson/garden/client/plantHerb</code></pre>", 1)
		}
		_, err = parser.Parse([]parser.Page{{Name: name, Data: []byte(stale)}}, parser.Options{Name: "x", Endpoints: f.EndpointLines()})
		if err == nil || !strings.Contains(err.Error(), "fixes.yaml:2: stale override") {
			t.Errorf("%s: with the page's endpoint line back, error %v; want the entry stale", name, err)
		}
	}
}
