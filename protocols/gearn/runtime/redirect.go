package runtime

import (
	"errors"
	"net/http"
	"time"
)

// defaultCallTimeout bounds a call of a Client that WithHTTPClient gave no
// client of its own to.
const defaultCallTimeout = 30 * time.Second

// defaultMaxAnswerSize is the size of the largest answer a Client reads
// unless WithMaxAnswerSize says otherwise: 16 MiB.
const defaultMaxAnswerSize = 16 << 20

// sameOrigin is the CheckRedirect of a Client's http.Client: it follows up
// to ten redirects on the host and scheme of the request, and refuses one
// to another host, or from https to http, where the credential headers
// would follow.
func sameOrigin(req *http.Request, via []*http.Request) error {
	first := via[0].URL
	switch {
	case len(via) >= 10:
		return errors.New("stopped after 10 redirects")
	case req.URL.Host != first.Host || (first.Scheme == "https" && req.URL.Scheme != "https"):
		return errors.New("refusing to follow a redirect from " + first.Scheme + "://" + first.Host + " to " + req.URL.Scheme + "://" + req.URL.Host)
	}
	return nil
}
