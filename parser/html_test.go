package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/internal/golden"
	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/flattened"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/schema"
)

// TestHTMLSameSchema parses the four GearN samples as their docs site
// serves them (testdata/html) and as scraped (testdata/pages): both give
// the same schema, but for where each fact was read. So do two of each.
func TestHTMLSameSchema(t *testing.T) {
	var htmlPages, textPages, mixed []Page
	for i, p := range samplePages(t) {
		textPages = append(textPages, p)
		name := strings.TrimSuffix(p.Name, ".txt") + ".html"
		data, err := os.ReadFile(filepath.Join("../testdata/html", name))
		if err != nil {
			t.Fatal(err)
		}
		htmlPages = append(htmlPages, Page{Name: name, Data: data})
		mixed = append(mixed, []Page{htmlPages[i], p}[i%2])
	}
	fromText := parseWithoutPlaces(t, textPages)
	if fromHTML := parseWithoutPlaces(t, htmlPages); !bytes.Equal(fromHTML, fromText) {
		t.Errorf("the HTML pages give another schema than the text pages\n%s", golden.FirstDiff(string(fromHTML), string(fromText)))
	}
	if fromMixed := parseWithoutPlaces(t, mixed); !bytes.Equal(fromMixed, fromText) {
		t.Errorf("HTML and text pages together give another schema than the text pages\n%s", golden.FirstDiff(string(fromMixed), string(fromText)))
	}
}

// parseWithoutPlaces parses pages and saves the schema with every place
// (at, also, pages) cleared.
func parseWithoutPlaces(t *testing.T, pages []Page) []byte {
	t.Helper()
	res, err := Parse(pages, Options{Name: "gearn"})
	if err != nil {
		t.Fatalf("%v", err)
	}
	res.API.Pages = nil
	clearPlaces(reflect.ValueOf(res.API))
	out, err := schema.Save(res.API)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// clearPlaces zeroes every schema.Pos, []schema.Pos and Line under v.
func clearPlaces(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			clearPlaces(v.Elem())
		}
	case reflect.Slice:
		if v.Type() == reflect.TypeOf([]schema.Pos(nil)) {
			v.SetZero()
			return
		}
		for i := range v.Len() {
			clearPlaces(v.Index(i))
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(schema.Pos{}) {
			v.SetZero()
			return
		}
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				if f.Name == "Line" && f.Type.Kind() == reflect.Int {
					v.Field(i).SetZero()
					continue
				}
				clearPlaces(v.Field(i))
			}
		}
	}
}

// TestHTMLStyle tells HTML from the other styles by the content.
func TestHTMLStyle(t *testing.T) {
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"<!DOCTYPE html>\n<p>no table</p>", html.Style{}},
		{"<!-- saved from url=(0022)https://example.com/ -->\n<html><body></body></html>", html.Style{}},
		{"<div class=\"content\">\n<table>\n<tr><td>Name</td><td>Code</td></tr>\n</table></div>", html.Style{}},
		{"Overview\n<TABLE><TR><TD>Name</TD><TD>Code</TD></TR></TABLE>", html.Style{}},
		{"## /vote/cast\n\n<table><tr><td><strong>Name</strong></td><td><strong>Code</strong></td></tr></table>", markdown.Style{}},
		{"Overview\n\n```\nPOST /a\n```\n<table><tr><td>Name</td><td>Code</td></tr></table>", markdown.Style{}},
		{"<a name=\"top\"></a>\n| Name | Code |\n|---|---|\n| Ok | 1 |", markdown.Style{}},
		{"| Name | Code |\n|---|---|\n| Ok | 1 |\nAn HTML table: <table><tr><td>x</td></tr></table>", markdown.Style{}},
		{"ReturnCode\nNameCodeDescription\nOk1Fine. Use <tr> rows.", flattened.Style{}},
		{"Some <b>bold</b> text and no table.", nil},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("%q: read as %s, want %s", c.page, got, c.want)
		}
	}
}
