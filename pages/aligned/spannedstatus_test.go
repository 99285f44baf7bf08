package aligned

import (
	"reflect"
	"strings"
	"testing"
)

// TestSpannedRows reads a table of detail codes whose status cell spans
// their rows, printed once by a text browser: on the middle row (w3m
// centres it) or the first (lynx), each row read from its detail code's
// line with the status cell, and a warning naming the rows; two status
// cells with rows between them that either could own are refused.
func TestSpannedRows(t *testing.T) {
	const head = "471 Detail Codes\n\n Status    Detail       Message           Description\n  Code      Code\n"
	rows := []string{
		"          -72401    Horse lame       The horse is lame; a vet must clear it",
		"                                     before it can be shod again",
		"          -72402    Shod too         The horse was shod less than 30 days",
		"                    recently         ago",
		"          -72403    Farrier level    The farrier's level is too low",
	}
	want := [][]string{
		{"Status Code", "Detail Code", "Message", "Description"},
		{"471", "-72401", "Horse lame", "The horse is lame; a vet must clear it before it can be shod again"},
		{"471", "-72402", "Shod too recently", "The horse was shod less than 30 days ago"},
		{"471", "-72403", "Farrier level", "The farrier's level is too low"},
	}
	with := func(at int, status string) string {
		ls := append([]string(nil), rows...)
		ls[at] = status + ls[at][len(status):]
		return head + strings.Join(ls, "\n") + "\n"
	}
	for _, tc := range []struct {
		name, page string
	}{
		{"centred on the middle row", with(2, "471")},
		{"on the first row", with(0, "471")},
	} {
		tables, _, warns, errs := readLines(Style{}, tc.page)
		if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], want) {
			t.Errorf("%s: tables %q, errors %q", tc.name, tables, errs)
		}
		if len(warns) != 1 || !strings.Contains(warns[0], "p.txt:5: lines 5, 7, 9: the table at line 3 has one cell under Status Code") {
			t.Errorf("%s: warnings %q", tc.name, warns)
		}
	}
	ls := append([]string(nil), rows...)
	ls[0] = "471" + ls[0][3:]
	ls[4] = "472" + ls[4][3:]
	_, _, _, errs := readLines(Style{}, head+strings.Join(ls, "\n")+"\n")
	if len(errs) != 1 || !strings.Contains(errs[0], "p.txt:9: line 9: the table at line 3 has a cell under Status Code at line 5 (\"471\") and another at line 9 (\"472\")") {
		t.Errorf("two status cells: errors %q", errs)
	}
}
