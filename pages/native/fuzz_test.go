package native_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/native"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzNative parses pages of any content seeded with pages written in
// pandoc's native AST, of both protocols.
func FuzzNative(f *testing.F) {
	parsetest.Fuzz(f, native.Style{}, "../../testdata/facts/bi0[13]_*/*.native", "../../testdata/sweep/pandoc-native/1*/*.native", "../../testdata/sweep/pandoc-native/y*/*.native")
}
