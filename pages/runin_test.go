package pages

import (
	"slices"
	"strings"
	"testing"
)

// TestSplitRunInLabels sets apart, in any style, a code block's language
// label run into the block's first line (dropped) and a callout's label
// in capitals run into its text (kept as a line of its own), each with a
// warning at its line (the request line's lost space is warned of after
// it, as its own defect), or a space before a request line with its
// path, as a tool that strips tags sets them apart; a line that begins
// with such a word otherwise
// (a word a label could go on with, a label before no code, a label in
// other letters, a word in capitals alone) stays as it is.
func TestSplitRunInLabels(t *testing.T) {
	for _, c := range []struct {
		name, line string
		want       []string
		warn       string
	}{
		{"request line", "httpPOST /api/rJson/event/client/claimEventMilestone", []string{"POST /api/rJson/event/client/claimEventMilestone"},
			`p.txt:4: line 4 runs a code block's language label "http" into the block's first line, as a copy that loses the line break after the label writes it: read the code as "POST /api/rJson/event/client/claimEventMilestone"`},
		{"request line with its version", "httpGET /v5/a?id=1 HTTP/1.1", []string{"GET /v5/a?id=1 HTTP/1.1"}, `p.txt:4: line 4 runs a code block's language label "http"`},
		{"request line without its space", "httpGET/api/rJson/time/client/getServerTime", []string{"GET /api/rJson/time/client/getServerTime"}, `p.txt:4: line 4 runs a code block's language label "http"`},
		{"request line a space after the label", "http POST /api/rJson/observatory/client/calibrateAstrolabe", []string{"POST /api/rJson/observatory/client/calibrateAstrolabe"}, `p.txt:4: line 4 runs a code block's language label "http"`},
		{"request line with its host a space after the label", "HTTP GET https://a.com/v5/a HTTP/1.1", []string{"GET https://a.com/v5/a HTTP/1.1"}, `p.txt:4: line 4 runs a code block's language label "HTTP"`},
		{"status line", "httpHTTP/1.1 200 OK", []string{"HTTP/1.1 200 OK"}, `p.txt:4: line 4 runs a code block's language label "http"`},
		{"JSON", `json{ "returnCode": 1 }`, []string{`{ "returnCode": 1 }`}, `p.txt:4: line 4 runs a code block's language label "json"`},
		{"JSON array, label in capitals", `JSON[1, 2]`, []string{`[1, 2]`}, `p.txt:4: line 4 runs a code block's language label "JSON"`},
		{"curl command", `bashcurl -X POST https://a.com/api`, []string{`curl -X POST https://a.com/api`}, `p.txt:4: line 4 runs a code block's language label "bash"`},
		{"callout", "TIPAn admin claim is written to the audit log.", []string{"TIP", "An admin claim is written to the audit log."},
			`p.txt:4: line 4 runs a callout's label "TIP" into its text, as a copy that loses the line break after the label writes it: read the label apart from its text "An admin claim is written to the audit log."`},
		{"callout, the longest label", "WARNINGSThe two calls race.", []string{"WARNINGS", "The two calls race."}, `p.txt:4: line 4 runs a callout's label "WARNINGS"`},
		{"callout, a word of one letter", "TIPA server may keep it warmer.", []string{"TIP", "A server may keep it warmer."}, `p.txt:4: line 4 runs a callout's label "TIP"`},
		{"URL", "https://a.com/api/x", []string{"https://a.com/api/x"}, ""},
		{"label before prose", "jsonify the body first.", []string{"jsonify the body first."}, ""},
		{"label before a word in capitals", "httpGET is the method.", []string{"httpGET is the method."}, ""},
		{"label a space before a method alone", "http POST is the method.", []string{"http POST is the method."}, ""},
		{"label a space before prose", "json is what the body holds.", []string{"json is what the body holds."}, ""},
		{"label in other letters", "HttpPOST /api/a", []string{"HttpPOST /api/a"}, ""},
		{"callout label in small letters", "tipAmount is the tip in cents.", []string{"tipAmount is the tip in cents."}, ""},
		{"word in capitals", "NOTEBOOK", []string{"NOTEBOOK"}, ""},
		{"capitals before a capital", "INFORMATION Security rules apply.", []string{"INFORMATION Security rules apply."}, ""},
		{"one word", "NOTEBook", []string{"NOTEBook"}, ""},
	} {
		rep := &Reporter{}
		var got []string
		for _, b := range Read(blockStyle{{Line: 3, Text: "Example"}, {Line: 4, Text: c.line}}, Source{Name: "p.txt", Report: rep}) {
			if b.Line == 4 {
				got = append(got, b.Text)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: read %q, want %q", c.name, got, c.want)
		}
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		switch {
		case c.warn == "" && len(warns) > 0:
			t.Errorf("%s: warnings %v, want none", c.name, warns)
		case c.warn != "" && (len(warns) == 0 || !strings.HasPrefix(warns[0].Error(), c.warn)):
			t.Errorf("%s: warnings %v, want %q", c.name, warns, c.warn)
		}
	}
}
