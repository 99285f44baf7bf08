// Package runtime is the Go code that every package the generator writes
// for a GearN API holds once: a JSON decoder for request bodies and an
// encoder for answers, both without reflection, through tables of the
// members of the API's struct types that it reads once from their fields
// and tags, requests with query parameters or without a body, plain
// answers, and the cores of the net/http server and client.
//
// The generator copies the declarations of decode.go, members.go,
// number.go, bound.go, cycle.go, encode.go, server.go, request.go,
// client.go, redirect.go, query.go and plain.go into the package it
// writes, with callerror.go for an API with an envelope and status.go for
// one without (GearN's pages outside /api/), and with the reading and
// writing of query parameters from package
// generator/golang/queryruntime, leaving out those that the package does
// not use. They rely on what the generator writes
// next to them from the schema; this file declares a small stand-in for
// each, so that the package compiles and its tests run on their own. The
// generator's golden tests compile the real thing.
package runtime

import (
	"context"
	"net/http"
	"strconv"
)

// Violation stands in for the generated type of the same name.
type Violation int

// The violations the generator declares, in its order.
const (
	ViolationMissing Violation = iota + 1
	ViolationWrongType
	ViolationStringEmpty
	ViolationStringTooShort
	ViolationStringTooLong
	ViolationNumberTooSmall
	ViolationNumberTooLarge
	ViolationNotInteger
	ViolationObjectNull
	ViolationArrayNull
	ViolationArrayTooShort
	ViolationArrayTooLong
	ViolationNotAllowed
)

// token stands in for the method the generator writes for an API
// without an envelope: the name of a violation in a failure body.
func (k Violation) token() string {
	if k < ViolationMissing || k > ViolationNotAllowed {
		return ""
	}
	return "V" + strconv.Itoa(int(k))
}

// MemberError stands in for the generated type of the same name.
type MemberError struct {
	Member    string
	Violation Violation
}

// ValidationError stands in for the generated type of the same name.
type ValidationError struct {
	Members   []MemberError
	Truncated bool
}

func (e *ValidationError) Error() string { return strconv.Itoa(len(e.Members)) + " invalid members" }

// ReturnCode stands in for the enum of the envelope's status member.
type ReturnCode int

func (c ReturnCode) String() string { return "ReturnCode(" + strconv.Itoa(int(c)) + ")" }

// returnCode names the enum of return codes in the code above.
type returnCode = ReturnCode

// The return codes the runtime answers with, as the generator declares
// them from the members the pages document.
const (
	codeOk                       returnCode = 1
	codeSecretInvalid            returnCode = -10
	codeMaxSizeRequestReject     returnCode = -9
	codeOperationNotAuthorized   returnCode = -6
	codeInvalidRequestParameters returnCode = -5
	codeOperationInvalid         returnCode = -4
	codeNotImplemented           returnCode = -4
	codeInternalServerError      returnCode = -3
	codeOperationTimeout         returnCode = -1
	codeUnknownError             returnCode = 0
)

// The headers the server checks itself.
const (
	secretKeyHeader = "Secret-Key"
	authTokenHeader = "Auth-Token"
)

// Headers stands in for the generated struct of every header the pages
// document.
type Headers struct {
	SecretKey string
	AuthToken string
}

func readHeaders(h http.Header) Headers {
	return Headers{SecretKey: h.Get(secretKeyHeader), AuthToken: h.Get(authTokenHeader)}
}

func (h *Headers) write(hd http.Header) {
	if h.SecretKey != "" {
		hd.Set(secretKeyHeader, h.SecretKey)
	}
	if h.AuthToken != "" {
		hd.Set(authTokenHeader, h.AuthToken)
	}
}

func (h Headers) or(d Headers) Headers {
	out := h
	if out.SecretKey == "" {
		out.SecretKey = d.SecretKey
	}
	if out.AuthToken == "" {
		out.AuthToken = d.AuthToken
	}
	return out
}

// Service stands in for the generated interface of the same name.
type Service interface{}

// Authorizer stands in for the generated type of the same name.
type Authorizer func(ctx context.Context, a Authorization) ReturnCode

// InvalidMember stands in for the object of the envelope's invalid
// members.
type InvalidMember struct {
	Code              *string
	InvalidMemberType *int
}

func invalidMembers(members []MemberError) []InvalidMember {
	out := make([]InvalidMember, len(members))
	for i, m := range members {
		k := int(m.Violation)
		out[i] = InvalidMember{Code: &m.Member, InvalidMemberType: &k}
	}
	return out
}

// CallError stands in for the generated type of the same name.
type CallError struct {
	Operation      string
	ReturnCode     ReturnCode
	DebugMessage   string
	InvalidMembers []InvalidMember
	Err            error
}

// StatusError stands in for the generated type of the same name, the
// failure of a Client call in an API without an envelope.
type StatusError struct {
	Operation      string
	StatusCode     int
	Message        string
	InvalidMembers []MemberError
	Err            error
}

// Envelope stands in for the generated envelope.
type Envelope[T any] struct {
	ReturnCode   ReturnCode      `json:"returnCode"`
	DebugMessage *string         `json:"debugMessage,omitempty"`
	Invalid      []InvalidMember `json:"invalidRequestParameters,omitempty"`
	Parameters   *T              `json:"parameters,omitempty"`
}

func (e *Envelope[T]) outcome() (returnCode, string, []InvalidMember, *T) {
	var msg string
	if e.DebugMessage != nil {
		msg = *e.DebugMessage
	}
	return e.ReturnCode, msg, e.Invalid, e.Parameters
}

func answerStatus(returnCode) int { return http.StatusOK }

func appendAnswer(b []byte, code returnCode, msg string, members []MemberError, payload func([]byte) ([]byte, error)) ([]byte, error) {
	b = strconv.AppendInt(append(b, `{"returnCode":`...), int64(code), 10)
	if msg != "" {
		b = appendString(append(b, `,"debugMessage":`...), msg)
	}
	if len(members) > 0 {
		b = append(b, `,"invalidRequestParameters":[`...)
		for i, m := range members {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(append(b, `{"code":`...), m.Member)
			b = strconv.AppendInt(append(b, `,"invalidMemberType":`...), int64(m.Violation), 10)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if payload != nil {
		var err error
		if b, err = payload(append(b, `,"parameters":`...)); err != nil {
			return b, err
		}
	}
	return append(b, '}'), nil
}
