package pages

import "testing"

// TestIsCalloutLabel tells a callout's label, in the forms each site and
// copy writes it, from a title or a type's name.
func TestIsCalloutLabel(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"WARNING", true},
		{"Warning", true},
		{"TIP", true},
		{"tip", true},
		{"NOTE:", true},
		{"Note：", true},
		{"**Note:**", true},
		{"*Important*", true},
		{"__Caution__", true},
		{"⚠️ Warning", true},
		{"💡 TIP", true},
		{"ⓘ Info", true},
		{"DANGER", true},
		{"DETAILS", true},
		{"Details", true},
		{"[!NOTE]", true},
		{"> [!WARNING]", true},
		{"[!CAUTION]", true},
		{"!!! warning", true},
		{`!!! note "Operator fields"`, true},
		{"???+ tip", true},
		{":::warning", true},
		{"::: tip Operator fields", true},
		{"참고", true},
		{"주의:", true},
		{"경고", true},
		{"注意", true},
		{"警告：", true},
		{"ヒント", true},
		{"提示", true},
		// Titles, names and sentences are no labels.
		{"Notice", false},
		{"Error", false},
		{"Example", false},
		{"Summary", false},
		{"Request Body", false},
		{"GenericModels.FireworkShot", false},
		{"NoteInfo", false},
		{"Note that the fields below are for operators only.", false},
		{"Warning: the call skips the cooldown.", false},
		{"[!TODO]", false},
		{"!!! example", false},
		{"::: {#app}", false},
		{"", false},
	} {
		if got := IsCalloutLabel(c.line); got != c.want {
			t.Errorf("IsCalloutLabel(%q) = %t, want %t", c.line, got, c.want)
		}
	}
}
