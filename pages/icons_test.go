package pages

import "testing"

func TestIconMark(t *testing.T) {
	for name, want := range map[string]string{
		"check": "✓", "xmark": "✗", "check_circle": "✓", "minus": "-",
		"/s/en_GB/8703/images/icons/emoticons/check.svg": "✓", "/images/icons/emoticons/error.svg?v=2": "",
		"cross.png": "✗", "wiki:icons:tick.gif?16": "✓", "chart.png": "", "info": "", "": "",
	} {
		if got, ok := IconMark(name); got != want || ok != (want != "") {
			t.Errorf("IconMark(%q) = %q, %t; want %q", name, got, ok, want)
		}
	}
}
