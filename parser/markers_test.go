package parser

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestMarkersRuleOut holds every Markered style to its word: on every page
// of the golden cases and of the facts corpus, its markers turned into
// spaces, the style's detector rates the page 0, so that pages.Detect's
// first look, which skips the detector of a page without the markers,
// detects what the detectors alone detect.
func TestMarkersRuleOut(t *testing.T) {
	cases, err := filepath.Glob("../testdata/parse/*/pages")
	if err != nil {
		t.Fatal(err)
	}
	facts, err := filepath.Glob("../testdata/facts/*/pages")
	if err != nil {
		t.Fatal(err)
	}
	tried := 0
	for _, list := range append(cases, facts...) {
		for _, pg := range casePages(t, filepath.Dir(list)) {
			text := pages.ReadText(pg.Name, pg.Data, &pages.Reporter{})
			for _, st := range styles {
				m, ok := st.(pages.Markered)
				if !ok {
					continue
				}
				blank := strings.NewReplacer(markerSpaces(m.Markers())...)
				lines := make([]string, len(text.Lines))
				for i, l := range text.Lines {
					lines[i] = blank.Replace(l)
				}
				if r := st.Detect(lines); r != 0 {
					t.Errorf("%s: %s rates the page %d without its markers %q", pg.Name, st, r, m.Markers())
				}
				tried++
			}
		}
	}
	if tried == 0 {
		t.Fatal("no page tried")
	}
}

// markerSpaces are the pairs of a strings.Replacer that turns each of
// markers into a space.
func markerSpaces(markers string) []string {
	var pairs []string
	for i := range len(markers) {
		pairs = append(pairs, markers[i:i+1], " ")
	}
	return pairs
}

// TestDetectFirstLook: a page without a pipe is ruled out of the styles
// of pipe tables at a first look, and one with a pipe is not.
func TestDetectFirstLook(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"pipe rows", []string{"| Name | Type |", "|---|---|", "| a | string |"}, "Markdown"},
		{"wiki rows", []string{"h3. Body", "||Name||Type||", "|a|string|"}, "Confluence wiki markup"},
		{"no pipe", []string{"Name Type Description", "a string the name", "b int the count"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if st := pages.Detect(styles, tt.lines); st != nil {
				got = st.String()
			}
			if tt.want != "" && got != tt.want {
				t.Errorf("detected %q, want %q", got, tt.want)
			}
			for _, st := range styles {
				if m, ok := st.(pages.Markered); ok && got == st.String() && !strings.ContainsAny(strings.Join(tt.lines, "\n"), m.Markers()) {
					t.Errorf("detected %s of a page without its markers", st)
				}
			}
		})
	}
}
