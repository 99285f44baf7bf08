package runtime

import (
	"mime"
	"net/http"
)

// jsonBody reports whether the Content-Type of r is application/json, with
// parameters or not, as the pages require of a request with a body. A
// request without a body needs none.
func jsonBody(r *http.Request) bool {
	ct := r.Header.Get("Content-Type")
	if ct == "application/json" {
		return true
	}
	if ct == "" {
		return r.ContentLength == 0
	}
	media, _, err := mime.ParseMediaType(ct)
	return err == nil && media == "application/json"
}

// failedRead answers a request whose body could not be read, because the
// connection failed or its read deadline passed: the error names
// addresses of the server, so that only WithDebugMessages puts it in the
// answer, and WithErrorLog logs it.
func (s *server) failedRead(w http.ResponseWriter, err error) {
	if s.log != nil {
		s.log.Printf("reading a request body: %v", err)
	}
	msg := "the request body could not be read"
	if s.debug {
		msg += ": " + err.Error()
	}
	s.reject(w, codeInvalidRequestParameters, msg)
}
