package runtime

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strconv"
	"strings"
)

// This file is the part of the runtime that only a package of an API
// without an envelope holds: GearN's pages outside /api/ answer plain
// JSON and document no failure, so its server answers a failure with an
// HTTP status and a failure body, as net/http handlers do, and its
// Client reads them back into a *StatusError. The generator declares the
// return codes of such a package as HTTP statuses.

// appendFailure appends the body of a failure answered with the HTTP
// status code to b: {"error": msg, or the status's text when msg is
// empty, "invalidMembers": [{"member": path, "violation": name}, ...]},
// the invalid members left out when there are none.
func appendFailure(b []byte, code int, msg string, members []MemberError) []byte {
	if msg == "" {
		msg = http.StatusText(code)
	}
	b = appendString(append(b, `{"error":`...), msg)
	if len(members) > 0 {
		b = append(b, `,"invalidMembers":[`...)
		for i, m := range members {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(append(b, `{"member":`...), m.Member)
			b = appendString(append(b, `,"violation":`...), m.Violation.token())
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// failureBody is the body of a failure answer, as appendFailure writes
// it.
type failureBody struct {
	Error          string `json:"error"`
	InvalidMembers []struct {
		Member    string `json:"member"`
		Violation string `json:"violation"`
	} `json:"invalidMembers"`
}

// maxFailureText is the length of the longest text of a failure answer
// that is no failure body which a *StatusError keeps.
const maxFailureText = 512

// violationOf returns the violation named name in a failure body, or the
// zero Violation for a name the package does not know.
func violationOf(name string) Violation {
	for k := Violation(1); k.token() != ""; k++ {
		if k.token() == name {
			return k
		}
	}
	return 0
}

// callPlain is call for an API without an envelope: it sends req, a nil
// pointer for an empty request, with its headers, to the operation at
// method and path (see exchange), and, for an operation that answers a
// payload, has out, a pointer to the Client method's result, point to the
// whole body of an answer whose HTTP status is 2xx, as call does. Every
// failure is a *StatusError: a request the Client found invalid, with its
// invalid members and no status; an answer of another status, with its
// failure body read; an answer that never came or could not be read,
// with the cause. The zero Client calls no server: it returns
// ErrNotImplemented.
func (c *Client) callPlain(ctx context.Context, operation, method, path string, req request, out any) error {
	if c.http == nil {
		return ErrNotImplemented
	}
	_, status, answer, err := c.exchange(ctx, method, path, req)
	if err != nil {
		failed := err.(*exchangeError)
		failure := &StatusError{Operation: operation, Err: failed.err}
		var invalid *ValidationError
		switch {
		case failed.step == stepInvalid && errors.As(failed.err, &invalid):
			failure.InvalidMembers = invalid.Members
		case failed.step == stepTooLarge:
			failure.StatusCode = status
		}
		return failure
	}
	if status < 200 || status > 299 {
		return statusFailure(operation, status, answer)
	}
	switch {
	case out == nil:
		return nil
	case len(bytes.TrimSpace(answer)) == 0 || string(bytes.TrimSpace(answer)) == "null":
		return &StatusError{Operation: operation, StatusCode: status, Err: errNoPayload}
	}
	if err := json.Unmarshal(answer, out); err != nil {
		reflect.ValueOf(out).Elem().SetZero()
		return &StatusError{Operation: operation, StatusCode: status, Err: err}
	}
	return nil
}

// statusFailure is the failure of an answer whose HTTP status is not
// 2xx: its failure body read, or, for a body that is none, such as the
// text of http.Error, that text as the message, cut at maxFailureText
// bytes.
func statusFailure(operation string, status int, answer []byte) *StatusError {
	failure := &StatusError{Operation: operation, StatusCode: status}
	var body failureBody
	if json.Unmarshal(answer, &body) != nil {
		text := strings.TrimSpace(string(answer))
		if len(text) > maxFailureText {
			text = strings.ToValidUTF8(text[:maxFailureText], "")
		}
		failure.Message = text
		return failure
	}
	failure.Message = body.Error
	for _, m := range body.InvalidMembers {
		failure.InvalidMembers = append(failure.InvalidMembers, MemberError{Member: m.Member, Violation: violationOf(m.Violation)})
	}
	return failure
}

// Error describes the failed call: the operation, the HTTP status, the
// message, how many members were invalid, and the cause when the answer
// never came or could not be read.
func (e *StatusError) Error() string {
	var b strings.Builder
	b.WriteString(e.Operation)
	if e.StatusCode != 0 {
		b.WriteString(": HTTP ")
		b.WriteString(strconv.Itoa(e.StatusCode))
		if text := http.StatusText(e.StatusCode); text != "" {
			b.WriteString(" ")
			b.WriteString(text)
		}
	}
	if e.Message != "" && e.Message != http.StatusText(e.StatusCode) {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	if n := len(e.InvalidMembers); n > 0 {
		b.WriteString(" (")
		b.WriteString(strconv.Itoa(n))
		b.WriteString(" invalid members)")
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause of the failure, if any.
func (e *StatusError) Unwrap() error { return e.Err }
