package org_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/org"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzOrg parses pages of any content seeded with the pages in Org
// mode's markup, of both protocols.
func FuzzOrg(f *testing.F) {
	parsetest.Fuzz(f, org.Style{}, "../../testdata/facts/n07_*/*.txt", "../../testdata/facts/n16_*/*.txt", "../../testdata/parse/org-*/*.txt", "../../testdata/parse/org-*/*.org")
}
