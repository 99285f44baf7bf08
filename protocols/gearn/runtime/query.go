package runtime

import (
	"encoding/json"
	"errors"
	"net/url"
)

// queried is a request type whose page documents query parameters. The
// generated type reads them into its Query as the decoder reads a body,
// from the JSON object that queryJSON makes of them, and writes them with
// encodeQuery.
type queried interface {
	DecodeQuery(q url.Values) error
	EncodeQuery() (string, error)
}

// bodiless is a GET or HEAD request type whose page documents no body:
// the Client sends none, and DecodeBody ignores one, or rejects one when
// the page says the server does.
type bodiless interface {
	// bodiless returns why the server rejects a body, the BodyError's
	// Reason, or "" when it ignores one.
	bodiless() string
}

// decodeRequest reads a request as the server receives it into req: its
// body, then, when its page documents them, its query parameters. The
// violations of both come in one *ValidationError, the query's first.
func decodeRequest(req request, u *url.URL, body []byte) error {
	err := DecodeBody(req, body)
	q, ok := req.(queried)
	if !ok {
		return err
	}
	return joinViolations(q.DecodeQuery(u.Query()), err)
}

// outgoing returns the URL and the body of req as a Client sends it to
// target, after checking them as the server does: the query parameters
// its page documents after target, and its body as JSON, but none for a
// GET or HEAD whose page documents none.
func outgoing(req request, target string) (string, []byte, error) {
	var body []byte
	if _, ok := req.(bodiless); !ok {
		var err error
		if body, err = json.Marshal(req); err != nil {
			return "", nil, err
		}
	}
	check := newRequest(req, Headers{})
	err := DecodeBody(check, body)
	q, ok := req.(queried)
	if !ok {
		return target, body, err
	}
	query, qerr := q.EncodeQuery()
	if qerr != nil {
		return "", nil, qerr
	}
	values, qerr := url.ParseQuery(query)
	if qerr != nil {
		return "", nil, qerr
	}
	if err := joinViolations(check.(queried).DecodeQuery(values), err); err != nil {
		return "", nil, err
	}
	if query != "" {
		target += "?" + query
	}
	return target, body, nil
}

// joinViolations returns the violations of a request's query and of its
// body as one *ValidationError, the query's first; a body that is not
// JSON, bodyErr, stands alone.
func joinViolations(queryErr, bodyErr error) error {
	var q, b *ValidationError
	switch {
	case queryErr == nil:
		return bodyErr
	case bodyErr == nil:
		return queryErr
	case errors.As(queryErr, &q) && errors.As(bodyErr, &b):
		return &ValidationError{Members: append(q.Members[:len(q.Members):len(q.Members)], b.Members...), Truncated: q.Truncated || b.Truncated}
	}
	return bodyErr
}

// checkRequest checks req as the Client does before it sends it: its query
// parameters and its body, as the server reads them.
func checkRequest(req request) error {
	_, _, err := outgoing(req, "")
	return err
}
