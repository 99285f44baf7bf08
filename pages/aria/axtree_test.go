package aria_test

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aria"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// TestAXTreeRead reads Puppeteer's page.accessibility.snapshot() of a
// page (testdata/axtree/page.html), taken with interestingOnly: false,
// into headings without their permalinks, a paragraph, tables from their
// columnheaders and cells (an empty cell where one is), each at its
// name's line, and a code block; and refuses the snapshot of the same
// page taken with the default interestingOnly, whose tables, rows and
// cells are gone (and, on this page, its headings too), at its first
// loose cell, reading its headings only.
func TestAXTreeRead(t *testing.T) {
	for _, c := range []struct {
		file string
		want []string
		errs []string
	}{
		{"interesting-false.json", []string{
			"28 inspectBroodFrames", "72 Records an inspection of a hive's brood frames.", "93 Request Body",
			"149 [Name|Type|Required|Description]", "256 |hiveId|string|true|The hive inspected.|", "356 |smokePuffs|number||Puffs of smoke used.|",
			"445 Temper",
			"501 [Name|Code|Description]", "585 |Calm|0|The bees stay on the comb.|", "656 |Defensive|1|Guards meet the smoker.|",
			"731 Example", "775 POST /api/rJson/beeyard/server/inspectBroodFrames", "775 Secret-Key: 4f9c2e7a1b",
		}, nil},
		{"interesting-true.json", nil, []string{
			`p.txt:66: line 66: the text nodes "Name", "Type", "Required", "Description", one after another, name the columns of a table, but the accessibility tree has no table, row or cell: the snapshot left them out (page.accessibility.snapshot() leaves out the nodes it finds of no interest, tables, rows and cells among them, unless told interestingOnly: false), so each cell is a loose text node and an empty cell is gone: which text is whose row and column cannot be told. Take the snapshot again with page.accessibility.snapshot({interestingOnly: false}), or save the page's HTML`,
		}},
	} {
		page, err := os.ReadFile("testdata/axtree/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		blocks, diags := pagestest.Read(aria.AXTree{}, string(page), true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n got %q\nwant %q", c.file, got, c.want)
		}
		if !reflect.DeepEqual(diags, c.errs) {
			t.Errorf("%s: diagnostics\n got %q\nwant %q", c.file, diags, c.errs)
		}
	}
}

// TestAXTreeDetect is certain of a JSON object whose first member is a
// node's role, written over lines or on one, and rates 0 any other JSON
// and an ARIA snapshot's YAML.
func TestAXTreeDetect(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       int
	}{
		{"indented", "{\n  \"role\": \"RootWebArea\",\n  \"name\": \"x\"\n}", pages.Certain},
		{"on one line", `{"role":"RootWebArea","name":"x","children":[]}`, pages.Certain},
		{"another JSON object", "{\n  \"openapi\": \"3.0.0\"\n}", 0},
		{"a notebook", `{"cells": [], "nbformat": 4}`, 0},
		{"an ARIA snapshot", "- main:\n  - heading \"x\" [level=1]", 0},
	} {
		if got := (aria.AXTree{}).Detect(strings.Split(c.page, "\n")); got != c.want {
			t.Errorf("%s: Detect = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestAXTreeBroken refuses a tree whose JSON breaks, at the line where
// it does, and reads nothing of it.
func TestAXTreeBroken(t *testing.T) {
	blocks, diags := pagestest.Read(aria.AXTree{}, "{\n  \"role\": \"main\",\n  \"children\": [\n    {\"role\": \"heading\", \"name\": \"x\"\n", true)
	if len(blocks) != 0 || len(diags) != 1 || !strings.HasPrefix(diags[0], "p.txt:4: line 4: the accessibility tree's JSON cannot be read there") {
		t.Errorf("got %q, %q", pagestest.Describe(blocks), diags)
	}
}

// FuzzAXTree parses pages of any content seeded with Puppeteer's
// accessibility snapshots of a page, with and without its tables.
func FuzzAXTree(f *testing.F) {
	parsetest.Fuzz(f, aria.AXTree{}, "testdata/axtree/*.json")
}
