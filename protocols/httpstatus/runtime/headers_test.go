package runtime

import (
	"net/http"
	"testing"
)

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

// testHeaders is a headers struct as the generator writes one.
type testHeaders struct {
	ContentType   string `header:"Content-Type,required" values:"application/json;charset=UTF-8"`
	Authorization string `form:"KakaoAK {ADMIN_KEY}" header:"Authorization,required"`
	Platform      string `header:"platform" values:"web,pc\\,mobile"`
	Version       string `form:"v1" header:"X-Version"`
	Note          string `header:"X-Note"`
}

func TestValidateHeaders(t *testing.T) {
	for _, c := range []struct {
		h    testHeaders
		want string
	}{
		{testHeaders{ContentType: "application/json; charset=utf-8", Authorization: "KakaoAK k", Platform: "pc,mobile", Version: "v1"}, ""},
		{testHeaders{}, "invalid headers: Content-Type: required header is missing; Authorization: required header is missing"},
		{testHeaders{ContentType: "text/plain", Authorization: "KakaoAK ", Platform: "pc", Version: "v2", Note: "any"},
			"invalid headers: Content-Type: value is not one of the documented values; Authorization: value is not in the documented form; " +
				"platform: value is not one of the documented values; X-Version: value is not one of the documented values"},
	} {
		got := ""
		if err := validateHeaders(&c.h); err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("validateHeaders(%+v) = %q, want %q", c.h, got, c.want)
		}
	}
}

func TestReadWriteHeaders(t *testing.T) {
	sent := testHeaders{ContentType: "application/json", Authorization: "KakaoAK k", Note: "n"}
	hdr := http.Header{}
	writeHeaders(hdr, &sent)
	if len(hdr) != 3 || hdr.Get("X-Note") != "n" || hdr.Get("Authorization") != "KakaoAK k" {
		t.Errorf("writeHeaders wrote %v", hdr)
	}
	got := testHeaders{Platform: "stale"}
	readHeaders(hdr, &got)
	if got != sent {
		t.Errorf("readHeaders read %+v, want %+v", got, sent)
	}
}

// BenchmarkHeaders reads, validates and writes the headers of a request
// through the table of their struct, as a handler and a client do.
func BenchmarkHeaders(b *testing.B) {
	in := http.Header{}
	in.Set("Content-Type", "application/json; charset=utf-8")
	in.Set("Authorization", "KakaoAK key")
	in.Set("platform", "web")
	b.ReportAllocs()
	for b.Loop() {
		var h testHeaders
		readHeaders(in, &h)
		if err := validateHeaders(&h); err != nil {
			b.Fatal(err)
		}
		writeHeaders(http.Header{}, &h)
	}
}
