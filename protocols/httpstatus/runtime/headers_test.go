package runtime

import "testing"

func TestFitsFormat(t *testing.T) {
	for _, c := range []struct {
		s        string
		literals []string
		want     bool
	}{
		{"KakaoAK abc", []string{"KakaoAK ", ""}, true},
		{"KakaoAK ", []string{"KakaoAK ", ""}, false}, // the placeholder is empty
		{"kakaoAK abc", []string{"KakaoAK ", ""}, false},
		{"Bearer a.b", []string{"Bearer ", ".", ""}, true},
		{"Bearer .b", []string{"Bearer ", ".", ""}, false},
		{"Bearer a.", []string{"Bearer ", ".", ""}, false},
		{"Bearer a.b.c", []string{"Bearer ", ".", ""}, true}, // the last placeholder takes "b.c"
		{"id-1-end", []string{"id-", "-end"}, true},
		{"id--end", []string{"id-", "-end"}, false},
		{"id-1-end-end", []string{"id-", "-end"}, true},
	} {
		if got := fitsFormat(c.s, c.literals...); got != c.want {
			t.Errorf("fitsFormat(%q, %q) = %v, want %v", c.s, c.literals, got, c.want)
		}
	}
}

func TestSameMediaType(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"application/json", "application/json", true},
		{"Application/JSON", "application/json", true},
		{"application/json;charset=UTF-8", "application/json; charset=utf-8", true},
		{"application/json", "application/json; charset=utf-8", false},
		{"application/json; charset=utf-8", "application/json; version=utf-8", false},
		{"text/plain", "application/json", false},
		{"not a media type", "not a media type", false},
	} {
		if got := sameMediaType(c.a, c.b); got != c.want {
			t.Errorf("sameMediaType(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestHeaderError(t *testing.T) {
	err := &HeaderError{Headers: []InvalidHeader{
		{Header: "Authorization", Problem: HeaderMalformed},
		{Header: "Content-Type", Problem: HeaderNotAllowed},
		{Header: "X-Id", Problem: HeaderMissing},
	}}
	want := "invalid headers: Authorization: value is not in the documented form; " +
		"Content-Type: value is not one of the documented values; X-Id: required header is missing"
	if got := err.Error(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := HeaderProblem(0).String(); got != "HeaderProblem(0)" {
		t.Errorf("HeaderProblem(0) is %q", got)
	}
}
