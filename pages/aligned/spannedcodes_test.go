package aligned

import (
	"reflect"
	"strings"
	"testing"
)

// TestSpannedCodes reads a table of detail codes whose cells are one
// space apart, as lynx prints a table too wide for it, whose status cell
// spans the rows of its detail codes, printed once: on the first row of
// its group (lynx) or the middle one (w3m); each row is read with the
// status, with a warning naming the rows. Rows between two statuses that
// either could span are refused, naming both.
func TestSpannedCodes(t *testing.T) {
	const head = "   Status Code Detail Code Message Description\n"
	rows := []string{
		"-71201 Vat in use The vat still holds a batch that has not been finished and emptied;",
		"the player must first collect the leather",
		"-71202 Tannery is full The hides of this batch would bring the tannery over 600 hides in all",
		"of its vats together",
		"-71203 Tannin is short The player's storehouse does not hold a tannin",
	}
	with := func(status map[int]string) string {
		var b strings.Builder
		b.WriteString(head)
		for k, l := range rows {
			b.WriteString("   ")
			if s, ok := status[k]; ok {
				b.WriteString(s + " ")
			}
			b.WriteString(l + "\n")
		}
		return b.String()
	}
	want := [][]string{
		{"Status Code", "Detail Code", "Message", "Description"},
		{"468", "-71201", "", "Vat in use The vat still holds a batch that has not been finished and emptied; the player must first collect the leather"},
		{"468", "-71202", "", "Tannery is full The hides of this batch would bring the tannery over 600 hides in all of its vats together"},
		{"468", "-71203", "", "Tannin is short The player's storehouse does not hold a tannin"},
	}
	for _, tc := range []struct {
		name, page string
	}{
		{"on the first row", with(map[int]string{0: "468"})},
		{"on the middle row", with(map[int]string{2: "468"})},
	} {
		tables, _, warns, errs := readLines(Style{}, tc.page)
		if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], want) {
			t.Errorf("%s: tables %q, errors %q", tc.name, tables, errs)
		}
		found := false
		for _, w := range warns {
			found = found || strings.Contains(w, "p.txt:2: lines 2, 4, 6: the table at line 1 has one cell under Status Code, \"468\"")
		}
		if !found {
			t.Errorf("%s: warnings %q", tc.name, warns)
		}
	}
	_, _, _, errs := readLines(Style{}, with(map[int]string{0: "468", 4: "469"}))
	if len(errs) != 1 || !strings.Contains(errs[0], "p.txt:6: line 6: the table at line 1 has a cell under Status Code at line 2 (\"468\") and another at line 6 (\"469\")") {
		t.Errorf("two status cells: errors %q", errs)
	}
}

// TestTightCodeHeader reads a header of codes whose words, and its rows',
// are each one space from the next, as a text browser prints a table of
// codes too wide for it, as such a table, where every line under it
// happens to leave blank the display column before the header's word
// "Message": no aligned columns, which would cut the header there.
func TestTightCodeHeader(t *testing.T) {
	page := "   Status Code Detail Code Message Description\n" +
		"   468 -71201 Vat occupied The vat still holds a batch that has not been finished and emptied;\n" +
		"   the player must collect the leather first\n" +
		"   468 -71202 Tannery full The hides of this batch would bring the tannery over 600 hides\n"
	tables, _, _, errs := readLines(Style{}, page)
	want := [][]string{
		{"Status Code", "Detail Code", "Message", "Description"},
		{"468", "-71201", "", "Vat occupied The vat still holds a batch that has not been finished and emptied; the player must collect the leather first"},
		{"468", "-71202", "", "Tannery full The hides of this batch would bring the tannery over 600 hides"},
	}
	if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], want) {
		t.Errorf("tables %q, errors %q", tables, errs)
	}
}
