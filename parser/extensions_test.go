package parser_test

import (
	"slices"
	"testing"

	"github.com/docs2go/docs2go/parser"
)

// TestExtensions lists, among the files of a directory of pages, those
// of every style the XML document style reads: InDesign's ICML story and
// OpenDocument's flat .fodt beside DocBook's and FictionBook's; and the
// containers a page comes in; and WML decks, which the HTML style reads.
func TestExtensions(t *testing.T) {
	exts := parser.Extensions()
	for _, e := range []string{".xml", ".dbk", ".fb2", ".icml", ".fodt", ".wml", ".mhtml", ".ipynb"} {
		if !slices.Contains(exts, e) {
			t.Errorf("Extensions() = %q, lacks %s", exts, e)
		}
	}
}
