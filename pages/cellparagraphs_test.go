package pages

import (
	"reflect"
	"strings"
	"testing"
)

// TestCellParagraphsRest reads the row of pipes at a table's line whose
// last cell's further paragraphs stand on lines of their own under it, up
// to the line that closes it, as godown writes a cell of several <p>s or
// one with a <br>; and leaves a row that closes whole, or one that no
// such line closes, to what follows it.
func TestCellParagraphsRest(t *testing.T) {
	for _, c := range []struct {
		name, page string
		columns    int
		end        int
		want       []string
	}{
		{"two <p>s: the closing pipe alone", "|condition|String (Enum)|Flying condition (sharp, yarak, high)\n\n\nA falcon in yarak is keen to hunt\n\n\n   |\n|hunger|Double|Hunger|", 3,
			6, []string{"Flying condition (sharp, yarak, high)", "A falcon in yarak is keen to hunt"}},
		{"a <br>: the pipe after the last paragraph", "|passes|List<StoopPass>|Y|Passes of the flight, 1 ~ 5\n\n\nThe falcon flies them in the listed order|\n|wind|Double|N|Wind|", 4,
			3, []string{"Passes of the flight, 1 ~ 5", "The falcon flies them in the listed order"}},
		{"three paragraphs, one of two lines", "|a|String|One\n\nTwo, and\nmore\n\nThree|", 3,
			5, []string{"One", "Two, and more", "Three"}},
		{"one cell short, the cell's text all below", "|a|String|\n\nOne\n\nTwo|", 3,
			4, []string{"One", "Two"}},
		{"a row that closes whole, then text", "|a|String|One|\n\nText after the table|", 3, 0, nil},
		{"a row open, then text and a table", "|a|String|One\n\nText after the table\n\n|b|c|d|", 3, 0, nil},
		{"a row open, then text and a heading", "|a|String|One\n\n## Response\n\n|", 3, 0, nil},
		{"a row open, then its text at the next line", "|a|String|One\nTwo|", 3, 0, nil},
		{"a row short of the columns", "|a|One\n\nTwo|", 3, 0, nil},
		{"a row open, the pipe alone right after its blank line", "|a|String|One\n\n|", 3, 0, nil},
	} {
		end, got := CellParagraphsRest(strings.Split(c.page, "\n"), 0, c.columns)
		if end != c.end || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %d %q, want %d %q", c.name, end, got, c.end, c.want)
		}
	}
}
