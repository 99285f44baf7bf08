package aligned

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestShiftedHeader reads a header row shifted against its rows, left
// to the margin or right of them, as the header of those rows, its
// cells in their order, with a warning at the header's line; a header
// over its rows reads with no warning, a header whose cells no shift
// lines up with the rows' takes no rows, refused at the first; one
// right of its rows, which headerAt reads as a header whose columns
// take the rows' cells as others', is refused at a row.
func TestShiftedHeader(t *testing.T) {
	rows := "                 appSecret        String   Y              App Secret\n" +
		"                 Authorization    String   Y              Authorization: KakaoAK {ADMIN_KEY}\n" +
		"                 kgAppId          String   Y              KG App ID\n" +
		"                Request Parameters\n"
	want := [][]string{{"Name", "Type", "Mandatory", "Description"}, {"appSecret", "String", "Y", "App Secret"}, {"Authorization", "String", "Y", "Authorization: KakaoAK {ADMIN_KEY}"}, {"kgAppId", "String", "Y", "KG App ID"}}
	for _, c := range []struct {
		name, header string
		want         [][]string
		warn, err    string
	}{
		{"over its rows", "                     Name         Type     Mandatory                    Description\n", want, "", ""},
		{"dedented to the margin", "Name         Type     Mandatory                    Description\n", want, "p.txt:2: the header row at line 2 (Name | Type | Mandatory | Description) stands 21 columns left", ""},
		{"dedented part of the way", "         Name         Type     Mandatory                    Description\n", want, "p.txt:2: the header row at line 2 (Name | Type | Mandatory | Description) stands 12 columns left", ""},
		{"its gaps unlike the rows'", "Name Type  Mandatory  Description\n", nil, "", "p.txt:3: line 3 (\"appSecret"},
		// Right of its rows, refine starts its first column at theirs:
		// the rows' cells fall in the columns left of theirs, refused.
		{"indented right of its rows", "                                 Name         Type     Mandatory                    Description\n", nil, "", "p.txt:4: line 4:"},
	} {
		tables, _, warns, errs := read("                Request Headers\n" + c.header + rows)
		var got [][]string
		if len(tables) > 0 && len(tables[0]) > 1 {
			got = tables[0]
		}
		if c.err == "" && !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: read %q, want %q", c.name, got, c.want)
		}
		if c.warn == "" && len(warns) > 0 || c.warn != "" && (len(warns) != 1 || !strings.HasPrefix(warns[0], c.warn)) {
			t.Errorf("%s: warnings %q, want one that begins %q", c.name, warns, c.warn)
		}
		if c.err == "" && len(errs) > 0 || c.err != "" && (len(errs) == 0 || !strings.HasPrefix(errs[0], c.err)) {
			t.Errorf("%s: errors %q, want none or one first that begins %q", c.name, errs, c.err)
		}
	}
}

// TestSpacedHeaderLeftOfRows reads a text browser's table, its cells one
// space apart, whose header row a copy dedented alone: its rows are read
// at their own indent, with a warning at the header's line.
func TestSpacedHeaderLeftOfRows(t *testing.T) {
	page := "Request Headers\n\nName Required Description\n   Auth-Token true A token used to authenticate the user.\n   Content-Type true application/json\n\nRequest Body\n"
	tables, _, warns, errs := read(page)
	want := [][][]string{{{"Name", "Required", "Description"}, {"Auth-Token", "true", "A token used to authenticate the user."}, {"Content-Type", "true", "application/json"}}}
	if !reflect.DeepEqual(tables, want) || len(errs) > 0 {
		t.Errorf("read %q (errors %q), want %q", tables, errs, want)
	}
	if len(warns) == 0 || !strings.HasPrefix(warns[0], "p.txt:3: the header row at line 3 (Name | Required | Description) stands 3 columns left") {
		t.Errorf("warnings %q, want one at the header first", warns)
	}
}

