package html

import (
	"strings"
	"testing"
)

// TestTextMarkup checks that a heading or a fence of a text style after
// a blank line marks a page as that style's, unless it stands in an
// element whose text is raw, whose tags are matched in any case, as
// strings.ToLower lowers them.
func TestTextMarkup(t *testing.T) {
	for _, c := range []struct {
		name string
		page string
		want bool
	}{
		{"heading", "<div>\n\n## Request Body\n</div>", true},
		{"fence", "<div>\n\n```go\n```\n</div>", true},
		{"no blank before", "<div>\n## Request Body\n</div>", false},
		{"in pre", "<pre>\n\n# install\n</pre>", false},
		{"in PRE", "<PRE class=\"sh\">\n\n# install\n</PRE>", false},
		{"after pre", "<pre>x</pre>\n\n# title", true},
		{"pre closed later on the line", "<p>a</p><pre>\n\n# install\n</pre>\n\n# title", true},
		{"prefix is no pre", "<prefix>\n\n# title", true},
		{"script with text on its line", "<script>var a = 1;\n\n# not markup\n</script>", false},
		{"last start tag decides", "<pre>a</pre> <pre>\n\n# install\n</pre>", false},
		{"two elements, the last open", "<style>x</style><textarea>\n\n# typed\n</textarea>", false},
		{"korean text", "<p>요청 본문</p><pre>\n\n# 설치\n</pre>", false},
		{"capital I with dot lowers to i", "<scrİpt>\n\n# not markup\n</scrİpt>", false},
		{"end tag in other case", "<textarea>\n\n# typed\n</TEXTAREA>\n\n# title", true},
	} {
		if got := textMarkup(strings.Split(c.page, "\n")); got != c.want {
			t.Errorf("%s: textMarkup = %v, want %v", c.name, got, c.want)
		}
	}
}
