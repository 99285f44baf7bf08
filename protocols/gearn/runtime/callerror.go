package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"reflect"
	"strconv"
	"strings"
)

// This file is the Client's side of the envelope: the reading of an
// answer's return code, and the CallError a failure is. A package of an
// API without an envelope holds status.go in its place.

// Error describes the failed call: the operation, the return code, the
// debug message, how many members were invalid, and the cause when the
// answer never came.
func (e *CallError) Error() string {
	var b strings.Builder
	b.WriteString(e.Operation)
	b.WriteString(": ")
	b.WriteString(e.ReturnCode.String())
	if e.DebugMessage != "" {
		b.WriteString(": ")
		b.WriteString(e.DebugMessage)
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
func (e *CallError) Unwrap() error { return e.Err }

// call sends req, a nil pointer for an empty request, with its headers,
// to the operation at method and path (see exchange), and, for an
// operation that answers a payload, has out point to the payload of an
// answer whose return code is Ok: out is a pointer to the Client method's
// result, a nil pointer to the payload type, which call sets to a new
// payload and leaves nil on a failure; nil for an operation without
// payload. Every failure is a *CallError. The zero Client calls no
// server: it returns ErrNotImplemented.
func (c *Client) call(ctx context.Context, operation, method, path string, req request, out any) error {
	if c.http == nil {
		return ErrNotImplemented
	}
	req, status, answer, err := c.exchange(ctx, method, path, req)
	var failed *exchangeError
	if err != nil {
		failed = err.(*exchangeError)
	}
	switch {
	case failed != nil && failed.step == stepInvalid:
		failure := &CallError{Operation: operation, ReturnCode: codeInvalidRequestParameters, Err: failed.err}
		var invalid *ValidationError
		if errors.As(failed.err, &invalid) {
			failure.InvalidMembers = invalidMembers(invalid.Members)
		}
		return failure
	case failed != nil && failed.step == stepTransport:
		return transportError(ctx, operation, failed.err)
	case status != 0 && status != http.StatusOK:
		return &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: errors.New("HTTP " + strconv.Itoa(status) + " " + http.StatusText(status))}
	case failed != nil:
		return &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: failed.err}
	}
	env, err := readAnswer(req, answer)
	if err != nil {
		return &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: err}
	}
	code, msg, members, raw := env.outcome()
	switch {
	case code != codeOk:
		return &CallError{Operation: operation, ReturnCode: code, DebugMessage: msg, InvalidMembers: members}
	case out == nil:
		return nil
	case raw == nil || string(*raw) == "null":
		return &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: errNoPayload}
	}
	if err := json.Unmarshal(*raw, out); err != nil {
		reflect.ValueOf(out).Elem().SetZero()
		return &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: err}
	}
	return nil
}

// transportError is the failure of a call whose answer never came, or
// could not be read: OperationTimeout when the context ended or the
// transport timed out, as the SDK layer GearN's pages describe
// synthesises it, and UnknownError otherwise.
func transportError(ctx context.Context, operation string, err error) *CallError {
	code := codeUnknownError
	var netErr net.Error
	if ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) ||
		(errors.As(err, &netErr) && netErr.Timeout()) {
		code = codeOperationTimeout
	}
	return &CallError{Operation: operation, ReturnCode: code, Err: err}
}
