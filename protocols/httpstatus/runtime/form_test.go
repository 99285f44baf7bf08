package runtime

import (
	"reflect"
	"testing"
)

func TestFormatLiterals(t *testing.T) {
	for _, c := range []struct {
		format string
		want   []string
	}{
		{"KakaoAK {ADMIN_KEY}", []string{"KakaoAK ", ""}},
		{"{token}", []string{"", ""}},
		{"Bearer {token}", []string{"Bearer ", ""}},
		{"{a}-{b}.", []string{"", "-", "."}},
		{"{a}{b}", []string{"", "", ""}},
		{"application/json", []string{"application/json"}},
		{"a {} b", []string{"a {} b"}},
		{"a {1x} b", []string{"a {1x} b"}},
		{"a {x y} b", []string{"a {x y} b"}},
		{"{open", []string{"{open"}},
		{"x}{_k9}", []string{"x}", ""}},
	} {
		if got := formatLiterals(c.format); !reflect.DeepEqual(got, c.want) {
			t.Errorf("formatLiterals(%q) = %q, want %q", c.format, got, c.want)
		}
	}
}

func TestHasPlaceholders(t *testing.T) {
	if !HasPlaceholders("KakaoAK {ADMIN_KEY}") || HasPlaceholders("application/json") {
		t.Error("HasPlaceholders tells a form with placeholders from one without")
	}
}
