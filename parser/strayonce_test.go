package parser

import (
	"strings"
	"testing"
)

// TestStrayRefusedOnce refuses a line once where the page's reading
// refused it: the rows of a table of detail codes one space apart, on a
// line of their own after a title that cut them from their header, as
// @opendocsg/pdf2md writes a PDF's table, which the style refuses (a
// line of text cut the table) and the HTTP-status protocol's check of
// rows no table took would refuse again.
func TestStrayRefusedOnce(t *testing.T) {
	page := "**485 Detail Codes** \n" +
		" Status Code Message Description \n" +
		"\n" +
		"### 485 \n" +
		" -85101 River closed The section is closed by the river authority -85102 Water too high The gauge is above the flood mark of the section \n" +
		" Name Type Description tripId String Trip log ID grade String Hardest rapid grade run (I, II, III, IV, V) rapidsRun Integer Rapids run, 1 ~ 8 \n"
	_, err := Parse([]Page{{Name: "p.md", Data: []byte(page)}}, Options{Name: "x"})
	if err == nil {
		t.Fatal("the page parsed")
	}
	var at5 []string
	for _, l := range strings.Split(err.Error(), "\n") {
		if strings.HasPrefix(l, "p.md:5: ") {
			at5 = append(at5, l)
		}
	}
	const want = "p.md:5: line 5 begins with a code as a row of the table at line 2 does"
	if len(at5) != 1 || !strings.HasPrefix(at5[0], want) {
		t.Errorf("errors at line 5:\n%s\nwant one, beginning %q", strings.Join(at5, "\n"), want)
	}
}
