package runtime

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// chunked is a body of unknown length.
type chunked struct{ io.Reader }

func (chunked) Close() error { return nil }

func TestHasBody(t *testing.T) {
	for _, c := range []struct {
		length int64
		body   string
		want   bool
	}{
		{0, "", false},
		{3, "abc", true},
		{-1, "", false},
		{-1, "x", true},
	} {
		r := &http.Request{ContentLength: c.length, Body: chunked{strings.NewReader(c.body)}}
		if got := hasBody(r); got != c.want {
			t.Errorf("length %d, body %q: got %v", c.length, c.body, got)
		}
	}
}
