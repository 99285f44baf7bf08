package pages

import (
	"reflect"
	"testing"
)

// TestJoinCutReferences joins a cross reference a hard wrap cut after
// its "See", in a row of any style, and leaves a name that is indented
// (a cell wrapped in its column) or that follows no "See".
func TestJoinCutReferences(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		warns      int
	}{
		{"flattened row", "returnCodeReturnCodetrueThe outcome. See\nReturnCode\nuserIdstringtrueThe user.", []string{"returnCodeReturnCodetrueThe outcome. See ReturnCode", "userIdstringtrueThe user."}, 1},
		{"pipe row", "kind | Kind | true | The kind. See\nGenericModels.Kind[]\nid | string | true | The id.", []string{"kind | Kind | true | The kind. See GenericModels.Kind[]", "id | string | true | The id."}, 1},
		{"a cell wrapped in its column", "  kind   Kind   The kind. See\n                Kind", []string{"  kind   Kind   The kind. See", "                Kind"}, 0},
		{"a heading after a row", "kind | Kind | true | The kind.\nKind", []string{"kind | Kind | true | The kind.", "Kind"}, 0},
		{"more than a name", "The kind. See\nKind for the values.", []string{"The kind. See", "Kind for the values."}, 0},
	} {
		text, warns := readText(c.page)
		if !reflect.DeepEqual(text.Lines, c.want) || len(warns) != c.warns {
			t.Errorf("%s: lines %q, warnings %q; want %q, %d warnings", c.name, text.Lines, warns, c.want, c.warns)
		}
	}
}
