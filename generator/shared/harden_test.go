package shared

import (
	"strings"
	"testing"
)

// TestStringArrayPastSpans reads arrays of strings of more items than the
// decoder notes on its first reading, whose items from there on are not
// all strings: they once indexed past its notes and panicked.
func TestStringArrayPastSpans(t *testing.T) {
	ones := strings.Repeat("1,", 16) + "1"
	sixteen := strings.Repeat(`"a",`, 16)
	tests := map[string]string{
		"[" + ones + "]":         "tags[0]:2 tags[1]:2 tags[2]:2 tags[3]:2 tags[4]:2 tags[5]:2 tags[6]:2 tags[7]:2 tags[8]:2 tags[9]:2 tags[10]:2 tags[11]:2 tags[12]:2 tags[13]:2 tags[14]:2 tags[15]:2 tags[16]:2",
		"[" + sixteen + "1]":     "tags[16]:2",
		"[" + sixteen + `1,"b"]`: "tags[16]:2",
		"[" + sixteen + `"b",1]`: "tags[17]:2",
	}
	for tags, want := range tests {
		body := strings.Replace(valid, `"ann"`, `"ann","tags":`+tags, 1)
		if got := decodeMembers(t, body); got != want {
			t.Errorf("tags %s:\ngot  %s\nwant %s", tags, got, want)
		}
	}
	var r account
	body := strings.Replace(valid, `"ann"`, `"ann","tags":[`+sixteen+`1,"b"]`, 1)
	_ = r.DecodeBody([]byte(body))
	if len(r.Tags) != 18 || r.Tags[15] != "a" || r.Tags[16] != "" || r.Tags[17] != "b" {
		t.Errorf("tags read as %q", r.Tags)
	}
}

// TestIntegerExactly checks that integer-ness and range are decided on a
// number's decimal text, not on the float64 nearest to it.
func TestIntegerExactly(t *testing.T) {
	for s, want := range map[string]struct {
		n int64
		k Violation
	}{
		"9010000000000001.0":          {9010000000000001, 0},
		"3.0000000000000001":          {0, ViolationNotInteger},
		"1e-400":                      {0, ViolationNotInteger},
		"9223372036854775807.0":       {9223372036854775807, 0},
		"-9223372036854775808.0":      {-9223372036854775808, 0},
		"9223372036854775808.0":       {0, ViolationWrongType},
		"-9223372036854775809e0":      {0, ViolationWrongType},
		"92233720368547758.07e2":      {9223372036854775807, 0},
		"12345678901234567890e-1":     {1234567890123456789, 0},
		"1.5e1":                       {15, 0},
		"1.05e1":                      {0, ViolationNotInteger},
		"0.0":                         {0, 0},
		"-0e5":                        {0, 0},
		"0.000e-99999999999999999999": {0, 0},
		"1e99999999999999999999":      {0, ViolationWrongType},
		"1E+18":                       {1e18, 0},
		"10e18":                       {0, ViolationWrongType},
		"100000000000000000000e-2":    {1e18, 0},
		"2.50e1":                      {25, 0},
	} {
		if n, k := parseInteger([]byte(s)); n != want.n || k != want.k {
			t.Errorf("parseInteger(%s) = %d, %v; want %d, %v", s, n, k, want.n, want.k)
		}
	}
}
