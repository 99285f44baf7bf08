package parser

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

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
		t.Errorf("the HTML pages give another schema than the text pages\n%s", lineDiff(fromHTML, fromText))
	}
	if fromMixed := parseWithoutPlaces(t, mixed); !bytes.Equal(fromMixed, fromText) {
		t.Errorf("HTML and text pages together give another schema than the text pages\n%s", lineDiff(fromMixed, fromText))
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

// lineDiff shows the first lines where got and want differ.
func lineDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(g), len(w)) && shown < 20; i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			fmt.Fprintf(&b, "line %d:\n  got:  %s\n  text: %s\n", i+1, gl, wl)
			shown++
		}
	}
	return b.String()
}
