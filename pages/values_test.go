package pages

import (
	"reflect"
	"testing"
)

// TestPipeCells rejoins the cells of rows whose type lists its
// values with pipes.
func TestPipeCells(t *testing.T) {
	for _, c := range []struct {
		row  string
		cols int
		want []string
	}{
		{"| platform | string in ios | android | web | true | The platform. |", 4, []string{"platform", "string in ios | android | web", "true", "The platform."}},
		{"| platform | string in ios | android | web | The platform. |", 4, []string{"platform", "string in ios | android | web", "The platform."}},
		{"| string in ios | android | true | The platform. |", 4, []string{"string in ios | android", "true", "The platform."}},
		{"| mode | string in a | b | c |", 3, []string{"mode", "string in a | b", "c"}},
		{"| mode | string in a \\| b | Mode. |", 3, []string{"mode", "string in a | b", "Mode."}},
		{"| `userId` | `string` | true | The `userId` of the player. |", 4, []string{"userId", "string", "true", "The `userId` of the player."}},
		{"| key | string | true | Key used in a pair. |", 4, []string{"key", "string", "true", "Key used in a pair."}},
		{"| `name` | `string in steam | epic` | true | Name. |", 4, []string{"name", "string in steam | epic", "true", "Name."}},
		{"| name | string | true | Name; see `a|b` and `c`. |", 4, []string{"name", "string", "true", "Name; see `a | b` and `c`."}},
		{"| name | string | true | A lone ` backtick. |", 4, []string{"name", "string", "true", "A lone ` backtick."}},
		{"| **userId** | *string* | __true__ | The **player**. |", 4, []string{"userId", "string", "true", "The **player**."}},
		{"| **`mode`** | `string in a | b` | true | Mode. |", 4, []string{"mode", "string in a | b", "true", "Mode."}},
	} {
		if got := PipeCells(c.row, c.cols); !reflect.DeepEqual(got, c.want) {
			t.Errorf("PipeCells(%q)\n got %q\nwant %q", c.row, got, c.want)
		}
	}
}
