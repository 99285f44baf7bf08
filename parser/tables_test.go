package parser_test

import (
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// TestTableTypes settles the headingless tables the evidence leaves two
// readings of with the entries an overrides file assigns them, and
// refuses an entry that names no such table as stale.
func TestTableTypes(t *testing.T) {
	data, err := os.ReadFile("../testdata/parse/broken-headingless-ambiguous-md/getTrade.md")
	if err != nil {
		t.Fatal(err)
	}
	pages := []parser.Page{{Name: "getTrade.md", Data: data}}
	fix := schema.Pos{Page: "o.yaml", Line: 2}
	assign := func(line int, typ string) read.TableType {
		return read.TableType{Table: schema.Pos{Page: "getTrade.md", Line: line}, Type: typ, Fix: fix}
	}
	res, err := parser.Parse(pages, parser.Options{Name: "x", Tables: []read.TableType{assign(29, "Offer"), assign(33, "Counter"), assign(37, "ErrorCode")}})
	if err != nil {
		t.Fatalf("assigned: %v", err)
	}
	got := map[string]bool{}
	for _, ty := range res.API.Types {
		got[ty.Name] = true
	}
	if !got["Offer"] || !got["Counter"] {
		t.Errorf("assigned: no Offer or Counter type")
	}
	_, err = parser.Parse(pages, parser.Options{Name: "x", Tables: []read.TableType{assign(29, "Offer"), assign(33, "Counter"), assign(37, "ErrorCode"), assign(3, "Offer")}})
	if err == nil || !strings.Contains(err.Error(), "o.yaml:2: stale override: getTrade.md:3") {
		t.Errorf("stale: got %v", err)
	}
}
