package pages

import "testing"

func TestColumnOf(t *testing.T) {
	for cell, want := range map[string]Column{
		"Name": ColName, " mandatory ": ColRequired, "이름": ColName, "파라미터": ColName, "필드": ColName,
		"타입": ColType, "유형": ColType, "필수": ColRequired, "필수 여부": ColRequired, "설명": ColDescription,
		"Name (이름)": ColName, "이름(Name)": ColName, "타입/Type": ColType, "필수 여부 (Y/N)": ColRequired,
		"Mandatory (필수)": ColRequired, "Name (타입)": ColOther, "Status Code": ColOther, "Parameter": ColName, "Field": ColName, "param": ColName, "Key": ColName, "Parameter (파라미터)": ColName, "(Y/N)": ColOther,
	} {
		if got := ColumnOf(cell); got != want {
			t.Errorf("ColumnOf(%q) = %d, want %d", cell, got, want)
		}
	}
}

func TestRequiredness(t *testing.T) {
	for cell, want := range map[string][2]bool{
		"Y": {true, true}, "n": {false, true}, "true": {true, true}, "O": {true, true}, "X": {false, true},
		"필수": {true, true}, "선택": {false, true}, "Mandatory": {true, true}, "optional": {false, true},
		"": {false, false}, "Optional if guest": {false, false}, "필수 아님": {false, false},
	} {
		if req, ok := Requiredness(cell); req != want[0] || ok != want[1] {
			t.Errorf("Requiredness(%q) = %v, %v; want %v, %v", cell, req, ok, want[0], want[1])
		}
	}
}

func TestStartsRow(t *testing.T) {
	for _, c := range []struct {
		line  string
		width int
		want  bool
	}{
		{"badge | Integer | N | Badge count |", 4, true},
		{"| badge | Integer | N | Badge count |", 4, true},
		{"404 | Not Found | No such player |", 3, true},
		{"4xx (custom status) | Refused | See the codes |", 3, true},
		{"Content-Type | String | Y | \"application/json\"", 4, true},
		{"sent at once when omitted |", 4, false},
		{"|", 4, false},
		{"badge | Integer | Badge count |", 4, false},
		{"the rest | of a | wrapped | cell |", 4, false},
		{"badge Integer", 2, false},
	} {
		if got := StartsRow(c.line, c.width); got != c.want {
			t.Errorf("StartsRow(%q, %d) = %v, want %v", c.line, c.width, got, c.want)
		}
	}
}