// TestSpacedFirstRowShifted reads a text browser's table, its cells one
// space apart, whose first row a copy moved a column or two, right or
// left, alone: the row is read at the indent of the lines under it, in
// its table with the rows under it, with a warning at its line; a row
// with its names or with its codes first alike. A first row whose rest
// a hard wrap set at the margin is no shifted row.
func TestSpacedFirstRowShifted(t *testing.T) {
	for _, c := range []struct {
		name, header, first, rest string
		want                      [][]string
	}{
		{"names", "   Name Required Description\n", "Auth-Token true A token used to authenticate the user.\n",
			"   Secret-Key true The SecretKey in SecretInfo.\n   Content-Type true application/json\n",
			[][]string{{"Name", "Required", "Description"}, {"Auth-Token", "true", "A token used to authenticate the user."}, {"Secret-Key", "true", "The SecretKey in SecretInfo."}, {"Content-Type", "true", "application/json"}}},
		{"codes", "   Name Code Description\n", "Ok 1 The business operation completed successfully.\n",
			"   InternalServerError -3 The server failed.\n   SecretInvalid -10 The secret key is missing.\n",
			[][]string{{"Name", "Code", "Description"}, {"Ok", "1", "The business operation completed successfully."}, {"InternalServerError", "-3", "The server failed."}, {"SecretInvalid", "-10", "The secret key is missing."}}},
	} {
		for _, shift := range []int{1, 2, -1, -2} {
			page := "Request Headers\n\n" + c.header + strings.Repeat(" ", 3+shift) + c.first + c.rest + "\nRequest Body\n"
			tables, _, warns, errs := read(page)
			if !reflect.DeepEqual(tables, [][][]string{c.want}) || len(errs) > 0 {
				t.Errorf("%s shifted %d: read %q (errors %q), want %q", c.name, shift, tables, errs, c.want)
			}
			way := "right"
			if shift < 0 {
				way = "left"
			}
			if want := fmt.Sprintf("p.txt:4: line 4, the first row under the header at line 3, stands %d columns %s", abs(shift), way); !slices.ContainsFunc(warns, func(w string) bool { return strings.HasPrefix(w, want) }) {
				t.Errorf("%s shifted %d: warnings %q, want one that begins %q", c.name, shift, warns, want)
			}
		}
	}
	page := "Response Codes\n\n Http response code detail_code msg Description\n 467 -67001 Mail already received An attachment of the mail was received by\nthe player\n 467 -67002 Recall window closed The mail is older than 7 days\n\nLike\n"
	_, _, warns, _ := read(page)
	for _, w := range warns {
		if strings.Contains(w, "the first row under the header") {
			t.Errorf("a first row whose rest a hard wrap set at the margin: warning %q", w)
		}
	}
}

// TestAlignedRowShifted refuses a row of a table of aligned columns that
// sets its cells a column or two right or left of where the first row,
// which the columns are read from, starts them, right under a line of
// the table: a copy moved one of the two, and which one, so where each
// cell ends, cannot be told. Rows at one indent read with no error.
func TestAlignedRowShifted(t *testing.T) {
	const (
		header = "InvalidMember\n\n         Code              Type                     Description\n"
		first  = "code              string            The parameterCode invalid.\n"
		rest   = "                                       The invalid member type of this\n" +
			"   invalidMemberType InvalidMemberType parameterCode. See\n" +
			"                                       InvalidMemberType\n\nInvalidMemberType\n"
	)
	if tables, _, _, errs := read(header + "   " + first + rest); len(errs) > 0 || len(tables) != 1 || len(tables[0]) != 3 {
		t.Errorf("rows at one indent: read %q, errors %q", tables, errs)
	}
	for _, shift := range []int{-1, -2} {
		_, _, _, errs := read(header + strings.Repeat(" ", 3+shift) + first + rest)
		want := fmt.Sprintf("p.txt:6: line 6 (\"invalidMemberType InvalidMemberType parameterCode. See\"), right under a line of the table at line 3, sets its cells in that table's columns but %d columns right", -shift)
		if len(errs) != 1 || !strings.HasPrefix(errs[0], want) {
			t.Errorf("first row shifted %d: errors %q, want one that begins %q", shift, errs, want)
		}
	}
}
