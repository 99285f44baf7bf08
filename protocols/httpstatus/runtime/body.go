package runtime

import (
	"errors"
	"io"
	"net/http"
)

// hasBody reports whether a request comes with a body: a length above
// zero, or, when the length is unknown, a first byte.
func hasBody(r *http.Request) bool {
	if r.ContentLength != -1 || r.Body == nil {
		return r.ContentLength > 0
	}
	n, err := r.Body.Read(make([]byte, 1))
	return n > 0 || err != nil && !errors.Is(err, io.EOF)
}
