package pages

import (
	"slices"
	"testing"
)

// TestSeamCodeLabels reads a header of a table of codes whose labels
// run together at its seams, each piece a label that names a column, the
// first one or two code columns and the last a description; a line with
// a piece that names no column, a code column after the codes (a title
// run into the header), or a seam inside a word that names a column
// itself, is none.
func TestSeamCodeLabels(t *testing.T) {
	for line, want := range map[string]struct {
		labels []string
		codes  int
	}{
		"Status CodeDetail CodeMessageDescription":          {[]string{"Status Code", "Detail Code", "Message", "Description"}, 2},
		"Error CodeMessageDescription":                      {[]string{"Error Code", "Message", "Description"}, 1},
		"Status CodeMeaningDescription":                     {},
		"Detail CodesStatus CodeMessageDescription":         {},
		"Response Status CodeStatus CodeMessageDescription": {},
		"Status Code MessageDescription":                    {},
		"StatusCodeDescription":                             {},
		"CodeDescription":                                   {[]string{"Code", "Description"}, 1},
		"See the codes below":                               {},
		"Status Code 200Description":                        {},
	} {
		labels, codes := SeamCodeLabels(line)
		if !slices.Equal(labels, want.labels) || codes != want.codes {
			t.Errorf("SeamCodeLabels(%q) = %q, %d; want %q, %d", line, labels, codes, want.labels, want.codes)
		}
	}
}
