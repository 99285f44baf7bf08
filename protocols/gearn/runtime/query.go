package runtime

import (
	"encoding/json"
	"errors"
	"net/url"
	"strconv"
	"strings"
)

// queryParam is a query parameter that a page documents: its name, how
// its text stands for a JSON value, and whether it is an array, which the
// query repeats. The generator writes a table of them per request type
// whose page documents a query.
type queryParam struct {
	name  string
	kind  queryKind
	array bool
}

// queryKind says how the text of a query parameter stands for a JSON
// value.
type queryKind int

// The kinds of query parameters.
const (
	// queryString is a string: its text as it is.
	queryString queryKind = iota
	// queryNumber is a number, an integer or an enum's code: its text is
	// the number, as JSON writes it.
	queryNumber
	// queryBoolean is true or false.
	queryBoolean
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
// the Client sends none, and its DecodeBody ignores one, or rejects one
// when the page says the server does.
type bodiless interface {
	bodiless()
}

// queryJSON writes the documented parameters of q as the JSON object that
// the decoder reads, so that a query parameter is checked by the rules of
// a body member: each parameter as the JSON value its text stands for.
// Text that is not a value of its parameter's kind stays a JSON string,
// which the decoder reports as ViolationWrongType for a number or a
// boolean; a number keeps its text, which the decoder checks for an
// integer and for bounds as it checks a body's. A parameter that comes
// more than once is an array, which the decoder reports as
// ViolationWrongType for a parameter that is none. Parameters the page
// does not document are left out, as the decoder skips unknown body
// members.
func queryJSON(q url.Values, params []queryParam) []byte {
	b := []byte{'{'}
	for _, p := range params {
		values, ok := q[p.name]
		if !ok {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, p.name)
		b = append(b, ':')
		if !p.array && len(values) == 1 {
			b = appendQueryValue(b, p.kind, values[0])
			continue
		}
		b = append(b, '[')
		for i, s := range values {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendQueryValue(b, p.kind, s)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendQueryValue appends the JSON value that the text s of a parameter
// of kind k stands for.
func appendQueryValue(b []byte, k queryKind, s string) []byte {
	switch {
	case k == queryNumber && isNumber(s):
		return append(b, s...)
	case k == queryBoolean && (s == "true" || s == "false"):
		return append(b, s...)
	}
	return strconv.AppendQuote(b, s)
}

// isNumber reports whether s is a number as JSON writes it, and nothing
// else: no white space around it, which JSON would allow.
func isNumber(s string) bool {
	first, last := s != "" && (s[0] == '-' || '0' <= s[0] && s[0] <= '9'), s != "" && '0' <= s[len(s)-1] && s[len(s)-1] <= '9'
	return first && last && json.Valid([]byte(s))
}

// encodeQuery writes v, a struct whose JSON members are query parameters,
// as a query string: the members in the order of the struct, which is
// their page's, an array as its parameter repeated, absent members left
// out.
func encodeQuery(v any) (string, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(data, &members); err != nil {
		return "", err
	}
	var b strings.Builder
	add := func(name string, raw json.RawMessage) {
		text := string(raw)
		var s string
		if json.Unmarshal(raw, &s) == nil {
			text = s
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(name))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(text))
	}
	d := json.NewDecoder(strings.NewReader(string(data)))
	if _, err := d.Token(); err != nil {
		return "", err
	}
	for d.More() {
		key, err := d.Token()
		if err != nil {
			return "", err
		}
		name, _ := key.(string)
		var raw json.RawMessage
		if err := d.Decode(&raw); err != nil {
			return "", err
		}
		var items []json.RawMessage
		if json.Unmarshal(raw, &items) != nil {
			add(name, raw)
			continue
		}
		for _, item := range items {
			add(name, item)
		}
	}
	return b.String(), nil
}

// decodeRequest reads a request as the server receives it into req: its
// body, then, when its page documents them, its query parameters. The
// violations of both come in one *ValidationError, the query's first.
func decodeRequest(req request, u *url.URL, body []byte) error {
	err := req.DecodeBody(body)
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
	check := req.fresh(Headers{})
	err := check.DecodeBody(body)
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
